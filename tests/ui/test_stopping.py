"""The shell's stop and continue never reach Textual's driver while the screen writer's queue is locked."""

from __future__ import annotations

import threading
from types import SimpleNamespace

import pytest

linux_driver = pytest.importorskip("textual.drivers.linux_driver", reason="a POSIX terminal driver")

from reader.ui.app import DossierApp  # noqa: E402
from reader.ui.stopping import LockSafeStopDriver  # noqa: E402


class Loop:
    def __init__(self):
        self.called = []

    def call_soon_threadsafe(self, handle):
        self.called.append(handle)


@pytest.fixture
def driver(monkeypatch):
    """A driver whose Textual handlers only note that they ran, its writer queue's lock at hand."""
    driver = object.__new__(LockSafeStopDriver)
    driver.ran = []
    monkeypatch.setattr(linux_driver.LinuxDriver, "_sigtstp_application", lambda self, *_: self.ran.append("stop"))
    monkeypatch.setattr(linux_driver.LinuxDriver, "_sigcont_application", lambda self, *_: self.ran.append("resume"))
    driver._loop = Loop()
    driver._writer_thread = SimpleNamespace(_queue=SimpleNamespace(mutex=threading.Lock()))
    return driver


def test_a_stop_and_continue_with_the_writer_free_are_answered_at_once(driver):
    driver._sigtstp_application(20, None)
    driver._sigcont_application(18, None)
    assert driver.ran == ["stop", "resume"] and driver._loop.called == []


@pytest.mark.parametrize("name", ["_sigtstp_application", "_sigcont_application"])
def test_with_the_writer_locked_they_are_handed_to_the_loop(driver, name):
    """Run in the handler, Textual's stop wrote to the writer's queue while the interrupted UI thread held its lock,
    and waited on it for ever."""
    with driver._writer_thread._queue.mutex:
        getattr(driver, name)(20, None)
    assert driver.ran == [] and len(driver._loop.called) == 1
    driver._loop.called.pop()()
    assert driver.ran == ["stop" if name == "_sigtstp_application" else "resume"]


def test_a_continue_before_the_put_off_stop_ran_cancels_it(driver):
    """``kill -TSTP`` then ``kill -CONT`` at once: the stop, made by the loop after the continue, would leave the reader
    stopped with nothing to continue it."""
    with driver._writer_thread._queue.mutex:
        driver._sigtstp_application(20, None)
    driver._sigcont_application(18, None)
    for handle in driver._loop.called:
        handle()
    assert driver.ran == []


def test_before_the_loop_is_known_a_stop_is_answered_at_once(driver):
    driver._loop = None
    with driver._writer_thread._queue.mutex:
        driver._sigtstp_application(20, None)
    assert driver.ran == ["stop"]


def test_the_reader_runs_on_the_lock_safe_driver(monkeypatch):
    monkeypatch.setattr("textual.app.WINDOWS", False)
    monkeypatch.setattr("textual.constants.DRIVER", None)
    assert DossierApp.get_driver_class(object.__new__(DossierApp)) is LockSafeStopDriver
