"""Profile the quotation stage alone (CPU, one process): who says each quotation, the same words credited
alike, the links parted by speaker and the groups across reports.

    .venv/bin/python bench/quotes_stage.py DOSSIER SAVED [--profile N]

The analysis is made once and kept in ``SAVED`` as a cache entry (the stage reads its sentences,
entities and links, not its findings), so later runs time only the stage: run it with ``taskset -c 0``
and compare the cumtime of ``find_quotes``, ``_groups`` and ``quotations`` before and after.
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

from reader.core.findings.quotes import credited_alike, find_quotes, quotations  # noqa: E402
from reader.core.links.speakers import part_speakers  # noqa: E402
from saved_analysis import saved_analysis  # noqa: E402


def stage(analysis) -> None:
    said = quotations(analysis)
    part_speakers(analysis.links + analysis.weaker_links, credited_alike(analysis, said), analysis)
    find_quotes(analysis, said)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("dossier")
    parser.add_argument("saved", type=Path)
    parser.add_argument("--profile", type=int, default=25, help="rows of the profile to print")
    args = parser.parse_args()
    analysis = saved_analysis(args.dossier, args.saved)
    profile = cProfile.Profile(time.process_time)  # CPU: the machine may be shared
    start = time.process_time()
    profile.runcall(stage, analysis)
    print(f"stage CPU {time.process_time() - start:.2f} s (profiled)")
    pstats.Stats(profile).sort_stats("cumulative").print_stats(args.profile)


if __name__ == "__main__":
    main()
