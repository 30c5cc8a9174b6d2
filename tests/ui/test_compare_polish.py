"""The compare view as a demanding user reads it: search finds the headline, the counters say
what they count, a rejected link is said with its undo, and notices leave the columns readable."""

from __future__ import annotations

from reader.core.model import Dossier, Span
from reader.core.text.search import find_in_article
from reader.ui.app import build_app
from reader.ui.screens.compare import CompareScreen
from tests.helpers import compare_open, told, until


async def _open(pilot, screen: CompareScreen) -> CompareScreen:
    pilot.app.push_screen(screen)
    await compare_open(pilot)
    return screen


def _status(screen: CompareScreen) -> str:
    return str(screen.query_one("#compare-status").render())


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
        assert _status(screen).startswith(f"passage 2/{total}: ")
        assert str(left.border_subtitle).endswith(f" of {total} passages also in Beta News")
        await pilot.press("l", "right_square_bracket")  # the right column shows Gamma Post
        await until(pilot, lambda: screen.report["right"] == "gamma")
        await pilot.press("h", "k")
        await until(pilot, lambda: _status(screen).startswith(f"passage 1/{total} (headline): "))
        assert str(left.border_subtitle).endswith(f" of {total} passages also in Gamma Post")
