"""Property tests over file names, folder names and command-line paths.

Names are bytes from outside: any byte but ``/`` and NUL, escape sequences, line breaks, invalid
UTF-8, bidi controls, names up to the 255-byte limit and past it. Whatever they hold, ``export``
and ``import`` never raise, say each problem on one line, and write no raw control character to
stdout, stderr or an export (see :func:`tests.hostile_names.assert_inert_bytes`).
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.__main__ import main
from tests.conftest import BUNDLED
from tests.hostile_names import assert_inert_bytes

HOSTILE = [b"\x1b]52;c;UFdOLURJUg==\x1b\\", b"\x1b]0;T\x07", b"\n", b"\r", b"\ndossier-reader: good.md: skipped: x\n",
           b"\x9b31m", b"\xc2\x9b", b"\xe2\x80\xae", b"\xe2\x80\x8b", b"\xff\xfe", b"\xed\xa0\x80", b"\x7f", b"\t",
           b"[bold]", b" ", b".", "漢字😀".encode()]
NAME_BYTES = st.lists(
    st.one_of(st.sampled_from(HOSTILE), st.binary(min_size=1, max_size=6)), min_size=1, max_size=12
).map(lambda parts: b"".join(parts).replace(b"/", b"_").replace(b"\x00", b"_"))
LONG = st.integers(min_value=200, max_value=300).map(lambda n: b"\x1b]0;" + b"n" * n)
NAMES = st.one_of(NAME_BYTES, LONG)
CONTENTS = st.sampled_from([b"", b"\x00\x01\x02" * 40, b"Marc Garneau said the permits were cancelled.\n",
                            b"---\ntitel: x\n---\nBody.\n", b"---\noutlet: \x1b]0;T\x07\n---\nThe minister said so.\n"])
FORMATS = st.sampled_from(["json", "markdown", "html"])
PROPERTY = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def run(*args: str | bytes) -> tuple[int, bytes, bytes]:
    """``main`` as the command line runs it, its stdout and stderr as the bytes a terminal would get."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main([os.fsdecode(arg) for arg in args])
    return status, out.getvalue().encode("utf-8"), err.getvalue().encode("utf-8")


def create(path: bytes, content: bytes) -> bool:
    """Whether the file could be made (a name past the 255-byte limit cannot)."""
    try:
        with open(path, "wb") as handle:
            handle.write(content)
    except OSError:
        return False
    return True


@PROPERTY
@given(NAMES, st.lists(st.tuples(NAMES, st.sampled_from([b".md", b".txt", b""]), CONTENTS), max_size=5), FORMATS)
def test_export_of_any_folder_and_file_names_is_inert(folder_name, files, form):
    with tempfile.TemporaryDirectory() as parent:
        folder = os.path.join(os.fsencode(parent), folder_name)
        try:
            os.mkdir(folder)
        except OSError:
            folder = os.path.join(os.fsencode(parent), b"plain")
            os.mkdir(folder)
        made = [create(os.path.join(folder, stem + suffix), content) for stem, suffix, content in files]
        status, out, err = run("export", folder, "--format", form)
    assert status in (0, 1)
    assert_inert_bytes(out)
    lines = assert_inert_bytes(err)
    assert all(line.startswith("dossier-reader: ") for line in lines), lines
    assert len(lines) <= sum(made) + 2  # at most one line per file, the sidecar and "nothing opened"


@PROPERTY
@given(st.lists(NAMES, min_size=1, max_size=4), st.integers(min_value=0, max_value=4))
def test_any_command_line_path_gives_one_inert_line_and_no_traceback(components, depth):
    with tempfile.TemporaryDirectory() as parent:
        path = os.path.join(os.fsencode(parent), *components[: depth + 1])
        for args in (("export", path), ("export", str(BUNDLED), "-o", os.path.join(path, b"x.json")),
                     ("import", path, "--into", os.fsencode(parent))):
            status, out, err = run(*args)
            assert status in (0, 1)
            assert_inert_bytes(out)
            lines = assert_inert_bytes(err)
            assert all(line.startswith("dossier-reader: ") for line in lines), lines
            assert lines or status == 0  # a path naming an existing folder may be written into


PAGE = b"Headline\n\n" + b"The minister said the permits were cancelled on Monday after a review. " * 4 + b"\n"


@PROPERTY
@given(st.lists(NAMES, min_size=1, max_size=3), NAMES, st.booleans())
def test_import_of_any_page_names_into_any_folder_is_inert(page_names, into_name, verbose):
    with tempfile.TemporaryDirectory() as parent:
        base = os.fsencode(parent)
        pages = [os.path.join(base, b"p%d" % n + name) for n, name in enumerate(page_names)]
        for page in pages:
            create(page, PAGE)
        status, out, err = run("import", *pages, "--into", os.path.join(base, into_name), *(["-v"] * verbose))
    assert status in (0, 1)
    assert_inert_bytes(out)
    assert all(line.startswith("dossier-reader: ") for line in assert_inert_bytes(err))


@pytest.mark.parametrize("argument", [b"\x1b]0;T\x07", b"a\nb", b"\xff\xfe"])
def test_a_hostile_unknown_argument_is_inert(argument):
    with pytest.raises(SystemExit) as exit_:
        run("export", ".", argument)
    assert exit_.value.code == 2
