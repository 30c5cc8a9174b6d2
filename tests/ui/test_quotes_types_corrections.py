"""The quote tracker, typed differences, conflicting figures and kept corrections, through Pilot.

Real text where the bundled reports have it (Garneau's "This use was not consistent…" as
Al-Monitor drops "use"; the Nagorno-Karabakh framing in Al Jazeera and TRT World); a
hand-made pair of reports for the figure conflict, which the five reports do not contain.
Corrections are made on a temporary copy of the bundled dossier.
"""

from __future__ import annotations

import shutil

import pytest

from reader.core.entities.clusters import fuller
from reader.core.store.corrections import MergeEntities, RejectLink, load_corrections, sidecar_path
from reader.core.model import Analysis, Dossier, Link, Span
from reader.core.pipeline import find
from reader.core.text.segment import segment_article
from reader.ui.app import build_app
from reader.core.findings.collation import figure_note
from reader.ui.screens.compare import CompareScreen
from reader.ui.screens.coverage import CoverageScreen
from reader.ui.screens.quotes import QuoteList, QuotesScreen
from reader.ui.widgets.entity_panel import EntityPanel
from textual.geometry import Region
from reader.ui.render import CONFLICT_SIGN
from reader.ui.widgets.passage_column import GUTTER_WIDTH
from reader.ui.widgets.item_view import BAR
from reader.ui.widgets.key_bar import KeyBar
from tests.conftest import BUNDLED
from tests.helpers import compare_open, on_top, restyled, shown, told, until
from tests.ui.conftest import make_article

GLOBE, MONITOR, JAZEERA, TRT = "the-globe-and-mail", "al-monitor", "al-jazeera", "trt-world"


def _messages(app) -> list[str]:
    return told(app)


def _status(screen: CompareScreen) -> str:
    return str(screen.query_one("#compare-status").content)


@pytest.fixture
def folder(tmp_path):
    """A writable copy of the bundled dossier, where corrections are kept."""
    return shutil.copytree(BUNDLED, tmp_path / "d")


# -- quote tracker -------------------------------------------------------------------------


async def test_quote_view_lists_garneau_with_al_monitor_drift_flagged(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("Q")
        await on_top(pilot, QuotesScreen)
        screen = app.screen
        items = {group.id: screen.item_text(n) for n, group in enumerate(screen.groups)}
        garneau = next(text for text in items.values() if "This use was not consistent" in text)
        assert "Al-Monitor  Marc Garneau (said): \u201cThis\u2038 was not consistent" in garneau  # "use" dropped
        assert "\u2691 wording differs in Al-Monitor: dropped \u201cuse\u201d" in garneau
        assert "editorial insertion in EurAsian Times: [of drone technology]" in garneau
        turkish = next(text for text in items.values() if "We expect our NATO allies" in text)
        assert "attributed differently" in turkish and "without quotation marks" in turkish


async def test_enter_on_a_statement_compares_its_versions(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("Q")
        await on_top(pilot, QuotesScreen)
        group = app.screen.groups[0]
        assert "This use was not consistent" in bundled.article(group.quotes[0].span.article).text(group.quotes[0].span)
        await pilot.press("enter")
        compare = await compare_open(pilot)
        reference = group.quotes[0].span
        assert compare.report == {"left": reference.article, "right": group.quotes[1].span.article}
        row = compare.passages("left")[compare.column("left").cursor]
        assert row.sentence.start <= reference.start < row.sentence.end


async def test_a_statement_only_one_report_quotes_opens_in_the_reader(bundled, analysis):
    from reader.ui.screens.reader import ReaderScreen

    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("Q")
        await on_top(pilot, QuotesScreen)
        screen = app.screen
        alone = next(g for g in screen.groups if len(g.articles) == 1)
        screen.open_group(alone)
        await on_top(pilot, ReaderScreen)
        assert app.location == alone.quotes[0].span and app.article_id == alone.quotes[0].span.article


async def test_quote_key_works_from_compare_and_the_palette_lists_it(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("c")
        await compare_open(pilot)
        await pilot.press("Q")
        await on_top(pilot, QuotesScreen)
        assert isinstance(app.screen.query_one(QuoteList), QuoteList)
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert any(title.startswith("Quotes:") for title in titles)


# -- typed differences ----------------------------------------------------------------------


async def _compare(pilot, analysis: Analysis, left: str, right: str, phrase: str | None = None) -> CompareScreen:
    """Open the compare view of ``left`` beside ``right`` (on ``left``'s sentence holding ``phrase``)."""
    at = None
    if phrase is not None:
        start = analysis.dossier.article(left).body.index(phrase)
        at = Span(left, start, start + 1)
    pilot.app.push_screen(CompareScreen(analysis, left, right, at=at))
    return await compare_open(pilot)


async def test_walking_framing_lands_on_illegally_occupied(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _compare(pilot, analysis, JAZEERA, TRT)
        await pilot.press("d")
        assert screen.walked == "framing"
        await until(pilot, lambda: "d Walk: framing" in str(app.screen.query_one(KeyBar).render()))  # the bar redrawn
        landed = []
        for _ in range(20):
            before = (screen.active_column.cursor, _status(screen))
            await pilot.press("full_stop")  # the cursor and the status move as the key is handled
            if (screen.active_column.cursor, _status(screen)) == before or "No further" in _status(screen):
                break  # past the last, said in the status line
            landed.append((screen.passages("left")[screen.active_column.cursor], _status(screen)))
        assert landed, "no framing difference walked"
        assert all("framing:" in status for _, status in landed)
        statuses = [status for _, status in landed]
        assert any("under the control of" in s and "illegally occupied" in s for s in statuses)
        # Every stop has a framing difference; passages with other differences only are skipped.
        left = bundled.article(JAZEERA)
        texts = [left.text(passage.sentence.span) for passage, _ in landed]
        assert any("under the control of" in text for text in texts)
        assert len(landed) < sum(1 for p in screen.passages("left") if p.link is not None)


async def test_framing_words_carry_the_framing_look(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _compare(pilot, analysis, JAZEERA, TRT, "under the control of")
        right = screen.column("right")
        framing = right.palette_style("difftype--framing")
        row = right.shown(right.highlighted[0])
        plain = row.plain
        start = plain.index("illegally")
        styles = [span.style for span in row.spans if span.start <= start < span.end]
        assert framing.color is not None and framing.underline
        assert any(getattr(style, "color", None) == framing.color and style.underline for style in styles)


async def test_typography_differences_are_hidden_until_asked(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _compare(pilot, analysis, JAZEERA, GLOBE)
        links = [p.link for p in screen.passages("left") if p.link is not None]
        typography = sum(d.type == "typography" for link in links for d in screen._typed_for(link))
        assert typography == 1, "Al Jazeera and the Globe differ once in typography alone"

        def marked() -> int:
            return sum(len(screen._visible(link)) for link in links)

        hidden = marked()
        assert "typography" not in screen._walkable()
        await pilot.press("T")
        assert marked() == hidden + typography and "typography" in screen._walkable()
        await pilot.press("T")
        assert marked() == hidden and "typography" not in screen._walkable()


# -- figures -------------------------------------------------------------------------------


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


async def test_conflicting_figures_are_marked_in_gutter_and_status(permits):
    app = build_app(permits.dossier, analysis=permits)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _compare(pilot, permits, "north", "south")
        assert "conflict: 29 permits vs 25 permits" in _status(screen)
        for side in ("left", "right"):
            assert screen.column(side).shown(0).plain[GUTTER_WIDTH - 1] == CONFLICT_SIGN
        assert screen.column("left").shown(1).plain[GUTTER_WIDTH - 1] != CONFLICT_SIGN


def test_agreeing_figures_are_noted(analysis):
    from reader.core.findings.figures import compare_figures

    permits = tuple(c for c in compare_figures(analysis) if c.key.startswith("count:permit"))
    assert figure_note(permits, GLOBE, TRT) == "figures agree: 29 permits = 29 permits"
    assert figure_note((), GLOBE, TRT) == ""


# -- corrections ---------------------------------------------------------------------------


async def _reject_garneau_link(pilot, bundled, analysis) -> Link:
    """Open the compare view on Garneau's "Following this review…" and press x; the link rejected."""
    app = pilot.app
    screen = await _compare(pilot, analysis, GLOBE, MONITOR, "Following this review")
    link = screen.passages("left")[screen.active_column.cursor].link
    assert link is not None
    await pilot.press("x")
    # The correcting worker's analysis, taken by the app and then by the screen.
    await until(pilot, lambda: app.analysis is not analysis and screen.analysis is app.analysis, workers=True)
    return link


async def test_rejected_link_leaves_coverage_and_is_kept_for_the_next_open(bundled, analysis, folder):
    app = build_app(bundled, analysis=analysis, folder=folder)
    async with app.run_test(size=(120, 40)) as pilot:
        link = await _reject_garneau_link(pilot, bundled, analysis)
        screen = app.screen
        assert link.passages not in [other.passages for other in app.analysis.links]
        assert screen.passages("left")[screen.active_column.cursor].link is None or \
            screen.passages("left")[screen.active_column.cursor].link.passages != link.passages
        await pilot.press("m")
        await on_top(pilot, CoverageScreen)
        assert link.passages not in [row.passages for row in app.screen.links]
        assert len(app.screen.links) == len(analysis.links) - 1
    corrections, problem = load_corrections(folder)
    assert problem is None
    assert [type(d) for d in corrections.decisions] == [RejectLink]
    again = build_app(bundled, analysis=analysis, folder=folder)
    async with again.run_test(size=(120, 40)):  # the saved corrections are applied as it mounts
        assert link.passages not in [other.passages for other in again.analysis.links]


async def test_undo_brings_the_link_back_and_saves(bundled, analysis, folder):
    """The palette offers the undo only while there is a correction to undo."""
    app = build_app(bundled, analysis=analysis, folder=folder)

    def undo_offered() -> bool:
        return any(command.title.startswith("Corrections: undo") for command in app.get_system_commands(app.screen))

    async with app.run_test(size=(120, 40)) as pilot:
        assert not undo_offered()
        link = await _reject_garneau_link(pilot, bundled, analysis)
        assert undo_offered()
        await pilot.press("U")
        reports = len(link.passages)
        await until(pilot, lambda: any(said.startswith("Undid the rejection of the link “") and said.endswith(f"” across {reports} reports")
                                       for said in _messages(app)), workers=True)
        assert link.passages in [other.passages for other in app.analysis.links]
        assert not undo_offered()
    assert load_corrections(folder)[0].decisions == ()


async def _entity_panel_on(pilot, entity_id: str) -> EntityPanel:
    """Show the entity panel, focused, its cursor on ``entity_id``."""
    await pilot.press("e")
    panel = pilot.app.screen.query_one(EntityPanel)
    await until(pilot, lambda: panel.display)
    panel.focus()
    panel.highlighted = panel.get_option_index(entity_id)
    return panel


async def test_merging_two_entities_leaves_one_in_the_panel(bundled, analysis, folder):
    people = sorted((e for e in analysis.shared_entities if e.type == "person"), key=lambda e: e.name)
    marked, other = people[-1], people[0]  # the merged entity is not listed first
    keep = fuller(marked, other)  # the merge keeps the fuller name, whichever was marked
    absorb = other if keep is marked else marked
    app = build_app(bundled, analysis=analysis, folder=folder)
    async with app.run_test(size=(120, 40)) as pilot:
        panel = await _entity_panel_on(pilot, marked.id)

        def listed() -> set[str]:
            """The entities' names as listed, without their numbers."""
            options = [panel.get_option_at_index(i) for i in range(panel.option_count)]
            return {option.prompt.cells[0].plain.rstrip("⁰¹²³⁴⁵⁶⁷⁸⁹")
                    for option in options if option.id}

        assert {keep.name, absorb.name} <= listed()
        await pilot.press("M")
        panel.highlighted = panel.get_option_index(other.id)
        await pilot.press("M")
        # The correcting worker's analysis, then the panel refilled from it.
        await until(pilot, lambda: absorb.name not in listed(), workers=True)
        assert keep.name in listed()
        # The cursor stays on the merged entity (not the top row, where S would split another).
        assert panel.highlighted_entity() == keep.id
        assert len([e for e in app.analysis.shared_entities if e.type == "person"]) == len(people) - 1
        assert f"Merged {absorb.name} into {keep.name}: U undoes it" in _messages(app)
        (decision,) = load_corrections(folder)[0].decisions
        assert isinstance(decision, MergeEntities)
        assert (decision.keep.name, decision.absorb.name) == (keep.name, absorb.name)
        await pilot.press("U")  # the undo says what it takes back
        await until(pilot, lambda: f"Undid the merge of {absorb.name} into {keep.name}" in _messages(app), workers=True)
        assert panel.highlighted_entity() == keep.id


async def test_splitting_a_name_out_of_an_entity_is_kept(bundled, analysis, folder):
    from reader.core.store.corrections import SplitEntity
    from reader.ui.screens.alias_picker import AliasPicker

    app = build_app(bundled, analysis=analysis, folder=folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await _entity_panel_on(pilot, "ministry-of-foreign-affairs")
        await pilot.press("S")
        await on_top(pilot, AliasPicker)
        await pilot.press("enter")
        await until(pilot, lambda: any(m.startswith("Split Turkish foreign ministry") for m in _messages(app)), workers=True)
        ministry = next(e for e in app.analysis.entities if e.name == "Ministry of Foreign Affairs")
        assert "Turkish foreign ministry" not in ministry.aliases
        # Only one report names the split-out name: the message says why the panel drops it.
        assert (
            "Split Turkish foreign ministry out of Ministry of Foreign Affairs: U undoes it; "
            "only Al Jazeera names it, so the panel no longer lists it"
        ) in _messages(app)
        assert "Turkish foreign ministry" not in {e.name for e in app.analysis.shared_entities}
    (decision,) = load_corrections(folder)[0].decisions
    assert isinstance(decision, SplitEntity) and decision.aliases == ("Turkish foreign ministry",)


async def test_a_folder_that_cannot_be_written_is_a_notification_and_the_decision_stays(bundled, analysis, folder):
    # A directory where the sidecar file should be: no user, root included, can write it.
    sidecar_path(folder).mkdir()
    app = build_app(bundled, analysis=analysis, folder=folder)
    async with app.run_test(size=(120, 40)) as pilot:
        link = await _reject_garneau_link(pilot, bundled, analysis)
        assert any("corrections not saved" in m and "kept for this session only" in m for m in _messages(app))
        assert link.passages not in [other.passages for other in app.analysis.links]


async def test_a_corrupt_sidecar_is_a_notification_never_a_crash(bundled, analysis, folder):
    sidecar_path(folder).write_text("{not json", encoding="utf-8")
    app = build_app(bundled, analysis=analysis, folder=folder)
    async with app.run_test(size=(120, 40)):  # the sidecar is read as it mounts
        assert any("corrections not applied" in m for m in _messages(app))
        assert len(app.analysis.links) == len(analysis.links)


async def test_the_analysis_worker_applies_the_saved_corrections(bundled, analysis, folder, monkeypatch):
    import reader.core.store.cache as cache
    from reader.core.store.corrections import Corrections, reject_link, save_corrections

    link = analysis.links[0]
    assert save_corrections(folder, Corrections().adding(reject_link(analysis, link))) is None
    monkeypatch.setattr(cache, "analyse_cached", lambda dossier, progress, **_: (analysis, None))
    app = build_app(bundled, folder=folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await until(pilot, lambda: app.uncorrected is analysis and app.analysis is not None and app.analysis is not analysis)
        assert link.passages not in [other.passages for other in app.analysis.links]
        assert len(app.corrections.decisions) == 1


async def test_nway_notes_a_figure_conflict_against_the_reference(permits):
    from reader.ui.screens.nway import NWayScreen

    app = build_app(permits.dossier, analysis=permits)
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(NWayScreen(permits, permits.sentences["north"][0].span))
        await on_top(pilot, NWayScreen)
        items = {article_id: app.screen.item_text(n) for n, article_id in enumerate(app.screen.carriers)}
        assert "conflict: 29 permits vs 25 permits" in items["south"]
        assert "conflict" not in items["north"]


def test_difference_types_differ_without_colour(bundled, analysis):
    """Under NO_COLOR the telling types keep distinct attributes (bold, italic, reverse)."""
    import asyncio

    async def looks() -> dict[str, tuple]:
        app = build_app(bundled, analysis=analysis)
        async with app.run_test(size=(120, 40)) as pilot:
            column = (await _compare(pilot, analysis, GLOBE, MONITOR)).column("left")
            found = {}
            for kind in ("framing", "number", "name", "hedge", "attribution"):
                style = column.palette_style(f"difftype--{kind}")
                found[kind] = (style.bold, style.italic, style.reverse, style.underline)
            return found

    found = asyncio.run(looks())
    assert len(set(found.values())) == len(found), found


async def test_quote_list_moving_keys_move_the_selection_and_enter_opens_it(bundled, analysis):
    """End, Home, g, G and the page keys move the highlight (not only the view): Enter opens what is lit."""
    from reader.ui.screens.reader import ReaderScreen

    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("Q")
        await on_top(pilot, QuotesScreen)
        screen = app.screen
        quotes = screen.query_one(QuoteList)
        last = len(screen.groups) - 1
        for key, index in (("end", last), ("home", 0), ("G", last), ("g", 0)):
            await pilot.press(key)
            assert quotes.index == index, key
        await pilot.press("pagedown")
        down = quotes.index
        assert 0 < down < last
        assert BAR in shown(quotes)  # on screen
        await pilot.press("space")
        assert quotes.index > down
        await pilot.press("b", "pageup")
        assert quotes.index == 0
        await pilot.press("end", "enter")
        await on_top(pilot, ReaderScreen)
        alone = screen.groups[last]
        assert len(alone.articles) == 1
        assert app.location == alone.quotes[0].span


async def test_selected_statement_carries_the_cursor_bar_and_tint_in_both_themes(bundled, analysis):
    from textual.color import Color

    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("Q")
        await on_top(pilot, QuotesScreen)
        quotes = app.screen.query_one(QuoteList)
        for _ in range(2):  # dark, then light
            rows = quotes.render_lines(Region(0, 0, *quotes.size))
            title = len(quotes._band_rows()[0])
            selected, other = rows[title], next(row for row in rows[title + 1:] if row.text.strip() and BAR not in row.text)
            assert selected.text.startswith(BAR) and not other.text.startswith(BAR)
            cursor = app.current_theme.to_color_system().generate()["block-cursor-background"]
            bar = next(iter(selected)).style
            assert Color.from_rich_color(bar.color) == Color.parse(cursor)
            width = quotes.scrollable_content_region.width  # the scrollbar's gutter aside
            tint = {segment.style.bgcolor for segment in selected.crop(1, width)}
            assert tint.isdisjoint({segment.style.bgcolor for segment in other.crop(1, width)})
            for segment in selected.crop(1, width):  # readable
                if segment.style.color is not None and segment.text.strip():
                    background = Color.from_rich_color(segment.style.bgcolor)
                    assert abs(Color.from_rich_color(segment.style.color).brightness - background.brightness) > 0.4
            await restyled(pilot, key="t")


async def test_alias_picker_moves_with_j_k_g_and_G(bundled, analysis, folder):
    from reader.ui.screens.alias_picker import AliasPicker
    from textual.widgets import OptionList

    app = build_app(bundled, analysis=analysis, folder=folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await _entity_panel_on(pilot, "l3harris-wescam")
        await pilot.press("S")
        await on_top(pilot, AliasPicker)
        names = app.screen.query_one(OptionList)
        steps = []
        for key in ("j", "j", "k", "G", "g"):
            await pilot.press(key)
            steps.append(names.highlighted)
        assert steps == [1, 2, 1, names.option_count - 1, 0] and names.option_count == 4
        keys = str(app.screen.query_one(KeyBar).render())  # the picker's keys, not the reader's
        assert "Split this name out" in keys and "Cancel" in keys and "Entities" not in keys
        await pilot.press("j", "enter")
        await until(pilot, lambda: "Split L3Harris Wescam out of L3Harris WESCAM: U undoes it" in _messages(app), workers=True)


async def test_the_split_question_fits_its_dialog_at_80_columns(bundled, analysis, folder):
    from reader.ui.screens.alias_picker import AliasPicker

    app = build_app(bundled, analysis=analysis, folder=folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await _entity_panel_on(pilot, "ministry-of-foreign-affairs")
        await pilot.press("S")
        await on_top(pilot, AliasPicker)
        picker = app.screen.query_one("#alias-picker")
        assert len(str(picker.border_title)) <= picker.outer_size.width - 4  # corners, a space each side
