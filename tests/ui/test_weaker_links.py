"""W shows the weaker links among the confident ones and hides them again; a dossier of unrelated
reports says so once, in a notice."""

from __future__ import annotations

from dataclasses import replace

from reader.core.model import Link, Span, Story
from reader.ui.app import build_app
from tests.helpers import until


def _weaker(tiny) -> Link:
    alpha, beta = tiny.articles[0], tiny.articles[1]
    return Link("L099", "paraphrase", 0.3, (Span(alpha.id, 0, 20), Span(beta.id, 0, 20)), confident=False)


async def test_w_shows_the_weaker_links_and_hides_them_again(tiny, tiny_analysis):
    analysis = replace(tiny_analysis, weaker_links=(_weaker(tiny),))
    app = build_app(tiny, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("W")
        await until(pilot, lambda: any("Showing 1 weaker links too" in str(n.message) for n in app._notifications))
        assert len(app.analysis.links) == len(analysis.links) + 1 and app.analysis.weaker_links == ()
        await pilot.press("W")
        await until(pilot, lambda: any("Weaker links hidden" in str(n.message) for n in app._notifications))
        assert app.analysis is analysis


async def test_w_without_weaker_links_says_so(tiny, tiny_analysis):
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("W")
        await until(pilot, lambda: any("No weaker links" in str(n.message) for n in app._notifications))
        assert app.analysis is tiny_analysis


async def test_reports_of_different_events_are_told_once(tiny, tiny_analysis):
    analysis = replace(tiny_analysis, links=(), story=Story(same_event=False))
    app = build_app(tiny, analysis=analysis)
    async with app.run_test(size=(120, 40)):  # told as the app mounts
        told = [n for n in app._notifications if "do not seem to cover the same event" in str(n.message)]
        assert len(told) == 1


async def test_the_palette_keeps_the_notice_once_it_has_gone(tiny, tiny_analysis):
    """The notice is a toast that goes: the palette lists it as it opens, and choosing it says it again."""
    from textual.command import CommandList

    analysis = replace(tiny_analysis, links=(), story=Story(same_event=False))
    app = build_app(tiny, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        app.clear_notifications()
        await pilot.press("ctrl+p")
        await until(pilot, lambda: app.screen.query(CommandList) and app.screen.query_one(CommandList).option_count)
        options = app.screen.query_one(CommandList)
        prompts = [str(options.get_option_at_index(n).prompt) for n in range(options.option_count)]
        at = next(n for n, prompt in enumerate(prompts) if prompt.startswith("Same story? These reports do not seem"))
        options.highlighted = at
        await pilot.press("enter")
        await until(pilot, lambda: any(n.title == "Same story?" for n in app._notifications))
