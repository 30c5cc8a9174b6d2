"""A cache folder others can write is not used: the reader says so once and analyses anyway."""

from __future__ import annotations

from reader.ui.app import build_app
from tests.helpers import told, until


async def test_an_untrusted_cache_folder_is_said_once_and_the_analysis_still_runs(bundled, tmp_path, monkeypatch):
    shared = tmp_path / "team-cache\x1b]0;title\x07"
    shared.mkdir()
    shared.chmod(0o1777)
    monkeypatch.setenv("DOSSIER_READER_CACHE", str(shared))
    app = build_app(bundled)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: app.analysis is not None, workers=True)  # the worker starts after the first paint
        assert app.analysis.links
        said = [line for line in told(app) if "analysis cache not used" in line]
    assert len(said) == 1 and "other users can write to it" in said[0] and "\x1b" not in said[0]
    assert list(shared.iterdir()) == []
