"""Two stretches of text overlap in one way everywhere (:meth:`Span.overlaps`, :meth:`Span.overlap_length`)."""

import pytest

from reader.core.model import Span


@pytest.mark.parametrize(
    ("one", "other", "overlaps", "length"),
    [
        (Span("a", 0, 10), Span("a", 5, 20), True, 5),
        (Span("a", 5, 20), Span("a", 0, 10), True, 5),
        (Span("a", 0, 10), Span("a", 2, 4), True, 2),
        (Span("a", 0, 10), Span("a", 10, 20), False, 0),  # touching: no shared character
        (Span("a", 0, 10), Span("b", 0, 10), False, 0),  # the same offsets in another report
        (Span("a", -12, -1), Span("a", -5, 3), True, 4),  # a title passage lies before the body
        (Span("a", 5, 5), Span("a", 0, 10), True, 0),  # a point inside a passage
        (Span("a", 10, 10), Span("a", 10, 20), False, 0),  # a point where a sentence begins: not in it
        (Span("a", 10, 10), Span("a", 0, 10), False, 0),  # nor in the one it ends
    ],
)
def test_spans_overlap_only_within_one_report(one, other, overlaps, length):
    assert one.overlaps(other) is overlaps
    assert other.overlaps(one) is overlaps
    assert one.overlap_length(other) == other.overlap_length(one) == length
