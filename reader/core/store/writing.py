"""Atomic file writes: a reader of the target sees the old file or the new one, never half.

The temporary file is locked (``flock``) for as long as it is written, so a later
write can tell a live writer's file from one a killed process left behind, and
removes the latter. Nothing here touches the process umask: new files get it from
the kernel, as a plain ``open`` would, which is safe in a threaded process.
"""

from __future__ import annotations

import contextlib
import fcntl
import glob
import os
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path

_SAFE_OPEN = os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC


def write_atomic(path: Path | str, data: str | bytes, *, mode: int | None = None) -> None:
    """Write ``data`` (text as UTF-8) to ``path`` via a temporary file in the same folder, fsync and rename.

    ``mode`` gives the new file exactly those permissions (or fewer, by the umask); without it
    an existing file keeps its mode and a new one gets what the umask gives a plain write.
    Leftovers of earlier writes to ``path`` that were killed are removed first. A pipe or a
    character device (``-o /dev/null``, ``-o /dev/stdout``) is written into, not renamed over:
    a rename put a plain file in place of the machine's ``/dev/null``.
    """
    path = Path(path)
    data = data.encode("utf-8") if isinstance(data, str) else data
    if _stream(path):
        with open(os.open(path, os.O_WRONLY | os.O_CLOEXEC), "wb") as handle:
            handle.write(data)
        return
    remove_leftovers(path.parent, f".{glob.escape(path.name)}.*.tmp")
    fd, temp = _locked_temp(path, 0o666 if mode is None else mode)
    try:
        if mode is None:
            with contextlib.suppress(FileNotFoundError):
                os.fchmod(fd, path.stat().st_mode & 0o7777)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
            os.replace(temp, path)  # while still locked: no cleaner can take it for a leftover
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def why_not_written(path: Path | str, error: OSError) -> str:
    """Why a write to ``path`` failed, as a line says it: the system's "no such file or directory"
    (or "not a directory") blames the file being made when what is missing is a folder on its way,
    so that folder is named; any other failure keeps the system's words."""
    if isinstance(error, (FileNotFoundError, NotADirectoryError)):
        folder = Path(path).parent
        while not folder.exists() and folder.parent != folder:
            missing, folder = folder, folder.parent
            if folder.is_dir():
                return f"no folder {missing}"
        if folder.exists() and not folder.is_dir():
            return f"{folder} is a file, not a folder"
    return (error.strerror or str(error)).lower()


def _stream(path: Path) -> bool:
    """Does ``path`` (its links followed) name a pipe or a character device?"""
    try:
        kind = os.stat(path).st_mode
    except OSError:
        return False
    return stat.S_ISFIFO(kind) or stat.S_ISCHR(kind)


def write_new(path: Path | str, text: str) -> bool:
    """Write ``text`` to ``path`` only if nothing has that name; False when something has.

    The text goes to a locked temporary file that is hard-linked to its name: the link
    fails rather than replace a file (or a link) that appeared meanwhile. Where the file
    system has no hard links, an exclusive create that follows no link is the fallback.
    """
    path = Path(path)
    fd, temp = _locked_temp(path, 0o666)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
            try:
                os.link(temp, path, follow_symlinks=False)
            except FileExistsError:
                return False
            except OSError:
                return _create_exclusively(path, text)
        return True
    finally:
        temp.unlink(missing_ok=True)


def _create_exclusively(path: Path, text: str) -> bool:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, 0o666)
    except FileExistsError:
        return False
    with os.fdopen(fd, "wb") as handle:
        handle.write(text.encode("utf-8"))
    return True


def _locked_temp(path: Path, mode: int) -> tuple[int, Path]:
    """A new, locked, empty file beside ``path``; the kernel applies the umask to ``mode``."""
    while True:
        temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, mode)
        fcntl.flock(fd, fcntl.LOCK_EX)
        if os.fstat(fd).st_nlink:
            return fd, temp
        os.close(fd)  # a cleaner took it for a leftover between the open and the lock: make another


def remove_leftovers(folder: Path, pattern: str) -> None:
    """Delete the temporary files matching ``pattern`` in ``folder`` that no live writer holds."""
    for candidate in folder.glob(pattern):
        try:
            fd = os.open(candidate, os.O_RDONLY | _SAFE_OPEN)
        except OSError:
            continue
        try:
            if stat.S_ISREG(os.fstat(fd).st_mode):
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                candidate.unlink(missing_ok=True)
        except OSError:
            pass  # a live writer holds it, or it is not ours to remove
        finally:
            os.close(fd)


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``<path>.lock`` (beside ``path``); the lock file is removed on release.

    Each holder checks, once locked, that the name still leads to the file it locked, so a
    lock file removed by the previous holder is never trusted.
    """
    lock = path.with_name(path.name + ".lock")
    while True:
        # Read-only is enough to lock, so a lock file another user made can be taken too.
        fd = os.open(lock, os.O_RDONLY | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            held = os.fstat(fd)
            current = os.stat(lock, follow_symlinks=False)
        except FileNotFoundError:
            os.close(fd)
            continue
        except BaseException:
            os.close(fd)
            raise
        if (held.st_dev, held.st_ino) == (current.st_dev, current.st_ino):
            break
        os.close(fd)
    try:
        yield
    finally:
        with contextlib.suppress(OSError):  # e.g. another user's, in a sticky folder: the next holder reuses it
            lock.unlink()
        os.close(fd)
