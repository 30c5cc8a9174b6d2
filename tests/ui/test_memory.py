"""The one collector policy (reader.collector) frees what the reader is done with."""

import gc
import weakref

from reader.ui.app import build_app
from reader.ui.screens.compare import CompareScreen
from reader.ui.screens.reader import ReaderScreen


async def _open_compare(pilot, app) -> CompareScreen:
    await pilot.press("c")
    while not (isinstance(app.screen, CompareScreen) and app.screen.passages("left")):
        await pilot.pause()
    return app.screen


async def _close(pilot, app) -> None:
    await pilot.press("escape")
    while not isinstance(app.screen, ReaderScreen):
        await pilot.pause()


async def test_a_closed_compare_screen_is_freed(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        closed = weakref.ref(await _open_compare(pilot, app))
        await _close(pilot, app)
        await pilot.pause()
        gc.collect()
        assert closed() is None
