"""What a key repaints: only the cells whose look changed, not the panes around them.

A repaint is cells sent to the terminal (and, before, rows Textual renders again): a Tab that
repainted both panes sent 18 kB, a scroll repainted the whole scrollbar. The regions a key
marks for repainting are read right after the key's handler, before the next frame takes them.
"""

from __future__ import annotations

from textual._styles_cache import StylesCache
from textual.geometry import Region
from textual.screen import Screen
from textual.widget import Widget

from reader.ui.app import build_app
from reader.ui.drawing import RowStylesCache
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.source_list import SourceList
from tests.helpers import until


async def test_a_tab_repaints_the_panes_titles_and_the_list_cursor_only(bundled, analysis, monkeypatch):
    """The focus shows in the panes' titles (and the list's cursor): a Tab that repainted a
    border of another colour, or the text, fails."""
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        view, sources = app.screen.query_one(ArticleView), app.screen.query_one(SourceList)
        await pilot.pause()
        asked: dict[Widget, list[tuple[Region, ...]]] = {view: [], sources: []}  # () is all of it
        set_dirty = Widget._set_dirty
        monkeypatch.setattr(Widget, "_set_dirty", lambda widget, *regions: (
            asked[widget].append(regions) if widget in asked else None, set_dirty(widget, *regions))[-1])

        def title(pane: Widget) -> Region:
            (width, _), (left, top) = pane.outer_size, pane.content_offset
            return Region(-left, -top, width, 1)

        for focused in (sources, view):
            await pilot.press("tab")
            await until(pilot, lambda focused=focused: focused.has_focus and all(asked.values()))
            await pilot.pause()
            assert all(all(regions) for regions in asked.values()), asked  # never a whole pane
            assert {region for regions in asked[view] for region in regions} == {title(view)}
            cursor = {region for regions in asked[sources] for region in regions} - {title(sources)}
            assert {(region.y, region.height) for region in cursor} == {(0, sources.rows_each)}, asked
            for repaints in asked.values():
                repaints.clear()


async def test_scrolling_a_row_repaints_a_few_rows_of_the_scrollbar_and_a_restyle_none(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        bar = view.vertical_scrollbar
        assert bar.display and bar.size.height > 20
        bar._repaint_regions.clear()
        view.action_rows(1)
        rows = bar._repaint_regions
        assert rows and len(rows) < 5 and all(region.height == 1 for region in rows)
        bar._repaint_regions.clear()
        view.styles.scrollbar_color = view.styles.scrollbar_color  # what a restyle of the pane does
        assert not bar._repaint_regions


async def test_moving_in_the_report_list_repaints_the_two_reports_rows(bundled, analysis, monkeypatch):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        sources = app.screen.query_one(SourceList)
        sources.focus()
        await pilot.pause()
        asked: list[tuple[Region, ...]] = []
        set_dirty = Widget._set_dirty
        monkeypatch.setattr(Widget, "_set_dirty", lambda widget, *regions: (
            asked.append(regions) if widget is sources else None, set_dirty(widget, *regions))[-1])
        await pilot.press("j")
        assert app.article_id == bundled.articles[1].id
        painted = {region for regions in asked for region in regions}
        assert all(asked) and {region.y for region in painted} == {0, sources.rows_each}, asked
        assert all(region.height == sources.rows_each for region in painted)


async def test_a_move_in_the_report_list_shows_the_report_in_the_frame_that_moves_the_cursor(bundled, analysis, monkeypatch):
    """The article follows the list's cursor at once: drawn as the key was handled, the cursor went
    to the terminal a frame before the report it selected."""
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        sources, view = app.screen.query_one(SourceList), app.screen.query_one(ArticleView)
        sources.focus()
        await pilot.pause()
        frames: list[list[Region]] = []  # the regions each frame sends
        compositor_refresh = Screen._compositor_refresh
        monkeypatch.setattr(Screen, "_compositor_refresh", lambda screen: (
            frames.append(list(screen._compositor._dirty_regions)), compositor_refresh(screen))[-1])
        await pilot.press("j")
        await until(pilot, lambda: any(view.region.overlaps(region) for frame in frames for region in frame))
        first = next(frame for frame in frames if any(sources.region.overlaps(region) for region in frame))
        assert any(view.region.overlaps(region) for region in first)


async def test_a_focus_move_draws_only_the_cursors_rows_of_the_list_again(bundled, analysis, monkeypatch):
    """Only the cursor follows the focus in the report list: the other reports' rows are
    repainted from the strips drawn before, not drawn again (but for the reports beside the
    cursor, drawn ahead as the cursor will show them: see the next test)."""
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        sources = app.screen.query_one(SourceList)
        await pilot.pause()
        drawn: list[tuple[str, int]] = []  # (report, row of its entry) of each row drawn
        draw = SourceList._draw
        monkeypatch.setattr(SourceList, "_draw", lambda self, article, part, *rest: (
            drawn.append((article.id, part)), draw(self, article, part, *rest))[-1])
        before = sources.render_line(0)
        await pilot.press("tab")
        await until(pilot, lambda: sources.has_focus and drawn)
        await pilot.pause()  # the frame drawn
        cursor_and_beside = {bundled.articles[n].id for n in (0, 1, -1)}
        assert set(drawn) == {(report, part) for report in cursor_and_beside for part in range(sources.rows_each)}
        assert sources.render_line(0) != before  # the cursor shows the focus


async def test_the_cursor_moves_to_rows_drawn_and_finished_ahead(bundled, analysis, monkeypatch):
    """The reports beside the cursor are drawn and finished ahead as the cursor shows them: a
    move repaints by look-up, and what it shows is what Textual's own cache makes."""
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        sources = app.screen.query_one(SourceList)
        sources.focus()
        await pilot.pause()
        ahead = [False]  # the rows drawn ahead once a move is on screen are not the move's
        cursor_ahead = SourceList._cursor_ahead

        def drawing_ahead(self) -> None:
            ahead[0] = True
            try:
                cursor_ahead(self)
            finally:
                ahead[0] = False

        monkeypatch.setattr(SourceList, "_cursor_ahead", drawing_ahead)
        drawn: list[str] = []
        draw = SourceList._draw
        monkeypatch.setattr(SourceList, "_draw", lambda self, article, *rest: (
            None if ahead[0] else drawn.append(article.id), draw(self, article, *rest))[-1])
        finished: list[int] = []
        render_line = StylesCache.render_line
        monkeypatch.setattr(StylesCache, "render_line", lambda cache, styles, y, *rest: (
            finished.append(y) if cache is sources._styles_cache and not ahead[0] else None,
            render_line(cache, styles, y, *rest))[-1])
        for number in (1, 2, 1):
            sources.action_move(1 if number > sources.cursor else -1)
            drawn.clear(), finished.clear()
            # The cursor is drawn with the report it selects, once the screen shows it.
            await until(pilot, lambda: app.article_id == bundled.articles[number].id)
            whole = Region(0, 0, *sources.outer_size)
            lines = sources.render_lines(whole)
            top, bottom = sources.gutter.top, whole.height - sources.gutter.bottom
            assert drawn == [] and [y for y in finished if top <= y < bottom] == []
            assert lines == StylesCache().render_widget(sources, whole)
            await pilot.pause()  # the frame on screen: the next reports drawn ahead


async def test_scrolling_a_row_finishes_one_new_line_the_same_as_textuals(bundled, analysis, monkeypatch):
    """A scroll moves every row a place: the lines finished before (border and padding added) are
    found under their rows, and only the row coming into view is finished (none when it is one
    shown a moment ago); what the pane shows is what Textual's own cache makes, after scrolling
    down, up, and across a restyle."""
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        whole = Region(0, 0, *view.outer_size)
        assert isinstance(view._styles_cache, RowStylesCache)
        finished: list[int] = []
        render_line = StylesCache.render_line
        monkeypatch.setattr(StylesCache, "render_line", lambda cache, styles, y, *rest: (
            finished.append(y) if cache is view._styles_cache else None, render_line(cache, styles, y, *rest))[-1])
        for rows, new in ((1, 1), (1, 1), (-1, 0), (3, 2)):
            view.render_lines(whole)  # the frame before: its lines finished
            finished.clear()
            view.action_rows(rows)
            lines = view.render_lines(whole)
            top, bottom = view.gutter.top, whole.height - view.gutter.bottom
            assert len([y for y in finished if top <= y < bottom]) == new, finished
            assert lines == StylesCache().render_widget(view, whole)
        view.focus()
        await pilot.pause()
        assert view.render_lines(whole) == StylesCache().render_widget(view, whole)


async def test_a_focus_move_keeps_the_articles_finished_lines(bundled, analysis, monkeypatch):
    """Only the top of a focused pane's border differs (its title): its rows' lines, finished
    with the sides of the border, are found again after a Tab either way (a scroll then
    finishes the one row it brings)."""
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        whole = Region(0, 0, *view.outer_size)
        top, bottom = view.gutter.top, whole.height - view.gutter.bottom
        finished: list[int] = []
        render_line = StylesCache.render_line
        monkeypatch.setattr(StylesCache, "render_line", lambda cache, styles, y, *rest: (
            finished.append(y) if cache is view._styles_cache else None, render_line(cache, styles, y, *rest))[-1])
        for _ in range(2):
            view.render_lines(whole)
            await pilot.press("tab")
            await pilot.pause()
            finished.clear()
            view.action_rows(1)  # every row moves: all but one are found
            lines = view.render_lines(whole)
            assert len([y for y in finished if top <= y < bottom]) == 1, finished
            assert lines == StylesCache().render_widget(view, whole)
