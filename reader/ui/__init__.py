"""The Textual reader: ``build_app`` is the only entry point (CLI and tests)."""

from reader.ui.app import DossierApp, build_app

__all__ = ["DossierApp", "build_app"]
