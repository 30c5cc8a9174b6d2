"""Print the CPU of the findings that grow with the copies of a statement, on dossiers on disk.

    taskset -c 0 .venv/bin/python bench/findings_cpu.py /tmp/c250 /tmp/c500 [--runs 3] [--copies-linked]

For dossiers whose reports copy each other heavily (``bench/copies.py``): each dossier is analysed
once (as the export does), then the figure comparisons (:func:`compare_figures`, its index of the
text built again each run), their groups (:func:`figure_groups`), the links' typed differences
(:func:`link_differences`) and the whole JSON export (:func:`to_json`) are each timed in this process
(CPU, the least of ``--runs``), with how many comparisons there are and the ratio to the dossier
before: what grows faster than the dossier shows as a ratio above its size's.

``--copies-linked`` replaces the links with one confident link per sentence printed alike in several
reports (all its copies, one a report): the links a linker would find if it joined every copy, each of
k = 50 to 200 passages in a copy-heavy dossier, for what grows with k squared per link.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader import collector  # noqa: E402
from reader.core.export.documents import to_json  # noqa: E402
from reader.core.findings.difftypes import link_differences  # noqa: E402
from reader.core.findings.figure_groups import figure_groups  # noqa: E402
from reader.core.findings.figures import compare_figures  # noqa: E402
from reader.core.ingest.loading import load_dossier  # noqa: E402
from reader.core.model import Analysis, Link  # noqa: E402
from reader.core.pipeline import analyse  # noqa: E402


def least_cpu(work, runs: int) -> float:
    spent = []
    for _ in range(runs):
        started = time.process_time()
        work()
        spent.append(time.process_time() - started)
    return min(spent)


def copies_linked(analysis: Analysis) -> Analysis:
    """``analysis`` with one link per sentence text in two reports or more (its first copy in each)."""
    order = {article.id: n for n, article in enumerate(analysis.dossier.articles)}
    copies: dict[str, dict[str, object]] = {}
    for article_id, sentences in analysis.sentences.items():
        for sentence in sentences:
            copies.setdefault(" ".join(sentence.text.split()), {}).setdefault(article_id, sentence.span)
    spans = [sorted(found.values(), key=lambda span: order[span.article]) for found in copies.values() if len(found) > 1]
    links = tuple(Link(f"C{n:04d}", "verbatim", 1.0, tuple(passages)) for n, passages in enumerate(spans, 1))
    return analysis.replaced(links=links, weaker_links=())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dossiers", nargs="+", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--copies-linked", action="store_true", help="one link per sentence printed in several reports")
    args = parser.parse_args()
    before: dict[str, float] = {}
    for folder in args.dossiers:
        dossier = load_dossier(folder)
        analysis = analyse(dossier)
        if args.copies_linked:
            analysis = copies_linked(analysis)
            analysis = analysis.replaced(findings=replace(analysis.findings, comparisons=compare_figures(analysis)))
        order = [a.id for a in dossier.articles]
        comparisons = analysis.findings.comparisons

        def compared() -> None:
            analysis.__dict__.pop("_derived_of_text", None)  # the figure index too, as the pipeline builds it
            compare_figures(analysis)

        with collector.building():
            spent = {
                "compare_figures": least_cpu(compared, args.runs),
                "figure_groups": least_cpu(lambda: figure_groups(comparisons, order), args.runs),
                "link_differences": least_cpu(lambda: link_differences(analysis, analysis.links + analysis.weaker_links),
                                              args.runs),
                "to_json": least_cpu(lambda: to_json(analysis), args.runs),
            }
        shown = "  ".join(f"{name} {cpu:.2f} s" + (f" ({cpu / before[name]:.2f}x)" if before.get(name) else "")
                          for name, cpu in spent.items())
        widest = max((len(link.passages) for link in analysis.links), default=0)
        print(f"{folder}: {len(dossier.articles)} articles, {len(analysis.links)} links (widest {widest}), {len(comparisons)} figure "
              f"comparisons; CPU {shown}", flush=True)
        before = spent


if __name__ == "__main__":
    main()
