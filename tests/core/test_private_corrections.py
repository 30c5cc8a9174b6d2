"""Corrections to a dossier the user cannot or should not write live in the user's data
directory, keyed by the dossier; undoing every decision removes the file."""

from __future__ import annotations

import errno
import shutil

import pytest

from reader.core.store import corrections as module
from reader.core.store.corrections import (
    SIDECAR_NAME,
    Corrections,
    EntityKey,
    MergeEntities,
    load_corrections,
    private_sidecar_path,
    save_corrections,
)

from ..conftest import BUNDLED, DATA

ONE = Corrections((MergeEntities(EntityKey("Dana Rook", "person"), EntityKey("Rook", "person")),))
TWO = ONE.adding(MergeEntities(EntityKey("Northwind", "org"), EntityKey("Northwind Ltd", "org")))


@pytest.fixture
def folder(tmp_path):
    target = tmp_path / "dossier"
    shutil.copytree(DATA / "corrections" / "dossier", target)
    return target


@pytest.fixture
def read_only(monkeypatch):
    """Make ``os.access`` say no folder can be written (root ignores modes, so chmod cannot)."""
    monkeypatch.setattr(module.os, "access", lambda path, mode: False)


def test_the_bundled_dossier_is_never_written():
    before = sorted(p.name for p in BUNDLED.iterdir())
    assert save_corrections(BUNDLED, ONE) is None
    assert sorted(p.name for p in BUNDLED.iterdir()) == before
    assert private_sidecar_path(BUNDLED).is_file()
    assert load_corrections(BUNDLED) == (ONE, None)


def test_a_read_only_folder_keeps_its_corrections_privately(folder, read_only):
    assert save_corrections(folder, ONE) is None
    assert not (folder / SIDECAR_NAME).exists()
    assert private_sidecar_path(folder).stat().st_mode & 0o777 == 0o600  # as the reading-state files
    assert private_sidecar_path(folder).parent.stat().st_mode & 0o777 == 0o700
    assert load_corrections(folder) == (ONE, None)


def test_a_private_corrections_file_left_readable_by_others_is_made_private_at_the_next_save(folder, read_only):
    """An older version wrote the data directory's corrections file with the umask's ``-rw-r--r--``."""
    assert save_corrections(folder, ONE) is None
    private = private_sidecar_path(folder)
    private.chmod(0o644)
    assert save_corrections(folder, TWO) is None
    assert private.stat().st_mode & 0o777 == 0o600 and load_corrections(folder) == (TWO, None)


def test_a_folder_refusing_the_write_moves_the_corrections_to_the_data_directory(folder, monkeypatch):
    real = module.write_atomic

    def read_only_filesystem(path, text, **kwargs):
        if path.parent == folder:
            raise OSError(errno.EROFS, "Read-only file system")
        real(path, text, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(module, "write_atomic", read_only_filesystem)
        assert save_corrections(folder, ONE) is None
    assert load_corrections(folder) == (ONE, None) and not (folder / SIDECAR_NAME).exists()
    assert save_corrections(folder, TWO) is None  # kept privately from now on: one place, not two
    assert not (folder / SIDECAR_NAME).exists() and load_corrections(folder) == (TWO, None)


def test_private_corrections_are_keyed_by_the_dossier(tmp_path, read_only):
    first, second = tmp_path / "a" / "dossier", tmp_path / "b" / "dossier"
    for target in (first, second):
        shutil.copytree(DATA / "corrections" / "dossier", target)
    assert save_corrections(first, ONE) is None
    assert private_sidecar_path(first) != private_sidecar_path(second)
    assert load_corrections(second) == (Corrections(), None)
    article = first / "northwind.md"
    assert private_sidecar_path(article) not in (private_sidecar_path(first), private_sidecar_path(second))


def test_undo_to_nothing_removes_the_sidecar(folder):
    assert save_corrections(folder, ONE) is None
    assert save_corrections(folder, Corrections(), since=ONE) is None
    assert sorted(p.name for p in folder.iterdir()) == ["northwind.md", "southgate.md"]


def test_undo_to_nothing_removes_the_private_file(folder, read_only):
    assert save_corrections(folder, ONE) is None
    assert save_corrections(folder, Corrections(), since=ONE) is None
    assert not private_sidecar_path(folder).exists()
    assert load_corrections(folder) == (Corrections(), None)


def test_decisions_shipped_in_a_read_only_folder_are_read_and_stay_undone(folder, read_only):
    (folder / SIDECAR_NAME).write_text(module.to_json(ONE), encoding="utf-8")
    assert load_corrections(folder) == (ONE, None)
    assert save_corrections(folder, TWO, since=ONE) is None
    assert load_corrections(folder) == (TWO, None)
    assert save_corrections(folder, Corrections(), since=TWO) is None  # an empty private file hides the shipped ones
    assert load_corrections(folder) == (Corrections(), None)
    assert (folder / SIDECAR_NAME).read_text(encoding="utf-8") == module.to_json(ONE)
