"""The reports beside the one shown are drawn ahead while it is read, so the report list, ``[``
and ``]`` show them from rows already drawn; when the analysis lands (its marks change every
row) they are drawn ahead again, or the first report switch after it drew a screenful anew."""

from __future__ import annotations

from textual._styles_cache import StylesCache
from textual.geometry import Region

from reader.ui.app import build_app
from reader.ui.widgets.article_view import ArticleView
from tests.helpers import until


async def test_the_next_report_is_drawn_ahead_again_once_the_analysis_lands(tiny, tiny_analysis, monkeypatch):
    import reader.core.store.cache as cache

    monkeypatch.setattr(cache, "analyse_cached", lambda dossier, progress, **_: (tiny_analysis, None))
    drawn: list[tuple[str, bool]] = []  # (report, drawn with the analysis's marks)
    draw = ArticleView._draw

    def spy(view, article, *row):
        drawn.append((article.id, view.index.analysis is not None))
        return draw(view, article, *row)

    monkeypatch.setattr(ArticleView, "_draw", spy)
    app = build_app(tiny)
    # The colours as if loaded already: landing after the first paint, they would have the panes drawn again.
    app.set_reactive(type(app).highlighting, True)
    async with app.run_test(size=(120, 40)) as pilot:
        following = tiny.articles[1].id
        await until(pilot, lambda: app.analysis is tiny_analysis, workers=True)
        view = app.screen.query_one(ArticleView)
        # drawn ahead with the marks, to the last row (a turn at a time: the first row alone is not all)
        await until(pilot, lambda: (following, True) in drawn and view._drawing_ahead is None)
        drawn.clear()
        await pilot.press("right_square_bracket")
        assert view.article.id == following
        shown = [view.render_line(y) for y in range(view.size.height)]
        assert any(line.text.strip() for line in shown) and drawn == []


async def test_a_report_drawn_ahead_is_shown_with_its_lines_finished_ahead(bundled, analysis, monkeypatch):
    """Drawn ahead means finished too (border and padding added, as the pane shows its rows):
    the report switch then finishes none of its lines, and they are what Textual would make."""
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        view = app.screen.query_one(ArticleView)
        await until(pilot, lambda: view._drawing_ahead is None and not view._prefetch_pending)
        monkeypatch.setattr(ArticleView, "_prefetch_neighbours", lambda view: None)  # the next ones: not counted
        finished: list[int] = []
        render_line = StylesCache.render_line
        monkeypatch.setattr(StylesCache, "render_line", lambda cache, styles, y, *rest: (
            finished.append(y) if cache is view._styles_cache else None, render_line(cache, styles, y, *rest))[-1])
        await pilot.press("right_square_bracket")
        assert view.article.id == bundled.articles[1].id
        whole = Region(0, 0, *view.outer_size)
        lines = view.render_lines(whole)
        top, bottom = view.gutter.top, whole.height - view.gutter.bottom
        assert [y for y in finished if top <= y < bottom] == []
        assert lines == StylesCache().render_widget(view, whole)


async def test_turns_chained_with_next_turn_let_a_timer_tick_in_between():
    """Each turn queued with next_turn waits for the event loop to run: what came meanwhile (a key
    from the input thread, the screen's update timer) goes first. Chained with call_later alone,
    the loop never ran until the whole chain was done."""
    from time import perf_counter

    from textual.app import App

    from reader.ui.drawing import next_turn

    class Chained(App):
        def on_mount(self) -> None:
            self.turns, self.ticks = 0, []
            self.set_interval(0.002, lambda: self.ticks.append(self.turns))
            next_turn(self, self.turn)

        def turn(self) -> None:
            busy_until = perf_counter() + 0.001
            while perf_counter() < busy_until:
                pass
            self.turns += 1
            if self.turns < 40:
                next_turn(self, self.turn)

    app = Chained()
    async with app.run_test() as pilot:
        await until(pilot, lambda: app.turns == 40)
        assert any(0 < turns < 40 for turns in app.ticks)


async def test_a_closed_view_is_drawn_ahead_on_a_new_analysis_once_the_user_rests(tiny, tiny_analysis, monkeypatch):
    """The quote tracker, built ahead and never opened, was reopened and drawn on the UI thread as
    each correction or ``W`` was shown (~50 ms each at 150 reports copying one another): now once
    no key came for a while, and once for several analyses shown meanwhile."""
    from dataclasses import replace

    from reader.ui.kept import QUIET, KeptView
    from reader.ui.screens.quotes import QuotesScreen
    from tests.ui.test_weaker_links import _weaker

    analysis = replace(tiny_analysis, weaker_links=(_weaker(tiny),))
    reopened = []
    reopen = QuotesScreen.reopen
    monkeypatch.setattr(QuotesScreen, "reopen", lambda view, shown=None: (reopened.append(shown), reopen(view, shown))[-1])
    app = build_app(tiny, analysis=analysis)
    # The user types until ``typing`` is emptied, however long the test's turns take: under load they
    # took longer than the rest (QUIET) between the two W's, and the first one's was drawn ahead.
    typing, when_quiet = [True], KeptView.when_quiet

    def held(view, callback):
        if typing:
            view.set_timer(QUIET, lambda: held(view, callback))
        else:
            when_quiet(view, callback)

    monkeypatch.setattr(KeptView, "when_quiet", held)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: QuotesScreen in app._kept_views and app._kept_views[QuotesScreen].is_mounted)
        await pilot.press("W")
        await until(pilot, lambda: app.weaker_shown, workers=True)
        await pilot.press("W")
        await until(pilot, lambda: not app.weaker_shown, workers=True)
        await pilot.pause(2 * QUIET)  # nothing is drawn ahead while the user types
        assert reopened == []
        typing.clear()
        await until(pilot, lambda: reopened)
        await pilot.pause(0.5)
        assert reopened == [analysis] and app._kept_views[QuotesScreen].analysis is analysis
