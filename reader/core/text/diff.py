"""Word-level differences inside a matched pair of passages, as body offsets.

Words are compared by their normalised form, so quote style, dashes, case and
diacritics compare equal; punctuation is not compared at all. House style is
no change either: a hyphen may stand for a space or for nothing
(``AK-47``/``AK 47``, ``co-operation``/``cooperation``), and a clitic a rebuilt
text split off by a space is its word's (``India’ s``/``India's``). The opcodes are
``difflib.SequenceMatcher`` opcodes over the words' hyphen-free pieces, taken
to whole words and mapped back to character offsets so the UI and the export
can mark the source text exactly.

Offsets promise two things:

* a changed, dropped or added stretch covers exactly its words (``2019`` in
  ``in 2019 after``), except that the passage's leading or trailing
  punctuation joins the first or last op;
* where a stretch is dropped or added, the other passage's point stands on the
  same side of a closing quotation mark as the stretch (``purpose,” X said``
  against ``purpose,” Y X said``: the point after ``”``, so the attribution's
  words are never shown as cut from the quotation);
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
from reader.core.text.contractions import rejoined
from reader.core.text.quotation_marks import mark_spans


_ALNUM = re.compile(r"[^\W_]")
"""A letter or digit (``str.isalnum``), found by one search instead of a loop over characters."""


def words(tokens: Sequence[Token]) -> list[Token]:
    """The tokens holding a letter or digit, a clitic split off by a space joined again: what
    differences are made of (punctuation is not compared)."""
    return [token for token in rejoined(tokens) if _ALNUM.search(token.norm)]


def _pieces(words: Sequence[Token]) -> tuple[list[str], dict[int, int]]:
    """The words' pieces between hyphens (``AK-47`` is ``ak``, ``47``), and which word begins at
    each piece that begins one (and the end): a boundary of pieces inside a word is not among them."""
    pieces, starts = [], {}
    for index, word in enumerate(words):
        starts[len(pieces)] = index
        pieces += [piece for piece in word.norm.split("-") if piece] or [word.norm]
    starts[len(pieces)] = len(words)
    return pieces, starts


def _opcodes(a_words: Sequence[Token], b_words: Sequence[Token]) -> list[tuple[str, int, int, int, int]]:
    """Opcodes over the words, hyphens dropped (``co-operation`` is ``cooperation``); a change with a
    hyphenated word is matched again by pieces, so ``AK 47`` meets ``AK-47``."""
    found = SequenceMatcher(None, [t.norm.replace("-", "") for t in a_words], [t.norm.replace("-", "") for t in b_words],
                            autojunk=False).get_opcodes()
    ops: list[list] = []
    for tag, i1, i2, j1, j2 in found:
        hyphened = tag == "replace" and any("-" in w.norm for w in (*a_words[i1:i2], *b_words[j1:j2]))
        for kind, a1, a2, b1, b2 in _by_pieces(a_words[i1:i2], b_words[j1:j2]) if hyphened else [(tag, 0, i2 - i1, 0, j2 - j1)]:
            if ops and (ops[-1][0] == "equal") == (kind == "equal"):
                ops[-1][2], ops[-1][4] = i1 + a2, j1 + b2  # side by side, two of a kind are one
            else:
                ops.append([kind, i1 + a1, i1 + a2, j1 + b1, j1 + b2])
    for op in ops:
        if op[0] != "equal":
            op[0] = "replace" if op[1] < op[2] and op[3] < op[4] else "delete" if op[1] < op[2] else "insert"
    return [tuple(op) for op in ops]


def _by_pieces(a_words: Sequence[Token], b_words: Sequence[Token]) -> list[tuple[str, int, int, int, int]]:
    """Opcodes over the words from a match of their pieces between hyphens; an op ending inside a
    word runs on to the end of the next that ends on whole words, and is a change."""
    (a_pieces, a_starts), (b_pieces, b_starts) = _pieces(a_words), _pieces(b_words)
    ops = []
    begun = None
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a_pieces, b_pieces, autojunk=False).get_opcodes():
        begun = begun or (i1, j1)
        if i2 in a_starts and j2 in b_starts:
            ops.append((tag if begun == (i1, j1) else "replace", a_starts[begun[0]], a_starts[i2], b_starts[begun[1]], b_starts[j2]))
            begun = None
    return ops


def _exact(words: list[Token], lo: int, hi: int, bounds: tuple[int, int]) -> tuple[int, int]:
    """Offsets of ``words[lo:hi]``; an empty run is a point between words (or at an edge)."""
    if lo < hi:
        return words[lo].start, words[hi - 1].end
    if lo == len(words):
        return bounds[1], bounds[1]
    point = words[lo - 1].end if lo else bounds[0]
    return point, point


def _closing_marks(tokens: Sequence[Token]) -> list[int]:
    """Where each closing quotation mark of the tokens ends: a curly double one, a straight double one set
    against the word or punctuation before it, a single one set against punctuation (``purpose,' X said``: an
    apostrophe follows a letter)."""
    return [t.end for n, t in enumerate(tokens)
            if t.text in ("\u201d", "\u2033") or t.text == '"' and n and tokens[n - 1].end == t.start
            or t.text in ("'", "\u2019") and n and tokens[n - 1].end == t.start and not _ALNUM.search(tokens[n - 1].text)]


def _quotations_closed(source: str, span: Span, tokens: Sequence[Token]) -> list[int]:
    """:func:`_closing_marks`, and where each quotation the passage opens and closes ends (:func:`mark_spans`),
    however its closing mark stands (``'…purpose, 'X said``, a mark a space sets off)."""
    closed = {close + 1 for _, close, _ in mark_spans(source, span.start, span.end)}
    return sorted(closed.union(_closing_marks(tokens)))


def _beside_marks(point: int, words: Sequence[Token], at: int, bounds: tuple[int, int], marks: list[int],
                  other: Sequence[Token], other_at: int, other_bounds: tuple[int, int], other_marks: list[int]) -> int:
    """``point``, where this passage lacks the stretch ``other`` holds from word ``other_at`` (this passage's next
    word is ``words[at]``), moved past this passage's closing mark before that word when the stretch follows a
    closing mark of its own: the two stand on the same side of the quotation's end."""
    run_start = other[other_at].start
    before_run = other[other_at - 1].end if other_at else other_bounds[0]
    if not any(before_run <= end <= run_start for end in other_marks):
        return point
    next_start = words[at].start if at < len(words) else bounds[1]
    return max((end for end in marks if point <= end <= next_start), default=point)


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
    return words_diff(words(a_tokens), words(b_tokens), a_bounds or _extent(a_tokens), b_bounds or _extent(b_tokens),
                      marks=(_closing_marks(a_tokens), _closing_marks(b_tokens)))


def words_diff(
    a_words: Sequence[Token], b_words: Sequence[Token], a_bounds: tuple[int, int], b_bounds: tuple[int, int],
    marks: tuple[list[int], list[int]] = ([], []),
) -> tuple[DiffOp, ...]:
    """:func:`word_diff` of two passages already taken down to their :func:`words` (the typed differences
    keep each passage's words for all the pairs it is in); ``marks`` is where each passage's closing
    quotation marks end (:func:`_closing_marks`), which a dropped or added stretch's point is kept beside."""
    opcodes = _opcodes(a_words, b_words)
    if not opcodes:
        return ()
    tags = [op[0] for op in opcodes]
    a_exact = [_exact(a_words, i1, i2, a_bounds) for _, i1, i2, _, _ in opcodes]
    b_exact = [_exact(b_words, j1, j2, b_bounds) for _, _, _, j1, j2 in opcodes]
    for n, (tag, i1, _, j1, _) in enumerate(opcodes):
        if tag == "delete" and (marks[0] or marks[1]):
            point = _beside_marks(b_exact[n][0], b_words, j1, b_bounds, marks[1], a_words, i1, a_bounds, marks[0])
            b_exact[n] = (point, point)
        elif tag == "insert" and (marks[0] or marks[1]):
            point = _beside_marks(a_exact[n][0], a_words, i1, a_bounds, marks[0], b_words, j1, b_bounds, marks[1])
            a_exact[n] = (point, point)
    a_ranges = _tile(a_exact, tags, a_bounds)
    b_ranges = _tile(b_exact, tags, b_bounds)
    return tuple(DiffOp(tag, *a, *b) for tag, a, b in zip(tags, a_ranges, b_ranges))


def _extent(tokens: Sequence[Token]) -> tuple[int, int]:
    return (tokens[0].start, tokens[-1].end) if tokens else (0, 0)


def words_in_common(analysis: Analysis, a: Span, b: Span) -> float:
    """The share of two passages' words they have in common, as their differences count words (twice the words of
    the stretches left alike, over both passages' words): 1.0 only when no word differs, where a link's score may
    be 1.0 over ``was``/``is`` (it weighs the terms it links by, and those leave such words out)."""
    a_words, b_words = words(analysis.passage_tokens(a)), words(analysis.passage_tokens(b))
    if not a_words and not b_words:
        return 1.0
    alike = sum(i2 - i1 for tag, i1, i2, _, _ in _opcodes(a_words, b_words) if tag == "equal")
    return 2 * alike / (len(a_words) + len(b_words))


def diff_passages(analysis: Analysis, a: Span, b: Span) -> tuple[DiffOp, ...]:
    """Word-level opcodes from passage ``a`` to passage ``b`` (offsets into their own bodies, or
    titles: :meth:`~reader.core.model.Article.source`)."""
    a_tokens, b_tokens = analysis.passage_tokens(a), analysis.passage_tokens(b)
    marks = tuple(_quotations_closed(analysis.dossier.article(span.article).source(span), span, tokens)
                  for span, tokens in ((a, a_tokens), (b, b_tokens)))
    return words_diff(words(a_tokens), words(b_tokens), (a.start, a.end), (b.start, b.end), marks=marks)
