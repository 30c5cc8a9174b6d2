"""The notices strip: problems (a file not opened, a cache or save that failed, a failed analysis)
and Same story?, told in rows of their own above the status line and the key bar, never over the
text being read (as toasts, at 80x24 two covered a third of the article for 12 s).

Every screen the user reads in (the reader and each view) shows this strip, each drawing the
app's one set of notices (``DossierApp.notices``): a problem met while a view is on top reads
as it does on the reader, escape dismisses it there too (before anything else: the key bar says
so), and it is gone from every screen at once.

The notices are kept as told and made inert here, where they are drawn: nothing in them (markup,
escape sequences, bidi controls, line breaks) is read as anything but text. The toasts (short
answers, Textual's, at the bottom right) are lifted above the strip, so neither hides the other.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text
from textual.screen import Screen
from textual.widgets import Static

from reader.core.safe_text import inert_line

NOTICE_SECONDS = 15
"""How long the notices stay unless escape dismisses them (each says where to see it again: the
palette's Same story? or Problems, the report list's border)."""

TOAST_RACK = "#textual-toastrack"
"""The id Textual gives each screen's container of toasts."""


Notice = str | tuple[str, ...]
"""A notice as told: one line, or lines (the first beside the title, the others under it)."""

FRAME = 3
"""Cells of each row the strip's border and padding take (``styles/app.tcss``)."""


def drawn(title: str, notice: Notice) -> Text:
    """A notice as the strip shows it: its title in bold, then its lines, each inert, those after the
    first under the first (a line break in a file's name is a visible ``␤``, never a row)."""
    lines = (notice,) if isinstance(notice, str) else notice
    title = inert_line(title)
    indent = "\n" + " " * (cell_len(title) + 1)
    return Text.assemble((f"{title} ", "bold"), *(part for n, line in enumerate(lines) for part in (indent * bool(n), inert_line(line))))


def rows_taken(notices: tuple[tuple[str, Notice], ...], console: Console, width: int) -> int:
    """The rows ``notices`` take in a strip ``width`` cells wide, their long lines wrapped."""
    return sum(len(drawn(title, notice).wrap(console, max(1, width - FRAME))) for title, notice in notices)


class Notices(Static):
    """The app's notices, each after its bold title (its lines past the first under it); hidden while there are none."""

    _lifted = 0
    """Rows the screen's toasts are lifted by, to stand above the strip."""

    def __init__(self) -> None:
        super().__init__(id="notices", markup=False)

    def on_mount(self) -> None:
        self.watch(self.app, "notices", self._show)  # now too: told before this screen was composed
        self.screen.screen_layout_refresh_signal.subscribe(self, self._lift_toasts, immediate=True)

    def _show(self, notices: tuple[tuple[str, Notice], ...]) -> None:
        if notices:
            self.update(Text("\n").join(drawn(title, notice) for title, notice in notices))
        if self.display != bool(notices):
            self.display = bool(notices)
            self.screen.refresh_bindings()  # the key bar says what escape does now

    def _lift_toasts(self, screen: Screen) -> None:
        """Once the screen is laid out: the toasts (their rack's margin keeps them above one status
        line, the key bar and the panes' bottom border) lifted by the strip's rows, which it does
        not count, and by the rows the screen's answer line takes beyond one (the coverage matrix's
        details, a status line ``i`` unfolded). Toasts over the strip hid the notice a user had to
        read; over the details, half the row's description."""
        racks = screen.query(TOAST_RACK)
        lift = self.region.height if self.display else 0
        if answer_line := getattr(screen, "ANSWER_LINE", ""):
            lines = screen.query(answer_line)
            lift += max(lines.first().region.height - 1, 0) if lines else 0
        if racks and lift != self._lifted:
            self._lifted = lift
            racks.first().styles.offset = (0, -lift)
