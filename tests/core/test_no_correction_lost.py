"""No correction lost: two readers saving at once, a reader killed while saving, a full disk,
a read-only folder. Each decision either lands or the save returns a problem to tell the user."""

from __future__ import annotations

import errno
import shutil
import signal
import subprocess
import sys
import threading

import pytest

from reader.core.store import writing
from reader.core.store.corrections import (
    SIDECAR_NAME,
    AcceptLink,
    Anchor,
    Corrections,
    RejectLink,
    load_corrections,
    merge,
    private_sidecar_path,
    save_corrections,
)

from ..conftest import DATA, ROOT


def reject(name: str) -> RejectLink:
    return RejectLink((Anchor(name, 0, 1, "0" * 12), Anchor("other", 0, 1, "0" * 12)))


def accept(name: str) -> AcceptLink:
    return AcceptLink(reject(name).passages)


A, B, C = reject("a"), reject("b"), reject("c")


@pytest.fixture
def folder(tmp_path):
    target = tmp_path / "dossier"
    shutil.copytree(DATA / "corrections" / "dossier", target)
    return target


def on_disk(folder) -> tuple:
    corrections, problem = load_corrections(folder)
    assert problem is None
    return corrections.decisions


def test_merge_keeps_what_others_saved_and_removes_only_what_this_reader_undid():
    theirs = Corrections((A, B))
    assert merge(theirs, Corrections((C,)), since=Corrections()).decisions == (A, B, C)
    assert merge(Corrections((A, B, C)), Corrections(), since=Corrections((C,))).decisions == (A, B)
    assert merge(theirs, Corrections((A,)), since=Corrections((A,))).decisions == (A, B)


def test_merge_is_idempotent_and_keeps_the_order_that_decides_a_link():
    flip = Corrections((A, accept("a"), A))  # rejected, accepted, rejected again: rejected
    once = merge(Corrections(), flip, since=Corrections())
    assert once == flip and merge(once, flip, since=Corrections()) == flip
    undone = merge(flip, Corrections(flip.decisions[:2]), since=flip)
    assert undone.decisions == (A, accept("a"))  # the latest copy is the one undone


def test_two_readers_saving_in_turn_lose_nothing(folder):
    first, second = Corrections((A,)), Corrections((B,))
    assert save_corrections(folder, first) is None
    assert save_corrections(folder, second) is None
    assert on_disk(folder) == (A, B)
    # The first undoes its decision: the second's stays.
    assert save_corrections(folder, Corrections(), since=first) is None
    assert on_disk(folder) == (B,)


_READER = """
import sys
from reader.core.store.corrections import Anchor, Corrections, RejectLink, save_corrections
folder, who, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
mine = saved = Corrections()
for number in range(count):
    mine = mine.adding(RejectLink((Anchor(f"{who}-{number}", 0, 1, "0" * 12), Anchor("x", 0, 1, "0" * 12))))
    problem = save_corrections(folder, mine, since=saved)
    assert problem is None, problem
    saved = mine
"""


def test_two_reader_processes_saving_at_once_lose_nothing(folder):
    count = 40
    readers = [
        subprocess.Popen([sys.executable, "-c", _READER, str(folder), who, str(count)], cwd=ROOT)
        for who in ("left", "right")
    ]
    assert [reader.wait(timeout=120) for reader in readers] == [0, 0]
    saved = {decision.passages[0].article for decision in on_disk(folder)}
    assert saved == {f"{who}-{n}" for who in ("left", "right") for n in range(count)}
    assert sorted(p.name for p in folder.iterdir()) == [SIDECAR_NAME, "northwind.md", "southgate.md"]


def test_threads_saving_at_once_lose_nothing(folder):
    errors = []

    def reader(who: str) -> None:
        mine = saved = Corrections()
        for number in range(25):
            mine = mine.adding(reject(f"{who}-{number}"))
            if save_corrections(folder, mine, since=saved) is not None:
                errors.append(who)
            saved = mine

    threads = [threading.Thread(target=reader, args=(who,)) for who in "abc"]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors and len(on_disk(folder)) == 75


_KILLED = """
import sys, time
from reader.core.store import writing
from reader.core.store.corrections import Anchor, Corrections, RejectLink, save_corrections
def stall(fd):
    print("writing", flush=True)
    time.sleep(60)
writing.os.fsync = stall
save_corrections(sys.argv[1], Corrections((RejectLink((Anchor("killed", 0, 1, "0" * 12),) * 2),)))
"""


def test_a_reader_killed_while_saving_blocks_nobody_and_leaves_nothing_behind(folder):
    assert save_corrections(folder, Corrections((A,))) is None
    killed = subprocess.Popen([sys.executable, "-c", _KILLED, str(folder)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert killed.stdout.readline().strip() == "writing"  # it holds the lock, half-way through
    killed.send_signal(signal.SIGKILL)
    killed.wait()
    killed.stdout.close()
    assert on_disk(folder) == (A,)
    assert save_corrections(folder, Corrections((B,))) is None
    assert on_disk(folder) == (A, B)
    assert sorted(p.name for p in folder.iterdir()) == [SIDECAR_NAME, "northwind.md", "southgate.md"]


def test_a_full_disk_is_told_and_the_decision_lands_with_the_next_save(folder, monkeypatch):
    assert save_corrections(folder, Corrections((A,))) is None
    saved = Corrections((A,))

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(writing.os, "fsync", full)
        problem = save_corrections(folder, saved.adding(B), since=saved)
    assert problem is not None and problem.message == "corrections not saved: no space left on device"
    assert on_disk(folder) == (A,)
    assert sorted(p.name for p in folder.iterdir()) == [SIDECAR_NAME, "northwind.md", "southgate.md"]
    # The reader keeps what it last saved: the next save carries the decision that did not land.
    assert save_corrections(folder, saved.adding(B).adding(C), since=saved) is None
    assert on_disk(folder) == (A, B, C)


def test_a_read_only_folder_lands_in_the_data_directory_or_says_so(folder, monkeypatch):
    monkeypatch.setattr("reader.core.store.corrections.os.access", lambda path, mode: False)
    assert save_corrections(folder, Corrections((A,))) is None
    assert private_sidecar_path(folder).exists() and on_disk(folder) == (A,)
    monkeypatch.setenv("DOSSIER_READER_DATA", str(folder / "northwind.md" / "cannot-be-a-folder"))
    problem = save_corrections(folder, Corrections((B,)))
    assert problem is not None and problem.message.startswith("corrections not saved: ")
