"""The N-way view's word differences and figure notes are found by a thread worker, not on the UI
thread: drawn ahead (the compare cursor's passage) the view's rows wait for them; a row drawn before
the worker is done finds its own, the same ones, so the view never shows other marks nor changes them."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest

from reader.core.findings import collation
from reader.core.findings.collation import version_differences, version_notes
from reader.core.findings.difftypes import pair_findings
from reader.core.model import Analysis, Link
from reader.core.text.diff import diff_passages
from reader.ui.app import build_app
from reader.ui.messages import OpenVersions
from reader.ui.screens import nway
from reader.ui.screens.nway import NWayScreen
from tests.helpers import on_top, until


@pytest.fixture
def reworded(tiny_analysis) -> tuple[Analysis, Link]:
    """A link across each report's first sentence, which words differ."""
    spans = tuple(tiny_analysis.sentences[key][0].span for key in ("alpha", "beta", "gamma"))
    link = Link("L3", "paraphrase", 0.6, spans)
    return replace(tiny_analysis, links=(*tiny_analysis.links, link)), link


def test_each_version_is_diffed_against_the_reference(reworded):
    analysis, link = reworded
    found = version_differences(analysis, link, "beta")
    assert set(found) == {"alpha", "gamma"}
    for article, ops in found.items():
        assert ops == diff_passages(analysis, link.passage_in("beta"), link.passage_in(article))
    assert any(op.tag != "equal" for op in found["alpha"])


async def test_drawn_ahead_the_versions_wait_for_the_worker_and_the_ui_thread_diffs_nothing(monkeypatch, reworded):
    analysis, link = reworded
    on_ui: list = []
    monkeypatch.setattr(nway, "diff_passages", lambda *args: on_ui.append(args) or diff_passages(*args))
    app = build_app(analysis.dossier, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: NWayScreen in app._kept_views and app._kept_views[NWayScreen].is_mounted)
        view = app._kept_views[NWayScreen]
        app.versions_ahead(OpenVersions(analysis, link.passage_in("alpha"), link))
        await until(pilot, lambda: view.link is link and view._differences_found, workers=True)
        app.post_message(OpenVersions(analysis, link.passage_in("alpha"), link))
        await on_top(pilot, NWayScreen)
        assert app.screen is view and "difference" in view.item_text(1)
        assert view._differences == version_differences(analysis, link, "alpha")
        assert not on_ui


async def test_a_row_drawn_before_the_worker_is_done_shows_what_it_finds(monkeypatch, reworded):
    analysis, link = reworded
    release = threading.Event()

    def held(*args):
        release.wait(timeout=30)
        return version_differences(*args)

    monkeypatch.setattr(nway, "version_differences", held)
    app = build_app(analysis.dossier, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(NWayScreen(analysis, link.passage_in("alpha"), link=link))
        await on_top(pilot, NWayScreen)
        screen = app.screen
        before = screen._version_text("beta")
        assert not screen._differences_found
        release.set()
        await until(pilot, lambda: screen._differences_found, workers=True)
        after = screen._version_text("beta")
        assert (after.plain, after.spans) == (before.plain, before.spans)
        assert screen._differences == version_differences(analysis, link, "alpha")


def _notes_link(analysis: Analysis) -> Link:
    """A link of the bundled dossier whose versions have figure notes against its first."""
    return next(link for link in analysis.links
                if any(version_notes(analysis, link, link.passages[0].article).values()))


async def test_opened_once_the_worker_is_done_no_note_is_found_on_the_ui_thread(monkeypatch, bundled, analysis):
    link = _notes_link(analysis)
    reference = link.passages[0].article
    notes = version_notes(analysis, link, reference)
    on_ui: list = []

    def counted(*args):
        if threading.current_thread() is threading.main_thread():
            on_ui.append(args)
        return pair_findings(*args)

    monkeypatch.setattr(collation, "pair_findings", counted)
    monkeypatch.setattr(nway, "version_note", lambda *args: on_ui.append(args) or collation.version_note(*args))
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: NWayScreen in app._kept_views and app._kept_views[NWayScreen].is_mounted)
        view = app._kept_views[NWayScreen]
        request = OpenVersions(analysis, link.passage_in(reference), link)
        app.versions_ahead(request)
        await until(pilot, lambda: view.link is link and view._differences_found, workers=True)
        app.post_message(request)
        await on_top(pilot, NWayScreen)
        shown = [view.item_text(n) for n in range(len(view.carriers))]
        assert all(note in text for note, text in zip(notes.values(), shown[1:]) if note)
        assert view._notes == notes
        assert not on_ui


async def test_a_note_drawn_before_the_worker_is_done_is_the_one_it_finds(monkeypatch, bundled, analysis):
    link = _notes_link(analysis)
    reference = link.passages[0].article
    noted = next(article for article, note in version_notes(analysis, link, reference).items() if note)
    release = threading.Event()

    def held(*args):
        release.wait(timeout=30)
        return version_notes(*args)

    monkeypatch.setattr(nway, "version_notes", held)
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(NWayScreen(analysis, link.passage_in(reference), link=link))
        await on_top(pilot, NWayScreen)
        screen = app.screen
        before = screen._version_text(noted)
        assert not screen._differences_found and screen.figure_note(noted) in before.plain
        release.set()
        await until(pilot, lambda: screen._differences_found, workers=True)
        after = screen._version_text(noted)
        assert (after.plain, after.spans) == (before.plain, before.spans)
        assert screen._notes == version_notes(analysis, link, reference)
