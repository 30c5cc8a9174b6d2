"""What a change to the entity rules changes in the entity lists, for reading every change.

    .venv/bin/python bench/entity_diff.py --save /tmp/before.json    # before the change (e.g. on main)
    .venv/bin/python bench/entity_diff.py /tmp/before.json           # after it: the changes, dossier by dossier

Reads the five bundled reports (``articles/``) and every dossier under
``../shared/corpus/dossiers`` (skipped, with a note, when missing). An entity is
its name, type and mentions; one that is not in both lists is printed with the
entities of the other list that share a mention with it (``-`` before, ``+``
after), each with its type, reports, aliases, and ``*`` when it is shared (in two
reports or more, as the reader lists it). Entities only in one report and
touching no shared one are counted, not printed, unless ``--all``. It scores
nothing: issue 10 asks that every change be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.core.entities.clusters import find_entities  # noqa: E402
from reader.core.ingest.loading import analysed_part, load_dossier  # noqa: E402
from reader.core.text.segment import segment_article  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "dossiers"


def _folders() -> list[Path]:
    folders = [ROOT / "articles"]
    if CORPUS.is_dir():
        folders += sorted(p.parent for p in CORPUS.glob("*/GOLD.json"))
    else:
        print(f"note: {CORPUS} is missing; only the bundled reports are read")
    return folders


def entity_lists() -> dict[str, list[dict]]:
    """Dossier name -> its entities as plain data (name, type, aliases, mentions as [article, start, end])."""
    lists = {}
    for folder in _folders():
        dossier = load_dossier(folder)
        sentences = {a.id: segment_article(analysed_part(a)) for a in dossier.articles}
        lists[folder.name] = [
            {"name": e.name, "type": e.type, "aliases": list(e.aliases),
             "mentions": [[s.article, s.start, s.end] for s in e.mentions]}
            for e in find_entities(dossier, sentences)
        ]
    return lists


def _line(sign: str, entity: dict) -> str:
    reports = len({m[0] for m in entity["mentions"]})
    star = "*" if reports >= 2 else " "
    aliases = [a for a in entity["aliases"] if a != entity["name"]]
    return f"  {sign}{star} {entity['name']} | {entity['type']} | {reports} rep | {len(entity['mentions'])} m" \
        + (f" | {aliases}" if aliases else "")


def _identity(entity: dict) -> tuple:
    return entity["name"], entity["type"], tuple(map(tuple, entity["mentions"]))


def compare(before: dict[str, list[dict]], after: dict[str, list[dict]], everything: bool) -> int:
    changed = quiet = 0
    for name in sorted(set(before) | set(after)):
        old = {_identity(e): e for e in before.get(name, [])}
        new = {_identity(e): e for e in after.get(name, [])}
        gone = [e for k, e in old.items() if k not in new]
        came = [e for k, e in new.items() if k not in old]
        printed: set[int] = set()
        lines = []
        for entity in gone + came:
            if id(entity) in printed:
                continue
            group = _group(entity, gone, came)
            printed.update(id(e) for e in group)
            shared = any(len({m[0] for m in e["mentions"]}) >= 2 for e in group)
            if not (shared or everything):
                quiet += 1
                continue
            lines += [_line("-", e) for e in group if e in gone] + [_line("+", e) for e in group if e in came] + [""]
        if lines:
            print(f"== {name}")
            print("\n".join(lines))
            changed += sum(1 for line in lines if line)
    print(f"{changed} lines of change printed; {quiet} changes of single-report entities not printed"
          + ("" if everything else " (--all prints them)"))
    return 0


def _group(seed: dict, gone: list[dict], came: list[dict]) -> list[dict]:
    """``seed`` and every changed entity linked to it by shared mentions, transitively."""
    group, frontier = [seed], [seed]
    while frontier:
        spans = {tuple(m) for m in frontier.pop()["mentions"]}
        for entity in gone + came:
            if all(entity is not g for g in group) and spans & {tuple(m) for m in entity["mentions"]}:
                group.append(entity)
                frontier.append(entity)
    return group


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", nargs="?", help="a file written by --save, to compare the entities with")
    parser.add_argument("--save", help="write the current entity lists to this file")
    parser.add_argument("--all", action="store_true", help="also print changes of single-report entities")
    args = parser.parse_args(argv)
    if bool(args.before) == bool(args.save):
        parser.error("give either a saved file to compare with or --save FILE")
    lists = entity_lists()
    if args.save:
        Path(args.save).write_text(json.dumps(lists), encoding="utf-8")
        print(f"saved the entities of {len(lists)} dossiers to {args.save}")
        return 0
    return compare(json.loads(Path(args.before).read_text(encoding="utf-8")), lists, args.all)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
