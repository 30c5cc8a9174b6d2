"""The installed ``dossier-reader`` used over a real SSH connection, as its readers use it.

The test starts its own ``sshd`` on a free port of 127.0.0.1 with throwaway keys,
connects from a tmux pane at 120x40 with TERM=xterm-256color and no COLORTERM,
runs the program on the remote side (where sshd passes no LANG either), drives
it to the compare view and quits. What SSH changes is checked: the remote
environment, UTF-8 frames and marks without a locale, 256-colour escapes rather
than truecolor, and a remote shell that gets its terminal back. The tmux
server, sshd and everything sshd started are killed afterwards.
"""

from __future__ import annotations

import getpass
import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import time
import uuid
from pathlib import Path

import pytest

from tests.e2e.test_tmux import PATIENCE, PROGRAM, TMUX, keys, screen, wait_for

SSHD = Path("/usr/sbin/sshd")
SSH = shutil.which("ssh")
SSH_KEYGEN = shutil.which("ssh-keygen")
MISSING_OPENSSH = [
    tool for tool, found in ((str(SSHD), SSHD.exists()), ("ssh", SSH), ("ssh-keygen", SSH_KEYGEN)) if not found
]

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(TMUX is None, reason="tmux is not installed"),
    pytest.mark.skipif(
        not PROGRAM.exists(), reason=f"{PROGRAM} is not installed; run: {PROGRAM.parent}/pip install ."
    ),
    pytest.mark.skipif(
        bool(MISSING_OPENSSH),
        reason=f"OpenSSH is missing: {', '.join(MISSING_OPENSSH)} (apt-get install openssh-server openssh-client)",
    ),
]
# sshd refuses to start without it; Debian's service creates it at boot, a container may not have it.
PRIVILEGE_SEPARATION_DIR = Path("/run/sshd")
COLUMN_TITLE = re.compile(r"╭─ (\d) (.+?) ─")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def descendants(pid: int) -> set[int]:
    """Every live process below pid (sshd's connection handlers and the shells they run)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, pending = set(), [pid]
    while pending:
        for child in children.get(pending.pop(), []):
            found.add(child)
            pending.append(child)
    return found


def running(pid: int) -> bool:
    """Whether pid exists and has not exited (a zombie only waits for its parent to reap it)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def end_processes(pids: set[int]) -> None:
    """Asks pids to stop, gives them a moment, then kills what is left."""
    for stop in (signal.SIGTERM, signal.SIGKILL):
        for pid in pids:
            try:
                os.kill(pid, stop)
            except ProcessLookupError:
                pass
        deadline = time.monotonic() + 5
        while pids and time.monotonic() < deadline:
            pids = {pid for pid in pids if running(pid)}
            time.sleep(0.05)


@pytest.fixture
def ssh_server(tmp_path):
    """An sshd on 127.0.0.1 that lets this user in with a throwaway key; yields (port, client key)."""
    if not PRIVILEGE_SEPARATION_DIR.exists():
        try:
            PRIVILEGE_SEPARATION_DIR.mkdir(mode=0o755)
        except PermissionError:
            pytest.skip(f"sshd needs {PRIVILEGE_SEPARATION_DIR}, which this user cannot create")
    for key in ("host", "client"):
        subprocess.run([SSH_KEYGEN, "-q", "-t", "ed25519", "-N", "", "-f", str(tmp_path / key)], check=True)
    authorized = tmp_path / "authorized_keys"
    authorized.write_text((tmp_path / "client.pub").read_text())
    authorized.chmod(0o600)
    port = free_port()
    config = tmp_path / "sshd_config"
    config.write_text(
        f"ListenAddress 127.0.0.1\nPort {port}\nHostKey {tmp_path / 'host'}\n"
        f"AuthorizedKeysFile {authorized}\nAllowUsers {getpass.getuser()}\n"
        "PubkeyAuthentication yes\nPasswordAuthentication no\nKbdInteractiveAuthentication no\n"
        "UsePAM no\nPermitRootLogin prohibit-password\nStrictModes no\nPidFile none\nLogLevel ERROR\n"
    )
    checked = subprocess.run([str(SSHD), "-t", "-f", str(config)], capture_output=True, text=True)
    if checked.returncode != 0:
        pytest.skip(f"sshd cannot run here: {checked.stderr.strip()}")
    server = subprocess.Popen([str(SSHD), "-D", "-e", "-f", str(config)], stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + PATIENCE
        while True:
            if server.poll() is not None:
                pytest.fail(f"sshd exited at start: {server.stderr.read()}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail(f"sshd never listened on port {port}")
                time.sleep(0.05)
        yield port, tmp_path / "client"
    finally:
        sessions = descendants(server.pid)
        server.terminate()
        server.wait(timeout=5)
        end_processes(sessions)


@pytest.fixture
def remote_pane(ssh_server, tmp_path):
    """A tmux pane at 120x40 logged in over SSH, already starting the reader; yields the tmux name."""
    port, client_key = ssh_server
    remote = (
        'echo "remote sees TERM=$TERM COLORTERM=${COLORTERM-unset}"; '
        f"DOSSIER_READER_CACHE={shlex.quote(str(tmp_path / 'cache'))} "
        f"DOSSIER_READER_DATA={shlex.quote(str(tmp_path / 'data'))} {shlex.quote(str(PROGRAM))}; "
        'echo "reader exited with $?"; read -r _'
    )
    ssh_command = [
        SSH, "-tt", "-F", "/dev/null", "-p", str(port), "-i", str(client_key), "-o", "IdentitiesOnly=yes",
        "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
        "-o", "LogLevel=ERROR", f"{getpass.getuser()}@127.0.0.1", remote,
    ]
    name = f"dossier-ssh-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    # The terminal is announced by TERM alone, which ssh forwards; no COLORTERM. tmux sets a pane's TERM
    # to its own default-terminal whatever new-session -e says, so the client's TERM is set by env.
    client = ["env", "-u", "COLORTERM", "TERM=xterm-256color", *ssh_command]
    environment = {key: value for key, value in os.environ.items() if key not in ("COLUMNS", "LINES")}
    subprocess.run(
        [TMUX, "-L", name, "new-session", "-d", "-x", "120", "-y", "40", "-s", name, shlex.join(client)],
        check=True, env=environment,
    )
    try:
        yield name
    finally:
        subprocess.run([TMUX, "-L", name, "kill-server"], capture_output=True)


def pane_flag(name: str, flag: str) -> str:
    return subprocess.run(
        [TMUX, "-L", name, "display-message", "-p", "-t", name, f"#{{{flag}}}"], capture_output=True, text=True
    ).stdout.strip()


def test_reader_over_ssh_compares_two_reports_in_256_colours_and_gives_the_shell_back(remote_pane):
    wait_for(remote_pane, "Al Jazeera", "TRT World", "% shared", "q Quit")
    keys(remote_pane, "c")
    # The key bar comes before the columns are filled and the status line (cut with "…") is
    # written: wait for all of it. Never seeing one of them fails the test.
    compare = wait_for(remote_pane, "N-way", "Coverage", "also in", "╰", "◆", "…")
    # Both columns name their report: two different outlets side by side.
    columns = COLUMN_TITLE.findall(compare.splitlines()[0])
    assert len(columns) == 2 and columns[0] != columns[1], compare
    key_bar = compare.splitlines()[-1]
    for key in ("[] Report", "nN Link", ",. Diff", "w N-way", "m Coverage", "q Close"):
        assert key in key_bar
    # No LANG came over SSH, yet frames, passage marks and ellipses arrive as UTF-8, neither replaced nor escaped.
    assert "╰" in compare and "◆" in compare and "…" in compare
    assert "\\u" not in compare and "\ufffd" not in compare
    # TERM promised 256 colours and nothing promised truecolor.
    coloured = subprocess.run(
        [TMUX, "-L", remote_pane, "capture-pane", "-p", "-e", "-t", remote_pane], capture_output=True, text=True
    ).stdout
    assert "38;5;" in coloured and "38;2;" not in coloured

    keys(remote_pane, "q")  # closes the compare view
    wait_for(remote_pane, "q Quit")
    keys(remote_pane, "q")  # quits from the reader
    after = wait_for(remote_pane, "reader exited with 0")
    assert "remote sees TERM=xterm-256color COLORTERM=unset" in after
    # The alternate screen was left and took the whole interface with it.
    assert pane_flag(remote_pane, "alternate_on") == "0"
    assert "Coverage" not in screen(remote_pane)
