"""Wrapped, highlighted text drawn a row at a time: the one way the reader's article page and
the compare view's columns put prose on screen.

Textual's line API asks a widget only for the rows in view. What makes that cheap at any
length is here: body offsets are wrapped into rows without building any Text
(:func:`wrap_offsets`), and :class:`LineView` keeps each drawn row as a Strip under every
input that changes its look, so scrolling, moving a cursor or coming back to a report redraws
only the rows whose look changed, whether the text has thirty rows or thirty thousand.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Hashable

from rich.cells import cell_len, get_character_cell_size
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.ui.render import NumberRoom, PaletteMixin

_WORD = re.compile(r"\S+")
_TO_LAST_SPACE = re.compile(r".*\s", re.S)
"""From a row's start to the last space within the row (greedy)."""


def wrap_offsets(body: str, start: int, end: int, width: int, room: NumberRoom | None = None) -> list[tuple[int, int]]:
    """Greedy word wrap of ``body[start:end]`` into ``(start, end)`` rows of at most ``width`` cells.

    Words longer than a row are split; spaces between rows are dropped. Wide
    characters (CJK, emoji) count the two cells a terminal gives them: a row
    measured in characters would be cropped at the pane's edge, losing words.
    ``room`` says where entities' numbers take cells beyond the text's own.
    """
    width = max(1, width)
    narrow = body.isascii() if end - start == len(body) else body[start:end].isascii()
    if narrow and (room is None or not room.between(start, end)):
        return _wrap_narrow(body, start, end, width)

    def text_cells(a: int, b: int) -> int:
        return b - a if narrow else cell_len(body[a:b])

    # The numbers' cells up to an offset: a pointer walks the numbers with the words, a binary
    # search places each row's start, so rows cost what they did without numbers.
    ends, added = (room.ends, room.added) if room is not None else ((), (0,))
    seen = before = 0  # the numbers up to the word read; their cells before the row's start

    def row_begins(offset: int) -> int:
        return added[bisect_right(ends, offset)] if ends else 0

    rows: list[tuple[int, int]] = []
    row_start = row_end = None
    for match in _WORD.finditer(body, start, end):
        w_start, w_end = match.span()
        while seen < len(ends) and ends[seen] <= w_end:
            seen += 1
        if row_start is None:
            row_start, row_end, before = w_start, w_end, row_begins(w_start)
        elif text_cells(row_start, w_end) + added[seen] - before <= width:
            row_end = w_end
            continue
        else:
            rows.append((row_start, row_end))
            row_start, row_end, before = w_start, w_end, row_begins(w_start)
        while text_cells(row_start, row_end) > width:  # a word longer than a row (its number may overflow)
            cut = row_start + width if narrow else _fit(body, row_start, row_end, width)
            rows.append((row_start, cut))
            row_start, before = cut, row_begins(cut)
    if row_start is not None:
        rows.append((row_start, row_end))
    return rows


def _wrap_narrow(body: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """:func:`wrap_offsets` for text of one cell a character: each row ends at the last space a
    row's width holds (a regex search in C), not word by word, so a long report wraps at once.
    Rows with entities' numbers take the word-by-word way, which counts their cells."""
    rows: list[tuple[int, int]] = []
    word = _WORD.search(body, start, end)
    at = word.start() if word else end
    while at < end:
        if end - at <= width:  # the rest fits: up to its last word
            rows.append((at, len(body[at:end].rstrip()) + at))
            break
        within = _TO_LAST_SPACE.match(body, at, at + width + 1)
        if within is None:  # a word longer than a row: split it
            rows.append((at, at + width))
            at += width
            continue
        rows.append((at, len(body[at:within.end()].rstrip()) + at))
        word = _WORD.search(body, within.end(), end)
        at = word.start() if word else end
    return rows


def wrapped(text: str, width: int) -> list[str]:
    """The lines of ``text`` wrapped to ``width`` cells (a headline, a standfirst)."""
    return [text[a:b] for a, b in wrap_offsets(text, 0, len(text), width)]


def _fit(body: str, start: int, end: int, width: int) -> int:
    """The end of the longest start of ``body[start:end]`` within ``width`` cells (at least one character)."""
    used = 0
    for at in range(start, end):
        used += get_character_cell_size(body[at])
        if used > width:
            return max(at, start + 1)
    return end


def line_strip(line: Text, console, width: int, style: Style) -> Strip:
    """One row of text as a Strip at least ``width`` cells wide, ``style`` beneath the text's own
    (the pane's colours, or a row state such as a cursor's tint)."""
    strip = Strip([s for s in line.render(console) if s.text != "\n"] or [Segment("")])
    return strip.extend_cell_length(width).crop(0, max(width, strip.cell_length)).apply_style(style)


class LineView(PaletteMixin, ScrollView):
    """A ScrollView of text rows, each drawn once and kept as a Strip under a key naming all it
    shows (:meth:`cached_strip`).

    The cache is dropped when what every row is drawn with changes (:meth:`restyled`: the palette
    or the pane's own style), not on each restyle Textual announces: focus and hover restyle the
    pane without changing its rows, and redrawing a screenful for them made keys slow.
    """

    def __init__(self, *, id: str | None = None, rows_kept: int = 4096) -> None:
        super().__init__(id=id)
        self._strips: LRUCache[Hashable, Strip] = LRUCache(rows_kept)
        self._looks: tuple | None = None
        self._looks_stale = True

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._looks_stale = True

    def render_lines(self, crop: Region) -> list[Strip]:
        self._check_looks()
        return super().render_lines(crop)

    def _check_looks(self) -> None:
        if not self._looks_stale:
            return
        self._looks_stale = False
        looks = (self.palette(), self.rich_style, *self.row_looks())
        if looks != self._looks:
            self._looks = looks
            self._strips.clear()
            self.restyled()

    @property
    def pane_style(self) -> Style:
        """The pane's own style as of its last restyle, what its rows are drawn on: Textual's
        ``rich_style`` blends every ancestor's colours on each read, a millisecond a screenful."""
        self._check_looks()
        return self._looks[1]

    def row_looks(self) -> tuple:
        """Styles rows are drawn with besides the palette and the pane's own (a subclass's row states)."""
        return ()

    def restyled(self) -> None:
        """The looks changed and the kept rows are gone: drop anything else drawn with the old ones."""

    def set_content_size(self, size: Size) -> None:
        """Set the scrollable size without a layout pass over the whole screen.

        Assigning ``virtual_size`` re-lays out and redraws every widget; the pane's own size is
        unchanged and its width is kept whether or not it scrolls (``overflow-x: hidden``, and
        ``overflow-y: scroll`` or a stable scrollbar gutter), so updating the scrollbar's window
        (what ScrollView does when its size changes) and redrawing the pane is enough; a
        scrollbar that comes or goes asks for its own layout. It makes switching report redraw
        one pane, not the screen.
        """
        if size == self.virtual_size:
            return
        self.set_reactive(ScrollView.virtual_size, size)
        self._scroll_update(size)
        self.refresh()

    def forget_rows(self) -> None:
        """What the rows show changed (other highlights, another text): draw them again."""
        self._strips.clear()
        self.refresh()

    def cached_strip(self, key: Hashable, draw: Callable[[], Strip]) -> Strip:
        """The strip kept under ``key``, drawn by ``draw`` the first time."""
        self._check_looks()
        strip = self._strips.get(key)
        if strip is None:
            strip = self._strips[key] = draw()
        return strip
