"""An analysis made once and kept as a cache entry, for the benches that time one stage alone on it."""

from __future__ import annotations

from pathlib import Path

from reader.core.ingest.loading import load_dossier
from reader.core.model import Analysis
from reader.core.pipeline import analyse
from reader.core.store.entry import decode, encode
from reader.core.vocabulary import load_dictionaries


def saved_analysis(folder: str, saved: Path) -> Analysis:
    """The analysis of ``folder``, read from ``saved`` (made and written there the first time), with the
    dictionaries loaded and every sentence's tokens packed, as the pipeline has them before its stages."""
    dossier = load_dossier(folder)
    if saved.exists():
        analysis = decode(saved.read_bytes(), "saved", dossier)
    else:
        analysis = analyse(dossier)
        saved.write_bytes(encode(analysis, "saved"))
    load_dictionaries()
    for sentences in analysis.sentences.values():
        for sentence in sentences:
            sentence.packed  # noqa: B018
    return analysis
