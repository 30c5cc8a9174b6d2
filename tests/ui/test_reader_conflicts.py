"""A figure conflict shows in the reader too: ``!`` in the gutter beside the passage holding it,
and the status line names the quantity and the value each report gives while it is read."""

from __future__ import annotations

from dataclasses import replace

from reader.core.model import Figure, FigureComparison, Span
from reader.ui.app import build_app
from reader.ui.render import CONFLICT_SIGN
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.status_line import StatusLine
from tests.helpers import until, wrapped


def _permits(dossier, article: str, value: float) -> Figure:
    body = dossier.article(article).body
    start = body.index("drone permits")
    return Figure(Span(article, start, start + len("drone permits")), "count", "drone permits", value, "permit")


def _odd_one_out(analysis):
    """Alpha's count against the same count in beta and gamma, which agree."""
    dossier = analysis.dossier
    odd, beta, gamma = (_permits(dossier, a, v) for a, v in (("alpha", 3.0), ("beta", 5.0), ("gamma", 5.0)))
    pairs = (FigureComparison("L1", odd.key, (odd, beta), "", "conflict"),
             FigureComparison("L1", odd.key, (odd, gamma), "", "conflict"),
             FigureComparison("L1", odd.key, (beta, gamma), "", "agree"))
    return replace(analysis, findings=replace(analysis.findings, comparisons=pairs))


def _gutters(view: ArticleView) -> list[str]:
    return [view.render_line(y).text[: view.gutter_width] for y in range(view.size.height)]


async def test_the_reader_marks_and_names_a_figure_conflict(tiny_analysis):
    analysis = _odd_one_out(tiny_analysis)
    app = build_app(analysis.dossier, analysis=analysis)
    async with app.run_test(size=(120, 30)) as pilot:
        view = app.screen.query_one(ArticleView)
        await until(pilot, lambda: any(g.endswith(CONFLICT_SIGN) for g in _gutters(view)))
        marked = [g for g in _gutters(view) if CONFLICT_SIGN in g]
        assert len(marked) == 1  # the passage holding the figure; the others keep their last cell blank
        status = app.screen.query_one(StatusLine)
        await pilot.press("i")  # the line in full: the note comes after the report
        said = "! permit: 3 in Alpha Times; 5 in Beta News, Gamma Post"
        await until(pilot, lambda: said in str(status.render()))
        # After the report, which a long note would otherwise cut off the line.
        assert str(status.render()).index("report 1/3") < str(status.render()).index(said)
        # Another report's passage: the same conflict, this report on the side it takes. Waited on
        # until beta is shown: alpha's gutter and note, still drawn meanwhile, say the same.
        app.article_id = "beta"
        await until(pilot, lambda: view.article.id == "beta" and "report 2/3" in str(status.render()))
        await wrapped(pilot, view)
        marked = [y for y, gutter in enumerate(_gutters(view)) if gutter.endswith(CONFLICT_SIGN)]
        rows = [view.render_line(y).text[view.gutter_width:] for y in (marked[0] - 1, *marked)]
        # Its sentence begins after another's words, on the row of "drone permits": the ! is beside
        # the sentence's own words, on the next row, the first it begins.
        assert len(marked) == 1 and "drone permits" in rows[0] and rows[1].strip() == "Monday, Marc Garneau said.", rows
        await until(pilot, lambda: said in str(status.render()))


async def test_agreeing_figures_mark_nothing(tiny_analysis):
    analysis = _odd_one_out(tiny_analysis)
    agreeing = tuple(replace(c, verdict="agree") for c in analysis.findings.comparisons)
    analysis = replace(analysis, findings=replace(analysis.findings, comparisons=agreeing))
    app = build_app(analysis.dossier, analysis=analysis)
    async with app.run_test(size=(120, 30)) as pilot:
        view = app.screen.query_one(ArticleView)
        await until(pilot, lambda: any(g.strip() for g in _gutters(view)))
        assert not any(CONFLICT_SIGN in g for g in _gutters(view))
        assert CONFLICT_SIGN + " " not in str(app.screen.query_one(StatusLine).render())


def _late_conflict(analysis):
    """A figure of alpha's last passage against one of beta's."""
    dossier = analysis.dossier

    def deal(article: str, text: str, value: float) -> Figure:
        start = dossier.article(article).body.index(text)
        return Figure(Span(article, start, start + len(text)), "count", text, value, "deal")

    late = FigureComparison(None, "count:deal", (deal("alpha", "$77 million", 77.0), deal("beta", "2020", 20.0)), "", "conflict")
    return replace(analysis, findings=replace(analysis.findings, comparisons=(late,)))


async def test_the_note_follows_the_passages_on_screen(tiny_analysis):
    analysis = _late_conflict(tiny_analysis)
    app = build_app(analysis.dossier, analysis=analysis)
    async with app.run_test(size=(80, 14)) as pilot:  # the article pane shows four rows
        view = app.screen.query_one(ArticleView)
        status = app.screen.query_one(StatusLine)
        await pilot.press("i")
        await until(pilot, lambda: any(g.strip() for g in _gutters(view)))
        assert not any(CONFLICT_SIGN in g for g in _gutters(view)) and "! deal" not in str(status.render())
        view.focus()
        await pilot.press("G")  # the last rows: the passage with the figure shows
        await until(pilot, lambda: any(g.endswith(CONFLICT_SIGN) for g in _gutters(view)))
        await until(pilot, lambda: "! deal: 77 in Alpha Times; 20 in Beta News" in str(status.render()))
        await pilot.press("g")
        await until(pilot, lambda: "! deal" not in str(status.render()))
