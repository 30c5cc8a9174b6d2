"""The quote tracker through Pilot: each statement with the reports quoting it, a wording that
drifted flagged, Enter comparing its versions (or reading the one report quoting it), Q from
every view, and the list's moving keys and cursor in both themes. Real text of the bundled reports."""

from __future__ import annotations

from reader.ui.app import build_app
from reader.ui.screens.quotes import QuoteList, QuotesScreen
from textual.geometry import Region
from reader.ui.widgets.item_view import BAR
from tests.helpers import compare_open, on_top, restyled, shown


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
        assert "attributed differently" in turkish and "without quotation marks" not in turkish
        # the embassy's words told in indirect speech: the line and the flag say so, and credited to whom
        assert "The Globe and Mail  as indirect speech, credited to Turkish Embassy: " in turkish
        assert "\u2691 reported as indirect speech, credited to Turkish Embassy, in The Globe and Mail" in turkish


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
