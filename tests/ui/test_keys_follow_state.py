"""The key bar and the status line follow what the view is doing now: the keys of the view once
it is filled, Escape undoing the nearest transient state first, a prompt going once answered."""

from __future__ import annotations

from reader.ui.app import DossierApp, build_app
from reader.ui.messages import AnalysisReady
from tests.helpers import compare_open, until


async def test_every_view_key_says_the_analysis_runs_before_it_is_shown(bundled, analysis, monkeypatch):
    """``c`` before the analysis opened a compare view of two blank columns that escape did not
    leave, where ``m``, ``Q``, ``u`` and ``W`` said the analysis was still running: ``c`` says so
    too, and opens once it is shown."""
    monkeypatch.setattr(DossierApp, "_analyse", lambda self: None)  # the links land when the test says
    app = build_app(bundled)
    async with app.run_test(size=(80, 24)) as pilot:
        reader = app.screen
        for key in ("c", "m", "Q", "u", "W"):
            reader.said = ""
            await pilot.press(key)
            await until(pilot, lambda: reader.said == "The analysis is still running")
            assert app.screen is reader, key
        app.post_message(AnalysisReady(analysis))
        await until(pilot, lambda: app.analysis is analysis)
        await pilot.press("c")
        await compare_open(pilot)


async def test_escape_folds_the_details_before_leaving_the_compare_view(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c")
        await compare_open(pilot)
        compare = app.screen
        status = compare.query_one("#compare-status")
        await pilot.press("full_stop", "i")
        await until(pilot, lambda: status.size.height > 1)
        await pilot.press("escape")
        await until(pilot, lambda: status.size.height == 1 and not compare.has_class("-details"))
        assert app.screen is compare
        await pilot.press("escape")
        await until(pilot, lambda: compare not in app.screen_stack)


async def test_escape_leaves_a_view_with_no_details_to_fold_at_once(bundled, analysis):
    """The N-way view has no line ``i`` unfolds: with the details shown in full, one Escape still
    leaves it (folding what is not there would spend the key on a notice)."""
    from reader.ui.screens.nway import NWayScreen

    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c")
        await compare_open(pilot)
        compare = app.screen
        await pilot.press("i", "w")
        await until(pilot, lambda: isinstance(app.screen, NWayScreen))
        assert not app.screen.has_class("-details")  # i was the compare view's
        await pilot.press("i", "escape")
        await until(pilot, lambda: app.screen is compare)
        assert compare.has_class("-details")


async def test_a_prompt_goes_once_a_search_answers_it(bundled, analysis):
    """``K`` with nothing chosen asks what to list; the search that answers it must not stay led
    by the question (it pushed the report's name off a narrow line)."""
    from reader.ui.screens.reader import StatusLine

    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        status = app.screen.query_one(StatusLine)
        await pilot.press("K")
        await until(pilot, lambda: "Concordance of what?" in str(status.render()))
        await pilot.press("slash", *"Garneau", "enter")
        await until(pilot, lambda: app.screen.walk_kind == "search" and "Garneau" in str(status.render()))
        assert "Concordance of what?" not in str(status.render())
