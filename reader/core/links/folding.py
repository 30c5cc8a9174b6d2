"""One statement, one link: a later link telling an earlier one's statement again is folded into it.

Grouping can show one statement in several links. A report printing its lede twice (a summary above the
body), or a headline beside its lede, gives the statement to two of its sentences; a later round of grouping
(the pairs no link held, the title lines grouped apart) then builds the statement again around the other
one, with the passages other reports give in the first link: two, three, eight rows of the coverage matrix
for one statement.

A later link is folded only where every passage that changes is judged the same statement directly, never
through a third passage (a chain ``A ~ B``, ``B ~ C`` says nothing of ``A`` and ``C``): each of its passages
of a report the earlier link holds in another sentence is judged with that sentence on the whole of both
passages shown, and is a copy of it (``_copies``) or the report's headline beside its lede, judged with
another report's passage too (``_headline_told``); the earlier link keeps its own. Each passage of a report
the earlier link lacks is judged with every passage of the link. Judged means a confident pair (figures,
ranks, days, stages, denials and years that disagree make none; a pair grouping left weaker counts as
weaker) whose roles are not swapped (``confidence.swapped_roles``). The two links share a sentence, told in
the same units (``grouping.one_statement``: two facts of one sentence stay two links), unless both are ledes
and headlines, which tell a report's main fact. A sentence another report prints word for word is never
the one left out, and only links the linker shows confident are folded, into a link that stays so.
A link holding two reports' headlines or more is never folded away: its row sets the headlines side by side (how
each report framed its story). A quotation printed again under another speaker is no copy (``_copies``).
On the twenty corpus dossiers 509 links shown became 482 (457 read right, 20 partly, 5 wrong, as read before);
QA-Align pairs and verbatim copies linked unchanged (58/85, 246/248).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from reader.core.links.confidence import swapped_roles
from reader.core.links.grouping import link_of, one_statement
from reader.core.links.units import PairMatch, Unit, written_shared
from reader.core.model import Span

Judge = Callable[[int, int], PairMatch | None]
"""Two sentences (the lower number first) judged now, for pairs the candidates never met: ``judging.judge_pair``."""


def fold_retold(groups: list[list[int]], whole: list[Unit], pairs: dict[tuple[int, int], PairMatch],
                judged: set[tuple[int, int]] | frozenset[tuple[int, int]], judge: Judge,
                sure: Callable[[list[int], int, dict[tuple[int, int], PairMatch]], bool], names: frozenset[str]) -> tuple[list[list[int]], list[int], dict[tuple[int, int], PairMatch]]:
    """``groups`` (confident links as sentence numbers, in the order they were made) with each one telling an
    earlier one's statement again folded into it (see the module's docstring); for each group kept, its place
    in ``groups``; and the confident pairs judged now that tie a passage to the link it joined (for its
    passage and score). ``pairs`` holds the confident pairs judged before, ``judged`` the keys of every pair
    judged before (the others were found weaker)."""
    verdicts: dict[tuple[int, int], PairMatch | None] = {}

    def verdict(x: int, y: int) -> PairMatch | None:
        """The pair of ``x`` and ``y`` when judged one statement (confident, roles not swapped), else ``None``."""
        key = (x, y) if x < y else (y, x)
        if key in pairs:
            match = pairs[key]
        elif key in judged:
            return None  # judged weaker
        else:
            if key not in verdicts:
                verdicts[key] = judge(*key)
            match = verdicts[key]
        sure = (match is not None and match.confident
                and not swapped_roles(match.unit_a, match.unit_b, written_shared(match.unit_a, match.unit_b) & names))
        return match if sure else None

    def joined() -> dict[tuple[int, int], PairMatch]:
        return {key: match for key, match in verdicts.items()
                if match is not None and match.confident and whole[key[0]].article != whole[key[1]].article}

    kept: list[list[int]] = []
    places: list[int] = []
    holding: dict[int, set[int]] = defaultdict(set)  # each sentence's kept links; of ledes alone, each report's too
    leading: dict[int, set[int]] = defaultdict(set)

    def house(number: int) -> None:
        link = kept[number]
        for p in link:
            holding[p].add(number)
            if all(whole[q].lede for q in link):
                leading[whole[p].article].add(number)

    for place, group in enumerate(groups):
        met = {n for p in group for n in holding[p]}
        if all(whole[p].lede for p in group):
            met.update(n for p in group for n in leading[whole[p].article])
        home = None
        if met and sure(group, place, {}):  # a group the linker would show weaker is no statement to fold
            for number in sorted(met):
                if sure(kept[number], places[number], joined()) and (folded := _folded(group, kept[number], whole, pairs, verdict)) \
                        and sure(folded, places[number], joined()):
                    home = number
                    kept[number] = folded
                    break
        if home is None:
            home = len(kept)
            kept.append(sorted(group))
            places.append(place)
        house(home)
    return kept, places, joined()


def _folded(group: list[int], link: list[int], whole: list[Unit], pairs: dict[tuple[int, int], PairMatch],
            verdict: Callable[[int, int], PairMatch | None]) -> list[int] | None:
    """``link`` with the passages of ``group`` of reports it lacks, when ``group`` tells its statement again
    (see the module's docstring), else ``None``. A sentence of ``group`` and the one ``link`` holds of its
    report are judged one statement on the whole of both passages shown: a sentence telling one of the two
    facts the other carries (a review's finding beside the decision it led to) is another statement."""
    if sum(whole[p].span.in_title for p in group) >= 2:
        return None  # two reports' headlines: their row sets the headlines' words side by side
    own = {whole[q].article: q for q in link}
    shared = set(group) & set(link)
    if shared:
        if not one_statement(set(group) | set(link), whole, pairs):
            return None
    elif not all(whole[p].lede for p in (*group, *link)):
        return None
    retold = [(p, own[whole[p].article]) for p in group if p not in shared and whole[p].article in own]
    if retold:
        shown = _passages(group, whole, pairs) | _passages(link, whole, pairs)
        for p, q in retold:
            match = verdict(p, q)
            if match is None or not all(_within(shown.get(x), unit.span)
                                        for x, unit in ((match.a, match.unit_a), (match.b, match.unit_b))):
                return None
            if any(x != p and whole[x].words == whole[p].words != whole[q].words for x in group):
                return None  # the link would lose a sentence another report prints word for word
            if not _copies(match, whole) and not _headline_told(p, q, link, whole, verdict):
                return None
    added = [p for p in group if whole[p].article not in own]
    merged = sorted(link + added)
    if not all(verdict(x, y) is not None for x in added for y in merged if y != x):
        return None
    return merged


def _copies(match: PairMatch, whole: list[Unit]) -> bool:
    """Are the two sentences of one report copies of one passage: a verbatim or near pair, one saying all the other
    says (a source added, ``, officials said``; a name spelt out)? Two sentences of a report in like words about
    other things (``approved the budget`` and ``also approved the harbour plan``) make a near pair, and each is
    another report's counterpart of its own statement. The whole sentences' words must hold one another too, as
    the units' terms leave out who is said to speak: a quotation printed again under another speaker
    (``"...," said A`` and ``"...," said B``) is two statements of who said it, each its own link, so the
    attribution's difference shows."""
    shown_a, shown_b = match.unit_a.terms, match.unit_b.terms
    words_a, words_b = set(whole[match.a].words), set(whole[match.b].words)
    return match.kind != "paraphrase" and (shown_a <= shown_b or shown_b <= shown_a) \
        and (words_a <= words_b or words_b <= words_a)


def _headline_told(p: int, q: int, link: list[int], whole: list[Unit], verdict: Callable[[int, int], PairMatch | None]) -> bool:
    """Is one of ``p`` and ``q`` (a report's two sentences, judged one statement) its headline, the other its lede,
    and the headline judged one statement with another report's passage in ``link`` too? A headline states a
    report's main fact in other words than its lede, and in so few that beside a lede of other words it is
    often judged weaker (``Quake recorded in <county>`` beside ``struck <region>``): two judgements, each
    direct, not one through a third passage."""
    title, other = (p, q) if whole[p].span.in_title else (q, p)
    return (whole[title].span.in_title and whole[other].lede and not whole[other].span.in_title
            and any(verdict(title, y) is not None for y in link if whole[y].article != whole[title].article))


def _passages(group: list[int], whole: list[Unit], pairs: dict[tuple[int, int], PairMatch]) -> dict[int, Span]:
    """Each sentence's passage in ``group`` as its link shows it (``grouping.link_of``), by sentence."""
    of_report = {whole[p].span.article: p for p in group}
    return {of_report[span.article]: span for span in link_of(group, whole, pairs)[3]}


def _within(passage: Span | None, unit: Span) -> bool:
    """Does the judged ``unit`` hold the whole ``passage`` shown (no passage: nothing to hold)?"""
    return passage is None or unit.start <= passage.start and passage.end <= unit.end
