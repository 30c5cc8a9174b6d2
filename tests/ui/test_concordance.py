"""The concordance view: K on an entity (or after a search) lists every occurrence across the
reports, grouped by outlet; Enter reads one in the reader, and ctrl+o comes back."""

from __future__ import annotations

import pytest

from reader.core.model import Span
from reader.ui.app import build_app
from reader.ui.screens.concordance import ConcordanceScreen, _last_cells
from reader.ui.screens.reader import ReaderScreen
from reader.ui.widgets.article_view import ArticleView
from tests.helpers import told, until


def _lines(screen):
    return [option for option in screen.query_one("#concordance-list").options]


async def test_k_on_an_entity_lists_every_mention_and_enter_reads_one(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("e", "enter")  # the first person in the panel
        entity = app.index.entities[app.entity_id]
        start = (app.article_id, app.screen.query_one(ArticleView).reading_at().start)
        await pilot.press("K")
        await until(pilot, lambda: isinstance(app.screen, ConcordanceScreen) and app.screen.lines is not None)
        screen = app.screen
        options = _lines(screen)
        assert sum(not option.disabled for option in options) == len(entity.mentions)
        headings = [str(option.prompt) for option in options if option.disabled]
        assert len(headings) == len(entity.articles)  # one heading per report, in list order
        assert all(bundled.article(a).outlet in h for a, h in zip(sorted(entity.articles, key=app.index.source_slot), headings))
        assert all(h.endswith((" occurrence", " occurrences")) for h in headings)  # a count says what it counts
        await pilot.press("G", "enter")
        last = screen.lines[-1].span
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen))
        view = app.screen.query_one(ArticleView)
        assert app.article_id == last.article and view.current == last
        assert app.screen.position == len(entity.mentions) - 1  # n/N go on from the mention read
        await pilot.press("ctrl+o")  # back to the mention the entity was chosen at, its row on top
        assert app.article_id == start[0] and view.row_of(start[1]) == int(view.scroll_y)


async def test_k_after_a_search_lists_the_hits(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash", *"export permits", "enter")
        await until(pilot, lambda: app.screen.walk_kind == "search")
        hits = app.screen.walk
        await pilot.press("K")
        await until(pilot, lambda: isinstance(app.screen, ConcordanceScreen) and app.screen.lines is not None)
        assert [line.span for line in app.screen.lines] == list(hits)
        assert all("export permits" in option.prompt.text().plain.lower() for option in _lines(app.screen) if not option.disabled)
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)


async def test_k_with_nothing_chosen_says_what_to_do(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("K")
        assert isinstance(app.screen, ReaderScreen)
        assert any("Concordance of what?" in said for said in told(app))


@pytest.mark.parametrize("size", [(120, 40), (80, 24)], ids=["120x40", "80x24"])
def test_concordance_snapshot(snap_compare, bundled, analysis, size):
    """The concordance of the first person: a title line counting occurrences and reports; under
    each outlet (in its colour, with its count) one line per mention, the mentions aligned in one
    column in their entity tint, the words before right-aligned and cut with … at the left, the
    words after cut with … at the right; the first occurrence highlighted; Enter/esc in the bar."""
    async def run_before(pilot) -> None:
        await pilot.press("e", "enter", "K")
        await until(pilot, lambda: isinstance(pilot.app.screen, ConcordanceScreen) and pilot.app.screen.lines is not None)

    assert snap_compare(build_app(bundled, analysis=analysis), run_before=run_before, terminal_size=size)


async def test_keys_typed_ahead_of_the_concordance_land_in_it(bundled, analysis):
    from tests.helpers import burst

    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("e", "enter")
        second = sorted(app.index.entities[app.entity_id].mentions,
                        key=lambda s: ([a.id for a in bundled.articles].index(s.article), s.start))[1]
        burst(pilot, "K", "j", "enter")
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen) and app.screen.position == 1)
        assert app.screen.query_one(ArticleView).current == second


async def test_a_capped_concordance_lists_every_report_and_says_what_it_left_out(bundled, analysis, monkeypatch):
    """Past the cap, each report keeps its first occurrences: the heading of a report cut short says
    how many of its occurrences are listed, and the title counts every report."""
    import reader.ui.screens.concordance as concordance

    monkeypatch.setattr(concordance, "MOST", 4)
    first, second = bundled.articles[0].id, bundled.articles[1].id
    spans = tuple(Span(first, n, n + 4) for n in range(0, 40, 5)) + (Span(second, 0, 4),)
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.push_screen(ConcordanceScreen('"test"', spans))
        # Gathered: until then the list holds one line saying it is finding them.
        await until(pilot, lambda: isinstance(app.screen, ConcordanceScreen) and app.screen.lines is not None)
        headings = [str(option.prompt) for option in _lines(app.screen) if option.disabled]
        assert [h.split("  ")[-1] for h in headings] == ["3 of 8 occurrences", "1 occurrence"]
        title = str(app.screen.query_one("#concordance-title").render())
        assert "4 of 9 occurrences in 2 reports" in title


@pytest.mark.parametrize("before, left, fitted", [
    ("tolls at the quay", 20, "tolls at the quay"),
    ("the quay gates and the harbour policy", 12, "\u2026bour policy"),
    ("ab  cd  ef  gh  ij", 9, "\u2026gh  ij"),  # never a space after the ellipsis
    ("\u4e2d" * 6, 8, "\u2026" + "\u4e2d" * 3),  # wide characters count two cells
])
def test_the_words_before_an_occurrence_are_cut_from_their_start_to_fit(before, left, fitted):
    assert _last_cells(before, left) == fitted


def _gated(monkeypatch):
    """The concordance's lines wait for the returned event: the view is seen while they are gathered.
    (The wait is capped so that a view gathering them on the UI thread fails the test, not hangs it.)"""
    import threading

    import reader.ui.screens.concordance as screen

    gate, real = threading.Event(), screen.concordance

    def gathered(*args, **kwargs):
        gate.wait(20)
        return real(*args, **kwargs)

    monkeypatch.setattr(screen, "concordance", gathered)
    return gate


def _title(app) -> str:
    return str(app.screen.query_one("#concordance-title").render())


async def _gathering(pilot, app, *keys: str) -> ConcordanceScreen:
    """Press ``keys`` (the last one ``K``) and wait until the view shows while its occurrences are found."""
    await pilot.press(*keys)
    await until(pilot, lambda: isinstance(app.screen, ConcordanceScreen) and "finding" in _title(app))
    return app.screen


async def test_the_occurrences_are_gathered_off_the_ui_thread_and_escape_leaves(bundled, analysis, monkeypatch):
    """K opens the view at once, saying the occurrences are being found; keys are handled meanwhile
    (escape leaves, and the worker's late answer is dropped)."""
    gate = _gated(monkeypatch)
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _gathering(pilot, app, "e", "enter", "K")
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen))
        gate.set()
        await until(pilot, lambda: not app.workers, workers=True)
        assert screen.lines is None  # cancelled: nothing was drawn for a view gone


async def test_keys_typed_while_the_occurrences_are_gathered_land_once_they_are_shown(bundled, analysis, monkeypatch):
    gate = _gated(monkeypatch)
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("e", "enter")
        second = sorted(app.index.entities[app.entity_id].mentions,
                        key=lambda s: ([a.id for a in bundled.articles].index(s.article), s.start))[1]
        await _gathering(pilot, app, "K")
        await pilot.press("j", "enter")
        assert isinstance(app.screen, ConcordanceScreen)
        gate.set()
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen) and app.screen.position == 1, workers=True)
        assert app.screen.query_one(ArticleView).current == second


async def test_a_terminal_widened_while_the_occurrences_are_gathered_widens_their_lines(bundled, analysis, monkeypatch):
    """The lines are cut to the width the view had when it opened; a resize while they are gathered
    is not lost: once they arrive they are gathered again to the wider list."""
    gate = _gated(monkeypatch)
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _gathering(pilot, app, "e", "enter", "K")
        await pilot.resize_terminal(140, 24)
        await until(pilot, lambda: screen.size.width == 140)
        gate.set()
        await until(pilot, lambda: screen.lines is not None and screen._cut_to >= screen._width() > 100)


async def test_only_the_lines_in_view_are_drawn(bundled, analysis, monkeypatch):
    """Thousands of occurrences: opening the view, G and j draw a screenful of lines or two, not all."""
    from reader.ui.screens import concordance

    drawn = []
    real_cut = concordance.cut
    monkeypatch.setattr(concordance, "cut", lambda text, width: drawn.append(text) or real_cut(text, width))
    spans = tuple(Span(article.id, n, n + 3) for article in bundled.articles for n in range(0, min(len(article.body) - 3, 2000), 2))
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(ConcordanceScreen('"test"', spans))
        await until(pilot, lambda: isinstance(app.screen, ConcordanceScreen) and app.screen.lines is not None, workers=True)
        listing = app.screen.query_one("#concordance-list")
        await until(pilot, lambda: len(drawn) > 0)
        assert len(app.screen.lines) == len(spans) > 4000
        assert len(drawn) <= 2 * 24
        await pilot.press("G", "k", "j")
        await until(pilot, lambda: listing.highlighted == listing.option_count - 1)
        assert len(drawn) <= 4 * 24


async def test_k_on_an_entity_lists_its_headline_mentions_too():
    """The panel and the exports count an entity's headline mentions; its concordance left them out."""
    from reader.core.model import Dossier
    from reader.core.pipeline import analyse
    from tests.ui.conftest import make_article

    articles = (
        make_article("east", "East Post", "Kestrel Bridge reopens after repairs",
                     ["Crews reopened the Kestrel Bridge on Monday after four months of repairs.", "Traffic was light."]),
        make_article("west", "West Times", "Drivers return to Kestrel Bridge",
                     ["The Kestrel Bridge carried its first cars on Monday.", "Tolls stay the same."]),
    )
    analysis = analyse(Dossier("bridge", articles))
    (entity,) = [entity for entity in analysis.shared_entities if entity.name == "Kestrel Bridge"]
    app = build_app(analysis.dossier, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("e")
        panel = app.screen.query_one("#entities")
        await until(pilot, lambda: panel.highlighted_entity() == entity.id)
        await pilot.press("K")
        await until(pilot, lambda: isinstance(app.screen, ConcordanceScreen) and app.screen.lines)
        spans = [line.span for line in app.screen.lines]
        assert len(spans) == sum(analysis.mention_counts(entity).values()) == 4
        assert [span.in_title for span in spans] == [True, False, True, False]  # each report's headline first
        assert "4 occurrences in 2 reports" in str(app.screen.query_one("#concordance-title").render())
