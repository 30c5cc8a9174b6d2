"""Members joined through chains of pairs (union-find): the reports copying one another, the
quotations carrying one statement, the figures compared with each other, the short sentences copied
beside each other."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Generic, TypeVar

T = TypeVar("T", bound=Hashable)


class Partition(Generic[T]):
    """``members`` in groups, each its own at first; :meth:`join` merges two members' groups."""

    def __init__(self, members: Iterable[T]) -> None:
        self._parent = {member: member for member in members}

    def __contains__(self, member: object) -> bool:
        return member in self._parent

    def root(self, member: T) -> T:
        """The member standing for ``member``'s group: two members are in one group when their roots are one."""
        parent = self._parent
        while parent[member] != member:
            parent[member] = parent[parent[member]]
            member = parent[member]
        return member

    def join(self, a: T, b: T) -> None:
        self._parent[self.root(a)] = self.root(b)

    def join_all(self, pairs: Iterable[tuple[T, T]]) -> None:
        """:meth:`join` each pair, in one loop: hundreds of thousands of pairs (a figure copied into hundreds of
        reports is compared with each copy of another) cost a call each through :meth:`join`, and most join
        members already one."""
        parent = self._parent
        for a, b in pairs:
            while parent[a] != a:
                parent[a] = a = parent[parent[a]]
            while parent[b] != b:
                parent[b] = b = parent[parent[b]]
            if a != b:
                parent[a] = b

    def groups(self) -> list[list[T]]:
        """The groups, each in the members' order, in the order of their first members."""
        groups: dict[T, list[T]] = {}
        for member in self._parent:
            groups.setdefault(self.root(member), []).append(member)
        return list(groups.values())
