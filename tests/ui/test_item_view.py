"""The N-way view's versions and the quote tracker's statements, drawn by one ItemView: a quote
line's continuation rows start under its quoted words, ``i`` shows the reports lacking a passage
in full, and paging keeps the item under the cursor in view."""

from __future__ import annotations

from reader.ui.app import build_app
from reader.ui.screens.nway import NWayScreen, VersionList
from reader.ui.screens.quotes import QuoteList, QuotesScreen
from reader.ui.widgets.item_view import BAR
from tests.helpers import on_top, shown, until


async def test_every_wrapped_quotation_goes_on_at_one_indent(bundled, analysis):
    """Under the report's name, whatever its length: a hang under the quoted words sat some 36 cells
    in after a short outlet name and 2 after a long one."""
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("Q")
        await on_top(pilot, QuotesScreen)
        rows = [row[1:] for row in shown(app.screen.query_one(QuoteList)).splitlines()]  # the cursor's bar aside
        opened = [n for n, row in enumerate(rows) if ": \u201c" in row and rows[n + 1].strip() and "\u201d" not in row]
        names = {rows[n].split("  ")[0] for n in opened}
        assert len(names) > 1 and max(map(len, names)) - min(map(len, names)) >= 5  # short and long outlet names
        indents = {len(rows[n + 1]) - len(rows[n + 1].lstrip()) for n in opened}
        assert len(indents) == 1, indents  # the same for all


async def test_details_show_every_report_lacking_the_passage(bundled, analysis):
    """The note under the versions takes one row, cut; with details (i) as many as it needs."""
    link = next(link for link in analysis.links if len(link.passages) == 2)
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(40, 20)) as pilot:
        await app.open_screen(NWayScreen(analysis, link.passages[0], link=link))
        await on_top(pilot, NWayScreen)
        versions = app.screen.query_one(VersionList)
        missing = [bundled.article(article_id).outlet for article_id in app.screen.missing]

        def note() -> list[str]:
            rows = shown(versions).splitlines()
            return rows[next(n for n, row in enumerate(rows) if row.startswith(" Not linked in:")):]

        assert len(note()) == 1 and note()[0].rstrip().endswith("\u2026")
        await pilot.press("i")
        await until(pilot, lambda: len(note()) > 1)
        assert all(outlet.split()[0] in " ".join(note()) for outlet in missing)
        await pilot.press("i")
        await until(pilot, lambda: len(note()) == 1)


async def test_paging_keeps_the_statement_under_the_cursor_in_view(bundled, analysis):
    """Page down to the last statement and back up: the one under the cursor is always in view,
    drawn as the cursor reaches it."""
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("Q")
        await on_top(pilot, QuotesScreen)
        quotes = app.screen.query_one(QuoteList)
        for _ in range(quotes.count):
            before = quotes.index
            await pilot.press("pagedown")
            assert BAR in shown(quotes)
            if quotes.index == before:
                break
        assert quotes.index == quotes.count - 1
        await pilot.press("pageup")
        assert quotes.index < quotes.count - 1 and BAR in shown(quotes)


async def test_a_statement_is_laid_out_as_far_as_it_shows(bundled, analysis, monkeypatch):
    """A statement quoted in many wordings is drawn a line at a time: opened on a short terminal,
    the tracker draws the wordings in view, not all of them; moving through it draws the rest, once
    each, and the statement then counts the rows it has (the next one starts right under it)."""
    drawn: list[tuple[int, object]] = []
    version = QuotesScreen._version

    def spy(screen, palette, group, wording):
        drawn.append((screen.groups.index(group), wording))
        return version(screen, palette, group, wording)

    monkeypatch.setattr(QuotesScreen, "_version", spy)
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(80, 10)) as pilot:
        await pilot.press("Q")
        await on_top(pilot, QuotesScreen)
        quotes = app.screen.query_one(QuoteList)
        await until(pilot, lambda: BAR in shown(quotes))
        first = app.screen.groups[0]
        assert len(first.wordings) > 2 and 0 < len([1 for n, _ in drawn if n == 0]) < len(first.wordings)
        for _ in range(6):  # scrolled (as by the wheel) a screenful at a time through the first statement
            quotes.scroll_relative(y=quotes.size.height - 2, animate=False)
            await pilot.pause()
        assert sorted(id(w) for n, w in drawn if n == 0) == sorted(id(w) for w in first.wordings)  # each once
        await pilot.press("g")
        await until(pilot, lambda: quotes.index == 0 and quotes.scroll_y == 0)
        rows = quotes._item_rows(0)
        assert quotes._item_tops()[1] == len(rows) + 1


async def test_back_at_a_width_seen_before_each_item_takes_its_own_rows_again(bundled, analysis):
    """Narrowed, then widened back (a resize storm, a tmux pane zoomed and unzoomed): the items'
    rows at the old width came from the cache, but their heights stayed the narrow width's, so
    every statement stood over blank rows and the last ones fell off the screen."""
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("Q")
        await on_top(pilot, QuotesScreen)
        quotes = app.screen.query_one(QuoteList)
        await pilot.pause()
        before = shown(quotes)
        await pilot.resize_terminal(80, 24)
        await until(pilot, lambda: quotes.size.width < 100)
        await pilot.pause()
        await pilot.resize_terminal(120, 40)
        await until(pilot, lambda: quotes.size.width > 100)
        await pilot.pause()
        assert "\n\n\n" not in shown(quotes)  # one blank row between statements, as before
        assert shown(quotes) == before
