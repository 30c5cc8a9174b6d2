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


async def test_past_the_colours_each_report_has_a_mark_of_its_own(tiny, tiny_analysis):
    """Past eight reports the colours come round again: report 9 in report 1's colour, told apart
    by its glyph and by a mark (underline, then reverse, then both), so no two of the first 32 look
    alike however the eye reads them, on dark and light themes and without colour."""
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(100, 30)) as pilot:
        for theme in ("textual-dark", "textual-light"):
            await restyled(pilot, theme)
            palette = app.screen.query_one(SourceList).palette()
            looks = [palette.source(slot) for slot in range(32)]
            assert len(set(looks)) == 32
            assert looks[8].color == looks[0].color and looks[8].underline and not looks[0].underline
            assert looks[16].reverse and looks[24].reverse and looks[24].underline
            assert all(style.color is not None for style in looks)


async def test_a_tenth_report_is_drawn_with_its_glyph_and_mark_in_the_report_list():
    from reader.core.model import Dossier
    from tests.helpers import make_article

    dossier = Dossier("ten", tuple(make_article(f"Report {n} says a thing.", article_id=f"r{n}", outlet=f"Outlet {n}")
                                   for n in range(10)))
    app = build_app(dossier)
    async with app.run_test(size=(120, 40)):
        sources = app.screen.query_one(SourceList)
        first, ninth, tenth = (sources.entry(f"r{n}")[0] for n in (0, 8, 9))
        assert (first.plain, ninth.plain, tenth.plain) == ("1 Outlet 0", "9 Outlet 8", "a Outlet 9")
        styles = [text.get_style_at_offset(app.console, 0) for text in (first, ninth, tenth)]
        assert styles[1].color == styles[0].color and styles[1].underline and not styles[0].underline
        assert styles[2].underline
