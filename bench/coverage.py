"""Opening the coverage matrix (``m``) on a generated dossier of many reports.

    .venv/bin/python bench/coverage.py [--n 500] [--runs 3]

Generates ``--n`` reports (bench/generate.py), analyses them, then runs the reader in-process
(Textual's headless Pilot, 120x40) and times ``m`` from the key to the matrix shown with its
table filled, then ``escape``, over ``--runs`` rounds after a first one; it does the same on a
generated 20-report dossier in the same run and prints both medians and their ratio (the
machine is shared: the ratio is the figure to read).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.generate import generate  # noqa: E402
from reader import collector  # noqa: E402
from reader.core.model import Dossier  # noqa: E402
from reader.core.pipeline import analyse  # noqa: E402


async def measure(dossier: Dossier, runs: int) -> list[float]:
    from reader.ui.app import build_app
    from reader.ui.screens.coverage import CoverageScreen
    from reader.ui.screens.reader import ReaderScreen

    analysis = analyse(dossier)
    collector.keep()  # as the reader does once its analysis lands (reader/collector.py)
    app = build_app(dossier, analysis=analysis)
    times = []
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        for _ in range(runs + 1):  # the first round warms caches up: left out
            started = time.perf_counter()
            await pilot.press("m")
            while not (isinstance(app.screen, CoverageScreen) and app.screen.query_one("#coverage-table").row_keys):
                await pilot.pause()
            await pilot.pause()  # the frame with the matrix drawn
            times.append(time.perf_counter() - started)
            await pilot.press("escape")
            while not isinstance(app.screen, ReaderScreen):
                await pilot.pause()
    return times[1:]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    medians = []
    for n in (args.n, 20):
        times = asyncio.run(measure(generate(n)[0], args.runs))
        medians.append(statistics.median(times))
        print(f"m at {n} reports: median {medians[-1] * 1000:.0f} ms (runs {', '.join(f'{t * 1000:.0f}' for t in times)})")
    print(f"{args.n} against 20 reports: {medians[0] / medians[1]:.1f}x")


if __name__ == "__main__":
    main()
