"""Items over stretches of one text, kept by where they start, so that those reaching a passage, or
inside it, are found by two bisections: a report's mentions, quotations, links, figures or copied
runs, of which a long report holds thousands, for every passage asked about."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from itertools import accumulate
from typing import Generic, TypeVar

T = TypeVar("T")


class ByStart(Generic[T]):
    """``items``, each over ``bounds(item) == (start, end)`` of one text, given in the order of their
    starts. The items before the first whose furthest end so far passes a position all end before it,
    so the items that may reach a stretch are one slice of them."""

    __slots__ = ("items", "starts", "ends", "reach")

    def __init__(self, items: Sequence[T], bounds: Callable[[T], tuple[int, int]]) -> None:
        self.items = items
        spans = [bounds(item) for item in items]
        self.starts = [start for start, _ in spans]
        self.ends = [end for _, end in spans]
        # The furthest end of the first k + 1 items: those before the first reaching past a position
        # all end before it (a long item does not make every later one a candidate for overlapping).
        self.reach = list(accumulate(self.ends, max))

    def overlapping(self, start: int, end: int) -> list[T]:
        """The items overlapping ``[start, end)`` (starting before its end, ending after its start), in order."""
        first, last = bisect_right(self.reach, start), bisect_left(self.starts, end)
        items, ends = self.items, self.ends
        return [items[at] for at in range(first, last) if ends[at] > start]

    def within(self, start: int, end: int) -> list[T]:
        """The items inside ``[start, end]``, in order."""
        first, last = bisect_left(self.starts, start), bisect_right(self.starts, end)
        items, ends = self.items, self.ends
        return [items[at] for at in range(first, last) if ends[at] <= end]
