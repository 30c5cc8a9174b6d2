"""Contractions and clitics: one reading of a word's ending after an apostrophe.

``we've`` and ``we have``, ``don't`` and ``do not`` are the same words: a report that contracts or
spells out a speaker's words follows its house style; it changes no word the speaker said. Two word
runs are :func:`same_words` when some spelling-out of each is the other's. Where only the word the
ending hangs on counts (a speaker's pronoun, words compared for copying), :func:`bare` takes the
ending off; where a text rebuilt from tokens split a clitic off by a space (``team’ s``),
:func:`rejoined` puts it back, so both spellings are one word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import product
from operator import itemgetter

from reader.core.tokens import Token

_IRREGULAR = {"won't": ("will not",), "can't": ("can not", "cannot"), "cannot": ("can not",),
              "shan't": ("shall not",), "ain't": ("am not", "is not", "are not"), "let's": ("let us",)}
_ENDINGS = {"n't": ("not",), "'re": ("are",), "'ve": ("have",), "'ll": ("will",),
            "'m": ("am",), "'d": ("would", "had"), "'s": ("is", "has")}
"""Each ending after an apostrophe, with the words it may stand for."""
_ENDING = re.compile("(?:" + "|".join(ending.replace("'", "['\u2019]") for ending in _ENDINGS) + ")$")
"""Any of :data:`_ENDINGS`, with either apostrophe (``we’ll``), at a word's end."""
_S_HOSTS = frozenset("it he she that there here what who where how".split())
"""Words whose ``'s`` is a verb (``it's``); elsewhere it is mostly a possessive (``the minister's``)."""
_NORM = itemgetter(3)


def bare(word: str) -> str:
    """``word`` without its contraction's or clitic's ending: ``we'll``, ``hadn’t`` and ``team's`` are
    ``we``, ``had`` and ``team``; any other word is itself."""
    return _ENDING.sub("", word)


def rejoined(tokens: Sequence[Token]) -> Sequence[Token]:
    """``tokens`` with each clitic a space split off its word (``team’ s``, ``can’ t``: text rebuilt
    from tokens prints them so) joined to it again, as one token whose normal form is the word's
    (``team's``); ``tokens`` themselves when there is none (most texts: one pass in C)."""
    if "'" not in map(_NORM, tokens):
        return tokens
    joined: list[Token] = []
    for token in tokens:
        if len(joined) >= 2 and _split_clitic(joined[-2], joined[-1], token):
            word, mark = joined[-2], joined.pop()
            joined[-1] = Token(word.start, token.end, f"{word.text}{mark.text} {token.text}", f"{word.norm}'{token.norm}")
        else:
            joined.append(token)
    return joined


def _split_clitic(word: Token, mark: Token, piece: Token) -> bool:
    """Are these a word, an apostrophe right after it and, one space on, the rest of a contraction?
    (``team’ s``, ``hadn’ t``; not a closing quotation mark before the next word, ``'House' or``.)"""
    if mark.norm != "'" or mark.start != word.end or piece.start != mark.end + 1 or not word.norm[-1:].isalnum():
        return False
    ending = _ENDING.search(f"{word.norm}'{piece.norm}")
    return ending is not None and ending.end() - ending.start() > len(piece.norm) and ending.start() > 0


def _spellings(word: str) -> list[tuple[str, ...]]:
    """The ways of spelling ``word`` (a normal form) out, itself first."""
    word = word.replace("\u2019", "'")
    ways = [(word,)] + [tuple(w.split()) for w in _IRREGULAR.get(word, ())]
    ending = _ENDING.search(word)
    if ending and ending.start() and (ending.group() != "'s" or word[: ending.start()] in _S_HOSTS):
        ways += [(word[: ending.start()], expansion) for expansion in _ENDINGS[ending.group()]]
    return ways


def _spelled_out(words: list[str]) -> set[tuple[str, ...]]:
    """Every spelling-out of a run of words (few: a contraction has one or two)."""
    return {sum(choice, ()) for choice in product(*(_spellings(w) for w in words))}


def same_words(a: list[str], b: list[str]) -> bool:
    """Are two runs of normalised words the same but for contractions (``we have``, ``we've``)?"""
    return a == b or not _spelled_out(a).isdisjoint(_spelled_out(b))
