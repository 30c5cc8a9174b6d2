"""The installed ``dossier-reader``, run in tmux at 120x40 and driven by keys as a user would.

Needs tmux and the console script beside the running Python (install the project
into the venv: ``.venv/bin/pip install -q .``). Each test uses its own tmux
server (``-L``), session and cache folder, and always kills its server.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from reader.core.store.reading import ReadingState, load_reading_state, state_path
from reader.ui.app import LEAVE_GRACE

pytestmark = pytest.mark.e2e

TMUX = shutil.which("tmux")
PROGRAM = Path(sys.executable).with_name("dossier-reader")
PATIENCE = 30.0


@contextmanager
def tmux_running(tmp_path: Path, *program: str) -> Iterator[str]:
    """A tmux server and session of their own at 120x40 running ``program`` (the installed reader
    when none is given) with the test's own cache and data folders; the session's name. The server
    is always killed after."""
    if TMUX is None:
        pytest.skip("tmux is not installed")
    if not PROGRAM.exists():
        pytest.skip(f"{PROGRAM} is not installed; run: {Path(sys.executable).parent}/pip install .")
    name = f"dossier-e2e-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    command = [
        TMUX, "-L", name, "new-session", "-d", "-x", "120", "-y", "40", "-s", name,
        # tmux gives a pane its own TERM whatever -e says: env sets what an SSH client would send.
        "-e", f"DOSSIER_READER_CACHE={tmp_path}", "-e", f"DOSSIER_READER_DATA={tmp_path / 'data'}",
        "env", "-u", "COLORTERM", "TERM=xterm-256color", *(program or [str(PROGRAM)]),
    ]
    # A COLUMNS/LINES inherited from the test runner would override the pane's real size.
    environment = {key: value for key, value in os.environ.items() if key not in ("COLUMNS", "LINES")}
    subprocess.run(command, check=True, env=environment)
    try:
        yield name
    finally:
        subprocess.run([TMUX, "-L", name, "kill-server"], capture_output=True)


@pytest.fixture
def session(tmp_path):
    with tmux_running(tmp_path) as name:
        yield name


def screen(name: str) -> str:
    return subprocess.run([TMUX, "-L", name, "capture-pane", "-p", "-t", name], capture_output=True, text=True).stdout


def wait_for(name: str, *needles: str) -> str:
    """The screen once every needle is on it; fails with the last screen after PATIENCE seconds."""
    deadline = time.monotonic() + PATIENCE
    while True:
        text = screen(name)
        if all(needle in text for needle in needles):
            return text
        if time.monotonic() > deadline:
            pytest.fail(f"never saw {needles!r} on screen:\n{text}")
        time.sleep(0.1)


def wait_until_gone(name: str, needle: str) -> None:
    deadline = time.monotonic() + PATIENCE
    while needle in screen(name):
        if time.monotonic() > deadline:
            pytest.fail(f"{needle!r} stayed on screen:\n{screen(name)}")
        time.sleep(0.1)


def keys(name: str, *pressed: str) -> None:
    subprocess.run([TMUX, "-L", name, "send-keys", "-t", name, *pressed], check=True)


def test_reader_starts_searches_finds_what_one_report_alone_says_and_opens_compare(session):
    # First full paint: the analysis has filled in the shared figures of every report.
    wait_for(session, "Al Jazeera", "TRT World", "% shared", "Entities")
    wait_until_gone(session, "… shared")  # a loaded machine can capture the frame half drawn
    # Search every report for Garneau, then step to the next hit.
    keys(session, "/")
    wait_for(session, "search all reports")
    keys(session, "Garneau", "Enter")
    wait_for(session, "search “Garneau”: 1/")
    keys(session, "n")
    wait_for(session, "search “Garneau”: 2/")
    # What only The Globe and Mail says: go to report 4, walk its unshared passages.
    keys(session, "]", "]", "]")
    wait_for(session, "report 4/5: The Globe and Mail")
    keys(session, "u")
    wait_for(session, "only in The Globe and Mail: passage 1/")
    # Help lists the keys, Escape closes it.
    keys(session, "?")
    wait_for(session, "Reader screen", "Next report")
    keys(session, "Escape")
    # A lone Escape is only known once no sequence follows it: wait, as a user would see it close.
    wait_until_gone(session, "Reader screen")
    # One key to the compare view.
    keys(session, "c")
    # The key bar comes before the columns are filled: wait for their counts too.
    compare = wait_for(session, "N-way", "Coverage", "also in")
    assert "Al Jazeera" in compare
    keys(session, "q")


def test_keys_sent_in_one_burst_all_land_in_order(session):
    """``c j j w`` in one send-keys (as a fast typist over SSH sends them): compare opens, its
    cursor moves twice, and the N-way view opens on that third passage."""
    wait_for(session, "Al Jazeera", "% shared")
    keys(session, "c", "j", "j", "w")
    wait_for(session, "reference", "independent origin")  # the N-way title (its end may wrap)
    keys(session, "Escape")
    compare = wait_for(session, "also in")
    assert any(line.strip().startswith("passage 4/") for line in compare.splitlines()), compare


def test_ctrl_o_and_ctrl_n_reach_the_reader_through_tmux(session):
    """The jump keys as a terminal sends them (ctrl+i would arrive as Tab): back to report 1 after
    jumping to report 3, forward again; then K lists an entity's every occurrence."""
    wait_for(session, "Al Jazeera", "% shared")
    wait_until_gone(session, "… shared")
    keys(session, "3")
    wait_for(session, "report 3/5")
    keys(session, "C-o")
    wait_for(session, "report 1/5")
    keys(session, "C-n")
    wait_for(session, "report 3/5")
    keys(session, "e", "Enter", "K")
    wait_for(session, "Concordance of", "occurrences in")


def _pane(name: str, field: str) -> str:
    return subprocess.run([TMUX, "-L", name, "display-message", "-p", "-t", name, f"#{{{field}}}"],
                          capture_output=True, text=True).stdout.strip()


def _proc_stat(pid: int) -> list[str]:
    """The fields of ``/proc/PID/stat`` after the command's name (state first); empty once reaped."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except FileNotFoundError:
        return []


def _running(pid: int) -> bool:
    return (fields := _proc_stat(pid)) != [] and fields[0] != "Z"


def _exit_status(name: str, pid: int) -> str:
    """How the pane's program ended: its exit status, or ``signal N``. tmux says it once it has
    reaped the process, which it may leave a zombie for a while: the kernel says it then."""
    deadline = time.monotonic() + PATIENCE
    while time.monotonic() < deadline:
        if status := _pane(name, "pane_dead_status"):
            return status
        if killed := _pane(name, "pane_dead_signal"):
            return f"signal {killed}"
        fields = _proc_stat(pid)
        if fields and fields[0] == "Z" and len(fields) > 49:  # exit_code, field 52 (Linux 3.5 on)
            code = int(fields[49])
            return str(code >> 8) if code & 0x7F == 0 else f"signal {code & 0x7F}"
        time.sleep(0.1)
    pytest.fail(f"still running:\n{screen(name)}")


def _programs_dossier(data: Path) -> Path:
    """The bundled dossier as the installed program finds it: inside the installed package when
    it was installed from a wheel (as CI does), not the checkout these tests import from."""
    found = subprocess.run([sys.executable, "-c", "from reader.resources import bundled_dossier; print(bundled_dossier())"],
                           capture_output=True, text=True, check=True, cwd=data.parent)
    return Path(found.stdout.strip())


def _saved_state(data: Path, monkeypatch) -> ReadingState:
    """The reading state the program saved for the bundled dossier, once the file is there."""
    monkeypatch.setenv("DOSSIER_READER_DATA", str(data))
    dossier = _programs_dossier(data)
    deadline = time.monotonic() + PATIENCE
    while not state_path(dossier).exists():
        if time.monotonic() > deadline:
            pytest.fail("the reading state was never saved")
        time.sleep(0.1)
    state, problem = load_reading_state(dossier)
    assert problem is None
    return state


def _to_report_3_with_weaker_links(name: str) -> None:
    wait_for(name, "Al Jazeera", "% shared")
    wait_until_gone(name, "… shared")
    keys(name, "3", "W")
    wait_for(name, "report 3/5", "weaker links too")


def test_closing_the_terminal_saves_where_the_reader_was_as_q_does(session, tmp_path, monkeypatch):
    """tmux killed as a closed terminal window would be: the program gets SIGHUP with its terminal
    gone, saves the report it was on and W, and ends."""
    _to_report_3_with_weaker_links(session)
    pid = int(_pane(session, "pane_pid"))
    subprocess.run([TMUX, "-L", session, "kill-server"], check=True)
    state = _saved_state(tmp_path / "data", monkeypatch)
    assert state.article == "eurasian-times" and state.weaker
    deadline = time.monotonic() + PATIENCE
    while _running(pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _running(pid), "the program outlived its terminal"


def test_the_terminal_closed_over_the_palette_ends_the_program_at_once(tmp_path, monkeypatch):
    """With the palette open, the terminal closed (SIGHUP) left the program alive until the 5 s
    grace about half the time: Textual's writer thread died on the gone terminal's first write
    error, and its shutdown then waited on the writer's full queue. The state is saved (as ``q``
    saves it) and the program ends at once. Four rounds: one rarely missed the stall."""
    for attempt in range(4):
        folder = tmp_path / str(attempt)  # a data folder of its own: W is remembered, and pressed again hides
        folder.mkdir()
        with tmux_running(folder) as name:
            _to_report_3_with_weaker_links(name)
            keys(name, "C-p")
            wait_for(name, "Report: TRT World")
            pid = int(_pane(name, "pane_pid"))
            subprocess.run([TMUX, "-L", name, "kill-server"], check=True)
            closed = time.monotonic()
            while _running(pid) and time.monotonic() < closed + PATIENCE:
                time.sleep(0.05)
            assert not _running(pid), "the program outlived its terminal"
            assert time.monotonic() - closed < LEAVE_GRACE - 1
        state = _saved_state(folder / "data", monkeypatch)
        assert state.article == "eurasian-times" and state.weaker


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_kill_saves_the_state_and_leaves_cleanly(session, tmp_path, monkeypatch, number):
    """``kill`` (SIGTERM, or SIGINT sent from outside): saved as q saves, the terminal given back,
    no traceback, status 128 + the signal."""
    subprocess.run([TMUX, "-L", session, "set-option", "-t", session, "remain-on-exit", "on"], check=True)
    _to_report_3_with_weaker_links(session)
    pid = int(_pane(session, "pane_pid"))
    os.kill(pid, number)
    assert _exit_status(session, pid) == str(128 + number)
    assert "Traceback" not in screen(session)
    state = _saved_state(tmp_path / "data", monkeypatch)
    assert state.article == "eurasian-times" and state.weaker


@pytest.mark.parametrize("redirect", ["> /dev/null", "| cat", "< /dev/null", "2> errors.txt"])
def test_the_reader_draws_and_takes_keys_with_a_stream_redirected(tmp_path, redirect):
    """Textual measures the screen through stdout: sent to a file or a pipe, the two sizes it read
    disagreed and it laid the screen out again forever (full CPU, gigabytes, deaf to signals).
    The reader draws on its terminal, as less and fzf do, and the streams go back after."""
    shell = f'cd {tmp_path} && "{PROGRAM}" {redirect}; echo "exit ${{PIPESTATUS[0]}}"; sleep 60'
    with tmux_running(tmp_path, "bash", "-c", shell) as name:
        wait_for(name, "Al Jazeera", "% shared")
        keys(name, "]")
        wait_for(name, "report 2/5")
        keys(name, "q")
        wait_for(name, "exit 0")
    if "2>" in redirect:
        assert (tmp_path / "errors.txt").read_text() == ""


BUSY_READER = """
import sys
from pathlib import Path
from reader.__main__ import main
from reader.ui.app import DossierApp

mounted = DossierApp.on_mount

def on_mount(self):
    mounted(self)
    self.set_timer(1.0, busy)

def busy():
    Path(sys.argv[1]).touch()
    while True:  # the UI thread never lets the event loop run again
        pass

DossierApp.on_mount = on_mount
sys.exit(main([]))
"""


def test_kill_ends_a_reader_whose_event_loop_never_comes_back_and_gives_the_terminal_back(tmp_path):
    """The signal handlers are Python's, not the event loop's: a reader stuck in its UI thread
    still hears SIGTERM, and ends a few seconds on with the terminal given back (main screen,
    no mouse reports), status 143. Before, SIGTERM and SIGHUP waited on the loop for ever."""
    script = tmp_path / "busy_reader.py"
    script.write_text(BUSY_READER)
    busy = tmp_path / "busy"
    with tmux_running(tmp_path, sys.executable, str(script), str(busy)) as name:
        subprocess.run([TMUX, "-L", name, "set-option", "-t", name, "remain-on-exit", "on"], check=True)
        wait_for(name, "Al Jazeera")
        deadline = time.monotonic() + PATIENCE
        while not busy.exists():
            assert time.monotonic() < deadline, "the UI thread never got busy"
            time.sleep(0.1)
        pid = int(_pane(name, "pane_pid"))
        os.kill(pid, signal.SIGTERM)
        assert _exit_status(name, pid) == str(128 + signal.SIGTERM)
        assert _pane(name, "alternate_on") == "0" and _pane(name, "mouse_any_flag") == "0"


def test_stopped_and_continued_the_reader_draws_its_whole_screen_again(tmp_path):
    """Stopped (``kill -TSTP``, as a shell's job control stops a job) and continued (``fg``, here
    SIGCONT): Textual gives the terminal back and takes a fresh alternate screen, so every row must
    be drawn anew. Before, nothing had changed for Textual, so nothing was drawn: a blank screen
    until keys moved something. Run from a shell, as a job is (a session's leader is not stopped)."""
    with tmux_running(tmp_path, "bash", "-c", f'"{PROGRAM}"; sleep 60') as name:
        wait_for(name, "Al Jazeera", "% shared")
        wait_until_gone(name, "… shared")
        reader = int(subprocess.run(["pgrep", "-P", _pane(name, "pane_pid")], capture_output=True, text=True,
                                    check=True).stdout.split()[0])
        os.kill(reader, signal.SIGTSTP)
        deadline = time.monotonic() + PATIENCE
        while _pane(name, "alternate_on") != "0" or _proc_stat(reader)[0] != "T":  # the terminal given back
            assert time.monotonic() < deadline, "the reader was never stopped"
            time.sleep(0.1)
        os.kill(reader, signal.SIGCONT)
        wait_for(name, "Reports", "Al Jazeera", "% shared", "Foreign affairs minister")
