"""A long document of Rich renderables one under the other (the help's titled key tables), drawn a
row at a time from rows rendered once and kept beyond the widget.

The help was a scroll of twenty Statics holding tables: each open composed and styled them all,
and Textual rendered every table once to measure its height and again to draw it (80 ms of CPU a
``?`` on the five bundled reports, the same at any size of dossier). Here the document is
rendered into rows once for a width and a look, the rows are kept by the owner (the app, across
opens), and a frame draws the rows in view only (:class:`reader.ui.drawing.LineView`). The first
frame renders the parts it shows; the others follow a part a turn (a key typed meanwhile first),
the scrollable length growing with them.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator, MutableMapping
from dataclasses import dataclass, field

from rich.console import RenderableType
from textual.geometry import Region, Size
from textual.strip import Strip

from reader.ui.drawing import LineView, next_turn, segments_strip


@dataclass
class Drawn:
    """A document's rows so far, the parts left to render, and what they were rendered from
    besides the document itself."""

    made_from: tuple
    left: Iterator[RenderableType]
    rows: list[Strip] = field(default_factory=list)
    done: bool = False


class DocumentView(LineView):
    """``parts()`` (renderables, in order) rendered into rows at the pane's width, kept in ``kept``
    under ``key`` (what the parts are made from: the same key, the same parts) with the width and
    looks they were drawn in, so a view opened again on the same key draws from the kept rows.

    ``made_from`` adds what the parts depend on beyond ``key`` (an analysis, a theme): compared,
    not hashed, as looks are (they hold dicts)."""

    def __init__(self, parts: Callable[[], Iterable[RenderableType]], *, key: Hashable, kept: MutableMapping[Hashable, Drawn],
                 made_from: tuple = (), id: str | None = None) -> None:
        super().__init__(id=id)
        self._parts = parts
        self._key = key
        self._kept = kept
        self._made_from = made_from
        self._rendering = False
        """A turn rendering the parts left is queued."""

    def rows(self, width: int, at_least: int | None = None) -> list[Strip]:
        """The document's rows at ``width`` cells (``at_least`` that many, when the document has
        them: else all), rendered the first time for this key, width and look."""
        drawn = self._drawn(width)
        while not drawn.done and (at_least is None or len(drawn.rows) < at_least):
            self._render_part(drawn, width)
        return drawn.rows

    def _drawn(self, width: int) -> Drawn:
        self._check_looks()
        made_from = (width, self._looks, self._made_from)
        drawn = self._kept.get(self._key)
        if drawn is None or drawn.made_from != made_from:
            drawn = self._kept[self._key] = Drawn(made_from, iter(self._parts()))
        return drawn

    def _render_part(self, drawn: Drawn, width: int) -> None:
        part = next(drawn.left, None)
        if part is None:
            drawn.done = True
            return
        lines = self.app.console.render_lines(part, self.app.console.options.update_width(width), pad=False)
        drawn.rows += [segments_strip(line, width, self.pane_style) for line in lines]

    def render_lines(self, crop: Region) -> list[Strip]:
        # The rows in view at the width being drawn (the first frame comes before any Resize), and
        # the scrollable size they make so far, before Textual asks for any of them.
        width = self.scrollable_content_region.width
        rows = self.rows(width, round(self.scroll_y) + self.size.height)
        self.set_content_size(Size(width, len(rows)), repaint=False)
        if not self._drawn(width).done and not self._rendering:
            self._rendering = True
            next_turn(self, self._render_on)
        return super().render_lines(crop)

    def _render_on(self) -> None:
        """Render the next part left, in a turn of its own, and queue the next."""
        self._rendering = False
        width = self.scrollable_content_region.width
        if not self.is_attached or not width:
            return
        drawn = self._drawn(width)
        self._render_part(drawn, width)
        self.set_content_size(Size(width, len(drawn.rows)), repaint=False)
        if not drawn.done:
            self._rendering = True
            next_turn(self, self._render_on)

    def finish(self) -> None:
        """Render what is left now, for a key that needs the whole length (the end, a page)."""
        width = self.scrollable_content_region.width
        if width:
            self.set_content_size(Size(width, len(self.rows(width))), repaint=False)

    def render_line(self, y: int) -> Strip:
        width, _, scroll_y = self.frame()
        rows = self._drawn(width).rows
        row = scroll_y + y
        return rows[row] if row < len(rows) else Strip.blank(width, self.pane_style)
