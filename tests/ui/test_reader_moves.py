"""Pilot tests: from the main screen to where the user is reading, by keyboard.

The compare view opens on the passage being read, digits pick a report by the number
the list and the gutters give it, ``u`` moves on through the unique passages, and the
layout follows a resize made while another screen was on top.
"""

from __future__ import annotations

from reader.ui.app import build_app
from reader.ui.screens.help import HelpScreen
from reader.ui.screens.reader import ReaderScreen, StatusLine
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.source_list import SourceList
from tests.helpers import compare_open, on_top, told, until

GLOBE = "the-globe-and-mail"


def _status(app) -> str:
    return str(app.screen.query_one(StatusLine).render())


async def walking(pilot, analysis, name: str) -> ArticleView:
    """The article view once the entity called ``name`` is chosen: its walk at the first mention."""
    pilot.app.entity_id = next(entity for entity in analysis.shared_entities if entity.name == name).id
    view = pilot.app.screen.query_one(ArticleView)
    await until(pilot, lambda: view.current is not None)
    return view


async def test_c_compares_from_the_passage_being_read(bundled, analysis):
    """After walking to an entity's fourth mention, compare opens there, not on passage 1."""
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        view = await walking(pilot, analysis, "Marc Garneau")
        await pilot.press("n", "n", "n")
        reading = view.current
        await pilot.press("c")
        screen = await compare_open(pilot)
        assert screen.report["left"] == reading.article
        passage = screen.passages("left")[screen.column("left").cursor]
        assert passage.sentence.start <= reading.start < passage.sentence.end


async def test_c_compares_from_the_top_of_the_page_when_nothing_is_walked(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("space", "space")  # scrolls at once, not after a refresh
        view = app.screen.query_one(ArticleView)
        top = view.reading_at()
        assert top.start > 0
        await pilot.press("c")
        screen = await compare_open(pilot)
        cursor = screen.passages("left")[screen.column("left").cursor].sentence
        assert cursor.start <= top.start < cursor.end or cursor.start >= top.start


async def test_c_compares_from_the_page_on_screen_once_the_walked_passage_is_scrolled_away(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        view = await walking(pilot, analysis, "Marc Garneau")
        walked = view.current
        await pilot.press("space", "space", "space")
        assert view.reading_at() != walked and view.reading_at().start > walked.start
        await pilot.press("c")
        screen = await compare_open(pilot)
        cursor = screen.passages("left")[screen.column("left").cursor].sentence
        assert cursor.end > view.reading_at().start


async def test_digits_choose_reports_by_their_number(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("4")
        assert app.article_id == bundled.articles[3].id == GLOBE
        assert "report 4/5" in _status(app)
        await pilot.press("9")  # no ninth report: the report stays, and the user is told
        assert app.article_id == GLOBE
        assert "No report 9: this dossier has 5" in told(app)
        await pilot.press("1")
        assert app.article_id == bundled.articles[0].id


async def test_u_again_moves_on_to_the_next_unique_passage(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("4", "u")
        assert "only in The Globe and Mail: passage 1/" in _status(app)
        await pilot.press("u")
        assert "only in The Globe and Mail: passage 2/" in _status(app)
        await pilot.press("1", "u")  # another report: its own walk, from its first
        assert "only in Al Jazeera: passage 1/" in _status(app)


async def test_another_report_ends_the_walk_of_the_last_ones_own_passages(bundled, analysis):
    """The status named the old report's walk after 4, and n went back to that report."""
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("4", "u", "1")
        assert app.article_id == bundled.articles[0].id
        assert "only in" not in _status(app) and "report 1/5" in _status(app)
        await pilot.press("n")
        assert app.article_id == bundled.articles[0].id


async def test_a_resize_behind_another_screen_is_followed_on_return(tiny, tiny_analysis):
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        def adapted(narrow: bool) -> bool:
            screen = app.screen
            return (isinstance(screen, ReaderScreen) and screen.has_class("-narrow") is narrow
                    and screen.query_one(SourceList).compact is narrow)

        await pilot.press("c")
        await compare_open(pilot)
        await pilot.resize_terminal(80, 24)
        await pilot.press("escape")
        await until(pilot, lambda: adapted(narrow=True))
        await pilot.press("c")
        await compare_open(pilot)
        await pilot.resize_terminal(120, 40)
        await pilot.press("escape")
        await until(pilot, lambda: adapted(narrow=False))
        # Two screens on top (compare, then help over it) while the terminal shrinks.
        await pilot.press("c", "question_mark")
        await on_top(pilot, HelpScreen)
        await pilot.resize_terminal(80, 24)
        await pilot.press("escape", "escape")
        await until(pilot, lambda: adapted(narrow=True))


async def test_keys_typed_right_after_closing_the_panel_and_opening_search_go_to_the_search(tiny, tiny_analysis):
    """Focus moves at once: a deferred move back to the article would take the query's keys
    (and digits would switch reports)."""
    from textual.events import Key

    from reader.ui.widgets.search_bar import SearchBar

    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        first = app.article_id
        # Queued together, as keys arrive from a busy terminal: none waits for the one before.
        for key, character in (("e", "e"), ("e", "e"), ("slash", "/")):
            app.post_message(Key(key, character))
        await until(pilot, lambda: isinstance(app.focused, SearchBar))  # mounted by the first /
        await pilot.press("2", "3")
        assert app.screen.query_one(SearchBar).value == "23" and app.article_id == first


async def test_n_with_nothing_to_walk_says_how_to_start_a_walk(tiny, tiny_analysis):
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("n")
        await until(pilot, lambda: any("Nothing to walk yet" in said for said in told(app)))
        await pilot.press("u", "n")  # a walk: n moves on, and says nothing more
        assert "passage 1/1" in _status(app) or "passage 2/" in _status(app)
        assert not any("Nothing to walk yet" in said for said in told(app))  # the walk answered the prompt: gone


async def test_escape_closes_the_entity_panel_where_it_covers_the_article(tiny, tiny_analysis):
    from reader.ui.widgets.entity_panel import EntityPanel

    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("e")
        panel = app.screen.query_one(EntityPanel)
        assert panel.display and not app.screen.query_one(ArticleView).display
        await pilot.press("escape")
        assert not panel.display and app.focused is app.screen.query_one(ArticleView)


async def test_a_first_screenful_paints_and_the_worker_brings_in_the_rest(tmp_path, monkeypatch):
    """The command line reads a big folder's first files only; the rest (and their problems) follow."""
    import threading

    import reader.core.ingest.loading as loading

    for n in range(12):
        (tmp_path / f"r{n:02d}.md").write_text(f"Report {n} says the permits were cancelled on Monday.\n", encoding="utf-8")
    (tmp_path / "z-empty.md").write_bytes(b"")
    first = loading.load_dossier(tmp_path, first=3)
    assert first.unread == 10
    painted = threading.Event()
    whole = loading.load_dossier
    monkeypatch.setattr(loading, "load_dossier", lambda folder, **options: painted.wait(10) and whole(folder, **options))
    app = build_app(first, folder=tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: "reading 10 more reports" in _status(app))
        assert len(app.dossier.articles) == 3
        painted.set()
        await until(pilot, lambda: app.analysis is not None, workers=True)  # the worker's DossierLoaded, then AnalysisReady
        assert len(app.dossier.articles) == 12 and app.dossier.unread == 0
        assert len(app.analysis.dossier.articles) == 12
        sources = app.screen.query_one(SourceList)
        await until(pilot, lambda: sources.virtual_size.height == 12 * sources.rows_each)  # listed after a refresh
        assert "report 1/12" in _status(app)
        assert any("z-empty.md" in line for line in told(app))
        assert "1 not opened" in str(app.screen.query_one(SourceList).border_subtitle)


async def test_a_digit_opens_that_report_at_its_version_of_the_passage_being_read(bundled, analysis):
    """At the top of a report, or on a passage the other report lacks, its top."""
    from reader.core.findings.collation import links_touching
    from reader.core.model import Span
    from tests.helpers import wrapped

    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        view = app.screen.query_one(ArticleView)
        await wrapped(pilot, view)
        first, fourth = bundled.articles[0].id, bundled.articles[3].id
        await pilot.press("4")
        await until(pilot, lambda: app.article_id == fourth)
        assert view.scroll_y == 0  # from the top of a report: the top of the other
        await pilot.press("1")
        await until(pilot, lambda: app.article_id == first)
        await wrapped(pilot, view)
        rows = view._rows

        def in_fourth(row) -> Span | None:
            """The fourth report's passage linked to the one starting on ``row`` (of the body)."""
            links = links_touching(analysis, Span(first, row.start, row.end))
            return next((span for link in links if (span := link.passage_in(fourth)) and not span.in_title), None)

        read = next(n for n, row in enumerate(rows) if n and row.kind == "body" and rows[n - 1].kind == "blank" and in_fourth(row))
        unlinked = next(n for n, row in enumerate(rows) if n and row.kind == "body" and rows[n - 1].kind == "blank" and not in_fourth(row))
        view.scroll_to(y=read, animate=False, immediate=True)
        await until(pilot, lambda: int(view.scroll_y) == read)
        await pilot.press("4")
        await until(pilot, lambda: app.article_id == fourth and view.current == in_fourth(rows[read]))
        assert view.row_of(view.current.start) in range(int(view.scroll_y), int(view.scroll_y) + view.size.height)
        name = bundled.articles[3].name
        assert _status(app).startswith(f"{name}: the same passage"), _status(app)
        await pilot.press("ctrl+o")
        await until(pilot, lambda: app.article_id == first and int(view.scroll_y) == read)
        assert "the same passage" not in _status(app), "a key that moves to another report clears the last answer"
        view.current = None
        view.scroll_to(y=unlinked, animate=False, immediate=True)
        await until(pilot, lambda: int(view.scroll_y) == unlinked)
        await pilot.press("4")
        await until(pilot, lambda: app.article_id == fourth)
        assert view.scroll_y == 0
        assert _status(app).startswith(f"{name} does not carry this passage: at its top"), _status(app)


async def test_a_digit_finds_the_version_of_a_link_held_further_along_the_sentence_on_the_top_row(bundled, analysis):
    """The gutter counts the sentences that begin on a row; a link may hold only their end (a quotation
    after ``said``): the digit still opens the other report's version, not its top."""
    from reader.core.findings.collation import links_touching
    from reader.core.model import Span
    from tests.helpers import wrapped

    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(70, 30)) as pilot:  # narrow: sentences run over several rows
        view = app.screen.query_one(ArticleView)
        for number, article in enumerate(bundled.articles, 1):
            await pilot.press(str(number))
            await until(pilot, lambda: app.article_id == article.id)
            await wrapped(pilot, view)
            for n, row in enumerate(view._rows):
                if not n or n > view.max_scroll_y or row.kind != "body" or view._rows[n - 1].kind != "blank":
                    continue
                sentence = analysis.sentences_overlapping(Span(article.id, row.start, row.end))[0]
                on_row = {a for link in links_touching(analysis, Span(article.id, row.start, row.end)) for a in link.articles}
                further = [(a, link.passage_in(a)) for link in links_touching(analysis, sentence.span)
                           for a in link.articles if a not in on_row and not link.passage_in(a).in_title]
                if further:
                    break
            else:
                continue
            break
        else:
            raise AssertionError("no row whose sentence is linked only beyond it")
        other, version = further[0]
        view.scroll_to(y=n, animate=False, immediate=True)
        await until(pilot, lambda: int(view.scroll_y) == n)
        await pilot.press(str(1 + [a.id for a in bundled.articles].index(other)))
        await until(pilot, lambda: app.article_id == other)
        assert view.current == version


async def test_g_reaches_the_end_while_the_status_line_unfolds_under_it(bundled, analysis):
    """``i`` unfolds the status line; one taller after ``G`` (a note, a longer answer) covered the
    report's last rows, the view no longer at its bottom."""
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        view = app.screen.query_one(ArticleView)
        await pilot.press("i", "G")
        await until(pilot, lambda: view.scroll_y == view.max_scroll_y > 0)
        height = view.size.height
        app.say("a long answer " * 20, timeout=10)
        await until(pilot, lambda: view.size.height < height)
        await pilot.pause()
        assert view.scroll_y == view.max_scroll_y


async def test_a_step_of_a_walk_draws_the_status_line_once(bundled, analysis, monkeypatch):
    """``n`` took back an answer that was not there, which drew the status line, then drew it again
    for the step: it is drawn once, unless an answer is taken back."""
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await walking(pilot, analysis, "Marc Garneau")
        await pilot.pause()
        assert not app.screen.said
        drawn = []
        update = ReaderScreen._update_status
        monkeypatch.setattr(ReaderScreen, "_update_status", lambda screen, *args: (drawn.append(1), update(screen, *args))[-1])
        app.screen.action_walk(1)
        assert len(drawn) == 1
