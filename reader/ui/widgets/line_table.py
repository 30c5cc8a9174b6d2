"""A table of fixed-width columns drawn a row at a time, with a cell cursor and a header line.

Textual's DataTable measures and keeps every cell as rows are added: the coverage matrix of
hundreds of links against dozens of reports took most of a second to open, more as the
dossier grew. Here the owner gives the columns, the rows' keys and a function making one
row's cells; the table makes only the rows in view and keeps each as drawn
(:class:`reader.ui.drawing.LineView`), so it opens and moves as fast at 20 reports as at 500.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.events import Click
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip

from reader.ui.drawing import LineView, line_strip


APART = (Style(meta={"cell": 0}), Style(meta={"cell": 1}))
"""Marks for the cells showing something, by column parity: neighbours never share a look, so
neither this table nor a picture of the screen joins them into one segment. Two marks, not one
per column: Textual keeps its work on each look a segment has, and one per column of the matrix
(hundreds of looks) cost a third of its drawing."""


@dataclass(frozen=True)
class Column:
    """A column: its key, its header ``label`` and its ``width`` in cells."""

    key: str
    label: Text
    width: int


def fitted(cell: Text, width: int) -> Text:
    """``cell`` on one line of exactly ``width`` cells: cut with an ellipsis, or padded. Its own
    style becomes a span of it (drawing a Text on its own leaves that style out)."""
    cell = Text(no_wrap=True, end="").append_text(cell)
    cell.truncate(width, overflow="ellipsis")
    cell.pad_right(width - cell.cell_len)
    return cell


class CellMessage(Message):
    """About the cell of row ``row_key`` in column ``column_key`` of ``table``."""

    def __init__(self, table: LineTable, row_key: str, column_key: str) -> None:
        super().__init__()
        self.table, self.row_key, self.column_key = table, row_key, column_key

    @property
    def control(self) -> LineTable:
        return self.table


class LineTable(LineView, can_focus=True):
    """Rows of cells under a header line; ``cursor`` is the (row, column) of the current cell.

    :class:`CellHighlighted` follows each cursor move, :class:`CellSelected` Enter or a click.
    """

    # Its own looks; the palette is the reader screen's (see PaletteMixin).
    COMPONENT_CLASSES = {"line-table--header", "line-table--even-row", "line-table--cursor"}
    BINDINGS = [
        Binding("up", "move(-1, 0)", show=False),
        Binding("down", "move(1, 0)", show=False),
        Binding("left", "move(0, -1)", show=False),
        Binding("right", "move(0, 1)", show=False),
        Binding("pageup", "page(-1)", show=False),
        Binding("pagedown", "page(1)", show=False),
        Binding("home", "edge(-1)", show=False),
        Binding("end", "edge(1)", show=False),
        Binding("enter", "select", show=False),
    ]

    cursor: reactive[tuple[int, int]] = reactive((0, 0), init=False, repaint=False)  # watch_cursor repaints its rows

    class CellHighlighted(CellMessage):
        """The cursor is on the cell of row ``row_key`` in column ``column_key``."""

    class CellSelected(CellMessage):
        """Enter, or a click, on the cell of row ``row_key`` in column ``column_key``."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.columns: tuple[Column, ...] = ()
        self.row_keys: tuple[str, ...] = ()
        self._cells: Callable[[int], Sequence[Text]] = lambda row: ()
        self._rows_by_key: dict[str, int] = {}
        self._drawn_for: Hashable = None

    def show(self, columns: Sequence[Column], row_keys: Sequence[str], cells: Callable[[int], Sequence[Text]],
             *, cursor: tuple[int, int] = (0, 0), drawn_for: Hashable = None) -> None:
        """Show a row per key of ``row_keys``, row ``n``'s cells made by ``cells(n)`` when first in view.

        ``drawn_for`` names everything the cells show (``None``: unknown): shown again with the
        same, the rows drawn before are kept (a view opened again on what it showed)."""
        if drawn_for is None or drawn_for != self._drawn_for:
            self.columns, self.row_keys, self._cells = tuple(columns), tuple(row_keys), cells
            self._rows_by_key = {key: n for n, key in enumerate(self.row_keys)}
            self.set_content_size(Size(sum(c.width for c in self.columns), len(self.row_keys) + 1))
            self.forget_rows()
        else:
            self.refresh_line(self.cursor[0])  # its row as drawn shows the cursor there
        self._drawn_for = drawn_for
        self.set_reactive(LineTable.cursor, (-1, -1))  # announced even where it was before
        self.cursor = cursor

    def cell(self, row_key: str, column_key: str) -> Text:
        """What the cell of row ``row_key`` in column ``column_key`` holds."""
        keys = [column.key for column in self.columns]
        return self._cells(self._rows_by_key[row_key])[keys.index(column_key)]

    @property
    def cursor_keys(self) -> tuple[str, str] | None:
        """The row and column keys of the cell under the cursor (``None`` in an empty table)."""
        row, column = self.cursor
        if not self.row_keys or not self.columns:
            return None
        return self.row_keys[row], self.columns[column].key

    # Drawing -------------------------------------------------------------------
    def row_looks(self) -> tuple:
        return tuple(self.get_component_rich_style(f"line-table--{name}") for name in ("header", "even-row", "cursor"))

    def render_line(self, y: int) -> Strip:
        width, _, scroll_y = self.frame()
        header, even, _ = self.row_styles
        if y == 0:
            return self.cached_strip(("header", width), lambda: self._draw([c.label for c in self.columns], -1, width, header))
        row = round(scroll_y) + y - 1
        if row >= len(self.row_keys):
            return Strip.blank(width, self.pane_style)
        at = self.cursor[1] if row == self.cursor[0] else -1
        style = self.pane_style + even if row % 2 == 0 else self.pane_style
        return self.cached_strip((row, at, width), lambda: self._draw(self._cells(row), at, width, style))

    def _draw(self, cells: Sequence[Text], at: int, width: int, style: Style) -> Strip:
        """A row of ``cells``, cell ``at`` in the cursor's look. A cell of one look that fits (a
        glyph, a count, a blank) is text added to the row at once, the rest are drawn by Rich.
        Blank cells join the segment before them when they look alike (a matrix row is mostly
        blanks): a row costs a few escape codes sent to the terminal, not a few per cell. A cell
        showing something is marked (:data:`APART`), so that it is a segment of its own: a
        picture of the screen (an SVG snapshot, which places each segment) then starts it where
        the terminal does."""
        console, cursor, null = self.app.console, self.row_styles[2], Style.null()
        segments: list[Segment] = []
        run, run_style = "", null  # cells of one look, not yet a segment
        for n, (cell, column) in enumerate(zip(cells, self.columns)):
            plain, room = cell.plain, column.width
            if not cell.spans and "\n" not in plain and (used := cell_len(plain)) <= room:
                own = cell.style if isinstance(cell.style, Style) else console.get_style(cell.style) if cell.style else null
                if n == at:
                    own += cursor
                if plain and not plain.isspace():
                    own += APART[n % 2]
                if own is not run_style and own != run_style:
                    segments.append(Segment(run, run_style))
                    run, run_style = "", own
                run += plain + " " * (room - used)
                continue
            segments.append(Segment(run, run_style))
            run, run_style = "", null
            if n != at and "\n" not in plain and (used := cell_len(plain)) <= room:  # of several looks, fitting
                segments.extend(cell.render(console))
                segments.append(Segment(" " * (room - used)))
                continue
            fitted_cell = fitted(cell, room)
            if n == at:
                fitted_cell.stylize(cursor)
            segments.extend(line_strip(fitted_cell, console, room, null))
        segments.append(Segment(run, run_style))
        return Strip([s for s in segments if s.text]).extend_cell_length(width).crop(0, width).apply_style(style)

    # Cursor --------------------------------------------------------------------
    def validate_cursor(self, cursor: tuple[int, int]) -> tuple[int, int]:
        row, column = cursor
        if row < 0 and column < 0:
            return cursor  # "nowhere", set by show so that the next cursor is always announced
        return min(max(row, 0), max(len(self.row_keys) - 1, 0)), min(max(column, 0), max(len(self.columns) - 1, 0))

    def watch_cursor(self, old: tuple[int, int], new: tuple[int, int]) -> None:
        if new[0] < 0:
            return
        for row in {old[0], new[0]}:
            self.refresh_line(row)
        self._bring_into_view(new[0])
        if (keys := self.cursor_keys) is not None:
            self.post_message(self.CellHighlighted(self, *keys))

    def on_resize(self) -> None:
        """The matrix's details line wraps, so the table's height follows the row under the cursor:
        shorter, it keeps that row in view."""
        if self.cursor[0] >= 0:
            self._bring_into_view(self.cursor[0])

    def refresh_line(self, row: int) -> None:
        """Redraw table row ``row`` if it is in view."""
        y = row - round(self.scroll_y) + 1
        if 0 < y < self.scrollable_content_region.height:
            self.refresh(Region(0, y, self.size.width, 1))

    def _bring_into_view(self, row: int) -> None:
        top, height = round(self.scroll_y), max(1, self.scrollable_content_region.height - 1)
        if row < top:
            top = row
        elif row >= top + height:
            top = row - height + 1
        self.scroll_to(y=top, animate=False, immediate=True)

    def action_move(self, rows: int, columns: int) -> None:
        row, column = self.cursor
        self.cursor = (row + rows, column + columns)

    def action_page(self, step: int, fraction: float = 1.0) -> None:
        """A screenful down (``step`` = +1) or up (-1); ``fraction`` of one for half pages."""
        rows = max(1, int((self.scrollable_content_region.height - 1) * fraction))
        self.action_move(step * rows, 0)

    def action_edge(self, step: int) -> None:
        self.cursor = (0 if step < 0 else len(self.row_keys) - 1, self.cursor[1])

    def action_select(self) -> None:
        if (keys := self.cursor_keys) is not None:
            self.post_message(self.CellSelected(self, *keys))

    def on_click(self, event: Click) -> None:
        """A click puts the cursor on the cell clicked and selects it."""
        offset = event.get_content_offset(self)
        if offset is None or offset.y == 0:
            return
        row = round(self.scroll_y) + offset.y - 1
        edge = 0
        for number, column in enumerate(self.columns):
            edge += column.width
            if offset.x < edge and row < len(self.row_keys):
                self.cursor = (row, number)
                self.action_select()
                return
