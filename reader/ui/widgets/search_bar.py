"""The one-line search prompt opened by ``/``: Enter searches, Escape closes."""

from __future__ import annotations

from textual.binding import Binding
from textual.message import Message
from textual.widgets import Input


class SearchBar(Input):
    """Posts :class:`Finished` with the query (empty when cancelled)."""

    BINDINGS = [Binding("escape", "cancel", "Close search")]

    class Finished(Message):
        def __init__(self, query: str) -> None:
            super().__init__()
            self.query = query

    def __init__(self, *, id: str | None = None, placeholder: str = "search all reports (Enter to find, Esc to close)") -> None:
        super().__init__(placeholder=placeholder, id=id)

    def on_mount(self) -> None:
        self.cursor_blink = not getattr(self.app, "steady", False)

    async def action_submit(self) -> None:
        self.post_message(self.Finished(self.value))

    def action_cancel(self) -> None:
        self.post_message(self.Finished(""))
