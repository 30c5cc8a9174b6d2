"""Is a link sure? Some pair of it must stand firmly (``corroborated``) and tell of one happening
(``told_alike``); the others are weaker links, shown on demand.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from itertools import combinations

from reader.core.links.polarity import ASSERTED, helpers_from, stands
from reader.core.links.terms import Particular, particulars_of, stem, word_terms, words_terms
from reader.core.links.units import PairMatch, Unit, kept, written_shared
from reader.core.vocabulary import AUXILIARIES, BE_FORMS, LIGHT_VERBS, MONTHS, REFERRING, WEEKDAYS


def figures_differ(a: Unit, b: Unit) -> bool:
    """Do two passages give other figures of what they count: about every word both give figures
    of, each names some that the other does not (``terms of seven to 40 years`` beside ``terms of
    six to 40 years``, ``90-years`` beside ``six to 40 years``)? One naming fewer (``3 killed``
    beside ``3 killed and 5 hurt``) says part of the same thing, and one word agreed on (``200 staff
    with offices`` beside ``200 staff with 9 offices``) shows the figures only fall near other words."""
    values: dict[tuple[str, str], list[set[str]]] = defaultdict(lambda: [set(), set()])
    for side, unit in enumerate((a, b)):
        for kind, value, context in unit.particulars:
            for term in context:
                values[kind, term][side].add(value)
    both = [(mine, theirs) for mine, theirs in values.values() if mine and theirs]
    return bool(both) and all(not (mine <= theirs or theirs <= mine) for mine, theirs in both)


FIRM_OVERLAP = 0.4
FIRM_TERMS = 6
FIRM_NAMES = 2
"""A paraphrase pair is firm when its passages share this much of their weight, or this many terms, names
counting at most ``FIRM_NAMES`` of them: a show, its channel and its host (``Captain Why Live``, ``Network Two``,
``Amy Kite``) are who and where, not what is said. On the six read dossiers two links read partly right
became weaker, and no link read right."""


def corroborated(group: list[int], pairs: dict[tuple[int, int], PairMatch], names: frozenset[str]) -> bool:
    """Does some pair of the link hold firmly (verbatim, near, or a paraphrase sharing ``FIRM_OVERLAP``
    of its weight or ``FIRM_TERMS`` terms, few of them names)? The dossier's topic words with a common
    verb are enough to pass ``judging._statement``; a link made only of such loose pairs, most often two
    passages, is weaker. On the
    six hand-read development dossiers (bench/link_sample.py --all), 22 of the 24 wrong links were
    two-passage paraphrases, most sharing four or five terms at an overlap under 0.4; asking more (a
    bar on every pair of a link) cost the five reports a third of their recall. A pair whose roles are
    swapped (``swapped_roles``) never holds, however alike its words."""
    return any(
        firm(match, names) and not swapped_roles(match.unit_a, match.unit_b, _written(match, names))
        for key in combinations(sorted(group), 2) if (match := pairs.get(key))
    )


def firm(match: PairMatch, names: frozenset[str]) -> bool:
    """Does the pair hold on its own: a copy, a close paraphrase, enough firm terms, or the same verb between the
    same names? (Grouping asks it of a link's members: one with no firm pair is loosely tied.)"""
    return (match.kind != "paraphrase" or match.score >= FIRM_OVERLAP or _firm_terms(match, names) >= FIRM_TERMS
            or same_roles(match.unit_a, match.unit_b, _written(match, names)))


def _written(match: PairMatch, names: frozenset[str]) -> frozenset[str]:
    """The names both passages write (not a subject standing for one: ``Unit.referred``). A verb between the
    same of them in each (``same_roles``) tells who did what to whom alike, however little else the two share
    (``the Gulls fired Dale Morrow and hired Lyle Brook`` / ``in a surprise the Gulls fired Dale Morrow after
    one season and replaced him with Brook, a former captain``). On the twenty corpus dossiers 7 links became
    sure, all read right (one read so before, as a weaker link), the five reports unchanged; with ``sacked``
    read as ``fired`` one more, and QA-Align pairs linked 57 -> 58 of 85 (62 -> 63, titles laid). A near copy
    with the roles swapped (``swapped_roles``) is not firm at all."""
    return written_shared(match.unit_a, match.unit_b) & names


def same_roles(a: Unit, b: Unit, named: frozenset[str]) -> bool:
    """Does a verb of both passages, told the same way in each (``_roles``), have the same name acting and
    another acted on (``Ivo Marsh will succeed Dana Whitlock`` / ``the actor is to succeed Dana Whitlock``, the
    subject standing for ``Ivo Marsh``)? Who did what to whom is told alike. On the twenty corpus
    dossiers seven pairs became confident, none read wrong; QA-Align pairs linked 60 -> 61 of 85. Asking the
    verb be told alike (``refused to dismiss`` is not ``dismissed``) made links read right weaker again, framed
    otherwise (``would return to host`` / ``picked to host``, ``has agreed to acquire`` / a headline's ``to
    acquire``): on the twenty dossiers 468 -> 463 read right of 503 -> 499 shown, none read wrong lost;
    QA-Align 58 -> 57 of 85 (64 -> 63, titles laid)."""
    return any(
        told_a == told_b and acting_a & acting_b and (acted_a & acted_b) - acting_a - acting_b
        for (told_a, acting_a, acted_a), (told_b, acting_b, acted_b) in _both_told(a, b, named)
    )


def swapped_roles(a: Unit, b: Unit, named: frozenset[str]) -> bool:
    """Does a verb of both have who acts in one passage acted on in the other, and the other way round
    (``Ivo Marsh shot Tomas Reyes`` / ``Ivo Marsh was shot by Tomas Reyes``)? Nearly the same words, the
    opposite statement."""
    return any(
        UNSAID not in told_a + told_b and (acting_a & acted_b) - acting_b and (acting_b & acted_a) - acting_a
        for (told_a, acting_a, acted_a), (told_b, acting_b, acted_b) in _both_told(a, b, named)
    )


def _both_told(a: Unit, b: Unit, named: frozenset[str]) -> Iterator[tuple[Roles, Roles]]:
    """The roles (``_roles``) of each verb both passages tell, in each; read once a passage and kept
    (``units.kept``): a pair asks them for ``same_roles`` and again for ``swapped_roles``."""
    for verb in a.actions & b.actions - named:
        if (mine := kept(a, _roles, verb, named)) and (theirs := kept(b, _roles, verb, named)):
            yield mine, theirs


SETTLED = frozenset("set due".split())
"""``is set to`` and ``is due to`` tell what will be done, as ``will`` does; so do they with an adverb
between (``is officially set to``): on the twenty corpus dossiers one more pair sure, QA-Align 57 -> 58 of 85 (63 -> 64
titles laid), the links read unchanged in count (one read right took the passage)."""
WILL = frozenset("will shall".split())
MODALS = frozenset("may might could can would should must".split())
"""A verb after these is a possibility or a duty, not a deed (``may dismiss``)."""
UNSAID = "passive, no one said to act"


Roles = tuple[tuple[str, ...], frozenset[str], frozenset[str]]
"""How a verb is told, the names acting and the names acted on (``_roles``)."""


def _roles(unit: Unit, verb: str, named: frozenset[str]) -> Roles | None:
    """How the first word of ``verb`` is told (still to come, a possibility (``MODALS``), framed by another
    verb: ``refused to``, ``plans to``), the names acting and the names acted on (after ``by`` in the
    passive: ``was dismissed by Ada Pell``). A passive with no ``by`` keeps its sides, told as such
    (``UNSAID``). ``None`` when the verb is not asserted wherever told (``polarity.stands``)."""
    words = unit.words
    at = next((i for i, word in enumerate(words) if verb in word_terms(word)), None)
    if at is None or stands(unit).get(verb) != {ASSERTED}:
        return None
    start = helpers_from(words, at)
    helpers = words[start:at]
    told = tuple(sorted(MODALS.intersection(helpers) | ({"will"} if not WILL.isdisjoint(helpers) else set())))
    if "to" in helpers:
        framing = start + helpers.index("to") - 1
        ahead = words[framing] if framing >= 0 else ""
        settled = ahead in BE_FORMS or (ahead in SETTLED and not BE_FORMS.isdisjoint(words[helpers_from(words, framing) : framing]))
        told += ("will",) if settled else ("to", *sorted(word_terms(ahead)))
    auxiliaries = [word for word in helpers if word in AUXILIARIES]
    subject = words_terms(words[:at]) & named | unit.referred & named
    after = words[at + 1 :]
    if not (auxiliaries and auxiliaries[-1] in BE_FORMS and not words[at].endswith("ing")):
        return told, subject, words_terms(after) & named
    if "by" not in after:
        return (*told, UNSAID), subject, words_terms(after) & named
    return told, words_terms(after[after.index("by") + 1 :]) & named, subject


def _firm_terms(match: PairMatch, names: frozenset[str]) -> int:
    """The terms a paraphrase pair shares, names counting at most ``FIRM_NAMES`` of them and the
    participle a passage opens on not at all (``_occasion``)."""
    shared = (match.unit_a.terms & match.unit_b.terms) - _occasion(match.unit_a) - _occasion(match.unit_b)
    return len(shared) - max(0, len(shared & names) - FIRM_NAMES)


def _occasion(unit: Unit) -> frozenset[str]:
    """The terms of the participle a passage opens on (``Speaking at a rally, the mayor said ...``): the
    occasion of its statement, which another report may tell as its own (``the mayor spoke at a rally``).
    On the twenty corpus dossiers one link went (what a leader said some material proves beside what he
    showed in a speech), no other link changed; a bare overlap floor instead cost a right link of the
    bundled reports."""
    first = unit.words[0] if unit.words else ""
    return frozenset(word_terms(first)) if first.endswith("ing") and len(first) > 5 else frozenset()


ALIKE_OVERLAP = 0.65
"""Two paraphrases sharing this much of their weight say the same thing with or without a verb of both."""
DATE_TERMS = frozenset(stem(word) for word in MONTHS + WEEKDAYS if word not in ("march", "may"))
"""Terms of the days and months (not ``march`` or ``may``: common words too)."""


def told_alike(group: list[int], pairs: dict[tuple[int, int], PairMatch], names: frozenset[str]) -> bool:
    """Does a link tell of one happening? Some pair of it must (``_pair_told_alike``): verbatim or
    near copies do, and two paraphrasing passages do when a word of both is a verb of either (``was
    sentenced`` / ``the sentencing``, ``seizing`` / ``seized``), both give one figure or rank of the
    same thing or name the same day or month (``after six weeks of talks`` / ``six weeks of
    talks``, ``a truce signed in May`` / ``the truce last May``), or most of both is shared (``no
    sign of leaks`` / ``no sign of damage or leaks``). Two reports putting the story's
    names and nouns around other verbs (``the guards found the van`` / ``the van was towed``) say
    other things about them, and the link is weaker; so is a link of three or more none of whose
    pairs tells alike (on the six read development dossiers one, read partly right; on the other
    fourteen none). On the six read development dossiers this made 8 two-passage
    links weaker: 4 read wrong, 3 partly right and 1 right (two sentences without a verb); on the
    other fourteen corpus dossiers 16: 6 wrong, 5 partly right, 5 right (verbs of other words:
    ``obtained`` / ``was provided``, ``will wait 30 days`` / ``postponed``). Two paraphrases giving
    other figures of what they count (``figures_differ``) are weaker too: on the other fourteen
    corpus dossiers one link, read wrong (a tally of one raid beside a total so far)."""
    return any(_pair_told_alike(match, names) for key in combinations(sorted(group), 2) if (match := pairs.get(key)))


def _pair_told_alike(match: PairMatch, names: frozenset[str]) -> bool:
    """Do the two passages of a pair tell of one happening (``told_alike``)?"""
    a, b = match.unit_a, match.unit_b
    shared = a.terms & b.terms
    if match.kind != "paraphrase":
        return True
    told = happenings(a) - _before_names(a, names) | happenings(b) - _before_names(b, names)
    return not figures_differ(a, b) and (_alike(match, shared, names) or bool(shared & told)
                                          or _same_particular(a, b) or bool(shared & DATE_TERMS))


def _before_names(unit: Unit, names: frozenset[str]) -> frozenset[str]:
    """The terms of the passage's words in ``-ing`` right before a name and read as no verb of it (``the visiting
    Premier Dale Morrow``, ``the ruling Harbour Party``): they tell who, not what happened, and make no pair told
    alike (``_pair_told_alike``) with a report of the visit. On the twenty corpus dossiers a three-passage link
    read partly right became weaker (a guest urging his host beside the host repeating his criticism, each
    during the visit), no other link changed."""
    words = unit.words
    return frozenset(term for word, after in zip(words, words[1:]) if word.endswith("ing") and (following := word_terms(after))
                     and set(following) <= names for term in word_terms(word)) - unit.actions


ALIKE_NAMES = 2
"""... and the names they share are at most this many times the other words they share."""


def _alike(match: PairMatch, shared: frozenset[str], names: frozenset[str]) -> bool:
    """Is most of both passages shared (``ALIKE_OVERLAP``), and not mostly who is named (``ALIKE_NAMES``)?
    Two passages naming one person and his church alike (``Dale Morrow, head of the Lyle Harbour Church,
    spoke`` / ``Morrow is head of the Lyle Harbour Church``) share who he is, not what happened. On the
    twenty corpus dossiers one link read partly right (wrong, read blind) went, no other changed; without
    this path at all, six links read right went (``no reports of injuries or damage``)."""
    return match.score >= ALIKE_OVERLAP and len(shared & names) <= ALIKE_NAMES * len(shared - names)


LIGHT_REACH = 2
"""A light verb says what happened through the noun it takes, within this many words (``hold bilateral
talks``, ``held a vote``): the noun is a happening (``meet for bilateral talks``). On the twenty corpus
dossiers one link read right is confident again, and no other link changed."""


STATES = frozenset(stem(word) for word in "known based located best well".split())
"""Words read as verbs after ``is`` (``is best known for``, ``is based in``) that tell what someone or
something is, not what happened: two passages describing a person alike (``best known for his role
as``) may say other things about them. On the six read development dossiers two links read partly
right became weaker; on the other fourteen no link shown changed."""


def happenings(unit: Unit) -> frozenset[str]:
    """The terms of a passage's verbs, its words in ``-ing`` included (``apprehending``, ``six weeks of
    fighting``): what it says happened. A lemmatiser telling ``morning`` from ``fighting`` (simplemma)
    changed no link on the development dossiers or the five reports."""
    return kept(unit, _happenings)


def _happenings(unit: Unit) -> frozenset[str]:
    words = unit.words
    taken = {term for i, word in enumerate(words) if word in LIGHT_VERBS
             for after in words[i + 1 : i + 1 + LIGHT_REACH] for term in word_terms(after)}
    ongoing = {term for word in words if word.endswith("ing") and len(word) > 5 for term in word_terms(word)}
    return (unit.actions | taken | ongoing) - STATES


def _same_particular(a: Unit, b: Unit) -> bool:
    """Do both passages give one figure or rank of the same thing (``six weeks`` / ``6 weeks``,
    ``the third summit`` / ``their 3rd summit``): a particular and a word beside it alike? A figure
    after ``the`` (``the two nations``) refers to whom the story already knows: it states nothing."""
    referred = _referred(a.words) | _referred(b.words)
    return any(mine[:2] == theirs[:2] and mine[2] & theirs[2] and mine[:2] not in referred
               for mine in a.particulars for theirs in b.particulars)


def _referred(words: tuple[str, ...]) -> set[Particular]:
    """The figures a passage gives only after ``the``, ``these`` or ``those`` (``the two nations``)."""
    after = defaultdict(set)
    for before, word in zip(("",) + words, words):
        for particular in particulars_of(word):
            after[particular].add(before in REFERRING)
    return {particular for particular, referring in after.items() if referring == {True} and particular[0] == "figure"}
