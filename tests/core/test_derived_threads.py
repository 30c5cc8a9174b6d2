"""What an analysis derives is one value across threads: the worker building the weaker-links view
ahead and a correction's worker may ask one key of the tables they share at the same moment."""

from __future__ import annotations

import threading
from dataclasses import replace


def test_two_threads_finding_one_key_at_once_both_get_the_first_kept(analysis):
    """The slower find's value is dropped: both threads, and every later caller, get the one kept first
    (never one thread's value, then the other's)."""
    base = replace(analysis)  # the same text and entities, none of the session's tables
    weaker = base.with_weaker_links()  # keeps what is found of the entities with ``base``
    inside, release = threading.Event(), threading.Event()
    got: dict[str, list[str]] = {}

    def slow() -> list[str]:
        inside.set()
        release.wait(10)
        return ["slow"]

    first = threading.Thread(target=lambda: got.update(first=base.derived("probe", slow, of="entities")), daemon=True)
    first.start()
    assert inside.wait(10)
    got["second"] = weaker.derived("probe", lambda: ["quick"], of="entities")
    release.set()
    first.join(10)
    assert got["first"] is got["second"] is base.derived("probe", lambda: ["late"], of="entities")
    assert got["first"] == ["quick"]
