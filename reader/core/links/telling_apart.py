"""Passages sharing words that tell of other things: other figures or days, other stages of a story,
other quotations, other firsts, a decision weighed beside one taken, one background phrase. A pair
told apart is never confident.
"""

from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache

from reader.core.links.addresses import other_addresses
from reader.core.links.confidence import happenings
from reader.core.links.frames import framed
from reader.core.links.grammar import adverb, verb_form
from reader.core.links.other_claims import other_claims, shared_happenings
from reader.core.links.terms import EVERYDAY_RARITY, STAGE_OF, particulars_of, rarity, word_terms, words_terms
from reader.core.links.units import ECHO_WORDS, Unit, kept
from reader.core.vocabulary import ABOUT, ADVERBS_BETWEEN, BE_FORMS, NUMBER_SCALES, MONTH_NAMES, WEEKDAY_NAMES, ACCUSING, AUXILIARIES, DETERMINERS, FACTLESS_WORDS, FIRST_WORDS, NEGATIONS, OF_WHAT, OTHERS, PERFECT, QUESTIONS, RELATIVES, REPORTING_VERBS, TENTATIVE, THIRD_PERSON_OWNERS, lemmas


def at_odds(a: Unit, b: Unit) -> bool:
    """Do two passages tell of other happenings? Of some kind, both name particulars about what they
    share (a figure before a shared word, a weekday after one) and none in common. A figure about
    something only one of them says (``40 million crowns`` beside ``2 million cubic metres``) is left
    out: a sentence may carry two facts. Other web or e-mail addresses (``other_addresses``) are at odds too."""
    if other_addresses(a.addresses, b.addresses):
        return True
    if not (a.particulars and b.particulars):
        return False
    shared = a.terms & b.terms
    mine = {(kind, value) for kind, value, context in a.particulars if context & shared}
    theirs = {(kind, value) for kind, value, context in b.particulars if context & shared} if mine else set()
    return any(
        not {v for k, v in mine if k == kind} & {v for k, v in theirs if k == kind}
        for kind in {k for k, _ in mine} & {k for k, _ in theirs}
    )




def _other_measures(a: Unit, b: Unit) -> bool:
    """Do both passages give as many figures of one thing they share (a term right after each figure:
    ``miles``) and not the same ones (``9 miles west of Kestrelton, 30 miles down`` / ``9 miles west of
    Kestrelton, 3 miles down``)? One gives another value of a measure: not one statement,
    though every other word is alike. ``at_odds`` lets a paraphrase go when some figure is alike; a passage
    giving more figures of the thing than the other may add a fact. On the twenty corpus dossiers a five-report
    link read partly right lost its odd member (one depth ten times another), no other link changed; reading
    the terms of three words after each figure (``anchor_particulars``) cost four links read right (an area in
    other units, ``4 1/2 hours`` / ``4.5 hours``, a count of staff beside one of offices)."""
    mine, theirs = kept(a, _measures), kept(b, _measures)
    shared = a.terms & b.terms
    return any(term in shared and term in theirs and len(values) == len(theirs[term]) and values != theirs[term]
               for term, values in mine.items())


def _measures(unit: Unit) -> dict[str, list[str]]:
    """For each term in the word right after a bare figure of the passage, past its scale (``12 miles``, ``40 million
    crowns``; not ``15,800-square-metre``, whose unit may differ, nor a figure beside another: ``4 1/2 hours``), those
    figures, sorted; read once per passage (``units.kept``), not for every passage it may match."""
    words = unit.words
    found: dict[str, list[str]] = {}
    for i, word in enumerate(words[:-1]):
        figure = _bare_figure(word)
        after = i + 1 + (words[i + 1] in NUMBER_SCALES)
        if (figure and figure[0] == "figure" and after < len(words) and not _bare_figure(words[after])
                and not (i and _bare_figure(words[i - 1]))):
            for term in word_terms(words[after]):
                found.setdefault(term, []).append(figure[1] + words[i + 1] * (after > i + 1))
    return {term: sorted(values) for term, values in found.items()}


def other_stages(a: Unit, b: Unit) -> bool:
    """Do the passages' verbs tell of different stages of a story and none in common (``was arrested``
    and ``shot three people``, ``was convicted`` and ``was sentenced``)? They report other happenings.
    On the six read development dossiers the ledes of a shooting and of the arrest, and of a
    sentencing, a conviction and an extradition, were one link each; they now split by stage. So does a
    court stage beside the deed its case is about (``_case_beside_deed``)."""
    mine = kept(a, _stages)
    theirs = kept(b, _stages) if mine else ()
    return bool(theirs) and not _main_stages(a, mine) & _main_stages(b, theirs) or _case_beside_deed(a, b) or _case_beside_deed(b, a)


def _case_beside_deed(a: Unit, b: Unit) -> bool:
    """Does ``a`` tell only a stage of a case in court (``COURT_STAGES``: ``was arraigned``) about a deed that ``b``
    tells, in a word of any form, with no court stage of its own (``accused of wounding two and killing one`` /
    ``opened fire, wounding two and killing one``)? ``b`` tells the deed, ``a`` a later step. On the twenty corpus
    dossiers a link read partly right (an arraignment beside two reports of the shooting, whose ``-ing`` words tell
    no stage) became one read right, no other link changed."""
    mine = kept(a, _stages)
    if not mine or not _main_stages(a, mine) <= COURT_STAGES or kept(b, _stages) & COURT_STAGES:
        return False
    deeds = {t for i in kept(a, _stages_behind) for t in word_terms(a.words[i]) if STAGE_OF.get(t) == "attack"}
    return bool(deeds & happenings(b))


VERDICT_REACH = 6
"""``found`` this many words before ``guilty`` gives a verdict (``found him guilty``, ``found Dale Morrow not guilty``,
``found union leader Dale Morrow guilty``: four words missed a name after its title, and on the development
dossiers a verdict so told joined a link of an arraignment once the linker read more verbs alike)."""


def _main_stages(unit: Unit, stages: set[str]) -> set[str]:
    """The stages of ``stages`` told by the passage's own verbs, not by a participle after them that tells
    what came before (``was sentenced to life, convicted of assault``: ``Unit.participles``) nor by a verb telling
    a stage behind its own (``_stages_behind``); all of them when only such verbs tell any. A verdict told
    without a verb of its own (``found guilty``) is the passage's own."""
    words = unit.words
    verbs = _verbs(unit)
    side = unit.participles | kept(unit, _stages_behind)
    told = {i: {STAGE_OF[t] for t in word_terms(words[i]) if t in unit.actions and t in STAGE_OF} for i in verbs}
    main = stages - {stage for i in side for stage in told.get(i, ())} | {stage for i in verbs if i not in side for stage in told[i]}
    return main or stages


COURT_STAGES = frozenset("charge arraign plead convict acquit sentence".split())
"""Stages of a case in court: what follows them (``accused of shooting``, ``charged in the killing``) is what
the case is about, not the passage's own happening."""
CHARGED_WITH = frozenset("of with in on for over".split())
CHARGED_REACH = 3
"""How far after a court stage's verb the word opening what it is about may stand (``arraigned Monday on``)."""


def _stages_behind(unit: Unit) -> frozenset[int]:
    """Where the passage's verbs tell a stage behind its own: what a case is about (``accused of wounding two and
    killing one``: from the word after a court stage, ``COURT_STAGES``, to the next verb not in ``-ing``), the verb
    of a relative clause describing a noun (``a crash that killed a cyclist``), and whatever follows ``after``,
    ``since`` or ``before`` past the passage's first word (``charged after officers said he hit and killed``).
    On the twenty corpus dossiers (bench/link_sample.py --all) the arraignment of a man accused of a shooting
    left the link of the shooting's headlines (read P, then S); in a hit-and-run dossier the charge, the arrest
    (``in custody``: ``_stages``) and the death no longer share links: by the bench's labels two links read P
    and five read S went and four read S came, and of those five a blind reading had read four P or W."""
    words = unit.words
    verbs = _verbs(unit)
    if not verbs:
        return frozenset()
    stage_at = {i for i in verbs if any(STAGE_OF.get(t) in COURT_STAGES for t in word_terms(words[i]) if t in unit.actions)}
    found: set[int] = set()
    for i, word in enumerate(words[:-1]):
        if word in BACKGROUND_OPENERS and i:
            found.update(range(i + 1, len(words)))
            break
        if word in RELATIVES and i and words[i - 1] not in FACTLESS_WORDS:
            at = i + 1
            while at < len(words) and (words[at] in AUXILIARIES or words[at] in ADVERBS_BETWEEN):
                at += 1
            if at in verbs:
                found.add(at)
        elif word in CHARGED_WITH and stage_at.intersection(range(i - CHARGED_REACH, i)):
            at = i + 1
            while at < len(words) and not (at in verbs and not words[at].endswith("ing")):
                found.add(at)
                at += 1
    return frozenset(found)


def _stages(unit: Unit) -> set[str]:
    """The stages of a story the passage's verbs tell of (``STAGE_OF``), a verdict among them
    (``found him guilty``, ``was found not guilty``, ``guilty of``: no verb of its own), and an arrest told as
    someone held ``in custody``. On six dossiers read blind, a verdict was linked to a charge and to a plea of
    not guilty about the same deaths."""
    found = {STAGE_OF[t] for t in unit.actions if t in STAGE_OF}
    words = unit.words
    found.update(("acquit" if words[i - 1] in NEGATIONS else "convict") for i, word in enumerate(words)
                 if word == "guilty" and ("found" in words[max(0, i - VERDICT_REACH) : i] or _verdict_of(words, i)))
    found.update("arrest" for i, word in enumerate(words[1:], 1) if word == "custody" and words[i - 1] == "in")
    return found


def _verdict_of(words: tuple[str, ...], i: int) -> bool:
    """Is the ``guilty`` at ``i`` a verdict told without ``found`` (``Dale Morrow guilty of arson``), not a plea
    (``pleaded guilty to``, ``will plead guilty of``)? Headlines tell a verdict so: read as the killing it is about,
    one dossier's link of a conviction split in two once what a case is about became a stage behind its own."""
    return i + 1 < len(words) and words[i + 1] == "of" and not any(STAGE_OF.get(t) == "plead" for w in words[:i] for t in word_terms(w))


QUOTED_SHARE = 0.5
"""A passage this share of whose words are quoted says what its quotations say: the rest is who spoke,
when and where."""


def _quotation_terms(unit: Unit) -> frozenset[str] | None:
    """The terms of a passage's quotations when they are most of it (``QUOTED_SHARE``), else ``None``."""
    if not unit.quotes or sum(map(len, unit.quotes)) < QUOTED_SHARE * len(unit.words):
        return None
    return frozenset(term for quote in unit.quotes for term in words_terms(quote))


def _other_quotations(a: Unit, b: Unit, weights: dict[str, float], names: frozenset[str]) -> bool:
    """Does a passage that is mostly a quotation meet the other beside it rather than in it? Two
    quotations sharing no run of ``ECHO_WORDS`` words are two things said, though one speaker, title and
    occasion frame both (``"…," Dale Morrow, head of the port authority, said in a statement``); and a
    passage unquoted sharing more of a quotation's frame than of the quotation tells of the occasion
    (``the two leaders met in the Oval Office``), not of what was said there. On six dossiers read blind,
    two quotations of one executive made a link, a third joined a near copy of another through his long
    title, and a meeting was linked to what was said at it. One quotation holding every word of the other is
    the same words in another order (``will never be`` / ``never will be``), no other saying. A quotation in the first person (``our
    customers``) and a passage that neither quotes nor reports a saying (``SPOKEN``) are someone speaking
    and the report telling: on the twenty dossiers two links read partly right (a product description
    and an executive's praise of it in like nouns) became two read right, no other link changed. So are a quotation
    and a passage crediting what it tells to someone the quotation does not name (``_source_unnamed``)."""
    mine, theirs = _quotation_terms(a), _quotation_terms(b)
    if mine is None and theirs is None:
        return False
    if mine is not None and theirs is not None:
        runs = {quote[i : i + ECHO_WORDS] for quote in a.quotes for i in range(len(quote) - ECHO_WORDS + 1)}
        if any(quote[i : i + ECHO_WORDS] in runs for quote in b.quotes for i in range(len(quote) - ECHO_WORDS + 1)):
            return False
        return not any(set(x) <= set(y) or set(y) <= set(x) for x in a.quotes for y in b.quotes)
    quotation, narration = (a, b) if mine is not None else (b, a)
    if _in_first_person(quotation.quotes) and not narration.quotes and SPOKEN.isdisjoint(narration.words):
        return True
    if _source_unnamed(narration, quotation, names):
        return True
    shared = a.terms & b.terms
    quoted = shared & (mine if mine is not None else theirs)
    return math.fsum(map(weights.__getitem__, quoted)) < math.fsum(map(weights.__getitem__, shared - quoted))


def _source_unnamed(narration: Unit, quotation: Unit, names: frozenset[str]) -> bool:
    """Does ``narration`` credit what it tells to someone it names right before a verb of saying (``Dale Morrow
    announced he will ...``), whom ``quotation`` names nowhere, in its words or in who it says spoke them? Two
    sources of one claim: the quoted words are another's (one leader's message beside the other's announcement).
    On the twenty corpus dossiers a link read partly right went (its right pair, one message quoted twice, is in
    another link), no other link shown changed; the bundled reports' links did not change."""
    source = kept(narration, _named_source, names)
    return len(source) >= SOURCE_NAMES and _attributed(quotation) and source.isdisjoint(words_terms(quotation.words))


SOURCE_NAMES = 2
"""The fewest name terms that tell who a source is (``Dale Morrow announced``): one may be a body the quoted
speaker heads (``the harbour Department announced`` beside its minister's words): on the five bundled reports a
department's announcement and its minister's quoted words, one statement, went apart."""


def _attributed(unit: Unit) -> bool:
    """Does the passage say who speaks its quotations, a verb of saying outside them (``..., the mayor said``)? A
    quotation whose speaker an earlier sentence gave is no one else's."""
    quoted = Counter(word for quote in unit.quotes for word in quote)
    return any(n > quoted[word] for word, n in Counter(unit.words).items() if word in REPORTING_VERBS)


SAID_WHEN = WEEKDAY_NAMES | frozenset("late early on yesterday today tonight".split())
"""Words telling when, between who spoke and the verb (``Dale Morrow late Thursday announced``)."""


def _named_source(unit: Unit, names: frozenset[str]) -> frozenset[str]:
    """The name terms of the words right before the passage's first verb of saying (``REPORTING_VERBS``), auxiliaries
    passed over (``Dale Morrow has announced``): who the passage says told it; empty when no name stands there."""
    words = unit.words
    at = next((i for i, word in enumerate(words) if word in REPORTING_VERBS), None)
    if not at:
        return frozenset()
    at -= 1
    while at >= 0 and (words[at] in AUXILIARIES or words[at] in ADVERBS_BETWEEN or words[at] in SAID_WHEN):
        at -= 1
    found: set[str] = set()
    while at >= 0 and (terms := set(word_terms(words[at]))) and terms <= names:
        found |= terms
        at -= 1
    return frozenset(found)


FIRST_PERSON = frozenset("i me my we our".split())
"""Words of one speaking for oneself (not ``us``: lower-cased, it is also the country)."""
SPOKEN = REPORTING_VERBS | FIRST_PERSON | frozenset("you your".split())
"""Words of a passage that tells or reports a saying (``said``, ``we``, ``you``), though it holds no quotation marks."""


def _in_first_person(quotes: tuple[tuple[str, ...], ...]) -> bool:
    return any(not FIRST_PERSON.isdisjoint(quote) for quote in quotes)


def told_apart(a: Unit, b: Unit, weights: dict[str, float], names: frozenset[str]) -> bool:
    """Do two passages sharing words tell of other happenings (``other_stages``), other figures of one measure
    (``_other_measures``), other sayings
    (``_other_quotations``), other firsts (``_other_firsts``), a rank beside the deed (``_ranked``), one as done and one as still weighed
    (``_other_modes``) or as denied, not shown or open (``other_frames``), other things of one background phrase (``_background_only``), what happened beside
    a reaction (``_told_beside``) or a view of it (``_judged``), an aside of one (``_aside_shared``), other months or days
    (``_other_months``, ``_other_days``), another person (``_another_named``, ``_someone_of``, ``_counted_named``),
    other claims about one happening (``other_claims``) or other web or e-mail addresses (``other_addresses``: a near
    copy with another address, ``home customers can sign up at`` one and ``business customers`` at another)?
    Their pair is never confident."""
    return (other_stages(a, b) or _other_measures(a, b) or _other_quotations(a, b, weights, names) or _other_firsts(a, b, weights) or _other_modes(a, b, names)
            or other_frames(a, b, names)
            or _background_only(a, b, names) or _other_subjects(a, b, names) or _background_of_one(a, b, names)
            or _told_beside(a, b, names) or _told_beside(b, a, names) or _judged(a, b, names) or _judged(b, a, names)
            or _other_months(a, b) or _other_days(a, b)
            or _another_named(a, b, names) or _another_named(b, a, names)
            or _one_and_many(a, b) or _one_and_many(b, a)
            or _someone_of(a, b, names) or _someone_of(b, a, names)
            or _ranked(a, b) or _ranked(b, a) or _counted_named(a, b, names) or _counted_named(b, a, names)
            or _group_and_member(a, b, names) or _group_and_member(b, a, names)
            or _aside_shared(a, b, weights, names) or _aside_shared(b, a, weights, names) or other_claims(a, b, names)
            or _side_only(a, b, weights, names) or _side_only(b, a, weights, names)
            or _pending_beside_value(a, b) or _pending_beside_value(b, a) or other_addresses(a.addresses, b.addresses))


SIDE_OWN = 0.5
"""The share of its weight the other passage must hold in terms the passage with the side clause lacks, to say
something of its own (``four crew members have admitted lying`` beside ``Morrow, who has admitted lying``)."""


def _side_only(a: Unit, b: Unit, weights: dict[str, float], names: frozenset[str]) -> bool:
    """Does ``a`` tell all it shares with ``b`` (names aside), a happening among it, only in a side clause (a
    relative clause, ``Unit.relatives``, or one ``Unit.sides`` marks: ``prices doubled when the river flooded
    the farms``), beside a verb of its own, while ``b`` says much that ``a`` does not (``SIDE_OWN``: when the
    flood came, what it buried)? Each makes its own point and meets the other only on what one tells by the way.
    When ``b`` says little more than ``a`` (its whole statement is in the clause), the pair stands. On the twenty
    corpus dossiers two links read wrong in blind readings went, no other link changed; ``before`` and ``after``
    as openers moved seven links read right."""
    side = a.relatives | a.sides
    said = a.terms & b.terms - names
    if not side or not shared_happenings(a, b, names):
        return False
    told = [i for i, word in enumerate(a.words) if said.intersection(word_terms(word))]
    if not side.issuperset(told):
        return False
    outside = words_terms(tuple(word for i, word in enumerate(a.words) if i not in side))
    if not outside & a.actions - names:
        return False
    own = b.terms - a.terms
    return math.fsum(map(weights.__getitem__, own)) >= SIDE_OWN * b.weight


PENDING = frozenset("pending awaiting awaited await awaits".split())
"""Words saying that what they tell is still to come (``results are pending``, ``awaiting the results``); ``not yet``
is a negation (``Unit.negated``), and ``yet`` alone often of something else (``the best harvest yet``)."""


def _pending_beside_value(a: Unit, b: Unit) -> bool:
    """Does ``a`` tell what it shares with ``b`` as still pending (``PENDING``), with no figure, while ``b`` gives a
    figure and nothing pending (``the audit is pending`` / ``the audit found a shortfall of 3.2 million``)? One tells
    the state before the other's: like a negation, not one statement."""
    if PENDING.isdisjoint(a.words) or not PENDING.isdisjoint(b.words):
        return False
    return any(kind == "figure" for kind, _, _ in b.particulars) and not any(kind == "figure" for kind, _, _ in a.particulars)


ONE_WORDS = frozenset("a an one".split())
COUNTED_REACH = 3
"""How far a figure or ``a`` may stand before what it counts (``two counts``, ``a first-degree felony count``)."""


def _counted(unit: Unit, many: bool) -> set[str]:
    """The terms of the nouns the passage counts as many (``two counts``: a figure above one, a plural within
    ``COUNTED_REACH`` words after it) or as one (``a felony count``: ``a`` or ``one``, a singular after it),
    the noun ending its phrase (a grammar word or the end after it: not ``pirate`` in ``a pirate attack``)
    and no other figure between (``a 25 percent tariff`` counts tariffs, not percents)."""
    words = unit.words
    found = set()
    for i, word in enumerate(words):
        figure = _bare_figure(word)
        if figure and figure[0] == "figure" and float(figure[1]) > 1 if many else word in ONE_WORDS:
            for j in range(i + 1, min(len(words), i + 1 + COUNTED_REACH)):
                after = words[j]
                if particulars_of(after) or any(ch.isdigit() for ch in after):
                    break
                ends = j + 1 == len(words) or words[j + 1] in FACTLESS_WORDS
                if ends and after.endswith("s") == many and after.isalpha():
                    found.update(term for term in word_terms(after))
    return found


def _one_and_many(a: Unit, b: Unit) -> bool:
    """Does ``a`` count as many what ``b`` counts as one, and ``b`` nowhere as many (``charged with two
    counts`` / ``a first-degree felony count``)? They tell of other charges, victims or things. On the
    twenty corpus dossiers one wrong link went, no other changed; a looser reading of what is counted
    (``a five-boat pirate attack`` / ``26 pirates``) cost five right links."""
    many = kept(a, _counted, True) & b.terms
    return bool(many) and bool(many & kept(b, _counted, False) - kept(b, _counted, True))


@lru_cache(maxsize=1 << 16)
def _bare_figure(word: str) -> tuple | None:
    """The figure or rank a word is and nothing more (``12``, ``twelve``, ``1.2``; not ``15,800squaremetre``:
    other units may give one size); remembered, as ``_counted`` asks it of every word of a pair's passages."""
    found = particulars_of(word)
    return found[0] if found and (word.isalpha() or not any(ch.isalpha() for ch in word)) else None


BACKGROUND_OPENERS = frozenset("after since before".split())
"""Words that, before a gerund (``after hearing a description``, ``since its founding``), open a clause telling
background: what came before the passage's own statement."""
TIME_SPANS = frozenset("minutes hours days weeks months moments".split())
"""Before ``before`` or ``after`` (``came just days before the summit``), they set the passage's statement in
time against another happening: what follows, to the end of the passage, is that happening's background."""


def _verbs(unit: Unit) -> tuple[int, ...]:
    """Where the passage's own verbs stand among its words (a word with a term of its ``actions``)."""
    return kept(unit, _verb_places)


def _verb_places(unit: Unit) -> tuple[int, ...]:
    return tuple(i for i, word in enumerate(unit.words) if unit.actions.intersection(word_terms(word)))


def _background_starts(unit: Unit) -> dict[int, bool]:
    """Where a background clause starts, and whether it is a time frame: a ``BACKGROUND_OPENERS`` word
    before an ``-ing`` word, one possessive between (``since its founding``), or after a ``TIME_SPANS`` word
    once the passage has told its own verb (``came days before a scheduled summit``; not ``hours before
    the deadline, he announced``). A ``that`` after the subject's noun and right before the passage's first
    verb opens a clause telling which ones (``the chairs that asked for the files said ...``): on the twenty
    dossiers one link read wrong went (a request beside its makers' later reaction), no other changed; with
    ``who`` and ``which`` too (most often after a comma: an aside) it cost two links read right."""
    words = unit.words
    if BACKGROUND_OPENERS.isdisjoint(words[:-1]) and "that" not in words[:-1]:  # most passages: no clause opens
        return {}
    verbs = _verbs(unit)
    starts = {}
    for i, word in enumerate(words[:-1]):
        if word in BACKGROUND_OPENERS:
            after = words[i + 2] if words[i + 1] in THIRD_PERSON_OWNERS and i + 2 < len(words) else words[i + 1]
            if after.endswith("ing") and len(after) > 5:
                starts[i] = False
            elif i and words[i - 1] in TIME_SPANS and word != "since" and verbs and verbs[0] < i:
                starts[i] = True
        elif word == "that" and i and verbs and verbs[0] == i + 1 and words[i - 1] not in FACTLESS_WORDS:
            starts[i] = False
    return starts


def _in_background(unit: Unit, told: frozenset[str], starts: dict[int, bool], relatives: frozenset[int] = frozenset()) -> tuple[bool, bool, bool]:
    """Does the passage tell ``told`` outside a background clause (its ``starts``: ``_background_starts``), in one, and has
    it a verb of its own outside, not one of ``told``? A background clause runs from its opener through its
    gerund to the next verb; a time frame up to a verb, not one read as an adjective after ``a`` or ``the``
    (``a scheduled summit``); the words of ``relatives``, whole."""
    verbs = happenings(unit)
    background = seen = told_main = told_background = own_main = frame = False
    for i, word in enumerate(unit.words):
        terms = word_terms(word)
        tells = not told.isdisjoint(terms)
        if i in relatives:  # a relative clause set off by a comma (``Unit.relatives``): background, whatever its verbs
            told_background = told_background or tells
            continue
        if i in starts:
            background, seen, frame = True, False, starts[i]
        elif frame:
            if not unit.actions.isdisjoint(terms) and unit.words[i - 1] not in DETERMINERS:
                background = frame = False
                own_main = own_main or not tells
        elif not verbs.isdisjoint(terms):
            if background and seen:
                background = False
            elif background:
                seen = True
            if not background:
                own_main = own_main or not tells
        if tells:
            told_background = told_background or background
            told_main = told_main or not background
    return told_main, told_background, own_main


def _background_of_one(a: Unit, b: Unit, names: frozenset[str]) -> bool:
    """Does one passage tell what both tell (their shared happenings) only in a background clause
    (``_in_background``: ``a neighbour phoned the police after hearing the van described``), beside
    a verb of its own, while the other, with no background clause, tells it as its statement (``the van
    was described as a white pickup``)? The first says something else. On the twenty corpus dossiers one
    wrong link went, no other changed; ``while`` (``hit while walking``) and ``before`` with any clause
    (``chased him before he pulled over``) cost right links. A verb of both counts though the dossier
    capitalises its term as a name (``founded`` / ``since its founding`` beside ``Founder and CEO``): a wrong
    link of a founding and a career since it went, no other changed. A time frame (``came days before a
    scheduled summit``) is background too: on the twenty dossiers it took the clause of one wrong link out
    (its whole sentence went on linking, see ``judging._within``), no other link changed; run to the
    passage's end it cost six right links (``, which came hours before a deadline, means ...``)."""
    a_starts, b_starts = kept(a, _background_starts), kept(b, _background_starts)
    if not (a_starts or a.relatives or b_starts or b.relatives):
        return False  # neither tells anything in a background clause
    told = shared_happenings(a, b, names)
    if not told:
        return False
    return _told_main(a, b, told, a_starts, b_starts, names) or _told_main(b, a, told, b_starts, a_starts, names)


def _told_main(a: Unit, b: Unit, told: frozenset[str], a_starts: dict[int, bool], b_starts: dict[int, bool], names: frozenset[str]) -> bool:
    """Does ``a``, with no background clause, tell ``told`` as its statement, and ``b`` only in a background clause
    beside a verb of its own, or only in a relative clause set off by a comma (``Unit.relatives``: ``will replace
    Dale Morrow, who resigned in May`` / ``Morrow resigned in May``) when it says something else of whom that
    describes (``_relative_aside``)? On the twenty corpus dossiers relative clauses took away two links read wrong
    in a blind reading (a predecessor's departure beside his successor named; earlier exemptions beside new
    agreements) and two read right by the bench's labels, of the same kind as the first (a coach hired, who
    lasted 52 games, beside the 52 games; a visitor, who met the host, accusing a third party beside the
    meeting), and a six-report link split in two (a dismissed man whom his firm's pages still named went with
    the one report telling both); without ``_relative_aside`` nine more links read right changed."""
    if a_starts or not _in_background(a, told, a_starts)[0]:
        return False
    main, background, own = _in_background(b, told, b_starts)
    if not main and background and own:
        return True
    if not b.relatives:
        return False
    main, background, own = _in_background(b, told, b_starts, b.relatives)
    return not main and background and own and _relative_aside(b, a, names)


def _relative_aside(unit: Unit, other: Unit, names: frozenset[str]) -> bool:
    """Does a passage with a relative clause (``Unit.relatives``) say something else of whom it describes:
    outside it, a verb that is no name, and nothing shared with ``other`` but names, figures and the subject the
    clause describes, right before it (``will replace Dale Morrow, who resigned in May``, ``the sale, expected to
    close in May, gives``; not ``forced the two girls, aged 12 and 15, who ...``: it tells of them too; nor
    ``obtained the questions, which range from``: one link read right), no clause copied (``COPIED_RUN``)? True
    for a passage with none."""
    if not unit.relatives:
        return True
    outside = words_terms(tuple(word for i, word in enumerate(unit.words) if i not in unit.relatives))
    outside -= words_terms(tuple(unit.words[i - 1] for i in unit.relatives if i and i - 1 not in unit.relatives
                                 and unit.actions.isdisjoint(words_terms(unit.words[:i]))))
    runs = {other.words[i : i + COPIED_RUN] for i in range(len(other.words) - COPIED_RUN + 1)}
    copied = any(unit.words[i : i + COPIED_RUN] in runs for i in range(len(unit.words) - COPIED_RUN + 1))
    return not copied and bool(outside & unit.actions - names) and all(t in names or t[:1].isdigit() for t in outside & other.terms)


COPIED_RUN = 6
"""Two passages sharing this many words in a row print one clause again: the link shows the statement both make
(``Dale Morrow, who is accused of stealing a ferry`` / ``Dale Morrow is accused of stealing a ferry``; QA-Align
aligns such a pair on the corpus dossiers)."""


BESIDE_WORDS = frozenset(("as",))
"""After a passage's own verb, it opens a clause of another happening beside it (``fans cheered as the coach
was named``)."""
BESIDE_REACH = 4
"""How far after ``as`` the verb of its clause may stand (``as the old coach's successor was named``; not
``named as the new coach``)."""


SAME_SCENE = frozenset("he she it they we i you his her its their well such so just same soon long".split())
"""After ``as``, a pronoun goes on with whom the passage is about (``struck her as she walked``: the same
scene); before it, these make a comparison (``as well as``, ``such as``, ``as soon as``)."""


def _beside_at(unit: Unit, names: frozenset[str]) -> int | None:
    """Where a clause of ``BESIDE_WORDS`` starts: after the passage's first verb, not right after a verb
    (``named as the new coach``; a name read as one is none) or a word of ``SAME_SCENE``, nor before one,
    a verb or an auxiliary within ``BESIDE_REACH`` words; or of ``when`` before a participle, its verb
    (``_reduced_when``)."""
    words = unit.words
    verbs = _verbs(unit)
    clause = {i for i, word in enumerate(words) if word in AUXILIARIES or (word.endswith("ed") and word.isalpha())} | set(verbs)
    return next((i for i, word in enumerate(words[:-1]) if (word in BESIDE_WORDS or _reduced_when(words, i)) and verbs and verbs[0] < i - 1
                 and (i - 1 not in verbs or names.issuperset(word_terms(words[i - 1])))
                 and words[i - 1] not in SAME_SCENE and words[i + 1] not in SAME_SCENE
                 and (word not in BESIDE_WORDS or any(i + 1 < v <= i + BESIDE_REACH for v in clause))), None)


def _reduced_when(words: tuple[str, ...], i: int) -> bool:
    """Is ``words[i]`` ``when`` right before a participle (``when named as her successor``: a clause of another
    happening with no subject of its own)?"""
    return words[i] == "when" and verb_form(words[i + 1])


def _told_beside(a: Unit, b: Unit, names: frozenset[str]) -> bool:
    """Does ``a`` tell what both share only in a clause beside its own statement (``fans cheered as the coach
    was named`` / ``the club named a new coach``), its words before sharing nothing with ``b`` but names, while
    ``b`` tells it outside such a clause? ``a`` says what happened around it: a reaction, another deed. On
    the twenty corpus dossiers two links read wrong went (fans' reaction beside a casting, an exchange of
    taunts beside missile tests), no other link changed; ``when`` too, or a relative clause (``the chairs who
    asked for the files said``), cost 8 to 15 links read right (``was escorting the convoy when ...``). ``when``
    right before a participle (``_reduced_when``) took a self-description out of the link of a casting (read P,
    then S), and a weak copy of a show's title beside the same casting (read S) went, no other link changed. An
    everyday word shared before the clause (``EVERYDAY_RARITY``: ``fans took to the forums as his replacement was
    unveiled`` / ``will take over from him``) says nothing alike: on the twenty dossiers a fans' headline left a link
    of a casting (read P; the others formed again, read S), a link of that dossier (read P) formed again as two read S
    (the grouping's order moved), no other link changed."""
    at = kept(a, _beside_at, names)
    if at is None:
        return False
    said = a.terms & b.terms - names
    if not said or any(rarity(t) > EVERYDAY_RARITY for t in said & words_terms(a.words[:at])):
        return False
    theirs = kept(b, _beside_at, names)
    return theirs is None or bool(said & words_terms(b.words[:theirs]))


NOUN_CLAUSE = frozenset("that to".split())
"""After a noun of the subject (``the pledge to stop the tests``, ``his announcement that ...``), they open a
clause telling what the noun is of."""
LINKING = frozenset("is was are were sounds sounded seems seemed looks looked appears appeared remains".split())
"""A verb that makes the passage's statement a view of its subject (``... is a huge win``, ``sounds like a victory``)."""
STATED = (AUXILIARIES | LINKING | REPORTING_VERBS) - NOUN_CLAUSE
"""Before the noun, they show it is no subject but what the passage states (``will be the favourite to win``, ``noted in a
statement that``), with any word English has only as an inflected verb (``grammar.verb_form``: ``had``, ``said``)."""
OWNER_REACH = 3
"""How far before that noun a determiner or a possessive stands (``Kim's surprise announcement``)."""


def _subject_clause(unit: Unit) -> tuple[int, int] | None:
    """Where the clause after the subject's noun opens and where the ``LINKING`` verb after it stands: a
    ``NOUN_CLAUSE`` word before the passage's first verb and any word of ``STATED``, after a noun with its owner
    (``_owned_noun``); ``to`` before a determiner is a preposition (``the call to a hotline``). With no linking
    verb after the clause (the passage's end instead), nine passages of the twenty corpus dossiers read so, most
    of them a noun with a clause inside the statement whose verb the passage does not know (``in a move that
    will expand ... the firm will acquire``): thirteen links read right changed."""
    words = unit.words
    verbs = _verbs(unit)
    for i, word in enumerate(words[:-1]):
        if (verbs and verbs[0] < i) or word in STATED or verb_form(word):
            return None
        if (word in NOUN_CLAUSE and i > 1 and (word == "that" or words[i + 1] not in DETERMINERS) and _owned_noun(words, i - 1)):
            linking = next((j for j in range(i + 2, len(words)) if words[j] in LINKING), None)
            return None if linking is None else (i, linking)
    return None


def _owned_noun(words: tuple[str, ...], i: int) -> bool:
    """Is ``words[i]`` a noun after a determiner or a possessive (``Kim's surprise announcement``)? One English
    has as a verb too only right after it (``his pledge``; not ``the memos underscore``)."""
    kinds = lemmas(words[i])
    owners = words[max(0, i - OWNER_REACH) : i] if "VERB" not in kinds else words[i - 1 : i]
    return "NOUN" in kinds and any(w in DETERMINERS or w.endswith("'s") for w in owners)


def _judged(a: Unit, b: Unit, names: frozenset[str]) -> bool:
    """Does ``a`` tell what both share only in its subject (``_subject_clause``: ``the pledge to stop the tests
    is a huge win``), its statement a view of it sharing nothing with ``b`` but names, while ``b`` tells it
    as its statement (``the country pledged to stop the tests``)? ``a`` judges the happening: an opinion. On the
    twenty corpus dossiers an opinion of an announcement (``... sounds like a victory``) left three links (read P
    in a blind reading of seed 58; two of them re-formed and read right), one pair of the others read right
    with it went unlinked, and no other link changed."""
    clause = kept(a, _subject_clause)
    if clause is None or kept(b, _subject_clause) is not None:
        return False
    at, linking = clause
    said = a.terms & b.terms - names
    return bool(said) and bool(said & words_terms(a.words[at:linking])) and not said & words_terms(a.words[linking:])


MONTH_BEFORE = frozenset("in of early late mid since until by".split())
"""Before ``may`` or ``march`` (``in May``, ``early March``), they make the word a month, not a verb."""


def _months(unit: Unit) -> frozenset[str]:
    """The months a passage names: ``may`` and ``march`` only after ``MONTH_BEFORE`` or before a figure."""
    words = unit.words
    return frozenset(
        word for i, word in enumerate(words) if word in MONTH_NAMES
        and (word not in ("may", "march") or (i and words[i - 1] in MONTH_BEFORE) or (i + 1 < len(words) and words[i + 1][:1].isdigit()))
    )


def _other_months(a: Unit, b: Unit) -> bool:
    """Do both passages name months, none the same (``available in June`` / ``available later in May``)?
    They tell of other times. On the twenty corpus dossiers one link read wrong went (a release expected in
    one month beside another), no other changed."""
    mine = kept(a, _months)
    theirs = kept(b, _months) if mine else frozenset()
    return bool(theirs) and not mine & theirs


OTHER_WEEK = frozenset("last next since until".split())
"""Before a weekday, they set it off from the passage's own day (``quiet since the hearing opened last Monday``)."""


SAID_REACH = 3
"""A reporting verb this many words around a weekday makes it the day something was said (``announced on Monday``,
``on Monday said``), not the day of the happening."""


def _days(unit: Unit) -> frozenset[str]:
    """The weekdays a passage names as its own: not after a word of ``OTHER_WEEK``, nor the day of a saying."""
    words = unit.words
    return frozenset(word for i, word in enumerate(words) if word in WEEKDAY_NAMES and not (i and words[i - 1] in OTHER_WEEK)
                     and REPORTING_VERBS.isdisjoint(words[max(0, i - SAID_REACH) : i + SAID_REACH + 1]))


def _other_days(a: Unit, b: Unit) -> bool:
    """Do both passages name weekdays of their own (``_days``), none the same, and tell no happening alike
    (``spoke to the jury on Friday`` / ``was convicted on Thursday``)? They tell of other days. One happening
    told with a day slipped (``foiled on Friday`` / ``foiled on Thursday``) stays: news slips a day often."""
    mine = _days(a)
    theirs = _days(b) if mine else frozenset()
    return bool(theirs) and not mine & theirs and not a.terms & b.terms & (happenings(a) | happenings(b))


def of_others(unit: Unit) -> bool:
    """Does the passage say ``other`` before its first verb, in who it is about (``eleven other guards
    were charged``, not ``they found other equipment``)?"""
    return _before_verb(unit, OTHERS)


ANOTHER = frozenset(("another",))


def _before_verb(unit: Unit, words: frozenset[str]) -> bool:
    """Is one of ``words`` in the passage before its first verb (or that verb itself)?"""
    verbs = _verbs(unit)
    return not words.isdisjoint(unit.words[: verbs[0] + 1] if verbs else unit.words)


def _subject_names(unit: Unit, names: frozenset[str]) -> frozenset[str]:
    """The names a passage gives before its first verb: whom it is about."""
    verbs = _verbs(unit)
    return names & words_terms(unit.words[: verbs[0]] if verbs else unit.words)


def _another_named(a: Unit, b: Unit, names: frozenset[str]) -> bool:
    """Does ``a`` open on ``another`` (``another player, Lyle Brook, was arrested``) and ``b`` name whom it is
    about where ``a`` does not name them at all (``Dale Morrow was arrested``)? ``a`` tells the same of someone
    else. On the twenty corpus dossiers one link read wrong went (another player's arrest), no other changed;
    ``another`` alone had cost six right links naming the same man in both (``_other_subjects``)."""
    if not _before_verb(a, ANOTHER):
        return False
    theirs = _subject_names(b, names)
    return bool(theirs - a.terms)


ONE_PERSON = frozenset("he she his her".split())
"""A subject of one person, told before the verb (``where he was arraigned``)."""


def _other_subjects(a: Unit, b: Unit, names: frozenset[str]) -> bool:
    """Is one passage about others (``of_others``: ``the other men face charges``) and the other about
    one person (``ONE_PERSON``: ``he faces charges``; or a name alone that the first does not write:
    ``_named_alone``), with no ``other`` of its own? They tell the same
    of other people. Others named in the other passage (``the two other victims`` / ``Dale and Lyle
    were treated``) or counted (``four others`` / ``four more members``) may be the same people. On the
    twenty corpus dossiers one wrong link went (arraigned / the other men face charges), no other changed;
    ``another`` too (``another player was arrested``) cost six right links naming him in both. A name alone
    before the verb (``_named_alone``) changed no link shown on the twenty dossiers; on invented reports it
    keeps ``Dale Morrow is charged with`` from a confident link with ``the other men face charges of``."""
    return any(of_others(x) and OTHERS.isdisjoint(y.words) and (_before_verb(y, ONE_PERSON) or _named_alone(y, x, names))
               for x, y in ((a, b), (b, a)))


def _named_alone(unit: Unit, other: Unit, names: frozenset[str]) -> bool:
    """Does the passage name, before its first verb, one that ``other`` does not write, with no plural (``Dale Morrow
    is charged``; not ``four more Norvik guards``, who may be the others) and no ``and`` (``Dale and Lyle``)?"""
    verbs = _verbs(unit)
    if not verbs:
        return False
    subject = unit.words[: verbs[0]]
    named = words_terms(subject) & names
    return bool(named) and not named & other.terms and "and" not in subject and not any(map(_plural, subject))


BACKGROUND_SPAN = 9
"""The most words from the first to the last shared word of a background phrase (``the inquiry into the
collapse of the harbour bridge``)."""


def _background_only(a: Unit, b: Unit, names: frozenset[str]) -> bool:
    """Do two passages share only a phrase naming what the story is about (``the inquiry into the
    collapse of the harbour bridge``) and say other things of it? The words they share, names and
    figures aside, lie within ``BACKGROUND_SPAN`` words of each, opening on a noun and ``OF_WHAT``;
    no verb is a verb of both, and each has a verb outside the phrase (``to oversee the inquiry
    into ...`` and ``has asked for records as part of her inquiry into ...``). On the nineteen read
    dossiers a wrong link (an appointment to an investigation beside questions asked in it) went, and
    a seven-passage link read partly right split into one right and two partly right; no other shown
    link changed. Asking only for a compact shared phrase and other verbs cost 18 right links."""
    if a.actions & b.actions:
        return False
    told = frozenset(t for t in a.terms & b.terms - names if not t[:1].isdigit())
    for unit in (a, b):
        at = [i for i, word in enumerate(unit.words) if told.intersection(term for term in word_terms(word))]
        if not at or at[-1] - at[0] >= BACKGROUND_SPAN or at[0] + 1 >= len(unit.words) or unit.words[at[0] + 1] not in OF_WHAT:
            return False
        phrase = words_terms(unit.words[at[0] : at[-1] + 1])
        if not unit.actions - phrase:
            return False
    return True


QUESTION_REACH = 5
"""``questions`` followed within this many words by a word of ``ABOUT`` (``most of the questions seen
by the magazine center on``) asks about what follows: it does not tell it."""


def _tentative(unit: Unit, told: frozenset[str]) -> bool:
    """Does a verb of ``TENTATIVE``, a standing accusation (``has accused``) or a question about it
    (``QUESTIONS``) come before the first word of the passage telling what both tell (``told``), in the same
    clause?"""
    words = unit.words
    if TENTATIVE.isdisjoint(words) and ACCUSING.isdisjoint(words) and QUESTIONS.isdisjoint(words):
        return False  # most passages: nothing that weighs or asks
    weighed = False
    for i, word in enumerate(words):
        if any(term in told for term in word_terms(word)):
            return weighed
        asked = word in QUESTIONS and not ABOUT.isdisjoint(words[i + 1 : i + 1 + QUESTION_REACH])
        accusing = word in ACCUSING and not PERFECT.isdisjoint(words[max(0, i - 2) : i])
        weighed = word in TENTATIVE or accusing or asked or (weighed and word not in RELATIVES)
    return weighed  # what both tell is in a word joined by a hyphen (``drunk-driving charges``)


def _other_modes(a: Unit, b: Unit, names: frozenset[str]) -> bool:
    """Does one passage tell as a decision still weighed or as asked about (``_tentative``) what the
    other tells as done? ``was considering whether to exempt them`` is not ``has exempted them``, nor
    are ``the questions surround her decision to step aside`` and ``she stepped aside``. What
    both tell is their shared happenings (verbs of either), else the words they share, names left out
    either way. On the nineteen read dossiers a wrong and a partly right link went, a prosecutor
    weighing charges left a link of the arrest (two links read right joined it), and a recusal told
    as done left the link of two reports telling what questions were asked about it (partly right,
    then right). Wider sets of words (``may``, ``could``, ``plans to``, ``expects``, ``wants to``,
    any ``question``) cost 19 links read right for 3 wrong or partly right: reports tell a plan or an
    expectation as news in its own right. ``promised to`` (not yet done) took a passage out of a link
    of what was done, read partly right, with no other link changed on the twenty dossiers. So does an
    accusation told as one side's standing claim (``rivals have accused him of dumping nets``: ``ACCUSING`` after
    ``has``, ``have``, ``had``): on the twenty dossiers two links read partly right (critics' earlier charge
    beside the president's) lost it and read right, no other changed. Any ``accused`` cost two links read right
    on the twenty dossiers (``he is accused of``: the charge a trial is about) and a right pair of the bundled
    reports (a minister accused the company of knowing / the company knew: what she said, told). A passive
    ``considered to`` (``the only one considered to lead the board``; active ``consider`` takes no ``to``) read as
    a choice made linked one more QA-Align pair on the twenty dossiers (59 to 60 of 85) but put a passage telling
    whom a choice weighed into links of the succession itself: a link labelled wrong and an eight-passage link
    read partly right. Who was weighed is not who was chosen."""
    told = _told_by_both(a, b, names)
    return _tentative(a, told) != _tentative(b, told)


def _told_by_both(a: Unit, b: Unit, names: frozenset[str]) -> frozenset[str]:
    """What both passages tell: their shared happenings (verbs of either), else the words they share; names left out."""
    shared = a.terms & b.terms
    return (shared - names) & (happenings(a) | happenings(b)) or shared - names


def other_frames(a: Unit, b: Unit, names: frozenset[str]) -> bool:
    """Does one passage tell what both tell (``_told_by_both``) after a ``that`` framed otherwise than the other
    (``frames.framed``: ``his lawyer denied that he wounded a guard``, ``hope to prove that``, ``if tests show
    that`` beside ``he wounded a guard``)? One asserts what the other says is denied, not shown or still open.
    The same frame on both sides (two denials, two hopes, a copy) tells them alike."""
    if "that" not in a.words and "that" not in b.words:
        return False  # most pairs: nothing framed
    told = _told_by_both(a, b, names)
    return framed(a, told, _verbs(a)) != framed(b, told, _verbs(b))


FIRST_REACH = 12
"""``to`` this many words after ``first`` says what the first did (``the first woman from the valley to ...``)."""
FIRST_WHAT = 8
"""The words after that ``to`` read for what was done first."""
FIRST_SHARE = 0.5


def _firsts(unit: Unit) -> frozenset[str]:
    """The terms of what a passage says someone was the first to do (``the first woman to be elected to
    the harbour board`` -> ``elect``, ``harbou``, ``board``): the words after a ``to`` that follows
    ``first``, not a ``to`` before a noun (``the first lady welcomed them to the palace``)."""
    words = unit.words
    found: set[str] = set()
    for i, word in enumerate(words):
        if word in FIRST_WORDS:
            to = next((j for j in range(i + 1, min(len(words), i + 1 + FIRST_REACH)) if words[j] == "to"), None)
            if to is not None and to + 1 < len(words) and words[to + 1] not in DETERMINERS:
                found.update(term for after in words[to + 1 : to + 1 + FIRST_WHAT] for term in word_terms(after))
    return frozenset(found)


BECOMING = frozenset("is was are were become becomes became".split())
RANK_REACH = 2
"""How far after ``is`` or ``became`` the rank stands (``is the eighth``)."""


def _rank_told(unit: Unit) -> int | None:
    """Where the ``to`` stands after which a passage tells what someone is the Nth to do, when that is its
    statement: a rank right after ``is`` or ``became`` (``is the eighth man to be charged``), a ``to`` within
    ``FIRST_REACH`` words after it."""
    words = unit.words
    for i, word in enumerate(words):
        if word in BECOMING:
            rank = next((j for j in range(i + 1, min(len(words), i + 1 + RANK_REACH)) if _bare_figure(words[j]) and _bare_figure(words[j])[0] == "rank"), None)
            if rank is not None:
                return next((j for j in range(rank + 1, min(len(words), rank + 1 + FIRST_REACH)) if words[j] == "to"), None)
    return None


def _ranked(a: Unit, b: Unit) -> bool:
    """Does ``a`` state a rank among others who did what both tell (``Dale is the eighth crew member to be
    charged``), told only after its ``to``, while ``b`` names no rank (``Dale was charged``)? ``a`` counts
    people or events; ``b`` tells one of them."""
    at = kept(a, _rank_told)
    if at is None or any(kind == "rank" for kind, _, _ in b.particulars):
        return False
    told = a.terms & b.terms & (happenings(a) | happenings(b))
    ends = next((j for j in range(at + 1, len(a.words)) if a.words[j] in JOINING), len(a.words))
    return bool(told & words_terms(a.words[at:ends])) and not told & words_terms(a.words[:at] + a.words[ends:])


JOINING = frozenset("and but while".split())
"""After the rank's ``to``, they join another statement (``was the first woman to head the board and received a prize``)."""


def _counted_named(a: Unit, b: Unit, names: frozenset[str]) -> bool:
    """Does ``a`` tell of people it counts, right before its first verb (``seven men were convicted``: a figure
    above one, then a plural), and ``b`` of one it names before its first verb that ``a`` does not name
    (``Dale Morrow convicted``; not ``Dale and Lyle were treated`` beside ``the two other victims``, nor ``four
    more crew members`` beside ``four others``: they may be the same people)? They tell the same of others."""
    if not any(kind == "figure" for kind, _, _ in a.particulars):
        return False
    mine, theirs = _verbs(a), _verbs(b)
    if not mine or not theirs or not _counted_subject(a.words, mine[0], names):
        return False
    subject = b.words[: theirs[0]]
    named = names & words_terms(subject)
    one = "and" not in subject and not any(_bare_figure(word) or _plural(word) for word in subject if not names.issuperset(word_terms(word)))
    return one and bool(named - a.terms)


GROUP_REACH = 8
"""How far before the verb telling what both share a counted group may stand (``four people in the mayor's circle
have admitted``, ``four crew members, including Dale Morrow, have admitted``)."""


PASSIVE_BEFORE = BE_FORMS | frozenset("get gets got".split())
"""Right before the happening's word, they make it a passive (``was shot``, ``got arrested``)."""
OBJECT_REACH = 3
"""How far after the group's verb a name is its object (``shot Dale Morrow``), not a member of the group."""


def _group_and_member(a: Unit, b: Unit, names: frozenset[str]) -> bool:
    """Does ``a`` tell what both share (a happening of both) of a group it counts (``four crew members, including Dale
    Morrow, have admitted lying``: a figure above one before a plural, after ``a``'s verb before it, if any), and
    ``b`` of one person it names (``Lyle Brook, a deckhand, admitted lying``; the subject of its verb, or of the
    relative clause telling it: ``... on Dale Morrow, who has admitted lying``), giving no such count? A group and
    one of its members are two statements, though the verb and what follows are alike, and though the group's
    passage names that member among them; ``_counted_named`` reads only the passages' first verbs. On the twenty
    corpus dossiers a link read partly right lost its one named member (its two counts stay linked) and a link read
    wrong went (a plea told in a relative clause beside a group's pleas), no link read right changed; read after any
    verb rather than at the start of its clause, the count took ``another 30 days to decide`` for a group and
    cost three links read right. Only when both put the happening in one role: ``b`` in the passive (``Dale Morrow
    was shot``) or a name right after ``a``'s verb (``two gunmen shot Dale Morrow``) tells of the one it was done to,
    not of a member."""
    told = a.terms & b.terms & happenings(a) & happenings(b)
    if not told or not any(kind == "figure" for kind, _, _ in a.particulars):
        return False
    mine, theirs = _told_at(a, told), _told_at(b, told)
    if mine is None or theirs is None:
        return False  # told in a word read apart (``drunk-driving``)
    if (theirs and b.words[theirs - 1] in PASSIVE_BEFORE) or names & words_terms(a.words[mine + 1 : mine + 1 + OBJECT_REACH]):
        return False  # the name is what the happening was done to, not one of the group
    count = _group_count(a.words, mine, _verbs(a), names)
    if count is None or any(kind == "figure" and value == count for kind, value, _ in b.particulars):
        return False
    subject = b.words[max((v + 1 for v in _verbs(b) if v < theirs), default=0) : theirs]
    if who := [i for i, word in enumerate(subject) if word in RELATIVES]:  # the one the relative clause tells of
        subject = subject[: who[-1]]
        subject = subject[max((i + 1 for i, w in enumerate(subject) if w in FACTLESS_WORDS and w not in DETERMINERS), default=0) :]
    plain = [word for word in subject if not names.issuperset(word_terms(word))]
    return bool(names & words_terms(subject)) and "and" not in subject and not any(_bare_figure(w) or _plural(w) for w in plain)


def _told_at(unit: Unit, told: frozenset[str]) -> int | None:
    return next((i for i, word in enumerate(unit.words) if told.intersection(word_terms(word))), None)


def _group_count(words: tuple[str, ...], at: int, verbs: tuple[int, ...], names: frozenset[str]) -> str | None:
    """The figure counting a group of people or things before ``at``, or ``None``: a figure above one opening the
    passage or after a relative word or a determiner (``noted that four ...``, ``the four ...``), a plural noun no
    name one or two words after it (``four people``, ``four crew members``, ``four other people``), within
    ``GROUP_REACH`` words and after any other verb before ``at``."""
    start = max([at - GROUP_REACH, *(v + 1 for v in verbs if v < at and words[v] not in AUXILIARIES)])
    for i in range(max(0, start), at):
        figure = _bare_figure(words[i])
        if figure and figure[0] == "figure" and float(figure[1]) > 1 and (not i or words[i - 1] in RELATIVES or words[i - 1] in DETERMINERS):
            for j in range(i + 1, min(i + 3, at)):
                if ((_plural(words[j]) or words[j] in PLURAL_ONLY) and not names.intersection(word_terms(words[j]))
                        and (FACTLESS_WORDS - OTHERS).isdisjoint(words[i + 1 : j])):
                    return figure[1]
    return None


PLURAL_ONLY = frozenset(("people",))
"""A plural the lemmatiser keeps as it is (``four people``)."""


def _plural(word: str) -> bool:
    return any(lemma != word for lemma in lemmas(word).get("NOUN", (word,)))


def _counted_subject(words: tuple[str, ...], verb: int, names: frozenset[str]) -> bool:
    """Do the words before ``verb`` (auxiliaries and adverbs passed over) end on a plural noun, no name, counted by
    a figure above one one or two words before it, no grammar word between (``seven men have been``, ``three more
    pilots were``; not ``Dale, 59, of Lyle Heights had``)?"""
    at = verb - 1
    while at >= 0 and (words[at] in AUXILIARIES or words[at] in ADVERBS_BETWEEN):
        at -= 1
    if at < 1 or not _plural(words[at]) or names.intersection(word_terms(words[at])):
        return False
    return any((figure := _bare_figure(words[i])) and figure[0] == "figure" and float(figure[1]) > 1
               and FACTLESS_WORDS.isdisjoint(words[i + 1 : at]) for i in range(max(0, at - 2), at))


def _aside_shared(a: Unit, b: Unit, weights: dict[str, float], names: frozenset[str]) -> bool:
    """Does ``a`` share with ``b`` mostly its trailing aside (``Unit.aside_at``: ``cleared the hall, some 12 miles
    south of Kestrelton`` / ``the hall lies some 12 miles south of Kestrelton``), while ``b``, no title, tells
    nothing happening (no verb but a copula)? The aside's words outweigh twice the rest they share, which holds one
    word at most besides names, the noun right before the aside (what it describes) left out: ``b`` says what ``a``
    only adds; ``a``'s statement is something else."""
    if not a.aside_at or b.actions or b.span.in_title:
        return False
    aside_words = a.words[a.aside_at:]
    if (a.actions.isdisjoint(words_terms(a.words[: a.aside_at])) or a.actions & words_terms(aside_words)
            or not REPORTING_VERBS.isdisjoint(aside_words) or any(verb_form(word) for word in aside_words)):
        return False  # no verb before the comma, or one after it: no aside
    shared = a.terms & b.terms
    aside = shared & words_terms(a.words[a.aside_at:])
    rest = shared - aside - words_terms(a.words[a.aside_at - 1 : a.aside_at])
    return len(rest - names) <= 1 and math.fsum(map(weights.__getitem__, aside)) > 2 * math.fsum(map(weights.__getitem__, rest))


def _other_firsts(a: Unit, b: Unit, weights: dict[str, float]) -> bool:
    """Do both passages say someone was the first to do something (``_firsts``), and other things, sharing
    under ``FIRST_SHARE`` of the lighter? ``the first woman to lead a county bar`` and ``the first woman
    to be named to the harbour board`` tell of two firsts, though who was first is alike. On the seven
    dossiers read blind last, a first of one board was linked to a first of another."""
    mine = kept(a, _firsts)
    theirs = kept(b, _firsts) if mine else frozenset()
    if not theirs:
        return False
    lighter = min(math.fsum(weights.get(t, 0.0) for t in mine), math.fsum(weights.get(t, 0.0) for t in theirs))
    return math.fsum(weights.get(t, 0.0) for t in mine & theirs) < FIRST_SHARE * lighter


def _subject_head(unit: Unit, told: frozenset[str]) -> int | None:
    """Where the last word of who does what both tell stands: the word before the passage's first verb or
    word telling it (``told``), auxiliaries and adverbs passed over (``Dale has | claimed``, ``Dale's lawyers | claim``)."""
    words = unit.words
    at = next((i for i, word in enumerate(words) if told.intersection(word_terms(word)) or word in REPORTING_VERBS
               or unit.actions.intersection(word_terms(word))), None)
    if at is None:
        return None
    at -= 1
    while at >= 0 and (words[at] in AUXILIARIES or words[at] in ADVERBS_BETWEEN or adverb(words[at])):
        at -= 1
    return at if at >= 0 else None


def _someone_of(a: Unit, b: Unit, names: frozenset[str]) -> bool:
    """Does ``a`` give as who does what both tell someone of the one ``b`` gives (``Dale's lawyers claim he
    was wronged`` / ``Dale has claimed he was wronged``)? A name then a word English has only as a noun,
    which ``b`` does not say and which tells no happening (``Dale's nomination was announced``), stands in
    ``a`` where the name alone stands in ``b``: another speaker, another doer. A word that may be a verb
    is none (``Dale returns to host``)."""
    told = frozenset(a.terms & b.terms - names)
    mine = _subject_head(a, told)
    if not mine:
        return False
    head, owner = a.words[mine], a.words[mine - 1]
    head_terms, owner_terms = frozenset(word_terms(head)), frozenset(word_terms(owner))
    if not (owner_terms and owner_terms <= names and head_terms and not head_terms & (names | b.terms)):
        return False  # most passages: no name before their subject's word, and ``b``'s subject is not read
    theirs = _subject_head(b, told)
    return (theirs is not None and owner_terms == frozenset(word_terms(b.words[theirs]))
            and set(lemmas(head)) == {"NOUN"} and not head.endswith(ACTION_ENDINGS))


ACTION_ENDINGS = ("tion", "sion", "ment", "ing", "al")
"""Endings of a noun telling a happening (``nomination``, ``announcement``, ``casting``, ``arrival``), not a person."""
