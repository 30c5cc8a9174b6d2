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

from collections.abc import Callable
from os.path import commonprefix

from rich.style import Style
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from reader.core.findings.stance import link_stances
from reader.core.model import Analysis, Article, Link, shorten
from reader.core.findings.collation import shared_link_count
from reader.core.findings.coverage import coverage_of, row_text
from reader.core.findings.leads import fitted
from reader.core.findings.sourcing import sourcing_of
from reader.core.findings.likeness import shown_kind
from reader.ui.answers import AnswersInLine
from reader.ui.render import (
    CARRIED_SIGN, UNNUMBERED_GLYPH, WEAKER_SIGN, WEAKER_STYLE, match_note, weaker_note,
)
from reader.ui.messages import AnalysisReady, OpenCompare
from reader.ui.paging import next_hit
from reader.ui.kept import KeptView
from reader.ui.widgets.key_bar import KeyBar
from reader.ui.widgets.notices import Notices
from reader.ui.widgets.line_table import Column, LineTable
from reader.ui.widgets.search_bar import SearchBar
from reader.ui.widgets.status_line import StatusLine
from reader.ui.wording import counted, counted_among, counted_of, not_found, searched_words

KIND_MARKS = {"verbatim": "=", "near": "\u2248", "paraphrase": "~"}
"""One cell says how the versions match; the legend and the details line say it in words."""
ORIGINS_HEADER = "Origins"
"""The last column: how many independent origins stand behind the row (the details line says it in words)."""
ORIGINS_WIDTH = len(ORIGINS_HEADER)
MORE_WIDTH = len("+999")
MIN_PASSAGE = 40
"""The passage keeps this much width: report columns past it are counted, not drawn."""
LEGIBLE, LEGIBLE_MOST = 4, 20
"""Cells of a name in the legend: fewer read as a stub (all cut so short, the first names are
shown at most ``LEGIBLE_MOST`` each, and the rest counted)."""
SORT_KEY = "Sort by origins (o again: by reports)"


def _longest_shared_prefixes(names: list[str]) -> list[int]:
    """For each name, the length of the longest prefix it shares with any other: in sorted order the
    other sharing most is a neighbour, so hundreds of names cost a sort, not every pair (36 columns'
    names compared pairwise were 3 ms of each ``m``)."""
    order = sorted(range(len(names)), key=names.__getitem__)
    shared = [0] * len(names)
    for before, after in zip(order, order[1:]):
        common = len(commonprefix([names[before], names[after]]))
        shared[before], shared[after] = max(shared[before], common), max(shared[after], common)
    return shared


def name_cuts(names: list[str], room: int) -> list[int]:
    """The cells each name keeps (a cut one ending in an ellipsis) so that all fit in ``room``: short
    names keep their length and leave the rest to the long ones, and a cut name keeps the prefix that
    tells it from the others ("weekly…" and "weekend…", never "week…" twice) when those prefixes fit;
    else all are cut alike (the details line names the column under the cursor in full)."""
    folded = [name.casefold() for name in names]
    floors = [min(len(name), 2 + shared) for name, shared in zip(folded, _longest_shared_prefixes(folded))]
    if sum(floors) > room:
        floors = [1] * len(names)
    cap = max(map(len, names), default=1)
    while cap > 1 and sum(min(len(name), max(cap, floor)) for name, floor in zip(names, floors)) > room:
        cap -= 1
    return [min(len(name), max(cap, floor)) for name, floor in zip(names, floors)]


def _update(line: Static, text: Text) -> None:
    """Show ``text`` on ``line`` unless it shows it already: each update draws the line again."""
    if text != line.content:
        line.update(text)


class CoverageTable(LineTable):
    """The matrix itself, a row per (merged) link, made only when in view."""

    HELP_TITLE = "matrix"
    BINDINGS = [
        # Enter goes straight to the screen's action; a click still comes as a CellSelected message.
        Binding("enter", "screen.open_cell", "Compare here"),
        Binding("j,down", "move(1, 0)", "Next link", show=False),
        Binding("k,up", "move(-1, 0)", "Previous link", show=False),
        Binding("h,left", "move(0, -1)", "Column left", show=False),
        Binding("l,right", "move(0, 1)", "Column right", show=False),
        Binding("pagedown,space", "page(1)", "Page down", show=False),
        Binding("pageup,b", "page(-1)", "Page up", show=False),
        Binding("ctrl+d", "page(1, 0.5)", "Half a page down", show=False),
        Binding("ctrl+u", "page(-1, 0.5)", "Half a page up", show=False),
        Binding("g,home", "edge(-1)", "First link", show=False),
        Binding("G,end", "edge(1)", "Last link", show=False),
    ]


class CoverageScreen(AnswersInLine, KeptView):
    """The coverage matrix of ``analysis``'s links, the cursor on link ``at`` if given; see the
    module docstring for Enter. Built once, then shown again (:class:`KeptView`)."""

    AUTO_FOCUS = "#coverage-table"
    DRAWN_AHEAD = True  # opened from the reader on its first rows, as drawn ahead; kept when shown
    ANSWER_LINE = "#coverage-details"
    FOLDED_ROWS = 8  # its max-height folded (compare.tcss)
    HELP_WIDGETS = (CoverageTable,)

    BINDINGS = [
        # One key, two bindings: the key bar offers the order not shown (check_action hides the other);
        # the help says what the key does in one row, not "Sort by origins or Sort by reports".
        Binding("o", "sort(True)", "Sort by origins", tooltip=SORT_KEY),
        Binding("o", "sort(False)", "Sort by reports", tooltip=SORT_KEY),
        Binding("slash", "search", "Search the passages, then n/N", key_display="/", show=False),
        Binding("n", "jump_hit(1)", "Next hit", show=False),
        Binding("N", "jump_hit(-1)", "Previous hit", key_display="N", show=False),
        Binding("escape", "app.back", "Back"),
    ]

    def __init__(self, analysis: Analysis, *, at: Link | None = None) -> None:
        super().__init__()
        self.by_origins = False
        self._hits: tuple[int, ...] = ()
        """Rows holding the last search's query, walked by n/N."""
        self._described = Text()
        """The details of the cell under the cursor."""
        self._take(analysis)
        self._at = at
        self._laid_out: tuple | None = None
        """What the matrix was laid out for (see :meth:`_fill`), then :meth:`_lay_out`'s parts."""

    def _take(self, analysis: Analysis) -> None:
        self.analysis = analysis
        rows = coverage_of(analysis, by_origins=self.by_origins)  # found by the worker that made the analysis
        self.links, self.labels, self.rows, self._row_of = rows.links, rows.labels, rows.rows, rows.row_of
        self._apart, self._leads = rows.apart, rows.leads
        self._hits = ()

    def compose(self) -> ComposeResult:
        yield Static(self._title(), id="coverage-title")
        yield CoverageTable(id="coverage-table")
        yield StatusLine(id="coverage-details", whole="\u23ce shows it in compare")
        yield Static(id="coverage-counts")
        yield Notices()
        yield KeyBar(id="keys")

    def fill(self) -> None:
        self._start()
        # The stylesheet follows a new theme only after this change is announced: draw later.
        self.watch(self.app, "theme", lambda: self.call_after_refresh(self._refill), init=False)

    def on_resize(self) -> None:
        """The columns follow the terminal's width, as the reader's and the compare view's rows do:
        opened wide and shrunk, the passage column took all of it and no report column was seen."""
        if self._laid_out is not None and self._laid_out[0][2] != self._room():
            self._refill()

    def on_screen_resume(self) -> None:
        self.on_resize()  # the terminal may have been resized while another screen was on top

    def reopen(self, analysis: Analysis, *, at: Link | None = None) -> None:
        self.by_origins = False
        self._take(analysis)
        self._at = at
        self.forget_reading()
        _update(self.query_one("#coverage-title", Static), self._title())
        self._start()

    def _start(self) -> None:
        """The matrix drawn, the cursor on the row of link ``at`` if given, else on the first."""
        row = self._row_of.get(self._at.id) if self._at is not None else None
        self._fill((row or 0, 0))

    def _title(self) -> Text:
        total = len(self.analysis.dossier.articles)
        order = "the most independent origins first" if self.by_origins else "the most widely carried first"
        links, rows = len(self.links), len(self.rows)
        weaker = sum(not link.confident for link in self.links)
        text = Text(counted(links, "link"))
        if weaker:
            text.append(f" ({weaker} weaker: ")
            text.append(WEAKER_SIGN, WEAKER_STYLE)
            text.append(")")
        if not links and (hidden := len(self.analysis.weaker_links)):
            # An empty grid under "0 links" read as nothing shared, where W shows what was held back.
            shows = f"the {hidden} weaker links" if hidden > 1 else "the weaker link"
            return text.append(f" across {counted(total, 'report')}: W shows {shows}, passages that may share only background")
        text.append((f" on {counted(rows, 'row')}" if rows != links else "") + f" across {counted(total, 'report')}; {order}")
        return text

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return action != "sort" or parameters[0] != self.by_origins

    def action_sort(self, by_origins: bool) -> None:
        """Sort by independent origins, or back by reports; the cursor stays on its row."""
        self.by_origins = by_origins
        self._refill(self.analysis)
        self.refresh_bindings()

    @on(AnalysisReady)
    def _analysis_changed(self, message: AnalysisReady) -> None:
        """A correction changed the links: draw the matrix of the corrected analysis."""
        if message.analysis is not self.analysis:
            self._refill(message.analysis)

    def _refill(self, analysis: Analysis | None = None) -> None:
        """Draw the matrix again (of ``analysis`` if given; in the new theme's source colours),
        the cursor kept on its link and column."""
        table = self.query_one(CoverageTable)
        row, column = table.cursor
        at = self.rows[row][0] if self.rows else None
        if analysis is not None:
            self._take(analysis)
            self.query_one("#coverage-title", Static).update(self._title())
            if at is not None and at.id in self._row_of:
                row = self._row_of[at.id]
        self._fill((row, column))

    def _shown(self, room: int) -> tuple[Article, ...]:
        """The reports that get a column: all of them if they fit beside a passage of
        ``MIN_PASSAGE`` and each has a glyph of its own, else the first that do."""
        articles, index = self.analysis.dossier.articles, self.app.index
        named = tuple(a for a in articles if index.source_glyph(a.id) != UNNUMBERED_GLYPH)
        if len(named) == len(articles) and len(articles) <= room - 2 - ORIGINS_WIDTH - 1 - MIN_PASSAGE:
            return articles
        return named[: max(0, room - 2 - ORIGINS_WIDTH - 1 - MORE_WIDTH - 1 - MIN_PASSAGE)]

    def _fill(self, cursor: tuple[int, int]) -> None:
        """The matrix drawn (see :meth:`_lay_out`), the cursor on ``cursor``."""
        table = self.query_one(CoverageTable)
        palette = table.palette()
        room = self._room()
        # The rows (found once per analysis and order: their identity), the width and the looks
        # are all the cells and the legend show: the matrix opened again on them keeps the rows
        # it drew, and its columns and legend (each ``m`` worked them out again: a millisecond).
        drawn_for = (id(self.rows), self.rows, room, self.app.index, palette)
        if self._laid_out is None or self._laid_out[0] != drawn_for:
            self._laid_out = (drawn_for, *self._lay_out(palette, room))
        _, columns, keys, cells, legend = self._laid_out
        table.show(columns, keys, cells, cursor=cursor, drawn_for=drawn_for)
        _update(self.query_one("#coverage-counts", Static), legend)

    def _room(self) -> int:
        return self.app.size.width - 3  # the scrollbar and a margin

    def _lay_out(self, palette, room: int) -> tuple[list[Column], list[str], Callable[[int], list[Text]], Text]:
        """Columns as narrow as a glyph each (the legend line names them), so that 20 reports fit
        80 columns and the passage gets the rest; each passage says whose wording it shows.
        Past the columns that fit, reports are counted. Rows are made as they come into view:
        the columns, the rows' keys, what makes a row's cells, and the legend."""
        index = self.app.index
        shown = self._shown(room)
        hidden = len(self.analysis.dossier.articles) - len(shown)
        report_width = 2 if len(shown) * 2 <= room // 3 else 1
        more_width = MORE_WIDTH + 1 if hidden else 0
        # The kind's mark, and a weaker link's after it, then a space before the reports' columns.
        kind_width = 3 if any(not link.confident for link in self.links) else 2
        width = max(20, room - kind_width - len(shown) * report_width - more_width - ORIGINS_WIDTH - 1)
        marks = {a.id: Text(CARRIED_SIGN, palette.source(index.source_slot(a.id))) for a in shown}
        bold = Style(bold=True)
        blank = Text("")
        columns = [Column("passage", Text("Passage"), width), Column("kind", Text(" "), kind_width)]
        columns.extend(
            Column(a.id, Text(index.source_glyph(a.id), palette.source(index.source_slot(a.id)) + bold), report_width)
            for a in shown
        )
        if hidden:
            columns.append(Column("more", Text(f"+{hidden}"), more_width))
        columns.append(Column("origins", Text(ORIGINS_HEADER), ORIGINS_WIDTH))

        def cells(row: int) -> list[Text]:
            links = self.rows[row]
            span = self.labels[links[0].id]
            carriers = {article for link in links for article in link.articles}
            passage = Text()
            passage.append(index.source_glyph(span.article), palette.source(index.source_slot(span.article)) + bold)
            passage.append(" ")
            if row in self._apart:  # it reads as an earlier row: what differs tells them apart
                passage.append(shorten(self._told_apart(row, 3 * width), (width - 3) // 2), palette.muted).append(" ")
            if before := self._leads.get(links[0].id):  # a clause cut from mid-sentence, after the words it leans on
                passage.append(fitted(before, max(1, (width - passage.cell_len) // 3)), palette.muted).append(" ")
            passage.append(shorten(row_text(self.analysis, span), width - 1 - passage.cell_len))  # a blank before the kind
            kind = Text(KIND_MARKS.get(shown_kind(self.analysis, links[0]), "?"))
            if not links[0].confident:
                kind.append(WEAKER_SIGN, WEAKER_STYLE)
            carried = [marks[article] if article in carriers else blank for article in marks]
            found = [passage, kind, *carried]
            if hidden:
                others = len(carriers) - sum(mark is not blank for mark in carried)
                found.append(Text(f"+{others}" if others else ""))
            found.append(Text(str(self._origins(links))))
            return found

        return columns, [row[0].id for row in self.rows], cells, self._legend(palette, room, shown, hidden)

    def _origins(self, links: tuple[Link, ...]) -> int:
        """The independent origins behind a row (of its links, the most)."""
        origins = sourcing_of(self.analysis).origins
        return max(origins.origins_of(link) for link in links)

    def _legend(self, palette, room: int, shown: tuple[Article, ...], hidden: int) -> Text:
        """One line: each column's glyph and outlet, names cut to share the width (the details
        line names the column under the cursor in full), after how many reports have no column.
        Reports of one outlet share its name (``7,8 usatoday``): cut, two ``usat…`` told nothing."""
        index = self.app.index
        more = f"+{hidden} more reports, counted in the +{hidden} column; " if hidden else ""
        outlets: dict[str, list[Article]] = {}
        for article in shown:
            outlets.setdefault(article.name, []).append(article)
        names = list(outlets)
        # Each entry is its glyphs (comma-separated) and a space before its name, entries a space apart.
        glyphs = sum(len(index.source_glyph(a.id)) for a in shown) + len(shown) - len(names)
        cuts = name_cuts(names, room - len(more) - glyphs - 2 * len(names) + 1)
        legend = Text(more, no_wrap=True, overflow="ellipsis")

        def entry(name: str, budget: int) -> Text:
            said = Text()
            for at, article in enumerate(outlets[name]):
                style = palette.source(index.source_slot(article.id))
                said.append("," if at else "").append(index.source_glyph(article.id), style + Style(bold=True))
            style = palette.source(index.source_slot(outlets[name][0].id))
            return said.append(" " + (name if len(name) <= budget else name[: max(1, budget - 1)] + "\u2026"), style)

        if any(budget < min(len(name), LEGIBLE) for name, budget in zip(names, cuts)):
            # Cut to a letter each ("1 O… 2 O…") the names told nothing: the first ones, legible,
            # then how many the details line names instead.
            for position, name in enumerate(names):
                said = entry(name, LEGIBLE_MOST)
                rest = f" \u2026 {len(names) - position} more (the details name the column)"
                if legend.cell_len + 1 + said.cell_len + len(rest) > room and position:
                    return legend.append(rest, palette.muted)
                legend.append(" " if position else "").append_text(said)
            return legend
        for position, (name, budget) in enumerate(zip(names, cuts)):
            legend.append(" " if position else "").append_text(entry(name, budget))
        return legend

    def _told_apart(self, row: int, room: int) -> str:
        """What tells a row reading as an earlier one apart (:class:`~reader.core.findings.coverage.Apart`), in
        words: ``also in usatoday:``, ``with latimes “4.6 earthquake shakes…”:`` (its passage in ``room``
        characters) or ``(2)``."""
        apart, names = self._apart[row], self.analysis.dossier.names
        if apart.added:
            return f"also in {self.analysis.dossier.named(apart.added)}:"
        if apart.own is not None:
            return f"with {names[apart.own.article]} \u201c{shorten(row_text(self.analysis, apart.own), room)}\u201d:"
        return f"({apart.nth})"

    @on(LineTable.CellHighlighted)
    def _describe(self, event: LineTable.CellHighlighted) -> None:
        """The details: the cell under the cursor in words, wrapped (past eight lines, the rest with
        i; past what i shows, the compare view ⏎ opens has the passage whole)."""
        links = self.rows[self._row_of[event.row_key]]
        dossier, index = self.analysis.dossier, self.app.index
        palette = event.table.palette()
        carrying = {article for link in links for article in link.articles}
        carriers = [a.id for a in dossier.articles if a.id in carrying]
        column = event.column_key
        text = Text()
        for note in link_stances(self.analysis, links[0]):  # one report denies or doubts what another tells: first
            text.append(note + "; ", "bold")
        if column in dossier.by_id:
            text.append_text(index.source_label(palette, column))
            text.append(" carries this" if column in carriers else " does not carry this")
            text.append(f" ({len(self.analysis.links_by_article.get(column, ()))} of {counted(len(self.links), 'link')}). ")
        link = links[0]
        if not link.confident:
            text.append_text(weaker_note(link))
            text.append(" (its passages may share only background), ")
        among, in_event = counted_among(self.analysis, link.articles[0])
        text.append(f"{KIND_MARKS[shown_kind(self.analysis, link)]} {match_note(self.analysis, link)}; in {len(carriers)} of {len(among)}"
                    f"{' of this event' if in_event else ''}: ")
        text.append(dossier.named(carriers))
        if (apart := self._apart.get(self._row_of[event.row_key])) is not None:
            if apart.added:
                text.append(f"; the same words as another row: this link adds {dossier.named(apart.added)}")
            elif apart.own is not None:
                text.append(f"; the same words as another row: this link also joins {dossier.names[apart.own.article]}'s "
                            f"\u201c{row_text(self.analysis, apart.own)}\u201d")
            else:
                text.append(f"; the same words and reports as another row (the same statement in another place of a report, "
                            f"row {apart.nth} of those reading so)")
        origins = self._origins(links)
        text.append(f"; {counted(origins, 'independent origin')} (reports copying one text count once)")
        span = self.labels[link.id]
        text.append(f". {dossier.article(span.article).name}: ")
        if before := self._leads.get(link.id):
            text.append(before + " ", palette.muted)
        text.append(row_text(self.analysis, span))
        self._described = text
        self.put_line()

    def unanswered(self) -> Text:
        return self._described

    def put_line(self) -> None:
        """The cell's details, after the short answer (a search's count, wrapped round: :class:`AnswersInLine`)."""
        text = self.answered(self._described)
        # Its height follows the text: the table above keeps its cursor in view (LineTable.on_resize).
        details = self.query_one(self.ANSWER_LINE, StatusLine)
        if text != details.content:  # the same cell, shown again (each update draws the line again)
            details.update(text, layout=True)

    async def action_search(self) -> None:
        await SearchBar.open_in(self, "the passages")

    @on(SearchBar.Finished)
    def _search(self, event: SearchBar.Finished) -> None:
        """Find the query in the rows' passages, every report's version (as every search finds
        words): n/N then walk the rows holding it."""
        event.stop()
        table = self.query_one(CoverageTable)
        self.query_one(SearchBar).close(table)
        from reader.core.text.search import occurrences  # the words as every search finds them

        if not event.query.strip():
            self._hits = ()
            return
        # Every version a row's links hold, not only the one it shows: the other reports' wording is
        # what a reader looking for a word across the dossier means.
        self._hits = tuple(n for n, links in enumerate(self.rows)
                           if any(occurrences(row_text(self.analysis, span), event.query) for link in links for span in link.passages))
        if self._hits:
            row, column = table.cursor
            target, wrapped = next_hit(self._hits, row, 1)  # the first hit after the cursor, as n goes
            table.cursor = (target, column)
            found = counted_of(len(self._hits), len(self.rows), "row")
            self.app.say(f"{searched_words(event.query)} in {found}{' (from the top)' * bool(wrapped)}: n/N go through them", timeout=3)
        else:
            self.app.say(not_found(event.query, "passage"), timeout=3)

    def action_jump_hit(self, step: int) -> None:
        """The next (``step`` 1) or previous (-1) row holding the last search's query, round the ends."""
        if not self._hits:
            self.app.say("Search first: / then the words to find", timeout=2)
            return
        table = self.query_one(CoverageTable)
        row, column = table.cursor
        target, wrapped = next_hit(self._hits, row, step)
        if wrapped:
            self.app.say(wrapped, timeout=2)
        else:
            self.app.unsay()  # an earlier step's "Wrapped round…" is not this one's
        table.cursor = (target, column)

    def action_open_cell(self) -> None:
        """Enter: the compare view on the cell under the cursor (see the module docstring)."""
        keys = self.query_one(CoverageTable).cursor_keys
        if keys is not None:
            self._open_at(*keys)

    @on(LineTable.CellSelected)
    def _clicked(self, event: LineTable.CellSelected) -> None:
        event.stop()
        self._open_at(event.row_key, event.column_key)

    def _open_at(self, row_key: str, column: str) -> None:
        links = self.rows[self._row_of[row_key]]
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
