"""A one-line status, cut to the width as a reader expects: at the end of a part, else of a word.

Textual's ``text-overflow: ellipsis`` cuts at the last cell (``report 1/5: Al …``, ``Reject this
link…`` after a part dropped mid-word). Here the line keeps whole parts (``a · b``, ``a; b``)
while they fill most of it, else whole words, and ends in an ellipsis; with details shown in
full (``i``, the stylesheet wraps the line) it is all shown.
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from reader.ui.wording import fitted


class StatusLine(Static):
    """One line: what the last key said, then where the cursor or walk stands (plain text, never
    markup: it quotes outlets, names and the user's query)."""

    def __init__(self, *, id: str) -> None:  # noqa: A002 - Textual's name for it
        super().__init__(id=id, markup=False)

    def render(self):
        content = self.content
        if self.styles.text_wrap != "nowrap" or not self.size.width:
            return super().render()
        text = content if isinstance(content, Text) else Text(str(content))
        return fitted(text, self.content_region.width or self.size.width)
