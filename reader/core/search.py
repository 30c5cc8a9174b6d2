"""Find a phrase in every article of a dossier, ignoring case, quote style and diacritics.

Pure: returns :class:`~reader.core.model.Span` objects in dossier order, then
by position. Matching compares :func:`reader.core.segment.normalise` forms,
character by character, so offsets map back exactly even where folding
changes a character's length.
"""

from __future__ import annotations

from reader.core.model import Dossier, Span
from reader.core.segment import normalise


def _folded(body: str) -> tuple[str, list[int]]:
    """The body folded for matching, and for each folded character the body offset it came from."""
    pieces: list[str] = []
    origin: list[int] = []
    for offset, char in enumerate(body):
        folded = normalise(char) if not char.isascii() else char.lower()
        pieces.append(folded)
        origin.extend([offset] * len(folded))
    return "".join(pieces), origin


def find_all(dossier: Dossier, query: str) -> tuple[Span, ...]:
    """Every non-overlapping occurrence of ``query`` (folded) in every article body.

    An empty or all-space query finds nothing.
    """
    needle = normalise(" ".join(query.split()))
    if not needle:
        return ()
    found: list[Span] = []
    for article in dossier.articles:
        body = article.body
        if needle.isascii() and body.isascii():
            haystack, origin = body.lower(), None
        else:
            haystack, origin = _folded(body)
        at = haystack.find(needle)
        while at >= 0:
            end = at + len(needle)
            if origin is None:
                found.append(Span(article.id, at, end))
            else:
                found.append(Span(article.id, origin[at], origin[end - 1] + 1))
            at = haystack.find(needle, end)
    return tuple(found)
