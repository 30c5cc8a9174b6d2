"""DossierApp: stylesheets, global keys, the analysis worker, and state every screen shares.

API for screens (the reader, compare, N-way and coverage screens all use it):

* ``build_app(dossier, *, analysis=None, folder=None)`` - the one factory (CLI and tests).
  ``folder`` is where the dossier was read from: its corrections sidecar is
  applied on open (see :mod:`reader.core.store.corrections`) and decisions are saved there.
  With ``analysis`` given the app is deterministic (no worker, no blinking
  cursor: ``app.steady`` is True); without it the first screen paints at once
  and :func:`reader.core.store.cache.analyse_cached` runs in a thread worker, the analysis
  itself in a child process (the thread would starve the event loop of the interpreter lock).
* ``app.dossier`` (a :class:`~reader.core.model.Dossier`; the command line reads only a
  first screenful of a big folder, and the worker swaps in the whole dossier before it
  analyses, forwarding :class:`DossierLoaded` to every screen), ``app.analysis``
  (a var; ``None`` until ready), ``app.index`` (a
  :class:`~reader.ui.render.RenderIndex`, rebuilt when the analysis lands).
  ``app.require_analysis()`` is the analysis, or ``None`` after telling the user it is
  still running. A screen reacts to the analysis with
  ``self.watch(self.app, "analysis", callback)`` or by handling
  :class:`AnalysisReady`, which the app forwards to every screen on the stack.
* Shared selection (Textual vars: watchable, and setting one repaints nothing;
  screens read and set them, the app never touches widgets): ``app.article_id`` (the report in focus), ``app.entity_id``
  (the chosen shared entity or ``None``), ``app.highlight_style`` (a Pygments
  style name; ``""`` means the theme's default), ``app.location`` (a
  :class:`~reader.core.model.Span` the reader scrolls to and marks).
* Navigation actions any screen may call: ``app.action_show_article(id)``,
  ``app.action_show_passage(span)`` (pops back to the reader, switches
  report, scrolls to the span), ``app.action_show_entity(entity_id)``,
  ``app.action_show_link(link_id)`` (every version of the link: the N-way view).
* Messages (:mod:`reader.ui.messages`; no screen or widget imports this module): the app
  forwards :class:`~reader.ui.messages.AnalysisReady` and
  :class:`~reader.ui.messages.DossierLoaded` to every screen, and handles the requests that
  bubble up to it: :class:`~reader.ui.messages.Correct` adds a user's decision (a
  :mod:`reader.core.store.corrections` value; ``app.action_undo_decision()`` drops the last),
  saves the sidecar in a thread (a failed save is a notification; decisions stay for the
  session) and re-applies every decision to ``app.uncorrected`` (the analysis as computed) in
  another, findings included; when that is done (:class:`~reader.ui.messages.Corrected`) it sets
  ``app.analysis`` and forwards ``AnalysisReady``; :class:`~reader.ui.messages.MarkEntity`
  marks an entity or merges it with the one marked; :class:`~reader.ui.messages.OpenCompare`,
  :class:`~reader.ui.messages.OpenVersions`, :class:`~reader.ui.messages.OpenCoverage`,
  :class:`~reader.ui.messages.OpenNaming` and :class:`~reader.ui.messages.OpenConcordance` push those views. The app alone pushes them, so screens never import one another.
  The compare view, the N-way view, the quote tracker and the coverage matrix are built once, ahead, and shown
  again on each key (:meth:`DossierApp.open_view`, :mod:`reader.ui.kept`).
* Where the user left the dossier (:mod:`reader.core.store.reading`): read when the app is built
  with a ``folder`` (``article_id``, the theme, ``highlight_style`` and ``weaker_shown`` start
  there, and ``app.resume_offset`` says where the reader scrolls to), saved by every way out
  (:meth:`DossierApp.exit`, asking the reader screen's ``reading_place()``), closing the
  terminal (``SIGHUP``) and ``SIGTERM`` included.
* ``app.highlighting`` (a var): whether quotations, figures and dates are coloured yet. The command
  line's first frame goes without them (:func:`_after_first_paint`); the reader screen repaints
  its panes when they land.
* ``app.weaker_shown`` is ``W``: the user's choice, kept whatever analysis comes next (the
  worker's, a corrected one); ``app.without_weaker`` is then the analysis without them.
* ``app.action_export(format)`` (the palette's ``Export: …``) asks for a file and writes it.
* ``app.action_compare()`` (key ``c``) opens the compare view on ``app.article_id``; a new
  compare view replaces the one already open (:meth:`DossierApp.open_compare`).
* A screen lists the widget classes whose keys the help screen should show in
  a ``HELP_WIDGETS`` class attribute (each titled by its ``HELP_TITLE``, else
  its class name); the help screen reads every screen's ``BINDINGS``.
"""

from __future__ import annotations

import os
import signal
import threading
from functools import cached_property, partial
from importlib import import_module
from pathlib import Path
from time import monotonic
from typing import TYPE_CHECKING

from textual import events, on, work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.notifications import Notification, Notify
from textual.reactive import var
from textual.screen import ModalScreen
from textual.widget import AwaitMount
from textual.worker import Worker, get_current_worker

from reader import collector
from reader.core.model import Dossier, Problem, Span, problems_summary
from reader.core.safe_text import inert_line
from reader.resources import styles_dir
from reader.ui.focus import focus_auto
from reader.ui.messages import (
    AnalysisFailed,
    AnalysisProgressed,
    AnalysisReady,
    Correct,
    Corrected,
    CorrectionsRead,
    DossierLoaded,
    HighlightingLoaded,
    MarkEntity,
    OpenCompare,
    OpenConcordance,
    OpenCoverage,
    OpenNaming,
    OpenVersions,
    Versions,
    VersionsAhead,
    WeakerReady,
)
from reader.ui.render import WEAKER_SIGN, RenderIndex, with_weaker
from reader.ui.type_ahead import OneKeyAtATime
from reader.ui.wording import counted, keys_shown, no_rows, one_report, undoable

if TYPE_CHECKING:  # in annotations only: reader.core.model defines it once an analysis is asked for
    from collections.abc import Callable, Iterator

    from textual.command import Provider
    from textual.message_pump import MessagePump
    from textual.timer import Timer

    from reader.core.model import Analysis
    from reader.core.store.corrections import Corrections, Decision
    from reader.ui.commands import Entry
    from reader.ui.kept import KeptView
    from reader.ui.widgets.document_view import Drawn

# Textual caches ``StylesCache.get_inner_outer`` per instance in a class-wide lru_cache: every
# widget's cache of drawn lines was kept until 1,024 later widgets pushed it out. The cache is
# private to Textual: should it move, closed screens are freed later, never a failure.
try:
    from textual._styles_cache import StylesCache

    _forget_drawn_lines = StylesCache.get_inner_outer.cache_clear
except (ImportError, AttributeError):
    def _forget_drawn_lines() -> None:
        """Nothing to forget: this Textual keeps no such cache where we know to look."""


def _read_notice_styles(app: App) -> None:
    """Add Textual's notice widgets' own CSS to ``app``'s stylesheet and parse it: Textual does
    that when the first notice is mounted, ~2.5 ms more on the first key that says something (at
    500 reports, a ``U`` with nothing to undo), on top of the notice's own layout. The widgets are
    private to Textual: should they move, the first notice parses their CSS, as before."""
    try:
        from textual.notifications import Notification
        from textual.widgets._toast import Toast, ToastHolder

        sources = [*ToastHolder()._get_default_css(), *Toast(Notification(""))._get_default_css()]
    except (ImportError, AttributeError, TypeError):
        return
    for location, css, tie_breaker, scope in sources:  # as Widget._post_register adds them
        app.stylesheet.add_source(css, read_from=location, is_default_css=True, tie_breaker=tie_breaker, scope=scope)
    app.stylesheet.rules_map  # noqa: B018 - parsed now, not on the first notice


DARK_THEME = "textual-dark"
LIGHT_THEME = "textual-light"


REST = 1.0
"""Seconds without a key or a mouse event after which the reader is at rest: a full collection
then makes no key wait (see :mod:`reader.collector`)."""

QUIET = 0.1
"""Seconds without a key after which a repaint no key asked for (the colours landing) is done."""

KEYS_OF_OTHER_VIEWS = (
    "x", "X", "A", "w", "d", "o", "r", "T", "F", "M", "S", "comma", "full_stop", "left_curly_bracket", "right_curly_bracket",
    "e", "u", "K", "L", "m", "y", "slash", "left_square_bracket", "right_square_bracket",
)
"""Keys that only some screens or panels take (the compare view's ``x``, the entity panel's ``F``,
the reader's ``e``): pressed anywhere else they say where they work
(:func:`reader.ui.screens.help.where_key_works`). Moving keys (``j``, ``n``, ``g``...) are left
out: most views take them."""

VIEWS = ("compare", "nway", "coverage", "quotes", "help", "naming", "concordance")
"""The modules (in :mod:`reader.ui.screens`) of the views the reader's keys open (the help's import,
with the HTML report's wording it reuses, was 13 ms of the first ``?``)."""

KEPT_VIEWS = (("compare", "CompareScreen"), ("nway", "NWayScreen"), ("quotes", "QuotesScreen"), ("coverage", "CoverageScreen"))
"""The views built once and shown again (:mod:`reader.ui.kept`), by module and class:
built ahead in this order once an analysis is shown."""

PROBLEM_ROWS = 6
"""The notices name each file not opened (or opened with a caveat) when all of them take at most a
sixth of the screen's rows (4 of 24, 6 of 40), else count them in one line: they take their rows from
the article, and a fact-checker opening a dossier came to read it, not the list (``ctrl+p`` ›
Problems scrolls through any number)."""

LEAVE_GRACE = 5.0
"""Seconds the program has to shut down, once a signal asked it to, before it ends without finishing."""
LEAVE_SCREEN = b"\x1b[<u\x1b[?1000l\x1b[?1003l\x1b[?1015l\x1b[?1006l\x1b[?1016l\x1b[?1004l\x1b[?2004l\x1b[?2048l\x1b[?7h\x1b[?1049l\x1b[?25h"
"""What gives a terminal back when the shutdown could not: the modes Textual turns on (kitty keys,
mouse, focus reports, bracketed paste, resize reports) off, lines wrapping again, the main screen
back, the cursor shown."""
DETAIL_LINES = "#status, #compare-status, #coverage-details"
"""The lines ``i`` unfolds (app.tcss, compare.tcss): Escape folds them first only on a view that has one."""


def _index(analysis: Analysis) -> None:
    """What keys look up in ``analysis``, built by the worker that made it, not on the UI thread:
    its tables (mentions, links by report, figures and origins by link), the entities' colours and the
    coverage matrix's rows, in both orders; how alike each link's versions are; each report's links by sentence, which pair it with
    another in the compare view, and the figure conflicts outside links by pair of reports, which the
    compare cursor marks; the conflicting figures by sentence, which the reader's gutter marks; the
    tokeniser, which the N-way view's word differences take passages apart with; and lemminflect's
    lemmas, which the typed differences of a pair the analysis did not set side by side read (the
    compare view's): an analysis read from the cache never loaded them, and the first such pair
    loaded them on a key (150 ms of the UI thread's CPU on compare's second ``j`` at 500 reports)."""
    from reader.core.entities.colouring import entity_slots
    from reader.core.findings.collation import conflicts_by_sentence, touching_links, unlinked_conflicts_by_pair
    from reader.core.findings.coverage import coverage_of
    from reader.core.findings.likeness import words_alike
    from reader.core.tokens import build_ahead
    from reader.core.vocabulary import load_lemmas

    if len(analysis.dossier.articles) >= 2:  # one report has no pair to type differences of (1 s of CPU saved)
        load_lemmas()
    analysis.build_tables()
    entity_slots(analysis)
    build_ahead()
    for by_origins in (False, True):
        coverage_of(analysis, by_origins=by_origins)
    for link in analysis.links + analysis.weaker_links:  # the kind each view marks and the share of words it says
        words_alike(analysis, link)
    for article in analysis.dossier.articles:
        touching_links(analysis, article.id)
    unlinked_conflicts_by_pair(analysis)
    conflicts_by_sentence(analysis)
    for article in analysis.dossier.articles:  # the gutter's ◆ and the reader's status line: "62% shared"
        analysis.unique_sentences(article.id)
        analysis.shared_fraction(article.id)


def _indexed(computed: Analysis, weaker: bool) -> None:
    """Index ``computed``, and its view with the weaker links while ``W`` shows them."""
    _index(computed)
    if weaker:
        _index(with_weaker(computed))


def _after_first_paint(style: str) -> None:
    """What the command line's first frame goes without, loaded by the analysis worker before it
    analyses (a steady app loads it on its first paint): Pygments and the news-prose lexer, which
    colour quotations, figures and dates. Imported and compiled, they cost ~18 ms of the ~100 the
    reader took over a minimal Textual app to show its first frame; the colours follow a frame later.
    With a ``style`` chosen (a saved one too), the styles it is checked against are found here
    (~100 ms, which the first palette read with colours, or the check of a saved style before the
    first frame, spent on the UI thread)."""
    from reader.report.highlight import style_names

    if style:
        for dark in (True, False):
            style_names(dark)


class _Cancelled(Exception):
    """Raised from the progress callback to stop a cancelled analysis."""


FIRST_STYLES = ("app.tcss", "palette.tcss")
"""The stylesheets of the reader's screen, its help and notices: read at start. The other views'
sheets (compare, quotes, dialogs...) were two thirds of the CSS parsed before the first paint:
they are read once an analysis is shown (:meth:`DossierApp._ready_views`), or when a screen is
pushed over the reader before that."""


def _stylesheets(*, first: bool) -> list[Path]:
    return sorted(path for path in styles_dir().glob("*.tcss") if (path.name in FIRST_STYLES) == first)


def _reader_commands() -> type[Provider]:
    """The palette's own provider (reports, entities, links, styles), imported when the palette
    first opens: not before the first paint (Textual takes a callable in ``COMMANDS`` for that)."""
    from reader.ui.commands import ReaderCommands

    return ReaderCommands


class DossierApp(OneKeyAtATime, App[None]):
    """Routes keys (one at a time: see :mod:`reader.ui.type_ahead`) and owns shared state;
    screens do the drawing."""

    CSS_PATH = _stylesheets(first=True)
    COMMANDS = App.COMMANDS | {_reader_commands}
    TITLE = "dossier-reader"
    BINDINGS = [
        Binding("question_mark", "help", "Help", key_display="?"),
        Binding("c", "compare", "Compare"),
        Binding("c", "one_report('Compare')", "", show=False),  # with one report: says why, off the key bar
        Binding("Q", "quotes", "Quotes", key_display="Q", show=False),
        Binding("ctrl+z,U", "undo_decision", "Undo correction", show=False),
        Binding("W", "toggle_weaker", "Weaker links", key_display="W", show=False),
        Binding("t", "toggle_theme", "Light/dark", show=False),
        Binding("s", "next_style", "Highlight style", show=False),
        Binding("i", "toggle_details", "Details", show=False),
        # q closes a view, and quits only from the reader; ctrl+c quits from anywhere.
        Binding("q", "close", "Close"),
        Binding("q", "quit", "Quit"),
        Binding("ctrl+c", "exit", "Quit from anywhere", show=False, priority=True),
        # Escape takes the notices first on every screen showing them (the key bar names it so).
        Binding("escape", "dismiss_notices", show=False, priority=True),
        # Keys of other screens and panels, pressed where nothing takes them: said, not ignored.
        *(Binding(key, f"elsewhere('{key}')", show=False) for key in KEYS_OF_OTHER_VIEWS),
    ]

    analysis: var[Analysis | None] = var(None, init=False, always_update=True)
    article_id: var[str] = var("", init=False)
    entity_id: var[str | None] = var(None, init=False)
    highlight_style: var[str] = var("", init=False)
    location: var[Span | None] = var(None, init=False, always_update=True)
    progress: var[str] = var("")
    highlighting: var[bool] = var(True, init=False)
    """Whether quotations, figures and dates are coloured yet (see :func:`_after_first_paint`)."""
    notices: var[tuple[tuple[str, str | tuple[str, ...]], ...]] = var(())
    """The notices shown under the panes of every screen (title, notice, as told: the strip makes
    them inert), until escape or :data:`~reader.ui.widgets.notices.NOTICE_SECONDS` (see :meth:`tell`)."""
    marked_entity: var[str | None] = var(None, init=False)
    """The entity ``M`` marked: the next ``M`` on another merges the two (the status line says so)."""
    correcting = False
    """A correction is being applied (the status line says which): until it is shown the entity
    panel lists entities it may take away, so ``M`` and ``S`` wait for it."""
    leaving = False
    """:meth:`exit` was called: no view is pushed or built ahead any more (see :meth:`push_screen`)."""
    _frame_shown = False
    """The first frame is shown (Textual's ``Ready``): the reader screen is mounted, whole."""
    _leave_with: tuple | None = None
    """:meth:`exit`'s arguments when it was asked before the first frame, which answers it."""

    def __init__(
        self, dossier: Dossier, *, analysis: Analysis | None = None, folder: Path | None = None, follow_links: bool = False
    ) -> None:
        super().__init__()
        self.dossier = dossier
        self.steady = analysis is not None
        self.set_reactive(DossierApp.highlighting, self.steady)  # else loaded by the analysis worker
        self.index = RenderIndex(dossier, analysis)
        self._given = analysis
        self.folder = folder
        self.follow_links = follow_links
        self.uncorrected: Analysis | None = analysis
        self._saved: Corrections | None = None  # the decisions as this reader last read (with the analysis) or saved them
        self.palette_entries: tuple[Dossier, Analysis | None, tuple[Entry, ...]] | None = None
        """The command palette's entries, with the dossier and analysis they were made from: made
        when the palette is first used after either changed, not on every key (see
        :meth:`reader.ui.commands.ReaderCommands.entries`)."""
        self.help_rows: dict[tuple, Drawn] = {}
        """The help's rows as last drawn from each kind of screen, so ``?`` draws them once
        (:class:`reader.ui.widgets.document_view.DocumentView`)."""
        self.weaker_shown = False
        """``W``: show the weaker links among the confident ones, in this analysis and the next."""
        self.without_weaker: Analysis | None = None
        """While ``W`` shows the weaker links: the analysis without them."""
        self._weakening: Analysis | None = None
        """The analysis whose weaker links ``W`` asked to show, while a worker makes their view."""
        self._weaker_worker: tuple[Analysis, Worker] | None = None
        """The worker making an analysis's view with its weaker links: one at a time per analysis
        (``W`` pressed thrice fast made that view twice, and showed the one not kept)."""
        self._weaker_notice: Notification | None = None
        """The notice saying what the weaker links shown are, while it may still be up."""
        self._save_lock = threading.Lock()
        self._untell: Timer | None = None
        self._answer: tuple[Notification, int] | None = None
        """The answer :meth:`say` last showed as a notice, and the ``id`` of the screen it answered on
        (not the screen: a closed one must be freed)."""
        self._unread_styles = _stylesheets(first=False)
        self._unready_views: list[str] | None = None  # the views' modules left to import, once an analysis is shown
        self._unbuilt_views = list(KEPT_VIEWS)
        self._notice_styles_read = False
        self._styles_found = False
        self._kept_views: dict[type[KeptView], KeptView] = {}
        self._ahead: Iterator[None] | None = None
        """The steps of the view being drawn ahead (see :meth:`draw_ahead`)."""
        self._last_input = monotonic()
        self.theme = DARK_THEME
        self.set_reactive(DossierApp.article_id, dossier.articles[0].id if dossier.articles else "")
        self.resume_offset: int | None = None
        """Where the reader stood in ``article_id`` when this dossier was last closed (a body offset)."""
        self._state_problem = self._resume() if folder is not None else None

    # Where the user left the dossier -------------------------------------------
    def _resume(self) -> Problem | None:
        """Reopen where the user left this dossier: the report, the place in it, the theme and the
        style, each only if it still exists (the file is untrusted, the dossier may have changed)."""
        from reader.core.store.reading import load_reading_state

        state, problem = load_reading_state(self.folder)
        if state.theme in self.available_themes:
            self.theme = state.theme
        # Taken unchecked: finding Pygments' styles to check it against took ~20-50 ms before the
        # first frame. It is checked once they are found, off that path (:meth:`_keep_known_style`),
        # and meanwhile an unknown name draws as the theme's default (``style_for``).
        self.set_reactive(DossierApp.highlight_style, state.style)
        if state.article in self.dossier.by_id:
            self.set_reactive(DossierApp.article_id, state.article)
            self.resume_offset = state.offset
        self.weaker_shown = state.weaker
        return problem

    def exit(self, result: None = None, return_code: int = 0, message=None) -> None:
        """Every way out (``q``, ``ctrl+c``, the palette) first stops an analysis still running (its
        process is killed now, not when the worker notices) and saves where the user is; a failure
        is said on the terminal once the screen is back. Asked before the first frame (a key or a
        signal read as the program starts), it waits for that frame: left while the reader screen
        mounted, Textual took its widgets away from under those still mounting, whose mount then
        found the others gone (``NoMatches``, a traceback, status 1)."""
        if not self._frame_shown:
            self._leave_with = (result, return_code, message)
            return
        from reader.core.store.apart import stop_all

        self.leaving = True
        stop_all()
        if self.folder is not None:
            from rich.text import Text

            from reader.core.store.reading import ReadingState, save_reading_state

            place = self.screen_stack[0].reading_place() if self.screen_stack else None
            state = ReadingState(self.article_id, place, self.theme, self.highlight_style, self.weaker_shown)
            if (problem := save_reading_state(self.folder, state)) is not None and message is None:
                message = Text(inert_line(str(problem)))
        super().exit(result, return_code, message)

    def notify(self, message: str, *, title: str = "", severity="information", timeout=None, markup: bool = False) -> None:
        """Show ``message`` as plain, inert text on one line whatever ``markup`` says (widgets pass
        True): notifications quote file and folder names, header values, names and queries, which
        must never be read as markup nor reach the terminal as escapes or line breaks."""
        super().notify(inert_line(message), title=inert_line(title), severity=severity, timeout=timeout, markup=False)

    def tell(self, title: str, notice: str | tuple[str, ...]) -> None:
        """Show ``notice`` (a line, or lines) under ``title`` in the notices strip of every screen (told again, a title
        replaces its line) for :data:`~reader.ui.widgets.notices.NOTICE_SECONDS`, or until escape.
        Kept as said: the strip that shows it makes it inert (:class:`~reader.ui.widgets.notices.Notices`)."""
        from reader.ui.widgets.notices import NOTICE_SECONDS

        self.notices = (*((told, said) for told, said in self.notices if told != title), (title, notice))
        if self._untell is not None:
            self._untell.stop()
        self._untell = self.set_timer(NOTICE_SECONDS, self.dismiss_notices)

    def dismiss_notices(self) -> None:
        """Take the notices away (their time is up, or escape: see :meth:`action_dismiss_notices`)."""
        if self._untell is not None:
            self._untell.stop()
            self._untell = None
        self.notices = ()

    def action_dismiss_notices(self) -> None:
        """Escape, the notices showing: they go before anything else escape would undo (a search,
        the entity panel, the view itself), and the next escape is a first one."""
        self.dismiss_notices()
        self.key_spent()

    def _escape_dismisses(self) -> bool:
        """Whether escape takes the notices now: there are some, the screen on top shows them (a
        dialog has no strip: escape closes it), and the focus is not in a field with an escape of
        its own (the search prompt closes first, as the key bar says)."""
        screen = self.screen
        if not self.notices or not screen.query_children("#notices"):
            return False
        focused = screen.focused
        fields = [node for node in (focused.ancestors_with_self if focused else ()) if node not in (screen, self)]
        return not any("escape" in node._bindings.key_to_bindings for node in fields)

    def say(self, message: str, timeout: float = 3) -> None:
        """A short answer or confirmation (nothing to undo, copied, wrapped round): in the status
        line of the screen that has one (its ``say``), as vim's message line; a toast elsewhere.
        Toasts are kept for what needs attention: Textual draws one again, with two layouts, on
        every screen opened while it lasts, which slows the keys that follow it."""
        said = getattr(self.screen, "say", None)
        if said is None:
            # One answer at a time, as in a status line: "Took … out of the link" stayed over the
            # "Undid …" that made it untrue (and the next screen's panel), so the next replaces it.
            self._drop_answer()
            answer = Notification(inert_line(message), "", "information", timeout, markup=False)
            self._answer = (answer, id(self.screen))
            self.post_message(Notify(answer))
        else:
            said(inert_line(message), timeout)

    def unsay(self) -> None:
        """Take back the short answer an earlier key got: an ``n`` that did not wrap round must not
        stand under "Wrapped round to the first hit" (a status line's answer otherwise stays its
        seconds, as a notice does)."""
        unsaid = getattr(self.screen, "unsay", None)
        if unsaid is not None:
            unsaid()
        else:
            self._drop_answer()

    def _drop_answer(self, left: object = None) -> None:
        """Take the last answer's notice away (only if it answered on screen ``left``, when given)."""
        if self._answer is not None and (left is None or id(left) == self._answer[1]):
            self._unnotify(self._answer[0])
            self._answer = None

    # Lifecycle ---------------------------------------------------------------
    def get_default_screen(self):
        from reader.ui.screens.reader import ReaderScreen

        return ReaderScreen()

    def on_mount(self) -> None:
        self._leave_on_signals()
        self.app_resume_signal.subscribe(self, self._draw_all_again)
        self._notify_problems(self.dossier.problems)
        if self._state_problem is not None:
            self.tell("Reading state", str(self._state_problem))
        self.call_after_refresh(self._collect_again)
        if self._given is not None:
            self.call_after_refresh(self._keep_known_style)  # its first frame looked the styles up already
            if self.folder is not None:
                from reader.core.store.corrections import with_saved_corrections

                corrected, self.corrections, problem = with_saved_corrections(self._given, self.folder)
                self._saved = self.corrections
                self._show_problem(problem)
                self._given = corrected
            self.analysis = self._shown(self._given)
            self._tell_story(self._given)
            self._tell_restored_weaker(self._given)
        else:
            unread = self.dossier.unread
            self.progress = f"reading {unread} more report{'s' * (unread != 1)}…" if unread else "analysing…"
            # Paint first: the worker thread competes for the interpreter lock.
            self.call_after_refresh(self._start_analysis)

    def _leave_on_signals(self) -> None:
        """Closing the terminal (``SIGHUP``) or being asked to stop (``SIGTERM``, or ``SIGINT`` from
        ``kill``: the terminal's own ctrl+c is a key) leaves as ``q`` does, where the user is saved
        first; the exit status says which signal it was. Python's own handlers, not the event loop's:
        they run between any two steps of the UI thread, so a loop that never gets round to its
        callbacks still hears them."""
        if self.is_headless:
            return  # under a test runner, whose signals are its own
        import asyncio

        loop = asyncio.get_running_loop()
        for name in ("SIGHUP", "SIGTERM", "SIGINT"):
            if (number := getattr(signal, name, None)) is not None:
                signal.signal(number, partial(self._leave_on_signal, loop))

    def get_driver_class(self):
        """Textual's own driver, but on a POSIX terminal the one taking the shell's stop and continue in the
        event loop whenever the screen writer is locked (:mod:`reader.ui.stopping`)."""
        driver = super().get_driver_class()
        if driver.__name__ != "LinuxDriver":  # headless under tests, Windows, or one named in TEXTUAL_DRIVER
            return driver
        from reader.ui.stopping import LockSafeStopDriver

        return LockSafeStopDriver

    def _draw_all_again(self, _app: object = None) -> None:
        """Continued after a stop (``fg`` after ``ctrl+z`` in a shell, ``kill -CONT``): the alternate
        screen Textual takes again is blank, and nothing has changed for it to draw: all of it, then."""
        self.refresh(layout=True)

    def _leave_on_signal(self, loop, number: int, _frame) -> None:
        """Leave as ``q`` does, the state saved first; should the shutdown stall (on a vanished
        terminal, seen under load with the program alive 30 s after; or on a loop kept busy), end
        anyway :data:`LEAVE_GRACE` seconds on."""
        code = 128 + number
        timer = threading.Timer(LEAVE_GRACE, self._end_now, args=(code,))
        timer.daemon = True  # a shutdown that ends in time ends the timer with it
        timer.start()
        leave = self._hang_up if number == getattr(signal, "SIGHUP", None) else self.exit
        try:
            loop.call_soon_threadsafe(partial(leave, return_code=code))
        except RuntimeError:  # the loop is closed: the program is ending already
            pass

    def _hang_up(self, return_code: int) -> None:
        """The terminal is gone (its window closed, an SSH connection dropped): leave as ``q`` does,
        the state saved, then end at once. Textual's shutdown writes to the terminal: its writer
        thread died on the first write error, and the shutdown then waited on the writer's full
        queue until :data:`LEAVE_GRACE` (half the time with the palette open)."""
        self.exit(return_code=return_code)
        if self.leaving:  # before the first frame exit() waits for it, and the grace ends it
            self._end_now(return_code)

    def on_ready(self) -> None:
        """The first frame is shown: a way out taken before it is taken now."""
        self._frame_shown = True
        if self._leave_with is not None:
            self.exit(*self._leave_with)

    def _end_now(self, code: int) -> None:
        """End without finishing the shutdown, the terminal given back as far as it still can be: its
        modes as they were before the reader, the screen it showed, its cursor."""
        import sys
        import termios

        try:
            if (before := getattr(self._driver, "attrs_before", None)) is not None:
                termios.tcsetattr(sys.__stdin__.fileno(), termios.TCSANOW, before)
            os.write(sys.__stderr__.fileno(), LEAVE_SCREEN)
        except (OSError, termios.error, ValueError):  # the terminal is gone: nothing to give back
            pass
        os._exit(code)

    def push_screen(self, screen, *args, **kwargs):
        """Every screen shown over the reader (a view, a dialog, the palette) comes here: the first
        reads the other views' stylesheets, so the new screen mounts styled. Added to the sheets
        already parsed, each is parsed alone (Textual's own ``Screen.CSS_PATH`` would re-parse
        every sheet on the first push). None once the app is leaving (a key read after a ``kill``):
        Textual would close it before it is composed, and its mount would find no widgets to draw in."""
        if self.leaving:
            return AwaitMount(self.screen, [])
        self._read_view_styles()
        return super().push_screen(screen, *args, **kwargs)

    def _read_view_styles(self) -> None:
        while self._unread_styles:
            self._read_view_style()

    def _read_view_style(self) -> None:
        """Read and parse the next of the views' stylesheets (parsed alone: the others' rules are cached)."""
        self.stylesheet.read(self._unread_styles.pop(0))
        self.stylesheet.rules  # noqa: B018 - parsed now, not on the first push

    def _ready_views(self) -> None:
        """Once an analysis is shown, what the first ``c``, ``w``, ``m`` or ``Q`` would otherwise
        load while the user waits (the views' modules, their stylesheets parsed, the kept views
        built; then the notices' stylesheet, which the first notice would parse, and, once the user
        rests, the highlight styles, which the first ctrl+p would look for), one module, sheet
        or view per turn: a key typed meanwhile waits for one step (at most a few ms), not for all
        of them, and none waits for the user to rest first."""
        if self._unready_views:
            import_module(f"reader.ui.screens.{self._unready_views.pop(0)}")
        elif self._unread_styles:
            self._read_view_style()
        elif self._unbuilt_views:
            if (view := self._build_ahead(*self._unbuilt_views.pop(0))) is not None:
                # Its compose and mount (~30 ms at 500 reports) come first, as a step of their own:
                # four views' back to back kept the first key after start-up waiting for them all.
                view.call_after_refresh(self._next_ready_step)
                return
        elif not self._notice_styles_read:
            self._notice_styles_read = True
            _read_notice_styles(self)
        elif not self._styles_found:
            # The highlight styles the palette lists (its ``Style:`` entries), found once (~30 ms of
            # CPU, Pygments asking every package for plugins): the first ctrl+p's otherwise. Once the
            # user rests: right after start-up it held the first keys typed.
            self._styles_found = True
            self.when_quiet(REST, self._find_styles)
        else:
            return
        self._next_ready_step()

    def _find_styles(self) -> None:
        from reader.report.highlight import style_names

        style_names(self.current_theme.dark)

    def _next_ready_step(self) -> None:
        from reader.ui.drawing import next_turn

        next_turn(self, self._ready_views)

    def _build_ahead(self, module: str, name: str) -> KeptView | None:
        """Build the kept view ``name`` on the analysis shown and mount it off the stack, as
        ``push_screen`` mounts a screen: its first key then only shows it. Textual has no public
        way to mount a screen without showing it; should its private ``App._register`` go, the
        view is built on its first key instead."""
        view_type = getattr(import_module(f"reader.ui.screens.{module}"), name)
        register = getattr(self, "_register", None)
        # Leaving, as in push_screen.
        if view_type in self._kept_views or self.analysis is None or register is None or self.leaving:
            return None
        if (view := view_type.ahead(self.analysis)) is not None:
            self._keep(view)
            register(self, view)
        return view

    def _keep(self, view: KeptView) -> None:
        self._kept_views[type(view)] = view
        self.install_screen(view, f"kept-{type(view).__name__}")

    async def open_view(self, view_type: type[KeptView], *args, **kwargs) -> None:
        """Open a kept view (:mod:`reader.ui.kept`) on ``args`` (its constructor's): the
        one built before, shown again on them, unless it is open lower in the stack (then a new
        one, dropped when closed). One built ahead a moment ago may still be mounting, its
        widgets not all there yet: it is reopened once its own ``on_mount`` has filled it, unless the
        app has exited (a signal while it mounted): composed after that, it has no widgets to show in."""
        view = self._kept_views.get(view_type)
        if view is not None and view not in self.screen_stack:
            if not view.is_mounted:
                await AwaitMount(view, [view])
            if not view.is_attached:
                return
            view.reopen(*args, **kwargs)
        else:
            view = view_type(*args, **kwargs)
            if view_type not in self._kept_views:
                self._keep(view)
        await self.open_screen(view)

    def _collect_again(self) -> None:
        """After the first paint (the command line paused the collector for start-up); full
        collections from now on only once the user has stopped typing (see :mod:`reader.collector`)."""
        collector.started()
        self.set_interval(REST / 2, self._collect_at_rest)

    def _collect_at_rest(self) -> None:
        if self.quiet_for >= REST:
            collector.at_rest()

    @property
    def quiet_for(self) -> float:
        """Seconds since the last key or click: work done ahead waits for the user to rest."""
        return monotonic() - self._last_input

    def when_quiet(self, seconds: float, callback: Callable[[], object], *, timers: MessagePump | None = None) -> None:
        """Call ``callback`` once no key or click came for ``seconds``, waiting on the timers of ``timers``
        (a view's go with it; by default the app's): work no key asked for never makes a key typed
        meanwhile wait."""
        wait = seconds - self.quiet_for
        if wait > 0:
            (timers or self).set_timer(wait, partial(self.when_quiet, seconds, callback, timers=timers))
        else:
            callback()

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.InputEvent):
            self._last_input = monotonic()
        await super().on_event(event)

    def on_unmount(self) -> None:
        collector.stopped()

    def _start_analysis(self) -> None:
        """Import rapidfuzz here, then analyse in the worker. Its modules import each other in a
        circle: while the worker imported them, a key opening a view that needs them (``c`` in the
        first second) imported them too, and one thread got a half-made module and the app died."""
        if self.leaving or self._leave_with is not None:  # Textual cancels the workers as it leaves: not this one
            return
        import rapidfuzz  # noqa: F401

        self._analyse()

    @work(thread=True, exclusive=True, group="analysis")
    def _analyse(self) -> None:
        worker = get_current_worker()

        def report(stage: str, done: int, total: int) -> None:
            if worker.is_cancelled:
                raise _Cancelled
            self.post_message(AnalysisProgressed(stage, done, total))

        _after_first_paint(self.highlight_style)
        self.post_message(HighlightingLoaded())
        try:
            with collector.building():
                try:
                    from reader.core.store.cache import analyse_cached

                    dossier = self.dossier
                    if dossier.unread and self.folder is not None:
                        from reader.core.ingest.loading import load_dossier

                        dossier = load_dossier(self.folder, follow_links=self.follow_links)
                        self.post_message(DossierLoaded(dossier))
                    result, notice = analyse_cached(dossier, progress=report, apart=True)
                    if self.folder is not None:
                        from reader.core.store.corrections import with_saved_corrections

                        uncorrected = result
                        result, corrections, problem = with_saved_corrections(result, self.folder)
                        self.post_message(CorrectionsRead(uncorrected, corrections, problem))
                    _indexed(result, self.weaker_shown)
                finally:
                    # Frozen before the collector is back on, whatever the outcome (an analysis stopped
                    # by quitting too): its first collection would otherwise scan the millions of
                    # objects built meanwhile (the dossier swapped in, the analysis), with the
                    # interpreter lock held: seconds of keys waiting, or of a quitting reader.
                    collector.keep()
        except _Cancelled:
            return
        except Exception as error:  # noqa: BLE001 - any failure is shown, the articles stay readable
            self.post_message(AnalysisFailed(f"{type(error).__name__}: {error}"))
            return
        if notice is not None:
            self.call_from_thread(self.tell, "Cache", notice)
        self.post_message(AnalysisReady(result))

    @on(HighlightingLoaded)
    def _take_highlighting(self) -> None:
        """Show the colours once no key has come for :data:`QUIET` seconds: their repaint (every row
        of the list and the article, ~12 ms) then delays no key of a burst typed at start-up."""
        self._keep_known_style()
        self.when_quiet(QUIET, lambda: setattr(self, "highlighting", True))

    def _keep_known_style(self) -> None:
        """Forget a saved style no installed Pygments has (the state file is untrusted, a plugin may
        be gone): asked once the worker found the styles (a steady app: after its first frame)."""
        from reader.report.highlight import style_names

        if self.highlight_style and not any(self.highlight_style in style_names(dark) for dark in (True, False)):
            self.highlight_style = ""

    @on(DossierLoaded)
    def _take_dossier(self, message: DossierLoaded) -> None:
        if message.dossier is self.dossier:
            return  # the copy forwarded to a screen, bubbling back
        said = set(self.dossier.problems)
        self.dossier = message.dossier
        self.index = RenderIndex(self.dossier, self.analysis)
        if not said.issuperset(self.dossier.problems):
            self._notify_problems(self.dossier.problems)
        self.progress = "analysing…"
        for screen in self.screen_stack:
            screen.post_message(DossierLoaded(message.dossier))

    @on(CorrectionsRead)
    def _take_corrections(self, message: CorrectionsRead) -> None:
        self.uncorrected, self.corrections = message.uncorrected, message.corrections
        self._saved = message.corrections
        self._show_problem(message.problem)

    def _show_problem(self, problem: Problem | None) -> None:
        if problem is not None:
            self.tell("Corrections", str(problem))

    @on(AnalysisProgressed)
    def _show_progress(self, message: AnalysisProgressed) -> None:
        # Nothing done yet reads as a start ("starting…"), not as a count of none ("starting 0/1").
        counted = f" {message.done}/{message.total}" if message.done else "…"
        self.progress = f"analysing: {message.stage}{counted}"

    @on(AnalysisReady)
    def _take_analysis(self, message: AnalysisReady) -> None:
        if message.analysis is not self.analysis:  # from the worker, not a copy bubbling back
            first = self.analysis is None
            self._show(message.analysis)
            self._tell_story(message.analysis)
            if first:
                self._tell_restored_weaker(message.analysis)

    def _tell_restored_weaker(self, computed: Analysis) -> None:
        """On opening, the caveat of the weaker links a saved W shows, if it shows any."""
        if self.weaker_shown and computed.weaker_links:
            self._tell_weaker(computed, restored=True)

    def _shown(self, computed: Analysis) -> Analysis:
        """``computed`` (as analysed or corrected) as the user asked to see it: with its weaker
        links while ``W`` is on."""
        self.without_weaker = computed if self.weaker_shown else None
        return with_weaker(computed) if self.weaker_shown else computed

    def _show(self, computed: Analysis) -> None:
        """Show ``computed`` (see :meth:`_shown`) on every screen."""
        self.analysis = self._shown(computed)
        for screen in self.screen_stack:
            screen.post_message(AnalysisReady(self.analysis))
        if self._weakening is not None and self._weakening is not computed:
            # W waits for its view, and another analysis (a correction) came: its view then.
            self._weaken(computed)

    def _tell_story(self, analysis: Analysis) -> None:
        """Say whether the reports seem to cover one event, and which are not in English (in the notices:
        see :meth:`tell`)."""
        if notice := analysis.story.notice(analysis.dossier):
            self.tell("Same story?", notice)
        if notice := analysis.story.language_notice(analysis.dossier):
            self.tell("Language?", notice)

    def action_tell_story(self) -> None:
        """The palette's Same story? and Language?: the reader brought forward, the notices on it again."""
        if self.analysis is not None:
            self._back_to_reader()
            self._tell_story(self.analysis)

    def action_toggle_weaker(self) -> None:
        """Show the weaker links among the confident ones, or hide them again."""
        if (analysis := self.require_analysis()) is None:
            return
        computed = self.without_weaker or analysis
        if len(analysis.dossier.articles) < 2:  # no link of any kind: "every link found is shown" misled
            self.say(one_report("Weaker links", "need"), timeout=4)
            return
        if not self.weaker_shown and not analysis.weaker_links:
            self.say("No weaker links: every link found is shown", timeout=4)
            return
        if self._weakening is not None:  # W again before they were shown: they stay hidden
            self._weakening = None
            self.say("Weaker links hidden")
            return
        if not self.weaker_shown:
            # Their view is made and indexed by a worker (its matrix rows, its shares took seconds
            # on the UI thread at 100 reports), then shown (:meth:`_take_weaker`).
            self.say("Showing the weaker links…")
            self._weaken(computed)
            return
        self.weaker_shown = False
        self._show(computed)
        if self._weaker_notice is not None:  # "Showing N weaker links too" would say the opposite
            self._unnotify(self._weaker_notice)
            self._weaker_notice = None
        self.say("Weaker links hidden")

    def _weaken(self, computed: Analysis) -> None:
        """Have a worker make ``computed``'s view with its weaker links, unless one already is."""
        self._weakening = computed
        if self._weaker_worker is not None:
            making, worker = self._weaker_worker
            if making is computed and not worker.is_finished:
                return
        self._weaker_worker = (computed, self._make_weaker(computed))

    @work(thread=True, exclusive=True, group="weaker", description="showing the weaker links")
    def _make_weaker(self, computed: Analysis) -> None:
        with collector.building():
            _index(with_weaker(computed))
        if not get_current_worker().is_cancelled:  # another analysis's view is being made
            self.post_message(WeakerReady(computed))

    @on(WeakerReady)
    def _take_weaker(self, message: WeakerReady) -> None:
        """Show the weaker links ``W`` asked for, unless it was pressed again meanwhile or another
        analysis (a correction) came: :meth:`_show` then asked for that one's."""
        if message.computed is not self._weakening:
            return
        self._weakening = None
        if message.computed is not (self.without_weaker or self.analysis):
            return
        self.weaker_shown = True
        self._show(message.computed)
        if hasattr(self.screen, "say"):  # the status line answers each way: "hidden" left there would say the opposite
            self.say(f"Weaker links shown, marked {WEAKER_SIGN}")
        else:  # the caveat below says it: "Showing the weaker links…" beside it would be stale
            self._drop_answer()
        self._tell_weaker(message.computed)

    def _tell_weaker(self, computed: Analysis, *, restored: bool = False) -> None:
        """The caveat of ``computed``'s weaker links shown, longer than a status line: a notice, taken
        away by the W that hides them. ``restored``: shown because W was on when the dossier was last
        closed, which the user may not remember (the marks alone did not say it)."""
        count = len(computed.weaker_links)
        one = count == 1
        why = "W was on when this dossier was last closed: " if restored else ""
        caveat = (f"{why}Showing {counted(count, 'weaker link')} too, marked {WEAKER_SIGN}: "
                  f"{'its' if one else 'their'} passages may share only background, not one statement; "
                  f"the shares count {'it' if one else 'them'} too (W hides {'it' if one else 'them'})")
        self._weaker_notice = Notification(inert_line(caveat), "", "information", 15 if restored else 6, markup=False)
        self.post_message(Notify(self._weaker_notice))

    # Corrections ----------------------------------------------------------------
    @on(Correct)
    def _correct_requested(self, request: Correct) -> None:
        self.decide(request.decision, request.said)

    @cached_property
    def corrections(self) -> Corrections:
        """The user's decisions: none until the sidecar is read with the analysis (the module
        holding them is imported then, not before the first paint)."""
        from reader.core.store.corrections import Corrections

        return Corrections()

    def decide(self, decision: Decision, said: str) -> None:
        """Add the user's ``decision`` (``said`` tells them what was done), apply and save it."""
        from reader.core.store.corrections import described

        self._correct(self.corrections.adding(decision), said, f"applying {described(decision, self.dossier)}…")

    def action_undo_decision(self) -> None:
        if not self.corrections.decisions:
            self.say("No correction to undo")
            return
        from reader.core.store.corrections import described

        last = described(self.corrections.decisions[-1], self.dossier)
        self._correct(self.corrections.undoing(), f"Undid {last}", f"undoing {last}…")

    def require_analysis(self) -> Analysis | None:
        """The analysis, or ``None`` after telling the user it is still running."""
        if self.analysis is None:
            self.say("The analysis is still running")
        return self.analysis

    def _correct(self, corrections: Corrections, said: str, doing: str) -> None:
        """Apply ``corrections`` (``said`` once done); ``doing`` says what is being done meanwhile,
        at once: the status lines show it, and on a big dossier it takes seconds."""
        if self.require_analysis() is None:
            return
        # Corrected from the analysis as computed: with W on, the one without its weaker links shown.
        self.uncorrected, self.corrections = self.uncorrected or self.without_weaker or self.analysis, corrections
        self.progress, self.correcting = doing, True
        self._apply_corrections(self.uncorrected, corrections, said)
        if self.folder is not None:
            self._save_corrections()

    # Described here: Textual's default description is the arguments' repr, a whole analysis
    # (most of a second at 500 reports, on the UI thread, for every x and U).
    @work(thread=True, exclusive=True, group="correcting", description="applying corrections")
    def _apply_corrections(self, base: Analysis, corrections: Corrections, said: str) -> None:
        """Apply every decision to the analysis as computed, its findings brought up to date,
        in a thread: on a big dossier that takes seconds, which no key may wait for."""
        from reader.core.store.corrections import apply_corrections

        with collector.building():
            corrected = apply_corrections(base, corrections)
            # With W waiting for its view, that view is made here too: shown at once when this lands.
            _indexed(corrected, self.weaker_shown or self._weakening is not None)
        if not get_current_worker().is_cancelled:  # a later decision is being applied
            self.post_message(Corrected(corrected, corrections, said))

    @on(Corrected)
    def _take_correction(self, message: Corrected) -> None:
        """Show the corrected analysis, its weaker links too while W is on, and say so where the
        user reads (:meth:`say`: the status line of the screen on top, a notice on one without).
        A result for corrections no longer the user's is dropped: a worker cancelled by a quick
        undo can post after the one that replaced it (its check passed just before), and the
        screen then showed a correction the sidecar no longer held."""
        if message.corrections is not self.corrections:
            return
        self.correcting = False
        self._show(message.analysis)
        self.say(message.said, timeout=8)
        # The analysis it replaced is garbage in cycles: freed once the screen is drawn, not at the
        # next rest (reader.collector), or corrections made back to back piled it up.
        self.call_after_refresh(collector.replaced)

    @work(thread=True, group="corrections")
    def _save_corrections(self) -> None:
        from reader.core.store.corrections import save_corrections

        # Each save merges what changed since the last one that landed into what is on disk
        # (another reader's decisions included), so saves finishing out of order lose nothing.
        with self._save_lock:
            corrections = self.corrections
            problem = save_corrections(self.folder, corrections, since=self._saved)
            if problem is None:
                self._saved = corrections
        if problem is not None:
            self.call_from_thread(self.tell, "Corrections", f"{problem}; kept for this session only")

    @on(MarkEntity)
    def mark_entity(self, request: MarkEntity) -> None:
        """``M`` on an entity marks it; ``M`` on another merges the two under the fuller name of
        them (:func:`~reader.core.entities.clusters.fuller`), and ``M`` on the marked one unmarks it."""
        from reader.core.entities.clusters import fuller
        from reader.core.store.corrections import merge_entities

        if self.correcting:
            self.say("Wait: the last correction is still being applied")
            return
        entity_id = request.entity_id
        marked, self.marked_entity = self.marked_entity, None
        one, other = self.index.any_entity(marked), self.index.any_entity(entity_id)  # one report's names too (A)
        if marked == entity_id and one is not None:
            self.say(f"Unmarked {one.name}")
            return
        if one is None or other is None:
            self.marked_entity = entity_id  # the status line says so, and what the next M does
            return
        keep = fuller(one, other)
        absorb = other if keep is one else one
        self.decide(merge_entities(keep, absorb), undoable(self, f"Merged {absorb.name} into {keep.name}"))

    @on(AnalysisFailed)
    def _show_failure(self, message: AnalysisFailed) -> None:
        self.progress = "analysis failed"
        self.tell("Analysis failed", message.error)

    def watch_analysis(self, analysis: Analysis | None) -> None:
        self.index = RenderIndex(self.dossier, analysis)
        self.progress = ""
        if analysis is not None and self._unready_views is None:
            self._unready_views = list(VIEWS)
            self.call_after_refresh(self._ready_views)  # once the analysis is on screen

    # Actions -----------------------------------------------------------------
    async def open_screen(self, screen) -> None:
        """Push ``screen`` and return once it is mounted and focused, ready for keys: a key
        typed right after the one that opened it (a burst over SSH) then reaches the new
        screen in its order, never an old focus or a screen still filling in. Every key that
        opens a screen opens it through here. A short answer said in a notice on the screen it
        covers goes: it told of that view (an N-way's "Details shown in full" stood over the
        compare view its ⏎ opened)."""
        self._drop_answer(self.screen)
        await self.push_screen(screen)
        focus_auto(screen)  # Textual focuses it on the screen's next turn: the next key must not come first

    async def action_command_palette(self) -> None:
        """The palette, saying what it finds (Textual's says "Search for commands…")."""
        from textual.command import CommandPalette

        if self.use_command_palette and not CommandPalette.is_open(self):
            await self.open_screen(
                CommandPalette(placeholder="Go to a report, entity, link or style, or run a command…", id="--command-palette")
            )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Over a dialog (help, a picker) only help and quitting work: the rest would open
        views behind it. ``q`` closes a view, and quits only from the reader."""
        if action == "close":
            return len(self.screen_stack) > 1 and not isinstance(self.screen, ModalScreen)
        if action == "quit":
            return len(self.screen_stack) == 1
        if action == "dismiss_notices":
            return self._escape_dismisses()
        if isinstance(self.screen, ModalScreen):
            return action in ("help", "command_palette", "exit")
        if action == "compare":
            return len(self.dossier.articles) > 1
        if action == "one_report":
            return len(self.dossier.articles) < 2
        if action == "toggle_details":
            return getattr(self.focused, "UNFOLDS_DETAILS", True)
        return True

    def action_one_report(self, what: str) -> None:
        """Why ``what``, which sets reports side by side, opens nothing."""
        self.say(one_report(what), timeout=4)

    def action_exit(self) -> None:
        self.exit()

    def action_elsewhere(self, key: str) -> None:
        from reader.ui.screens.help import where_key_works

        self.say(where_key_works(self, key, type(self.screen)), timeout=5)

    def copy_passage(self, text: str, what: str) -> None:
        """Put ``text`` on the clipboard and say so. The terminal is asked (OSC 52), which also
        works over SSH where the terminal allows it; nothing else can reach the user's clipboard."""
        self.copy_to_clipboard(text)
        self.say(f"Copied {what}: {counted(len(text), 'character')}, if the terminal allows OSC 52", timeout=4)

    def action_close(self) -> None:
        self.pop_screen()

    def action_back(self) -> None:
        """Escape on a view (its notices gone first: :meth:`action_dismiss_notices`): fold the
        details shown in full (``i``) when that shows less, the nearest state to undo; else back
        one view; a second escape in a row goes on to the reader, so two presses reach it from any
        depth. (Folding what folded shows the same spent the key on nothing: the matrix's details
        wrap to eight lines either way, and escape seemed not to leave it.)"""
        screen = self.screen
        if screen.has_class("-details") and screen.query(DETAIL_LINES) and getattr(screen, "details_cut", lambda: True)():
            self.action_toggle_details()
            self.key_spent()  # the next escape is a first one
        elif self.previous_key == "escape":
            self._back_to_reader()
        elif len(self.screen_stack) > 1:
            self.pop_screen()

    async def action_help(self) -> None:
        from reader.ui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            panes = getattr(type(self.screen), "HELP_WIDGETS", ())
            focused = next((type(node) for node in (self.focused.ancestors_with_self if self.focused else ())
                            if type(node) in panes and getattr(node, "HELP_FIRST", False)), None)
            await self.open_screen(HelpScreen(type(self.screen), focused))

    async def action_compare(self) -> None:
        await self.open_compare(OpenCompare())

    @on(OpenCompare)
    async def open_compare(self, request: OpenCompare) -> None:
        """Show the compare view ``request`` asks for in place of the one already open, if any,
        and the screens above it: drilling in from the matrix, the N-way view or the quotes
        never piles compare views up, so ``escape`` leads back to the reader."""
        from reader.ui.screens.compare import CompareScreen

        if len(self.dossier.articles) < 2:  # the one report beside itself would compare nothing
            self.say(one_report("Compare"), timeout=4)
            return
        if request.analysis is None and self.require_analysis() is None:
            return  # as m, Q, u, W: two blank columns would wait for it, and say nothing
        while any(isinstance(open_screen, CompareScreen) for open_screen in self.screen_stack[1:]):
            self.pop_screen()
        await self.open_view(CompareScreen, request.analysis, request.left, request.right, at=request.at, link=request.link)

    @on(OpenVersions)
    async def _open_versions(self, request: OpenVersions) -> None:
        from reader.ui.screens.nway import NWayScreen

        await self.open_view(NWayScreen, request.analysis, request.span, link=request.link)

    @on(VersionsAhead)
    def versions_ahead(self, request: Versions) -> None:
        """Draw ahead the N-way view ``request`` would open (of the passage under the compare
        cursor, which ``w`` shows): see :meth:`draw_ahead`."""
        from reader.ui.screens.nway import NWayScreen

        self.draw_ahead(NWayScreen, request.analysis, request.span, link=request.link)

    def draw_ahead(self, view_type: type[KeptView], *args, **kwargs) -> None:
        """Open the kept view ``view_type`` on ``args`` while it is closed, as its key would, and
        draw what its show puts in view (:meth:`KeptView.ahead_on`), a step a turn, each queued
        behind what came meanwhile: a key waits for a step at most, and finds the view it opens
        drawn if it asks for what was drawn ahead. A later call drops the steps left of the last."""
        view = self._kept_views.get(view_type)
        self._ahead = None
        if view is not None and view.is_mounted and view not in self.screen_stack:
            self._ahead = view.ahead_on(*args, **kwargs)
            self._step_ahead(self._ahead, view)

    def draw_rows_ahead(self, view: KeptView) -> None:
        """Draw ahead the rows ``view`` puts in view (:meth:`KeptView.rows_ahead`) while it is closed,
        as :meth:`draw_ahead` does once it has reopened it: for a view whose rows waited for a worker."""
        self._ahead = view.rows_ahead()
        self._step_ahead(self._ahead, view)

    def _step_ahead(self, steps: Iterator[None], view: KeptView) -> None:
        from reader.ui.drawing import drawn_for_a_turn, next_turn

        if steps is not self._ahead:
            return
        if view not in self.screen_stack and not drawn_for_a_turn(steps):
            next_turn(self, self._step_ahead, steps, view)
        else:
            self._ahead = None  # all drawn, or the view opened first

    @property
    def drawing_ahead(self) -> bool:
        """Is a turn of :meth:`draw_ahead` still to come?"""
        return self._ahead is not None

    @on(OpenCoverage)
    async def _open_coverage(self, request: OpenCoverage) -> None:
        from reader.ui.screens.coverage import CoverageScreen

        if not (analysis := request.analysis).links and not analysis.weaker_links:  # hidden ones: its title names W
            self.say(no_rows(len(analysis.dossier.articles)), timeout=4)
            return
        await self.open_view(CoverageScreen, analysis, at=request.at)

    @on(OpenConcordance)
    async def _open_concordance(self, request: OpenConcordance) -> None:
        from reader.ui.screens.concordance import ConcordanceScreen

        await self.open_screen(ConcordanceScreen(request.title, request.spans, request.entity_id))

    @on(OpenNaming)
    async def _open_naming(self, request: OpenNaming) -> None:
        from reader.ui.screens.naming import NamingScreen

        await self.open_screen(NamingScreen(request.analysis, request.entity_id, link_id=request.link_id))

    async def action_quotes(self) -> None:
        from reader.ui.screens.quotes import QuotesScreen

        if len(self.dossier.articles) < 2:  # as c, u and m: one report's quotations set beside none
            self.say(one_report("The quote tracker"), timeout=4)
        elif self.require_analysis() is not None and not isinstance(self.screen, QuotesScreen):
            await self.open_view(QuotesScreen, self.analysis)

    def action_toggle_details(self) -> None:
        """Show in full what a one-line status cuts: the current difference, the matrix row. The
        line unfolding is the answer: a notice would sit over it (toasts take the bottom right, that
        line's end), and in the status line it would take the place of what it unfolds. A screen
        with no such line (the quotes' and N-way views fold their notes at the top) says it in a notice."""
        # Measured before anything is said, the answer left out: said, it made the line longer itself.
        # The view's own: a view opened next (or this one opened again) starts folded.
        screen = self.screen
        cut = getattr(screen, "details_cut", lambda: True)()
        screen.toggle_class("-details")
        rows = getattr(screen, "FOLDED_ROWS", 1)  # the matrix's details fold to eight lines, not one
        folded = "one line" if rows == 1 else f"{rows} lines"
        shown = "Details shown in full" if screen.has_class("-details") else f"Details cut to {folded}"
        unfolding = f"{shown}: nothing here is longer than {'a line' if rows == 1 else folded}"
        if screen.query(DETAIL_LINES):
            # Nothing longer than its line, nothing unfolds: said, or the key seemed to do nothing.
            if not cut:
                self.say(unfolding, timeout=2)
            return
        # A view whose one line cuts nothing says so: "cut" there would be untrue. An answer (not a
        # bare notice): one at a time, and gone with the view, not over the compare view ⏎ opens next.
        self.say(shown if cut else unfolding, timeout=2)

    def pop_screen(self):
        """Close the top screen; once it is gone, forget the watchers it and its widgets set on
        the app's variables (Textual drops them only when that variable next changes), so
        nothing holds the closed screen and the collector frees it. The answer given there (:meth:`say`)
        goes with it: it told of that view, and stayed over the next one's panel."""
        self._drop_answer(self.screen)
        self.screen.remove_class("-details")  # while shown, so it is restyled: a kept view opens again folded
        closed = super().pop_screen()
        self.call_after_refresh(self._forget_closed_watchers)
        return closed

    def _forget_closed_watchers(self) -> None:
        for watchers in getattr(self, "__watchers", {}).values():
            watchers[:] = [(node, callback) for node, callback in watchers if not (node._closing or node._closed)]
        _forget_drawn_lines()

    def action_toggle_theme(self) -> None:
        """Light or dark, said as ``s`` says its style: a silent change looked like a glitch."""
        light = self.current_theme.dark
        self.theme = LIGHT_THEME if light else DARK_THEME
        self.say(f"{'Light' if light else 'Dark'} theme: t goes back to {'dark' if light else 'light'}")

    def action_next_style(self) -> None:
        from reader.report.highlight import style_for, style_names

        dark = self.current_theme.dark
        names = style_names(dark)
        current = style_for(self.highlight_style, dark)
        self.highlight_style = names[(names.index(current) + 1) % len(names)]
        self.say(f"Highlight style: {self.highlight_style}")

    def _back_to_reader(self) -> None:
        from reader.ui.screens.reader import ReaderScreen

        while len(self.screen_stack) > 1 and not isinstance(self.screen, ReaderScreen):
            self.pop_screen()

    def action_show_article(self, article_id: str) -> None:
        """Bring the reader screen forward on ``article_id`` (used by the palette and other screens)."""
        self._back_to_reader()
        self.article_id = article_id

    def action_show_passage(self, span: Span) -> None:
        """Bring the reader forward on ``span``: its report, scrolled to it, the passage marked."""
        self._back_to_reader()
        self.location = span  # the reader switches report too: one jump, remembered once

    async def action_show_link(self, link_id: str) -> None:
        """Every version of link ``link_id`` side by side (the N-way view), over the reader."""
        from reader.ui.screens.nway import NWayScreen

        link = next((link for link in self.analysis.links if link.id == link_id), None) if self.analysis else None
        if link is not None:
            self._back_to_reader()
            # The version the palette named it by is the reference the others are marked against.
            await self.open_view(NWayScreen, self.analysis, self.analysis.label_passage(link), link=link)

    async def action_show_problems(self) -> None:
        """Every file that did not open or opened with a caveat, in a list (the palette's Problems)."""
        from reader.ui.screens.problems import ProblemsScreen

        if not isinstance(self.screen, ProblemsScreen):
            # The list says all the Problems notice said; the other notices (a failed save, Same story?) stay.
            self.notices = tuple((title, said) for title, said in self.notices if title != "Problems")
            await self.open_screen(ProblemsScreen())

    def _notify_problems(self, problems) -> None:
        """Tell of the files that did not open or opened with a caveat (the loader lists those
        too): each with what happened, a line each, where the notices then take at most
        1/:data:`PROBLEM_ROWS` of the screen's rows (the article keeps the rest); else how many, in
        one line. The palette's Problems lists them all, as the notice says. Told again in full as
        more reports are read."""
        from reader.ui.widgets.notices import rows_taken

        problems = tuple(problems)
        if not problems:
            return
        where = f"{keys_shown(self, 'ctrl+p')} \u203a Problems lists {'it' if len(problems) == 1 else 'them'}"
        if len(problems) == 1:
            self.tell("Problems", f"{problems[0].within(self.dossier.root)} ({where})")
            return
        named = (f"{problems_summary(problems)} ({where}):", *(problem.within(self.dossier.root) for problem in problems))
        told = (*((title, said) for title, said in self.notices if title != "Problems"), ("Problems", named))
        fits = rows_taken(told, self.console, self.size.width) <= self.size.height // PROBLEM_ROWS
        self.tell("Problems", named if fits else f"{problems_summary(problems)}: {where}")

    def action_show_entity(self, entity_id: str) -> None:
        """Choose a shared entity: highlighted everywhere, ``n``/``N`` walk its mentions."""
        self._back_to_reader()
        self.entity_id = entity_id

    async def action_export(self, name: str) -> None:
        """Ask where to write the analysis as format ``name``, then write it (the weaker links
        ``W`` shows are left out, as on the command line)."""
        from reader.ui.screens.export import ExportDialog

        if (analysis := self.require_analysis()) is not None:
            await self.open_screen(ExportDialog(self.without_weaker or analysis, name))

    def action_set_style(self, name: str) -> None:
        self.highlight_style = name

    def get_system_commands(self, screen):
        # The reader's own commands only, each in the help or the README: Textual's "Keys" opened its
        # key panel, "Maximize" hid the status line and the key bar, "Screenshot" failed where the
        # folder run from could not be written, "Theme" was a second picker beside t, "Quit" beside q.
        yield SystemCommand("Keys", "Every key of this screen and the others, and what each mark and colour means", self.action_help)
        yield SystemCommand("Theme: toggle light/dark", "Switch between the light and dark theme", self.action_toggle_theme)
        if len(self.dossier.articles) > 1:  # one report quotes no other (Q says so)
            yield SystemCommand("Quotes: track quotations across reports", "Every quoted statement, each outlet's version", self.action_quotes)
        if self.corrections.decisions:  # asked on every key typed in the palette: offered once there is one
            yield SystemCommand("Corrections: undo the last", "Undo the last merge, split, rejection, acceptance or passage taken out", self.action_undo_decision)
        # Short enough for one row of the palette at 80 columns: Textual cut a second one off.
        for name, title in (("html", "an HTML report"), ("markdown", "a Markdown report"), ("json", "JSON")):
            yield SystemCommand(f"Export: {name}", f"Save reports and analysis as {title}, to a file you confirm",
                                partial(self.action_export, name))
        if self.dossier.problems:
            yield SystemCommand("Problems: files that did not open", "List every file not opened or opened with a caveat, and why", self.action_show_problems)


def build_app(
    dossier: Dossier, *, analysis: Analysis | None = None, folder: Path | None = None, follow_links: bool = False
) -> DossierApp:
    """The reader for ``dossier``; pass ``analysis`` for a deterministic app (tests, snapshots) and
    ``folder`` (the dossier's folder or file) to apply and save the user's corrections; ``follow_links``
    as the command line read the first screenful (the rest is read alike)."""
    return DossierApp(dossier, analysis=analysis, folder=folder, follow_links=follow_links)
