"""The quote tracker: every quoted statement, each report's version of it, and what differs.

One item per statement (a :class:`~reader.core.findings.quotes.QuoteGroup`), the most widely quoted
first: who said it, then each wording of the quotation after the reports quoting it so (in
their source colours; past a few, counted), with its speaker and reporting verb, the words
inside the marks that differ from the fullest version marked as in the compare view (a caret
where a shorter quotation leaves words out), the reports that carry the statement without
quotation marks, and the core's findings in plain words. Enter opens the compare view on the
fullest quotation beside another report's version (the reader when only one report has it).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from rich.style import Style
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding

from reader.core.findings.quotes import same_wording
from reader.core.model import Analysis, QuoteGroup, Span, Wording
from reader.ui.messages import AnalysisReady, OpenCompare
from reader.ui.kept import KeptView
from reader.ui.render import Palette
from reader.ui.widgets.difference_text import FLAG_SIGN, UNTYPED_DIFFERENCE_CLASSES, DifferenceText
from reader.ui.widgets.item_view import ItemView, Lines, item_bindings
from reader.ui.widgets.key_bar import KeyBar
from reader.ui.widgets.notices import Notices
from reader.ui.item_search import ItemSearch
from reader.ui.wording import ESCAPE_IN_A_VIEW, counted

OPEN_MARK, CLOSE_MARK = "\u201c", "\u201d"


NAMED = 4
"""Reports named before a wording several of them quote alike; the others are counted."""

ROWS_AT_LEAST = 2
"""Rows a statement takes at least: who said it, one version (the gap below it aside). A
statement is counted so until drawn: drawing all of them (676 in the twenty corpus dossiers
together, a millisecond each) would cost seconds."""


def tracked_order(groups: tuple[QuoteGroup, ...]) -> tuple[QuoteGroup, ...]:
    """Statements carried by most reports first, then flagged ones, then in the core's order."""
    return tuple(sorted(groups, key=lambda g: (-len(g.articles), not g.flags)))


def partner(group: QuoteGroup) -> str | None:
    """The report to set beside the fullest quotation: the next one quoting it, else one reporting it."""
    reference = group.quotes[0].span.article
    return next((a for a in group.articles if a != reference), None)


class QuoteList(ItemView):
    """The statements, one item each (in :attr:`QuotesScreen.groups`' order), under the counts."""

    HELP_TITLE = "quotations"
    BINDINGS = item_bindings("Compare versions", "statement")


HANG = 2
"""Cells in from the item's edge where every wrapped line of a statement goes on, under the report's
name: one indent for all (a hang under the quoted words moved with the outlet's and speaker's names,
some 36 cells in for a short one, 2 past half the row)."""


def reach(group: QuoteGroup) -> str:
    """Which reports carry the statement, and how: ``in 3 reports: quoted by 2, 1 outside quotation
    marks`` (``quoted 3 times by 2`` when a report quotes it twice). "quoted in 3, carried by 3
    reports" left the reader to guess what told the two counts apart; "without quotation marks" read
    as a charge against reports that credit the words in indirect speech (each line says how)."""
    quoting = len({quote.span.article for quote in group.quotes})
    how = [f"quoted {len(group.quotes)} times by {quoting}" if len(group.quotes) > quoting else f"quoted by {quoting}"]
    if reported := len({span.article for span in group.reported} - {quote.span.article for quote in group.quotes}):
        how.append(f"{reported} outside quotation marks")
    return f"in {counted(len(group.articles), 'report')}: {', '.join(how)}"


def _under(style: Style, line: Callable[[], Text]) -> Text:
    """``line()`` drawn with ``style`` beneath its own styles."""
    text = Text(style=style)
    text.append_text(line())
    return text


class QuotesScreen(DifferenceText, ItemSearch, KeptView):
    """Quotations grouped by statement across reports; see the module docstring.

    One widget draws the counts and the statements, those in view only
    (:class:`~reader.ui.widgets.item_view.ItemView`): every key costs what a screenful does, at
    20 statements or 2,000. Built once, then shown again (:class:`KeptView`).
    """

    AUTO_FOCUS = "QuoteList"
    DRAWN_AHEAD = True  # the first statements, quoted most and in most wordings, are the costliest to draw
    item_noun = "statement"
    searched_items = "the statements"
    HELP_WIDGETS = (QuoteList,)
    COMPONENT_CLASSES = UNTYPED_DIFFERENCE_CLASSES | {"quote--flag", "quote--speaker"}  # the screen draws the statements

    BINDINGS = [
        Binding("n", "next_item(1)", "Next statement (next hit while searching)", show=False),
        Binding("N", "next_item(-1)", "Previous statement (or hit)", key_display="N", show=False),
        Binding("slash", "search", "Search the statements, then n/N", key_display="/", show=False),
        Binding("y", "copy", "Copy every version of the statement", show=False),
        Binding("escape", "back", "Back", tooltip=ESCAPE_IN_A_VIEW),
    ]

    def __init__(self, analysis: Analysis | None = None) -> None:
        super().__init__()
        self._take(analysis or self.app.analysis)

    def _take(self, analysis: Analysis) -> None:
        if analysis is not getattr(self, "analysis", None):  # reopened on the same analysis: its order kept
            self.groups = tracked_order(analysis.findings.quotes)
        self.analysis = analysis
        self.hits, self.found = (), ""

    def reopen(self, analysis: Analysis | None = None) -> None:
        shown = (self.analysis, self.selected_entity, self.found)
        self._take(analysis or self.app.analysis)
        self.forget_reading()
        self.selected_entity = self.app.entity_id
        if shown[0] is self.analysis and shown[1:] == (self.selected_entity, ""):
            self.statements.show_again()  # the statements it showed last, drawn without search marks
        else:
            self._show()

    def compose(self) -> ComposeResult:
        self.selected_entity = self.app.entity_id
        self.statements = QuoteList(rows_at_least=ROWS_AT_LEAST, id="quotes-list")
        self._show()
        yield self.statements
        yield Notices()
        yield KeyBar(id="keys")

    def _show(self) -> None:
        self.statements.show(len(self.groups), self._group_lines, title=self._title, hang=lambda line, width: HANG)

    def _group_lines(self, position: int) -> Lines:
        """Statement ``position``, a line drawn as it comes into view (the words found marked)."""
        lines = self.group_lines(self.groups[position])
        return Lines(len(lines), lambda n: self.marked(lines[n]()))

    @on(AnalysisReady)
    def _analysis_changed(self, message: AnalysisReady) -> None:
        """A correction changed the analysis (speakers follow merged entities): list again."""
        if message.analysis is not self.analysis:
            self._take(message.analysis)
            self._show()

    def _title(self) -> Text:
        flagged = sum(bool(g.flags) for g in self.groups)
        shared = sum(len(g.articles) > 1 for g in self.groups)
        return self.titled(Text(
            f"{counted(len(self.groups), 'quoted statement')}; {shared} in more than one report; {flagged} flagged. "
            "Words differing from the fullest version are marked."
        ))

    def searched(self) -> None:
        self.statements.redraw()

    def searched_list(self) -> QuoteList:
        return self.statements

    def item_text(self, position: int) -> str:
        return self.group_text(self.groups[position]).plain

    def group_text(self, group: QuoteGroup) -> Text:
        """One statement: its speaker, each version, reported passages, then the findings."""
        return Text("\n").join(line() for line in self.group_lines(group))

    def group_lines(self, group: QuoteGroup) -> list[Callable[[], Text]]:
        """What draws each line of :meth:`group_text`, a line at a time."""
        palette = self.palette()
        flag_style = self.palette_style("quote--flag")
        lines = [partial(self._speaker, palette, group)]
        lines += [partial(self._version, palette, group, wording) for wording in group.wordings]
        lines += [partial(self._unquoted, palette, group, same)
                  for same in same_wording(self.analysis, tuple(zip(group.reported, group.reported_as)), lambda row: row)]
        lines += [partial(Text, f"{FLAG_SIGN} {flag}", flag_style) for flag in group.flags]
        # Each line in the speaker's style beneath its own, as the statement has always been drawn.
        return [partial(_under, self.palette_style("quote--speaker"), line) for line in lines]

    def _speaker(self, palette: Palette, group: QuoteGroup) -> Text:
        text = Text(group.speaker or "Unattributed")
        text.append(f"  {reach(group)}", palette.muted)
        return text

    def _unquoted(self, palette: Palette, group: QuoteGroup, same: list[int]) -> Text:
        """The reports carrying the statement alike outside quotation marks, how (as indirect speech, without
        quotation marks), and their words."""
        text = self._reports(palette, [group.reported[i].article for i in same])
        text.append(f"  {group.reported_as[same[0]]}: ", palette.muted)
        text.append_text(self.difference_text(self.app.index, group.reported[same[0]]))
        return text

    def _version(self, palette: Palette, group: QuoteGroup, wording: Wording) -> Text:
        """One wording of the statement, after the reports quoting it so, its changed words marked."""
        index, quote = self.app.index, group.quotes[wording.quotes[0]]
        text = self._reports(palette, [group.quotes[i].span.article for i in wording.quotes])
        # unattributed is what the rules could not read, not what the text lacks: no verdict on the text
        who = quote.speaker or "speaker not recognised"
        verb = f" ({quote.verb})" if quote.verb else ""
        carried = ", from the quotation before" if quote.inherited else ""
        text.append(f"  {who}{verb}{carried}: ", palette.muted)
        text.append(OPEN_MARK)
        text.append_text(self.difference_text(index, quote.span, wording.changed, side="b"))
        text.append(CLOSE_MARK)
        return text

    def _reports(self, palette: Palette, article_ids: list[str]) -> Text:
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
        if self.statements.index is None:
            return
        group = self.groups[self.statements.index]
        dossier = self.analysis.dossier
        lines = [f"{dossier.article(q.span.article).name}: {dossier.article(q.span.article).text(q.span)}" for q in group.quotes]
        self.app.copy_passage("\n\n".join(lines), counted(len(lines), 'quotation'))

    @on(ItemView.Selected)
    def _selected(self, event: ItemView.Selected) -> None:
        """Enter (or a click): compare the versions of the statement under the cursor."""
        event.stop()
        self.open_group(self.groups[event.index])

    def open_group(self, group: QuoteGroup) -> None:
        """Compare the fullest quotation with another report's version, or read it when alone."""
        reference: Span = group.quotes[0].span
        other = partner(group)
        if other is None:
            self.app.action_show_passage(reference)
        else:
            self.post_message(OpenCompare(self.analysis, reference.article, other, at=reference))
