"""Shared fixtures: every test gets its own analysis cache and data directory, and real dossiers by name."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
BUNDLED = ROOT / "articles"
SEEDS = ROOT.parent / "shared" / "seeds"

needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"the raw captures live in {SEEDS}, beside the clone")


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("DOSSIER_READER_CACHE", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.setenv("DOSSIER_READER_DATA", str(tmp_path_factory.mktemp("data")))


@pytest.fixture(scope="session")
def bundled():
    """The bundled five-report dossier, loaded."""
    from reader.core.ingest.loading import load_dossier

    return load_dossier(BUNDLED)


@pytest.fixture(scope="session")
def analysis(bundled):
    """The bundled dossier, analysed (once per test session)."""
    from reader.core.pipeline import analyse

    return analyse(bundled)
