"""Count the facts shown split over several links: pairs of confident links sharing two passages or more.

    .venv/bin/python bench/split_facts.py FOLDER_OR_JSON ...   # JSON exports (``export --format json``)

A link holding one passage per report made a report that tells one fact twice (a headline and its
lede, a lede and a later sentence repeating it) give a second link of that fact, sharing every other
report's passage with the first. Read from the exports (the golden scripts make them, one per dossier),
so an export of any version counts alike: a link's passages are all it lists, several of one report
included. Prints per export the pairs of confident links sharing two identical passages or more, the
confident links, and those holding several passages of one report; then the totals.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path


def counts(export: dict) -> tuple[int, int, int]:
    """Pairs of confident links sharing two passages or more, confident links, links telling a report twice."""
    links = [{(p["article"], p["start"], p["end"]) for p in link["passages"]} for link in export["links"] if link["confident"]]
    shared = sum(len(a & b) >= 2 for a, b in combinations(links, 2))
    twice = sum(max(Counter(article for article, _, _ in spans).values()) >= 2 for spans in links)
    return shared, len(links), twice


def main(paths: list[str]) -> int:
    files = sorted(f for p in map(Path, paths) for f in (p.glob("*.json") if p.is_dir() else [p]))
    if not files:
        print(__doc__)
        return 2
    total = Counter()
    print(f"{'export':<52} {'sharing>=2':>10} {'links':>6} {'twice':>6}")
    for file in files:
        shared, links, twice = counts(json.loads(file.read_text()))
        total.update(shared=shared, links=links, twice=twice)
        print(f"{file.stem:<52} {shared:>10} {links:>6} {twice:>6}")
    print(f"{'total':<52} {total['shared']:>10} {total['links']:>6} {total['twice']:>6}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
