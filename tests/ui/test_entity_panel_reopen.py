"""``e`` again, the panel shown as it was left: its rows are not drawn nor measured again at the
size they were drawn at (Textual's option list drops both at every Resize, and each showing of the
panel sends one), but are at another size; and showing it restyles only the panes beside it."""

from __future__ import annotations

from textual.widgets import OptionList

from reader.ui.app import build_app
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.entity_panel import EntityPanel
from reader.ui.widgets.source_list import SourceList
from tests.helpers import until


async def test_the_panel_shown_again_at_its_size_keeps_its_rows_and_at_another_draws_them_again(bundled, analysis, monkeypatch):
    dropped: list[int] = []
    clear = OptionList._clear_caches
    monkeypatch.setattr(OptionList, "_clear_caches", lambda lst: (dropped.append(lst.size.width), clear(lst))[-1])
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        panel = app.screen.query_one(EntityPanel)
        await pilot.press("e")
        await until(pilot, lambda: panel.option_count and panel.size.width)
        await pilot.pause()
        drawn = panel.render_line(0).text
        dropped.clear()
        await pilot.press("e", "e")  # closed, shown again
        await until(pilot, lambda: panel.display and app.screen.focused is panel)
        await pilot.pause()
        assert dropped == [] and panel.render_line(0).text == drawn
        await pilot.press("e")
        await pilot.resize_terminal(150, 40)  # hidden meanwhile: shown, it is wider
        await pilot.press("e")
        await until(pilot, lambda: panel.display and panel.size.width > len(drawn))
        await pilot.pause()
        wider = panel.render_line(0).text
        assert dropped and len(wider) == panel.scrollable_content_region.width > len(drawn)


async def test_showing_the_panel_classes_the_panes_beside_it_and_not_the_screen(bundled, analysis):
    """A class of the screen's restyled each of its nodes at every ``e``; at 80 columns the article
    is still hidden under the panel, and shown again when it closes."""
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        article = app.screen.query_one(ArticleView)
        await pilot.press("e")
        await until(pilot, lambda: article.styles.display == "none")
        assert app.screen.query_one(SourceList).has_class("-beside-entities") and not app.screen.has_class("-entities")
        await pilot.press("e")
        await until(pilot, lambda: article.styles.display == "block" and app.screen.focused is article)
