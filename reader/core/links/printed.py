"""Sentences printed word for word in more reports than ``candidates.KEY_DF_LIMIT``: the candidate index drops
their key as saying little, so their copies seldom meet, and the most shared statement of a dossier (a wire copy
reprinted by fifty outlets) went unlinked. Indexing the key made every two copies a candidate pair, k(k-1)/2 of
them grouped for each sentence (find_links 3.25 -> 19.6 s CPU on a generated 500-report dossier). Here, once the
links are found, each such sentence's copies (the first in each report) join the confident links holding one of
them, or make a link of their own: linear in the copies. On a generated 250-report dossier (``bench/copies.py``,
``bench/printed_links.py``) copies of sentences printed in more than 48 reports in a confident link: 11 -> 6263 of
6487 (500 reports: 33 -> 13090 of 13512), find_links 1.29 -> 1.37 s CPU (500: 2.56 -> 2.86 s).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from dataclasses import replace

from reader.core.links import candidates
from reader.core.links.confidence import corroborated, told_alike
from reader.core.links.grouping import link_of
from reader.core.links.judging import _clause_of, _unit_at, judged
from reader.core.links.units import PairMatch, Unit


def widely_printed(built: list[tuple], whole: list[Unit], clauses: list[list[Unit]], weights: dict[str, float],
                   uncommon: frozenset[str], names: frozenset[str], doubtful: frozenset[str]) -> list[tuple]:
    """``built`` (as ``align`` builds links: weaker?, key, score, kind, passages) with the copies of each sentence
    printed in more than ``KEY_DF_LIMIT`` reports (body sentences of ``COPIED_WORDS`` words or more, alike as the
    candidate index reads them) in the confident links holding one of its copies, one passage per report (a
    report the link holds keeps its passage), else in a link of their own, judged as their first two copies are."""
    firsts: dict[tuple[str, ...], dict[int, int]] = defaultdict(dict)  # a sentence's words: its first copy in each report
    for p, unit in enumerate(whole):
        if len(unit.words) >= candidates.COPIED_WORDS and not unit.span.in_title:
            firsts[unit.words].setdefault(unit.article, p)
    wide = {words: copies for words, copies in firsts.items() if len(copies) > candidates.KEY_DF_LIMIT}
    if not wide:
        return built
    # Which sentence holds each link passage (a passage may be a clause of it): by report, sentence starts in order.
    starts: dict[str, tuple[list[int], list[int]]] = {}
    for p, unit in enumerate(whole):
        held = starts.setdefault(unit.span.article, ([], []))
        held[0].append(unit.span.start)
        held[1].append(p)
    number = {unit.span.article: unit.article for unit in whole}
    holding: dict[tuple[str, ...], list[int]] = defaultdict(list)  # a wide sentence's confident links, by index in built
    for index, (weak, *_, spans) in enumerate(built):
        if weak:
            continue
        for span in spans:
            at, sentences = starts[span.article]
            words = whole[sentences[bisect_right(at, span.start) - 1]].words
            if words in wide and (not holding[words] or holding[words][-1] != index):
                holding[words].append(index)
    built = list(built)
    for words, copies in wide.items():
        if holding[words]:
            for index in holding[words]:
                weak, _, score, kind, spans = built[index]
                present = {span.article for span in spans} | doubtful
                joined = sorted([(number[span.article], span) for span in spans]
                                + [(article, whole[p].span) for article, p in copies.items() if whole[p].span.article not in present])
                built[index] = (weak, (joined[0][0], joined[0][1].start), score, kind, tuple(span for _, span in joined))
            continue
        group = sorted(copies.values())
        match = judged(group[0], group[1], whole, clauses, weights, uncommon, names)
        if match is None:
            continue
        # Copies alike are judged alike (as ``judging`` judges two sentences of two classes once): a star of pairs.
        scores = {(group[0], p): m for p in group[1:] if (m := _judged_as(match, group[0], p, whole, clauses, weights, uncommon, names))}
        group = [group[0], *(p for _, p in scores)]
        if len(group) < 2:
            continue
        key, score, kind, spans = link_of(group, whole, scores)
        sure = match.confident and not any(span.article in doubtful for span in spans)
        sure = sure and corroborated(group, scores, names) and told_alike(group, scores, names)
        built.append((not sure, key, score, kind, spans))
    return built


def _judged_as(match: PairMatch, a: int, b: int, whole: list[Unit], clauses: list[list[Unit]], weights: dict[str, float],
               uncommon: frozenset[str], names: frozenset[str]) -> PairMatch | None:
    """``match`` (of two copies) as the pair of copies ``a`` and ``b``, through the same clauses of theirs; judged
    anew when a copy is cut in other clauses."""
    units = []
    for unit, sentence, copy in ((match.unit_a, match.a, a), (match.unit_b, match.b, b)):
        clause = _clause_of(sentence, unit, clauses)
        if len(clauses[copy]) != len(clauses[sentence]):
            return judged(a, b, whole, clauses, weights, uncommon, names)
        units.append(_unit_at(copy, clause, whole, clauses))
    return replace(match, a=a, b=b, unit_a=units[0], unit_b=units[1])
