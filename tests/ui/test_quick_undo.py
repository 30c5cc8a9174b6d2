"""Undo pressed while a correction is still being applied: the screen ends on the corrections
kept, whatever order the workers' results land in, and the compare view's status line no
longer says "undoing…" once done. Made on a temporary copy of the bundled dossier; the first
correction's worker is held until the undo's result is shown."""

from __future__ import annotations

import shutil
import threading

import pytest

import reader.core.store.corrections as corrections_module
import reader.ui.app as app_module
from reader.ui.app import build_app
from tests.conftest import BUNDLED
from tests.helpers import compare_pair, compare_status, until

GLOBE, MONITOR = "the-globe-and-mail", "al-monitor"


@pytest.fixture
def folder(tmp_path):
    return shutil.copytree(BUNDLED, tmp_path / "d")


@pytest.fixture
def held(monkeypatch):
    """Applying a non-empty correction waits for the event returned (an undo to none runs at once)."""
    release = threading.Event()
    apply = corrections_module.apply_corrections

    def slow(analysis, corrections):
        if corrections.decisions:
            release.wait(10)
        return apply(analysis, corrections)

    monkeypatch.setattr(corrections_module, "apply_corrections", slow)
    return release


async def _x_then_undo(pilot, analysis):
    """``x`` on a linked passage, then ``U`` before the rejection is shown; the undo's result shown."""
    app = pilot.app
    screen = await compare_pair(pilot, analysis, GLOBE, MONITOR, "Following this review")
    assert screen.passages("left")[screen.active_column.cursor].link is not None
    await pilot.press("x")
    await until(pilot, lambda: app.correcting)
    await pilot.press("U")
    await until(pilot, lambda: any(said.startswith("Undid") for said in [screen.said]))
    return screen


async def test_the_status_line_stops_saying_undoing_once_done(bundled, analysis, folder, held):
    app = build_app(bundled, analysis=analysis, folder=folder)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _x_then_undo(pilot, analysis)
        held.set()
        await app.workers.wait_for_complete()
        await until(pilot, lambda: not app.correcting)
        await until(pilot, lambda: "undoing" not in compare_status(screen))
        assert compare_status(screen).startswith("Undid") or "passage" in compare_status(screen)
        await pilot.press("U")  # nothing left to undo: said, with the passage, not beside "undoing…"
        await until(pilot, lambda: "No correction to undo" in compare_status(screen))
        assert "undoing" not in compare_status(screen)


async def test_a_correction_landing_after_its_undo_is_not_shown(bundled, analysis, folder, held, monkeypatch):
    """The rejection's worker passed its "cancelled?" check just before the undo cancelled it: its
    result lands after the undo's and must not be shown."""

    class Uncancelled:
        is_cancelled = False

    monkeypatch.setattr(app_module, "get_current_worker", Uncancelled)
    app = build_app(bundled, analysis=analysis, folder=folder)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _x_then_undo(pilot, analysis)
        held.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()
        assert app.corrections.decisions == ()
        assert [link.passages for link in app.analysis.links] == [link.passages for link in analysis.links]
        assert screen.analysis is app.analysis
        assert screen.passages("left")[screen.active_column.cursor].link is not None
        assert not app.correcting
