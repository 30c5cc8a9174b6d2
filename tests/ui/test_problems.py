"""Files that did not open, at 80x24: told under the reader's panes (the one, or how many), hiding
no text; the palette's Problems lists every one, scrollable."""

from __future__ import annotations

from dataclasses import replace

from textual.widgets import OptionList

from reader.core.model import Problem
from reader.ui.app import build_app
from reader.ui.screens.problems import ProblemsScreen
from tests.helpers import notices, on_top, palette_lists, plain, until

NAMES = ("empty.md", "binary blob.txt", "invalid.txt", "nul.md", "blank.txt")


def _with_problems(tiny, count: int):
    problems = tuple(Problem(f"tiny/{name}", "skipped: the file is empty") for name in NAMES[:count])
    return replace(tiny, problems=problems)


def _hides_no_text(app) -> bool:
    """The notices take rows of their own under the panes: no toast, nothing over the article."""
    reader = app.screen_stack[0]
    strip = reader.query_one("#notices").region
    return not app._notifications and not any(strip.overlaps(reader.query_one(pane).region) for pane in ("#sources", "#article"))


async def test_problems_are_counted_under_the_panes_and_the_list_border_keeps_them(tiny, tiny_analysis):
    dossier = _with_problems(tiny, 5)
    app = build_app(dossier, analysis=replace(tiny_analysis, dossier=dossier))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await until(pilot, lambda: notices(app) == {"Problems": "5 files not opened: ^p \u203a Problems lists them"})
        assert _hides_no_text(app)
        await pilot.press("escape")
        await until(pilot, lambda: not notices(app))
        assert app.screen.query_one("#sources").border_subtitle == "5 not opened: ^p"


async def test_a_file_opened_with_a_caveat_is_told_without_hiding_the_article(tiny, tiny_analysis):
    """At 80x24 its toast covered the article's lower rows for seconds; told under the panes, it
    goes after a while or at escape, and the report list's border still says where to see it."""
    dossier = replace(tiny, problems=(Problem("tiny/odd.txt", "opened; not valid UTF-8: 2 bad byte sequence(s) shown as \ufffd"),))
    app = build_app(dossier, analysis=replace(tiny_analysis, dossier=dossier))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await until(pilot, lambda: "Problems" in notices(app))
        assert notices(app)["Problems"].startswith("odd.txt: opened; not valid UTF-8")
        assert notices(app)["Problems"].endswith("(^p \u203a Problems lists it)")
        assert _hides_no_text(app)
        assert app.screen.query_one("#sources").border_subtitle == "1 with a caveat: ^p"


async def test_the_palette_lists_every_problem_in_a_view(tiny, tiny_analysis):
    dossier = _with_problems(tiny, 5)
    app = build_app(dossier, analysis=replace(tiny_analysis, dossier=dossier))
    async with app.run_test(size=(80, 24)) as pilot:
        app.clear_notifications()
        await pilot.press("ctrl+p")
        await pilot.press(*"Problems")
        await palette_lists(pilot, "Problems")
        await pilot.press("enter")
        await on_top(pilot, ProblemsScreen)
        options = app.screen.query_one(OptionList)
        listed = [plain(options.get_option_at_index(n).prompt, 200) for n in range(options.option_count)]
        # One line each, naming the file and why: "Not opened  empty.md: skipped: …" said it twice.
        assert [" ".join(line.split()) for line in listed] == [f"{name} skipped: the file is empty" for name in NAMES]
        assert len({line.index("skipped") for line in listed}) == 1  # the reasons in one column
        assert not app._notifications  # a list, not notices
        await pilot.press("G")
        assert options.highlighted == len(NAMES) - 1
        await pilot.press("escape")
        await until(pilot, lambda: not isinstance(app.screen, ProblemsScreen))



async def test_a_long_problem_wraps_under_its_reason_not_under_its_file(tiny, tiny_analysis):
    """The files, then the reasons of both kinds all in one column; a long reason goes on in that column."""
    from reader.core.model import Problem

    long = Problem(f"{tiny.root}/unclosed.md", "skipped: bad header: header opened with '---' on line 1 is never closed " * 2)
    caveat = Problem(f"{tiny.root}/cp.txt", "opened; not UTF-8: decoded as cp1252")
    dossier = replace(tiny, problems=(long, caveat))
    app = build_app(dossier, analysis=replace(tiny_analysis, dossier=dossier))
    async with app.run_test(size=(80, 24)) as pilot:
        await app.action_show_problems()
        await on_top(pilot, ProblemsScreen)
        options = app.screen.query_one(OptionList)
        width = options.scrollable_content_region.width
        first, second = (plain(options.get_option_at_index(n).prompt, width).splitlines() for n in range(2))
        column = second[0].index("opened;")
        assert first[0].index("skipped:") == column and len(first) > 1
        assert all(line[:column].isspace() and not line[column].isspace() for line in first[1:]), first


async def test_saved_web_pages_in_the_folder_are_named_in_a_notice_with_the_import_command(tmp_path):
    from reader.core.ingest.loading import load_dossier
    from reader.core.pipeline import analyse

    for name, text in (("a.md", "The council closed the old bridge on Monday."),
                       ("b.md", "The old bridge was closed by the council on Monday."),
                       ("saved page.html", "<p>a saved page</p>")):
        (tmp_path / name).write_text(text, encoding="utf-8")
    dossier = load_dossier(tmp_path)
    app = build_app(dossier, analysis=analyse(dossier))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await until(pilot, lambda: "Problems" in notices(app))
        said = notices(app)["Problems"]
        assert "1 saved web page (saved page.html)" in said and "`dossier-reader import" in said
        strip = app.screen.query_one("#notices")
        shown = "".join(line.text for line in strip.render_lines(strip.region.reset_offset)).replace(" ", "").replace("▌", "")
        assert "makesarticlesofthem" in shown  # whole at 80 columns, under the panes


async def test_opening_the_problems_list_takes_only_the_problems_notice_away(tiny, tiny_analysis):
    """The list says what the Problems notice said; a failed save told beside it is in no list."""
    dossier = replace(tiny, problems=(Problem(f"{tiny.root}/cp.txt", "opened; not UTF-8: decoded as cp1252"),))
    app = build_app(dossier, analysis=replace(tiny_analysis, dossier=dossier))
    async with app.run_test(size=(80, 24)) as pilot:
        app.tell("Reading state", "could not save the reading state")
        await until(pilot, lambda: {title for title, _ in app.notices} == {"Problems", "Reading state"})
        await app.action_show_problems()
        await on_top(pilot, ProblemsScreen)
        assert [title for title, _ in app.notices] == ["Reading state"]


async def test_with_room_each_file_is_named_with_what_happened(tiny, tiny_analysis):
    """Two files at 120x40 take three rows of the forty: named, not only counted (qa43 #14); the
    same two at 80x24 too (3 rows of 24), but five there count in one line (above)."""
    dossier = _with_problems(tiny, 2)
    for size in ((120, 40), (80, 24)):
        app = build_app(dossier, analysis=replace(tiny_analysis, dossier=dossier))
        async with app.run_test(size=size) as pilot:
            await until(pilot, lambda shown=app: "Problems" in notices(shown))
            assert notices(app)["Problems"].split("\n") == [
                "2 files not opened (^p \u203a Problems lists them):",
                "empty.md: skipped: the file is empty",
                "binary blob.txt: skipped: the file is empty",
            ]
            assert _hides_no_text(app)


async def test_without_room_they_are_counted_in_one_line(tiny, tiny_analysis):
    """Four files at 80x24 would take five rows of the 24 (over a sixth): counted."""
    dossier = _with_problems(tiny, 4)
    app = build_app(dossier, analysis=replace(tiny_analysis, dossier=dossier))
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: "Problems" in notices(app))
        assert notices(app)["Problems"] == "4 files not opened: ^p \u203a Problems lists them"
