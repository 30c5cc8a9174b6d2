"""Export from the palette: the file name is confirmed, an existing file is replaced only after
the dialog says so, a link is never written through, and each outcome is one line."""

from __future__ import annotations

import json

from reader.core.export.documents import to_markdown
from reader.ui.app import build_app
from reader.ui.screens.export import ExportDialog
from reader.ui.screens.reader import ReaderScreen
from tests.helpers import palette_lists, told, until


def _said(app) -> str:
    return str(app.screen.query_one("#export-said").render())


async def test_export_from_the_palette_writes_the_file_it_names(bundled, analysis, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+p", *"export: json")
        await palette_lists(pilot, "JSON")  # the palette searches in a worker of its own
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ExportDialog))
        await pilot.press("enter")  # the name it offers: articles.json here
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen))
        target = tmp_path / "articles.json"
        assert json.loads(target.read_text())["schema"] == "dossier-reader/1"
        assert any(str(target) in str(n.message) and "Exported JSON" in str(n.message) for n in app._notifications)


async def test_an_existing_file_is_replaced_only_after_saying_so(bundled, analysis, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    target = tmp_path / "mine.md"
    target.write_text("my notes")
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.action_export("markdown")
        dialog = app.screen
        dialog.query_one("#export-path").value = "mine.md"
        await pilot.press("enter")
        assert "exists: ⏎ again replaces it" in _said(app) and target.read_text() == "my notes"
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen))
        assert target.read_text() == to_markdown(analysis)


async def test_a_link_a_folder_and_a_missing_folder_are_one_line_each(bundled, analysis, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "elsewhere").write_text("keep")
    (tmp_path / "link.html").symlink_to(tmp_path / "elsewhere")
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.action_export("html")
        field = app.screen.query_one("#export-path")
        for value, said in (("link.html", "symbolic link; not written"), (".", "is a folder"),
                            (str(tmp_path / "no/such/folder/x.html"), f"x.html: no folder {tmp_path / 'no'}")):
            field.value = value
            await pilot.press("enter")
            await until(pilot, lambda: said in _said(app))
            assert "\n" not in _said(app) and isinstance(app.screen, ExportDialog)
        field.value = str(tmp_path / "bad\x1b[31m.html")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen))
        assert (tmp_path / "elsewhere").read_text() == "keep"
        assert (tmp_path / "bad\x1b[31m.html").exists()  # the name is the user's; only its display is made inert
        assert not any("\x1b" in str(n.message) for n in app._notifications)


async def test_a_name_of_another_format_is_written_only_after_saying_so(bundled, analysis, tmp_path, monkeypatch):
    """HTML into ``notes.md`` went through without a word; a name of no known format does not ask."""
    monkeypatch.chdir(tmp_path)
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.action_export("html")
        app.screen.query_one("#export-path").value = "notes.md"
        await pilot.press("enter")
        assert "notes.md is not named as HTML report (.html): ⏎ again writes HTML report there" in _said(app)
        assert not (tmp_path / "notes.md").exists()
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen))
        assert (tmp_path / "notes.md").read_text().startswith("<!DOCTYPE html>")
        await app.action_export("html")
        app.screen.query_one("#export-path").value = str(tmp_path / "report.txt")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen))
        assert (tmp_path / "report.txt").exists()


def _held(monkeypatch, name: str):
    """Make the dialog's ``name`` (``encoded`` or ``write_atomic``) wait for the returned event."""
    import threading

    import reader.ui.screens.export as module

    started, go, real = threading.Event(), threading.Event(), getattr(module, name)

    def held(*args):
        assert not started.is_set(), "a second worker made the file"
        started.set()
        go.wait(10)
        return real(*args)

    monkeypatch.setattr(module, name, held)
    return started, go


async def test_escape_while_the_file_is_written_still_says_it_was(bundled, analysis, tmp_path, monkeypatch):
    """The outcome was a message to the dialog: after escape nobody heard it. The write, begun, ends
    whole, and the app says so."""
    monkeypatch.chdir(tmp_path)
    started, go = _held(monkeypatch, "write_atomic")
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.action_export("markdown")
        await pilot.press("enter")
        await until(pilot, started.is_set)
        await pilot.press("enter")  # again, while it is written: no second write
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen))
        go.set()
        await until(pilot, lambda: any("Exported Markdown to" in line for line in told(app)))
        await app.workers.wait_for_complete()
        assert sum("Exported" in line for line in told(app)) == 1
        assert (tmp_path / "articles.md").read_text() == to_markdown(analysis)


async def test_escape_while_the_file_is_made_cancels_it_and_says_so(bundled, analysis, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    started, go = _held(monkeypatch, "encoded")
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.action_export("json")
        await pilot.press("enter")
        await until(pilot, started.is_set)
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen))
        go.set()
        await until(pilot, lambda: any("Export cancelled" in line for line in told(app)))
        assert list(tmp_path.iterdir()) == []  # neither the file nor a temporary one


async def test_a_failure_after_escape_is_told_on_the_app(bundled, analysis, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    started, go = _held(monkeypatch, "write_atomic")
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.action_export("html")
        app.screen.query_one("#export-path").value = str(tmp_path / "gone/report.html")
        await pilot.press("enter")
        await until(pilot, started.is_set)
        await pilot.press("escape")
        go.set()
        await until(pilot, lambda: any("Export not written:" in line and "report.html" in line for line in told(app)))
        assert isinstance(app.screen, ReaderScreen)


async def test_after_a_warning_typing_adds_to_the_path_and_a_bare_name_is_said_in_full_first(
        bundled, analysis, tmp_path, monkeypatch):
    """The field kept the offered path selected: ``jjj`` typed after "exists" replaced it, and a further
    enter would have written ``./jjj``. Now the path stays, nothing selected, and a name typed without
    its folder is said in full, in the field too, before a second enter writes it."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "articles.json").write_text("mine")
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.action_export("json")
        field = app.screen.query_one("#export-path")
        await pilot.press("enter")
        assert "exists: ⏎ again replaces it" in _said(app)
        await pilot.press(*"jjj")
        assert field.value == f"{tmp_path / 'articles.json'}jjj"
        field.value = "fresh.json"
        await pilot.press("enter")
        assert _said(app) == f"{tmp_path / 'fresh.json'} (in the current folder): ⏎ again writes it"
        assert field.value == str(tmp_path / "fresh.json") and not (tmp_path / "fresh.json").exists()
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen))
        assert json.loads((tmp_path / "fresh.json").read_text())["schema"] == "dossier-reader/1"
