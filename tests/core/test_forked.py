"""Stages run beside each other in forked copies give the analysis one process gives."""

import dataclasses
import os

import pytest

from bench.generate import generate
from reader.core import forked, pipeline
from reader.core.links import judging
from reader.core.forked import beside


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
