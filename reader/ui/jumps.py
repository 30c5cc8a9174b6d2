"""The jump list: the places the reader jumped from, to go back (``ctrl+o``) and forward again.

A browser's history more than vim's: jumping anew from a place reached by going back drops the
places ahead of it. Places are compared as given, so a jump that leaves the reader where it was
is not remembered twice.
"""

from __future__ import annotations

from typing import NamedTuple

LIMIT = 100


class Place(NamedTuple):
    """A report and the body offset at the top of its view (``None``: the top of the report)."""

    article: str
    offset: int | None


class JumpList:
    """Places jumped from, oldest first; ``_at`` is where going back last led (the end: nowhere)."""

    def __init__(self, limit: int = LIMIT) -> None:
        self._places: list[Place] = []
        self._at = 0
        self._limit = limit

    def record(self, here: Place) -> None:
        """A jump is about to leave ``here``."""
        del self._places[self._at:]
        if not self._places or self._places[-1] != here:
            self._places.append(here)
        del self._places[:-self._limit]
        self._at = len(self._places)

    def back(self, here: Place) -> Place | None:
        """The place before ``here``, or ``None`` at the oldest; ``here`` is kept to come forward to."""
        if self._at == len(self._places):
            self.record(here)
            self._at -= 1
        return self._move(here, -1)

    def forward(self, here: Place) -> Place | None:
        """The place ``back`` left, or ``None`` when there is none ahead."""
        return self._move(here, 1)

    def _move(self, here: Place, step: int) -> Place | None:
        target = self._at + step
        while 0 <= target < len(self._places) and self._places[target] == here:
            target += step
        if not 0 <= target < len(self._places):
            return None
        self._at = target
        return self._places[target]
