"""Print how long a JSON export of generated dossiers takes, stage by stage, at 100, 250 and 500 articles.

    .venv/bin/python bench/export.py              # 100, 250 and 500 articles
    .venv/bin/python bench/export.py 100 200      # other sizes

For each size (bench/generate.py dossiers): the analysis stages (segment, entities and links),
the findings (figures, figure comparisons, quotation groups, typed differences), the JSON
rendering alone, the whole cold export (all three) and what a second export costs (the cached
analysis read back, then rendered). Building runs with the collector paused, as the command
line does (reader.collector). The last lines give the growth of each from one size to the
next. One process, one core; on a shared machine take medians of several runs.
"""

from __future__ import annotations

import gc
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.generate import generate  # noqa: E402
from reader import collector  # noqa: E402
from reader.core.entities.clusters import find_entities  # noqa: E402
from reader.core.export.documents import to_json  # noqa: E402
from reader.core.links.align import find_links  # noqa: E402
from reader.core.model import Analysis  # noqa: E402
from reader.core.pipeline import find  # noqa: E402
from reader.core.text.segment import segment_article  # noqa: E402

COLUMNS = ("stages", "findings", "render", "cold export", "cached export")


def timed(action):
    started = time.perf_counter()
    result = action()
    return result, time.perf_counter() - started


def measure(size: int) -> dict[str, float]:
    import os

    from reader.core.store.cache import analyse_cached

    dossier, _ = generate(size)
    gc.collect()

    def stages() -> Analysis:
        sentences = {article.id: segment_article(article) for article in dossier.articles}
        entities = find_entities(dossier, sentences)
        return Analysis(dossier, sentences, entities, find_links(dossier, sentences))

    with collector.building():  # as the command line builds it
        base, staged = timed(stages)
        analysis, found = timed(lambda: find(base))
    text, rendered = timed(lambda: to_json(analysis))
    with tempfile.TemporaryDirectory() as cache:
        os.environ["DOSSIER_READER_CACHE"] = cache
        with collector.building():
            analyse_cached(dossier)  # fills the cache

        def cached_export() -> str:
            with collector.building():
                again, _ = analyse_cached(replace(dossier))
            return to_json(again)

        _, cached = timed(cached_export)
    return {"stages": staged, "findings": found, "render": rendered,
            "cold export": staged + found + rendered, "cached export": cached,
            "megabytes": len(text.encode()) / 1e6}


def main() -> None:
    sizes = [int(arg) for arg in sys.argv[1:]] or [100, 250, 500]
    rows = {}
    print(f"{'articles':>8} " + " ".join(f"{name:>14}" for name in COLUMNS) + f" {'JSON MB':>8}")
    for size in sizes:
        rows[size] = measure(size)
        print(f"{size:>8} " + " ".join(f"{rows[size][name]:>13.2f}s" for name in COLUMNS)
              + f" {rows[size]['megabytes']:>8.1f}", flush=True)
    for small, large in zip(sizes, sizes[1:]):
        growth = " ".join(f"{rows[large][name] / rows[small][name]:>13.2f}x" for name in COLUMNS)
        print(f"{small}->{large}".rjust(8) + " " + growth)


if __name__ == "__main__":
    main()
