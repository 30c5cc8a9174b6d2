"""The program's one garbage-collection policy; nothing else touches :mod:`gc`.

Reading a dossier builds hundreds of thousands of small objects that live as long as the
program (articles, sentences, tokens, the analysis as computed). Python's collector, left
alone, rescans them at every full collection: more than half the time of a cached open, and
stalls on keys afterwards. So:

* :func:`starting` - the command line turns the collector off while the program starts up;
* :func:`started` - once the first screen is painted: what start-up built is frozen out of the
  collector's sight (it lives as long as the program) and the collector is turned back on;
* :func:`building` - around a bulk build (the analysis, in the reader's worker or for an
  export) the collector is paused, for the whole process: a UI thread running meanwhile
  allocates little, and a pause is what keeps its keys quick;
* :func:`keep` - the analysis as computed lives as long as the reader: frozen once, by the
  worker that built it and before the collector is back on (its first collection would scan
  millions of young objects, seconds of stall). Analyses made by corrections and closed
  screens are left to the collector, so they are freed.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_builds = 0
_was_enabled = True


def starting() -> None:
    """Start-up: no collections until :func:`started`."""
    gc.disable()


def started() -> None:
    """After the first paint: freeze start-up's objects and collect again from now on."""
    gc.freeze()
    gc.enable()


@contextmanager
def building() -> Iterator[None]:
    """No collections while the block builds (nested and concurrent blocks are counted: the
    collector comes back on when the last one ends, as it was before the first)."""
    global _builds, _was_enabled
    with _lock:
        if _builds == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _builds += 1
    try:
        yield
    finally:
        with _lock:
            _builds -= 1
            if _builds == 0 and _was_enabled:
                gc.enable()


def keep() -> None:
    """What exists now lives as long as the program (the analysis as computed has just landed):
    out of the collector's sight. Called once per dossier, never per correction."""
    gc.freeze()
