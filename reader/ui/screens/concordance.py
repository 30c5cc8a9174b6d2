"""The concordance: every occurrence of an entity or searched words across all reports.

One line per occurrence (:func:`reader.core.text.concordance.concordance`), the occurrences
aligned in one column with the words before and after them, grouped under each report's
outlet in its colour. ``Enter`` reads the occurrence in the reader (a jump ``ctrl+o`` undoes).

A common word has thousands of occurrences: they are gathered in a worker while the view says
so (``escape`` leaves at once, though the worker gathers on to its end, its answer dropped), and
each line is drawn when first in view, so opening the view, ``G`` and ``j`` cost a screenful of
lines, not every occurrence's.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from rich.cells import cell_len, get_character_cell_size
from rich.console import Console, ConsoleOptions, RenderResult
from rich.style import Style
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from reader.core.model import Span
from reader.core.text.concordance import ELLIPSIS, Occurrence, concordance, shared_out
from reader.ui.render import PaletteMixin
from reader.ui.widgets.cursor_list import CursorList
from reader.ui.widgets.key_bar import KeyBar
from reader.ui.widgets.notices import Notices
from reader.ui.wording import counted, cut, keys_shown

MOST = 5000
"""Occurrences listed at most (a search for a common word in a big dossier finds many more), shared
among the reports (:func:`~reader.core.text.concordance.shared_out`)."""


class OccurrenceRow:
    """An option's prompt: one line, drawn by ``draw`` when the list first shows it (:class:`CursorList`
    asks :meth:`height` of every option, where Textual's list draws each to measure it, and drawing
    thousands of lines to count one row each was seconds)."""

    def __init__(self, draw: Callable[[], Text]) -> None:
        self.text = draw
        """The line as drawn now (at the list's width, in the theme's colours)."""

    def height(self, console: Console, max_width: int) -> int:
        return 1

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield self.text()


class ConcordanceList(PaletteMixin, CursorList):
    """The occurrences, each option's id its number in the concordance; outlets are headings.

    Keys that move or choose, typed while the occurrences are still being gathered, are taken in
    order once they are shown (a burst ``K j enter`` reads the second occurrence)."""

    HELP_TITLE = "concordance"
    BINDINGS = [
        Binding("enter", "when_shown('select')", "Read it there"),
        Binding("j,n", "when_shown('cursor_down')", "Next occurrence", show=False),
        Binding("k,N", "when_shown('cursor_up')", "Previous occurrence", show=False),
        Binding("g", "when_shown('first')", "First", show=False),
        Binding("G", "when_shown('last')", "Last", show=False),
        Binding("space,ctrl+d", "when_shown('page_down')", "Page down", show=False),
        Binding("b,ctrl+u", "when_shown('page_up')", "Page up", show=False),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.waiting: list[str] | None = []
        """Actions typed ahead of the occurrences (``None`` once they are shown)."""

    def action_when_shown(self, action: str) -> None:
        if self.waiting is not None:
            self.waiting.append(action)
        else:
            getattr(self, f"action_{action}")()

    def shown(self) -> None:
        """The occurrences are listed: the actions typed ahead now move and choose among them."""
        waiting, self.waiting = self.waiting or [], None
        for action in waiting:
            getattr(self, f"action_{action}")()


class ConcordanceScreen(Screen[None]):
    """Every occurrence at ``spans`` (of what ``title`` names); ``entity_id`` styles them as the
    reader does, else they are shown as search hits."""

    AUTO_FOCUS = "ConcordanceList"
    HELP_WIDGETS = (ConcordanceList,)
    BINDINGS = [Binding("escape", "app.back", "Back")]

    class Gathered(Message):
        """The worker's answer: the lines of ``spans`` with ``context`` characters either side."""

        def __init__(self, spans: tuple[Span, ...], lines: tuple[Occurrence, ...], longest: int, context: int) -> None:
            super().__init__()
            self.spans, self.lines, self.longest, self.context = spans, lines, longest, context

    def __init__(self, title: str, spans: tuple[Span, ...], entity_id: str | None = None) -> None:
        super().__init__()
        self.title_text, self.entity_id = title, entity_id
        self.all_spans, self.total = spans, len(spans)
        self.spans: tuple[Span, ...] = ()
        """The occurrences listed (:data:`MOST` at most), once gathered."""
        self.per_report = Counter(span.article for span in spans)
        """Every report's occurrences, listed or not: a heading says how many of them the cap left out."""
        self.lines: tuple[Occurrence, ...] | None = None
        """The lines, ``None`` while the worker gathers them."""
        self._longest = 0
        """The widest occurrence (cells): the column the occurrences are aligned in follows it."""
        self._cut_to = 0
        """The context the lines were cut to: as wide as the list, so a wide terminal shows more."""

    def compose(self) -> ComposeResult:
        yield Static(self._title(), id="concordance-title", markup=False)
        yield ConcordanceList(id="concordance-list")
        yield Notices()
        yield KeyBar(id="keys")

    def on_mount(self) -> None:
        self.query_one(ConcordanceList).add_option(Option(Text("Finding every occurrence…", style="italic"), disabled=True))
        self._gather(self._width())
        self.watch(self.app, "theme", lambda: self.call_after_refresh(self._fill), init=False)

    def on_resize(self) -> None:
        self._widen()

    def _widen(self) -> None:
        """Gather the lines again when the list is wider than they were cut to (a terminal widened, also
        while they were gathered); those shown meanwhile are cut to the narrower width."""
        if self.lines is not None and self._width() > self._cut_to:
            self._gather(self._width())

    def _width(self) -> int:
        """The cells a line takes: the list's, less a cell (before it is laid out, the terminal's)."""
        listing = self.query_one(ConcordanceList)
        return max(20, (listing.scrollable_content_region.width or self.app.size.width - 4) - 1)

    @work(thread=True, exclusive=True, group="concordance")
    def _gather(self, context: int) -> None:
        spans = shared_out(self.all_spans, MOST)
        lines = concordance(self.app.dossier, spans, context=context)
        longest = max((cell_len(line.hit) for line in lines), default=0)
        if not get_current_worker().is_cancelled:  # escape left the view: nobody waits for them
            self.post_message(self.Gathered(spans, lines, longest, context))

    @on(Gathered)
    def _gathered(self, event: Gathered) -> None:
        self.spans, self.lines, self._longest, self._cut_to = event.spans, event.lines, event.longest, event.context
        self.query_one("#concordance-title", Static).update(self._title())
        self._fill()
        self.query_one(ConcordanceList).shown()
        self._widen()

    def _title(self) -> str:
        if self.lines is None:
            return f"Concordance of {self.title_text}: finding {counted(self.total, 'occurrence')}… (esc leaves)"
        shown = f"{len(self.spans)} of " if len(self.spans) < self.total else ""
        first = ", each report's first ones" if shown else ""
        return (f"Concordance of {self.title_text}: {shown}{counted(self.total, 'occurrence')} "
                f"in {counted(len(self.per_report), 'report')}{first}. {keys_shown(self.app, 'enter')} reads one in its report.")

    def _fill(self) -> None:
        """An option per occurrence, each drawn when first in view, under its report's heading."""
        if self.lines is None:
            return
        listing = self.query_one(ConcordanceList)
        keep = listing.highlighted
        palette, index = listing.palette(), self.app.index
        hit_style = (palette.entity(index.entity_slot(self.entity_id)) if self.entity_id else palette.search_hit) + Style(bold=True)
        counts = Counter(line.span.article for line in self.lines)
        options: list[Option] = []
        article = None
        for number, line in enumerate(self.lines):
            if line.span.article != article:
                article = line.span.article
                heading = index.source_label(palette, article)
                listed, found = counts[article], self.per_report[article]
                heading.append(f"  {listed} of {counted(found, 'occurrence')}" if listed < found
                               else f"  {counted(found, 'occurrence')}", palette.muted)
                options.append(Option(heading, disabled=True))
            options.append(Option(OccurrenceRow(lambda line=line: self._line(line, hit_style)), id=str(number)))
        listing.clear_options()
        listing.add_options(options)
        if options:
            listing.highlighted = keep if keep is not None and keep < len(options) and not options[keep].disabled else 1

    def _line(self, line: Occurrence, hit_style: Style) -> Text:
        """``before`` right-aligned in the left half (less half the widest occurrence), the
        occurrence, then as much of ``after`` as fits the list's width."""
        width = self._width()
        left = max(8, (width - min(self._longest, width // 3)) // 2)
        before = _last_cells(line.before, left)
        text = Text(no_wrap=True, overflow="ellipsis", end="")
        text.append(" " * (left - cell_len(before)) + before)
        text.append(line.hit, hit_style)
        text.append(line.after)
        cut(text, width)
        return text

    @on(OptionList.OptionSelected)
    def _read_it(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None and self.lines is not None:
            self.app.action_show_passage(self.lines[int(event.option.id)].span)


def _last_cells(before: str, cells: int) -> str:
    """``before`` if it fits ``cells``, else an ellipsis and as much of its end as fits beside it,
    with no space after the ellipsis (``…policy``, never ``… policy``); its first two characters
    (an ellipsis the context was cut with, and one more) always go."""
    if cell_len(before) <= cells:
        return before
    start, used = len(before), 0
    while start > 2 and used + get_character_cell_size(before[start - 1]) <= cells - 1:
        start -= 1
        used += get_character_cell_size(before[start])
    return ELLIPSIS + before[start:].lstrip()
