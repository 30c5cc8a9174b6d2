"""A stop from the shell (``kill -TSTP``, the job control's ctrl+z) and the continue after it, never answered inside
the screen writer's lock. Textual's terminal driver answers both in plain signal handlers, which run between any two
bytecodes of the UI thread: one that came while that thread held the writer queue's lock wrote to the same queue and
waited on that lock for ever, the reader then deaf to every signal (seen twice, at ~34% CPU for 20 min). Such a
signal is handed to the event loop, which runs it holding no lock; any other is answered at once, as before (a stop
made later by the loop could come after the continue that was to end it)."""

from __future__ import annotations

import asyncio

from textual.drivers.linux_driver import LinuxDriver


class LockSafeStopDriver(LinuxDriver):
    """Textual's terminal driver, its stop and continue put off to the event loop while the writer's lock is held."""

    _loop: asyncio.AbstractEventLoop | None = None
    _stop_asked = False
    """A stop is waiting for the loop: a continue before it runs cancels it, as a ``SIGCONT`` discards a pending stop."""

    def start_application_mode(self) -> None:
        self._loop = asyncio.get_running_loop()
        super().start_application_mode()

    def _sigtstp_application(self, *_) -> None:
        self._stop_asked = True
        self._when_unlocked(self._stop)

    def _stop(self) -> None:
        if self._stop_asked:
            self._stop_asked = False
            super()._sigtstp_application()

    def _sigcont_application(self, *_) -> None:
        if self._stop_asked:  # continued before the stop was made: nothing was suspended to resume
            self._stop_asked = False
            return
        self._when_unlocked(super()._sigcont_application)

    def _when_unlocked(self, handle) -> None:
        """Run ``handle`` now, or from the event loop if the writer's queue is locked (by the interrupted thread,
        maybe). Before the loop is known, or once it is closed, no writer holds the lock, and it runs now."""
        queue = getattr(getattr(self, "_writer_thread", None), "_queue", None)
        if self._loop is not None and queue is not None and queue.mutex.locked():
            try:
                self._loop.call_soon_threadsafe(handle)
                return
            except RuntimeError:  # the loop is closed
                pass
        handle()
