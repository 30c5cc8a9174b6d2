"""Where the bundled dossier and stylesheets live, installed or in a checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    # A wheel carries them inside the package (see pyproject's force-include);
    # a source checkout keeps them at the top level.
    installed = _PACKAGE / "bundled" / name
    return installed if installed.is_dir() else _PACKAGE.parent / name


def bundled_dossier() -> Path:
    return _bundled("articles")


def styles_dir() -> Path:
    return _bundled("styles")
