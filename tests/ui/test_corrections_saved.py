"""The reader's saves never drop a decision: another reader's stay when this one undoes its own,
and a save that failed is said, then carried by the next one."""

from __future__ import annotations

import errno
import shutil

import pytest

from reader.core.store import writing
from reader.core.store.corrections import Corrections, load_corrections, merge_entities, save_corrections
from reader.ui.app import build_app
from tests.conftest import BUNDLED
from tests.helpers import told, until


@pytest.fixture
def folder(tmp_path):
    return shutil.copytree(BUNDLED, tmp_path / "d")


def people(analysis):
    return sorted((e for e in analysis.shared_entities if e.type == "person"), key=lambda e: e.name)


async def test_undo_here_keeps_what_another_reader_saved(bundled, analysis, folder):
    first, second, third = people(analysis)[:3]
    mine, theirs = merge_entities(first, second), merge_entities(first, third)
    app = build_app(bundled, analysis=analysis, folder=folder)
    async with app.run_test(size=(120, 40)):
        app.decide(mine, "merged")
        await app.workers.wait_for_complete()
        assert save_corrections(folder, Corrections((theirs,))) is None  # the other reader
        app.action_undo_decision()
        await app.workers.wait_for_complete()
    assert load_corrections(folder)[0].decisions == (theirs,)


async def test_a_failed_save_is_said_and_the_next_one_carries_it(bundled, analysis, folder, monkeypatch):
    first, second, third = people(analysis)[:3]

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    app = build_app(bundled, analysis=analysis, folder=folder)
    async with app.run_test(size=(120, 40)) as pilot:
        with monkeypatch.context() as patch:
            patch.setattr(writing.os, "fsync", full)
            app.decide(merge_entities(first, second), "merged")
            await until(pilot, lambda: any("no space left on device" in line for line in told(app)), workers=True)
        app.decide(merge_entities(first, third), "merged")
        await app.workers.wait_for_complete()
    assert load_corrections(folder)[0].decisions == (merge_entities(first, second), merge_entities(first, third))
