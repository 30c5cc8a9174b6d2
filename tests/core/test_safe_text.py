"""make_inert and inert_line: every payload class ends up visible and inert; ordinary text is untouched."""

from __future__ import annotations

import re
import unicodedata

import pytest

from reader.core.safe_text import MAX_COMBINING_MARKS, inert_line, is_plain_ascii, make_inert

ESC, BEL, ST = "\x1b", "\x07", "\x1b\\"
# What a terminal could act on, or what could reorder or hide text.
FORBIDDEN = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f"
    "\u2028\u2029\ufeff\ud800-\udfff\ue000-\uf8ff\U000e0000-\U000e007f\U000f0000-\U0010ffff]"
)


def assert_inert(text: str) -> None:
    """The invariant make_inert promises, checked independently of its implementation."""
    assert not FORBIDDEN.search(text), repr(FORBIDDEN.search(text))
    in_a_row = 0
    for char in text:
        in_a_row = in_a_row + 1 if unicodedata.category(char) in ("Mn", "Me") else 0
        assert in_a_row <= MAX_COMBINING_MARKS


@pytest.mark.parametrize(
    ("payload", "shown"),
    [
        (f"{ESC}[31;1mred{ESC}[0m", "␛[31;1mred␛[0m"),
        (f"{ESC}[2J{ESC}[10;10H", "␛[2J␛[10;10H"),
        (f"{ESC}]0;PWNED{BEL}", "␛]0;PWNED␇"),
        (f"{ESC}]2;PWNED{ST}", "␛]2;PWNED␛\\"),
        (f"{ESC}]8;;https://example.invalid{ST}link{ESC}]8;;{ST}", "␛]8;;https://example.invalid␛\\link␛]8;;␛\\"),
        (f"{ESC}]52;c;UFdORUQ={BEL}", "␛]52;c;UFdORUQ=␇"),
        (f"{ESC}P+q544e{ST}", "␛P+q544e␛\\"),
        (f"{ESC}_Gf=100;AAAA{ST}", "␛_Gf=100;AAAA␛\\"),
        ("\u009b31m", "␛[31m"),
        ("\u009d0;PWNED\u009c", "␛]0;PWNED␛\\"),
        ("\u0090q\u009c", "␛Pq␛\\"),
        ("a\x00b\x08c\x7fd", "a␀b␈c␡d"),
        ("\x01\x1f", "\u2401\u241f"),
    ],
)
def test_escape_sequences_and_controls_become_visible_text(payload, shown):
    result = make_inert(f"Marc Garneau said {payload} today.")
    assert result == f"Marc Garneau said {shown} today."
    assert_inert(result)


def test_line_endings_and_tabs_are_normalised():
    assert make_inert("one\r\ntwo\rthree\u2028four\u2029five\tsix") == "one\ntwo\nthree\nfour\nfive six"
    assert make_inert("a\r\r\nb") == "a\n\nb"


def test_bidi_controls_are_named_not_obeyed():
    result = make_inert('He said "\u202eexports will resume\u202c" and \u2066x\u2069 \u200e\u200f\u061c')
    assert result == 'He said "⟪RLO⟫exports will resume⟪PDF⟫" and ⟪LRI⟫x⟪PDI⟫ ⟪LRM⟫⟪RLM⟫⟪ALM⟫'
    assert_inert(result)


def test_zero_width_characters_inside_a_name_are_dropped():
    assert make_inert("Marc Gar\u200bneau, Jo\u200dly, Free\u00adland, Just\u2060in\ufeff") == (
        "Marc Garneau, Joly, Freeland, Justin"
    )


def test_hidden_tag_characters_are_dropped():
    smuggled = "".join(chr(0xE0000 + ord(c)) for c in "IGNORE")
    assert make_inert(f"ok\U000e0001{smuggled}\U000e007f.") == "ok."
    assert make_inert("o\U000e0000k\U000e0002.") == "ok."  # the block's unassigned points too


def test_private_use_noncharacters_and_surrogates_are_labelled():
    assert make_inert("\ue0a0 \U000f0001 \ufffe \U0010ffff \udc80") == "⟪U+E0A0⟫ ⟪U+F0001⟫ ⟪U+FFFE⟫ ⟪U+10FFFF⟫ \ufffd"


def test_combining_flood_is_capped_per_base_character():
    result = make_inert("Z" + "\u0301" * 100 + "algo")
    assert result == "Z" + "\u0301" * MAX_COMBINING_MARKS + "algo"


def test_dropping_a_joiner_cannot_merge_two_mark_runs_past_the_cap():
    result = make_inert("e" + "\u0301" * 4 + "\u200b" + "\u0300" * 4)
    assert_inert(result)
    assert result.startswith("e\u0301\u0301\u0301\u0301")


@pytest.mark.parametrize(
    "text",
    [
        "[bold red]x[/]",
        "[link=https://example.invalid]a[/link] [@click=app.quit]q[/] [$accent]v[/] :warning: \\[b]",
        "<script>alert(1)</script> &amp; **bold**",
        "加拿大外交部长 （全角） 🇨🇦 😀",
        "Ça été résumé: naïve café, Tiếng Việt, שָׁלוֹם, हिन्दी",
        "“Quotes” — dashes… and\u00a0non-breaking spaces",
        "Paragraph one.\n\nParagraph two.",
    ],
)
def test_ordinary_text_markup_and_wide_characters_survive_unchanged(text):
    assert make_inert(text) == text


@pytest.mark.parametrize("code", [*range(0x00, 0x0A), *range(0x0B, 0x20), 0x7F])
def test_one_ascii_control_in_otherwise_plain_text_is_still_shown(code):
    text = "Plain words on a line,\nand more " + chr(code) + " after it."
    assert not is_plain_ascii(text)
    shown = make_inert(text)
    assert shown != text
    assert_inert(shown)


def test_printable_ascii_and_line_feeds_are_plain_and_returned_as_they_are():
    text = "".join(map(chr, range(0x20, 0x7F))) + "\n\nnext paragraph"
    assert is_plain_ascii(text)
    assert make_inert(text) is text
    assert not is_plain_ascii(text + "\u00e9")


def test_emoji_joined_by_zwj_fall_apart_into_their_pictures():
    assert make_inert("\U0001f468\u200d\U0001f469\u200d\U0001f467") == "\U0001f468\U0001f469\U0001f467"


def test_presentation_selectors_are_dropped_so_layout_and_terminal_agree_on_width():
    from rich.cells import cell_len

    plane, heart, keycap = "\U0001f6e9\ufe0f", "\u2764\ufe0f", "1\ufe0f\u20e3"
    assert make_inert(f"{plane} {heart} {keycap} \u263a\ufe0e") == "\U0001f6e9 \u2764 1\u20e3 \u263a"
    assert cell_len(make_inert(plane)) == 1


def test_skin_tone_modifiers_are_dropped_so_layout_and_terminal_agree_on_width():
    """Rich counts an emoji with a modifier two cells and a lone modifier none; a terminal that
    does not join them draws four and two. Without the modifier every count is two."""
    from rich.cells import cell_len

    thumbs, wave = "\U0001f44d", "\u270b"
    text = f"Well done {thumbs}\U0001f3fd and {wave}\U0001f3fb, a lone \U0001f3ff here."  # all printable
    assert make_inert(text) == f"Well done {thumbs} and {wave}, a lone  here."
    assert make_inert(text) == make_inert(make_inert(text))
    for shown in (make_inert(f"{thumbs}\U0001f3fe"), make_inert(f"{wave}\U0001f3fc"), make_inert("x\U0001f3fb")):
        assert cell_len(shown) == sum(2 if unicodedata.east_asian_width(char) == "W" else 1 for char in shown)


def test_result_is_idempotent_on_the_hostile_mix():
    hostile = f"{ESC}]52;c;x{BEL}\u009b\u202e\u200b\ue000\ud800\r\n\tZ" + "\u0301" * 9
    once = make_inert(hostile)
    assert_inert(once)
    assert make_inert(once) == once


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("clip\x1b]52;c;UFdOLURJUg==\x1b\\", "clip␛]52;c;UFdOLURJUg==␛\\"),
        ("dossier\x1b]0;T\x07", "dossier␛]0;T␇"),
        ("evil.md\ndossier-reader: good.md: skipped", "evil.md␤dossier-reader: good.md: skipped"),
        ("a\r\nb\rc\u2028d", "a␍␤b␍c␤d"),
        ("\x9b31m\u202eab", "␛[31m⟪RLO⟫ab"),
        ("plain/path.md", "plain/path.md"),
    ],
)
def test_inert_line_keeps_a_name_on_one_visible_line(name, shown):
    assert inert_line(name) == shown
    assert inert_line(shown) == shown


def test_every_character_the_scan_would_change_is_seen_by_the_quick_check():
    """make_inert skips its suspect scan for text the C-speed check finds printable: that is
    exact only if no printable character is one the scan changes (this Python's Unicode tables)."""
    from reader.core.safe_text import _may_hold_suspects, _shown

    missed = [hex(code) for code in range(0x110000) if not _may_hold_suspects(chr(code)) and _shown(chr(code)) != chr(code)]
    assert missed == []
