"""What a finding reads of a dossier's text alone, built once per dossier rather than once per correction.

A corrected analysis shares its dossier, sentences and figures with the analysis it corrects (the
corrections replace only entities and links), so the tables a finding builds from those alone
(the context words of every figure, the content words of every sentence) are kept for the objects
they were last built from: one table of each kind, for the dossier last read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

_last: dict[str, tuple[tuple[object, ...], object]] = {}


def of_text(kind: str, sources: tuple[object, ...], build: Callable[[], T]) -> T:
    """``build()``, or what it gave for ``kind`` last time if ``sources`` are the very same objects."""
    kept = _last.get(kind)
    if kept is not None and len(kept[0]) == len(sources) and all(a is b for a, b in zip(kept[0], sources)):
        return kept[1]  # type: ignore[return-value]
    built = build()
    _last[kind] = (sources, built)
    return built
