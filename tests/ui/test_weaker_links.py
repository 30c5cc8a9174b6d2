"""W shows the weaker links among the confident ones, marked as weaker in every view that shows
links, and hides them again; a dossier of unrelated reports says so once, in a notice."""

from __future__ import annotations

from dataclasses import replace

import pytest

from reader.core.model import Link, Span, Story
from reader.core.store.corrections import reject_link
from reader.core.store.reading import load_reading_state
from reader.ui.app import build_app
from reader.ui.messages import AnalysisReady
from reader.ui.screens.compare import CompareScreen
from reader.ui.screens.coverage import CoverageScreen
from reader.ui.screens.help import HelpScreen
from reader.ui.screens.nway import NWayScreen, VersionList
from tests.helpers import compare_open, on_top, shown, told, until


def _weaker(tiny) -> Link:
    alpha, beta = tiny.articles[0], tiny.articles[1]
    return Link("L099", "paraphrase", 0.3, (Span(alpha.id, 0, 20), Span(beta.id, 0, 20)), confident=False)


def _weaker_own_passages(tiny) -> Link:
    """A weaker link between two sentences no confident link takes part in."""
    alpha, beta = tiny.articles[0], tiny.articles[1]
    first, second = "Alpha alone reports a $77 million deal.", "Turkey called the decision unfair in 2020."
    at, to = alpha.body.index(first), beta.body.index(second)
    return Link("L099", "paraphrase", 0.3, (Span(alpha.id, at, at + len(first)), Span(beta.id, to, to + len(second))),
                confident=False)


async def test_w_shows_the_weaker_links_and_hides_them_again(tiny, tiny_analysis):
    analysis = replace(tiny_analysis, weaker_links=(_weaker(tiny),))
    app = build_app(tiny, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("W")
        await until(pilot, lambda: any("Showing 1 weaker link too" in said for said in told(app)))
        assert len(app.analysis.links) == len(analysis.links) + 1 and app.analysis.weaker_links == ()
        await pilot.press("W")
        await until(pilot, lambda: any("Weaker links hidden" in said for said in told(app)))
        assert app.analysis is analysis


async def test_w_answers_in_the_status_line_each_way(tiny, tiny_analysis):
    analysis = replace(tiny_analysis, weaker_links=(_weaker(tiny),))
    app = build_app(tiny, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(2):
            await pilot.press("W")
        await until(pilot, lambda: app.screen.said == "Weaker links hidden")
        await pilot.press("W")  # shown again: the status says so at once, not the old "hidden"
        assert app.screen.said in ("Showing the weaker links…", "Weaker links shown, marked ?")
        await until(pilot, lambda: app.screen.said.startswith("Weaker links shown"))


async def test_w_leaves_the_weaker_links_view_to_a_worker(tiny, tiny_analysis, monkeypatch):
    """At 100 reports the matrix's rows and the reader's shares of the view with the weaker links
    took seconds on the UI thread: a worker makes and indexes it, the key only asks."""
    import threading

    from reader.core.findings import coverage

    analysis = replace(tiny_analysis, weaker_links=(_weaker(tiny),))
    on_ui = []
    found = coverage._find_coverage
    monkeypatch.setattr(coverage, "_find_coverage", lambda *args, **kwargs: (
        on_ui.append(threading.current_thread() is threading.main_thread()) or found(*args, **kwargs)))
    app = build_app(tiny, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("m")
        await until(pilot, lambda: isinstance(app.screen, CoverageScreen))
        on_ui.clear()
        await pilot.press("W")
        await until(pilot, lambda: len(app.analysis.links) == len(analysis.links) + 1)
        await pilot.pause()
        assert on_ui and not any(on_ui)
        await pilot.press("W", "W")  # again, at once: made once, shown with nothing found anew
        await until(pilot, lambda: len(app.analysis.links) == len(analysis.links) + 1)
        assert len(on_ui) == 2  # by reports, by origins: once


async def test_w_without_weaker_links_says_so(tiny, tiny_analysis):
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("W")
        await until(pilot, lambda: any("No weaker links" in said for said in told(app)))
        assert app.analysis is tiny_analysis


def _story_told(app) -> str:
    """The Same story? notice on the reader, or "" while it is not shown."""
    note = app.screen_stack[0].query_one("#notices")
    return str(note.render()) if note.display else ""


async def test_reports_of_different_events_are_told_once(tiny, tiny_analysis):
    analysis = replace(tiny_analysis, links=(), story=Story(same_event=False))
    app = build_app(tiny, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:  # told as the app mounts
        await until(pilot, lambda: "do not seem to cover the same event" in _story_told(app))
        assert not any("same event" in str(n.message) for n in app._notifications)


async def test_the_story_notice_hides_no_text_and_escape_dismisses_it(tiny, tiny_analysis):
    """At 80x24 the notice takes rows of its own under the panes (a toast over the article hid the
    text being read); escape dismisses it, and only it: the next escape does its usual work."""
    analysis = replace(tiny_analysis, links=(), story=Story(same_event=False))
    app = build_app(tiny, analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        reader = app.screen
        await until(pilot, lambda: _story_told(app).startswith("Same story? "))
        note, status = reader.query_one("#notices").region, reader.query_one("#status").region
        for pane in ("#sources", "#article"):
            assert not note.overlaps(reader.query_one(pane).region), pane
        assert note.bottom == status.y and note.width == 80
        app.entity_id = next(iter(analysis.shared_entities)).id
        await pilot.press("escape")
        await until(pilot, lambda: not _story_told(app))
        assert app.entity_id is not None  # the escape went to the notice
        await pilot.press("escape")
        await until(pilot, lambda: app.entity_id is None)


async def test_the_palette_keeps_the_notice_once_it_has_gone(tiny, tiny_analysis):
    """The notice goes: the palette lists it as it opens, and choosing it, from any view, brings
    the reader forward with the notice on it again."""
    from textual.command import CommandList

    analysis = replace(tiny_analysis, links=(), story=Story(same_event=False))
    app = build_app(tiny, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: bool(_story_told(app)))
        await pilot.press("escape")
        await until(pilot, lambda: not _story_told(app))
        await app.open_screen(CoverageScreen(app.analysis))
        await on_top(pilot, CoverageScreen)
        await pilot.press("ctrl+p")
        await until(pilot, lambda: app.screen.query(CommandList) and app.screen.query_one(CommandList).option_count)
        options = app.screen.query_one(CommandList)
        prompts = [str(options.get_option_at_index(n).prompt) for n in range(options.option_count)]
        at = next(n for n, prompt in enumerate(prompts) if prompt.startswith("Same story? These reports do not seem"))
        options.highlighted = at
        await pilot.press("enter")
        await until(pilot, lambda: bool(_story_told(app)) and app.screen is app.screen_stack[0])


async def test_weaker_links_are_marked_as_weaker_in_every_view(tiny, tiny_analysis):
    """The matrix marks the weaker link's kind (~?) and counts it in its title; its details line,
    the compare status and the N-way title say "? weaker link"; confident links carry no mark."""
    weaker = _weaker_own_passages(tiny)
    app = build_app(tiny, analysis=replace(tiny_analysis, weaker_links=(weaker,)))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("W")
        await until(pilot, lambda: len(app.analysis.links) == len(tiny_analysis.links) + 1)
        await app.open_screen(CoverageScreen(app.analysis))
        await on_top(pilot, CoverageScreen)
        screen = app.screen
        table = screen.query_one("#coverage-table")
        assert str(table.cell("L099", "kind")) == "~?" and str(table.cell("L1", "kind")) == "="
        assert str(screen.query_one("#coverage-title").render()).startswith("3 links (1 weaker: ?) across 3 reports")
        table.cursor = (table.row_keys.index("L099"), 0)
        await until(pilot, lambda: "? weaker link" in str(screen.query_one("#coverage-details").content))
        table.cursor = (table.row_keys.index("L1"), 0)
        await until(pilot, lambda: "weaker" not in str(screen.query_one("#coverage-details").content))

        alpha, beta = weaker.articles
        await app.open_screen(CompareScreen(app.analysis, alpha, beta, at=weaker.passage_in(alpha)))
        compare = await compare_open(pilot)
        status = compare.query_one("#compare-status")
        await until(pilot, lambda: ": ? weaker link; in 2 of 3 reports" in str(status.render()))

        await app.open_screen(NWayScreen(app.analysis, weaker.passage_in(alpha), link=weaker))
        await on_top(pilot, NWayScreen)
        assert shown(app.screen.query_one(VersionList)).startswith(" ? weaker link; in 2 of 3 reports")


async def test_a_correction_keeps_the_weaker_links_shown_and_a_rejected_one_stays_gone(tiny, tiny_analysis):
    weaker = _weaker_own_passages(tiny)
    app = build_app(tiny, analysis=replace(tiny_analysis, weaker_links=(weaker,)))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("W")
        await until(pilot, lambda: weaker in app.analysis.links)
        app.decide(reject_link(app.analysis, tiny_analysis.links[1]), "Rejected")
        await until(pilot, lambda: tiny_analysis.links[1] not in app.analysis.links, workers=True)
        assert weaker in app.analysis.links  # W still on
        app.decide(reject_link(app.analysis, weaker), "Rejected")
        await until(pilot, lambda: weaker not in app.analysis.links, workers=True)
        await pilot.press("W")  # hidden, then shown again: the rejected weaker link stays gone
        await pilot.press("W")
        await until(pilot, lambda: any("No weaker links" in said for said in told(app)))


async def test_help_says_how_weaker_links_are_marked(tiny, tiny_analysis):
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("question_mark")
        await on_top(pilot, HelpScreen)
        body = app.screen.query_one("#help-body")
        await until(pilot, lambda: "Shown with W: a weaker link" in "".join(s.text for s in body.rows(body.scrollable_content_region.width)))


async def test_w_stays_on_when_the_worker_brings_a_new_analysis(tiny, tiny_analysis):
    """The user's W holds for the analysis that arrives next (the worker's, as after a preload)."""
    weaker = _weaker_own_passages(tiny)
    app = build_app(tiny, analysis=replace(tiny_analysis, weaker_links=(weaker,)))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("W")
        await until(pilot, lambda: weaker in app.analysis.links)
        arriving = replace(tiny_analysis, weaker_links=(weaker,))
        app.post_message(AnalysisReady(arriving))
        await until(pilot, lambda: app.without_weaker is arriving)
        assert app.weaker_shown and weaker in app.analysis.links
        await pilot.press("W")
        await until(pilot, lambda: app.analysis is arriving)


async def test_w_is_kept_with_where_the_user_left(tiny, tiny_analysis, tmp_path):
    weaker = _weaker_own_passages(tiny)
    analysis = replace(tiny_analysis, weaker_links=(weaker,))
    app = build_app(tiny, analysis=analysis, folder=tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("W", "q")
    assert load_reading_state(tmp_path)[0].weaker
    again = build_app(tiny, analysis=analysis, folder=tmp_path)
    async with again.run_test(size=(120, 40)):
        assert again.weaker_shown and weaker in again.analysis.links


async def test_w_restored_on_opening_says_so_and_the_status_line_while_it_is_on(tiny, tiny_analysis, tmp_path):
    """Reopened with W saved on, the shares counted the weaker links and only the ? marks said why:
    a notice says W was restored, and the status line says they are shown while W is on."""
    weaker = _weaker_own_passages(tiny)
    analysis = replace(tiny_analysis, weaker_links=(weaker,))
    app = build_app(tiny, analysis=analysis, folder=tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("W")
        await until(pilot, lambda: app.weaker_shown)
        await pilot.press("q")
    again = build_app(tiny, analysis=analysis, folder=tmp_path)
    async with again.run_test(size=(120, 40)) as pilot:

        def status() -> str:
            return str(again.screen.query_one("#status").render())

        await until(pilot, lambda: any(said.startswith("W was on when this dossier was last closed: Showing 1 weaker link too")
                                       for said in told(again)))
        await until(pilot, lambda: status().startswith("weaker links shown (W hides them) · report 1/3"))
        await pilot.press("W")
        await until(pilot, lambda: not again.weaker_shown and status().startswith("report 1/3"))


async def test_w_hiding_the_weaker_links_takes_their_notice_away(tiny, tiny_analysis):
    """"Showing 1 weaker link too … (W hides it)" stayed in the corner after W hid it."""
    analysis = replace(tiny_analysis, weaker_links=(_weaker(tiny),))
    app = build_app(tiny, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("W")
        await until(pilot, lambda: any("Showing 1 weaker link too" in said for said in told(app)))
        await pilot.press("W")
        await until(pilot, lambda: app.analysis is analysis)
        await pilot.pause()
        assert not any("Showing 1 weaker link too" in said for said in told(app))


async def test_an_empty_matrix_says_w_shows_the_weaker_links(tiny, tiny_analysis):
    """Every link weaker and hidden: "0 links across 3 reports" over a blank grid told nothing of them."""
    analysis = replace(tiny_analysis, links=(), weaker_links=(_weaker(tiny),))
    app = build_app(tiny, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("m")
        await on_top(pilot, CoverageScreen)
        title = app.screen.query_one("#coverage-title")
        await until(pilot, lambda: "W shows the weaker link" in str(title.render()))
        assert str(title.render()).startswith("0 links across 3 reports: W shows the weaker link")
        await pilot.press("W")
        await until(pilot, lambda: str(title.render()).startswith("1 link (1 weaker"))


def _held_weaker(monkeypatch, held_for):
    """``with_weaker_links`` of ``held_for`` held in any worker until the returned event is set;
    what it made (of any analysis), listed."""
    import threading

    from reader.core.model.analysis import Analysis

    gate, made, real = threading.Event(), [], Analysis.with_weaker_links

    def held(self):
        if self is held_for and threading.current_thread() is not threading.main_thread():
            gate.wait(10)
        made.append(real(self))
        return made[-1]

    monkeypatch.setattr(Analysis, "with_weaker_links", held)
    return gate, made


async def test_w_is_kept_when_a_correction_lands_while_its_view_is_made(tiny, tiny_analysis, monkeypatch):
    """A correction shown while W's worker ran made that worker's view stale: W was dropped
    silently. The corrected analysis's view is made instead, and shown."""
    from reader.ui.app import with_weaker

    analysis = replace(tiny_analysis, weaker_links=(_weaker(tiny),))
    gate, _ = _held_weaker(monkeypatch, analysis)
    app = build_app(tiny, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("c")
        await compare_open(pilot)
        await pilot.press("W", "x")
        await until(pilot, lambda: app.corrections.decisions and not app.correcting)
        gate.set()  # the first W's worker ends, on the analysis no longer shown
        await until(pilot, lambda: app.weaker_shown)  # not waiting on workers: the first W's is cancelled
        assert app.without_weaker.corrections and app.analysis is with_weaker(app.without_weaker)


async def test_w_pressed_thrice_fast_makes_the_view_once_and_shows_the_one_kept(tiny, tiny_analysis, monkeypatch):
    """The second W hid what the first asked for, the third asked again: one worker makes the view
    (a cancelled one ran on and made it a second time, and the one shown was not the one kept)."""
    from reader.ui.app import with_weaker

    analysis = replace(tiny_analysis, weaker_links=(_weaker(tiny),))
    gate, made = _held_weaker(monkeypatch, analysis)
    app = build_app(tiny, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("W", "W", "W")
        gate.set()
        await until(pilot, lambda: app.weaker_shown, workers=True)
        assert len(made) == 1 and app.analysis is with_weaker(analysis) is made[0]


@pytest.mark.parametrize("key", ["w", "Q"])
async def test_w_on_a_view_without_a_status_line_leaves_the_caveat_alone(tiny, tiny_analysis, key):
    """The N-way view and the quote tracker answer W in a notice: "Showing the weaker links…" stayed
    up, stale, beside the caveat that replaced it."""
    analysis = replace(tiny_analysis, weaker_links=(_weaker(tiny),))
    app = build_app(tiny, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("c")
        await compare_open(pilot)
        await pilot.press("n", key)
        await until(pilot, lambda: not hasattr(app.screen, "say") and not isinstance(app.screen, CompareScreen))
        await pilot.press("W")
        await until(pilot, lambda: app.weaker_shown, workers=True)
        await pilot.pause()
        said = told(app)
        assert not any("Showing the weaker links…" in line for line in said), said
        assert any("Showing 1 weaker link too" in line for line in said), said


async def test_a_report_shared_only_in_weaker_links_says_so_beside_its_0_percent(tiny, tiny_analysis):
    """``0% shared`` read as a report with nothing in common; its weaker share says W has something to show.
    Not said for a report with a confident share, nor in the view showing the weaker links (W)."""
    from reader.ui.render import share_parts

    alpha = tiny.articles[0].id
    held_back = replace(tiny_analysis, links=(), weaker_links=tiny_analysis.links)
    parts = share_parts(held_back, alpha)
    assert parts[0] == "0% shared" and parts[1].endswith("% in weaker links") and parts[1] != "0% in weaker links", parts
    assert not any("weaker" in part for part in share_parts(tiny_analysis, alpha))
    assert not any("weaker" in part for part in share_parts(held_back.with_weaker_links(), alpha))
    app = build_app(tiny, analysis=held_back)
    async with app.run_test(size=(120, 40)) as pilot:
        status = app.screen.query_one("#status")
        await until(pilot, lambda: "in weaker links" in str(status.render()))
        assert f"(0% shared · {parts[1]}" in str(status.render())
