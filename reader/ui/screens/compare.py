"""Two reports side by side, passage by passage, with their links and word differences.

The focused column carries the cursor; the other column highlights the linked passage and
scrolls so it sits on the same screen row (vimdiff's scrollbind, the Versioning Machine's
highlight). Differences are read left to right: the left column shows what the right one
dropped or changed, the right column what it added or changed. Below 100 columns the two
columns stack, left above right, the focused one taller.

Each difference is drawn in the look of its type (:mod:`reader.core.findings.difftypes`); typography
differences stay unmarked until ``T`` shows them. ``,``/``.`` walk the differences one at a
time, through the pair under the cursor and on to the next pair; the one they stand on is
marked in both columns and named in the status line. ``d`` chooses which type they walk
(all first). A linked passage whose figures disagree between the two reports carries a ``!``
in the gutter, and the status line says what disagrees (or that the figures agree). ``x``
rejects the link under the cursor, ``A`` accepts it (see :meth:`DossierApp.decide`).
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.cache import LRUCache
from textual.events import DescendantFocus
from textual.widgets import Static

from reader.core.store.corrections import accept_link, drop_passage, reject_link
from reader.core.findings.stance import stance_note
from reader.core.findings.difftypes import DIFF_TYPES, IGNORED_BY_DEFAULT, TYPE_TITLES, pair_findings, shown
from reader.core.model import HEADLINE, Analysis, FigureComparison, Link, Span, StanceDifference, TypedDiff
from reader.core.text.search import find_in_article
from reader.core.findings.collation import (
    Passage,
    column_count,
    default_partner,
    figure_note,
    holding,
    joining,
    links_touching,
    pair_passages,
    passage_at,
    passage_rows,
    starts_difference,
    unlinked_conflicts,
    step_to,
)
from reader.ui.answers import AnswersInLine
from reader.ui.drawing import drawn_for_a_turn, next_turn
from reader.ui.kept import KeptView
from reader.ui.messages import AnalysisReady, Correct, OpenCoverage, OpenNaming, OpenVersions, VersionsAhead
from reader.ui.screens.report_picker import ReportPicker
from reader.ui.paging import hit_place, next_hit
from reader.ui.render import match_note, weaker_note
from reader.ui.widgets.difference_text import DIFFERENCE_CLASSES
from reader.ui.widgets.key_bar import KeyBar
from reader.ui.widgets.notices import Notices
from reader.ui.widgets.passage_column import PassageColumn, PassageRow
from reader.ui.widgets.search_bar import SearchBar
from reader.ui.widgets.status_line import StatusLine
from reader.ui.wording import (
    ESCAPE_IN_A_VIEW, carried_in, counted, counted_among, counted_of, keys_shown, link_judged, not_found, passage_dropped, searched_words, unlinked,
)

REPORT = Binding.Group("Report", compact=True)
LINK = Binding.Group("Link", compact=True)
DIFFERENCE = Binding.Group("Diff", compact=True)
SIDES = ("left", "right")
ALL_TYPES = "all"


_PAIRS: LRUCache[tuple[int, str, str, str | None], tuple[weakref.ref, tuple[Passage, ...], tuple[PassageRow, ...]]] = LRUCache(8)
"""Paired passages and their rows by (analysis, report, other report): the analysis is held weakly
and checked, so a corrected analysis pairs afresh and a dropped one is freed."""


def _other(side: str) -> str:
    return "right" if side == "left" else "left"


def _diff_side(side: str) -> str:
    """Differences run from the left report (``a``) to the right one (``b``)."""
    return "a" if side == "left" else "b"


class CompareScreen(AnswersInLine, KeptView):
    """Compare two reports; ``right`` defaults to the report sharing most links with ``left``.

    Without arguments it starts from the app's analysis and current report (``app.article_id``).
    ``at`` (a span in either report) puts the cursor on
    that passage, in that report's column.
    """

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]
    COMPONENT_CLASSES = DIFFERENCE_CLASSES  # read by both columns (see render.PaletteMixin)
    AUTO_FOCUS = ""  # the column to focus depends on ``at``; _start focuses it

    ANSWER_LINE = "#compare-status"
    KEY_BAR_ESSENTIAL = frozenset({"switch_column", "cycle_walked", "jump_difference(-1)", "jump_difference(1)"})
    """Shown on the key bar however narrow: the other column, the type of difference ``d`` chose and
    ``,``/``.`` that walk it (the type named without its keys told nothing)."""
    _spoken = Text()
    _spoken_for: tuple[str, str] = ("", "")
    """The pair of reports :attr:`_spoken` was said of: the view shown again on another pair shows none of it."""
    _progress_said: Text | None = None
    """What the line said of a key's work under way (``app.progress``): replaced once it is done."""

    BINDINGS = [
        Binding("j,down", "move(1)", "Next passage", show=False),
        Binding("k,up", "move(-1)", "Previous passage", show=False),
        Binding("pagedown,space", "page(1)", "Page down", show=False),
        Binding("pageup,b", "page(-1)", "Page up", show=False),
        Binding("ctrl+d", "half_page(1)", "Half a page down", show=False),
        Binding("ctrl+u", "half_page(-1)", "Half a page up", show=False),
        Binding("g,home", "edge(-1)", "First passage", show=False),
        Binding("G,end", "edge(1)", "Last passage", show=False),
        Binding("left_square_bracket", "cycle_report(-1)", "Previous report in this column", key_display="[", group=REPORT),
        Binding("right_square_bracket", "cycle_report(1)", "Next report in this column", key_display="]", group=REPORT),
        Binding("r", "pick_report", "Pick this column's report", show=False),
        Binding("c", "swap", "Swap columns", show=False),
        Binding("n", "jump_link(1)", "Next linked passage", group=LINK),
        Binding("N", "jump_link(-1)", "Previous linked passage", key_display="N", group=LINK),
        Binding("left_curly_bracket", "jump_link(-1)", "Previous linked passage", key_display="{", show=False),
        Binding("right_curly_bracket", "jump_link(1)", "Next linked passage", key_display="}", show=False),
        Binding("comma", "jump_difference(-1)", "Previous difference", key_display=",", group=DIFFERENCE),
        Binding("full_stop", "jump_difference(1)", "Next difference", key_display=".", group=DIFFERENCE),
        Binding("T", "toggle_typography", "Show typography differences", show=False),
        Binding("x", "judge_link('reject')", "Reject this link", show=False),
        Binding("A", "judge_link('accept')", "Accept this link", show=False),
        Binding("X", "drop_passage", "Take this column's passage out of the link", key_display="X", show=False),
        Binding("w", "all_versions", "N-way"),
        Binding("F", "naming", "How each report labels it (a framing difference)", key_display="F", show=False),
        Binding("y", "copy", "Copy this passage", show=False),
        Binding("slash", "search", "Search this column, then n/N", key_display="/", show=False),
        Binding("m", "coverage", "Coverage"),
        Binding("escape", "back", "Back", tooltip=ESCAPE_IN_A_VIEW),
        # Shown last, so a narrow key bar drops them first (help lists every key).
        Binding("tab", "switch_column", "Column"),
        Binding("h", "to_column('left')", "Left column", show=False),
        Binding("l", "to_column('right')", "Right column", show=False),
        Binding("d", "cycle_walked", "Walk: all", key_display="d",
                tooltip="Choose which type of difference . and , walk, one press per type (the key bar names it)"),
    ]

    def __init__(
        self, analysis: Analysis | None = None, left: str | None = None, right: str | None = None, *,
        at: Span | None = None, link: Link | None = None,
    ) -> None:
        super().__init__()
        self._drawing: Iterator[None] | None = None
        """The rows being drawn ahead for the report read (see :meth:`_report_read`)."""
        self._begin(analysis, left, right, at, link)

    def _begin(
        self, analysis: Analysis | None, left: str | None, right: str | None, at: Span | None, link: Link | None,
    ) -> None:
        """Start as a new view on these arguments: nothing walked, searched or toggled."""
        self._given = (analysis, left, right)
        self._preferring = link.id if link else None
        """The link that pairs a passage it reaches (the N-way view's, opened from there), else the strongest."""
        self.analysis: Analysis | None = None
        self._reports = {"left": "", "right": ""}
        self._passages: dict[str, tuple[Passage, ...]] = {"left": (), "right": ()}
        self._pairs: dict[tuple[str, str, str], tuple[tuple[TypedDiff, ...], StanceDifference | None]] = {}
        self._walked = ALL_TYPES
        self._typography = False
        self._difference: tuple[str, int, int] | None = None
        """Where ``,``/``.`` stand: (column, row, index into :meth:`_walk_list`; -1 for the last)."""
        self._active = "left"
        self._at = at
        self._search: tuple[str, str, str, tuple[int, ...]] | None = None
        """The last search: (column, report, query, rows holding a hit), walked by n/N."""
        for column in self.query(PassageColumn):  # a view opened anew marks no words of the last (none before compose)
            column.search_hits = ()
        self._cursors = {"left": 0, "right": 0}
        if (analysis := analysis or self.app.analysis) is not None:
            self._plan(analysis)
        if self.is_mounted and self._spoken_for != (self._reports["left"], self._reports["right"]):
            self.put_line()  # the line said of another pair goes now, not once this pair's is worked out

    @classmethod
    def ahead(cls, analysis: Analysis) -> CompareScreen | None:
        """On the report read and its partner, if the dossier has two reports to compare."""
        return cls(analysis) if len(analysis.dossier.articles) > 1 else None

    def reopen(
        self, analysis: Analysis | None = None, left: str | None = None, right: str | None = None, *,
        at: Span | None = None, link: Link | None = None,
    ) -> None:
        """Show what a new view on these arguments would (a column showing the rows it showed
        before keeps them as drawn: see :meth:`PassageColumn.show`)."""
        self._begin(analysis, left, right, at, link)
        self.forget_reading()
        self.refresh_bindings()  # ``d`` names the walk again
        self._start()

    # -- layout -------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        # The columns are the screen's own layout (no container to mount and style); the key bar,
        # the status line and the notices are split off below them, from the bottom up.
        yield PassageColumn(id="left-column")
        yield PassageColumn(id="right-column")
        yield KeyBar(id="keys")
        yield StatusLine(id="compare-status")
        yield Notices()

    def fill(self) -> None:
        self.watch(self.app, "entity_id", self._entity_chosen)
        self.watch(self.app, "progress", self._say_progress, init=False)
        self.watch(self.app, "article_id", self._report_read, init=False)
        self._start()

    def _report_read(self) -> None:
        """The reader shows another report: once it has drawn it, this view, closed, pairs it with
        its partner and draws the rows ``c`` will show, a step per turn (:meth:`_draw_ahead`), as the
        reader draws the reports beside it ahead: a key typed meanwhile waits for a step at most,
        and one showing another report drops the rest. (Drawn once the user rested, it was never
        drawn for a ``c`` typed at a reading pace, a key every few tenths of a second.)"""
        self._drawing = None
        if self not in self.app.screen_stack:
            self._drawing = self._prepared()
            self.call_after_refresh(self._draw_ahead, self._drawing)

    def _prepared(self) -> Iterator[None]:
        """Pair the report read with its partner, a column a step, then draw the rows a show puts in
        view, one a step, at the columns' width (the view laid out off the stack first, if never
        shown), and finish them as their last paint did (none before the first: then once the user
        rests, with the whole view, :meth:`draw_off_stack`)."""
        if not self.is_attached or self.app.analysis is None:
            return
        if not self.column("left").size:
            if not self.lay_out_off_stack():
                return
            yield
        self._begin(None, None, None, None, None)
        yield
        for side in SIDES:
            self._show(side, self._cursors[side])
            yield
        yield from self.column("left").draw_ahead()
        yield from self.column("right").draw_ahead()

    def _draw_ahead(self, steps: Iterator[None]) -> None:
        """A turn of drawing at a time (:func:`~reader.ui.drawing.drawn_for_a_turn`), each turn queued
        behind what came meanwhile (a key waits for one turn at most), then the whole view at once as Textual lays it out (see :mod:`reader.ui.kept`):
        ``c`` then finds the pair it asks for drawn, as when it shows the pair it showed last."""
        if steps is not self._drawing or not self.is_attached or not self.app.is_running or self in self.app.screen_stack:
            return  # another report read since, or the view opened: nothing more to draw ahead
        if drawn_for_a_turn(steps):
            self.when_quiet(lambda: self._drawn_ahead(steps))
        else:
            next_turn(self, self._draw_ahead, steps)

    def _drawn_ahead(self, steps: Iterator[None]) -> None:
        """The last of drawing ahead, the whole view at once, unless another report was read meanwhile."""
        if self._drawing is steps:
            self._drawing = None
            self.draw_off_stack()

    @property
    def drawing_ahead(self) -> bool:
        """Is drawing the report read ahead (:meth:`_report_read`) under way, its last step to come?"""
        return self._drawing is not None

    def reading_focus(self) -> PassageColumn:
        return self.column(self._active)

    def _say_progress(self, progress: str) -> None:
        """What the app is doing for a key (``x``: a correction applied, seconds on a big dossier)
        shows at once; once it is done the line speaks of the passage again."""
        if progress:
            self._say(Text(progress))
            self._progress_said = self._spoken
        elif self._spoken is self._progress_said and self in self.app.screen_stack:
            # Done, the line still saying so: an undo giving back the analysis shown redraws nothing.
            self._follow(self._active)

    def _entity_chosen(self, entity_id: str | None) -> None:
        for side in SIDES:
            self.column(side).selected_entity = entity_id

    @on(AnalysisReady)
    def _analysis_landed(self, message: AnalysisReady) -> None:
        if message.analysis is not self.analysis:
            self._restart(message.analysis)

    def _take(self, analysis: Analysis) -> None:
        """Read from ``analysis`` from now on (its findings hold the differences and figures)."""
        self.analysis = analysis
        self._pairs = {}

    def _restart(self, analysis: Analysis) -> None:
        """A correction changed the links: refill both columns, the cursors where they were."""
        self._take(analysis)
        cursors = {side: self.column(side).cursor for side in SIDES}
        with self.app.batch_update():
            for side in SIDES:
                self._show(side, cursors[side])
        self.call_after_refresh(self._follow, self._active)

    def _plan(self, analysis: Analysis) -> None:
        """Decide from ``analysis`` what each column shows and where its cursor starts."""
        self._take(analysis)
        _, left, right = self._given
        left = left or self.app.article_id or analysis.dossier.articles[0].id
        self._reports = {"left": left, "right": right or default_partner(analysis, left) or left}
        at = self._at
        self._active = "right" if at is not None and at.article == self._reports["right"] != left else "left"
        # On the place read, else on each report's first sentence, below its headline.
        self._cursors = {side: passage_at(analysis, Span(report, 0, 1)) for side, report in self._reports.items()}
        if at is not None:
            self._cursors[self._active] = passage_at(analysis, at)

    def _start(self) -> None:
        """Fill both columns now, not after a refresh: keys typed right after the one that opened
        the view are handled once this returns, and must find the columns ready (it opens once the
        analysis is shown: ``c`` before says it is still running)."""
        with self.app.batch_update():
            for side in SIDES:
                self._show(side, self._cursors[side])
        self.set_focus(self.column(self._active))
        self.call_after_refresh(self._follow, self._active)

    def column(self, side: str) -> PassageColumn:
        return self.query_one(f"#{side}-column", PassageColumn)

    @property
    def active_column(self) -> PassageColumn:
        return self.column(self._active)

    @property
    def active_side(self) -> str:
        return self._active

    @property
    def report(self) -> dict[str, str]:
        """The article id shown in each column (a copy)."""
        return dict(self._reports)

    def passages(self, side: str) -> tuple[Passage, ...]:
        return self._passages[side]

    def _say(self, text: Text) -> None:
        """Show ``text`` in the status line, after the short answer (a search's count, no further
        difference, a correction applied: :class:`AnswersInLine`)."""
        self._spoken, self._spoken_for = text, (self._reports["left"], self._reports["right"])
        self.put_line()

    def unanswered(self) -> Text:
        """What the line says of the pair shown: nothing yet, when said of the pair shown before."""
        return self._spoken if self._spoken_for == (self._reports["left"], self._reports["right"]) else Text()

    def put_line(self) -> None:
        # One line, no layout needed; with the details shown in full (i) its height follows the text:
        # kept, a longer text lost its last lines, a shorter one left blank rows.
        self.query_one(self.ANSWER_LINE, Static).update(self.answered(self.unanswered()), layout=self.has_class("-details"))

    # -- filling the columns --------------------------------------------------------------

    def _show(self, side: str, cursor: int) -> None:
        this, other = self._reports[side], self._reports[_other(side)]
        passages, rows = self._paired(this, other)
        self._passages[side] = passages
        column = self.column(side)
        index = self.app.index
        if not column.show(index, this, rows, cursor=cursor):  # else its titles are those it has (a new one repaints it all)
            column.border_title = index.source_label(column.palette(), this)
            matched = sum(p.matched for p in passages)
            column.border_subtitle = Text(column_count(matched, len(passages), index.dossier.names[other]))

    def _paired(self, this: str, other: str) -> tuple[tuple[Passage, ...], tuple[PassageRow, ...]]:
        """The passages of ``this`` against ``other`` and the rows showing them, kept for the
        analysis shown (by every compare view): swapping the columns, coming back to a report
        or opening the view again pairs nothing again."""
        key = (id(self.analysis), this, other, self._preferring)
        found = _PAIRS.get(key)
        if found is not None and found[0]() is self.analysis:
            return found[1], found[2]
        passages = pair_passages(self.analysis, this, other, preferring=self._preferring)
        outside = unlinked_conflicts(self.analysis, this, other)
        rows = tuple(
            PassageRow(
                sentence=p.sentence.index,
                span=p.sentence.span,
                matched=p.matched,
                paragraph_start=n == 0 or passages[n - 1].sentence.paragraph != p.sentence.paragraph,
                # Figures conflict whichever report is on the left; a lookup (the differences a
                # note also reads are worked out for the row under the cursor only).
                # So do figures of passages not linked that count one thing (unlinked_conflicts).
                conflict=(p.link is not None and any(c.conflict for c in self._figures(p.link)))
                or bool(outside and holding(outside, p.sentence.span)),
            )
            for n, p in enumerate(passages)
        )
        _PAIRS[key] = (weakref.ref(self.analysis), passages, rows)
        return passages, rows

    def _pair(self, link: Link) -> tuple[tuple[TypedDiff, ...], StanceDifference | None]:
        """The differences of ``link`` from the left report's passage to the right one's, each with its type, and
        how the two tell its statement (:func:`~reader.core.findings.difftypes.pair_findings`), read once a pair."""
        key = (link.id, self._reports["left"], self._reports["right"])
        if key not in self._pairs:
            self._pairs[key] = pair_findings(self.analysis, link, self._reports["left"], self._reports["right"])
        return self._pairs[key]

    def _visible(self, link: Link) -> tuple[TypedDiff, ...]:
        """The differences marked: all but typography unless ``T`` asked for it."""
        return shown(self._pair(link)[0], () if self._typography else IGNORED_BY_DEFAULT)

    def _walk_list(self, passage: Passage) -> tuple[TypedDiff, ...]:
        """The differences of ``passage``'s pair that ``,``/``.`` visit, in reading order."""
        typed = self._visible(passage.link) if passage.link else ()
        return tuple(diff for diff in typed if self._walked in (ALL_TYPES, diff.type))

    def _figures(self, link: Link) -> tuple[FigureComparison, ...]:
        """The comparisons of ``link``'s figures between the two reports shown."""
        shown = {self._reports["left"], self._reports["right"]}
        return tuple(c for c in self.analysis.findings.comparisons_by_link.get(link.id, ()) if shown <= set(c.articles))

    def _outside(self, side: str, passage: Passage) -> tuple[FigureComparison, ...]:
        """The conflicts of ``side``'s ``passage``'s figures with the other report's in passages no
        link joins: what its status line names and the other column shows beside it."""
        found = unlinked_conflicts(self.analysis, self._reports[side], self._reports[_other(side)])
        return holding(found, passage.sentence.span) if found else ()

    def _unlinked_note(self, side: str, passage: Passage) -> str:
        """The conflict of ``side``'s ``passage``'s figures outside the links' comparisons, said as the two
        passages stand: in a link shown (a weaker one, with ``W``: said once, as its link's conflict), in a
        weaker link ``W`` would show, or in none."""
        found = self._outside(side, passage)
        if not found:
            return ""
        span, other = passage.sentence.span, self._reports[_other(side)]
        if joining(links_touching(self.analysis, span), span, other, found):
            apart = ""
        elif joining(self.analysis.weaker_links, span, other, found):
            apart = f", in a weaker link ({keys_shown(self.app, 'W')} shows it)"
        else:
            apart = ", passages not linked"
        return figure_note(found, self._reports["left"], self._reports["right"], apart=apart)

    def figure_note(self, link: Link) -> str:
        """What the two reports' figures in ``link`` say of each other (see :func:`figure_note`)."""
        return figure_note(self._figures(link), self._reports["left"], self._reports["right"], self._visible(link))

    @property
    def walked(self) -> str:
        """The type of difference ``,``/``.`` walk (``"all"`` for every marked difference)."""
        return self._walked

    # -- following the cursor -------------------------------------------------------------

    @on(PassageColumn.CursorMoved)
    def _cursor_moved(self, event: PassageColumn.CursorMoved) -> None:
        if event.column is self.active_column:
            self._follow(self._active)

    def _follow(self, side: str) -> None:
        """Highlight the counterpart of ``side``'s cursor in the other column, level with it."""
        column, other = self.column(side), self.column(_other(side))
        passages = self._passages[side]
        if column.cursor >= len(passages):
            return  # a stale cursor message from before a refill
        passage = passages[column.cursor]
        other.highlight(self._counterpart(side, passage))
        column.highlight(())
        typed = self._visible(passage.link) if passage.link else ()
        ops = tuple(diff.op for diff in typed)
        types = {diff.op: diff.type for diff in typed}
        walk = self._walk_list(passage)
        at = self._difference
        current = None
        if at is not None and at[:2] == (side, column.cursor) and walk:
            self._difference = (side, column.cursor, at[2] % len(walk))
            current = self._difference[2]
        else:
            self._difference = None  # the cursor moved on: the walk starts again from this row
        op = walk[current].op if current is not None else None
        column.show_differences([column.cursor] if ops else [], ops, side=_diff_side(side), types=types, current=op)
        other.show_differences(
            passage.counterpart if ops else [], ops, side=_diff_side(_other(side)), types=types, current=op
        )
        self._say(self._status(side, passage, walk, current))
        # Rows just mounted have no size yet: measure once the layout is in place.
        self.call_after_refresh(self._level, side)
        self.call_after_refresh(self._versions_ahead, side, column.cursor)

    def _counterpart(self, side: str, passage: Passage) -> tuple[int, ...]:
        """The other column's passages to highlight and level with ``side``'s ``passage``: its
        link's, else those holding the figures its own conflict with outside links (the conflict the
        gutter's ``!`` and the status line name, shown beside it)."""
        if passage.counterpart:
            return passage.counterpart
        theirs = [f.span for c in self._outside(side, passage) for f in c.figures if f.span.article == self._reports[_other(side)]]
        return tuple(n for n, p in enumerate(self._passages[_other(side)])
                     if any(p.sentence.span.start <= span.start < p.sentence.span.end for span in theirs))

    def _versions_ahead(self, side: str, cursor: int) -> None:
        """Once the cursor's move is on screen, the N-way view ``w`` would open on it drawn ahead
        (``DossierApp.draw_ahead``), unless the cursor moved on or the view closed meanwhile."""
        column, passages = self.column(side), self._passages[side]
        if self is self.app.screen and side == self._active and column.cursor == cursor < len(passages):
            self.post_message(VersionsAhead(self.analysis, passages[cursor].sentence.span, passages[cursor].link))

    def _level(self, side: str) -> None:
        """Scroll the other column so the counterpart starts on the cursor's screen row (side by
        side) or at the top of its pane (stacked)."""
        column, other = self.column(side), self.column(_other(side))
        passages = self._passages[side]
        if side != self._active or column.cursor >= min(len(passages), len(column.rows)):
            return  # the columns are being refilled; the refill levels them again
        counterpart = tuple(i for i in self._counterpart(side, passages[column.cursor]) if i < len(other.rows))
        column.bring_into_view(column.cursor)
        if counterpart and self.has_class("-narrow"):
            # Stacked columns share no rows: the counterpart goes to the top of its own pane.
            other.level_with(counterpart[0], 0)
        elif counterpart:
            # When the other column cannot scroll far enough (its passage is near its top or
            # bottom), move this column instead, as far as keeping the cursor in view allows.
            offset = column.row_offset(column.cursor)
            reachable = other.reachable_offsets(counterpart[0])
            wanted = min(max(offset, reachable[0]), reachable[1])
            if wanted != offset:
                column.level_with(column.cursor, min(max(wanted, 0), column.last_offset(column.cursor)))
            other.level_with(counterpart[0], column.row_offset(column.cursor))

    def _status(self, side: str, passage: Passage, walk: tuple[TypedDiff, ...], current: int | None) -> Text:
        """One line on the passage under the cursor, as it may be cut: first how the two reports tell the linked
        statement when not alike (``stance: denied in ...``: never to be missed), then what the last key
        did (the difference ``walk[current]`` where ``,``/``.`` stand), then whether the link is a
        weaker one, then the notes on the pair, most telling first (the figures, the most telling
        difference when no walk stands here)."""
        dossier = self.analysis.dossier
        if len(dossier.articles) < 2:
            return Text("This dossier has one report: there is nothing to compare it with.")
        other = dossier.names[self._reports[_other(side)]]
        walking = "" if self._walked == ALL_TYPES else f" [{TYPE_TITLES[self._walked]}]"
        # Where the cursor is among this column's passages, as its border counts them (the headline
        # first): the total is this report's, whichever report the other column shows.
        place = f"passage {self.column(side).cursor + 1}/{len(self._passages[side])}"
        if passage.sentence.index == HEADLINE:
            place += " (headline)"
        if self._searching() and side == self._active:  # where n/N stand among the hits, as the reader says it
            place = f"search {searched_words(self._search[2])}: {hit_place(self._search[3], self.column(side).cursor)} (n/N) \u00b7 {place}"
        text = Text(f"{place}{walking}: ")
        if passage.link is not None:
            link = passage.link
            left, right = self._reports["left"], self._reports["right"]
            if stance := self._pair(link)[1]:
                text.append(stance_note(stance, self.analysis, left, right) + "; ", "bold")
            if current is not None:
                text.append(f"difference {current + 1}/{len(walk)}: {walk[current].label}; ", "bold")
            if not link.confident:
                text.append_text(weaker_note(link))
                text.append("; ")
            among, event = counted_among(self.analysis, self._reports[side])
            text.append(carried_in(len(passage.carriers) + 1, len(link.articles), len(among), event=event) + "; ")
            note = self.figure_note(link)
            if not note.startswith("conflict"):
                note = self._unlinked_note(side, passage) or note
            if note:
                text.append(note + "; ", "bold" if note.startswith("conflict") else "")
            typed = self._visible(link)
            if current is None and walk:
                text.append(min(walk, key=lambda d: DIFF_TYPES.index(d.type)).label + "; ")
            changed = len(typed)
            kinds = ", ".join(
                f"{TYPE_TITLES[kind]} {n}" for kind in DIFF_TYPES if (n := sum(d.type == kind for d in typed))
            )
            text.append(f"{counted(changed, 'difference')} ({kinds}) from {other}" if changed else f"same words as {other}")
            text.append(f"; link: {match_note(self.analysis, link)}")
            return text
        # What the gutter shows, in words: the reports linked here, else ◆'s "only" or (blank) "not linked"
        span = passage.sentence.span
        if note := self._unlinked_note(side, passage):
            text.append(note, "bold")  # it names the other report's passage the figures are in
        if passage.carriers:
            linked = "not linked to" if self._reports[_other(side)] in self.analysis.saying(span) else "not in"
            text.append(f"{'; ' if note else ''}{linked} {other}; in " + dossier.named(passage.carriers))
        elif not note:
            text.append(unlinked(self.analysis, span))
        return text

    @on(DescendantFocus)
    def _column_focused(self, event: DescendantFocus) -> None:
        if isinstance(event.widget, PassageColumn) and self.analysis is not None:
            side = "left" if event.widget.id == "left-column" else "right"
            if side != self._active:
                self._activate(side)

    def _activate(self, side: str) -> None:
        """Make ``side`` the cursor's column, starting on what it had highlighted, else where its
        cursor was if that row is still in view, else on the first row in view (where the
        reader's eye already is)."""
        self._active = side
        column = self.column(side)
        if column.highlighted:
            column.put_cursor(column.highlighted[0])
        elif column.rows and 0 <= column.row_offset(column.cursor) < column.scrollable_content_region.height:
            column.put_cursor(column.cursor)
        else:
            column.put_cursor(column.first_visible())

    # -- actions --------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """While the search field has the focus, Tab is the field's (the key bar must not offer it as ``Column``)."""
        return not (action == "switch_column" and isinstance(self.focused, SearchBar))

    def action_move(self, step: int) -> None:
        """The next (previous) passage; at the column's end, said: compare may open on a report's
        last passage (the one being read), where five j's seemed to do nothing."""
        column, count = self.active_column, len(self._passages[self._active])
        if count and not 0 <= column.cursor + step < count:
            name = self.analysis.dossier.names[self._reports[self._active]]
            self.app.say(f"{'Last' if step > 0 else 'First'} passage of {name}")
            return
        column.cursor += step

    def action_page(self, step: int) -> None:
        column = self.active_column
        if column.rows:
            column.cursor = column.page_target(step)

    def action_edge(self, step: int) -> None:
        self.active_column.cursor = 0 if step < 0 else len(self._passages[self._active]) - 1

    def action_half_page(self, step: int) -> None:
        """The passage half a screenful below (``step`` = +1) or above (-1) the cursor's."""
        column = self.active_column
        if column.rows:
            column.cursor = column.page_target(step, fraction=0.5)

    def action_switch_column(self) -> None:
        self.set_focus(self.column(_other(self._active)))

    def action_to_column(self, side: str) -> None:
        self.set_focus(self.column(side))

    async def action_search(self) -> None:
        await SearchBar.open_in(self, "this column", before=self.query_one(StatusLine))  # split off under it

    @on(SearchBar.Finished)
    def _search(self, event: SearchBar.Finished) -> None:
        """Find the query in the focused column's report: n/N then walk its passages (instead of
        the linked ones) until an empty search, or another report in the column."""
        event.stop()
        self.query_one(SearchBar).close(self.active_column)
        article = self.analysis.dossier.article(self._reports[self._active])
        # A column shows the headline and the body's passages, not the standfirst: what it shows is searched.
        found = tuple(span for span in find_in_article(article, event.query) if article.part(span) != "standfirst")
        hits = sorted({row for span in found for row in passage_rows(self.analysis, span)})
        self._search = (self._active, article.id, event.query, tuple(hits)) if hits else None
        self.refresh_bindings()  # the key bar says what n/N and Escape do now
        for side in SIDES:  # the words found marked, as the other views mark them; a new search clears the last
            self.column(side).search_hits = found if hits and side == self._active else ()
        if event.query.strip() and not hits:
            self.app.say(not_found(event.query, f"passage of {article.name}"))
        elif hits:
            self.action_jump_link(1)
            self._follow(self._active)  # the status line says the search's place (the cursor may stay put)
            # As the quote tracker and the N-way view say it: how many, and that n/N walk them now.
            found = counted_of(len(hits), len(self._passages[self._active]), "passage")
            self.app.say(f"{searched_words(event.query)} in {found} of {article.name}: n/N go through them")

    def _searching(self) -> bool:
        """Whether n/N walk the hits of a search of the focused column's report."""
        return self._search is not None and self._search[:2] == (self._active, self._reports[self._active])

    def action_back(self) -> None:
        """Escape ends a search (as in less), so n/N walk the links again (the notices, if shown,
        went first: the app's escape takes them on every screen); then leaves the view."""
        if self._search is None:
            self.app.action_back()
            return
        self._search = None
        for side in SIDES:
            self.column(side).search_hits = ()
        self.refresh_bindings()
        self._follow(self._active)  # its place goes from the status line
        self.app.key_spent()
        self.app.say("Search ended: n/N go to the linked passages again")

    def action_jump_link(self, step: int) -> None:
        search = self._search
        if self._searching():
            self._jump_hit(step, search[3])
            return
        passages, column = self._passages[self._active], self.active_column
        current = passages[column.cursor].link if passages else None
        target = step_to(
            len(passages), column.cursor, step, lambda i: passages[i].link not in (None, current)
        )
        if target is None:  # in the status line, over what it said before (a toast went unseen)
            self.app.say("No linked passage after this one (N goes back)" if step > 0
                         else "No linked passage before this one (n goes on)")
        else:
            column.cursor = target

    def _jump_hit(self, step: int, hits: tuple[int, ...]) -> None:
        target, wrapped = next_hit(hits, self.active_column.cursor, step)
        self.active_column.put_cursor(target)
        if wrapped:
            self.app.say(wrapped)

    def action_jump_difference(self, step: int) -> None:
        """The next (``step`` 1) or previous (-1) difference, one at a time: through the pair
        under the cursor (``.`` on a row begins with its first), then on to the next pair. Says
        when it lands on the last one (or, going back, the first), and when there is none further."""
        walked = "difference" if self._walked == ALL_TYPES else f"{TYPE_TITLES[self._walked]} difference"
        found = self._difference_after(step)
        if found is None:
            self.app.say(f"No further {walked}")
            return
        row, within = found
        self._difference = (self._active, row, within)
        if row == self.active_column.cursor:
            self._follow(self._active)
        else:
            self.active_column.cursor = row
        if self._difference_after(step) is None:
            self.app.say(f"The {'last' if step > 0 else 'first'} {walked} of this pair of reports")

    def _difference_after(self, step: int) -> tuple[int, int] | None:
        """``(row, index in its walk list)`` of the difference ``step`` from where ``,``/``.``
        stand (``-1``: the row's last), or ``None`` past the first or last."""
        passages, column = self._passages[self._active], self.active_column
        walk = self._walk_list(passages[column.cursor]) if passages else ()
        at = self._difference
        if at is not None and at[:2] == (self._active, column.cursor) and walk:
            within: int | None = at[2] % len(walk) + step
        else:
            within = 0 if step > 0 else None
        if within is not None and 0 <= within < len(walk):
            return column.cursor, within
        if self._walked == ALL_TYPES:
            def wanted(i: int) -> bool:
                return starts_difference(passages, i, lambda p: bool(self._visible(p.link)))
        else:
            def wanted(i: int) -> bool:
                return bool(self._walk_list(passages[i]))
        target = step_to(len(passages), column.cursor, step, wanted)
        return None if target is None else (target, 0 if step > 0 else -1)

    def _walkable(self) -> tuple[str, ...]:
        return (ALL_TYPES, *(kind for kind in DIFF_TYPES if self._typography or kind not in IGNORED_BY_DEFAULT))

    def action_cycle_walked(self) -> None:
        """Walk the next type of difference with ``,``/``.``; the footer names it."""
        kinds = self._walkable()
        self._walked = kinds[(kinds.index(self._walked) + 1) % len(kinds)] if self._walked in kinds else ALL_TYPES
        self.refresh_bindings()
        self._follow(self._active)

    def key_bar_label(self, binding: Binding) -> str | None:
        """The key bar names the type of difference ``d`` has chosen, and while a search is on
        what n/N and Escape do then."""
        if binding.action == "cycle_walked":
            return f"Walk: {TYPE_TITLES.get(self._walked, self._walked)}"
        if binding.action in ("jump_link(1)", "jump_link(-1)") and self._searching():
            return "Hit"
        if binding.action == "back" and self._search is not None:
            return "End search"
        return None

    def action_toggle_typography(self) -> None:
        self._typography = not self._typography
        if self._walked not in self._walkable():
            self._walked = ALL_TYPES
        self._follow(self._active)
        # In the status line, after the cursor's status: a toast over the columns went unseen.
        self.app.say(f"Typography differences {'shown' if self._typography else 'hidden'} (quotes, dashes, case, "
                     f"spelling): T {'hides' if self._typography else 'shows'} them")

    def action_naming(self) -> None:
        """The naming matrix of the passage under the cursor, when its pair differs in framing."""
        passages = self._passages[self._active]
        link = passages[self.active_column.cursor].link if passages else None
        if self.analysis is None or link is None or not any(diff.type == "framing" for diff in self._visible(link)):
            self.app.say("No framing difference here: d walks to the framing ones")
            return
        self.post_message(OpenNaming(self.analysis, link_id=link.id))

    def action_judge_link(self, verdict: str) -> None:
        """Reject (``x``) or accept (``A``) the link under the cursor; kept in the dossier's corrections.
        On a passage without a link the status line says so (where the view speaks of the passage
        under the cursor), not a notice: mounting one lays the whole screen out again."""
        passages = self._passages[self._active]
        link = passages[self.active_column.cursor].link if passages else None
        if link is None:
            self.app.say(self._no_link_here("x and A", "judge a linked passage"))
        else:
            judge = reject_link if verdict == "reject" else accept_link
            self.post_message(Correct(judge(self.analysis, link), link_judged(self.app, verdict, len(link.passages))))

    def _no_link_here(self, keys: str, act: str) -> str:
        """Why a key acting on a link does nothing here: no link at all (``n``/``N`` go to one), or
        links to other reports only, which the N-way view (``w``) shows and judges."""
        passages = self._passages[self._active]
        if passages and passages[self.active_column.cursor].carriers:
            other = self.analysis.dossier.names[self._reports[_other(self._active)]]
            return f"Not linked to {other}, only to other reports: w shows its links, where {keys} work"
        return f"No link here: {keys} {act} (n/N go to one)"

    def action_drop_passage(self) -> None:
        """Take this column's passage out of the link under the cursor (``X``), the rest of the
        link kept: the link is right in the other reports, wrong in this one."""
        passages = self._passages[self._active]
        link = passages[self.active_column.cursor].link if passages else None
        article_id = self._reports[self._active]
        if link is None:
            self.app.say(self._no_link_here("X", "takes this column's passage out of a link"))
            return
        said = passage_dropped(self.app, self.analysis.dossier.names[article_id], len(link.passages) - 1)
        self.post_message(Correct(drop_passage(self.analysis, link, link.passage_in(article_id)), said))

    def _choices(self, side: str) -> list[str]:
        """Reports the ``side`` column may show: all but the other column's."""
        return [a.id for a in self.analysis.dossier.articles if a.id != self._reports[_other(side)]]

    def action_cycle_report(self, step: int) -> None:
        ids = self._choices(self._active)
        if not ids:
            return
        current = self._reports[self._active]
        position = ids.index(current) if current in ids else -1
        self.change_report(self._active, ids[(position + step) % len(ids)])

    def action_pick_report(self) -> None:
        side = self._active

        def chosen(article_id: str | None) -> None:
            if article_id:
                self.change_report(side, article_id)

        self.app.push_screen(ReportPicker(self._choices(side), current=self._reports[side]), chosen)

    def change_report(self, side: str, article_id: str) -> None:
        """Show ``article_id`` in ``side``'s column, keeping the cursor on the same statement
        when the new report carries it (else on the counterpart of the other column's passage)."""
        other = _other(side)
        old = self._passages[side][self.column(side).cursor] if self._passages[side] else None
        kept = self.column(other)
        other_cursor = kept.highlighted[0] if side == self._active and kept.highlighted else kept.cursor
        self._reports[side] = article_id
        with self.app.batch_update():  # one layout for both refilled columns, not one per step
            self._show(other, other_cursor)
            anchor = old.link.passage_in(article_id) if old and old.link else None
            if anchor is None and self._passages[other]:
                link = self._passages[other][other_cursor].link
                anchor = link.passage_in(article_id) if link else None
            self._show(side, passage_at(self.analysis, anchor) if anchor else 0)
        self.call_after_refresh(self._follow, self._active)

    def action_swap(self) -> None:
        """Exchange the columns (differences read left to right), the cursor staying put."""
        cursors = {side: self.column(side).cursor for side in SIDES}
        self._reports = {"left": self._reports["right"], "right": self._reports["left"]}
        self._active = _other(self._active)
        with self.app.batch_update():
            for side in SIDES:
                self._show(side, cursors[_other(side)])
        self.set_focus(self.column(self._active))
        self.call_after_refresh(self._follow, self._active)

    def action_copy(self) -> None:
        passages = self._passages[self._active]
        if passages:
            span = passages[self.active_column.cursor].sentence.span
            article = self.analysis.dossier.article(span.article)
            self.app.copy_passage(article.text(span), f"a passage of {article.name}")

    def action_all_versions(self) -> None:
        passages = self._passages[self._active]
        if passages:
            passage = passages[self.active_column.cursor]
            self.post_message(OpenVersions(self.analysis, passage.sentence.span, passage.link))

    def action_coverage(self) -> None:
        passages = self._passages[self._active]
        link = passages[self.active_column.cursor].link if passages else None
        self.post_message(OpenCoverage(self.analysis, link))
