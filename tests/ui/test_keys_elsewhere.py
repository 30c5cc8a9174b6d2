"""A key of another screen or panel, pressed where nothing takes it, says where it works instead
of doing nothing without a word."""

from __future__ import annotations

from reader.ui.app import KEYS_OF_OTHER_VIEWS, build_app
from reader.ui.screens.help import help_sections
from tests.helpers import compare_open, told, until


async def test_x_in_the_reader_says_where_it_rejects_a_link(tiny, tiny_analysis):
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("x")
        await until(pilot, lambda: any(
            said == "x works in the Compare and N-way screens: Reject this link"
            for said in told(app)))
        await pilot.press("F")  # the entity panel's, with the article focused, and compare's
        await until(pilot, lambda: any(said.startswith("F works in the Reader entity panel and Compare screen (")
                                       and "Reader entity panel: How each report names it" in said
                                       for said in told(app)))


async def test_a_key_doing_other_things_in_other_views_names_every_view_first(tiny, tiny_analysis):
    """``X`` said only the Compare screen at 80 columns: the N-way view's came after, cut off."""
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("X")
        await until(pilot, lambda: any(said == (
            "X works in the Compare and N-way screens (Compare: Take this column's passage out of the link; "
            "N-way: Take this version out of the link)") for said in told(app)))
        status = app.screen.query_one("#status")
        await until(pilot, lambda: "X works in the Compare and N-way screens" in str(status.render()))


def test_every_key_of_one_view_is_said_in_the_others(tiny):
    """From the help's own tables: each one-character key a screen or panel binds (not the app,
    which binds its own everywhere; not the moving keys most views take) is in the list."""
    names = {",": "comma", ".": "full_stop", "{": "left_curly_bracket", "}": "right_curly_bracket", "/": "slash",
             "[": "left_square_bracket", "]": "right_square_bracket"}
    sections = help_sections(build_app(tiny))
    everywhere = {key for title, rows in sections if title == "Everywhere" for keys, _ in rows for key in keys.split()}
    moving = set("jkgGnNhlb")
    bound = {key for title, rows in sections for keys, _ in rows for key in keys.split() if len(key) == 1 and key.isascii()}  # not ⏎ nor arrows
    letters = {names.get(key, key) for key in bound - everywhere - moving}
    assert letters == set(KEYS_OF_OTHER_VIEWS), letters ^ set(KEYS_OF_OTHER_VIEWS)


async def test_e_in_the_compare_view_says_it_opens_the_entities_in_the_reader(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("c")
        await compare_open(pilot)
        await pilot.press("e")
        await until(pilot, lambda: any(said.startswith("e works in the Reader screen: Entities")
                                       for said in told(app)))


async def test_the_coverage_sort_key_is_said_once_in_help_and_elsewhere(tiny, tiny_analysis):
    """``o`` is two bindings (one per order, the key bar offering the other): the help read
    "Sort by origins or Sort by reports", and ``o`` in the reader named the Coverage screen twice."""
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        coverage = dict(dict(help_sections(app))["Coverage screen"])
        assert coverage["o"] == "Sort by origins (o again: by reports)"
        await pilot.press("o")
        await until(pilot, lambda: any(
            said == "o works in the Coverage screen: Sort by origins (o again: by reports)"
            for said in told(app)))


def test_the_help_lists_no_key_everywhere_that_the_view_it_is_opened_from_binds_otherwise(tiny):
    """Opened from compare, the help listed ``c Swap columns`` under Compare and ``c Compare`` under
    Everywhere: one key said to do two things on the screen in use. A key doing the same there (``c``
    on the reader) stays in both, and opened elsewhere Everywhere keeps it."""
    from reader.ui.screens.compare import CompareScreen
    from reader.ui.screens.reader import ReaderScreen

    app = build_app(tiny)

    def everywhere(current):
        return dict(dict(help_sections(app, current))["Everywhere"])

    assert dict(dict(help_sections(app, CompareScreen))["Compare screen"])["c"] == "Swap columns"
    assert "c" not in everywhere(CompareScreen)
    assert everywhere(ReaderScreen)["c"] == everywhere(None)["c"] == "Compare"
    assert everywhere(CompareScreen)["?"] == "Help"
