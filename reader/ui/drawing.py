"""Wrapped, highlighted text drawn a row at a time: the one way the reader's article page and
the compare view's columns put prose on screen.

Textual's line API asks a widget only for the rows in view. What makes that cheap at any
length is here: body offsets are wrapped into rows without building any Text
(:func:`wrap_offsets`), and :class:`LineView` keeps each drawn row as a Strip under every
input that changes its look, and each row's finished line (the pane's border and padding
added) under that Strip (:class:`RowStylesCache`), so scrolling, moving a cursor or coming back
to a report draws and finishes only the rows whose look changed, whether the text has thirty
rows or thirty thousand.
"""

from __future__ import annotations

import re
from asyncio import get_running_loop
from bisect import bisect_right
from collections.abc import Callable, Hashable, Iterable, Iterator
from functools import partial
from time import perf_counter
from typing import TYPE_CHECKING, ClassVar, Self

from rich.cells import cell_len, get_character_cell_size
from rich.color import Color
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual._styles_cache import StylesCache
from textual.cache import LRUCache
from textual.color import Color as TextualColor
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.scrollbar import ScrollBar
from textual.strip import Strip

if TYPE_CHECKING:
    from textual.css.styles import StylesBase
    from textual.message_pump import MessagePump

from reader.ui.render import NumberRoom, Palette, PaletteMixin, SentenceBounds

AHEAD_TURN = 0.001
"""Seconds of drawing ahead per turn: a key waits for one turn at most at each of the hops its
handling takes (a row costs 0.1 to 0.5 ms: eight rows a turn were 2 to 4 ms)."""


KEY_FRAME = 0.04
"""Seconds after a key or click in which no turn is taken: the key's frame comes first (with the
screen's next update, up to 1/60 s after the key is handled), not after turns taken meanwhile."""


def next_turn(pump: MessagePump, callback: Callable[..., object], *args: object) -> None:
    """Queue ``callback(*args)`` on ``pump`` once the event loop has run: a key come meanwhile from
    the input thread, and a frame's timer, go first. ``call_later`` alone queues behind the pump's
    messages only, and a pump with messages waiting never lets the loop run: a chain of turns so
    queued kept every key typed meanwhile, and the frame of the key before, waiting for all of
    them (measured: 100 turns of 1 ms chained, not one tick of a 5 ms timer between). Within
    :data:`KEY_FRAME` of a key (the app's ``quiet_for``), the turn waits for the key's frame."""
    wait = KEY_FRAME - getattr(pump.app, "quiet_for", KEY_FRAME)
    if wait > 0:
        pump.set_timer(wait, partial(next_turn, pump, callback, *args))
    else:
        get_running_loop().call_soon(pump.call_later, _taken, pump, callback, *args)


def _taken(pump: MessagePump, callback: Callable[..., object], *args: object) -> None:
    """A turn, unless the app is shutting down: its screens go (and what they lend the rows drawn
    ahead, such as the palette) while the turns queued are still handled."""
    if pump.app.is_running:
        callback(*args)


def drawn_for_a_turn(steps: Iterator[None]) -> bool:
    """Take ``steps`` (each draws a row ahead) for one :data:`AHEAD_TURN`; whether they are all done."""
    turn_ends = perf_counter() + AHEAD_TURN
    while perf_counter() < turn_ends:
        if next(steps, True):
            return True
    return False


_WORD = re.compile(r"\S+")
_TO_LAST_SPACE = re.compile(r".*\s", re.S)
"""From a row's start to the last space within the row (greedy)."""
FINISHED_LINES_KEPT = 256
"""Finished lines a pane keeps under their rows (:class:`RowStylesCache`): a few screenfuls."""


def wrap_offsets(body: str, start: int, end: int, width: int, room: NumberRoom | None = None,
                 sentences: SentenceBounds | None = None) -> list[tuple[int, int]]:
    """Greedy word wrap of ``body[start:end]`` into ``(start, end)`` rows of at most ``width`` cells.

    Words longer than a row are split; spaces between rows are dropped. Wide
    characters (CJK, emoji) count the two cells a terminal gives them: a row
    measured in characters would be cropped at the pane's edge, losing words.
    ``room`` says where entities' numbers take cells beyond the text's own.
    With ``sentences``, a sentence that would begin after a row's first word and end on that row
    begins the next row instead (:class:`SentenceBounds`).
    """
    width = max(1, width)
    narrow = one_cell_each(body if end - start == len(body) else body[start:end])
    if sentences is None or not sentences.starts:
        return list(_rows(body, start, end, width, room, narrow))
    rows: list[tuple[int, int]] = []
    at = start
    while True:
        for row in _rows(body, at, end, width, room, narrow):
            cut = sentences.inside(*row)
            if cut is None:
                rows.append(row)
                continue
            rows.append((row[0], row[0] + len(body[row[0]:cut].rstrip())))
            at = cut
            break
        else:
            return rows


def _rows(body: str, start: int, end: int, width: int, room: NumberRoom | None, narrow: bool) -> Iterator[tuple[int, int]]:
    """The rows of :func:`wrap_offsets`, one at a time: a row may be cut short and the wrap go on from the cut."""
    if narrow and (room is None or not room.between(start, end)):
        yield from _wrap_narrow(body, start, end, width)
        return

    def text_cells(a: int, b: int) -> int:
        return b - a if narrow else cell_len(body[a:b])

    # The numbers' cells up to an offset: a pointer walks the numbers with the words, a binary
    # search places each row's start, so rows cost what they did without numbers.
    ends, added = (room.ends, room.added) if room is not None else ((), (0,))
    seen = bisect_right(ends, start)  # the numbers up to the word read
    before = 0  # their cells before the row's start

    def row_begins(offset: int) -> int:
        return added[bisect_right(ends, offset)] if ends else 0

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
            yield row_start, row_end
            row_start, row_end, before = w_start, w_end, row_begins(w_start)
        while text_cells(row_start, row_end) > width:  # a word longer than a row (its number may overflow)
            cut = row_start + width if narrow else _fit(body, row_start, row_end, width)
            yield row_start, cut
            row_start, before = cut, row_begins(cut)
    if row_start is not None:
        yield row_start, row_end


def one_cell_each(text: str) -> bool:
    """Whether every character of ``text`` takes one cell, so that its cells are its length: ASCII,
    and most text beyond it (curly quotes, dashes, accented letters), each distinct character
    looked up once, and once found to take one cell kept so (:data:`_ONE_CELL`): the quote tracker's
    thousand lines of a statement looked the same few up again line after line (15% of laying it
    out). Rich measures a string with one character outside its short list of one-cell ranges
    (``’`` is) a character at a time, and wrapping measured row after row."""
    if text.isascii():
        return True
    unknown = set(text) - _ONE_CELL
    if all(get_character_cell_size(character) == 1 for character in unknown):
        _ONE_CELL.update(unknown)
        return True
    return False


_ONE_CELL: set[str] = set()
"""Characters found to take one cell (:func:`one_cell_each`)."""


def _wrap_narrow(body: str, start: int, end: int, width: int) -> Iterator[tuple[int, int]]:
    """:func:`wrap_offsets` for text of one cell a character: each row ends at the last space a
    row's width holds (a regex search in C), not word by word, so a long report wraps at once.
    Rows with entities' numbers take the word-by-word way, which counts their cells."""
    word = _WORD.search(body, start, end)
    at = word.start() if word else end
    while at < end:
        if end - at <= width:  # the rest fits: up to its last word
            yield at, len(body[at:end].rstrip()) + at
            return
        within = _TO_LAST_SPACE.match(body, at, at + width + 1)
        if within is None:  # a word longer than a row: split it
            yield at, at + width
            at += width
            continue
        yield at, len(body[at:within.end()].rstrip()) + at
        word = _WORD.search(body, within.end(), end)
        at = word.start() if word else end


def hanging_offsets(line: str, width: int, hang: int) -> list[tuple[int, int]]:
    """:func:`wrap_offsets` of all of ``line``, its first row from the line's start (its leading
    spaces kept) and the others ``hang`` cells narrower: drawn indented by ``hang``, they start
    under the text, not at the edge."""
    rows = wrap_offsets(line, 0, len(line), width)
    if rows:
        rows[0] = (0, rows[0][1])
    if len(rows) > 1 and hang > 0:
        rows[1:] = wrap_offsets(line, rows[1][0], len(line), max(1, width - hang))
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
    (the pane's colours, or a row state such as a cursor's tint).

    Neighbouring cells that look alike are one segment: each segment is escape codes sent to the
    terminal, and cut and filtered by Textual, at every frame showing the row."""
    return segments_strip(line.render(console), width, style)


def segments_strip(segments: Iterable[Segment], width: int, style: Style) -> Strip:
    """:func:`line_strip` for a row already rendered into ``segments`` (a piece of a longer text
    rendered once and cut into rows)."""
    kept = [s for s in segments if s.text != "\n"]
    cells = Segment.get_line_length(kept)
    if cells < width:
        kept.append(Segment(" " * (width - cells)))
    # One Strip made, not one per step (padded, styled, simplified): each comes with seven caches.
    return Strip(Segment.simplify(Segment.apply_style(kept, style)), max(width, cells))


class RowScrollBar(ScrollBar):
    """Textual's vertical scrollbar, repainting only the rows whose look changed.

    Textual's draws the whole bar again whenever it is asked to repaint: at each move of its
    thumb (a key scrolling the article moves it a row or two) and at each restyle of its pane (a
    focus move, though the bar's colours stay). Here a repaint asked without regions draws the
    rows (a segment each, from Textual's own :meth:`ScrollBarRender.render_bar`), and only those
    that differ from the rows on screen are repainted: none for a restyle, a few for a scroll.
    """

    def __init__(self, *, thickness: int) -> None:
        super().__init__(vertical=True, name="vertical", thickness=thickness)
        self._rows: list[Segment] = []
        self._drawn_for: tuple = ()
        """What :attr:`_rows` were drawn from: a restyle asks for a repaint several times (once per
        scrollbar colour), and each found the same."""
        self._row_strips: LRUCache[tuple[Segment, int], Strip] = LRUCache(16)
        """A Strip per look of a row (the track, the thumb and its ends) and width: a row of a look
        seen before is the same Strip, and its finished line is found (:class:`RowStylesCache`)."""
        self._styles_cache = RowStylesCache(16)  # Textual's own, replaced (as LineView's)

    def _inputs(self) -> tuple:
        """Everything the rows are drawn from: the size, and the ScrollBarRender Textual would draw."""
        bar = self.render()
        return self.size, bar, (bar.virtual_size, bar.window_size, bar.position, bar.style)

    def _draw(self, inputs: tuple) -> list[Segment]:
        """The bar's rows as Textual draws them, with the colours its :meth:`render` picks."""
        (width, height), bar, _ = inputs
        style = bar.style if isinstance(bar.style, Style) else Style.parse(str(bar.style))
        segments = bar.render_bar(size=height, virtual_size=bar.virtual_size, window_size=bar.window_size,
                                  position=bar.position, thickness=width, vertical=True,
                                  back_color=style.bgcolor or Color.parse("#555555"),
                                  bar_color=style.color or Color.parse("bright_magenta")).segments
        self._drawn_for = (inputs[0], inputs[2])
        return list(segments)

    def render_line(self, y: int) -> Strip:
        if len(self._rows) != self.size.height:
            self._rows = self._draw(self._inputs())
        width = self.size.width
        if y >= len(self._rows):
            return Strip.blank(width)
        key = (self._rows[y], width)
        strip = self._row_strips.get(key)
        if strip is None:
            strip = self._row_strips[key] = Strip([self._rows[y]], width)
        return strip

    def refresh(self, *regions: Region, repaint: bool = True, layout: bool = False, recompose: bool = False) -> Self:
        if regions or not repaint or layout or recompose or not self.is_mounted or len(self._rows) != self.size.height:
            self._rows = []  # drawn again when asked for
            return super().refresh(*regions, repaint=repaint, layout=layout, recompose=recompose)
        inputs = self._inputs()
        if (inputs[0], inputs[2]) == self._drawn_for:
            return self
        rows, self._rows = self._rows, self._draw(inputs)
        changed = [y for y, (old, new) in enumerate(zip(rows, self._rows)) if old != new]
        if changed:
            super().refresh(*(Region(0, y, self.size.width, 1) for y in changed))
        return self


class RowStylesCache(StylesCache):
    """Textual's cache of a pane's finished lines (each row with the pane's padding and border
    added, its colours filtered), also keeping each under the row it was made from.

    Textual keeps a finished line per place in the pane: a scroll by one row puts a new row at
    every place, and each was finished again (2 ms a screenful of the article, most of a ``j``).
    A :class:`LineView`'s rows are kept Strips (:meth:`LineView.cached_strip`): a row that moved
    up a place is the same Strip, and its finished line is found under it. Only the rows between
    the border's top and bottom are kept so; anything else the line is made from (the size, the
    colours, the border, Textual's effects) names the lines kept, which go when it changes, not
    when Textual drops its own (at every repaint of the whole pane: another report, a restyle).
    """

    def __init__(self, kept: int) -> None:
        super().__init__()
        self._finished: LRUCache[int, tuple[Strip, Strip]] = LRUCache(kept)
        """``id(row)``: the row (kept alive, so its id is not reused) and its finished line."""
        self._finished_for: tuple = ()
        self._rows_at: tuple[int, int] = (0, 0)
        """The places (first, past the last) that show rows: within the border and padding."""
        self._finishing: tuple | None = None
        """The last paint's arguments for a row's line, and its filters: what :meth:`finish` uses."""

    def render(self, styles: StylesBase, size: Size, base_background: TextualColor, background: TextualColor, *args, **kwargs) -> list[Strip]:
        # Read once per paint, not per line: what every finished line is made from besides its row.
        # The border's sides only: a focused pane's top differs (its title), its rows do not.
        made_from = (size, base_background, background, styles.border_left, styles.border_right, styles.outline_left,
                     styles.outline_right, styles.padding, styles.tint, styles.text_opacity, styles.hatch,
                     *(value for name, value in kwargs.items() if name != "crop"))
        if made_from != self._finished_for:
            self._finished.clear()
            self._finished_for = made_from
        top = styles.gutter.top
        content_size = kwargs.get("content_size") or size
        self._rows_at = (top, top + content_size.height)
        return super().render(styles, size, base_background, background, *args, **kwargs)

    def render_line(self, styles: StylesBase, y: int, size: Size, content_size: Size, padding, base_background: TextualColor,
                    background: TextualColor, render_content_line: Callable[[int], Strip], *args) -> Strip:
        top, end = self._rows_at
        if not top <= y < end:
            return super().render_line(styles, y, size, content_size, padding, base_background, background, render_content_line, *args)
        self._finishing = (styles, y, size, content_size, padding, base_background, background, args)
        return self._finish(render_content_line(y - top))

    def _finish(self, row: Strip) -> Strip:
        kept = self._finished.get(id(row))
        if kept is not None and kept[0] is row:
            return kept[1]
        styles, y, size, content_size, padding, base_background, background, args = self._finishing
        line = super().render_line(styles, y, size, content_size, padding, base_background, background, lambda _: row, *args)
        self._finished[id(row)] = (row, line)
        return line

    def forget_rows(self) -> None:
        """The pane's rows were dropped: their finished lines go too (they kept them alive)."""
        self._finished.clear()

    def finish(self, row: Strip, filters: Iterable, background: TextualColor) -> None:
        """Finish ``row`` before it is shown (a report drawn ahead), as the last paint finished
        its rows, ``filters`` (the app's) applied too: showing it is then a look-up."""
        if self._finishing is not None:
            line = self._finish(row)
            for line_filter in filters:
                line = line.apply_filter(line_filter, background)


class LineView(PaletteMixin, ScrollView):
    """A ScrollView of text rows, each drawn once and kept as a Strip under a key naming all it
    shows (:meth:`cached_strip`).

    Rows are kept per look (what every row is drawn with: the palette, the pane's own style and
    :meth:`row_looks`), for the last :data:`LOOKS_KEPT` looks: a pane tinted while it has the
    focus alternates between two looks, and each focus move back found its rows drawn already.
    Textual announces a restyle on every focus and hover change; the look is only read again then.
    """

    LOOKS_KEPT = 2
    _framing = False
    """A focus move is being handled: repaints of the whole pane wait for its end."""
    _frame_stale = False
    """A repaint of the whole pane was asked meanwhile."""
    FOCUS_SHOWN_IN_TITLE: ClassVar[bool] = False
    """Set by a pane whose focus shows in its border's title (and :meth:`refresh_focus_rows`)
    alone: a focus move then repaints the title's row (see :meth:`_on_focus`), not every cell."""

    def __init__(self, *, id: str | None = None, rows_kept: int = 4096) -> None:
        super().__init__(id=id)  # sets the border title, a repaint: _framing is the class's till then
        # Textual's own, replaced: no public way to choose it (see RowStylesCache).
        self._styles_cache = RowStylesCache(FINISHED_LINES_KEPT)
        self._frame: tuple[int, int, int] | None = None
        self._rows_kept = rows_kept
        self._strips: LRUCache[Hashable, Strip] = LRUCache(rows_kept)
        self._by_looks: list[tuple[tuple, LRUCache[Hashable, Strip]]] = []
        """The rows kept under each recent look, the current one last (looks hold dicts: a list, not a dict)."""
        self._looks: tuple | None = None
        self._looks_stale = True

    @property
    def vertical_scrollbar(self) -> ScrollBar:
        """A :class:`RowScrollBar`, made as Textual's ``Widget.vertical_scrollbar`` makes its own.

        Private names (``_vertical_scrollbar``, ``_start_widget``) because Textual 8 has no public
        way to choose a pane's scrollbar class: ``ScrollBar.renderer`` changes how a bar is drawn,
        not which of its rows a repaint sends."""
        if self._vertical_scrollbar is None:
            self._vertical_scrollbar = RowScrollBar(thickness=self.scrollbar_size_vertical)
            self._vertical_scrollbar.display = False
            self.app._start_widget(self, self._vertical_scrollbar)
        return self._vertical_scrollbar

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._looks_stale = True

    def render_lines(self, crop: Region) -> list[Strip]:
        self._check_looks()
        self._frame = (self.scrollable_content_region.width, *self.scroll_offset)
        try:
            return super().render_lines(crop)
        finally:
            self._frame = None

    def frame(self) -> tuple[int, int, int]:
        """The width rows are drawn at and the scroll offset (x, y): read once per frame while
        one is drawn, not once per row (each of Textual's properties costs microseconds)."""
        return self._frame or (self.scrollable_content_region.width, *self.scroll_offset)

    # A focus move restyles the pane, and Textual repaints all of it (a screenful of cells sent to
    # the terminal, each row rebuilt with its border) though only the title shows the focus. Here
    # the repaints asked while the Focus or Blur is handled wait for its end, and then repaint the
    # title's row and what :meth:`refresh_focus_rows` names, when the rows' look is unchanged.
    # (Textual calls its own handler after this one, in the same dispatch.)
    def _on_focus(self, event: events.Focus) -> None:
        self._repaint_title_after_focus_move()

    def watch_has_focus(self, has_focus: bool) -> None:
        """Restyle the pane alone, not its scrollbars as Textual does (a fifth of a millisecond
        each, on every focus move): no rule styles them by the pane's focus (their colours are
        the pane's own styles, read when drawn)."""
        self.app.stylesheet.update_nodes([self], animate=True)

    def _on_blur(self, event: events.Blur) -> None:
        self._repaint_title_after_focus_move()

    def _repaint_title_after_focus_move(self) -> None:
        if self.FOCUS_SHOWN_IN_TITLE:
            self._framing = True
            self.call_next(self._focus_move_handled, self._sides())

    def refresh(self, *regions: Region, repaint: bool = True, layout: bool = False, recompose: bool = False) -> Self:
        if self._framing and not regions and repaint and not (layout or recompose):
            self._frame_stale = True
            return self
        return super().refresh(*regions, repaint=repaint, layout=layout, recompose=recompose)

    def _sides(self) -> tuple:
        """The border but its top row."""
        styles = self.styles
        return styles.border_left, styles.border_bottom, styles.border_right

    def _focus_move_handled(self, sides: tuple) -> None:
        self._framing, stale, self._frame_stale = False, self._frame_stale, False
        if not stale:
            return
        looks = self._looks
        if looks is None:  # nothing drawn yet (the focus start-up gives): the first paint reads the looks
            self.refresh()
            return
        self._check_looks()
        if self._looks != looks or self._sides() != sides:  # more than the title's row changed
            self.refresh()
            return
        # The border's top row, in the content's coordinates (refresh regions are relative to it).
        width, (left, top) = self.outer_size.width, self.content_offset
        self.refresh(Region(-left, -top, width, 1))
        self.refresh_focus_rows()

    def refresh_focus_rows(self) -> None:
        """Repaint the rows whose look follows the focus (a cursor's): none here."""

    def _check_looks(self) -> None:
        if not self._looks_stale:
            return
        self._looks_stale = False
        looks = (self.palette(), self.rich_style, *self.row_looks())
        if looks != self._looks:
            self._looks = looks
            kept = next((n for n, (seen, _) in enumerate(self._by_looks) if seen == looks), None)
            self._strips = self._by_looks.pop(kept)[1] if kept is not None else LRUCache(self._rows_kept)
            self._by_looks = [*self._by_looks, (looks, self._strips)][-self.LOOKS_KEPT:]
            self.restyled()

    @property
    def pane_style(self) -> Style:
        """The pane's own style as of its last restyle, what its rows are drawn on: Textual's
        ``rich_style`` blends every ancestor's colours on each read, a millisecond a screenful."""
        self._check_looks()
        return self._looks[1]

    @property
    def pane_palette(self) -> Palette:
        """:meth:`palette` as of the pane's last restyle (which a new theme or highlight style
        brings): read once per restyle, not once per row drawn."""
        self._check_looks()
        return self._looks[0]

    def row_looks(self) -> tuple:
        """Styles rows are drawn with besides the palette and the pane's own (a subclass's row states)."""
        return ()

    @property
    def row_styles(self) -> tuple:
        """:meth:`row_looks` as of the pane's last restyle: read once per restyle, not once per row."""
        self._check_looks()
        return self._looks[2:]

    def restyled(self) -> None:
        """The looks changed: drop anything else kept that was drawn with the old ones."""

    def set_content_size(self, size: Size, *, repaint: bool = True) -> None:
        """Set the scrollable size without a layout pass over the whole screen.

        Assigning ``virtual_size`` re-lays out and redraws every widget; the pane's own size is
        unchanged and its width is kept whether or not it scrolls (``overflow-x: hidden``, and
        ``overflow-y: scroll`` or a stable scrollbar gutter), so updating the scrollbar's window
        (what ScrollView does when its size changes) and redrawing the pane is enough; a
        scrollbar that comes or goes asks for its own layout. It makes switching report redraw
        one pane, not the screen. ``repaint=False`` when the rows shown are unchanged (only the
        length of what is not in view was learnt).
        """
        if size == self.virtual_size:
            return
        self.set_reactive(ScrollView.virtual_size, size)
        self._scroll_update(size)
        if repaint:
            self.refresh()

    def forget_rows(self) -> None:
        """What the rows show changed (other highlights, another text): draw them again."""
        for _, strips in self._by_looks:
            strips.clear()
        self._strips.clear()
        self._styles_cache.forget_rows()
        self.refresh()

    def finish_ahead(self, row: Strip) -> None:
        """Finish a row drawn ahead (see :meth:`RowStylesCache.finish`)."""
        self._styles_cache.finish(row, self.get_line_filters(), self.background_colors[1])

    def cached_strip(self, key: Hashable, draw: Callable[[], Strip]) -> Strip:
        """The strip kept under ``key``, drawn by ``draw`` the first time."""
        self._check_looks()
        strip = self._strips.get(key)
        if strip is None:
            strip = self._strips[key] = draw()
        return strip
