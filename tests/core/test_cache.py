"""The on-disk analysis cache: a second open skips the analysis; changed content, a corrupt,
foreign or planted entry, or a folder others can write does not fool it."""

from __future__ import annotations

import dataclasses
import errno
import os
import pickle
import subprocess
import sys

import pytest

from reader.core import forked
from reader.core.ingest.loading import load_dossier
from reader.core.store import cache, entry, writing
from reader.core.store.cache import analyse_cached, cache_dir, cache_key
from reader.core.store.entry import decode, encode

from ..conftest import DATA, ROOT


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


@pytest.fixture
def wire():
    return load_dossier(DATA / "align" / "wire")


def entry_of(dossier):
    return cache_dir() / f"{cache_key(dossier)}{cache.SUFFIX}"


def test_a_second_call_on_the_same_content_skips_the_analysis(counted, wire):
    first, notice = analyse_cached(wire)
    second, _ = analyse_cached(load_dossier(DATA / "align" / "wire"))
    assert len(counted) == 1 and notice is None
    assert second.links == first.links and second.sentences == first.sentences


def test_a_big_dossiers_entry_is_written_by_a_copy_and_read_once_written(counted, wire, monkeypatch):
    """Above ``BESIDE_FROM`` reports, with a core spare, a copy of the process encodes and writes the entry while the
    caller goes on: reading the cache waits for it, so the second call still skips the analysis."""
    if not hasattr(os, "fork"):
        pytest.skip("no os.fork on this platform")
    forks, fork = [], os.fork
    monkeypatch.setattr(cache, "BESIDE_FROM", 1)
    monkeypatch.setattr(cache, "spare_core", lambda: True)
    monkeypatch.setattr(forked, "spare_core", lambda: False)  # the analysis in one process: the forks counted are the cache's
    monkeypatch.setattr(cache.os, "fork", lambda: forks.append(fork()) or forks[-1])
    first, _ = analyse_cached(wire)
    assert len(forks) == 1 and cache._writing == [forks[0]]
    second, _ = analyse_cached(load_dossier(DATA / "align" / "wire"))
    assert len(counted) == 1 and not cache._writing
    assert second.links == first.links


def test_the_same_folder_named_another_way_is_the_same_entry(counted, wire, monkeypatch):
    """Opened as an absolute path, then from inside its parent by a relative one: one analysis,
    and the entry found gives the articles as this call named them."""
    folder = DATA / "align" / "wire"
    analyse_cached(load_dossier(folder.resolve()))
    monkeypatch.chdir(folder.parent.parent)
    again, _ = analyse_cached(load_dossier(os.path.join(".", "align", "wire")))
    assert len(counted) == 1
    assert not os.path.isabs(again.dossier.articles[0].path)


def test_changed_content_misses(counted, wire):
    analyse_cached(wire)
    edited = dataclasses.replace(wire.articles[0], body=wire.articles[0].body.replace("nine-day", "ten-day"))
    analyse_cached(dataclasses.replace(wire, articles=(edited, *wire.articles[1:])))
    assert len(counted) == 2


def test_every_field_of_a_full_analysis_survives_the_round_trip(analysis):
    """Generic over the model: a field added to any dataclass of the analysis must come back as it was.
    ``astuple`` walks every field (``compare=False`` ones too) and keeps tuples apart from lists."""
    again = decode(encode(analysis, "k"), "k", analysis.dossier)
    assert dataclasses.astuple(again) == dataclasses.astuple(analysis)
    assert again.dossier is analysis.dossier  # the entry holds what was computed, not the articles


def test_an_analysis_stored_in_many_pieces_comes_back_whole(analysis, monkeypatch):
    monkeypatch.setattr(entry, "TABLE_PIECE", 1)
    monkeypatch.setattr(entry, "TUPLE_PIECE", 7)
    data = encode(analysis, "k")
    pieces = dict(entry._DECODER.decode(data).fields)
    assert len(pieces["sentences"]) == len(analysis.dossier.articles)
    assert len(pieces["entities"]) == -(-len(analysis.entities) // 7) and len(pieces["links"]) > 1
    again = decode(data, "k", analysis.dossier)
    assert dataclasses.astuple(again) == dataclasses.astuple(analysis)


def test_an_entry_holds_sentence_bounds_and_their_tokens_come_back_when_asked(analysis):
    again = decode(encode(analysis, "k"), "k", analysis.dossier)
    for article, sentences in analysis.sentences.items():
        assert [s.text for s in again.sentences[article]] == [analysis.dossier.article(article).text(s.span) for s in sentences]
        assert [s.tokens for s in again.sentences[article]] == [s.tokens for s in sentences]


def test_an_entry_with_a_sentence_outside_its_article_is_refused(analysis):
    article = analysis.dossier.articles[0]
    last = analysis.sentences[article.id][-1]
    beyond = dataclasses.replace(last, end=len(article.body) + 5)
    broken = dataclasses.replace(analysis, sentences={**analysis.sentences, article.id: (*analysis.sentences[article.id][:-1], beyond)})
    with pytest.raises(ValueError, match="outside"):
        decode(encode(broken, "k"), "k", analysis.dossier)


def test_an_entry_is_data_and_does_not_carry_the_articles(analysis):
    data = encode(analysis, "k")
    assert analysis.dossier.articles[0].body[:200].encode() not in data
    assert b"__reduce__" not in data and not data.startswith(b"\x80")  # not a pickle


_REOPENED = """
import sys
from pathlib import Path
from reader.core import forked
from reader.core.ingest.loading import load_dossier
from reader.core.store.entry import decode
analysis = decode(Path(sys.argv[1]).read_bytes(), "k", load_dossier(Path(sys.argv[2])))
told = {article: [sorted(analysis.said_by(article, s)) for s in sentences] for article, sentences in analysis.sentences.items()}
print(sorted(name for name in ("lemminflect", "wordfreq") if name in sys.modules), repr(told))
"""


def test_a_reopened_analysis_reads_its_words_from_the_entry_not_the_lexicons(analysis, tmp_path):
    """What other reports say of each sentence (◆, the quotations said alike) reads its words as
    lemmas with their frequencies: kept in the entry, so that a reopened dossier loads neither
    lexicon (a third of a second of CPU at every open, the first keys waiting on it)."""
    path = tmp_path / "entry"
    path.write_bytes(encode(analysis, "k"))
    done = subprocess.run([sys.executable, "-c", _REOPENED, str(path), str(ROOT / "articles")],
                          cwd=ROOT, capture_output=True, text=True, check=True)
    told = {article: [sorted(analysis.said_by(article, s)) for s in sentences] for article, sentences in analysis.sentences.items()}
    assert done.stdout.strip() == f"[] {told!r}"


def test_an_entry_keeps_each_word_form_once_and_no_marks():
    """The entry's words are read from the tokens' matching forms: each word once, in the order first printed,
    a function word kept as telling nothing, a figure as itself, punctuation left out."""
    from reader.core.model.telling import lexicon

    terms, zipfs = lexicon(["ferries", ",", "the", '"', "12", "ferries", "ran", "..."])
    assert list(terms) == ["ferries", "the", "12", "ran"]
    assert terms["ferries"] == "ferry" and terms["the"] is None and terms["12"] == "12"
    assert set(zipfs) == {"ferry", "run"}


def test_an_analysis_read_back_keeps_its_own_sentences_tokens_not_those_read_before(analysis, bundled):
    """The first sentences asked keep their tokens unpacked: after an entry is read, they are its sentences',
    not an earlier analysis' (whose tokens would stay alive and fill the table for good)."""
    from reader.core.model import analysis as model

    for sentences in analysis.sentences.values():
        sentences[0].tokens
    assert model._unpacked.kept
    reopened = decode(encode(analysis, "k"), "k", bundled)
    assert not model._unpacked.kept
    first = next(iter(reopened.sentences.values()))[0]
    assert first.tokens is first.tokens and len(model._unpacked.kept) == 1


def test_the_cache_is_private_whatever_the_umask(counted, wire):
    umask = os.umask(0)
    try:
        analyse_cached(wire)
    finally:
        os.umask(umask)
    assert cache_dir().stat().st_mode & 0o777 == 0o700
    assert entry_of(wire).stat().st_mode & 0o777 == 0o600


def test_an_older_readable_cache_folder_is_made_private(counted, wire):
    cache_dir().chmod(0o755)
    analyse_cached(wire)
    assert cache_dir().stat().st_mode & 0o777 == 0o700 and len(counted) == 1


def test_a_folder_others_can_write_is_not_used_and_said(counted, wire, tmp_path, monkeypatch):
    shared = tmp_path / "shared\x1b]0;title\x07"
    shared.mkdir()
    shared.chmod(0o1777)
    monkeypatch.setenv("DOSSIER_READER_CACHE", str(shared))
    pickled = shared / f"{cache_key(wire)}{cache.SUFFIX}"
    pickled.write_bytes(encode(cache.analyse(wire), cache_key(wire)))  # a planted, well-formed entry
    analysis, notice = analyse_cached(wire)
    assert len(counted) == 2 and analysis.links
    assert "analysis cache not used" in notice and "other users can write to it" in notice
    assert "\x1b" not in notice and "\x07" not in notice


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a folder to another user needs root")
def test_a_folder_of_another_user_is_not_used(counted, wire, tmp_path, monkeypatch):
    theirs = tmp_path / "theirs"
    theirs.mkdir(mode=0o700)
    os.chown(theirs, 65534, 65534)
    monkeypatch.setenv("DOSSIER_READER_CACHE", str(theirs))
    _, notice = analyse_cached(wire)
    assert "belongs to another user" in notice and not list(theirs.iterdir())


def planted_pickle(marker):
    class Payload:
        def __reduce__(self):
            return (open, (str(marker), "w"))

    return pickle.dumps(Payload())


@pytest.mark.parametrize(
    "plant",
    [
        pytest.param(lambda path, good, marker: path.write_bytes(b"\x80\x05not a pickle at all"), id="garbage"),
        pytest.param(lambda path, good, marker: path.write_bytes(good[: len(good) // 2]), id="truncated"),
        pytest.param(lambda path, good, marker: path.write_bytes(good + b"\x00"), id="trailing-bytes"),
        pytest.param(lambda path, good, marker: path.write_bytes(planted_pickle(marker)), id="pickle"),
        pytest.param(lambda path, good, marker: path.write_bytes(good.replace(b"dossier-reader analysis", b"dossier-reader analysiz")), id="foreign"),
        pytest.param(lambda path, good, marker: (path.write_bytes(good), path.chmod(0o666)), id="others-can-write"),
        pytest.param(lambda path, good, marker: os.mkfifo(path, 0o600), id="fifo"),
        pytest.param(lambda path, good, marker: (marker.write_bytes(good), path.symlink_to(marker)), id="symlink"),
    ],
)
def test_a_bad_or_planted_entry_is_deleted_and_rebuilt(counted, wire, tmp_path, plant):
    analyse_cached(wire)
    entry = entry_of(wire)
    good = entry.read_bytes()
    entry.unlink()
    marker = tmp_path / "ran"
    plant(entry, good, marker)
    again, notice = analyse_cached(wire)
    assert len(counted) == 2 and notice is None and len(again.links) == 2
    assert entry.read_bytes() == good and not entry.is_symlink()
    assert not marker.exists() or marker.read_bytes() == good  # the pickle never ran
    analyse_cached(wire)
    assert len(counted) == 2


def test_an_entry_for_other_content_is_not_taken(counted, wire):
    analyse_cached(wire)
    good = entry_of(wire).read_bytes()
    stranger = dataclasses.replace(wire, articles=wire.articles[:1])
    entry_of(stranger).write_bytes(good)
    entry_of(stranger).chmod(0o600)
    analysis, _ = analyse_cached(stranger)
    assert len(counted) == 2 and len(analysis.sentences) == 1
    assert entry_of(wire).read_bytes() == good


@pytest.mark.parametrize("error", [OverflowError, MemoryError, RecursionError, ValueError, KeyError])
def test_an_entry_that_raises_anything_when_read_is_replaced(counted, wire, monkeypatch, error):
    analyse_cached(wire)

    class Exploding:
        def decode(self, data):
            raise error("planted")

    with monkeypatch.context() as patch:
        patch.setattr(entry, "_DECODER", Exploding())
        analysis, _ = analyse_cached(wire)
    assert len(counted) == 2 and len(analysis.links) == 2
    analyse_cached(wire)
    assert len(counted) == 2


def test_the_cache_is_bounded_and_evicts_the_least_recently_used(counted, wire, monkeypatch):
    analyse_cached(wire)
    size = entry_of(wire).stat().st_size
    monkeypatch.setattr(cache, "MAX_CACHE_BYTES", size * 3 + size // 2)
    v0, v1, v2 = (
        dataclasses.replace(wire, articles=(dataclasses.replace(wire.articles[0], id=f"v{n}"), *wire.articles[1:]))
        for n in range(3)
    )
    analyse_cached(v0)
    analyse_cached(v1)
    for when, dossier in ((1, wire), (1000, v0), (1001, v1)):
        os.utime(entry_of(dossier), (when, when))
    analyse_cached(v0)  # a hit: used lately
    analyse_cached(v2)
    assert {path.name for path in cache_dir().glob("*.msgpack")} == {entry_of(d).name for d in (v0, v1, v2)}
    assert len(counted) == 4


def test_an_analysis_larger_than_the_bound_is_not_cached(counted, wire, monkeypatch):
    monkeypatch.setattr(cache, "MAX_CACHE_BYTES", 100)
    analyse_cached(wire)
    assert not list(cache_dir().iterdir())


def test_a_full_disk_costs_speed_and_leaves_no_temporary_file(counted, wire, monkeypatch):
    def full(*args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(writing.os, "replace", full)
    analysis, notice = analyse_cached(wire)
    assert len(analysis.links) == 2 and notice is None
    assert not list(cache_dir().iterdir())


def test_leftovers_of_killed_writers_and_old_pickles_go_on_the_next_write(counted, wire):
    folder = cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    leftover = folder / f".{'0' * 64}.msgpack.dead.tmp"
    leftover.write_bytes(b"x" * 1000)
    older = folder / f"{'2' * 64}.4242.tmp"
    older.write_bytes(b"x" * 1000)
    legacy = folder / f"{'1' * 64}.pickle"
    legacy.write_bytes(b"old")
    analyse_cached(wire)
    assert sorted(path.name for path in folder.iterdir()) == [entry_of(wire).name]


def test_an_analysis_that_cannot_be_stored_is_still_returned(counted, wire, monkeypatch):
    def unsupported(analysis, key):
        raise TypeError("Encoding objects of type X is unsupported")

    monkeypatch.setattr(cache, "encode", unsupported)
    analysis, notice = analyse_cached(wire)
    assert len(analysis.links) == 2 and notice is None and not list(cache_dir().iterdir())


def test_an_entry_that_cannot_be_removed_costs_speed_only(counted, wire, monkeypatch):
    analyse_cached(wire)
    entry_of(wire).write_bytes(b"garbage")

    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "unlink", refuse)
    monkeypatch.setattr(os, "utime", refuse)
    analysis, notice = analyse_cached(wire)
    assert len(analysis.links) == 2 and notice is None and len(counted) == 2
