"""The schedule of one ``export --format json``: each stage's start and end, in which process (the main one or a
forked copy, :mod:`reader.core.forked`), each process's CPU, and the same schedule replayed on two idle cores.

    .venv/bin/python bench/timeline.py /tmp/audit12/d250 /tmp/audit12/d500 /tmp/gen3/c500
    .venv/bin/python bench/timeline.py --brief DOSSIER...     # the processes and the totals, no stage rows

Above :data:`~reader.core.pipeline.BESIDE_FROM` reports the stages run beside each other in copies of the process
(below, the links alone), so the export's wall time is its critical path, not the sum of its CPU: this shows which stage waits on which. The
export runs as the command runs it (collector paused, an empty analysis cache, the cache entry written by a copy
beside the document, waited for at the end); the interpreter's start and exit are not in it. Stages are the
functions the pipeline, the cache and the JSON document call, wrapped where they are called; a function called
many times in one process shows once, from its first start to its last end, with its CPU summed. ``wait X`` is
the caller blocked on copy ``X``'s result (its decoding included); a copy's CPU is counted from the fork to its
result sent.

On a machine shared with other work the wall times stretch, and unevenly: a stage beside others is slowed more.
So the schedule is also *replayed* (columns ``idle2``): every process runs its measured CPU between the moments
it forks a copy, waits for one or ends, on two cores shared evenly by whichever processes are runnable, as the
machine would run them with nothing else on it. What the replay says is the critical path the CPU measured
allows; the load average is printed first.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import itertools
import os
import sys
import tempfile
import time
import types
from bisect import bisect_left
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import msgspec  # noqa: E402

from reader import collector  # noqa: E402
from reader.core import forked, pipeline  # noqa: E402
from reader.core.export import documents  # noqa: E402
from reader.core.ingest.loading import load_dossier  # noqa: E402
from reader.core.links import align, grouping, judging, story  # noqa: E402
from reader.core.model.analysis import Analysis  # noqa: E402
from reader.core.store import cache  # noqa: E402
from reader.report.formats import encoded  # noqa: E402

STAGES = {
    pipeline: ("segment_article", "load_dictionaries", "find_entities", "quotations", "judge_story", "find_links",
               "part_speakers", "credited_alike", "find_naming", "named_entities", "_figures", "outside_links",
               "compare_figures", "link_differences",
               "find_quotes", "find_origins", "find_omissions"),
    align: ("prepare", "find_pairs", "group_pairs", "merge_repeats", "short_copies"),
    story: ("_one_story", "_apart"),
    documents: ("sourcing_of", "listed_and_grouped", "_article", "_entity", "_link", "_quote_group", "_plain",
                "json_bytes"),
    cache: ("analyse", "encode", "write_atomic"),
}
"""Module -> the functions it calls that are shown as stages."""
PROPERTIES = ("_said_by", "_told_alike")
"""Tables of the analysis found once (``cached_property``), shown as stages too."""
CORES = 2


class Trace:
    """Marks written by every process of the export to one file (appended, a line each): each with the process's
    CPU when it starts and ends, which the replay reads."""

    def __init__(self, path: str) -> None:
        self.fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        self.path = path
        self.count = itertools.count(1)

    def token(self) -> str:
        """A name for one copy, unique among the processes (each counts its own)."""
        return f"{os.getpid()}-{next(self.count)}"

    @contextlib.contextmanager
    def span(self, name: str, **more: object):
        start, cpu = time.perf_counter(), time.process_time()
        try:
            yield
        finally:
            row = {"pid": os.getpid(), "ppid": os.getppid(), "name": name, "start": start,
                   "end": time.perf_counter(), "cpu0": cpu, "cpu1": time.process_time()} | more
            os.write(self.fd, msgspec.json.encode(row) + b"\n")

    def traced(self, name: str, work):
        @functools.wraps(work)
        def run(*args, **kwargs):
            with self.span(name):
                return work(*args, **kwargs)
        return run

    def rows(self) -> list[dict]:
        return [msgspec.json.decode(line) for line in Path(self.path).read_bytes().splitlines()]


def _label(work) -> str:
    """What a copy computes: the first function its lambda calls (a global, else one of the caller's)."""
    code = getattr(work, "__code__", None)
    if code is None:
        return getattr(work, "__name__", "work")
    cells = dict(zip(code.co_freevars, (cell.cell_contents for cell in work.__closure__ or ())))
    called = [name for name in code.co_names if callable(work.__globals__.get(name))]
    called += [name for name, value in cells.items() if isinstance(value, types.FunctionType)]
    return called[0] if called else code.co_qualname


@contextlib.contextmanager
def traced(trace: Trace):
    """Every stage of :data:`STAGES`, every copy forked by :func:`reader.core.forked.beside` and the cache entry's
    writer marked in ``trace``; a copy's marks carry a token and the CPU its parent had spent when it forked, the
    parent's wait for it the same token."""
    saved: list[tuple[object, str, object]] = []

    def patch(owner, name, value):
        saved.append((owner, name, getattr(owner, name)))
        setattr(owner, name, value)

    for module, names in STAGES.items():
        for name in names:
            if hasattr(module, name):  # a stage the checkout measured has (or still has) there
                patch(module, name, trace.traced(name, getattr(module, name)))
    for name in PROPERTIES:
        prop = Analysis.__dict__[name]
        patch(prop, "func", trace.traced(name, prop.func))
    real_beside = forked.beside
    waiting: list[str] = []  # the copy whose result the caller is decoding
    results: dict[int, tuple[object, str, str]] = {}  # what the block of a copy is given -> the result, token, label

    def marked(work, label, caller, token, parent_cpu, **marks):
        """``work`` marked as run in the caller, or in a copy (with the token and the CPU the parent had spent)."""
        def run():
            if os.getpid() == caller:
                with trace.span(f"{label} (in the caller)"):
                    return work()
            with trace.span(f"copy {label}", work=label, token=token, parent_cpu=parent_cpu, **marks):
                return work()
        return run

    def waited_for(result, label, token):
        """What reads a copy's ``result``, the caller's wait for it marked with the copy's token; its pipe kept
        (``fileno``), as the pipeline asks it whether the copy is still at work (without it, what runs while the
        links do ran after them, only here)."""
        def waited():
            waiting.append(label)
            try:
                with trace.span(f"wait {label}", token=token):
                    return result()
            finally:
                waiting.pop()
        if hasattr(result, "fileno"):
            waited.fileno = result.fileno
        return waited

    @contextlib.contextmanager
    def beside(work, kind, *, worth_it=True):
        label, caller, token, parent_cpu = _label(work), os.getpid(), trace.token(), time.process_time()
        with real_beside(marked(work, label, caller, token, parent_cpu), kind, worth_it=worth_it) as result:
            waited = waited_for(result, label, token)
            results[id(waited)] = (result, token, label)
            yield waited

    for module in (pipeline, grouping, judging):
        patch(module, "beside", beside)
    real_fed = getattr(forked, "beside_fed", None)

    @contextlib.contextmanager
    def beside_fed(first, then, given, kind, *, worth_it=True):
        label, caller, token, parent_cpu = _label(first), os.getpid(), trace.token(), time.process_time()

        def marked_then(begun, value):
            with trace.span(f"{label}, fed" + (" (in the caller)" if os.getpid() == caller else "")):
                return then(begun, value)

        with real_fed(marked(first, label, caller, token, parent_cpu, fed=True), marked_then, given, kind,
                      worth_it=worth_it) as feed:
            def fed(value):
                with trace.span(f"send {label}", send=token):
                    result = feed(value)
                return waited_for(result, label, token)
            yield fed

    if real_fed is not None:
        patch(pipeline, "beside_fed", beside_fed)
    real_one_ended = getattr(forked, "one_ended", None)

    def one_ended(*given):
        found = [results[id(each)] for each in given]
        with trace.span(f"wait one of {', '.join(label for _, _, label in found)}", any=[token for _, token, _ in found]):
            real_one_ended(*(result for result, _, _ in found))

    if real_one_ended is not None:
        patch(pipeline, "one_ended", one_ended)

    def encode(value):
        with trace.span("encode result", sent=True):
            return msgspec.msgpack.encode(value)

    def decode(data, type):  # noqa: A002 - msgspec's name
        with trace.span(f"decode {waiting[-1]}" if waiting else "decode input"):
            return msgspec.msgpack.decode(data, type=type)

    patch(forked, "msgspec", types.SimpleNamespace(msgpack=types.SimpleNamespace(encode=encode, decode=decode)))
    real_store = cache._store
    storing: dict[str, float] = {}

    def store(folder, path, entry, *, beside=False):
        if beside:
            storing.update(token=trace.token(), parent_cpu=time.process_time())
            return real_store(folder, path, entry, beside=beside)
        with trace.span("copy cache entry", work="cache entry", sent=True, **storing):
            return real_store(folder, path, entry)

    def written():  # also called before the cache is read, with nothing to wait for
        with trace.span("wait cache entry", token=storing["token"]) if storing else contextlib.nullcontext():
            real_written()

    patch(cache, "_store", store)
    real_written = cache._written
    patch(cache, "_written", written)
    try:
        yield
    finally:
        for owner, name, value in reversed(saved):
            setattr(owner, name, value)


def export(folder: str, trace: Trace) -> tuple[float, float, float, float]:
    """Export ``folder`` as the command does, marked; the main process's start and end, in wall time and CPU."""
    dossier = load_dossier(folder)
    with tempfile.TemporaryDirectory() as cached, collector.building(), traced(trace):
        os.environ["DOSSIER_READER_CACHE"] = cached
        start, cpu = time.perf_counter(), time.process_time()
        analysis, _ = cache.analyse_cached(dossier)
        with trace.span("document"):
            encoded(analysis, "json")
        cache._written()
        return start, time.perf_counter(), cpu, time.process_time()


class Replay:
    """The export's processes run again on :data:`CORES` idle cores shared evenly by the runnable ones: each
    process's CPU as measured, its forks, waits and end where its CPU reached them."""

    def __init__(self, rows: list[dict], main: int, cpu0: float, cpu1: float) -> None:
        copies = {row["token"]: row for row in rows if row.get("parent_cpu") is not None}
        self.ends = {main: cpu1}
        self.events: dict[int, list[tuple[float, str, object]]] = {main: []}
        for row in rows:
            pid = row["pid"]
            self.ends[pid] = max(self.ends.get(pid, 0.0), row["cpu1"])
            if row.get("parent_cpu") is not None:
                self.events.setdefault(row["ppid"], []).append((row["parent_cpu"], "fork", pid))
                if row.get("fed"):  # the copy's first step done, it waits for its input
                    self.events.setdefault(pid, []).append((row["cpu1"], "fed", row["token"]))
            elif row.get("send") in copies:
                self.events.setdefault(pid, []).append((row["cpu0"], "send", row["send"]))
            elif row.get("token") in copies:
                self.events.setdefault(pid, []).append((row["cpu0"], "wait", copies[row["token"]]["pid"]))
            elif row.get("any") and all(token in copies for token in row["any"]):  # (else one ran in the caller)
                self.events.setdefault(pid, []).append((row["cpu0"], "wait", tuple(copies[t]["pid"] for t in row["any"])))
        for events in self.events.values():
            events.sort(key=lambda event: event[0])
        self.path: dict[int, list[tuple[float, float]]] = {}  # each process's (cpu, time) as it runs
        self.run(main, cpu0)

    def run(self, main: int, cpu0: float) -> None:
        now, cpu, step = 0.0, {main: cpu0}, {main: 0}
        runnable: set[int] = {main}
        blocked: dict[int, object] = {}  # a process -> the copy it waits for, or the input (its token) it waits for
        done: set[object] = set()  # processes ended and inputs sent
        self.path[main] = [(cpu0, 0.0)]

        def due(pid):
            events = self.events.get(pid, ())
            return events[step[pid]][0] if step[pid] < len(events) else self.ends[pid]

        def happened(what):
            done.add(what)
            for waiter, on in list(blocked.items()):
                if on == what or (isinstance(on, tuple) and what in on):  # one copy, or one of several
                    del blocked[waiter]
                    runnable.add(waiter)
                    self.path[waiter].append((cpu[waiter], now))

        while runnable:
            rate = min(1.0, CORES / len(runnable))
            dt = min(max(0.0, due(pid) - cpu[pid]) / rate for pid in runnable)
            now += dt
            for pid in runnable:
                cpu[pid] = min(due(pid), cpu[pid] + dt * rate)
                self.path[pid].append((cpu[pid], now))
            for pid in sorted(runnable):
                if pid not in runnable or cpu[pid] < due(pid) - 1e-12:
                    continue
                events = self.events.get(pid, ())
                if step[pid] == len(events):  # the process ends: its waiter, if any, runs on
                    runnable.discard(pid)
                    happened(pid)
                    continue
                _, kind, other = events[step[pid]]
                step[pid] += 1
                if kind == "fork":
                    cpu[other], step[other] = 0.0, 0
                    self.path[other] = [(0.0, now)]
                    runnable.add(other)
                elif kind == "send":
                    happened(other)
                elif not (done.intersection(other) if isinstance(other, tuple) else other in done):
                    runnable.discard(pid)  # a wait for a copy (or one of several), or for an input
                    blocked[pid] = other
        self.wall = now
        self.idle = CORES * now - sum(self.ends[pid] - points[0][0] for pid, points in self.path.items())

    def at(self, pid: int, cpu: float) -> float:
        """When the process reached ``cpu`` in the replay (the first moment: before a wait)."""
        points = self.path.get(pid)
        if not points:
            return float("nan")
        index = min(bisect_left([c for c, _ in points], cpu - 1e-9), len(points) - 1)
        if index and points[index][0] > cpu + 1e-9:
            (c0, t0), (c1, t1) = points[index - 1], points[index]
            return t0 + (t1 - t0) * (cpu - c0) / (c1 - c0)
        return points[index][1]


def _processes(rows: list[dict], main: int) -> dict[int, str]:
    """Each process's name: main, or the copy's work (numbered when the same work is forked twice)."""
    names = {main: "main"}
    for row in sorted(rows, key=lambda r: r["start"]):
        if row.get("work") and row["pid"] != main and row["pid"] not in names:
            taken = sum(name.split("#")[0] == row["work"] for name in names.values())
            names[row["pid"]] = row["work"] + (f"#{taken + 1}" if taken else "")
    for row in rows:
        names.setdefault(row["pid"], f"pid {row['pid']}")
    return names


def _merged(rows: list[dict]) -> list[dict]:
    """One row per stage and process: from its first start to its last end, CPU summed, calls counted."""
    merged: dict[tuple[int, str], dict] = {}
    for row in rows:
        row = row | {"cpu": row["cpu1"] - row["cpu0"]}
        key = (row["pid"], row["name"])
        if key in merged:
            kept = merged[key]
            kept["start"], kept["end"] = min(kept["start"], row["start"]), max(kept["end"], row["end"])
            kept["cpu0"], kept["cpu1"] = min(kept["cpu0"], row["cpu0"]), max(kept["cpu1"], row["cpu1"])
            kept["cpu"] += row["cpu"]
            kept["calls"] += 1
        else:
            merged[key] = row | {"calls": 1}
    return sorted(merged.values(), key=lambda r: (r["start"], -r["end"]))


def show(folder: str, rows: list[dict], start: float, end: float, cpu0: float, cpu1: float, *, brief: bool) -> None:
    main = os.getpid()
    names = _processes(rows, main)
    replay = Replay(rows, main, cpu0, cpu1)
    width = max(map(len, names.values()))
    used = {pid: replay.ends[pid] - (cpu0 if pid == main else 0.0) for pid in replay.ends}
    total = sum(used.values())
    print(f"\n{Path(folder).name}: {end - start:.2f} s wall here; {total:.2f} s CPU in {len(used)} processes; "
          f"replayed on {CORES} idle cores {replay.wall:.2f} s ({replay.idle:.2f} core-s idle)", flush=True)
    print(f"  {'process':<{width}}  {'cpu':>6}  {'here':>13}  {'idle2':>13}")
    for pid in sorted(used, key=lambda pid: replay.path[pid][0][1] if pid in replay.path else 0.0):
        times = [row for row in rows if row["pid"] == pid]
        first, last = min(r["start"] for r in times) if times else start, max(r["end"] for r in times) if times else end
        if pid == main:
            first, last = start, end
        points = replay.path.get(pid, [(0.0, float("nan"))])
        print(f"  {names[pid]:<{width}}  {used[pid]:6.2f}  {first - start:6.2f}-{last - start:6.2f}"
              f"  {points[0][1]:6.2f}-{points[-1][1]:6.2f}")
    if brief:
        return
    print(f"  {'here':>13} {'idle2':>13} {'cpu':>6}  {'process':<{width}}  stage")
    for row in _merged(rows):
        calls = f" ({row['calls']} calls)" if row["calls"] > 1 else ""
        print(f"  {row['start'] - start:6.2f}-{row['end'] - start:6.2f} "
              f"{replay.at(row['pid'], row['cpu0']):6.2f}-{replay.at(row['pid'], row['cpu1']):6.2f} "
              f"{row['cpu']:6.2f}  {names[row['pid']]:<{width}}  {row['name']}{calls}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dossiers", nargs="+")
    parser.add_argument("--brief", action="store_true", help="the processes and the totals, no stage rows")
    args = parser.parse_args()
    print(f"load average {' '.join(f'{load:.1f}' for load in os.getloadavg())}")
    for folder in args.dossiers:
        with tempfile.TemporaryDirectory() as kept:
            trace = Trace(os.path.join(kept, "marks"))
            start, end, cpu0, cpu1 = export(folder, trace)
            show(folder, trace.rows(), start, end, cpu0, cpu1, brief=args.brief)


if __name__ == "__main__":
    main()
