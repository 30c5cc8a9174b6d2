"""A list of items of several lines each (a passage's versions, quoted statements), drawn a row
at a time, with a title band above the items and a note band below them.

Textual's ListView mounts and styles a widget per item (and one more for its text): opening the
N-way view or the quote tracker cost what mounting a screenful of widgets costs, at any size of
dossier. Here the owner gives the number of items and a function drawing one (a Text whose
lines are split at ``\\n``); the view draws the items in view only, each line wrapped to the pane
with its continuation rows starting under its text (``hang``), and keeps the rows as Strips
(:class:`reader.ui.drawing.LineView`). An item not drawn yet counts ``rows_at_least`` rows until
it is: opening the view, or jumping to its end, draws a screenful of items whatever their number.
When an item above the top row is drawn and its height proves other than counted, the view
scrolls by the difference, so what is on screen stays in place.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator
from itertools import accumulate
from typing import NamedTuple

from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.cache import LRUCache
from textual.events import Click
from textual.geometry import Region, Size
from textual.message import Message
from textual.strip import Strip

from reader.ui.drawing import LineView, hanging_offsets, line_strip
from reader.ui.paging import page_target
from reader.ui.widgets.difference_text import redraw_on_restyle
from reader.ui.wording import fitted

NOTE_ROWS_IN_DETAILS = 10
"""Rows the note band takes at most while details are shown in full (``i``); one otherwise."""
BAR = "\u258c"
"""Down the left edge of the item under the cursor (it marks it without colour)."""
Row = tuple[int, Text]
"""A row of an item: its indent (cells) and its text."""


class Lines(NamedTuple):
    """An item drawn a line at a time, as its lines come into view: ``count`` lines, line ``n``
    drawn by ``draw(n)`` (a Text with no line breaks). A statement quoted by 500 reports has a
    line for each of its hundred wordings: drawn whole, the key moving onto it (its first
    screenful in view) cost 60 ms of CPU."""

    count: int
    draw: Callable[[int], Text]


def item_bindings(enter: str, noun: str) -> list[Binding]:
    """An item list's keys, described in its items' words (``enter`` says what Enter does): the
    help lists each list's own ``BINDINGS``, so a subclass declares them again with this."""
    return [
        Binding("enter", "select", enter),
        Binding("j,down", "move(1)", f"Next {noun}", show=False),
        Binding("k,up", "move(-1)", f"Previous {noun}", show=False),
        Binding("pagedown,space,ctrl+d", "page(1)", "Page down", show=False),
        Binding("pageup,b,ctrl+u", "page(-1)", "Page up", show=False),
        Binding("g,home", "edge(-1)", f"First {noun}", show=False),
        Binding("G,end", "edge(1)", f"Last {noun}", show=False),
    ]


def wrapped_rows(line: Text, width: int, hang: int = 0) -> list[Text]:
    """``line`` (no line breaks) wrapped to ``width`` cells, the rows after the first ``hang``
    cells narrower; one empty row for an empty line. A line that fits whole is its own row, not a
    copy: most of a statement's lines do (a flag each), and copying them was a third of drawing
    one quoted by 500 reports. The rows are the line's pieces as slicing would give them."""
    offsets = hanging_offsets(line.plain, width, hang)
    if offsets == [(0, len(line))]:
        return [line]
    if not offsets:
        return [Text()]
    # One division for all the rows (each row a slice of its own was a division of the whole line):
    # the pieces between the rows are the spaces dropped.
    return list(line.divide([at for row in offsets for at in row])[1::2])


class ItemView(LineView, can_focus=True):
    """Items under a title band, a note band below; :attr:`index` is the item under the cursor.

    Posts :class:`Selected` on Enter or a click on an item, :class:`Moved` when the cursor moves.
    """

    COMPONENT_CLASSES = {"item-view--cursor", "item-view--bar", "item-view--band"}
    BINDINGS = item_bindings("Open", "item")

    class Moved(Message):
        """The cursor moved to another item (what the title says of it may change: a search's place)."""

    class Selected(Message):
        """Enter, or a click, on item ``index`` of ``item_view``."""

        def __init__(self, item_view: ItemView, index: int) -> None:
            super().__init__()
            self.item_view, self.index = item_view, index

        @property
        def control(self) -> ItemView:
            return self.item_view

    def __init__(self, *, rows_at_least: int = 3, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows_at_least = rows_at_least
        self.count = 0
        self._draw_item: Callable[[int], Text | Lines] = Text
        self._hang: Callable[[str, int], int] = lambda line, width: 0
        self._title: Callable[[], Text] = Text
        self._note: Callable[[int], Text] | None = None
        self._cursor: int | None = None
        self._heights: list[int] = []
        """Each item's rows and the blank row under it; ``rows_at_least`` + 1 until it is drawn."""
        self._unlaid: dict[tuple[int, int], tuple[Lines, int]] = {}
        """Items laid out in part, by item and width: their lines and the first not laid out yet."""
        self._tops: list[int] | None = None
        self._rows: LRUCache[tuple[int, int], list[Row]] = LRUCache(256)
        """Each item's rows, by item and width."""
        self._bands: tuple[int, list[Text], list[Text]] | None = None
        """The title's and the note's rows, for a width."""
        self._laying = False
        """Items are being laid out: their new heights size the view once they all are."""
        self._size_stale = False

    # Inputs --------------------------------------------------------------------
    def show(self, count: int, draw_item: Callable[[int], Text | Lines], *, title: Callable[[], Text],
             note: Callable[[int], Text] | None = None, hang: Callable[[str, int], int] | None = None,
             index: int | None = 0) -> None:
        """Show ``count`` items, item ``n`` drawn by ``draw_item(n)`` when first in view, under
        ``title()`` and above ``note(cells)`` (an item of many lines may be drawn as :class:`Lines`,
        a line at a time) (``cells``: what the band shows at most, so a note
        naming hundreds of reports names a few rows' worth); ``hang(line, width)`` says where a
        line's continuation rows start (cells). The cursor goes to ``index`` (the first item by
        default)."""
        self.count, self._draw_item, self._title, self._note = count, draw_item, title, note
        self._hang = hang or (lambda line, width: 0)
        self._heights = [self.rows_at_least + 1] * count
        self._tops = None
        self._cursor = None
        self.redraw()
        if self.is_mounted:
            self.scroll_to(y=0, animate=False, immediate=True)
        self.index = index

    def show_again(self, index: int | None = 0) -> None:
        """Show the items of the last :meth:`show` again, as they were drawn (the owner knows
        they are the same: a view opened again on what it showed), from the top, the cursor on
        ``index``: only the cursor's rows are drawn again, not every item in view."""
        self._cursor = None
        if self.is_mounted:
            self.scroll_to(y=0, animate=False, immediate=True)
        self.index = index

    def on_mount(self) -> None:
        redraw_on_restyle(self, self.redraw)

    def redraw(self) -> None:
        """What the items or bands show changed (words found, a theme): draw them again."""
        self._rows.clear()
        self._unlaid.clear()
        self._bands = None
        self.forget_rows()

    def retitle(self) -> None:
        """The title says something else (a search's place): draw its band again, the items as they were."""
        self._bands = None
        if self.is_mounted:
            self._update_size()
            self.forget_rows()  # its strips, and the items' below it (it may take another number of rows)

    def restyled(self) -> None:
        """New looks: the items and bands were drawn with the old palette."""
        self._rows.clear()
        self._unlaid.clear()
        self._bands = None

    def row_looks(self) -> tuple:
        return (*(self.get_component_rich_style(f"item-view--{name}") for name in ("cursor", "bar", "band")),
                self.screen.has_class("-details"))

    # The cursor ----------------------------------------------------------------
    @property
    def index(self) -> int | None:
        return self._cursor

    @index.setter
    def index(self, index: int | None) -> None:
        """Put the cursor on item ``index`` (kept within the list) and bring all of it into view."""
        if index is not None:
            index = min(max(index, 0), self.count - 1) if self.count else None
        old, self._cursor = self._cursor, index
        if old != index:
            self.post_message(self.Moved())
        if not self.is_mounted or not self.size.height:
            return
        if index is not None:
            self._bring_into_view(index)
        for item in {old, index} - {None}:
            self._refresh_item(item)

    def action_move(self, step: int) -> None:
        self.index = 0 if self.index is None else self.index + step

    def action_page(self, step: int) -> None:
        """The item a screenful below (``step`` = +1) or above (-1) the cursor's top, at least the next."""
        if self.index is None:
            self.index = 0
            return
        self._lay_from(self.index, step, self._body_height())
        self.index = page_target(self._item_tops(), self.index, self._body_height(), step)

    def action_edge(self, step: int) -> None:
        self.index = 0 if step < 0 else self.count - 1

    def action_select(self) -> None:
        if self.index is not None:
            self.post_message(self.Selected(self, self.index))

    def on_click(self, event: Click) -> None:
        """A click puts the cursor on the item clicked and selects it."""
        offset = event.get_content_offset(self)
        if offset is None:
            return
        title, _ = self._band_rows()
        row = offset.y - len(title)
        if 0 <= row < self._body_height():
            item = self._item_at(round(self.scroll_y) + row)
            if item is not None:
                self.focus()
                self.index = item
                self.action_select()

    # Layout --------------------------------------------------------------------
    def _band_rows(self, width: int | None = None) -> tuple[list[Text], list[Text]]:
        """The title's rows and the note's (one, cut, unless details are shown in full), at
        ``width`` (the pane's, read once per frame while one is drawn)."""
        width = width or self.frame()[0]
        if self._bands is None or self._bands[0] != width:
            inner = max(1, width - 2)
            notes: list[Text] = []
            if self._note is not None:
                if self.screen.has_class("-details"):
                    notes = wrapped_rows(self._note(inner * NOTE_ROWS_IN_DETAILS), inner)[:NOTE_ROWS_IN_DETAILS]
                else:
                    notes = [fitted(self._note(inner), inner)]  # after a whole name or word
            self._bands = (width, wrapped_rows(self._title(), inner), notes)
        return self._bands[1], self._bands[2]

    def note_cut(self) -> bool:
        """Whether the note band's one row cuts the note: what ``i`` (details in full) unfolds."""
        if self._note is None:
            return False
        inner = max(1, self.frame()[0] - 2)
        return len(wrapped_rows(self._note(inner * NOTE_ROWS_IN_DETAILS), inner)) > 1

    def _body_height(self) -> int:
        title, note = self._band_rows()
        return max(1, self.size.height - len(title) - len(note))

    def _item_tops(self) -> list[int]:
        if self._tops is None:
            self._tops = [0, *accumulate(self._heights)]
        return self._tops

    def _item_at(self, row: int) -> int | None:
        """The item drawn on body row ``row`` (``None`` past the last)."""
        item = bisect_right(self._item_tops(), row) - 1
        return item if 0 <= item < self.count else None

    def _item_rows(self, item: int, at_least: int | None = None) -> list[Row]:
        """Item ``item``'s rows, wrapped with their hanging indents: ``at_least`` that many (all, if
        fewer or ``None``). Its height is counted anew at this width (each line not laid out yet
        a row), the view scrolled by the difference when it starts above the top row."""
        width = max(4, self.frame()[0] - 3)  # the bar and a space before the text, a space after it
        key = (item, width)
        rows = self._rows.get(key)
        if rows is None:
            drawn = self._draw_item(item)
            if not isinstance(drawn, Lines):
                lines = drawn.split("\n", allow_blank=True)
                drawn = Lines(len(lines), lines.__getitem__)
            rows = self._rows[key] = []
            self._unlaid[key] = (drawn, 0)
        left = 0  # lines not laid out yet, a row each
        if (unlaid := self._unlaid.pop(key, None)) is not None:
            lines, n = unlaid
            while n < lines.count and (at_least is None or len(rows) < at_least):
                line = lines.draw(n)
                n += 1
                hang = min(self._hang(line.plain, width), width // 2)
                rows.extend((hang if number else 0, part) for number, part in enumerate(wrapped_rows(line, width, hang)))
            if left := lines.count - n:
                self._unlaid[key] = (lines, n)
        # Counted on every visit: rows kept from an earlier one at this width left the heights the last width's.
        self._set_height(item, len(rows) + left + 1)
        return rows

    def _set_height(self, item: int, height: int) -> None:
        change = height - self._heights[item]
        if not change:
            return
        starts_above = self._item_tops()[item] < self.scroll_y
        self._heights[item] = height
        self._tops = None
        if starts_above or not self._laying:
            self._update_size()
        else:  # sized once the items are laid out (each update refreshes the pane)
            self._size_stale = True
        if starts_above:
            self.scroll_to(y=self.scroll_y + change, animate=False, immediate=True)

    def _update_size(self) -> None:
        self._size_stale = False
        title, note = self._band_rows()
        rows = self._item_tops()[-1]
        self.set_content_size(Size(self.scrollable_content_region.width, rows + len(title) + len(note)))

    def _lay_from(self, item: int, step: int, rows: int) -> None:
        """Lay out items from ``item`` on, forward (``step`` = 1) or back (-1), until ``rows`` are filled."""
        filled = 0
        self._laying = True
        try:
            first = item
            while 0 <= item < self.count and filled < rows:
                # The rows that fill the view; all of an item before the first (its last ones show).
                filled += len(self._item_rows(item, rows - filled if step > 0 or item == first else None)) + 1
                item += step
        finally:
            self._laying = False
        if self._size_stale:
            self._update_size()

    def _bring_into_view(self, item: int) -> None:
        """Scroll so all of ``item`` shows (its top, when taller than the pane), the items around
        it laid out first, so that it stays where it is put."""
        height = self._body_height()
        self._lay_from(item, -1, height)
        self._lay_from(item, 1, height)
        top = self._item_tops()[item]
        bottom = top + self._heights[item] - 1  # its blank row need not show
        y = round(self.scroll_y)
        if top < y or bottom - top > height:
            y = top
        elif bottom > y + height:
            y = bottom - height
        self.scroll_to(y=y, animate=False, immediate=True)

    def _refresh_item(self, item: int) -> None:
        title, _ = self._band_rows()
        top = self._item_tops()[item] - round(self.scroll_y) + len(title)
        self.refresh(Region(0, top, self.size.width, self._heights[item]))

    def on_resize(self) -> None:
        if self.index is not None:
            self.call_after_refresh(self._bring_into_view, self.index)

    # Drawing -------------------------------------------------------------------
    def render_lines(self, crop: Region) -> list[Strip]:
        # Lay out what is in view at the width being drawn (the first frame comes before any
        # Resize), again if laying out the item at the top scrolled the view; in the looks it
        # will be drawn in (reading them anew drops the rows drawn in others).
        self._check_looks()
        self._size_stale = True  # sized once, after the items in view are laid out (each sizing refreshes)
        for _ in range(3):
            y = round(self.scroll_y)
            first = self._item_at(y)
            if first is None:
                break
            self._lay_from(first, 1, y + self._body_height() - self._item_tops()[first])
            if round(self.scroll_y) == y:
                break
        if self._size_stale:
            self._update_size()
        return super().render_lines(crop)

    def draw_ahead(self) -> Iterator[None]:
        """Draw the rows in view, one a step, each finished as the last paint finished its rows
        (none before the view has a size): shown, they are drawn already."""
        for y in range(self.size.height):
            self.finish_ahead(self.render_line(y))
            yield

    def render_line(self, y: int) -> Strip:
        width, _, scroll_y = self.frame()
        title, note = self._band_rows(width)
        body = self.size.height - len(title) - len(note)
        if y < len(title):
            return self.cached_strip(("title", y, width), lambda: self._band(title[y], width))
        if y >= len(title) + body:
            row = y - len(title) - body
            return self.cached_strip(("note", row, width), lambda: self._band(note[row], width))
        row = scroll_y + y - len(title)
        item = self._item_at(row)
        if item is None:
            return self.cached_strip(("blank", width), lambda: Strip.blank(width, self.pane_style))
        number = row - self._item_tops()[item]
        rows = self._item_rows(item, number + 1)
        cursor = item == self.index
        return self.cached_strip((item, number, width, cursor), lambda: self._draw_row(rows, number, width, cursor))

    def _draw_row(self, rows: list[Row], number: int, width: int, cursor: bool) -> Strip:
        if number >= len(rows):  # the blank row under the item
            return Strip.blank(width, self.pane_style)
        indent, text = rows[number]
        cursor_style, bar, _, _ = self.row_styles  # read once per restyle: a refresh drops Textual's own reading
        line = Text(no_wrap=True, end="")
        line.append(BAR if cursor else " ", bar if cursor else Style())
        line.append(" " * (1 + indent))
        line.append_text(text)
        return line_strip(line, self.app.console, width, self.pane_style + cursor_style if cursor else self.pane_style)

    def _band(self, text: Text, width: int) -> Strip:
        line = Text(" ", no_wrap=True, end="")
        line.append_text(text)
        return line_strip(line, self.app.console, width, self.pane_style + self.row_styles[2])
