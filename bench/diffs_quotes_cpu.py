"""Print the CPU of the links' typed differences and of the quotation groups, each alone, on a saved analysis.

    taskset -c 0 .venv/bin/python bench/diffs_quotes_cpu.py DOSSIER SAVED [--runs 3] [--profile 20] [--dump OUT]

The analysis is made once and kept in ``SAVED`` as a cache entry (both stages read its sentences, entities,
links and quotations as found, not its other findings), so later runs time only :func:`link_differences` (of
the confident and weaker links, as the pipeline asks) and :func:`find_quotes` (of the quotations kept in the
entry): the least CPU of ``--runs``. ``--profile N`` prints the top of one profiled run of each (for shares: its clock is wall time); ``--dump OUT``
writes both results' ``repr`` to ``OUT`` for a byte comparison of two versions of the code.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader import collector  # noqa: E402
from reader.core.findings.difftypes import link_differences  # noqa: E402
from reader.core.findings.quotes import find_quotes  # noqa: E402
from saved_analysis import saved_analysis  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dossier")
    parser.add_argument("saved", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", type=int, default=0, help="rows of each stage's profile to print")
    parser.add_argument("--dump", type=Path)
    args = parser.parse_args()
    analysis = saved_analysis(args.dossier, args.saved)
    said = analysis.findings.quotations
    stages = {
        "differences": lambda: link_differences(analysis, analysis.links + analysis.weaker_links),
        "quotes": lambda: find_quotes(analysis, said),
    }
    results = {}
    with collector.building():
        for name, work in stages.items():
            spent = []
            for _ in range(args.runs):
                for kept in ("_derived", "_derived_of_text", "_derived_of_entities"):
                    analysis.__dict__.pop(kept, None)  # what the stage derives of the analysis, derived again each run
                started = time.process_time()
                results[name] = work()
                spent.append(time.process_time() - started)
            print(f"{args.dossier}: {name} {min(spent):.2f} s CPU (least of {args.runs}: {', '.join(f'{s:.2f}' for s in spent)})", flush=True)
            if args.profile:
                profile = cProfile.Profile()  # a CPU clock costs a system call per event: ten times the run
                profile.runcall(work)
                pstats.Stats(profile).sort_stats("cumulative").print_stats(args.profile)
    if args.dump:
        args.dump.write_text(repr(results["differences"]) + "\n" + repr(results["quotes"]) + "\n")


if __name__ == "__main__":
    main()
