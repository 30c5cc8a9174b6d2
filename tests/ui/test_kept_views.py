"""The compare view, the N-way view, the quote tracker and the coverage matrix are built once and shown again
(reader.ui.kept): opened again, each starts as a new one would, on what the key asked for."""

from __future__ import annotations

import pytest

from reader.ui.app import build_app
from reader.ui.screens.compare import CompareScreen
from reader.ui.screens.coverage import CoverageScreen, CoverageTable
from reader.ui.screens.nway import NWayScreen
from reader.ui.screens.quotes import QuoteList, QuotesScreen
from reader.ui.screens.reader import ReaderScreen
from reader.ui.widgets.item_view import ItemView
from reader.ui.widgets.line_table import LineTable
from reader.ui.widgets.passage_column import PassageColumn
from reader.ui.widgets.search_bar import SearchBar
from tests.helpers import on_top, shown, until


async def _opened(pilot, key: str, kind: type):
    """The screen ``key`` brings on top, a ``kind``."""
    await pilot.press(key)
    await on_top(pilot, kind)
    return pilot.app.screen


async def test_quotes_opened_again_start_afresh(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        first = await _opened(pilot, "Q", QuotesScreen)
        fresh = shown(first.query_one(QuoteList))
        word = max(first.item_text(1).split("\u201c", 1)[1].split(), key=len).strip(".,;:\u201d")
        await pilot.press("j", "j", "slash", *word, "enter")
        assert first.hits and first.found
        await pilot.press("slash")  # left with the search bar open: ctrl+p's way back, say
        app.action_show_article(bundled.articles[0].id)
        await on_top(pilot, ReaderScreen)
        assert await _opened(pilot, "Q", QuotesScreen) is first  # shown again, not built again
        quotes = first.query_one(QuoteList)
        assert quotes.index == 0 and first.hits == () and first.found == ""
        assert not first.query_one(SearchBar).display and app.focused is quotes
        await until(pilot, lambda: shown(quotes) == fresh)


async def test_coverage_opened_again_is_sorted_by_reach_on_the_link_asked_for(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        first = await _opened(pilot, "m", CoverageScreen)
        await pilot.press("o", "j", "j", "q")
        await on_top(pilot, ReaderScreen)
        assert await _opened(pilot, "m", CoverageScreen) is first and not first.by_origins
        assert first.query_one(CoverageTable).cursor == (0, 0) and app.focused is first.query_one(CoverageTable)


async def test_a_view_open_lower_in_the_stack_is_opened_anew_on_top(bundled, analysis):
    """Quotes, Enter (a compare view over them), Q: a second quote tracker, the first kept below."""
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        first = await _opened(pilot, "Q", QuotesScreen)
        await pilot.press("enter")
        await until(pilot, lambda: app.screen is not first)
        assert await _opened(pilot, "Q", QuotesScreen) is not first and first in app.screen_stack
        await pilot.press("q")
        await until(pilot, lambda: app.screen is not None and not isinstance(app.screen, QuotesScreen))


async def test_a_view_shown_again_after_a_theme_change_is_in_the_new_theme(bundled, analysis):
    """Textual restyles the screens of the stack when the theme changes, not a kept one off it."""
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await _opened(pilot, "Q", QuotesScreen)

        def band():
            return app.screen.query_one(QuoteList).get_component_rich_style("item-view--band")

        dark = band()
        await pilot.press("q")
        await on_top(pilot, ReaderScreen)
        await pilot.press("t")
        await _opened(pilot, "Q", QuotesScreen)
        await until(pilot, lambda: band() != dark)


async def test_compare_opened_again_starts_afresh_on_the_report_read(bundled, analysis):
    """c, a walk chosen and the columns swapped, back to the reader on another report, c: the same
    view, on that report beside its partner, as a new one would open."""
    from reader.core.findings.collation import default_partner

    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        first = await _opened(pilot, "c", CompareScreen)
        await pilot.press("d", "c", "j")
        assert first.walked != "all" and first.active_side == "right"
        await pilot.press("q")
        await on_top(pilot, ReaderScreen)
        other = bundled.articles[2].id
        app.action_show_article(other)
        assert await _opened(pilot, "c", CompareScreen) is first
        assert first.report == {"left": other, "right": default_partner(analysis, other)}
        assert first.walked == "all" and first.active_side == "left" and app.focused is first.column("left")
        assert first.column("left").cursor == 1 and first.column("left").article_id == other  # the first sentence


async def test_compare_opened_again_on_the_same_pair_draws_only_what_changed(bundled, analysis, monkeypatch):
    drawn: list[int] = []  # passages drawn, once per screen row
    draw = PassageColumn._draw

    def spy(column, row, *args):
        drawn.append(row)
        return draw(column, row, *args)

    monkeypatch.setattr(PassageColumn, "_draw", spy)
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _opened(pilot, "c", CompareScreen)
        await until(pilot, lambda: screen.column("right").highlighted)
        first = len(drawn)
        await pilot.press("q")
        await on_top(pilot, ReaderScreen)
        drawn.clear()
        assert await _opened(pilot, "c", CompareScreen) is screen
        await pilot.pause()
        # The cursor's passage and its counterpart, their marks drawn anew; no other passage.
        assert first > 20 and len(set(drawn)) <= 2


async def test_the_kept_compare_view_shows_the_corrected_analysis(bundled, analysis):
    """A link rejected while the compare view is closed: opened again, it shows the analysis the
    correction made, that link in none of its passages."""
    from reader.core.store.corrections import reject_link

    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _opened(pilot, "c", CompareScreen)
        await pilot.press("n")
        link = screen.passages("left")[screen.column("left").cursor].link
        assert link is not None
        await pilot.press("q")
        await on_top(pilot, ReaderScreen)
        before = app.analysis
        app.decide(reject_link(before, link), "rejected")
        await until(pilot, lambda: app.analysis is not before, workers=True)
        assert await _opened(pilot, "c", CompareScreen) is screen and screen.analysis is app.analysis
        shown = {p.link.passages for side in ("left", "right") for p in screen.passages(side) if p.link}
        assert link.passages not in shown


@pytest.fixture
def drawn(monkeypatch) -> list[int]:
    """The cursor column of each coverage-matrix row drawn from now on (-1: none)."""
    rows: list[int] = []
    draw = LineTable._draw

    def spy(table, cells, at, *args):
        rows.append(at)
        return draw(table, cells, at, *args)

    monkeypatch.setattr(LineTable, "_draw", spy)
    return rows


async def test_the_matrix_built_ahead_is_drawn_ahead(bundled, analysis, drawn):
    """Its rows are drawn off the stack once it is built: the first m sends rows drawn already
    (the cursor's row aside, in the focused table's looks)."""
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: len(drawn) > 5)  # drawn ahead, with no key pressed
        drawn.clear()
        await _opened(pilot, "m", CoverageScreen)
        await pilot.pause()
        assert len(drawn) <= 2


async def test_the_quote_tracker_built_ahead_is_drawn_ahead(bundled, analysis, monkeypatch):
    """Its first statements, quoted by most reports in most wordings and the costliest to draw, are drawn
    off the stack once it is built: the first Q draws none of them again."""
    drawn: list[int] = []  # the statements drawn, by place
    show = QuoteList.show

    def spy(view, count, draw_item, **kwargs):
        return show(view, count, lambda n: drawn.append(n) or draw_item(n), **kwargs)

    monkeypatch.setattr(QuoteList, "show", spy)
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: len(drawn) > 2)  # drawn ahead, with no key pressed
        drawn.clear()
        await _opened(pilot, "Q", QuotesScreen)
        await pilot.pause()
        assert drawn == []


async def test_compare_draws_the_report_read_ahead_once_the_user_rests(bundled, analysis, monkeypatch):
    """Closed, the compare view pairs the report the reader shows and draws its rows once the
    reader has drawn it: c on it then draws only the passages whose looks changed."""
    drawn: list[tuple[str, int]] = []  # (report, passage) drawn, once per screen row
    draw = PassageColumn._draw

    def spy(column, row, *args):
        drawn.append((column.article_id, row))
        return draw(column, row, *args)

    monkeypatch.setattr(PassageColumn, "_draw", spy)
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _opened(pilot, "c", CompareScreen)  # shown once: its columns have their width
        await pilot.press("q")
        await on_top(pilot, ReaderScreen)
        other = bundled.articles[3].id
        drawn.clear()
        app.action_show_article(other)
        await until(pilot, lambda: any(report == other for report, _ in drawn) and not screen.drawing_ahead)
        drawn.clear()
        assert await _opened(pilot, "c", CompareScreen) is screen and screen.report["left"] == other
        await pilot.pause()
        assert len({row for _, row in drawn}) <= 2


async def test_compare_opened_again_shows_no_cursor_where_it_was(bundled, analysis):
    """The rows a column keeps include the cursor's old row as it looked: opened again with the
    cursor elsewhere, every row on screen is what drawing it afresh gives."""
    from textual.geometry import Region

    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _opened(pilot, "c", CompareScreen)
        await pilot.press("j", "j", "j", "q")
        await on_top(pilot, ReaderScreen)
        assert await _opened(pilot, "c", CompareScreen) is screen
        await pilot.pause()
        column = screen.column("left")
        assert column.cursor == 1  # on the first sentence, below the headline
        region = Region(0, 0, *column.size)
        shown = [strip.text + str(strip._segments) for strip in column.render_lines(region)]
        column._styles_cache.clear()
        assert shown == [strip.text + str(strip._segments) for strip in column.render_lines(region)]


async def test_the_matrix_is_drawn_ahead_again_on_a_corrected_analysis(bundled, analysis, drawn):
    from reader.core.store.corrections import reject_link

    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: len(drawn) > 5)
        drawn.clear()
        app.decide(reject_link(analysis, analysis.links[0]), "rejected")
        await until(pilot, lambda: app.analysis is not analysis, workers=True)
        await until(pilot, lambda: len(drawn) > 5)  # drawn ahead on the corrected analysis
        drawn.clear()
        screen = await _opened(pilot, "m", CoverageScreen)
        await pilot.pause()
        assert screen.analysis is app.analysis and len(drawn) <= 2


@pytest.mark.parametrize("key", ["w", "Q"])
async def test_a_list_view_opened_again_on_the_same_items_draws_none_again(bundled, analysis, monkeypatch, key):
    """The N-way view on the same link, the quote tracker on the same analysis: their items as drawn
    (a search's marks drawn away first)."""
    drawn: list[int] = []  # items laid out, each once per show that draws it
    rows = ItemView._item_rows

    def spy(view, item, *args):
        if view._rows.get((item, max(4, view.frame()[0] - 3))) is None:
            drawn.append(item)
        return rows(view, item, *args)

    monkeypatch.setattr(ItemView, "_item_rows", spy)
    kind = NWayScreen if key == "w" else QuotesScreen
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        if key == "w":
            await _opened(pilot, "c", CompareScreen)
            await pilot.press("n")  # a linked passage
        view = await _opened(pilot, key, kind)
        items = view.query_one(ItemView)
        await until(pilot, lambda: drawn)
        await pilot.press("j", "q")
        await until(pilot, lambda: app.screen is not view)
        drawn.clear()
        assert await _opened(pilot, key, kind) is view
        await pilot.pause()
        assert drawn == [] and items.index == 0 and items.scroll_y == 0
        word = max(view.item_text(0).split(), key=len).strip(".,;:\u201c\u201d")
        await pilot.press("slash", *word, "enter")
        assert view.found
        app.pop_screen()  # left with the words marked
        await until(pilot, lambda: app.screen is not view)
        drawn.clear()
        assert await _opened(pilot, key, kind) is view
        await pilot.pause()
        assert drawn  # drawn anew, the search's marks gone


async def test_c_handled_before_the_view_built_ahead_has_composed_opens_a_new_one(bundled, analysis):
    """The compare view is built ahead (mounted off the stack) as an analysis is shown; a ``c``
    handled in the same turn, before that view has composed its columns, reopened it and looked
    them up (``NoMatches``): a view still mounting is passed over for a new one."""
    app = build_app(bundled, analysis=analysis)
    app._unbuilt_views.remove(("compare", "CompareScreen"))  # built below, at the turn the test chooses
    async with app.run_test(size=(120, 40)) as pilot:
        app._build_ahead("compare", "CompareScreen")
        await app.action_compare()
        await on_top(pilot, CompareScreen)
        await pilot.press("j", "j")
        await until(pilot, lambda: app.screen.active_column.cursor == 3)  # from the first sentence (the headline is row 0)


async def test_the_versions_of_the_passage_under_the_compare_cursor_are_drawn_ahead(bundled, analysis, monkeypatch):
    """Once a move of the compare cursor is on screen, the N-way view of its passage is drawn ahead:
    w then draws no version again (the cursor's rows at most)."""
    drawn: list[int] = []  # the versions drawn
    draw = NWayScreen._version_text
    monkeypatch.setattr(NWayScreen, "_version_text", lambda view, article_id: (drawn.append(article_id), draw(view, article_id))[1])
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        # the N-way view is built ahead some turns after the first frame; drawing ahead needs it
        await until(pilot, lambda: NWayScreen in app._kept_views and app._kept_views[NWayScreen].is_mounted)
        compare = await _opened(pilot, "c", CompareScreen)
        await pilot.press("n")  # on a linked passage
        passage = compare.passages(compare.active_side)[compare.active_column.cursor]
        await until(pilot, lambda: len(drawn) >= 2)
        await until(pilot, lambda: not app.drawing_ahead)
        drawn.clear()
        versions = await _opened(pilot, "w", NWayScreen)
        await pilot.pause()
        assert versions.link == passage.link and drawn == []
