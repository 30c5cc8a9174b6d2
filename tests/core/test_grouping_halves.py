"""Grouping split by the connected parts of the pair graph (``grouping.halves``): each half grouped on its own,
beside on a second core when large, gives the groups, strays and order of one pass. Invented units only."""

from __future__ import annotations

import pytest

from reader.core.links import grouping
from reader.core.links.units import PairMatch, Unit
from reader.core.model import Span

WORDS = "harbour pier closed repairs months board vote ferry storm coast road winter"
WEIGHTS = {t: 1.0 for t in WORDS.split()}


def _lede(sentence: int, terms: str) -> Unit:
    unit = Unit(sentence, sentence, Span(f"r{sentence}", 0, 30), tuple(terms.split()), (), frozenset(terms.split()),
                frozenset(), frozenset(), True, False, frozenset(), False)
    unit.weight = sum(WEIGHTS[t] for t in unit.terms)
    return unit


def test_halves_keep_each_connected_part_whole_and_balance_them():
    items = [(0, 1), (5, 6), (1, 2), (7, 8), (6, 9), (3, 4), (2, 0)]
    first, second = grouping.halves(items)
    assert sorted(first + second) == list(range(len(items)))
    assert first == sorted(first) and second == sorted(second)
    assert not {p for n in first for p in items[n]} & {p for n in second for p in items[n]}
    assert {0, 2, 6} <= set(first) or {0, 2, 6} <= set(second)  # one part: 0-1-2
    assert abs(len(first) - len(second)) <= 1


def test_one_chained_part_is_one_half():
    first, second = grouping.halves([(0, 1), (1, 2), (2, 3), (3, 4)])
    assert (first, second) == ([0, 1, 2, 3], [])


def _fixture():
    """Two events: three ledes of one paired among themselves, and two of the other, whose pair comes first."""
    whole = [_lede(0, "harbour pier closed repairs months board"), _lede(1, "harbour pier closed repairs months vote"),
             _lede(2, "harbour pier closed repairs board vote"), _lede(3, "ferry storm coast road winter"),
             _lede(4, "ferry storm coast road winter")]

    def pair(a: int, b: int, score: float) -> PairMatch:
        return PairMatch(a, b, score, "paraphrase", whole[a], whole[b], True)

    matches = [pair(3, 4, 0.9), pair(0, 1, 0.8), pair(0, 2, 0.7), pair(1, 2, 0.7)]
    return matches, whole, {(m.a, m.b): m for m in matches}


@pytest.mark.parametrize("beside_from", [grouping.GROUPED_BESIDE_FROM, 1])
def test_groups_split_in_halves_come_back_in_the_order_of_one_pass(monkeypatch, beside_from):
    """The larger part is grouped in the first half, the smaller beside (in a fork when there is a second core);
    put back, the group of the pair met first leads, as in one pass."""
    monkeypatch.setattr(grouping, "GROUPED_BESIDE_FROM", beside_from)
    monkeypatch.setattr(grouping, "MERGED_BESIDE_FROM", beside_from)
    matches, whole, pairs = _fixture()
    assert grouping.halves([(m.a, m.b) for m in matches]) == ([1, 2, 3], [0])
    one_pass, strays = grouping._grouped(matches, list(range(len(matches))), whole, WEIGHTS, frozenset(), pairs, True)
    assert [group for _, _, group in one_pass] == [[3, 4], [0, 1, 2]] and not strays
    assert grouping.group_pairs(matches, whole, WEIGHTS, frozenset(), pairs, []) == [[3, 4], [0, 1, 2]]
    groups = [[0, 1, 2], [3, 4], [1, 2]]
    assert grouping.merge_repeats(groups, whole, pairs) == \
        [group for _, group in grouping._merged(groups, [0, 1, 2], whole, pairs)] == [[3, 4], [0, 1, 2]]
