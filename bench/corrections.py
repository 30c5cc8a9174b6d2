"""Each correction kind's cost in the worker (what ``M``, ``U``, ``X``, ``x``, ``a``, the dropped
passage and undo wait for before the reader shows their result), in process.

    .venv/bin/python bench/corrections.py [--n 100 | --bundled | --dossier PATH] [--runs 3] [--profile DIR]

Times ``apply_corrections`` on the analysis as computed (what the reader's correcting worker
runs, before it builds the lookup tables) and, beside it, the findings found afresh for the
same corrected entities and links (:func:`reader.core.pipeline.find`): the incremental
refresh must cost less than that. ``--profile DIR`` writes one ``cProfile`` file per kind.
"""

from __future__ import annotations

import argparse
import cProfile
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.core.ingest.loading import load_dossier  # noqa: E402
from reader.core.pipeline import analyse, find  # noqa: E402
from reader.core.store.corrections import (  # noqa: E402
    Corrections, _apply, accept_link, apply_corrections, drop_passage, merge_entities, reject_link, split_entity,
)
from reader.resources import bundled_dossier  # noqa: E402


def decisions(analysis) -> dict[str, Corrections]:
    """One decision of each kind about the biggest things the analysis has, and undo (none left)."""
    people = sorted((e for e in analysis.entities if e.type == "person"), key=lambda e: -len(e.mentions))
    split = next(e for e in sorted(analysis.entities, key=lambda e: -len(e.mentions)) if len(e.aliases) >= 2)
    wide = max(analysis.links, key=lambda link: len(link.passages))
    kinds = {
        "merge": merge_entities(people[0], people[1]),
        "split": split_entity(analysis, split, (split.aliases[-1],)),
        "reject": reject_link(analysis, analysis.links[0]),
        "drop": drop_passage(analysis, wide, wide.passages[-1]),
    }
    if analysis.weaker_links:
        kinds["accept"] = accept_link(analysis, analysis.weaker_links[0])
    return {**{kind: Corrections((d,)) for kind, d in kinds.items()}, "undo": Corrections()}


def timed(work) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--bundled", action="store_true")
    parser.add_argument("--dossier", type=Path, help="a dossier folder (real reports quote more than generated ones)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", type=Path)
    args = parser.parse_args()
    if args.bundled or args.dossier:
        dossier = load_dossier(args.dossier or bundled_dossier())
    else:
        from bench.generate import generate

        dossier = generate(args.n)[0]
    analysis = analyse(dossier)
    print(f"{len(dossier.articles)} reports, {len(analysis.entities)} entities, {len(analysis.links)} links")
    for kind, corrections in decisions(analysis).items():
        # The refreshes in a row, as the reader makes them: what they share of the text is built once.
        incremental = [timed(lambda: apply_corrections(analysis, corrections)) for _ in range(args.runs)]
        full = [timed(lambda: find(_apply(analysis, corrections)[0])) for _ in range(args.runs)]
        if args.profile:
            args.profile.mkdir(parents=True, exist_ok=True)
            cProfile.runctx("apply_corrections(analysis, corrections)", globals(), locals(), str(args.profile / f"{kind}.prof"))
        print(f"{kind:8} refresh {statistics.median(incremental) * 1000:8.1f} ms   "
              f"findings afresh {statistics.median(full) * 1000:8.1f} ms")


if __name__ == "__main__":
    main()
