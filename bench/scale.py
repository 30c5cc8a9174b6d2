"""Open thousands of generated reports in a real terminal and time the keys throughout.

    .venv/bin/python bench/scale.py [--n 5000] [--keep FOLDER]

Writes ``--n`` generated reports (bench/generate.py) as article files, then runs the
installed ``.venv/bin/dossier-reader`` on them in a private tmux server
(``../shared/tools/tui_probe.py``) with an empty analysis cache. From launch until the
analysis is done (and a few seconds after) it sends ``j``/``k`` every ~250 ms and times each
to the next change of the screen, the status line left out (the progress counter changes it
by itself). It prints the time to the first paint and to the analysis done, the worst and
p95 key latency in each phase (reading/swap, analysis, after) and the peak resident memory of
the reader and of any process it started; then how fast ``q`` quits in the middle of an
analysis. Then ``export --format json`` on the same folder,
timed with its peak. The minimal Textual app of ``../shared/tools/hello_env.sh`` is timed
first, in the same run, as the machine's reference: the machine is shared, absolute figures
drift.
"""

from __future__ import annotations

import argparse
import math
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.generate import generate  # noqa: E402
from bench.scripts import load_script  # noqa: E402
from reader.core.ingest.article_format import dump  # noqa: E402

TOOLS = ROOT.parent / "shared" / "tools"
PROGRESS = re.compile(r"reading \d+ more report|analysing")
KEY_EVERY = 0.25
AFTER = 5.0


def probe_module():
    return load_script(TOOLS / "tui_probe.py")


def write_dossier(folder: Path, n: int) -> None:
    dossier, _ = generate(n)
    for article in dossier.articles:
        paragraphs = [article.body[start:end] for start, end in article.paragraphs]
        meta = {"outlet": article.outlet, "title": f"Report {article.id}"}
        (folder / f"{article.id}.md").write_text(dump(meta, paragraphs), encoding="utf-8")


def without_status(screen: str) -> str:
    return "\n".join(line for line in screen.splitlines() if not PROGRESS.search(line))


def phase_of(screen: str) -> str:
    if "more report" in screen:
        return "reading"
    return "analysis" if "analysing" in screen else "after"


def family(pid: int) -> list[int]:
    """``pid`` and its descendants."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        for task in Path(f"/proc/{current}/task").glob("*"):
            try:
                todo += [int(child) for child in (task / "children").read_text().split()]
            except OSError:
                pass
    return found


def status_kb(pid: int, field: str, file: str = "status") -> int:
    try:
        for line in Path(f"/proc/{pid}/{file}").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


class Memory:
    """Peak resident memory of a process tree: each process's VmHWM, and the sampled peaks of their
    sum, as RSS (pages a forked copy shares with its parent counted in each) and as PSS (shared pages
    split between their holders: what the tree takes from the machine)."""

    def __init__(self) -> None:
        self.peaks: dict[int, int] = {}
        self.total = 0
        self.proportional = 0

    def sample(self, pid: int) -> None:
        pids = family(pid)
        for each in pids:
            self.peaks[each] = max(self.peaks.get(each, 0), status_kb(each, "VmHWM"))
        self.total = max(self.total, sum(status_kb(each, "VmRSS") for each in pids))
        self.proportional = max(self.proportional, sum(status_kb(each, "Pss", "smaps_rollup") for each in pids))

    def said(self, pid: int) -> str:
        others = [kb for each, kb in self.peaks.items() if each != pid]
        text = f"reader VmHWM {self.peaks.get(pid, 0) / 1024:.0f} MB"
        if others:
            text += f", largest child VmHWM {max(others) / 1024:.0f} MB ({len(others)} children)"
        return text + (f", peak sampled sum of RSS {self.total / 1024:.0f} MB,"
                       f" of PSS {self.proportional / 1024:.0f} MB")


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(1, math.ceil(0.95 * len(ordered))) - 1]


def press(probe, name: str, key: str, before: str, timeout: float = 10.0) -> float | None:
    """Seconds from sending ``key`` until the screen, status line aside, differs from ``before``."""
    started = time.perf_counter()
    probe.drv.cmd(["send-keys", "-t", f"={name}:", key])
    while time.perf_counter() - started < timeout:
        if without_status(probe.capture(name)) != before:
            return time.perf_counter() - started
        time.sleep(0.001)
    return None


def quit_ms(probe, name: str) -> float:
    """Milliseconds from sending ``q`` until the program has exited (its pane is dead)."""
    started = time.perf_counter()
    probe.drv.cmd(["send-keys", "-t", f"={name}:", "q"])
    while probe.pane_info(name)["dead"] != "1" and time.perf_counter() - started < 30:
        time.sleep(0.005)
    return (time.perf_counter() - started) * 1000


def reference_keys(tui_probe, hello: str) -> str:
    args = tui_probe.build_parser().parse_args(["keys", "--cmd", hello, "--wait-for", "hello dossier", "--keys", "j"])
    probe = tui_probe.Probe(args)
    try:
        name, t0, _ = probe.start()
        probe.wait_for_text(name, t0)
        probe.settle(name, False)
        times = []
        for _ in range(20):
            before = without_status(probe.capture(name))
            took = press(probe, name, "j", before)
            times.append(math.inf if took is None else took * 1000)
            time.sleep(KEY_EVERY)
        return (f"minimal Textual app, 20 keys: p95 {p95(times):.0f} ms, worst {max(times):.0f} ms;"
                f" q exited in {quit_ms(probe, name):.0f} ms")
    finally:
        probe.close()


def run_reader(tui_probe, folder: Path, cache: Path, timeout: float) -> None:
    command = f"DOSSIER_READER_CACHE={cache} DOSSIER_READER_DATA={cache} {ROOT / '.venv/bin/dossier-reader'} {folder}"
    args = tui_probe.build_parser().parse_args(
        ["keys", "--cmd", command, "--wait-for", "Outlet", "--keys", "j", "--timeout", "60"]
    )
    probe = tui_probe.Probe(args)
    memory = Memory()
    latencies: dict[str, list[float]] = {"reading": [], "analysis": [], "after": []}
    try:
        name, t0, _ = probe.start()
        first_paint, _ = probe.wait_for_text(name, t0)
        pid = int(probe.pane_info(name)["pid"])
        done_at = None
        keys = "jjjjkkkk"
        sent = 0
        while True:
            memory.sample(pid)
            screen = probe.capture(name)
            phase = phase_of(screen)
            if phase == "after" and not any(latencies.values()):
                time.sleep(0.01)  # the first frames come before the status line says anything
                continue
            if phase == "after" and done_at is None:
                done_at = time.perf_counter() - t0
            if done_at is not None and time.perf_counter() - t0 > done_at + AFTER:
                break
            if time.perf_counter() - t0 > timeout:
                print(f"gave up after {timeout:.0f} s (phase {phase})")
                break
            took = press(probe, name, keys[sent % len(keys)], without_status(screen))
            sent += 1
            latencies[phase].append(math.inf if took is None else took * 1000)
            time.sleep(KEY_EVERY)
        quit_after = quit_ms(probe, name)
    finally:
        probe.close()
    print(f"first paint: {first_paint:.2f} s")
    print(f"analysis done: {done_at:.1f} s after launch" if done_at else "analysis not done")
    for phase, times in latencies.items():
        if times:
            print(f"keys while {phase}: {len(times)} sent, p95 {p95(times):.0f} ms, worst {max(times):.0f} ms")
    print(f"q after the analysis: exited in {quit_after:.0f} ms")
    print(f"memory: {memory.said(pid)}")


def quit_while_analysing(tui_probe, folder: Path, cache: Path, after: float = 10.0) -> None:
    """Launch again on an empty cache, press ``q`` ``after`` seconds into the analysis, time the exit."""
    command = f"DOSSIER_READER_CACHE={cache} DOSSIER_READER_DATA={cache} {ROOT / '.venv/bin/dossier-reader'} {folder}"
    args = tui_probe.build_parser().parse_args(["keys", "--cmd", command, "--wait-for", "analysing", "--keys", "q", "--timeout", "120"])
    probe = tui_probe.Probe(args)
    try:
        name, t0, _ = probe.start()
        probe.wait_for_text(name, t0)
        time.sleep(after)
        print(f"q {after:.0f} s into the analysis: exited in {quit_ms(probe, name):.0f} ms")
    finally:
        probe.close()


def run_export(folder: Path, cache: Path) -> None:
    started = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    subprocess.run(
        [ROOT / ".venv/bin/dossier-reader", "export", "--format", "json", str(folder), "-o", str(cache / "out.json")],
        check=True,
        env={**os.environ, "DOSSIER_READER_CACHE": str(cache)},
    )
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    note = "" if peak > before else " (no larger than an earlier child's: a lower bound)"
    print(f"export --format json: {time.perf_counter() - started:.1f} s, peak RSS {peak / 1024:.0f} MB{note}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=5000, help="generated reports (default 5000)")
    parser.add_argument("--keep", type=Path, help="write the reports here (reused if it holds .md files)")
    parser.add_argument("--timeout", type=float, default=600, help="give up on the analysis after this many s")
    parser.add_argument("--skip-export", action="store_true")
    args = parser.parse_args()
    if not (TOOLS / "tui_probe.py").exists():
        sys.exit(f"needs {TOOLS}/tui_probe.py")
    tui_probe = probe_module()
    with tempfile.TemporaryDirectory() as temp:
        folder = args.keep or Path(temp) / "dossier"
        folder.mkdir(exist_ok=True)
        if not any(folder.glob("*.md")):
            write_dossier(folder, args.n)
        print(f"# {len(list(folder.glob('*.md')))} reports in {folder}; load average {os.getloadavg()[0]:.1f}")
        hello = subprocess.run(
            [TOOLS / "hello_env.sh", _textual_version()], capture_output=True, text=True, check=True
        ).stdout.strip()
        print(reference_keys(tui_probe, hello))
        for cache in ("reader-cache", "quit-cache", "export-cache"):
            (Path(temp) / cache).mkdir(mode=0o700)
        run_reader(tui_probe, folder, Path(temp) / "reader-cache", args.timeout)
        quit_while_analysing(tui_probe, folder, Path(temp) / "quit-cache")
        if not args.skip_export:
            run_export(folder, Path(temp) / "export-cache")


def _textual_version() -> str:
    return subprocess.run(
        [ROOT / ".venv/bin/python", "-c", "import textual; print(textual.__version__)"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()


if __name__ == "__main__":
    main()
