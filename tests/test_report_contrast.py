"""The HTML report's highlighted words read on its light page, whichever Pygments style colours them:
each at WCAG's 4.5:1 or better against every background its stylesheet declares. The light default's
dates stood at ~2.4:1 on the page, and a dark style's pale colours (picked for its own dark
background) far under it."""

from __future__ import annotations

import re

import pytest

from reader.report.highlight import LIGHT_DEFAULT, READABLE, _contrast, _rgb, css_rules, style_names
from reader.report.html import to_html
from reader.report.style import grounds

_COLOUR = re.compile(r"\.hl-(\w+) \{[^}]*\bcolor: (#[0-9a-f]{6})")


def _worst(colour: str) -> float:
    return min(_contrast(_rgb(colour), _rgb(ground)) for ground in grounds())


def test_the_grounds_are_every_background_the_stylesheet_declares():
    assert {"#fafafa", "#ffffff", "#f0f0f0", "#ffebee"} <= set(grounds())  # page, boxes, table heads, a difference
    assert all(re.fullmatch(r"#[0-9a-f]{6}", ground) for ground in grounds())


@pytest.mark.parametrize("style", [*style_names(dark=False)[:3], LIGHT_DEFAULT, "monokai", *style_names(dark=True)[:3]])
def test_every_highlight_colour_reads_on_every_ground_of_the_page(style):
    colours = _COLOUR.findall(css_rules(style, grounds=grounds()))
    assert colours and all(_worst(colour) >= READABLE for _, colour in colours), colours


def test_the_faint_colours_were_faint_before_so_the_test_can_fail():
    raw = dict(_COLOUR.findall(css_rules(LIGHT_DEFAULT)))
    assert _worst(raw["date"]) < 3 and _worst(raw["number"]) < 3  # friendly's #60add5, #40a070
    assert min(_worst(colour) for colour in dict(_COLOUR.findall(css_rules("monokai"))).values()) < 2


def test_a_colour_that_reads_already_is_kept():
    raw, kept = (dict(_COLOUR.findall(css_rules(LIGHT_DEFAULT, grounds=g))) for g in ((), grounds()))
    readable_already = [kind for kind, colour in raw.items() if _worst(colour) >= READABLE]
    assert readable_already and all(kept[kind] == raw[kind] for kind in readable_already)


def test_the_report_carries_the_readable_rules(analysis):
    document = to_html(analysis, style="monokai")
    assert css_rules("monokai", prefix=".hl", grounds=grounds()) in document
