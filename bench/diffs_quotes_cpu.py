"""Print the CPU of findings stages, each alone, on a saved analysis: the links' typed differences and the quotation
groups by default, with ``--stages`` also the origins, the naming matrix, the figure comparisons, what ◆ reads
(``said_by``) and the JSON document.

    taskset -c 0 .venv/bin/python bench/diffs_quotes_cpu.py DOSSIER SAVED [--runs 3] [--profile 20] [--dump OUT]
    taskset -c 0 .venv/bin/python bench/diffs_quotes_cpu.py DOSSIER SAVED --stages origins,naming,said_by,figures,document

The analysis is made once and kept in ``SAVED`` as a cache entry (both stages read its sentences, entities,
links and quotations as found, not its other findings), so later runs time only :func:`link_differences` (of
the confident and weaker links, as the pipeline asks) and :func:`find_quotes` (of the quotations kept in the
entry), or the other stages named: the least CPU of ``--runs``. A saved analysis holds each comparison's figures
as objects of their own, where the pipeline's comparisons hold the figures' own objects (a figure copied into
many comparisons is one object): for ``said_by`` and ``document`` the comparisons are found again first, untimed.
``--profile N`` prints the top of one profiled run of each (for shares: its clock is wall time); ``--dump OUT``
writes the differences' and quotes' ``repr`` to ``OUT`` for a byte comparison of two versions of the code.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader import collector  # noqa: E402
from reader.core.export.documents import json_bytes  # noqa: E402
from reader.core.findings.difftypes import link_differences  # noqa: E402
from reader.core.findings.figures import compare_figures  # noqa: E402
from reader.core.findings.naming import find_naming  # noqa: E402
from reader.core.findings.origins import find_origins  # noqa: E402
from reader.core.findings.quotes import find_quotes  # noqa: E402
from saved_analysis import saved_analysis  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dossier")
    parser.add_argument("saved", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", type=int, default=0, help="rows of each stage's profile to print")
    parser.add_argument("--dump", type=Path)
    parser.add_argument("--stages", default="differences,quotes")
    args = parser.parse_args()
    analysis = saved_analysis(args.dossier, args.saved)
    said = analysis.findings.quotations
    names = args.stages.split(",")
    if "said_by" in names or "document" in names:
        analysis = analysis.replaced(findings=replace(analysis.findings, comparisons=compare_figures(analysis)))
    stages = {
        "differences": lambda: link_differences(analysis, analysis.links + analysis.weaker_links),
        "quotes": lambda: find_quotes(analysis, said),
        "origins": lambda: find_origins(analysis),
        "naming": lambda: find_naming(analysis),
        "figures": lambda: compare_figures(analysis),
        "said_by": lambda: analysis._said_by,
        "document": lambda: (analysis._said_by, json_bytes(analysis)),
    }
    results = {}
    with collector.building():
        for name, work in ((name, stages[name]) for name in names):
            spent = []
            for _ in range(args.runs):
                for kept in ("_derived", "_derived_of_text", "_derived_of_entities", "_said_by"):
                    analysis.__dict__.pop(kept, None)  # what the stage derives of the analysis, derived again each run
                started = time.process_time()
                results[name] = work()
                spent.append(time.process_time() - started)
            print(f"{args.dossier}: {name} {min(spent):.2f} s CPU (least of {args.runs}: {', '.join(f'{s:.2f}' for s in spent)})", flush=True)
            if args.profile:
                profile = cProfile.Profile()  # a CPU clock costs a system call per event: ten times the run
                profile.runcall(work)
                pstats.Stats(profile).sort_stats("cumulative").print_stats(args.profile)
    if args.dump and {"differences", "quotes"} <= results.keys():
        args.dump.write_text(repr(results["differences"]) + "\n" + repr(results["quotes"]) + "\n")


if __name__ == "__main__":
    main()
