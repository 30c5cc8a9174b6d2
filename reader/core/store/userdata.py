"""Where the user's own files about a dossier live when they are not beside it: the user's data
directory, each dossier's files named by a key of its path (the reading state always, the
corrections of a dossier the user cannot or should not write).

Apart from :mod:`reader.core.store.corrections`: opening a dossier reads the reading state
before the first paint, and the corrections are not needed until the analysis lands.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from platformdirs import user_data_dir

from reader.core.ingest.article_format import slug


def data_dir() -> Path:
    """``$DOSSIER_READER_DATA`` if set (tests point it at a temporary folder), else the user data dir."""
    return Path(os.environ.get("DOSSIER_READER_DATA") or user_data_dir("dossier-reader"))


def private_sidecar_path(dossier_root: Path | str) -> Path:
    """Where the user's data directory keeps this dossier's sidecar, keyed by its absolute path."""
    root = Path(os.path.realpath(dossier_root))  # realpath never raises, even on a link loop
    digest = hashlib.sha256(str(root).encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return data_dir() / "corrections" / f"{slug(root.name) or 'dossier'}-{digest}.json"
