"""Opening the compare view and swapping its columns, a 30-sentence pair against a 3,000-sentence one.

    .venv/bin/python bench/compare.py [--runs 5] [--launches 3] [--sentences 3000]

Two reports are made from generated articles (bench/generate.py): every other article joined
into one long report, the rest into the other, so the planted statements link across the
pair. For each size the reader runs in-process (Textual's headless Pilot, 120x40) on the
analysed pair; it times ``c`` (from the key to the compare view drawn with both columns
filled) and ``c`` again in the view (the columns swapped and drawn), then ``escape``, over
``--runs`` rounds after a first one, in ``--launches`` launches of each size taken in turn (it lays out each report at its width, kept from then
on, so it is printed apart as "first open"), and prints the medians and the large-to-small
ratios. The issue's target:
open and swap at 3,000 sentences within 1.5x of 30. The machine is shared: the ratios, taken
in the same run, are the figures to read.
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
from reader.core.model import Article, Dossier  # noqa: E402
from reader.core.pipeline import analyse  # noqa: E402

ARTICLE_SENTENCES = 30
"""About how many sentences one generated article has."""


def joined(articles: tuple[Article, ...], article_id: str, outlet: str) -> Article:
    """One long report made of ``articles``' paragraphs, in order."""
    parts, bounds, at = [], [], 0
    for article in articles:
        for start, end in article.paragraphs:
            parts.append(article.body[start:end])
            bounds.append((at, at + end - start))
            at += end - start + 2
    return Article(article_id, outlet, "\n\n".join(parts), tuple(bounds), title=f"{outlet}: a long report")


def pair(sentences: int) -> Dossier:
    """Two reports of about ``sentences`` sentences each, sharing planted statements."""
    per_report = max(1, round(sentences / ARTICLE_SENTENCES))
    generated, _ = generate(2 * per_report, seed=11)
    articles = generated.articles
    return Dossier(f"<pair of {sentences}>", (joined(articles[0::2], "left", "Left Post"),
                                               joined(articles[1::2], "right", "Right Times")))


async def timed(pilot, key: str, done) -> float:
    started = time.perf_counter()
    await pilot.press(key)
    while not done():
        await pilot.pause()
    await pilot.pause()  # the frame with the view drawn
    return time.perf_counter() - started


async def measure(dossier: Dossier, runs: int) -> dict[str, float]:
    from reader.ui.app import build_app
    from reader.ui.screens.compare import CompareScreen
    from reader.ui.screens.reader import ReaderScreen

    analysis = analyse(dossier)
    collector.keep()  # as the reader does once its analysis lands (reader/collector.py)
    app = build_app(dossier, analysis=analysis)
    found: dict[str, list[float]] = {"open": [], "swap": []}
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        for _ in range(runs + 1):  # the first round warms caches up: left out
            opened = await timed(pilot, "c", lambda: isinstance(app.screen, CompareScreen) and app.screen.passages("left"))
            left = app.screen.report["left"]
            swapped = await timed(pilot, "c", lambda: app.screen.report["left"] != left)
            await timed(pilot, "escape", lambda: isinstance(app.screen, ReaderScreen))
            found["open"].append(opened)
            found["swap"].append(swapped)
        rows = len(app.screen_stack[-1].app.analysis.sentences["left"])
    return {"sentences": rows, "first open": found["open"][0],
            **{key: statistics.median(values[1:]) for key, values in found.items()}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="rounds per launch (default 5)")
    parser.add_argument("--launches", type=int, default=3, help="launches of each size, alternating (default 3)")
    parser.add_argument("--sentences", type=int, default=3000)
    args = parser.parse_args()
    sizes = {"small": pair(ARTICLE_SENTENCES), "large": pair(args.sentences)}
    found: dict[str, list[dict[str, float]]] = {"small": [], "large": []}
    for _ in range(args.launches):  # alternating, so a machine getting busier weighs on both alike
        for name, dossier in sizes.items():
            found[name].append(asyncio.run(measure(dossier, args.runs)))
    medians = {name: {key: statistics.median(run[key] for run in runs) for key in runs[0]} for name, runs in found.items()}
    for name, figures in medians.items():
        print(f"{name}: {figures['sentences']:.0f} sentences in the left report; "
              f"open {figures['open'] * 1000:.0f} ms, swap {figures['swap'] * 1000:.0f} ms; "
              f"first open {figures['first open'] * 1000:.0f} ms (medians of {args.launches} launches)")
    small, large = medians["small"], medians["large"]
    print(f"open_ratio={large['open'] / small['open']:.2f} swap_ratio={large['swap'] / small['swap']:.2f} "
          f"first_open_ratio={large['first open'] / small['first open']:.2f} (target <= 1.5)")


if __name__ == "__main__":
    main()
