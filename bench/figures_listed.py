"""Check that a JSON export listing fewer figure comparisons says what one listing all of them said.

    .venv/bin/python bench/figures_listed.py BEFORE.json AFTER.json [BEFORE.json AFTER.json ...]

BEFORE lists every comparison found, AFTER the spanning set of issue 12 (agreements joining each
figure to one agreeing counterpart, one conflict per pair of agreeing groups). For each pair of
files it checks, and prints one line saying: every other section is the same; every listed
comparison was found before; the agreeing groups (figures joined by agreements, directly or through
others) and the groups joined by any comparison are the same; every figure compared is still in
one; ``figure_groups`` keeps its keys, verdicts and sides, its indexes pointing at comparisons it
held before; ``figures_listed`` counts what BEFORE listed. Exit status 1 on any difference.
"""

from __future__ import annotations

import json
import sys
from collections import Counter

Place = tuple[str, int, int]


def _places(item: dict) -> tuple[Place, ...]:
    return tuple((f["article"], f["start"], f["end"]) for f in item["figures"])


def _groups(items: list[dict], verdicts: set[str]) -> set[frozenset[Place]]:
    """The figures joined by comparisons of ``verdicts``, directly or through others (figures alone left out)."""
    parent: dict[Place, Place] = {}

    def root(place: Place) -> Place:
        while parent.setdefault(place, place) != place:
            parent[place] = parent[parent[place]]
            place = parent[place]
        return place

    for item in items:
        first, *others = _places(item)
        root(first)
        for place in others:
            root(place)
            if item["verdict"] in verdicts:
                parent[root(place)] = root(first)
    groups: dict[Place, set[Place]] = {}
    for place in list(parent):
        groups.setdefault(root(place), set()).add(place)
    return {frozenset(group) for group in groups.values() if len(group) > 1}


def _held(document: dict) -> list[tuple]:
    """``figure_groups`` with each index replaced by the comparison it points at."""
    figures = document["figures"]
    return [(g["key"], g["verdict"], json.dumps(g["sides"]),
             frozenset((figures[n]["verdict"], _places(figures[n])) for n in g["figures"]))
            for g in document["figure_groups"]]


def check(before: dict, after: dict) -> list[str]:
    problems = [f"{key} differs" for key in sorted((set(before) | set(after)) - {"figures_listed"})
                if key not in ("figures", "figure_groups") and before.get(key) != after.get(key)]
    found = {(item["verdict"], item["link"], item["key"], _places(item)) for item in before["figures"]}
    if any((item["verdict"], item["link"], item["key"], _places(item)) not in found for item in after["figures"]):
        problems.append("a listed comparison was not found before")
    for name, verdicts in (("agreeing groups", {"agree"}), ("groups", {"agree", "conflict"})):
        if _groups(before["figures"], verdicts) != _groups(after["figures"], verdicts):
            problems.append(f"{name} differ")
    if {p for item in before["figures"] for p in _places(item)} != {p for item in after["figures"] for p in _places(item)}:
        problems.append("a compared figure is no longer listed")
    old, new = _held(before), _held(after)
    if [row[:3] for row in old] != [row[:3] for row in new] or any(n[3] - o[3] for o, n in zip(old, new, strict=True)):
        problems.append("figure_groups differ")
    counts = Counter(item["verdict"] for item in before["figures"])
    if after.get("figures_listed", {}).get("found") != {v: counts[v] for v in ("agree", "conflict")}:
        problems.append("figures_listed does not count what was found")
    return problems


def main(paths: list[str]) -> int:
    failed = False
    for before_path, after_path in zip(paths[::2], paths[1::2], strict=True):
        with open(before_path, encoding="utf-8") as file:
            before = json.load(file)
        with open(after_path, encoding="utf-8") as file:
            after = json.load(file)
        problems = check(before, after)
        failed |= bool(problems)
        agreeing = _groups(before["figures"], {"agree"})
        print(f"{after_path}: {len(before['figures'])} -> {len(after['figures'])} comparisons, "
              f"{len(agreeing)} agreeing groups of {sum(map(len, agreeing))} figures: "
              + ("; ".join(problems) if problems else "same groups, same sections"))
    return int(failed)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
