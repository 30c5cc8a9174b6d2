"""One passage in every report that carries it, and the reports that do not.

Like one column of a collation table: the reference report's version first, then each other
version in dossier order with its words marked against the reference, then the names of the
reports that lack the passage. A passage may carry several statements (a link for each): the view
shows one link's versions, counts the reports as the passage's gutter does (``in 5 of 5 reports
(this link 4)``) and names those carrying it by another link only apart from those lacking it.
The title counts the independent origins behind the passage
(:mod:`reader.core.findings.origins`), and a version copied or rewritten from the same text as the
reference says so. Enter opens the compare view on the reference and that report.
A version whose figures disagree with the reference's says so under its outlet
(``conflict: 29 permits vs 25 permits``), as does one whose figures agree. ``x`` rejects the
link, ``A`` accepts it, ``X`` takes the version under the cursor out of it; the view follows
the corrected analysis.

The versions' word differences and figure notes are found by a thread worker as soon as the view
is asked for a link (drawn ahead from the compare view's cursor, most often), and its rows drawn
ahead once they are; a row drawn before (the worker still busy) finds its own, the same, on the UI
thread.
"""

from __future__ import annotations

import operator
from collections.abc import Iterator

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding

from reader.core.store.corrections import accept_link, drop_passage, reject_link
from reader.core.text.diff import diff_passages
from reader.core.model import Analysis, DiffOp, Link, Span
from reader.core.findings.collation import (
    carriers_of,
    links_touching,
    strongest_link,
    version_differences,
    version_note,
    version_notes,
)
from reader.core.findings.leads import lead
from reader.core.findings.sourcing import sourcing_of
from reader.ui.messages import AnalysisReady, Correct, OpenCompare, VersionsDiffed
from reader.ui.render import match_note, weaker_note
from reader.ui.kept import KeptView
from reader.ui.widgets.difference_text import UNTYPED_DIFFERENCE_CLASSES, DifferenceText
from reader.ui.widgets.item_view import ItemView, item_bindings
from reader.ui.widgets.key_bar import KeyBar
from reader.ui.widgets.notices import Notices
from reader.ui.item_search import ItemSearch
from reader.ui.wording import ESCAPE_IN_A_VIEW, carried_in, counted, counted_among, counted_of, link_judged, passage_dropped, unlinked


class VersionList(ItemView):
    """The versions of one passage, one item per report (in :attr:`NWayScreen.carriers`' order),
    under the screen's title, above the reports lacking the passage."""

    HELP_TITLE = "versions"
    BINDINGS = item_bindings("Compare with reference", "version")


class NWayScreen(DifferenceText, ItemSearch, KeptView):
    """Every report's version of the passage at ``span`` (a span of the reference report).

    ``link`` says which of the links touching ``span`` to follow (the compare view passes
    the one it shows); by default the strongest.

    One widget draws the title, the versions and the reports lacking the passage, the rows in
    view only (:class:`~reader.ui.widgets.item_view.ItemView`): the view opens as fast with five
    versions as with five hundred. Built once, then shown again (:class:`KeptView`).
    """

    AUTO_FOCUS = "VersionList"
    HELP_WIDGETS = (VersionList,)
    item_noun = "version"
    searched_items = "the versions"
    COMPONENT_CLASSES = UNTYPED_DIFFERENCE_CLASSES  # the screen draws the versions (see PaletteMixin)

    BINDINGS = [
        Binding("n", "next_item(1)", "Next version (next hit while searching)", show=False),
        Binding("N", "next_item(-1)", "Previous version (or hit)", key_display="N", show=False),
        Binding("slash", "search", "Search the versions, then n/N", key_display="/", show=False),
        Binding("x", "judge_link('reject')", "Reject this link", show=False),
        Binding("A", "judge_link('accept')", "Accept this link", show=False),
        Binding("X", "drop_version", "Take this version out of the link", key_display="X", show=False),
        Binding("y", "copy", "Copy every version", show=False),
        # The app's i, named here for the help: what it unfolds in this view.
        Binding("i", "app.toggle_details", "Details: the reports lacking the passage on up to ten rows", show=False),
        Binding("escape", "back", "Back", tooltip=ESCAPE_IN_A_VIEW),
    ]

    def __init__(self, analysis: Analysis, span: Span, *, link: Link | None = None) -> None:
        super().__init__()
        self._differences_for: tuple = ()
        """The analysis, link and reference the differences are of (:meth:`_find_differences`)."""
        self._differences: dict[str, tuple[DiffOp, ...]] = {}
        self._notes: dict[str, str] = {}
        """The versions' figure notes by report id (:func:`version_note`), found with the differences."""
        self._differences_found = False
        self._held = False
        """Whether the versions wait for the worker to be shown (the view is not on screen)."""
        self._reopening_ahead = False
        self._take(analysis, span, link)
        self._rejected: list[tuple[Span, ...]] = []
        """The passages of the links ``x`` rejected (or ``X`` narrowed) here, the last last: ``U``
        brings one back on screen."""
        self._narrowed: tuple[Span, ...] = ()
        """The passages left of the link shown once ``X`` took a version out: the view follows them."""

    @classmethod
    def ahead(cls, analysis: Analysis) -> NWayScreen | None:
        """On the first link's passages, if there is a link."""
        return cls(analysis, analysis.label_passage(analysis.links[0])) if analysis.links else None

    def _take(self, analysis: Analysis, span: Span, link: Link | None) -> None:
        """Show ``link`` (by default the strongest touching ``span``), no search on."""
        self.analysis = analysis
        self.span = span
        self.link: Link | None = link or strongest_link(analysis, span)
        self.hits, self.found = (), ""

    def reopen(self, analysis: Analysis, span: Span, *, link: Link | None = None) -> None:
        shown = (self.analysis, self.link, self.span, self.selected_entity, self.found)
        self._take(analysis, span, link)
        self._rejected = []
        self.forget_reading()
        self.selected_entity = self.app.entity_id
        if shown[0] is analysis and shown[1:] == (self.link, span, self.selected_entity, "") and not self._held:
            self.versions.show_again()  # the versions it showed last, drawn without search marks
        else:
            self._show(hold=self._reopening_ahead)

    def ahead_on(self, *args, **kwargs) -> Iterator[None]:
        """As a kept view's, but reopened with its show held until the worker has found the
        versions' differences (nobody sees it yet): laid out before, each version's would be found
        on the UI thread. :meth:`_found` shows them and draws the rows ahead."""
        steps = super().ahead_on(*args, **kwargs)
        self._reopening_ahead = True
        try:
            next(steps, None)  # the reopening
        finally:
            self._reopening_ahead = False
        yield
        yield from steps

    def rows_ahead(self) -> Iterator[None]:
        """The rows in view, drawn ahead once shown (:meth:`ahead_on`)."""
        return iter(()) if self._held else self.versions.draw_ahead()

    @property
    def reference(self) -> str:
        return self.span.article

    @property
    def carriers(self) -> tuple[str, ...]:
        """Reports with a version, the reference first, then in dossier order."""
        others = self.link.articles if self.link else ()
        return (self.reference, *(a for a in others if a != self.reference))

    @property
    def reach(self) -> tuple[str, ...]:
        """Reports carrying the passage by any of its links (as its gutter counts them), the
        reference first: a passage may carry several statements, and the view shows one link's."""
        return (self.reference, *carriers_of(self.analysis, self.span))

    @property
    def missing(self) -> tuple[str, ...]:
        """Reports carrying none of the passage's statements, in dossier order: of its event's, when the folder holds
        several (:func:`~reader.ui.wording.counted_among`)."""
        reach = set(self.reach) | set(self.carriers)
        return tuple(a for a in counted_among(self.analysis, self.reference)[0] if a not in reach)

    @property
    def elsewhere(self) -> tuple[str, ...]:
        """Reports carrying the passage by another link than the one shown, in dossier order."""
        reach, shown = set(self.reach), set(self.carriers)
        return tuple(a.id for a in self.analysis.dossier.articles if a.id in reach and a.id not in shown)

    def compose(self) -> ComposeResult:
        self.selected_entity = self.app.entity_id
        self.versions = VersionList(id="nway-versions")
        self._show(hold=self not in self.app.screen_stack)  # built ahead: nobody sees it yet
        yield self.versions
        yield Notices()
        yield KeyBar(id="keys")

    def _show(self, *, hold: bool = False, index: int = 0) -> None:
        """Show the versions, the cursor on version ``index``; with ``hold``, once the worker has
        found their differences if it has not yet (the view is not on screen)."""
        self._find_differences()
        self._held = hold and not self._differences_found
        if self._held:  # none of the last versions' rows, which a layout meanwhile would draw anew
            self.versions.show(0, Text, title=Text)
        else:
            carriers = self.carriers
            self.versions.show(len(carriers), lambda n: self._version_text(carriers[n]), title=self._title,
                               note=self._missing_line, index=index)

    def _find_differences(self) -> None:
        """Have the worker find the word differences and figure notes of the versions shown,
        unless found already."""
        shown = (self.analysis, self.link, self.reference)
        if self._differences_for and all(map(operator.is_, shown, self._differences_for)):
            return
        self._differences_for, self._differences, self._notes = shown, {}, {}
        self._differences_found = self.link is None
        if self.link is not None:
            self._differ(shown)

    # A description of its own: Textual's default repr()s the arguments, the whole analysis (1.5 s at 500 reports).
    @work(thread=True, exclusive=True, group="versions-differ", description="finding the versions' differences")
    def _differ(self, shown: tuple[Analysis, Link, str]) -> None:
        self.post_message(VersionsDiffed(shown, version_differences(*shown), version_notes(*shown)))

    @on(VersionsDiffed)
    def _found(self, message: VersionsDiffed) -> None:
        if message.shown is not self._differences_for:
            return  # the view was asked for other versions since
        self._differences = {**message.differences, **self._differences}  # a row drawn meanwhile keeps its own
        self._notes = {**message.notes, **self._notes}
        self._differences_found = True
        if self._held and self.app.screen_stack:  # none: the app is closing, its styles going
            self._show()
            self.app.draw_rows_ahead(self)

    def _differences_of(self, article_id: str) -> tuple[DiffOp, ...]:
        """The version's word differences against the reference's: the worker's, or found now if it
        is not done (the same ones)."""
        ops = self._differences.get(article_id)
        if ops is None:
            ops = diff_passages(self.analysis, self._passage(self.reference), self._passage(article_id))
            self._differences[article_id] = ops
        return ops

    @on(AnalysisReady)
    def _analysis_changed(self, message: AnalysisReady) -> None:
        """A correction changed the links: show a link rejected here that came back (``U``), else
        follow the same passages, else the strongest left."""
        if message.analysis is self.analysis:
            return
        links = {link.passages: link for link in message.analysis.links}
        restored = next((links[passages] for passages in reversed(self._rejected) if passages in links), None)
        if restored is not None:
            self._rejected.remove(restored.passages)
        same = (links.get(self.link.passages) or links.get(self._narrowed)) if self.link else None
        self._narrowed = ()
        followed = restored or same
        # The same link, narrowed or restored: the cursor stays where it was (on the next version
        # after one taken out), not back on the reference.
        at = (self.versions.index or 0) if followed is not None else 0
        self._take(message.analysis, self.span, followed)
        self._show(index=min(at, max(len(self.carriers) - 1, 0)))

    def figure_note(self, article_id: str) -> str:
        """What ``article_id``'s version says against the reference's (:func:`version_note`: its stance when not
        alike, its figures): the worker's note, or found now if it is not done (the same one)."""
        if self.link is None:
            return ""
        note = self._notes.get(article_id)
        if note is None:
            note = self._notes[article_id] = version_note(self.analysis, self.link, self.reference, article_id)
        return note

    def reuse_note(self, article_id: str) -> str:
        """``copied from the reference`` or ``rewritten ...``: how this version came to look like it
        (:mod:`reader.core.findings.origins`); empty when written independently."""
        found = sourcing_of(self.analysis).origins.of_link(self.link.id) if self.link else None
        pair = next((p for p in found.pairs if {p.a, p.b} == {self.reference, article_id}), None) if found else None
        if pair is None or pair.relation == "independent":
            return ""
        return f"{pair.relation} from the same text as the reference"

    def action_judge_link(self, verdict: str) -> None:
        if self.link is None:
            self.app.say("No link here to judge", timeout=2)
            return
        said = link_judged(self.app, verdict, len(self.link.passages))
        if verdict == "reject":
            self._rejected.append(self.link.passages)
            said += self._shown_instead()
        judge = reject_link if verdict == "reject" else accept_link
        self.post_message(Correct(judge(self.analysis, self.link), said))

    def action_drop_version(self) -> None:
        """Take the version under the cursor out of the link (``X``): right in the other reports,
        wrong in this one. Not the reference, which the view is opened on and the others read against."""
        index = self.versions.index
        if self.link is None or index is None:
            self.app.say("No link here to take a version out of", timeout=2)
            return
        article_id = self.carriers[index]
        if article_id == self.reference:
            self.app.say("The reference stays: X takes out the version under the cursor (x rejects the whole link)")
            return
        span = self.link.passage_in(article_id)
        self._narrowed = tuple(each for each in self.link.passages if each != span)
        self._rejected.append(self.link.passages)
        said = passage_dropped(self.app, self.analysis.dossier.names[article_id], len(self._narrowed))
        if len(self._narrowed) < 2:
            said += self._shown_instead()
        self.post_message(Correct(drop_passage(self.analysis, self.link, span), said))

    def _shown_instead(self) -> str:
        """What the view shows once the link shown is rejected, said with the rejection: the
        passage's next link (it carries several statements), or that none is left."""
        others = [link for link in links_touching(self.analysis, self.span) if link is not self.link]
        if not others:
            return ". No other link is left on this passage"
        return f". Shown now: another link of this passage, across {counted(len(others[0].passages), 'report')}"

    def searched(self) -> None:
        self.versions.redraw()

    def searched_list(self) -> VersionList:
        return self.versions

    def item_text(self, position: int) -> str:
        return self._version_text(self.carriers[position]).plain

    def _passage(self, article_id: str) -> Span:
        return self.link.passage_in(article_id) if self.link else self.span

    def _title(self) -> Text:
        among, event = counted_among(self.analysis, self.reference)
        reach = carried_in(len(self.reach), len(self.carriers), len(among), event=event)
        if self.link is None:
            return self.titled(Text(f"{reach.capitalize()}: {unlinked(self.analysis, self.span)}"))
        origins = sourcing_of(self.analysis).origins.origins_of(self.link)
        title = weaker_note(self.link)
        title.append(f"; {reach}" if title else reach.capitalize())
        title.append(
            f", {counted(origins, 'independent origin')}; "
            f"{match_note(self.analysis, self.link)}; words marked against the first"
        )
        return self.titled(title)

    def _version_text(self, article_id: str) -> Text:
        index = self.app.index
        span = self._passage(article_id)
        palette = self.palette()
        text = index.source_label(palette, article_id)
        if span.in_title:
            text.append(" (headline)", palette.muted)
        if article_id == self.reference:
            ops = ()
            text.append("  reference\n", palette.muted)
        else:
            ops = self._differences_of(article_id)
            changed = sum(op.tag != "equal" for op in ops)
            note = counted(changed, "difference") if changed else "same words"
            reuse = self.reuse_note(article_id)
            text.append(f"  {note}" + (f", {reuse}" if reuse else ""), palette.muted)
            figures = self.figure_note(article_id)
            if figures:
                style = palette.conflict if figures.startswith(("conflict", "stance")) else palette.muted
                text.append("  ")
                text.append(figures, style)
            text.append("\n")
        if before := lead(self.analysis, span):  # a clause cut from mid-sentence, after the words it leans on
            text.append(before + " ", palette.muted)
        text.append_text(self.difference_text(index, span, ops, side="b"))
        return self.marked(text)

    def _missing_line(self, cells: int) -> Text:
        """``Not linked in:`` and the reports carrying none of the passage's statements, then those carrying
        it by another link only, as many as ``cells`` hold (a row, or the rows of details shown in
        full); past them a count, so hundreds of reports cost what a few do."""
        missing, elsewhere = self.missing, self.elsewhere
        every = "Every report of this event carries" if counted_among(self.analysis, self.reference)[1] else "Every report carries"
        text = Text("Not linked in: " if missing else f"{every} this passage")
        self._listed(text, missing, cells)
        if elsewhere:
            text.append("; by another link only: ")
            self._listed(text, elsewhere, cells)
        if not elsewhere and not missing:
            text.append(".")
        return text

    def _listed(self, text: Text, reports: tuple[str, ...], cells: int) -> None:
        """``reports``' labels after ``text``, as many as ``cells`` hold, then how many more."""
        palette = self.palette()
        for position, article_id in enumerate(reports):
            if text.cell_len > cells:
                among, event = counted_among(self.analysis, self.reference)
                of = counted_of(len(reports), len(among), "report") + (" of this event" if event else "")
                text.append(f" and {len(reports) - position} more ({of})")
                break
            if position:
                text.append(", ")
            text.append_text(self.app.index.source_label(palette, article_id))

    def details_cut(self) -> bool:
        """Whether a one-line band cuts anything here (``App.action_toggle_details`` says so)."""
        return self.versions.note_cut()

    def action_copy(self) -> None:
        """Copy every version, each after its outlet's name, then the reports that lack it."""
        dossier = self.analysis.dossier
        lines = [f"{dossier.names[a]}: {dossier.article(a).text(self._passage(a))}" for a in self.carriers]
        if self.missing:
            lines.append("Not linked in: " + dossier.named(self.missing))
        if self.elsewhere:
            lines.append("By another link only: " + dossier.named(self.elsewhere))
        self.app.copy_passage("\n\n".join(lines), counted(len(self.carriers), "version"))

    @on(ItemView.Selected)
    def _compare(self, event: ItemView.Selected) -> None:
        """Enter (or a click): the compare view on the reference and the version under the cursor."""
        event.stop()
        article_id = self.carriers[event.index]
        other = article_id if article_id != self.reference else None
        self.post_message(OpenCompare(self.analysis, self.reference, other, at=self.span, link=self.link))
