"""One report as a column of passages (sentences) with a cursor, for the compare view.

The column only shows what it is given and says where its cursor went: the screen decides
what the counterpart is and asks the other column to highlight it and scroll level. Each
passage is the reader's gutter (a glyph per other report carrying the passage, ``◆`` when
none does) and its text wrapped beside it, a blank row above a new paragraph; the report's
headline, when it has one, is the first row, drawn as a headline. Rows are drawn
only when on screen (:class:`reader.ui.drawing.LineView`), so a column of thousands of
passages opens, scrolls and swaps as fast as one of thirty. A passage's state (cursor,
counterpart, unmatched) is a component class (``passage-column--cursor`` ...), so the look
lives in ``styles/compare.tcss``. A row whose figures conflict with the other report's
carries a ``!`` in the gutter's last cell.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.cache import LRUCache
from textual.events import Click
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip

from reader.core.model import Article, DiffOp, Span
from reader.ui.drawing import LineView, drawn_for_a_turn, next_turn, segments_strip, wrap_offsets
from reader.ui.paging import page_target
from reader.ui.render import NumberRoom, RenderIndex
from reader.ui.widgets.difference_text import DifferenceText, redraw_on_restyle

GUTTER_WIDTH = 5
"""Room for four other reports' glyphs (a ``+`` says there are more) and a space."""
STATES = ("headline", "unmatched", "counterpart", "cursor")
"""A passage's states, in the order their looks are laid on (a later one wins)."""
WRAPPED_WHOLE = 400
"""Rows (guessed) up to which a report is wrapped whole as it is shown (a few milliseconds)."""
SCREENS_WRAPPED = 4
"""Screenfuls of rows wrapped as a longer report is shown: the rest is wrapped after the key's frame."""
_UNWRAPPED = 1 << 30
"""The width rows are laid out at before the column has one: one screen row per passage."""


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


def _wrapped(article: Article, start: int, end: int, width: int, room: NumberRoom) -> list[tuple[int, int]]:
    """Passage ``[start, end)`` wrapped to ``width``: in the body, or below 0 in the title line
    (:class:`~reader.core.model.Span`), whose offsets count back from its end."""
    if start >= 0:
        return wrap_offsets(article.body, start, end, width, room)
    source = article.source(Span(article.id, start, end))
    shift = len(source)
    return [(a - shift, b - shift) for a, b in wrap_offsets(source, start + shift, end + shift, width)]


class Layout:
    """The screen rows of passages ``(start, end, paragraph_start)`` wrapped to ``width`` (with
    ``room`` for the entities' numbers), wrapped only as far as asked: a column shows a
    screenful, and the rest is wrapped a turn at a time after the key (:meth:`rest`) or when a
    key looks further. ``lines`` holds per row (passage, part, start, end), part -1 being the
    blank above a paragraph; ``tops`` and ``ends`` each wrapped passage's first row and the row
    after its last."""

    def __init__(self, article: Article | None, geometry: Sequence[tuple[int, int, bool]], width: int, room: NumberRoom) -> None:
        self._article, self._geometry, self._width, self._room = article, geometry, width, room
        self.lines: list[tuple[int, int, int, int]] = []
        self.tops: list[int] = []
        self.ends: list[int] = []
        # The rows not yet wrapped, guessed from their length (at least one a passage): with the
        # rows wrapped, the scrollbar's length until all are (never shorter than those wrapped).
        self._unwrapped = sum((end - start) // width + 1 + (bool(start_paragraph) and n > 0)
                              for n, (start, end, start_paragraph) in enumerate(geometry))

    @property
    def done(self) -> bool:
        return len(self.tops) == len(self._geometry)

    @property
    def height(self) -> int:
        """The column's rows: exact once :attr:`done`, else those wrapped and a guess at the rest."""
        return len(self.lines) + (0 if self.done else self._unwrapped)

    def _wrap_next(self) -> None:
        number = len(self.tops)
        start, end, paragraph_start = self._geometry[number]
        self._unwrapped -= (end - start) // self._width + 1 + (bool(paragraph_start) and number > 0)
        if paragraph_start and number:
            self.lines.append((number, -1, start, start))
        self.tops.append(len(self.lines))
        width = self._width
        pieces = (_wrapped(self._article, start, end, width, self._room) if width < _UNWRAPPED else None) or [(start, end)]
        self.lines.extend((number, part, a, b) for part, (a, b) in enumerate(pieces))
        self.ends.append(len(self.lines))

    def through_passage(self, number: int) -> None:
        """Wrap the passages up to ``number`` (every passage with a lower one)."""
        while len(self.tops) <= min(number, len(self._geometry) - 1):
            self._wrap_next()

    def through_row(self, row: int) -> None:
        """Wrap until screen row ``row`` is (or all is): every passage starting at or above it is then wrapped."""
        while len(self.lines) <= row and not self.done:
            self._wrap_next()

    def rest(self) -> Iterator[None]:
        """Wrap the rest, a passage a step."""
        while not self.done:
            self._wrap_next()
            yield


_LAYOUTS: LRUCache[tuple, Layout] = LRUCache(8)


class PassageColumn(DifferenceText, LineView, can_focus=True):
    """A focusable column of passage rows; ``cursor`` is the index of the current row."""

    # Its own row states (they follow its focus); the palette and the differences' looks are its screen's.
    COMPONENT_CLASSES = {f"passage-column--{state}" for state in STATES}

    cursor: reactive[int] = reactive(0, init=False, repaint=False)  # watch_cursor repaints the rows it changed
    selected_entity: reactive[str | None] = reactive(None, init=False)
    """The chosen entity, marked in every row (the screen sets it)."""
    search_hits: reactive[tuple[Span, ...]] = reactive((), init=False)
    """The words the last search of this column found, marked (the screen sets them)."""

    class CursorMoved(Message):
        """The column's cursor landed on row ``index`` (posted as it moves; it is scrolled into view
        after the next frame, once laid out)."""

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
        self._marks_drawn = 0
        """Counts the marks shown: part of a marked row's cache key."""
        self._texts: LRUCache[tuple[int, int], Text] = LRUCache(256)
        """Whole passages with their highlights, by (row, marks)."""
        self._drawn: LRUCache[tuple[int, int], list[list[Segment]]] = LRUCache(256)
        """The same rendered and cut into screen rows (see :meth:`_pieces`)."""
        self._state_styles: dict[tuple[str, ...], Style] = {}
        self._gutters: dict[tuple, list[Segment]] = {}
        """Gutters rendered, by what they show: most passages share one (blank, ``◆``, a report's glyph)."""
        self._width = 0
        """The width the rows are laid out at (0: not yet)."""
        self._layout = Layout("", (), _UNWRAPPED, NumberRoom())
        self._lines: list[tuple[int, int, int, int]] = []
        """Per screen row wrapped so far: (passage row, part, start, end); see :class:`Layout`."""
        self._tops: list[int] = []
        self._ends: list[int] = []

    def on_mount(self) -> None:
        # Rows are kept as drawn, so a new theme or highlight style means drawing them again.
        redraw_on_restyle(self, self.forget_rows)

    def restyled(self) -> None:
        self._texts.clear()
        self._drawn.clear()
        self._gutters.clear()

    def forget_rows(self) -> None:
        self._texts.clear()
        self._drawn.clear()
        self._gutters.clear()
        super().forget_rows()

    def watch_selected_entity(self) -> None:
        self.forget_rows()

    def watch_search_hits(self) -> None:
        self.forget_rows()

    def on_resize(self) -> None:
        """Wrap again at the new width and say where the cursor is, so the screen levels the
        counterpart again. Whatever the width: the first frame at the new size may have wrapped
        the rows already (:meth:`render_lines`), and a new height moves the levelled rows too."""
        if self._specs:
            self._lay_out()
            self.call_after_refresh(self._announce, self.cursor)

    @property
    def rows(self) -> tuple[PassageRow, ...]:
        """The passages shown, in order (as given to the last :meth:`show`)."""
        return self._specs

    def show(self, index: RenderIndex, article_id: str, rows: Sequence[PassageRow], *, cursor: int = 0) -> bool:
        """Show ``rows`` of ``article_id``, the cursor on row ``cursor``. The very rows shown
        again (the compare view opened again on the same pair, kept by it) keep what was drawn
        of them: only rows whose marks or cursor differ are drawn again. Says whether they were."""
        rows = tuple(rows)
        again = rows is self._specs and article_id == self.article_id and index is self._index
        if again:  # the rows in other looks now: the cursor's, the counterpart, the marked ones
            self.refresh_rows((*self._highlighted, *self._marked, self.cursor, self.validate_cursor(cursor)))
        else:
            self.article_id = article_id
            self._index, self._specs = index, rows
            self._width = 0
            self._lay_out()
            self.forget_rows()
        self._highlighted = self._marked = ()
        self.set_reactive(PassageColumn.cursor, self.validate_cursor(cursor))
        return again

    # Layout ------------------------------------------------------------------
    def _wrap_width(self) -> int:
        """The width passages are wrapped to (one row each before the column has a width): a
        cell short of the scrollbar, which a word ending against it would seem to run into."""
        if not self.size.width:
            return _UNWRAPPED
        return max(10, self.scrollable_content_region.width - GUTTER_WIDTH - 1)

    def _lay_out(self) -> None:
        """Lay the passages out at the column's width: offsets only, no text is drawn, and only
        as far as asked (:class:`Layout`), the rest wrapped a turn at a time after the key.
        Layouts are kept by report, passages and width, so swapping columns or coming back
        wraps nothing."""
        width = self._wrap_width()
        if width == self._width:
            return
        self._width = width
        geometry = tuple((row.span.start, row.span.end, row.paragraph_start) for row in self._specs)
        room = self._index.number_room(self.article_id) if self._specs else NumberRoom()
        key = (self.article_id, width, geometry, room)
        layout = _LAYOUTS.get(key)
        if layout is None:
            article = self._index.dossier.article(self.article_id) if self._specs else None
            layout = _LAYOUTS[key] = Layout(article, geometry, width, room)
        self._layout = layout
        self._lines, self._tops, self._ends = layout.lines, layout.tops, layout.ends
        self._drawn.clear()  # cut at the old width
        if width < _UNWRAPPED:
            # A report of usual length is wrapped whole, its length exact at once; a long one a few
            # screenfuls (levelling a counterpart scrolls that far), the rest after the frame.
            if layout.height <= WRAPPED_WHOLE:
                layout.through_passage(len(self._specs) - 1)
            else:
                layout.through_row(SCREENS_WRAPPED * self.scrollable_content_region.height)
            if not layout.done:  # the rest after the frame the key shows
                self.call_after_refresh(self._wrap_a_turn, layout, layout.rest())
        self._set_height()

    def _wrap_a_turn(self, layout: Layout, steps: Iterator[None]) -> None:
        """Wrap the rest of ``layout`` for a turn (:func:`drawn_for_a_turn`), queued behind what
        came meanwhile; once all is wrapped, the scrollbar takes the exact length."""
        if layout is not self._layout:
            return  # another report or width since
        if drawn_for_a_turn(steps):
            self._set_height(repaint=False)
        else:
            next_turn(self, self._wrap_a_turn, layout, steps)

    def _set_height(self, *, repaint: bool = True) -> None:
        """The scrollbar's length from the rows wrapped and the guess at the rest. More rows
        wrapped change no row drawn (each is wrapped before it is drawn): no repaint then."""
        self.set_content_size(Size(self.scrollable_content_region.width, self._layout.height), repaint=repaint)

    def _wrapped_through(self, row: int) -> None:
        """Wrap the passages starting at or above screen row ``row`` (a key looking that far)."""
        self._lay_out()
        if len(self._lines) <= row and not self._layout.done:
            self._layout.through_row(row)
            self._set_height(repaint=False)

    def render_lines(self, crop: Region) -> list[Strip]:
        self._lay_out()  # the first frame may come before the first resize
        return super().render_lines(crop)

    # Drawing -----------------------------------------------------------------
    def states(self, number: int) -> tuple[str, ...]:
        """The states row ``number`` is drawn in (of :data:`STATES`)."""
        row = self._specs[number]
        found = {"headline": row.span.in_title, "unmatched": not row.matched, "counterpart": number in self._highlighted,
                 "cursor": number == self.cursor and self.has_focus}
        return tuple(state for state in STATES if found[state])

    def _state_style(self, states: tuple[str, ...]) -> Style:
        """The look of a row in ``states``, read once per restyle (not once per row drawn)."""
        style = self._state_styles.get(states)
        if style is None:
            others = [f"passage-column--{state}" for state in states if state != "headline"]
            style = self.get_component_rich_style(*others) if others else self.pane_style
            if "headline" in states:  # laid under the others: merged with them, its text style was lost
                style = self.get_component_rich_style("passage-column--headline") + style
            self._state_styles[states] = style
        return style

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._state_styles = {}

    def render_line(self, y: int) -> Strip:
        width, _, scroll_y = self.frame()
        return self._line(round(scroll_y) + y, width)

    def draw_ahead(self) -> Iterator[None]:
        """Draw the screen rows a show from the top puts in view, one per step, at the column's
        width (none before it has one), and finish them as the last paint did: shown, they are
        drawn already."""
        width, height = self.scrollable_content_region.size
        if width:
            self._lay_out()
            self._layout.through_row(height)
            for number in range(min(len(self._lines), height)):
                self.finish_ahead(self._line(number, width))
                yield

    def _line(self, number: int, width: int) -> Strip:
        """Screen row ``number`` of the whole column, ``width`` cells wide."""
        self._layout.through_row(number)
        if number >= len(self._lines):
            return Strip.blank(width, self.pane_style)
        row, part, _, _ = self._lines[number]
        if part < 0:
            return Strip.blank(width, self.pane_style)
        style = self._state_style(self.states(row))
        marks = self._marks_drawn if row in self._marked else 0
        return self.cached_strip((row, part, width, style, marks), lambda: self._draw(row, part, width, style, marks))

    def _draw(self, row: int, part: int, width: int, style: Style, marks: int) -> Strip:
        gutter = self._gutter_segments(row) if part == 0 else [Segment(" " * GUTTER_WIDTH)]
        return segments_strip([*gutter, *self._pieces(row, marks)[part]], width, style)

    def _gutter_segments(self, number: int) -> list[Segment]:
        """Passage ``number``'s gutter rendered, once per look of a gutter (see :meth:`_gutter`)."""
        row = self._specs[number]
        key = (self._index.sentence_marks(self.article_id).get(row.sentence), row.conflict)
        segments = self._gutters.get(key)
        if segments is None:
            segments = self._gutters[key] = list(self._gutter(number).render(self.app.console))
        return segments

    def _pieces(self, number: int, marks: int) -> list[list[Segment]]:
        """Passage ``number``'s screen rows as segments: the passage is rendered once and cut at
        its rows' bounds (the spaces between rows dropped), not sliced and rendered row by row."""
        pieces = self._drawn.get((number, marks))
        if pieces is None:
            passage = self._passage(number, marks)
            room, first, plain = self._index.number_room(self.article_id), self._specs[number].span.start, passage.plain
            cuts = [cell_len(plain[: room.drawn(first, offset)])
                    for line in self._lines[self._tops[number]:self._ends[number]] for offset in line[2:]]
            pieces = list(Segment.divide(passage.render(self.app.console), cuts))[1::2]
            pieces += [[] for _ in range(len(cuts) // 2 - len(pieces))]  # rows past the text's end
            self._drawn[(number, marks)] = pieces
        return pieces

    def _gutter(self, number: int) -> Text:
        """The reader's gutter (a glyph per other report carrying the passage), ``!`` at its end
        when the passage's figures conflict with the other report's."""
        index, row = self._index, self._specs[number]
        marks = index.sentence_marks(self.article_id).get(row.sentence)
        return index.gutter(self.palette(), self.article_id, marks, GUTTER_WIDTH, conflict=row.conflict)

    def _passage(self, number: int, marks: int) -> Text:
        """Passage ``number`` with its highlights, and ``side``'s differences when it is marked.
        No carets: the other column shows the missing words, and rows that keep their height
        keep the two columns level."""
        text = self._texts.get((number, marks))
        if text is None:
            ops, side, types, current = self._marks if marks else ((), "a", {}, None)
            text = self.difference_text(self._index, self._specs[number].span, ops, side=side, carets=False,
                                        types=types, current=current)
            self._texts[(number, marks)] = text
        return text

    def shown(self, number: int) -> Text:
        """What row ``number`` shows now: gutter and wrapped text (continuations indented)."""
        self._top(number)
        marks = self._marks_drawn if number in self._marked else 0
        passage = self._passage(number, marks)
        content = self._gutter(number)
        for line in range(self._tops[number], self._ends[number]):
            _, part, a, b = self._lines[line]
            if part:
                content.append("\n" + " " * GUTTER_WIDTH)
            content.append_text(self._part(passage, number, a, b))
        return content

    def _part(self, passage: Text, number: int, start: int, end: int) -> Text:
        """Body ``[start, end)`` of passage ``number`` cut from its drawn ``passage``, with the
        entities' numbers that follow mentions ending there."""
        room, first = self._index.number_room(self.article_id), self._specs[number].span.start
        return passage[room.drawn(first, start):room.drawn(first, end)]

    def show_differences(
        self, numbers: Sequence[int], ops: Sequence[DiffOp], *, side: str, types: Mapping[DiffOp, str] | None = None,
        current: DiffOp | None = None,
    ) -> None:
        """Mark ``side``'s differences in ``ops`` (in their ``types``' looks, ``current`` over
        all) on rows ``numbers``, and clear the rows marked before: only the passage pair under
        the cursor carries word marks, so paraphrases elsewhere do not drown the page in colour."""
        was = self._marked
        self._marked = tuple(n for n in numbers if 0 <= n < len(self._specs))
        self._marks = (ops, side, types or {}, current)
        self._marks_drawn += 1
        self.refresh_rows((*was, *self._marked))

    @property
    def marked(self) -> tuple[int, ...]:
        """Rows whose word differences are shown."""
        return self._marked

    # Cursor ------------------------------------------------------------------
    def validate_cursor(self, cursor: int) -> int:
        return min(max(cursor, 0), max(len(self._specs) - 1, 0))

    def watch_cursor(self, old: int, new: int) -> None:
        self.refresh_rows((old, new))
        self._announce(new)

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    def on_click(self, event: Click) -> None:
        """A click puts the cursor on the row clicked (the mouse works, though never needed)."""
        offset = event.get_content_offset(self)
        line = round(self.scroll_y) + offset.y if offset is not None else len(self._lines)
        self._wrapped_through(line)
        if line < len(self._lines):
            self.focus()
            self.cursor = self._lines[line][0]

    def put_cursor(self, index: int) -> None:
        """Move the cursor to ``index``, announcing it (and scrolling to it) even if it was there."""
        index = self.validate_cursor(index)
        if index == self.cursor:
            self._announce(index)
        else:
            self.cursor = index

    def _announce(self, index: int) -> None:
        """Say where the cursor went at once, and scroll to it after the next frame (laid out by
        then). Said after that frame, a key covering the view first (``w`` in ``c j j w``) left the
        screen's status line on an earlier passage until the view was shown again."""
        if self._specs:
            self.post_message(self.CursorMoved(self, index))
            self.call_after_refresh(self._bring_cursor_into_view, index)

    def _bring_cursor_into_view(self, index: int) -> None:
        if index == self.cursor and self._specs:
            self.bring_into_view(index)

    def highlight(self, indices: Sequence[int]) -> None:
        """Mark rows ``indices`` as the counterpart of the other column's cursor."""
        was = self._highlighted
        self._highlighted = tuple(i for i in indices if 0 <= i < len(self._specs))
        self.refresh_rows((*was, *self._highlighted))

    def refresh_rows(self, numbers: Sequence[int]) -> None:
        """Repaint the screen rows of passages ``numbers`` that are in view: a cursor, highlight or
        marks that moved change those rows alone, and the rest of the column (its strips and the
        cells sent to the terminal) stays as it is."""
        top, height, width = round(self.scroll_y), self.scrollable_content_region.height, self.size.width
        self._wrapped_through(top + height)
        regions = []
        for number in set(numbers):
            if 0 <= number < len(self._tops):
                start, end = max(self._tops[number] - top, 0), min(self._ends[number] - top, height)
                if start < end:
                    regions.append(Region(0, start, width, end - start))
        if regions:
            self.refresh(*regions)

    @property
    def highlighted(self) -> tuple[int, ...]:
        return self._highlighted

    # Geometry ----------------------------------------------------------------
    def _top(self, index: int) -> int:
        self._lay_out()
        if index >= len(self._tops) and not self._layout.done:
            self._layout.through_passage(index)
            self._set_height(repaint=False)
        return self._tops[index]

    def _height(self, index: int) -> int:
        return self._ends[index] - self._top(index)

    def first_visible(self) -> int:
        """The first row whose top is in view (the last row above it when none is)."""
        top = round(self.scroll_y)
        self._wrapped_through(top)
        found = bisect_right(self._tops, top - 1)
        if found == len(self._tops) < len(self._specs):
            self._top(found)
        return found if found < len(self._tops) else max(len(self._tops) - 1, 0)

    def row_offset(self, index: int) -> int:
        """How many screen rows below the column's top edge row ``index`` starts."""
        return self._top(index) - round(self.scroll_y)

    def bring_into_view(self, index: int) -> None:
        """Scroll just enough that row ``index`` is fully visible (its top if it is too tall)."""
        y, rows = self._top(index), self._height(index)
        top, height = round(self.scroll_y), self.scrollable_content_region.height
        if y < top or rows > height:
            top = y
        elif y + rows > top + height:
            top = y + rows - height
        self._scroll_wrapped(top)

    def _scroll_wrapped(self, top: int) -> None:
        """Scroll to ``top``, the rows a screen shows from there wrapped first: with the rest of the
        column not yet wrapped, Textual would otherwise stop the scroll at a guessed length."""
        self._wrapped_through(top + self.scrollable_content_region.height)
        self.scroll_to(y=top, animate=False, immediate=True)

    def level_with(self, index: int, offset: int) -> None:
        """Scroll so that row ``index`` starts ``offset`` rows below the top, as far as the
        column's length allows (the first rows cannot be pulled down, nor the last up)."""
        self._scroll_wrapped(self._top(index) - offset)

    def reachable_offsets(self, index: int) -> tuple[int, int]:
        """The lowest and highest ``row_offset`` row ``index`` can be scrolled to."""
        y = self._top(index)
        self._wrapped_through(y + self.scrollable_content_region.height)  # the last rows' limit is exact, or lies above
        return y - round(self.max_scroll_y), y

    def last_offset(self, index: int) -> int:
        """The largest offset at which row ``index`` is still wholly in view (0 if too tall)."""
        return max(0, self.scrollable_content_region.height - self._height(index))

    def page_target(self, step: int, fraction: float = 1.0) -> int:
        """The row a page key moves the cursor to: the one a screenful (times ``fraction``)
        below (``step`` = +1) or above (-1) the cursor's row, always at least one row away."""
        rows = max(1, int(self.scrollable_content_region.height * fraction))
        self._wrapped_through(self._top(self.cursor) + rows)
        return page_target(self._tops, self.cursor, rows, step)
