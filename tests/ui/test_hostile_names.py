"""The reader's notifications about hostile folder and file names (a broken sidecar, a skipped
file, a folder that cannot be written on the first correction) are inert, one line each."""

from __future__ import annotations

import os
import shutil
import tempfile

import pytest

from reader.core.ingest.loading import load_dossier
from reader.core.store.corrections import reject_link
from reader.ui.app import build_app
from tests.conftest import BUNDLED
from tests.hostile_names import TITLE, assert_inert_bytes, make_hostile_folder


def notices(app) -> list[str]:
    """Each notification's title and message, checked to be one inert line each."""
    said = []
    for notification in app._notifications:
        for text in (notification.title, str(notification.message)):
            assert len(assert_inert_bytes(text.encode("utf-8"))) <= 1, text
        said.append(f"{notification.title}: {notification.message}")
    return said


async def test_the_reader_says_hostile_names_and_a_broken_sidecar_inertly(tmp_path, analysis):
    hostile_folder = make_hostile_folder(tmp_path)
    dossier = load_dossier(hostile_folder)
    app = build_app(dossier, analysis=analysis, folder=hostile_folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        said = notices(app)
        assert len(said) == 4
        assert any("corrections not applied" in notice and "clip␛]52;c;" in notice for notice in said)
        assert any("evil.md␤dossier-reader: good.md" in notice for notice in said)


@pytest.mark.parametrize("really", [False, True], ids=["denied", "chmod"])
async def test_a_read_only_hostile_folder_on_first_correction_is_said_inertly(tmp_path, analysis, monkeypatch, really):
    if really and (os.name != "posix" or os.geteuid() == 0):
        pytest.skip("root writes through read-only modes")
    folder = tmp_path / f"{TITLE}\nline"
    shutil.copytree(BUNDLED, folder)
    if really:
        folder.chmod(0o555)
    else:
        def denied(*args, **kwargs):
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr(tempfile, "mkstemp", denied)
    try:
        app = build_app(load_dossier(folder), analysis=analysis, folder=folder)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            app.decide(reject_link(analysis, analysis.links[0]), "Rejected")
            await app.workers.wait_for_complete()
            await pilot.pause()
            said = [notice for notice in notices(app) if "not saved" in notice]
    finally:
        folder.chmod(0o755)
    assert len(said) == 1
    assert "dossier␛]0;T␇␤line/.dossier-reader.json: corrections not saved" in said[0]
