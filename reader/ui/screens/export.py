"""Export from the reader (the palette's ``Export: …`` commands): the analysis as shown, minus the
weaker links ``W`` may have added, as ``export`` writes it on the command line.

A small dialog holds the file name, filled in as ``<dossier>.<suffix>`` in the current folder;
Enter writes it. An existing file is replaced only after a second Enter that the dialog asks
for, a name typed without its folder is said in full (the current folder's) and written after a
second Enter, and a symbolic link or a folder never; the file is written atomically in a worker, and
what happened is one line: a notice with the full path, or the error.

Escape while the file is being made cancels it if nothing is written yet, and once writing has
begun the write finishes; either way the outcome is a notice on the app, since the dialog that
would have said it is gone.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static
from textual.widgets.input import Selection
from textual.worker import get_current_worker

from reader.core.ingest.article_format import slug
from reader.core.model import Analysis
from reader.core.safe_text import inert_line
from reader.core.store.writing import why_not_written, write_atomic
from reader.report.formats import SUFFIXES, encoded
from reader.ui.widgets.key_bar import KeyBar
from reader.ui.wording import keys_shown

TITLES = {"json": "JSON", "markdown": "Markdown", "html": "HTML report"}


def default_target(dossier_root: str, name: str) -> Path:
    """``<dossier folder's name>.<suffix>`` in the current folder."""
    stem = slug(Path(dossier_root).stem if os.path.isfile(dossier_root) else Path(dossier_root).name) or "dossier"
    return Path.cwd() / f"{stem}{SUFFIXES[name]}"


class ExportDialog(ModalScreen[None]):
    """Asks where to write ``analysis`` as format ``name``, then writes it."""

    BINDINGS = [Binding("escape", "dismiss", "Cancel")]
    AUTO_FOCUS = "#export-path"

    def __init__(self, analysis: Analysis, name: str) -> None:
        super().__init__()
        self.analysis, self.format = analysis, name
        self.confirmed: Path | None = None
        """An existing file the user was told about: a second Enter on it replaces it."""
        self.writing = False
        """A worker is making the file: Enter waits for it rather than start another."""

    def compose(self) -> ComposeResult:
        with Vertical(id="export-box") as box:
            box.border_title = f"Export as {TITLES[self.format]}"
            yield Static(f"Write to ({keys_shown(self.app, 'enter')} writes, {keys_shown(self.app, 'escape')} cancels):", markup=False)
            yield Input(str(default_target(self.app.dossier.root, self.format)), id="export-path")
            yield Static("", id="export-said", markup=False)
        yield KeyBar(id="keys")  # over the reader's: only the keys that work here

    def on_mount(self) -> None:
        self.query_one(Input).cursor_blink = not getattr(self.app, "steady", False)

    def _say(self, line: str) -> None:
        self.query_one("#export-said", Static).update(Text(inert_line(line)))

    @on(Input.Submitted)
    def _write(self, event: Input.Submitted) -> None:
        event.stop()
        if self.writing:
            return
        if not event.value.strip():
            self._say("Type a file name")
            return
        typed = Path(event.value.strip()).expanduser()
        target = Path.cwd() / typed
        shown, foreign = inert_line(str(target)), self._foreign(target)
        if target.is_symlink():
            self._say(f"{shown} is a symbolic link; not written (choose another name)")
        elif target.is_dir():
            self._say(f"{shown} is a folder; give a file name")
        elif (target.exists() or foreign or not typed.is_absolute()) and self.confirmed != target:
            # Said in full, the field holding it with nothing selected: a letter typed next adds to the
            # path, never replaces it (a user who took the dialog for gone wrote ``./jjj``).
            self.confirmed = target
            field = self.query_one(Input)
            field.value = str(target)
            field.selection = Selection.cursor(len(field.value))
            enter = keys_shown(self.app, "enter")
            doubts = [f"exists: {enter} again replaces it"] if target.exists() else []
            if foreign:
                doubts.append(f"is not named as {TITLES[self.format]} ({SUFFIXES[self.format]}): "
                              f"{enter} again writes {TITLES[self.format]} there")
            if not doubts:
                doubts.append(f"(in the current folder): {enter} again writes it")
            self._say(f"{shown} " + "; and ".join(doubts))
        else:
            self._say(f"Writing {shown}…")
            self.writing = True
            self._export(target, self.app)

    def _foreign(self, target: Path) -> bool:
        """Is ``target`` named for another format (``notes.md`` for HTML)? Its suffix would open it
        in the wrong program: asked about, like a file replaced."""
        return target.suffix.lower() in set(SUFFIXES.values()) - {SUFFIXES[self.format]}

    @work(thread=True, exclusive=True, group="export")
    def _export(self, target: Path, app: App) -> None:
        # A big dossier's report takes seconds to build: never on the UI thread.
        outcome: int | str | None = None
        try:
            data = encoded(self.analysis, self.format)
            if not get_current_worker().is_cancelled:  # escape while it was built: nothing is written
                write_atomic(target, data)
                outcome = len(data)
        except OSError as error:
            outcome = why_not_written(target, error)
        # Through the app (taken on its own thread: a dismissed dialog no longer finds it), not a
        # message to the dialog: one posted to a dismissed dialog was lost.
        with contextlib.suppress(RuntimeError):  # the app has closed: nobody is left to tell
            app.call_from_thread(self._done, target, outcome)

    def _done(self, target: Path, outcome: int | str | None) -> None:
        """Say what became of ``target``: its size in bytes, why it failed, or None when cancelled."""
        self.writing = False
        shown = TITLES[self.format]
        if isinstance(outcome, str) and self in self.app.screen_stack:
            self.confirmed = None
            self._say(f"Not written: {target}: {outcome}")
        elif isinstance(outcome, str):
            self.app.notify(f"Export not written: {target}: {outcome}", severity="error", timeout=8)
        elif outcome is None:
            self.app.notify(f"Export cancelled: {target} not written", timeout=8)
        else:
            if self in self.app.screen_stack:
                self.dismiss()
            self.app.notify(f"Exported {shown} to {target} ({max(1, outcome // 1024)} KB)", timeout=8)
