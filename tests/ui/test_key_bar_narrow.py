"""At 80x24 the compare view's key bar keeps its essential keys: the other column, the way back and
the type of difference , and . walk (dropped first, they left a bar with no way to learn them);
q Close, a second way out beside esc Back, goes first instead. A walked type with a long name kept
``d Walk: framing`` but dropped ``,. Diff``, the keys that walk it: the palette's name goes first."""

from __future__ import annotations

from reader.ui.app import build_app
from reader.ui.widgets.key_bar import KeyBar
from tests.helpers import compare_open, until


async def test_the_compare_key_bar_keeps_column_back_and_walk_at_80_columns(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c")
        screen = await compare_open(pilot)
        bar = screen.query_one(KeyBar)
        for walked in ("all", "stance", "framing", "figures", "hedge", "attribution", "name form", "clause", "wording"):
            await until(pilot, lambda: f"d Walk: {walked}" in str(bar.render()))
            shown = str(bar.render())
            assert "tab Column" in shown and "esc Back" in shown and "? Help" in shown, shown
            assert ",. Diff" in shown and "nN Link" in shown, shown
            assert len(shown) <= 80
            await pilot.press("d")
