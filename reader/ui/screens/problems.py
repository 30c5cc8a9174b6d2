"""Every file of the dossier that did not open, or opened with a caveat, in one scrollable list.

The notices said on opening fade, and when more files failed than notices fit the screen they
are summed up in one: this list (``ctrl+p`` › Problems) names each file, however many.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets.option_list import Option

from reader.core.model import Problem, problems_summary
from reader.core.safe_text import inert_line
from reader.ui.widgets.key_bar import KeyBar
from reader.ui.widgets.pick_list import PickList

FILE_COLUMN = 32
"""Cells of the file column at most: a longer name wraps in it, and the reasons still line up."""



class ProblemsScreen(ModalScreen[None]):
    """The problems of the app's dossier; escape or q closes it."""

    BINDINGS = [Binding("escape,q", "dismiss", "Close")]

    def compose(self) -> ComposeResult:
        dossier = self.app.dossier
        files = [self._file(problem, dossier.root) for problem in dossier.problems]
        file_width = min(FILE_COLUMN, max(map(cell_len, files), default=0))
        options = PickList(
            *(Option(self._line(file, problem, file_width)) for file, problem in zip(files, dossier.problems)), id="problems"
        )
        options.border_title = problems_summary(dossier.problems) or "Every file opened"
        yield options
        yield KeyBar(id="keys")

    @staticmethod
    def _file(problem: Problem, root: str) -> str:
        """The file, relative to the dossier when inside it (as :meth:`Problem.within` names it)."""
        return inert_line(problem.within(root).removesuffix(f": {problem.message}"))

    @staticmethod
    def _line(file: str, problem: Problem, file_width: int) -> Table:
        """An option: the file (in a column as wide as the widest name, up to :data:`FILE_COLUMN`),
        then what happened (``skipped: …`` or ``opened; …``), each wrapping under itself. The
        loader's message says whether the file opened: a title beside it said it twice. File names
        and messages come from outside: inert, plain text."""
        line = Table.grid(padding=(0, 2))
        line.add_column(width=file_width, overflow="fold")
        line.add_column(overflow="fold")
        line.add_row(Text(file, style="bold"), Text(inert_line(problem.message)))
        return line
