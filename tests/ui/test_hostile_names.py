"""The reader's notifications about hostile folder and file names (a broken sidecar, a skipped
file, a folder that cannot be written on the first correction) are inert, one line each."""

from __future__ import annotations

import errno
import shutil

from reader.core.ingest.loading import load_dossier
from reader.core.store import corrections
from reader.core.store.corrections import reject_link
from reader.ui.app import build_app
from tests.conftest import BUNDLED
from tests.helpers import notices as under_panes, until
from tests.hostile_names import TITLE, assert_inert_bytes, make_hostile_folder


def notices(app) -> list[str]:
    """Each notice's title and message (toasts, and those under the reader's panes), checked to be
    one inert line each (a notice naming files: a line per file, under one counting them)."""
    said, told = [], dict(app.notices)
    for title, message in [(n.title, str(n.message)) for n in app._notifications] + [*under_panes(app).items()]:
        lines = told.get(title, "")
        assert len(assert_inert_bytes(title.encode("utf-8"))) <= 1, title
        assert len(assert_inert_bytes(message.encode("utf-8"))) <= (1 if isinstance(lines, str) else len(lines)), message
        said.append(f"{title}: {message}")
    return said


async def test_the_reader_says_hostile_names_and_a_broken_sidecar_inertly(tmp_path, analysis):
    hostile_folder = make_hostile_folder(tmp_path)
    dossier = load_dossier(hostile_folder)
    app = build_app(dossier, analysis=analysis, folder=hostile_folder)
    async with app.run_test(size=(120, 40)):  # told as the app mounts
        said = notices(app)
        assert len(said) == 2  # the files not opened are named, a line each, under their count
        assert any("corrections not applied" in notice and "clip␛]52;c;" in notice for notice in said)
        assert any(notice.startswith("Problems: 3 files not opened") for notice in said)


async def test_a_hostile_folder_that_cannot_be_written_on_first_correction_is_said_inertly(tmp_path, analysis, monkeypatch):
    # A read-only folder now keeps its corrections in the user's data directory, so the failure
    # that must be said is one no fallback cures: a full disk.
    folder = tmp_path / f"{TITLE}\nline"
    shutil.copytree(BUNDLED, folder)

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(corrections, "write_atomic", full)
    app = build_app(load_dossier(folder), analysis=analysis, folder=folder)
    async with app.run_test(size=(120, 40)) as pilot:
        app.decide(reject_link(analysis, analysis.links[0]), "Rejected")
        await until(pilot, lambda: any("not saved" in notice for notice in notices(app)), workers=True)
        said = [notice for notice in notices(app) if "not saved" in notice]
    assert len(said) == 1
    assert "dossier\u241b]0;T\u2407\u2424line/.dossier-reader.json: corrections not saved" in said[0]
