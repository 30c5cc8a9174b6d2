"""Items grouped by wording: a class per distinct wording, indexed by the keys of the wording.

A wording copied into k reports is keyed once and found as one class: what depends on the words
alone is worked out once per pair of wordings, not once per pair of copies, and a search by key
meets a class, not each of its k copies.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import Generic, TypeVar

W = TypeVar("W", bound=Hashable)


class Wordings(Generic[W]):
    """Items by their ``wordings`` (any hashable: a text, a tuple of words), in classes of equal wording
    (:attr:`class_of`, numbered in order of first appearance; :attr:`wordings`, by class); :meth:`add`
    puts an item in the index and :meth:`near` gives the classes of added items whose wording shares a
    key (``keys``, a function of the wording alone) with a class's wording."""

    def __init__(self, wordings: Sequence[W], keys: Callable[[W], Iterable[Hashable]]) -> None:
        numbers: dict[W, int] = {}
        self.class_of = [numbers.setdefault(wording, len(numbers)) for wording in wordings]
        self.wordings = list(numbers)
        self._keys = keys
        self._index: dict[Hashable, list[int]] = {}  # by key, the classes holding it
        self._near: dict[int, set[int]] = {}  # by class: the classes in the index sharing a key, kept up to date
        self._members: dict[int, list[int]] = {}

    def near(self, number: int) -> set[int]:
        """The classes sharing a key with class ``number`` (itself, when it has a key): those of items
        added, and any other asked about before (with no item, no member)."""
        if number not in self._near:
            keys = set(self._keys(self.wordings[number]))
            found = {other for key in keys for other in self._index.get(key, ())}
            for other in found:
                self._near[other].add(number)
            for key in keys:
                self._index.setdefault(key, []).append(number)
            self._near[number] = found | ({number} if keys else set())
        return self._near[number]

    def members(self, number: int) -> list[int]:
        """The items of class ``number`` added, in the order added."""
        return self._members.get(number, [])

    def add(self, item: int) -> None:
        number = self.class_of[item]
        self.near(number)
        self._members.setdefault(number, []).append(item)
