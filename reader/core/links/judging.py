"""Judging candidate pairs: which units of two sentences carry one statement, of which kind (verbatim,
near, paraphrase), and whether surely so.
"""

from __future__ import annotations

import math
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Collection
from dataclasses import replace
from difflib import SequenceMatcher
from operator import itemgetter

from rapidfuzz.distance import Indel, LCSseq

from reader.core.forked import beside
from reader.core.links.candidates import candidate_partners
from reader.core.links.confidence import happenings, same_roles
from reader.core.links.polarity import opposite
from reader.core.links.telling_apart import at_odds, other_frames, told_apart
from reader.core.links.terms import EVERYDAY_RARITY, rarity, word_terms, words_terms
from reader.core.links.titles import body_sentences, lede_alike
from reader.core.links.units import BY_SCORE, BY_SENTENCES, NOT_SAID, SAID, PairMatch, Unit, alike_classes, echoes, kept, share_readings, weight_overlap, written_shared
from reader.core.model import LinkKind, Progress, Span
from reader.core.vocabulary import ATTRIBUTION_VERBS, POSSESSIVE_DETERMINERS

VERBATIM_RUN = 6
"""A quotation this many words long, found word for word, makes a pair verbatim."""
NEAR_RUN = 8
NEAR_SIMILARITY = 0.7
PARAPHRASE_OVERLAP = 0.22
"""Shared weight over the geometric mean of the two sentences' weights, for a paraphrase."""
PARAPHRASE_ANCHORS = 3
"""Uncommon terms a paraphrase must share; a shared number counts twice."""
CLOSE_OVERLAP = 0.45
CLOSE_ANCHORS = 2
"""Passages this close need fewer anchors."""
MANY_ANCHORS = 5
"""Passages sharing this many uncommon terms need less overlap (long sentences around one fact)."""
LEDE_OVERLAP = 0.2
LEDE_TERMS = 2
"""Two ledes sharing this overlap, this many terms other than names and one uncommon such term report the
dossier's main fact. Plain-text dossiers put a date line or a byline above the lede, so the lede is the
first sentence that says something (``units.may_be_lede``); QA-Align pairs linked 36 -> 48 of 85 on the
development dossiers, the scorer's link-precision proxy unchanged (0.97). Their figures, ranks and
weekdays must not be at odds (``50 miles north of Kestrelton`` is not ``about 15 miles north of Kestrelton``),
and each must tell something happening, a verb: ``made the announcement on Friday`` tells when and how of a fact
told before it. On the twenty dossiers a seven-passage link read partly right lost that lede (read right), and
two links of one acquisition became one; QA-Align unchanged, the scorer's link-precision proxy 0.97 -> 0.99."""
UNCOMMON_SHARE = 0.12
UNCOMMON_LIMIT = 40
"""A term is uncommon in at most this share of the dossier's sentences, never more than this many (at least two)."""
STATEMENT_OVERLAP = 0.28
STATEMENT_COVERAGE = 0.35
"""A paraphrase is confident when what the two passages share is this much of their weights
(geometric mean) and of the longer one's, ..."""
ACTION_OVERLAP = 0.2
ACTION_COVERAGE = 0.15
"""... or, when they share a verb (the same thing happened), this much ..."""
STATEMENT_TERMS = 2
"""... and the shared part holds this many words that are neither names nor numbers: what is said,
not only who or where. Chosen on the development dossiers' sampled links (bench/link_sample.py) against
the bundled reports' hand reading: paraphrases sharing a background phrase ("the mainstream Quaker
church", "the first-ever summit") and no verb were the wrong ones."""
PARTICIPANT_OVERLAP = 0.4
PARTICIPANT_COVERAGE = 0.2
PARTICIPANTS = 2
"""A shared verb and this many shared names (who did it, to whom) make a statement with one other word
(``Garneau spoke with his Turkish counterpart Cavusoglu``) when this much is shared. So does a verb of
one passage that the other names as a noun of action (``_named_action``: ``intends to nominate Dana
Whitlock as harbour master`` / ``his nominee for harbour master, Dana Whitlock``): QA-Align pairs linked
53 -> 54 of 85 on the development dossiers (57 -> 58, titles laid), the five reports and the invented
dossiers unchanged; the 7 new links shown on the twenty dossiers join reports of one nomination, one
replacement and one award nomination. A noun of action owned by whom it befell or who did it
(``as Morrow's replacement``, ``his nomination``: ``_named_action`` with ``owned``) tells a happening as
the verb does, and counts as a shared verb: on the twenty dossiers one pair became confident (a coach
fired and replaced / pushed out, a successor brought in as his replacement), read right; without the
owner fifteen did, among them a noun of a topic (``possible obstruction``) and an announcement of
another nomination."""


def _statement(a: Unit, b: Unit, shared: frozenset[str], weights: dict[str, float], names: frozenset[str]) -> bool:
    """Do two paraphrases make one statement, rather than share background (names, places, a phrase)?

    Much of both passages must be shared, or a verb and a good part of
    them, and the shared part must say something beyond the names it holds.
    """
    said = len([t for t in shared - names if not t[:1].isdigit()])
    shared_weight = math.fsum(map(weights.__getitem__, shared))
    overlap = shared_weight / math.sqrt(a.weight * b.weight)
    coverage = shared_weight / max(a.weight, b.weight)
    if said >= STATEMENT_TERMS and overlap >= STATEMENT_OVERLAP and coverage >= STATEMENT_COVERAGE:
        return True
    acted = bool(a.actions & b.actions)
    owned = _named_action(a, b, names, owned=True) or _named_action(b, a, names, owned=True)
    if (acted or owned) and said >= STATEMENT_TERMS and overlap >= ACTION_OVERLAP and coverage >= ACTION_COVERAGE:
        return True
    if said >= 1 and acted and coverage >= PARTICIPANT_COVERAGE and same_roles(a, b, shared & names):
        return True
    return (
        said >= 1 and len(shared & names) >= PARTICIPANTS and overlap >= PARTICIPANT_OVERLAP and coverage >= PARTICIPANT_COVERAGE
        and (acted or _named_action(a, b, names) or _named_action(b, a, names))
    )


ACTION_NOUNS = ("tion", "sion", "ment", "ee", "ees")
"""Endings of a noun naming an action or the one it was done to (``nomination``, ``replacement``, ``nominee``)."""


def _named_action(a: Unit, b: Unit, names: frozenset[str], owned: bool = False) -> bool:
    """Does ``b`` name with a noun of action (``ACTION_NOUNS``) what ``a`` tells with a verb (``to nominate``
    / ``his nominee``, ``replaced him`` / ``as his replacement``)? A name is no verb, though read as one
    after ``to`` (``brought to Kestrelton``). A noun written as the verb (``hosted`` / ``the host``) is
    left out: on the development dossiers it tied a show's host to a guest's interview with her. ``owned``:
    only a noun right after a possessive (``his``, ``Morrow's``)."""
    told = a.actions - b.actions - names
    return bool(told) and any(
        word.endswith(ACTION_NOUNS) and any(term in told for term in word_terms(word))
        and (not owned or i and (b.words[i - 1] in POSSESSIVE_DETERMINERS or b.words[i - 1].endswith("'s")))
        for i, word in enumerate(b.words)
    )


def _longest_run(a: Unit, b: Unit) -> tuple[int, int]:
    """The size of the longest stretch of words printed alike in ``a`` and ``b``, and where it ends in
    ``a``; ``(0, 0)`` when it does not reach ``VERBATIM_RUN`` words. Their longest common subsequence,
    counted in C, bounds it, and so does whether they share a run of that many words at all (each
    unit's runs read once: it is judged against every unit it may match): most candidate pairs share
    too few words in order to need the slower search (on the five reports, 21 of the 184 pairs the first
    test let through)."""
    if LCSseq.similarity(a.words, b.words) < VERBATIM_RUN or kept(a, _runs).isdisjoint(kept(b, _runs)):
        return 0, 0
    longest = SequenceMatcher(None, a.words, b.words, autojunk=False).find_longest_match(0, len(a.words), 0, len(b.words))
    return longest.size, longest.a + longest.size


def _runs(unit: Unit) -> frozenset[tuple[str, ...]]:
    """The runs of ``VERBATIM_RUN`` words in a row the passage prints."""
    return frozenset(zip(*(unit.words[i:] for i in range(VERBATIM_RUN))))


def _names_run(run: tuple[str, ...], names: frozenset[str], actions: frozenset[str]) -> bool:
    """Is a run of words mostly names and figures, and no verb (``of the Northfield Baptist Church of
    the Holy Lantern``, ``Dale, 47, of Cedar Hills and Brook, 52, of Lyle County``)? Two reports naming
    the same body, people and places alike copy who and where, not a statement (``Dale Morrow will
    travel to Lyle County`` says what happens). On the six read development dossiers a seven-report
    link of background clauses about a church, and a hospital sentence tied to a charge, held
    together only through such runs. ``actions`` are the verbs both passages read: the run is printed alike
    in both, so a word of it that only one reads as a verb is that one's verb elsewhere (``harboured plans``
    beside ``the Harbour Quarter``) or a word of a name misread; read from one side only, the verdict on two
    sentences hung on which was judged first (8 of 14k pairs of sentence classes judged both ways round on
    the copy-heavy audit dossier of 250 reports)."""
    terms = [term for word in run for term in word_terms(word)]
    said = sum(term not in names and not term[:1].isdigit() for term in terms)
    return 2 * said < len(terms) and not actions.intersection(terms)


def _run_aside(a: Unit, b: Unit, run: tuple[str, ...], names: frozenset[str]) -> bool:
    """Is a long run of words two reports share only an aside after who they are about (``Dale Morrow,
    deployed on patrols in the gulf under the command of the fleet, ...``)? In each, no verb comes before
    it and one comes after, and the two share nothing outside it but names: they say other things of whom
    the run describes. On the twenty dossiers a four-passage link read partly right went (a ship's mission
    shared, what it did told apart), no other changed; without the verb after the run on both sides it cost
    a right link (``plans to close down a fishing pier in the south`` / ``will shut down a fishing pier in ...``)."""
    outside = []
    for unit in (a, b):
        at = next(i for i in range(len(unit.words) - len(run) + 1) if unit.words[i : i + len(run)] == run)
        told = happenings(unit) - names
        before, after = words_terms(unit.words[:at]), words_terms(unit.words[at + len(run):])
        if before & told or not after & told:
            return False
        outside.append(before | after)
    return not (outside[0] & outside[1]) - names


NAMED_FIRST = 4
"""A name within this many words of a passage's start is its subject, or near it (``Ivo Marsh``, ``Police say Marsh``)."""


def _as_named(unit: Unit, other: Unit, weights: dict[str, float]) -> Unit:
    """``unit`` without the terms of the name its subject stands for (``Unit.referred``) that ``other`` does not
    name first too: ``He was charged`` tells of the person named before, and meets ``Ivo Marsh was charged``,
    not ``men who follow Ivo Marsh were charged``."""
    first = {term for word in other.words[:NAMED_FIRST] for term in word_terms(word)} | other.referred
    dropped = unit.referred - first
    if not dropped:
        return unit
    return replace(unit, terms=unit.terms - dropped, weight=unit.weight - math.fsum(map(weights.__getitem__, dropped)), referred=frozenset())


def _judge(a: Unit, b: Unit, weights: dict[str, float], uncommon: frozenset[str], names: frozenset[str],
           shared_weight: float | None = None) -> tuple[float, LinkKind, bool, bool] | None:
    """Score, kind and confidence of the pair and whether it is told apart (``told_apart``), or ``None`` when
    it does not carry one statement.

    Verbatim and near pairs are confident; a paraphrase is when ``_statement`` says so (two ledes
    need less), neither is a caption and their particulars are not at odds (``at_odds``), both
    weighed only once the pair is kept. ``shared_weight`` is the weight of the terms they share, when
    already summed (``_unit_pairs``)."""
    if a.years and b.years and not a.years & b.years:
        return None
    if a.referred or b.referred:
        a, b = _as_named(a, b, weights), _as_named(b, a, weights)
        shared_weight = None
    shared = a.terms & b.terms
    overlap = weight_overlap(a, b, weights, shared_weight)
    if overlap < PARAPHRASE_OVERLAP / 2 and not echoes(a, b, VERBATIM_RUN):
        return None  # too little in common for any kind (but a quotation printed alike): skip the costlier comparisons
    similar = Indel.normalized_similarity(a.words, b.words)
    if a.words == b.words:  # a copy, before its longest run is sought: near-copy reports make many
        return max(similar, overlap), "verbatim", True, False
    run, run_end = _longest_run(a, b)
    shorter = min(len(a.words), len(b.words))
    # A run copied whole into a passage that frames it otherwise (``did not show that ...``) is judged as a near copy.
    if run >= VERBATIM_RUN and (run >= 0.9 * shorter or echoes(a, b, VERBATIM_RUN)) and not other_frames(a, b, names):
        return max(similar, overlap), "verbatim", True, False
    # A long run ending on ``said`` may be only who spoke (``Neil Ashcombe, controller of Network Drama, said``)
    # before two different quotations: it makes no near copy.
    attribution = run and a.words[run_end - 1] in ATTRIBUTION_VERBS
    if similar >= NEAR_SIMILARITY:
        apart = told_apart(a, b, weights, names)
        return max(similar, overlap), "near", not apart, apart
    if run >= NEAR_RUN and not attribution and not _names_run(a.words[run_end - run : run_end], names, a.actions & b.actions):
        apart = told_apart(a, b, weights, names)
        return max(similar, overlap), "near", not apart and not _run_aside(a, b, a.words[run_end - run : run_end], names), apart
    lede = a.lede and b.lede and overlap >= LEDE_OVERLAP and len(shared - names) >= LEDE_TERMS and bool(shared & uncommon - names)
    lede = lede and lede_alike(a, b) and bool(a.actions) and bool(b.actions)
    if not lede:
        if not (shared & uncommon) - names:
            return None  # only names (and common words) in common: not one statement
        anchors = len(shared & uncommon) + any(t[:1].isdigit() for t in shared & uncommon)
        if not (
            (overlap >= PARAPHRASE_OVERLAP and anchors >= PARAPHRASE_ANCHORS)
            or (overlap >= CLOSE_OVERLAP and anchors >= CLOSE_ANCHORS)
            or (overlap >= PARAPHRASE_OVERLAP / 2 and anchors >= MANY_ANCHORS)
        ):
            return None
    # Only then whether one denies what the other says: most pairs fail the anchors, and reading how each verb stands costs more.
    if {a.negated, b.negated} == {NOT_SAID, SAID}:
        return None  # one says the opposite ("not aware of any proof"); a "not" in an aside may agree with either
    if opposite(a, b):
        return None  # a verb of both denied in one only ("cannot be justified" / "has justified")
    # A caption's paraphrase is never confident, nor one naming other figures, ranks or days.
    apart = told_apart(a, b, weights, names)
    sure = not (a.caption or b.caption or at_odds(a, b) or apart)
    return overlap, "paraphrase", sure and (lede or _statement(a, b, shared, weights, names)), apart


FOCUS = 0.75
"""A clause pair holding this share of what two sentences share is the passage pair shown."""


def _unit_pairs(a: int, b: int, whole: list[Unit], clauses: list[list[Unit]], weights: dict[str, float]):
    """The unit pairs of two sentences, most telling first, each after the weight of the terms it shares.

    First the pairs that hold most of what the sentences share, shortest
    first (a clause carrying the fact rather than the whole sentence), then
    the others by shared weight (a second fact in a long sentence).
    """
    if not clauses[a] and not clauses[b]:  # the sentences alone: nothing to rank
        shared = whole[a].terms & whole[b].terms
        return [(math.fsum(map(weights.__getitem__, shared)), whole[a], whole[b])] if shared else []
    options = []
    for unit_a in [whole[a], *clauses[a]]:
        for unit_b in [whole[b], *clauses[b]]:
            shared = math.fsum(map(weights.__getitem__, unit_a.terms & unit_b.terms))
            options.append((shared, len(unit_a.words) + len(unit_b.words), unit_a, unit_b))
    most = max(map(_SHARED, options))
    focused = sorted((o for o in options if o[0] >= FOCUS * most), key=_LENGTH)
    # the rest heaviest first, then shortest: two stable sorts on keys read in C, not a tuple made per option
    rest = sorted(sorted((o for o in options if o[0] < FOCUS * most), key=_LENGTH), key=_SHARED, reverse=True)
    return [(o[0], o[2], o[3]) for o in focused + rest if o[0] > 0]


_SHARED, _LENGTH = itemgetter(0), itemgetter(1)
"""A unit pair's option (``_unit_pairs``): the weight of the terms it shares, its length in words."""


JUDGED_BESIDE_FROM = 2_000
"""Sentences from which half the distinct pairs of classes are judged beside, with a second core (:mod:`reader.core.forked`)."""


def find_pairs(whole: list[Unit], clauses: list[list[Unit]], weights: dict[str, float], df: Counter[str], names: frozenset[str], progress: Progress,
               counted: Collection[str] | None = None) -> list[PairMatch]:
    """Every candidate sentence pair judged to carry one statement, with its units, best first; the terms
    uncommon among the ``counted`` reports' sentences when given (``units.prepare``).

    Two sentences are judged as any two of the same two classes (``units.alike_classes``) are: each distinct
    pair of classes is judged once, by the first pair of sentences met of it, so a copy costs a look-up; with a
    second core, every other one of those is judged beside, so no pair of texts is judged twice. Two classes are
    judged in one order, the lower first, however their sentences stand: the judge's verdict does not hang on
    which passage comes first (``_names_run`` reads the verbs of both), and copy-heavy dossiers meet a quarter
    of their pairs of classes both ways round."""
    partners = candidate_partners(whole, weights, df)
    uncommon = uncommon_terms(whole, df, counted)
    classes = alike_classes(whole, clauses)
    share_readings(whole, clauses, classes)
    every, width = len(whole), max(classes, default=0) + 1
    met = [array("i", partners(a)) for a in range(every)]  # each sentence's later partners, asked once
    first: dict[int, int] = {}  # each pair of classes (one number, the lower class first), where in ``asked`` the first of its pairs of sentences met is
    asked: list[tuple[int, int]] = []  # that pair of sentences, the one of the lower class first
    for a, of_a in enumerate(met):
        x = classes[a]
        for b in of_a:
            y = classes[b]
            key = x * width + y if x <= y else y * width + x
            if key not in first:
                first[key] = len(asked)
                asked.append((a, b) if x <= y else (b, a))

    def judged(part: list[tuple[int, int]], report: Callable[[int], None]) -> list[_Verdict | None]:
        found = []
        for done, (a, b) in enumerate(part, 1):
            found.append(_sentence_verdict(a, b, whole, clauses, weights, uncommon, names))
            if not done % 1024:
                report(done)
        return found

    verdicts: list[_Verdict | None] = [None] * len(asked)
    with beside(lambda: judged(asked[1::2], lambda done: None), list[_Verdict | None], worth_it=every >= JUDGED_BESIDE_FROM) as odd:
        verdicts[0::2] = judged(asked[0::2], lambda done: progress("links", 2 * done, len(asked)))
        verdicts[1::2] = odd()
    progress("links", len(asked), len(asked))
    told = {key: verdict for key, at in first.items() if (verdict := verdicts[at])}.get  # most pairs of classes tell none
    found = []
    for a, of_a in enumerate(met):
        x, of_sentence = classes[a], clauses[a]
        for b in of_a:
            y = classes[b]
            if verdict := told(x * width + y if x <= y else y * width + x):
                score, kind, unit_a, unit_b, confident = verdict
                if x > y:  # judged the other way round: each side's clause swapped
                    unit_a, unit_b = unit_b, unit_a
                found.append(PairMatch(a, b, score, kind, whole[a] if unit_a < 0 else of_sentence[unit_a],
                                       whole[b] if unit_b < 0 else clauses[b][unit_b], confident))
    matches = _printed_apart(found)
    matches.sort(key=BY_SENTENCES)  # best first, then in dossier order: two sorts on keys read in C, not a tuple made per pair
    matches.sort(key=BY_SCORE, reverse=True)
    return matches


def uncommon_terms(whole: list[Unit], df: Counter[str], counted: Collection[str] | None = None) -> frozenset[str]:
    """The terms in few of the ``counted`` reports' sentences (all when ``None``): what a paraphrase must share."""
    on = whole if counted is None else [unit for unit in whole if unit.span.article in counted]
    articles = len({u.article for u in on})
    limit = max(2, min(max(UNCOMMON_SHARE * body_sentences(on), 2 * articles), UNCOMMON_LIMIT))
    return frozenset(term for term, count in df.items() if count <= limit)


def judge_pair(a: int, b: int, whole: list[Unit], clauses: list[list[Unit]], weights: dict[str, float],
               uncommon: frozenset[str], names: frozenset[str]) -> PairMatch | None:
    """Sentences ``a`` and ``b`` (``a < b``) judged as ``find_pairs`` judges a candidate, whether or not the
    candidates met them (two sentences of one report too), or ``None`` when they carry no one statement."""
    verdict = _sentence_verdict(a, b, whole, clauses, weights, uncommon, names)
    if verdict is None:
        return None
    score, kind, unit_a, unit_b, confident = verdict
    return PairMatch(a, b, score, kind, whole[a] if unit_a < 0 else clauses[a][unit_a],
                     whole[b] if unit_b < 0 else clauses[b][unit_b], confident)


def _printed_apart(matches: list[PairMatch]) -> list[PairMatch]:
    """The pairs, a paraphrase made weaker when each of its passages has a copy (verbatim or near) in
    the other's report, in another sentence, and no verb of either is a word of both: both reports
    print the two sentences apart, as two statements (a company's description of its product beside
    an executive's praise of it in like nouns, both reprinted from one press release). On the seven
    dossiers read blind last, three wrong and two partly right links paired such sentences; on all
    nineteen read dossiers no other link changed."""
    # Only the sentences of a confident paraphrase are asked for their copies: copy-heavy dossiers make
    # a hundred thousand verbatim pairs, few of whose sentences a paraphrase holds.
    asked = {x for m in matches if m.confident and m.kind == "paraphrase" for x in (m.a, m.b)}
    copies: dict[int, list[tuple[int, int, Span]]] = defaultdict(list)
    for m in matches:
        if m.kind != "paraphrase":
            if m.a in asked:
                copies[m.a].append((m.unit_b.article, m.b, m.unit_a.span))
            if m.b in asked:
                copies[m.b].append((m.unit_a.article, m.a, m.unit_b.span))

    def copied_beside(x: int, unit: Unit, z: int, other: Unit) -> bool:
        return any(article == other.article and y != z and span.overlaps(unit.span) for article, y, span in copies[x])

    def apart(m: PairMatch) -> bool:
        return (m.confident and m.kind == "paraphrase" and not m.unit_a.terms & m.unit_b.terms & (happenings(m.unit_a) | happenings(m.unit_b))
                and copied_beside(m.a, m.unit_a, m.b, m.unit_b) and copied_beside(m.b, m.unit_b, m.a, m.unit_a))

    return [replace(m, confident=False) if apart(m) else m for m in matches]


_Verdict = tuple[float, str, int, int, bool]
"""Two sentences judged (``_sentence_verdict``): score, kind, the clause of each that makes the pair and whether it is confident."""


def _sentence_verdict(a: int, b: int, whole: list[Unit], clauses: list[list[Unit]], weights: dict[str, float],
                      uncommon: frozenset[str], names: frozenset[str]) -> _Verdict | None:
    """Whether sentences ``a`` and ``b`` carry one statement, through which of their units (the first
    confident unit pair, most telling first: ``_unit_pairs``, else the last pair kept), or ``None``."""
    found = None
    apart: list[tuple[Unit, Unit]] = []
    for shared, unit_a, unit_b in _unit_pairs(a, b, whole, clauses, weights):
        verdict = _judge(unit_a, unit_b, weights, uncommon, names, shared)
        if verdict and verdict[3]:
            apart.append((unit_a, unit_b))
        elif verdict and verdict[2] and any(_within(x, unit_a) and _within(y, unit_b) for x, y in apart):
            continue  # a wider pair holding two passages told apart tells the same other things
        if verdict and (found is None or verdict[2]):
            score, kind, confident, _ = verdict
            found = (score, kind, _clause_of(a, unit_a, clauses), _clause_of(b, unit_b, clauses), confident)
            if confident:
                break  # else a clause pair may still make one statement where the sentences do not
    return found


def share_content(a: Unit, b: Unit, names: frozenset[str]) -> bool:
    """Do two passages share a name, a figure or a word rarer than everyday ones (``EVERYDAY_RARITY``)? A
    weaker pair still says its passages may make one statement: two sharing only everyday words (``took
    another look at`` / ``taking a look forward``) share no content, however much of two short passages
    those words are."""
    return any(term in names or term[:1].isdigit() or rarity(term) > EVERYDAY_RARITY for term in written_shared(a, b))


def _within(inner: Unit, outer: Unit) -> bool:
    """Does ``outer`` hold ``inner``? A sentence pair holding a clause pair told apart (``told_apart``) is
    not made sure by what the rest of the sentence adds (``...; he is also planning to meet the governor``
    after ``days before a summit with the board``): on the twenty dossiers one wrong link went, no other
    link shown changed."""
    return outer.span.start <= inner.span.start and inner.span.end <= outer.span.end


def _clause_of(sentence: int, unit: Unit, clauses: list[list[Unit]]) -> int:
    return next((number for number, clause in enumerate(clauses[sentence]) if clause is unit), -1)

