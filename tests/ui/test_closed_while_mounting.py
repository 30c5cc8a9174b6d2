"""A view closed while it is still mounting (the app quitting, or popping it, right after the key
that opened it) closes quietly. Textual takes a closing screen's children away while the screen
may still be waiting for them to mount; a view that then looked its widgets up again to draw them
found some gone (``NoMatches``), which one type-ahead test hit under heavy load."""

from __future__ import annotations

import asyncio

import pytest

from reader.ui.app import build_app
from reader.ui.screens.naming import NamingScreen
from reader.ui.screens.nway import NWayScreen
from reader.ui.screens.quotes import QuotesScreen

TURNS = range(6)
"""Event-loop turns between pushing the view and closing the app: every point of its mounting
(it is mounted after two), so each ordering is tried, not left to the machine's load."""


def _versions(analysis):
    link = analysis.links[0]
    return NWayScreen(analysis, link.passages[0], link=link)


def _naming(analysis):
    return NamingScreen(analysis, analysis.entities[0].id)


@pytest.mark.parametrize("turns", TURNS)
@pytest.mark.parametrize("view", [_versions, _naming, QuotesScreen], ids=["versions", "naming", "quotes"])
async def test_the_app_closing_while_a_view_mounts_closes_quietly(bundled, analysis, view, turns):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)):
        app.push_screen(view(analysis))
        for _ in range(turns):
            await asyncio.sleep(0)
    # run_test re-raises whatever failed in the app while it closed
