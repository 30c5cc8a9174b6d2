"""Web and e-mail addresses a passage gives: two passages naming other addresses for what they share
(``register at shop.example.com/x`` beside ``register at business.example.com/x``) tell of other things,
as two passages giving other figures of one thing do (``telling_apart.at_odds``)."""

from __future__ import annotations

from collections.abc import Sequence

from reader.core.model import Token

OPENERS = frozenset("http https www".split())
MARKS = OPENERS | {"@", "/"}
"""A passage holding none of these tokens gives no address (most passages: not read further)."""
JOINERS = frozenset(":/.@?=&-_~%#+")
"""Marks that hold the pieces of an address together; a tokenizer (or a copy that spaced them out:
``http: / / shop. example. com``) gives them as tokens of their own."""


def addresses(tokens: Sequence[Token]) -> frozenset[str]:
    """The addresses in a passage's tokens, each written without its scheme, ``www.`` or a closing mark, in
    small letters: a run of words joined by ``JOINERS`` that opens with ``http``, ``https`` or ``www``, holds
    ``://`` or joins two words with ``@`` (an e-mail address), and holds a dot."""
    found = set()
    i = 0
    while i < len(tokens):
        end = i + 1
        while end + 1 < len(tokens) and all(c in JOINERS for c in tokens[end].norm) and _continues(tokens, end):
            end += 2 if tokens[end + 1].is_word else 1
        run = "".join(token.norm for token in tokens[i:end]).rstrip(".:?")
        opened = tokens[i].norm in OPENERS or "://" in run  # a scheme glued to the word before it: ``athttp://``
        run = _bare(run.partition("://")[2] or run)
        if end > i + 1 and "." in run and (opened or "@" in run):
            found.add(run)
        i = end
    return frozenset(found)


def _continues(tokens: Sequence[Token], at: int) -> bool:
    """Does the joining mark at ``at`` lead on to more of the address (a word, or another mark: ``://``)?"""
    nxt = tokens[at + 1]
    return nxt.is_word or all(c in JOINERS for c in nxt.norm)


def _bare(run: str) -> str:
    return run.removeprefix("www.")


def other_addresses(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Do both passages give addresses of one kind (web, e-mail) and none of one the other's, or the start of
    it (``example.com`` beside ``example.com/news``: one is more exact)?"""
    for mail in (False, True):
        a = {x for x in mine if ("@" in x) == mail}
        b = {x for x in theirs if ("@" in x) == mail}
        if a and b and not any(x.startswith(y) or y.startswith(x) for x in a for y in b):
            return True
    return False
