"""The analysis, cached on disk by content: a second open of the same dossier skips it.

The key hashes the program version, the core's code and every article's
fields, so an edited article, a renamed file, a new release or a changed rule
all miss. An entry is data, never code (:mod:`reader.core.store.entry`), and a file
that is not exactly such an entry for this key, or that fails in any way while
read, is deleted and rebuilt.

The cache is private: its folder is 0700 and entries 0600, and a folder that
is not ours or that other users can write is not used at all (one notice; the
analysis still runs). The folder is bounded to :data:`MAX_CACHE_BYTES`, the
entries used least recently evicted first. The cache never stops the program.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import os
from collections.abc import Callable
from dataclasses import fields
from pathlib import Path

from platformdirs import user_cache_dir

import reader.core
from reader import __version__
from reader.core.files import MIB, read_regular
from reader.core.forked import fork, spare_core
from reader.core.model import Analysis, Article, Dossier, Progress, quiet
from reader.core.pipeline import BESIDE_FROM, analyse
from reader.core.safe_text import make_inert
from reader.core.store.entry import decode, encode
from reader.core.store.writing import remove_leftovers, write_atomic

SUFFIX = ".msgpack"
MAX_CACHE_BYTES = 512 * MIB
"""The whole cache folder's bound; an analysis larger than this is not cached."""


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


_ARTICLE_FIELDS = tuple(field.name for field in fields(Article))


def cache_key(dossier: Dossier) -> str:
    """Every article's fields, its file's path taken inside the folder: ``ukB``, ``./ukB`` and
    ``/tmp/ukB`` are one dossier (each had its own entry, analysed again)."""
    digest = hashlib.sha256(_CODE)
    for article in dossier.articles:
        # What ``repr(astuple(article))`` says, without astuple's deep copy of every field (a second at 500 reports).
        values = tuple(dossier.relative_path(article.path) if name == "path" else getattr(article, name)
                       for name in _ARTICLE_FIELDS)
        digest.update(repr(values).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def analyse_cached(dossier: Dossier, *, progress: Progress = quiet, apart: bool = False) -> tuple[Analysis, str | None]:
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
        # Encoding a big analysis (half a second at 500 reports) is done in a copy of the process, while the caller goes on
        _store(folder, path, lambda: data or encode(analysis, key), beside=data is None and len(dossier.articles) >= BESIDE_FROM)
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
    _written()
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


_writing: list[int] = []
"""The copies of this process writing an entry (:func:`_store`)."""


@atexit.register
def _written() -> None:
    """Wait for the entries written beside the caller: the cache is read, or the program ends, with them in it."""
    while _writing:
        with contextlib.suppress(ChildProcessError, IndexError):  # IndexError: another thread took the last
            os.waitpid(_writing.pop(), 0)


def _store(folder: Path, path: Path, entry: Callable[[], bytes], *, beside: bool = False) -> None:
    """Write ``entry()`` at ``path``; ``beside`` the caller, in a forked copy of the process, when a core is spare."""
    if beside and spare_core():
        pid = fork()
        if pid == 0:  # the copy: write, and leave without the caller's clean-up
            try:
                _store(folder, path, entry)
            finally:
                os._exit(0)
        _writing.append(pid)
        return
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
