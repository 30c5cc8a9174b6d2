"""The installed ``dossier-reader`` opens the hostile dossier in tmux; the terminal stays untouched.

tmux stands in for the user's terminal and records what the program did to it:
an OSC 0/2 sequence would change the pane title, tmux's ``ESC k`` rename (with
``allow-rename on``) the window name, an OSC 52 clipboard write (with
``set-clipboard on``) would add a paste buffer, and a cursor move, clear or
width trick would break the frame of the screen. After every step the test
checks all of these and that the payload markers are visible as text.
``allow-passthrough`` stays off (tmux 3.3's default): on, tmux would forward a
``DCS tmux;`` payload to the attached terminal, which a detached server has not
got, so nothing could be observed; off, tmux would show nothing either way.

``test_checks_catch_a_raw_title_and_clipboard_write`` runs a program that does
write the raw sequences, in the same setup, and requires the checks to see it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
import uuid
from pathlib import Path

import pytest

from tests.conftest import DATA
from tests.e2e.test_tmux import PROGRAM, TMUX, keys, screen, wait_for, wait_until_gone

pytestmark = pytest.mark.e2e

SAFE_TITLE = "SAFE-TITLE"
SAFE_WINDOW = "SAFE-WIN"
BOX = frozenset("│╭╮╰╯")
# Printed to the terminal raw, as an article without make_inert would be.
RAW_WRITER = (
    "import sys, time\n"
    "sys.stdout.write('\\x1b]0;PWNED-TITLE\\x07\\x1bkPWNED-WIN\\x1b\\\\\\x1b]52;c;UFdORUQ=\\x07'"
    " + 'PAYLOAD-OSC52 shown\\n')\n"
    "sys.stdout.flush()\n"
    "time.sleep(60)\n"
)


def tmux(name: str, *arguments: str) -> str:
    return subprocess.run([TMUX, "-L", name, *arguments], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def terminal(tmp_path):
    """A tmux server at 120x40 that lets programs retitle, rename and write the clipboard, titled safely.

    Yields a function that starts a command in the pane; the server is killed afterwards.
    """
    if TMUX is None:
        pytest.skip("tmux is not installed")
    name = f"dossier-hostile-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    environment = {key: value for key, value in os.environ.items() if key not in ("COLUMNS", "LINES")}
    subprocess.run([TMUX, "-L", name, "new-session", "-d", "-x", "120", "-y", "40", "-s", name, "sleep 600"],
                   check=True, env=environment)
    try:
        for option, value in (("set-clipboard", "on"), ("set-titles", "on"), ("allow-rename", "on"),
                              ("automatic-rename", "off"), ("allow-passthrough", "off")):
            tmux(name, "set-option", "-g", option, value)
        tmux(name, "select-pane", "-t", name, "-T", SAFE_TITLE)
        tmux(name, "rename-window", "-t", name, SAFE_WINDOW)

        def start(*command: str) -> str:
            # tmux gives a pane its own TERM whatever -e says: env sets what an SSH client would send.
            tmux(name, "respawn-pane", "-k", "-t", name, "-e", f"DOSSIER_READER_CACHE={tmp_path}",
                 "env -u COLORTERM TERM=xterm-256color " + " ".join(command))
            return name

        yield start
    finally:
        subprocess.run([TMUX, "-L", name, "kill-server"], capture_output=True)


def cells(text: str) -> int:
    """Columns tmux gives ``text``: libc's widths (no grapheme clusters, a variation selector is 0)."""
    width = 0
    for char in text:
        if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def box_columns(line: str) -> dict[int, str]:
    """The box-drawing characters of one captured line, by column."""
    found, column = {}, 0
    for char in line:
        if char in BOX:
            found[column] = char
        column += cells(char)
    return found


def frame_faults(lines: list[str], *, modal: bool = False) -> list[str]:
    """Rows of a bordered screen whose borders are not where the top row opened them.

    With ``modal``, the frame checked is the box drawn over the screen (the
    first border opening below the top row), the screen's own borders beside it.

    A pane's left border may be followed by a one-column gutter mark (``│``); any
    other stray border means text was drawn at a column the app did not compute.
    Rows crossed by a notification (``▌``) are skipped: it covers the borders.
    """
    top = next((row for row, line in enumerate(lines) if "╭" in line and (row or not modal)), None)
    if top is None:
        return ["no bordered pane on screen"]
    opened = box_columns(lines[top])
    edges = set(opened)
    allowed = edges | {column + 1 for column, char in opened.items() if char == "╭"}
    faults = []
    for row in range(top + 1, len(lines)):
        columns = set(box_columns(lines[row]))
        if not columns:
            break
        if "▌" in lines[row]:
            if "╰" in lines[row]:
                break  # the box closes on a row a notification crosses
            continue
        if not edges <= columns <= allowed:
            faults.append(f"row {row}: borders at {sorted(columns)}, expected {sorted(edges)}: {lines[row]!r}")
        if "╰" in lines[row]:
            break
    return faults


def intrusions(name: str) -> list[str]:
    """Everything the program did to the terminal beyond drawing text in its own cells."""
    found = []
    title = tmux(name, "display-message", "-p", "-t", name, "#{pane_title}").strip()
    if title != SAFE_TITLE:
        found.append(f"pane title became {title!r}")
    window = tmux(name, "display-message", "-p", "-t", name, "#{window_name}").strip()
    if window != SAFE_WINDOW:
        found.append(f"window name became {window!r}")
    buffers = tmux(name, "list-buffers")
    if buffers:
        found.append(f"clipboard written: {buffers!r}")
    styled = tmux(name, "capture-pane", "-p", "-e", "-t", name)
    for sequence, what in (("\x1b]8;", "a hyperlink (OSC 8)"), ("\x1b]52", "a clipboard write (OSC 52)"),
                           ("\x1b]", "an OSC sequence"), ("\x1bP", "a DCS string")):
        if sequence in styled:
            found.append(f"styled screen holds {what}")
    plain = screen(name)
    if any(unicodedata.category(char) == "Cc" and char != "\n" for char in plain):
        found.append("screen holds a raw control character")
    return found


def assert_untouched(name: str, *visible: str, modal: bool = False, framed: bool = True) -> str:
    """The screen, once every ``visible`` text shows, after checking the terminal was left alone
    and the frame (when the screen has one: the matrix and the N-way view have none) is whole
    down to the key bar on the last row."""
    text = wait_for(name, *visible)
    assert intrusions(name) == []
    lines = tmux(name, "capture-pane", "-p", "-N", "-t", name).split("\n")
    assert not framed or frame_faults(lines, modal=modal) == [], text
    assert any(key in lines[39] for key in ("? Help", "esc Back", "Close")), text
    return text


def test_hostile_dossier_shows_every_payload_as_text_and_leaves_the_terminal_alone(terminal):
    if not PROGRAM.exists():
        pytest.skip(f"{PROGRAM} is not installed; run: {Path(sys.executable).parent}/pip install .")
    session = terminal(str(PROGRAM), str(DATA / "hostile"))
    first = assert_untouched(session, "% shared", "PAYLOAD-CSI", "PAYLOAD-OSC8", "PAYLOAD-OSC52")
    assert "␛]52;c;" in first and "␛]0;PWNED-TITLE-0␇" in first and "␛[31;1m" in first
    # The two files read with a caveat and Same story? are told in the notices under the panes (they
    # follow the user into the views for 15 s, where escape would dismiss them first): dismissed.
    keys(session, "Escape")
    wait_until_gone(session, "Problems lists them")
    # ]: every other report in turn, each with its own markers on screen.
    for number, markers in (
        (2, ("PAYLOAD-C1", "␛[31mred via", "␀")),
        (3, ("stay literal[/]", "[@click=app.quit]", "[link=https://example.invalid]")),
        (4, ("PAYLOAD-BIDI", "⟪RLO⟫", "⟪LRI⟫")),
        (5, ("PAYLOAD-ZW", "Marc Garneau met",)),
        (6, ("PAYLOAD-CJK", "加拿大外交部长", "wide as they are", "PAYLOAD-LONGWORD")),
        (7, ("PAYLOAD-CRLF", "PAYLOAD-CR")),
        (8, ("PAYLOAD-BADBYTES", "�")),
        (9, ("PAYLOAD-RAWC1", "␛[31mred")),
    ):
        keys(session, "]")
        assert_untouched(session, f"report {number}/9", *markers)
    # e: the entity panel beside the last report.
    keys(session, "e")
    assert_untouched(session, "Places")
    keys(session, "e")
    # /: search every report for a payload word; the status line counts the hits.
    keys(session, "/")
    wait_for(session, "search all reports")
    keys(session, "PAYLOAD-OSC52")
    wait_for(session, "  PAYLOAD-OSC52")
    keys(session, "Enter")
    assert_untouched(session, "search “PAYLOAD-OSC52”: 1/1", "␛]52;c;")
    # c, w, m: compare and N-way, each back with escape; m says no link joins the reports.
    keys(session, "c")
    assert_untouched(session, "N-way", "Coverage", "PAYLOAD-OSC52", "␛]52;c;", "␛]0;PWNED-OUTLET-TITLE␇")
    # Each wait looks for what only the screen it expects shows: "Back" is on all three.
    keys(session, "w")
    assert_untouched(session, "Compare with reference", framed=False)
    keys(session, "Escape")
    wait_until_gone(session, "Compare with reference")
    keys(session, "m")  # no link joins these reports: said in the status line, no empty matrix opened
    assert_untouched(session, "no passage is linked", "N-way", "Coverage")
    keys(session, "Escape")
    wait_until_gone(session, "N-way")
    # ?: help, over the reader.
    keys(session, "?")
    assert_untouched(session, "Reader screen", "Close help", modal=True)
    keys(session, "Escape")
    wait_until_gone(session, "Reader screen")
    keys(session, "q")


def test_checks_catch_a_raw_title_and_clipboard_write(terminal, tmp_path):
    """A program that prints the raw sequences is caught: title, window name and clipboard all change."""
    script = tmp_path / "raw_writer.py"
    script.write_text(RAW_WRITER)
    session = terminal(sys.executable, str(script))
    wait_for(session, "PAYLOAD-OSC52 shown")
    found = "\n".join(intrusions(session))
    assert "pane title became 'PWNED-TITLE'" in found
    assert "window name became 'PWNED-WIN'" in found
    assert "clipboard written" in found and tmux(session, "show-buffer") == "PWNED"


def test_frame_check_sees_a_border_drawn_off_its_column():
    good = ["╭──╮╭────╮", "│ab││◆ x │", "│ab│││ y │", "╰──╯╰────╯"]
    assert frame_faults(good) == []
    shifted = ["╭──╮╭────╮", "│ab││😀 ││", "╰──╯╰────╯"]
    assert frame_faults(shifted) != []
    assert cells("🛩️") == 1 and cells("🇨🇦") == 2 and cells("加") == 2
