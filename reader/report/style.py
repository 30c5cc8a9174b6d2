"""The look of the HTML report: one inline stylesheet, no external resource.

Kept apart from :mod:`reader.report.html` so the markup builder stays readable.
Colours are fixed for a light page (``color-scheme: light``): the report is a
document to print or share, not a themed view. Every difference type differs
from the others by its underline style as well as its colour, so the marks
stay distinct in grey-scale print; the words of quotations, figures and dates
take their colours from the chosen Pygments style (:func:`reader.report.highlight.css_rules`),
each darkened where it would read under 4.5:1 on any of the page's :func:`grounds`.
"""

from __future__ import annotations

import re

SOURCE_COLOURS = ("#1f5fa8", "#b3261e", "#2e7d32", "#7b3fa0", "#c05a00", "#00838f", "#6d4c41", "#ad1457")
"""One colour per report, by the report's place in the dossier (wrapping after eight)."""

DIFF_COLOURS = {
    "stance": ("#b71c1c", "#fde0dc", "double"),
    "framing": ("#7b1fa2", "#f3e5f5", "double"),
    "number": ("#c62828", "#ffebee", "solid"),
    "hedge": ("#e65100", "#fff3e0", "dotted"),
    "attribution": ("#1565c0", "#e3f2fd", "dashed"),
    "name": ("#00695c", "#e0f2f1", "solid"),
    "clause": ("#2e7d32", "#e8f5e9", "solid"),
    "wording": ("#6d6d00", "#fdfbe3", "dotted"),
    "typography": ("#757575", "#f5f5f5", "dotted"),
}
"""Per difference type: ink, background and underline style."""

BASE_CSS = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #fafafa; color: #1d1d1f;
       font: 15px/1.5 Georgia, "DejaVu Serif", "Times New Roman", serif; }
header, main { max-width: 88rem; margin: 0 auto; padding: 0 1.25rem; }
header { padding-top: 1rem; }
h1, h2, h3, h4, th, nav, .meta, .legend, .tag, .outlet, caption, summary {
  font-family: "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; }
h1 { font-size: 1.6rem; margin: .5rem 0; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; padding-bottom: .2rem; border-bottom: 2px solid #d0d0d0; }
h3 { font-size: 1rem; margin: 1.25rem 0 .4rem; }
nav { font-size: .9rem; }
nav a { margin-right: .9rem; }
a { color: #1f5fa8; }
p.note, .meta { color: #555; font-size: .88rem; }
table { border-collapse: collapse; margin: .4rem 0 1rem; background: #fff; }
th, td { border: 1px solid #ddd; padding: .25rem .5rem; vertical-align: top; text-align: left; }
th { background: #f0f0f0; font-size: .85rem; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.wide { max-width: 100%; overflow-x: auto; }
.wide > table { margin-bottom: .4rem; }
.matrix td.cell, .matrix th.src { text-align: center; min-width: 2.4rem; }
.matrix th.src .cut { white-space: nowrap; }
.matrix td.excerpt { min-width: 16rem; max-width: 36rem; font-size: .9rem; }
.matrix td.cell.no { color: #bbb; }
.swatch { display: inline-block; width: .8rem; height: .8rem; border-radius: 2px; margin-right: .35rem;
          vertical-align: baseline; background: currentColor; }
.link { background: #fff; border: 1px solid #e0e0e0; border-radius: 6px; padding: .4rem .8rem .8rem;
        margin: 1rem 0; }
.link h3 { margin-top: .4rem; }
.columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); gap: .8rem; }
.column { border-top: 4px solid currentColor; padding-top: .3rem; }
.column .passage { color: #1d1d1f; white-space: pre-line; }
.column .passage .lead { color: #777; font-style: italic; }
.outlet { font-weight: bold; font-size: .88rem; }
.column.reference .outlet::after { content: " \\2014 reference"; font-weight: normal; color: #777; }
ins.diff, del.diff { text-decoration: none; padding: 0 .1em; border-radius: 2px; }
del.diff { text-decoration: line-through; opacity: .8; margin: 0 .2em; }
ins.diff { border-bottom-width: 2px; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; font-size: .88rem; margin: .4rem 0; }
.legend span.key { padding: 0 .3em; }
.quote-group, .figure-list { background: #fff; border: 1px solid #e0e0e0; border-radius: 6px;
                             padding: .3rem .8rem .6rem; margin: .8rem 0; }
.quote-group ul, .figure-list ul { margin: .3rem 0; padding-left: 1.2rem; }
.flags { color: #8a3b00; font-size: .9rem; }
.conflict { color: #b3261e; font-weight: bold; }
.agree { color: #2e7d32; font-weight: bold; }
details { background: #fff; border: 1px solid #e0e0e0; border-radius: 6px; padding: .3rem .8rem; margin: .5rem 0; }
summary { cursor: pointer; font-weight: bold; }
.problems li { font-family: "DejaVu Sans Mono", monospace; font-size: .88rem; }
@media print { details { break-inside: avoid; } .link { break-inside: avoid; } }
"""


def source_css() -> str:
    """``.src-N`` rules: the report's colour as text colour (columns, swatches, matrix marks)."""
    return "\n".join(f".src-{i} {{ color: {colour}; }}" for i, colour in enumerate(SOURCE_COLOURS))


def diff_css() -> str:
    """``.t-TYPE`` rules for marked differences and the legend."""
    return "\n".join(
        f".t-{kind} {{ background: {back}; color: {ink}; border-bottom: 2px {line} {ink}; }}"
        for kind, (ink, back, line) in DIFF_COLOURS.items()
    )


_BACKGROUND = re.compile(r"\bbackground: #([0-9a-f]{6}|[0-9a-f]{3})\b")


def grounds() -> tuple[str, ...]:
    """Every colour the report's words stand on (``#rrggbb``): the page, its boxes and table heads, and
    each marked difference's background, as the stylesheet gives them (read from it, so a colour
    added there is one the highlights are made to read on)."""
    found = _BACKGROUND.findall(BASE_CSS + diff_css())
    return tuple(dict.fromkeys(f"#{c if len(c) == 6 else ''.join(d * 2 for d in c)}" for c in found))
