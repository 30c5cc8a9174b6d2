"""Work run beside the caller, in a forked copy of the process, on the machine's second core.

The analysis is pure Python: one process uses one core however many there are. Its stages that
do not need each other (figures and entities beside the links, origins beside the other
findings) each run in a fork, which starts with the caller's data already in memory, and send
their result back as MessagePack, decoded against its type: data, never code. A stage that needs
one input only at its end (the origins: the links) starts before that input exists and is sent it
later (:func:`beside_fed`). A fork's working
memory also ends with it: the links run in one for that too, the caller waiting. Where a fork is
not worth it or not safe (one core, no ``os.fork``, other threads running: a fork copies their
locks mid-stride) the work runs in the caller, when its result is asked for. A copy that fails
is not trusted either: the work then runs in the caller, where an error is raised as usual.
"""

from __future__ import annotations

import contextlib
import os
import select
import signal
import tempfile
import threading
from collections.abc import Callable, Iterator
from typing import TypeVar

import msgspec

T = TypeVar("T")
S = TypeVar("S")
U = TypeVar("U")


def spare_core() -> bool:
    """Can work run beside the caller, on another core?"""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return cores > 1 and hasattr(os, "fork") and threading.active_count() == 1


def fork() -> int:
    """``os.fork()``, the copy holding SIGINT back for good: a Ctrl-C between the fork and the copy's ``try`` would
    run the caller's own code, clean-up and all, in the copy. The caller, which kills or waits for its copies, gets it."""
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    pid = os.fork()
    if pid:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)
    return pid


@contextlib.contextmanager
def beside(work: Callable[[], T], kind: type[T], *, worth_it: bool = True) -> Iterator[Callable[[], T]]:
    """Start ``work()`` in a forked copy of this process; the block calls what it is given for the
    result (decoded as ``kind``). Leaving the block before that (an error, a cancelled analysis)
    kills the copy. Small work is not ``worth_it``: while a copy lives, each page the caller
    writes is copied, which costs more than a few milliseconds of work."""
    if not (worth_it and spare_core()):
        yield work
        return
    with _copy(work, kind) as result:
        yield result


@contextlib.contextmanager
def beside_fed(first: Callable[[], S], then: Callable[[S, U], T], given: type[U], kind: type[T], *,
               worth_it: bool = True) -> Iterator[Callable[[U], Callable[[], T]]]:
    """Start ``first()`` in a forked copy now, for work with an input that comes later: the block calls what it is
    given with that input (of type ``given``), which the copy reads once ``first()`` is done to return
    ``then(first(), input)``; what that call returns gives the result (decoded as ``kind``). The input goes
    through an unnamed file, so sending it never waits for the copy. As :func:`beside`: leaving the block before
    the result kills the copy, and without a spare core (or a file for the input), or from a copy that failed,
    the work runs in the caller, when the result is asked for."""
    try:
        feed = tempfile.TemporaryFile() if worth_it and spare_core() else None
    except OSError:  # no writable temporary folder: slower, never wrong
        feed = None
    if feed is None:
        yield lambda value: lambda: then(first(), value)
        return
    with feed:
        ready, sent = os.pipe()

        def fed() -> T:  # in the copy
            os.close(sent)
            begun = first()
            if os.read(ready, 1) != b"\1":  # the caller left without sending
                raise EOFError("no input sent")
            return then(begun, msgspec.msgpack.decode(os.pread(feed.fileno(), os.fstat(feed.fileno()).st_size, 0),
                                                       type=given))

        try:
            with _copy(fed, kind) as result:
                os.close(ready)
                ready = -1

                def send(value: U) -> Callable[[], T]:
                    nonlocal sent
                    data = msgspec.msgpack.encode(value)
                    written = 0
                    while written < len(data):
                        written += os.pwrite(feed.fileno(), data[written:], written)
                    os.write(sent, b"\1")
                    os.close(sent)
                    sent = -1
                    return lambda: result(lambda: then(first(), value))

                yield send
        finally:
            for end in (ready, sent):
                if end >= 0:
                    os.close(end)


def one_ended(*results: Callable[[], object]) -> None:
    """Wait until one of the copies these results come from has sent it (or died): a core is then free for work
    started now. A result of work run in the caller is there whenever asked for: no wait at all."""
    if results and all(isinstance(result, _Sent) for result in results):
        select.select(results, [], [])


class _Sent:
    """What reads a copy's result (:func:`_copy`), called; its pipe can be waited on (``fileno``)."""

    def __init__(self, pid: int, read: int, kind: type, work: Callable[[], object]) -> None:
        self.pid, self.read, self.kind, self.work = pid, read, kind, work
        self.waited = False

    def fileno(self) -> int:
        return self.read

    def __call__(self, again: Callable[[], object] | None = None):
        """The result; if the copy failed, what ``again`` (by default the copy's work) returns, run here."""
        with open(self.read, "rb", closefd=False) as source:
            data = source.read()
        self.waited = True
        _, status = os.waitpid(self.pid, 0)
        return msgspec.msgpack.decode(data, type=self.kind) if status == 0 else (again or self.work)()


@contextlib.contextmanager
def _copy(work: Callable[[], T], kind: type[T]) -> Iterator[_Sent]:
    """``work()`` run in a forked copy, which sends it back as MessagePack; the block is given what reads it.
    Leaving the block before the result kills the copy."""
    read, write = os.pipe()
    pid = fork()
    if pid == 0:  # the copy: compute, send, and leave without the caller's clean-up
        status = 1
        try:
            os.close(read)
            with open(write, "wb") as out:
                out.write(msgspec.msgpack.encode(work()))
            status = 0
        finally:
            os._exit(status)
    os.close(write)
    result = _Sent(pid, read, kind, work)
    try:
        yield result
    finally:
        if not result.waited:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        os.close(read)
