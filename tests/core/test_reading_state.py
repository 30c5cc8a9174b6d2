"""Where the user left a dossier, kept in their data directory: saved whole, read back as
untrusted input (anything odd is the default plus one problem, never an exception)."""

from __future__ import annotations

import json
import os
import stat

import pytest

from reader.core.store.corrections import private_sidecar_path
from reader.core.store.reading import MAX_STATE_BYTES, ReadingState, load_reading_state, save_reading_state, state_path
from tests.conftest import BUNDLED


def test_saved_state_reads_back_and_is_private(tmp_path):
    state = ReadingState("al-jazeera", 1234, "textual-light", "monokai", weaker=True)
    assert save_reading_state(tmp_path, state) is None
    assert load_reading_state(tmp_path) == (state, None)
    path = state_path(tmp_path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert not list(tmp_path.iterdir())  # nothing beside the dossier


def test_keyed_like_the_private_corrections_and_never_in_the_bundle():
    path = state_path(BUNDLED)
    assert path.name == private_sidecar_path(BUNDLED).name
    assert not path.is_relative_to(BUNDLED.resolve())
    assert state_path(BUNDLED) != state_path(BUNDLED.parent)


def test_nothing_saved_is_the_default_without_a_word(tmp_path):
    assert load_reading_state(tmp_path) == (ReadingState(), None)


@pytest.mark.parametrize("content", [
    b"\xff\xfe not json",
    b"[]",
    b'{"format": "dossier-reader reading state", "version": 2}',
    b'{"format": "something else", "version": 1}',
    b'{"format": "dossier-reader reading state", "version": 1, "offset": -5}',
    b'{"format": "dossier-reader reading state", "version": 1, "offset": true}',
    b'{"format": "dossier-reader reading state", "version": 1, "article": ["x"]}',
    json.dumps({"format": "dossier-reader reading state", "version": 1, "theme": "x" * 1000}).encode(),
    b" " * (MAX_STATE_BYTES + 1),
    b'{"format": "dossier-reader reading state", "version": 1, "weaker": 1}',
], ids=["binary", "list", "version", "format", "negative", "bool", "list-name", "long-name", "huge", "weaker-number"])
def test_a_bad_file_is_the_default_and_one_problem(tmp_path, content):
    path = state_path(tmp_path)
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    state, problem = load_reading_state(tmp_path)
    assert state == ReadingState()
    assert problem is not None and "\n" not in str(problem)


def test_a_link_or_a_fifo_is_not_followed(tmp_path):
    path = state_path(tmp_path / "d")
    path.parent.mkdir(parents=True)
    secret = tmp_path / "elsewhere.json"
    secret.write_text(json.dumps({"format": "dossier-reader reading state", "version": 1, "article": "x"}))
    path.symlink_to(secret)
    assert load_reading_state(tmp_path / "d")[0] == ReadingState()
    path.unlink()
    os.mkfifo(path)
    assert load_reading_state(tmp_path / "d")[0] == ReadingState()  # returns at once, never blocks


def test_saving_replaces_a_link_rather_than_writing_through_it(tmp_path):
    path = state_path(tmp_path / "d")
    path.parent.mkdir(parents=True)
    target = tmp_path / "target"
    target.write_text("keep")
    path.symlink_to(target)
    assert save_reading_state(tmp_path / "d", ReadingState("a")) is None
    assert target.read_text() == "keep" and not path.is_symlink()


def test_an_unwritable_data_directory_is_a_problem_not_an_exception(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("DOSSIER_READER_DATA", str(blocker))
    assert save_reading_state(tmp_path, ReadingState("a")) is not None
