"""The quote tracker: every quoted statement, each report's version of it, and what differs.

One item per statement (a :class:`~reader.core.findings.quotes.QuoteGroup`), the most widely quoted
first: who said it, then each wording of the quotation after the reports quoting it so (in
their source colours; past a few, counted), with its speaker and reporting verb, the words
inside the marks that differ from the fullest version marked as in the compare view (a caret where a shorter quotation leaves words out), the reports that carry
the statement without quotation marks, and the core's findings in plain words. Enter opens the
compare view on the fullest quotation beside another report's version (the reader when only
one report has it).
"""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import ListItem, ListView, Static

from reader.core.text.diff import diff_passages
from reader.core.model import Analysis, Quote, QuoteGroup, Span
from reader.ui.focus import recompose_focused
from reader.ui.messages import AnalysisReady, OpenCompare
from reader.ui.paging import page_target
from reader.ui.widgets.difference_text import DIFFERENCE_CLASSES, FLAG_SIGN, DifferenceText, redraw_on_restyle
from reader.ui.widgets.key_bar import KeyBar
from reader.ui.widgets.search_bar import ItemSearch, SearchBar
from reader.ui.wording import counted

OPEN_MARK, CLOSE_MARK = "\u201c", "\u201d"


NAMED = 4
"""Reports named before a wording several of them quote alike; the others are counted."""

ROWS_AT_LEAST = 3
"""Screen rows a statement takes at least: who said it, one version, the gap below it. The view
opens with as many statements as a screen holds of the shortest: each is a widget with its
text drawn, and all of them at once (676 in the twenty corpus dossiers together) took seconds."""
AHEAD = 10
"""Statements kept mounted past the cursor (and before it): moving nearer the last one (or the
first) mounts as many more."""


def same_wording(analysis: Analysis, items: tuple, key: Callable) -> list[tuple]:
    """``items`` (quotations, or spans) in order, those with the same words (spaces aside) and
    the same rest of ``key`` (its first element is the span) together: a statement fifty reports
    quote alike takes one line, not fifty, and is diffed once."""
    found: dict[tuple, list] = {}
    for item in items:
        span, *rest = key(item)
        words = " ".join(analysis.dossier.article(span.article).text(span).split())
        found.setdefault((words, *rest), []).append(item)
    return [tuple(same) for same in found.values()]


def tracked_order(groups: tuple[QuoteGroup, ...]) -> tuple[QuoteGroup, ...]:
    """Statements carried by most reports first, then flagged ones, then in the core's order."""
    return tuple(sorted(groups, key=lambda g: (-len(g.articles), not g.flags)))


def partner(group: QuoteGroup) -> str | None:
    """The report to set beside the fullest quotation: the next one quoting it, else one reporting it."""
    reference = group.quotes[0].span.article
    return next((a for a in group.articles if a != reference), None)


class QuoteList(ListView):
    """The statements, one item each (``item.name`` is the group id).

    Every moving key moves the selection, not just the view, so Enter opens what is highlighted.
    """

    HELP_TITLE = "quotations"
    BINDINGS = [
        # Enter goes straight to the screen's action; a click still comes as a Selected message.
        Binding("enter", "screen.open_selected", "Compare versions"),
        Binding("j", "cursor_down", "Next statement", show=False),
        Binding("k", "cursor_up", "Previous statement", show=False),
        Binding("pagedown,space", "page(1)", "Page down", show=False),
        Binding("pageup,b", "page(-1)", "Page up", show=False),
        Binding("ctrl+d", "page(1)", "Page down", show=False),
        Binding("ctrl+u", "page(-1)", "Page up", show=False),
        Binding("g,home", "screen.edge(-1)", "First statement", show=False),
        Binding("G,end", "screen.edge(1)", "Last statement", show=False),
    ]

    def action_page(self, step: int) -> None:
        """Select the statement a screenful below (``step`` = +1) or above (-1) the selected one's
        top, always at least the next one: statements are of any height."""
        if self.index is None:
            self.index = 0
            return
        tops = [item.virtual_region.y for item in self.query_children(ListItem)]
        self.index = page_target(tops, self.index, self.scrollable_content_region.height, step)


class QuotesScreen(DifferenceText, ItemSearch, Screen):
    """Quotations grouped by statement across reports; see the module docstring.

    The list mounts a run of statements around the cursor: it grows as the cursor nears either
    end of the run, and a jump past it (``G``, a search hit) mounts a run around the statement
    jumped to instead, so every key costs what a screenful does, at 20 statements or 2,000.
    ``QuoteList.index`` counts from the first statement mounted; :meth:`item_position` is the
    statement's position among all. The statements are drawn as they are mounted, and redrawn
    (a new theme) through the widgets kept then, never found again in the tree: the screen may
    be closed while it is still mounting.
    """

    AUTO_FOCUS = "QuoteList"
    item_noun = "statement"
    HELP_WIDGETS = (QuoteList,)
    COMPONENT_CLASSES = DIFFERENCE_CLASSES | {"quote--flag", "quote--speaker"}  # the screen draws the statements

    BINDINGS = [
        Binding("n", "next_item(1)", "Next statement (next hit while searching)", show=False),
        Binding("N", "next_item(-1)", "Previous statement (or hit)", key_display="N", show=False),
        Binding("slash", "search", "Search the statements, then n/N", key_display="/", show=False),
        Binding("y", "copy", "Copy every version of the statement", show=False),
        Binding("escape", "app.back", "Back"),
    ]

    def __init__(self, analysis: Analysis | None = None) -> None:
        super().__init__()
        self.analysis: Analysis = analysis or self.app.analysis
        self.groups = tracked_order(self.analysis.findings.quotes)

    def compose(self) -> ComposeResult:
        yield Static(self._title(), id="quotes-title")
        self.selected_entity = self.app.entity_id
        self._texts: dict[str, Static] = {}
        self._first = 0
        """The position of the first statement mounted."""
        yield QuoteList(*self._items(self.groups[: self._screenful()]), id="quotes-list")
        yield SearchBar(id="search", placeholder="search the statements (Enter to find, Esc to close; then n/N)")
        yield KeyBar(id="keys")

    def on_mount(self) -> None:
        redraw_on_restyle(self, self._draw)

    @on(AnalysisReady)
    async def _analysis_changed(self, message: AnalysisReady) -> None:
        """A correction changed the analysis (speakers follow merged entities): list again."""
        if message.analysis is not self.analysis:
            self.analysis = message.analysis
            self.groups = tracked_order(self.analysis.findings.quotes)
            self.hits, self.found = (), ""
            await recompose_focused(self)

    def _title(self) -> Text:
        flagged = sum(bool(g.flags) for g in self.groups)
        shared = sum(len(g.articles) > 1 for g in self.groups)
        return Text(
            f"{counted(len(self.groups), 'quoted statement')}; {shared} in more than one report; {flagged} flagged. "
            "Words differing from the fullest version are marked."
        )

    def _items(self, groups: tuple[QuoteGroup, ...]) -> list[ListItem]:
        """An item per statement of ``groups``, its text drawn (and kept, to draw again)."""
        items = []
        for group in groups:
            self._texts[group.id] = text = Static(self.marked(self.group_text(group)))
            items.append(ListItem(text, name=group.id))
        return items

    def _draw(self) -> None:
        self.selected_entity = self.app.entity_id
        mounted = self.groups[self._first:self._first + len(self._texts)]
        for group in mounted:
            self._texts[group.id].update(self.marked(self.group_text(group)))

    def searched(self) -> None:
        self._draw()

    def searched_list(self) -> QuoteList:
        return self.query_one(QuoteList)

    def item_text(self, position: int) -> str:
        return self.group_text(self.groups[position]).plain

    def item_count(self) -> int:
        return len(self.groups)

    def _screenful(self) -> int:
        return self.app.size.height // ROWS_AT_LEAST + 1

    def item_position(self) -> int | None:
        index = self.query_one(QuoteList).index
        return None if index is None else self._first + index

    def go_to_item(self, position: int) -> None:
        quotes = self.query_one(QuoteList)
        if self._first <= position <= self._first + len(quotes) + self._screenful():
            self._mount_to(position + AHEAD + 1)
            quotes.index = position - self._first
        else:
            self.call_later(self._mount_around, position)

    def action_edge(self, step: int) -> None:
        """Select the first (``step`` = -1) or last (+1) statement."""
        self.go_to_item(0 if step < 0 else len(self.groups) - 1)

    @on(ListView.Highlighted, "#quotes-list")
    def _keep_ahead(self, event: ListView.Highlighted) -> None:
        index = event.list_view.index
        if index is None:
            return
        self._mount_to(self._first + index + AHEAD + 1)
        if index < AHEAD and self._first:
            self._mount_before(event.list_view, index)

    def _mount_to(self, end: int) -> None:
        """Mount the statements up to ``end`` not yet mounted, each drawn, a batch at a time (not
        one per key)."""
        quotes = self.query_one(QuoteList)
        shown = self._first + len(quotes)
        if end > shown < len(self.groups):
            quotes.extend(self._items(self.groups[shown:end + AHEAD]))

    def _mount_before(self, quotes: QuoteList, index: int) -> None:
        """Mount a batch of the statements before the first mounted, the cursor staying on its own."""
        start = max(0, self._first - AHEAD - self._screenful())
        quotes.insert(0, self._items(self.groups[start:self._first]))
        added, self._first = self._first - start, start
        quotes.index = index + added

    async def _mount_around(self, position: int) -> None:
        """Select statement ``position``, mounted with a screenful before it instead of those mounted."""
        quotes = self.query_one(QuoteList)
        await quotes.clear()
        self._texts = {}
        self._first = max(0, position - self._screenful())
        await quotes.extend(self._items(self.groups[self._first:position + AHEAD + 1]))
        quotes.index = position - self._first

    def group_text(self, group: QuoteGroup) -> Text:
        """One statement: its speaker, each version, reported passages, then the findings."""
        palette = self.palette()
        speaker_style = self.palette_style("quote--speaker")
        flag_style = self.palette_style("quote--flag")
        reports = len(group.articles)
        text = Text(group.speaker or "Unattributed", speaker_style)
        text.append(f"  quoted in {len(group.quotes)}, carried by {reports} report{'' if reports == 1 else 's'}", palette.muted)
        reference = group.quotes[0]
        for same in same_wording(self.analysis, group.quotes, lambda quote: (quote.span, quote.speaker, quote.verb, quote.inherited)):
            text.append("\n")
            text.append_text(self._version(reference, same))
        for same in same_wording(self.analysis, group.reported, lambda span: (span,)):
            text.append("\n")
            text.append_text(self._reports(palette, [span.article for span in same]))
            text.append("  without quotation marks: ", palette.muted)
            text.append_text(self.difference_text(self.app.index, same[0]))
        for flag in group.flags:
            text.append(f"\n{FLAG_SIGN} {flag}", flag_style)
        return text

    def _version(self, reference: Quote, same: tuple[Quote, ...]) -> Text:
        """One wording of the statement, after the reports quoting it so (``same``)."""
        index, quote = self.app.index, same[0]
        text = self._reports(self.palette(), [q.span.article for q in same])
        who = quote.speaker or "no speaker named"
        verb = f" ({quote.verb})" if quote.verb else " (no reporting verb)"
        carried = ", from the quotation before" if quote.inherited else ""
        text.append(f"  {who}{verb}{carried}: ", self.palette().muted)
        ops = () if reference in same else diff_passages(self.analysis, reference.span, quote.span)
        text.append(OPEN_MARK)
        text.append_text(self.difference_text(index, quote.span, ops, side="b"))
        text.append(CLOSE_MARK)
        return text

    def _reports(self, palette, article_ids: list[str]) -> Text:
        """The reports' labels, the first :data:`NAMED` of them, then how many more."""
        text = Text()
        for position, article_id in enumerate(article_ids[:NAMED]):
            text.append(", " if position else "")
            text.append_text(self.app.index.source_label(palette, article_id))
        if len(article_ids) > NAMED:
            text.append(f" and {len(article_ids) - NAMED} more", palette.muted)
        return text

    def action_copy(self) -> None:
        """Copy each quotation of the statement under the cursor after its outlet's name."""
        item = self.query_one(QuoteList).highlighted_child
        if item is None:
            return
        group = next(g for g in self.groups if g.id == item.name)
        dossier = self.analysis.dossier
        lines = [f"{dossier.article(q.span.article).outlet}: {dossier.article(q.span.article).text(q.span)}" for q in group.quotes]
        self.app.copy_passage("\n\n".join(lines), f"{len(lines)} quotation{'' if len(lines) == 1 else 's'}")

    def action_open_selected(self) -> None:
        """Enter: compare the versions of the statement under the cursor."""
        item = self.query_one(QuoteList).highlighted_child
        if item is not None:
            self.open_group(next(g for g in self.groups if g.id == item.name))

    @on(ListView.Selected)
    def _clicked(self, event: ListView.Selected) -> None:
        event.stop()
        self.open_group(next(g for g in self.groups if g.id == event.item.name))

    def open_group(self, group: QuoteGroup) -> None:
        """Compare the fullest quotation with another report's version, or read it when alone."""
        reference: Span = group.quotes[0].span
        other = partner(group)
        if other is None:
            self.app.action_show_passage(reference)
        else:
            self.post_message(OpenCompare(self.analysis, reference.article, other, at=reference))
