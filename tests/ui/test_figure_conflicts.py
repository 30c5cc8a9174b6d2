"""Figures the reports give differently for one thing, through Pilot: marked in the compare view's
gutter and status line, and noted in the N-way view; figures that agree are said to agree. A
hand-made pair of reports gives the conflict, which the bundled reports do not contain."""

from __future__ import annotations

import pytest

from reader.core.model import Analysis, Dossier, Link
from reader.core.pipeline import find
from reader.core.text.segment import segment_article
from reader.ui.app import build_app
from reader.core.findings.collation import figure_note
from reader.ui.render import CONFLICT_SIGN
from reader.ui.widgets.passage_column import GUTTER_WIDTH
from tests.helpers import compare_pair, compare_status, on_top
from tests.ui.conftest import make_article

GLOBE, TRT = "the-globe-and-mail", "trt-world"


@pytest.fixture(scope="module")
def permits() -> Analysis:
    """Two reports linked on one statement that give different permit counts."""
    north = make_article("north", "North Star", None, [
        "Canada cancelled 29 permits for drone parts on Monday, the minister said.",
        "Nothing else was said.",
    ])
    south = make_article("south", "South Post", None, [
        "Canada cancelled 25 permits for drone parts on Monday, the minister said.",
    ])
    dossier = Dossier(root="permits", articles=(north, south))
    sentences = {article.id: segment_article(article) for article in dossier.articles}
    link = Link("L1", "near", 0.9, (sentences["north"][0].span, sentences["south"][0].span))
    return find(Analysis(dossier=dossier, sentences=sentences, links=(link,)))


async def test_conflicting_figures_are_marked_in_gutter_and_compare_status(permits):
    app = build_app(permits.dossier, analysis=permits)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await compare_pair(pilot, permits, "north", "south")
        assert "conflict: 29 permits vs 25 permits" in compare_status(screen)
        for side in ("left", "right"):
            assert screen.column(side).shown(0).plain[GUTTER_WIDTH - 1] == CONFLICT_SIGN
        assert screen.column("left").shown(1).plain[GUTTER_WIDTH - 1] != CONFLICT_SIGN


def test_agreeing_figures_are_noted(analysis):
    from reader.core.findings.figures import compare_figures

    permits = tuple(c for c in compare_figures(analysis) if c.key.startswith("count:permit"))
    assert figure_note(permits, GLOBE, TRT) == "figures agree: 29 permits = 29 permits"
    assert figure_note((), GLOBE, TRT) == ""
async def test_nway_notes_a_figure_conflict_against_the_reference(permits):
    from reader.ui.screens.nway import NWayScreen

    app = build_app(permits.dossier, analysis=permits)
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(NWayScreen(permits, permits.sentences["north"][0].span))
        await on_top(pilot, NWayScreen)
        items = {article_id: app.screen.item_text(n) for n, article_id in enumerate(app.screen.carriers)}
        assert "conflict: 29 permits vs 25 permits" in items["south"]
        assert "conflict" not in items["north"]


@pytest.mark.parametrize(("width", "shares"), [(80, "(…)"), (90, "(100% shared …)"), (100, "(100% shared · 100% rewritten)")])
async def test_the_status_line_cuts_the_shares_before_the_conflict(permits, width, shares):
    """The line cut the conflict at its ``;``, this report's own figure with it, while the shares after it
    would have made room: the shares go first, their last figures first, and ``i`` still shows them all."""
    app = build_app(permits.dossier, analysis=permits)
    async with app.run_test(size=(width, 24)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        line = str(app.screen.query_one("#status").render())
        assert line == f"report 2/2: South Post {CONFLICT_SIGN} permit: 29 in North Star; 25 in South Post {shares}"
        assert app.screen._unsaid.endswith("(100% shared · 100% rewritten)")


def test_spared_cuts_the_tail_by_items_and_leaves_a_line_that_fits_or_has_no_tail_alone():
    from rich.text import Text

    from reader.ui.wording import spared

    text = Text("report 1/3: A ! crown: 5 in B; 6 in A (40% shared · 30% copied · 10% rewritten)")
    tail = "(40% shared · 30% copied · 10% rewritten)"
    assert spared(text, tail, 200) is text and spared(text, "(other)", 40) is text
    assert spared(text, tail, 66).plain == "report 1/3: A ! crown: 5 in B; 6 in A (40% shared · 30% copied …)"
    assert spared(text, tail, 41).plain == "report 1/3: A ! crown: 5 in B; 6 in A (…)"
    assert spared(text, tail, 38).plain == "report 1/3: A ! crown: 5 in B; 6 in A (…)"  # too long still: fitted cuts it


def test_a_line_leaves_out_what_it_says_at_length_before_cutting_what_follows():
    """A walk's reach goes before the report it is in is cut off; a line that fits keeps it."""
    from rich.text import Text

    from reader.ui.wording import shortened

    text = Text("Lake County in 4 of 10 reports: mention 2/4 (n/N) · report 7/10: napavalleyregister")
    assert shortened(text, (" in 4 of 10 reports",), 100) is text  # it fits: said at length
    assert shortened(text, (" in 4 of 10 reports",), 70).plain == "Lake County: mention 2/4 (n/N) · report 7/10: napavalleyregister"
    assert shortened(text, (" in 9 of 10 reports",), 70) is text  # words it does not hold: nothing left out
