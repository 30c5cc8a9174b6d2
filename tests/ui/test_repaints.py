"""What a key repaints: only the cells whose look changed, not the panes around them.

A repaint is cells sent to the terminal (and, before, rows Textual renders again): a Tab that
repainted both panes sent 18 kB, a scroll repainted the whole scrollbar. The regions a key
marks for repainting are read right after the key's handler, before the next frame takes them.
"""

from __future__ import annotations

from textual.geometry import Region
from textual.widget import Widget

from reader.ui.app import build_app
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.source_list import SourceList
from tests.helpers import until


async def test_a_focus_move_repaints_the_articles_border_not_its_text(bundled, analysis, monkeypatch):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        view = app.screen.query_one(ArticleView)
        await pilot.pause()
        asked: list[tuple[Region, ...]] = []  # the regions of each repaint the view asks (none: all of it)
        set_dirty = Widget._set_dirty
        monkeypatch.setattr(Widget, "_set_dirty", lambda widget, *regions: (
            asked.append(regions) if widget is view else None, set_dirty(widget, *regions))[-1])
        app.screen.set_focus(app.screen.query_one(SourceList))
        await pilot.pause()
        (width, height), (left, top) = view.outer_size, view.content_offset
        assert asked and all(asked), asked  # never the whole view
        painted = {region for regions in asked for region in regions}
        assert all(region.width == 1 or region.height == 1 for region in painted), painted
        assert Region(-left, -top, width, 1) in painted and Region(-left, -top, 1, height) in painted


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


async def test_a_focus_move_draws_only_the_cursors_rows_of_the_list_again(bundled, analysis, monkeypatch):
    """Only the cursor follows the focus in the report list: the other reports' rows are
    repainted from the strips drawn before, not drawn again."""
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
        assert set(drawn) == {(bundled.articles[0].id, part) for part in range(sources.rows_each)}
        assert sources.render_line(0) != before  # the cursor shows the focus
