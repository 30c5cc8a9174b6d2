"""A search for a figure finds it however the reports write it: ``25%`` finds ``25 percent`` and ``25 per cent``.

The query is read by the figure reader (:func:`~reader.core.findings.figures.find_figures`), which must take
all of it for one figure; the reports' figures it found (``Findings.figures``) are looked up by kind and value in
an index built once per analysis (kept with it: every search after the first is a lookup), and those it takes
for the same figure (:func:`~reader.core.findings.figures.written_alike`) join the words' hits where no hit
stands already. Nothing else is equated: a query that is no figure, or a date or a plain number, is the words.
"""

from __future__ import annotations

from collections import defaultdict
from typing import NamedTuple

from reader.core.findings.figures import find_figures, written_alike
from reader.core.model import Analysis, Article, Dossier, Figure, Span
from reader.core.text.search import find_all, reading_order
from reader.core.tokens import normalise


class Found(NamedTuple):
    """A search's hits in reading order; when the query is a figure written other ways too, the figure as
    reports write it (``25%``, ``$2 million``) and those other ways, each once, as first met."""

    hits: tuple[Span, ...]
    figure: str = ""
    forms: tuple[str, ...] = ()


def query_figure(query: str) -> Figure | None:
    """The figure ``query`` is, all of it (``25 percent``, ``$2 million``), else ``None``."""
    text = " ".join(query.split())
    figures = find_figures(Article(id="", outlet="", body=text, paragraphs=((0, len(text)),))) if text else ()
    whole = len(figures) == 1 and (figures[0].span.start, figures[0].span.end) == (0, len(text))
    return figures[0] if whole else None


def find_figure_too(dossier: Dossier, query: str, analysis: Analysis | None) -> Found:
    """Every hit of ``query`` (:func:`~reader.core.text.search.find_all`) and, when it is a figure, the reports'
    figures written otherwise that the figure reader takes for it (none before the analysis is made)."""
    hits = find_all(dossier, query)
    figure = query_figure(query) if analysis is not None else None
    if figure is None:
        return Found(hits)
    taken: dict[str, list[Span]] = defaultdict(list)
    for hit in hits:
        taken[hit.article].append(hit)
    others = [found for found in _by_value(analysis).get((figure.kind, figure.value), ())
              if written_alike(figure, found)
              and not any(hit.overlaps(found.span) for hit in taken[found.span.article])]
    if not others:
        return Found(hits)
    forms: dict[str, str] = {}
    for found in others:  # each form once, as first written
        forms.setdefault(normalise(found.text), found.text)
    forms.pop(normalise(figure.text), None)
    spans = tuple(sorted((*hits, *(found.span for found in others)), key=reading_order(dossier)))
    return Found(spans, figure.said, tuple(forms.values()))


def _by_value(analysis: Analysis) -> dict[tuple[str, float | None], tuple[Figure, ...]]:
    """The analysis' figures by kind and value, built once and kept with the analysis' text (a correction keeps it)."""
    def index() -> dict[tuple[str, float | None], tuple[Figure, ...]]:
        found: dict[tuple[str, float | None], list[Figure]] = defaultdict(list)
        for figures in analysis.findings.figures.values():
            for figure in figures:
                found[figure.kind, figure.value].append(figure)
        return {key: tuple(figures) for key, figures in found.items()}

    return analysis.derived("figures by value", index, of="text")
