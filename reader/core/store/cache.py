"""The analysis, cached on disk by content: a second open of the same dossier skips it.

The key hashes the program version, the analysis code itself and every
article's fields, so an edited article, a renamed file, a new release or a
changed rule all miss. A cache entry that cannot
be read is ignored and rewritten; the cache never stops the program.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from dataclasses import astuple, replace
from pathlib import Path

from platformdirs import user_cache_dir

from reader import __version__
from reader.core.pipeline import Progress, _quiet, analyse
from reader.core.model import Analysis, Dossier


def cache_dir() -> Path:
    """``$DOSSIER_READER_CACHE`` if set (tests point it at a temporary folder), else the user cache dir."""
    return Path(os.environ.get("DOSSIER_READER_CACHE") or user_cache_dir("dossier-reader"))


def _code_digest() -> bytes:
    """The core's own source: a rule changed without a version bump must not reuse old results."""
    digest = hashlib.sha256(__version__.encode())
    for source in sorted(Path(__file__).parent.parent.rglob("*.py")):
        digest.update(source.read_bytes())
    return digest.digest()


_CODE = _code_digest()


def cache_key(dossier: Dossier) -> str:
    digest = hashlib.sha256(_CODE)
    for article in dossier.articles:
        digest.update(repr(astuple(article)).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def analyse_cached(dossier: Dossier, *, progress: Progress = _quiet) -> Analysis:
    """The dossier's analysis, from the cache when this exact content was analysed before."""
    path = cache_dir() / f"{cache_key(dossier)}.pickle"
    try:
        with path.open("rb") as handle:
            cached = pickle.load(handle)
        if isinstance(cached, Analysis):
            # Problems and the root are not part of the key: take them from this load.
            return replace(cached, dossier=dossier)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        pass
    analysis = analyse(dossier, progress=progress)
    _store(path, analysis)
    return analysis


def _store(path: Path, analysis: Analysis) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temp = path.with_suffix(f".{os.getpid()}.tmp")
        with temp.open("wb") as handle:
            pickle.dump(analysis, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temp, path)
    except OSError:
        # A read-only or full cache dir costs speed, never correctness.
        pass
