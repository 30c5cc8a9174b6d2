"""Title groups into the bodies' links: a statement that headlines and ledes tell alike is shown once.

The linker groups the pairs holding a title line apart from the bodies' pairs
(:func:`reader.core.links.titles.titles_apart`), so a headline never takes a body sentence's place
in the bodies' links. Grouped apart, the headlines of a statement the bodies link would make a
link of their own beside it, and a headline with another report's lede a third: one statement
shown two, three or four times. Here each group of title pairs joins the link whose statement
it tells, adding the reports that link lacks, when its passages meet the link's as two groups must
to merge (``grouping``); one passage per report still holds, so a group that would replace a
passage the link holds stays a link of its own.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable

from reader.core.links.grouping import kept_apart, one_statement


def told_in_links(links: list[list[int]], titled: list[tuple[list[int], list[int]]], whole: list,
                  weights: dict[str, float], pairs: dict) -> tuple[list[list[int]], list[list[int]]]:
    """``links`` (the bodies' confident groups; sentence numbers into ``whole``) with the headlines that
    tell their statements, and the title groups that tell none. ``titled`` holds each group of
    title pairs as found and as kept (:func:`~reader.core.links.titles.judged_bodies`); ``pairs`` the confident pairs of
    bodies and titles alike.

    A headline and a lede state a story's main fact, so the headlines of a statement the bodies
    link would show it again in a link of their own, and a headline and another report's lede in a
    third. A link takes the headlines of a group found holding all of it (and kept without it:
    a link joins those bodies already) when they meet its passages (:func:`_meets`); else a kept
    group joins the first link (a body link, or a title group kept before it) whose statement it
    tells (:func:`_tells`). Either way the link keeps its own passages and takes the reports it
    lacks, and the group is not shown again; nor is one whose headlines and bodies, copies each, a body
    link and another title group hold (:func:`_shown_apart`)."""
    every = [sorted(link) for link in links]  # the body links, then the title groups kept as links of their own
    bodies = len(every)
    homes: dict[int, set[int]] = defaultdict(set)  # each passage's links, by place in ``every``: a group meets only those

    def house(number: int, passages: Iterable[int]) -> None:
        for p in passages:
            homes[p].add(number)

    def holding(passages: Iterable[int], limit: int) -> list[int]:
        """The places of the links among the first ``limit`` that hold one of ``passages``, in order."""
        return sorted(n for n in {n for p in passages for n in homes[p]} if n < limit)

    for number, link in enumerate(every):
        house(number, link)
    for found, group in titled:
        held = next((n for n in holding(found, bodies) if set(every[n]) <= set(found) and not set(every[n]) <= set(group)), None)
        if held is not None:
            reports = {whole[p].article for p in every[held]}
            heads = [p for p in group if whole[p].span.in_title and whole[p].article not in reports]
            if _meets(heads, every[held], whole, weights, pairs):
                house(held, _add(every[held], heads, whole))
                continue
        if len(group) < 2 or _shown_apart(group, every[:bodies] + [other for _, other in titled if other is not group], whole):
            continue
        home = next((n for n in holding(group, len(every)) if _tells(group, every[n], whole, weights, pairs)), None)
        if home is None:
            house(len(every), group)
            every.append(sorted(group))
        else:
            house(home, _add(every[home], group, whole))
    return every[:bodies], every[bodies:]


def _shown_apart(group: list[int], shown: list[list[int]], whole: list) -> bool:
    """Are the group's headlines one text and its bodies one text, each held by a link of ``shown`` that
    holds it word for word in every report of the group? Wire copies print one headline and one lede:
    each headline with the other reports' ledes would show their statement a third time, as a
    paraphrase of copies. Asked of headlines and ledes worded apart, it took fourteen links read right
    off the twenty corpus dossiers: there such a link is where one report's headline meets another's lede."""
    reports = {whole[p].article for p in group}

    def held(part: set[int]) -> bool:
        texts = {whole[p].words for p in part}
        return not part or len(texts) == 1 and any(
            part <= set(link) and reports <= {whole[p].article for p in link if whole[p].words in texts} for link in shown)

    heads = {p for p in group if whole[p].span.in_title}
    return bool(heads) and held(heads) and held(set(group) - heads)


def _add(link: list[int], group: list[int], whole: list) -> list[int]:
    """Into ``link``, the passages of ``group`` of reports it lacks; they are returned."""
    reports = {whole[p].article for p in link}
    added = [p for p in group if whole[p].article not in reports]
    link.extend(added)
    link.sort()
    return added


def _meets(xs: Collection[int], ys: Collection[int], whole: list, weights: dict[str, float], pairs: dict, half: bool = True) -> bool:
    """Do passages ``xs`` meet passages ``ys`` (of other reports) as two groups must to merge
    (``grouping``): half of those pairs judged and confident (unless not ``half``), none kept
    apart (``grouping.kept_apart``)?"""
    cross = [(x, y) for x in xs for y in ys if whole[x].article != whole[y].article]
    matched = sum((min(x, y), max(x, y)) in pairs for x, y in cross)
    return bool(cross) and (not half or 2 * matched >= len(cross)) and not any(kept_apart(x, y, whole, weights, pairs) for x, y in cross)


def _tells(group: list[int], link: list[int], whole: list, weights: dict[str, float], pairs: dict) -> bool:
    """Does ``group`` share a passage with ``link`` and tell its statement, losing none of its own
    passages (its other ones are of reports the link lacks)? Sharing two, it does
    (``grouping.merge_repeats``); sharing one, its other passages meet the link's other ones
    (:func:`_meets`). Either way none of those pairs is kept apart, and each sentence's passages
    overlap (``grouping.one_statement``): a headline making two statements, each in a link of its
    own, does not chain the two."""
    shared = set(group) & set(link)
    reports = {whole[p].article for p in link}
    others = set(group) - shared
    if not shared or any(whole[p].article in reports for p in others):
        return False
    return _meets(others, set(link) - shared, whole, weights, pairs, half=len(shared) < 2) and one_statement(set(group) | set(link), whole, pairs)
