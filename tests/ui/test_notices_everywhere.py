"""A problem met while a view is on top reaches the user as on the reader: in the notices strip
above the status line (never a toast over the text), dismissed by escape before anything else."""

from __future__ import annotations

import pytest

from reader.ui.app import build_app
from reader.ui.screens.compare import CompareScreen
from reader.ui.screens.concordance import ConcordanceScreen
from reader.ui.screens.coverage import CoverageScreen
from reader.ui.screens.naming import NamingScreen
from reader.ui.screens.nway import NWayScreen
from reader.ui.screens.quotes import QuotesScreen
from reader.ui.widgets.key_bar import DISMISS_NOTICES
from reader.ui.widgets.notices import Notices
from reader.ui.widgets.search_bar import SearchBar
from tests.helpers import compare_open, notices, on_top, until

PROBLEM = "reader-state.json: not saved: the disk is full"


@pytest.mark.parametrize("key, view", [("c", CompareScreen), ("m", CoverageScreen), ("Q", QuotesScreen)])
async def test_a_problem_told_over_a_view_shows_in_its_strip_and_escape_dismisses_it_first(tiny, tiny_analysis, key, view):
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press(key)
        await on_top(pilot, view)
        if view is CompareScreen:
            await compare_open(pilot)
        screen = app.screen
        app.tell("Reading state", PROBLEM)
        await until(pilot, lambda: notices(app) == {"Reading state": PROBLEM})
        assert not app._notifications  # not a toast over the view
        strip = screen.query_one(Notices)
        await until(pilot, lambda: strip.region.height)
        shown = "".join(line.text for line in strip.render_lines(strip.region.reset_offset))
        assert "Reading state" in shown and "the disk is full" in shown
        others = [widget for widget in screen.children if widget is not strip and widget.display and widget.region]
        assert not any(strip.region.overlaps(widget.region) for widget in others)
        assert strip.region.bottom <= screen.query_one("#keys").region.y


SCREENS = {
    "reader": None,
    "compare": lambda analysis: CompareScreen(analysis),
    "nway": lambda analysis: NWayScreen(analysis, analysis.links[0].passages[0], link=analysis.links[0]),
    "quotes": lambda analysis: QuotesScreen(analysis),
    "coverage": lambda analysis: CoverageScreen(analysis),
    "concordance": lambda analysis: ConcordanceScreen("Garneau", analysis.entities[0].mentions, analysis.entities[0].id),
    "naming": lambda analysis: NamingScreen(analysis, "garneau"),
}


@pytest.mark.parametrize("name", SCREENS)
async def test_escape_dismisses_the_notices_first_on_every_screen_showing_them(tiny, tiny_analysis, name):
    """One rule for every screen with the strip (the app's): the key bar names escape's first use,
    escape takes the notices and nothing else, and the next escape does the screen's own."""
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        if SCREENS[name] is not None:
            await app.open_screen(SCREENS[name](tiny_analysis))
        screen = app.screen
        await until(pilot, lambda: screen.is_mounted and screen.focused is not None)
        focused, keys = screen.focused, screen.query_one("#keys")
        app.entity_id = "garneau"  # the reader's escape unchooses it: kept while the notices go
        app.tell("Reading state", PROBLEM)
        await until(pilot, lambda: f"esc {DISMISS_NOTICES}" in str(keys.render()))
        await pilot.press("escape")
        await until(pilot, lambda: not app.notices and not screen.query_one(Notices).display)
        assert app.screen is screen and screen.focused is focused and app.entity_id == "garneau"
        await until(pilot, lambda: DISMISS_NOTICES not in str(keys.render()))
        await pilot.press("escape")  # now the screen's own: back, or (the reader) unchoose the entity
        await until(pilot, lambda: app.screen is not screen if SCREENS[name] else app.entity_id is None)


async def test_escape_in_the_search_prompt_closes_it_and_leaves_the_notices(tiny, tiny_analysis):
    """A field's own escape comes first: the notices wait for the next one."""
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        app.tell("Reading state", PROBLEM)
        await pilot.press("slash")
        await until(pilot, lambda: isinstance(app.focused, SearchBar))
        bar = app.focused
        await pilot.press("escape")
        await until(pilot, lambda: not bar.display)
        assert notices(app) == {"Reading state": PROBLEM}
        await pilot.press("escape")
        await until(pilot, lambda: not app.notices)


async def test_notices_told_on_the_reader_show_over_a_view_opened_meanwhile(tiny, tiny_analysis):
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        app.tell("Reading state", PROBLEM)
        await until(pilot, lambda: "Reading state" in notices(app))
        await pilot.press("m")
        await on_top(pilot, CoverageScreen)
        await until(pilot, lambda: notices(app) == {"Reading state": PROBLEM})


def _toasts_shown(app) -> list:
    from textual.widgets._toast import Toast

    return [toast for toast in app.screen.query(Toast) if toast.region]


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
@pytest.mark.parametrize("key", ["", "c"], ids=["reader", "compare"])
async def test_toasts_stand_above_the_notices_strip_never_over_it(tiny, tiny_analysis, size, key):
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=size, notifications=True) as pilot:
        if key:
            await pilot.press(key)
            await compare_open(pilot)
        app.tell("Reading state", f"{PROBLEM}; and so on, long enough to take two rows at eighty columns or more")
        strip = app.screen.query_one(Notices)
        await until(pilot, lambda: strip.region.height)
        app.notify("A short answer said in a toast, long enough to wrap in one at eighty columns", timeout=30)
        keys = app.screen.query_one("#keys")

        def lifted() -> bool:
            """Every toast shown stands above the strip (lifted once the screen is laid out)."""
            toasts = _toasts_shown(app)
            return bool(toasts) and all(toast.region.bottom <= strip.region.y for toast in toasts)

        def down() -> bool:
            """The strip gone, the toasts stand where they would without it: above the key bar only."""
            toasts = _toasts_shown(app)
            return bool(toasts) and top < max(toast.region.bottom for toast in toasts) <= keys.region.y

        await until(pilot, lifted)
        top = strip.region.y
        await pilot.press("escape")  # the notices go: the toasts come down to where they stand without them
        await until(pilot, lambda: not strip.display)
        await until(pilot, down)


@pytest.mark.parametrize("view", ["compare", "quotes"])
async def test_escape_dismisses_the_notices_before_it_ends_a_search_and_the_key_bar_says_so(bundled, analysis, view):
    """Innermost first, as on the reader: the notices (over everything), then the search, then back."""
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("c" if view == "compare" else "Q")
        if view == "compare":
            await compare_open(pilot)
        else:
            await on_top(pilot, QuotesScreen)
        screen = app.screen
        await pilot.press("slash", *"Canada", "enter")
        searching = (lambda: screen._search is not None) if view == "compare" else (lambda: bool(screen.hits))
        await until(pilot, searching)
        keys = screen.query_one("#keys")
        app.tell("Reading state", PROBLEM)
        await until(pilot, lambda: f"esc {DISMISS_NOTICES}" in str(keys.render()))
        await pilot.press("escape")
        await until(pilot, lambda: not app.notices)
        assert searching() and app.screen is screen  # the search is still on
        await until(pilot, lambda: DISMISS_NOTICES not in str(keys.render()))
        if view == "compare":
            assert "esc End search" in str(keys.render())
        await pilot.press("escape")
        await until(pilot, lambda: not searching())
        assert app.screen is screen
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is not screen)


async def test_notice_text_is_shown_literally_and_harmlessly(tiny, tiny_analysis):
    """Markup, escape sequences, bidi controls and line breaks in a notice (a file name, a header
    value, an error message) are text in the strip: no style, no control reaches the terminal."""
    hostile = "[bold red]loud[/] \x1b[31mred\x1b[0m \x1b]52;c;Y2xpcA==\x07 \u202eevil\u202c\nfake: line"
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        app.tell("Problems", hostile)
        strip = app.screen.query_one(Notices)
        await until(pilot, lambda: strip.region.height)
        shown = strip.render()
        assert str(shown) == ("Problems [bold red]loud[/] \u241b[31mred\u241b[0m \u241b]52;c;Y2xpcA==\u2407 "
                              "\u27eaRLO\u27ebevil\u27eaPDF\u27eb\u2424fake: line")
        assert [(span.start, span.end, str(span.style)) for span in shown.spans] == [(0, len("Problems "), "bold")]
        drawn = "".join(line.text for line in strip.render_lines(strip.region.reset_offset))
        assert not any(ord(character) < 32 or 0x80 <= ord(character) < 0xa0 or 0x202a <= ord(character) <= 0x202e
                       for character in drawn)
        assert "[bold red]loud[/]" in drawn


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
async def test_a_toast_stands_above_the_coverage_matrix_details_never_over_them(tiny, tiny_analysis, size):
    """The details line wraps over several rows; a corner notice (the weaker links' caveat) sat over
    their right half."""
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=size, notifications=True) as pilot:
        await pilot.press("m")
        await on_top(pilot, CoverageScreen)
        details = app.screen.query_one("#coverage-details")
        await until(pilot, lambda: details.region.height > 1)
        app.notify("Showing 3 weaker links too, marked ?: their passages may share only background", timeout=30)
        await until(pilot, lambda: bool(_toasts_shown(app)) and all(
            toast.region.bottom <= details.region.y for toast in _toasts_shown(app)))
