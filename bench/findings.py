"""Print what the findings cost, in the worker, and what opening a view costs on the UI thread.

    .venv/bin/python bench/findings.py            # the bundled five and 500 generated articles
    .venv/bin/python bench/findings.py 250        # another generated size

For each dossier: the analysis stages and the findings stage (median of runs), then the work
that opening the compare view (``c``) and the N-way view does on the UI thread: before
findings were part of the analysis, each recomputed every figure comparison of the dossier
(:func:`compare_figures`, timed here with the figures already found); now each reads the
analysis' findings (timed: the lookups a compare view makes for all its linked rows). Last,
what a correction (``x`` on the widest link) costs now that it refreshes the findings: in a
worker thread, off the UI thread.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.generate import generate  # noqa: E402
from reader import collector  # noqa: E402
from reader.core.findings.collation import figure_note, pair_passages  # noqa: E402
from reader.core.findings.difftypes import pair_findings  # noqa: E402
from reader.core.findings.figures import compare_figures  # noqa: E402
from reader.core.ingest.loading import load_dossier  # noqa: E402
from reader.core.model import Findings  # noqa: E402
from reader.core.pipeline import analyse, find  # noqa: E402
from reader.core.store.corrections import Corrections, apply_corrections, reject_link  # noqa: E402
from reader.resources import bundled_dossier  # noqa: E402
from timing import median_seconds  # noqa: E402


def report(name: str, dossier, runs: int) -> None:
    with collector.building():
        whole = median_seconds(lambda: analyse(dossier), runs)
        analysis = analyse(dossier)
        bare = analysis.replaced(findings=Findings())
        findings = median_seconds(lambda: find(bare), runs)
    left = analysis.dossier.articles[0].id
    right = next((a.id for a in analysis.dossier.articles[1:]), left)
    before = median_seconds(lambda: compare_figures(analysis), runs)

    def lookups() -> None:
        by_link = analysis.findings.comparisons_by_link
        for passage in pair_passages(analysis, left, right):
            if passage.link is not None:
                both = [c for c in by_link.get(passage.link.id, ()) if {left, right} <= set(c.articles)]
                figure_note(both, left, right)
                pair_findings(analysis, passage.link, left, right)

    after = median_seconds(lookups, runs)
    link = max(analysis.links, key=lambda each: len(each.passages))
    with collector.building():
        correction = median_seconds(lambda: apply_corrections(analysis, Corrections((reject_link(analysis, link),))), runs)
    print(f"{name}: analysis with findings {whole:.3f}s (findings {findings:.3f}s); "
          f"c / N-way on the UI thread: before {before:.3f}s (all figure comparisons), "
          f"now {after:.3f}s (a compare view's lookups for every row); "
          f"x (reject, findings refreshed, now in a worker) {correction:.3f}s", flush=True)


def main() -> None:
    report("bundled five", load_dossier(bundled_dossier()), runs=5)
    for size in [int(arg) for arg in sys.argv[1:]] or [500]:
        report(f"{size} generated", generate(size)[0], runs=1)


if __name__ == "__main__":
    main()
