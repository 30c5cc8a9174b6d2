"""Reading a file that anyone may have put in place: never blocking, never reading without bound.

One primitive for every untrusted file the program reads (articles, pages to import, the
corrections sidecar, cache entries): the open never blocks (a FIFO under an expected
name cannot hang us), the type is checked on the open file (a device, FIFO, socket or
folder is refused whatever its name says), a symbolic link is followed only when asked,
and at most ``limit + 1`` bytes are read, so a caller can tell an oversized (or growing)
file without holding all of it. And one answer to whether a folder may be written (:func:`writable`).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

_CHUNK = 1 << 24
MIB = 1024 * 1024
"""Every size limit is a whole number of these, and is said in them (``5 MiB``): a megabyte of a million
bytes made the import's limit read ``4.8 MB`` where the manual said 5."""


def size_text(size: int) -> str:
    """``16.0 MiB`` (``4,096 bytes`` below 100 KiB): how every message and limit gives a size."""
    return f"{size / MIB:.1f} MiB" if size >= 100 * 1024 else f"{size:,} bytes"


class NotRegular(OSError):
    """The path names something other than a regular file; ``mode`` says what."""

    def __init__(self, mode: int) -> None:
        super().__init__("not a regular file")
        self.mode = mode


def read_regular(path: Path | str, limit: int, *, follow_links: bool = False) -> tuple[bytes, os.stat_result]:
    """Up to ``limit + 1`` bytes of the regular file at ``path``, and its status.

    A file whose status already says it is above ``limit`` is not read (``b""`` comes
    back with that status). Raises ``FileNotFoundError`` when nothing is there,
    :class:`NotRegular` for anything but a regular file, ``OSError`` (``ELOOP``) for a
    link when ``follow_links`` is false, and another ``OSError`` for any failure to read.
    """
    flags = os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC | (0 if follow_links else os.O_NOFOLLOW)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegular(info.st_mode)
        if info.st_size > limit:
            return b"", info
        chunks, size = [], 0
        while size <= limit and (chunk := os.read(fd, min(limit + 1 - size, _CHUNK))):
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks), info
    finally:
        os.close(fd)


def writable(folder: Path) -> bool:
    """Whether the user can and should write in ``folder``: root passes ``os.access`` through
    any mode, so a folder whose mode lets nobody write is read-only whoever runs the reader."""
    try:
        return os.access(folder, os.W_OK) and bool(folder.stat().st_mode & 0o222)
    except OSError:
        return False
