"""Atomic file writes: a reader of the target sees the old file or the new one, never half."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomic(path: Path | str, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` via a temporary file in the same folder, fsync and rename."""
    path = Path(path)
    temp = _temporary_copy(path, text)
    try:
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _temporary_copy(path: Path, text: str) -> str:
    """A hidden temporary file beside ``path`` holding ``text``, synced to disk, with the mode
    a plain write of ``path`` would have (mkstemp makes it private)."""
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        os.fchmod(fd, _mode_for(path))
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return temp


def _mode_for(path: Path) -> int:
    """The existing file's permissions, or what the umask gives a new file."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_new(path: Path | str, text: str) -> bool:
    """Write ``text`` to ``path`` only if no file has that name; False when one has.

    The text is written to a temporary file and hard-linked to its name, which fails
    rather than replace a file that appeared meanwhile; where links are not supported,
    an exclusive create is the fallback.
    """
    path = Path(path)
    temp = _temporary_copy(path, text)
    try:
        try:
            os.link(temp, path)
        except FileExistsError:
            return False
        except OSError:
            with open(path, "x", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
        return True
    except FileExistsError:
        return False
    finally:
        Path(temp).unlink(missing_ok=True)
