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
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # in annotations only: reader.core.model defines them once an analysis is asked for
    from reader.core.model import Analysis, Entity

NEAR = 1500
"""Characters between two mentions that make their entities neighbours: about a screenful at 80x24."""
BUDGET = 15_000
"""Mentions read plus their meetings with an entity in their window, at most: a few tens of milliseconds."""


def entity_slots(analysis: Analysis) -> dict[str, int]:
    """Each shared entity's slot in ``analysis``, coloured once and kept with it
    (:meth:`~reader.core.model.Analysis.derived`): the worker that made it asks first."""
    return analysis.derived(
        "entity slots", lambda: colour_slots(analysis.shared_entities, analysis.mentions_by_article), of_entities=True
    )


def colour_slots(
    entities: Sequence[Entity], mentions: Mapping[str, Sequence[tuple[int, int, str]]], *, near: int = NEAR
) -> dict[str, int]:
    """A slot (0, 1, 2…) for each entity id; two neighbours never share one. ``mentions`` holds
    each report's mentions ``(start, end, entity_id)`` in order (``Analysis.mentions_by_article``;
    the mentions of entities not in ``entities`` are passed over)."""
    neighbours, read = _neighbours(entities, mentions, near)
    order = sorted((e for e in entities if e.id in read), key=lambda e: (-len(neighbours[e.id]), -len(e.mentions), e.id))
    slots: dict[str, int] = {}
    for entity in order:
        taken = {slots[other] for other in neighbours[entity.id] if other in slots}
        slots[entity.id] = next(slot for slot in range(len(taken) + 1) if slot not in taken)
    used = max(slots.values(), default=0) + 1
    for turn, entity in enumerate(e for e in entities if e.id not in read):
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
