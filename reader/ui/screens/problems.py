"""Every file of the dossier that did not open, or opened with a caveat, in one scrollable list.

The notices said on opening fade, and when more files failed than notices fit the screen they
are summed up in one: this list (``ctrl+p`` › Problems) names each file, however many.
"""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets.option_list import Option

from reader.core.model import Problem
from reader.core.safe_text import inert_line
from reader.ui.widgets.key_bar import KeyBar
from reader.ui.widgets.pick_list import PickList
from reader.ui.wording import counted

SKIPPED, CAVEAT = "Not opened", "Opened with a caveat"


def problem_title(problem: Problem) -> str:
    """What happened to the file: skipped, or opened with a caveat."""
    return CAVEAT if problem.opened else SKIPPED


def problems_summary(problems: tuple[Problem, ...]) -> str:
    """``3 files not opened, 2 opened with a caveat``."""
    skipped = sum(not problem.opened for problem in problems)
    parts = [f"{counted(skipped, 'file')} not opened" if skipped else "",
             f"{counted(len(problems) - skipped, 'file')} opened with a caveat" if len(problems) > skipped else ""]
    return ", ".join(part for part in parts if part)


class ProblemsScreen(ModalScreen[None]):
    """The problems of the app's dossier; escape or q closes it."""

    BINDINGS = [Binding("escape,q", "dismiss", "Close")]

    def compose(self) -> ComposeResult:
        dossier = self.app.dossier
        title_width = max((len(problem_title(problem)) for problem in dossier.problems), default=0)
        options = PickList(
            *(Option(self._line(problem, dossier.root, title_width)) for problem in dossier.problems), id="problems"
        )
        options.border_title = problems_summary(dossier.problems) or "Every file opened"
        yield options
        yield KeyBar(id="keys")

    @staticmethod
    def _line(problem: Problem, root: str, title_width: int) -> Table:
        """An option: the problem's title (as wide as the widest, so the files line up), then the
        file (relative to the dossier) and what happened, wrapping under itself. File names and
        messages come from outside: inert, plain text."""
        line = Table.grid(padding=(0, 2))
        line.add_column(width=title_width, no_wrap=True)
        line.add_column(overflow="fold")
        line.add_row(Text(problem_title(problem), style="bold"), Text(inert_line(problem.within(root))))
        return line
