"""The concordance: every occurrence of an entity or searched words across all reports.

One line per occurrence (:func:`reader.core.text.concordance.concordance`), the occurrences
aligned in one column with the words before and after them, grouped under each report's
outlet in its colour. ``Enter`` reads the occurrence in the reader (a jump ``ctrl+o`` undoes).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from reader.core.model import Span
from reader.core.text.concordance import ELLIPSIS, Occurrence, concordance, shared_out
from reader.ui.render import PaletteMixin
from reader.ui.widgets.key_bar import KeyBar
from reader.ui.widgets.notices import Notices
from reader.ui.wording import counted, cut, keys_shown

MOST = 5000
"""Occurrences listed at most (a search for a common word in a big dossier finds many more), shared
among the reports (:func:`~reader.core.text.concordance.shared_out`)."""


class ConcordanceList(PaletteMixin, OptionList):
    """The occurrences, each option's id its number in the concordance; outlets are headings."""

    HELP_TITLE = "concordance"
    BINDINGS = [
        Binding("enter", "select", "Read it there"),
        Binding("j,n", "cursor_down", "Next occurrence", show=False),
        Binding("k,N", "cursor_up", "Previous occurrence", show=False),
        Binding("g", "first", "First", show=False),
        Binding("G", "last", "Last", show=False),
        Binding("space,ctrl+d", "page_down", "Page down", show=False),
        Binding("b,ctrl+u", "page_up", "Page up", show=False),
    ]


class ConcordanceScreen(Screen[None]):
    """Every occurrence at ``spans`` (of what ``title`` names); ``entity_id`` styles them as the
    reader does, else they are shown as search hits."""

    AUTO_FOCUS = "ConcordanceList"
    HELP_WIDGETS = (ConcordanceList,)
    BINDINGS = [Binding("escape", "app.back", "Back")]

    def __init__(self, title: str, spans: tuple[Span, ...], entity_id: str | None = None) -> None:
        super().__init__()
        self.title_text, self.entity_id = title, entity_id
        self.total, self.spans = len(spans), shared_out(spans, MOST)
        self.per_report = Counter(span.article for span in spans)
        """Every report's occurrences, listed or not: a heading says how many of them the cap left out."""
        self.lines: tuple[Occurrence, ...] = ()
        self._cut_to = 0
        """The context the lines were cut to: as wide as the list, so a wide terminal shows more."""

    def compose(self) -> ComposeResult:
        yield Static(self._title(), id="concordance-title", markup=False)
        yield ConcordanceList(id="concordance-list")
        yield Notices()
        yield KeyBar(id="keys")

    def on_mount(self) -> None:
        self._draw()
        self.watch(self.app, "theme", lambda: self.call_after_refresh(self._draw), init=False)

    def on_resize(self) -> None:
        self._draw()

    def _title(self) -> str:
        shown = f"{len(self.spans)} of " if len(self.spans) < self.total else ""
        first = ", each report's first ones" if shown else ""
        return (f"Concordance of {self.title_text}: {shown}{counted(self.total, 'occurrence')} "
                f"in {counted(len(self.per_report), 'report')}{first}. {keys_shown(self.app, 'enter')} reads one in its report.")

    def _draw(self) -> None:
        listing = self.query_one(ConcordanceList)
        keep = listing.highlighted
        palette, index = listing.palette(), self.app.index
        hit_style = palette.entity(index.entity_slot(self.entity_id)) if self.entity_id else palette.search_hit
        width = max(20, (listing.scrollable_content_region.width or self.app.size.width - 4) - 1)
        if width > self._cut_to:
            self.lines, self._cut_to = concordance(self.app.dossier, self.spans, context=width), width
        longest = max((cell_len(line.hit) for line in self.lines), default=0)
        left = max(8, (width - min(longest, width // 3)) // 2)
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
            options.append(Option(_line(line, left, width, hit_style + Style(bold=True)), id=str(number)))
        listing.clear_options()
        listing.add_options(options)
        if options:
            listing.highlighted = keep if keep is not None else 1

    @on(OptionList.OptionSelected)
    def _read_it(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.app.action_show_passage(self.lines[int(event.option.id)].span)


def _line(line: Occurrence, left: int, width: int, hit_style: Style) -> Text:
    """``before`` right-aligned in ``left`` cells, the occurrence, then as much of ``after`` as fits."""
    before = fitted_before(line.before, left)
    text = Text(no_wrap=True, overflow="ellipsis", end="")
    text.append(" " * (left - cell_len(before)) + before)
    text.append(line.hit, hit_style)
    text.append(_start_of(line.after, width + 1 - text.cell_len))
    cut(text, width)
    return text


def _start_of(after: str, cells: int) -> str:
    """The start of ``after`` at least ``cells`` wide (all of it when narrower): the cut that follows is
    the same, and cutting all of it (each character measured as Rich truncates) was most of ``K``."""
    end = max(0, cells)
    while end < len(after) and cell_len(after[:end]) < cells:
        end += max(1, cells)
    return after[:end]


def fitted_before(before: str, left: int) -> str:
    """``before`` in ``left`` cells (8 or more): whole if it fits, else an ellipsis and as much of its end as
    fits, from a character that is no space (``…policy``, never ``… policy``). The cut is searched by
    halves (a later start is never wider): dropping a character at a time, each cut measured anew, cost
    ``K`` 100 ms of the UI thread at 500 reports (300 lines, some 70 cuts each)."""
    if cell_len(before) <= left:
        return before
    # The first cut drops two characters; the ellipsis alone, the last, fits.
    first = bisect_left(range(2, len(before) + 1), True, key=lambda at: cell_len(ELLIPSIS + before[at:].lstrip()) <= left)
    return ELLIPSIS + before[first + 2:].lstrip()
