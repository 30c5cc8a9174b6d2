"""A word the reader shows in a report's standfirst is found by ``/``, marked where it stands
(under the headline), walked in reading order and listed by K; the compare view, which shows no
standfirst, does not claim a hit it cannot show."""

from __future__ import annotations

from dataclasses import replace

import pytest

from reader.ui.app import build_app
from reader.ui.screens.compare import CompareScreen
from reader.ui.screens.concordance import ConcordanceScreen
from reader.ui.widgets.article_view import ArticleView
from tests.helpers import compare_open, on_top, told, until

STANDFIRST = "Exporters of drone optics say the ruling leaves a sensor deal in limbo."


@pytest.fixture
def standing(tiny, tiny_analysis):
    alpha = replace(tiny.article("alpha"), standfirst=STANDFIRST)
    dossier = replace(tiny, articles=(alpha, *tiny.articles[1:]))
    return dossier, replace(tiny_analysis, dossier=dossier)


def _reversed_on(view: ArticleView, word: str) -> list[int]:
    """The screen rows drawing ``word`` reversed (the current hit)."""
    return [row for row in range(view.size.height)
            if any(word in s.text and s.style is not None and s.style.reverse for s in view.render_line(row))]


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_search_finds_marks_and_walks_the_standfirst(standing, size):
    dossier, analysis = standing
    app = build_app(dossier, analysis=analysis)
    async with app.run_test(size=size) as pilot:
        view = app.screen.query_one(ArticleView)
        await pilot.press("slash", *"drone", "enter")
        await until(pilot, lambda: view.hits, workers=True)
        alpha = dossier.article("alpha")
        assert [alpha.part(hit) for hit in view.hits if hit.article == "alpha"] == ["title", "standfirst", "body"]
        headline_rows = _reversed_on(view, "drone")
        await pilot.press("n")  # from the headline's hit to the standfirst's, under it
        await until(pilot, lambda: alpha.part(view.current) == "standfirst" and _reversed_on(view, "drone") != headline_rows)
        assert view.scroll_y == 0 and all(row > 0 for row in _reversed_on(view, "drone"))
        await pilot.press("slash", *"in limbo", "enter")  # words only the standfirst has
        await until(pilot, lambda: view.hits and alpha.text(view.hits[0]) == "in limbo", workers=True)
        await pilot.press("K")
        await on_top(pilot, ConcordanceScreen)
        [line] = app.screen.lines
        assert line.hit == "in limbo" and "sensor deal" in line.before
        await pilot.press("enter")  # read it in its report: on the standfirst's row, under the headline
        await until(pilot, lambda: app.screen.query(ArticleView) and app.screen.query_one(ArticleView).current == line.span)
        view = app.screen.query_one(ArticleView)
        assert view.scroll_y == 0 and _reversed_on(view, "limbo")


async def test_compare_search_keeps_to_what_its_columns_show(standing):
    dossier, analysis = standing
    app = build_app(dossier, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(CompareScreen(analysis, "alpha", "beta"))
        screen = await compare_open(pilot)
        await pilot.press("slash", *"in limbo", "enter")
        await until(pilot, lambda: any(message.startswith("No passage") for message in told(app)))
        assert screen.active_column.search_hits == ()
