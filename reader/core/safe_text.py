"""Make untrusted text inert: nothing in it can drive a terminal or hide from the reader.

:func:`make_inert` is applied by the loader to every article file before it is
parsed, so every later stage (analysis, UI, export) only ever sees inert text.
Its result promises:

* no C0 control except ``"\\n"``: a tab becomes one space, CRLF and a lone CR
  become ``"\\n"``, U+2028/U+2029 become ``"\\n"``, every other C0 control
  becomes its Unicode *control picture* (NUL → ``␀``, BEL → ``␇``,
  ESC → ``␛``), and DEL becomes ``␡``;
* no C1 control (U+0080–U+009F): each is shown as the ``␛`` + letter pair it
  abbreviates (U+009B CSI → ``␛[``, U+009D OSC → ``␛]``, U+0090 DCS → ``␛P``);
* so whole escape sequences survive only as visible, inert text
  (``ESC ] 52 ; c ; … BEL`` reads ``␛]52;c;…␇``): with the introducer gone no
  terminal acts on the rest, and the reader sees what was attempted;
* no bidi control: embeddings, overrides, isolates and marks (U+202A–U+202E,
  U+2066–U+2069, U+200E, U+200F, U+061C) become visible names such as
  ``⟪RLO⟫``. They are shown rather than dropped because an override in a
  quotation is itself worth seeing, and the name cannot reorder anything;
* no invisible format character: zero-width space, non-joiner and joiner,
  word joiner, soft hyphen, BOM, invisible operators, the deprecated format
  controls, interlinear annotation and tag characters (``_INVISIBLE_RANGES``)
  are *dropped*. They have no glyph and no width, so
  dropping them shows exactly what a terminal would show, while making
  ``Gar<ZWSP>neau`` the same string as ``Garneau`` for search and entity
  matching, and removing text hidden in tag characters. Emoji joined by ZWJ
  fall apart into their separate pictures, which also keeps the width a
  terminal draws equal to the width the layout computed. For the same reason
  the text/emoji presentation selectors U+FE0E and U+FE0F are dropped: Rich
  counts ``🛩️`` two columns, while tmux, xterm and VTE draw one, so the rest
  of the row (and the border) would land a column off; without the selector
  every terminal and the layout agree on the default width. The skin-tone
  modifiers U+1F3FB–U+1F3FF are dropped for the same reason: Rich counts
  ``👍`` with a modifier two columns (a lone modifier none), while terminals
  that do not join the pair (tmux, xterm, VTE) draw four, and a lone one two;
  the emoji keeps its default yellow, and every terminal draws it two wide;
* no lone surrogate (→ U+FFFD ``�``); private-use characters and
  noncharacters (whose look depends on the user's font, e.g. icon fonts that
  could imitate the interface) become their code, e.g. ``⟪U+E000⟫``;
* at most :data:`MAX_COMBINING_MARKS` combining marks (categories Mn, Me) in
  a row: a "zalgo" flood cannot smear over neighbouring lines. Accented
  letters, Vietnamese and pointed Hebrew need fewer.

Names, paths and messages leave the program one line each (a notice, a line on
stderr or stdout): :func:`inert_line` is the one function every such line goes
through. It is :func:`make_inert` with line breaks shown as marks (``␤``, ``␍``),
so a file named ``evil.md\\nfake: good.md: skipped`` cannot forge a second line.

Everything else, including wide CJK, emoji and literal markup like
``[bold red]``, is kept exactly; so are the few format characters that draw
a glyph (Arabic number signs, Egyptian hieroglyph controls). The function is
idempotent.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

MAX_COMBINING_MARKS = 4

_BIDI_NAMES = {
    0x061C: "ALM", 0x200E: "LRM", 0x200F: "RLM",
    0x202A: "LRE", 0x202B: "RLE", 0x202C: "PDF", 0x202D: "LRO", 0x202E: "RLO",
    0x2066: "LRI", 0x2067: "RLI", 0x2068: "FSI", 0x2069: "PDI",
}
_INVISIBLE_RANGES = (
    (0x00AD, 0x00AD), (0x180E, 0x180E), (0x200B, 0x200D), (0x2060, 0x2064), (0x206A, 0x206F),
    (0xFE0E, 0xFE0F), (0xFEFF, 0xFEFF), (0xFFF9, 0xFFFB), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A),
    (0xE0000, 0xE007F),
    (0x1F3FB, 0x1F3FF),  # the skin-tone modifiers: visible, but dropped for their width (above)
)
_INVISIBLE = frozenset(code for low, high in _INVISIBLE_RANGES for code in range(low, high + 1))
# One character class, kept to BMP ranges plus a single range for every astral
# character (emoji included): sre turns that into a bitmap test, about 3 ms per
# MB. Astral characters that turn out to be safe translate to themselves.
_SUSPECT = (
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e"
    "\u2060-\u206f\ud800-\udfff\ue000-\uf8ff\ufdd0-\ufdef\ufe0e\ufe0f\ufeff\ufff9-\ufffb"
    "\ufffe\uffff\U00010000-\U0010ffff]"
)


@cache
def _suspect_runs() -> re.Pattern[str]:
    """Compiled when first needed (a millisecond): most prose never holds a suspect character
    (see :func:`_may_hold_suspects`), and the reader's first paint need not wait for it."""
    # "XX*" rather than "X+", and a repeated class rather than "{5,}": sre scans
    # these several times faster.
    return re.compile(_SUSPECT + _SUSPECT + "*")


# Runs of 5+ characters that are neither word, space nor below U+0300: the only
# places a flood of combining marks can be; rare in prose, so checked one by one.
_MAYBE_MARK = r"[^\x00-\u02ff\w\s]"
_MARK_RUN_CANDIDATE = re.compile(_MAYBE_MARK * (MAX_COMBINING_MARKS + 1) + _MAYBE_MARK + "*")
_PLAIN_ASCII = bytes(range(0x20, 0x7F)) + b"\n"
# Printable, so not found by ``str.isprintable``, yet changed (dropped) by the scan.
_PRINTABLE_DROPPED = ("\ufe0e", "\ufe0f", *map(chr, range(0x1F3FB, 0x1F400)))


def _visible_form(code: int) -> str:
    """What one suspect code point becomes (see the module docstring)."""
    if code == 0x09:
        return " "
    if code == 0x0D or code in (0x2028, 0x2029):
        return "\n"
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    if code <= 0x9F:
        return "\u241b" + chr(code - 0x40)
    if code in _BIDI_NAMES:
        return f"\u27ea{_BIDI_NAMES[code]}\u27eb"
    if code in _INVISIBLE:
        return ""
    if 0xD800 <= code <= 0xDFFF:
        return "\ufffd"
    if _is_private_or_noncharacter(code):
        return f"\u27eaU+{code:04X}\u27eb"
    return chr(code)


def _is_private_or_noncharacter(code: int) -> bool:
    return (
        0xE000 <= code <= 0xF8FF
        or (code >= 0xF0000 and code & 0xFFFF < 0xFFFE)
        or 0xFDD0 <= code <= 0xFDEF
        or code & 0xFFFE == 0xFFFE
    )


class _VisibleForms(dict):
    """A ``str.translate`` table filled on first sight of each code point."""

    def __missing__(self, code: int) -> str:
        self[code] = form = _visible_form(code)
        return form


_TABLE = _VisibleForms()


def _cap_marks(match: re.Match[str]) -> str:
    kept = []
    in_a_row = 0
    for char in match.group():
        in_a_row = in_a_row + 1 if unicodedata.category(char) in ("Mn", "Me") else 0
        if in_a_row <= MAX_COMBINING_MARKS:
            kept.append(char)
    return "".join(kept)


def is_plain_ascii(text: str) -> bool:
    """Printable ASCII and line feeds only: nothing in it that :func:`make_inert` would change.

    A C-speed check (about 0.5 ms per MB, against about 7 for the regex scan) that
    lets plain files skip the scan when a dossier loads.
    """
    return text.isascii() and not text.encode("ascii").translate(None, _PLAIN_ASCII)


def _shown(text: str) -> str:
    """Every suspect character of ``text`` in its visible form (the suspect scan)."""
    return _suspect_runs().sub(lambda match: match.group().translate(_TABLE), text)


def _may_hold_suspects(text: str) -> bool:
    """Whether ``text`` may hold a character the suspect scan changes, by a C-speed check.

    Every character whose visible form differs from itself is a control (Cc, the carriage
    return included), a format character (Cf), a line or paragraph separator (Zl, Zp), a
    surrogate (Cs), a private-use character (Co) or a noncharacter (Cn), none of which
    ``str.isprintable`` accepts, but for the presentation selectors (Mn) and the skin-tone
    modifiers (Sk), looked for apart (the latter at no cost in text without astral characters:
    a search for a character wider than any the string can hold ends at once).
    """
    return not text.replace("\n", "").isprintable() or any(char in text for char in _PRINTABLE_DROPPED)


def make_inert(text: str) -> str:
    """``text`` with every control made visible, invisible characters dropped and mark floods capped."""
    if is_plain_ascii(text):
        return text
    if _may_hold_suspects(text):
        text = _shown(text.replace("\r\n", "\n"))
    return _MARK_RUN_CANDIDATE.sub(_cap_marks, text)


_LINE_BREAKS = str.maketrans({"\n": "\u2424", "\r": "\u240d", "\u2028": "\u2424", "\u2029": "\u2424"})


def inert_line(text: object) -> str:
    """``text`` (a name, a path, a message quoting them) made inert and kept on one line.

    Every line the program writes to a terminal or a log goes through this: a line break
    in a file name becomes a visible ``␤`` (``␍`` for a carriage return), never a new line.
    """
    return make_inert(str(text).translate(_LINE_BREAKS))
