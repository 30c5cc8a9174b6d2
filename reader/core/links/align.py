"""Passage links: the same fact, claim or quotation carried by two or more reports.

Candidates are found per sentence; a passage is a sentence or one of its
clauses, so a sentence carrying two facts links each through its own clause.
Four stages, each close to linear in the dossier's size, each in modules of its own
(``terms`` and ``units``; ``candidates``; ``judging`` with ``telling_apart``;
``grouping`` with ``confidence``), which this module runs in turn:

1. **Terms.** Each sentence becomes a set of content terms: normalised words
   minus function and reporting words (but for one naming someone to a role:
   ``announced as the new coach``; in a report not in English, minus its language's
   commonest words too: ``nicht``, ``auch``, ``story.function_words``), lightly stemmed (``suspended`` and
   ``suspension``, ``Syria`` and ``Syrian`` meet, so do ``nominated`` and
   ``nominee``; ``spoke`` meets ``speak``, ``firing`` meets ``fired``, ``six`` and ``sixfold`` meet
   ``6``), with hyphenated words split; words news uses for one another
   read as one (``temblor`` and ``earthquake``, ``a phone call`` and ``spoke``). The
   speaker's name (``Marina Costa told``, ``, according to ...``) gives no
   term, nor does a closing ``, <who> announced today`` (``…," said the
   victim's uncle, <Name>.``): a paraphrase may attribute differently. A
   term weighs its inverse sentence frequency in the dossier (in the reports
   not doubted, when some are: a report about something else changes no link
   between the others) times its rarity in general English
   (wordfreq: ``take`` and ``best`` weigh little, ``thwarted`` much);
   numbers and names weigh more. Each sentence is also
   cut into clauses (``;``, dashes, ``, which``/``, while``/``, adding``...,
   a quotation after its attribution); a subject and the dated participle's phrase after it
   (``The deal, expected to close in January, would give ...``) are a passage too.
2. **Candidates.** Sentences are never compared all against all. Each one
   posts keys into an inverted index: every pair of its heaviest terms and
   each of its rare terms. Only sentences of different articles that meet
   under two keys are judged; keys shared by too many sentences say nothing
   and are skipped.
3. **Judging and grouping.** For a candidate, unit pairs (sentence or clause
   on each side) are tried, the shortest holding most of what the sentences
   share first. A pair is kept when its words run together (a shared
   quotation, a reprinted sentence), or for a paraphrase when enough weight
   of uncommon terms is shared (fewer anchors when the overlap is high, less
   overlap when the anchors are many), at least one of them not a name; two
   ledes need less, the lede (an article's first sentence that says
   something, not its date line) being where news states its main fact, and
   two ledes sharing the event's uncommon words are confident. Years
   that disagree veto a pair; figures, ranks or weekdays that disagree about
   what both passages say (``26 miles north`` and ``20 miles north``, ``the
   third summit`` and ``the first-ever summit``: ``telling_apart.at_odds``) leave it
   weaker, and so do verbs telling of other stages of a story (``was
   arrested`` and ``shot three people``, ``convicted`` and ``sentenced``:
   ``telling_apart.other_stages``), even across a long run of shared background words,
   and so do a passage that is mostly a quotation and one meeting it only in
   its frame (the speaker's title, the occasion) or quoting other words
   (``telling_apart._other_quotations``), two firsts (``the first woman to lead`` and ``the
   first woman to be named to``: ``telling_apart._other_firsts``), a decision weighed and
   one taken (``was considering whether to close`` and ``closed``:
   ``telling_apart._other_modes``), a statement told after a ``that`` denied, not shown or
   still open in one and asserted in the other (``his lawyer denied that he wounded a guard`` and
   ``he wounded a guard``: ``telling_apart.other_frames``, ``frames.framed``), other verbs around one background phrase (``to head
   the inquiry into`` and ``for her own inquiry into``:
   ``telling_apart._background_only``), and two sentences that two reports each print
   apart, with no verb of both (``judging._printed_apart``).
   A pair is **confident** when it is verbatim or
   near, or a paraphrase making one statement (``judging._statement``: most of both
   passages shared, or a shared verb, the same thing happening, and a good
   part of them, beyond the names they hold) of which neither is a photo
   caption (``units._caption``); the others are weaker. A link made only of loose
   paraphrase pairs (the dossier's topic words and a common verb) is weaker
   too: some pair of it must share much of its weight or many terms
   (``confidence.corroborated``), and a link of two paraphrases must tell of one
   happening, a verb, figure or date of both (``confidence.told_alike``). A long run
   of names and figures (a body's full name, ages and home towns) makes no
   near copy (``judging._names_run``).
4. **Grouping**, confident pairs apart from weaker ones, so a weaker pair
   never joins a confident link. A weaker link still says its passages may make one
   statement: each of its passages must share a name, a figure or a word rarer than everyday
   ones with another (``judging.share_content``: not only ``took a look``), or it leaves the link. Pairs merge into links best first, one
   passage per article, two groups only when half their cross pairs
   matched (one among the bodies' ledes), no cross pair are strangers and each sentence's passages
   overlap, so a link does not chain through one ambiguous sentence nor
   through two clauses of one, nor take in a sentence at odds with a member
   it was not judged against or telling of another stage (``grouping.kept_apart``). Every member must also make the
   statement of the link's core, its best pair (``grouping._off_core``): a passage
   judged a pair with one member on background (a judge's name, a place)
   stays out, and that pair, through the passages the link holds, is
   weaker unless it shares much on its own (``confidence.FIRM_OVERLAP``, ``grouping.CORE_TERMS``
   terms other than names). Two links sharing two passages show one
   statement twice: they become one, keeping for each article the
   counterpart that echoes the quotation, else the one no other link holds,
   else the best scored. Links are many to many: the pairs no link holds
   then (a sentence already serves another statement) are grouped again
   among themselves, so a sentence carrying two facts is in a link for each. A later link (of such a
   round, or of title lines) telling an earlier one's statement again, around a report's second copy of a
   sentence or its headline, is folded into it (``folding``): one statement, one row, only where each passage
   that changes is judged one statement directly (on the twenty corpus dossiers 509 -> 482 links shown;
   two reports' headlines keep their own row). Such a link is sure
   only on its own pairs (``_own``): a pair of two of its passages that a first-round link holds tells
   that link's statement, and a passage tied loosely to both does not make a second, confident link of
   it (on the twenty corpus dossiers three links read partly right became weaker; no other link changed).
   A sentence's passage spans the units its pairs in the link use; two whole
   copies of a sentence agree on all of it, so when other pairs use one of
   its clauses, that clause is the passage (``grouping._units_used``).
   Pairs holding a title line are grouped apart, so a headline never takes a body
   sentence's place (``titles.titles_apart``); a group of them telling the statement
   of a body link joins it, adding the reports the link lacks (``title_links``). Sentences too short to judge
   (``It's wasteful.``) printed alike beside a copied pair are linked as part of that copied run (``short_copies``).

The pipeline then parts the links by speaker, once the entities tell who says each quotation
(``speakers.part_speakers``): two people's stock lines (``I am keen to begin``) are two statements.

The kind of a pair: ``verbatim`` when a quotation of six words or more (or the
whole passage) reappears word for word, ``near`` when a long run of words or
most of the wording is shared, else ``paraphrase``.
"""

from __future__ import annotations

from collections import ChainMap, defaultdict
from collections.abc import Callable
from functools import partial
from itertools import chain, combinations

from reader.core.links.confidence import corroborated, told_alike
from reader.core.links.grouping import group_pairs, link_of, merge_repeats
from reader.core.links.short_copies import short_copies
from reader.core.links.folding import fold_retold
from reader.core.links.judging import find_pairs, judge_pair, share_content, uncommon_terms
from reader.core.links.title_links import told_in_links
from reader.core.links.titles import judged_bodies, titles_apart
from reader.core.links.units import PairMatch, prepare
from reader.core.model import Dossier, Link, Progress, Sentence, quiet


def find_links(
    dossier: Dossier,
    sentences: dict[str, tuple[Sentence, ...]],
    *,
    doubtful: frozenset[str] = frozenset(),
    progress: Progress = quiet,
    languages: dict[str, str] | None = None,
) -> tuple[Link, ...]:
    """Links of 2..N passages (sentences or clauses) of different articles carrying the same statement.

    Confident links are built from confident pairs only (a weaker pair never
    joins them); the other pairs make the weaker links, ``confident=False``.
    A link holding a passage of a ``doubtful`` article (one that does not
    seem to cover the dossier's event) is never confident: when two reports or more
    are not doubted (:func:`counted_reports`), their links are made as if the doubted
    ones were not there, and the pairs of a doubted report make weaker links of their
    own, grouped after the others' (a report about something else changes no link
    between the others, weaker or confident). ``languages``, each report's (``story.languages_of``), is told
    again when not given. Ids run ``L001``,
    ``L002`` ... over the confident links, then the weaker ones, each in the
    order of its first passage in dossier order; passages inside a link are in
    dossier order.
    """
    # It builds many small acyclic objects: callers run it with the collector paused (reader.collector).
    counted = counted_reports(dossier, doubtful)
    whole, clauses, weights, df, names = prepare(dossier, sentences, counted, languages)
    every_pair, doubted = _apart(find_pairs(whole, clauses, weights, df, names, progress, counted), counted)
    built = []
    judged = {(m.a, m.b) for m in chain(every_pair, doubted)}
    uncommon: list[frozenset[str]] = []  # read once, and only when a pair is judged late (fold_retold)

    def judge(a: int, b: int) -> PairMatch | None:
        if not uncommon:
            uncommon.append(uncommon_terms(whole, df, counted))
        return judge_pair(a, b, whole, clauses, weights, uncommon[0], names)

    together: set[tuple[int, int]] = set()  # sentence pairs a body link holds

    def sure_on(group: list[int], judged_on: dict) -> bool:  # a confident group makes a confident link
        return (not any(whole[p].span.article in doubtful for p in group) and corroborated(group, judged_on, names)
                and told_alike(group, judged_on, names))

    def build(groups: list[list[int]], scores: dict, confident: bool, again: frozenset = frozenset(), held: frozenset = frozenset()) -> None:
        for number, group in enumerate(groups):
            if len(group) < 2:
                continue
            key, score, kind, spans = link_of(group, whole, scores)
            sure = confident and sure_on(group, scores if number not in again else _own(group, scores, held))
            if not sure and len(kept := _with_content(group, scores, names)) < len(group):
                if len(kept) < 2:
                    continue
                key, score, kind, spans = link_of(kept, whole, scores)
            built.append((not sure, key, score, kind, spans))

    # the bodies' links, then those holding a title line; the doubted reports' pairs after the others
    for titled, matches, of_doubted in zip((False, True), titles_apart(every_pair), titles_apart(doubted)):
        strays: list[PairMatch] = []  # confident pairs tying a passage to a link it does not make (_off_core): weaker
        for confident, apart in ((True, False), (False, False), (False, True)):
            if apart and not of_doubted:
                continue
            chosen = (of_doubted if apart else [m for m in matches if m.confident] if confident
                      else [m for m in matches if not m.confident] + strays)
            scores = {(m.a, m.b): m for m in chosen}
            demote = strays if confident else None
            groups = merge_repeats(group_pairs(chosen, whole, weights, names, scores, demote), whole, scores)
            homes = defaultdict(set)  # each sentence's groups: a pair is held when both its sentences are in one
            for number, group in enumerate(groups):
                for p in group:
                    homes[p].add(number)
            demoted = {(m.a, m.b) for m in demote or ()}
            # Many to many: pairs no group could hold (a sentence already serves another
            # statement there) are grouped again among themselves, so a sentence carrying two
            # facts is linked for each.
            first = len(groups)
            groups += group_pairs([m for m in chosen if homes[m.a].isdisjoint(homes[m.b]) and (m.a, m.b) not in demoted],
                                  whole, weights, names, scores, demote)
            if not titled:
                if not apart:  # a link with a doubted report draws no title link apart
                    together.update(key for group in groups for key in combinations(sorted(group), 2))
                if confident:  # built with the headlines that tell their statements too
                    bodies, body_scores, again = groups, scores, frozenset(range(first, len(groups)))
                    body_strays = strays
                    held = frozenset((m.a, m.b) for m in chosen if not homes[m.a].isdisjoint(homes[m.b]))
                    continue
                build(groups, scores, confident)
                continue
            # headlines repeat one another: their links sharing two passages become one
            found = merge_repeats(groups, whole, scores)
            groups = [judged_bodies(group, whole, judged, together, scores) for group in found]
            if confident:
                bodies, groups = told_in_links(bodies, list(zip(found, groups)), whole, weights, scores | body_scores)
                # a later link telling an earlier one's statement again is folded into it: one statement, one row
                every_sure = scores | body_scores
                astray = {(m.a, m.b) for m in chain(body_strays, strays)}  # grouping found them weaker
                unstrayed = {key: m for key, m in every_sure.items() if key not in astray}
                sure_at = partial(_sure_at, sure_on, every_sure, scores, len(bodies), again, held)
                kept, places, joined = fold_retold(bodies + groups, whole, unstrayed, judged, judge, sure_at, names)
                again = frozenset(n for n, place in enumerate(places) if place in again)
                body_links = sum(place < len(bodies) for place in places)
                build(kept[:body_links], every_sure | joined, confident, again, held)
                groups, scores = kept[body_links:], scores | joined
            build(groups, scores, confident)
    copies = short_copies(dossier, sentences, whole, every_pair, doubtful)
    if doubted:  # a doubted report's copied pairs, apart (most dossiers have none: reading the sentences again costs)
        copies += short_copies(dossier, sentences, whole, doubted, doubtful)
    built = _distinct(sorted(built + copies), dossier)
    width = max(3, len(str(len(built))))
    return tuple(
        Link(f"L{number:0{width}d}", kind, min(1.0, max(0.0, score)), spans, confident=not weak)
        for number, (weak, _, score, kind, spans) in enumerate(built, 1)
    )


def counted_reports(dossier: Dossier, doubtful: frozenset[str]) -> frozenset[str] | None:
    """The reports whose words weigh the dossier's terms (``units.prepare``): those not doubted, so a report about
    something else changes no link between the others; all (``None``) when none is doubted or fewer than two are left
    (the verdict is then not one event: every report is doubted alike)."""
    counted = frozenset(a.id for a in dossier.articles if a.id not in doubtful)
    return counted if doubtful and len(counted) >= 2 else None


def _apart(pairs: list[PairMatch], counted: frozenset[str] | None) -> tuple[list[PairMatch], list[PairMatch]]:
    """The pairs of two ``counted`` reports, and those of a report not counted (none when all are counted)."""
    if counted is None:
        return pairs, []
    inside: list[PairMatch] = []
    outside: list[PairMatch] = []
    for m in pairs:
        (inside if m.unit_a.span.article in counted and m.unit_b.span.article in counted else outside).append(m)
    return inside, outside


def _own(group: list[int], scores: dict, held: frozenset) -> dict:
    """The pairs of a group grouped again (many to many) that no first-round group holds (``held``): only they
    may make it sure. A pair of two passages a first-round link joins tells that link's statement; a passage
    tied loosely to both (the same objects found elsewhere) grouped again around that pair made a second,
    confident link of it, while a copy of the passage, joined to one of the two alone, was only weaker."""
    return {key: m for key in combinations(sorted(group), 2) if key not in held and (m := scores.get(key))}


def _sure_at(sure_on: Callable[[list[int], dict], bool], bodies: dict, titles: dict, titles_from: int, again: frozenset,
             held: frozenset, group: list[int], place: int, joined: dict) -> bool:
    """Would ``build`` make the group at ``place`` (a body link before ``titles_from``, judged on the ``bodies``'
    and titles' pairs, else a title link, on the ``titles``' alone) a confident link, with the pairs ``joined``?"""
    on = ChainMap(joined, bodies if place < titles_from else titles)
    return sure_on(group, on if place not in again else _own(group, on, held))


def _with_content(group: list[int], scores: dict, names: frozenset[str]) -> list[int]:
    """The passages of a weaker link judged against another of its passages that share content with it
    (``judging.share_content``): the link still says they may make one statement, which two passages
    sharing only everyday words (``I think it is great``) do not."""
    kept: set[int] = set()
    for pair in combinations(sorted(group), 2):
        if (pair[0] not in kept or pair[1] not in kept) and (m := scores.get(pair)) and share_content(m.unit_a, m.unit_b, names):
            kept.update(pair)  # a pair of two passages kept already keeps no other: copies of one passage make many
    return [x for x in group if x in kept]


def _distinct(built: list[tuple], dossier: Dossier) -> list[tuple]:
    """``built`` without links whose passages read the same, report by report, as an earlier one's:
    a report that prints a sentence twice (a standfirst repeated as the lead) would give each
    copy a link of its own, the same link twice."""
    seen, kept = set(), []
    for entry in built:
        spans = entry[-1]
        text = tuple((s.article, " ".join(dossier.article(s.article).text(s).split())) for s in spans)
        if text not in seen:
            seen.add(text)
            kept.append(entry)
    return kept
