"""Passages sharing a happening that is not what both claim: one says it was done to someone else, or
of someone else's thing, or asks whether it happened, or both tell it only as the span of time around their own statements or in
describing a thing they say other things of. Such a pair is told apart (``telling_apart.told_apart``),
never confident.
"""

from __future__ import annotations

from collections.abc import Callable

from reader.core.links.confidence import happenings
from reader.core.links.terms import particulars_of, word_terms, words_terms
from reader.core.links.units import Unit, kept
from reader.core.vocabulary import AUXILIARIES, DETERMINERS, QUESTIONS


def other_claims(a: Unit, b: Unit, names: frozenset[str]) -> bool:
    """Do two passages tell a shared verb or noun of other people (``_other_objects``, ``_other_owners``), one ask what the other
    tells (``_asked_whether``), both share a happening only as a span of time (``_spans_only``) or in
    describing a thing (``_described_only``), or one verb as a saying and as a naming (``_said_and_named``)?"""
    return (_other_objects(a, b, names) or _other_owners(a, b, names) or _asked_whether(a, b, names) or _asked_whether(b, a, names)
            or _spans_only(a, b, names) or _described_only(a, b, names) or _said_and_named(a, b, names))


def shared_happenings(a: Unit, b: Unit, names: frozenset[str]) -> frozenset[str]:
    """What both passages tell happened: the terms they share of verbs of both, or of either but names."""
    return (a.terms & b.terms) & (happenings(a) & happenings(b) | happenings(a) - names | happenings(b) - names)


OBJECT_NAMES = 2
"""The fewest name terms the object of a verb must hold to tell who it is (``hired Dale Morrow``): a
single name may be a place or one part of another's full name (``visit Kestrelton`` / ``visit the Lyle
Isles``, ``shakes Brookfield`` / ``shakes Vance County``: on the twenty corpus dossiers such pairs read right)."""


def _objects(unit: Unit, verb: str, names: frozenset[str]) -> list[frozenset[str]] | None:
    """The names right after each word of the passage with the term ``verb`` (its object: ``to hire
    Dale Morrow``), past a determiner; ``None`` when some occurrence has none of ``OBJECT_NAMES`` terms
    (``was hired by``, ``hired the former guard``) or owns what follows (``hired Morrow's successor``)."""
    found = []
    words = unit.words
    for i, word in enumerate(words):
        if verb not in word_terms(word):
            continue
        j = i + 1
        while j < len(words) and words[j] in DETERMINERS:
            j += 1
        run: set[str] = set()
        while j < len(words) and (terms := set(word_terms(words[j]))) and terms <= names:
            if words[j].endswith("'s"):
                return None
            run |= terms
            j += 1
        if len(run) < OBJECT_NAMES:
            return None
        found.append(frozenset(run))
    return found


def _other_objects(a: Unit, b: Unit, names: frozenset[str]) -> bool:
    """Is a verb of both done to other people, named in full right after it (``to hire Dale Morrow`` /
    ``hires Lyle Brook``), the one's names none of the other's? Both may name both people (``fired Morrow,
    hired Brook``): what both say was done, was done to someone else. On the twenty corpus dossiers one
    link read partly right lost its wrong passage (a quotation about an earlier hiring beside the
    headlines of the new one), no other link changed."""
    for verb in a.actions & b.actions - names:
        mine, theirs = _objects(a, verb, names), _objects(b, verb, names)
        if mine and theirs and not frozenset().union(*mine) & frozenset().union(*theirs):
            return True
    return False


def _owners(unit: Unit, names: frozenset[str]) -> dict[str, list[frozenset[str]]]:
    """For each term of the passage, who owns each word with it, named in full (``OBJECT_NAMES``): the names
    before it with ``'s`` (``Dale Morrow's office``) or after ``of`` (``the office of Lyle Brook``). Read in one
    pass and kept (``units.kept``): a passage is asked about every noun it shares with each passage it may match."""
    words = unit.words
    found: dict[str, list[frozenset[str]]] = {}
    for i, word in enumerate(words):
        run: set[str] = set()
        if i and words[i - 1].endswith("'s"):
            j = i - 1
            while j >= 0 and (terms := set(word_terms(words[j]))) and terms <= names:
                run |= terms
                j -= 1
        elif i + 1 < len(words) and words[i + 1] == "of":
            j = i + 2
            while j < len(words) and words[j] in DETERMINERS:
                j += 1
            while j < len(words) and (terms := set(word_terms(words[j]))) and terms <= names:
                run |= terms
                j += 1
        if len(run) >= OBJECT_NAMES:
            for term in set(word_terms(word)):
                found.setdefault(term, []).append(frozenset(run))
    return found


def _other_owners(a: Unit, b: Unit, names: frozenset[str]) -> bool:
    """Is a noun of both owned by other people, named in full (``_owners``: ``entered Dale Morrow's office`` /
    ``walked toward the office of Lyle Brook``), the one's names none of the other's? They tell of two things
    alike, not one. On the twenty corpus dossiers one link read wrong went (a gunman entering one partner's
    office beside walking toward another's), no other link changed."""
    owned = kept(a, _owners, names)
    if not owned:
        return False  # most passages: nothing owned by a name
    theirs_owned = kept(b, _owners, names)
    for term in a.terms & b.terms - names - a.actions - b.actions:
        mine, theirs = owned.get(term), theirs_owned.get(term)
        if mine and theirs and not frozenset().union(*mine) & frozenset().union(*theirs):
            return True
    return False


ASKING = frozenset(("whether", "why"))
"""They open a question about what follows: whether it happened, or why (``why the board picked her``: a reason
sought, a view of the happening)."""


def _asked_at(unit: Unit) -> int | None:
    """Where the passage opens an open question with a word of ``ASKING`` (not ``whether to``: a decision weighed,
    which reports also tell as ``a decision to``)."""
    words = unit.words
    return next((i for i, word in enumerate(words[:-1]) if word in ASKING and words[i + 1] != "to"), None)


def _asked_whether(a: Unit, b: Unit, names: frozenset[str]) -> bool:
    """Does ``a`` tell the verbs both share only in a question it asks (``could not confirm whether the
    pumps were fitted with the new valves``), after a statement of its own, while ``b`` tells them with no
    question (``the pumps fitted with the new valves were shipped``)? ``a`` says it is unknown, and states
    something else. On the twenty corpus dossiers no shown link changed; on the bundled reports a wrong
    link went (evidence of a delivery to one party beside evidence of use in another war). A title asking
    needs no statement before (``Five thoughts on why the board picked her``: a view, not the news): on the
    twenty dossiers a link read partly right lost that title, no other link changed; in a body (``the prospect
    is among his inquiries, and whether ...``) it cost a link read right."""
    at = _asked_at(a)
    verbs = a.actions & b.actions - names
    if at is None or not verbs or not ASKING.isdisjoint(b.words) or not QUESTIONS.isdisjoint(b.words):
        return False
    before = words_terms(a.words[:at])
    return not verbs & before and (bool((a.actions - verbs) & before) or a.span.in_title)


SPAN_UNITS = frozenset("minutes hours days weeks months years decades".split())
SPAN_FRAMES = frozenset("during after before since following with amid over throughout for within in".split())
"""A figure, one of ``SPAN_UNITS`` and ``of`` (``six weeks of talks``) after one of ``SPAN_FRAMES``, at most
one word between (``after nearly six weeks of talks``), set a statement in time: what happened in the span is background."""
SPAN_REACH = 3
"""The words after ``of`` read as what filled the span (``of heavy fighting``)."""


def _told_only_at(unit: Unit, told: frozenset[str], places: Callable[[Unit], frozenset[int]]) -> bool:
    """Does the passage tell ``told`` only at the word places that ``places`` reads of it (once, ``units.kept``),
    and tell it somewhere?"""
    found = kept(unit, places)
    if not found:
        return False  # most passages: no such place, and no word to look for
    at = [i for i, word in enumerate(unit.words) if told.intersection(word_terms(word))]
    return bool(at) and found.issuperset(at)


def _in_spans(unit: Unit, told: frozenset[str]) -> bool:
    """Is every word of the passage telling ``told`` inside a span of time that frames it (``SPAN_FRAMES``)?"""
    return _told_only_at(unit, told, _spans)


def _spans(unit: Unit) -> frozenset[int]:
    """Where the passage's words lie inside a span of time that frames it, read once (``units.kept``)."""
    words = unit.words
    inside: set[int] = set()
    for i, word in enumerate(words[:-2]):
        figure = particulars_of(word)
        if (figure and figure[0][0] == "figure" and words[i + 1] in SPAN_UNITS and words[i + 2] == "of"
                and not SPAN_FRAMES.isdisjoint(words[max(0, i - 2) : i])):
            inside.update(range(i, i + 3 + SPAN_REACH))
    return frozenset(inside)


def _spans_only(a: Unit, b: Unit, names: frozenset[str]) -> bool:
    """Do both passages tell what happened in both (``shared_happenings``) only within a span of time framing their statements
    (``_in_spans``: ``the ministry approved the plan after six weeks of talks`` / ``the unions walked out
    during six weeks of talks``)? They share when, and say other things. On the bundled reports a wrong
    link of three such passages went, and one pair of a right link (the span told as what happened: ``six
    weeks of talks ended``) stayed in it; on the twenty corpus dossiers no link changed."""
    told = shared_happenings(a, b, names)
    return bool(told) and _in_spans(a, told) and _in_spans(b, told)


DESCRIBED_AFTER = frozenset("with by from during in at".split())
"""After a participle, they show it describes the noun before it (``pumps fitted with valves``, ``drones made by``,
``files seized during the raid``)."""
NO_NOUN = AUXILIARIES | DETERMINERS | frozenset("to he she it they we i you who which that and or but not never also".split())
"""Words before a participle that make it a verb of the passage (``were fitted with``), not a description."""


def _describing(unit: Unit, told: frozenset[str]) -> bool:
    """Is every word of the passage telling ``told`` a participle describing the noun before it (``_described_at``)?"""
    return _told_only_at(unit, told, _described_at)


def _described_at(unit: Unit) -> frozenset[int]:
    """Where the passage has a participle describing the noun before it (``DESCRIBED_AFTER``), read once (``units.kept``)."""
    words = unit.words
    return frozenset(i for i in range(1, len(words) - 1) if words[i].endswith("ed") and words[i - 1] not in NO_NOUN
                     and words[i + 1] in DESCRIBED_AFTER)


def _described_only(a: Unit, b: Unit, names: frozenset[str]) -> bool:
    """Do both passages tell the verbs of both only in describing a thing (``_describing``: ``pumps
    fitted with new valves``), each with a verb of its own (``were shipped to the port`` / ``were used at
    the dam``)? They say other things were done with it. On the twenty corpus dossiers one link read wrong
    (blind) or partly right went: testimony about files seized in a raid, a speech objecting to it and
    prosecutors using such files; no other link changed."""
    told = frozenset(a.terms & b.terms & happenings(a) & happenings(b))
    return bool(told) and all(_describing(unit, told) and unit.actions - told - names for unit in (a, b))


SAYING = frozenset(("that",))
"""After a verb of saying, it opens what was said (``revealed that``)."""


def _uses(unit: Unit, term: str) -> frozenset[str]:
    """The words right after each word of the passage with the term ``term``."""
    words = unit.words
    return frozenset(words[i + 1] if i + 1 < len(words) else "" for i, word in enumerate(words) if term in word_terms(word))


def _said_and_named(a: Unit, b: Unit, names: frozenset[str]) -> bool:
    """Is the one happening both tell a verb that one passage uses only to report a saying, by someone named whom
    the other does not name (``Lyle Brook revealed that she is thrilled to welcome Dale Morrow as the new
    captain``), and the other never to report one (``Dale Morrow revealed as the new captain``, ``Revealed: Dale
    Morrow to captain the ferry``)?
    The first tells someone else's words about it, a reaction: not the happening (``the club revealed that Dale
    Morrow ...``, ``Dale Morrow revealed that he ...`` may tell it). On the twenty corpus dossiers a link read
    partly right lost a co-star's reaction, and a link of the reaction with a title (``Revealed: ...``) went;
    no other link changed."""
    told = shared_happenings(a, b, names)
    if len(told) != 1:
        return False
    (term,) = told
    said, named = (a, b) if _uses(a, term) == SAYING else (b, a)
    if _uses(said, term) != SAYING or SAYING <= _uses(named, term):
        return False
    at = next(i for i, word in enumerate(said.words) if term in word_terms(word))
    speaker = names & words_terms(said.words[:at])
    return bool(speaker) and not speaker & named.terms
