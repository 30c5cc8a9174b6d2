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


def help_sections(app_class: type, current: type | None = None) -> list[tuple[str, list[tuple[str, str]]]]:
    """The titled key lists the help screen shows: the ``current`` screen's (the one help was
    opened from) and its widgets' first, then the app's keys, then every other screen with the
    widgets it names in ``HELP_WIDGETS`` (titled by their ``HELP_TITLE``); widgets with the
    same keys share one section."""
    everywhere = ("Everywhere", key_rows(app_class) + [("ctrl+p", "Command palette: jump to a report, entity or link")])
    sections: list[tuple[str, list[tuple[str, str]], set[type]]] = [(*everywhere, set())]
    for screen in _screen_classes():
        name = screen.__name__.removesuffix("Screen")
        if rows := key_rows(screen):
            sections.append((f"{name} screen", rows, {screen}))
        for widget in getattr(screen, "HELP_WIDGETS", ()):
            rows = key_rows(widget)
            if not rows:
                continue
            title = f"{name}: {getattr(widget, 'HELP_TITLE', widget.__name__)}"
            same = next((n for n, (_, known, _) in enumerate(sections) if known == rows), None)
            if same is None:
                sections.append((title, rows, {screen}))
            else:
                known_title, _, owners = sections[same]
                sections[same] = (f"{known_title}, {title.split(': ', 1)[1]}", rows, owners | {screen})
    sections.sort(key=lambda section: current not in section[2])  # stable: the rest keep their order
    return [(title, rows) for title, rows, _ in sections]


class HelpScreen(ModalScreen[None]):
    """All keys, those of ``current`` (the screen it was opened from) first; escape, q or ? closes it."""

    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close help"),
        Binding("j,down", "scroll(1)", "Scroll down", show=False),
        Binding("k,up", "scroll(-1)", "Scroll up", show=False),
        Binding("space,pagedown", "scroll(10)", "Page down", show=False),
        Binding("b,pageup", "scroll(-10)", "Page up", show=False),
    ]

    def __init__(self, current: type | None = None) -> None:
        super().__init__()
        self.current = current

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield Static(Text("Keys", style="bold"), id="help-title")
            for title, rows in help_sections(type(self.app), self.current):
                table = Table.grid(padding=(0, 2))
                table.add_column(style="bold", no_wrap=True)
                table.add_column()
                for keys, description in rows:
                    table.add_row(Text(keys), Text(description))
                yield Static(Text(title, style="bold underline"), classes="help-section")
                yield Static(table, classes="help-keys")

    def action_scroll(self, rows: int) -> None:
        self.query_one("#help-body").scroll_relative(y=rows, animate=False)
