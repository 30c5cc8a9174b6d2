"""The collector policy: a bulk build pauses collection and puts it back as it was."""

import gc

from reader import collector


def test_building_pauses_the_collector_until_the_last_build_ends():
    assert gc.isenabled()
    with collector.building():
        with collector.building():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_building_leaves_a_paused_collector_paused():
    gc.disable()
    try:
        with collector.building():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_core_never_switches_the_collector():
    from pathlib import Path

    core = Path(collector.__file__).parent / "core"
    assert not [path.name for path in core.rglob("*.py") if "gc." in path.read_text(encoding="utf-8")]


def test_full_collections_wait_for_rest():
    """Once started, Python runs no full collection of its own; at rest one runs when due."""
    collector.started()
    try:
        for _ in range(collector._THRESHOLDS[2] + 1):
            gc.collect(1)  # what a busy stretch of keys does to the count of the oldest generation
        assert gc.get_count()[2] > collector._THRESHOLDS[2]
        assert gc.get_threshold()[2] > gc.get_count()[2]
        collector.at_rest()
        assert gc.get_count()[2] == 0
    finally:
        collector.stopped()
        gc.unfreeze()
    assert gc.get_threshold() == collector._THRESHOLDS



class _Held:
    """An object in a cycle, as an analysis's records are: only a collection frees it."""

    def __init__(self):
        self.itself = self


def _old_garbage_in_a_cycle():
    """A weak reference to a cycle that lived through young collections (as an analysis shown for a
    while) and is garbage now: only a full collection frees it."""
    import weakref

    held = _Held()
    gc.collect(1)  # still held: moved on to the oldest generation
    gone = weakref.ref(held)
    del held
    gc.collect(1)
    assert gone() is not None
    return gone


def test_a_replaced_analysis_is_freed_at_once():
    """A correction landing frees the analysis it replaced without waiting for rest."""
    collector.started()
    try:
        gone = _old_garbage_in_a_cycle()
        collector.replaced()
        assert gone() is None
    finally:
        collector.stopped()
        gc.unfreeze()


def test_no_collection_for_a_replaced_analysis_while_a_build_pauses_the_collector():
    collector.started()
    try:
        gone = _old_garbage_in_a_cycle()
        with collector.building():
            collector.replaced()
            assert gone() is not None
    finally:
        collector.stopped()
        gc.unfreeze()
