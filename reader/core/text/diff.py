"""Word-level differences inside a matched pair of passages, as body offsets.

Words are compared by their normalised form with hyphens dropped, so quote
style, dashes, case, diacritics and ``co-operation``/``cooperation`` compare
equal; punctuation is not compared at all. The opcodes are
``difflib.SequenceMatcher`` opcodes over those words, mapped back to
character offsets so the UI and the export can mark the source text exactly.

Offsets promise two things:

* a changed, dropped or added stretch covers exactly its words (``2019`` in
  ``in 2019 after``), except that the passage's leading or trailing
  punctuation joins the first or last op;
* the ``a`` ranges of all ops, in order, tile the first passage without gap
  or overlap (likewise the ``b`` ranges the second), because the spaces and
  punctuation between words belong to the surrounding ``equal`` ops.

Diffs are computed on demand (a few microseconds per sentence pair), never
stored in a :class:`~reader.core.model.Link`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher

from reader.core.model import Analysis, DiffOp, Span, Token


_ALNUM = re.compile(r"[^\W_]")
"""A letter or digit (``str.isalnum``), found by one search instead of a loop over characters."""


def words(tokens: Sequence[Token]) -> list[Token]:
    """The tokens holding a letter or digit: what differences are made of (punctuation is not compared)."""
    return [token for token in tokens if _ALNUM.search(token.norm)]


def _key(token: Token) -> str:
    return token.norm.replace("-", "")


def _exact(words: list[Token], lo: int, hi: int, bounds: tuple[int, int]) -> tuple[int, int]:
    """Offsets of ``words[lo:hi]``; an empty run is a point between words (or at an edge)."""
    if lo < hi:
        return words[lo].start, words[hi - 1].end
    if lo == len(words):
        return bounds[1], bounds[1]
    point = words[lo - 1].end if lo else bounds[0]
    return point, point


def _tile(exact: list[tuple[int, int]], tags: list[str], bounds: tuple[int, int]) -> list[tuple[int, int]]:
    """Final ranges: changed ops keep their words, equal ops fill the space between them."""
    last = len(exact) - 1
    ranges = list(exact)
    for index, (lo, hi) in enumerate(exact):
        if tags[index] != "equal" and lo < hi:
            ranges[index] = (bounds[0] if index == 0 else lo, bounds[1] if index == last else hi)
    for index, tag in enumerate(tags):
        if tag == "equal":
            lo = ranges[index - 1][1] if index else bounds[0]
            hi = ranges[index + 1][0] if index < last else bounds[1]
            ranges[index] = (lo, hi)
    return ranges


def word_diff(
    a_tokens: Sequence[Token],
    b_tokens: Sequence[Token],
    a_bounds: tuple[int, int] | None = None,
    b_bounds: tuple[int, int] | None = None,
) -> tuple[DiffOp, ...]:
    """Opcodes between two token sequences; ``*_bounds`` is each passage's ``(start, end)``.

    Without bounds a passage runs from its first token's start to its last
    token's end. Two passages without words give no ops.
    """
    return words_diff(words(a_tokens), words(b_tokens), a_bounds or _extent(a_tokens), b_bounds or _extent(b_tokens))


def words_diff(
    a_words: Sequence[Token], b_words: Sequence[Token], a_bounds: tuple[int, int], b_bounds: tuple[int, int]
) -> tuple[DiffOp, ...]:
    """:func:`word_diff` of two passages already taken down to their :func:`words` (the typed differences
    keep each passage's words for all the pairs it is in)."""
    matcher = SequenceMatcher(None, [_key(t) for t in a_words], [_key(t) for t in b_words], autojunk=False)
    opcodes = matcher.get_opcodes()
    if not opcodes:
        return ()
    tags = [op[0] for op in opcodes]
    a_ranges = _tile([_exact(a_words, i1, i2, a_bounds) for _, i1, i2, _, _ in opcodes], tags, a_bounds)
    b_ranges = _tile([_exact(b_words, j1, j2, b_bounds) for _, _, _, j1, j2 in opcodes], tags, b_bounds)
    return tuple(DiffOp(tag, *a, *b) for tag, a, b in zip(tags, a_ranges, b_ranges))


def _extent(tokens: Sequence[Token]) -> tuple[int, int]:
    return (tokens[0].start, tokens[-1].end) if tokens else (0, 0)


def diff_passages(analysis: Analysis, a: Span, b: Span) -> tuple[DiffOp, ...]:
    """Word-level opcodes from passage ``a`` to passage ``b`` (offsets into their own bodies, or
    titles: :meth:`~reader.core.model.Article.source`)."""
    return word_diff(analysis.passage_tokens(a), analysis.passage_tokens(b), (a.start, a.end), (b.start, b.end))
