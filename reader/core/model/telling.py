"""Does a sentence tell a statement: the words that carry it (lemmas of its content words) standing close
together in that one sentence. One test for both questions asked of it: does a report tell a link's
statement in a sentence of its own (omissions), and does another report tell what a sentence says
(the reader's "only this report says", ◆).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from math import ceil

from reader.core.tokens import Token
from reader.core.vocabulary import ATTRIBUTION_VERBS, FUNCTION_WORDS, lemmas

CORE_WORDS = 3
"""Fewer shared words than this tell no statement (two passages quoting ``the ferry was late again``
agree on two words many sentences print)."""
CORE_SHARE = 0.75
"""Share of the core a sentence must print to tell the statement."""
SPREAD = 4.5
"""Words per core word, at most, of the stretch that holds them: a statement's words stand together
(``will cut the winter timetable to two crossings``); topic words over a long sentence about something else
do not."""


CONTRACTIONS = ("n't", "'re", "'ve", "'ll", "'d", "'m")
"""Endings of a word made of function words (``hadn't``, ``they're``): it tells no statement."""

EVERYDAY_ZIPF = 5.9
"""A word at least this common in general English (wordfreq's Zipf scale: ``year``, ``see``, ``first``) is
anybody's: two sentences printing it tell nothing alike by it (``thing``, ``court`` and ``child`` are rarer)."""


RARE_ZIPF = 4.5
"""A word rarer than this in general English (``trawler``, ``lifeboat``, ``gate``) or a figure tells
which statement two sentences share; three commoner words alike (``paint``, ``kitchen``, ``wall``) may be two
statements about different matters."""


_TAUGHT_TERMS: dict[str, str | None] = {}
_TAUGHT_ZIPFS: dict[str, float] = {}
"""What :func:`term` and :func:`_zipf` give the words of the dossiers read from the cache (:func:`learn`)."""


@lru_cache(maxsize=1 << 16)
def _zipf(word: str) -> float:
    if word in _TAUGHT_ZIPFS:
        return _TAUGHT_ZIPFS[word]
    from wordfreq import zipf_frequency  # loads its word list once, on first use

    return zipf_frequency(word, "en", wordlist="small")


def everyday(word: str) -> bool:
    """Is ``word`` (a :func:`term`) at least :data:`EVERYDAY_ZIPF` common? A figure never is."""
    return not word[:1].isdigit() and _zipf(word) >= EVERYDAY_ZIPF


def rare(word: str) -> bool:
    """Does ``word`` (a :func:`term`) tell a statement apart: a figure, or a word under :data:`RARE_ZIPF`?"""
    return word[:1].isdigit() or _zipf(word) < RARE_ZIPF


@lru_cache(maxsize=1 << 16)
def term(norm: str) -> str | None:
    """What a word tells as a statement's word: a figure as printed, a content word (no function word, no
    contraction of them, nor reporting verb) as its lemma, the verb's first (``fathered`` and ``father``, ``children`` and ``child``
    meet), else ``None``; a form of a function word is one too (``having``, ``done``)."""
    if norm in _TAUGHT_TERMS:
        return _TAUGHT_TERMS[norm]
    word = norm.removesuffix("'s").removesuffix("'")
    if word[:1].isdigit():
        return word
    if word.endswith(CONTRACTIONS) or len(word) <= 2 or norm in FUNCTION_WORDS or norm in ATTRIBUTION_VERBS or not word[:1].isalpha():
        return None
    forms = lemmas(word)
    found = forms.get("VERB") or forms.get("NOUN") or next(iter(forms.values()), None)
    lemma = found[0] if found else word.rstrip("s")
    return None if lemma in FUNCTION_WORDS else lemma


Lexicon = tuple[dict[str, str | None], dict[str, float]]
"""Words as :func:`term` reads them, and those terms' frequencies (:func:`_zipf`)."""


def lexicon(norms: Iterable[str]) -> Lexicon:
    """What :func:`term` and :func:`_zipf` give the words among ``norms`` (tokens' matching forms, marks too), kept
    with an analysis in the cache: ◆ and the quotations said alike read them again at every open, and
    lemminflect's and wordfreq's tables, loaded to answer, were ~0.35 s of CPU on the reader's
    worker thread, which the first keys waited on for the interpreter lock. Forms, not tokens: each distinct
    one is read once (making a token of each of the words of 500 reports was most of a cache entry's CPU)."""
    terms = {norm: term(norm) for norm in dict.fromkeys(norms) if norm[:1].isalnum()}  # as Token.is_word reads it
    return terms, {found: _zipf(found) for found in dict.fromkeys(terms.values()) if found and not found[:1].isdigit()}


def learn(known: Lexicon) -> None:
    """Answer :func:`term` and :func:`_zipf` for the words of ``known`` (:func:`lexicon`) from it."""
    terms, zipfs = known
    _TAUGHT_TERMS.update(terms)
    _TAUGHT_ZIPFS.update(zipfs)


def word_row(tokens: Iterable[Token], *, names: bool = False) -> tuple[str | None, ...]:
    """A sentence's words in order, each as its :func:`term` (``None`` for a word that tells nothing). With
    ``names``, a name of several capitalised words (``Judge Ada Brook``, ``Lt. Ben Ould``) is one word, its
    last: three words of one name are not three things two sentences both tell (but a headline in
    capitals would be one word)."""
    return word_rows(tokens)[1 if names else 0]


def word_rows(tokens: Iterable[Token]) -> tuple[tuple[str | None, ...], tuple[str | None, ...]]:
    """A sentence's :func:`word_row` without ``names`` and with, from one reading of its words: ◆ reads both."""
    row: list[str | None] = []
    named: list[str | None] = []
    capital = False
    for token in tokens:
        if not token.is_word:
            capital = capital and token.norm == "."  # ``Lt. Ben``: an abbreviation keeps the name going
            continue
        if token.text[:1].isupper():
            if capital:
                named[-1] = None
            capital = True
        else:
            capital = False
        found = term(token.norm)
        row.append(found)
        named.append(found)
    return tuple(row), tuple(named)


def told_in(core: frozenset[str], sentences: Iterable[Sequence[str | None]]) -> bool:
    """Does one sentence (its :func:`word_row`) print :data:`CORE_SHARE` of ``core`` (of
    :data:`CORE_WORDS` or more) within a stretch of :data:`SPREAD` words per core word?"""
    if len(core) < CORE_WORDS:
        return False
    needed = ceil(CORE_SHARE * len(core))
    for row in sentences:
        hits = [(at, word) for at, word in enumerate(row) if word in core]
        if len({word for _, word in hits}) < needed:
            continue
        for first, (start, _) in enumerate(hits):
            seen: set[str] = set()
            for end, word in hits[first:]:
                seen.add(word)
                if len(seen) == needed:
                    if end - start < SPREAD * needed:
                        return True
                    break
    return False
