"""The keys that matter where you are, in one line at the bottom.

A lighter Footer: one widget drawing one Text, redrawn (without a layout
pass) when the screen's active bindings change, instead of a child widget per
key to mount and style again after every focus change. On a small screen it
costs a third of the start-up time otherwise.
"""

from __future__ import annotations

from rich.text import Text
from textual.screen import Screen
from textual.widgets import Static


class KeyBar(Static):
    """Shown bindings of the focused widget and its ancestors, one entry per action, then ctrl+p."""

    COMPONENT_CLASSES = {"key-bar--key", "key-bar--disabled"}

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._show)
        self._show(self.screen)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def on_resize(self) -> None:
        self._show(self.screen)

    def _show(self, screen: Screen) -> None:
        key_style = self.get_component_rich_style("key-bar--key", partial=True)
        disabled = self.get_component_rich_style("key-bar--disabled", partial=True)
        gap = " " if self.size.width < 100 else "  "
        line = Text(no_wrap=True, overflow="ellipsis", end="")
        actions: set[str] = set()
        palette = None
        for _, binding, enabled, _ in screen.active_bindings.values():
            if binding.key == self.app.COMMAND_PALETTE_BINDING:
                palette = binding
            if not binding.show or binding.action in actions:
                continue
            actions.add(binding.action)
            line.append(f"{self.app.get_key_display(binding)} ", key_style if enabled else disabled)
            line.append(f"{binding.description}{gap}", None if enabled else disabled)
        if palette is not None:
            line.append(f"{self.app.get_key_display(palette)} ", key_style)
            line.append("palette")
        self.update(line, layout=False)
