"""``x`` in the N-way view says what it rejected, what the view shows instead (the passage's next
link, or that none is left) and that ``U`` undoes it; ``U`` brings the rejected link back on screen."""

from __future__ import annotations

from dataclasses import replace

import pytest

from reader.core.model import Analysis, Link
from reader.ui.app import build_app
from reader.ui.screens.nway import NWayScreen
from tests.helpers import on_top, told, until


@pytest.fixture
def two_links(tiny, tiny_analysis) -> Analysis:
    """The first sentence of the first report carries two statements: the verbatim link across
    three reports, and a weaker one with another report's first sentence."""
    alpha, beta = (tiny_analysis.sentences[key][0].span for key in ("alpha", "beta"))
    weaker = Link("L3", "paraphrase", 0.5, (alpha, beta))
    return replace(tiny_analysis, links=(*tiny_analysis.links, weaker))


async def _nway(pilot, analysis: Analysis, link_id: str) -> NWayScreen:
    link = next(link for link in analysis.links if link.id == link_id)
    pilot.app.push_screen(NWayScreen(analysis, link.passage_in("alpha"), link=link))
    await on_top(pilot, NWayScreen)
    return pilot.app.screen


async def test_x_names_the_link_shown_instead_and_u_brings_the_rejected_one_back(two_links):
    app = build_app(two_links.dossier, analysis=two_links)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _nway(pilot, two_links, "L1")
        rejected = screen.link.passages
        await pilot.press("x")
        await until(pilot, lambda: screen.analysis is app.analysis is not two_links, workers=True)
        assert screen.link is not None and screen.link.passages != rejected and len(screen.link.passages) == 2
        await until(pilot, lambda: any(m.startswith("Rejected the link of this passage across 3 reports: U undoes it") for m in told(app)))
        assert any(m.endswith("U undoes it. Shown now: another link of this passage, across 2 reports") for m in told(app))
        await pilot.press("U")
        await until(pilot, lambda: screen.link is not None and screen.link.passages == rejected, workers=True)
        assert screen.carriers == ("alpha", "beta", "gamma")


async def test_x_on_the_only_link_says_none_is_left_and_u_shows_it_again(tiny_analysis):
    app = build_app(tiny_analysis.dossier, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _nway(pilot, tiny_analysis, "L1")
        rejected = screen.link.passages
        await pilot.press("x")
        await until(pilot, lambda: screen.link is None, workers=True)
        await until(pilot, lambda: any("U undoes it. No other link is left on this passage" in m for m in told(app)))
        await pilot.press("U")
        await until(pilot, lambda: screen.link is not None and screen.link.passages == rejected, workers=True)


async def test_an_answer_replaces_the_one_before_and_goes_with_the_view_it_answered_on(tiny_analysis):
    """At 80x24, ``x`` then ``U`` in the N-way view left two notices stacked, the first ("Rejected …")
    no longer true, and both stayed over the reader's entity panel after escape: the second answer
    takes the first's place, and leaving the view takes it away."""
    app = build_app(tiny_analysis.dossier, analysis=tiny_analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _nway(pilot, tiny_analysis, "L1")
        await pilot.press("x")
        await until(pilot, lambda: screen.link is None, workers=True)
        await until(pilot, lambda: any(m.startswith("Rejected") for m in told(app)))
        await pilot.press("U")
        await until(pilot, lambda: any(m.startswith("Undid") for m in told(app)), workers=True)
        assert [m for m in told(app) if m.startswith(("Rejected", "Undid"))] == [next(m for m in told(app) if m.startswith("Undid"))]
        await pilot.press("escape")
        await until(pilot, lambda: not isinstance(app.screen, NWayScreen))
        await pilot.press("e")
        await until(pilot, lambda: not any(m.startswith(("Rejected", "Undid")) for m in told(app)))


async def test_a_passage_opening_a_quotation_is_named_in_one_pair_of_marks(tiny_analysis):
    """``X`` then ``U`` on a passage opening a quotation said "Undid the removal of … passage
    ““This was…"": its own mark and the one naming it stood side by side."""
    app = build_app(tiny_analysis.dossier, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await _nway(pilot, tiny_analysis, "L2")
        await pilot.press("n", "X")  # the version after the reference
        await until(pilot, lambda: app.analysis is not tiny_analysis, workers=True)
        await pilot.press("U")
        await until(pilot, lambda: any("Undid the removal" in m for m in told(app)), workers=True)
        undid = next(m for m in told(app) if "Undid the removal" in m)
        assert "\u201c\u201c" not in undid and "passage \u201cThis was not" in undid, undid
