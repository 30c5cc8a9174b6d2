"""Where a page key moves a cursor through items of any height (passages, statements), and
where n/N move it through a search's hits."""

from __future__ import annotations

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
