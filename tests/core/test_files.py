"""Files read from outside are read without blocking or following links, and bounded."""

from __future__ import annotations

import errno
import os

import pytest

from reader.core.files import read_regular


def test_a_file_above_the_limit_is_not_read_and_its_status_says_why(tmp_path):
    (tmp_path / "f").write_bytes(b"x" * 100)
    data, info = read_regular(tmp_path / "f", 10)
    assert data == b"" and info.st_size == 100
    assert read_regular(tmp_path / "f", 1000)[0] == b"x" * 100


def test_a_fifo_a_folder_and_a_link_are_refused_without_blocking(tmp_path):
    os.mkfifo(tmp_path / "fifo")
    (tmp_path / "folder").mkdir()
    (tmp_path / "target").write_text("elsewhere")
    (tmp_path / "link").symlink_to(tmp_path / "target")
    for name in ("fifo", "folder"):
        with pytest.raises(OSError, match="not a regular file"):
            read_regular(tmp_path / name, 10)
    with pytest.raises(OSError) as raised:
        read_regular(tmp_path / "link", 10)
    assert raised.value.errno == errno.ELOOP
    with pytest.raises(FileNotFoundError):
        read_regular(tmp_path / "missing", 10)
