"""What a key opening a view costs in-process: each key's main-thread CPU time from the key until
the app has drawn what it shows, for the keys of a view opened, closed and opened again (``?``,
``ctrl+p``, ``Q`` by default), with a profile of one of them.

    .venv/bin/python bench/view_keys.py [FOLDER] [--keys "? q ctrl+p escape"] [--runs 3]
                                        [--size 120x40] [--profile KEY[:N]] [--saved FILE]

The app runs under Textual's Pilot with the dossier's analysis given (read from ``--saved``, made
and kept there the first time: a big dossier's analysis takes minutes). CPU, not wall time: the
machine is shared. ``bench/keys.py`` times the same keys from outside, as a person sees them; this
one is for the handler alone, a profile at hand (``--profile ?`` prints where the first ``?``'s
time went, our modules and Textual's).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import pstats
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

KEYS = "question_mark q question_mark q ctrl+p escape ctrl+p escape Q q Q q"


async def per_key(app, keys: list[str], size: tuple[int, int], profiled: tuple[str, int] | None) -> list[float]:
    """Each key's CPU (s) until the app has handled it and drawn, its workers done; the press of
    a key ``profiled`` names (its first: 1) profiled."""
    times: list[float] = []
    presses: dict[str, int] = {}
    async with app.run_test(size=size) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        for key in keys:
            presses[key] = presses.get(key, 0) + 1
            profiler = cProfile.Profile(time.thread_time) if profiled == (key, presses[key]) else None
            started = time.thread_time()
            if profiler:
                profiler.enable()
            await pilot.press(key)
            await pilot.pause()
            await app.screen.workers.wait_for_complete()
            await pilot.pause()
            if profiler:
                profiler.disable()
                stats = pstats.Stats(profiler)
                stats.sort_stats("cumulative").print_stats(r"reader/|textual/(widget|_compositor|screen|css/stylesheet)", 30)
            times.append(time.thread_time() - started)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", help="a dossier (default: the bundled one)")
    parser.add_argument("--keys", default=KEYS, help="Textual key names, space separated")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--size", default="120x40")
    parser.add_argument("--profile", help="profile a press of this key: KEY (its first) or KEY:N (its Nth)")
    parser.add_argument("--saved", type=Path, help="the analysis kept here (default: made afresh)")
    args = parser.parse_args()
    from bench.saved_analysis import saved_analysis
    from reader.resources import bundled_dossier
    from reader.ui.app import build_app

    folder = args.folder or str(bundled_dossier())
    saved = args.saved or Path(tempfile.mkdtemp(prefix="bench-view-keys-")) / "analysis"
    analysis = saved_analysis(folder, saved)
    analysis.build_tables()
    keys = args.keys.split()
    size = tuple(int(n) for n in args.size.split("x"))
    runs = []
    for run in range(args.runs):
        app = build_app(analysis.dossier, analysis=analysis)
        key, _, nth = (args.profile or "").partition(":")
        runs.append(asyncio.run(per_key(app, keys, size, (key, int(nth or 1)) if args.profile and run == 0 else None)))
    print(f"{folder}: {len(analysis.dossier.articles)} reports; main-thread CPU per key, median of {args.runs} runs")
    for i, key in enumerate(keys):
        print(f"{key:15}{statistics.median(r[i] for r in runs) * 1000:8.1f} ms   "
              f"({', '.join(f'{r[i] * 1000:.1f}' for r in runs)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
