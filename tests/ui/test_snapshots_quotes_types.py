"""SVG snapshots of the quote tracker and of the compare view's typed differences, on the bundled
reports, with the analysis passed in and the theme fixed so the pictures are deterministic."""

from __future__ import annotations

import pytest

from reader.ui.app import build_app
from tests.ui.test_snapshots_compare import open_compare

SIZES = {"120x40": (120, 40), "80x24": (80, 24)}
JAZEERA, TRT = "al-jazeera", "trt-world"


@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_quote_tracker(snap_compare, bundled, analysis, size):
    """Q from the reader. A title line counts the quoted statements, those in more than one report
    and those flagged. The first item (highlighted) is Marc Garneau's statement, "in 4 reports:
    quoted by 4": one line per report in its source colour, "Marc Garneau (said):" and the quotation in
    curly marks; Al-Monitor's "This‸ was not consistent…" has a caret where it drops "use";
    EurAsian Times keeps its "[of drone technology]"; The Globe and Mail's speaker is marked as
    carried from the quotation before. Then the findings, each after a ⚑ in the warning colour:
    "wording differs in Al-Monitor: dropped “use”" and the editorial insertion. The footer offers
    enter (compare versions) and esc."""
    assert snap_compare(build_app(bundled, analysis=analysis), press=["Q"], terminal_size=size)


@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_compare_typed_differences(snap_compare, bundled, analysis, size):
    """Al Jazeera (left, cursor) beside TRT World on the Nagorno-Karabakh sentence, after d walks
    framing (the second press: stance comes first). Framing differences are in the error colour, bold and underlined: "had been under
    the control of" (left) against "was illegally occupied by" (right), and "Armenians backed"
    against "Armenian militias supported"; numbers and names in bold; other changes keep the plain
    insert/delete/replace colours. The status line starts
    "[framing]" and names the framing difference with its cue words; the footer reads
    "y Walk: framing"."""
    assert snap_compare(
        build_app(bundled, analysis=analysis), run_before=open_compare(analysis, JAZEERA, TRT, "had been under the control of"), press=["d", "d"], terminal_size=size
    )
