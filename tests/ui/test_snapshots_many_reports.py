"""SVG snapshots of a dossier with more reports than colours: twelve, the bundled five repeated
under invented outlet names (each a copy of an earlier one, so passages are widely shared).

Each test says what the picture must show. The analysis is made once, the theme fixed.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from reader.core.model import Dossier
from reader.ui.app import build_app

REPORTS = 12


@pytest.fixture(scope="module")
def twelve(bundled):
    """Twelve reports: the bundled five again and again, as outlets "Outlet 1" to "Outlet 12"."""
    from reader.core.pipeline import analyse

    articles = tuple(replace(bundled.articles[n % len(bundled.articles)], id=f"report-{n + 1:02}", outlet=f"Outlet {n + 1}",
                             path=f"report-{n + 1:02}.md") for n in range(REPORTS))
    return analyse(Dossier(bundled.root, articles))


def test_many_reports_reader(snap_compare, twelve):
    """The report list's first nine entries "1 Outlet 1" .. "9 Outlet 9" in eight colours: the ninth in
    the first one's blue, underlined (glyph and name); in the article's gutter the glyphs 9, a, b, c
    (reports 9 to 12) underlined in the colours of 1, 2, 3, 4, and 1 to 8 plain."""
    assert snap_compare(build_app(twelve.dossier, analysis=twelve), terminal_size=(120, 40))


def test_many_reports_coverage(snap_compare, twelve):
    """The coverage matrix headed 1-9, a, b, c: columns 9, a, b, c underlined in the colours of 1, 2,
    3, 4, and so are the ● of those columns; the legend's 9, (a), (b), (c) and their outlets
    underlined too. No two columns look alike."""
    assert snap_compare(build_app(twelve.dossier, analysis=twelve), press=["m"], terminal_size=(120, 40))
