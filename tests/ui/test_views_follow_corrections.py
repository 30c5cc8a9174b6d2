"""A view redrawn for a new analysis (a correction, W, the analysis landing) keeps its keys: the
list gets the focus back, as when the view opened, so Enter and j/k still reach it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from reader.ui.app import build_app
from reader.ui.messages import AnalysisReady
from reader.ui.screens.naming import NamingList, NamingScreen
from reader.ui.screens.nway import NWayScreen, VersionList
from reader.ui.screens.quotes import QuoteList, QuotesScreen
from tests.helpers import on_top, until


def _versions(analysis):
    link = analysis.links[0]
    return NWayScreen(analysis, link.passages[0], link=link)


def _naming(analysis):
    return NamingScreen(analysis, analysis.shared_entities[0].id)


@pytest.mark.parametrize(("view", "listing"), [(_versions, VersionList), (QuotesScreen, QuoteList), (_naming, NamingList)],
                         ids=["versions", "quotes", "naming"])
async def test_the_list_has_the_keys_again_after_a_new_analysis(bundled, analysis, view, listing):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = view(analysis)
        await app.open_screen(screen)
        await on_top(pilot, type(screen))
        old = screen.query_one(listing)
        screen.post_message(AnalysisReady(replace(analysis)))
        # The naming matrix is composed again; the others show the new analysis in the same list.
        await until(pilot, lambda: screen.analysis is not analysis and screen.query(listing)
                    and (screen.query_one(listing) is not old or listing is not NamingList))
        await until(pilot, lambda: isinstance(screen.focused, listing))
        before = screen.focused.index
        await pilot.press("j")
        await until(pilot, lambda: screen.focused.index == before + 1)
