"""CPU of the linker alone on one dossier, for speed work on ``reader/core/links``.

    taskset -c 0 .venv/bin/python bench/links_profile.py FOLDER [--runs 3] [--profile OUT.prof] [--dump OUT.txt] [--top 30]

Loads and segments the dossier, judges its story (the doubtful reports), then runs
:func:`reader.core.links.align.find_links` once with the collector paused as the pipeline does,
printing its CPU seconds (``time.process_time``; the machine is shared, wall time is noise; the least of
``--runs``), with those of the forked copies it waited for (work run beside on a second core: none under ``taskset -c 0``) and those of the stages it calls (``STAGES``, each summed over its calls), and,
under ``--profile``, the functions of the linker by cumulative CPU time (the profiler's cost included). ``--dump`` writes the links
found, one a line, to compare two checkouts' output quickly (the golden exports remain the check).
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import os
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.analysis import stage_clocks  # noqa: E402
from reader.core.links import align  # noqa: E402
from reader.core.links.align import find_links  # noqa: E402
from reader.core.vocabulary import load_dictionaries  # noqa: E402
from bench.link_inputs import link_inputs  # noqa: E402


STAGES = ("prepare", "find_pairs", "group_pairs", "merge_repeats", "fold_retold", "judged_bodies", "told_in_links", "short_copies", "link_of", "_with_content", "_distinct")
"""The functions :func:`find_links` calls by name, timed one by one (a stage called inside another counts in both)."""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--profile", type=Path)
    parser.add_argument("--dump", type=Path)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    load_dictionaries()
    dossier, sentences, doubtful = link_inputs(args.folder)
    find_links(dossier, sentences, doubtful=doubtful)  # warm: lazy word lists and caches load once
    best: tuple[float, dict[str, float], float] | None = None
    for _ in range(args.runs):
        with stage_clocks({align: STAGES}) as stages:
            gc.disable()
            started, forks = time.process_time(), _forks()
            links = find_links(dossier, sentences, doubtful=doubtful)
            spent, forks = time.process_time() - started, _forks() - forks
            gc.enable()
        if best is None or spent < best[0]:
            best = spent, dict.fromkeys(STAGES, 0.0) | stages, forks
    spent, stages, forks = best
    print(f"{args.folder.name}: {len(dossier.articles)} reports, {len(links)} links, find_links {spent:.2f} s CPU (+ {forks:.2f} s in forks)")
    print("  " + ", ".join(f"{name} {seconds:.2f}" for name, seconds in stages.items()))
    profiler = cProfile.Profile(time.process_time) if args.profile else None  # CPU: the machine is shared
    if profiler:
        gc.disable()
        profiler.runcall(find_links, dossier, sentences, doubtful=doubtful)
        gc.enable()
    if profiler:
        profiler.dump_stats(args.profile)
        stats = pstats.Stats(str(args.profile))
        stats.sort_stats("cumulative").print_stats("links/", args.top)
    if args.dump:
        args.dump.write_text("".join(f"{link!r}\n" for link in links), encoding="utf-8")


def _forks() -> float:
    """CPU seconds of the forked copies waited for so far."""
    times = os.times()
    return times.children_user + times.children_system


if __name__ == "__main__":
    main()
