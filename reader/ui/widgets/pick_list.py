"""The list a dialog picks from (a report, a name) or shows (the problems), moved by vim keys too."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import OptionList


class PickList(OptionList):
    """An OptionList whose cursor ``j``/``k`` and ``g``/``G`` move as the arrows and home/end do.
    A dialog names what ``enter`` does with a binding of its own list's class, so its key bar says so."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "first", "First", show=False),
        Binding("G", "last", "Last", show=False),
    ]
