"""A long document of Rich renderables one under the other (the help's titled key tables), drawn a
row at a time from rows rendered once and kept beyond the widget.

The help was a scroll of twenty Statics holding tables: each open composed and styled them all,
and Textual rendered every table once to measure its height and again to draw it (80 ms of CPU a
``?`` on the five bundled reports, the same at any size of dossier). Here the document is
rendered into rows once for a width and a look, the rows are kept by the owner (the app, across
opens), and a frame draws the rows in view only (:class:`reader.ui.drawing.LineView`).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, MutableMapping
from typing import NamedTuple

from rich.console import RenderableType
from textual.geometry import Region, Size
from textual.strip import Strip

from reader.ui.drawing import LineView, segments_strip


class Drawn(NamedTuple):
    """A document's rows and what they were rendered from besides the document itself."""

    made_from: tuple
    rows: list[Strip]


class DocumentView(LineView):
    """``parts()`` (renderables, in order) rendered into rows at the pane's width, kept in ``kept``
    under ``key`` (what the parts are made from: the same key, the same parts) with the width and
    looks they were drawn in, so a view opened again on the same key draws from the kept rows.

    ``made_from`` adds what the parts depend on beyond ``key`` (an analysis, a theme): compared,
    not hashed, as looks are (they hold dicts)."""

    def __init__(self, parts: Callable[[], list[RenderableType]], *, key: Hashable, kept: MutableMapping[Hashable, Drawn],
                 made_from: tuple = (), id: str | None = None) -> None:
        super().__init__(id=id)
        self._parts = parts
        self._key = key
        self._kept = kept
        self._made_from = made_from

    def rows(self, width: int) -> list[Strip]:
        """The document's rows at ``width`` cells, rendered the first time for this key, width and look."""
        self._check_looks()
        made_from = (width, self._looks, self._made_from)
        drawn = self._kept.get(self._key)
        if drawn is None or drawn.made_from != made_from:
            options = self.app.console.options.update_width(width)
            style = self.pane_style
            render = self.app.console.render_lines
            rows = [segments_strip(line, width, style) for part in self._parts() for line in render(part, options, pad=False)]
            drawn = self._kept[self._key] = Drawn(made_from, rows)
        return drawn.rows

    def render_lines(self, crop: Region) -> list[Strip]:
        # The rows at the width being drawn (the first frame comes before any Resize), and the
        # scrollable size they make, before Textual asks for any of them.
        width = self.scrollable_content_region.width
        self.set_content_size(Size(width, len(self.rows(width))), repaint=False)
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        width, _, scroll_y = self.frame()
        rows = self.rows(width)
        row = scroll_y + y
        return rows[row] if row < len(rows) else Strip.blank(width, self.pane_style)
