"""A report telling one statement twice: its second passage joins the link, not a link of its own.

Grouping gives a link one passage per report, so a report that tells a fact twice (its headline and
its lede, a lede and a later sentence repeating it) makes a second link of the fact, holding every
other report's passage again: one fact shown as two. Such a second link folds into the first, each
passage it adds one of a report the first holds, and that passage must make the first's statement
as its own passage does.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import chain
from typing import NamedTuple

from reader.core.links.grouping import KIND_ORDER, kept_apart
from reader.core.links.telling_apart import told_apart
from reader.core.links.units import PairMatch, Unit, overlapping
from reader.core.model import LinkKind, Span


class Built(NamedTuple):
    """A link as built (:func:`reader.core.links.align.find_links`), its sentences' passages by sentence."""

    weak: bool
    key: tuple
    score: float
    kind: LinkKind
    spans: tuple[Span, ...]
    members: dict[int, Span]


AGREEING = 2
"""A second passage of a report joins a link when it is judged a confident pair with this many of the
passages the two links share: one pair may rest on background (a name, a place)."""


def fold_repeats(built: list[Built], whole: list[Unit], weights: dict[str, float], names: frozenset[str],
                 pairs: dict[tuple[int, int], PairMatch]) -> list[tuple[bool, tuple, float, LinkKind, tuple[Span, ...], tuple[Span, ...]]]:
    """``built``, each confident link absorbing the confident links sharing two of its passages or more whose
    other passages are each a second passage of a report it holds (``_joins``) or one it took already, the absorbed
    ones gone: as
    ``(weak, key, score, kind, spans, also)``, ``also`` the second passages, in dossier order. Score and kind stay
    those of the link's own passages (one per report: what its pairs compare); so a link of closer kind (copies)
    never folds into a looser one, where its copies would read as paraphrases. Links are taken with the most
    reports first, then the best scored, so a link of a fact absorbs its repeats, never the reverse. ``pairs``
    holds every confident judged pair."""
    sure = sorted((i for i, link in enumerate(built) if not link.weak),
                  key=lambda i: (-len(built[i].members), -built[i].score, built[i].key))
    rank = {i: n for n, i in enumerate(sure)}
    holding: dict[int, list[int]] = defaultdict(list)
    for i in sure:
        for p in built[i].members:
            holding[p].append(i)
    gone: set[int] = set()
    also: dict[int, dict[int, Span]] = defaultdict(dict)
    for i in sure:
        if i in gone:
            continue
        mine, tried = built[i].members, {i}
        while True:  # what it takes may meet more links
            meeting = Counter(j for p, span in chain(mine.items(), also[i].items()) for j in holding[p]
                              if j not in tried and j not in gone and overlapping((span, built[j].members[p])))
            took = False
            for j in sorted((j for j, n in meeting.items() if n >= 2), key=rank.__getitem__):
                tried.add(j)
                if KIND_ORDER.index(built[j].kind) > KIND_ORDER.index(built[i].kind):
                    continue  # copies folded into a looser link would read as its paraphrases
                theirs = {**built[j].members, **also[j]}  # a link taken earlier gives what it took too
                added = {q: span for q, span in theirs.items()
                         if (q not in mine or not overlapping((span, mine[q]))) and also[i].get(q) != span}
                if all(_joins(q, mine, set(theirs) - set(added), whole, weights, names, pairs) for q in added):
                    also[i].update(added)
                    gone.add(j)  # nothing added: it showed again what the link now shows
                    took = True
            if not took:
                break
    return [(link.weak, link.key, link.score, link.kind, link.spans,
             tuple(sorted(also[i].values(), key=lambda s: (link.spans.index(_own(link.spans, s)), s.start))))
            for i, link in enumerate(built) if i not in gone]


def _own(spans: tuple[Span, ...], span: Span) -> Span:
    return next(s for s in spans if s.article == span.article)


def _joins(q: int, mine: dict[int, Span], shared: set[int], whole: list[Unit], weights: dict[str, float],
           names: frozenset[str], pairs: dict[tuple[int, int], PairMatch]) -> bool:
    """May sentence ``q`` join the link of ``mine`` as a second passage of its report? Its report's passage there
    is another sentence (two clauses of one sentence tell two things); ``q`` pairs with the link as that passage
    does: it is a confident pair with ``AGREEING`` of the ``shared`` passages and with half the members that
    passage is (one report's passages may each meet a third on a name), a copy of one of them when that passage
    is paired by copies only (``we are glad to begin`` is no copy of ``we are glad to start anew``); no member is kept apart from it
    (strangers, other figures, other stages: ``kept_apart``); and the judge would not tell it apart from its
    report's passage (``told_apart``: other sayings, stages, subjects ...) as it would two reports'."""
    own = next((p for p in mine if whole[p].article == whole[q].article), None)
    if own is None or own == q:
        return False
    if sum(_paired(q, p, pairs) for p in shared) < AGREEING:
        return False
    others = [p for p in mine if whole[p].article != whole[q].article]
    if 2 * sum(_paired(q, p, pairs) for p in others) < sum(_paired(own, p, pairs) for p in others):
        return False
    if _copies_only(own, others, pairs) and not any(pairs[key].kind != "paraphrase" for p in others
                                                    if (key := (min(q, p), max(q, p))) in pairs):
        return False  # its report's passage is a copy of the others': what they share is the wording
    if told_apart(whole[q], whole[own], weights, names):
        return False
    return not any(kept_apart(q, p, whole, weights, pairs) for p in others)


def _copies_only(own: int, others: list[int], pairs: dict[tuple[int, int], PairMatch]) -> bool:
    found = [pairs[key] for p in others if (key := (min(own, p), max(own, p))) in pairs]
    return bool(found) and all(m.kind != "paraphrase" for m in found)


def _paired(x: int, y: int, pairs: dict[tuple[int, int], PairMatch]) -> bool:
    return (min(x, y), max(x, y)) in pairs
