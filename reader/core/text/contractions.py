"""Contractions spelled out: ``we've`` and ``we have``, ``don't`` and ``do not`` are the same words.

A report that contracts or spells out a speaker's words follows its house style; it changes no word
the speaker said. Two word runs are :func:`same_words` when some spelling-out of each is the other's.
"""

from __future__ import annotations

from itertools import product

_IRREGULAR = {"won't": ("will not",), "can't": ("can not", "cannot"), "cannot": ("can not",),
              "shan't": ("shall not",), "ain't": ("am not", "is not", "are not"), "let's": ("let us",)}
_ENDINGS = (("n't", ("not",)), ("'re", ("are",)), ("'ve", ("have",)), ("'ll", ("will",)),
            ("'m", ("am",)), ("'d", ("would", "had")), ("'s", ("is", "has")))
_S_HOSTS = frozenset("it he she that there here what who where how".split())
"""Words whose ``'s`` is a verb (``it's``); elsewhere it is mostly a possessive (``the minister's``)."""


def _spellings(word: str) -> list[tuple[str, ...]]:
    """The ways of spelling ``word`` (a normal form) out, itself first."""
    word = word.replace("\u2019", "'")
    ways = [(word,)] + [tuple(w.split()) for w in _IRREGULAR.get(word, ())]
    for ending, expansions in _ENDINGS:
        host = word[: -len(ending)]
        if word.endswith(ending) and host and (ending != "'s" or host in _S_HOSTS):
            ways += [(host, expansion) for expansion in expansions]
            break
    return ways


def _spelled_out(words: list[str]) -> set[tuple[str, ...]]:
    """Every spelling-out of a run of words (few: a contraction has one or two)."""
    return {sum(choice, ()) for choice in product(*(_spellings(w) for w in words))}


def same_words(a: list[str], b: list[str]) -> bool:
    """Are two runs of normalised words the same but for contractions (``we have``, ``we've``)?"""
    return a == b or not _spelled_out(a).isdisjoint(_spelled_out(b))
