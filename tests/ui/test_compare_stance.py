"""The compare view says first, on a link's pair, that one report denies or doubts what the other tells outright
(invented text); a pair telling it alike says nothing of a stance."""

from __future__ import annotations

from reader.core.model import Dossier
from reader.core.pipeline import analyse
from reader.ui.app import build_app
from reader.ui.screens.coverage import CoverageScreen
from reader.ui.screens.nway import NWayScreen
from tests.helpers import compare_pair, compare_status, make_article, until

TOLD = "The Kelby bridge was weakened by the March floods, engineers said on Tuesday."


def _analysis(first: str):
    return analyse(Dossier("bridge", (make_article(first, article_id="harbour", outlet="Harbour Daily"),
                                      make_article(TOLD, article_id="valley", outlet="Valley Post"))))


async def test_the_compare_view_says_first_that_a_report_has_not_confirmed_what_the_other_tells():
    analysis = _analysis("Inspectors found no evidence that the Kelby bridge was weakened by the March floods.")
    assert [link.confident for link in analysis.links] == [True]
    app = build_app(analysis.dossier, analysis=analysis)
    async with app.run_test(size=(160, 40)) as pilot:
        screen = await compare_pair(pilot, analysis, "harbour", "valley", "Inspectors")
        await until(pilot, lambda: "stance" in compare_status(screen))
        said = compare_status(screen)
        assert said.startswith("passage 1/1: stance: not confirmed in Harbour Daily (\u201cfound no evidence that\u201d), "
                               "asserted in Valley Post; ")


async def test_the_compare_view_says_a_denial_told_after_the_linked_clause():
    """``…, which engineers denied`` stands after the clause the link joins: the status line still says it."""
    analysis = _analysis("The Kelby bridge was weakened by the March floods, which engineers denied on Tuesday.")
    app = build_app(analysis.dossier, analysis=analysis)
    async with app.run_test(size=(160, 40)) as pilot:
        screen = await compare_pair(pilot, analysis, "harbour", "valley", "Kelby")
        await until(pilot, lambda: "stance" in compare_status(screen))
        assert compare_status(screen).startswith(
            "passage 1/1: stance: denied in Harbour Daily (\u201cwhich engineers denied\u201d), asserted in Valley Post; ")


async def test_the_compare_view_says_no_stance_for_a_pair_telling_it_alike():
    analysis = _analysis("Inspectors found evidence that the Kelby bridge was weakened by the March floods.")
    app = build_app(analysis.dossier, analysis=analysis)
    async with app.run_test(size=(160, 40)) as pilot:
        screen = await compare_pair(pilot, analysis, "harbour", "valley", "Inspectors")
        await until(pilot, lambda: "link:" in compare_status(screen))
        assert "stance" not in compare_status(screen)


async def test_the_n_way_view_says_the_stance_under_the_version_that_denies():
    analysis = _analysis("The mayor denied reports that the Kelby bridge was weakened by the March floods.")
    app = build_app(analysis.dossier, analysis=analysis)
    async with app.run_test(size=(160, 40)) as pilot:
        await compare_pair(pilot, analysis, "valley", "harbour", "Kelby")
        await pilot.press("w")
        await until(pilot, lambda: isinstance(app.screen, NWayScreen) and app.screen.carriers)
        screen = app.screen
        assert screen.carriers == ("valley", "harbour")
        assert "stance: denied in Harbour Daily (\u201cdenied reports that\u201d), asserted in Valley Post" in screen.item_text(1)
        assert "stance" not in screen.item_text(0)  # the reference


async def test_the_coverage_matrix_details_say_the_stance_first():
    analysis = _analysis("The mayor denied reports that the Kelby bridge was weakened by the March floods.")
    app = build_app(analysis.dossier, analysis=analysis)
    async with app.run_test(size=(160, 40)) as pilot:
        await app.open_screen(CoverageScreen(analysis))
        details = app.screen.query_one("#coverage-details")
        await until(pilot, lambda: "Kelby" in str(details.content))
        assert str(details.content).startswith(
            "stance: denied in Harbour Daily (\u201cdenied reports that\u201d), asserted in Valley Post; ")
