"""Every link against every report: who carries what, at a glance (a coverage matrix).

Rows are links, the most widely carried first; columns are the reports, each marked in its
source colour where the report carries the link and blank where it does not. Enter on a cell
opens the compare view on that passage:

* a marked cell: that report on the left, its cursor on the passage, beside the carrier
  sharing most links with it;
* a blank cell: that report on the left beside a carrier whose cursor is on the passage, so
  the report lacking it is read next to one that has it;
* the passage or kind cell: the first two carriers.

The compare view it opens takes the place of the one the matrix was opened from, so
``escape`` leads back to the reader, however many cells were visited.
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Static

from reader.core.model import Analysis, Link
from reader.core.findings.collation import coverage_rows, shared_link_count
from reader.ui.render import PALETTE_CLASSES, PaletteMixin
from reader.ui.messages import AnalysisReady, OpenCompare
from reader.ui.widgets.key_bar import KeyBar

CARRIED_SIGN = "\u25cf"
KIND_WIDTH = len("paraphrase")
REPORT_WIDTH = 3


class CoverageTable(PaletteMixin, DataTable):
    """The matrix itself: it owns the palette the source colours come from."""

    HELP_TITLE = "matrix"
    COMPONENT_CLASSES = DataTable.COMPONENT_CLASSES | PALETTE_CLASSES
    BINDINGS = [Binding("enter", "select_cursor", "Compare here")]


class CoverageScreen(Screen):
    """The coverage matrix of ``analysis``'s links, the cursor on link ``at`` if given; see the
    module docstring for Enter."""

    AUTO_FOCUS = "#coverage-table"
    HELP_WIDGETS = (CoverageTable,)

    BINDINGS = [
        Binding("j", "table('cursor_down')", "Next link", show=False),
        Binding("k", "table('cursor_up')", "Previous link", show=False),
        Binding("h", "table('cursor_left')", "Column left", show=False),
        Binding("l", "table('cursor_right')", "Column right", show=False),
        Binding("g", "table('scroll_top')", "First link", show=False),
        Binding("G", "table('scroll_bottom')", "Last link", show=False),
        Binding("escape", "back", "Back"),
    ]

    def __init__(self, analysis: Analysis, *, at: Link | None = None) -> None:
        super().__init__()
        self.analysis = analysis
        self.links = coverage_rows(analysis)
        self._at = at

    def compose(self) -> ComposeResult:
        yield Static(self._title(), id="coverage-title")
        yield CoverageTable(id="coverage-table", cursor_type="cell", zebra_stripes=True)
        yield Static(id="coverage-counts")
        yield KeyBar(id="keys")

    def on_mount(self) -> None:
        self._fill()
        table = self.query_one(CoverageTable)
        if self._at in self.links:
            table.move_cursor(row=self.links.index(self._at), column=0)
        # The stylesheet follows a new theme only after this change is announced: draw later.
        self.watch(self.app, "theme", lambda: self.call_after_refresh(self._refill), init=False)

    def _title(self) -> Text:
        total = len(self.analysis.dossier.articles)
        return Text(f"{len(self.links)} links across {total} reports; the most widely carried first")

    @on(AnalysisReady)
    def _analysis_changed(self, message: AnalysisReady) -> None:
        """A correction changed the links: draw the matrix of the corrected analysis."""
        if message.analysis is not self.analysis:
            self.analysis = message.analysis
            self.links = coverage_rows(self.analysis)
            self.query_one("#coverage-title", Static).update(self._title())
            self._refill()

    def _refill(self) -> None:
        """Draw the matrix again in the new theme's source colours, the cursor kept."""
        table = self.query_one(CoverageTable)
        at = table.cursor_coordinate
        table.clear(columns=True)
        self._fill()
        table.move_cursor(row=at.row, column=at.column)

    def _fill(self) -> None:
        dossier, index = self.analysis.dossier, self.app.index
        table = self.query_one(CoverageTable)
        palette = table.palette()
        # Reports are headed by their glyph (the counts line below names them), so the
        # passage column can take whatever width the terminal leaves.
        width = max(20, self.app.size.width - KIND_WIDTH - len(dossier.articles) * (REPORT_WIDTH + 2) - 6)
        table.add_column(Text("Passage"), key="passage", width=width)
        table.add_column(Text("Kind"), key="kind", width=KIND_WIDTH)
        for article in dossier.articles:
            glyph = Text(index.source_glyph(article.id), palette.source(index.source_slot(article.id)), justify="center")
            table.add_column(glyph, key=article.id, width=REPORT_WIDTH)
        for link in self.links:
            cells = [Text(self.analysis.excerpt(link, width)), Text(link.kind)]
            for article in dossier.articles:
                carried = link.passage_in(article.id) is not None
                style = palette.source(index.source_slot(article.id))
                cells.append(Text(CARRIED_SIGN, style, justify="center") if carried else Text(""))
            table.add_row(*cells, key=link.id)
        counts = Text("Links carried: ")
        for position, article in enumerate(dossier.articles):
            if position:
                counts.append(" \u00b7 ")
            counts.append_text(index.source_label(palette, article.id))
            counts.append(f" {len(self.analysis.links_by_article.get(article.id, ()))}")
        self.query_one("#coverage-counts", Static).update(counts)

    def action_table(self, action: str) -> None:
        getattr(self.query_one(DataTable), f"action_{action}")()

    @on(DataTable.CellSelected)
    def _open(self, event: DataTable.CellSelected) -> None:
        event.stop()
        link = next(link for link in self.links if link.id == event.cell_key.row_key.value)
        self.post_message(self.compare_at(link, event.cell_key.column_key.value or ""))

    def compare_at(self, link: Link, column: str) -> OpenCompare:
        """The compare view Enter opens on ``link``'s row in ``column`` (see the module doc)."""
        carriers = link.articles
        if column in carriers:
            partner = max(
                (a for a in carriers if a != column),
                key=lambda a: shared_link_count(self.analysis, column, a),
            )
            return OpenCompare(self.analysis, column, partner, at=link.passage_in(column))
        if column in self.analysis.dossier.by_id:
            carrier = max(carriers, key=lambda a: shared_link_count(self.analysis, column, a))
            return OpenCompare(self.analysis, column, carrier, at=link.passage_in(carrier))
        return OpenCompare(self.analysis, carriers[0], carriers[1], at=link.passages[0])

    def action_back(self) -> None:
        self.dismiss()
