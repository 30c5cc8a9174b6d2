"""``⏎`` in the N-way view compares the version under the cursor by the link the view shows: a
passage carrying two statements to one report is paired there by that link, not by the strongest
(a new user found the compare view levelling another sentence, its differences not those promised)."""

from __future__ import annotations

from dataclasses import replace

from reader.core.findings.collation import pair_passages
from reader.core.model import Link
from reader.ui.app import build_app
from reader.ui.screens.compare import CompareScreen
from reader.ui.screens.nway import NWayScreen
from tests.helpers import compare_open, on_top


def _weaker_to_another_sentence(tiny_analysis):
    """Alpha's first sentence is in the verbatim link (beta's second sentence) and in a weaker one
    with beta's first sentence."""
    alpha, beta = tiny_analysis.sentences["alpha"][0].span, tiny_analysis.sentences["beta"][0].span
    weaker = Link("L3", "paraphrase", 0.5, (alpha, beta))
    return replace(tiny_analysis, links=(*tiny_analysis.links, weaker)), weaker


def _beta_row(analysis, passage) -> int:
    return next(n for n, s in enumerate(analysis.sentences["beta"]) if s.span == passage.link.passage_in("beta"))


def test_a_passage_in_two_links_to_one_report_is_paired_by_the_strongest_unless_one_is_preferred(tiny_analysis):
    analysis, weaker = _weaker_to_another_sentence(tiny_analysis)
    headline = 1  # alpha has a headline: its first sentence is the second passage
    strongest = pair_passages(analysis, "alpha", "beta")[headline]
    preferred = pair_passages(analysis, "alpha", "beta", preferring=weaker.id)[headline]
    assert (strongest.link.id, _beta_row(analysis, strongest)) == ("L1", 1)
    assert (preferred.link.id, _beta_row(analysis, preferred)) == ("L3", 0)
    assert pair_passages(analysis, "alpha", "gamma", preferring=weaker.id)[headline].link.id == "L1"  # L3 misses gamma


async def test_enter_in_the_nway_view_compares_by_the_link_it_shows(tiny_analysis):
    analysis, weaker = _weaker_to_another_sentence(tiny_analysis)
    app = build_app(analysis.dossier, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(NWayScreen(analysis, weaker.passage_in("alpha"), link=weaker))
        await on_top(pilot, NWayScreen)
        screen = app.screen
        assert screen.carriers == ("alpha", "beta")
        await pilot.press("j", "enter")
        compare = await compare_open(pilot)
        assert isinstance(compare, CompareScreen) and compare.report == {"left": "alpha", "right": "beta"}
        passage = compare.passages("left")[compare.active_column.cursor]
        assert passage.link.id == "L3" and passage.counterpart == (0,)
