"""What an analysis derives is found once across threads: the worker building the weaker-links view
ahead and a correction's worker may ask one key of the tables they share at the same moment."""

from __future__ import annotations

import threading
from dataclasses import replace


def test_two_threads_asking_one_key_get_the_one_value_found(analysis):
    """The second thread waits for the first's ``find`` instead of running its own, both get the very
    object it found (never one thread's value, then the other's), and a third key asked meanwhile
    does not wait."""
    base = replace(analysis)  # the same text and entities, none of the session's tables
    weaker = base.with_weaker_links()  # keeps what is found of the entities with ``base``
    inside, release = threading.Event(), threading.Event()
    finders: list[str] = []

    def find() -> list[str]:
        finders.append(threading.current_thread().name)
        inside.set()
        release.wait(10)
        return [threading.current_thread().name]  # a new object per find: two finds would show

    got: dict[str, list[str]] = {}

    def ask(view, name):
        got[name] = view.derived("probe", find, of="entities")

    first = threading.Thread(target=ask, args=(base, "first"), name="first", daemon=True)
    second = threading.Thread(target=ask, args=(weaker, "second"), name="second", daemon=True)
    first.start()
    assert inside.wait(10)
    second.start()
    second.join(0.2)  # long enough to reach ``find`` if nothing kept it out
    assert second.is_alive() and finders == ["first"]
    assert weaker.derived("another key", lambda: "found", of="entities") == "found"
    release.set()
    first.join(10)
    second.join(10)
    assert finders == ["first"]
    assert got["first"] == ["first"] and got["second"] is got["first"]
    assert base.derived("probe", list, of="entities") is got["first"]
