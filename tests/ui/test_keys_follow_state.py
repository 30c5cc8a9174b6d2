"""The key bar and the status line follow what the view is doing now: the keys of the view once
it is filled, Escape undoing the nearest transient state first, a prompt going once answered."""

from __future__ import annotations

from reader.ui.app import DossierApp, build_app
from reader.ui.messages import AnalysisReady
from reader.ui.screens.compare import CompareScreen
from reader.ui.widgets.key_bar import KeyBar
from tests.helpers import burst, compare_open, until


async def test_the_key_bar_shows_the_compare_keys_once_the_links_land(bundled, analysis, monkeypatch):
    """Opened before the analysis, the compare view offers no keys of its own; once the links land
    and the columns fill, the bar must offer them, with no focus move to announce it."""
    monkeypatch.setattr(DossierApp, "_analyse", lambda self: None)  # the links land when the test says
    app = build_app(bundled)
    async with app.run_test(size=(80, 24)) as pilot:
        burst(pilot, "c", "j", "j")
        await until(pilot, lambda: isinstance(app.screen, CompareScreen) and app.screen.is_mounted)
        bar = app.screen.query_one(KeyBar)
        await until(pilot, lambda: "N-way" not in str(bar.render()) and "Compare" in str(bar.render()))
        app.post_message(AnalysisReady(analysis))
        await compare_open(pilot)
        await until(pilot, lambda: "N-way" in str(bar.render()))


async def test_keys_typed_while_the_passages_are_linked_act_once_they_are(bundled, analysis, monkeypatch):
    """``c j j`` on a cold start: the j's came while the view said "Linking passages…", when no
    binding works, and were lost (passage 2/11, not 4/11); they are kept and act, in order."""
    monkeypatch.setattr(DossierApp, "_analyse", lambda self: None)  # the links land when the test says
    app = build_app(bundled)
    async with app.run_test(size=(120, 40)) as pilot:
        burst(pilot, "c", "j", "j", "k", "j")
        await until(pilot, lambda: isinstance(app.screen, CompareScreen) and len(app.screen._kept_keys) == 4)  # all kept
        app.post_message(AnalysisReady(analysis))
        compare = await compare_open(pilot)
        first = build_app(bundled, analysis=analysis)
        async with first.run_test(size=(120, 40)) as warm:
            await warm.press("c")
            start = (await compare_open(warm)).column("left").cursor
        await until(pilot, lambda: compare.column("left").cursor == start + 2)
        await pilot.press("escape")
        await until(pilot, lambda: not isinstance(app.screen, CompareScreen))


async def test_the_compare_status_stops_saying_the_analysis_runs_once_it_landed(bundled, analysis, monkeypatch):
    monkeypatch.setattr(DossierApp, "_analyse", lambda self: None)  # the links land when the test says
    app = build_app(bundled)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("c")
        await until(pilot, lambda: isinstance(app.screen, CompareScreen) and app.screen.is_mounted)
        status = app.screen.query_one("#compare-status")
        app.require_analysis()
        await until(pilot, lambda: "still running" in str(status.render()))
        app.post_message(AnalysisReady(analysis))
        await compare_open(pilot)
        await until(pilot, lambda: "passage " in str(status.render()))
        assert "still running" not in str(status.render())


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
        await until(pilot, lambda: status.size.height == 1 and not app.has_class("-details"))
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
        await until(pilot, lambda: isinstance(app.screen, NWayScreen) and app.has_class("-details"))
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is compare)
        assert app.has_class("-details")


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
