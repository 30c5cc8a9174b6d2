"""The analysis run in a process of its own, so the caller's threads keep the interpreter.

The analysis is long pure Python: run in a thread, it holds the interpreter lock for
most of its length, and the reader's event loop, starved, answers keys late. Run in a
child process it competes for a core only. The child sends back data, never code: its
progress and then the analysis as the cache's own MessagePack entry
(:func:`reader.core.store.cache.encode`), which the caller decodes in small pieces.
"""

from __future__ import annotations

import multiprocessing
from multiprocessing.connection import Connection

import msgspec

from reader.core.model import Dossier
from reader.core.pipeline import Progress

_SPAWN = multiprocessing.get_context("spawn")
"""A fresh interpreter: forking a process that runs threads (the reader's) is unsafe."""
CHECK_EVERY = 0.1
"""Seconds between two looks at whether the caller cancelled (its progress callback raises)."""


class ChildFailed(Exception):
    """The child process stopped without an analysis; the message says why."""


def analyse_apart(dossier: Dossier, key: str, progress: Progress) -> bytes:
    """The cache entry of ``dossier``'s analysis under ``key``, computed in a child process.

    ``progress`` hears the child's progress, and is called again every :data:`CHECK_EVERY`
    seconds with the last values: when it raises (the caller cancelled), the child is killed."""
    receive, send = _SPAWN.Pipe(duplex=False)
    child = _SPAWN.Process(target=_child, args=(dossier, key, send), daemon=True, name="dossier-analysis")
    child.start()
    send.close()
    last = ("starting", 0, 1)
    try:
        while True:
            progress(*last)
            if not receive.poll(CHECK_EVERY):
                continue
            try:
                kind, *rest = msgspec.msgpack.decode(receive.recv_bytes())
            except EOFError:
                raise ChildFailed(f"the analysis process stopped (exit code {child.exitcode})") from None
            if kind == "progress":
                last = tuple(rest)
            elif kind == "failed":
                raise ChildFailed(rest[0])
            else:
                return receive.recv_bytes()
    finally:
        receive.close()
        if child.is_alive():
            child.kill()
        child.join()


def _child(dossier: Dossier, key: str, send: Connection) -> None:
    from reader.core.pipeline import analyse
    from reader.core.store.cache import encode

    def report(stage: str, done: int, total: int) -> None:
        send.send_bytes(msgspec.msgpack.encode(("progress", stage, done, total)))

    try:
        data = encode(analyse(dossier, progress=report), key)
    except Exception as error:  # noqa: BLE001 - said to the caller, who shows it
        send.send_bytes(msgspec.msgpack.encode(("failed", f"{type(error).__name__}: {error}")))
        return
    send.send_bytes(msgspec.msgpack.encode(("done",)))
    send.send_bytes(data)
