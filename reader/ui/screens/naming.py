"""The naming matrix of one entity or one statement: the words each report uses for it, side by side.

One item per row of :func:`reader.core.findings.naming.rows_about`: first the entity itself (the
names each report uses and the descriptions next to them), then each statement about it that
some report labels with judgement. Opened from a framing difference, the rows of
:func:`~reader.core.findings.naming.rows_about_link`: the statement, then the entities it names. Under a row, each report in its source colour with its
words; words that carry a judgement (``terrorists``, ``illegally``, ``so-called``, ``Kurdish-led``)
stand out. Reports that use no description of their own are listed as such.
"""

from __future__ import annotations

from collections import Counter

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import ListItem, Static

from reader.core.findings.naming import rows_about, rows_about_link
from reader.core.findings.sourcing import sourcing_of
from reader.core.model import Analysis, Label, NamingRow
from reader.ui.focus import recompose_focused
from reader.ui.messages import AnalysisReady
from reader.ui.render import PaletteMixin
from reader.ui.widgets.difference_text import redraw_on_restyle
from reader.ui.widgets.key_bar import KeyBar
from reader.ui.widgets.notices import Notices
from reader.ui.widgets.pick_list import LIST_KEYS, KeyedListView


def judged_entries(judging: int, total: int) -> str:
    """How many of the entries (an entity or a statement each) use words of judgement, in plain words."""
    if not judging:
        return "no entry below uses words of judgement." if total > 1 else "the entry below uses no words of judgement."
    if total == 1:
        return "the entry below uses words of judgement (in bold)."
    if judging == total:
        return f"all {total} entries below use words of judgement (in bold)."
    return f"{judging} of the {total} entries below {'uses' if judging == 1 else 'use'} words of judgement (in bold)."


class NamingList(KeyedListView):
    """The rows, one item each (``item.name`` is the row key), moved as every list is."""

    HELP_TITLE = "naming matrix"
    BINDINGS = LIST_KEYS  # its own, so the help lists them (it reads each class's own keys)


class NamingScreen(PaletteMixin, Screen):
    """How each report names entity ``entity_id`` of ``analysis``, or labels statement ``link_id``;
    see the module docstring.

    The rows are drawn as they are composed, and redrawn (a new theme) through the widgets kept
    then, never found again in the tree: the screen may be closed while it is still mounting.
    """

    AUTO_FOCUS = "NamingList"
    COMPONENT_CLASSES = {"naming--judging"}  # the palette is the reader screen's (see PaletteMixin)
    HELP_WIDGETS = (NamingList,)
    BINDINGS = [Binding("escape", "dismiss", "Back")]

    def __init__(self, analysis: Analysis, entity_id: str | None = None, *, link_id: str | None = None) -> None:
        super().__init__()
        self.analysis = analysis
        self.entity_id, self.link_id = entity_id, link_id
        self.rows = self._rows()

    def _rows(self) -> tuple[NamingRow, ...]:
        naming = sourcing_of(self.analysis).naming
        if self.link_id is not None:
            return rows_about_link(self.analysis, naming, self.link_id)
        return rows_about(self.analysis, naming, self.entity_id or "")

    def compose(self) -> ComposeResult:
        yield Static(self._title(), id="naming-title")
        self._texts = {row.key: Static(self.row_text(row)) for row in self.rows}
        yield NamingList(*(ListItem(text, name=key) for key, text in self._texts.items()), id="naming-rows")
        yield Notices()
        yield KeyBar(id="keys")

    def on_mount(self) -> None:
        redraw_on_restyle(self, self._draw)

    @on(AnalysisReady)
    async def _analysis_changed(self, message: AnalysisReady) -> None:
        """A correction changed the entities or links: show the rows of the corrected analysis."""
        if message.analysis is not self.analysis:
            self.analysis = message.analysis
            self.rows = self._rows()
            await recompose_focused(self)

    def _title(self) -> Text:
        judged = judged_entries(sum(row.judged for row in self.rows), len(self.rows))
        if self.link_id is not None:
            link = next((l for l in self.analysis.links + self.analysis.weaker_links if l.id == self.link_id), None)
            if link is None:
                return Text("This statement is gone from the corrected analysis.")
            return Text(
                f"How each report labels \u201c{self.analysis.excerpt(link, 60)}\u201d: the words of judgement in its "
                f"passages, then how each names what they mention; {judged}"
            )
        entity = next((e for e in self.analysis.entities if e.id == self.entity_id), None)
        if entity is None:
            return Text("This entity is gone from the corrected analysis.")
        statements = sum(row.kind == "statement" for row in self.rows)
        # Only the statements two or more reports label with judgement are rows (see rows_about): say so,
        # and say when there is none, rather than promise statements the list does not hold.
        then = (f"then the {statements} statement{'s' if statements > 1 else ''} about it that reports label with judgement"
                if statements else "no statement about it is labelled with judgement by two reports")
        return Text(f"How each report names {entity.name}: its names and the words next to them; {then}; {judged}")

    def _draw(self) -> None:
        for row in self.rows:
            self._texts[row.key].update(self.row_text(row))

    def row_text(self, row: NamingRow) -> Group:
        """The row's title, then one line per report (:meth:`report_lines`): its label, then its
        words, which wrap under themselves, not under the label."""
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True)
        grid.add_column(overflow="fold")
        for label, words in self.report_lines(row):
            grid.add_row(label, words)
        return Group(Text(f"{'Entity' if row.kind == 'entity' else 'Statement'}: {row.title}", style="bold"), grid)

    def report_lines(self, row: NamingRow) -> list[tuple[Text, Text]]:
        """``(outlet:, words)`` for each report naming the row's item: its names, then its descriptions."""
        index, palette = self.app.index, self.palette()
        judging = self.palette_style("naming--judging")
        lines = []
        for article in self.analysis.dossier.articles:
            names, labels = row.names.get(article.id, ()), row.labels_of(article.id)
            if not names and not labels:
                continue
            pieces: list[Text] = [Text(", ".join(names))] if names else []
            # A description a report repeats is shown once, with how many times.
            said = Counter(label.text for label in labels)
            first: dict[str, Label] = {}
            for label in labels:
                first.setdefault(label.text, label)
            for label in first.values():
                pieces.append(self._label(label, judging))
                if said[label.text] > 1:
                    pieces[-1].append(f" (\u00d7{said[label.text]})", palette.muted)
            if row.kind == "entity" and not labels:
                pieces.append(Text("no description", palette.muted))
            lines.append((index.source_label(palette, article.id).append(":"), Text("; ").join(pieces)))
        return lines

    @staticmethod
    def _label(label: Label, judging) -> Text:
        """The label's words, those that judge in the judging style."""
        text = Text(label.text)
        for word in label.judgement:
            start = label.text.find(word)
            if start >= 0:
                text.stylize(judging, start, start + len(word))
        return text
