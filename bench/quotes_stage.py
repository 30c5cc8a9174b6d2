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
from reader.core.ingest.loading import load_dossier  # noqa: E402
from reader.core.links.speakers import part_speakers  # noqa: E402
from reader.core.pipeline import analyse  # noqa: E402
from reader.core.store.entry import decode, encode  # noqa: E402
from reader.core.vocabulary import load_dictionaries  # noqa: E402


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
    dossier = load_dossier(args.dossier)
    if args.saved.exists():
        analysis = decode(args.saved.read_bytes(), "saved", dossier)
    else:
        analysis = analyse(dossier)
        args.saved.write_bytes(encode(analysis, "saved"))
    load_dictionaries()
    for sentences in analysis.sentences.values():
        for sentence in sentences:
            sentence.packed  # as the pipeline does before its stages
    profile = cProfile.Profile(time.process_time)  # CPU: the machine may be shared
    start = time.process_time()
    profile.runcall(stage, analysis)
    print(f"stage CPU {time.process_time() - start:.2f} s (profiled)")
    pstats.Stats(profile).sort_stats("cumulative").print_stats(args.profile)


if __name__ == "__main__":
    main()
