"""The union-find shared by the findings: joining many pairs in one loop groups as joining them one by one."""

import random

from reader.core.partition import Partition


def test_joining_all_pairs_at_once_groups_as_joining_them_one_by_one():
    """Copies compared with each copy of another (most pairs join members already one), chains, and members
    left alone: the groups, in their order, are those of :meth:`Partition.join` called pair by pair."""
    chooser = random.Random(7)
    members = [f"r{n}" for n in range(60)]
    pairs = [(x, y) for x in members[:12] for y in members[12:20]]  # two classes of copies, all with all
    pairs += [(members[n], members[n + 1]) for n in range(25, 35)]  # a chain
    pairs += [(chooser.choice(members[40:55]), chooser.choice(members[40:55])) for _ in range(25)]
    chooser.shuffle(pairs)
    one_by_one, at_once = Partition(members), Partition(members)
    for a, b in pairs:
        one_by_one.join(a, b)
    at_once.join_all(pairs)
    assert at_once.groups() == one_by_one.groups()
    assert members[:20] in at_once.groups() and [members[59]] in at_once.groups()
    assert members[25:36] in at_once.groups()
