"""Type-ahead: keys sent in one burst (as over SSH) are all applied, in order, across every
screen transition. Each test queues its keys before the app handles the first, then waits for
the state the last key leads to."""

from __future__ import annotations

import textual.screen
from textual.widgets import Static

from reader.ui.app import build_app
from reader.ui.screens.compare import CompareScreen
from reader.ui.screens.coverage import CoverageScreen
from reader.ui.screens.nway import NWayScreen
from reader.ui.screens.reader import ReaderScreen
from reader.ui.widgets.article_view import ArticleView
from tests.helpers import burst, until


def _settled(app) -> bool:
    """Nothing left to handle: no key queued for the app or any screen on the stack."""
    return all(node._message_queue.empty() for node in (app, *app.screen_stack, *app.screen.walk_children()))


async def test_c_j_j_moves_the_new_compare_view_twice(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        burst(pilot, "c", "j", "j")
        await until(pilot, lambda: isinstance(app.screen, CompareScreen) and _settled(app))
        assert app.screen.active_column.cursor == 3  # from the first sentence (the headline is row 0)


async def test_c_then_w_opens_every_version_of_the_passage(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        burst(pilot, "c", "j", "j", "w")
        await until(pilot, lambda: isinstance(app.screen, NWayScreen))
        compare = app.screen_stack[-2]
        assert isinstance(compare, CompareScreen)
        assert app.screen.span == compare.passages("left")[3].sentence.span


async def test_what_c_j_j_moved_to_is_said_before_w_covers_the_view_with_no_frame_between(bundled, analysis, monkeypatch):
    """Under load a key can come before the next frame. The compare view's status line followed
    the cursor only after a frame, so ``w`` covered the view still naming an earlier passage, and
    the first frame back showed it: the end-to-end burst test (c j j w, escape) read that as the
    two j's lost. With no frame drawn at all, the status must still name the passage reached."""
    monkeypatch.setattr(textual.screen, "UPDATE_PERIOD", 3600.0)  # screens wait an hour to repaint
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        burst(pilot, "c", "j", "j", "w")
        await until(pilot, lambda: isinstance(app.screen, NWayScreen))
        compare = app.screen_stack[-2]
        status = str(compare.query_one("#compare-status", Static).render())
        assert compare.active_column.cursor == 3 and status.startswith("passage 4/"), status


async def test_enter_in_the_matrix_then_w_opens_every_version(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        burst(pilot, "m", "j", "enter", "w")
        await until(pilot, lambda: isinstance(app.screen, NWayScreen))
        assert [type(s) for s in app.screen_stack] == [ReaderScreen, CoverageScreen, CompareScreen, NWayScreen]
        coverage = app.screen_stack[1]
        assert app.screen.link == coverage.links[1]


async def test_escape_then_keys_go_to_the_reader(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        burst(pilot, "c", "w", "escape", "escape", "j", "j", "j")
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen) and app.screen.query_one(ArticleView).scroll_y == 3)


async def test_scrolling_in_a_burst_then_c_compares_from_the_top_of_the_view(bundled, analysis):
    """``4``, ``j`` x30, ``c``: compare opens on the passage read at the top of the view, not the lead."""
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        burst(pilot, "4", *"j" * 30, "c")
        await until(pilot, lambda: isinstance(app.screen, CompareScreen) and _settled(app))
        reader = app.screen_stack[0].query_one(ArticleView)
        assert reader.scroll_y == 30
        top = reader.passage_read()
        compare = app.screen
        passage = compare.passages("left")[compare.column("left").cursor]
        assert compare.report["left"] == top.article == analysis.dossier.articles[3].id
        assert passage.sentence.start <= top.start < passage.sentence.end
        assert compare.column("left").cursor > 5


async def test_a_search_typed_in_one_burst_is_searched_whole(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        burst(pilot, "slash", *"Garneau", "enter", "n")
        reader = app.screen
        await until(pilot, lambda: reader.walk_kind == "search" and reader.position == 1)
        assert reader.walk_label == "“Garneau”"


async def test_enter_typed_before_the_terminal_was_raw_still_ends_the_search(bundled, analysis):
    """Typed while the app starts, Enter reaches it as a line feed (the tty's CR-to-LF), which
    Textual reads as ctrl+j: it ends the search, so the ``n`` after it walk the hits."""
    from textual._xterm_parser import XTermParser

    assert [key.key for key in XTermParser().feed("\n")] == ["ctrl+j"]
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        burst(pilot, "slash", *"Garneau", "ctrl+j", "n", "n")
        reader = app.screen
        await until(pilot, lambda: reader.walk_kind == "search" and reader.position == 2)
        assert reader.walk_label == "“Garneau”"
