"""Print how long ``dossier-reader export --format json`` takes on generated dossiers, cold and cached.

    .venv/bin/python bench/export.py                   # 250 and 500 articles, 3 rounds
    .venv/bin/python bench/export.py 100 200 --runs 5  # other sizes, more rounds

For each size (bench/generate.py dossiers written as article files): the installed command
run cold (an empty analysis cache) and again (the cached analysis read back, then rendered),
each as wall time and CPU time (the command's and the copies it forks to use a second core,
reader.core.forked). Each round runs every size in turn; the figures are the medians over
the rounds, and the growth from one size to the next is the median of each round's own ratio
(two sizes measured minutes apart under different loads say little). On a machine shared
with other work the wall time drifts with the load (printed): the CPU time is the steadier
figure, and the parallel part shows as CPU above wall.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.scale import write_dossier  # noqa: E402

COLUMNS = ("cold wall", "cold cpu", "cached wall", "cached cpu")


def export(folder: Path, cache: Path) -> tuple[float, float]:
    """Wall and CPU seconds of one JSON export of ``folder``."""
    def cpu() -> float:
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return usage.ru_utime + usage.ru_stime

    started, used = time.perf_counter(), cpu()
    subprocess.run(
        [ROOT / ".venv/bin/dossier-reader", "export", "--format", "json", str(folder), "-o", str(cache / "out.json")],
        check=True, env={**os.environ, "DOSSIER_READER_CACHE": str(cache / "cache")},
    )
    return time.perf_counter() - started, cpu() - used


def measure(folder: Path) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as temp:
        cold = export(folder, Path(temp))
        cached = export(folder, Path(temp))
        megabytes = (Path(temp) / "out.json").stat().st_size / 1e6
    return dict(zip(COLUMNS, cold + cached)) | {"megabytes": megabytes}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[250, 500], help="articles (default 250 500)")
    parser.add_argument("--runs", type=int, default=3, help="rounds over every size (default 3)")
    args = parser.parse_args()
    sizes = args.sizes
    print(f"# {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}; medians of {args.runs} rounds")
    rounds: dict[int, list[dict[str, float]]] = {size: [] for size in sizes}
    with tempfile.TemporaryDirectory() as temp:
        folders = {size: Path(temp) / str(size) for size in sizes}
        for size, folder in folders.items():
            folder.mkdir()
            write_dossier(folder, size)
        for _ in range(args.runs):
            for size, folder in folders.items():
                rounds[size].append(measure(folder))
    print(f"{'articles':>8} " + " ".join(f"{name:>12}" for name in COLUMNS) + f" {'JSON MB':>8}")
    for size in sizes:
        row = {name: statistics.median(each[name] for each in rounds[size]) for name in (*COLUMNS, "megabytes")}
        print(f"{size:>8} " + " ".join(f"{row[name]:>11.2f}s" for name in COLUMNS) + f" {row['megabytes']:>8.1f}")
    for small, large in pairwise(sizes):
        growth = " ".join(
            f"{statistics.median(b[name] / a[name] for a, b in zip(rounds[small], rounds[large])):>11.2f}x"
            for name in COLUMNS
        )
        print(f"{small}->{large}".rjust(8) + " " + growth)
    print(f"# load average at the end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
