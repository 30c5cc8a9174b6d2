"""Atomic writes keep the old file on failure and give files their ordinary permissions."""

import fcntl
import os
import signal
import stat
import subprocess
import sys

import pytest

from reader.core.store import writing
from reader.core.store.writing import locked, write_atomic

from ..conftest import ROOT


def test_new_file_gets_the_umask_mode(tmp_path):
    umask = os.umask(0o022)
    try:
        write_atomic(tmp_path / "a.md", "text")
    finally:
        os.umask(umask)
    assert (tmp_path / "a.md").stat().st_mode & 0o777 == 0o644


def test_existing_file_keeps_its_mode(tmp_path):
    target = tmp_path / "a.md"
    target.write_text("old")
    target.chmod(0o640)
    write_atomic(target, "new")
    assert target.read_text() == "new" and target.stat().st_mode & 0o777 == 0o640


def test_failed_rename_keeps_old_file_and_leaves_no_temp(tmp_path, monkeypatch):
    target = tmp_path / "a.md"
    target.write_text("old")

    def refuse(*args):
        raise OSError("disk full")

    monkeypatch.setattr(writing.os, "replace", refuse)
    with pytest.raises(OSError):
        write_atomic(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]


def test_the_umask_is_never_changed(tmp_path, monkeypatch):
    """Changing the umask in a threaded process would leak into files other threads create."""

    def refuse(mask):
        raise AssertionError("os.umask called")

    umask = os.umask(0o027)
    try:
        with monkeypatch.context() as patch:
            patch.setattr(writing.os, "umask", refuse)
            write_atomic(tmp_path / "a.md", "text")
    finally:
        os.umask(umask)
    assert (tmp_path / "a.md").stat().st_mode & 0o777 == 0o640


def test_a_private_mode_is_given_exactly(tmp_path):
    umask = os.umask(0)
    try:
        write_atomic(tmp_path / "entry", b"\x00\x01", mode=0o600)
    finally:
        os.umask(umask)
    assert (tmp_path / "entry").stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "entry").read_bytes() == b"\x00\x01"


def test_leftovers_of_killed_writers_go_but_a_live_writers_file_stays(tmp_path):
    target = tmp_path / "out.json"
    dead = tmp_path / ".out.json.k1ll3d.tmp"
    dead.write_text("half")
    live = tmp_path / ".out.json.w0rk1n.tmp"
    live.write_text("being written")
    other = tmp_path / ".notes.md.k1ll3d.tmp"
    other.write_text("another file's")
    with open(live) as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        write_atomic(target, "{}")
    assert sorted(p.name for p in tmp_path.iterdir()) == [other.name, live.name, "out.json"]


_KILLED_WRITER = """
import os, sys, time
from reader.core.store import writing
def stall(fd):
    print("writing", flush=True)
    time.sleep(60)
writing.os.fsync = stall
writing.write_atomic(sys.argv[1], "x" * 100000)
"""


def test_a_write_killed_half_way_leaves_the_old_file_and_the_next_write_cleans_up(tmp_path):
    target = tmp_path / "export.md"
    target.write_text("old")
    writer = subprocess.Popen([sys.executable, "-c", _KILLED_WRITER, str(target)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert writer.stdout.readline().strip() == "writing"
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    writer.stdout.close()
    assert target.read_text() == "old" and len(list(tmp_path.iterdir())) == 2
    write_atomic(target, "new")
    assert [p.name for p in tmp_path.iterdir()] == ["export.md"] and target.read_text() == "new"


def test_a_lock_file_left_by_a_killed_holder_or_read_only_to_us_is_still_taken(tmp_path):
    target = tmp_path / "sidecar.json"
    (tmp_path / "sidecar.json.lock").write_text("")
    (tmp_path / "sidecar.json.lock").chmod(0o444)
    with locked(target):
        pass
    assert list(tmp_path.iterdir()) == []


def test_a_link_at_the_target_is_replaced_never_written_through(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    private = elsewhere / "id_rsa"
    private.write_text("secret")
    (tmp_path / "out.html").symlink_to(private)
    write_atomic(tmp_path / "out.html", "report")
    assert private.read_text() == "secret"
    assert not (tmp_path / "out.html").is_symlink() and (tmp_path / "out.html").read_text() == "report"


@pytest.mark.parametrize("through_a_link", [False, True])
def test_a_pipe_is_written_into_never_replaced(tmp_path, through_a_link):
    """As ``-o /dev/null`` or ``-o /dev/stdout`` (a link to a pipe or a terminal): a rename put a
    plain file in place of the machine's ``/dev/null``. (A FIFO here, not the real device.)"""
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    target = pipe
    if through_a_link:
        target = tmp_path / "stdout"
        target.symlink_to(pipe)
    reader = os.open(pipe, os.O_RDONLY | os.O_NONBLOCK)
    try:
        write_atomic(target, "report")
        assert os.read(reader, 100) == b"report"
    finally:
        os.close(reader)
    assert stat.S_ISFIFO(os.stat(pipe).st_mode) and target.is_symlink() == through_a_link
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted({"pipe", target.name})


def test_write_new_never_replaces_a_file(tmp_path):
    from reader.core.store.writing import write_new

    target = tmp_path / "a.md"
    assert write_new(target, "first\n") is True
    assert write_new(target, "second\n") is False
    assert target.read_text(encoding="utf-8") == "first\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]  # no temporary file left behind


def test_a_missing_folder_is_named_as_the_reason_not_the_file(tmp_path):
    """ENOENT's "no such file or directory" blamed the file a write makes; the folder is what is missing."""
    target = tmp_path / "no" / "such" / "x.md"
    with pytest.raises(OSError) as caught:
        write_atomic(target, "text")
    assert writing.why_not_written(target, caught.value) == f"no folder {tmp_path / 'no'}"


def test_a_file_in_the_path_is_named_as_no_folder(tmp_path):
    (tmp_path / "notes.md").write_text("mine")
    target = tmp_path / "notes.md" / "x.md"
    with pytest.raises(OSError) as caught:
        write_atomic(target, "text")
    assert writing.why_not_written(target, caught.value) == f"{tmp_path / 'notes.md'} is a file, not a folder"


def test_other_failures_keep_the_systems_words(tmp_path):
    """Not every ENOENT is a missing folder (a file system refusing the name): the system's words stay."""
    assert writing.why_not_written(tmp_path / "x.md", PermissionError(13, "Permission denied")) == "permission denied"
    assert writing.why_not_written(tmp_path / "x.md", FileNotFoundError(2, "No such file or directory")) == \
        "no such file or directory"
    assert writing.why_not_written(tmp_path / "x.md", OSError("disk full")) == "disk full"
