"""The on-disk analysis cache: a second open skips the analysis; changed content or a corrupt file does not fool it."""

from __future__ import annotations

import dataclasses

import pytest

from reader.core.store import cache
from reader.core.store.cache import analyse_cached, cache_dir
from reader.core.ingest.loading import load_dossier

from ..conftest import DATA


@pytest.fixture
def counted(monkeypatch):
    """Count the real analyses run behind ``analyse_cached``."""
    calls = []
    real = cache.analyse

    def counting(dossier, **kwargs):
        calls.append(dossier)
        return real(dossier, **kwargs)

    monkeypatch.setattr(cache, "analyse", counting)
    return calls


def test_a_second_call_on_the_same_content_skips_the_analysis(counted):
    dossier = load_dossier(DATA / "align" / "wire")
    first = analyse_cached(dossier)
    second = analyse_cached(load_dossier(DATA / "align" / "wire"))
    assert len(counted) == 1
    assert second.links == first.links and second.sentences == first.sentences


def test_changed_content_misses(counted):
    dossier = load_dossier(DATA / "align" / "wire")
    analyse_cached(dossier)
    edited = dataclasses.replace(dossier.articles[0], body=dossier.articles[0].body.replace("nine-day", "ten-day"))
    analyse_cached(dataclasses.replace(dossier, articles=(edited, *dossier.articles[1:])))
    assert len(counted) == 2


def test_a_corrupt_cache_file_is_ignored_and_rewritten(counted):
    dossier = load_dossier(DATA / "align" / "wire")
    analyse_cached(dossier)
    (entry,) = cache_dir().glob("*.pickle")
    entry.write_bytes(b"\x80\x05not a pickle at all")
    again = analyse_cached(dossier)
    assert len(counted) == 2
    assert len(again.links) == 2
    analyse_cached(dossier)
    assert len(counted) == 2
