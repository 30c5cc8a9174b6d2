"""Every link against every report: who carries what, at a glance (a coverage matrix).

Rows are links, the most widely carried first (``o``: the most independent origins first, and
back); columns are the reports, each marked in its source colour where the report carries the
link and blank where it does not, then the independent origins behind the link (reports that
copy one text count once, :mod:`reader.core.findings.origins`). With more reports than fit the
width (or than there are glyphs to name them), the first reports get columns and one more column
counts the others carrying the row; the details line names every carrier. Enter on a cell
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

from reader.core.model import Analysis, Article, Link
from reader.core.findings.collation import coverage_rows, shared_link_count
from reader.core.findings.sourcing import sourcing_of
from reader.ui.render import CARRIED_SIGN, OTHER_SOURCES_GLYPH, PALETTE_CLASSES, PaletteMixin
from reader.ui.messages import AnalysisReady, OpenCompare
from reader.ui.widgets.key_bar import KeyBar

KIND_MARKS = {"verbatim": "=", "near": "\u2248", "paraphrase": "~"}
"""One cell says how the versions match; the legend and the details line say it in words."""
ORIGINS_WIDTH = len("Orig")
MORE_WIDTH = len("+999")
MIN_PASSAGE = 40
"""The passage keeps this much width: report columns past it are counted, not drawn."""
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

    def _shown(self, room: int) -> tuple[Article, ...]:
        """The reports that get a column: all of them if they fit beside a passage of
        ``MIN_PASSAGE`` and each has a glyph of its own, else the first that do."""
        articles, index = self.analysis.dossier.articles, self.app.index
        named = tuple(a for a in articles if index.source_glyph(a.id) != OTHER_SOURCES_GLYPH)
        if len(named) == len(articles) and len(articles) <= room - 2 - ORIGINS_WIDTH - 1 - MIN_PASSAGE:
            return articles
        return named[: max(0, room - 2 - ORIGINS_WIDTH - 1 - MORE_WIDTH - 1 - MIN_PASSAGE)]

    def _fill(self) -> None:
        """Columns as narrow as a glyph each (the legend line names them), so that 20 reports fit
        80 columns and the passage gets the rest; each passage says whose wording it shows.
        Past the columns that fit, reports are counted: a cell per report per row is what made
        hundreds of reports take seconds."""
        index = self.app.index
        table = self.query_one(CoverageTable)
        palette = table.palette()
        room = self.app.size.width - 3  # the scrollbar and a margin
        shown = self._shown(room)
        hidden = len(self.analysis.dossier.articles) - len(shown)
        report_width = 2 if len(shown) * 2 <= room // 3 else 1
        more_width = MORE_WIDTH + 1 if hidden else 0
        width = max(20, room - 2 - len(shown) * report_width - more_width - ORIGINS_WIDTH - 1)
        origins = sourcing_of(self.analysis).origins
        marks = {a.id: Text(CARRIED_SIGN, palette.source(index.source_slot(a.id))) for a in shown}
        table.add_column(Text("Passage"), key="passage", width=width)
        table.add_column(Text(" "), key="kind", width=2)
        for article in shown:
            glyph = Text(index.source_glyph(article.id), palette.source(index.source_slot(article.id)) + Style(bold=True))
            table.add_column(glyph, key=article.id, width=report_width)
        if hidden:
            table.add_column(Text(f"+{hidden}"), key="more", width=more_width)
        table.add_column(Text("Orig"), key="origins", width=ORIGINS_WIDTH)
        for links in self.rows:
            span = self.analysis.label_passage(links[0])
            carriers = {article for link in links for article in link.articles}
            passage = Text()
            passage.append(index.source_glyph(span.article), palette.source(index.source_slot(span.article)) + Style(bold=True))
            passage.append(" " + self.analysis.excerpt(links[0], width - 2))
            cells = [passage, Text(KIND_MARKS.get(links[0].kind, "?"))]
            cells.extend(marks[a.id] if a.id in carriers else Text("") for a in shown)
            if hidden:
                others = len(carriers) - sum(a.id in carriers for a in shown)
                cells.append(Text(f"+{others}" if others else ""))
            cells.append(Text(str(max(origins.origins_of(link) for link in links)), justify="right"))
            table.add_row(*cells, key=links[0].id)
        self.query_one("#coverage-counts", Static).update(self._legend(palette, room, shown, hidden))
        self._describe()

    def _legend(self, palette, room: int, shown: tuple[Article, ...], hidden: int) -> Text:
        """One line: each column's glyph and outlet, names cut to share the width (the details
        line names the column under the cursor in full), after how many reports have no column."""
        index = self.app.index
        more = f"+{hidden} more reports, counted in the +{hidden} column; " if hidden else ""
        budget = max(1, (room - len(more)) // max(1, len(shown)) - 3)
        legend = Text(more, no_wrap=True, overflow="ellipsis")
        for position, article in enumerate(shown):
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
