"""A naming-matrix row names each report's words for the thing once: a description a report
repeats is shown once, with how many times."""

from __future__ import annotations

from reader.core.model import Label, NamingRow, Span
from reader.ui.app import build_app
from reader.ui.screens.naming import NamingScreen
from tests.helpers import on_top


async def test_a_description_a_report_repeats_is_shown_once_and_counted(tiny, tiny_analysis):
    said = [Label(Span("alpha", at, at + 6), text, judgement) for at, text, judgement in
            ((0, "allegedly", ("allegedly",)), (10, "minister", ()), (20, "allegedly", ("allegedly",)))]
    row = NamingRow("garneau", "entity", "Marc Garneau", {"alpha": ("Garneau",)}, tuple(said))
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.open_screen(NamingScreen(tiny_analysis, "garneau"))
        await on_top(pilot, NamingScreen)
        assert app.screen.row_text(row).plain.splitlines()[1] == "1 Alpha Times: Garneau; allegedly (\u00d72); minister"
