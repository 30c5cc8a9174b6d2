"""A concordance: every occurrence of an entity or a phrase, each with the words around it.

Keyword-in-context lines: the occurrence and up to ``context`` characters either side, taken
from its own paragraph only, cut at a word boundary (an ellipsis says the paragraph goes on)
and with runs of white space made one space, so every occurrence fits one aligned line.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reader.core.model import Dossier, Span
from reader.core.text.search import reading_order

ELLIPSIS = "\u2026"


@dataclass(frozen=True)
class Occurrence:
    """One line of the concordance: ``before`` + ``hit`` + ``after`` is the text around ``span``."""

    span: Span
    before: str
    hit: str
    after: str


def concordance(dossier: Dossier, spans: Iterable[Span], *, context: int = 60) -> tuple[Occurrence, ...]:
    """The occurrences at ``spans`` in reading order (report by report, then its headline's, its
    standfirst's and its body's: :func:`~reader.core.text.search.reading_order`)."""
    lines, starts = [], {}
    for span in sorted((s for s in spans if s.article in dossier.by_id), key=reading_order(dossier)):
        article = dossier.article(span.article)
        if span.start < 0:  # the headline and the standfirst are each a paragraph of their own (Article.header)
            text = article.header
            start, end = span.start + len(text), span.end + len(text)
            first, last = text.rfind("\n", 0, start) + 1, text.index("\n", start)
        else:
            text, start, end = article.body, span.start, span.end
            if span.article not in starts:
                starts[span.article] = [start for start, _ in article.paragraphs]
            at = bisect_right(starts[span.article], start) - 1
            first, last = article.paragraphs[at] if at >= 0 else (0, len(text))
        lines.append(Occurrence(
            span,
            _left(text, max(first, start - context), start, cut=start - context > first),
            " ".join(text[start:end].split()),
            _right(text, end, min(last, end + context), cut=end + context < last),
        ))
    return tuple(lines)


def shared_out(spans: Sequence[Span], most: int) -> tuple[Span, ...]:
    """At most ``most`` of ``spans``, each report's first ones, the room shared evenly among the reports
    (one that needs less leaves the rest to the others): a report printing a word tens of thousands of
    times must not leave the other reports' occurrences out of the list."""
    by_report: dict[str, list[Span]] = {}
    for span in spans:
        by_report.setdefault(span.article, []).append(span)
    smallest_first = sorted(by_report, key=lambda article: len(by_report[article]))
    room, kept = most, {}
    for n, article in enumerate(smallest_first):
        kept[article] = min(len(by_report[article]), room // (len(smallest_first) - n))
        room -= kept[article]
    return tuple(span for article, found in by_report.items() for span in found[:kept[article]])


def _left(body: str, start: int, end: int, *, cut: bool) -> str:
    text = body[start:end]
    if cut:
        space = text.find(" ")
        text = ELLIPSIS + (text[space + 1:] if 0 <= space < len(text) - 1 else text)
    return _spaced(text)


def _right(body: str, start: int, end: int, *, cut: bool) -> str:
    text = body[start:end]
    if cut:
        space = text.rfind(" ")
        text = (text[:space] if space > 0 else text) + ELLIPSIS
    return _spaced(text)


def _spaced(text: str) -> str:
    """Runs of white space as one space, keeping a space at either end (it separates the hit)."""
    inner = " ".join(text.split())
    if not inner:
        return " " if text else ""
    return (" " if text[0].isspace() else "") + inner + (" " if text[-1].isspace() else "")
