"""The analysis run in a child process: the same analysis comes back, progress is heard, and a
cancelled or failed analysis stops the child."""

from __future__ import annotations

import os
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

