"""A link holding a report's title line: the title row shows its marks, a jump lands on it, and the
N-way view reads the title's words (the hand-made dossier of ``conftest``, one link added)."""

from __future__ import annotations

from dataclasses import replace

from reader.core.model import Link
from reader.ui.app import build_app
from reader.ui.widgets.article_view import ArticleView
from tests.helpers import until


def _with_title_link(tiny, tiny_analysis):
    """The tiny analysis plus a link of two title lines (``alpha``'s and ``gamma``'s)."""
    alpha, gamma = tiny.article("alpha"), tiny.article("gamma")
    link = Link("L3", "paraphrase", 0.6, (alpha.title_span, gamma.title_span))
    return replace(tiny_analysis, links=tiny_analysis.links + (link,)), link


def _row_text(view: ArticleView, y: int) -> str:
    return "".join(segment.text for segment in view.render_line(y))


async def test_the_title_row_marks_the_reports_whose_links_hold_it(tiny, tiny_analysis):
    analysis, _ = _with_title_link(tiny, tiny_analysis)
    app = build_app(tiny, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        view = app.screen.query_one(ArticleView)
        await until(pilot, lambda: app.article_id == "alpha" and "Canada cancels" in _row_text(view, 0))
        glyph = app.index.source_glyph("gamma")
        gutter = _row_text(view, 0)[: view.gutter_width]
        assert gutter.strip() == glyph  # gamma's headline says it too; beta has no title
        plain = build_app(tiny, analysis=tiny_analysis)
    async with plain.run_test(size=(120, 40)) as pilot:
        view = plain.screen.query_one(ArticleView)
        await until(pilot, lambda: "Canada cancels" in _row_text(view, 0))
        assert not _row_text(view, 0)[: view.gutter_width].strip()  # no link holds the title: no mark


async def test_a_jump_to_a_title_passage_lands_on_the_title_row_and_reading_stays_in_the_body(tiny, tiny_analysis):
    analysis, link = _with_title_link(tiny, tiny_analysis)
    app = build_app(tiny, analysis=analysis)
    async with app.run_test(size=(60, 9)) as pilot:
        view = app.screen.query_one(ArticleView)
        body = tiny_analysis.links[1].passage_in("gamma")  # gamma's second paragraph, scrolled to
        app.action_show_passage(body)
        await until(pilot, lambda: app.article_id == "gamma" and view.current == body and view.scroll_y > 0)
        title = link.passage_in("gamma")
        app.action_show_passage(title)
        await until(pilot, lambda: app.article_id == "gamma" and view.current == title)
        assert view.scroll_y == 0 and "Permits cancelled" in _row_text(view, 0)
        # Where the reader is, for the saved reading place and copying, is never the title passage.
        at = view.reading_at()
        assert at is not None and not at.in_title


async def test_the_n_way_view_shows_a_title_passage_in_its_own_words(tiny, tiny_analysis):
    from reader.ui.screens.nway import NWayScreen

    analysis, link = _with_title_link(tiny, tiny_analysis)
    app = build_app(tiny, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: app.article_id == "alpha")
        app.push_screen(NWayScreen(analysis, link.passage_in("alpha"), link=link))
        await until(pilot, lambda: isinstance(app.screen, NWayScreen))
        shown = [app.screen.item_text(n) for n in range(len(app.screen.carriers))]
        assert any("(headline)" in text and "Permits cancelled" in text for text in shown)
        assert any("Canada cancels drone permits" in text for text in shown)
