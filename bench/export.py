"""Print how long ``dossier-reader export --format json`` takes on generated dossiers, cold and cached.

    .venv/bin/python bench/export.py              # 250 and 500 articles
    .venv/bin/python bench/export.py 100 200      # other sizes

For each size (bench/generate.py dossiers written as article files): the installed command
run cold (an empty analysis cache) and again (the cached analysis read back, then rendered),
each as wall time and CPU time (the command's and the copies it forks to use a second core,
reader.core.forked). The last lines give the growth from one size to the next. On a machine
shared with other work the wall time drifts with the load (printed): the CPU time is the
steadier figure, and the parallel part shows as CPU above wall.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
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


def measure(size: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp) / "dossier"
        folder.mkdir()
        write_dossier(folder, size)
        cold = export(folder, Path(temp))
        cached = export(folder, Path(temp))
        megabytes = (Path(temp) / "out.json").stat().st_size / 1e6
    return dict(zip(COLUMNS, cold + cached)) | {"megabytes": megabytes}


def main() -> None:
    sizes = [int(arg) for arg in sys.argv[1:]] or [250, 500]
    rows = {}
    print(f"# {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
    print(f"{'articles':>8} " + " ".join(f"{name:>12}" for name in COLUMNS) + f" {'JSON MB':>8}")
    for size in sizes:
        rows[size] = measure(size)
        print(f"{size:>8} " + " ".join(f"{rows[size][name]:>11.2f}s" for name in COLUMNS)
              + f" {rows[size]['megabytes']:>8.1f}", flush=True)
    for small, large in zip(sizes, sizes[1:]):
        growth = " ".join(f"{rows[large][name] / rows[small][name]:>11.2f}x" for name in COLUMNS)
        print(f"{small}->{large}".rjust(8) + " " + growth)
    print(f"# load average at the end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
