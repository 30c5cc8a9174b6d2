"""The coverage matrix with many reports: 20 at 80 columns, one glyph-wide column each, a
one-line legend, rows saying whose wording they show, duplicate rows merged; past what fits,
the other reports counted in one column."""

from __future__ import annotations

from contextlib import asynccontextmanager
from dataclasses import replace

from reader.core.model import Analysis, Dossier, Link, Span
from reader.core.text.segment import segment_article
from reader.ui.app import build_app
from reader.ui.screens.coverage import CoverageScreen
from tests.helpers import until
from tests.ui.conftest import make_article

def _many(count: int = 20) -> Analysis:
    articles = tuple(
        make_article(f"r{n:02d}", f"Outlet Number {n} Daily", None, [
            "The port closed on Monday after a strike.",
            f"Report {n} adds a detail of its own about the harbour.",
            "Officials said talks would resume.",
        ])
        for n in range(1, count + 1)
    )
    sentences = {article.id: segment_article(article) for article in articles}

    def spans(index: int, chosen):
        return tuple(sentences[article.id][index].span for article in chosen)

    links = (
        Link("all", "verbatim", 1.0, spans(0, articles)),
        # The same statement linked twice, among different reports: one row, not two.
        Link("first-half", "verbatim", 1.0, spans(2, articles[: count // 2])),
        Link("second-half", "verbatim", 1.0, spans(2, articles[count // 2 :])),
    )
    return Analysis(dossier=Dossier(root="many", articles=articles), sentences=sentences, links=links)


@asynccontextmanager
async def matrix_at_80_columns(analysis: Analysis):
    """The coverage screen of ``analysis``, drawn at 80x24."""
    app = build_app(analysis.dossier, analysis=analysis)
    async with app.run_test(size=(80, 24)):
        await app.open_screen(CoverageScreen(analysis))  # returns once it is mounted, its matrix filled
        yield app.screen


async def test_twenty_reports_fit_eighty_columns_with_a_one_line_legend():
    analysis = _many()
    async with matrix_at_80_columns(analysis) as screen:
        table = screen.query_one("#coverage-table")
        widths = {column.key: column.width for column in table.columns}
        assert sum(widths.values()) <= 80 - 1
        assert widths["passage"] >= 40  # the passage gets the width the reports do not need
        assert len(screen.rows) == 2  # the statement linked twice is one row
        assert str(screen.query_one("#coverage-title").render()).startswith("3 links on 2 rows across 20 reports")
        assert str(table.cell("first-half", "r15")) == "\u25cf"  # carried through the merged link
        legend = screen.query_one("#coverage-counts")
        # Cut to share the line, each name would keep a letter ("1 O… 2 O…"): the first legibly instead.
        assert legend.size.height == 1 and str(legend.render()).startswith("1 Outlet Number 1")
        assert str(legend.render()).endswith("more (the details name the column)")
        # Each row says whose wording it shows: the glyph of that report first.
        assert str(table.cell("all", "passage")).startswith("1 The port closed")


async def test_more_reports_than_fit_get_the_first_columns_and_a_count_of_the_others():
    analysis = _many(60)
    async with matrix_at_80_columns(analysis) as screen:
        table = screen.query_one("#coverage-table")
        keys = [column.key for column in table.columns]
        reports = [key for key in keys if key in analysis.dossier.by_id]
        assert keys == ["passage", "kind", *reports, "more", "origins"]
        assert reports == [f"r{n:02d}" for n in range(1, len(reports) + 1)]
        assert sum(column.width for column in table.columns) <= 80 - 1
        assert str(table.cell("first-half", "passage")).startswith("1 Officials said")
        hidden = 60 - len(reports)
        assert str(table.columns[keys.index("more")].label) == f"+{hidden}"
        assert str(table.cell("all", "more")) == f"+{hidden}"
        # The merged row counts the reports of both its links that have no column.
        assert str(table.cell("first-half", "more")) == f"+{hidden}"
        legend = screen.query_one("#coverage-counts")
        assert legend.size.height == 1
        assert str(legend.render()).startswith(f"+{hidden} more reports, counted in the +{hidden} column; 1 O")
        # The details line names every carrier, the counted ones too.
        assert "Outlet Number 60 Daily" in str(screen.query_one("#coverage-details").content)


async def test_links_sharing_a_passage_keep_a_row_each(tiny, tiny_analysis):
    """A passage carrying two statements takes part in two links: two rows, as the title counts,
    the second showing its other version so the rows read apart."""
    alpha, beta = tiny.articles[0], tiny.articles[1]
    shared = tiny_analysis.links[0].passage_in(alpha.id)
    other = Span(beta.id, beta.paragraphs[0][0], beta.paragraphs[0][1])  # longer than the shared passage
    analysis = replace(tiny_analysis, links=(*tiny_analysis.links, Link("L3", "paraphrase", 0.6, (shared, other))))
    app = build_app(tiny, analysis=analysis)
    async with app.run_test(size=(80, 24)):
        await app.open_screen(CoverageScreen(analysis))
        screen = app.screen
        assert sorted(row[0].id for row in screen.rows) == ["L1", "L2", "L3"]
        assert str(screen.query_one("#coverage-title").render()).startswith("3 links across 3 reports")
        table = screen.query_one("#coverage-table")
        assert str(table.cell("L3", "kind")) == "~"
        assert str(table.cell("L1", "passage")).startswith("1 Canada cancelled drone permits")
        assert str(table.cell("L3", "passage")).startswith("2 Ottawa cancelled the permits")


async def test_the_matrix_lays_out_again_when_the_terminal_narrows():
    """Opened at 120 columns and shrunk to 80, the passage column kept its width and took the
    whole screen: no report column was seen until the matrix was opened again."""
    analysis = _many(10)
    app = build_app(analysis.dossier, analysis=analysis)
    async with app.run_test(size=(120, 30)) as pilot:
        await app.open_screen(CoverageScreen(analysis))
        table = app.screen.query_one("#coverage-table")
        wide = sum(column.width for column in table.columns)
        await pilot.resize_terminal(80, 24)
        await until(pilot, lambda: sum(column.width for column in table.columns) <= 80 - 1)
        assert sum(column.width for column in table.columns) < wide
        assert [column.key for column in table.columns][-1] == "origins"
        assert "\u25cf" in "".join(strip.text for strip in table.render_lines(table.region.reset_offset))
