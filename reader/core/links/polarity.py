"""Opposite claims in the same words: a verb both passages tell, denied in one and asserted in the other
(``the levies can be justified`` / ``the levies cannot be justified``).
"""

from __future__ import annotations

from reader.core.links.grammar import adverb, denies
from reader.core.links.terms import word_terms
from reader.core.links.units import Unit, kept
from reader.core.vocabulary import ADVERBS_BETWEEN, AUXILIARIES


ONLY = frozenset("only just merely simply".split())
"""After ``not`` they add (``did not only show that``): no denial."""
FAILING = frozenset("unable failed fail fails refused refuses refuse declined declines decline".split())
"""Before a verb's ``to`` they deny it (``were unable to reach``, ``refused to resign``)."""


def denial(words: tuple[str, ...], i: int) -> bool:
    """Does the word at ``i`` deny what follows (``not``, ``never``, ``cannot``, ``won't``, and the ``t`` of a
    ``hadn’ t`` printed with a space, read as two words), not add to it (``not only``: ``ONLY``)?"""
    if not (denies(words[i]) or (words[i] == "t" and i > 0 and words[i - 1].endswith("n"))):
        return False
    return i + 1 == len(words) or words[i + 1] not in ONLY


def denials_of(words: tuple[str, ...], v: int) -> tuple[int, tuple[int, ...]]:
    """Where the words telling how the verb at ``v`` stands begin, and where among them the denials turning it
    stand: each :func:`denial` among its helpers (:func:`helpers_from`: ``will not cover``, ``has never been``),
    and a word of ``FAILING`` before its ``to`` (``were unable to reach``) with the denials among that word's own
    helpers (``did not fail to``). The one reading of a denial near a verb: an even number of them turn it back;
    the links' polarity (:func:`_polarities`), frames (:func:`reader.core.links.frames.frame`) and the findings'
    stances (:mod:`reader.core.findings.stance`) each read it here."""
    start = helpers_from(words, v)
    found = [j for j in range(start, v) if denial(words, j)]
    if start > 0 and words[start] == "to" and words[start - 1] in FAILING:
        failing = start - 1
        start = helpers_from(words, failing)
        found[:0] = [*(j for j in range(start, failing) if denial(words, j)), failing]
    return start, tuple(found)


def helpers_from(words: tuple[str, ...], i: int) -> int:
    """Where the auxiliaries, adverbs and denials right before the verb at ``i`` begin (``will not``,
    ``has never been``, ``is to``): the words that tell how the verb stands."""
    j = i
    while j > 0 and (words[j - 1] in AUXILIARIES or words[j - 1] in ADVERBS_BETWEEN or adverb(words[j - 1]) or denial(words, j - 1)):
        j -= 1
    return j


NEGATIVE_SUBJECTS = frozenset("no none nobody nothing neither nor".split())
"""They deny the next verb from further off, as its subject (``no financial terms were disclosed``)."""
DENIED, ASSERTED, OPEN = "denied", "asserted", "open"


def stands(unit: Unit) -> dict[str, frozenset[str]]:
    """:func:`_polarities` of ``unit``, read once (:func:`~reader.core.links.units.kept`)."""
    return kept(unit, _stands)


def _stands(unit: Unit) -> dict[str, frozenset[str]]:
    return {term: frozenset(found) for term, found in _polarities(unit).items()}


def _polarities(unit: Unit) -> dict[str, set[str]]:
    """For each verb term of the passage, how it stands wherever it does: ``DENIED`` by a denial among the
    auxiliaries and adverbs right before it or a failing ``to`` (:func:`denials_of`: ``will not cover``,
    ``cannot be justified``, ``were unable to reach``; an even number turn it back) or by a negative subject
    (``NEGATIVE_SUBJECTS``) with no verb between; ``ASSERTED`` with no denial anywhere before it; else ``OPEN``: a denial of an earlier verb may reach it (``never wrote that
    he felt threatened``) or not (``not about breaking the deal but about building one that covers it``)."""
    words = unit.words
    found: dict[str, set[str]] = {}
    subject = seen = False
    for i, word in enumerate(words):
        terms = unit.actions.intersection(word_terms(word))
        if not terms:
            subject = subject or word in NEGATIVE_SUBJECTS
            seen = seen or denial(words, i)
            continue
        denied = subject or len(denials_of(words, i)[1]) % 2 == 1
        for term in terms:
            found.setdefault(term, set()).add(DENIED if denied else OPEN if seen else ASSERTED)
        subject = False
    return found


def opposite(a: Unit, b: Unit) -> bool:
    """Does a verb of both passages stand denied wherever one tells it and asserted wherever the other
    does (``_polarities``)? One says the opposite of the other, though every word but the denial is alike. A
    paraphrase so opposed is no link (``judging._judge``), though both passages deny something else (``had
    justified the levy, but did not say for how long``), where the test of the whole passage does not reach.
    On the twenty corpus dossiers a link read partly right lost its wrong member (one side's justification of
    a measure beside the other's ``cannot be justified``), no other link changed; reading ``cannot`` as a
    denial there too (``vocabulary.NEGATIONS``) removes the same member and nothing else. A near copy so
    opposed stays linked, so the difference shows."""
    if not a.actions & b.actions:
        return False
    mine, theirs = stands(a), stands(b)
    return any({*mine[term], *theirs[term]} == {DENIED, ASSERTED} and len(mine[term]) == len(theirs[term]) == 1
               for term in mine.keys() & theirs.keys())
