"""ByStart: the items reaching or inside a stretch of text, found by bisection, are those a scan finds."""

from __future__ import annotations

import random

from reader.core.by_start import ByStart


def _index(spans: list[tuple[int, int]]) -> ByStart[tuple[int, int]]:
    return ByStart(sorted(spans, key=lambda span: span[0]), lambda span: span)


def test_a_long_item_starting_far_back_still_reaches():
    index = _index([(0, 100), (10, 12), (40, 45), (60, 61)])
    assert index.overlapping(50, 55) == [(0, 100)]
    assert index.overlapping(41, 60) == [(0, 100), (40, 45)]
    assert index.overlapping(12, 40) == [(0, 100)]  # ends are open: (10, 12) and (40, 45) only touch it
    assert index.within(10, 60) == [(10, 12), (40, 45)]  # (60, 61) starts at the end but runs past it


def test_nothing_to_find():
    index = _index([])
    assert index.overlapping(0, 10) == [] and index.within(0, 10) == []


def test_equal_starts_keep_their_given_order():
    spans = [(5, 9), (5, 6), (5, 20)]
    index = ByStart(spans, lambda span: span)
    assert index.overlapping(7, 8) == [(5, 9), (5, 20)]
    assert index.overlapping(0, 6) == spans


def test_as_a_scan_finds_on_random_spans():
    rng = random.Random(7)
    for _ in range(200):
        spans = [(s, s + rng.randint(1, 30)) for s in (rng.randint(0, 200) for _ in range(rng.randint(0, 40)))]
        index = _index(spans)
        for _ in range(20):
            start = rng.randint(-10, 230)
            end = start + rng.randint(1, 40)
            scanned = [span for span in index.items if span[0] < end and span[1] > start]
            assert index.overlapping(start, end) == scanned
            assert index.within(start, end) == [span for span in index.items if start <= span[0] and span[1] <= end]
