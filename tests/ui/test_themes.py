"""Every theme the palette offers draws every screen: a theme lacking a variable a stylesheet
uses (ansi-dark has no ``$surface-active``) would otherwise kill the app the moment it is chosen."""

from __future__ import annotations

import pytest

from reader.ui.app import build_app
from reader.ui.screens.compare import CompareScreen
from reader.ui.screens.report_picker import ReportPicker
from reader.ui.screens.concordance import ConcordanceScreen
from reader.ui.screens.coverage import CoverageScreen
from reader.ui.screens.export import ExportDialog
from reader.ui.screens.help import HelpScreen
from reader.ui.screens.nway import NWayScreen
from reader.ui.screens.quotes import QuotesScreen
from reader.ui.screens.reader import ReaderScreen
from tests.helpers import restyled

SCREENS = {
    "reader": None,
    "compare": lambda analysis: CompareScreen(analysis),
    "nway": lambda analysis: NWayScreen(analysis, analysis.links[0].passages[0], link=analysis.links[0]),
    "coverage": lambda analysis: CoverageScreen(analysis),
    "quotes": lambda analysis: QuotesScreen(analysis),
    "help": lambda analysis: HelpScreen(ReaderScreen),
    "picker": lambda analysis: ReportPicker([a.id for a in analysis.dossier.articles], current="beta"),
    "concordance": lambda analysis: ConcordanceScreen("Garneau", analysis.entities[0].mentions, analysis.entities[0].id),
    "export": lambda analysis: ExportDialog(analysis, "html"),
}


@pytest.mark.parametrize("screen", SCREENS)
async def test_every_offered_theme_draws_every_screen(tiny, tiny_analysis, screen):
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(100, 30)) as pilot:
        if SCREENS[screen] is not None:
            await app.push_screen(SCREENS[screen](tiny_analysis))
        offered = sorted(app.available_themes)
        assert {"ansi-dark", "ansi-light", "textual-dark", "textual-light"} <= set(offered)
        for theme in offered:
            await restyled(pilot, theme)  # as the palette's "Change theme" does, with the screen open
            assert app.is_running, f"{theme} stopped the app on the {screen} screen"
            assert app.export_screenshot()  # the whole screen drawn now, in this theme
        assert app.return_code is None
