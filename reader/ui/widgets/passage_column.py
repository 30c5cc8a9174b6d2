"""One report as a column of passages (sentences) with a cursor, for the compare view.

The column only shows what it is given and says where its cursor went: the screen decides
what the counterpart is and asks the other column to highlight it and scroll level. Each row
is one ``Static``: the reader's gutter (a glyph per other report carrying the passage, ``◆``
when none does) and the text wrapped beside it; its state is a CSS class (``-cursor``,
``-counterpart``, ``-unmatched``, ``-paragraph-start``), so the look lives in
``styles/compare.tcss``. A row whose figures conflict with the other report's carries a
``!`` in the gutter's last cell.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rich.text import Text
from textual.containers import VerticalScroll
from textual.events import Click
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Static

from reader.core.model import DiffOp, Span
from reader.ui.paging import page_target
from reader.ui.render import RenderIndex
from reader.ui.widgets.difference_text import DIFFERENCE_CLASSES, DifferenceText, redraw_on_restyle

GUTTER_WIDTH = 5
"""Room for four other reports' glyphs (a ``+`` says there are more) and a space."""
CONFLICT_SIGN = "!"
"""In the gutter's last cell: this passage's figures disagree with the other report's."""


@dataclass(frozen=True)
class PassageRow:
    """What one row shows: sentence number ``sentence`` of its report, at ``span``.

    ``matched`` says whether the other column's report carries the passage;
    ``paragraph_start`` whether a new paragraph begins here (a blank line above).
    """

    sentence: int
    span: Span
    matched: bool
    paragraph_start: bool
    conflict: bool = False


class PassageColumn(DifferenceText, VerticalScroll, can_focus=True):
    """A focusable column of passage rows; ``cursor`` is the index of the current row."""

    COMPONENT_CLASSES = DIFFERENCE_CLASSES

    cursor: reactive[int] = reactive(0, init=False)
    selected_entity: reactive[str | None] = reactive(None, init=False)
    """The chosen entity, marked in every row (the screen sets it)."""

    class CursorMoved(Message):
        """The column's cursor landed on row ``index`` (posted once it is in view)."""

        def __init__(self, column: PassageColumn, index: int) -> None:
            super().__init__()
            self.column = column
            self.index = index

        @property
        def control(self) -> PassageColumn:
            return self.column

    def __init__(self, *, id: str) -> None:
        super().__init__(id=id)
        self.article_id = ""
        self._highlighted: tuple[int, ...] = ()
        self._index: RenderIndex | None = None
        self._specs: tuple[PassageRow, ...] = ()
        self._marked: tuple[int, ...] = ()
        self._marks: tuple[Sequence[DiffOp], str, Mapping[DiffOp, str], DiffOp | None] = ((), "a", {}, None)
        self._rows: list[Static] = []
        self._drawn_width = 0

    def on_mount(self) -> None:
        # Rows hold finished Text, so a new theme or highlight style means drawing them again.
        redraw_on_restyle(self, self._redraw)

    def watch_selected_entity(self) -> None:
        self._redraw()

    def on_resize(self) -> None:
        if self._rows and self._wrap_width() != self._drawn_width:
            self._redraw(layout=True)
            self.call_after_refresh(self._cursor_settled, self.cursor)

    def _redraw(self, layout: bool = False) -> None:
        """Draw every row again (new palette, chosen entity or width), keeping the marks."""
        self._drawn_width = self._wrap_width()
        ops, side, types, current = self._marks
        for number, row in enumerate(self._rows):
            if number in self._marked:
                row.update(self._content(number, ops, side, types, current), layout=layout)
            else:
                row.update(self._content(number), layout=layout)

    @property
    def rows(self) -> list[Static]:
        """The row widgets, in order (as built by the last :meth:`show`)."""
        return self._rows

    async def show(self, index: RenderIndex, article_id: str, rows: Sequence[PassageRow], *, cursor: int = 0) -> None:
        """Replace the rows with ``rows`` of ``article_id``, the cursor on row ``cursor``.

        Call it once the column has its size: rows are wrapped to the column's width."""
        self.article_id = article_id
        self._index, self._specs = index, tuple(rows)
        self._highlighted = self._marked = ()
        self._rows = []
        self._drawn_width = self._wrap_width()
        await self.remove_children()
        for number, row in enumerate(rows):
            widget = Static(self._content(number), classes="passage")
            widget.set_class(not row.matched, "-unmatched")
            widget.set_class(row.paragraph_start and number > 0, "-paragraph-start")
            self._rows.append(widget)
        await self.mount_all(self._rows)
        self.set_reactive(PassageColumn.cursor, self.validate_cursor(cursor))
        self._mark_cursor(None, self.cursor)

    def _wrap_width(self) -> int:
        """The width rows are wrapped to; 0 before the first layout (rows are then left unwrapped:
        they are filled before it so that keys find them at once, and the resize that follows
        wraps them; wrapping to a guess would be work thrown away)."""
        if not self.size.width:
            return 0
        return max(10, self.scrollable_content_region.width - GUTTER_WIDTH)

    def _content(
        self, number: int, ops: Sequence[DiffOp] = (), side: str = "a", types: Mapping[DiffOp, str] | None = None,
        current: DiffOp | None = None,
    ) -> Text:
        """Row ``number``: the reader's gutter (a glyph per other report carrying the passage),
        then the passage with ``side``'s differences in ``ops`` marked, wrapped here so every
        line after the first hangs clear of the gutter. One widget per row keeps filling a
        column cheap. No carets: the other column shows the missing words, and rows that keep
        their height keep the two columns level."""
        index, row = self._index, self._specs[number]
        width = self._drawn_width
        marks = index.sentence_marks(self.article_id).get(row.sentence)
        content = index.gutter(self.palette(), self.article_id, marks, GUTTER_WIDTH)
        if row.conflict:
            content = content[: GUTTER_WIDTH - 1]
            content.append(CONFLICT_SIGN, self.get_component_rich_style("difference--conflict", partial=True))
        passage = self.difference_text(index, row.span, ops, side=side, carets=False, types=types, current=current)
        if not width:
            content.append_text(passage)
            content.no_wrap = True
            return content
        for position, line in enumerate(passage.wrap(self.app.console, width)):
            if position:
                content.append("\n" + " " * GUTTER_WIDTH)
            content.append_text(line)
        content.no_wrap = True
        return content

    def show_differences(
        self, numbers: Sequence[int], ops: Sequence[DiffOp], *, side: str, types: Mapping[DiffOp, str] | None = None,
        current: DiffOp | None = None,
    ) -> None:
        """Mark ``side``'s differences in ``ops`` (in their ``types``' looks, ``current`` over
        all) on rows ``numbers``, and clear the rows marked before: only the passage pair under
        the cursor carries word marks, so paraphrases elsewhere do not drown the page in colour."""
        rows = self.rows
        for number in self._marked:
            if number < len(rows) and number not in numbers:
                rows[number].update(self._content(number), layout=False)
        self._marked = tuple(n for n in numbers if 0 <= n < len(rows))
        self._marks = (ops, side, types or {}, current)
        if self._wrap_width() != self._drawn_width:
            self._redraw(layout=True)  # the width changed and the resize is yet to come: all rows
            return
        for number in self._marked:
            # Marks change styles, never widths or wrapping, so no layout is needed.
            rows[number].update(self._content(number, ops, side, types, current), layout=False)

    def shown(self, number: int) -> Text:
        """What row ``number`` shows now: gutter and wrapped text."""
        return self._rows[number].content

    @property
    def marked(self) -> tuple[int, ...]:
        """Rows whose word differences are shown."""
        return self._marked

    def validate_cursor(self, cursor: int) -> int:
        return min(max(cursor, 0), max(len(self._rows) - 1, 0))

    def watch_cursor(self, old: int, new: int) -> None:
        self._mark_cursor(old, new)
        self.call_after_refresh(self._cursor_settled, new)

    def on_click(self, event: Click) -> None:
        """A click puts the cursor on the row clicked (the mouse works, though never needed)."""
        row = next((node for node in event.widget.ancestors_with_self if node in self._rows), None) if event.widget else None
        if row is not None:
            self.focus()
            self.cursor = self._rows.index(row)

    def put_cursor(self, index: int) -> None:
        """Move the cursor to ``index``, announcing it (and scrolling to it) even if it was there."""
        index = self.validate_cursor(index)
        if index == self.cursor:
            self.call_after_refresh(self._cursor_settled, index)
        else:
            self.cursor = index

    def first_visible(self) -> int:
        """The first row whose top is in view (the last row above it when none is)."""
        top = round(self.scroll_y)
        rows = self.rows
        return next((i for i, row in enumerate(rows) if row.virtual_region.y >= top), max(len(rows) - 1, 0))

    def _mark_cursor(self, old: int | None, new: int) -> None:
        rows = self.rows
        if old is not None and 0 <= old < len(rows):
            rows[old].remove_class("-cursor")
        if 0 <= new < len(rows):
            rows[new].add_class("-cursor")

    def _cursor_settled(self, index: int) -> None:
        if index == self.cursor and self.children:
            self.bring_into_view(index)
            self.post_message(self.CursorMoved(self, index))

    def highlight(self, indices: Sequence[int]) -> None:
        """Mark rows ``indices`` as the counterpart of the other column's cursor."""
        rows = self.rows
        for index in self._highlighted:
            if index < len(rows):
                rows[index].remove_class("-counterpart")
        self._highlighted = tuple(i for i in indices if 0 <= i < len(rows))
        for index in self._highlighted:
            rows[index].add_class("-counterpart")

    @property
    def highlighted(self) -> tuple[int, ...]:
        return self._highlighted

    def row_offset(self, index: int) -> int:
        """How many screen rows below the column's top edge row ``index`` starts."""
        return self.rows[index].virtual_region.y - round(self.scroll_y)

    def bring_into_view(self, index: int) -> None:
        """Scroll just enough that row ``index`` is fully visible (its top if it is too tall)."""
        region = self.rows[index].virtual_region
        top, height = round(self.scroll_y), self.scrollable_content_region.height
        if region.y < top or region.height > height:
            top = region.y
        elif region.bottom > top + height:
            top = region.bottom - height
        self.scroll_to(y=top, animate=False, immediate=True)

    def level_with(self, index: int, offset: int) -> None:
        """Scroll so that row ``index`` starts ``offset`` rows below the top, as far as the
        column's length allows (the first rows cannot be pulled down, nor the last up)."""
        self.scroll_to(y=self.rows[index].virtual_region.y - offset, animate=False, immediate=True)

    def reachable_offsets(self, index: int) -> tuple[int, int]:
        """The lowest and highest ``row_offset`` row ``index`` can be scrolled to."""
        y = self.rows[index].virtual_region.y
        return y - round(self.max_scroll_y), y

    def last_offset(self, index: int) -> int:
        """The largest offset at which row ``index`` is still wholly in view (0 if too tall)."""
        return max(0, self.scrollable_content_region.height - self.rows[index].virtual_region.height)

    def page_target(self, step: int, fraction: float = 1.0) -> int:
        """The row a page key moves the cursor to: the one a screenful (times ``fraction``)
        below (``step`` = +1) or above (-1) the cursor's row, always at least one row away."""
        tops = [row.virtual_region.y for row in self.rows]
        return page_target(tops, self.cursor, max(1, int(self.scrollable_content_region.height * fraction)), step)
