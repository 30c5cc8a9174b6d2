"""Who a sentence's subject stands for when it does not name them: ``He`` or ``The 41-year-old
striker`` opening a sentence refers to a person the sentences before named, and another report
may tell the same thing of that person by name. The name's terms are read as the subject's too.

Only a subject, only a name a sentence just before gave as its own subject or right after the
noun the description uses (``striker Ivo Marsh``), and only one such name: no guessing between two.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from reader.core.model import Token
from reader.core.vocabulary import AUXILIARIES, FUNCTION_WORDS, PERSON_HEADS, REPORTING_VERBS

PRONOUNS = frozenset(("he", "she"))
DESCRIPTION_WORDS = 5
"""How many words may stand between ``the`` and the noun of a description (``the 41-year-old Welsh striker``)."""
LOOK_BACK = 2
"""How many sentences before are read for the name (the lede, then a sentence about the reaction)."""

Read = tuple[Sequence[Token], list[list[str]], Collection[int]]
"""A sentence as the linker read it: its tokens, each token's terms and the indexes of its verbs."""


def subject_reference(tokens: Sequence[Token], verbs: Collection[int]) -> str | None:
    """The noun of a description opening the sentence as its subject (``The 41-year-old striker will
    join``: ``striker``), ``""`` for ``He``/``She`` right before a verb (``He signed``), else ``None``. The
    description runs from ``the`` to a person's noun, then perhaps an ``of`` phrase, and the sentence's
    first verb comes after it. ``He is facing charges``, ``He was gone`` stay out: on the twenty corpus
    dossiers, read so, a man facing charges joined two links of his sentencing."""
    if not tokens or not verbs:
        return None
    first = min(verbs)
    if tokens[0].norm in PRONOUNS:  # 'He said', 'She contended that': who spoke, not a participant
        return "" if first == 1 and tokens[1].norm not in REPORTING_VERBS else None
    if tokens[0].norm != "the":
        return None
    for i in range(1, min(len(tokens), DESCRIPTION_WORDS + 2)):
        token = tokens[i]
        if i >= first or not token.is_word or token.norm in FUNCTION_WORDS:
            return None  # 'the hope of a new coach': the noun is not the subject's
        if token.norm in PERSON_HEADS and token.text.islower():
            after = tokens[i + 1] if i + 1 < len(tokens) else None
            if after is None or (after.is_word and after.text[:1].isupper()):
                return None  # 'the striker Ivo Marsh' names him
            return token.norm if after.norm == "of" or after.norm in AUXILIARIES or i + 1 == first else None
    return None


def _name_run(tokens: Sequence[Token], start: int) -> range:
    """The capitalised words from ``start`` on (``Ivo Marsh``), possibly none: none from a word
    capitalised only as it opens the sentence (``When Storm Ada struck``)."""
    end = start
    if start < len(tokens) and tokens[start].norm in FUNCTION_WORDS:
        return range(start, start)
    while end < len(tokens) and tokens[end].is_word and tokens[end].text[:1].isupper():
        end += 1
    return range(start, end)


def _named(tokens: Sequence[Token], verbs: Collection[int], head: str) -> set[range]:
    """The names a sentence gives that ``head`` may stand for: its subject when it opens on a name
    followed by a verb or an aside (``Ivo Marsh, 41, signed``), and, for a noun, the name right after
    that noun (``striker Ivo Marsh``); for a noun, only in a sentence that uses it."""
    found = set()
    words = [t.norm for t in tokens]
    if head and head not in words:
        return found
    opening = _name_run(tokens, 0)
    if opening and opening.stop < len(tokens) and (
        opening.stop in verbs or tokens[opening.stop].norm in AUXILIARIES or tokens[opening.stop].norm == ","):
        found.add(opening)
    if head:
        found.update(run for i, word in enumerate(words[:-1]) if word == head and (run := _name_run(tokens, i + 1)))
    return found


def referent_candidates(tokens: Sequence[Token], verbs: Collection[int], earlier: Sequence[Read]) -> tuple[frozenset[frozenset[str]], ...]:
    """The names (each a set of terms) the sentence's subject may stand for (``subject_reference``), per
    sentence of the ``earlier`` ones of its report (nearest last), nearest first; ``()`` when its subject
    names someone or nothing. Which are names is known once the whole dossier is read: ``the_one``."""
    head = subject_reference(tokens, verbs)
    if head is None:
        return ()
    return tuple(frozenset(frozenset(t for i in run for t in terms[i]) for run in _named(before, before_verbs, head))
                 for before, terms, before_verbs in reversed(earlier[-LOOK_BACK:]))


def the_one(candidates: tuple[frozenset[frozenset[str]], ...], names: frozenset[str]) -> frozenset[str]:
    """The terms of the one name among the nearest sentence's ``candidates`` that gives any (a capitalised
    common word opening a sentence, ``Fans cheered``, gives none); none when it gives two or more."""
    for found in candidates:
        named = {run & names for run in found} - {frozenset()}
        if named:
            return next(iter(named)) if len(named) == 1 else frozenset()
    return frozenset()
