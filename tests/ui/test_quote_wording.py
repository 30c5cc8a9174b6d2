"""The quote tracker gives each wording of a statement one line: reports quoting it word for
word are named together (the first few, then a count), so a statement many reports quote
alike stays short."""

from __future__ import annotations

from dataclasses import replace

from reader.core.model import Dossier
from reader.core.pipeline import analyse
from reader.ui.app import build_app
from reader.ui.screens.quotes import NAMED, QuotesScreen
from tests.helpers import make_article, on_top, until


def _items(app) -> list[str]:
    return [app.screen.item_text(n) for n in range(len(app.screen.groups))]


async def listed(pilot) -> None:
    """Open the quote tracker and wait until it lists statements."""
    await pilot.app.open_screen(QuotesScreen())
    await on_top(pilot, QuotesScreen)
    await until(pilot, lambda: all(_items(pilot.app)) and _items(pilot.app))


async def test_reports_quoting_alike_share_one_line(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await listed(pilot)
        review = next(text for text in _items(app) if "Following this review" in text)
        assert review.count("Following this review") == 1
        assert "2 Al-Monitor, 4 The Globe and Mail, 5 TRT World  Marc Garneau (said): \u201cFollowing" in review


async def test_past_the_first_few_reports_quoting_alike_are_counted(bundled):
    first = bundled.articles[0]
    copies = tuple(replace(first, id=f"copy{n}", outlet=f"Copy {n} Wire", path=f"copy{n}.md") for n in range(NAMED + 2))
    dossier = Dossier(bundled.root, copies)
    app = build_app(dossier, analysis=analyse(dossier))
    async with app.run_test(size=(120, 40)) as pilot:
        await listed(pilot)
        shared = next(text for text in _items(app) if f"in {NAMED + 2} reports: quoted by {NAMED + 2}" in text)
        names = ", ".join(f"{n + 1} Copy {n} Wire" for n in range(NAMED))
        assert f"{names} and 2 more  " in shared
        assert all(f"Copy {n} Wire" not in shared for n in (NAMED, NAMED + 1))


async def test_a_quotation_credited_to_no_one_says_the_speaker_was_not_recognised_and_no_more():
    """The rules may miss a speaker the text names: the line says what was not read, not what the text lacks."""
    dossier = Dossier(".", (make_article('Then came the line "every crate was checked twice" again.'),))
    app = build_app(dossier, analysis=analyse(dossier))
    async with app.run_test(size=(120, 40)) as pilot:
        await listed(pilot)
        line = next(text for text in _items(app) if "every crate" in text)
        assert "speaker not recognised: \u201cevery crate" in line
        assert "no reporting verb" not in line and "no speaker named" not in line


def test_a_statements_reach_says_what_each_count_counts():
    """"quoted in 3, carried by 3 reports" left the reader to guess what told the two apart: the
    reports carrying the statement, then how many quote it (and how often) and how many carry it
    outside quotation marks."""
    from reader.core.model import Quote, QuoteGroup, Span
    from reader.ui.screens.quotes import reach

    def quote(article: str, start: int = 0) -> Quote:
        return Quote(Span(article, start, start + 10), "A Speaker", verb="said")

    assert reach(QuoteGroup("Q1", (quote("a"), quote("b")))) == "in 2 reports: quoted by 2"
    assert reach(QuoteGroup("Q2", (quote("a"), quote("a", 50), quote("b")), (Span("c", 0, 9),))) == (
        "in 3 reports: quoted 3 times by 2, 1 outside quotation marks")
    assert reach(QuoteGroup("Q3", (quote("a"),), (Span("b", 0, 9), Span("d", 0, 9)))) == (
        "in 3 reports: quoted by 1, 2 outside quotation marks")
