"""Scripts that are no package (the corpus scorers, the terminal probe, the hostile-file maker),
loaded by their path: one loader for every bench that uses one."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType


def load_script(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
