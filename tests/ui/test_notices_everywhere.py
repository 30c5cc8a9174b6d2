"""A problem met while a view is on top reaches the user as on the reader: in the notices strip
above the status line (never a toast over the text), dismissed by escape before anything else."""

from __future__ import annotations

import pytest

from reader.ui.app import build_app
from reader.ui.screens.compare import CompareScreen
from reader.ui.screens.coverage import CoverageScreen
from reader.ui.screens.quotes import QuotesScreen
from reader.ui.widgets.notices import Notices
from tests.helpers import compare_open, notices, on_top, until

PROBLEM = "reader-state.json: not saved: the disk is full"


@pytest.mark.parametrize("key, view", [("c", CompareScreen), ("m", CoverageScreen), ("Q", QuotesScreen)])
async def test_a_problem_told_over_a_view_shows_in_its_strip_and_escape_dismisses_it_first(tiny, tiny_analysis, key, view):
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press(key)
        await on_top(pilot, view)
        if view is CompareScreen:
            await compare_open(pilot)
        screen = app.screen
        app.tell("Reading state", PROBLEM)
        await until(pilot, lambda: notices(app) == {"Reading state": PROBLEM})
        assert not app._notifications  # not a toast over the view
        strip = screen.query_one(Notices)
        await until(pilot, lambda: strip.region.height)
        shown = "".join(line.text for line in strip.render_lines(strip.region.reset_offset))
        assert "Reading state" in shown and "the disk is full" in shown
        others = [widget for widget in screen.children if widget is not strip and widget.display and widget.region]
        assert not any(strip.region.overlaps(widget.region) for widget in others)
        assert strip.region.bottom <= screen.query_one("#keys").region.y
        await pilot.press("escape")
        await until(pilot, lambda: not app.notices and not strip.display)
        assert app.screen is screen  # the escape went to the notice
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is not screen)
        assert not notices(app)  # gone from the reader too


async def test_notices_told_on_the_reader_show_over_a_view_opened_meanwhile(tiny, tiny_analysis):
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        app.tell("Reading state", PROBLEM)
        await until(pilot, lambda: "Reading state" in notices(app))
        await pilot.press("m")
        await on_top(pilot, CoverageScreen)
        await until(pilot, lambda: notices(app) == {"Reading state": PROBLEM})
