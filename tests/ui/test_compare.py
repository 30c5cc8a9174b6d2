"""The compare, N-way and coverage screens, driven by keys through Pilot.

Most tests use ``trio``: three hand-made reports whose links and differences are known
exactly (the Globe and CBC share three passages, TRT one; CBC writes 2019 where the Globe
writes 2020, and drops "Marc"). A few check invariants on the bundled five-report dossier.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from reader.core.text.diff import diff_passages
from reader.core.model import Analysis, Dossier, Link, Span, Story
from reader.core.text.segment import segment_article
from reader.ui.app import build_app
from reader.core.findings.collation import (
    carriers_of,
    default_partner,
    difference_starts,
    dropped_points,
    figure_spans,
    pair_passages,
)
from reader.ui.screens.compare import CompareScreen
from reader.ui.screens.report_picker import ReportPicker
from reader.ui.screens.coverage import CoverageScreen
from reader.ui.screens.nway import NWayScreen, VersionList
from reader.ui.screens.reader import ReaderScreen
from reader.ui.widgets.key_bar import KeyBar
from textual.geometry import Region
from reader.ui.widgets.passage_column import GUTTER_WIDTH, PassageColumn
from reader.ui.widgets.search_bar import SearchBar
from reader.ui.screens.help import HelpScreen
from tests.helpers import compare_open, compare_pair, compare_status, on_top, repaints, shown, told, until
from tests.ui.conftest import make_article

QUOTE_GLOBE = (
    "\u201cFollowing this review, today I am announcing the cancellation of permits that were "
    "suspended in the fall of 2020,\u201d Marc Garneau said."
)
QUOTE_CBC = "\u201cFollowing this review, today I announce the cancellation of 29 permits,\u201d Garneau said."
QUOTE_TRT = QUOTE_GLOBE[:-1] + " in a statement."

REPORTS = {
    "globe": ("The Globe and Mail", [
        "Canada cancelled permits for drone technology on Monday. It\u2019s rare for Ottawa to cancel permits outright.",
        QUOTE_GLOBE,
        "The permits were suspended in October 2020. Turkey called the decision unfair.",
    ]),
    "cbc": ("CBC News", [
        "Ottawa acted after a long review. Canada cancelled permits for drone technology on Monday.",
        QUOTE_CBC,
        "The permits were suspended in October 2019.",
    ]),
    "trt": ("TRT World", [
        "Turkey urged Canada to reconsider.",
        QUOTE_TRT,
    ]),
}


@pytest.fixture(scope="module")
def trio() -> Analysis:
    articles = tuple(make_article(key, outlet, None, paragraphs) for key, (outlet, paragraphs) in REPORTS.items())
    dossier = Dossier(root="trio", articles=articles)
    sentences = {article.id: segment_article(article) for article in articles}

    def at(article_id: str, index: int):
        return sentences[article_id][index].span

    links = (
        Link("L1", "verbatim", 1.0, (at("globe", 0), at("cbc", 1))),
        Link("L2", "near", 0.8, (at("globe", 2), at("cbc", 2), at("trt", 1))),
        Link("L3", "near", 0.9, (at("globe", 3), at("cbc", 3))),
    )
    return Analysis(dossier=dossier, sentences=sentences, links=links)


def test_the_hand_made_reports_segment_as_the_links_assume(trio):
    texts = {key: [trio.dossier.article(key).text(s.span) for s in trio.sentences[key]] for key in REPORTS}
    assert texts["globe"][2] == QUOTE_GLOBE and texts["cbc"][2] == QUOTE_CBC and texts["trt"][1] == QUOTE_TRT
    assert len(texts["globe"]) == 5 and len(texts["cbc"]) == 4 and len(texts["trt"]) == 2


# -- collation (no terminal) --------------------------------------------------------------

def test_pairing_gives_each_sentence_its_link_and_counterpart(trio):
    passages = pair_passages(trio, "globe", "cbc")
    assert [p.link.id if p.link else None for p in passages] == ["L1", None, "L2", "L3", None]
    assert [p.counterpart for p in passages] == [(1,), (), (2,), (3,), ()]
    assert pair_passages(trio, "trt", "cbc")[1].carriers == ("globe", "cbc")


def test_partner_is_the_report_sharing_most_links_ties_in_dossier_order(trio):
    assert default_partner(trio, "globe") == "cbc"
    assert default_partner(trio, "trt") == "globe"


def test_a_run_of_unmatched_passages_is_one_difference(trio):
    passages = pair_passages(trio, "cbc", "trt")
    assert [p.matched for p in passages] == [False, False, True, False]
    assert difference_starts(passages, lambda p: False) == {0, 3}
    assert difference_starts(passages, lambda p: True) == {0, 2, 3}


def test_changed_figures_and_names_stand_out_and_dropped_words_leave_a_point(trio):
    globe, cbc = (trio.sentences[key][3] for key in ("globe", "cbc"))
    ops = diff_passages(trio, globe.span, cbc.span)
    body = trio.dossier.article("globe").body
    assert [body[a:b] for a, b in figure_spans(ops, globe.tokens, side="a")] == ["2020"]
    quote_globe, quote_cbc = (trio.sentences[key][2] for key in ("globe", "cbc"))
    ops = diff_passages(trio, quote_globe.span, quote_cbc.span)
    assert "Marc" in [body[a:b] for a, b in figure_spans(ops, quote_globe.tokens, side="a")]
    cbc_body = trio.dossier.article("cbc").body
    assert "29" in [cbc_body[a:b] for a, b in figure_spans(ops, quote_cbc.tokens, side="b")]
    # "that were suspended ... Marc" is missing from CBC's version: a point after "permits".
    assert [cbc_body[p:quote_cbc.end] for p in dropped_points(ops, side="b")] == [",\u201d Garneau said."]


# -- the compare screen -------------------------------------------------------------------

async def open_compare(pilot, screen: CompareScreen) -> CompareScreen:
    pilot.app.push_screen(screen)
    await compare_open(pilot)
    return screen


async def test_compare_opens_on_the_report_sharing_most_links(trio):
    app = build_app(trio.dossier, analysis=trio)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_compare(pilot, CompareScreen(trio, "globe"))
        assert screen.report == {"left": "globe", "right": "cbc"}
        left, right = screen.column("left"), screen.column("right")
        assert app.focused is left and left.cursor == 0
        assert right.highlighted == (1,)
        assert "link: word for word, 100% words in common" in str(screen.query_one("#compare-status").render())


async def test_constructed_without_arguments_it_starts_from_the_current_report(trio):
    app = build_app(trio.dossier, analysis=trio)
    async with app.run_test(size=(120, 40)) as pilot:
        app.article_id = "trt"
        screen = await open_compare(pilot, CompareScreen())
        assert screen.report == {"left": "trt", "right": "globe"}


async def test_moving_the_cursor_highlights_and_marks_the_counterpart(trio):
    app = build_app(trio.dossier, analysis=trio)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_compare(pilot, CompareScreen(trio, "globe"))
        left, right = screen.column("left"), screen.column("right")
        await pilot.press("j", "down")
        await until(pilot, lambda: left.cursor == 2 and right.highlighted == (2,))
        assert "cursor" in left.states(2) and "counterpart" in right.states(2)
        assert left.marked == (2,) and right.marked == (2,)
        await pilot.press("k")
        await until(pilot, lambda: right.highlighted == () and right.marked == ())
        assert "only The Globe and Mail has this" in str(screen.query_one("#compare-status").render())


async def test_unmatched_passages_are_marked(trio):
    app = build_app(trio.dossier, analysis=trio)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_compare(pilot, CompareScreen(trio, "globe"))
        left, right = screen.column("left"), screen.column("right")
        assert [n for n in range(len(left.rows)) if "unmatched" in left.states(n)] == [1, 4]
        assert [n for n in range(len(right.rows)) if "unmatched" in right.states(n)] == [0]


async def test_next_and_previous_linked_passage(trio):
    app = build_app(trio.dossier, analysis=trio)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_compare(pilot, CompareScreen(trio, "globe"))
        left = screen.column("left")
        seen = []
        for key in ("n", "n", "n", "N", "right_curly_bracket", "left_curly_bracket"):
            await pilot.press(key)  # the cursor moves as the key is handled
            seen.append(left.cursor)
        assert seen == [2, 3, 3, 2, 3, 2]


async def test_next_and_previous_difference_one_at_a_time(trio):
    app = build_app(trio.dossier, analysis=trio)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_compare(pilot, CompareScreen(trio, "globe"))
        left, right = screen.column("left"), screen.column("right")
        seen = []
        for key in ("full_stop",) * 6 + ("comma",) * 5:
            await pilot.press(key)  # the cursor and the status move as the key is handled
            walked = re.search(r"difference (\d+/\d+):", str(screen.query_one("#compare-status").render()))
            seen.append((left.cursor, walked and walked[1]))
            if seen[-1] == (2, "2/3"):
                # "figures: added 29": the right column's 29 carries the walk's mark.
                current = right.palette_style("difference--current")
                row = right.shown(left.highlighted[0] if left.highlighted else right.highlighted[0])
                assert [row.plain[span.start:span.end] for span in row.spans if span.style == current] == ["29"]
        # 0 is identical wording; 1 and 4 are the Globe's own; 2 differs three times, 3 once.
        assert seen == [
            (1, None), (2, "1/3"), (2, "2/3"), (2, "3/3"), (3, "1/1"), (4, None),
            (3, "1/1"), (2, "3/3"), (2, "2/3"), (2, "1/3"), (1, None),
        ]


async def test_the_status_says_the_difference_walked_to_first(trio):
    """At 80 columns the status line is cut: the difference . just stood on comes before the notes
    on the pair (the reports carrying it, the figures), so it is never what is cut."""
    app = build_app(trio.dossier, analysis=trio)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_compare(pilot, CompareScreen(trio, "globe"))
        status = screen.query_one("#compare-status")
        await pilot.press("full_stop", "full_stop")
        await until(pilot, lambda: "difference 1/3:" in str(status.render()))
        assert re.match(r"passage \d+/\d+: difference 1/3: ", str(status.render()))
        assert "difference 1/3:" in "".join(segment.text for segment in status.render_line(0))


async def test_tab_moves_the_cursor_to_the_highlighted_counterpart(trio):
    app = build_app(trio.dossier, analysis=trio)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_compare(pilot, CompareScreen(trio, "globe"))
        await pilot.press("j", "j", "j", "tab")
        right, left = screen.column("right"), screen.column("left")
        await until(pilot, lambda: app.focused is right)
        assert screen.active_side == "right" and app.focused is right
        assert right.cursor == 3 and left.highlighted == (3,)


async def test_tab_from_an_unmatched_passage_returns_to_where_the_other_column_was(trio):
    app = build_app(trio.dossier, analysis=trio)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_compare(pilot, CompareScreen(trio, "globe"))
        await pilot.press("j", "j", "tab")  # the Globe's row 2, then its counterpart on the right
        await until(pilot, lambda: screen.active_side == "right")
        await pilot.press("k", "k")  # CBC's row 0, which the Globe lacks: nothing highlighted on the left
        left = screen.column("left")
        await until(pilot, lambda: screen.column("right").cursor == 0 and left.highlighted == ())
        await pilot.press("tab")
        await until(pilot, lambda: screen.active_side == "left" and left.cursor == 2)


async def test_brackets_change_the_focused_columns_report_keeping_the_statement(trio):
    app = build_app(trio.dossier, analysis=trio)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_compare(pilot, CompareScreen(trio, "globe"))
        await pilot.press("j", "j", "right_square_bracket")
        # The Globe gives way to TRT (CBC is already on the right); the quote stays under the cursor.
        await until(pilot, lambda: screen.report == {"left": "trt", "right": "cbc"})
        assert screen.column("left").cursor == 1 and screen.column("right").highlighted == (2,)
        await pilot.press("tab", "left_square_bracket")
        await until(pilot, lambda: screen.report == {"left": "trt", "right": "globe"})
        assert screen.column("right").cursor == 2 and screen.column("left").highlighted == (1,)


async def test_r_picks_a_report_from_a_list(trio):
    app = build_app(trio.dossier, analysis=trio)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_compare(pilot, CompareScreen(trio, "globe"))
        await pilot.press("tab", "r")
        await on_top(pilot, ReportPicker)
        await pilot.press("down", "enter")
        await until(pilot, lambda: app.screen is screen and screen.report == {"left": "globe", "right": "trt"})
        # Vim keys move in the list too.
        await pilot.press("r", "k", "enter")
        await until(pilot, lambda: screen.report == {"left": "globe", "right": "cbc"})
        await pilot.press("r", "G", "enter")
        await until(pilot, lambda: screen.report == {"left": "globe", "right": "trt"})
        # A report's number, as its label gives it, picks it at once.
        glyph = app.index.source_glyph("cbc")
        await pilot.press("r", glyph)
        await until(pilot, lambda: app.screen is screen and screen.report == {"left": "globe", "right": "cbc"})


async def test_r_picks_report_ten_and_on_by_its_letter_unless_the_list_binds_it():
    """Past nine reports the glyphs are letters: ``a`` picks the tenth; ``j`` (the nineteenth's)
    still moves the cursor, as the list binds it."""
    articles = tuple(make_article(f"r{n:02d}", f"Outlet {n}", None, [f"Report {n} says the port closed."])
                     for n in range(1, 21))
    analysis = Analysis(dossier=Dossier(root="many", articles=articles),
                        sentences={a.id: segment_article(a) for a in articles}, links=())
    app = build_app(analysis.dossier, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_compare(pilot, CompareScreen(analysis, "r01"))
        await pilot.press("tab", "r")
        await on_top(pilot, ReportPicker)
        assert app.index.source_glyph("r10") == "a" and app.index.source_glyph("r19") == "j"
        await pilot.press("a")
        await until(pilot, lambda: app.screen is screen and screen.report["right"] == "r10")
        await pilot.press("r")
        await on_top(pilot, ReportPicker)
        picker = app.screen
        options = picker.query_one("#report-picker")
        before = options.highlighted
        await pilot.press("j")
        await until(pilot, lambda: options.highlighted == before + 1)
        assert app.screen is picker
        await pilot.press("escape")


async def test_the_report_picker_shows_its_own_keys(trio):
    """Over the compare view, the key bar names what works in the picker, not the compare keys."""
    app = build_app(trio.dossier, analysis=trio)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_compare(pilot, CompareScreen(trio, "globe"))
        await pilot.press("r")
        await on_top(pilot, ReportPicker)
        bar = app.screen.query_one(KeyBar)
        await until(pilot, lambda: "Show this report" in str(bar.render()))
        said = str(bar.render())
        assert "Cancel" in said and "N-way" not in said and "Coverage" not in said


async def test_the_report_picker_wraps_a_headline_under_the_outlets_name(bundled, analysis):
    """A headline too long for the picker's row went on at the row's left edge, under the
    report's number, where the next report's number stands."""
    from reader.ui.screens.report_picker import ReportOptions

    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c")
        await compare_open(pilot)
        await pilot.press("r")
        await on_top(pilot, ReportPicker)
        options = app.screen.query_one(ReportOptions)
        await until(pilot, lambda: options.option_count == len(bundled.articles) - 1)  # not the other column's
        rows = [options.render_line(y).text.rstrip() for y in range(options.size.height)]
        assert len([row for row in rows if row]) > options.option_count, rows  # some headlines wrap
        # Each row begins with a report's number, or goes on under the name after it.
        assert all(row[0].isdigit() or (row[:2] == "  " and row[2] != " ") for row in rows if row), rows


async def test_columns_stack_at_80x24_and_stand_side_by_side_at_120x40(trio):
    app = build_app(trio.dossier, analysis=trio)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_compare(pilot, CompareScreen(trio, "globe"))
        left, right = screen.column("left").region, screen.column("right").region
        assert screen.has_class("-narrow") and left.x == right.x and left.bottom <= right.y
        await pilot.resize_terminal(120, 40)

        def side_by_side() -> bool:
            left, right = screen.column("left").region, screen.column("right").region
            return left.y == right.y and left.right <= right.x

        await until(pilot, side_by_side)  # laid out again at the new size


async def test_escape_returns_to_the_screen_before(trio):
    app = build_app(trio.dossier, analysis=trio)
    async with app.run_test(size=(120, 40)) as pilot:
        before = app.screen
        await open_compare(pilot, CompareScreen(trio, "globe"))
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is before)


# -- N-way --------------------------------------------------------------------------------

async def test_nway_shows_every_version_and_names_the_reports_lacking_it(trio):
    app = build_app(trio.dossier, analysis=trio)
    async with app.run_test(size=(120, 40)) as pilot:
        compare = await open_compare(pilot, CompareScreen(trio, "globe"))
        await pilot.press("j", "j", "w")
        await on_top(pilot, NWayScreen)
        nway = app.screen
        assert nway.carriers == ("globe", "cbc", "trt") and nway.missing == ()
        await pilot.press("escape", "j", "w")
        # The same view shown again (it is kept: reader.ui.kept), on the next passage.
        await until(pilot, lambda: isinstance(app.screen, NWayScreen) and app.screen.carriers == ("globe", "cbc"))
        assert app.screen.missing == ("trt",)
        assert "Not linked in: 3 TRT World" in shown(app.screen.query_one(VersionList)).splitlines()[-1]
        await pilot.press("escape", "j", "w")
        await until(pilot, lambda: isinstance(app.screen, NWayScreen) and app.screen.carriers == ("globe",))
        assert app.screen.missing == ("cbc", "trt")
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is compare)


async def test_nway_counts_within_the_passages_event_when_the_folder_holds_two(trio):
    """A report of another event neither carries nor lacks the passage: not "Not linked in", not in "of N"."""
    analysis = replace(trio, story=Story(same_event=False, events=(("globe", "cbc"), ("trt",))))
    app = build_app(analysis.dossier, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_compare(pilot, CompareScreen(analysis, "globe"))
        await pilot.press("w")
        await on_top(pilot, NWayScreen)
        nway = app.screen
        assert nway.carriers == ("globe", "cbc") and nway.missing == ()
        lines = shown(nway.query_one(VersionList)).splitlines()
        assert lines[0].strip().startswith("In 2 of 2 reports of this event"), lines[0]
        assert "Every report of this event carries this passage." in lines[-1]


async def test_nway_enter_compares_the_reference_with_the_chosen_version(trio):
    app = build_app(trio.dossier, analysis=trio)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_compare(pilot, CompareScreen(trio, "globe"))
        await pilot.press("j", "j", "w", "j", "j", "enter")
        await until(pilot, lambda: isinstance(app.screen, CompareScreen) and app.screen.report == {"left": "globe", "right": "trt"})
        screen = app.screen
        assert screen.column("left").cursor == 2 and screen.column("right").highlighted == (1,)


async def test_a_click_on_a_version_compares_it_with_the_reference(trio):
    app = build_app(trio.dossier, analysis=trio)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_compare(pilot, CompareScreen(trio, "globe"))
        await pilot.press("j", "j", "w")
        await on_top(pilot, NWayScreen)
        rows = shown(app.screen.query_one(VersionList)).splitlines()
        assert app.screen.carriers[-1] == "trt"
        await pilot.click(VersionList, offset=(4, next(n for n, row in enumerate(rows) if "TRT World" in row)))
        await until(pilot, lambda: isinstance(app.screen, CompareScreen) and app.screen.report == {"left": "globe", "right": "trt"})


# -- coverage -----------------------------------------------------------------------------

async def open_coverage(pilot, trio) -> CoverageScreen:
    await open_compare(pilot, CompareScreen(trio, "globe"))
    await pilot.press("m")
    await on_top(pilot, CoverageScreen)
    return pilot.app.screen


async def test_coverage_lists_links_widest_first_with_a_mark_per_carrier(trio):
    app = build_app(trio.dossier, analysis=trio)
    async with app.run_test(size=(120, 40)) as pilot:
        coverage = await open_coverage(pilot, trio)
        table = coverage.query_one("#coverage-table")
        assert [link.id for link in coverage.links] == ["L2", "L1", "L3"]
        assert table.cursor == (1, 0)  # on L1, the link under the compare cursor
        assert [str(table.cell("L3", key)) for key in ("globe", "cbc", "trt")] == ["\u25cf", "\u25cf", ""]
        legend = str(coverage.query_one("#coverage-counts").render())
        assert legend == "1 The Globe and Mail 2 CBC News 3 TRT World"
        await pilot.press("l", "l", "l", "l")  # to TRT World's column
        details = coverage.query_one("#coverage-details").content
        assert str(details).startswith("3 TRT World does not carry this (1 of 3 links). = word for word")


async def test_coverage_enter_on_a_marked_cell_opens_that_passage(trio):
    app = build_app(trio.dossier, analysis=trio)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_coverage(pilot, trio)
        # k: up from L1 (the compare cursor's link) to L2; then to column TRT (passage, kind, globe, cbc, trt).
        await pilot.press("k", "l", "l", "l", "l", "enter")
        screen = await compare_open(pilot)
        assert screen.report == {"left": "trt", "right": "globe"} and screen.active_side == "left"
        assert screen.column("left").cursor == 1 and screen.column("right").highlighted == (2,)


async def test_coverage_enter_on_a_blank_cell_shows_the_lacking_report_beside_a_carrier(trio):
    app = build_app(trio.dossier, analysis=trio)
    async with app.run_test(size=(120, 40)) as pilot:
        coverage = await open_coverage(pilot, trio)
        await pilot.press("j", "l", "l", "l", "l", "enter")
        screen = await compare_open(pilot)
        assert screen.report == {"left": "trt", "right": "globe"} and screen.active_side == "right"
        assert screen.column("right").cursor == 3
        await pilot.press("escape")
        await on_top(pilot, ReaderScreen)
        assert coverage not in app.screen_stack


async def test_drilling_from_the_matrix_or_the_nway_view_replaces_the_compare_view(trio):
    """Round after round of m, Enter and w, Enter keeps one compare view: escape leads home at once."""
    app = build_app(trio.dossier, analysis=trio)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_coverage(pilot, trio)
        for keys in (("enter", "m", "j", "enter"), ("w", "enter"), ("m", "enter")):
            await pilot.press(*keys)
            await until(pilot, lambda: [type(screen) for screen in app.screen_stack] == [ReaderScreen, CompareScreen])
        await pilot.press("escape")
        await on_top(pilot, ReaderScreen)


# -- the bundled dossier ------------------------------------------------------------------

async def test_every_linked_passage_is_levelled_with_its_counterpart(analysis):
    """Walking the Globe's links, each counterpart starts on the cursor's screen row unless
    the other column cannot scroll that far."""
    app = build_app(analysis.dossier, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_compare(pilot, CompareScreen(analysis, "the-globe-and-mail"))
        left, right = screen.column("left"), screen.column("right")
        checked = 0
        for _ in range(len(screen.passages("left"))):
            await pilot.press("n")
            await pilot.pause()  # one refresh: the counterpart is levelled after it
            passage = screen.passages("left")[left.cursor]
            if not passage.matched:
                continue
            assert right.highlighted == passage.counterpart
            levelled = right.row_offset(passage.counterpart[0]) == left.row_offset(left.cursor)
            at_limit = round(right.scroll_y) in (0, round(right.max_scroll_y))
            assert levelled or at_limit
            checked += 1
        assert checked >= 5


async def test_nway_missing_is_exactly_the_reports_without_any_of_the_passages_links(analysis):
    """"Not linked in" names the reports carrying none of the passage's statements (as its gutter), and
    "by another link only" those carrying it by a link other than the one shown."""
    app = build_app(analysis.dossier, analysis=analysis)
    all_ids = {a.id for a in analysis.dossier.articles}
    async with app.run_test(size=(120, 40)):
        for link in analysis.links:
            screen = NWayScreen(analysis, link.passages[0])
            chosen = screen.link
            assert chosen is not None and chosen.score >= link.score
            assert screen.carriers[0] == link.passages[0].article
            assert set(screen.carriers) == set(chosen.articles)
            reach = {link.passages[0].article, *carriers_of(analysis, link.passages[0])}
            assert set(screen.missing) == all_ids - reach
            assert set(screen.elsewhere) == reach - set(chosen.articles)


async def test_stacked_columns_put_the_counterpart_at_the_top_of_its_pane(analysis):
    app = build_app(analysis.dossier, analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_compare(pilot, CompareScreen(analysis, "the-globe-and-mail"))
        left, right = screen.column("left"), screen.column("right")
        checked = 0
        for _ in range(6):
            await pilot.press("n")
            counterpart = screen.passages("left")[left.cursor].counterpart
            if counterpart:
                first, _ = right.reachable_offsets(counterpart[0])
                # Levelled after a refresh: at the top of its pane, stacked.
                await until(pilot, lambda: right.row_offset(counterpart[0]) == max(first, 0))
                checked += 1
        assert checked


async def test_edge_page_and_click_move_the_cursor(trio):
    app = build_app(trio.dossier, analysis=trio)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_compare(pilot, CompareScreen(trio, "globe"))
        left, right = screen.column("left"), screen.column("right")
        for key, expected in (("G", 4), ("g", 0), ("pagedown", 4), ("pageup", 0)):
            await pilot.press(key)
            await until(pilot, lambda: left.cursor == expected)
        await pilot.click(right, offset=(GUTTER_WIDTH + 2, 1 + right.row_offset(3)))  # inside the border
        await until(pilot, lambda: screen.active_side == "right" and right.cursor == 3 and left.highlighted == (3,))


async def test_j_past_the_last_passage_and_k_before_the_first_say_so_and_stay(trio):
    """Compare may open on a report's last passage (the one being read): j there said nothing."""
    app = build_app(trio.dossier, analysis=trio)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_compare(pilot, CompareScreen(trio, "globe"))
        left = screen.column("left")
        await pilot.press("j")  # within the column: a move, and no word of an end
        await until(pilot, lambda: left.cursor == 1)
        assert not any("passage of The Globe and Mail" in said for said in told(app))
        await pilot.press("G", "j")
        await until(pilot, lambda: any(said.startswith("Last passage of The Globe and Mail") for said in told(app)))
        assert left.cursor == 4
        await pilot.press("g", "k")
        await until(pilot, lambda: any(said.startswith("First passage of The Globe and Mail") for said in told(app)))
        assert left.cursor == 0


async def test_the_help_screen_lists_the_compare_keys(trio):
    from reader.ui.screens.help import help_sections

    sections = dict(help_sections(build_app(trio.dossier, analysis=trio)))
    compare = dict((description, keys) for keys, description in sections["Compare screen"])
    assert compare["Next linked passage"] == "n }" and compare["Next difference"] == "."  # one row for keys alike
    assert "Compare with reference" in dict((d, k) for k, d in sections["N-way: versions"])
    assert "Compare here" in dict((d, k) for k, d in sections["Coverage: matrix"])


async def test_help_opened_from_compare_starts_with_the_compare_keys(trio):
    app = build_app(trio.dossier, analysis=trio)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_compare(pilot, CompareScreen(trio, "globe"))
        await pilot.press("question_mark")
        await on_top(pilot, HelpScreen)
        titles = [title for title, _ in app.screen.shown()]
        assert titles[0].startswith("Compare screen") and titles.index("Everywhere") > 0
        assert titles.index("Everywhere") < titles.index("Reader screen")


async def test_a_new_theme_redraws_the_columns_and_the_versions(trio):
    def styles(text) -> list[str]:
        return [str(span.style) for span in text.spans]

    app = build_app(trio.dossier, analysis=trio)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_compare(pilot, CompareScreen(trio, "globe"))
        column = screen.column("left")
        before = styles(column.shown(0))
        await pilot.press("j", "j", "w")
        await on_top(pilot, NWayScreen)
        versions = app.screen.query_one(VersionList)
        version_before = versions.render_lines(Region(0, 1, *versions.size))[0]
        await pilot.press("t")
        await until(pilot, lambda: versions.render_lines(Region(0, 1, *versions.size))[0] != version_before)  # redrawn once restyled
        await pilot.press("escape")
        await until(pilot, lambda: styles(column.shown(0)) != before)


def test_a_passage_spanning_two_sentences_has_both_as_counterpart(trio):
    globe, cbc = trio.sentences["globe"], trio.sentences["cbc"]
    wide = Link("L9", "paraphrase", 0.4, (globe[1].span, Span("cbc", cbc[0].start, cbc[1].end)))
    analysis = Analysis(dossier=trio.dossier, sentences=trio.sentences, links=(*trio.links, wide))
    assert pair_passages(analysis, "globe", "cbc")[1].counterpart == (0, 1)
    # The CBC sentence already linked by the stronger L1 keeps L1.
    assert [p.link.id for p in pair_passages(analysis, "cbc", "globe")[:2]] == ["L9", "L1"]


async def test_article_text_is_shown_as_written_never_as_markup():
    body = "Officials wrote [bold]not markup[/bold] and [link=x]this[/link]. A second sentence follows."
    article = make_article("odd", "Odd Outlet", None, [body])
    other = make_article("plain", "Plain Outlet", None, ["Nothing shared here."])
    dossier = Dossier(root="odd", articles=(article, other))
    analysis = Analysis(dossier=dossier, sentences={a.id: segment_article(a) for a in dossier.articles})
    app = build_app(dossier, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_compare(pilot, CompareScreen(analysis, "odd"))
        shown = " ".join(screen.column("left").shown(0).plain.split())
        assert "[bold]not markup[/bold]" in shown and "[link=x]this[/link]" in shown


async def test_the_chosen_entity_is_marked_in_the_columns_too(analysis):
    app = build_app(analysis.dossier, analysis=analysis)
    garneau = next(e for e in analysis.shared_entities if "Garneau" in e.name)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_compare(pilot, CompareScreen(analysis, "the-globe-and-mail"))
        column = screen.column("left")
        number = next(n for n, p in enumerate(screen.passages("left"))
                      if any(m.article == p.sentence.article and p.sentence.start <= m.start < p.sentence.end
                             for m in garneau.mentions))
        before = [str(span.style) for span in column.shown(number).spans]
        app.entity_id = garneau.id
        await until(pilot, lambda: [str(span.style) for span in column.shown(number).spans] != before)


async def test_c_swaps_the_columns_keeping_the_cursor_on_its_passage(trio):
    app = build_app(trio.dossier, analysis=trio)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_compare(pilot, CompareScreen(trio, "globe"))
        await pilot.press("j", "j", "j", "c")
        await until(pilot, lambda: screen.report == {"left": "cbc", "right": "globe"} and screen.active_side == "right")
        assert app.focused is screen.column("right")
        assert screen.column("right").cursor == 3 and screen.column("left").highlighted == (3,)
        assert isinstance(app.screen, CompareScreen) and app.screen is screen


async def test_a_lone_report_without_links_still_opens_every_view_but_an_empty_matrix():
    article = make_article("solo", "Solo Outlet", None, ["Only one report. Nothing links."])
    dossier = Dossier(root="solo", articles=(article,))
    analysis = Analysis(dossier=dossier, sentences={"solo": segment_article(article)})
    app = build_app(dossier, analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_compare(pilot, CompareScreen(analysis, "solo"))
        assert "nothing to compare it with" in str(screen.query_one("#compare-status").render())
        await pilot.press("n", "full_stop", "right_square_bracket", "c", "w")
        await on_top(pilot, NWayScreen)
        assert app.screen.missing == ()
        await pilot.press("escape", "m")  # no matrix of no rows: it says why (tests/ui/test_coverage_no_rows.py)
        await until(pilot, lambda: "Coverage needs two reports: this dossier has one" in told(app))
        assert app.screen is screen and not any(isinstance(view, CoverageScreen) for view in app.screen_stack)
        assert screen.report == {"left": "solo", "right": "solo"}


def _notices(app) -> list[str]:
    """The short answers of the compare view, which lead its status line (see tests.helpers.told)."""
    return told(app)


async def test_a_search_whose_only_hit_is_under_the_cursor_never_says_it_went_round(trio):
    """The search bar is mounted on the first ``/`` (the view opens without it); a search, and
    n/N after it, landing on the one passage holding the words say so, not that they wrapped."""
    app = build_app(trio.dossier, analysis=trio)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_compare(pilot, CompareScreen(trio, "globe"))
        assert not screen.query(SearchBar)
        column = screen.active_column
        await pilot.press("slash", *"cancelled permits for drone", "enter")  # the first passage, under the cursor
        await until(pilot, lambda: any("n/N go through them" in said for said in _notices(app)))
        assert column.cursor == 0 and column.has_focus
        await pilot.press("n", "N")
        assert column.cursor == 0
        assert not any("Wrapped" in notice for notice in _notices(app))
        assert "This is the only hit" in _notices(app)
        await pilot.press("slash", *"unfair", "enter")  # one passage further down
        await until(pilot, lambda: column.cursor == 4)
        await pilot.press("n")
        assert column.cursor == 4 and not any("Wrapped" in notice for notice in _notices(app))


async def test_the_matrix_names_its_origins_column_in_words_at_80_columns(trio):
    app = build_app(trio.dossier, analysis=trio)
    async with app.run_test(size=(80, 24)) as pilot:
        coverage = await open_coverage(pilot, trio)
        table = coverage.query_one("#coverage-table")
        header = "".join(segment.text for segment in table.render_line(0))
        assert header.rstrip().endswith(" Origins") and len(header) <= 80
        assert "independent origin" in str(coverage.query_one("#coverage-details").content)


async def test_a_passage_of_wide_characters_is_cut_into_rows_whole():
    """Rows are cut from one rendering of the passage at cell offsets: wide characters (two
    cells each) land whole on their rows, none lost or doubled, no row wider than the column."""
    words = ["東京都庁"] * 30 + ["2020年"]
    paragraphs = [" ".join(words) + "。", "Short second sentence."]
    articles = tuple(make_article(key, outlet, None, paragraphs) for key, outlet in (("a", "Alpha"), ("b", "Beta")))
    dossier = Dossier(root="wide", articles=articles)
    sentences = {article.id: segment_article(article) for article in articles}
    link = Link("L1", "verbatim", 1.0, (sentences["a"][0].span, sentences["b"][0].span))
    analysis = Analysis(dossier=dossier, sentences=sentences, links=(link,))
    app = build_app(dossier, analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_compare(pilot, CompareScreen(analysis, "a", "b"))
        column = screen.column("left")
        width = column.scrollable_content_region.width
        rows = [column.render_line(y) for y in range(column.shown(0).plain.count("\n") + 1)]
        assert len(rows) > 1 and all(row.cell_length == width for row in rows)
        shown = "".join(segment.text for row in rows for segment in row)[GUTTER_WIDTH:]
        assert shown.split() == paragraphs[0].split()


async def test_moving_the_cursor_repaints_the_rows_it_left_and_reached_only(trio, monkeypatch):
    """A cursor, highlight or marks that move repaint those passages' rows, not the column: a j
    that repainted the whole column sent ten times the cells."""
    app = build_app(trio.dossier, analysis=trio)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_compare(pilot, CompareScreen(trio, "globe"))
        column = screen.column("left")
        await pilot.pause()
        asked = repaints(monkeypatch, column)[column]
        await pilot.press("j")
        await until(pilot, lambda: column.cursor == 1 and bool(asked))
        await pilot.pause()
        assert asked and all(asked), asked  # never the whole column
        rows = {y for regions in asked for region in regions for y in range(region.y, region.bottom)}
        passage_rows = {y for number in (0, 1) for y in range(column.row_offset(number), column.row_offset(number) + 1)}
        assert passage_rows <= rows and len(rows) < column.scrollable_content_region.height // 2


async def test_the_search_field_open_the_key_bar_offers_no_column_key(trio):
    """Tab belongs to the search field while it has the focus: the bar must not offer ``tab Column``;
    back in a column it does again."""
    app = build_app(trio.dossier, analysis=trio)
    async with app.run_test(size=(160, 40)) as pilot:
        screen = await open_compare(pilot, CompareScreen(trio, "globe"))
        bar = screen.query_one(KeyBar)
        await until(pilot, lambda: "Column" in str(bar.render()))
        await pilot.press("slash")
        await until(pilot, lambda: isinstance(screen.focused, SearchBar) and "Column" not in str(bar.render()))
        await pilot.press("escape")
        await until(pilot, lambda: "Column" in str(bar.render()))


async def test_no_entity_tint_or_reverse_block_inside_a_difference(bundled, analysis):
    """In the N-way view a version's differing words carry the difference's colour alone: an
    entity named inside one ("Minister Marc Garneau" where the Globe writes "Mr. Garneau") loses
    its tint there and no word is reversed, while a shared mention outside keeps its tint."""
    globe = "the-globe-and-mail"
    at = bundled.article(globe).body.index("Following this review")
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(NWayScreen(analysis, Span(globe, at, at + 1)))
        await on_top(pilot, NWayScreen)
        screen = app.screen
        text = screen._version_text("al-monitor")
        tints = {screen.palette().entity(slot).bgcolor for slot in range(8)} - {None}
        marc = text.plain.index("Marc")
        inside = [span.style for span in text.spans if span.start <= marc < span.end]
        assert inside and not any(style.bgcolor in tints or style.reverse for style in inside)
        turkey = text.plain.index("Turkey")
        assert any(span.style.bgcolor in tints for span in text.spans if span.start <= turkey < span.end)


async def test_x_on_a_passage_without_a_link_says_so_in_the_status_line(trio):
    app = build_app(trio.dossier, analysis=trio)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_compare(pilot, CompareScreen(trio, "globe"))
        unlinked = next(n for n, passage in enumerate(screen.passages("left")) if passage.link is None)
        screen.column("left").cursor = unlinked
        await until(pilot, lambda: f"passage {unlinked + 1}/" in compare_status(screen))  # the view follows it
        await pilot.press("x")
        status = screen.query_one("#compare-status")
        await until(pilot, lambda: str(status.render()).startswith("No link here: x and A judge a linked passage"))
        assert app.analysis is trio and not app._notifications


async def test_x_on_a_linked_passage_says_at_once_that_the_correction_is_being_applied(trio):
    app = build_app(trio.dossier, analysis=trio)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_compare(pilot, CompareScreen(trio, "globe"))
        linked = next(n for n, passage in enumerate(screen.passages("left")) if passage.link is not None)
        screen.column("left").cursor = linked
        await until(pilot, lambda: f"passage {linked + 1}/" in compare_status(screen))  # the view follows it
        said = []
        say = screen._say
        screen._say = lambda text: (said.append(text.plain), say(text))
        await pilot.press("x")
        # before it is applied, the link named by its first words
        assert said[0].startswith("applying the rejection of the link “") and said[0].endswith("” across 2 reports…")
        await until(pilot, lambda: app.analysis is not trio and screen.analysis is app.analysis, workers=True)
        await until(pilot, lambda: not said[-1].startswith("applying"))
        assert app.progress == ""


async def test_a_resize_levels_the_counterpart_again(analysis):
    """Side by side at 120 columns, then stacked at 80: the counterpart went on standing where
    the wide layout had put it (in the bundled dossier, its first lines above the top of its
    pane), until the next key; each layout levels it as it does for a cursor moved."""
    app = build_app(analysis.dossier, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_compare(pilot, CompareScreen(analysis, "al-jazeera"))
        left, right = screen.column("left"), screen.column("right")
        for _ in range(3):
            await pilot.press("n")
        await until(pilot, lambda: right.highlighted == screen.passages("left")[left.cursor].counterpart != ())
        counterpart = right.highlighted

        def levelled() -> bool:
            """The counterpart starts at the top of its pane (stacked) or on the cursor's row."""
            first, _ = right.reachable_offsets(counterpart[0])
            wanted = max(first, 0) if screen.has_class("-narrow") else left.row_offset(left.cursor)
            return right.row_offset(counterpart[0]) == wanted

        for size in ((80, 24), (120, 40), (80, 24)):
            await pilot.resize_terminal(*size)
            await until(pilot, lambda: screen.has_class("-narrow") == (size[0] < 100))
            await until(pilot, levelled)


async def test_the_words_a_search_finds_are_marked_in_its_column_until_the_next_search(trio):
    """The reader, the quote tracker and the N-way view mark the words found; the compare view
    moved its cursor to them and marked nothing, so nothing said why that passage."""
    app = build_app(trio.dossier, analysis=trio)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_compare(pilot, CompareScreen(trio, "globe"))
        column = screen.active_column
        hit = column.palette().search_hit

        def marked(row: int) -> list[str]:
            text = column.shown(row)
            return [text.plain[span.start:span.end] for span in text.spans if span.style == hit]

        await pilot.press("slash", *"unfair", "enter")
        await until(pilot, lambda: column.cursor == 4)
        assert marked(4) == ["unfair"]
        assert not any(marked(row) for row in range(len(column.rows)) if row != 4)
        assert not marked_in(screen.column("right"), hit)
        await pilot.press("slash", "ctrl+u", "enter")  # an empty search ends it
        await until(pilot, lambda: not marked(4))


async def test_while_searching_the_key_bar_says_n_n_walk_hits_and_escape_ends_the_search_first(trio):
    """The bar said ``nN Link`` while n/N walked the hits, and ending a search took /, ctrl+u,
    Enter: Escape left the view. Escape now ends the search (as in less), a second one leaves,
    as in the N-way view and the quote tracker."""
    app = build_app(trio.dossier, analysis=trio)
    async with app.run_test(size=(160, 40)) as pilot:
        screen = await open_compare(pilot, CompareScreen(trio, "globe"))
        bar, column = screen.query_one(KeyBar), screen.active_column
        await until(pilot, lambda: "nN Link" in str(bar.render()))
        await pilot.press("slash", *"unfair", "enter")
        await until(pilot, lambda: column.cursor == 4 and "nN Hit" in str(bar.render()))
        assert "esc End search" in str(bar.render())
        await pilot.press("escape")
        await until(pilot, lambda: "nN Link" in str(bar.render()) and not column.search_hits)
        assert app.screen is screen
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen))
    app = build_app(trio.dossier, analysis=trio)
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(NWayScreen(trio, trio.links[1].passages[0]))
        await on_top(pilot, NWayScreen)
        nway = app.screen
        await pilot.press("slash", *"Garneau", "enter")
        await until(pilot, lambda: bool(nway.hits))
        await pilot.press("escape")
        await until(pilot, lambda: not nway.hits)
        assert app.screen is nway
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen))


def marked_in(column, style) -> bool:
    return any(span.style == style for row in range(len(column.rows)) for span in column.shown(row).spans)


async def test_a_report_headline_is_the_first_row_of_its_column_and_linkable(trio):
    """A passage may be linked to the other report's headline: the columns held the bodies only,
    so nothing was highlighted and the status line named differences from words shown nowhere.
    The headline is each column's first row now, drawn as a headline, highlighted as a counterpart
    and a passage the cursor can stand on."""
    titled = replace(trio.dossier.article("cbc"), title="Canada cancels drone technology permits")
    dossier = Dossier(root="trio", articles=tuple(titled if a.id == "cbc" else a for a in trio.dossier.articles))
    headline = Link("LT", "paraphrase", 0.7, (trio.sentences["globe"][0].span, titled.title_span))
    analysis = Analysis(dossier=dossier, sentences=trio.sentences, links=(headline, *trio.links[1:]))
    assert [p.counterpart for p in pair_passages(analysis, "globe", "cbc")] == [(0,), (), (3,), (4,), ()]
    app = build_app(dossier, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_compare(pilot, CompareScreen(analysis, "globe", "cbc"))
        right = screen.column("right")
        assert screen.active_column.cursor == 0
        await until(pilot, lambda: right.highlighted == (0,))
        assert right.rows[0].span == titled.title_span and right._state_style(right.states(0)).bold
        assert str(right.shown(0)).endswith(titled.title) and right.marked == (0,)  # its differences marked
        status = screen.query_one("#compare-status")
        assert "(not in its column)" not in str(status.render())
        await pilot.press("tab")
        await until(pilot, lambda: right.cursor == 0 and str(status.render()).startswith("passage 1/5 (headline): "))
        assert screen.column("left").highlighted == (0,)
        await pilot.press("j")  # the body follows the headline, counted as the column's passages
        await until(pilot, lambda: str(status.render()).startswith("passage 2/5: "))


def _long_pair(count: int = 150) -> Analysis:
    """Two reports of ``count`` two-sentence paragraphs, every tenth first sentence linked across."""
    def paragraphs(word: str) -> list[str]:
        return [f"Crate {n} of the shipment was {word} twice by the clerks on duty that week at the depot. "
                f"The second count of crate {n} agreed with the first in every respect." for n in range(count)]

    articles = (make_article("a", "First Ledger", None, paragraphs("weighed")),
                make_article("b", "Second Ledger", None, paragraphs("counted")))
    sentences = {article.id: segment_article(article) for article in articles}
    links = tuple(Link(f"L{n}", "near", 0.8, (sentences["a"][n].span, sentences["b"][n].span))
                  for n in range(0, 2 * count, 20))
    return Analysis(dossier=Dossier(root="long", articles=articles), sentences=sentences, links=links)


def test_a_column_is_wrapped_only_as_far_as_asked_and_the_rest_alike():
    """A screenful wrapped leaves the rest unwrapped, its length guessed no shorter than the rows
    wrapped; wrapped to the end, the rows are those of each passage wrapped on its own."""
    from reader.ui.drawing import wrap_offsets
    from reader.ui.render import NumberRoom
    from reader.ui.widgets.passage_column import Layout

    analysis = _long_pair()
    article, rows = analysis.dossier.article("a"), analysis.sentences["a"]
    body = article.body
    geometry = tuple((s.start, s.end, n == 0 or rows[n - 1].paragraph != s.paragraph) for n, s in enumerate(rows))
    layout = Layout(article, geometry, 40, NumberRoom())
    layout.through_row(39)
    assert 40 <= len(layout.lines) and len(layout.tops) < len(geometry) // 4 and layout.height >= len(layout.lines)
    list(layout.rest())
    expected = []
    for number, (start, end, paragraph_start) in enumerate(geometry):
        expected += [(number, -1, start, start)] * (paragraph_start and number > 0)
        expected += [(number, part, a, b) for part, (a, b) in enumerate(wrap_offsets(body, start, end, 40))]
    assert layout.done and layout.lines == expected and layout.height == len(expected)
    assert layout.tops == [next(n for n, line in enumerate(expected) if line[:2] == (p, 0)) for p in range(len(geometry))]


async def test_a_long_pair_opens_and_goes_to_its_end_levelled():
    """The rest of a long column wrapped after the view opened, the scrollbar has its exact
    length; ``G`` shows the last passage and its counterpart level with it."""
    analysis = _long_pair()
    app = build_app(analysis.dossier, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_compare(pilot, CompareScreen(analysis, "a", "b"))
        left, right = screen.column("left"), screen.column("right")
        await until(pilot, lambda: all(len(column._tops) == len(column.rows) and column.virtual_size.height == len(column._lines)
                                       for column in (left, right)))
        await pilot.press("G")
        await until(pilot, lambda: left.cursor == len(left.rows) - 1)
        await until(pilot, lambda: 0 <= left.row_offset(left.cursor) < left.scrollable_content_region.height)  # in view
        await pilot.press("N")
        await until(pilot, lambda: right.highlighted == screen.passages("left")[left.cursor].counterpart != ())
        await until(pilot, lambda: right.row_offset(right.highlighted[0]) == left.row_offset(left.cursor))  # level


async def test_n_past_the_last_linked_passage_says_so_in_the_status_line(trio):
    """As the reader's n says it went round: a toast over the columns went unseen, and the status
    line kept what it said before (an old answer, as if the key had done nothing)."""
    app = build_app(trio.dossier, analysis=trio)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_compare(pilot, CompareScreen(trio, "globe"))
        left, status = screen.column("left"), screen.query_one("#compare-status")
        await pilot.press("G")
        await until(pilot, lambda: "only The Globe and Mail has this" in str(status.render()))
        await pilot.press("n")
        await until(pilot, lambda: "No linked passage after this one (N goes back)" in str(status.render()))
        assert left.cursor == len(screen.passages("left")) - 1
        await pilot.press("g", "N")
        await until(pilot, lambda: "No linked passage before this one (n goes on)" in str(status.render()))


async def test_T_says_in_the_status_line_what_it_did(trio):
    app = build_app(trio.dossier, analysis=trio)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_compare(pilot, CompareScreen(trio, "globe"))
        status = screen.query_one("#compare-status")
        await pilot.press("T")
        await until(pilot, lambda: "Typography differences shown (quotes, dashes, case, spelling): T hides them"
                    in str(status.render()))
        await pilot.press("T")
        await until(pilot, lambda: "differences hidden (quotes, dashes, case, spelling): T shows them" in str(status.render()))


async def test_the_columns_wrap_short_of_the_scrollbar_at_80x24(bundled, analysis):
    """A cell of space stays between the text and the scrollbar: a word ending at it ran into the bar."""
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c")
        await compare_open(pilot)
        for column in app.screen.query(PassageColumn):
            width, height = column.scrollable_content_region.size
            rows = [column.render_line(y) for y in range(height)]
            assert any(row.text.strip() for row in rows)
            assert all(row.crop(width - 1, width).text == " " for row in rows)


async def test_a_sentence_printed_inside_a_longer_one_is_said_partly_word_for_word():
    """A report joined two sentences into one; the other's second sentence is printed inside it. The link stays, and
    neither the compare status nor the palette calls the pair ``word for word`` (read as the same text)."""
    from reader.core.pipeline import analyse
    from reader.ui.commands import ReaderCommands
    from tests.core.test_in_part import JOINED, SHORT

    articles = (make_article("short", "Short Post", None, [SHORT]), make_article("joined", "Joined Times", None, [JOINED]))
    analysis = analyse(Dossier("fund", articles))
    app = build_app(analysis.dossier, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_compare(pilot, CompareScreen(analysis, "short"))
        assert "link: partly word for word, 64% words in common" in compare_status(screen)
        said = [str(entry.help) for entry in ReaderCommands(app.screen).entries() if entry.label.startswith("Link: ")]
        assert said == ["Partly word for word in 2 reports: Short Post, Joined Times"]


async def test_a_pair_one_word_apart_is_never_said_to_have_all_its_words_in_common():
    """``difference 1/1: wording: “was” → “is”`` beside ``100% words in common`` contradicted itself: the share
    said is counted on the versions' words, which a link's score (its terms) leaves ``was`` and ``is`` out of."""
    said = "\u201cA calm harbour is kept by patient hands and follows the tide of reason,\u201d Vance {} heard saying."
    articles = (make_article("dock", "Dock Daily", None, ["Harbour officials met on Tuesday.", said.format("was")]),
                make_article("quay", "Quay Times", None, ["A recording was played at the hearing.", said.format("is")]))
    from reader.core.pipeline import analyse

    analysis = analyse(Dossier(root="pair", articles=articles))
    link = next(link for link in analysis.links if "Vance" in analysis.dossier.article("dock").text(link.passages[0]))
    assert link.score == 1.0  # the terms it is linked by: all alike
    app = build_app(analysis.dossier, analysis=analysis)
    async with app.run_test(size=(160, 40)) as pilot:
        screen = await compare_pair(pilot, analysis, "dock", "quay", "Vance")
        await pilot.press("full_stop")
        await until(pilot, lambda: "difference 1/1" in compare_status(screen))
        status = compare_status(screen)
        assert "wording: \u201cwas\u201d \u2192 \u201cis\u201d" in status
        assert "word for word, 94% words in common" in status and "100%" not in status
