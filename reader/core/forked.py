"""Work run beside the caller, in a forked copy of the process, on the machine's second core.

The analysis is pure Python: one process uses one core however many there are. Its stages that
do not need each other (figures and entities beside the links, origins beside the other
findings) each run in a fork, which starts with the caller's data already in memory, and send
their result back as MessagePack, decoded against its type: data, never code. A fork's working
memory also ends with it: the links run in one for that too, the caller waiting. Where a fork is
not worth it or not safe (one core, no ``os.fork``, other threads running: a fork copies their
locks mid-stride) the work runs in the caller, when its result is asked for. A copy that fails
is not trusted either: the work then runs in the caller, where an error is raised as usual.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections.abc import Callable, Iterator
from typing import TypeVar

import msgspec

T = TypeVar("T")


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
    waited = False

    def result() -> T:
        nonlocal waited
        with open(read, "rb", closefd=False) as source:
            data = source.read()
        waited = True
        _, status = os.waitpid(pid, 0)
        return msgspec.msgpack.decode(data, type=kind) if status == 0 else work()

    try:
        yield result
    finally:
        if not waited:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        os.close(read)
