"""News prose as Pygments tokens: quotations, figures, money, dates and attributions.

One lexer and one style lookup serve the terminal (Rich styles) and the HTML
report (CSS), so both highlight the same words the same way. Lives outside
``reader.core`` because the core never imports pygments.

Promises:

* :func:`lex` returns ``(start, end, token_type)`` triples with offsets into the
  text given, sorted, non-overlapping, covering only highlighted stretches;
  plain prose is left out.
* A quotation (curly or straight double quotes, or curly single quotes that open
  at a word boundary) is one :data:`QUOTE` token per stretch, and it may span
  sentences; figures and dates inside it keep their own token.
* :func:`rich_styles` gives a Rich style per token type for a Pygments style name;
  with ``no_color`` every type still differs from plain text by an attribute
  (italic, bold, underline or dim), as ``NO_COLOR`` demands; with ``grounds`` (the
  colours the text stands on), every colour reads at :data:`READABLE` or better on each.
"""

from __future__ import annotations

from functools import lru_cache

from pygments.lexer import RegexLexer, include, words
from pygments.style import StyleMeta
from pygments.styles import get_all_styles, get_style_by_name
from pygments.token import Keyword, Literal, Name, Number, String, Text, Whitespace, _TokenType
from pygments.util import ClassNotFound
from rich.color import Color
from rich.style import Style

from reader.core.vocabulary import MARKED_REPORTING_VERBS, MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS

QUOTE = String.Double
NUMBER = Number
MONEY = Number.Money
PERCENT = Number.Percent
DATE = Literal.Date
ATTRIBUTION = Keyword.Attribution

HIGHLIGHTED: tuple[_TokenType, ...] = (QUOTE, NUMBER, MONEY, PERCENT, DATE, ATTRIBUTION)
"""Every token type the lexer emits that is drawn differently from prose."""

# Styles rarely colour Literal.Date; Name.Constant is coloured by nearly all.
_FALLBACK = {DATE: Name.Constant, ATTRIBUTION: Keyword}

_NO_COLOR = {
    QUOTE: Style(italic=True),
    NUMBER: Style(bold=True),
    MONEY: Style(bold=True),
    PERCENT: Style(bold=True),
    DATE: Style(bold=True, italic=True),
    ATTRIBUTION: Style(dim=True, italic=True),
}

DARK_DEFAULT = "monokai"
LIGHT_DEFAULT = "friendly"

READABLE = 4.5
"""The contrast (WCAG's, for text) a highlighted word keeps against the ground it stands on. A
style's colours were picked against its own background, which the reader leaves out: friendly's
dates stood at 1.75:1, its figures at 2.3:1, on the light theme, the faintest words on screen
being the ones a fact-checker checks."""


def _month_forms() -> str:
    """Each month as a capital writes it: whole, or by a short name, with or without a full stop."""
    forms = []
    for name in MONTHS:
        shorts = sorted((short for short in MONTH_ABBREVIATIONS if name.startswith(short)), key=len, reverse=True)
        forms += [rf"{short.title()}(?:{name[len(short):]}|\.)?" for short in shorts] or [name.title()]
    return "|".join(forms)


_MONTHS = _month_forms()
_MONTH = rf"(?:{_MONTHS})"
_FIGURE = r"\d+(?:,\d{3})*(?:\.\d+)?"
_WEEKDAY = rf"(?:{'|'.join(day.title() for day in WEEKDAYS)})"
_SCALE = r"(?:\s(?:million|billion|trillion|thousand|bn|m)\b)?"
_ATTRIBUTION_WORDS = tuple(sorted(MARKED_REPORTING_VERBS))


_DATE_WORDS = ("last", "next", "this", "early", "late")


def _word_run(excluded: tuple[str, ...], space: str) -> str:
    """Lower-case words, each followed by ``space``, none of them ``excluded``: one token for the run, not
    two per word tried against every rule (the lexer's time went there). A highlight starts with a digit,
    a capital (months, weekdays, a currency's letters), a quotation mark, an attribution word or a word
    of :data:`_DATE_WORDS` ("last week"), so a run ends before any and the highlights found are those
    found a word at a time."""
    return rf"(?:(?!(?:{'|'.join(excluded)})\b)[a-z]\w*{space})+"


def _quotation(closing: str, closer: str, *, word_tail: str = "") -> list:
    """Lexer rules inside a quotation ending at ``closing`` (a regex; ``closer`` is its character)."""
    return [
        (closing, QUOTE, "#pop"),
        (r"\n", Whitespace, "#pop"),
        (_word_run(_DATE_WORDS, r"[^\S\n]+"), QUOTE),  # a paragraph end still closes the quotation
        include("figures"),
        (r"[^\W\d_]\w*" + word_tail, QUOTE),
        (rf"[^\w{closer}\n$\u20ac\u00a3\u00a5]+", QUOTE),
        (r".", QUOTE),
    ]


class NewsProseLexer(RegexLexer):
    """Highlights what a reader checks across reports: who said what, and the numbers."""

    name = "News prose"
    aliases = ["news", "newsprose"]
    filenames: list[str] = []

    tokens = {
        "figures": [
            # Dates before plain numbers, so "Oct. 3, 2020" is one token.
            (_MONTH + r"\s\d{1,2}(?:st|nd|rd|th)?(?:,\s\d{4})?\b", DATE),
            (_MONTH + r"\s\d{4}\b", DATE),
            (r"\b(?:[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate)\s(?:" + _MONTHS + r"|week|month|year|" + _WEEKDAY + r")\b", DATE),
            (r"\b" + _WEEKDAY + r"\b", DATE),
            (r"\b(?:1[89]|20)\d{2}s?\b", DATE),
            (r"(?:[A-Z][A-Za-z]{0,2})?[$\u20ac\u00a3\u00a5]" + _FIGURE + _SCALE, MONEY),
            (_FIGURE + r"\s?(?:%|per\scent\b|percent\b)", PERCENT),
            (_FIGURE + _SCALE, NUMBER),
        ],
        "root": [
            (_word_run((*_ATTRIBUTION_WORDS, "according", *_DATE_WORDS), r"\s+"), Text),
            include("figures"),
            (r"\u201c", QUOTE, "curly"),
            (r"(?<![\w\u2019])\u2018", QUOTE, "single"),
            (r'"', QUOTE, "straight"),
            (r"\baccording to\b", ATTRIBUTION),
            (words(_ATTRIBUTION_WORDS, prefix=r"\b", suffix=r"\b"), ATTRIBUTION),
            (r"[^\W\d_]\w*", Text),
            (r"\s+", Whitespace),
            (r".", Text),
        ],
        # Inside a quotation figures keep their own token; a paragraph end closes it.
        "curly": _quotation(r"\u201d", "\u201d"),
        "single": _quotation(r"\u2019(?![A-Za-z])", "\u2019", word_tail=r"(?:\u2019[a-z]+)*"),
        "straight": _quotation(r'"', '"'),
    }


_LEXER = NewsProseLexer(stripnl=False, ensurenl=False)


def lex(text: str) -> list[tuple[int, int, _TokenType]]:
    """Highlighted stretches of ``text``: sorted, non-overlapping, adjacent equal tokens merged."""
    runs: list[tuple[int, int, _TokenType]] = []
    for start, token, value in _LEXER.get_tokens_unprocessed(text):
        if token not in HIGHLIGHTED or not value:
            continue
        end = start + len(value)
        if runs and runs[-1][2] is token and runs[-1][1] == start:
            runs[-1] = (runs[-1][0], end, token)
        else:
            runs.append((start, end, token))
    return runs


@lru_cache(maxsize=None)
def style_names(dark: bool | None = None) -> tuple[str, ...]:
    """Every Pygments style, sorted; with ``dark``, only those drawn on a background of that kind.

    A style's colours are chosen against its own background, which the reader leaves out (see
    :func:`rich_styles`): a dark style's pale figures vanish on a light theme, and the other way.
    Found once: finding them imports each style's module and asks every installed package for
    plugins (~100 ms, which the reader's first frame with colours spent on the UI thread); the
    reader looks for them only to check a style chosen (:func:`style_for`), in its analysis worker.
    """
    return tuple(name for name in sorted(get_all_styles()) if dark is None or _is_dark(name) == dark)


def style_for(name: str, dark: bool) -> str:
    """``name`` if it suits a theme of this kind, else that theme's default style. No name (none
    chosen) is no style: the styles are not looked for then (see :func:`style_names`)."""
    return name if name and name in style_names(dark) else default_style(dark)


def default_style(dark: bool) -> str:
    return DARK_DEFAULT if dark else LIGHT_DEFAULT


@lru_cache(maxsize=None)
def _is_dark(name: str) -> bool:
    red, green, blue = Color.parse(_style_class(name).background_color or "#ffffff").get_truecolor()
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue < 128  # relative luminance, below half


def _style_class(name: str) -> StyleMeta:
    try:
        return get_style_by_name(name)
    except ClassNotFound:
        return get_style_by_name(DARK_DEFAULT)


def _lookup(style: StyleMeta, token: _TokenType) -> dict:
    # Our own subtypes (Number.Money) are unknown to styles: use the nearest known parent.
    while not style.styles_token(token) and token.parent is not None:
        token = token.parent
    return style.style_for_token(token)


def _definition(style: StyleMeta, token: _TokenType) -> dict:
    found = _lookup(style, token)
    fallback = _FALLBACK.get(token)
    if fallback is not None and not found["color"]:
        found = _lookup(style, fallback)
    return found


@lru_cache(maxsize=64)
def rich_styles(name: str, *, no_color: bool = False, grounds: tuple[str, ...] = ()) -> dict[_TokenType, Style]:
    """A Rich style per highlighted token type; foreground colour and attributes only.

    The style's background is ignored so highlights sit on the app's theme; ``grounds`` (``#rrggbb``,
    the theme's) are what they stand on instead, each colour made to read there (:func:`readable`).
    Unknown names fall back to the dark default rather than failing.
    """
    if no_color:
        return dict(_NO_COLOR)
    style = _style_class(name)
    table: dict[_TokenType, Style] = {}
    for token in HIGHLIGHTED:
        found = _definition(style, token)
        table[token] = Style(
            color=readable(f"#{found['color']}", grounds) if found["color"] else None,
            bold=found["bold"] or None,
            italic=found["italic"] or (token is QUOTE) or None,
            underline=found["underline"] or None,
        )
    return table


def readable(color: str, grounds: tuple[str, ...]) -> str:
    """``color`` (``#rrggbb``), or the nearest colour of its hue that reads at :data:`READABLE` on
    every one of ``grounds``: mixed step by step towards black on light grounds (those black reads
    better on than white), towards white on dark ones."""
    if not grounds:
        return color
    rgb, bases = _rgb(color), [_rgb(ground) for ground in grounds]
    black, white = (0, 0, 0), (255, 255, 255)
    end = black if sum(_contrast(base, black) - _contrast(base, white) for base in bases) >= 0 else white
    for step in range(21):
        mixed = tuple(round(c + (e - c) * step / 20) for c, e in zip(rgb, end))
        if all(_contrast(mixed, base) >= READABLE for base in bases):
            return "#{:02x}{:02x}{:02x}".format(*mixed)
    return "#{:02x}{:02x}{:02x}".format(*end)  # pragma: no cover - black or white reads on any one ground


def _rgb(color: str) -> tuple[int, int, int]:
    return tuple(Color.parse(color).get_truecolor())


def _luminance(rgb: tuple[int, ...]) -> float:
    """Relative luminance (sRGB, as WCAG defines it)."""
    linear = [c / 255 / 12.92 if c / 255 <= 0.04045 else ((c / 255 + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(one: tuple[int, ...], two: tuple[int, ...]) -> float:
    """WCAG's contrast ratio of two colours, 1 to 21."""
    bright, dark = sorted((_luminance(one), _luminance(two)), reverse=True)
    return (bright + 0.05) / (dark + 0.05)


def css_rules(name: str, *, prefix: str = ".hl", grounds: tuple[str, ...] = ()) -> str:
    """CSS for the HTML report: one rule per token type, class names from :func:`css_class`; each
    colour made to read on every one of ``grounds`` (:func:`readable`), as the terminal's are: the
    report's page is light whatever the style, and a dark style's colours (monokai's) were picked
    for a dark background."""
    style = _style_class(name)
    rules = []
    for token in HIGHLIGHTED:
        found = _definition(style, token)
        declarations = []
        if color := found["color"]:
            declarations.append(f"color: {readable(f'#{color}', grounds)}")
        if found["bold"]:
            declarations.append("font-weight: bold")
        if found["italic"] or token is QUOTE:
            declarations.append("font-style: italic")
        if found["underline"]:
            declarations.append("text-decoration: underline")
        rules.append(f"{prefix}-{css_class(token)} {{ {'; '.join(declarations)} }}")
    return "\n".join(rules)


def css_class(token: _TokenType) -> str:
    """A stable short class name for a token type: ``quote``, ``number``, ``money`` ..."""
    return str(token).rsplit(".", 1)[-1].lower().replace("double", "quote")
