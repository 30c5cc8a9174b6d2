"""Print how fast a cached analysis loads from its MessagePack entry, and how long it holds up a second thread.

    .venv/bin/python bench/cache.py [--articles 500] [--runs 7]

Analyses a generated dossier (bench/generate.py) once, writes the analysis as
this program's cache entry and times reading it from disk back into an analysis,
with the garbage collector off as the reader runs it. (Earlier versions kept a
pickle, which could run code planted in the cache and no longer even pickles.)
Prints the median and best of ``--runs`` loads and the file's size, and the
whole warm ``analyse_cached`` (key, folder and file checks, digest, decoding)
for comparison.

It also prints the longest a second thread (standing for the reader's UI,
waking every millisecond) waited during each load: the load runs in a worker
thread, and a call that holds the interpreter lock for long delays every key.
A pure-Python busy loop of similar length gives the machine's noise floor.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.generate import generate  # noqa: E402
from reader.core.pipeline import analyse  # noqa: E402
from reader.core.store.cache import SUFFIX, analyse_cached, cache_key  # noqa: E402
from reader.core.store.entry import decode, encode  # noqa: E402


def timed(runs: int, action) -> tuple[list[float], list[float]]:
    """Each run's time and the longest another thread waited for the interpreter during it."""
    times, waits = [], []
    gc.disable()
    try:
        for _ in range(runs):
            stop, gaps = threading.Event(), [0.0]

            def tick() -> None:
                last = time.perf_counter()
                while not stop.is_set():
                    time.sleep(0.001)
                    now = time.perf_counter()
                    gaps.append(now - last)
                    last = now

            ticker = threading.Thread(target=tick)
            ticker.start()
            started = time.perf_counter()
            result = action()  # kept until the ticker stops: freeing it is not part of the load
            times.append(time.perf_counter() - started)
            stop.set()
            ticker.join()
            waits.append(max(gaps))
            del result
            gc.collect()
    finally:
        gc.enable()
    return times, waits


def busy(seconds: float) -> None:
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    dossier, _ = generate(args.articles)
    started = time.perf_counter()
    analysis = analyse(dossier)
    print(f"{args.articles} generated articles: analysis {time.perf_counter() - started:.1f} s")
    key = cache_key(dossier)
    with tempfile.TemporaryDirectory() as temp:
        entry = Path(temp) / f"{key}.msgpack"
        entry.write_bytes(encode(analysis, key))
        assert decode(entry.read_bytes(), key, dossier) == analysis
        loads = {"msgpack entry": timed(args.runs, lambda: decode(entry.read_bytes(), key, dossier))}
        sizes = {"msgpack entry": entry.stat().st_size}
        folder = Path(temp) / "cache"
        folder.mkdir(mode=0o700)
        entry.rename(folder / f"{key}{SUFFIX}")
        (folder / f"{key}{SUFFIX}").chmod(0o600)  # as the cache writes it: anything else is not trusted
        os.environ["DOSSIER_READER_CACHE"] = str(folder)
        warm = timed(args.runs, lambda: analyse_cached(dossier))
    loads["busy loop (noise)"] = timed(args.runs, lambda: busy(statistics.median(loads["msgpack entry"][0])))
    for name, (times, waits) in loads.items():
        size = f", file {sizes[name] / 1024 / 1024:5.1f} MB" if name in sizes else ""
        print(
            f"{name:18} load median {statistics.median(times) * 1000:6.0f} ms, best {min(times) * 1000:6.0f} ms,"
            f" longest wait of another thread {max(waits) * 1000:5.0f} ms{size}"
        )
    print(
        f"warm analyse_cached (all checks included): median {statistics.median(warm[0]) * 1000:.0f} ms,"
        f" worst {max(warm[0]) * 1000:.0f} ms, longest wait of another thread {max(warm[1]) * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
