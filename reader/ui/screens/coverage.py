"""Every link against every report: who carries what, at a glance (a coverage matrix).

Rows are links, the most widely carried first (``o``: the most independent origins first, and
back); columns are the reports, each marked in its source colour where the report carries the
link and blank where it does not, then the independent origins behind the link (reports that
copy one text count once, :mod:`reader.core.findings.origins`). Enter on a cell
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

from rich.style import Style
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Static

from reader.core.model import Analysis, Link
from reader.core.findings.collation import coverage_rows, shared_link_count
from reader.core.findings.sourcing import sourcing_of
from reader.ui.render import CARRIED_SIGN, PALETTE_CLASSES, PaletteMixin
from reader.ui.messages import AnalysisReady, OpenCompare
from reader.ui.widgets.key_bar import KeyBar

KIND_MARKS = {"verbatim": "=", "near": "\u2248", "paraphrase": "~"}
"""One cell says how the versions match; the legend and the details line say it in words."""
ORIGINS_WIDTH = len("Orig")
KIND_WORDS = {"verbatim": "word for word", "near": "nearly word for word", "paraphrase": "paraphrased"}


def merged_rows(analysis: Analysis, links: tuple[Link, ...]) -> tuple[tuple[Link, ...], ...]:
    """``links`` in order, those whose label passages read the same (a statement several
    reports carry in separately linked places) on one row."""
    rows: dict[str, list[Link]] = {}
    for link in links:
        span = analysis.label_passage(link)
        rows.setdefault(" ".join(analysis.dossier.article(span.article).text(span).split()), []).append(link)
    return tuple(tuple(row) for row in rows.values())


class CoverageTable(PaletteMixin, DataTable):
    """The matrix itself: it owns the palette the source colours come from."""

    HELP_TITLE = "matrix"
    COMPONENT_CLASSES = DataTable.COMPONENT_CLASSES | PALETTE_CLASSES
    # Enter goes straight to the screen's action; a click still comes as a Selected message.
    BINDINGS = [Binding("enter", "screen.open_cell", "Compare here")]


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
        Binding("o", "sort_by_origins", "Sort by origins"),
        Binding("escape", "app.back", "Back"),
    ]

    def __init__(self, analysis: Analysis, *, at: Link | None = None) -> None:
        super().__init__()
        self.analysis = analysis
        self.by_origins = False
        self.links = coverage_rows(analysis)
        self.rows = merged_rows(analysis, self.links)
        self._at = at

    def compose(self) -> ComposeResult:
        yield Static(self._title(), id="coverage-title")
        yield CoverageTable(id="coverage-table", cursor_type="cell", zebra_stripes=True, cell_padding=0)
        yield Static(id="coverage-details")
        yield Static(id="coverage-counts")
        yield KeyBar(id="keys")

    def on_mount(self) -> None:
        self._fill()
        table = self.query_one(CoverageTable)
        row = next((n for n, links in enumerate(self.rows) if self._at in links), None)
        if row is not None:
            table.move_cursor(row=row, column=0)
        # The stylesheet follows a new theme only after this change is announced: draw later.
        self.watch(self.app, "theme", lambda: self.call_after_refresh(self._refill), init=False)

    def _title(self) -> Text:
        total = len(self.analysis.dossier.articles)
        order = "the most independent origins first" if self.by_origins else "the most widely carried first"
        return Text(f"{len(self.links)} links across {total} reports; {order}")

    def action_sort_by_origins(self) -> None:
        """Sort by independent origins, or back by reports; the cursor stays on its row."""
        table = self.query_one(CoverageTable)
        at = self.rows[table.cursor_row][0] if self.rows else None
        self.by_origins = not self.by_origins
        self.links = coverage_rows(self.analysis, by_origins=self.by_origins)
        self.rows = merged_rows(self.analysis, self.links)
        self.query_one("#coverage-title", Static).update(self._title())
        self._refill()
        row = next((n for n, links in enumerate(self.rows) if at in links), None)
        if row is not None:
            table.move_cursor(row=row, column=table.cursor_column)

    @on(AnalysisReady)
    def _analysis_changed(self, message: AnalysisReady) -> None:
        """A correction changed the links: draw the matrix of the corrected analysis."""
        if message.analysis is not self.analysis:
            self.analysis = message.analysis
            self.links = coverage_rows(self.analysis, by_origins=self.by_origins)
            self.rows = merged_rows(self.analysis, self.links)
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
        """Columns as narrow as a glyph each (the legend line names them), so that 20 reports fit
        80 columns and the passage gets the rest; each passage says whose wording it shows."""
        dossier, index = self.analysis.dossier, self.app.index
        table = self.query_one(CoverageTable)
        palette = table.palette()
        count = len(dossier.articles)
        room = self.app.size.width - 3  # the scrollbar and a margin
        report_width = 2 if count * 2 <= room // 3 else 1
        width = max(20, room - 2 - count * report_width - ORIGINS_WIDTH - 1)
        origins = sourcing_of(self.analysis).origins
        table.add_column(Text("Passage"), key="passage", width=width)
        table.add_column(Text(" "), key="kind", width=2)
        for article in dossier.articles:
            glyph = Text(index.source_glyph(article.id), palette.source(index.source_slot(article.id)) + Style(bold=True))
            table.add_column(glyph, key=article.id, width=report_width)
        table.add_column(Text("Orig"), key="origins", width=ORIGINS_WIDTH)
        for links in self.rows:
            span = self.analysis.label_passage(links[0])
            passage = Text()
            passage.append(index.source_glyph(span.article), palette.source(index.source_slot(span.article)) + Style(bold=True))
            passage.append(" " + self.analysis.excerpt(links[0], width - 2))
            cells = [passage, Text(KIND_MARKS.get(links[0].kind, "?"))]
            for article in dossier.articles:
                carried = any(link.passage_in(article.id) is not None for link in links)
                cells.append(Text(CARRIED_SIGN, palette.source(index.source_slot(article.id))) if carried else Text(""))
            cells.append(Text(str(max(origins.origins_of(link) for link in links)), justify="right"))
            table.add_row(*cells, key=links[0].id)
        self.query_one("#coverage-counts", Static).update(self._legend(palette, room))
        self._describe()

    def _legend(self, palette, room: int) -> Text:
        """One line: each column's glyph and outlet, names cut to share the width (the details
        line names the column under the cursor in full)."""
        dossier, index = self.analysis.dossier, self.app.index
        budget = max(1, room // max(1, len(dossier.articles)) - 3)
        legend = Text(no_wrap=True, overflow="ellipsis")
        for position, article in enumerate(dossier.articles):
            style = palette.source(index.source_slot(article.id))
            legend.append(" " if position else "")
            legend.append(index.source_glyph(article.id), style + Style(bold=True))
            name = article.outlet or article.id
            legend.append(" " + (name if len(name) <= budget else name[: max(1, budget - 1)] + "\u2026"), style)
        return legend

    @on(DataTable.CellHighlighted)
    def _describe(self) -> None:
        """The details line: the cell under the cursor in words (one line; all of it with i)."""
        table = self.query_one(CoverageTable)
        if not self.rows or not table.columns:
            return
        key = table.coordinate_to_cell_key(table.cursor_coordinate)
        links = next(row for row in self.rows if row[0].id == key.row_key.value)
        dossier, index = self.analysis.dossier, self.app.index
        palette = table.palette()
        carriers = [a.id for a in dossier.articles if any(a.id in link.articles for link in links)]
        column = key.column_key.value or ""
        text = Text()
        if column in dossier.by_id:
            text.append_text(index.source_label(palette, column))
            text.append(" carries this" if column in carriers else " does not carry this")
            text.append(f" ({len(self.analysis.links_by_article.get(column, ()))} of {len(self.links)} links). ")
        link = links[0]
        text.append(f"{KIND_MARKS[link.kind]} {KIND_WORDS[link.kind]}, match score {link.score:.2f} of 1; in {len(carriers)} of {len(dossier.articles)}: ")
        text.append(", ".join(dossier.article(a).outlet or a for a in carriers))
        span = self.analysis.label_passage(link)
        text.append(f". {dossier.article(span.article).outlet}: ")
        text.append(" ".join(dossier.article(span.article).text(span).split()))
        self.query_one("#coverage-details", Static).update(text)

    def action_table(self, action: str) -> None:
        getattr(self.query_one(DataTable), f"action_{action}")()

    def action_open_cell(self) -> None:
        """Enter: the compare view on the cell under the cursor (see the module docstring)."""
        table = self.query_one(CoverageTable)
        if self.links:
            self._open_at(table.coordinate_to_cell_key(table.cursor_coordinate))

    @on(DataTable.CellSelected)
    def _clicked(self, event: DataTable.CellSelected) -> None:
        event.stop()
        self._open_at(event.cell_key)

    def _open_at(self, cell_key) -> None:
        links = next(row for row in self.rows if row[0].id == cell_key.row_key.value)
        column = cell_key.column_key.value or ""
        # A merged row: the link that the report under the cursor carries, if any.
        link = next((link for link in links if column in link.articles), links[0])
        self.post_message(self.compare_at(link, column))

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
