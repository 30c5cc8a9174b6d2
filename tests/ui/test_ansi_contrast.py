"""Words never drawn in the colour they stand on, whatever the theme: on the ANSI themes (a
terminal's own sixteen colours) a difference's type over its insert/delete/replace tint, and on
every theme the key bar."""

from __future__ import annotations

import pytest

from reader.core.findings.difftypes import DIFF_TYPES
from reader.ui.app import build_app
from reader.ui.screens.compare import CompareScreen
from reader.ui.widgets.passage_column import PassageColumn
from tests.helpers import compare_open, restyled


@pytest.mark.parametrize("theme", ["ansi-dark", "ansi-light", "textual-dark", "textual-light"])
async def test_typed_differences_stay_readable_on_every_tint(tiny, tiny_analysis, theme):
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(100, 30)) as pilot:
        await restyled(pilot, theme)
        await app.push_screen(CompareScreen(tiny_analysis))
        await compare_open(pilot)
        column = app.screen.query(PassageColumn).first()
        palette = column.palette()
        for kind in DIFF_TYPES:
            look = column.palette_style(f"difftype--{kind}")
            for tint in (palette.diff_insert, palette.diff_delete, palette.diff_replace):
                style = tint + look
                assert style.color is None or style.color != style.bgcolor, (kind, tint)


async def test_the_key_bar_reads_on_every_theme(tiny, tiny_analysis):
    """Descriptions in what Textual's footer uses: solarized-light's footer-foreground is grey on its blue bar."""
    from textual.color import Color

    from reader.ui.widgets.key_bar import KeyBar

    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(100, 30)) as pilot:
        for theme in sorted(name for name in app.available_themes if not name.startswith("ansi")):
            await restyled(pilot, theme)
            bar = app.screen.query_one(KeyBar)
            text, ground = (Color.from_rich_color(c) for c in (bar.rich_style.color, bar.rich_style.bgcolor))
            assert abs(text.brightness - ground.brightness) > 0.3, theme
