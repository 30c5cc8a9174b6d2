"""The rows of the coverage matrix: every link against every report, one row per statement.

Links are sorted (:func:`~reader.core.findings.collation.coverage_rows`), each link's row shows its
tersest passage, and links whose passages read the same are merged into one row. Built once per
analysis, in the worker that makes it: the coverage view only draws and searches them.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.findings.collation import coverage_rows
from reader.core.model import Analysis, Link, Span


@dataclass(frozen=True)
class Coverage:
    """The matrix's rows in one order: its ``links`` sorted, the passage each link's row shows
    (``labels``), the ``rows`` (links merged) and each link's row (``row_of``)."""

    links: tuple[Link, ...]
    labels: dict[str, Span]
    rows: tuple[tuple[Link, ...], ...]
    row_of: dict[str, int]


def coverage_of(analysis: Analysis, *, by_origins: bool = False) -> Coverage:
    """The rows of ``analysis``' matrix, the most widely carried first (``by_origins``: the most
    independent origins first), found once per analysis and order
    (:meth:`~reader.core.model.Analysis.derived`)."""
    return analysis.derived(("coverage", by_origins), lambda: _find_coverage(analysis, by_origins=by_origins))


def _find_coverage(analysis: Analysis, *, by_origins: bool = False) -> Coverage:
    """The rows of ``analysis``' matrix in that order, found now."""
    links = coverage_rows(analysis, by_origins=by_origins)
    labels = row_labels(links)
    rows = merged_rows(analysis, links, labels)
    return Coverage(links, labels, rows, {link.id: n for n, row in enumerate(rows) for link in row})


def row_labels(links: tuple[Link, ...]) -> dict[str, Span]:
    """The passage each link's row shows: its tersest (:meth:`Analysis.label_passage`), unless an
    earlier link's row shows that very passage (one carrying two statements, in a link for each):
    then its tersest other one, so the two rows read apart."""
    shown: set[Span] = set()
    labels: dict[str, Span] = {}
    for link in links:
        tersest = sorted(link.passages, key=lambda span: (span.end - span.start, span))
        labels[link.id] = next((span for span in tersest if span not in shown), tersest[0])
        shown.add(labels[link.id])
    return labels


def row_text(analysis: Analysis, span: Span) -> str:
    """The words of a row's passage on one line: what the row shows and search looks in."""
    return " ".join(analysis.dossier.article(span.article).text(span).split())


def merged_rows(analysis: Analysis, links: tuple[Link, ...], labels: dict[str, Span]) -> tuple[tuple[Link, ...], ...]:
    """``links`` in order, those whose ``labels`` read the same (a statement several reports
    carry in separately linked places) on one row, a weaker link never with a confident one.
    Links sharing a passage stay on rows of their own: a passage carrying two statements takes
    part in a link for each."""
    rows: list[list[Link]] = []
    by_text: dict[tuple[str, bool], list[list[Link]]] = {}
    for link in links:
        passages = set(link.passages)
        alike = by_text.setdefault((row_text(analysis, labels[link.id]), link.confident), [])
        row = next((row for row in alike if not any(passages.intersection(other.passages) for other in row)), None)
        if row is None:
            row = []
            alike.append(row)
            rows.append(row)
        row.append(link)
    return tuple(tuple(row) for row in rows)
