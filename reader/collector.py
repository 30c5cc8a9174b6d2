"""The program's one garbage-collection policy; nothing else touches :mod:`gc`.

Reading a dossier builds hundreds of thousands of small objects that live as long as the
program (articles, sentences, tokens, the analysis as computed). Python's collector, left
alone, rescans them at every full collection: more than half the time of a cached open, and
stalls on keys afterwards. So:

* :func:`starting` - the command line turns the collector off while the program starts up;
* :func:`started` - once the first screen is painted: what start-up built is frozen out of the
  collector's sight (it lives as long as the program) and the collector is turned back on, for
  the young generations only: a full collection scans every object the reader made since
  (widgets, drawn lines, the indexes of the analysis shown), tens of milliseconds at 500 reports
  that Python would spend inside whichever key allocated last;
* :func:`at_rest` - the reader calls it when no key has come for a while: the full collection
  Python would have run by now, if one is due, where nobody waits for it;
* :func:`replaced` - a correction's analysis is on screen: the one it replaced is garbage, held in
  cycles only a full collection frees; the reader runs one once the corrected screen is drawn (the
  user has just waited for it), else rounds of corrections typed back to back left each round's
  garbage to the next rest and resident memory grew by half;
* :func:`stopped` - the reader is gone (or never opened): Python's own thresholds, the collector on;
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


_THRESHOLDS = gc.get_threshold()
"""Python's thresholds: the third is how many collections of the middle generation make a full
collection due."""
NEVER = 1 << 30
"""A third threshold no count reaches: Python starts no full collection of its own."""


def started() -> None:
    """After the first paint: freeze start-up's objects and collect the young generations again
    from now on; full collections wait for :func:`at_rest`."""
    gc.freeze()
    gc.set_threshold(_THRESHOLDS[0], _THRESHOLDS[1], NEVER)
    gc.enable()


def at_rest() -> None:
    """Nothing is waiting on the program: run a full collection if Python would have by now
    (never while a build has the collector paused)."""
    if gc.isenabled() and gc.get_count()[2] >= _THRESHOLDS[2]:
        gc.collect()


def replaced() -> None:
    """An analysis has just been replaced on screen (a correction landed): a full collection now
    frees it (never while a build has the collector paused: the next rest does then)."""
    if gc.isenabled():
        gc.collect()


def stopped() -> None:
    """The reader has closed (or never opened): Python collects as it does by default again."""
    gc.set_threshold(*_THRESHOLDS)
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
