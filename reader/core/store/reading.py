"""Reading a file that anyone may have put in place: never blocking, never following a link.

A FIFO, device or folder under an expected name is refused instead of read (a FIFO
would block for ever); a symbolic link is not followed; at most ``limit + 1`` bytes
are read, so the caller can tell an oversized file without holding all of it.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


def read_regular(path: Path, limit: int) -> tuple[bytes, os.stat_result]:
    """Up to ``limit + 1`` bytes of the regular file at ``path``, and its status.

    Raises ``FileNotFoundError`` when there is nothing there and another ``OSError``
    for a link (``ELOOP``), a non-regular file or any failure to read.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise OSError("not a regular file")
        handle = open(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    with handle:
        return handle.read(limit + 1), info
