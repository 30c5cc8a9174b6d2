"""Short answers (``App.say``) led in a view's own line, as vim's message line: the compare view's
status line, the coverage matrix's details line. A notice would cover the text the view shows, and
mounting one lays the screen out again. The answer stays until the next key; ``App.unsay`` (a walk's
step that did not wrap round) takes it back at once. ``i`` asks :meth:`AnswersInLine.details_cut`
whether unfolding the line shows more, the answer left out: said, it made the line longer itself."""

from __future__ import annotations

from time import monotonic
from typing import ClassVar

from rich.text import Text

from reader.ui.widgets.status_line import StatusLine


def cuts(line: StatusLine, text: Text, rows: int) -> bool:
    """Whether ``line`` folded to ``rows`` rows cuts ``text``."""
    width = line.content_region.width
    return width > 0 and len(text.wrap(line.app.console, width)) > rows


class AnswersInLine:
    """A screen answering ``App.say`` in its line :attr:`ANSWER_LINE`, ahead of what that line says."""

    ANSWER_LINE: ClassVar[str] = ""
    """The line's selector."""
    FOLDED_ROWS: ClassVar[int] = 1
    """The rows the line has with the details folded (``i`` unfolds it)."""
    said = ""
    """The last short answer, until a key comes (see :meth:`answered`)."""
    _said_at = 0.0

    def say(self, message: str, timeout: float) -> None:
        self.said, self._said_at = message, monotonic()
        self.put_line()

    def unsay(self) -> None:
        if self.said:
            self.said = ""
            self.put_line()

    def answered(self, text: Text) -> Text:
        """``text`` after the short answer said last, while no key came since."""
        if self.said and self.app.quiet_for < monotonic() - self._said_at:
            self.said = ""  # a key came since it was said
        return Text.assemble((self.said, "bold"), " \u00b7 " * bool(text), text) if self.said else text

    def details_cut(self) -> bool:
        """Whether the line folded cuts what it says, the answer left out."""
        return cuts(self.query_one(self.ANSWER_LINE, StatusLine), self.unanswered(), self.FOLDED_ROWS)

    def unanswered(self) -> Text:
        """What the line says after the answer."""
        raise NotImplementedError

    def put_line(self) -> None:
        """Show the line again: :meth:`answered` on :meth:`unanswered`."""
        raise NotImplementedError
