"""The main screen: the list of reports, the selected report, and (on demand) the shared entities.

The screen coordinates; its widgets only draw what they are given and post
messages. ``n``/``N`` walk whichever list of places was chosen last: the
search hits of ``/`` or the mentions of the chosen entity, across reports.
"""

from __future__ import annotations

from bisect import bisect_left

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.containers import Horizontal
from textual.reactive import Reactive, reactive
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Input

from reader.core.model import HEADLINE, Article, Span
from reader.ui.answers import cuts
from reader.ui.messages import AnalysisReady, Correct, DossierLoaded, OpenCompare, OpenConcordance, OpenCoverage
from reader.ui.jumps import JumpList, Place
from reader.ui.kept import QUIET, SteadyLooks
from reader.ui.render import CONFLICT_SIGN, PALETTE_CLASSES, WEAKER_ON, share_parts
from reader.ui.paging import walk_place
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.entity_panel import EntityPanel
from reader.ui.widgets.key_bar import KeyBar
from reader.ui.widgets.notices import Notices
from reader.ui.widgets.search_bar import SearchBar
from reader.ui.widgets.source_list import SourceList
from reader.ui.widgets.status_line import StatusLine
from reader.ui.wording import counted_of, keys_shown, not_found, searched_words, undoable

NARROW = 100
"""Below this many columns the source list shrinks to one line per report and the entity panel overlays."""

_SIDE_BY_SIDE = frozenset({"compare_here", "walk_unique", "coverage"})
"""Actions that set this report beside the others: with one report, there is nothing to set beside it."""


_ESCAPE = ("Dismiss the notices under the panes (Same story?, a file not opened), else close the entity panel when it "
           "has the keys or is narrow, else unchoose the entity, else end the walk")
"""What escape does on the reader, in the order it tries."""
FORMS_SHOWN = 2
"""The other ways of writing a figure searched for that the status line names, the first met (it is one line)."""
WALK = Binding.Group("Walk", compact=True)
"""n and N on the key bar as one entry, ``nN Walk`` (as compare's ``nN Link``): ``n Next N Prev`` took six cells
more, and with the entity panel's keys at 120 columns the bar cut ``^p Palette`` to ``^p``."""


class ReaderScreen(SteadyLooks):
    """Sources on the left, the article in the middle, shared entities on the right when shown.
    Restyled as the views are when returned to in changed looks (``i`` pressed in a view above it)."""

    BINDINGS = [
        Binding("c", "compare_here", "Compare"),
        Binding("e", "toggle_entities", "Entities", tooltip="Entities: open the panel, which takes the keys; e again closes it, as escape does (if tab moved the keys to another pane, e first gives them back to the panel)"),
        Binding("L", "toggle_list", "Hide or show the report list", key_display="L", show=False),
        Binding("y", "copy", "Copy the passage", show=False),
        Binding("slash", "search", "Search", key_display="/"),
        Binding("n", "walk(1)", "Next", tooltip="Next search hit, mention of the chosen entity or passage only this report has",
                group=WALK),
        Binding("N", "walk(-1)", "Prev", key_display="N", tooltip="Previous hit, mention or passage (as n)", group=WALK),
        # Tried when walk is off: n/N with nothing to walk say how to start one.
        Binding("n", "nothing_to_walk(1)", "", show=False),
        Binding("N", "nothing_to_walk(-1)", "", show=False),
        Binding("u", "walk_unique", "Unique", tooltip="Walk the passages only this report has (◆), then n/N"),
        Binding("K", "concordance", "Concordance: every occurrence of the entity or searched words", key_display="K", show=False),
        Binding("m", "coverage", "Coverage"),
        # With one report, c, u and m (left off the key bar) say why they open nothing.
        Binding("c", "app.one_report('Compare')", "", show=False),
        Binding("u", "app.one_report('A walk of the passages only one report has')", "", show=False),
        Binding("m", "app.one_report('Coverage')", "", show=False),
        # Named on the key bar while escape closes the entity panel (the narrow bar showed no way out of it).
        Binding("escape", "close_entities", "Close panel", tooltip=_ESCAPE),  # one row in the help, as one key
        Binding("escape", "clear", "Clear", show=False, tooltip=_ESCAPE),
        Binding("ctrl+o", "jump_back", "Back to where the last jump left", show=False),
        # ctrl+i is what Tab sends in terminals (and tmux): tab already switches panes.
        Binding("ctrl+n", "jump_forward", "Forward again, after going back", show=False),
        Binding("tab", "app.focus_next", "Next pane (shift+tab: the one before)", show=False),
        Binding("h", "pane(-1)", "Pane to the left", show=False),
        Binding("l", "pane(1)", "Pane to the right", show=False),
        Binding("left_square_bracket", "step_report(-1)", "Previous report", key_display="[", show=False),
        Binding("right_square_bracket", "step_report(1)", "Next report", key_display="]", show=False),
        Binding("1", "number(1)", "Report by its number, at the passage read when it has it", key_display="1…9", show=False),
        *(Binding(str(number), f"number({number})", "", show=False) for number in range(2, 10)),
        Binding("r", "pick_report", "Pick a report by its glyph (past 9: a…z), at the passage read when it has it", show=False),
    ]
    HELP_WIDGETS = (SourceList, ArticleView, EntityPanel)
    # Set before the first layout, so a small terminal never paints the wide layout first.
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (NARROW, "-wide")]
    # Focus the article at once; a second focus change would rebuild the footer again.
    AUTO_FOCUS = "#article"
    # The palette is styled once here and read by every widget of the screen.
    COMPONENT_CLASSES = PALETTE_CLASSES

    focused: Reactive[Widget | None] = Reactive(None, repaint=False)
    """Textual's, without repainting the whole screen on every focus change: the two panes the
    focus moves between restyle (their borders) and repaint themselves; the rest is unchanged."""

    walk: reactive[tuple[Span, ...]] = reactive((), init=False)
    """The places ``n``/``N`` visit, in dossier order."""
    position: reactive[int] = reactive(-1, init=False)
    ahead = False
    """``position`` names the next place ahead of the view (after ctrl+o or ctrl+n), not one the reader stands on."""
    walk_label: str = ""
    searching = False
    """A search runs in a worker: ``n``/``N`` pressed meanwhile wait for its hits."""
    waiting_steps: tuple[int, ...] = ()
    found_nothing: str | None = None
    """The words of the last search when it found nothing and nothing has been walked since: ``n`` names them."""
    walk_kind: str = ""
    """What ``walk`` holds: ``"search"`` hits, an ``"entity"``'s mentions, or ``"unique"`` passages."""
    walk_figure: str = ""
    """The search's status words when it found a figure written other ways too: ``figure 25%``, and after its
    count ``also as “25 percent”`` (:func:`~reader.core.findings.figure_search.find_figure_too`)."""
    walk_also: str = ""
    travelling = False
    """Going back or forward along the jump list: that move is not itself a jump."""
    conflicts_said = ""
    """The figure conflicts the status line names for the passages on screen (:meth:`_conflicts_read`)."""
    _conflict_line: tuple = (None, None, (), "")
    """The last groups read into a line (analysis, dossier, groups, line): each key that scrolls or
    switches reports reads the passages on screen again (twice on a switch), and a group of hundreds of
    copies named hundreds of reports at each read."""
    said = ""
    """A short answer (nothing to undo, a confirmation) leading the status line until it times out."""
    _unsay: Timer | None = None
    _said_in = ""
    """The report shown when the answer was said: a move to another report makes it stale."""
    _unsaid = ""
    """What the status line says after the answer (:meth:`details_cut` measures it)."""

    def __init__(self) -> None:
        super().__init__()
        self.jumps = JumpList()
        """Places left by a jump: a report switch, a walk step (search hit, mention, unique passage),
        a passage or entity opened from another view."""
        self._panel_waits = False
        """Whether the entity panel's rows wait for the user to rest: one wait, however many analyses land meanwhile."""

    def compose(self) -> ComposeResult:
        index = self.app.index
        with Horizontal(id="reader-body"):
            yield SourceList(index, id="sources")
            yield ArticleView(index, id="article")
            yield EntityPanel(index, id="entities")
        yield Notices()
        yield StatusLine(id="status")
        yield KeyBar(id="keys")

    def on_mount(self) -> None:
        self._note_unopened()
        self.watch(self.app, "article_id", self._show_article)
        self.watch(self.app, "entity_id", self._choose_entity, init=False)
        self.watch(self.app, "location", self._go_to_location, init=False)
        self.watch(self.app, "progress", lambda _: self._update_status(), init=False)
        self.watch(self.app, "marked_entity", lambda _: self._update_status(), init=False)
        self.watch(self.app, "highlight_style", lambda _: self._restyle(), init=False)
        self.watch(self.app, "highlighting", lambda _: self._restyle(), init=False)
        self.watch(self.query_one(ArticleView), "scroll_y", lambda _: self._read_on(), init=False)
        self._adapt()
        if self.app.resume_offset is not None:
            # Once the article is laid out at the pane's width: before that it has no rows.
            self.call_after_refresh(self._resume, self.app.resume_offset)

    def on_resize(self) -> None:
        self._adapt()
        self.call_after_refresh(self._read_on)  # other passages may show at the new size

    def on_screen_resume(self) -> None:
        self._adapt()  # the terminal may have been resized while another screen was on top

    @property
    def narrow(self) -> bool:
        """Under :data:`NARROW` columns. From the terminal's width, not the -narrow class: on
        returning to this screen the class may not have caught up with a resize made while
        other screens were on top."""
        return self.app.size.width < NARROW

    def _adapt(self) -> None:
        self.query_one(SourceList).compact = self.narrow

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # n/N appear in the footer only while there is something to walk.
        if action == "walk":
            return bool(self.walk)
        if action == "nothing_to_walk":
            return not self.walk
        if action in _SIDE_BY_SIDE:
            return len(self.app.dossier.articles) > 1
        if action == "close_entities":
            return self._escape_closes_panel()
        return True

    # Reacting to the app -----------------------------------------------------
    @on(AnalysisReady)
    @on(DossierLoaded)
    def _take_index(self) -> None:
        """The analysis landed, or the reports the first paint left unread: draw from the new index."""
        index = self.app.index
        self.query_one(SourceList).set_index(index)
        self.query_one(ArticleView).set_index(index)
        panel = self.query_one(EntityPanel)
        panel.set_index(index)
        # Its rows, one per shared entity (thousands at 500 reports), made once the user rests, not
        # on the e that shows it (~20 ms of the UI thread's CPU there). One wait: corrections made and
        # undone while keys come each brought an analysis, and each left a timer waiting.
        if not self._panel_waits:
            self._panel_waits = True
            self.app.when_quiet(QUIET, self._build_panel, timers=panel)
        self._note_unopened()
        self._update_status()
        self.call_after_refresh(self._read_on)  # the conflicts on screen, once drawn from it
        self.refresh_bindings()  # c, u and m follow the number of reports

    def _build_panel(self) -> None:
        self._panel_waits = False
        self.query_one(EntityPanel).ensure_built()

    def _note_unopened(self) -> None:
        """The notices go; this stays, and says where to see them again."""
        problems = self.app.dossier.problems
        skipped = sum(not problem.opened for problem in problems)
        counts = [f"{skipped} not opened" * bool(skipped), f"{len(problems) - skipped} with a caveat" * (len(problems) > skipped)]
        # ^p: as the key bar says it
        self.query_one(SourceList).border_subtitle = f"{', '.join(filter(None, counts))}: ^p" if problems else ""

    def _show_article(self, article_id: str) -> None:
        if not article_id:
            return
        view = self.query_one(ArticleView)
        self.query_one(SourceList).show(article_id)
        article = self.app.dossier.article(article_id)
        if view.article is not article:
            self._record_jump()
            view.article = article
            if self.said and self._said_in != article_id:
                self.unsay()  # "X: the same passage" answered the key that went to X, not the one leaving it
        if self.walk_kind == "unique" and self.walk and self.walk[0].article != article_id:
            # Another report's own passages: the status named them, and n went back to that report.
            self._set_walk((), "")
        self._update_status()
        self.call_after_refresh(self._read_on)  # its conflicts on screen, once laid out

    def _choose_entity(self, entity_id: str | None) -> None:
        view = self.query_one(ArticleView)
        view.selected_entity = entity_id
        self.query_one(EntityPanel).show(entity_id)
        entity = self.app.index.any_entity(entity_id)  # one named by a single report too, listed with A
        if entity is None:
            self._set_walk((), "")
            return
        self._set_walk(entity.mentions, entity.name, kind="entity")
        self._step_to_first()

    def _go_to_location(self, span: Span | None) -> None:
        if span is None:
            return
        if span in self.walk:  # a place of the walk (a mention from the concordance): n/N go on from it
            self._go(self.walk.index(span))
            return
        self._record_jump()
        self.app.article_id = span.article
        view = self.query_one(ArticleView)
        view.current = span
        view.scroll_to_offset(span.start)

    def _restyle(self) -> None:
        """The palette changed (another highlight style, or the colours of quotations, figures and
        dates loaded after the first paint): every pane reads it again and repaints now. Told only,
        the panes kept the old colours until the next key; the report list, whose rows look the
        same, redrew every row on the first Tab."""
        for widget in (self.query_one(SourceList), self.query_one(ArticleView), self.query_one(EntityPanel)):
            widget.notify_style_update()
            widget.refresh()

    # Walking -----------------------------------------------------------------
    def _set_walk(self, spans: tuple[Span, ...], label: str, *, kind: str = "", in_order: bool = False) -> None:
        """Walk ``spans`` with ``n``/``N``, put in reading order unless they are (``in_order``: a search's
        hits, found so by the worker; sorting the 36,000 hits of a common word at 500 reports again
        took the UI thread 40 ms)."""
        from reader.core.text.search import reading_order  # here: searching is not needed to open

        self.walk = spans if in_order else tuple(sorted(spans, key=reading_order(self.app.dossier)))
        self.walk_label = label
        self.walk_kind = kind
        self.walk_figure = self.walk_also = ""
        self.found_nothing = None
        self.refresh_bindings()
        self.position, self.ahead = -1, False
        view = self.query_one(ArticleView)
        view.hits = self.walk if kind == "search" else ()
        view.current = None
        self.unsay()  # a new walk answers a prompt (K's "of what?") and overtakes a notice

    def _step_to_first(self) -> None:
        """Go to the first place at or after the top of the current report, else the first of all."""
        current = self.app.article_id
        for number, span in enumerate(self.walk):
            if span.article == current:
                self._go(number)
                return
        if self.walk:
            self._go(0)

    def _go(self, number: int) -> None:
        self._record_jump()
        self.position, self.ahead = number, False
        span = self.walk[number]
        self.app.article_id = span.article
        view = self.query_one(ArticleView)
        view.current = span
        view.scroll_to_offset(span.start)
        self._update_status()

    def action_walk(self, step: int) -> None:
        if self.searching:
            self.waiting_steps += (step,)  # typed ahead of the hits: walked once they come
            return
        if self.position < 0:
            self._go((0 if step > 0 else -1) % len(self.walk))
            return
        target = self.position + step if not self.ahead else self.position if step > 0 else self.position - 1
        if self.said:  # the last step's "Wrapped round…" is not this one's (unsaid alone: _go redraws the line)
            self.unsay()
        self._go(target % len(self.walk))
        if not 0 <= target < len(self.walk) and len(self.walk) > 1:
            # Said, not silent: the walk goes round and starts again (said once there: said before, the move
            # to the first hit's report took it back as stale).
            what = {"search": "hit", "unique": "passage only this report has", "entity": "mention"}.get(self.walk_kind, "place")
            where = "first" if target >= len(self.walk) else "last"
            self.app.say(f"Wrapped round to the {where} {what}")

    def action_nothing_to_walk(self, step: int) -> None:
        if self.searching:
            self.waiting_steps += (step,)
            return
        # After a search that found nothing, "yet" read as if it had not run.
        lead = f"{not_found(self.found_nothing, 'report')}: nothing to walk" if self.found_nothing else "Nothing to walk yet"
        self.app.say(f"{lead}: choose an entity (e), search (/) or press u", timeout=4)

    def action_walk_unique(self) -> None:
        """Walk the passages no other report carries (the gutter's ◆ marks), in this report."""
        article = self.app.dossier.by_id.get(self.app.article_id)
        analysis = self.app.require_analysis()
        if analysis is None or article is None:
            return
        if self.walk_kind == "unique" and self.walk and self.walk[0].article == article.id:
            self.action_walk(1)  # already walking them: on to the next
            return
        spans = tuple(sentence.span for sentence in analysis.unique_sentences(article.id))
        if not spans:
            self.app.say(f"Every passage of {article.name} is also in another report", timeout=4)
            return
        self.app.entity_id = None
        self._set_walk(spans, article.name, kind="unique")
        self._go(0)

    def action_coverage(self) -> None:
        """The coverage matrix: every passage the reports share, the most widely carried first."""
        if (analysis := self.app.require_analysis()) is not None:
            self.post_message(OpenCoverage(analysis))

    def action_concordance(self) -> None:
        """Every occurrence, across all reports, of the entity under the cursor (in the entity
        panel, else the chosen one), else of the words searched for."""
        panel = self.query_one(EntityPanel)
        entity_id = (panel.highlighted_entity() if self.focused is panel else None) or self.app.entity_id
        entity = self.app.index.any_entity(entity_id)
        if entity is not None and self.app.analysis is not None:  # its headline mentions too, as the panel counts them
            self.post_message(OpenConcordance(entity.name, self.app.analysis.every_mention(entity), entity.id))
        elif self.walk_kind == "search":
            self.post_message(OpenConcordance(self.walk_label, self.walk))
        else:
            self.app.say(f"Concordance of what? Choose an entity (e, {keys_shown(self.app, 'enter')}) or search (/), then K", timeout=4)

    def action_compare_here(self) -> None:
        """Compare this report with another, the cursor on the passage being read."""
        self.post_message(OpenCompare(at=self.query_one(ArticleView).passage_read()))

    def action_number(self, number: int) -> None:
        """Show report ``number`` (as the list and the gutters number them): at its version of
        the passage being read when it has one (the gutter's digits say which do), else at its top."""
        articles = self.app.dossier.articles
        if number > len(articles):
            self.app.say(f"No report {number}: this dossier has {len(articles)}")
            return
        self._read_report(articles[number - 1])

    def action_pick_report(self) -> None:
        """Reports past 9 are glyphed ``a``…``z`` in the list and the gutters, letters the reader's
        keys already are: ``r`` lists the reports, a glyph picks one, read as ``1``…``9`` read theirs."""
        from reader.ui.screens.report_picker import ReportPicker  # pushed: the picker is a screen of its own

        def chosen(article_id: str | None) -> None:
            if article_id and article_id in self.app.dossier.by_id:
                self._read_report(self.app.dossier.article(article_id))

        ids = [article.id for article in self.app.dossier.articles]
        self.app.push_screen(ReportPicker(ids, current=self.app.article_id), chosen)

    def _read_report(self, target: Article) -> None:
        """Show ``target`` at its version of the passage being read, else at its top (and say why)."""
        linked = self._linked_passage(target.id)
        if linked is None:
            reading = self.app.analysis is not None and self.query_one(ArticleView).scroll_y >= 1 and target.id != self.app.article_id
            self.app.article_id = target.id
            if reading:  # a passage was being read: the top, not its version, and why
                self.app.say(f"{target.name} does not carry this passage: at its top")
            return
        self.app.location = linked  # a jump: ctrl+o comes back
        self.app.say(f"{target.name}: the same passage ({keys_shown(self.app, 'ctrl+o')} goes back)")

    def _linked_passage(self, article_id: str) -> Span | None:
        """``article_id``'s passage linked to the one being read (else to the sentences it is part of, as the
        gutter's digits count them), the strongest link's; none at the top of a report (where one has not
        started reading) or when no link joins the two."""
        from reader.core.findings.collation import links_touching  # the findings load after the first paint

        view, analysis = self.query_one(ArticleView), self.app.analysis
        at = view.passage_read() if view.scroll_y >= 1 else None
        if analysis is None or at is None or at.article == article_id:
            return None
        # The top row may hold only a sentence's opening words while the link holds its quotation at the end.
        sentences = analysis.sentences_overlapping(at)
        around = Span(at.article, sentences[0].start, sentences[-1].end) if sentences else at
        for link in dict.fromkeys((*links_touching(analysis, at), *links_touching(analysis, around))):
            if (span := link.passage_in(article_id)) is not None and not span.in_title:
                return span
        return None

    def action_step_report(self, step: int) -> None:
        ids = [a.id for a in self.app.dossier.articles]
        if self.app.article_id in ids:
            self.app.article_id = ids[(ids.index(self.app.article_id) + step) % len(ids)]

    # Where the user is, and the jump list -------------------------------------
    def _resume(self, offset: int) -> None:
        """Back where the user left the report: ``offset`` at the top of the view."""
        self.query_one(ArticleView).scroll_to_offset(offset, margin=0)

    def _here(self) -> Place | None:
        view = self.query_one(ArticleView)
        return Place(view.article.id, self.reading_place()) if view.article is not None else None

    def _record_jump(self) -> None:
        if not self.travelling and (here := self._here()) is not None:
            self.jumps.record(here)

    def action_jump_back(self) -> None:
        self._travel(self.jumps.back, "No earlier place in the jump list")

    def action_jump_forward(self) -> None:
        self._travel(self.jumps.forward, f"No later place in the jump list ({keys_shown(self.app, 'ctrl+o')} goes back)")

    def _travel(self, move, none_said: str) -> None:
        here = self._here()
        place = move(here) if here is not None else None
        if place is None or place.article not in self.app.dossier.by_id:
            self.app.say(none_said)
            return
        self.travelling = True
        try:
            self.app.article_id = place.article
            view = self.query_one(ArticleView)
            if place.offset is None:
                view.scroll_to(y=0, animate=False, immediate=True)
            else:
                view.scroll_to_offset(place.offset, margin=0)
            self._walk_from(place)
        finally:
            self.travelling = False

    def _walk_from(self, place: Place) -> None:
        """After a move along the jump list, n/N go on from the place reached, not from the place
        walked to last (as vim's n searches from the cursor), and the count says so: on the place
        of the walk that starts there, else before the next one."""
        if not self.walk:
            return
        from reader.core.text.search import reading_order

        key = reading_order(self.app.dossier)
        # At the top of a report its headline shows: the walk goes on from before the headline's hits.
        at = place.offset
        here = key(Span(place.article, at, at))[:3] if at is not None else (key(Span(place.article, 0, 0))[0], -1)
        number = bisect_left([key(s)[:3] for s in self.walk], here)
        standing = number < len(self.walk) and key(self.walk[number])[:3] == here
        self.position, self.ahead = number, not standing
        self.query_one(ArticleView).current = self.walk[number] if standing else None
        self._update_status()

    def reading_place(self) -> int | None:
        """The body offset at the top of the view (the walked passage when it is on screen);
        ``None`` at the top of the report, where the headline shows."""
        view = self.query_one(ArticleView)
        at = view.reading_at() if view.scroll_y >= 1 else None
        return at.start if at is not None else None

    # Panels and search -------------------------------------------------------
    def action_toggle_entities(self) -> None:
        """Open the entity panel, focus it when open elsewhere (so ``e`` never hides the panel one
        came back to use), close it when it has the keys."""
        panel = self.query_one(EntityPanel)
        if panel.display and self.focused is not panel:
            self.set_focus(panel)
            return
        self._show_panel(not panel.display)
        if panel.display:
            panel.ensure_built()
            self.set_focus(panel)
        else:
            self.set_focus(self.query_one(ArticleView))

    def _show_panel(self, shown: bool) -> None:
        """Show or hide the entity panel, and set the panes beside it (the list's least width, the
        article hidden under it when narrow) by classes of theirs: a class of the screen's restyled
        each of its nodes at every ``e``."""
        self.query_one(EntityPanel).display = shown
        self.query_one(SourceList).set_class(shown, "-beside-entities")
        self.query_one(ArticleView).set_class(shown, "-under-entities")

    def action_copy(self) -> None:
        """Copy the passage being read (:meth:`ArticleView.passage_read`), whole sentences."""
        from reader.core.findings.collation import sentences_within  # the findings load after the first paint

        at = self.query_one(ArticleView).passage_read()
        analysis = self.app.analysis
        if at is None:
            return
        article = self.app.dossier.article(at.article)
        sentences = analysis.sentences.get(at.article, ()) if analysis else ()
        within = sentences_within(analysis, at) if analysis else ()
        if not within:  # the top of the text, or a date line (no passage): the first sentence after it is read
            within = next(((s.index,) for s in sentences if s.start >= at.start), ())
        paragraph = next(((a, b) for a, b in article.paragraphs if b > at.start), (at.start, at.end))  # before any analysis
        start, end = (sentences[within[0]].start, sentences[within[-1]].end) if within else paragraph
        self.app.copy_passage(article.body[start:end], f"a passage of {article.name}")

    def action_toggle_list(self) -> None:
        """Hide the report list (the article takes its room; ``[``/``]`` and digits still change
        report), or show it again."""
        sources = self.query_one(SourceList)
        sources.display = not sources.display
        if not sources.display and self.focused is sources:
            self.set_focus(self.query_one(ArticleView))

    def action_pane(self, step: int) -> None:
        """Focus the pane left (``step`` -1) or right (+1) of the focused one: list, article, entities."""
        panes = [pane for pane in (self.query_one(SourceList), self.query_one(ArticleView), self.query_one(EntityPanel)) if pane.display]
        at = panes.index(self.focused) if self.focused in panes else 1
        self.set_focus(panes[min(max(at + step, 0), len(panes) - 1)])

    async def action_search(self) -> None:
        """Open the search prompt, mounted (in its place, above the status line) on the first ``/``:
        the first paint does without it."""
        await SearchBar.open_in(self, before=self.query_one(StatusLine))

    def _escape_closes_panel(self) -> bool:
        """Escape closes the entity panel first when it is focused, or narrow (where it hides the article)."""
        panel = self.query_one(EntityPanel)
        return panel.display and (self.narrow or self.focused is panel)

    def action_close_entities(self) -> None:
        self.action_clear()

    def action_clear(self) -> None:
        if self._escape_closes_panel():
            self._show_panel(False)
        elif self.app.entity_id is not None:
            self.app.entity_id = None
        else:
            self._set_walk((), "")
        self.set_focus(self.query_one(ArticleView))

    @on(SearchBar.Finished)
    def _search(self, event: SearchBar.Finished) -> None:
        self.query_one(SearchBar).close(self.query_one(ArticleView))
        if not event.query.strip():
            return
        self.query_one(StatusLine).update(f"searching for “{event.query[:40]}”…", layout=False)
        self.searching, self.waiting_steps = True, ()
        self._find(event.query)

    @work(thread=True, exclusive=True, group="search")
    def _find(self, query: str) -> None:
        # Megabytes of text take seconds to fold and scan: never on the UI thread.
        from reader.core.findings.figure_search import find_figure_too  # here: not needed to open

        found = find_figure_too(self.app.dossier, query, self.app.analysis)
        self.post_message(self.SearchFinished(query, found.hits, found.figure, found.forms))

    class SearchFinished(Message):
        def __init__(self, query: str, hits: tuple[Span, ...], figure: str = "", forms: tuple[str, ...] = ()) -> None:
            super().__init__()
            self.query, self.hits, self.figure, self.forms = query, hits, figure, forms

    @on(SearchFinished)
    def _show_hits(self, event: SearchFinished) -> None:
        self.searching = False
        waiting, self.waiting_steps = self.waiting_steps, ()
        if not event.hits:
            if self.walk_kind == "search":  # n/N and the status line would go on with the last search's hits
                self._set_walk((), "")
            if not self.walk:
                self.found_nothing = event.query
            self.app.say(not_found(event.query, "report"), timeout=4)  # n/N typed ahead: nothing to walk
            return
        self.app.entity_id = None
        self._set_walk(event.hits, searched_words(event.query, 40), kind="search", in_order=True)  # find_all's order
        if event.forms:
            shown = ", ".join(searched_words(form, 30) for form in event.forms[:FORMS_SHOWN])
            more = f" and {len(event.forms) - FORMS_SHOWN} more" if len(event.forms) > FORMS_SHOWN else ""
            self.walk_figure, self.walk_also = f"figure {event.figure}", f"also as {shown}{more}"
        self._step_to_first()
        for step in waiting:
            self.action_walk(step)

    @on(Input.Changed)
    def _ignore_typing(self, event: Input.Changed) -> None:
        event.stop()

    @on(SourceList.SourceSelected)
    def _select_source(self, event: SourceList.SourceSelected) -> None:
        self.app.article_id = event.article_id
        self.query_one(SourceList).show(event.article_id)  # the report shown already: the cursor still drawn

    @on(EntityPanel.EntityChosen)
    def _entity_chosen(self, event: EntityPanel.EntityChosen) -> None:
        if self.app.entity_id == event.entity_id:
            self._choose_entity(event.entity_id)
        self.app.entity_id = event.entity_id
        if self.narrow:
            self.action_toggle_entities()

    @on(EntityPanel.SplitWanted)
    def _split_entity(self, event: EntityPanel.SplitWanted) -> None:
        """Pick which of the entity's names becomes an entity of its own."""
        # Imported when first wanted, not before the first paint.
        from reader.core.store.corrections import split_entity
        from reader.ui.screens.alias_picker import AliasPicker

        entity = event.entity
        if entity is None or not entity.other_forms:
            self.app.say("This entity has no other name to split out")
            return
        if self.app.correcting:
            self.app.say("Wait: the last correction is still being applied")
            return

        def chosen(alias: str | None) -> None:
            if alias:
                decision = split_entity(self.app.analysis, entity, (alias,))
                said = undoable(self.app, f"Split {alias} out of {entity.name}")  # the key first: a long line is cut
                dossier, computed = self.app.dossier, self.app.uncorrected
                named_in = {m.article for m in entity.mentions if dossier.article(m.article).text(m) == alias}
                # An entity merged in earlier comes back whole: where it was named, by any of its forms.
                merged_in = next((e for e in computed.entities if e.name == alias and e.id != entity.id
                                  and set(e.mentions) <= set(entity.mentions)), None) if computed else None
                named_in = set(merged_in.articles) if merged_in else named_in
                if len(named_in) == 1:
                    # The panel lists shared entities only: say where one that is no longer shared went.
                    said += f"; only {dossier.article(named_in.pop()).name} names it, so the panel no longer lists it"
                self.post_message(Correct(decision, said))

        self.app.push_screen(AliasPicker(entity), chosen)

    # Status ------------------------------------------------------------------
    def say(self, message: str, timeout: float) -> None:
        """Lead the status line with ``message`` for ``timeout`` seconds: as vim's message line,
        it stays on this screen, where a toast would be drawn again on every view opened meanwhile."""
        if self._unsay is not None:
            self._unsay.stop()
        self.said, self._said_in = message, self.app.article_id
        self._unsay = self.set_timer(timeout, self.unsay)
        self._update_status()

    def unsay(self) -> None:
        """Take the answer off the status line (its time is up, or a key made it stale)."""
        if self._unsay is not None:
            self._unsay.stop()
        self.said, self._unsay = "", None
        self._update_status()

    def _conflicts_read(self) -> str:
        """The figure conflicts of the passages on screen, whose gutters' ``!`` mark them, one
        group each (``! ladder: 9 in A; 4 in B, C``), in reading order; else ``""``."""
        app = self.app
        conflicts = app.index.conflicts(app.article_id) if app.analysis is not None else {}
        if not conflicts:
            return ""
        from reader.core.findings.figure_groups import group_line  # with the analysis, after the first paint

        at, headline = self.query_one(ArticleView).shown()
        # Only the few sentences with a conflict are looked at (a sentence's index is its place).
        sentences = app.analysis.sentences.get(app.article_id, ())

        def shown(i: int) -> bool:
            if i == HEADLINE:
                return headline
            return at is not None and sentences[i].span.overlaps(at)

        groups = tuple(dict.fromkeys(g for i in sorted(filter(shown, conflicts)) for g in conflicts[i]))
        analysis, dossier, read, line = self._conflict_line
        if analysis is not app.analysis or dossier is not app.dossier or read != groups:
            name = app.dossier.names.get
            line = " · ".join(f"{CONFLICT_SIGN} " + group_line(g, lambda a: name(a, a)) for g in groups)
            self._conflict_line = (app.analysis, app.dossier, groups, line)
        return line

    def _read_on(self) -> None:
        """Scrolled: the status line follows when the passages shown bring or end a conflict note."""
        if self._conflicts_read() != self.conflicts_said:
            self._update_status()

    def _update_status(self) -> None:
        status = self.query_one(StatusLine)
        app = self.app
        parts = []
        left_out: tuple[str, ...] = ()  # said at length when the line has room
        if app.progress:
            parts.append(app.progress)
        # The walk first, the report after: a narrow line cuts the end, and the list shows the report.
        if self.walk:
            where = walk_place(self.position, len(self.walk), self.ahead)  # between two places: the next one's
            if self.walk_kind == "search":
                reports = len({s.article for s in self.walk})
                found = f"{where} in {reports} report{'s' * (reports != 1)}"
                parts.append(f"{self.walk_figure}: {found}, {self.walk_also} (n/N)" if self.walk_figure
                             else f"search {self.walk_label}: {found} (n/N)")
            elif self.walk_kind == "unique":
                parts.append(f"only in {self.walk_label}: passage {where} (n/N)")
            else:
                entity = app.index.any_entity(app.entity_id)
                reach = f" in {counted_of(len(entity.articles), len(app.dossier.articles), 'report')}" if entity else ""
                parts.append(f"{self.walk_label}{reach}: mention {where} (n/N)")
                left_out = (reach,)  # the panel lists the reports; the line keeps the one the mention is in
        if (marked := app.index.any_entity(app.marked_entity)) is not None:
            parts.append(f"{marked.name} marked (M on another merges the two)")
        if app.weaker_shown:  # the shares and gutters count them: said before the report, which a note may cut
            parts.append(WEAKER_ON)
        article, shares = app.dossier.by_id.get(app.article_id), ""
        if article is not None:
            n = [a.id for a in app.dossier.articles].index(article.id) + 1
            # The shares in full, which the report list cuts (its rows are some 20 cells wide).
            parts_shared = share_parts(app.analysis, article.id) if app.analysis is not None else []
            shares = f"({' · '.join(parts_shared)})" if parts_shared else ""  # a dossier's one report: none
            # A conflict note comes between the report and its shares: a long note cuts neither the
            # report off the line (it comes first) nor itself off while it fits (the shares go first, their last
            # figures first: ``StatusLine.spare``); i shows it all.
            self.conflicts_said = self._conflicts_read()
            report = f"report {n}/{len(app.dossier.articles)}: {article.name}"
            if self.conflicts_said:
                parts.append(f"{report} {self.conflicts_said} {shares}".rstrip())
            else:
                parts.append(f"{report} {shares}".rstrip())
        else:
            self.conflicts_said = ""
        # One fixed-size line: no layout pass needed, which keeps key presses cheap; unfolded (i),
        # its height follows the text.
        self._unsaid = " · ".join(parts)
        status.spare, status.cuts = shares, left_out
        status.update(" · ".join([self.said, *parts] if self.said else parts), layout=self.has_class("-details"))

    def details_cut(self) -> bool:
        """Whether the status line folded cuts what it says, the answer left out (``i`` asks)."""
        return cuts(self.query_one(StatusLine), Text(self._unsaid), 1)
