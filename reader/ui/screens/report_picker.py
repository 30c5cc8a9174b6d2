"""A list of reports to choose one from, each under its glyph (``1``…``9``, then ``a``…``z``),
which picks it at once: the compare view's ``r`` (the report of a column) and the reader's ``r``
(the report to read, at its version of the passage being read: past 9, no key of the reader is
a report's glyph)."""

from __future__ import annotations

from rich.table import Table
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.ui.render import UNNUMBERED_GLYPH, PaletteMixin
from reader.ui.widgets.key_bar import KeyBar
from reader.ui.widgets.pick_list import PickList
from reader.ui.wording import keys_shown


class ReportOptions(PaletteMixin, PickList):
    """Reports as options labelled in their source colours (``option.id`` is the article id)."""

    BINDINGS = [Binding("enter", "select", "Show this report")]

    def __init__(self, article_ids: list[str], current: str) -> None:
        super().__init__(id="report-picker")
        self._ids = article_ids
        self._current = current

    def on_mount(self) -> None:
        index = self.app.index
        self.add_options(Option(self._label(index, article_id), id=article_id) for article_id in self._ids)
        self.highlighted = self._ids.index(self._current) if self._current in self._ids else 0

    def on_key(self, event: events.Key) -> None:
        """A report's glyph (``1``…``9``, then ``a``…``z``, as its label gives it) picks it. A key
        the list binds itself (``j``, ``k``, ``g``…) keeps its binding: that report is picked with
        the cursor and ``enter``. The dot shared by reports past ``z`` picks none."""
        glyph = event.character
        if not glyph or glyph == UNNUMBERED_GLYPH or event.key in self._bindings.key_to_bindings:
            return
        index = self.app.index
        chosen = next((n for n, a in enumerate(self._ids) if index.source_glyph(a) == glyph), None)
        if chosen is not None:
            event.stop()
            self.highlighted = chosen
            self.action_select()

    def _label(self, index, article_id: str) -> Table:
        # A grid: a long headline wraps under the outlet's name, not back under the report's glyph.
        label, grid = index.source_label(self.palette(), article_id), Table.grid()
        grid.add_row(label[:2], label[2:].append(f"  {index.dossier.article(article_id).headline}"))
        return grid


class ReportPicker(ModalScreen[str]):
    """A list of reports to put in a column or to read; dismisses with the chosen article id. Its
    own key bar covers the view's: only the picker's keys work while it is open."""

    BINDINGS = [Binding("escape", "dismiss", "Cancel")]

    def __init__(self, article_ids: list[str], *, current: str) -> None:
        super().__init__()
        self._ids = article_ids
        self._current = current

    def compose(self) -> ComposeResult:
        options = ReportOptions(self._ids, self._current)
        options.border_title = f"Show which report? ({keys_shown(self.app, 'enter')})"
        yield options
        yield KeyBar(id="keys")

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)
