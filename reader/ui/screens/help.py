"""Every key of every screen, generated from the BINDINGS so the list can never drift."""

from __future__ import annotations

from importlib import import_module

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.ui.app import HELP_SCREENS


def _screen_classes() -> list[type]:
    found = []
    for module_name, class_name in HELP_SCREENS:
        try:
            found.append(getattr(import_module(module_name), class_name))
        except (ImportError, AttributeError):
            continue  # a screen not built yet has no keys to list
    return found


def _key_names(binding: Binding, owner: type) -> str:
    if binding.key_display:
        return binding.key_display
    names = []
    for key in binding.key.split(","):
        key = key.strip()
        names.append({"question_mark": "?", "slash": "/", "space": "space"}.get(key, key))
    return " ".join(names)


def key_rows(owner: type) -> list[tuple[str, str]]:
    """``(keys, description)`` for each described binding a class declares itself."""
    rows = []
    for binding in owner.__dict__.get("BINDINGS", ()):
        if isinstance(binding, Binding) and binding.description:
            rows.append((_key_names(binding, owner), binding.description))
    return rows


def help_sections(app_class: type) -> list[tuple[str, list[tuple[str, str]]]]:
    """The titled key lists the help screen shows: the app's keys, then each screen and its widgets."""
    sections = [("Everywhere", key_rows(app_class) + [("ctrl+p", "Command palette: jump to a report, entity or link")])]
    for screen in _screen_classes():
        rows = key_rows(screen)
        for widget in getattr(screen, "HELP_WIDGETS", ()):
            rows += [row for row in key_rows(widget) if row not in rows]
        if rows:
            sections.append((f"{screen.__name__.removesuffix('Screen')} screen", rows))
    return sections


class HelpScreen(ModalScreen[None]):
    """All keys; any of escape, q or ? closes it."""

    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close help")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield Static(Text("Keys", style="bold"), id="help-title")
            for title, rows in help_sections(type(self.app)):
                table = Table.grid(padding=(0, 2))
                table.add_column(style="bold", no_wrap=True)
                table.add_column()
                for keys, description in rows:
                    table.add_row(Text(keys), Text(description))
                yield Static(Text(title, style="bold underline"), classes="help-section")
                yield Static(table, classes="help-keys")
