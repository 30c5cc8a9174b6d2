"""The analysis, cached on disk by content: a second open of the same dossier skips it.

The key hashes the program version, the core's code and every article's
fields, so an edited article, a renamed file, a new release or a changed rule
all miss. An entry is data, never code: MessagePack decoded by msgspec against
the model's own dataclasses (:class:`~reader.core.model.Analysis`, whatever
fields it grows), so reading one can only ever build an analysis, and a file
that is not exactly such an entry for this key, or that fails in any way while
read, is deleted and rebuilt. The dossier itself is not stored (the caller
has it): entries hold only what the analysis computed.

The cache is private: its folder is 0700 and entries 0600, and a folder that
is not ours or that other users can write is not used at all (one notice; the
analysis still runs). The folder is bounded to :data:`MAX_CACHE_BYTES`, the
entries used least recently evicted first. The cache never stops the program.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from dataclasses import astuple, fields
from collections.abc import Callable
from itertools import chain
from pathlib import Path
from typing import get_type_hints

import msgspec
from platformdirs import user_cache_dir

import reader.core
from reader import __version__
from reader.core.model import Analysis, Dossier, Sentence
from reader.core.pipeline import Progress, _quiet, analyse
from reader.core.safe_text import make_inert
from reader.core.files import read_regular
from reader.core.store.writing import remove_leftovers, write_atomic

FORMAT_NAME = "dossier-reader analysis"
SCHEMA_VERSION = 2
SUFFIX = ".msgpack"
MAX_CACHE_BYTES = 512 * 1024 * 1024
"""The whole cache folder's bound; an analysis larger than this is not cached."""


class _Entry(msgspec.Struct, frozen=True, array_like=True):
    """One file of the cache: what it is, for which key, and each field of the analysis but its
    dossier, in pieces (see :func:`_pieces`), with their SHA-256: a truncated or altered entry is
    found out before anything in it is decoded."""

    format: str
    schema: int
    key: str
    digest: bytes
    fields: list[tuple[str, list[msgspec.Raw]]]


_ENCODER = msgspec.msgpack.Encoder()
_DECODER = msgspec.msgpack.Decoder(_Entry)
_BOUNDS = dict[str, list[tuple[int, int, int, int]]]
"""How an entry holds the sentences: each one's index, start, end and paragraph; their text and
tokens are the dossier's (the entry carries no article text, and tokens were most of its size)."""
_FIELDS = {
    name: msgspec.msgpack.Decoder(_BOUNDS if name == "sentences" else kind)
    for name, kind in get_type_hints(Analysis).items()
    if name in {f.name for f in fields(Analysis) if f.init} and name != "dossier"
}
TABLE_PIECE, TUPLE_PIECE = 8, 800
"""Entries of a table (``sentences``: articles) and items of a tuple (entities, links) per piece.
Each piece is one call to msgspec, which holds the interpreter lock for its whole length: a few
milliseconds, where one call for the whole analysis kept the reader's keys waiting for as long
as the load took (a second at 500 articles, as the pickle did)."""


def cache_dir() -> Path:
    """``$DOSSIER_READER_CACHE`` if set (tests point it at a temporary folder), else the user cache dir."""
    return Path(os.environ.get("DOSSIER_READER_CACHE") or user_cache_dir("dossier-reader"))


def _code_digest() -> bytes:
    """The core's own source: a rule changed without a version bump must not reuse old results."""
    digest = hashlib.sha256(__version__.encode())
    core = Path(reader.core.__file__).parent
    for source in sorted(core.rglob("*.py")):
        digest.update(str(source.relative_to(core)).encode() + b"\0" + source.read_bytes())
    return digest.digest()


_CODE = _code_digest()


def cache_key(dossier: Dossier) -> str:
    digest = hashlib.sha256(_CODE)
    for article in dossier.articles:
        digest.update(repr(astuple(article)).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def encode(analysis: Analysis, key: str) -> bytes:
    """The bytes of ``analysis``'s cache entry under ``key``."""
    parts = [(name, [_ENCODER.encode(_stored(name, piece)) for piece in _pieces(getattr(analysis, name))]) for name in _FIELDS]
    stored = [(name, [msgspec.Raw(piece) for piece in pieces]) for name, pieces in parts]
    return _ENCODER.encode(_Entry(FORMAT_NAME, SCHEMA_VERSION, key, _digest(stored), stored))


def decode(data: bytes, key: str, dossier: Dossier) -> Analysis:
    """The analysis of ``dossier`` held in ``data``; raises if ``data`` is anything else."""
    entry = _DECODER.decode(data)
    if (entry.format, entry.schema, entry.key) != (FORMAT_NAME, SCHEMA_VERSION, key):
        raise ValueError("a cache entry for something else")
    if [name for name, _ in entry.fields] != list(_FIELDS) or _digest(entry.fields) != entry.digest:
        raise ValueError("a damaged cache entry")
    values = {
        name: _joined([_restored(name, _FIELDS[name].decode(piece), dossier) for piece in pieces])
        for name, pieces in entry.fields
    }
    return Analysis(dossier=dossier, **values)


def _stored(name: str, piece: object) -> object:
    if name != "sentences":
        return piece
    return {article: [(s.index, s.start, s.end, s.paragraph) for s in sentences] for article, sentences in piece.items()}


def _restored(name: str, piece: object, dossier: Dossier) -> object:
    """A decoded piece as the analysis holds it: sentences take their text from the article's
    body (an article the dossier lacks, or a bound outside it, makes no valid entry)."""
    if name != "sentences":
        return piece
    restored = {}
    for article, bounds in piece.items():
        body = dossier.article(article).body
        if any(not 0 <= start <= end <= len(body) for _, start, end, _ in bounds):
            raise ValueError("a sentence outside its article")
        restored[article] = tuple(Sentence(article, index, start, end, paragraph, body[start:end])
                                  for index, start, end, paragraph in bounds)
    return restored


def _pieces(value: object) -> list[object]:
    """``value`` cut into values of its own type, each small enough to encode or decode in a few ms."""
    if isinstance(value, dict):
        items = list(value.items())
        return [dict(items[at : at + TABLE_PIECE]) for at in range(0, len(items), TABLE_PIECE)] or [value]
    if isinstance(value, (tuple, list)) and len(value) > TUPLE_PIECE:
        return [value[at : at + TUPLE_PIECE] for at in range(0, len(value), TUPLE_PIECE)]
    return [value]


def _joined(pieces: list[object]) -> object:
    if len(pieces) == 1:
        return pieces[0]
    if isinstance(pieces[0], dict):
        return {key: item for piece in pieces for key, item in piece.items()}
    return type(pieces[0])(chain.from_iterable(pieces))


def _digest(parts: list[tuple[str, list[msgspec.Raw]]]) -> bytes:
    digest = hashlib.sha256()
    for name, pieces in parts:
        digest.update(name.encode() + b"\0")
        for piece in pieces:
            digest.update(len(piece).to_bytes(8, "big"))
            digest.update(piece)
    return digest.digest()


def analyse_cached(dossier: Dossier, *, progress: Progress = _quiet, apart: bool = False) -> tuple[Analysis, str | None]:
    """The dossier's analysis, from the cache when this exact content was analysed before.

    With ``apart`` the analysis runs in a child process (:mod:`reader.core.store.apart`), so
    the caller's other threads keep the interpreter. The second value is a notice for the
    user when the cache folder could not be trusted.
    """
    folder, notice = _private_folder()
    key = cache_key(dossier)
    path = None if folder is None else folder / f"{key}{SUFFIX}"
    cached = None if path is None else _load(path, key, dossier)
    if cached is not None:
        return cached, None
    if apart:
        from reader.core.store.apart import analyse_apart

        data = analyse_apart(dossier, key, progress)
        analysis = decode(data, key, dossier)
    else:
        analysis = analyse(dossier, progress=progress)
        data = None
    if path is not None:
        _store(folder, path, lambda: data or encode(analysis, key))
    return analysis, notice


def _private_folder() -> tuple[Path | None, str | None]:
    """The cache folder, made if missing; ``None`` (with a notice) when others could plant entries in it."""
    folder = cache_dir()
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = folder.stat()
        if info.st_uid != os.geteuid():
            reason = "it belongs to another user"
        elif info.st_mode & 0o022:
            reason = "other users can write to it"
        else:
            if info.st_mode & 0o077:
                folder.chmod(0o700)  # ours, from an older version: others could read cached article text
            return folder, None
    except OSError:
        return None, None  # an unwritable cache costs speed, never correctness: nothing to say
    return None, f"analysis cache not used: {make_inert(str(folder))}: {reason}"


def _load(path: Path, key: str, dossier: Dossier) -> Analysis | None:
    """The entry at ``path``, or ``None`` after deleting whatever is there that is not one of ours."""
    try:
        data, info = read_regular(path, MAX_CACHE_BYTES)
        if info.st_uid != os.geteuid() or info.st_mode & 0o077 or max(info.st_size, len(data)) > MAX_CACHE_BYTES:
            raise ValueError("not a private file of ours")
        analysis = decode(data, key, dossier)
    except FileNotFoundError:
        return None
    except Exception:  # noqa: BLE001 - anything at all (a planted link, OverflowError, MemoryError...) means rebuild
        _discard(path)
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # recently used: evicted last
    return analysis


def _discard(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def _store(folder: Path, path: Path, entry: Callable[[], bytes]) -> None:
    try:
        data = entry()
        if len(data) <= MAX_CACHE_BYTES:
            _evict(folder, MAX_CACHE_BYTES - len(data))
            write_atomic(path, data, mode=0o600)
    except Exception:  # noqa: BLE001 - a full or read-only cache folder, or anything else, costs speed, never the analysis
        pass


def _evict(folder: Path, room: int) -> None:
    """Remove killed writers' leftovers, older versions' entries and, least recently used first,
    entries until the rest take at most ``room`` bytes."""
    remove_leftovers(folder, "*.tmp")  # older versions named theirs <key>.<pid>.tmp
    for legacy in folder.glob("*.pickle"):
        _discard(legacy)  # never read again: pickles can run code
    entries = []
    for entry in folder.glob(f"*{SUFFIX}"):
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        entries.append((info.st_mtime, info.st_size, entry))
    total = sum(size for _, size, _ in entries)
    for _, size, entry in sorted(entries, key=lambda e: e[0]):
        if total <= room:
            break
        _discard(entry)
        total -= size
