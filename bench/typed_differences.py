"""Count the typed differences of some dossiers' links, and print a sample of the figures/dates ones (or another type's) to read.

    .venv/bin/python bench/typed_differences.py DOSSIER_FOLDER ...              # counts by type
    .venv/bin/python bench/typed_differences.py --sample 30 DOSSIER_FOLDER ...  # and 30 figures/dates changes
    .venv/bin/python bench/typed_differences.py --sample 30 EXPORT.json ...     # from JSON exports already made
    .venv/bin/python bench/typed_differences.py --sample 30 --type typography DOSSIER_FOLDER ...  # another type

The counts cover every pair of every link, confident or weaker, as the JSON export gives them
(``pairs[].changes[].type``). Issue 10 asks that a figure be told different only when it is; the
sample (drawn with a fixed seed, so two runs of one code read the same changes) lays each change
out as ``a text → b text`` with a few words either side, for a reading by hand. It scores nothing.
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import export  # noqa: E402

CONTEXT = 40


def _source(article: dict, start: int) -> str:
    """The string a change's offsets index: the body, or ``title + "\\n"`` below 0 (a title passage)."""
    return f"{article.get('title') or ''}\n" if start < 0 else article["body"]


def _side(article: dict, start: int, end: int) -> str:
    text = _source(article, start)
    before, after = text[max(-len(text), start - CONTEXT) if start < 0 else max(0, start - CONTEXT) : start], text[end : end + CONTEXT]
    return " ".join(f"…{before}[{text[start:end]}]{after}…".split())


def changes(document: dict):
    """Every ``(type, a article, b article, change)`` of the document's links and weaker links."""
    for link in document["links"] + document.get("weaker_links", []):
        for pair in link.get("pairs", ()):
            a, b = link["passages"][pair["a"]]["article"], link["passages"][pair["b"]]["article"]
            for change in pair["changes"]:
                yield change["type"], a, b, change


def main(arguments: list[str]) -> int:
    options = {flag: arguments[arguments.index(flag) + 1] for flag in ("--sample", "--type") if flag in arguments}
    size, sampled = int(options.get("--sample", 0)), options.get("--type", "number")
    names = [a for i, a in enumerate(arguments) if a not in options and (i == 0 or arguments[i - 1] not in options)]
    counts: Counter[str] = Counter()
    figures = []
    with tempfile.TemporaryDirectory() as cache:
        for name in names:
            path = Path(name)
            document = json.loads(path.read_text()) if path.suffix == ".json" else export(path, cache)
            articles = {a["id"]: a for a in document["articles"]}
            for kind, a, b, change in changes(document):
                counts[kind] += 1
                if kind == sampled:
                    figures.append((path.stem if path.suffix == ".json" else path.name, articles[a], articles[b], change))
    total = sum(counts.values())
    print(f"{total} typed differences; figures/dates {counts['number']}; "
          + ", ".join(f"{kind} {n}" for kind, n in counts.most_common()))
    for n, (dossier, a, b, change) in enumerate(random.Random(10).sample(figures, min(size, len(figures))), 1):
        print(f"F{n} {dossier}: {a['id'][:20]} → {b['id'][:20]}")
        print(f"    a {_side(a, *change['a'])}")
        print(f"    b {_side(b, *change['b'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
