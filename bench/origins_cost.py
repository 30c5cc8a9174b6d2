"""Print the CPU the origins alone take on dossier folders, and how it grows between them.

    .venv/bin/python bench/origins_cost.py FOLDER [FOLDER ...] [--profile]

Each folder is analysed (from the analysis cache when it was before), then :func:`find_origins`
is run again on its analysis with the collector paused, as an export builds, and its CPU time
printed (``time.process_time``: the machine is shared, wall time is noise), with the ratio to the
previous folder's. Run it under ``taskset -c 0`` to keep it on one core. ``--profile`` prints the
origins' functions by cumulative time as well. Made for the copy-heavy dossiers of issue 12, where
the copies of one sentence in k reports made the stage grow with k squared.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.core.findings.origins import find_origins  # noqa: E402
from reader.core.ingest.loading import load_dossier  # noqa: E402
from reader.core.store.cache import analyse_cached  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    before = None
    for folder in args.folders:
        analysis, _ = analyse_cached(load_dossier(folder))
        gc.disable()
        profile = cProfile.Profile() if args.profile else None
        started = time.process_time()
        if profile:
            profile.enable()
        find_origins(analysis)
        if profile:
            profile.disable()
        spent = time.process_time() - started
        gc.enable()
        ratio = f"  {spent / before:.2f}x the previous" if before else ""
        print(f"{folder.name}: {len(analysis.dossier.articles)} reports, origins {spent:.2f} s CPU{ratio}")
        before = spent
        if profile:
            pstats.Stats(profile).sort_stats("cumulative").print_stats("origins", 25)


if __name__ == "__main__":
    main()
