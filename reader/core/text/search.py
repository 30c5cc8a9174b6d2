"""Find a phrase in every article of a dossier, or in any text, ignoring case, quote style and diacritics.

Pure: returns :class:`~reader.core.model.Span` objects in dossier order, then
by position (a headline's, title spans, before the body's). Matching compares :func:`reader.core.tokens.normalise` forms,
character by character, so offsets map back exactly even where folding
changes a character's length.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.core.model import Article, Dossier, Span
from reader.core.tokens import normalise


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _fold_ascii(text: str) -> str:
    # What normalise() does to ASCII, done in bulk: case, and the backtick as a quote.
    return text.lower().replace("`", "'")


def _folded(body: str) -> tuple[str, list[int]]:
    """The body folded for matching, and for each folded character the body offset it came from.

    ASCII stretches are folded in bulk; only non-ASCII characters go one by one.
    """
    pieces: list[str] = []
    origin: list[int] = []
    at = 0
    for run in _NON_ASCII.finditer(body):
        start, end = run.span()
        pieces.append(_fold_ascii(body[at:start]))
        origin.extend(range(at, start))
        for offset in range(start, end):
            folded = normalise(body[offset])
            pieces.append(folded)
            origin.extend([offset] * len(folded))
        at = end
    pieces.append(_fold_ascii(body[at:]))
    origin.extend(range(at, len(body)))
    return "".join(pieces), origin


def occurrences(text: str, query: str) -> tuple[tuple[int, int], ...]:
    """``(start, end)`` of every non-overlapping occurrence of ``query`` (folded) in ``text``: the
    one matching of every search, a report's body as the words a view shows.

    An empty or all-space query finds nothing.
    """
    needle = normalise(" ".join(query.split()))
    if not needle:
        return ()
    if text.isascii():
        haystack, origin = _fold_ascii(text), None
    else:
        haystack, origin = _folded(text)
    found: list[tuple[int, int]] = []
    at = haystack.find(needle)
    while at >= 0:
        end = at + len(needle)
        found.append((at, end) if origin is None else (origin[at], origin[end - 1] + 1))
        at = haystack.find(needle, end)
    return tuple(found)


def find_all(dossier: Dossier, query: str) -> tuple[Span, ...]:
    """Every occurrence of ``query`` (folded) in every report, in reading order: each report's
    headline, standfirst, then its body (:func:`find_in_article`)."""
    return tuple(span for article in dossier.articles for span in find_in_article(article, query))


def find_in_article(article: Article, query: str) -> tuple[Span, ...]:
    """Every occurrence of ``query`` (folded) in one report as a reader sees it, in that order: its
    headline and its standfirst (below 0, see :attr:`Article.header`), then its body."""
    title, standfirst = article.title_span, article.standfirst_span
    return (
        *(Span(article.id, place.start + start, place.start + end)
          for place in (title, standfirst) if place is not None
          for start, end in occurrences(article.text(place), query)),
        *(Span(article.id, start, end) for start, end in occurrences(article.body, query)),
    )


def reading_order(dossier: Dossier) -> Callable[[Span], tuple[int, int, int, int]]:
    """A sort key putting places in reading order: report by report, and in a report its headline,
    standfirst, then body (the standfirst's offsets lie below the headline's, see :attr:`Article.header`)."""
    order = {article.id: n for n, article in enumerate(dossier.articles)}

    def key(span: Span) -> tuple[int, int, int, int]:
        article = dossier.by_id.get(span.article)
        part = _PARTS.index(article.part(span)) if article is not None else len(_PARTS) - 1
        return order.get(span.article, 0), part, span.start, span.end

    return key


_PARTS = ("title", "standfirst", "body")
