"""The coverage matrix on reports no link joins, weaker ones included (a folder of unrelated
stories): ``m`` says so and opens nothing. It opened a matrix of no rows that said nothing, whose
``⏎`` and ``o`` did nothing."""

from __future__ import annotations

from reader.core.model import Analysis, Dossier, Link
from reader.core.text.segment import segment_article
from reader.ui.app import build_app
from reader.ui.screens.compare import CompareScreen
from reader.ui.screens.coverage import CoverageScreen
from reader.ui.screens.reader import ReaderScreen
from tests.helpers import on_top, told, until
from tests.ui.conftest import make_article

STORIES = {
    "harbour": ("Harbour Gazette", ["The ferry Orla ran aground off the north pier at dawn.", "Divers found no leak."]),
    "orchard": ("Orchard Weekly", ["A late frost cut the pear harvest by a third.", "Growers asked for relief."]),
}


def _unrelated(*, weaker: bool = False) -> Analysis:
    """Two reports of two stories: no link, or one weaker link on their first sentences."""
    articles = tuple(make_article(key, outlet, None, paragraphs) for key, (outlet, paragraphs) in STORIES.items())
    sentences = {article.id: segment_article(article) for article in articles}
    hidden = (Link("W1", "paraphrase", 0.3, tuple(sentences[a.id][0].span for a in articles), confident=False),) if weaker else ()
    return Analysis(dossier=Dossier(root="unrelated", articles=articles), sentences=sentences, weaker_links=hidden)


async def test_m_on_reports_no_link_joins_says_so_and_opens_no_empty_matrix():
    analysis = _unrelated()
    app = build_app(analysis.dossier, analysis=analysis)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("m")
        await until(pilot, lambda: "Coverage: no passage is linked across these 2 reports, so the matrix has no row" in told(app))
        assert isinstance(app.screen, ReaderScreen) and len(app.screen_stack) == 1


async def test_from_compare_too_but_hidden_weaker_links_open_the_matrix_naming_w():
    """With weaker links hidden the matrix opens, its title naming W (tests/ui/test_weaker_links.py)."""
    app = build_app((analysis := _unrelated()).dossier, analysis=analysis)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("c")
        await on_top(pilot, CompareScreen)
        compare = app.screen
        await pilot.press("m")
        await until(pilot, lambda: any(said.startswith("Coverage: no passage is linked across these 2 reports") for said in told(app)))
        assert app.screen is compare and not any(isinstance(screen, CoverageScreen) for screen in app.screen_stack)
        await pilot.press("escape")
        hidden = _unrelated(weaker=True)
        app.analysis = hidden
        await pilot.press("m")
        await on_top(pilot, CoverageScreen)


async def test_a_matrix_with_a_row_still_opens():
    """The negative case: one link shown, the matrix opens on it."""
    analysis = _unrelated(weaker=True)
    shown = Analysis(dossier=analysis.dossier, sentences=analysis.sentences,
                     links=tuple(Link(link.id, link.kind, 1.0, link.passages) for link in analysis.weaker_links))
    app = build_app(shown.dossier, analysis=shown)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("m")
        await on_top(pilot, CoverageScreen)
        assert len(app.screen.rows) == 1 and not any("no row" in said for said in told(app))
