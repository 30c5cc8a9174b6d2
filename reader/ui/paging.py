"""Where a page key moves a cursor through items of any height (passages, statements)."""

from __future__ import annotations

from collections.abc import Sequence


def page_target(tops: Sequence[int], at: int, height: int, step: int) -> int:
    """The item a screenful below (``step`` = +1) or above (-1) item ``at``'s top, ``tops`` being
    each item's first row; always at least one item away (the caller clamps to the list)."""
    y = tops[at] + step * height
    target = max((n for n, top in enumerate(tops) if top <= y), default=0)
    return max(target, at + 1) if step > 0 else min(target, at - 1)
