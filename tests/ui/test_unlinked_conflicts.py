"""Figures that the findings paired outside links and found in conflict are marked in the compare
view too: ``!`` beside the passage, and the status line says the passages are not linked."""

from __future__ import annotations

from dataclasses import replace

import pytest

from reader.core.findings.collation import figure_note, holding, unlinked_conflicts, version_note
from reader.core.model import Figure, FigureComparison, Link, Span
from reader.ui.app import build_app
from reader.ui.screens.compare import CompareScreen
from reader.ui.screens.nway import NWayScreen
from reader.ui.render import CONFLICT_SIGN
from tests.helpers import compare_open, on_top, until


def _figure(dossier, article: str, text: str, value: float) -> Figure:
    start = dossier.article(article).body.index(text)
    return Figure(Span(article, start, start + len(text)), "count", text, value, "deal")


def _with_unlinked_conflict(analysis, verdict: str = "conflict"):
    dossier = analysis.dossier
    figures = (_figure(dossier, "alpha", "$77 million", 77e6), _figure(dossier, "beta", "2020", 2020.0))
    conflict = FigureComparison(None, "count:deal", figures, "", verdict)
    return replace(analysis, findings=replace(analysis.findings, comparisons=(*analysis.findings.comparisons, conflict)))


def _alpha_alone(screen, analysis) -> int:
    """Where, in the compare view's left column, the passage with the conflicting figure stands."""
    return next(n for n, p in enumerate(screen.passages("left"))
                if "Alpha alone" in analysis.dossier.article("alpha").text(p.sentence.span))


def test_the_conflicts_outside_links_are_found_by_report_pair_and_passage(tiny_analysis):
    analysis = _with_unlinked_conflict(tiny_analysis)
    (found,) = unlinked_conflicts(analysis, "alpha", "beta")
    assert unlinked_conflicts(analysis, "alpha", "gamma") == ()
    body = analysis.dossier.article("alpha").body
    deal = body.index("Alpha alone")
    assert holding((found,), Span("alpha", deal, len(body))) == (found,)
    assert holding((found,), Span("alpha", 0, deal)) == ()
    assert figure_note((found,), "alpha", "beta", apart=", passages not linked") == "conflict, passages not linked: $77 million vs 2020"


async def test_compare_marks_a_passage_whose_figures_conflict_outside_the_links(tiny_analysis):
    analysis = _with_unlinked_conflict(tiny_analysis)
    app = build_app(analysis.dossier, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(CompareScreen(analysis, "alpha", "beta"))
        await compare_open(pilot)
        screen = app.screen
        passages = screen.passages("left")
        at = _alpha_alone(screen, analysis)
        column = screen.column("left")
        assert [row.conflict for row in column.rows] == [n == at for n in range(len(passages))]
        column.cursor = at
        status = screen.query_one("#compare-status")
        await until(pilot, lambda: "conflict, passages not linked: $77 million vs 2020" in str(status.render()))
        assert any(CONFLICT_SIGN in line.text for line in (column.render_line(y) for y in range(column.size.height)))
        # The other column shows the passage the figure conflicts with, highlighted beside it.
        right = screen.column("right")
        theirs = next(n for n, p in enumerate(screen.passages("right"))
                      if "2020" in analysis.dossier.article("beta").text(p.sentence.span))
        await until(pilot, lambda: right.highlighted == (theirs,))


@pytest.mark.parametrize("verdict", ["conflict", "agree"])
async def test_the_status_of_a_passage_another_report_says_unlinked_is_never_only_this_report(tiny_analysis, verdict):
    """The gutter is blank beside a passage whose figures the findings paired with another report's
    outside links (no ◆: it is said elsewhere), and the status line says what the gutter does:
    the conflict, or "not linked" and where it is said; never "only Alpha Times has this"."""
    analysis = _with_unlinked_conflict(tiny_analysis, verdict)
    app = build_app(analysis.dossier, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(CompareScreen(analysis, "alpha", "beta"))
        screen = await compare_open(pilot)
        at = _alpha_alone(screen, analysis)
        assert screen.passages("left")[at].sentence not in analysis.unique_sentences("alpha")  # no ◆
        screen.column("left").cursor = at
        status = screen.query_one("#compare-status")
        said = "conflict, passages not linked: $77 million vs 2020" if verdict == "conflict" else "not linked; like a sentence in Beta News"
        await until(pilot, lambda: said in str(status.render()))
        assert "has this" not in str(status.render())


async def test_the_n_way_view_of_such_a_passage_says_it_is_not_linked_not_that_no_report_carries_it(tiny_analysis):
    analysis = _with_unlinked_conflict(tiny_analysis, "agree")
    body = analysis.dossier.article("alpha").body
    at = body.index("Alpha alone")
    app = build_app(analysis.dossier, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(NWayScreen(analysis, Span("alpha", at, at + 1)))
        await on_top(pilot, NWayScreen)
        title = app.screen._title().plain
        assert "not linked; like a sentence in Beta News" in title and "no other report" not in title


def _weaker_holding_the_conflict(analysis):
    """A weaker link between the two sentences whose figures conflict (a changed figure keeps a link weaker)."""
    alpha, beta = analysis.dossier.article("alpha").body, analysis.dossier.article("beta").body
    first, second = "Alpha alone reports a $77 million deal.", "Turkey called the decision unfair in 2020."
    at, to = alpha.index(first), beta.index(second)
    link = Link("L099", "paraphrase", 0.3, (Span("alpha", at, at + len(first)), Span("beta", to, to + len(second))),
                confident=False)
    return replace(analysis, weaker_links=(link,))


@pytest.mark.parametrize("weaker_shown", [False, True])
async def test_a_conflict_in_a_weaker_link_is_said_once_and_as_the_passages_stand(tiny_analysis, weaker_shown):
    """W on: the weaker link's conflict, once (no "passages not linked" beside "? weaker link");
    W off: the conflict, and that a weaker link, which W shows, holds it."""
    analysis = _weaker_holding_the_conflict(_with_unlinked_conflict(tiny_analysis))
    if weaker_shown:
        analysis = analysis.with_weaker_links()
    app = build_app(analysis.dossier, analysis=analysis)
    async with app.run_test(size=(160, 40)) as pilot:
        app.push_screen(CompareScreen(analysis, "alpha", "beta"))
        screen = await compare_open(pilot)
        at = _alpha_alone(screen, analysis)
        screen.column("left").cursor = at
        status = screen.query_one("#compare-status")
        said = ("? weaker link" if weaker_shown else "conflict, in a weaker link (W shows it): $77 million vs 2020")
        await until(pilot, lambda: said in str(status.render()))
        text = str(status.render())
        assert "not linked" not in text
        if weaker_shown:
            assert text.count("conflict") == 1 and "conflict: $77 million vs 2020" in text


def test_the_n_way_note_of_a_weaker_link_says_the_conflict_of_its_versions(tiny_analysis):
    analysis = _weaker_holding_the_conflict(_with_unlinked_conflict(tiny_analysis)).with_weaker_links()
    link = next(link for link in analysis.links if link.id == "L099")
    assert version_note(analysis, link, "alpha", "beta") == "conflict: $77 million vs 2020"
    assert version_note(_with_unlinked_conflict(tiny_analysis), analysis.links[0], "alpha", "beta") == ""
