"""Words to terms: what the linker compares of a word (a light stem, its rarity in general
English) and the figure, rank or weekday it pins a statement to.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from reader.core.links.grammar import past_of
from reader.core.model import Token
from reader.core.tokens import NORM
from reader.core.vocabulary import EVENT_STAGES, EQUIVALENT_PHRASES, EQUIVALENT_WORDS, FACTLESS_WORDS, IRREGULAR_FORMS, NUMBER_SCALES, NUMBER_WORD_VALUES, ORDINAL_WORD_VALUES, WEEKDAYS

NUMBER_WORDS = {word: str(value) for word, value in NUMBER_WORD_VALUES.items() if 2 <= value <= 12}
"""Small numbers spelled out; ``six``, ``sixfold`` and ``6`` meet (``one`` is too often a pronoun)."""

_SUFFIXES = (
    "ations", "ation", "ately", "ating", "ated", "ates", "ate", "ees", "ee", "ments", "ment", "ings", "ing",
    "ions", "ion", "ians", "ian", "ish", "ness", "ies", "ied", "ed", "es", "ly", "ia", "an", "al", "s", "ey", "y", "e", "a", "i",
)
_SUFFIXES_BY_LAST: dict[str, tuple[str, ...]] = {
    last: tuple(suffix for suffix in _SUFFIXES if suffix.endswith(last)) for last in {suffix[-1] for suffix in _SUFFIXES}
}
"""``_SUFFIXES`` by their last letter, in their order: a word is tried against those it may end with."""
_STEM_MIN = 4
_STEM_MAX = 6
YEAR = re.compile(r"(1[89]|20)\d\d")
_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")
_RANK = re.compile(r"(\d+)(?:st|nd|rd|th)")


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A light stem: drop one common suffix (keeping 4+ letters), then keep 6 letters.

    Crude on purpose: it only has to make forms of one word meet
    (``suspended``/``suspension`` -> ``suspen``, ``Canada``/``Canadian`` ->
    ``canad``), and a rare false meeting costs little against IDF weights.
    A verb in ``-ate`` meets its noun in ``-ation`` and the one it names in
    ``-ee`` (``nominated``, ``nomination``, ``nominee`` -> ``nomin``), short
    stems included: cut to six letters, ``nominate`` and ``nomination`` had
    not met. QA-Align pairs linked 54 -> 55 of 85 on the development dossiers,
    the five reports unchanged; the 8 new links on the twenty dossiers join
    reports of one nomination. Words news uses for one another (``temblor`` and ``earthquake``,
    ``dropped`` and ``fell``: ``EQUIVALENT_WORDS``) are read as the word they stand for. The ``-ing``
    form of a verb too short to lose its suffix is read as its past (``firing``, ``firings`` ->
    ``fired``; ``paying`` -> ``paid`` -> ``pay``: ``grammar.past_of``), not as its base, often a noun
    too (``fire``, ``name``): QA-Align pairs linked 54 -> 55 of 85 on the development dossiers (58 -> 59,
    titles laid), the five reports unchanged; links shown on the twenty dossiers read S/P/W 459/53/10 of
    522 -> 461/53/10 of 524 (a coach fired and replaced, one purchase told as ``buying``).
    """
    gerund = word.removesuffix("s")
    if gerund.endswith("ing") and len(gerund) - 3 < _STEM_MIN:
        word = past_of(gerund) or word
    word = EQUIVALENT_WORDS.get(word) or IRREGULAR_FORMS.get(word, word)
    for suffix in _SUFFIXES_BY_LAST.get(word[-1:], ()):
        if word.endswith(suffix) and len(word) - len(suffix) >= _STEM_MIN:
            word = word[: -len(suffix)]
            if suffix in ("ing", "ings") and word.endswith("y") and len(word) > _STEM_MIN:
                word = word[:-1]  # 'carrying' meets 'carry' and 'carried'
            break
    return word[:_STEM_MAX]


PHRASE_ENDS = frozenset(phrase[1] for phrase in EQUIVALENT_PHRASES)
"""The words that may end a phrase of ``EQUIVALENT_PHRASES``: a loop over every token looks the word up here before
calling :func:`phrase_verb` (most words end none, and the call cost more than the look-up)."""


def phrase_verb(tokens: Sequence[Token], index: int) -> str | None:
    """The verb a token stands for as the end of a phrase news uses for it (``EQUIVALENT_PHRASES``:
    ``phone call`` -> ``speak``; ``take over from`` -> ``replace``, the word after told too), else ``None``."""
    if not index or tokens[index].norm not in PHRASE_ENDS:  # most words end no phrase: no pair built
        return None
    pair = tokens[index - 1].norm, tokens[index].norm
    after = tokens[index + 1].norm if index + 1 < len(tokens) else ""
    return EQUIVALENT_PHRASES.get(pair) or EQUIVALENT_PHRASES.get((*pair, after))


@lru_cache(maxsize=1 << 16)
def term_pieces(text: str, norm: str) -> tuple[tuple[str, bool, str], ...]:
    """``(term, is_capitalised, word)`` for each content piece of a word token (its text and norm),
    remembered: words repeat, and thousands of reports spent a third of the analysis taking
    the same words apart again."""
    if norm[:1].isdigit() or not norm.isalpha() and any(ch.isdigit() for ch in norm):  # no letter is a digit
        number = norm.rstrip(".,")
        return ((number, False, number),)
    if len(text) >= 2 and text.replace(".", "").isupper():
        acronym = norm.replace(".", "")
        return (((stem(acronym) if len(acronym) > 4 else acronym), True, acronym),)
    pieces = []
    norm = norm.removesuffix("'s").removesuffix("'")
    for piece in norm.replace("'", "-").split("-"):
        number = NUMBER_WORDS.get(piece.removesuffix("fold"))
        if number:
            pieces.append((number, False, number))
        elif len(piece) >= 2 and piece not in FACTLESS_WORDS and piece.isalpha():
            pieces.append((stem(piece), text[:1].isupper(), piece))
    return tuple(pieces)


@lru_cache(maxsize=1 << 16)
def word_terms(word: str) -> tuple[str, ...]:
    """The terms of one compared word (a word of a passage's ``Unit.words``, its own text and norm);
    remembered, as the tests judging a pair read them word by word for every pair a passage is in."""
    return tuple(term for term, _, _ in term_pieces(word, word))


def words_terms(words: Iterable[str]) -> set[str]:
    """The terms of compared words (:func:`word_terms` of each), together."""
    return {term for word in words for term in word_terms(word)}

COMMON_ZIPF = 7.0
RARITY_SPAN = 3.0
RARITY_FLOOR = 0.2
"""A word's weight is scaled by how rare it is in general English (wordfreq's Zipf scale):
``(COMMON_ZIPF - zipf) / RARITY_SPAN``, at most 1 (``thwarted``, ``earthquake``) and at least
``RARITY_FLOOR`` (``take``, ``best``, ``time``). Two passages sharing only everyday words
(``actor``, ``best``, ``play``) share background, not a statement; names and numbers keep
their weight."""


@lru_cache(maxsize=1 << 16)
def rarity(word: str) -> float:
    from wordfreq import zipf_frequency  # loads its word list once, on first use

    zipf = zipf_frequency(word, "en", wordlist="small")
    return min(1.0, max(RARITY_FLOOR, (COMMON_ZIPF - zipf) / RARITY_SPAN))


EVERYDAY_RARITY = 0.5
"""A term at most this rare (``rarity``: wordfreq's Zipf 5.5 or more, ``take``, ``look``, ``time``,
``good``) is an everyday word."""


Particular = tuple[str, str]
"""``(kind, value)``: ``("figure", "26")``, ``("rank", "3")``, ``("day", "friday")``."""


@lru_cache(maxsize=1 << 16)
def particulars_of(norm: str) -> tuple[Particular, ...]:
    """What a word pins a statement to: a figure (``26``, ``twenty-six``, ``12-year-old``), a rank
    (``third``, ``12th``, ``first-ever``) or a weekday. Two passages naming different ones tell of
    different happenings (``the third meeting`` is not ``the first-ever summit``). Years are apart
    (``YEAR``): they veto a pair outright. ``one`` alone is too often a pronoun to count."""
    if rank := _RANK.fullmatch(norm):
        return (("rank", str(int(rank[1]))),)
    if figure := _FIGURE.match(norm):  # not isdigit(): digits such as superscripts make no number
        value = figure[0].replace(",", "").rstrip(".")
        return () if YEAR.fullmatch(value) else (("figure", value),)
    pieces = norm.split("-")
    if pieces[0] in ORDINAL_WORD_VALUES:
        return (("rank", str(ORDINAL_WORD_VALUES[pieces[0]])),)
    if pieces[0] in NUMBER_WORD_VALUES and norm not in ("one", "zero") and all(piece in NUMBER_WORD_VALUES for piece in pieces):
        return (("figure", str(sum(NUMBER_WORD_VALUES[piece] for piece in pieces))),)
    return (("day", norm),) if norm in WEEKDAYS else ()


Anchored = tuple[str, str, frozenset[str]]
"""A particular and the terms of the words beside it, which say what it is about: ``("figure", "26", {"mile"})``."""
CONTEXT_TOKENS = 3
"""A particular is read with the words beside it: the next three tokens for a figure or a rank (``26 miles``,
``third summit meeting``), the three before for a weekday (``burst on Sunday``), and the rest of its own word
after the particular (``second-round``)."""


def anchor_particulars(tokens: Sequence[Token], token_terms: list[list[str]], pinned: list[tuple[Particular, ...]]) -> list[frozenset[Anchored]]:
    """Each token's particulars with the terms of the words beside them, which say what they are about."""
    found = []
    for index, particulars in enumerate(pinned):
        anchored = set()
        for kind, value in particulars:
            near = range(max(0, index - CONTEXT_TOKENS), index) if kind == "day" else range(index + 1, index + 1 + CONTEXT_TOKENS)
            context = frozenset(
                term for i in near if i < len(pinned) and not pinned[i] and tokens[i].norm not in NUMBER_SCALES for term in token_terms[i]
            ) | _word_rest(tokens[index].norm, token_terms[index])
            anchored.add((kind, value, context))
        found.append(frozenset(anchored))
    return found


def _word_rest(norm: str, pieces: list[str]) -> frozenset[str]:
    """The terms of a word after its particular (``second-round`` -> ``round``, ``90-years`` ->
    ``year``): a figure's own word may say what it counts. An age (``14-year-old``) counts years
    of whom the next words say: its rest is left out."""
    if norm[:1].isdigit():
        rest = norm.partition("-")[2]
        terms = list(word_terms(rest)) if rest else []
        return frozenset(terms) if len(terms) == 1 and not terms[0][:1].isdigit() else frozenset()
    return frozenset(term for term in pieces[1:] if not term[:1].isdigit())


def compared_words(tokens: Sequence[Token]) -> tuple[str, ...]:
    """The tokens' words as compared (:func:`_word`), marks left out; read in C, token by token."""
    return tuple(filter(None, map(_word, map(NORM, tokens))))


def is_compared(token: Token) -> bool:
    """Is the token one of the words :func:`compared_words` keeps (a word, not a mark)?"""
    return bool(_word(token.norm))


@lru_cache(maxsize=1 << 16)
def _word(norm: str) -> str:
    """The token's word as compared (hyphens dropped), or ``""`` for a mark; remembered, as words repeat."""
    return norm.replace("-", "") if any(ch.isalnum() for ch in norm) else ""


STAGE_OF = {stem(word): stage for stage, words in EVENT_STAGES.items() for word in words.split()}
"""The stage of a story (``arrest``, ``sentence``...) a verb's term tells of (``EVENT_STAGES``)."""
