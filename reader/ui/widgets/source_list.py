"""The list of reports: outlet in its source colour, headline, how much is shared and how much is
copied from or rewritten after another report, then words and date.

Drawn a row at a time (:class:`reader.ui.drawing.LineView`), as the article is: a cursor move
redraws the rows of the report it leaves and of the one it reaches, a focus move repaints the
pane's title and the cursor's rows (the only cells whose look follows the focus), and a dossier
of thousands opens as fast as one of five. (An OptionList laid out and restyled every option:
each key moving in the list, and each Tab, re-rendered all of it.)
"""

from __future__ import annotations

import re

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip

from reader.core.model import Article
from reader.ui.drawing import LineView, line_strip, wrap_offsets
from reader.ui.render import Palette, RenderIndex, event_number, share_parts, shared_label
from reader.ui.wording import counted, cut, whole_parts


_NAME_BREAK = re.compile(r"[.\-_/]")
"""Where a name with no space breaks best when it must: after a dot, dash, underscore or slash."""


def _name_rows(name: str, width: int) -> list[tuple[int, int]]:
    """``name`` wrapped to ``width`` cells, a word longer than a row split after its last dot,
    dash, underscore or slash in the row's second half (``spreeblick.com.`` / ``habeck``), else
    where the row ends."""
    rows, n = wrap_offsets(name, 0, len(name), width), 0
    while n < len(rows) - 1:
        (start, end), (after, _) = rows[n], rows[n + 1]
        breaks = [m.end() for m in _NAME_BREAK.finditer(name, start, end)] if end == after else []
        if breaks and breaks[-1] - start > (end - start) // 2:
            rows[n:] = [(start, breaks[-1]), *wrap_offsets(name, breaks[-1], len(name), width)]
        n += 1
    return rows


NAME_ROOM = 12
"""Cells of ``1 Outlet`` a one-line entry keeps before it gives up a fact: the longer name is cut."""


class SourceList(LineView, can_focus=True):
    """A report per one row (``compact``) or four, in dossier order; ``cursor`` is the report
    chosen, and a move of it by the user selects that report."""

    HELP_TITLE = "report list"
    BORDER_TITLE = "Reports"
    FOCUS_SHOWN_IN_TITLE = True
    COMPONENT_CLASSES = {"source-list--cursor", "source-list--hover"}
    BINDINGS = [
        Binding("j", "move(1)", "Down", show=False),
        Binding("k", "move(-1)", "Up", show=False),
        Binding("g", "move(-1e9)", "First", show=False),
        Binding("G", "move(1e9)", "Last", show=False),
        # The keys of Textual's lists, as before: not listed in the help, which names the letters.
        Binding("down", "move(1)", show=False),
        Binding("up", "move(-1)", show=False),
        Binding("home", "move(-1e9)", show=False),
        Binding("end", "move(1e9)", show=False),
        Binding("pagedown", "page(1)", show=False),
        Binding("pageup", "page(-1)", show=False),
    ]

    compact: reactive[bool] = reactive(False, init=False)
    """One line per report (narrow terminals) instead of outlet line + headline + shares + length."""
    cursor: reactive[int] = reactive(0, init=False, repaint=False)
    """The report chosen (its number in the dossier); a move redraws its rows and the ones it left."""

    class SourceSelected(Message):
        """The user moved the cursor to a report."""

        def __init__(self, article_id: str) -> None:
            super().__init__()
            self.article_id = article_id

    def __init__(self, index: RenderIndex, *, id: str | None = None) -> None:
        super().__init__(id=id, rows_kept=1024)
        self.index = index
        self._hover: int | None = None
        self._entries: LRUCache[tuple, tuple[Text, ...]] = LRUCache(256)
        """Entries drawn lately: each of their rows is drawn from the whole entry."""
        self._entries_palette: Palette | None = None
        self._widest: tuple[RenderIndex | None, int] = (None, 0)
        self._left: int | None = None
        """The report a move of the user's left, its rows not drawn again yet (see :meth:`_choose`)."""

    rows_each = 4
    """Rows a report takes: 4, or 1 when ``compact``."""

    def on_mount(self) -> None:
        self._size_to_reports()

    def on_resize(self) -> None:
        # The report chosen before the list had a size (the one reopened) is brought into view now.
        self._bring_into_view(self.cursor)

    def set_index(self, index: RenderIndex) -> None:
        """The analysis (shares, origins) or the rest of the reports arrived: draw them again."""
        self.index = index
        self.cursor = min(self.cursor, max(0, len(index.dossier.articles) - 1))
        self._size_to_reports()
        self._entries.clear()
        self.forget_rows()

    def watch_compact(self, compact: bool) -> None:
        self.rows_each = 1 if compact else 4
        self._size_to_reports()
        self._entries.clear()
        self.forget_rows()
        self._bring_into_view(self.cursor)

    def _size_to_reports(self) -> None:
        # A layout pass, not just the scrollbar's window: a narrow list is as high as its reports.
        self.virtual_size = Size(0, len(self.index.dossier.articles) * self.rows_each)

    # Drawing -----------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        width, _, top = self.frame()
        number, part = divmod(top + y, self.rows_each)
        articles = self.index.dossier.articles
        if number >= len(articles):
            return self.cached_strip(("blank", width), lambda: Strip.blank(width, self.pane_style))
        look = "cursor" if number == self.cursor else "hover" if number == self._hover else ""
        return self._row(number, part, look, width)

    def _row(self, number: int, part: int, look: str, width: int) -> Strip:
        """Row ``part`` of report ``number``'s entry, drawn with ``look`` ("cursor", "hover" or "")."""
        # A row's state (the cursor's look follows the focus) is in its key: the other rows are
        # the same strips with the focus and without, and a focus move draws none of them again.
        state = self.get_component_rich_style(f"source-list--{look}") if look else None
        article = self.index.dossier.articles[number]
        return self.cached_strip((article.id, part, state, width, self.rows_each),
                                 lambda: self._draw(article, part, state, width))

    def _cursor_ahead(self) -> None:
        """Draw (and finish) the rows of the reports above and below the cursor as the cursor
        shows them, and the cursor's own as they show without it, once the frame of a move or a
        focus change is on screen: the next ``j`` or ``k`` repaints by look-up."""
        count, width = len(self.index.dossier.articles), self.frame()[0]
        if not count or not self.size.height:
            return  # nothing to show, or hidden
        for number in {(self.cursor - 1) % count, (self.cursor + 1) % count} - {self.cursor}:
            for part in range(self.rows_each):
                self.finish_ahead(self._row(number, part, "cursor", width))
        for part in range(self.rows_each):
            self.finish_ahead(self._row(self.cursor, part, "", width))

    def restyled(self) -> None:
        # Entries hold the palette's colours, not the pane's.
        if (palette := self.palette()) != self._entries_palette:
            self._entries.clear()
            self._entries_palette = palette

    def _draw(self, article: Article, part: int, state: Style | None, width: int) -> Strip:
        key = (article.id, width)
        entry = self._entries.get(key)
        if entry is None:
            entry = self._entries[key] = self.entry(article.id, width)
        line = entry[part].copy()
        line.no_wrap, line.end = True, ""
        cut(line, width)
        return line_strip(line, self.app.console, width, self.pane_style + state if state else self.pane_style)

    def entry(self, article_id: str, width: int | None = None) -> tuple[Text, ...]:
        """The lines of a report's entry: outlet, headline, the shares (shared first: it is what
        tells reports apart), then the word count and date: each row as many whole parts as fit (a
        count is never cut), the word count on a row of its own so that no share pushes it out of a
        narrow list (beside the entity panel it is some 20 cells wide).
        An outlet name too long for a line goes on on a second row, cut only past those two rows; the
        headline follows, then the share, the word count, the other shares and the date on one row.
        In a folder of several events, ``event 2`` after the word count, before the date; compact, ``e2`` last,
        the name cut for it if need be.
        Compact, one line: ``1 Outlet   66% shared   1020 words``, the shares and the word counts
        each in a column of right-aligned numbers (up to five digits), the counts left out, then the
        word ``shared``, when they do not fit in ``width``; a name too long even for the bare share
        is cut (``1 The Long…  66%``): the share is the entry's key fact, the name is in the header."""
        palette = self.palette()
        label = self.index.source_label(palette, article_id)
        shared = shared_label(self.index.analysis, article_id)
        room = self.scrollable_content_region.width if width is None else width
        article = self.index.dossier.article(article_id)
        event = event_number(self.index.analysis, article_id)  # which event of a folder of several
        if self.compact:
            tag = f" e{event}" if event else ""  # before the counts and the word "shared": the name is cut for it
            room -= len(tag)  # the numbers in columns, after the widest name that leaves them room
            share = (shared.split() or [""])[0].rjust(len("100%"))  # "  9%" under " 75%"; a dossier's one report: none, nor its column
            words = counted(article.word_count, "word").rjust(len("10000 word") + (article.word_count != 1))  # "  521" under "12345"
            tail = " shared" if shared.endswith(" shared") else ""  # a source document's "source" is no share
            column = f"{share}{tail}".rjust(len("100% shared")) if shared else ""  # "source" ends where "shared" does: the counts line up
            fits = (f" {column}  {words}", f" {column}", f" {share}")
            said = next((said for said in fits if label.cell_len + len(said) <= room), None)
            if said is None:  # the name cut, not the share
                said = next((said for said in fits[1:] if NAME_ROOM + len(said) <= room), "")
                cut(label, room - len(said))
            label.pad_right(max(0, min(self._widest_label(), room - len(said)) - label.cell_len) if said else 0)
            return (label.append(said + tag, palette.muted),)
        # Appended, not Text(details, style): a line drawn on its own leaves a Text's own style out.
        # Cut (`` …``), the shares are in full in the status line of the report chosen.
        share_list = share_parts(self.index.analysis, article_id)
        length_list = [part for part in (counted(article.word_count, "word"), f"event {event}" if event else "", article.published) if part]
        shares, length, both = (Text().append(whole_parts(parts, room), palette.muted)
                                for parts in (share_list, length_list, share_list[:1] + length_list[:1] + share_list[1:] + length_list[1:]))
        headline = Text(" ".join(article.headline.splitlines()))
        if label.cell_len > room:  # the name goes on on a second row, under its start
            # The name wrapped on its own, a word longer than the row split ("nytimes.com.article"
            # from a file name has no space): wrapped with its number, it left the number alone.
            name = label[2:]  # after "1 "
            rows = _name_rows(name.plain, room - 2) or [(0, len(name))]
            rest = name[rows[1][0]:] if len(rows) > 1 else Text()  # as written from there on, cut to the row
            # The headline kept (in its place the name lost it), then the share (what tells reports
            # apart: after the word count, a narrow row left it out), the word count, the other shares.
            return label[:2].append_text(name[: rows[0][1]]), Text("  ").append_text(rest), headline, both
        return (label, headline, shares, length) if share_list else (label, headline, length, Text())  # no row left blank

    def _widest_label(self) -> int:
        """Cells of the widest ``1 Outlet`` of the dossier (counted once per index)."""
        if self._widest[0] is not self.index:
            self._widest = (self.index, max((cell_len(a.name) + 2 for a in self.index.dossier.articles), default=0))
        return self._widest[1]

    def refresh_focus_rows(self) -> None:
        """The cursor's rows are the only ones whose look follows the focus."""
        self.refresh_report(self.cursor)
        self.call_after_refresh(self._cursor_ahead)

    def refresh_report(self, number: int | None) -> None:
        """Redraw the rows of report ``number``."""
        if number is not None:
            self.refresh_lines(number * self.rows_each, self.rows_each)

    # Cursor ------------------------------------------------------------------
    def validate_cursor(self, cursor: int) -> int:
        return min(max(cursor, 0), max(0, len(self.index.dossier.articles) - 1))

    def watch_cursor(self, old: int, new: int) -> None:
        self.refresh_report(old)
        self._cursor_shown(new)

    def _cursor_shown(self, number: int) -> None:
        self.refresh_report(number)
        self._bring_into_view(number)
        self.call_after_refresh(self._cursor_ahead)

    def _bring_into_view(self, number: int) -> None:
        rows, height = self.rows_each, max(1, self.scrollable_content_region.height)
        top = round(self.scroll_y)
        if number * rows < top:
            top = number * rows
        elif (number + 1) * rows > top + height:
            top = (number + 1) * rows - height
        self.scroll_to(y=top, animate=False, immediate=True)

    def show(self, article_id: str) -> None:
        """Move the cursor to ``article_id`` without announcing it; a move the user made
        (:meth:`_choose`) is drawn now, with the report it selected."""
        left, self._left = self._left, None
        number = self.index.source_slot(article_id)
        if left is not None:
            self.refresh_report(left)
            if number == self.cursor:
                self._cursor_shown(number)
        self.cursor = number

    def _choose(self, number: int) -> None:
        """The user moved the cursor: select the report it comes to. The cursor is drawn there
        when the screen shows that report (:meth:`show`), in the article's frame: drawn at once, it
        went to the terminal a frame before the article, which followed some 20 to 60 ms later
        (the selection's message hops from the list to the screen)."""
        number = self.validate_cursor(number)
        if number != self.cursor:
            if self._left is None:
                self._left = self.cursor
            self.set_reactive(SourceList.cursor, number)
            self.post_message(self.SourceSelected(self.index.dossier.articles[number].id))

    def action_move(self, step: float) -> None:
        """``step`` reports down (up when negative); one step from either end goes round, as
        Textual's lists do, and a big one stops at the end."""
        count = len(self.index.dossier.articles)
        if count and abs(step) == 1:
            self._choose((self.cursor + int(step)) % count)
        else:
            self._choose(int(max(-1e9, min(1e9, self.cursor + step))))

    def action_page(self, step: int) -> None:
        self.action_move(step * max(1, self.scrollable_content_region.height // self.rows_each))

    # Mouse -------------------------------------------------------------------
    def _report_at(self, event: events.MouseEvent) -> int | None:
        offset = event.get_content_offset(self)
        if offset is None:
            return None
        number = (round(self.scroll_y) + offset.y) // self.rows_each
        return number if number < len(self.index.dossier.articles) else None

    def on_click(self, event: events.Click) -> None:
        if (number := self._report_at(event)) is not None:
            self._choose(number)

    def on_mouse_move(self, event: events.MouseMove) -> None:
        self._hover_over(self._report_at(event))

    def on_leave(self, event: events.Leave) -> None:
        self._hover_over(None)

    def _hover_over(self, number: int | None) -> None:
        if number != self._hover:
            self.refresh_report(self._hover)
            self._hover = number
            self.refresh_report(number)
