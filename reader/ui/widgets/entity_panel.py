"""Shared entities grouped by type, each with the reports that mention it (in a one-report dossier, its own)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING

from rich._wrap import divide_line  # Text.wrap's own breaks, counted without the lines
from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.style import Style
from rich.text import Span, Text
from textual import events, on
from textual.binding import Binding
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from reader.ui.messages import MarkEntity, OpenNaming
from reader.ui.render import MORE_SIGN, UNNUMBERED_GLYPH, Palette, PaletteMixin, RenderIndex, entity_label, slot_glyph
from reader.ui.widgets.cursor_list import CursorList

if TYPE_CHECKING:  # in annotations only: reader.core.model defines it once an analysis is asked for
    from reader.core.model import Entity

_TYPE_TITLES = {
    "person": "People", "org": "Organisations", "place": "Places", "group": "Peoples and groups",
    "product": "Products", "law": "Laws", "other": "Other",
}


SLOTTED_REPORTS = 12
"""Up to this many reports, each report's number stands in a column of its own (``1 345``,
`` 2 4``), so the panel reads as a table of entities against reports."""

ONE_REPORT = "One report: the entities it names (none is shared)"
"""Above a one-report dossier's entities, which the panel lists in place of those two reports name."""

NAMED_ONCE = "Named by one report"
"""Above the entities only one report names, listed after the shared ones while ``A`` shows them: a name one
report alone uses (a spelling, a nickname) is found there and merged into a shared entity with ``M``."""

NAME_ROOM = 14
"""Cells the names keep at least: a panel too narrow for them beside the report numbers shows only the counts."""


class EntityRow:
    """An entity as the panel lists it: its name as the text draws it (wrapped, its next lines
    indented, never cut: a cut name would lose its number), how many reports name it and which, each in a column of its own
    so the counts line up from row to row."""

    def __init__(self, name: Text | Callable[[], Text], count: Text, reports: Text, widths: tuple[int, int, int],
                 plain_name: str | None = None) -> None:
        self._cells = (name, count, reports)
        self.plain_name = plain_name if plain_name is not None else name.plain  # type: ignore[union-attr]
        """The name's letters, which measure it: its styled text is made when the row is first drawn."""
        self.widths = widths
        """The widest name, count and report numbers of the list: its columns are no wider than they need."""

    @property
    def cells(self) -> tuple[Text, Text, Text]:
        """The name as the text draws it, the count and the report numbers."""
        name, count, reports = self._cells
        if callable(name):
            self._cells = name, count, reports = name(), count, reports
        return name, count, reports  # type: ignore[return-value]

    def _name_room(self, max_width: int) -> tuple[int, bool]:
        """The cells the name is wrapped to in ``max_width``, and whether the report numbers fit beside it."""
        name_width, count_width, reports_width = self.widths
        room = max_width - count_width - 1
        with_reports = room - reports_width - 1 >= NAME_ROOM
        return max(1, min(name_width, room - (reports_width + 1) * with_reports)), with_reports

    def height(self, console: Console, max_width: int) -> int:
        """The lines drawn in ``max_width``, counted without drawing them (the list measures every
        row, and wrapping thousands of names into lines was most of the first ``e``)."""
        width, _ = self._name_room(max_width)
        plain = self.plain_name
        if "\n" in plain or "\t" in plain:
            return len(_wrapped(self.cells[0], console, width))
        return 1 if cell_len(plain) <= width else _lines_wrapped(plain, width)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width, with_reports = self._name_room(options.max_width)
        count_width = self.widths[1]
        # Drawn line by line, not as a table (which took twice the time to lay out a long panel);
        # each line trimmed, so a name keeps no tinted space where it breaks.
        lines = _wrapped(self.cells[0], console, width)
        for line in lines:
            line.rstrip()
        first, count, reports = lines[0], self.cells[1], self.cells[2]
        first.append(" " * (width - first.cell_len + 1 + count_width - count.cell_len)).append_text(count)
        if with_reports:
            first.append(" ").append_text(reports)
        drawn = Text("\n").join(lines)
        drawn.no_wrap, drawn.overflow = True, "crop"
        yield drawn

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        widest = min(sum(self.widths) + 2, options.max_width)
        return Measurement(widest, widest)


CONTINUED = "  "
"""Before a long name's next lines, so ``Global Affairs`` / ``Canada¹⁰`` does not read as two entities."""


def _wrapped(name: Text, console: Console, width: int) -> list[Text]:
    """``name`` in lines of ``width`` cells, the lines after the first indented by :data:`CONTINUED`."""
    lines = name.wrap(console, width)
    if len(lines) < 2 or width <= len(CONTINUED) + 1:
        return list(lines)
    rest = name[len(lines[0].plain):]
    rest = rest[len(rest.plain) - len(rest.plain.lstrip()):]
    return [lines[0], *(Text(CONTINUED).append_text(line) for line in rest.wrap(console, width - len(CONTINUED)))]


def _lines_wrapped(plain: str, width: int) -> int:
    """``len(_wrapped(Text(plain), console, width))`` for a name of one line without tabs, from the
    breaks Rich's own wrapping puts in it (``divide_line``, what ``Text.wrap`` divides a line at),
    without making the lines: a line more per break, the first line's break starting the
    indented rest."""
    breaks = divide_line(plain, width)
    if not breaks or width <= len(CONTINUED) + 1:
        return len(breaks) + 1
    return 2 + len(divide_line(plain[breaks[0]:].lstrip(), width - len(CONTINUED)))


def entity_rows(index: RenderIndex, palette: Palette, entities: Sequence[Entity]) -> list[EntityRow]:
    """The panel's rows for ``entities``, their columns as wide as the widest of them needs; the
    reports past the ones with a glyph of their own (1-9, a-z) are counted after a ``+``: ``3mt +12``.

    Made for every shared entity when the panel first shows (thousands in a dossier of hundreds of
    reports): the numbers' text is made in one piece, and a name's styled text when it is drawn.
    """
    slotted = len(index.dossier.articles) <= SLOTTED_REPORTS
    cells = []
    for entity in entities:
        reports = index.analysis.naming_reports(entity) if index.analysis else entity.articles  # headlines too
        slots = [index.source_slot(article_id) for article_id in reports]
        named = sorted(slot for slot in slots if slot_glyph(slot) != UNNUMBERED_GLYPH)
        numbers, spans = "", []
        for slot in named:
            if slotted:
                numbers += " " * (slot - len(numbers))  # the glyphs and spaces are a cell each
            _styled(spans, numbers, slot_glyph(slot), palette.source(slot))
            numbers += slot_glyph(slot)
        if others := len(slots) - len(named):  # counted, not a "+" each: "3mt +12" (spaced: not reports 1 and 2)
            more = f"{' ' if numbers else ''}{MORE_SIGN}{others}"
            _styled(spans, numbers, more, palette.muted)
            numbers += more
        number = index.entity_number(entity.id)
        name = partial(entity_label, index, palette, entity.id, entity.name)
        cells.append((name, Text(str(len(slots))), Text(numbers, spans=spans), entity.name + number))
    widths = (max((cell_len(row[3]) for row in cells), default=0),
              max((len(row[1]) for row in cells), default=0), max((len(row[2]) for row in cells), default=0))
    return [EntityRow(name, count, reports, widths, plain) for name, count, reports, plain in cells]


def _styled(spans: list[Span], before: str, added: str, style: Style) -> None:
    """The span ``Text.append(added, style)`` would give after ``before``."""
    if style and added:
        spans.append(Span(len(before), len(before) + len(added), style))


class EntityPanel(PaletteMixin, CursorList):
    """Enter on an entity chooses it; the screen highlights it and walks its mentions."""

    HELP_TITLE = "entity panel"
    HELP_FIRST = True
    """While it has the keys, ``?`` lists its keys first (merge, split, how each report names it): a
    reader asking how to merge found them pages down, after the reader's and the marks."""
    UNFOLDS_DETAILS = False
    """``i`` does nothing here: it toggled the reader's status line, which the panel does not
    show, and said so in a message cut at 80 columns."""
    BORDER_TITLE = "Entities"
    BINDINGS = [
        # What the panel does first: the help lists its keys in this order, and at 80x24 its first page
        # held only the moving keys.
        Binding("enter", "select", "Choose entity"),
        Binding("M", "mark_entity", "Mark, then merge with marked", key_display="M", show=False),
        Binding("S", "split_entity", "Split a name out", key_display="S", show=False),
        Binding("F", "naming", "How each report names it", key_display="F", show=False),
        Binding("A", "toggle_named_once", "Also names one report alone uses", key_display="A", show=False),
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "first", "First", show=False),
        Binding("G", "last", "Last", show=False),
        # Paged as every other pane is (pagedown and pageup are OptionList's own).
        Binding("space", "page_down", "Page down", show=False),
        Binding("b", "page_up", "Page up", show=False),
        Binding("ctrl+d", "half_page(1)", "Half a page down", show=False),
        Binding("ctrl+u", "half_page(-1)", "Half a page up", show=False),
    ]

    class EntityChosen(Message):
        def __init__(self, entity_id: str) -> None:
            super().__init__()
            self.entity_id = entity_id

    class SplitWanted(Message):
        """``S`` on ``entity`` (``None``: on no entity): the screen asks which of its other names to
        split out, or says there is none."""

        def __init__(self, entity: Entity | None) -> None:
            super().__init__()
            self.entity = entity

    def __init__(self, index: RenderIndex, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.index = index
        self._built_for: RenderIndex | None = None
        self._laid_for: tuple = ()
        """The sizes the options were last drawn and measured at (see :meth:`_on_resize`)."""
        self.named_once = False
        """Whether the entities one report alone names are listed too (``A``)."""

    def _on_resize(self, event: events.Resize) -> None:
        """Textual's OptionList drops every option's drawing and height at each Resize, and showing
        the panel again (``e``) sends one at the size it had: they are kept then (redrawing the rows
        in view was a quarter of the ``e`` that shows it again)."""
        laid_for = (event.size, self.scrollable_content_region.size)
        if laid_for == self._laid_for:
            event.prevent_default()
        self._laid_for = laid_for

    def set_index(self, index: RenderIndex) -> None:
        held = self.index.any_entity(self.highlighted_entity()) if self._built_for is not None else None
        self.index = index
        self._built_for = None
        if self.display:
            self.rebuild()
            if held is not None:
                self.show(self._successor(held))

    def _successor(self, held: Entity) -> str | None:
        """The entity of the new index that holds what the cursor was on: itself, or after a merge
        the entity it went into (which has its first mention), so a merge or split does not send
        the cursor to the top, where ``S`` would split the wrong entity."""
        if self.index.any_entity(held.id) is not None:
            return held.id
        first = held.mentions[0] if held.mentions else None
        analysis = self.index.analysis
        return next((entity.id for entity in analysis.entities if first in entity.mentions), None) if analysis else None

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
        entities = sorted(analysis.listed_entities, key=lambda e: (list(_TYPE_TITLES).index(e.type), -len(e.articles), e.name))
        alone = len(analysis.dossier.articles) == 1  # nothing is shared: the report's own entities, said so
        if not entities:
            self.add_option(Option(Text("The report names no entity." if alone else "No entity is named by two reports."),
                                   disabled=True))
            return
        options, current = [Option(Text(ONE_REPORT, style="italic"), disabled=True)] if alone else [], None
        for entity, row in zip(entities, entity_rows(self.index, palette, entities), strict=True):
            if entity.type != current:
                current = entity.type
                options.append(Option(Text(_TYPE_TITLES[entity.type], style="bold underline"), disabled=True))
            options.append(Option(row, id=entity.id))
        if self.named_once and not alone:
            options.extend(self._named_once_options(palette))
        self.add_options(options)  # at once: each option added alone was a pass over the list's lines
        self.highlighted = 2 if alone else 1

    def _named_once_options(self, palette: Palette) -> list[Option]:
        """The entities one report alone names, by type then name, under their heading."""
        analysis = self.index.analysis
        once = sorted((e for e in analysis.entities if not e.shared),
                      key=lambda e: (list(_TYPE_TITLES).index(e.type), e.name)) if analysis else []
        heading = Option(Text(NAMED_ONCE if once else f"{NAMED_ONCE}: none", style="bold underline"), disabled=True)
        return [heading, *(Option(row, id=entity.id) for entity, row in zip(once, entity_rows(self.index, palette, once),
                                                                            strict=True))]

    def action_toggle_named_once(self) -> None:
        """List the entities one report alone names after the shared ones (the border says so), or stop."""
        held = self.highlighted_entity()
        self.named_once = not self.named_once
        self.border_title = f"{self.BORDER_TITLE}, one report's too" if self.named_once else self.BORDER_TITLE
        self.rebuild()
        self.show(held)

    def show(self, entity_id: str | None) -> None:
        if entity_id is None:
            return
        self.ensure_built()
        try:
            self.highlighted = self.get_option_index(entity_id)
        except OptionDoesNotExist:  # an entity of another analysis is simply not shown
            return

    def watch_highlighted(self, old: int | None, new: int | None) -> None:
        super().watch_highlighted(old, new)
        if (old is None) != (new is None):  # Enter offered or no longer (see check_action)
            self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Enter is offered only on an entity: a panel with none ("No entity is named by two
        reports") showed ``⏎ Choose entity`` all the same. ``A`` only where some report's entities are not
        listed."""
        if action == "toggle_named_once":  # a one-report dossier lists every entity already
            return self.index.analysis is not None and len(self.index.analysis.dossier.articles) > 1
        return self.highlighted_entity() is not None if action == "select" else True

    def highlighted_entity(self) -> str | None:
        option = self.highlighted_option
        return option.id if option is not None and self.index.any_entity(option.id) is not None else None

    def action_mark_entity(self) -> None:
        """The first ``M`` marks the entity under the cursor; the next merges it with that one."""
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
        self.post_message(self.SplitWanted(self.index.any_entity(self.highlighted_entity())))

    @on(OptionList.OptionSelected)
    def _choose(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.EntityChosen(event.option.id))
