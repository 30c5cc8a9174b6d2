"""Property tests over the stored state read back from disk: the cache reader and the sidecar reader.

Whatever bytes sit in a cache entry (arbitrary, or a valid entry cut short or altered),
reading it never raises and gives either nothing (the entry deleted) or exactly the analysis
that was stored. Whatever sits in a sidecar (arbitrary bytes, arbitrary JSON, or well-formed
decisions full of hostile strings), reading it never raises, and neither the decisions nor
the problem line carry a raw control character.
"""

from __future__ import annotations

import dataclasses
import json
import unicodedata
from functools import cache as once

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.ingest.loading import load_dossier
from reader.core.store import cache, entry
from reader.core.store.corrections import SIDECAR_NAME, load_corrections
from tests.core.test_safe_text import assert_inert

from ..conftest import DATA

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@once
def stored():
    """A real entry: the wire dossier's analysis under its key."""
    dossier = load_dossier(DATA / "align" / "wire")
    analysis = cache.analyse(dossier)
    key = cache.cache_key(dossier)
    return dossier, analysis, key, entry.encode(analysis, key)


def read_entry(folder, data: bytes):
    dossier, _, key, _ = stored()
    path = folder / f"{key}{cache.SUFFIX}"
    path.write_bytes(data)
    path.chmod(0o600)
    result = cache._load(path, key, dossier)
    assert result is not None or not path.exists()
    return result


@SETTINGS
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_in_a_cache_entry_are_never_taken(tmp_path, data):
    assert read_entry(tmp_path, data) is None


@SETTINGS
@given(st.data())
def test_a_cut_or_altered_entry_gives_nothing_or_exactly_what_was_stored(tmp_path, data):
    _, analysis, _, good = stored()
    cut = data.draw(st.integers(0, len(good)))
    damaged = bytearray(good[:cut])
    for _ in range(data.draw(st.integers(0, 3))):
        if damaged:
            at = data.draw(st.integers(0, len(damaged) - 1))
            damaged[at] = data.draw(st.integers(0, 255))
    result = read_entry(tmp_path, bytes(damaged))
    assert result is None or dataclasses.astuple(result) == dataclasses.astuple(analysis)


def raw_controls(text: str) -> list[str]:
    return [c for c in text if unicodedata.category(c) == "Cc"]


def assert_clean(folder) -> None:
    corrections, problem = load_corrections(folder)
    if problem is not None:
        line = str(problem)
        assert not raw_controls(line), repr(line)
        assert_inert(line)
    for decision in corrections.decisions:
        for text in strings_in(decision):
            assert not raw_controls(text), repr(text)
            assert_inert(text)


def strings_in(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if dataclasses.is_dataclass(value):
        return [s for field in dataclasses.fields(value) for s in strings_in(getattr(value, field.name))]
    if isinstance(value, tuple):
        return [s for item in value for s in strings_in(item)]
    return []


HOSTILE = st.text(
    st.one_of(st.characters(), st.sampled_from(["\x1b", "\x07", "\n", "\r", "\u009b", "\u202e", "\u0301", "\ud800"])),
    max_size=40,
)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | HOSTILE,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(HOSTILE, inner, max_size=4),
    max_leaves=30,
)
TYPES = st.sampled_from(["person", "org", "place", "group", "product", "law", "other", "alien"])
KEY = st.fixed_dictionaries({"name": HOSTILE, "type": TYPES})
ANCHOR = st.fixed_dictionaries(
    {"article": HOSTILE, "start": st.integers(-5, 50), "end": st.integers(-5, 50), "fingerprint": HOSTILE}
)
DECISION = st.one_of(
    st.fixed_dictionaries({"decision": st.just("merge"), "keep": KEY, "absorb": KEY}),
    st.fixed_dictionaries(
        {"decision": st.just("split"), "entity": KEY, "aliases": st.lists(HOSTILE, max_size=3),
         "mentions": st.lists(ANCHOR, max_size=2)}
    ),
    st.fixed_dictionaries({"decision": st.one_of(st.sampled_from(["reject", "accept"]), HOSTILE), "passages": st.lists(ANCHOR, max_size=3)}),
    JSON,
)
DOCUMENT = st.fixed_dictionaries(
    {"format": st.sampled_from(["dossier-reader corrections", "other"]), "version": st.one_of(st.just(1), JSON),
     "decisions": st.lists(DECISION, max_size=4)}
)


def write_sidecar(tmp_path, data: bytes):
    folder = tmp_path / "dossier"
    folder.mkdir(exist_ok=True)
    (folder / SIDECAR_NAME).write_bytes(data)
    return folder


@SETTINGS
@given(st.binary(max_size=1000))
def test_arbitrary_bytes_in_a_sidecar_never_raise_nor_reach_the_screen_raw(tmp_path, data):
    assert_clean(write_sidecar(tmp_path, data))


@SETTINGS
@given(st.one_of(JSON, DOCUMENT))
def test_arbitrary_json_in_a_sidecar_never_raises_nor_reaches_the_screen_raw(tmp_path, document):
    text = json.dumps(document, ensure_ascii=True)  # ASCII: lone surrogates travel as escapes, as we write them
    assert_clean(write_sidecar(tmp_path, text.encode()))

