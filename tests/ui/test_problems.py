"""Files that did not open, at 80x24: as many notices as fit, else one counting them all; the
palette's Problems lists every one, scrollable, in place of notices."""

from __future__ import annotations

from dataclasses import replace

from textual.widgets import OptionList

from reader.core.model import Problem
from reader.ui.app import build_app
from reader.ui.screens.problems import ProblemsScreen
from tests.helpers import on_top, palette_lists, plain, until

NAMES = ("empty.md", "binary blob.txt", "invalid.txt", "nul.md", "blank.txt")


def _with_problems(tiny, count: int):
    problems = tuple(Problem(f"tiny/{name}", "skipped: the file is empty") for name in NAMES[:count])
    return replace(tiny, problems=problems)


def _toasts_fit(app) -> bool:
    toasts = list(app.screen.query("Toast"))  # the drawn notices
    return bool(toasts) and all(app.screen.region.contains_region(toast.region) for toast in toasts)


async def test_more_problems_than_fit_are_counted_in_one_notice(tiny, tiny_analysis):
    dossier = _with_problems(tiny, 5)
    app = build_app(dossier, analysis=replace(tiny_analysis, dossier=dossier))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        said = [str(n.message) for n in app._notifications]
        assert said == ["5 files not opened: ^p \u203a Problems lists them"]
        await until(pilot, lambda: _toasts_fit(app))


async def test_problems_that_fit_get_a_notice_each(tiny, tiny_analysis):
    dossier = _with_problems(tiny, 2)
    app = build_app(dossier, analysis=replace(tiny_analysis, dossier=dossier))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        assert [str(n.message) for n in app._notifications] == [
            "empty.md: skipped: the file is empty", "binary blob.txt: skipped: the file is empty"]
        await until(pilot, lambda: _toasts_fit(app))


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
        (said,) = [str(n.message) for n in app._notifications]
        assert "1 saved web page (saved page.html)" in said and "`dossier-reader import" in said
        await until(pilot, lambda: _toasts_fit(app))
