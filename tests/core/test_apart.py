"""The analysis run in a child process: the same analysis comes back, progress is heard, and a
cancelled or failed analysis stops the child."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from reader.core.ingest.loading import load_dossier
from reader.core.pipeline import analyse
from reader.core.store.apart import ChildFailed, analyse_apart
from reader.core.store.cache import analyse_cached

from ..conftest import DATA


class Stop(Exception):
    pass


def children() -> list[str]:
    """Our live child processes."""
    return [pid for task in Path(f"/proc/{os.getpid()}/task").iterdir() for pid in (task / "children").read_text().split()]


@pytest.fixture
def wire():
    return load_dossier(DATA / "align" / "wire")


def test_the_child_s_analysis_is_the_one_computed_here(wire):
    heard = []
    apart, notice = analyse_cached(wire, progress=lambda *step: heard.append(step), apart=True)
    here = analyse(wire)
    assert notice is None
    assert (apart.sentences, apart.entities, apart.links, apart.weaker_links, apart.story) == (
        here.sentences, here.entities, here.links, here.weaker_links, here.story,
    )
    assert ("segment", len(wire.articles), len(wire.articles)) in heard


def test_a_cancelled_analysis_kills_the_child(wire):
    def cancel(stage, done, total):
        if stage == "segment":
            raise Stop

    with pytest.raises(Stop):
        analyse_apart(wire, "k", cancel)
    assert not children()


def test_a_child_that_fails_says_why(wire):
    broken = type(wire)(wire.root, (None,))
    with pytest.raises(ChildFailed, match="ValidationError"):
        analyse_apart(broken, "k", lambda *step: None)
    assert not children()



def live_in_group(group: int) -> list[int]:
    """Processes of process group ``group`` still running (zombies aside)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == group and fields[0] != "Z":
            found.append(int(stat.parent.name))
    return found


def test_a_cancelled_analysis_kills_the_copies_the_child_forked_too():
    from bench.generate import generate
    from reader.core.pipeline import BESIDE_FROM

    dossier, _ = generate(BESIDE_FROM)
    seen = []

    def cancel(stage, done, total):
        seen.extend(int(pid) for pid in children())
        if stage == "segment" and done == total:  # the figures are being found beside, by then
            raise Stop

    with pytest.raises(Stop):
        analyse_apart(dossier, "k", cancel)
    assert seen
    # SIGKILL to a group is delivered, not awaited: each copy is gone once the kernel schedules it.
    deadline = time.monotonic() + 30
    while any(live_in_group(pid) for pid in set(seen)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(live_in_group(pid) for pid in set(seen))


def test_stopping_every_analysis_ends_the_child_at_once(wire):
    """A reader quitting mid-analysis kills the child itself, without waiting for the worker to notice."""
    from reader.core.store.apart import stop_all

    def stop(stage, done, total):
        stop_all()

    with pytest.raises(ChildFailed, match="stopped"):
        analyse_apart(wire, "k", stop)
    assert not children()


def test_a_caller_cancelled_before_the_analysis_starts_no_child(wire, monkeypatch):
    """The reader quitting as it starts cancels its worker before the child is started: none is."""
    from reader.core.store import apart

    started = []
    monkeypatch.setattr(apart.subprocess, "Popen", lambda *args, **kwargs: started.append(args))

    def cancelled(stage, done, total):
        raise Stop

    with pytest.raises(Stop):
        analyse_apart(wire, "k", cancelled)
    assert started == []
