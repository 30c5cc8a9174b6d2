"""Where a walk stands, said one way by the reader's status line and the item views' titles."""

from __future__ import annotations

from reader.ui.paging import hit_place, walk_place


def test_a_walk_says_its_place_the_next_one_between_places_and_the_last_past_them():
    assert walk_place(-1, 6, False) == "6"  # the count alone before the first step
    assert walk_place(1, 6, False) == "2/6"
    assert walk_place(2, 6, True) == "next 3/6"
    assert walk_place(6, 6, True) == "past 6/6"


def test_an_item_among_the_hits_says_its_place_else_the_next_hits():
    hits = (2, 5, 9)
    assert hit_place(hits, 5) == "2/3"
    assert hit_place(hits, 2) == "1/3"
    assert hit_place(hits, 0) == "next 1/3"  # before the first: not the first itself
    assert hit_place(hits, 6) == "next 3/3"
    assert hit_place(hits, 12) == "past 3/3"
