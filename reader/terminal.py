"""The reader draws on the terminal and reads its keys there, as less, vim and fzf do, whatever the
standard streams are redirected to.

Textual draws on stderr, reads keys on stdin and measures the screen through stdout. With stdout sent
to a file or a pipe (``dossier-reader > notes.txt``, ``dossier-reader | tee``) the two sizes it reads
disagree and it lays the screen out again forever: the CPU at 100%, memory without bound, and the
event loop so busy that no signal is answered. With stdin from ``/dev/null`` it spins on the end of
input, waiting for keys that cannot come. So while the reader runs, a standard stream that is not a
terminal is pointed at the process's terminal (``/dev/tty``); when there is none at all, the reader
says so instead of starting."""

from __future__ import annotations

import fcntl
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

STREAMS = (0, 1, 2)
"""stdin, stdout and stderr, by file descriptor."""


class NoTerminal(Exception):
    """Nothing to draw on: the streams are redirected and the process has no terminal."""


@contextmanager
def on_the_terminal() -> Iterator[None]:
    """Every standard stream on the terminal while the block runs, each put back after it."""
    redirected = [stream for stream in STREAMS if not os.isatty(stream)]
    if not redirected:
        yield
        return
    try:
        terminal = _copy(opened := os.open("/dev/tty", os.O_RDWR | os.O_NOCTTY))
        os.close(opened)
    except OSError:
        raise NoTerminal(
            "the reader needs a terminal and this process has none (over ssh, ask for one with "
            "ssh -t); `dossier-reader export` writes the analysis without one"
        ) from None
    kept = {stream: _copy(stream) for stream in redirected}
    _flush()
    reopened = []
    try:
        for stream in redirected:
            os.dup2(terminal, stream)
        reopened = [_open_closed(stream) for stream, copy in kept.items() if copy is None]
        yield
    finally:
        _flush()
        for name in reopened:
            setattr(sys, name, None)
            setattr(sys, f"__{name}__", None)
        for stream, copy in kept.items():
            if copy is None:  # was closed before: closed again
                os.close(stream)
            else:
                os.dup2(copy, stream)
                os.close(copy)
        os.close(terminal)


def _copy(stream: int) -> int | None:
    """A descriptor for what ``stream`` leads to now, numbered above the standard streams (the
    lowest free number may be a closed one's), or ``None`` when it is closed."""
    try:
        return fcntl.fcntl(stream, fcntl.F_DUPFD_CLOEXEC, len(STREAMS))
    except OSError:
        return None


def _open_closed(stream: int) -> str:
    """A stream closed when Python started has no file object (``sys.stdout`` is ``None``), and
    Textual and the terminal's size are read through those objects: one on the terminal, for now."""
    name = ("stdin", "stdout", "stderr")[stream]
    opened = open(stream, "r" if stream == 0 else "w", closefd=False)  # noqa: SIM115 - closed with the stream
    setattr(sys, name, opened)
    setattr(sys, f"__{name}__", opened)
    return name


def _flush() -> None:
    """Text already written goes where it was written to, not where the stream leads next."""
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            try:
                stream.flush()
            except (OSError, ValueError):  # a closed pipe or file: nothing can reach it anyway
                pass
