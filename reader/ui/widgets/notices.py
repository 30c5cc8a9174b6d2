"""The notices strip: problems (a file not opened, a cache or save that failed, a failed analysis)
and Same story?, told in rows of their own above the status line and the key bar, never over the
text being read (as toasts, at 80x24 two covered a third of the article for 12 s).

Every screen the user reads in (the reader and each view) shows this strip, each drawing the
app's one set of notices (``DossierApp.notices``): a problem met while a view is on top reads
as it does on the reader, escape dismisses it there too, and it is gone from every screen at once.
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from reader.core.safe_text import inert_line

NOTICE_SECONDS = 15
"""How long the notices stay unless escape dismisses them (each says where to see it again: the
palette's Same story? or Problems, the report list's border)."""


class Notices(Static):
    """The app's notices, one line each under its bold title; hidden while there are none."""

    def __init__(self) -> None:
        super().__init__(id="notices", markup=False)

    def on_mount(self) -> None:
        self.watch(self.app, "notices", self._show)  # now too: told before this screen was composed

    def _show(self, notices: tuple[tuple[str, str], ...]) -> None:
        if notices:
            lines = (Text.assemble((f"{inert_line(title)} ", "bold"), inert_line(notice)) for title, notice in notices)
            self.update(Text("\n").join(lines))
        self.display = bool(notices)
