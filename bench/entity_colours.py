"""Print what choosing the entity highlights costs, and how many slots they need.

    .venv/bin/python bench/entity_colours.py        # the bundled five, 500 generated articles, a ten-report corpus dossier

The slots (:mod:`reader.core.entities.colouring`) are chosen by the worker that builds each
analysis (``colouring.entity_slots``), holding the interpreter lock the UI thread needs, so they
must stay short. For each dossier: the shared entities, the mentions, the slots needed (past
eight, the tints come again with a mark and a number), the median time of the colouring and of
the index the UI thread builds when an analysis lands (which no longer colours).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.generate import generate  # noqa: E402
from bench.timing import median_seconds  # noqa: E402
from reader.core.entities.colouring import colour_slots  # noqa: E402
from reader.core.ingest.loading import load_dossier  # noqa: E402
from reader.core.pipeline import analyse  # noqa: E402
from reader.ui.render import ENTITY_SLOTS, RenderIndex  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "dossiers" / "ecbplus_warren_jeffs_trial"


def report(name: str, dossier) -> None:
    analysis = analyse(dossier)
    shared = analysis.shared_entities
    mentions = analysis.mentions_by_article
    slots = colour_slots(shared, mentions)
    needed = max(slots.values(), default=-1) + 1
    colouring = median_seconds(lambda: colour_slots(shared, mentions), runs=7)
    whole = median_seconds(lambda: RenderIndex(dossier, analysis), runs=7)
    marked = sum(slot >= ENTITY_SLOTS for slot in slots.values())
    print(f"{name:28} {len(shared):6} entities {sum(len(e.mentions) for e in shared):8} mentions "
          f"{needed:4} slots ({marked} marked)  colouring {colouring * 1000:7.1f} ms  whole index {whole * 1000:7.1f} ms")


def main() -> None:
    report("bundled (5 reports)", load_dossier(ROOT / "articles"))
    if CORPUS.is_dir():
        report("corpus (10 reports)", load_dossier(CORPUS))
    report("generated (500 articles)", generate(500)[0])


if __name__ == "__main__":
    main()
