"""Where a page key moves a cursor through items of any height (passages, statements), and
where n/N move it through a search's hits."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence


def page_target(tops: Sequence[int], at: int, height: int, step: int) -> int:
    """The item a screenful below (``step`` = +1) or above (-1) item ``at``'s top, ``tops`` being
    each item's first row; always at least one item away (the caller clamps to the list)."""
    y = tops[at] + step * height
    target = max((n for n, top in enumerate(tops) if top <= y), default=0)
    return max(target, at + 1) if step > 0 else min(target, at - 1)


def next_hit(hits: Sequence[int], at: int, step: int) -> tuple[int, str]:
    """The hit after item ``at`` (``step`` = +1) or before it (-1) among ``hits`` (sorted, not
    empty), round the ends; and what to tell the user when it went round (else ``""``)."""
    ahead = [n for n in hits if (n > at if step > 0 else n < at)]
    if ahead:
        return (ahead[0] if step > 0 else ahead[-1]), ""
    target = hits[0] if step > 0 else hits[-1]
    if target == at:  # the only hit, already under the cursor: nothing went round
        return target, "This is the only hit"
    return target, f"Wrapped round to the {'first' if step > 0 else 'last'} hit"


def walk_place(position: int, total: int, ahead: bool) -> str:
    """Where a walk (a search's hits, a report's mentions) stands, as every status line says it: ``3/14`` on
    the third place; ``next 3/14`` between the second and the third, ``past 14/14`` after the last (``ahead``:
    moved off its places); the count alone before the first step (``position`` -1)."""
    if position < 0:
        return f"{total}"
    if ahead:
        return f"next {position + 1}/{total}" if position < total else f"past {total}/{total}"
    return f"{position + 1}/{total}"


def hit_place(hits: Sequence[int], at: int) -> str:
    """:func:`walk_place` of item ``at`` among ``hits`` (sorted, not empty): ``2/6`` on the second hit,
    ``next 2/6`` on an item between the first two."""
    after = bisect_right(hits, at)
    if after and hits[after - 1] == at:
        return walk_place(after - 1, len(hits), False)
    return walk_place(after, len(hits), True)
