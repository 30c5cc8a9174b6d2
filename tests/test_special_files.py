"""Input files that are not regular files, or lead out of the dossier: each is one line, never a hang,
never read unbounded, never stops the others; nothing is written through a symbolic link."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.__main__ import main
from reader.core.ingest.loading import Unreadable, load_dossier, read_regular_file
from tests.conftest import BUNDLED

PAGE = "Headline\n\n" + "The minister said the permits were cancelled on Monday after a review. " * 4 + "\n"
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")


@needs_fifo
def test_import_refuses_devices_fifos_and_folders_one_line_each_and_imports_the_rest(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "folder.txt").mkdir()
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    inputs = ["/dev/zero", str(tmp_path / "pipe.txt"), str(tmp_path / "folder.txt"), str(tmp_path / "page.txt")]
    done = subprocess.run([sys.executable, "-m", "reader", "import", *inputs, "--into", str(tmp_path / "out")],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "Traceback" not in done.stderr
    assert done.stderr.splitlines() == [
        "dossier-reader: /dev/zero: a device, not a regular file",
        f"dossier-reader: {tmp_path}/pipe.txt: a named pipe (FIFO), not a regular file",
        f"dossier-reader: {tmp_path}/folder.txt: a folder, not a file",
    ]
    assert [p.suffix for p in (tmp_path / "out").iterdir()] == [".md"]


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc")
def test_the_limit_holds_while_reading_a_file_whose_size_says_nothing():
    assert os.stat("/proc/self/status").st_size == 0  # a regular file that says it is empty
    with pytest.raises(Unreadable, match="grew above the 100 bytes limit while being read"):
        read_regular_file(Path("/proc/self/status"), 100)


def test_a_file_above_the_limit_is_refused_before_reading(tmp_path):
    (tmp_path / "big.txt").write_bytes(b"x" * 2000)
    with pytest.raises(Unreadable, match="^2,000 bytes is above the 1,000 bytes limit$"):
        read_regular_file(tmp_path / "big.txt", 1000)


# --- symbolic links -----------------------------------------------------------------


@pytest.fixture
def linked(tmp_path):
    """A dossier folder whose links lead out of it (a private file), inside it, and nowhere."""
    outside = tmp_path / "private"
    outside.mkdir()
    (outside / "notes.md").write_text("My private notes, never to be shared.\n", encoding="utf-8")
    folder = tmp_path / "dossier"
    folder.mkdir()
    (folder / "real.md").write_text("A report that belongs here.\n", encoding="utf-8")
    (folder / "leak.md").symlink_to(outside / "notes.md")
    (folder / "escape.md").symlink_to("../private/notes.md")
    (folder / "alias.md").symlink_to("real.md")
    return folder


def test_links_that_leave_the_folder_are_skipped_with_one_line_each(linked):
    dossier = load_dossier(linked)
    assert [a.id for a in dossier.articles] == ["alias", "real"]
    outside = "skipped: a symbolic link to a file outside the dossier folder (--follow-links opens it)"
    assert {Path(p.path).name: p.message for p in dossier.problems} == {"escape.md": outside, "leak.md": outside}
    assert all("private" not in a.body for a in dossier.articles)


def test_a_linked_dossier_folder_is_followed_as_named(linked, tmp_path):
    (tmp_path / "elsewhere").symlink_to(linked)
    assert [a.id for a in load_dossier(tmp_path / "elsewhere").articles] == ["alias", "real"]


def test_follow_links_opens_them(linked, capsys):
    assert [a.id for a in load_dossier(linked, follow_links=True).articles] == ["alias", "escape", "leak", "real"]
    assert main(["export", str(linked), "--follow-links"]) == 0
    assert "private notes" in capsys.readouterr().out
    assert main(["export", str(linked)]) == 0
    captured = capsys.readouterr()
    assert "private notes" not in captured.out and captured.err.count("outside the dossier folder") == 2


def test_export_never_writes_through_a_link(tmp_path, capsys):
    precious = tmp_path / "precious.txt"
    precious.write_text("keep me\n", encoding="utf-8")
    (tmp_path / "report.json").symlink_to(precious)
    assert main(["export", str(BUNDLED), "-o", str(tmp_path / "report.json")]) == 1
    assert capsys.readouterr().err.strip().endswith("report.json: a symbolic link; not written (remove it or choose another name)")
    assert precious.read_text(encoding="utf-8") == "keep me\n" and (tmp_path / "report.json").is_symlink()


@pytest.mark.parametrize("force", [[], ["--force"]], ids=["plain", "force"])
def test_import_never_writes_through_a_link_at_its_target(tmp_path, capsys, force):
    precious = tmp_path / "precious.txt"
    precious.write_text("keep me\n", encoding="utf-8")
    into = tmp_path / "into"
    into.mkdir()
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    assert main(["import", str(page), "--into", str(into), "--outlet", "Lakeside Courier"]) == 0
    written = into / "lakeside-courier.md"
    written.unlink()
    written.symlink_to(precious)
    assert main(["import", str(page), "--into", str(into), "--outlet", "Lakeside Courier", *force]) == 1
    assert "lakeside-courier.md: a symbolic link; not written" in capsys.readouterr().err
    assert precious.read_text(encoding="utf-8") == "keep me\n" and written.is_symlink()
