"""Atomic writes keep the old file on failure and give files their ordinary permissions."""

import os

import pytest

from reader.core.store import writing
from reader.core.store.writing import write_atomic


def test_new_file_gets_the_umask_mode(tmp_path):
    umask = os.umask(0o022)
    try:
        write_atomic(tmp_path / "a.md", "text")
    finally:
        os.umask(umask)
    assert (tmp_path / "a.md").stat().st_mode & 0o777 == 0o644


def test_existing_file_keeps_its_mode(tmp_path):
    target = tmp_path / "a.md"
    target.write_text("old")
    target.chmod(0o640)
    write_atomic(target, "new")
    assert target.read_text() == "new" and target.stat().st_mode & 0o777 == 0o640


def test_failed_rename_keeps_old_file_and_leaves_no_temp(tmp_path, monkeypatch):
    target = tmp_path / "a.md"
    target.write_text("old")

    def refuse(*args):
        raise OSError("disk full")

    monkeypatch.setattr(writing.os, "replace", refuse)
    with pytest.raises(OSError):
        write_atomic(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]


def test_write_new_never_replaces_a_file(tmp_path):
    from reader.core.store.writing import write_new

    target = tmp_path / "a.md"
    assert write_new(target, "first\n") is True
    assert write_new(target, "second\n") is False
    assert target.read_text(encoding="utf-8") == "first\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]  # no temporary file left behind
