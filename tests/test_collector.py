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
