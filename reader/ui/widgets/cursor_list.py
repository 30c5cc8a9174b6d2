"""An OptionList whose cursor moves repaint two options, not the whole list."""

from __future__ import annotations

from textual import _widget_navigation
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

    def action_half_page(self, step: int) -> None:
        """``ctrl+d``/``ctrl+u``: half the pane's height down (``step`` 1) or up (-1), as in the
        other panes (OptionList pages whole screens only), onto an option that can be chosen."""
        if not self.option_count or not self._lines:
            return
        half = max(1, self.scrollable_content_region.height // 2)
        y = min(max(0, self._index_to_line[self.highlighted or 0] + step * half), len(self._lines) - 1)
        found = (_widget_navigation.find_next_enabled_no_wrap(
            candidates=self._options, anchor=self._lines[y][0], direction=way, with_anchor=True) for way in (step, -step))
        # Past the last that can be chosen (a kind's heading at the top): the nearest one back.
        self.highlighted = next((index for index in found if index is not None), self.highlighted)
