"""The keys that matter where you are, in one line at the bottom.

A screen whose key names depend on its state (compare's ``y Walk: framing``) defines
``key_bar_label(binding) -> str | None``; ``None`` keeps the binding's own description.

A lighter Footer: one widget drawing one Text, redrawn (without a layout
pass) when the screen's active bindings change, instead of a child widget per
key to mount and style again after every focus change. On a small screen it
costs a third of the start-up time otherwise.

The line is worked out again once the frame a change of bindings came with is on screen, once
however many times Textual announces the change: a Tab announces it twice (the focus moved,
then the frame after), and the keys shown seldom differ between panes, so the key's own frame
no longer waits for half a millisecond of bindings read twice.
"""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.screen import Screen
from textual.keys import REPLACED_KEYS, key_to_character
from textual.widget import Widget
from textual.widgets import Static


PALETTE = "Palette"
"""The palette key's name, capitalised as every other key's (Textual's own footer says ``palette``)."""

ESSENTIAL = frozenset({"help", "quit", "close", "app.help", "app.quit", "app.close", "close_entities", "back", "app.back"})
"""Actions the bar always shows, however narrow: the way to every other key, and the way out
(of the view, or of the entity panel that covers the article on a narrow screen). A screen adds
its own in ``KEY_BAR_ESSENTIAL`` (compare's column switch, the walked type and ``,.`` that walk it)."""

CLOSE = frozenset({"close", "app.close"})
"""``q Close``: beside ``esc Back``, a second way out of the view, so the first key a narrow bar drops."""

DISMISS_NOTICES = "Dismiss notices"
"""Escape's name while the notices strip shows: on every screen with one, escape takes the notices
away before anything else (a search, the entity panel, the view), and the bar shows it, however narrow."""
DISMISS_ACTION = "dismiss_notices"
"""The app's action escape runs then (bound off the bar: the bar names it in escape's place)."""


def _typed(focused: Widget, key: str) -> bool:
    """Whether ``key`` types into ``focused`` (a field) rather than doing what a binding says.
    Textual leaves such keys out of the bindings, but reads no character in ``slash`` (its name
    for "/"), so the search bar's key bar said "/ Search" while "/" typed a slash."""
    character = key_to_character(key) or key_to_character(REPLACED_KEYS.get(key, key))
    return focused.check_consume_key(key, character)


class KeyBar(Static):
    """Shown bindings of the focused widget and its ancestors, one entry per action, then ctrl+p."""

    COMPONENT_CLASSES = {"key-bar--key", "key-bar--disabled"}
    _shown: Text | None = None
    _due = False
    """A change of bindings was announced and the line is not worked out again yet."""

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self._show(self.screen)

    def _bindings_changed(self, screen: Screen) -> None:
        if not self._due:
            self._due = True
            self.call_after_refresh(self._show_due, screen)

    def _show_due(self, screen: Screen) -> None:
        self._due = False
        if self.is_attached:
            self._show(screen)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def on_resize(self) -> None:
        self._show(self.screen)

    def _show(self, screen: Screen) -> None:
        key_style = self.get_component_rich_style("key-bar--key", partial=True)
        disabled = self.get_component_rich_style("key-bar--disabled", partial=True)
        entries: list[tuple[str, str, bool, bool]] = []
        ranks: list[int] = []
        importance, widget_rank = self._importance(screen)
        actions: set[str] = set()
        palette = None
        focused = screen.focused
        always = ESSENTIAL | getattr(screen, "KEY_BAR_ESSENTIAL", frozenset())
        if any(binding.show and binding.action in ("back", "app.back") for _, binding, _, _ in screen.active_bindings.values()):
            always -= CLOSE
            importance = {**importance, **dict.fromkeys(CLOSE, len(importance) + 1)}  # the first dropped
        for _, binding, enabled, _ in screen.active_bindings.values():
            if binding.key == self.app.COMMAND_PALETTE_BINDING:
                palette = binding
            dismisses = binding.action == DISMISS_ACTION  # live only while the screen shows notices
            if not (binding.show or dismisses) or binding.action in actions or (focused is not None and _typed(focused, binding.key)):
                continue
            actions.add(binding.action)
            key = self.app.get_key_display(binding)
            description = binding.group.description if binding.group is not None else binding.description
            if labelled := getattr(screen, "key_bar_label", None):
                description = labelled(binding) or description
            if dismisses:
                description = DISMISS_NOTICES
            if binding.group is not None and entries and entries[-1][1] == description:
                # A group ("[ ]  Report") shows its keys together under the group's name (as the
                # screen labels it), as Footer does.
                last_key, description, last_enabled, essential = entries[-1]
                entries[-1] = (last_key + key, description, last_enabled or enabled, essential)
                continue
            entries.append((key, description, enabled, binding.action in always or dismisses))
            ranks.append(importance.get(binding.action, widget_rank))
        palette_key = self.app.get_key_display(palette) if palette is not None else ""
        tail = f"{palette_key} {PALETTE}" if palette is not None else ""
        def length(gap: str) -> int:
            return sum(len(f"{k} {d}{gap}") for k, d, _, _ in entries) + len(tail)

        # Wide gaps where every key fits with them, else single ones. Still too narrow: the
        # palette's name goes (ctrl+p is the one key every screen has, help names it), then the
        # least important optional keys (help lists them all), never help or quit.
        gap = "  " if self.size.width >= 100 and length("  ") <= self.size.width else " "
        if length(gap) > self.size.width:
            tail = palette_key
        while length(gap) > self.size.width:
            optional = [i for i, entry in enumerate(entries) if not entry[3]]
            if not optional:
                break
            dropped = max(reversed(optional), key=ranks.__getitem__)
            del entries[dropped], ranks[dropped]
        if palette is not None and length(gap) + len(f" {PALETTE}") <= self.size.width:
            tail = f"{palette_key} {PALETTE}"  # keys dropped all the same made room for it
        line = Text(no_wrap=True, overflow="ellipsis", end="")
        for key, description, enabled, _ in entries:
            line.append(f"{key} ", key_style if enabled else disabled)
            line.append(f"{description}{gap}", None if enabled else disabled)
        if palette is not None:
            named = tail != palette_key
            line.append(f"{palette_key} " if named else palette_key, key_style)
            if named:
                line.append(PALETTE)
        if line != self._shown:  # the bindings change with every focus move, the line seldom
            self._shown = line
            self.update(line, layout=False)

    def _importance(self, screen: Screen) -> tuple[dict[str, int], int]:
        """Actions ranked for dropping, most important first, and the rank of a key only a widget
        declares: the app's (the keys that work everywhere, such as ``c`` for compare), then the
        focused widget's (what the pane you are in does: the entity panel's ``⏎ Choose entity``
        was the first key a narrow bar dropped), then the screen's in the order its BINDINGS
        declare them. The bar itself keeps Textual's order, where a key the screen inherits (tab)
        comes first wherever it is declared."""
        ranks: dict[str, int] = {}
        for binding in getattr(type(self.app), "BINDINGS", ()):
            if isinstance(binding, Binding):
                ranks.setdefault(binding.action, len(ranks))
        widget_rank = len(ranks)
        for binding in getattr(type(screen), "BINDINGS", ()):
            if isinstance(binding, Binding):
                ranks.setdefault(binding.action, len(ranks) + 1)
        return ranks, widget_rank
