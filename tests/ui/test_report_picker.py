"""The reader's ``r``: past 9 reports the list and the gutters give letters (``a`` is report 10)
that no reader key can be; ``r`` lists the reports and a glyph picks one, read as ``1``…``9`` read
theirs: at its version of the passage being read, else at its top. The letter ``a`` alone stays
silent (it is no key of the reader)."""

from __future__ import annotations

from reader.core.model import Analysis, Dossier, Link
from reader.core.text.segment import segment_article
from reader.ui.app import build_app
from reader.ui.screens.reader import ReaderScreen
from reader.ui.screens.report_picker import ReportPicker
from reader.ui.widgets.article_view import ArticleView
from tests.helpers import on_top, told, until
from tests.ui.conftest import make_article

SHARED = "The sluice at Kessel Ford was opened at noon on Tuesday."


def _eleven() -> Analysis:
    """Eleven reports (glyphs 1…9, a, b), each a page of its own words, then one linked sentence;
    report 11 (``b``) leaves it out."""
    articles = []
    for n in range(1, 12):
        own = [f"Report {n} opens with its own paragraph number {p} about the weather on the moor." for p in range(12)]
        articles.append(make_article(f"r{n:02}", f"Outlet {n:02}", None, [*own, SHARED] if n < 11 else own))
    sentences = {article.id: segment_article(article) for article in articles}
    spans = tuple(next(s.span for s in sentences[a.id] if a.text(s.span) == SHARED) for a in articles[:10])
    return Analysis(dossier=Dossier(root="eleven", articles=tuple(articles)), sentences=sentences,
                    links=(Link("L1", "verbatim", 1.0, spans),))


async def test_r_then_a_reads_report_ten_at_its_version_of_the_passage_being_read():
    analysis = _eleven()
    app = build_app(analysis.dossier, analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        link = analysis.links[0]
        app.location = link.passage_in("r01")  # reading the shared sentence in report 1
        view = app.screen.query_one(ArticleView)
        await until(pilot, lambda: view.scroll_y >= 1)
        await pilot.press("a")  # a letter glyph is no reader key: nothing happens
        assert app.article_id == "r01"
        await pilot.press("r")
        await on_top(pilot, ReportPicker)
        await pilot.press("a")
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen) and app.article_id == "r10")
        assert app.location == link.passage_in("r10")
        assert any("Outlet 10: the same passage" in said for said in told(app))


async def test_a_report_without_the_passage_opens_at_its_top_and_escape_or_an_unknown_glyph_picks_none():
    analysis = _eleven()
    app = build_app(analysis.dossier, analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        app.location = analysis.links[0].passage_in("r02")
        view = app.screen.query_one(ArticleView)
        await until(pilot, lambda: view.scroll_y >= 1)
        await pilot.press("r")
        await on_top(pilot, ReportPicker)
        await pilot.press("c")  # no report c among eleven: the list stays open
        await pilot.pause()
        assert isinstance(app.screen, ReportPicker) and app.article_id == "r02"
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen))
        assert app.article_id == "r02"
        await pilot.press("r")
        await on_top(pilot, ReportPicker)
        await pilot.press("b")  # report 11 leaves the sentence out: at its top, and why
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen) and app.article_id == "r11")
        await until(pilot, lambda: view.scroll_y == 0)
        assert any("Outlet 11 does not carry this passage: at its top" in said for said in told(app))
