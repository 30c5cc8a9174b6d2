"""The analysis run in a process of its own, so the caller's threads keep the interpreter.

The analysis is long pure Python: run in a thread, it holds the interpreter lock for
most of its length, and the reader's event loop, starved, answers keys late. Run in a
child process it competes for a core only. Both ways only data crosses, never code: the
dossier as MessagePack, then frames back (each an 8-byte length and its bytes): progress,
and at last the analysis as the cache's own entry (:func:`reader.core.store.entry.encode`),
which the caller decodes in small pieces.

The child is a plain ``python -m reader.core.store.apart KEY``, not :mod:`multiprocessing`:
that one starts a helper passing on ``sys.stderr``'s descriptor, which Textual replaces.
"""

from __future__ import annotations

import contextlib
import os
import select
import signal
import subprocess
import sys

import msgspec

from reader import collector
from reader.core.model import Dossier, Progress

CHECK_EVERY = 0.1
"""Seconds between two looks at whether the caller cancelled (its progress callback raises)."""

_running: set[subprocess.Popen] = set()
"""The children analysing now, for :func:`stop_all`."""


class ChildFailed(Exception):
    """The child process stopped without an analysis; the message says why."""


def analyse_apart(dossier: Dossier, key: str, progress: Progress) -> bytes:
    """The cache entry of ``dossier``'s analysis under ``key``, computed in a child process.

    ``progress`` hears the child's progress, and is called again every :data:`CHECK_EVERY`
    seconds with the last values: when it raises (the caller cancelled), the child is killed. It
    is called once first: a caller cancelled already (the reader quit as it started) starts none."""
    last = ("starting", 0, 1)
    progress(*last)
    child = subprocess.Popen(
        [sys.executable, "-m", __name__, key],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, bufsize=0,
        start_new_session=True,  # a group of its own, with the copies it forks (reader.core.forked): killed together
    )
    _running.add(child)
    try:
        unsent = memoryview(msgspec.msgpack.encode(dossier))
        while unsent:  # an unbuffered write may take part of it
            unsent = unsent[child.stdin.write(unsent) :]
        child.stdin.close()
        while True:
            progress(*last)
            if not select.select([child.stdout], [], [], CHECK_EVERY)[0]:
                continue
            kind, *rest = msgspec.msgpack.decode(_frame(child))
            if kind == "progress":
                last = tuple(rest)
            elif kind == "failed":
                raise ChildFailed(rest[0])
            else:
                return _frame(child)
    except (BrokenPipeError, EOFError):
        raise ChildFailed(f"the analysis process stopped (exit code {child.poll()})") from None
    finally:
        _running.discard(child)
        _kill(child)  # the copies it forked too, when it stops early
        child.wait()
        child.stdin.close()
        child.stdout.close()


def stop_all() -> None:
    """Kill every analysis child now, without waiting: a reader quitting mid-analysis goes at once,
    the child's memory is given back while the program shuts down, and the thread that started
    the child (it reads end of file) reaps it."""
    for child in list(_running):
        _kill(child)


def _kill(child: subprocess.Popen) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(child.pid, signal.SIGKILL)


def _frame(child: subprocess.Popen) -> bytes:
    size = int.from_bytes(_exactly(child, 8), "big")
    return _exactly(child, size)


def _exactly(child: subprocess.Popen, size: int) -> bytes:
    chunks, left = [], size
    while left:
        chunk = child.stdout.read(min(left, 1 << 20))
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _child(key: str) -> None:
    from reader.core.pipeline import analyse
    from reader.core.store.entry import encode

    out = sys.stdout.buffer

    def send(data: bytes) -> None:
        out.write(len(data).to_bytes(8, "big") + data)
        out.flush()

    def report(stage: str, done: int, total: int) -> None:
        send(msgspec.msgpack.encode(("progress", stage, done, total)))

    try:
        with collector.building():
            dossier = msgspec.msgpack.decode(sys.stdin.buffer.read(), type=Dossier)
            data = encode(analyse(dossier, progress=report), key)
    except Exception as error:  # noqa: BLE001 - said to the caller, who shows it
        send(msgspec.msgpack.encode(("failed", f"{type(error).__name__}: {error}")))
        return
    send(msgspec.msgpack.encode(("done",)))
    send(data)


if __name__ == "__main__":
    _child(sys.argv[1])
