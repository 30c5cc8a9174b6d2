"""SVG snapshots of the hostile dossier (tests/data/hostile/): every payload drawn as inert text.

The analysis is passed in and the theme fixed, so pictures are deterministic.
"""

from __future__ import annotations

import pytest

from reader.core.pipeline import analyse
from reader.core.ingest.loading import load_dossier
from reader.ui.app import build_app
from tests.conftest import DATA


@pytest.fixture(scope="module")
def hostile():
    dossier = load_dossier(DATA / "hostile")
    return dossier, analyse(dossier)


def test_hostile_main_screen(snap_compare, hostile):
    """The nine hostile reports listed with their outlets and headlines as text: "Hostile Wire
    ␛]0;PWNED-OUTL…", "[bold red]Markup[/] in a head…" (not bold, not red), "⟪RLO⟫" where the
    override was. The first article shows every escape sequence as visible symbols (␛[31;1m…,
    ␛]0;PWNED-TITLE-0␇, ␛]8;;https://example.invalid/phish␛\\, ␛]52;c;…␇) in the ordinary text
    colour, borders and key bar intact. Under the panes, over the status line and covering no
    text, Problems counts the two files opened with a caveat and Same story? says the reports differ;
    the key bar says "esc Dismiss notices". The ninth report, "9 raw", is in the first one's blue,
    underlined (past the eight colours)."""
    dossier, analysis = hostile
    assert snap_compare(build_app(dossier, analysis=analysis), terminal_size=(120, 40))


def test_hostile_compare_view(snap_compare, hostile):
    """The compare view of "1 Hostile Wire ␛]0;PWNED-OUTLET-TITLE␇" beside "2 Control Daily",
    every passage's escape sequences and C0/C1 controls shown as ␛/␀-style symbols in the
    ordinary text colour, both columns inside their borders, the status line quoting the outlet
    with its sequence as text, the key bar on the last row, and the notices told at start (the
    caveats, Same story?) in their strip between the columns and the status line, as on the reader,
    which escape dismisses first: the key bar says "esc Dismiss notices"."""
    dossier, analysis = hostile
    # c: open the compare view from the first report.
    assert snap_compare(build_app(dossier, analysis=analysis), press=["c"], terminal_size=(120, 40))
