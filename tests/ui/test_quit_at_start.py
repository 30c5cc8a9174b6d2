"""Leaving in the first moments: a ``q`` or ``ctrl+c`` typed while the program starts (the terminal
holds it until the reader reads keys), or a signal (the terminal closed, ``kill``), may come before
the reader screen is up."""

from __future__ import annotations

import asyncio
import signal

import pytest
from textual import events

from reader.core.store import apart
from reader.ui.app import DossierApp, build_app

TURNS = range(6)
"""Event-loop turns between the app's mount and the way out: every point of the reader screen's
mounting, each ordering tried, not left to the machine's load."""

WAYS_OUT = {
    "q": lambda app: app.post_message(events.Key("q", "q")),
    "ctrl+c": lambda app: app.post_message(events.Key("ctrl+c", None)),
    # What the signal's handler asks of the event loop (its 5 s timer aside: it would end the test run).
    "SIGTERM": lambda app: app.exit(return_code=128 + signal.SIGTERM),
}


@pytest.mark.parametrize("turns", TURNS)
@pytest.mark.parametrize("way", WAYS_OUT)
async def test_leaving_while_the_reader_screen_mounts_starts_no_analysis_and_fails_nothing(bundled, monkeypatch,
                                                                                         way, turns):
    """Before, a way out taken while the reader screen mounted made Textual take its widgets away from
    under those still mounting, whose mount then looked the others up (``NoMatches``, a traceback and
    status 1). And the analysis, started after the first frame, once the loop that cancels workers
    had ended: its child ran to its end and the program, its screen given back, waited for it before
    the shell came back (7 s under load)."""
    started = []
    popen = apart.subprocess.Popen
    monkeypatch.setattr(apart.subprocess, "Popen", lambda *args, **kwargs: started.append(args) or popen(*args, **kwargs))
    mounted = DossierApp.on_mount

    def leave_soon(app: DossierApp) -> None:
        mounted(app)

        async def later() -> None:
            for _ in range(turns):
                await asyncio.sleep(0)
            WAYS_OUT[way](app)

        asyncio.get_running_loop().create_task(later())

    monkeypatch.setattr(DossierApp, "on_mount", leave_soon)
    app = build_app(bundled)
    async with app.run_test() as pilot:  # re-raises whatever failed in the app while it closed
        await pilot.pause()
    for worker in list(app.workers):
        await worker.wait()
    assert started == []
