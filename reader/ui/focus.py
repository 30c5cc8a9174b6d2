"""Where keys go when a screen's widgets are new: to the widget its ``AUTO_FOCUS`` names.

Textual focuses it when a screen opens, on the screen's next turn, and not at all after
``recompose()``, which takes the focused widget away with the rest: the list's own keys (Enter,
``j``/``k``) then reached nothing after a correction or ``W`` redrew a view.
"""

from __future__ import annotations

from textual.screen import Screen
from textual.widget import Widget


def auto_focused(screen: Screen) -> Widget | None:
    """The first focusable widget ``screen.AUTO_FOCUS`` names."""
    return next((w for w in screen.query(screen.AUTO_FOCUS) if w.focusable), None) if screen.AUTO_FOCUS else None


def focus_auto(screen: Screen) -> None:
    """Focus the first focusable widget ``screen.AUTO_FOCUS`` names, unless one has the focus."""
    if screen.focused is None and screen.AUTO_FOCUS:
        screen.set_focus(auto_focused(screen))


async def recompose_focused(screen: Screen) -> None:
    """Compose ``screen`` again (a new analysis), the focus where opening it puts it."""
    await screen.recompose()
    focus_auto(screen)
