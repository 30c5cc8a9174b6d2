"""Tokens with exact offsets into a text, and the one folding rule matching compares them by.

Every :class:`Token` keeps the source text (``body[start:end]``) and a normalised form for
matching; :func:`normalise` is the one folding rule shared by segmentation, alignment and
entity clustering. Below the model, which names tokens (a sentence takes its own apart when
first asked), so this module imports nothing of the program.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from functools import cache, lru_cache
from itertools import repeat
from operator import attrgetter
from typing import NamedTuple


class Token(NamedTuple):
    """A word, number or punctuation mark; ``norm`` is what matching compares.

    ``norm`` is lower-cased, with quotes, dashes and diacritics folded, so
    ``“Following`` and ``"following`` compare equal; ``text`` is the source.
    A named tuple: a dossier of thousands of reports holds millions of tokens, and a tuple
    is built in half the time of a frozen dataclass, at about the size of a slotted one.
    """

    start: int
    end: int
    text: str
    norm: str

    @property
    def is_word(self) -> bool:
        return self.norm[:1].isalnum()


NORM = attrgetter("norm")
"""A token's ``norm``, read in C: ``map(NORM, tokens)`` lets a set test a sentence's words without a loop in Python."""


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


# A run of word characters, including combining marks and zero-width joiners, so that
# decomposed diacritics and invisible characters never split a word. Matched a run of letters
# at a time, not a character at a time: the same words, the pattern a sixth quicker.
_W = r"(?:[^\W_]+|[\u0300-\u036f\u200b-\u200d\u2060\u00ad])+"
_JOIN = r"['\u2019\u2018\-\u2010\u2011]"
_TOKEN = rf"""
    \u27ea[^\u27eb\s]{{1,12}}\u27eb                                  # a control the loader made visible: ⟪RLO⟫
    | \u241b[^\s\u241b]*                                             # an inert escape sequence: ␛[2J, ␛]0;x
    | (?:[A-Z][A-Za-z]{{0,2}})?[$\u20ac\u00a3\u00a5]\d+(?:[.,]\d+)*   # money: $1.99, US$120, Can$150
    | \d+(?:[.,]\d+)*(?:{_W})?(?:{_JOIN}{_W})*                      # numbers: 1,000 2019 1990s 29-year
    | (?:[A-Za-z]\.){{2,}}                                           # dotted acronyms: U.S. e.g.
    | {_W}(?:{_JOIN}{_W})*                                           # words: case-by-case Turkey’s
    | \.\.\.                                                         # a typed ellipsis
    | \S                                                             # any other mark
    """


# Both built when first asked for, by the analysis: a reader opening a dossier whose analysis is
# cached paints without taking any text apart (they were a tenth of the model's import).
@cache
def _token_finder() -> re.Pattern[str]:
    return re.compile(_TOKEN, re.VERBOSE)


@cache
def _offsets() -> tuple[int, ...]:
    """One shared int object per offset a token of most articles can have: a fresh pair per token
    was 64 bytes of each of the millions of tokens that thousands of reports hold."""
    return tuple(range(1 << 16))


def build_ahead() -> None:
    """Build now what the first tokenising builds (the pattern, the shared offsets): a process
    that reads its analysis from the cache, or from a child process, first takes text apart on a
    key (the N-way view's word differences), which then waited for them (~5 ms)."""
    _token_finder()
    _offsets()


Packed = tuple[object, ...]
"""Tokens as a dossier keeps them: one flat tuple, ``(start, end, text, norm, start, end, ...)``.
A :class:`Token` is 80 bytes where four slots of a tuple are 32: as tuples, the tokens of
thousands of reports were a third of their analysis' memory. Unpacked again at each use
(:func:`unpack`), in C, several times faster than taking the text apart again."""


def pack(text: str, offset: int = 0) -> Packed:
    """The tokens of ``text`` (see :func:`tokenize`), packed."""
    flat: list[object] = []
    last = offset + len(text)
    offsets = _offsets()
    shifted = offsets[offset : last + 1] if 0 <= offset and last < len(offsets) else range(offset, last + 1)
    for match in _token_finder().finditer(text):
        start, end = match.span()
        flat += (shifted[start], shifted[end], *_forms(match.group()))
    return tuple(flat)


@lru_cache(maxsize=1 << 16)  # words repeat: one look-up per token, not two interns and a normalise
def _forms(word: str) -> tuple[str, str]:
    """A word as a token holds it, and its normal form, both interned: a lower-case word's normal form is then
    the word itself, one string, not two."""
    word = sys.intern(word)
    return word, sys.intern(normalise(word))


def moved(packed: Packed, by: int) -> Packed:
    """``packed`` with every offset ``by`` further on: what :func:`pack` gives the same text ``by`` characters
    later (a sentence printed again elsewhere), with no text taken apart."""
    offsets = _offsets()
    flat = list(packed)
    if by >= 0 and by + (packed[-3] if packed else 0) < len(offsets):  # the shared offsets, as pack's
        flat[0::4] = [offsets[by + start] for start in packed[0::4]]
        flat[1::4] = [offsets[by + end] for end in packed[1::4]]
    else:
        flat[0::4] = [by + start for start in packed[0::4]]
        flat[1::4] = [by + end for end in packed[1::4]]
    return tuple(flat)


def unpack(packed: Packed) -> tuple[Token, ...]:
    """The tokens :func:`pack` packed."""
    fields = iter(packed)
    return tuple(map(tuple.__new__, repeat(Token), zip(fields, fields, fields, fields)))


@lru_cache(maxsize=4096)  # the findings take apart the passages of links again: sentences or clauses, recently seen
def tokenize(text: str, offset: int = 0) -> tuple[Token, ...]:
    """Words, numbers and punctuation of ``text``; offsets are shifted by ``offset``.

    ``Token.text`` is exactly ``text[start - offset:end - offset]``, one shared string per
    distinct word (interned: thousands of reports repeat a vocabulary of thousands).
    """
    return unpack(pack(text, offset))
