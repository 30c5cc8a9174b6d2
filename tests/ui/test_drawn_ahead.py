"""The reports beside the one shown are drawn ahead while it is read, so the report list, ``[``
and ``]`` show them from rows already drawn; when the analysis lands (its marks change every
row) they are drawn ahead again, or the first report switch after it drew a screenful anew."""

from __future__ import annotations

from reader.ui.app import build_app
from reader.ui.widgets.article_view import ArticleView
from tests.helpers import until


async def test_the_next_report_is_drawn_ahead_again_once_the_analysis_lands(tiny, tiny_analysis, monkeypatch):
    import reader.core.store.cache as cache

    monkeypatch.setattr(cache, "analyse_cached", lambda dossier, progress, **_: (tiny_analysis, None))
    drawn: list[tuple[str, bool]] = []  # (report, drawn with the analysis's marks)
    draw = ArticleView._draw

    def spy(view, article, row, width):
        drawn.append((article.id, view.index.analysis is not None))
        return draw(view, article, row, width)

    monkeypatch.setattr(ArticleView, "_draw", spy)
    app = build_app(tiny)
    async with app.run_test(size=(120, 40)) as pilot:
        following = tiny.articles[1].id
        await until(pilot, lambda: app.analysis is tiny_analysis, workers=True)
        await until(pilot, lambda: (following, True) in drawn)  # drawn ahead, with the marks
        drawn.clear()
        await pilot.press("right_square_bracket")
        view = app.screen.query_one(ArticleView)
        assert view.article.id == following
        shown = [view.render_line(y) for y in range(view.size.height)]
        assert any(line.text.strip() for line in shown) and drawn == []
