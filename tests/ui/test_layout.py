"""The article keeps at least 60% of a wide terminal, the entity panel open or not, and the
report list folds away with one key where room is short."""

from __future__ import annotations

import pytest

from reader.ui.app import build_app
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.source_list import SourceList
from tests.helpers import until


@pytest.mark.parametrize("width", [100, 120, 200])
async def test_the_article_keeps_sixty_percent_with_the_entity_panel_open(bundled, analysis, width):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(width, 40)) as pilot:
        await pilot.press("e")
        view = app.screen.query_one(ArticleView)
        await until(pilot, lambda: app.screen.query_one("#entities").size.width > 0)
        assert view.outer_size.width >= 0.6 * width


async def test_L_folds_the_report_list_away_and_back(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        view, sources = app.screen.query_one(ArticleView), app.screen.query_one(SourceList)
        await until(pilot, lambda: sources.size.height == 5 and view.size.height > 0)
        before = view.size.height
        await pilot.press("L")
        await until(pilot, lambda: view.size.height > before)
        assert not sources.display
        await pilot.press("]")  # reports still change
        assert app.article_id == bundled.articles[1].id
        await pilot.press("L")
        await until(pilot, lambda: view.size.height == before)


@pytest.mark.parametrize("keys", [("slash",), ("c", "slash")], ids=["reader", "compare"])
async def test_the_search_bar_opens_between_the_status_line_and_the_keys(bundled, analysis, keys):
    """It stood a blank row above the key bar."""
    from reader.ui.widgets.search_bar import SearchBar

    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*keys)
        bar = app.screen.query_one(SearchBar)
        await until(pilot, lambda: bar.display and bar.region.height > 0)
        assert bar.region.bottom == app.screen.query_one("#keys").region.y == 23


async def test_while_typing_a_search_the_key_bar_shows_no_key_that_would_type(bundled, analysis):
    """It said "/ Search" while "/" typed a slash into the search."""
    from reader.ui.widgets.search_bar import SearchBar

    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        keys = app.screen.query_one("#keys")
        assert "/ Search" in str(keys.render())
        await pilot.press("slash")
        bar = app.screen.query_one(SearchBar)
        await until(pilot, lambda: bar.display and "Close search" in str(keys.render()))
        shown = str(keys.render())
        assert "/ Search" not in shown and "c Compare" not in shown and "^p" in shown
        await pilot.press(*"a/b")
        assert bar.value == "a/b"
