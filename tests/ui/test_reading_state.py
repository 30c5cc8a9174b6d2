"""Reopening a dossier returns to the report, the place in it, the theme and the style the user
left; a hostile state file is ignored with one notice."""

from __future__ import annotations

import shutil

import pytest

from reader.core.store.reading import ReadingState, load_reading_state, state_path
from reader.ui.app import build_app
from reader.ui.widgets.article_view import ArticleView
from tests.conftest import BUNDLED
from tests.helpers import notices, until


@pytest.fixture
def folder(tmp_path):
    return shutil.copytree(BUNDLED, tmp_path / "d")


async def test_reopening_returns_where_the_user_left(bundled, analysis, folder):
    app = build_app(bundled, analysis=analysis, folder=folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("3", *"j" * 12, "t", "s")
        view = app.screen.query_one(ArticleView)
        top = view.reading_at().start
        theme, style = app.theme, app.highlight_style
        await pilot.press("q")
    assert load_reading_state(folder)[0] == ReadingState(bundled.articles[2].id, top, theme, style)

    again = build_app(bundled, analysis=analysis, folder=folder)
    async with again.run_test(size=(120, 40)) as pilot:
        view = again.screen.query_one(ArticleView)
        await until(pilot, lambda: view.scroll_y > 0)
        assert again.article_id == bundled.articles[2].id and view.article.id == again.article_id
        assert view.reading_at().start == top
        assert (again.theme, again.highlight_style) == (theme, style)
        assert not again._notifications


async def test_ctrl_c_saves_too_and_the_top_of_a_report_is_remembered_as_the_top(bundled, analysis, folder):
    app = build_app(bundled, analysis=analysis, folder=folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2", "ctrl+c")
    assert load_reading_state(folder)[0].offset is None
    assert load_reading_state(folder)[0].article == bundled.articles[1].id


async def test_a_hostile_state_is_ignored_with_one_notice(bundled, analysis, folder):
    path = state_path(folder)
    path.parent.mkdir(parents=True)
    path.write_text('{"format": "dossier-reader reading state", "version": 1, "article": "\\u001b]52;c;x\\u0007",'
                    ' "theme": "[bold]x", "offset": 99999999}')
    app = build_app(bundled, analysis=analysis, folder=folder)
    async with app.run_test(size=(120, 40)):  # the state is read before the app mounts
        assert app.article_id == bundled.articles[0].id and app.theme == "textual-dark"
        assert not app._notifications  # unknown names are simply not used

    path.write_bytes(b"\x00garbage")
    app = build_app(bundled, analysis=analysis, folder=folder)
    async with app.run_test(size=(120, 40)):  # the problem is told as the app mounts
        said = notices(app).get("Reading state", "")
        assert said and "\x00" not in said
        assert app.article_id == bundled.articles[0].id


async def test_the_report_list_shows_the_report_reopened(tmp_path):
    """At 80x24 the list shows five reports: the eighth, reopened, is scrolled into it."""
    from reader.core.model import Dossier
    from reader.core.store.reading import save_reading_state
    from reader.ui.widgets.source_list import SourceList
    from tests.helpers import make_article

    dossier = Dossier(str(tmp_path), tuple(make_article(f"Report {n} says a thing.", article_id=f"r{n}", outlet=f"Outlet {n}")
                                           for n in range(8)))
    assert save_reading_state(tmp_path, ReadingState("r7", None, "", "")) is None
    app = build_app(dossier, folder=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        sources = app.screen.query_one(SourceList)
        await until(pilot, lambda: sources.compact and sources.size.width > 60 and sources.scrollable_content_region.height)
        shown = range(round(sources.scroll_y), round(sources.scroll_y) + sources.scrollable_content_region.height)
        assert app.article_id == "r7" and sources.cursor == 7
        assert len(shown) < 8 and 7 in shown


@pytest.mark.parametrize("saved, kept", [("nord", "nord"), ("no-such-style", "")])
async def test_a_saved_style_is_checked_after_the_first_frame_not_before(bundled, analysis, folder, saved, kept):
    """Pygments' styles are found (~100 ms: every style module and every installed package's plugins)
    only once the first frame is drawn: a style saved is taken as it is, then checked, and one no
    installed Pygments has is dropped (the theme's default is drawn meanwhile)."""
    from reader.core.store.reading import save_reading_state
    from reader.report.highlight import style_names

    assert save_reading_state(folder, ReadingState(style=saved)) is None
    style_names.cache_clear()
    app = build_app(bundled, analysis=analysis, folder=folder)
    assert style_names.cache_info().currsize == 0 and app.highlight_style == saved
    checked, check = [], app._keep_known_style
    app._keep_known_style = lambda: (check(), checked.append(app.highlight_style))
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: checked)  # the check done: a style kept is kept for a reason
        assert checked == [kept] and app.highlight_style == kept
        assert not app._notifications


async def test_a_saved_style_unknown_is_dropped_by_the_worker_that_finds_the_styles(bundled, folder):
    """From the command line (no analysis given), the analysis worker finds the styles and the style is checked then."""
    from reader.core.store.reading import save_reading_state

    assert save_reading_state(folder, ReadingState(style="no-such-style")) is None
    app = build_app(bundled, folder=folder)
    assert app.highlight_style == "no-such-style"
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: app.highlighting, workers=True)
        assert app.highlight_style == ""
