"""SVG snapshots of the naming matrix on the bundled reports: opened from a framing difference in the
compare view, and from an entity. The analysis is passed in and the theme fixed, so pictures are
deterministic."""

from __future__ import annotations

from reader.core.model import Span
from reader.ui.app import build_app
from reader.ui.messages import OpenNaming
from reader.ui.screens.compare import CompareScreen
from reader.ui.screens.naming import NamingScreen
from tests.helpers import compare_open, on_top


def test_naming_matrix_of_a_framing_difference(snap_compare, bundled, analysis):
    """The title quotes the statement ("Earlier, Canada had suspended export licenses…") and says 1 of
    the 5 entries below uses words of judgement. The first row, highlighted: Al-Monitor "Western-backed;
    Kurdish-led forces" and TRT World "PKK/YPG terrorists", the judging words in bold colour; then
    one row per entity the passages name (Turkey, Canada, Syria, Ankara; Turkey's names hold Ankara where
    the capital stands for its government), each report in its source colour with its names and its
    descriptions or "no description". The footer offers esc."""
    at = analysis.dossier.article("al-monitor").body.index("Western-backed")

    async def run_before(pilot) -> None:
        pilot.app.push_screen(CompareScreen(analysis, "al-monitor", "trt-world", at=Span("al-monitor", at, at + 1)))
        await compare_open(pilot)

    assert snap_compare(build_app(bundled, analysis=analysis), run_before=run_before, press=["F"], terminal_size=(120, 40))


def test_naming_matrix_of_an_entity(snap_compare, bundled, analysis):
    """"How each report names Nagorno-Karabakh"; its row first: each report's names for it and its
    descriptions ("internationally recognised as part of Azerbaijan" in Al Jazeera, "illegally
    occupied by ethnic Armenian militias" in TRT World, judging words in bold colour), then the
    statements naming it that reports label with judgement."""
    entity = next(e for e in analysis.shared_entities if e.name == "Nagorno-Karabakh")

    async def run_before(pilot) -> None:
        pilot.app.post_message(OpenNaming(analysis, entity.id))
        await on_top(pilot, NamingScreen)

    assert snap_compare(build_app(bundled, analysis=analysis), run_before=run_before, terminal_size=(120, 40))
