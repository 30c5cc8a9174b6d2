"""The list a dialog picks from (a report, a name) or shows (the problems), moved by vim keys too."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import ListView, OptionList

from reader.ui.paging import page_target

LIST_KEYS = [
    Binding("j", "cursor_down", "Down", show=False),
    Binding("k", "cursor_up", "Up", show=False),
    Binding("g,home", "first", "First", show=False),
    Binding("G,end", "last", "Last", show=False),
    Binding("pagedown", "page_down", "Page down", show=False),
    Binding("pageup", "page_up", "Page up", show=False),
]
"""The keys of every list: vim's besides the arrows, home/end and the page keys (OptionList's actions)."""


class PickList(OptionList):
    """An OptionList whose cursor ``j``/``k`` and ``g``/``G`` move as the arrows and home/end do.
    A dialog names what ``enter`` does with a binding of its own list's class, so its key bar says so."""

    BINDINGS = LIST_KEYS


class KeyedListView(ListView):
    """A ListView (items of any height) moved by :data:`LIST_KEYS`, as an OptionList is."""

    BINDINGS = LIST_KEYS

    def action_first(self) -> None:
        if self.children:
            self.index = 0

    def action_last(self) -> None:
        if self.children:
            self.index = len(self.children) - 1

    def action_page_down(self) -> None:
        self._page(1)

    def action_page_up(self) -> None:
        self._page(-1)

    def _page(self, step: int) -> None:
        """The item a screenful below or above the cursor's (:func:`page_target`)."""
        if self.index is not None and self.children:
            tops = [item.virtual_region.y for item in self.children]
            target = page_target(tops, self.index, self.scrollable_content_region.height, step)
            self.index = min(max(target, 0), len(tops) - 1)
