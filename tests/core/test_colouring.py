"""Entity highlight slots: entities mentioned near each other never share one."""

from __future__ import annotations

from reader.core.entities.colouring import NEAR, colour_slots, entity_slots
from reader.core.model import Entity, Span


def _index(entities):
    mentions = {}
    for entity in entities:
        for span in entity.mentions:
            mentions.setdefault(span.article, []).append((span.start, span.end, entity.id))
    return {key: sorted(rows) for key, rows in mentions.items()}


def _near(entities, near=NEAR):
    pairs = set()
    for a in entities:
        for b in entities:
            if a.id < b.id and any(x.article == y.article and x.start <= y.end + near and y.start <= x.end + near
                                   for x in a.mentions for y in b.mentions):
                pairs.add((a.id, b.id))
    return pairs


def test_no_two_entities_near_each_other_share_a_slot_on_the_bundled_reports(analysis):
    shared = analysis.shared_entities
    slots = colour_slots(shared, _index(shared))
    assert set(slots) == {entity.id for entity in shared}
    for a, b in _near(shared):
        assert slots[a] != slots[b], (a, b)


def test_far_apart_entities_reuse_the_first_slots():
    far = [Entity(f"e{n}", f"E{n}", "person", (f"E{n}",), (Span("a", n * 10 * NEAR, n * 10 * NEAR + 5),)) for n in range(10)]
    assert set(colour_slots(far, _index(far)).values()) == {0}
    close = [Entity(f"e{n}", f"E{n}", "person", (f"E{n}",), (Span("a", n * 10, n * 10 + 5),)) for n in range(10)]
    assert sorted(colour_slots(close, _index(close)).values()) == list(range(10))


def test_past_the_budget_entities_take_the_slots_in_turn(monkeypatch):
    from reader.core.entities import colouring

    monkeypatch.setattr(colouring, "BUDGET", 1)
    first = [Entity(f"a{n}", f"A{n}", "person", (f"A{n}",), (Span("r1", n * 10, n * 10 + 5),)) for n in range(3)]
    later = [Entity(f"b{n}", f"B{n}", "person", (f"B{n}",), (Span("r2", n * 10, n * 10 + 5),)) for n in range(6)]
    slots = colour_slots(first + later, _index(first + later))
    assert sorted(slots[e.id] for e in first) == [0, 1, 2]  # read: neighbours differ
    assert [slots[e.id] for e in later] == [0, 1, 2, 0, 1, 2]  # not read: in turn, never all alike


def test_the_slots_are_kept_with_the_analysis_and_its_weaker_links_view(analysis):
    slots = entity_slots(analysis)
    assert slots == colour_slots(analysis.shared_entities, _index(analysis.shared_entities))
    assert entity_slots(analysis) is slots
    assert entity_slots(analysis.with_weaker_links()) is slots  # not coloured again when W is pressed


def test_a_merge_keeps_the_slots_and_numbers_of_the_entities_it_left(analysis):
    """A merge recoloured every entity (a number the user had learned changed with it); now only
    the merged entity may move, and neighbours still never share a slot."""
    from reader.core.entities.colouring import entity_numbers
    from reader.core.store.corrections import Corrections, EntityKey, MergeEntities, apply_corrections

    shared = analysis.shared_entities
    keep, absorb = shared[0], shared[1]
    merged = apply_corrections(analysis, Corrections().adding(MergeEntities(EntityKey.of(keep), EntityKey.of(absorb))))
    before, after = entity_slots(analysis), entity_slots(merged)
    numbers_before, numbers_after = entity_numbers(analysis), entity_numbers(merged)
    left = [e.id for e in shared if e.id not in (keep.id, absorb.id)]
    assert numbers_before and {e.id for e in merged.shared_entities} == {keep.id, *left}
    assert all(after[i] == before[i] and numbers_after.get(i) == numbers_before.get(i) for i in left)
    assert sorted(numbers_after.values()) == sorted(set(numbers_after.values()))  # no number twice
    for a, b in _near(merged.shared_entities):
        assert after[a] != after[b], (a, b)
