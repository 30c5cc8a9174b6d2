"""The core never imports the UI stack: proven in a fresh interpreter."""

import pkgutil
import subprocess
import sys

import reader.core

FORBIDDEN = ("textual", "rich", "pygments", "reader.ui")


def test_core_imports_no_ui_modules():
    modules = [m.name for m in pkgutil.walk_packages(reader.core.__path__, "reader.core.")]
    code = "import sys\n" + "".join(f"import {m}\n" for m in modules) + (
        f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r} or m.startswith('reader.ui'))\n"
        "print(','.join(bad))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "", f"core pulled in: {result.stdout}"
    assert len(modules) >= 5
