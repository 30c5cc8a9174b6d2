"""SVG snapshots of the compare view, the N-way view and the coverage matrix on the bundled reports.

All three start from Garneau's "Following this review…" statement in The Globe and Mail, set
beside Al-Monitor, which carries the same statement. The analysis is passed in and the theme
fixed, so pictures are deterministic.
"""

from __future__ import annotations

import pytest

from reader.core.model import Span
from reader.ui.app import build_app
from reader.ui.screens.compare import CompareScreen
from tests.helpers import compare_open

SIZES = {"120x40": (120, 40), "80x24": (80, 24)}
GLOBE, MONITOR = "the-globe-and-mail", "al-monitor"


def open_compare(analysis, left: str, right: str, phrase: str):
    """A run_before that opens the compare view on ``left``'s sentence holding ``phrase``, beside ``right``."""
    at = analysis.dossier.article(left).body.index(phrase)

    async def run_before(pilot) -> None:
        pilot.app.push_screen(CompareScreen(analysis, left, right, at=Span(left, at, at + 1)))
        await compare_open(pilot)

    return run_before


def _on_garneau(analysis):
    """A run_before that opens the compare view on the Globe's Garneau statement."""
    return open_compare(analysis, GLOBE, MONITOR, "Following this review")


@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_compare_view(snap_compare, bundled, analysis, size):
    """Columns headed "4 The Globe and Mail" and "2 Al-Monitor" in their source colours (side by
    side at 120x40, stacked with the focused Globe column taller at 80x24). The Globe's cursor row is
    Garneau's "Following this review…" statement; Al-Monitor's version is highlighted and starts on
    the same screen row at 120x40; words only one side has are struck (left) or underlined (right),
    changed words underlined in bold, changed numbers and names reversed. Passages Al-Monitor lacks
    are dimmed with their own gutter marks (◆ when no report has them). The status line says the
    figures agree ("the fall of 2020"), names the most telling difference (the name form "Mr" →
    …), then the number of differences by type, the match and its reports; the footer shows
    tab [] pn ,. "y Walk: all" w m esc."""
    assert snap_compare(build_app(bundled, analysis=analysis), run_before=_on_garneau(analysis), terminal_size=size)


@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_nway_view(snap_compare, bundled, analysis, size):
    """The Garneau statement in every report that carries it: The Globe and Mail first (reference,
    no marks), then each other version under its outlet in its source colour with its number of
    differences and, where its figures match the Globe's, "figures agree: the fall of 2020 = the
    fall of 2020", its differing words marked and a caret where it lacks the Globe's words; the
    bottom line names the reports without it ("Not in: …") and the footer offers enter (compare
    with reference) and esc."""
    # w: open the N-way view from the compare cursor.
    assert snap_compare(
        build_app(bundled, analysis=analysis), run_before=_on_garneau(analysis), press=["w"], terminal_size=size
    )


@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_coverage_matrix(snap_compare, bundled, analysis, size):
    """A table of every link (passage excerpt, kind) against the five reports, headed by their
    digits in source colours; a ● in the report's colour where it carries the link, blank where
    not; the most widely carried links first. Below, each outlet with its number of links; the
    footer offers enter (compare here) and esc."""
    # m: open the coverage matrix from the compare view.
    assert snap_compare(
        build_app(bundled, analysis=analysis), run_before=_on_garneau(analysis), press=["m"], terminal_size=size
    )
