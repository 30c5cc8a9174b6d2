"""A view closed while it is still mounting (the app quitting, or popping it, right after the key
that opened it) closes quietly. Textual takes a closing screen's children away while the screen
may still be waiting for them to mount; a view that then looked its widgets up again to draw them
found some gone (``NoMatches``), which one type-ahead test hit under heavy load."""

from __future__ import annotations

import asyncio
from importlib import import_module

import pytest

from reader.ui.app import KEPT_VIEWS, build_app
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


@pytest.mark.parametrize("turns", TURNS)
@pytest.mark.parametrize("pushed", [True, False], ids=["pushed", "built-ahead"])
@pytest.mark.parametrize("kept", KEPT_VIEWS, ids=[name for _, name in KEPT_VIEWS])
async def test_a_view_opened_as_the_app_leaves_is_not_mounted(bundled, analysis, kept, pushed, turns):
    """A view pushed (a key read after ``kill``) or built ahead once the app is leaving: Textual
    closed it before it was composed, and its mount found no widgets to draw in (a ``kill`` under
    load ended the program with status 1, ``NoMatches``). It is not mounted at all."""
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)):
        app.exit()
        if pushed:
            app.push_screen(getattr(import_module(f"reader.ui.screens.{kept[0]}"), kept[1]).ahead(analysis))
        else:
            app._build_ahead(*kept)
        for _ in range(turns):
            await asyncio.sleep(0)




@pytest.mark.parametrize("turns", TURNS)
@pytest.mark.parametrize("kept", KEPT_VIEWS, ids=[name for _, name in KEPT_VIEWS])
async def test_the_app_quitting_while_a_view_built_ahead_mounts_closes_quietly(bundled, analysis, kept, turns):
    """A kept view built ahead just before a quit (``c q q`` typed fast under load) may compose
    after it: Textual then mounts none of its widgets, and its mount looked one up to draw in (the
    matrix's table, the compare view's columns: ``NoMatches``, a traceback on the terminal at exit)."""
    app = build_app(bundled, analysis=analysis)
    app._unbuilt_views.clear()  # only the view below is built ahead, at the turn the test chooses
    async with app.run_test(size=(120, 40)):
        app._build_ahead(*kept)
        for _ in range(turns):
            await asyncio.sleep(0)
        app.exit()
    # run_test re-raises whatever failed in the app while it closed


@pytest.mark.parametrize("turns", TURNS)
@pytest.mark.parametrize("kept", KEPT_VIEWS, ids=[name for _, name in KEPT_VIEWS])
async def test_the_app_exiting_while_a_key_waits_for_the_view_built_ahead_closes_quietly(bundled, analysis, kept, turns):
    """A key opening a kept view still mounting waits for it; the app exiting meanwhile (a signal)
    left the view composed without widgets, and reopening it looked them up (``NoMatches``)."""
    app = build_app(bundled, analysis=analysis)
    app._unbuilt_views.clear()  # only the view below is built ahead, at the turn the test chooses
    view_type = getattr(import_module(f"reader.ui.screens.{kept[0]}"), kept[1])
    link = analysis.links[0]
    args = (analysis, link.passages[0]) if view_type is NWayScreen else (analysis,)
    async with app.run_test(size=(120, 40)):
        app._build_ahead(*kept)
        opening = asyncio.create_task(app.open_view(view_type, *args))
        for _ in range(turns):
            await asyncio.sleep(0)
        app.exit()
        await opening
