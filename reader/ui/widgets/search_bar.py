"""The one-line search prompt opened by ``/``: Enter searches, Escape closes (what a screen does
with the query is the screen's: see :mod:`reader.ui.item_search`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.binding import Binding
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Input

from reader.ui.wording import keys_shown

if TYPE_CHECKING:
    from textual.app import App
    from textual.screen import Screen


def prompt(app: App, searched: str) -> str:
    """The search bar's placeholder, one wording in every view: what ``/`` searches, then its keys."""
    return f"search {searched} ({keys_shown(app, 'enter')} to find, {keys_shown(app, 'escape')} to close; then n/N)"


class SearchBar(Input):
    """Posts :class:`Finished` with the query (empty when cancelled)."""

    BINDINGS = [Binding("escape", "cancel", "Close search")]

    class Finished(Message):
        def __init__(self, query: str) -> None:
            super().__init__()
            self.query = query

    def __init__(self, *, id: str | None = None, searched: str = "all reports") -> None:
        super().__init__(id=id)
        self.placeholder = prompt(self.app, searched)

    def on_mount(self) -> None:
        self.cursor_blink = not getattr(self.app, "steady", False)

    @classmethod
    async def open_in(cls, screen: Screen, searched: str = "all reports", *, before: Widget | None = None) -> SearchBar:
        """Open ``screen``'s search bar (its placeholder says it searches ``searched``), mounted (``before`` a widget, else last) on its first ``/``: a
        screen opens (and closes) without it, the bar's widget, styles and cursor left for the few who search."""
        bar = next(iter(screen.query(cls)), None)
        if bar is None:
            bar = cls(id="search", searched=searched)
            await screen.mount(bar, before=before)
        bar.open()
        return bar

    def open(self) -> None:
        """Show the bar and focus it at once, not on the next idle: keys typed right after ``/``
        belong to the query."""
        self.display = True
        self.screen.set_focus(self)

    def close(self, focus: Widget) -> None:
        """Hide the bar and give the focus back to ``focus``."""
        self.display = False
        self.screen.set_focus(focus)

    async def action_submit(self) -> None:
        self.post_message(self.Finished(self.value))

    def action_cancel(self) -> None:
        self.post_message(self.Finished(""))
