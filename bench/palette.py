"""What typing in the command palette costs: the provider's work per keystroke on the bundled
reports and on a generated dossier (``--n`` reports), in-process, with a profile of one query.

    .venv/bin/python bench/palette.py [--n 200] [--profile]

A few words are typed into the open palette a letter at a time (Textual asks the providers
again on every key and lists what they find); the figure is each key's main-thread CPU time
until the palette has listed the hits, median and max (CPU, not wall time: the machine is
shared).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import pstats
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

WORDS = ("canada", "garneau", "link: the", "style mono", "zzz")


async def per_key(dossier, analysis, *, profile: bool) -> list[float]:
    from textual.command import CommandPalette

    from reader.ui.app import build_app

    app = build_app(dossier, analysis=analysis)
    times: list[float] = []
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+p")
        while not CommandPalette.is_open(app):
            await pilot.pause()
        palette = app.screen
        profiler = cProfile.Profile() if profile else None
        for word in WORDS:
            for letter in word:
                started = time.process_time()
                if profiler:
                    profiler.enable()
                await pilot.press("space" if letter == " " else letter)
                await palette.workers.wait_for_complete()  # the palette has asked every provider
                await pilot.pause()  # and shown what they found
                if profiler:
                    profiler.disable()
                times.append(time.process_time() - started)
            for _ in word:
                await pilot.press("backspace")
            await palette.workers.wait_for_complete()
        if profiler:
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(r"commands.py|_option_list.py|fuzzy.py|command.py", 14)
    return times


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=200, help="reports in the generated dossier")
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    from bench.generate import generate
    from reader.core.ingest.loading import load_dossier
    from reader.core.pipeline import analyse
    from reader.resources import bundled_dossier

    bundled = load_dossier(bundled_dossier())
    generated, _ = generate(args.n)
    for name, dossier in (("bundled 5", bundled), (f"generated {args.n}", generated)):
        analysis = analyse(dossier)
        analysis.build_tables()
        times = asyncio.run(per_key(dossier, analysis, profile=args.profile))
        print(f"{name}: {len(analysis.links)} links, {len(analysis.shared_entities)} shared entities; "
              f"per key median {statistics.median(times) * 1000:.1f} ms, max {max(times) * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
