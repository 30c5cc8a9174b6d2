"""SVG snapshots of the main screen, the entity panel and help, on the bundled five reports.

Each test says what the picture must show. The analysis is passed in, the theme
is fixed and the search cursor does not blink, so pictures are deterministic.
"""

from __future__ import annotations

import pytest

from reader.ui.app import build_app
from reader.ui.widgets.article_view import ArticleView
from tests.helpers import until

SIZES = {"120x40": (120, 40), "80x24": (80, 24)}


@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_main_screen(snap_compare, bundled, analysis, size):
    """The five reports listed in five source colours with a "NN% shared" figure each (one line
    per report at 80x24); Al Jazeera's article with its headline, standfirst, its photo caption
    dimmed under it ("Photo: …"), shared entities on
    tinted backgrounds, quotes/dates in Pygments colours, and a gutter of source digits (other
    reports carrying the sentence) or a ◆ (only this report says it). Footer: e / n N ? c q."""
    assert snap_compare(build_app(bundled, analysis=analysis), terminal_size=size)


@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_entity_panel_with_an_entity_chosen(snap_compare, bundled, analysis, size):
    """The entity panel lists shared entities under People / Organisations / Places, each with its
    report count and source digits; the first person is chosen (Enter), reversed in the article,
    and the status line says in how many reports it appears and which mention is shown."""
    # e: open the entity panel; enter: choose the first person; e: (120x40) keep it open.
    assert snap_compare(build_app(bundled, analysis=analysis), press=["e", "enter"], terminal_size=size)


@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_help(snap_compare, bundled, analysis, size):
    """A centred help box listing the keys of every screen: Everywhere (? c Q ctrl+z/U t s q ctrl+p), the reader
    (e / n N [ ] and the j k g G keys of the list and the article) and any compare screens."""
    # ?: open help.
    assert snap_compare(build_app(bundled, analysis=analysis), press=["question_mark"], terminal_size=size)


def test_search_hits(snap_compare, bundled, analysis):
    """After searching for "garneau", every hit in the article has the search highlight, the first
    one also in the focus style, and the status line counts the hits and the reports they are in."""
    # /: open search; type the query; enter: search (in a worker) and jump to the first hit.
    async def search(pilot):
        await pilot.press("slash", *"garneau", "enter")
        await until(pilot, lambda: pilot.app.screen.query_one(ArticleView).current, workers=True)  # at the first hit

    assert snap_compare(build_app(bundled, analysis=analysis), run_before=search, terminal_size=(120, 40))


def test_light_theme(snap_compare, bundled, analysis):
    """The main screen in the light theme: the same layout, source colours and entity tints
    re-derived from the light theme's variables, Pygments highlights from the light default style."""
    # t: toggle to the light theme.
    assert snap_compare(build_app(bundled, analysis=analysis), press=["t"], terminal_size=(120, 40))


def test_no_color(snap_compare, bundled, analysis, monkeypatch):
    """With NO_COLOR the screen is grey, yet entities stay underlined, quotes italic, dates bold
    italic, figures bold and the chosen entity reversed, so every highlight is still visible."""
    monkeypatch.setenv("NO_COLOR", "1")
    # e, enter: choose the first person so the reversed selection shows too.
    assert snap_compare(build_app(bundled, analysis=analysis), press=["e", "enter", "e"], terminal_size=(120, 40))


def test_figure_conflict(snap_compare, tiny_analysis):
    """Alpha's first passage gives a count that Beta and Gamma give differently: its gutter ends
    in a reversed red ``!`` (the other passages' last cell stays blank), and the status line,
    unfolded by ``i``, names after the report ``! permit: 3 in Alpha Times; 5 in Beta News, Gamma Post``."""
    from tests.ui.test_reader_conflicts import _odd_one_out

    analysis = _odd_one_out(tiny_analysis)
    # i: the status line in full.
    assert snap_compare(build_app(analysis.dossier, analysis=analysis), press=["i"], terminal_size=(80, 24))


@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_two_events_marked_in_the_report_list(snap_compare, tiny_analysis, size):
    """A folder of two events: each entry of the report list says, muted, ``event 1`` or ``event 2`` after its word
    count (at 80x24 ``e1``/``e2`` at the end of its one line), as the notice above the status line numbers them."""
    from dataclasses import replace

    from reader.core.model import Story

    alpha, beta, gamma = (article.id for article in tiny_analysis.dossier.articles)
    analysis = replace(tiny_analysis, story=Story(same_event=False, events=((alpha, beta), (gamma,))))
    assert snap_compare(build_app(analysis.dossier, analysis=analysis), terminal_size=size)
