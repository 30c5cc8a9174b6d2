"""An OptionList whose cursor moves repaint two options, not the whole list."""

from __future__ import annotations

from textual.reactive import reactive
from textual.widgets import OptionList


class CursorList(OptionList):
    """OptionList's ``highlighted`` repaints the whole list on every change; here a move repaints
    the option the cursor leaves and the one it reaches (a report switch from the report list
    drew 6 of its rows instead of 38)."""

    highlighted: reactive[int | None] = reactive(None, repaint=False)

    _lines_width: int | None = None
    """The width the options' heights and lines were made at."""

    def _update_lines(self) -> None:
        """OptionList measures its options' heights when they are added and keeps them until a
        resize; a scrollbar showing or hiding narrows or widens the options without one, and a
        name wrapped at the old width lost its last lines (drawn one line short). The options'
        heights and lines are made again at the new width."""
        width = self.scrollable_content_region.width
        if width != self._lines_width:
            self._lines_width = width
            self._line_cache.clear()
            self._option_render_cache.clear()
        super()._update_lines()

    def watch_highlighted(self, old: int | None, new: int | None) -> None:
        for index in {old, new} - {None}:
            line = self._index_to_line.get(index)
            if line is None:  # not laid out yet: all of it
                self.refresh()
            else:
                self.refresh_lines(line, self._heights[index])
        super().watch_highlighted(new)
