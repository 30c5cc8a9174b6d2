"""Sentences and tokens with exact offsets into an article's body.

Every :class:`~reader.core.model.Token` keeps the source text (``body[start:end]``)
and a normalised form for matching; :func:`normalise` is the one folding rule
shared by segmentation, alignment and entity clustering.

Sentences never cross a paragraph boundary. A full stop ends a sentence unless
it closes a known abbreviation (``Mr.``, ``Gen.``, ``Jan.``), an initial
(``J. Smith``) or is followed by a lower-case word; a closing quote after the
stop belongs to the sentence, and a short attribution after a closed quote
(``“…,” Garneau said.``) stays with the quote.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from functools import lru_cache

from reader.core.vocabulary import (
    ATTRIBUTION_VERBS,
    CLAUSE_STARTERS,
    NON_TERMINAL_ABBREVIATIONS,
    TERMINAL_ABBREVIATIONS,
)
from reader.core.model import Article, Sentence, Token

_QUOTE_FOLD = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u00ab": '"', "\u00bb": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
        "\u2212": "-",
        "\u200b": None, "\u200c": None, "\u200d": None, "\u2060": None, "\ufeff": None, "\u00ad": None,
    }
)


@lru_cache(maxsize=1 << 16)  # words repeat: most calls are cache hits
def normalise(text: str) -> str:
    """Fold case, quote style, dashes and diacritics; drop zero-width characters.

    ``normalise("“Cavuşoğlu’s—”")`` is ``'"cavusoglu's-"'``. The result may be
    shorter or longer than the input (``…`` becomes ``...``), so it is for
    comparing, never for offsets.
    """
    if text.isascii():
        return text.lower().replace("`", "'")
    decomposed = unicodedata.normalize("NFKD", text.translate(_QUOTE_FOLD))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold().translate(_QUOTE_FOLD)


# A word character, including combining marks and zero-width joiners, so that
# decomposed diacritics and invisible characters never split a word.
_W = r"[^\W_]|[\u0300-\u036f\u200b-\u200d\u2060\u00ad]"
_JOIN = r"['\u2019\u2018\-\u2010\u2011]"
_TOKEN = re.compile(
    rf"""
    \u27ea[^\u27eb\s]{{1,12}}\u27eb                                  # a control the loader made visible: ⟪RLO⟫
    | \u241b[^\s\u241b]*                                             # an inert escape sequence: ␛[2J, ␛]0;x
    | (?:[A-Z][A-Za-z]{{0,2}})?[$\u20ac\u00a3\u00a5]\d+(?:[.,]\d+)*   # money: $1.99, US$120, Can$150
    | \d+(?:[.,]\d+)*(?:(?:{_W})+)?(?:{_JOIN}(?:{_W})+)*            # numbers: 1,000 2019 1990s 29-year
    | (?:[A-Za-z]\.){{2,}}                                           # dotted acronyms: U.S. e.g.
    | (?:{_W})+(?:{_JOIN}(?:{_W})+)*                                 # words: case-by-case Turkey’s
    | \.\.\.                                                         # a typed ellipsis
    | \S                                                             # any other mark
    """,
    re.VERBOSE,
)


_OFFSETS = tuple(range(1 << 16))
"""One shared int object per offset a token of most articles can have: a fresh pair per token
was 64 bytes of each of the millions of tokens that thousands of reports hold."""


@lru_cache(maxsize=4096)  # the findings take apart the passages of links again: sentences or clauses, recently seen
def tokenize(text: str, offset: int = 0) -> tuple[Token, ...]:
    """Words, numbers and punctuation of ``text``; offsets are shifted by ``offset``.

    ``Token.text`` is exactly ``text[start - offset:end - offset]``, one shared string per
    distinct word (interned: thousands of reports repeat a vocabulary of thousands).
    """
    make, intern = Token._make, sys.intern
    last = offset + len(text)
    shifted = _OFFSETS[offset : last + 1] if 0 <= offset and last < len(_OFFSETS) else range(offset, last + 1)
    tokens = []
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        word = intern(match.group())
        tokens.append(make((shifted[start], shifted[end], word, normalise(word))))
    return tuple(tokens)


_CLOSERS = "\"'\u201d\u2019\u00bb)]\u2033"
_OPENERS = "\"'\u201c\u2018\u00ab(["
# A candidate end: terminal marks, then any closing quotes or brackets, then space.
_END = re.compile(rf"(?:[.!?]+|\u2026|\.\.\.)[{re.escape(_CLOSERS)}]*(?=\s)")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
_NEXT_WORD = re.compile(r"\s*[" + re.escape(_OPENERS) + r"]*([^\s]*)")


def _is_boundary(text: str, end_match: re.Match[str], limit: int) -> bool:
    """Does the candidate end ``end_match`` (inside ``text[:limit]``) really close a sentence?"""
    mark = end_match.group()
    following = _NEXT_WORD.match(text, end_match.end(), limit)
    next_word = following.group(1) if following else ""
    if not next_word:
        return False
    first = next_word[0]
    if first.islower():
        return False
    if not (first.isupper() or first.isdigit() or following.group().lstrip()[:1] in _OPENERS):
        return False
    if not mark.startswith(".") or mark.startswith("..") or mark.rstrip(_CLOSERS) != mark:
        return True
    before = _WORD_BEFORE.search(text, max(0, end_match.start() - 24), end_match.start() + 1)
    if before is None:
        return True
    word = before.group(1)
    key = word.lower()
    if key in NON_TERMINAL_ABBREVIATIONS or (len(word) == 1 and word.isupper()):
        return False
    if key in TERMINAL_ABBREVIATIONS or "." in word:
        # "Inc." or "U.S." ends a sentence only when a clause evidently starts.
        return next_word.strip(".,;:").lower() in CLAUSE_STARTERS
    return True


def _is_attribution(text: str) -> bool:
    """A short tail such as ``Garneau said.`` that belongs to the quote before it."""
    words = text.split()
    if not words or len(words) > 6 or text[:1] in _OPENERS:
        return False
    return any(w.strip(".,;:").lower() in ATTRIBUTION_VERBS for w in words)


def _sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence in ``text[start:end]``, trimmed of spaces."""
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in _END.finditer(text, start, end):
        if _is_boundary(text, match, end):
            spans.append((cursor, match.end()))
            cursor = match.end()
    spans.append((cursor, end))
    trimmed: list[tuple[int, int]] = []
    for a, b in spans:
        piece = text[a:b]
        a += len(piece) - len(piece.lstrip())
        b -= len(piece) - len(piece.rstrip())
        if a >= b:
            continue
        if trimmed and text[trimmed[-1][1] - 1] in _CLOSERS and _is_attribution(text[a:b]):
            trimmed[-1] = (trimmed[-1][0], b)
        else:
            trimmed.append((a, b))
    return trimmed


def segment_article(article: Article) -> tuple[Sentence, ...]:
    """Every sentence of the article, in order, each inside one paragraph."""
    body = article.body
    sentences: list[Sentence] = []
    for paragraph, (p_start, p_end) in enumerate(article.paragraphs):
        for start, end in _sentence_spans(body, p_start, p_end):
            sentences.append(
                Sentence(article.id, len(sentences), start, end, paragraph, body[start:end])
            )
    return tuple(sentences)
