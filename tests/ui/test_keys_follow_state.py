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
        burst(pilot, "c", "j", "j", "w")
        await until(pilot, lambda: isinstance(app.screen, CompareScreen) and app.screen.is_mounted)
        bar = app.screen.query_one(KeyBar)
        await until(pilot, lambda: "N-way" not in str(bar.render()) and "Compare" in str(bar.render()))
        app.post_message(AnalysisReady(analysis))
        await compare_open(pilot)
        await until(pilot, lambda: "N-way" in str(bar.render()))
