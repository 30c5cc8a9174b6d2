"""Print how long loading takes: the bundled dossier, the hostile one and the 10 MB article.

    .venv/bin/python bench/loading.py

Each figure is the best of several runs (files are in the page cache after the
first), so it measures the loader, not the disk.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

started = time.perf_counter()
from bench.scripts import load_script  # noqa: E402
from reader.core.ingest.loading import load_dossier  # noqa: E402  (timed import)

IMPORT_SECONDS = time.perf_counter() - started


def best_of(runs: int, action) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times)


def write_big_article(folder: Path) -> Path:
    return load_script(ROOT / "tests" / "data" / "make_hostile.py").write_big_article(folder)


def main() -> None:
    print(f"import reader.core.ingest.loading: {IMPORT_SECONDS * 1000:.1f} ms")
    for name, folder in (("bundled dossier", ROOT / "articles"), ("hostile dossier", ROOT / "tests" / "data" / "hostile")):
        dossier = load_dossier(folder)
        size = sum(len(a.body) for a in dossier.articles)
        seconds = best_of(20, lambda: load_dossier(folder))
        print(f"{name}: {len(dossier.articles)} articles, {size:,} body chars: {seconds * 1000:.1f} ms")
    with tempfile.TemporaryDirectory() as temp:
        big = write_big_article(Path(temp))
        megabytes = big.stat().st_size / 1024 / 1024
        seconds = best_of(3, lambda: load_dossier(big))
        print(f"10 MB article ({megabytes:.1f} MB on disk): {seconds * 1000:.0f} ms")


if __name__ == "__main__":
    main()
