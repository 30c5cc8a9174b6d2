"""Run a Textual program with each key's main-thread CPU time recorded, for bench/keys.py.

    KEY_TRACE=FILE python bench/key_trace.py [PROGRAM.py | reader arguments...]

Appends a line per key to FILE: the key, the main thread's CPU time (ms) from the key
reaching the app until the first frame after it was handed to the terminal ("-" when no frame
followed before the next key), and the bytes written to the terminal meanwhile. The load of
a shared machine moves CPU time far less than wall time, and it is what a key handler and the
redraw it causes cost; the bytes are what the terminal (and tmux, for the bench) must read and
draw before the key shows, which wall time pays and CPU time does not. A ``.py`` first
argument is run as a script (the minimal app, in its own venv); otherwise the reader's command
line runs with the arguments. Textual's ``App._display`` and ``App.on_event``, and the
driver's ``write``, are wrapped: a bench tool, not part of the program.

With ``KEY_PROFILE=DIR`` each key is also profiled (``cProfile``) over the same stretch, and
written to ``DIR/NN-KEY.prof`` (``NN``: its place among the keys) as its stretch ends: where a
key handler and its redraw spend their time, in the rhythm the bench sends keys in (read with
``python -m pstats``), in the main thread's CPU time like the trace (the wall time a shared machine
gave other programs landed on whatever function was running). The profiler slows what it
measures: the CPU times are then not the bench's.
"""

from __future__ import annotations

import atexit
import cProfile
import os
import runpy
import sys
import time

from textual import events
from textual.app import App

_out = open(os.environ["KEY_TRACE"], "a", buffering=1, encoding="utf-8")  # noqa: SIM115 - lives as long as the program
_pending: list[tuple[str, float]] = []
"""The key waiting for its first frame (at most one)."""
_written = [0]
"""Bytes written to the terminal since the pending key came."""
_profile_dir = os.environ.get("KEY_PROFILE")
_profiles: list[tuple[str, cProfile.Profile | None]] = []
"""Each key's profile, in order (with ``KEY_PROFILE``; ``None`` once written)."""


def _close_pending(cpu: float | None) -> None:
    key, started = _pending.pop()
    if _profiles and cpu is not None:
        _end_profile()
    _out.write(f"{key}\t{'-' if cpu is None else f'{(cpu - started) * 1000:.2f}'}\t{_written[0]}\n")


def _counting(write):
    def counted(data: str) -> None:
        _written[0] += len(data.encode("utf-8", "surrogateescape"))
        write(data)

    return counted


_display = App._display


def _timed_display(self: App, screen, renderable) -> None:
    _display(self, screen, renderable)
    if renderable is not None and not self._batch_count and _pending:
        _close_pending(time.thread_time())


_on_event = App.on_event


async def _timed_on_event(self: App, event: events.Event) -> None:
    if isinstance(event, events.Key) and not event.is_forwarded:
        if _pending:
            _close_pending(None)
        driver = self._driver
        if driver is not None and not hasattr(driver, "_bytes_counted"):
            driver._bytes_counted = True
            driver.write = _counting(driver.write)
        _written[0] = 0
        _pending.append((event.key, time.thread_time()))
        if _profile_dir:
            _end_profile()  # the last key's, when no frame followed it
            _profiles.append((event.key, cProfile.Profile(time.thread_time)))  # CPU, as the trace: not the time others ran
            _profiles[-1][1].enable()
    await _on_event(self, event)


def _end_profile() -> None:
    """Stop the last key's profile and write it, at once: the bench ends a program by closing its
    terminal, and what was left to write at exit was lost."""
    if _profiles and _profiles[-1][1] is not None:
        number, (key, profile) = len(_profiles) - 1, _profiles[-1]
        profile.disable()
        profile.dump_stats(os.path.join(_profile_dir, f"{number:02d}-{key}.prof"))
        _profiles[-1] = (key, None)


if _profile_dir:
    atexit.register(_end_profile)
App._display = _timed_display
App.on_event = _timed_on_event

if __name__ == "__main__":
    if sys.argv[1:2] and sys.argv[1].endswith(".py"):
        sys.argv = sys.argv[1:]
        runpy.run_path(sys.argv[0], run_name="__main__")
    else:
        from reader.__main__ import main

        sys.argv = ["dossier-reader", *sys.argv[1:]]
        sys.exit(main())
