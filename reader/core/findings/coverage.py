"""The rows of the coverage matrix: every link against every report, one row per statement.

Links are sorted (:func:`~reader.core.findings.collation.coverage_rows`), each link's row shows its
tersest passage, and links whose passages read the same are merged into one row. Built once per
analysis, in the worker that makes it: the coverage view only draws and searches them.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.findings.collation import coverage_rows
from reader.core.findings.leads import lead
from reader.core.model import Analysis, Link, Span


@dataclass(frozen=True)
class Apart:
    """What tells a row reading as an earlier one (the same words shown) apart from the rows before it reading so:
    the reports it carries that the first of them does not (``also in …:``), else a passage of its own, another
    report's version no earlier one of them holds (``with latimes “…”:``, as the palette names such links), else
    its number among them (``(2)``: the same words, reports and versions, in other places of a report)."""

    added: tuple[str, ...] = ()
    own: Span | None = None
    nth: int = 0


@dataclass(frozen=True)
class Coverage:
    """The matrix's rows in one order: its ``links`` sorted, the passage each link's row shows
    (``labels``), the ``rows`` (links merged), each link's row (``row_of``), what tells a row
    reading as an earlier one apart (``apart``, :func:`rows_apart`) and the words of its
    sentence a label cut from mid-sentence is shown after (``leads``, :func:`~reader.core.findings.leads.lead`)."""

    links: tuple[Link, ...]
    labels: dict[str, Span]
    rows: tuple[tuple[Link, ...], ...]
    row_of: dict[str, int]
    apart: dict[int, Apart]
    leads: dict[str, str]


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
    row_of = {link.id: n for n, row in enumerate(rows) for link in row}
    leads = {link: words for link, span in labels.items() if (words := lead(analysis, span))}
    return Coverage(links, labels, rows, row_of, rows_apart(analysis, rows, labels), leads)


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


def rows_apart(analysis: Analysis, rows: tuple[tuple[Link, ...], ...], labels: dict[str, Span]) -> dict[int, Apart]:
    """For each row that reads as an earlier one (its label's words shown by an earlier row: a passage linked
    once to six reports and once to a seventh, or four reports' headlines and three of them again beside
    another), what tells it apart (:class:`Apart`), so that no two rows read the same: the reports it adds
    (in dossier order) unless an earlier row reading so added them too, else the first of its passages (in
    dossier order) no earlier row reading so holds, in words none of them shows, else its number among them."""
    order = {article.id: n for n, article in enumerate(analysis.dossier.articles)}
    first: dict[str, int] = {}
    held: dict[str, set[Span]] = {}
    said: dict[str, set[tuple]] = {}
    reading_so: dict[str, int] = {}  # rows reading so up to here
    apart: dict[int, Apart] = {}
    for n, row in enumerate(rows):
        text = row_text(analysis, labels[row[0].id])
        reading_so[text] = reading_so.get(text, 0) + 1
        passages = sorted({span for link in row for span in link.passages}, key=lambda span: (order[span.article], span))
        if text not in first:
            first[text], held[text], said[text] = n, set(passages), {(text,)}
            continue
        earlier = {article for link in rows[first[text]] for article in link.articles}
        added = tuple(sorted({article for link in row for article in link.articles} - earlier, key=order.__getitem__))
        own = next((span for span in passages if span not in held[text] and (span.article, row_text(analysis, span))
                    not in said[text] and row_text(analysis, span) != text), None)
        if added and ("added", added) not in said[text]:
            apart[n], reading = Apart(added=added), ("added", added)
        elif own is not None:
            apart[n], reading = Apart(own=own), (own.article, row_text(analysis, own))
        else:
            apart[n], reading = Apart(nth=reading_so[text]), ("nth", reading_so[text])
        said[text].add(reading)
        held[text].update(passages)
    return apart


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
