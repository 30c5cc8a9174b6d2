"""The one collector policy (reader.collector) frees what the reader is done with."""

import gc
import weakref

from reader.ui.app import build_app
from reader.ui.screens.compare import CompareScreen
from reader.ui.screens.quotes import QuotesScreen
from tests.helpers import until


async def _open_compare(pilot, app) -> CompareScreen:
    await pilot.press("c")
    await until(pilot, lambda: isinstance(app.screen, CompareScreen) and app.screen.passages("left"))
    return app.screen


async def _started(pilot) -> None:
    """Until start-up is over: the first paint froze what start-up built (reader.collector), and a
    screen opened before that would be frozen with it."""
    frozen = gc.get_freeze_count()
    await until(pilot, lambda: gc.get_freeze_count() > frozen)


async def test_a_closed_view_that_is_not_kept_is_freed(bundled, analysis):
    """A view opened anew over the kept one (reader.ui.kept), the quote tracker over a compare view
    over the kept tracker, is dropped once closed, with what its widgets drew."""
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await _started(pilot)
        await pilot.press("Q")
        await until(pilot, lambda: isinstance(app.screen, QuotesScreen))
        kept = app.screen
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, CompareScreen) and app.screen.passages("left"))
        await pilot.press("Q")
        await until(pilot, lambda: isinstance(app.screen, QuotesScreen) and app.screen is not kept)
        screen = app.screen
        # What its widgets drew too: a Textual cache once kept their caches of drawn lines.
        closed = [weakref.ref(node) for node in (screen, *(widget._styles_cache for widget in screen.walk_children()))]
        del screen
        await pilot.press("q")
        await until(pilot, lambda: isinstance(app.screen, CompareScreen))
        await until(pilot, lambda: gc.collect() >= 0 and not any(ref() for ref in closed))


async def test_a_closed_compare_view_is_freed_after_corrections_made_in_it(tiny, tiny_analysis):
    """A compare view that is not the kept one (pushed by hand: the app reuses one), in which a
    link was rejected and the rejection undone, is dropped once closed: no analysis change
    freezes what is shown (once, every closed compare view stayed for good), and what it asked
    the app to draw ahead (the N-way view under its cursor) does not hold it."""
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await _started(pilot)
        app.push_screen(CompareScreen(tiny_analysis))
        await until(pilot, lambda: isinstance(app.screen, CompareScreen) and app.screen.passages("left"))
        screen = app.screen
        await _judged_and_undone(pilot, app, screen)
        closed = [weakref.ref(node) for node in (screen, *(widget._styles_cache for widget in screen.walk_children()))]
        del screen
        await pilot.press("q")
        await until(pilot, lambda: not isinstance(app.screen, CompareScreen))
        await until(pilot, lambda: gc.collect() >= 0 and not any(ref() for ref in closed))


async def _judged_and_undone(pilot, app, screen: CompareScreen) -> None:
    """Reject the link under the cursor, then undo it, each shown by the compare view."""
    for key in ("x", "U"):
        before = app.analysis
        await pilot.press(key)
        await until(pilot, lambda: app.analysis is not before and screen.analysis is app.analysis)


def _live_objects() -> int:
    gc.collect()
    return len(gc.get_objects())


async def test_memory_stays_flat_over_fifty_rejections_undone(tiny, tiny_analysis):
    """Each round makes two new analyses, refills both columns and redraws them; what the last
    round drew must replace, not add to, what the first kept (drawn lines of every widget were
    once pinned by a Textual cache, thousands of objects a round)."""
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await _started(pilot)
        screen = await _open_compare(pilot, app)
        await _judged_and_undone(pilot, app, screen)
        after_first = _live_objects()
        for _ in range(49):
            await _judged_and_undone(pilot, app, screen)
        assert _live_objects() <= after_first * 1.10
