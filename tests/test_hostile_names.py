"""Hostile file and folder names on the real command line: its raw stdout and stderr stay inert,
one line per problem, whatever the names hold (see :mod:`tests.hostile_names`)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import BUNDLED
from tests.hostile_names import CLIPBOARD, FORGED, TITLE, assert_inert_bytes, make_hostile_folder


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True, timeout=120,
                          env={**os.environ, "COLUMNS": "80"})


@pytest.fixture
def hostile_folder(tmp_path):
    return make_hostile_folder(tmp_path)


def test_export_says_each_hostile_name_on_one_inert_line(hostile_folder):
    done = run("export", str(hostile_folder), "--format", "markdown")
    assert done.returncode == 0
    assert_inert_bytes(done.stdout)
    lines = assert_inert_bytes(done.stderr)
    # Three files skipped and the broken sidecar: four lines, each one the program's own.
    assert len(lines) == 4 and all(line.startswith("dossier-reader: ") for line in lines), lines
    assert sum("good.md: skipped" in line for line in lines) == 1  # only inside the visibly marked name
    assert any("evil.md␤dossier-reader: good.md: skipped" in line for line in lines)
    assert any("clip␛]52;c;UFdOLURJUg==␛\\" in line and "corrections not applied" in line for line in lines)
    assert any("dossier␛]0;T␇.md: skipped: the file is empty" in line for line in lines)


def test_export_json_and_html_of_a_hostile_folder_are_inert(hostile_folder):
    for form in ("json", "html"):
        done = run("export", str(hostile_folder), "--format", form)
        assert done.returncode == 0
        assert_inert_bytes(done.stdout)


def test_a_hostile_folder_where_nothing_opens_and_a_hostile_output_path(tmp_path):
    empty = tmp_path / TITLE
    empty.mkdir()
    (empty / FORGED).write_bytes(b"")
    done = run("export", str(empty))
    assert done.returncode == 1
    lines = assert_inert_bytes(done.stderr)
    assert len(lines) == 2 and lines[1].endswith("dossier␛]0;T␇: no article could be opened")
    missing = run("export", str(tmp_path / CLIPBOARD))
    assert missing.returncode == 1 and len(assert_inert_bytes(missing.stderr)) == 1
    unwritable = run("export", str(BUNDLED), "-o", str(tmp_path / FORGED / "report.json"))
    assert unwritable.returncode == 1
    lines = assert_inert_bytes(unwritable.stderr)
    assert len(lines) == 1 and "evil.md␤dossier-reader" in lines[0]


def test_import_of_hostile_page_names_prints_inert_lines(tmp_path):
    pages = []
    for name in (f"page{TITLE}.txt", f"{CLIPBOARD}.txt", FORGED):
        page = tmp_path / name
        page.write_text("Headline\n\n" + "The minister said the permits were cancelled on Monday. " * 4 + "\n",
                        encoding="utf-8")
        pages.append(str(page))
    into = tmp_path / f"into{TITLE}\nnext"
    done = run("import", *pages, str(tmp_path / f"missing{CLIPBOARD}"), "--into", str(into), "--verbose")
    assert done.returncode == 0
    out = assert_inert_bytes(done.stdout)
    assert sum(" -> " in line for line in out) == 3
    assert all("into" in line and "␛]0;T␇␤next" in line for line in out if " -> " in line)
    err = assert_inert_bytes(done.stderr)
    assert len(err) == 1 and "missingclip␛]52" in err[0] and err[0].endswith(": no such file")


def test_a_usage_error_quoting_a_hostile_argument_is_inert():
    done = run("export", str(BUNDLED), TITLE)
    assert done.returncode == 2
    assert "unrecognized arguments: dossier␛]0;T␇" in assert_inert_bytes(done.stderr)[-1]
