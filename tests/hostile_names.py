"""Hostile file and folder names, and the check that output holding them is inert.

Names come from outside (an archive, a download): a folder named ``clip ESC ]52;…`` would write
the clipboard, ``dossier ESC ]0;… BEL`` retitle the terminal, and a newline in a file name would
forge a line of its own.
"""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

from tests.conftest import BUNDLED

CLIPBOARD = "clip\x1b]52;c;UFdOLURJUg==\x1b\\"
TITLE = "dossier\x1b]0;T\x07"
FORGED = "evil.md\ndossier-reader: good.md: skipped: binary data, not text\nforged.md"
C1_AND_BIDI = "c1\x9b31m\u202egnp.md"
_BIDI_CONTROLS = ("LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI")


def assert_inert_bytes(data: bytes) -> list[str]:
    """The raw output is UTF-8 text whose only control byte is the line feed ending each line, with
    no C1 or bidi control; returns its lines."""
    assert all(byte >= 0x20 or byte == 0x0A for byte in data), data
    text = data.decode("utf-8")
    assert not any(unicodedata.category(char) == "Cc" and char != "\n" for char in text), text
    assert not any(unicodedata.bidirectional(char) in _BIDI_CONTROLS for char in text), text
    return text.splitlines()


def make_hostile_folder(parent: Path) -> Path:
    """The bundled reports in a folder named to write the clipboard, beside files named to forge
    lines, retitle the terminal and reorder text, and a broken corrections sidecar."""
    folder = parent / CLIPBOARD
    shutil.copytree(BUNDLED, folder)
    (folder / FORGED).write_bytes(b"\x00\x01\x02" * 100)
    (folder / f"{TITLE}.md").write_bytes(b"")
    (folder / C1_AND_BIDI).write_text("---\ntitel: x\n---\nBody.\n", encoding="utf-8")
    (folder / ".dossier-reader.json").write_text("{not json", encoding="utf-8")
    return folder
