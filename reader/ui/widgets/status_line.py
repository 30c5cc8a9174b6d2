"""A one-line status, cut to the width as a reader expects: at the end of a part, else of a word.

Textual's ``text-overflow: ellipsis`` cuts at the last cell (``report 1/5: Al …``, ``Reject this
link…`` after a part dropped mid-word). Here the line keeps whole parts (``a · b``, ``a; b``)
while they fill most of it, else whole words, and ends in an ellipsis; with details shown in
full (``i``, the stylesheet wraps the line) it is all shown, up to the height the stylesheet
allows: past it, the last line says how many more lines are hidden and what shows them (``i``
while it is off, then what its screen names), where Textual dropped them without a mark.
"""

from __future__ import annotations

from rich.text import Text
from textual.content import Content
from textual.widgets import Static

from reader.ui.wording import fitted, shortened, spared


class StatusLine(Static):
    """One line: what the last key said, then where the cursor or walk stands (plain text, never
    markup: it quotes outlets, names and the user's query)."""

    def __init__(self, *, id: str, whole: str = "") -> None:  # noqa: A002 - Textual's name for it
        super().__init__(id=id, markup=False)
        self.whole = whole
        """What shows the whole text when even ``i`` cuts it (a key and its effect, as the bar says it)."""
        self.spare = ""
        """The end of the text that one line cuts first, item by item (``wording.spared``): figures the
        rest of the line outweighs (a report's shares after the conflict its passages show)."""
        self.cuts: tuple[str, ...] = ()
        """Words the line leaves out before anything else, the first first, when it does not fit
        (``wording.shortened``): a walk's reach, which cut the report the walk is in off an 80-column line."""

    def get_content_height(self, container, viewport, width: int) -> int:
        """Wrapped, the whole text's height (the stylesheet caps it), not that of :meth:`render`,
        which is cut to the height given."""
        if self.styles.text_wrap == "nowrap" or not width:
            return super().get_content_height(container, viewport, width)
        return self.visual.get_height(self.styles, width)

    def render(self):
        content = self.content
        if not self.size.width:
            return super().render()
        if self.styles.text_wrap != "nowrap":
            return self._cut(super().render())
        text = content if isinstance(content, Text) else Text(str(content))
        width = self.content_region.width or self.size.width
        return fitted(spared(shortened(text, self.cuts, width), self.spare, width), width)

    def _cut(self, shown):
        """``shown`` wrapped, its lines past the height given dropped and counted on the last one kept."""
        width, height = self.content_region.size
        if not isinstance(shown, Content) or not height:
            return shown
        lines = shown.wrap(width)
        if len(lines) <= height:
            return shown
        hidden = len(lines) - height
        shows = self.whole if self.screen.has_class("-details") else "i"
        mark = f" \u2026 {hidden} more line{'s' * (hidden != 1)}" + f": {shows}" * bool(shows)
        last = lines[height - 1]
        if last.cell_length + len(mark) > width:
            last = last.truncate(max(0, width - len(mark))).rstrip()
        return Content("\n").join([*lines[: height - 1], last + mark])
