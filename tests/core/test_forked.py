"""Stages run beside each other in forked copies give the analysis one process gives."""

import dataclasses
import os

import pytest

from bench.generate import generate
from reader.core import forked, pipeline
from reader.core.links import judging
from reader.core.forked import beside, beside_fed, one_ended


@pytest.fixture
def two_cores(monkeypatch):
    """A spare core, whatever the machine and the test runner's threads."""
    if not hasattr(os, "fork"):
        pytest.skip("no os.fork on this platform")
    monkeypatch.setattr(forked, "spare_core", lambda: True)


def test_work_beside_comes_back_as_its_type(two_cores):
    with beside(lambda: {"a": (1, 2), "b": ()}, dict[str, tuple[int, ...]]) as result:
        pass_here = os.getpid()
        assert result() == {"a": (1, 2), "b": ()}
    assert os.getpid() == pass_here  # the copy never returns into the caller's code


def test_work_that_fails_beside_fails_in_the_caller(two_cores):
    def work():
        raise ValueError(f"failed in {os.getpid()}")

    with beside(work, int) as result, pytest.raises(ValueError, match=f"failed in {os.getpid()}"):
        result()


def test_leaving_the_block_early_ends_the_copy(two_cores, monkeypatch):
    forks, fork = [], os.fork
    monkeypatch.setattr(forked.os, "fork", lambda: forks.append(fork()) or forks[-1])
    with pytest.raises(KeyboardInterrupt), beside(_forever, int):
        raise KeyboardInterrupt  # a cancelled analysis: the copy is killed and reaped, not left running
    with pytest.raises(ChildProcessError):
        os.waitpid(forks[0], os.WNOHANG)


def test_work_fed_later_starts_in_a_copy_and_ends_with_its_input(two_cores):
    caller = os.getpid()
    with beside_fed(os.getpid, lambda first, given: (first, os.getpid(), given), list[str],
                    tuple[int, int, list[str]]) as feed:
        later = feed(["a", "b"])
        first, then, given = later()
    assert first == then != caller and given == ["a", "b"]  # both steps in the one copy


def test_sending_the_input_never_waits_for_the_copy(two_cores):
    """The copy is still busy with its first step when the caller sends more than a pipe holds: the caller goes
    on (were it to wait for the copy to read, neither would move: the copy waits for the caller's go)."""
    go_read, go_write = os.pipe()
    big = ["x" * 1000] * 1000  # a megabyte: a pipe holds 64 kB
    with beside_fed(lambda: os.read(go_read, 1), lambda first, given: (first, len(given)), list[str],
                    tuple[bytes, int]) as feed:
        later = feed(big)
        os.write(go_write, b"!")
        assert later() == (b"!", 1000)
    os.close(go_read)
    os.close(go_write)


def test_work_fed_later_that_fails_in_the_copy_fails_in_the_caller(two_cores):
    def then(first, given):
        raise ValueError(f"{given} failed in {os.getpid()}")

    with beside_fed(lambda: 1, then, str, int) as feed, pytest.raises(ValueError, match=f"late failed in {os.getpid()}"):
        feed("late")()


def test_leaving_before_feeding_ends_the_copy(two_cores, monkeypatch):
    forks, fork = [], os.fork
    monkeypatch.setattr(forked.os, "fork", lambda: forks.append(fork()) or forks[-1])
    with pytest.raises(KeyboardInterrupt), beside_fed(lambda: 1, lambda first, given: first, int, int):
        raise KeyboardInterrupt  # the copy waits for its input: killed and reaped, not left waiting
    with pytest.raises(ChildProcessError):
        os.waitpid(forks[0], os.WNOHANG)


def test_work_fed_later_without_a_spare_core_runs_in_the_caller(monkeypatch):
    monkeypatch.setattr(forked, "spare_core", lambda: False)
    steps = []
    with beside_fed(lambda: steps.append("first") or os.getpid(), lambda first, given: (first, given), int,
                    tuple[int, int]) as feed:
        later = feed(7)
        assert steps == []  # when the result is asked for, as beside() does it
        assert later() == (os.getpid(), 7) and steps == ["first"]


def test_work_fed_later_without_a_file_for_its_input_runs_in_the_caller(two_cores, monkeypatch):
    def no_file():
        raise OSError("read-only temporary folder")

    monkeypatch.setattr(forked.tempfile, "TemporaryFile", no_file)
    with beside_fed(os.getpid, lambda first, given: (first, given), int, tuple[int, int]) as feed:
        assert feed(3)() == (os.getpid(), 3)


def test_one_ended_returns_once_the_first_copy_has_sent_its_result(two_cores):
    go_read, go_write = os.pipe()
    with beside(lambda: os.read(go_read, 1), bytes) as held, beside(lambda: 5, int) as quick:
        one_ended(held, quick)  # the held copy waits for the caller: only the quick one can have ended
        os.write(go_write, b"!")
        assert held() == b"!" and quick() == 5
    os.close(go_read)
    os.close(go_write)


def test_one_ended_never_waits_for_work_run_in_the_caller(two_cores):
    with beside(_forever, int) as endless, beside(lambda: 5, int, worth_it=False) as here:
        one_ended(endless, here)  # the work here is done when asked for: a core is free now
        assert here() == 5


def test_a_copy_holds_sigint_back_and_the_caller_gets_its_mask_again():
    """A Ctrl-C landing as the copy starts must not run the caller's code in the copy."""
    import signal

    mask = signal.pthread_sigmask(signal.SIG_BLOCK, set())
    read, write = os.pipe()
    pid = forked.fork()
    if pid == 0:
        os.write(write, b"1" if signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, set()) else b"0")
        os._exit(0)
    os.close(write)
    answer = os.read(read, 1)
    os.waitpid(pid, 0)
    os.close(read)
    assert answer == b"1" and signal.pthread_sigmask(signal.SIG_BLOCK, set()) == mask


def _forever() -> int:
    while True:
        pass


def test_an_analysis_beside_is_the_analysis_in_one_process(two_cores, monkeypatch):
    monkeypatch.setattr(judging, "JUDGED_BESIDE_FROM", 2)  # every other distinct pair of sentence classes judged beside, too
    dossier, _ = generate(pipeline.BESIDE_FROM)
    beside_it = pipeline.analyse(dossier)
    monkeypatch.setattr(forked, "spare_core", lambda: False)
    alone = pipeline.analyse(dossier)
    assert dataclasses.astuple(beside_it) == dataclasses.astuple(alone)
    # what ◆ reads, found beside the links and during the origins, as one process finds it
    assert beside_it._told_alike == alone._told_alike and beside_it._said_by == alone._said_by
    assert all(beside_it.unique_sentences(a.id) == alone.unique_sentences(a.id) for a in dossier.articles)


def test_a_small_analysis_runs_only_its_links_beside(two_cores, monkeypatch, bundled):
    """Below ``BESIDE_FROM`` reports one copy finds the story and the links, the rest is found here meanwhile (a copy
    more cost more than it saved), and the analysis is the one a single process finds."""
    assert len(bundled.articles) < pipeline.BESIDE_FROM
    copies = []
    copy = forked._copy
    monkeypatch.setattr(forked, "_copy", lambda work, kind: copies.append(kind) or copy(work, kind))
    beside_it = pipeline.analyse(bundled)
    assert copies == [tuple[pipeline.Story, tuple[pipeline.Link, ...]]]
    monkeypatch.setattr(forked, "spare_core", lambda: False)
    alone = pipeline.analyse(bundled)
    assert dataclasses.astuple(beside_it) == dataclasses.astuple(alone)
    assert beside_it._told_alike == alone._told_alike and beside_it._said_by == alone._said_by
