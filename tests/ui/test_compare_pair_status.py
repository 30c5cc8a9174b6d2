"""The compare view shown again on another pair of reports never shows, even for a frame, the
status line of the pair it showed before (a kept view's line kept its last text until the new
pair's was worked out: on a cold cache, over half a second of another pair's words)."""

from __future__ import annotations

from reader.ui.app import build_app
from reader.ui.screens.compare import CompareScreen
from tests.helpers import compare_open, compare_status, until


async def test_a_view_shown_again_on_another_pair_drops_the_last_pairs_line(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.open_view(CompareScreen, analysis, "al-jazeera", "the-globe-and-mail")
        screen = await compare_open(pilot)
        await until(pilot, lambda: compare_status(screen).startswith("passage "))
        before = compare_status(screen)
        await pilot.press("q")
        await until(pilot, lambda: screen not in app.screen_stack)
        await app.open_view(CompareScreen, analysis, "eurasian-times", "trt-world")
        assert app.screen is screen and screen.report == {"left": "eurasian-times", "right": "trt-world"}
        assert compare_status(screen) != before
        await until(pilot, lambda: compare_status(screen).startswith("passage "))
