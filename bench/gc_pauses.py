"""Full (generation-2) garbage collections while keys are handled, in-process, on a generated dossier.

    .venv/bin/python bench/gc_pauses.py [--n 500] [--rounds 3] [--keys "c n x U escape m"]

The reader opens the generated dossier as the command line does (its worker analyses it and the
collector policy of :mod:`reader.collector` applies), then a Pilot presses the keys ``--rounds``
times, waiting after each until the app is idle (after ``x`` and ``U`` until the corrected
analysis is shown). ``gc.callbacks`` times every full collection; each is charged to the key
last pressed, or to "(at rest)" when the reader ran it once no key had come for a while
(:func:`reader.collector.at_rest`), or to "(correction drawn)" when it ran it once a corrected
analysis was drawn (:func:`reader.collector.replaced`). Prints each key's full collections (count, total and longest ms).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.startup import generated_folder


def _asked_by() -> str | None:
    """Which of the reader's own full collections starts now, if one does: "(at rest)" for
    :func:`reader.collector.at_rest`, "(correction drawn)" for :func:`reader.collector.replaced`."""
    from reader.collector import at_rest, replaced

    askers = {at_rest.__code__: "(at rest)", replaced.__code__: "(correction drawn)"}
    frame = sys._getframe(2)
    while frame is not None and frame.f_code not in askers:
        frame = frame.f_back
    return None if frame is None else askers[frame.f_code]


async def session(folder: Path, keys: list[str], rounds: int) -> dict[str, list[float]]:
    from reader.core.ingest.loading import load_dossier
    from reader.ui.app import build_app

    app = build_app(load_dossier(folder), folder=folder)
    pauses: dict[str, list[float]] = defaultdict(list)
    pressed = ["(start-up)"]
    charged = [""]
    started = [0.0]

    def timed(phase: str, info: dict) -> None:
        if info["generation"] != 2:
            return
        if phase == "start":
            started[0] = time.perf_counter()
            charged[0] = _asked_by() or pressed[0]
        else:
            pauses[charged[0]].append((time.perf_counter() - started[0]) * 1000)

    async def settle(pilot, condition=lambda: True) -> None:
        waited = time.perf_counter()
        while not condition() and time.perf_counter() - waited < 60:  # a key that corrected nothing
            await pilot.pause(0.05)
        await pilot.wait_for_scheduled_animations()
        await pilot.pause()

    gc.callbacks.append(timed)
    try:
        async with app.run_test(size=(160, 50)) as pilot:
            await settle(pilot, lambda: app.analysis is not None)
            for _ in range(rounds):
                for key in keys:
                    before = app.analysis
                    pressed[0] = key
                    await pilot.press(key)
                    if key in ("x", "U"):
                        await settle(pilot, lambda before=before: app.analysis is not before)
                    else:
                        await settle(pilot)
                pressed[0] = "(between rounds)"
    finally:
        gc.callbacks.remove(timed)
    return pauses


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--keys", default="c n x U escape m", help="n: to a linked passage, which x rejects")
    args = parser.parse_args()
    folder = generated_folder(args.n, Path(tempfile.mkdtemp(prefix="bench-gc-")))
    pauses = asyncio.run(session(folder, args.keys.split(), args.rounds))
    print(f"{'key':<18}{'full collections':>18}{'total ms':>10}{'longest ms':>12}")
    for key, times in pauses.items():
        print(f"{key:<18}{len(times):>18}{sum(times):>10.0f}{max(times):>12.0f}")
    every = [ms for times in pauses.values() for ms in times]
    print(f"all: {len(every)} full collections, {sum(every):.0f} ms, longest {max(every, default=0):.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
