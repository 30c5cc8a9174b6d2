"""An OptionList whose cursor moves repaint two options, not the whole list, and whose long lists
are measured without drawing every option."""

from __future__ import annotations

from textual import _widget_navigation
from textual.geometry import Size
from textual.reactive import reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option


class CursorList(OptionList):
    """OptionList's ``highlighted`` repaints the whole list on every change; here a move repaints
    the option the cursor leaves and the one it reaches (a report switch from the report list
    drew 6 of its rows instead of 38).

    OptionList measures an option's height by drawing it, every option when the list is filled
    (thousands of entities took a quarter of a second of a key, most of it drawing rows never
    shown); an option whose prompt has a ``height(console, width)`` is asked instead, and only
    the rows in view are drawn.
    """

    highlighted: reactive[int | None] = reactive(None, repaint=False)

    _lines_width: int | None = None
    """The width the options' heights and lines were made at."""

    def _option_height(self, option: Option, width: int) -> int:
        """``option``'s lines at ``width`` (its padding taken off), without its divider."""
        height = getattr(option.prompt, "height", None)
        if callable(height):
            return height(self.app.console, width)
        return self._get_visual(option).get_height(self.styles, width)

    def _update_lines(self) -> None:
        """Textual's, with the heights from :meth:`_option_height`. OptionList measures its options'
        heights when they are added and keeps them until a resize; a scrollbar showing or hiding
        narrows or widens the options without one, and a name wrapped at the old width lost its
        last lines (drawn one line short). The options' heights and lines are made again at the
        new width."""
        region = self.scrollable_content_region
        if region.width != self._lines_width:
            self._lines_width = region.width
            self._line_cache.clear()
            self._option_render_cache.clear()
        if not region:
            return
        cache = self._line_cache
        width = region.width - self._get_left_gutter_width()
        start = cache.lines[-1][0] + 1 if cache.lines else 0
        if start < len(self.options):
            inner = width - self.get_component_styles("option-list--option").padding.width
            for index, option in enumerate(self.options[start:], start):
                cache.index_to_line[index] = len(cache.lines)
                cache.heights[index] = count = self._option_height(option, inner) + option._divider
                cache.lines.extend((index, line) for line in range(count))
        last_divider = self.options and self.options[-1]._divider
        virtual_size = Size(width, len(cache.lines) - (1 if last_divider else 0))
        if virtual_size != self.virtual_size:
            self.virtual_size = virtual_size
            self._scroll_update(virtual_size)

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
        other panes (OptionList pages whole screens only)."""
        self._turn(step, max(1, self.scrollable_content_region.height // 2))

    def action_page_down(self) -> None:
        self._turn(1, max(1, self.scrollable_content_region.height))

    def action_page_up(self) -> None:
        self._turn(-1, max(1, self.scrollable_content_region.height))

    def _turn(self, step: int, lines: int) -> None:
        """The view ``lines`` down (``step`` 1) or up (-1), and the cursor as far, onto an option
        that can be chosen, so it keeps its row (at an end of the list, the cursor alone moves):
        OptionList moved the cursor only, and the view followed it by a row, so from the top a page
        showed one new row."""
        if not self.option_count or not self._lines:
            return
        top = round(self.scroll_y)
        shown = min(max(0, top + step * lines), round(self.max_scroll_y))
        start = self._index_to_line[self.highlighted or 0]
        y = min(max(0, start + (shown - top or step * lines)), len(self._lines) - 1)
        found = (_widget_navigation.find_next_enabled_no_wrap(
            candidates=self._options, anchor=self._lines[y][0], direction=way, with_anchor=True) for way in (step, -step))
        # Past the last that can be chosen (a kind's heading at the top): the nearest one back.
        self.highlighted = next((index for index in found if index is not None), self.highlighted)
        self.scroll_to(y=shown, animate=False, immediate=True)
        self.scroll_to_highlight()  # a heading where the cursor's row fell puts it a row on
