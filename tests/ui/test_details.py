"""Nothing only available cut off: ``i`` shows the one-line status of every screen in full."""

from __future__ import annotations

from reader.ui.app import build_app
from reader.ui.screens.coverage import CoverageScreen
from reader.ui.screens.nway import NWayScreen
from tests.helpers import on_top, told, until


async def test_i_shows_the_current_difference_in_full_in_its_own_view(bundled, analysis):
    """The matrix opened from the compare view starts folded (the setting carried over, and its
    escape then folded what the user never unfolded there); back, the compare line is as left."""
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c", "full_stop")
        status = app.screen.query_one("#compare-status")
        said = str(status.content)
        assert "difference 1/" in said and len(said) > status.size.width  # more than one line holds
        assert status.size.height == 1
        await pilot.press("i")
        await until(pilot, lambda: status.size.height > 1)
        await pilot.press("m")
        assert isinstance(app.screen, CoverageScreen)
        assert not app.screen.has_class("-details")
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is status.screen)
        assert status.size.height > 1


async def test_escape_leaves_the_matrix_at_once_when_i_unfolded_nothing(bundled, analysis):
    """``m i escape``: its details hold in their eight lines, so escape has nothing to fold and goes back."""
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = app.screen
        await pilot.press("m")
        await on_top(pilot, CoverageScreen)
        await pilot.press("i", "escape")
        await until(pilot, lambda: app.screen is reader)
        await pilot.press("m")  # opened again: folded, escape leaves it at once
        await on_top(pilot, CoverageScreen)
        assert not app.screen.has_class("-details")
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is reader)


async def test_i_puts_no_notice_over_the_line_it_unfolds(bundled, analysis):
    """The unfolded line is the answer: a toast in the corner sat over that line's end for seconds."""
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c", "full_stop", "i")
        status = app.screen.query_one("#compare-status")
        await until(pilot, lambda: status.size.height > 1)
        await pilot.press("i")
        await until(pilot, lambda: status.size.height == 1)
        assert not [str(n.message) for n in app._notifications if "Details" in str(n.message)]


async def test_i_in_a_view_leaves_the_readers_line_as_it_was(bundled, analysis):
    """``i`` unfolded the reader's line: the compare view opens folded, and ``i`` there, then ``q``,
    finds the reader's line still unfolded (Textual restyles nothing on a pop)."""
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        reader = app.screen
        status = reader.query_one("#status")
        status.update("x " * 100)  # more than one line holds, whatever the report
        await pilot.press("i")
        await until(pilot, lambda: status.size.height > 1)
        await pilot.press("c")
        await until(pilot, lambda: app.screen is not reader)
        assert not app.screen.has_class("-details")
        await pilot.press("i", "q")
        await until(pilot, lambda: app.screen is reader)
        assert reader.has_class("-details")
        status.update("x " * 100)  # the reader may have written its own, shorter line meanwhile
        await until(pilot, lambda: status.size.height > 1)
        await pilot.press("i")
        await until(pilot, lambda: status.size.height == 1)


async def test_the_unfolded_compare_line_takes_the_height_of_each_new_text(bundled, analysis):
    """Unfolded (i), the line kept the height of the text it showed first: a longer one lost its
    last lines, a shorter one left blank rows over the key bar."""
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c", "i")
        status = app.screen.query_one("#compare-status")
        await until(pilot, lambda: status.size.height > 1)
        heights = set()
        for _ in range(6):
            before = str(status.content)
            await pilot.press("j")
            await until(pilot, lambda: str(status.content) != before and status.size.height == len(
                status.visual.wrap(status.content_region.width)))  # the new text, laid out at its height
            heights.add(status.size.height)
        assert len(heights) > 1  # texts of more than one height were met


async def test_i_in_the_n_way_view_says_nothing_is_cut_when_its_note_fits_a_line(tiny, tiny_analysis):
    link = next(link for link in tiny_analysis.links if len(link.passages) == len(tiny.articles))
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(NWayScreen(tiny_analysis, link.passage_in(link.passages[0].article), link=link))
        await on_top(pilot, NWayScreen)
        await pilot.press("i")  # every report carries it: the note's one line cuts nothing either way
        await until(pilot, lambda: "Details shown in full: nothing here is longer than a line" in told(app))
        await pilot.press("i")  # one answer at a time: the second replaces the first
        await until(pilot, lambda: "Details cut to one line: nothing here is longer than a line" in told(app))
        assert sum("nothing here is longer than a line" in said for said in told(app)) == 1
        assert not any(said.endswith("cut to one line") for said in told(app))


async def test_an_answer_in_a_notice_goes_with_its_view_when_another_opens_over_it(tiny, tiny_analysis):
    """An answer in the N-way view (``i``'s, ``y``'s), then enter: the notice told of the N-way view
    and stood over the compare view's column; a view's answers go when another view covers it."""
    from reader.ui.screens.compare import CompareScreen

    link = next(link for link in tiny_analysis.links if len(link.passages) == len(tiny.articles))
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(NWayScreen(tiny_analysis, link.passage_in(link.passages[0].article), link=link))
        await on_top(pilot, NWayScreen)
        app.say("Copied 3 versions", timeout=60)  # an answer of this view (y), lasting past the view it opens
        await until(pilot, lambda: "Copied 3 versions" in told(app))
        await pilot.press("j", "enter")
        await on_top(pilot, CompareScreen)
        assert "Copied 3 versions" not in told(app)
        app.notify("Exported JSON to /tmp/x.json (1 KB)")  # a notice that is no view's answer stays
        await pilot.press("escape")
        await on_top(pilot, NWayScreen)
        assert "Exported JSON to /tmp/x.json (1 KB)" in told(app)


async def test_the_help_lists_i_in_the_n_way_section(bundled, analysis):
    from reader.ui.screens.help import help_sections

    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)):
        sections = dict((title, rows) for title, rows in help_sections(app, NWayScreen))
        assert any(keys == "i" and "lacking the passage" in said for keys, said in sections["N-way screen"])
