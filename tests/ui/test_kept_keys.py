"""Keys typed in the compare view while its passages are being linked belong to it: they act
there once the links land, and go with it when the user leaves it first (never acting on the
reader, nor lost while another screen only covered it)."""

from __future__ import annotations

from textual import events

from reader.ui.app import DossierApp, build_app
from reader.ui.messages import AnalysisReady
from reader.ui.screens.compare import CompareScreen
from reader.ui.screens.help import HelpScreen
from tests.helpers import burst, compare_open, on_top, until


def _reading(app) -> tuple:
    """Where the reader stands: its report and its article's scroll and cursor."""
    article = app.screen_stack[0].query_one("#article")
    return app.article_id, article.scroll_y, article.current


async def test_keys_kept_in_a_compare_view_left_before_the_links_land_never_reach_the_reader(bundled, analysis, monkeypatch):
    """The links landing while escape was on its way out of the view: the kept j's were typed
    again after it, on the reader, moving its article."""
    monkeypatch.setattr(DossierApp, "_analyse", lambda self: None)  # the links land when the test says
    app = build_app(bundled)
    async with app.run_test(size=(80, 24)) as pilot:
        before = _reading(app)
        burst(pilot, "c", "j", "j", "j")
        await until(pilot, lambda: isinstance(app.screen, CompareScreen) and len(app.screen._kept_keys) == 3)
        compare = app.screen
        # Queued in this order, the view takes the links before the escape reaches its bindings.
        app.post_message(events.Key("escape", None).set_sender(app))
        app.post_message(AnalysisReady(analysis))
        await until(pilot, lambda: compare not in app.screen_stack and app.analysis is analysis)
        # Keys act one at a time, in order: once a key sent now has acted, any j typed again did.
        await pilot.press("i")
        await until(pilot, lambda: app.has_class("-details"))
        assert _reading(app) == before
        assert not compare._kept_keys


async def test_keys_kept_in_a_compare_view_covered_when_the_links_land_act_once_it_is_back(bundled, analysis, monkeypatch):
    """Help opened over the view: the links landing meanwhile dropped the kept keys in silence."""
    monkeypatch.setattr(DossierApp, "_analyse", lambda self: None)
    app = build_app(bundled)
    async with app.run_test(size=(120, 40)) as pilot:
        burst(pilot, "c", "j", "j", "question_mark")
        await on_top(pilot, HelpScreen)
        compare = app.screen_stack[-2]
        app.post_message(AnalysisReady(analysis))
        await until(pilot, lambda: compare.analysis is analysis)
        start = compare.column("left").cursor
        await pilot.press("escape")
        await compare_open(pilot)
        await until(pilot, lambda: compare.column("left").cursor == start + 2)
