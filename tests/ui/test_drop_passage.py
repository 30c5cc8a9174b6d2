"""``X`` takes one report's passage out of a link and keeps the rest (a link right in every report
but one), in the N-way view on the version under the cursor and in the compare view on this
column's passage; the status line says what is left, and ``U`` puts the passage back."""

from __future__ import annotations

from reader.ui.app import build_app
from reader.ui.screens.compare import CompareScreen
from reader.ui.screens.nway import NWayScreen
from tests.helpers import compare_open, on_top, told, until


def _passages(analysis, link_id: str):
    return next(link for link in analysis.links if link.id == link_id).passages


async def _nway(pilot, analysis) -> NWayScreen:
    link = next(link for link in analysis.links if link.id == "L1")
    pilot.app.push_screen(NWayScreen(analysis, link.passage_in("alpha"), link=link))
    await on_top(pilot, NWayScreen)
    return pilot.app.screen


async def test_x_in_the_nway_view_takes_the_version_out_and_u_puts_it_back(tiny_analysis):
    whole = _passages(tiny_analysis, "L1")
    app = build_app(tiny_analysis.dossier, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _nway(pilot, tiny_analysis)
        assert screen.carriers == ("alpha", "beta", "gamma")
        screen.versions.index = 2
        await pilot.press("X")
        await until(pilot, lambda: screen.analysis is app.analysis is not tiny_analysis, workers=True)
        assert screen.carriers == ("alpha", "beta") and "gamma" in screen.missing
        assert screen.versions.index == 1  # on the version after the one taken out (here the last), not the reference
        assert [p.article for p in screen.link.passages] == ["alpha", "beta"]
        expected = "Took Gamma Post's passage out of the link (2 reports left): U undoes it"
        await until(pilot, lambda: any(m.startswith(expected) for m in told(app)))
        await pilot.press("U")
        await until(pilot, lambda: screen.link is not None and screen.link.passages == whole, workers=True)


async def test_x_on_a_two_report_link_removes_it_and_u_shows_it_again(tiny_analysis):
    app = build_app(tiny_analysis.dossier, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _nway(pilot, tiny_analysis)
        whole = screen.link.passages
        for index in (2, 1):
            screen.versions.index = index
            await pilot.press("X")
            await until(pilot, lambda: screen.analysis is app.analysis, workers=True)
        assert screen.link is None
        await until(pilot, lambda: any("(the link is gone): U undoes it. No other link is left" in m for m in told(app)))
        await pilot.press("U")
        await until(pilot, lambda: screen.link is not None and len(screen.link.passages) == 2, workers=True)
        await pilot.press("U")
        await until(pilot, lambda: screen.link is not None and screen.link.passages == whole, workers=True)


async def test_a_notice_that_wraps_at_80_columns_is_shown_whole(tiny_analysis):
    """The notice of a link gone wraps to three lines at 80x24: its last line was cut off, as
    the notices' rack measured it a column wider (its scrollbar's) than it drew it."""
    app = build_app(tiny_analysis.dossier, analysis=tiny_analysis)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await _nway(pilot, tiny_analysis)
        for index in (2, 1):
            screen.versions.index = index
            await pilot.press("X")
            await until(pilot, lambda: screen.analysis is app.analysis, workers=True)
        await until(pilot, lambda: any("No other link" in str(t.render()) and t.region for t in app.screen.query("Toast")))
        toast = next(t for t in app.screen.query("Toast") if "No other link" in str(t.render()))
        rack = toast.parent.parent
        assert toast.region.height > 2  # wrapped
        assert toast.region.bottom <= app.size.height - rack.styles.margin.bottom


async def test_x_on_the_reference_version_keeps_the_link_and_says_why(tiny_analysis):
    app = build_app(tiny_analysis.dossier, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _nway(pilot, tiny_analysis)
        screen.versions.index = 0
        await pilot.press("X")
        await until(pilot, lambda: any(m.startswith("The reference stays") for m in told(app)))
        assert app.analysis is tiny_analysis


async def test_x_in_compare_takes_this_columns_passage_out_of_the_link(tiny_analysis):
    app = build_app(tiny_analysis.dossier, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(CompareScreen(tiny_analysis, "alpha", "beta"))
        await compare_open(pilot)
        screen = app.screen
        linked = next(n for n, p in enumerate(screen.passages("right")) if p.link is not None and p.link.id == "L1")
        await pilot.press("tab")
        screen.column("right").cursor = linked
        await until(pilot, lambda: screen.report[screen._active] == "beta")
        await pilot.press("X")
        await until(pilot, lambda: app.analysis is not tiny_analysis, workers=True)
        narrowed = next(link for link in app.analysis.links if set(link.passages) < set(_passages(tiny_analysis, "L1")))
        assert [p.article for p in narrowed.passages] == ["alpha", "gamma"]
        await until(pilot, lambda: any("Took Beta News's passage out of the link" in m for m in told(app)))


async def test_x_on_a_passage_linked_to_other_reports_only_points_to_the_nway_view(tiny_analysis):
    """Alpha's quotation is linked to Gamma's, not to Beta's: in the Alpha–Beta compare view there is
    no link to judge, but there is one to judge in the N-way view, and the answer says so."""
    app = build_app(tiny_analysis.dossier, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(CompareScreen(tiny_analysis, "alpha", "beta"))
        await compare_open(pilot)
        screen = app.screen
        screen.column("left").cursor = next(n for n, p in enumerate(screen.passages("left")) if p.link is None and p.carriers)
        for key, keys in (("x", "x and A"), ("X", "X")):
            await pilot.press(key)
            expected = f"Not linked to Beta News, only to other reports: w shows its links, where {keys} work"
            await until(pilot, lambda: any(m.startswith(expected) for m in told(app)))
        assert app.analysis is tiny_analysis
