"""What the help says of a key is what it does; every key that works on a view is listed; a key
whose effect shows nothing still answers; a report past the numbered ones is told apart from a
gutter's "more than fit"; the matrix legend names what it can at 100 reports."""

from __future__ import annotations

from dataclasses import replace

from reader.core.model import Dossier
from reader.ui.app import build_app
from reader.ui.render import MORE_SIGN, RenderIndex
from reader.ui.screens.compare import CompareScreen
from reader.ui.screens.coverage import CoverageScreen
from reader.ui.screens.help import key_rows
from reader.ui.screens.naming import NamingList
from reader.ui.screens.reader import ReaderScreen
from tests.helpers import on_top, until


async def test_the_help_says_what_keys_do_and_lists_every_key_that_works(bundled, analysis):
    """Compare's ``d`` was described as a state ("Walk: all"); the naming matrix listed only escape
    though j/k, g/G and the page keys move it; the reader's ``tab`` was not listed."""
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(80, 24)):
        compare = dict(key_rows(CompareScreen, app))
        assert compare["d"].startswith("Choose which type of difference")
        naming = " ".join(keys for keys, _ in key_rows(NamingList, app))
        assert {"j", "k", "g", "G"} <= set(naming.split())
        assert any(keys == "tab" for keys, _ in key_rows(ReaderScreen, app))


async def test_i_with_nothing_cut_on_the_reader_says_so(bundled, analysis):
    """The N-way view answers ``i`` with "Details shown in full"; the reader, its status line cutting
    nothing, gave no answer at all. At 80 columns the answer itself is longer than the line: the
    second ``i`` measured it and said nothing, the first answer left standing."""
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        status = app.screen.query_one("#status")
        await until(pilot, lambda: "shared" in str(status.content))
        assert not app.screen.details_cut()
        await pilot.press("i")
        await until(pilot, lambda: app.screen.said == "Details shown in full: nothing here is longer than a line")
        await pilot.press("i")
        await until(pilot, lambda: app.screen.said == "Details cut to one line: nothing here is longer than a line")


async def test_i_on_the_matrix_says_so_when_its_details_line_cuts_nothing(bundled, analysis):
    """The details line holds up to eight rows folded: one of three, though more than a row long,
    unfolds nothing, and ``i`` said nothing."""
    from reader.ui.screens.coverage import CoverageScreen
    from tests.helpers import on_top

    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("m")
        await on_top(pilot, CoverageScreen)
        details = app.screen.query_one("#coverage-details")
        await until(pilot, lambda: 1 < details.size.height < 8)
        await pilot.press("i")
        await until(pilot, lambda: app.screen.said == "Details shown in full: nothing here is longer than 8 lines")
        await pilot.press("i")  # folded to eight lines, not one: "cut to one line" over four lines was untrue
        await until(pilot, lambda: app.screen.said == "Details cut to 8 lines: nothing here is longer than 8 lines")


def _many(bundled, reports: int) -> Dossier:
    articles = tuple(replace(bundled.articles[n % len(bundled.articles)], id=f"report-{n:03}", outlet=f"Outlet {n}",
                             path=f"report-{n:03}.md") for n in range(reports))
    return Dossier(bundled.root, articles)


def test_a_report_past_the_numbered_ones_is_not_marked_as_more_than_fit(bundled):
    index = RenderIndex(_many(bundled, 40), None)
    glyphs = [index.source_glyph(article.id) for article in index.dossier.articles]
    assert glyphs[34] == "z" and len(set(glyphs[35:])) == 1 and glyphs[35] != MORE_SIGN and not glyphs[35].isalnum()


async def test_the_matrix_legend_at_a_hundred_reports_names_some_reports_legibly(bundled):
    """At 100 reports the legend read ``1 O… 2 O…``: each name cut to a letter told nothing."""
    from reader.core.pipeline import analyse

    analysis = analyse(_many(bundled, 100))
    app = build_app(analysis.dossier, analysis=analysis)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("m")
        await on_top(pilot, CoverageScreen)
        legend = app.screen.query_one("#coverage-counts")
        await until(pilot, lambda: "Outlet" in str(legend.render()))
        drawn = str(legend.render())
        assert "1 Outlet 0 2 Outlet 1" in drawn and "O\u2026" not in drawn and "more (the details name the column)" in drawn
