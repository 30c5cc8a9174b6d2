"""Origins, naming and omissions in the views: the source list, the coverage matrix, the N-way view
and the naming matrix, driven by keys through Pilot on the hand-made Riverton dossier (two reports
running one wire story, one written independently, the council's release marked as a source)."""

from __future__ import annotations

import pytest

from reader.core.ingest.loading import load_dossier
from reader.core.model import Span
from reader.core.pipeline import analyse
from reader.ui.app import build_app
from reader.ui.screens.compare import CompareScreen
from reader.ui.screens.coverage import CoverageScreen
from reader.ui.screens.naming import NamingScreen
from reader.ui.screens.nway import NWayScreen, VersionList
from reader.ui.widgets.key_bar import KeyBar
from reader.ui.widgets.source_list import SourceList
from tests.conftest import DATA
from tests.helpers import compare_open, on_top, shown, told, until


@pytest.fixture(scope="module")
def riverton():
    return analyse(load_dossier(DATA / "origins"))


def _entry(sources: SourceList, article_id: str) -> str:
    return "\n".join(map(str, sources.entry(article_id, 200)))


async def test_source_list_says_how_much_each_report_copies(riverton):
    app = build_app(riverton.dossier, analysis=riverton)
    async with app.run_test(size=(120, 40)) as pilot:
        sources = app.screen.query_one(SourceList)
        await until(pilot, lambda: "% copied" in _entry(sources, "daily-courier"))  # laid out
        prompts = {a.id: _entry(sources, a.id) for a in riverton.dossier.articles}
        assert "% copied" in prompts["daily-courier"] and "% copied" in prompts["evening-ledger"]
        assert "copied" not in prompts["valley-voice"] and "rewritten" not in prompts["valley-voice"]
        assert "source document" in prompts["council-release"]


async def test_coverage_counts_origins_and_o_sorts_by_them(riverton):
    app = build_app(riverton.dossier, analysis=riverton)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("m")
        await on_top(pilot, CoverageScreen)
        coverage = app.screen
        table = coverage.query_one("#coverage-table")
        origins = [str(table.cell(link.id, "origins")) for link in coverage.links]
        assert set(origins) == {"1", "2"}
        bar = coverage.query_one(KeyBar)
        await pilot.press("j")
        at = coverage.links[table.cursor[0]]
        assert "Sort by origins" in str(bar.render())
        await pilot.press("o")
        await until(pilot, lambda: "independent origins first" in str(coverage.query_one("#coverage-title").render()))
        counts = [riverton.sourcing.origins.origins_of(link) for link in coverage.links]
        assert counts == sorted(counts, reverse=True)
        assert coverage.links[table.cursor[0]] == at  # the cursor stays on its link
        # The key bar offers the other order, not the one shown.
        await until(pilot, lambda: "Sort by reports" in str(bar.render()) and "Sort by origins" not in str(bar.render()))
        await pilot.press("o")
        await until(pilot, lambda: "most widely carried first" in str(coverage.query_one("#coverage-title").render()))
        await until(pilot, lambda: "Sort by origins" in str(bar.render()) and "Sort by reports" not in str(bar.render()))


async def test_nway_title_counts_origins_and_copies_say_so(riverton):
    app = build_app(riverton.dossier, analysis=riverton)
    link = next(l for l in riverton.links if {"daily-courier", "evening-ledger"} <= set(l.articles))
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(NWayScreen(riverton, link.passage_in("daily-courier"), link=link))
        await on_top(pilot, NWayScreen)
        origins = riverton.sourcing.origins.origins_of(link)
        title = shown(app.screen.query_one(VersionList))
        assert f"{origins} independent origin" in title
        assert "from the same text as the reference" in app.screen.reuse_note("evening-ledger")


async def test_f_on_an_entity_opens_its_naming_matrix(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("e")
        panel = app.screen.query_one("EntityPanel")
        entity = next(e for e in analysis.shared_entities if e.name == "Nagorno-Karabakh")
        panel.show(entity.id)
        panel.focus()
        await pilot.press("F")
        await on_top(pilot, NamingScreen)
        screen = app.screen
        assert screen.entity_id == entity.id
        assert "How each report names Nagorno-Karabakh" in str(screen.query_one("#naming-title").render())
        first = " ".join(f"{label} {words}" for label, words in screen.report_lines(screen.rows[0]))
        assert "illegally" in first and "TRT World" in first
        await pilot.press("escape")
        await until(pilot, lambda: not isinstance(app.screen, NamingScreen))


async def test_f_on_a_framing_difference_opens_the_statements_naming_matrix(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        body = bundled.article("al-monitor").body
        at = body.index("Western-backed")
        app.push_screen(CompareScreen(analysis, "al-monitor", "trt-world", at=Span("al-monitor", at, at + 1)))
        compare = await compare_open(pilot)
        await pilot.press("F")
        await on_top(pilot, NamingScreen)
        screen = app.screen
        assert screen.link_id is not None
        assert "How each report labels" in str(screen.query_one("#naming-title").render())
        first = " ".join(f"{label} {words}" for label, words in screen.report_lines(screen.rows[0]))
        assert "Kurdish-led forces" in first and "PKK/YPG terrorists" in first
        assert "Al-Monitor" in first and "TRT World" in first
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is compare)
        # A passage whose pair differs in no framing: F says so and stays.
        compare.active_column.cursor = 0
        await pilot.press("F")
        await until(pilot, lambda: any("No framing difference here" in message for message in told(app)))
        assert app.screen is compare
