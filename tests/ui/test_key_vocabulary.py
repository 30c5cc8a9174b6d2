"""One key vocabulary: every screen that copies does it with ``y``, and every screen listing
passages, statements or versions has ``/`` to search them and ``n``/``N`` to move on."""

from __future__ import annotations

from textual.binding import Binding

from reader.ui.screens.compare import CompareScreen
from reader.ui.screens.coverage import CoverageScreen
from reader.ui.screens.help import _screen_classes
from reader.ui.screens.nway import NWayScreen
from reader.ui.screens.quotes import QuotesScreen
from reader.ui.screens.reader import ReaderScreen


def _keys(screen: type) -> dict[str, str]:
    """Each key the screen binds, with its action."""
    return {
        key: binding.action
        for binding in screen.__dict__["BINDINGS"] if isinstance(binding, Binding)
        for key in binding.key.split(",")
    }


def test_every_copy_is_y():
    copying = {screen: _keys(screen) for screen in _screen_classes() if "copy" in _keys(screen).values()}
    assert set(copying) >= {ReaderScreen, CompareScreen, NWayScreen, QuotesScreen}
    assert all(keys.get("y") == "copy" and "C" not in keys for keys in copying.values())


def test_slash_and_n_N_on_every_listing_screen():
    for screen in (ReaderScreen, CompareScreen, CoverageScreen, QuotesScreen, NWayScreen):
        keys = _keys(screen)
        assert keys.get("slash") == "search", screen
        assert "n" in keys and "N" in keys, screen


async def test_the_help_lines_up_every_sections_descriptions(tiny, tiny_analysis):
    """Each section's keys in one column (the few longer key lists go on on a second line): the
    descriptions start in one column from the first section to the last."""
    from reader.ui.app import build_app
    from reader.ui.screens.help import HelpScreen, help_sections
    from reader.ui.screens.reader import ReaderScreen
    from tests.helpers import on_top, plain

    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("question_mark")
        await on_top(pilot, HelpScreen)
        tables = [table() for title, table in app.screen.shown() if title != "Marks and colours"]
        sections = help_sections(app, ReaderScreen)
        assert len(tables) == len(sections)
        starts = {plain(table).splitlines()[0].index(rows[0][1][:12]) for table, (_, rows) in zip(tables, sections)}
        assert len(starts) == 1, starts


async def test_the_help_and_the_notices_name_keys_as_the_key_bar_does(tiny, tiny_analysis):
    """The help said ``escape``, ``ctrl+p`` and ``enter``, notices ``ctrl+o goes back``, where the key
    bar says ``esc``, ``^p`` and ``⏎``: one way everywhere."""
    from reader.ui.app import build_app
    from reader.ui.screens.help import help_sections
    from reader.ui.widgets.key_bar import KeyBar
    from tests.helpers import told, until

    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        keys = {key for _, rows in help_sections(app) for keys, _ in rows for key in keys.split()}
        assert {"esc", "^p", "^o", "⏎"} <= keys and not keys & {"escape", "ctrl+p", "ctrl+o", "enter"}, keys
        assert "^p" in str(app.screen.query_one(KeyBar).render())
        await pilot.press("ctrl+n")  # no later place: the notice names the way back
        await until(pilot, lambda: any("(^o goes back)" in said for said in told(app)))


def test_the_readme_lists_the_types_d_walks_in_the_order_it_walks_them():
    """The README named them in another order (attribution before hedge) than ``d`` walks them."""
    import re
    from pathlib import Path

    from reader.core.findings.difftypes import DIFF_TYPES, IGNORED_BY_DEFAULT, TYPE_TITLES

    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    said = re.search(r"`d` choose which type of difference[^(]*\(([^;)]*)", readme)
    assert said is not None
    walked = ["all", *(TYPE_TITLES[kind] for kind in DIFF_TYPES if kind not in IGNORED_BY_DEFAULT)]
    assert said.group(1).split(", ") == walked
