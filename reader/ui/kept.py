"""Views the app builds once and shows again (the compare view, the N-way view, the quote tracker,
the coverage matrix): their base.

Pushing a new screen makes Textual compose it, mount it and style every node twice (at mount,
then again on resume) before the first frame: at 500 reports that was most of ``w``, ``Q`` and
``m``, whatever the view drew. A screen installed in the app (``App.install_screen``) stays
mounted when it is closed; pushed again it is only restyled, laid out and drawn. So each of
these views is built once (ahead, once the analysis is shown: see ``DossierApp.open_view``) and
then :meth:`KeptView.reopen` shows it on what the next key asks for, as a new one would: the
cursor on the first item, no search on, the focus where ``AUTO_FOCUS`` puts it. Nor is it
restyled when it is shown in the looks it was styled in (:class:`SteadyLooks`; Textual restyles a
new screen on resume right after its mount too, which a view opened anew, lower in the stack, skips).

Tried and measured instead (main-thread CPU from key to first frame, 500 reports, in-process):
a view mounted in the reader screen in place of its body cost what pushing a screen does
(10.7 vs 11.0 ms for one ``Static``), and closing it cost more than popping a screen (18 vs
5 ms): the reader's panes, hidden, lose their size and are laid out and wrapped again when shown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, ClassVar

from textual.events import ScreenResume, ScreenSuspend
from textual.screen import Screen

from reader.ui.drawing import next_turn
from reader.ui.focus import auto_focused
from reader.ui.widgets.search_bar import SearchBar

QUIET = 0.3
"""Seconds without a key or click before a view is drawn ahead."""

if TYPE_CHECKING:
    from typing import Self

    from textual.app import App
    from textual.message import Message
    from textual.widget import Widget

    from reader.core.model import Analysis


def _looks(app: App) -> tuple:
    """What a screen's styles depend on beyond its own nodes: the theme and the app's classes. Textual restyles the screen shown when they change, not one off the stack."""
    return app.theme, frozenset(app.classes)


class SteadyLooks(Screen):
    """A screen Textual restyles on a push only when the looks changed since it was last styled.

    Textual restyles a pushed screen on resume, every node again: needed when the looks changed
    while the screen was off the stack, but not right after it was mounted (a new view)
    or when it is shown again in the looks it was last shown in (a kept view), which is what a
    key that opens a view most often finds.
    """

    BLANK = True
    """Its own rows are its background only (no border, no content, an opaque colour), and lie
    under its widgets: Textual then draws them as one blank row repeated, not each through its
    style pipeline. Every show of a screen repaints all of it, the screen's rows too: at 120x40
    that was about a fifth of the main-thread CPU of ``w`` (and ``q``, back to the reader, which
    is blank too)."""

    _styled_in: tuple = ()

    def on_mount(self) -> None:
        self._styled_in = _looks(self.app)

    def post_message(self, message: Message) -> bool:
        if isinstance(message, ScreenSuspend):  # covered: in the looks Textual kept it in while shown
            self._styled_in = _looks(self.app)
        elif isinstance(message, ScreenResume):
            # Pushed, not mounted yet: styled as it mounts, before it handles this. Popped back to
            # (Textual restyles nothing then), restyled if the looks changed above it: ``i``
            # pressed on the matrix left the compare view's line unfolded.
            looks = _looks(self.app)
            message.refresh_styles = (self.is_mounted or not message.refresh_styles) and looks != self._styled_in
            self._styled_in = looks
        return super().post_message(message)


class KeptView(SteadyLooks):
    """A view shown again rather than built again (see the module docstring)."""

    _timer_started = False
    _redraw_pending = False
    DRAWN_AHEAD: ClassVar[bool] = False
    """Laid out and drawn off the stack once built, and again on each analysis shown while it is
    closed (:meth:`draw_off_stack`; ``reopen(analysis)`` must open it as a key would): for a view whose
    first show keeps what was drawn (the coverage matrix, opened from the reader on its first
    rows; the quote tracker, whose first statements, quoted by most reports in most wordings, took
    150 ms of CPU to draw on ``Q`` at 500 reports copying one another). Not the N-way view, which
    draws its items anew on each show (drawn ahead, they cost more on its first key, not less:
    measured), nor the compare view (it draws the report read itself, at its laid-out width:
    :meth:`lay_out_off_stack`)."""

    def on_mount(self) -> None:
        if not self.is_attached:
            # Built ahead just before a quit and composed after it: once the app has exited, Textual
            # mounts none of the widgets a screen composes (and counts no node attached).
            return
        self.fill()
        if self.DRAWN_AHEAD:
            # After :meth:`fill`, in a turn of its own (a key come meanwhile first): one more step
            # of readying the views once an analysis is shown (DossierApp._ready_views).
            next_turn(self, self.draw_off_stack)
            self.watch(self.app, "analysis", lambda: self.call_later(self._take_shown), init=False)

    def fill(self) -> None:
        """Draw the view in its widgets, once they are mounted (its mount, unless the app has exited): none here."""

    def _take_shown(self) -> None:
        """A correction (or ``W``) changed the analysis shown while the view is closed: the next
        show opens it on that one (``open_view`` reopens it), so it is drawn ahead on it too, once
        the user rests: reopened and drawn at once, it cost every ``x``, ``U`` and ``W`` ~50 ms of
        the UI thread at 150 reports copying one another, though the view was never asked for."""
        if not self._redraw_pending:  # after the frame showing the change, and a rest
            self._redraw_pending = True
            self.set_timer(QUIET, lambda: self.when_quiet(self._redraw_off_stack))

    def _redraw_off_stack(self) -> None:
        """Reopen on the analysis shown and draw ahead, unless shown meanwhile (reopened then) or going."""
        self._redraw_pending = False
        app = self.app
        if app.analysis is not None and self.is_attached and app.screen_stack and self not in app.screen_stack:
            self.reopen(app.analysis)
            self.draw_off_stack()

    def when_quiet(self, callback: Callable[[], object]) -> None:
        """Call ``callback`` once no key or click came for :data:`QUIET` seconds: what is drawn
        ahead again and again (the compare view's report read) never makes a key typed meanwhile wait."""
        self.app.when_quiet(QUIET, callback, timers=self)

    def draw_off_stack(self) -> None:
        """Lay the view out at the app's size and draw it, unless it is shown: its first show then
        sends rows already drawn, as a view shown again does (the coverage matrix opens on its
        first rows whatever the reader shows). Textual has no public way to draw a screen it does
        not show: should its private ``Screen._compositor`` go, the view is drawn on its first key
        instead."""
        compositor = getattr(self, "_compositor", None)
        if compositor is not None and self.lay_out_off_stack():
            compositor.render_strips()

    def lay_out_off_stack(self) -> bool:
        """Lay the view out at the app's size, unless it is shown; whether it was. Its widgets then
        have their sizes (the compare view draws ahead at its columns' width) and its first show
        lays nothing out. Private (``Screen._refresh_layout``): should it go, nothing is laid out
        ahead."""
        lay_out = getattr(self, "_refresh_layout", None)
        if not self.is_attached or not self.app.screen_stack or self in self.app.screen_stack or lay_out is None:
            return False
        lay_out(self.app.size)
        self._start_update_timer()
        return True

    def _start_update_timer(self) -> None:
        """Run the screen's update timer through its first tick now, off the stack. Textual starts it
        on the screen's first show and its first tick waits a whole period (1/60 s): a view laid out
        ahead is only repainted on show, and its first frame waited for that tick (most of ``m``'s
        wall time). Once it has ticked, a resume ticks at once. Private (``_update_timer``): should
        it go, the first show waits as before."""
        timer = getattr(self, "_update_timer", None)
        if timer is not None and not self._timer_started:
            self._timer_started = True
            timer.resume()  # its tick finds the screen off the stack, draws nothing and pauses it

    @classmethod
    def ahead(cls, analysis: Analysis) -> Self | None:
        """An instance on ``analysis`` to mount before the user asks for one (``None``: nothing to show)."""
        return cls(analysis)

    def reopen(self, *args, **kwargs) -> None:
        """Show what a new instance built with these arguments would show."""
        raise NotImplementedError

    def ahead_on(self, *args, **kwargs) -> Iterator[None]:
        """While closed: reopen on ``args`` (as :meth:`reopen`), laid out off the stack if never
        shown, then the rows a show puts in view drawn (:meth:`rows_ahead`), a step each: the view
        the next key may well ask for then shows rows drawn already (``DossierApp.draw_ahead``)."""
        self.reopen(*args, **kwargs)
        yield
        if self.outer_size != self.app.size:  # as Textual's resume asks
            if not self.lay_out_off_stack():
                return
            yield
        yield from self.rows_ahead()

    def rows_ahead(self) -> Iterator[None]:
        """Draw the rows a show puts in view, one a step (:meth:`ahead_on`): none here."""
        return iter(())

    def reading_focus(self) -> Widget | None:
        """The widget a new view focuses: its ``AUTO_FOCUS`` one."""
        return auto_focused(self)

    def forget_reading(self) -> None:
        """Leave the last visit behind: its search bar closed, the focus where a new view has it
        (:meth:`reading_focus`, most often still there: then not moved, and not restyled)."""
        for bar in self.query(SearchBar):
            bar.display = False
        if (widget := self.reading_focus()) is not self.focused:
            self.set_focus(widget)
