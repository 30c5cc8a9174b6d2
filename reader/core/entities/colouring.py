"""Which highlight each shared entity gets, so that entities mentioned near each other differ.

Entities whose mentions come within :data:`NEAR` characters of each other in some report
(about a screenful of text) are neighbours; each entity gets the lowest slot none of its
neighbours has, the most connected first (Welsh and Powell's greedy colouring). A screen
draws slot ``n`` as colour ``n % colours``; the slots past the colours are the same colours
with a mark (and, drawn after each mention, a number naming the entity), so neighbours
still differ when the colours run out.

The worker that builds an analysis colours it (:func:`entity_slots`), holding the
interpreter lock the UI thread needs, so the work is bounded: reports are read in order until
:data:`BUDGET` mentions and meetings of two mentions have been counted (a few hundred reports);
entities that only later reports mention take the slots in turn, as an unbounded reading would
give them at least.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Mapping, Sequence
from itertools import count
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # in annotations only: reader.core.model defines them once an analysis is asked for
    from reader.core.model import Analysis, Entity

NEAR = 1500
"""Characters between two mentions that make their entities neighbours: about a screenful at 80x24."""
BUDGET = 15_000
"""Mentions read plus their meetings with an entity in their window, at most: a few tens of milliseconds."""


TINTS = 8
"""Slots a screen draws as a tint alone; past them, the tints again with a mark, and after each
mention a small number naming the entity (:func:`entity_numbers`)."""


def entity_slots(analysis: Analysis, *, before: Analysis | None = None) -> dict[str, int]:
    """Each listed entity's slot in ``analysis`` (:attr:`~reader.core.model.Analysis.listed_entities`), coloured
    once and kept with it (:meth:`~reader.core.model.Analysis.derived`): the worker that made it asks first. Given the
    analysis ``before`` a correction, the entities it left as they were keep their slots and
    numbers, which a user has learned: only the merged or split ones move."""

    def coloured() -> dict[str, int]:
        kept = _untouched(analysis, before, entity_slots(before)) if before is not None else {}
        return colour_slots(analysis.listed_entities, analysis.mentions_by_article, kept=kept)

    slots = analysis.derived("entity slots", coloured, of="entities")
    if before is not None:
        entity_numbers(analysis, before=before)
    return slots


def entity_numbers(analysis: Analysis, *, before: Analysis | None = None) -> dict[str, int]:
    """The number (1, 2…) of each entity past the first :data:`TINTS` slots, in slot order; after a
    correction (``before``, see :func:`entity_slots`) an entity it left keeps its number and the
    others take the lowest numbers free."""

    def numbered() -> dict[str, int]:
        slots = entity_slots(analysis)
        marked = sorted((e.id for e in analysis.listed_entities if slots[e.id] >= TINTS), key=slots.__getitem__)
        kept = _untouched(analysis, before, entity_numbers(before)) if before is not None else {}
        kept = {entity_id: number for entity_id, number in kept.items() if slots[entity_id] >= TINTS}
        free = (number for number in count(1) if number not in kept.values())
        return {entity_id: kept.get(entity_id) or next(free) for entity_id in marked}

    return analysis.derived("entity numbers", numbered, of="entities")


def _untouched(analysis: Analysis, before: Analysis, table: Mapping[str, int]) -> dict[str, int]:
    """``table``'s values for the entities of ``analysis`` whose mentions are as ``before`` had them."""
    old = {entity.id: entity.mentions for entity in before.listed_entities}
    return {e.id: table[e.id] for e in analysis.listed_entities if e.id in table and old.get(e.id) == e.mentions}


def colour_slots(
    entities: Sequence[Entity], mentions: Mapping[str, Sequence[tuple[int, int, str]]], *, near: int = NEAR,
    kept: Mapping[str, int] | None = None,
) -> dict[str, int]:
    """A slot (0, 1, 2…) for each entity id; two neighbours never share one. ``mentions`` holds
    each report's mentions ``(start, end, entity_id)`` in order (``Analysis.mentions_by_article``;
    the mentions of entities not in ``entities`` are passed over). The entities in ``kept`` are
    placed first, each in its slot there unless a neighbour placed before holds it."""
    kept = kept or {}
    neighbours, read = _neighbours(entities, mentions, near)
    order = sorted((e for e in entities if e.id in read or e.id in kept),
                   key=lambda e: (e.id not in kept, -len(neighbours[e.id]), -len(e.mentions), e.id))
    slots: dict[str, int] = {}
    for entity in order:
        taken = {slots[other] for other in neighbours[entity.id] if other in slots}
        wanted = kept.get(entity.id)
        slots[entity.id] = wanted if wanted is not None and wanted not in taken else next(
            slot for slot in range(len(taken) + 1) if slot not in taken)
    used = max(slots.values(), default=0) + 1
    for turn, entity in enumerate(e for e in entities if e.id not in slots):
        slots[entity.id] = turn % used
    return slots


def _neighbours(
    entities: Sequence[Entity], mentions: Mapping[str, Sequence[tuple[int, int, str]]], near: int
) -> tuple[dict[str, set[str]], set[str]]:
    """Each entity's neighbours, and the entities of the reports read: a window of ``near``
    characters slides over each report's mentions, and every mention meets the entities
    already in the window."""
    neighbours: dict[str, set[str]] = {entity.id: set() for entity in entities}
    read: set[str] = set()
    spent = 0
    for rows in mentions.values():
        if spent >= BUDGET:
            break
        window: deque[tuple[int, str]] = deque()
        inside: Counter[str] = Counter()  # the entities in the window, each with its mentions there
        for start, end, entity_id in rows:
            spent += 1
            if entity_id not in neighbours:
                continue
            while window and window[0][0] + near < start:
                gone = window.popleft()[1]
                inside[gone] -= 1
                if not inside[gone]:
                    del inside[gone]
            spent += len(inside)
            for other in inside:
                if other != entity_id:
                    neighbours[entity_id].add(other)
                    neighbours[other].add(entity_id)
            window.append((end, entity_id))
            inside[entity_id] += 1
            read.add(entity_id)
    return neighbours, read
