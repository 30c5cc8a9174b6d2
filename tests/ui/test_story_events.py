"""Same story? on a folder holding two events: the reader says so once, in the notices, naming each
event's outlets, and the palette keeps it at hand."""

from __future__ import annotations

from dataclasses import replace

from textual.command import CommandList

from reader.core.model import Story
from reader.ui.app import build_app
from reader.ui.widgets.source_list import SourceList
from tests.helpers import until

EVENTS = "These reports cover 2 events, which no confident link joins: 2 reports from Alpha Times and Beta News; 1 from Gamma Post."


def _story_told(app) -> str:
    """The Same story? notice on the reader, or "" while it is not shown."""
    note = app.screen_stack[0].query_one("#notices")
    return str(note.render()) if note.display else ""


async def _palette_after_dismissing(pilot, app) -> list[str]:
    """The palette's prompts once the notice is dismissed: what it told stays at hand there."""
    await pilot.press("escape")
    await until(pilot, lambda: not _story_told(app))
    await pilot.press("ctrl+p")
    await until(pilot, lambda: app.screen.query(CommandList) and app.screen.query_one(CommandList).option_count)
    options = app.screen.query_one(CommandList)
    return [str(options.get_option_at_index(n).prompt) for n in range(options.option_count)]


async def test_two_events_are_told_in_the_notice_and_kept_in_the_palette(tiny, tiny_analysis):
    alpha, beta, gamma = (article.id for article in tiny.articles)
    story = Story(same_event=False, events=((alpha, beta), (gamma,)))
    app = build_app(tiny, analysis=replace(tiny_analysis, story=story))
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: _story_told(app).startswith(f"Same story? {EVENTS}"))
        reader = app.screen
        for pane in ("#sources", "#article"):  # rows of its own: no text hidden
            assert not reader.query_one("#notices").region.overlaps(reader.query_one(pane).region), pane
        prompts = await _palette_after_dismissing(pilot, app)
        assert any(prompt.startswith(f"Same story? {EVENTS}") for prompt in prompts), prompts[:3]


async def test_the_report_list_marks_which_event_each_report_covers(tiny, tiny_analysis):
    alpha, beta, gamma = (article.id for article in tiny.articles)
    story = Story(same_event=False, events=((alpha, beta), (gamma,)))
    for size, compact in (((120, 40), False), ((80, 24), True)):
        app = build_app(tiny, analysis=replace(tiny_analysis, story=story))
        async with app.run_test(size=size) as pilot:
            reports = app.screen.query_one(SourceList)
            await until(pilot, lambda: reports.index.analysis is not None and reports.compact == compact)
            entries = {a: " ".join(line.plain for line in reports.entry(a)) for a in (alpha, beta, gamma)}
            one, two = ("e1", "e2") if compact else ("event 1", "event 2")
            assert one in entries[alpha] and one in entries[beta] and two not in entries[alpha], entries
            assert two in entries[gamma] and one not in entries[gamma], entries


async def test_a_folder_of_one_event_marks_no_report(tiny, tiny_analysis):
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        reports = app.screen.query_one(SourceList)
        await until(pilot, lambda: reports.index.analysis is not None)
        assert not any("event" in line.plain for a in tiny.articles for line in reports.entry(a.id))


async def test_reports_not_in_english_are_told_in_the_notice_and_kept_in_the_palette(tiny, tiny_analysis):
    alpha, beta, _ = (article.id for article in tiny.articles)
    story = Story(same_event=True, not_english=((alpha, "de"), (beta, "fr")))
    app = build_app(tiny, analysis=replace(tiny_analysis, story=story))
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: "Language? 2 of 3 reports are not in English (German? Alpha Times; French? Beta News)"
                    in _story_told(app))
        prompts = await _palette_after_dismissing(pilot, app)
        assert any(prompt.startswith("Language? 2 of 3 reports") for prompt in prompts), prompts[:3]
