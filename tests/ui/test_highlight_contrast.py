"""Highlighted words read on the theme they stand on: quotations, figures, money, percentages,
dates and reporting verbs keep WCAG's 4.5:1 against the theme's grounds. A style's colours were
chosen for its own background, which the reader leaves out: the light default's dates stood at
1.75:1 on the light theme, the faintest words on screen being those a fact-checker checks."""

from __future__ import annotations

from reader.report.highlight import DATE, HIGHLIGHTED, LIGHT_DEFAULT, NUMBER, READABLE, _contrast, _rgb, readable, rich_styles
from reader.ui.app import build_app
from reader.ui.render import theme_grounds
from reader.ui.widgets.article_view import ArticleView
from tests.helpers import restyled

LIGHT = ("#E0E0E0", "#D8D8D8", "#D0D0D0")  # textual-light's background, surface and panel
DARK = ("#121212", "#1E1E1E", "#242F38")  # textual-dark's


def _worst(color: str, grounds: tuple[str, ...]) -> float:
    return min(_contrast(_rgb(color), _rgb(ground)) for ground in grounds)


def test_the_light_defaults_faint_dates_and_figures_are_darkened_until_they_read():
    raw, kept = rich_styles(LIGHT_DEFAULT), rich_styles(LIGHT_DEFAULT, grounds=LIGHT)
    for token in (DATE, NUMBER):
        before, after = raw[token].color.triplet.hex, kept[token].color.triplet.hex
        assert _worst(before, LIGHT) < 2.5 <= READABLE <= _worst(after, LIGHT), (token, before, after)
        # Its hue kept: mixed towards black, every channel shrinks in the same proportion.
        (r0, g0, b0), (r1, g1, b1) = _rgb(before), _rgb(after)
        assert r1 <= r0 and g1 <= g0 and b1 <= b0 and sorted((r0, g0, b0)).index(r0) == sorted((r1, g1, b1)).index(r1)
    assert all(_worst(style.color.triplet.hex, LIGHT) >= READABLE for style in kept.values() if style.color)


def test_a_colour_that_reads_already_is_left_as_it_is_and_no_grounds_change_nothing():
    assert rich_styles("monokai", grounds=DARK) == rich_styles("monokai")  # monokai reads on the dark theme
    assert readable("#1c01ce", LIGHT) == "#1c01ce"  # 7:1 already
    assert readable("#60add5", ()) == "#60add5"  # the ANSI themes: grounds unknown, nothing changed


def test_on_dark_grounds_a_dark_colour_is_lightened():
    lighter = readable("#303030", DARK)
    assert _worst("#303030", DARK) < 1.5 and _worst(lighter, DARK) >= READABLE and _rgb(lighter)[0] > 0x30


async def test_the_reader_draws_every_highlight_readable_on_the_light_theme_and_leaves_the_ansi_ones(tiny, tiny_analysis):
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(100, 30)) as pilot:
        await restyled(pilot, "textual-light")
        tokens = app.screen.query_one(ArticleView).palette().tokens
        assert theme_grounds(app) == LIGHT and set(tokens) == set(HIGHLIGHTED)
        assert all(_worst(style.color.triplet.hex, LIGHT) >= READABLE for style in tokens.values() if style.color)
        await restyled(pilot, "ansi-light")  # the terminal's own colours: unknown, left to the style
        assert theme_grounds(app) == () and app.screen.query_one(ArticleView).palette().tokens == rich_styles(LIGHT_DEFAULT)
