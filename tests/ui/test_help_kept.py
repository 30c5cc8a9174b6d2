"""The help draws its rows once and shows them again: opened again from the same kind of screen it
draws from the rows it kept; another theme, another analysis, another width or the keys of
another screen first draw them anew (what each shows differs)."""

from __future__ import annotations

from dataclasses import replace

from reader.ui.app import build_app
from reader.ui.messages import AnalysisReady
from reader.ui.screens.help import HelpScreen
from reader.ui.screens.reader import ReaderScreen
from tests.helpers import on_top, restyled, until


async def _help_rows(pilot) -> list:
    """Open the help, and its rows as drawn; then close it."""
    await pilot.press("question_mark")
    await on_top(pilot, HelpScreen)
    body = pilot.app.screen.query_one("#help-body")
    await until(pilot, lambda: body.scrollable_content_region.width > 0 and body.virtual_size.height > 0)
    rows = body.rows(body.scrollable_content_region.width)
    assert "Everywhere" in "\n".join(row.text for row in rows)
    await pilot.press("q")
    await on_top(pilot, ReaderScreen)
    return rows


async def test_the_help_opened_again_draws_no_row_again(tiny, tiny_analysis):
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        first = await _help_rows(pilot)
        assert await _help_rows(pilot) is first
        await restyled(pilot, key="t")  # light: drawn in the light palette
        light = await _help_rows(pilot)
        assert light is not first and light != first
        app.post_message(AnalysisReady(replace(tiny_analysis)))  # a correction's analysis: the marks follow it
        await until(pilot, lambda: app.analysis is not tiny_analysis)
        assert await _help_rows(pilot) is not light


async def test_the_help_follows_the_width_and_the_screen_it_is_opened_from(tiny, tiny_analysis):
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        wide = await _help_rows(pilot)
        await pilot.resize_terminal(70, 24)  # narrower than the help's box
        await until(pilot, lambda: app.size.width == 70)
        narrow = await _help_rows(pilot)
        assert narrow is not wide and max(row.cell_length for row in narrow) < max(row.cell_length for row in wide)
        await pilot.press("m")  # the coverage matrix: its keys come first
        await until(pilot, lambda: type(app.screen).__name__ == "CoverageScreen")
        await pilot.press("question_mark")
        await on_top(pilot, HelpScreen)
        assert app.screen.shown()[0][0] == "Coverage screen"
        assert len(app.help_rows) == 2


async def test_the_help_draws_its_first_screenful_then_the_rest_a_part_a_turn(tiny, tiny_analysis):
    """The first frame renders the parts in view; the others follow, the scrollable length with them,
    and ``G`` goes to the true end whenever it comes."""
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        await on_top(pilot, HelpScreen)
        body = app.screen.query_one("#help-body")
        (drawn,) = app.help_rows.values()
        await until(pilot, lambda: drawn.done)
        assert body.virtual_size.height == len(drawn.rows) > body.size.height
        await pilot.press("q", "question_mark", "G")  # kept: opened again, whole at once
        await on_top(pilot, HelpScreen)
        body = app.screen.query_one("#help-body")
        await until(pilot, lambda: body.scroll_y == len(drawn.rows) - body.size.height)


async def test_the_end_key_renders_what_is_left_first(tiny, tiny_analysis):
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark", "G")
        await on_top(pilot, HelpScreen)
        body = app.screen.query_one("#help-body")
        (drawn,) = app.help_rows.values()
        await until(pilot, lambda: body.scroll_y > 0)
        assert drawn.done and body.scroll_y == len(drawn.rows) - body.size.height
