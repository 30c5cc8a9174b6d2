"""Shared entities grouped by type, each with the reports that mention it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from reader.ui.messages import MarkEntity, OpenNaming
from reader.ui.render import PaletteMixin, RenderIndex, entity_label
from reader.ui.widgets.cursor_list import CursorList

if TYPE_CHECKING:  # in annotations only: reader.core.model defines it once an analysis is asked for
    from reader.core.model import Entity

_TYPE_TITLES = {
    "person": "People", "org": "Organisations", "place": "Places",
    "product": "Products", "law": "Laws", "other": "Other",
}


class EntityPanel(PaletteMixin, CursorList):
    """Enter on an entity chooses it; the screen highlights it and walks its mentions."""

    HELP_TITLE = "entity panel"
    BORDER_TITLE = "Entities"
    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "first", "First", show=False),
        Binding("G", "last", "Last", show=False),
        Binding("enter", "select", "Choose entity"),
        Binding("M", "mark_entity", "Mark, then merge into marked", key_display="M", show=False),
        Binding("S", "split_entity", "Split a name out", key_display="S", show=False),
        Binding("F", "naming", "How each report names it", key_display="F", show=False),
    ]

    class EntityChosen(Message):
        def __init__(self, entity_id: str) -> None:
            super().__init__()
            self.entity_id = entity_id

    class SplitWanted(Message):
        """``S`` on ``entity``, which has other names: the screen asks which one to split out."""

        def __init__(self, entity: Entity) -> None:
            super().__init__()
            self.entity = entity

    def __init__(self, index: RenderIndex, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.index = index
        self._built_for: RenderIndex | None = None

    def set_index(self, index: RenderIndex) -> None:
        self.index = index
        self._built_for = None
        if self.display:
            self.rebuild()

    def ensure_built(self) -> None:
        """Build the options if the index changed since; the screen calls it when showing the panel.

        Built on first show: a dossier of hundreds of reports has thousands of entities.
        """
        if self._built_for is not self.index:
            self.rebuild()

    def rebuild(self) -> None:
        self._built_for = self.index
        self.clear_options()
        analysis = self.index.analysis
        if analysis is None:
            self.add_option(Option(Text("Finding shared entities…", style="italic"), disabled=True))
            return
        palette = self.palette()
        entities = sorted(analysis.shared_entities, key=lambda e: (list(_TYPE_TITLES).index(e.type), -len(e.articles), e.name))
        if not entities:
            self.add_option(Option(Text("No entity is named by two reports."), disabled=True))
            return
        current = None
        for entity in entities:
            if entity.type != current:
                current = entity.type
                self.add_option(Option(Text(_TYPE_TITLES[entity.type], style="bold underline"), disabled=True))
            prompt = entity_label(self.index, palette, entity.id, entity.name)
            prompt.append(f"  {len(entity.articles)} ")
            for article_id in sorted(entity.articles, key=self.index.source_slot):
                prompt.append(self.index.source_glyph(article_id), palette.source(self.index.source_slot(article_id)))
            self.add_option(Option(prompt, id=entity.id))
        self.highlighted = 1

    def show(self, entity_id: str | None) -> None:
        if entity_id is None:
            return
        self.ensure_built()
        try:
            self.highlighted = self.get_option_index(entity_id)
        except OptionDoesNotExist:  # an entity of another analysis is simply not shown
            return

    def highlighted_entity(self) -> str | None:
        option = self.highlighted_option
        return option.id if option is not None and option.id in self.index.entities else None

    def action_mark_entity(self) -> None:
        """The first ``M`` marks the entity under the cursor; the next merges that one into it."""
        entity_id = self.highlighted_entity()
        if entity_id:
            self.post_message(MarkEntity(entity_id))

    def action_naming(self) -> None:
        """Open the naming matrix of the entity under the cursor."""
        entity_id = self.highlighted_entity()
        if entity_id and self.index.analysis is not None:
            self.post_message(OpenNaming(self.index.analysis, entity_id))

    def action_split_entity(self) -> None:
        """Ask to pick one of the entity's names and make it an entity of its own."""
        entity_id = self.highlighted_entity()
        entity = self.index.entities.get(entity_id or "")
        if entity is None or len(set(entity.aliases) - {entity.name}) == 0:
            self.notify("This entity has no other name to split out", timeout=3)
            return
        self.post_message(self.SplitWanted(entity))

    @on(OptionList.OptionSelected)
    def _choose(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.EntityChosen(event.option.id))
