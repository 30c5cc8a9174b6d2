"""One colour per report, the same in the terminal and the HTML report: eight distinct hues,
the HTML report's very colours on a light theme and the same hues on a dark one."""

from __future__ import annotations

import colorsys

from reader.report.style import SOURCE_COLOURS
from reader.ui.app import build_app
from reader.ui.widgets.source_list import SourceList
from tests.helpers import restyled


def _hue(red: int, green: int, blue: int) -> float:
    return colorsys.rgb_to_hls(red / 255, green / 255, blue / 255)[0] * 360


def _html(colour: str) -> tuple[int, int, int]:
    return tuple(int(colour[at:at + 2], 16) for at in (1, 3, 5))


async def test_report_colours_match_the_html_report_and_differ_from_each_other(tiny, tiny_analysis):
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(100, 30)) as pilot:
        for theme in ("textual-light", "textual-dark", "nord", "solarized-light"):
            await restyled(pilot, theme)
            colours = [tuple(style.color.triplet) for style in app.screen.query_one(SourceList).palette().sources]
            assert len(set(colours)) == len(colours) == len(SOURCE_COLOURS)
            for terminal, html in zip(colours, SOURCE_COLOURS):
                if not app.current_theme.dark:
                    assert terminal == _html(html)
                gap = abs(_hue(*terminal) - _hue(*_html(html))) % 360
                assert min(gap, 360 - gap) < 30, (theme, terminal, html)
