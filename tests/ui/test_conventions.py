"""One key vocabulary across screens: n/N, ctrl+d/ctrl+u, h/l, q closes a view and quits only
from the reader, ctrl+c quits, two escapes reach the reader from any depth, the key bar shows
only live keys, and walks say when they wrap or end."""

from __future__ import annotations

from reader.ui.app import build_app
from reader.ui.screens.compare import CompareScreen
from reader.ui.screens.help import HelpScreen
from reader.ui.screens.nway import NWayScreen
from reader.ui.screens.quotes import QuotesScreen
from reader.ui.screens.reader import ReaderScreen
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.key_bar import KeyBar
from tests.helpers import compare_status, told, until


def _notices(app) -> list[str]:
    return told(app)


async def test_n_and_N_walk_linked_passages_in_compare_and_h_l_pick_a_column(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("c")
        compare = app.screen
        start = compare.active_column.cursor
        await pilot.press("n", "n")
        forward = compare.active_column.cursor
        assert forward > start
        await pilot.press("N")
        assert start < compare.active_column.cursor < forward
        await pilot.press("p")  # no longer a key: nothing moves
        assert compare.active_column.cursor < forward
        await pilot.press("l")
        assert compare.active_side == "right" and app.focused is compare.column("right")
        await pilot.press("h")
        assert compare.active_side == "left"


async def test_ctrl_d_and_ctrl_u_move_half_a_page(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        view = app.screen.query_one(ArticleView)
        await pilot.press("ctrl+d")
        half = view.scroll_y
        assert 5 < half < view.scrollable_content_region.height
        await pilot.press("ctrl+d", "ctrl+u")
        assert view.scroll_y == half
        await pilot.press("c", "ctrl+d")
        assert app.screen.active_column.cursor > 0


async def test_q_closes_a_view_and_quits_only_from_the_reader(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("c", "w")
        assert isinstance(app.screen, NWayScreen)
        await pilot.press("q")
        assert isinstance(app.screen, CompareScreen) and app.is_running
        await pilot.press("q")
        assert isinstance(app.screen, ReaderScreen) and app.is_running
        await pilot.press("q")
        await until(pilot, lambda: not app.is_running)


async def test_ctrl_c_quits_from_any_view(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("c", "question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("ctrl+c")
        await until(pilot, lambda: not app.is_running)


async def test_two_escapes_reach_the_reader_from_any_depth(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("Q", "enter", "w")
        assert [type(s) for s in app.screen_stack] == [ReaderScreen, QuotesScreen, CompareScreen, NWayScreen]
        await pilot.press("escape", "escape")
        assert isinstance(app.screen, ReaderScreen)
        # One escape, then anything else: the next escape goes back one view only.
        await pilot.press("Q", "enter", "escape", "j", "escape")
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("Q", "enter", "w", "escape", "j")
        await pilot.press("escape")
        assert isinstance(app.screen, QuotesScreen)


async def test_the_key_bar_over_help_shows_only_keys_that_work_there(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("question_mark")
        bar = str(app.screen.query_one(KeyBar).render())
        assert "Close help" in bar and "Compare" not in bar and "Quit" not in bar
        await pilot.press("c")  # dead under help: nothing opens behind it
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        bar = str(app.screen.query_one(KeyBar).render())
        assert "Compare" in bar and "Quit" in bar
        assert bar.endswith("^p Palette")  # capitalised as every other key's name


async def test_the_palette_says_what_it_finds(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+p")
        from textual.command import CommandInput

        placeholder = app.screen.query_one(CommandInput).placeholder
        assert "report" in placeholder and "entity" in placeholder and "link" in placeholder


async def test_walks_say_when_they_wrap_and_differences_when_they_end(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = app.screen
        await pilot.press("u")
        for _ in range(len(reader.walk) - 1):
            await pilot.press("u")
        assert not any("Wrapped" in notice for notice in _notices(app))
        await pilot.press("u")
        assert reader.position == 0
        assert "Wrapped round to the first passage only this report has" in _notices(app)
        await pilot.press("c", "G")
        compare = app.screen
        walk = compare._walk_list(compare.passages("left")[compare.active_column.cursor])
        await pilot.press(*["full_stop"] * len(walk))
        assert any(notice.startswith("The last difference") for notice in _notices(app))


async def test_slash_searches_the_compare_column_and_n_walks_the_hits(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("c", "slash", *"Garneau", "enter")
        compare = app.screen
        article = bundled.article(compare.report["left"])
        rows = [n for n, p in enumerate(compare.passages("left")) if "Garneau" in article.text(p.sentence.span)]
        assert len(rows) >= 2 and compare.active_column.cursor == rows[0]
        # Said as the quote tracker and N-way view say it (it said nothing: n walked on silently).
        found = f"“Garneau” in {len(rows)} of {len(compare.passages('left'))} passages of {article.name}: n/N go through them"
        assert found in _notices(app)
        await pilot.press("n")
        assert compare.active_column.cursor == rows[1]
        # n/N said no place: the status line says it, as the reader's and the quote tracker's do.
        await until(pilot, lambda: f"search \u201cGarneau\u201d: 2/{len(rows)} (n/N) \u00b7 passage {rows[1] + 1}/"
                    in compare_status(compare))
        await pilot.press("N", "N")
        assert compare.active_column.cursor == rows[-1]
        assert "Wrapped round to the last hit" in _notices(app)
        await pilot.press("escape")
        await until(pilot, lambda: compare_status(compare).startswith("Search ended"))
        assert "search \u201cGarneau\u201d" not in compare_status(compare)
