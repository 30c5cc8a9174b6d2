"""The reader's search reads a report as it is shown: its headline (the first line on screen),
then its body; n/N step onto the headline, which marks the hit, and K lists the headline line."""

from __future__ import annotations

from reader.core.model import Dossier
from reader.core.pipeline import analyse
from reader.ui.app import build_app
from reader.ui.screens.concordance import ConcordanceScreen
from reader.ui.screens.reader import StatusLine
from reader.ui.widgets.article_view import ArticleView
from tests.conftest import DATA
from tests.core.test_figure_search import REPORTS
from tests.helpers import on_top, shown, until


def _marked(view: ArticleView, row: int, word: str) -> bool:
    """Is ``word`` on screen row ``row`` drawn reversed (the current search hit)?"""
    return any(word in segment.text and segment.style is not None and segment.style.reverse
               for segment in view.render_line(row))


async def test_search_walks_onto_the_headline_first(tiny, tiny_analysis):
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        view = app.screen.query_one(ArticleView)
        await pilot.press("slash", *"drone", "enter")
        await until(pilot, lambda: view.hits, workers=True)
        headline, body, *_ = view.hits
        assert headline.in_title and headline.article == "alpha" and tiny.article("alpha").text(headline) == "drone"
        assert view.current == headline and app.article_id == "alpha"
        assert "1/4 in 3 reports" in str(app.screen.query_one(StatusLine).render())
        await until(pilot, lambda: _marked(view, 0, "drone"))  # the hit drawn, on the headline's row
        assert view.scroll_y == 0 and "Canada cancels drone permits" in shown(view).splitlines()[1]  # under the border
        await pilot.press("n")
        assert view.current == body and not body.in_title and not _marked(view, 0, "drone")
        await pilot.press("N")
        assert view.current == headline and _marked(view, 0, "drone")


async def test_the_concordance_of_a_search_lists_the_headline(tiny, tiny_analysis):
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        view = app.screen.query_one(ArticleView)
        await pilot.press("slash", *"permits", "enter")
        await until(pilot, lambda: view.hits, workers=True)
        await pilot.press("K")
        await on_top(pilot, ConcordanceScreen)
        lines = app.screen.lines
        assert [line.span.in_title for line in lines] == [True, False, False, False, True, False]
        assert "Canada cancels drone permits" in "".join(lines[0].before + lines[0].hit + lines[0].after)
        await pilot.press("enter")  # read the headline hit in its report
        await until(pilot, lambda: app.screen is not None and app.screen.query(ArticleView))
        await until(pilot, lambda: app.screen.query_one(ArticleView).current == lines[0].span)


async def test_a_step_that_does_not_wrap_round_takes_the_last_wrap_answer_away(tiny, tiny_analysis):
    """"Wrapped round to the first hit" stayed in the status line over the next n, which went round nothing."""
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("slash", *"drone", "enter")
        reader = app.screen
        await until(pilot, lambda: len(reader.walk) > 1)
        for _ in reader.walk:
            await pilot.press("n")
            if reader.said.startswith("Wrapped round"):
                break
        assert reader.said == "Wrapped round to the first hit"
        await pilot.press("n")
        assert reader.said == "" and reader.position == 1


async def test_a_figure_searched_for_finds_it_written_other_ways_and_the_status_line_says_so():
    analysis = analyse(Dossier(root=str(DATA), articles=REPORTS))
    app = build_app(analysis.dossier, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        view = app.screen.query_one(ArticleView)
        await pilot.press("slash", *"25%", "enter")
        await until(pilot, lambda: view.hits, workers=True)
        status = str(app.screen.query_one(StatusLine).render())
        assert "figure 25%: 1/4 in 3 reports, also as \u201c25 percent\u201d, \u201c25 per cent\u201d (n/N)" in status
        await pilot.press("n")
        assert analysis.dossier.article(view.current.article).text(view.current) == "25 percent"
        await pilot.press("slash", *"fares", "enter")
        await until(pilot, lambda: "search \u201cfares\u201d" in str(app.screen.query_one(StatusLine).render()), workers=True)
