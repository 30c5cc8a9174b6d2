"""Which of an entity's names to split out into an entity of its own (``S`` in the entity panel)."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.core.model import Entity
from reader.ui.widgets.key_bar import KeyBar
from reader.ui.widgets.pick_list import PickList
from reader.ui.wording import keys_shown


class NameList(PickList):
    """The names to choose from."""

    BINDINGS = [Binding("enter", "select", "Split this name out")]


class AliasPicker(ModalScreen[str]):
    """The names ``entity`` was found under, but its own; dismisses with the chosen one. Its own
    key bar covers the reader's."""

    BINDINGS = [Binding("escape", "dismiss", "Cancel")]

    def __init__(self, entity: Entity) -> None:
        super().__init__()
        self.entity = entity

    def compose(self) -> ComposeResult:
        aliases = list(self.entity.other_forms)
        options = NameList(*(Option(Text(alias), id=str(n)) for n, alias in enumerate(aliases)), id="alias-picker")
        options.border_title = f"Split which name out of {self.entity.name}? ({keys_shown(self.app, 'enter')})"
        self._aliases = aliases
        yield options
        yield KeyBar(id="keys")  # over the reader's: only the picker's keys work while it is open

    def on_mount(self) -> None:
        self.query_one(OptionList).highlighted = 0
    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self._aliases[int(event.option.id or 0)])
