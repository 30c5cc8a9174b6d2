"""Peak memory of the analysis process and the copies it forks, stage by stage, on a dossier folder.

    .venv/bin/python bench/memory.py FOLDER [--runs 1]

Runs the analysis exactly as the reader does (:func:`reader.core.store.apart.analyse_apart`:
a child process, which forks copies for the stages run beside each other) and samples the
child's process tree every 20 ms. Prints the analysis time (and the CPU time of the child with
its copies, which drifts less with the machine's load), each process's peak resident
memory (VmHWM: pages a copy shares with its parent counted in each) with the stage the
analysis was in when it was reached (and when each copy lived), the peak of the tree's summed RSS and PSS (shared pages
split between their holders: what the tree takes from the machine), and the SHA-256 of what
the cache entry holds (the analysis; its key changes with the code), which a change meant to
save memory must leave as it was. The machine's load
average is printed first: on a shared machine, time figures drift.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import resource
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.scale import family, status_kb  # noqa: E402
from reader.core.ingest.loading import load_dossier  # noqa: E402
from reader.core.store import apart  # noqa: E402
from reader.core.store.cache import cache_key  # noqa: E402
from reader.core.store.entry import decode, encode  # noqa: E402

SAMPLE_EVERY = 0.02


class Sampler(threading.Thread):
    """Samples the tree of the analysis child while it runs."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.stage = "starting"
        self.peaks: dict[int, tuple[int, str]] = {}
        self.alive: dict[int, tuple[float, float]] = {}
        self.started = time.perf_counter()
        self.rss = (0, "")
        self.pss = (0, "")
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            if apart._running:
                self.sample(next(iter(apart._running)).pid)
            time.sleep(SAMPLE_EVERY)

    def sample(self, pid: int) -> None:
        pids = family(pid)
        now = time.perf_counter() - self.started
        rsses = [status_kb(each, "VmRSS") for each in pids]  # none for a copy done but not yet reaped
        for each, rss in zip(pids, rsses):
            if rss:
                self.alive[each] = (self.alive.get(each, (now, now))[0], now)
            peak = status_kb(each, "VmHWM")
            if peak > self.peaks.get(each, (0, ""))[0]:
                self.peaks[each] = (peak, self.stage)
        rss = sum(rsses)
        pss = sum(status_kb(each, "Pss", "smaps_rollup") for each in pids)
        self.rss = max(self.rss, (rss, self.stage))
        self.pss = max(self.pss, (pss, self.stage))


def cpu_of_children() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def run(folder: Path) -> tuple[float, float, Sampler, str]:
    dossier = load_dossier(folder)
    cpu = cpu_of_children()
    sampler = Sampler()

    def progress(stage: str, done: int, total: int) -> None:
        sampler.stage = stage

    sampler.start()
    started = time.perf_counter()
    key = cache_key(dossier)
    data = apart.analyse_apart(dossier, key, progress)
    took = time.perf_counter() - started
    sampler.done.set()
    sampler.join()
    return took, cpu_of_children() - cpu, sampler, hashlib.sha256(encode(decode(data, key, dossier), "bench")).hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    print(f"# {args.folder}; load average {os.getloadavg()[0]:.1f}")
    times = []
    for _ in range(args.runs):
        took, cpu, sampler, digest = run(args.folder)
        times.append(took)
        child, *forks = sampler.peaks.items()
        print(f"analysis {took:.1f} s, {cpu:.1f} s of CPU; child VmHWM {child[1][0] / 1024:.0f} MB ({child[1][1]})")
        for pid, (peak, stage) in forks:
            first, last = sampler.alive[pid]
            print(f"  fork VmHWM {peak / 1024:.0f} MB ({stage}), alive {first:.1f}-{last:.1f} s")
        print(f"  tree: peak RSS sum {sampler.rss[0] / 1024:.0f} MB ({sampler.rss[1]}),"
              f" PSS sum {sampler.pss[0] / 1024:.0f} MB ({sampler.pss[1]})")
        print(f"  analysis sha256 {digest}")
    if args.runs > 1:
        print(f"median analysis {statistics.median(times):.1f} s; load average now {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
