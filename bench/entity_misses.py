"""Why gold name clusters of the real-data dossiers are not fully merged, and which entities mix clusters.

    .venv/bin/python bench/entity_misses.py            # every dossier under ../shared/corpus/dossiers
    .venv/bin/python bench/entity_misses.py NAME ...   # only these dossiers

For each gold cluster whose name mentions span two or more articles and that
no single project entity covers in all of them, prints per article the gold
name mentions and the project entities that hit them (the corpus scorer's
rules: a project mention hits a gold mention's head word or 80% of it), and whether
it is found at all (one entity in two of its articles, the scorer's "found") or in how many at most. Then
the entities the scorer's precision proxy counts as mixing clusters. For
reading, not for a score: ``bench/corpus.py`` gives the figures.
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import DOSSIERS, _scorer, export  # noqa: E402


def _name_mentions(score, gold: dict, raw: dict, cluster: dict) -> list[dict]:
    def on_title(m):
        return score.gold_first_line_is_title(gold, m["file"]) and m["start"] < raw[m["file"]].find("\n")

    return [m for m in cluster["mentions"] if score.namey(raw[m["file"]], m["start"], m["end"]) and not on_title(m)]


def report(score, folder: Path, document: dict) -> None:
    gold = score.json.loads((folder / "GOLD.json").read_text(encoding="utf-8"))
    raw = {f["file"]: (folder / f["file"]).read_text(encoding="utf-8") for f in gold["files"]}
    art_of = {Path(a.get("path") or "").name: a for a in document["articles"]}
    maps = {f: score.OffsetMap(raw[f], art_of[f]["body"]) for f in raw if f in art_of}
    entities = document["entities"]
    by_file: dict[str, list[tuple[int, int, str]]] = {}
    ids = {a["id"]: f for f, a in art_of.items()}
    for entity in entities:
        for m in entity["mentions"]:
            f = ids.get(m["article"])
            if f:
                by_file.setdefault(f, []).append((m["start"], m["end"], entity["name"]))
    print(f"== {folder.name}")
    for cluster in gold["clusters"]:
        if str(cluster.get("identity", "")).startswith("catch-all"):
            continue
        mentions = _name_mentions(score, gold, raw, cluster)
        files = sorted({m["file"] for m in mentions})
        if len(files) < 2:
            continue
        rows, names_per_file = [], []
        for f in files:
            found = []
            for m in (m for m in mentions if m["file"] == f):
                head = maps[f].span(*score.head_span(raw[f], m["start"], m["end"]))
                whole = maps[f].span(m["start"], m["end"])
                hits = sorted({n for s, e, n in by_file.get(f, ()) if head and score.overlap(s, e, *head) > 0
                               or whole and 5 * score.overlap(s, e, *whole) >= 4 * (whole[1] - whole[0])})
                found.append(f"{m['text']!r}->{'|'.join(hits) or '-'}")
            names = set.union(*({n for n in part.split('->')[1].split('|') if n != '-'} for part in found))
            names_per_file.append(names)
            rows.append(f"    {f[:28]:28} {'; '.join(found)[:220]}")
        if set.intersection(*names_per_file):
            continue
        reach = max(Counter(n for names in names_per_file for n in names).values(), default=0)
        missed = "not found" if reach < 2 else f"one entity in {reach} at most"
        print(f"  cluster {cluster['name']!r} ({cluster.get('type')}), {len(files)} files: {missed}")
        print("\n".join(rows))


def main(names: list[str]) -> int:
    if not (DOSSIERS / "score.py").is_file():
        print(f"skipped: {DOSSIERS} is missing")
        return 0
    score = _scorer()
    folders = sorted(p.parent for p in DOSSIERS.glob("*/GOLD.json") if not names or p.parent.name in names)
    with tempfile.TemporaryDirectory() as cache:
        for folder in folders:
            document = export(folder, cache)
            report(score, folder, document)
            score.score_dossier(folder, document, True, out=lambda line: "mixes" in line and print(line))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
