"""Memory over reject-and-undo rounds in the compare view: the issue's target (after 50 rounds within
10% of after the first), in figures; tests/ui/test_memory.py asserts it on a tiny dossier.

    .venv/bin/python bench/undo_rounds.py [FOLDER] [--rounds 50] [--rest SECONDS]

The reader runs in-process (Textual's Pilot, 120x40) on the folder's analysis (default: the bundled
reports), opens the compare view with ``c`` and presses ``x`` then ``U`` on its first link, each
until the corrected analysis is shown, ``--rounds`` times. After the first round and after the last
it prints the live objects the collector tracks (after a full collection) and the process's
resident memory; and their ratios, the figures to read. Full collections run at rest and once each
corrected analysis is drawn (:mod:`reader.collector`): without the latter, rounds pressed back to
back left every round's garbage to the next rest, and the heap's arenas grew to hold it (resident
memory stays high once it is collected, the live objects do not); ``--rest`` waits that long after
each round, as a person reading the result.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _resident_mb() -> float:
    """The process's resident memory now (``VmRSS``), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _measured() -> tuple[int, float]:
    gc.collect()
    return len(gc.get_objects()), _resident_mb()


async def rounds(app, count: int, rest: float = 0.0) -> list[tuple[int, float]]:
    """Live objects and resident MB after the first round and after the last."""
    from reader.ui.screens.compare import CompareScreen

    async def until(condition) -> None:
        while not condition():
            await pilot.pause()

    found, frozen = [], gc.get_freeze_count()
    async with app.run_test(size=(120, 40)) as pilot:
        # Start-up over: the first paint froze what start-up built (reader.collector), and a view
        # opened before that would be frozen with it, out of the counts.
        await until(lambda: gc.get_freeze_count() > frozen)
        await app.workers.wait_for_complete()
        await pilot.press("c")
        await until(lambda: isinstance(app.screen, CompareScreen) and app.screen.passages("left"))
        screen = app.screen
        for done in range(1, count + 1):
            for key in ("x", "U"):
                before = app.analysis
                await pilot.press(key)
                await until(lambda: app.analysis is not before and screen.analysis is app.analysis)  # noqa: B023
            if rest:
                await pilot.pause(rest)
            if done in (1, count):
                found.append(_measured())
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", help="a dossier (default: the bundled one)")
    parser.add_argument("--rounds", type=int, default=50)
    parser.add_argument("--rest", type=float, default=0.0, help="seconds waited after each round (default 0)")
    args = parser.parse_args()
    from reader.core.ingest.loading import load_dossier
    from reader.core.pipeline import analyse
    from reader.resources import bundled_dossier
    from reader.ui.app import build_app

    dossier = load_dossier(args.folder or str(bundled_dossier()))
    analysis = analyse(dossier)
    (first_objects, first_mb), (last_objects, last_mb) = asyncio.run(rounds(build_app(dossier, analysis=analysis), args.rounds, args.rest))
    print(f"{len(dossier.articles)} reports, {args.rounds} rounds of x and U in the compare view, {args.rest} s rest after each")
    print(f"after the first round: {first_objects:,} live objects, {first_mb:.1f} MB resident")
    print(f"after round {args.rounds}: {last_objects:,} live objects ({last_objects / first_objects:.3f}x), "
          f"{last_mb:.1f} MB resident ({last_mb / first_mb:.3f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
