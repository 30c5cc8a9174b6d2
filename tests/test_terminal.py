"""The reader's screen and keys stay on the terminal whatever its standard streams are redirected
to, and are put back after; with no terminal at all, one line says so and nothing starts.

Each case runs in a child on a pseudo-terminal of its own (``pty.fork`` makes it the child's
controlling terminal, as a terminal window or an SSH session does), or in a new session with none."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
import textwrap

import pytest

from tests.conftest import BUNDLED

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and pseudo-terminals")


def _on_a_terminal(tmp_path, redirect: str, body: str) -> tuple[str, str]:
    """What a child on its own terminal writes to the terminal and to ``out.txt``: the child
    redirects its streams with ``redirect`` (shell-like: ``>``, ``<``, ``2>``, ``>&-``), then
    runs ``body`` (which may print to fd 1) inside :func:`on_the_terminal` and writes ``after``
    to fd 1 once out."""
    script = textwrap.dedent(f"""
        import os, sys
        terminal = os.open("/dev/tty", os.O_RDWR)  # held throughout: a terminal nobody holds hangs up
        out = os.open({str(tmp_path / 'out.txt')!r}, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        for how in {redirect.split()!r}:
            if how == "<": os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
            elif how == ">": os.dup2(out, 1)
            elif how == "2>": os.dup2(out, 2)
            elif how.endswith("&-"): os.close({{"<&-": 0, ">&-": 1, "2>&-": 2}}[how])
        from reader.terminal import on_the_terminal
        with on_the_terminal():
    """) + textwrap.indent(textwrap.dedent(body), "    ") + textwrap.dedent("""
        try:
            os.write(1, b"after\\n")
        except OSError:
            os.write(terminal, b"fd 1 closed after\\n")
        os.write(terminal, b"done\\n")
        os.read(terminal, 1)  # until the parent has read it all
    """)
    pid, terminal = pty.fork()
    if pid == 0:  # the child: its streams are the new terminal's
        try:
            os.execv(sys.executable, [sys.executable, "-c", script])
        finally:
            os._exit(127)
    shown = b""
    while b"done" not in shown:
        try:
            chunk = os.read(terminal, 4096)
        except OSError:  # the child has gone, and its terminal with it
            break
        if not chunk:
            break
        shown += chunk
    os.write(terminal, b"\n")
    _, status = os.waitpid(pid, 0)
    os.close(terminal)
    assert os.waitstatus_to_exitcode(status) == 0, shown.decode(errors="replace")
    return shown.decode().replace("\r\n", "\n"), (tmp_path / "out.txt").read_text()


CHECK_STREAMS = """
    print([os.isatty(stream) for stream in (0, 1, 2)], [sys.__stdin__ is not None, sys.__stdout__ is not None, sys.__stderr__ is not None], flush=True)
"""


@pytest.mark.parametrize("redirect", [">", "2>", "<", "< > 2>", ">&-", "2>&-", "<&-"])
def test_each_redirected_stream_is_on_the_terminal_inside_and_put_back_after(tmp_path, redirect):
    shown, written = _on_a_terminal(tmp_path, redirect, CHECK_STREAMS)
    assert "[True, True, True] [True, True, True]" in shown
    if ">" in redirect.split():
        assert written == "after\n" and "after" not in shown
    elif ">&-" in redirect.split():
        assert "fd 1 closed after" in shown and written == ""  # closed again, as it was
    else:
        assert "\nafter" in shown and written == ""


def test_streams_already_on_the_terminal_are_left_as_they_are(tmp_path):
    shown, written = _on_a_terminal(tmp_path, "", CHECK_STREAMS)
    assert "[True, True, True] [True, True, True]" in shown and "after" in shown and written == ""


def test_without_a_terminal_the_reader_says_so_in_one_line_and_starts_nothing(tmp_path):
    """As under cron, or ``ssh host dossier-reader`` without -t: before, Textual spun at full CPU
    waiting for keys that could not come."""
    done = subprocess.run(
        [sys.executable, "-m", "reader", str(BUNDLED)], stdin=subprocess.DEVNULL, capture_output=True, text=True,
        start_new_session=True, timeout=120, env={**os.environ, "DOSSIER_READER_DATA": str(tmp_path)},
    )
    assert done.returncode == 1 and done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and "needs a terminal" in lines[0] and "ssh -t" in lines[0] and "export" in lines[0]
