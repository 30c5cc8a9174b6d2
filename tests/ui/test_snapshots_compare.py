"""SVG snapshots of the compare view, the N-way view and the coverage matrix on the bundled reports.

All three start from Garneau's "Following this review…" statement in The Globe and Mail, set
beside Al-Monitor, which carries the same statement. The analysis is passed in and the theme
fixed, so pictures are deterministic.
"""

from __future__ import annotations

import pytest

from reader.core.model import Span
from reader.ui.app import LIGHT_THEME, build_app
from reader.ui.screens.compare import CompareScreen
from tests.helpers import compare_open, restyled

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
    the same screen row at 120x40; differing words are drawn in a text colour only (no tint, no
    underline: dropped ones red and struck on the left, changed ones amber), the name form "Mr" →
    "Foreign Affairs Minister Marc" amber, bold and underlined, "Marc" without its entity tint. Passages Al-Monitor lacks
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
    fall of 2020", its differing words in a text colour only (Al Jazeera's paraphrase amber and as
    readable as plain prose; names inside a difference bold, not blocks) and a caret where it lacks
    the Globe's words; the
    bottom line names the reports no link carries it to ("Not linked in: …") and the footer offers enter (compare
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


JAZEERA = "al-jazeera"


def _on_paraphrase(analysis, theme: str | None = None):
    """A run_before that opens the compare view on Al Jazeera's opening sentence, a paraphrase of
    the Globe's, in ``theme`` (when given)."""
    opened = open_compare(analysis, JAZEERA, GLOBE, "Canada has cancelled export permits")

    async def run_before(pilot) -> None:
        if theme is not None:
            await restyled(pilot, theme)
        await opened(pilot)

    return run_before


@pytest.mark.parametrize("theme", [None, LIGHT_THEME], ids=["dark", "light"])
def test_compare_paraphrase(snap_compare, bundled, analysis, theme):
    """Al Jazeera's opening sentence at the cursor, the Globe's paraphrase of it highlighted below
    (80x24, stacked): nearly every word differs, so both passages are drawn in the differences'
    text colours (changed words amber, in the light theme a dark amber), with no tint behind them
    and no underline; the numbers and names inside them only bold; entity tints kept on the words
    both share ("Turkey") and left off inside differences, so no name is a block. The passages
    stay as readable as plain prose."""
    assert snap_compare(build_app(bundled, analysis=analysis), run_before=_on_paraphrase(analysis, theme),
                        terminal_size=(80, 24))


def test_compare_no_color(snap_compare, bundled, analysis, monkeypatch):
    """With NO_COLOR the Garneau statement's differences still show: words the Globe drops struck,
    changed ones in bold underline, the telling types (the name form "Mr" → "Foreign Affairs
    Minister Marc") reversed, the cursor passage reversed."""
    monkeypatch.setenv("NO_COLOR", "1")
    assert snap_compare(build_app(bundled, analysis=analysis), run_before=_on_garneau(analysis),
                        terminal_size=(120, 40))
