"""What the compare view says: its search finds the headline, the counters say what they count, a
rejected link is said with its undo, and notices leave the columns readable."""

from __future__ import annotations

from reader.core.model import Dossier, Span, shorten
from reader.core.text.search import find_in_article
from reader.ui.app import build_app
from reader.ui.screens.compare import CompareScreen
from tests.helpers import compare_open, compare_status, told, until


async def _open(pilot, screen: CompareScreen) -> CompareScreen:
    pilot.app.push_screen(screen)
    await compare_open(pilot)
    return screen


def test_a_report_is_searched_headline_first(tiny: Dossier):
    """A headline hit is a title span (before the body, see Span), then the body's hits."""
    gamma = tiny.article("gamma")
    found = find_in_article(gamma, "cancelled")
    assert found[0].in_title and gamma.text(found[0]) == "cancelled"
    assert [gamma.text(span) for span in found[1:]] == ["cancelled"] and not found[1].in_title


async def test_compare_search_finds_words_only_the_headline_has(tiny, tiny_analysis):
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot, CompareScreen(tiny_analysis, "gamma", "alpha"))
        column = screen.active_column
        assert column.cursor == 1  # on the first sentence, below the headline
        await pilot.press("slash", *"permits cancelled", "enter")
        await until(pilot, lambda: column.cursor == 0)
        assert not any(message.startswith("No passage") for message in told(app))
        title = tiny.article("gamma").title_span
        assert column.search_hits == (Span("gamma", title.start, title.end),)


async def test_the_counters_say_what_they_count_and_the_other_column_changes_neither_total(tiny, tiny_analysis):
    """The status line counts the focused column's passages (its headline first), as the column's
    border does: showing another report in the other column changes what is shared, never the total."""
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot, CompareScreen(tiny_analysis, "alpha", "beta"))
        left = screen.column("left")
        total = len(screen.passages("left"))
        assert compare_status(screen).startswith(f"passage 2/{total}: ")
        assert str(left.border_subtitle).endswith(f" of {total} passages also in Beta News")
        await pilot.press("l", "right_square_bracket")  # the right column shows Gamma Post
        await until(pilot, lambda: screen.report["right"] == "gamma")
        await pilot.press("h", "k")
        await until(pilot, lambda: compare_status(screen).startswith(f"passage 1/{total} (headline): "))
        assert str(left.border_subtitle).endswith(f" of {total} passages also in Gamma Post")


async def test_x_says_what_it_rejected_and_how_to_undo_it_in_the_status_line(tiny, tiny_analysis):
    """No confirmation (one key, one undo), but the answer names what went and the key that brings
    it back, where the user is reading (the status line), not in a notice over the columns."""
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot, CompareScreen(tiny_analysis, "alpha", "gamma"))
        link = screen.passages("left")[screen.active_column.cursor].link
        assert link is not None and len(link.passages) == 3
        await pilot.press("x")
        said = "Rejected the link of this passage across 3 reports: U undoes it"
        await until(pilot, lambda: screen.said == said, workers=True)
        assert compare_status(screen).startswith(said + " · passage 2/")
        assert link not in app.analysis.links and not app._notifications
        await pilot.press("U")
        first = tiny.article(link.passages[0].article).text(link.passages[0])
        undid = f"Undid the rejection of the link “{shorten(first, 40)}” across 3 reports"  # which, by its first words
        await until(pilot, lambda: screen.said == undid, workers=True)
        assert link.passages in [other.passages for other in app.analysis.links]
        await pilot.press("j")  # the next key moves on: the answer goes
        await until(pilot, lambda: not compare_status(screen).startswith("Undid"))
        assert screen.said == "" and not app._notifications


async def test_notices_are_as_small_as_their_words(tiny, tiny_analysis):
    """A notice (a file not opened) is its title and its words, no blank rows, no wider than they
    need: it covers as little of the column being read as it can."""
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await _open(pilot, CompareScreen(tiny_analysis, "alpha", "gamma"))
        app.notify("x.md: skipped: the file is empty", title="Not opened", severity="warning")
        await until(pilot, lambda: bool(app.screen.query("Toast")) and app.screen.query_one("Toast").region)  # laid out
        toast = app.screen.query_one("Toast")
        assert toast.region.height == 2 and toast.region.width < 40
        assert toast.region.bottom <= app.screen.query_one("#right-column").region.bottom - 1
