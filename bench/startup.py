"""Start-up and key latency of the reader as a person sees them: in a real terminal, from outside.

Everything is measured by ``../shared/tools/tui_probe.py`` (tmux, a private server) against
the minimal Textual app that ``../shared/tools/hello_env.sh`` builds with this venv's Textual
version, in the same run: the machine is shared, so the ratios are the figures to read.

* start-up: launch until "Al Jazeera" (the bundled dossier's first report) is on screen,
  alternating with the minimal app until "hello dossier" (tui_probe's ``--baseline``), twice:
  with the analysis in a cache of the bench's own, filled by a first launch (a reopened
  dossier; again on a copy left with a highlight style saved, as after ``s``: the style is checked
  off the first frame's path), and with an empty cache for each launch (a first open: the reader must paint
  before its analysis, which then runs in a child process, lands; tui_probe's gap between
  launches is longer there, so a child still running is not timed in the next launch);
  ``--also DIR`` times other folders alike (a corpus dossier), until their first report's
  outlet shows; the generated dossier's start-up is timed too, with its analysis cached;
* keys, bundled: ``j*10 k*10 Tab j*5 Tab`` (moving in the article, then to other reports in
  the list), each key until the screen changes; p95 against the minimal app's ``j``;
* keys, generated (bench/generate.py, 500 articles, analysis cached by a first launch): the
  same moves plus the views: ``c`` compare, ``x`` reject a link and ``U`` undo it, ``w`` N-way
  (two ``escape`` back to the reader), ``Q`` quotes, and last ``m`` coverage (a key still
  unanswered after tui_probe's 2 s counts as infinitely slow).

Run: ``.venv/bin/python bench/startup.py [--runs N] [--no-generated] [--also DIR]... | --startup-cpu``. Needs tmux and the
installed ``dossier-reader`` beside this Python.

``--profile`` measures inside instead, to find where a key's time goes: the bundled keys in a
headless Pilot run, each key's main-thread CPU time until its first frame is drawn (median per kind
of key, over several rounds), then cProfile's heaviest functions over those keys.

``--startup-cpu`` counts, for start-up, the CPU time each launch spends until its first frame is
drawn (in tmux, launches of the reader, of the reader reopening a copy left with a style saved,
and of the minimal app alternating): on a shared machine
steadier than the time until the text shows, which waits for the cores too. (Both programs are
started by one wrapper that imports Textual first, to catch that frame.)
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import os
import pstats
import re
import statistics
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOOLS = ROOT.parent / "shared" / "tools"
PROGRAM = Path(sys.executable).with_name("dossier-reader")
READER_KEYS = "j*10 k*10 Tab j*5 Tab"
VIEW_KEYS = "c j j x U w escape escape Q escape m"
STYLE_SAVED = "nord"
"""The highlight style a reopened dossier was left with (row 'a style saved')."""
FIGURE = re.compile(r"(?:^|\s)(\w+)=([\d.]+|inf)", re.M)


def probe(*args: str) -> dict[str, float]:
    """Run tui_probe.py with ``args``; its ``name=value`` lines as figures."""
    done = subprocess.run([sys.executable, str(TOOLS / "tui_probe.py"), *args], capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"tui_probe {args[0]} failed:\n{done.stdout}\n{done.stderr}")
    return {name: float(value) for name, value in FIGURE.findall(done.stdout)}  # a key that timed out: inf


def minimal_app() -> str:
    """The command running the minimal Textual app (built once by hello_env.sh)."""
    version = subprocess.run([sys.executable, "-c", "import textual; print(textual.__version__)"],
                             capture_output=True, text=True, check=True).stdout.strip()
    built = subprocess.run([str(TOOLS / "hello_env.sh"), version], capture_output=True, text=True, check=True)
    return built.stdout.strip().splitlines()[-1]


def key_latency(command: str, wait_for: str, keys: str) -> tuple[float, float]:
    """p95 and worst key latency (ms), each key timed until the screen changes."""
    found = probe("keys", "--cmd", command, "--wait-for", wait_for, "--keys", keys, "--idle-check-ms", "0")
    return found["key_latency_p95_ms"], found["max"]


def generated_folder(count: int, into: Path) -> Path:
    sys.path.insert(0, str(ROOT))
    from bench.generate import generate
    from reader.core.ingest.article_format import dump

    for article in generate(count, 1)[0].articles:
        paragraphs = [article.body[a:b] for a, b in article.paragraphs]
        (into / f"{article.id}.md").write_text(dump({"outlet": article.outlet}, paragraphs), encoding="utf-8")
    return into


def style_saved(data: str) -> Path:
    """A copy of the bundled dossier whose reading state (in the data directory ``data``) has a
    highlight style saved: reopened as a user left it after ``s``."""
    sys.path.insert(0, str(ROOT))
    from reader.core.store.reading import ReadingState, save_reading_state

    folder = Path(shutil.copytree(ROOT / "articles", Path(tempfile.mkdtemp(prefix="bench-startup-")) / "articles"))
    os.environ["DOSSIER_READER_DATA"] = data
    save_reading_state(folder, ReadingState(style=STYLE_SAVED))
    return folder


def first_outlet(folder: Path) -> str:
    """The outlet of ``folder``'s first report: on screen once the reader has painted."""
    sys.path.insert(0, str(ROOT))
    from reader.core.ingest.loading import load_dossier

    return load_dossier(folder, first=1).articles[0].outlet


_FIRST_FRAME = """
import os, runpy, sys, time
from textual.screen import Screen

paint = Screen._compositor_refresh

def first_frame(screen):
    paint(screen)
    with open(os.environ["BENCH_FRAME_CPU"], "a") as out:
        out.write(f"{time.process_time() * 1000}\\n")
    os._exit(0)

Screen._compositor_refresh = first_frame
target = sys.argv.pop(1)
if target.endswith(".py"):
    runpy.run_path(target, run_name="__main__")
else:
    runpy.run_module(target, run_name="__main__", alter_sys=True)
"""
"""Runs a Textual program (a script, or a module with its arguments) until its first frame is drawn,
then adds the process's CPU time (ms) to the file ``$BENCH_FRAME_CPU`` names and leaves."""


def first_frame_cpu(commands: dict[str, list[str]], runs: int) -> dict[str, list[float]]:
    """Each command's CPU time (ms) until its first frame, over ``runs`` launches, alternating."""
    found: dict[str, list[float]] = {label: [] for label in commands}
    with tempfile.TemporaryDirectory() as folder:
        for run in range(runs + 1):  # a first round unmeasured: bytecode written, files cached
            for label, (python, *target) in commands.items():
                out = Path(folder) / label
                server = str(Path(folder) / f"tmux-{run}-{label}")  # one each: a server quitting refuses the next
                line = shlex.join(["env", "-u", "PYTHONDONTWRITEBYTECODE", f"BENCH_FRAME_CPU={out}",
                                   python, "-c", _FIRST_FRAME, *target])
                subprocess.run(["tmux", "-S", server, "new-session", "-d", "-x", "120", "-y", "40", line], check=True)
                for _ in range(600):  # 30 s at most
                    if out.exists() and len(out.read_text().split()) > run:
                        break
                    time.sleep(0.05)
                subprocess.run(["tmux", "-S", server, "kill-server"], capture_output=True, check=False)
        for label in commands:
            found[label] = [float(ms) for ms in (Path(folder) / label).read_text().split()[1:]]
    return found


def _kind(number: int, key: str) -> str:
    """The three kinds of key in READER_KEYS: moving in the article, Tab, moving in the report list."""
    return "j/k in the article" if number < 20 else ("Tab" if key == "tab" else "j in the report list")


async def _profile_keys(rounds: int) -> None:
    from textual.screen import Screen

    from reader.core.ingest.loading import load_dossier
    from reader.core.pipeline import analyse
    from reader.ui.app import build_app

    dossier = load_dossier(ROOT / "articles")
    app = build_app(dossier, analysis=analyse(dossier))
    keys = [k.lower() for item in READER_KEYS.split() for k in [item.split("*")[0]] * int((item.split("*") + ["1"])[1])]
    key_at: list[float] = []  # the main thread's CPU clock when the key was sent, until its first frame
    drawn: list[float] = []  # the CPU time from the key to its first frame
    spent: dict[str, list[float]] = {}
    paint = Screen._compositor_refresh

    def timed_paint(screen: Screen) -> None:
        paint(screen)
        if key_at:
            drawn.append(time.thread_time() - key_at.pop())

    Screen._compositor_refresh = timed_paint
    profiler = cProfile.Profile()
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            # A first round warms the caches of a first visit; then rounds timed, then rounds profiled.
            for round_ in range(2 * rounds + 1):
                profiling = round_ > rounds
                for number, key in enumerate(keys):
                    drawn.clear()
                    key_at[:] = [time.thread_time()]
                    if profiling:
                        profiler.enable()
                    await pilot.press(key)
                    for _ in range(100):  # until the key's frame is drawn (a second at most)
                        if drawn:
                            break
                        await pilot.pause(0.01)
                    profiler.disable()
                    if 0 < round_ <= rounds and drawn:
                        spent.setdefault(_kind(number, key), []).append(drawn[0])
    finally:
        Screen._compositor_refresh = paint
    for kind, times in spent.items():
        print(f"{kind}: main-thread CPU from key to first frame, median {statistics.median(times) * 1000:.1f} ms "
              f"over {len(times)} keys")
    print("\nheaviest functions over those keys (cProfile, cumulative):")
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(r"(reader|textual)/", 25)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="launches of each program for start-up (default 10)")
    parser.add_argument("--no-generated", action="store_true", help="skip the 500-article dossier")
    parser.add_argument("--profile", action="store_true", help="in-process: CPU per key and a profile of the bundled keys")
    parser.add_argument("--startup-cpu", action="store_true", help="start-up as CPU time until the first frame")
    parser.add_argument("--also", type=Path, action="append", default=[], metavar="DIR",
                        help="time start-up on this folder too (repeatable)")
    args = parser.parse_args()
    if args.profile:
        sys.path.insert(0, str(ROOT))
        asyncio.run(_profile_keys(rounds=4))
        return 0
    if shutil.which("tmux") is None or not PROGRAM.exists():
        print(f"needs tmux and {PROGRAM} (pip install . into the venv)", file=sys.stderr)
        return 1
    hello = minimal_app()
    # A data directory of the bench's own: the reader reopens a dossier where the last run left it,
    # and the user's own reading state must neither steer the figures nor be overwritten by them.
    data = tempfile.mkdtemp(prefix="bench-startup-data-")
    if args.startup_cpu:
        os.environ["DOSSIER_READER_DATA"] = data
        readers = {"reader": ROOT / "articles", "reader, a style saved": style_saved(data)}
        found = first_frame_cpu({"minimal": shlex.split(hello), **{label: [sys.executable, "reader", str(folder)]
                                                                   for label, folder in readers.items()}}, args.runs)
        base_min, base = min(found["minimal"]), statistics.median(found["minimal"])
        for label in readers:
            own_min, own = min(found[label]), statistics.median(found[label])
            print(f"start-up CPU until the first frame, over {args.runs} launches: {label} median {own:.0f} ms "
                  f"(min {own_min:.0f}) vs minimal app {base:.0f} ms (min {base_min:.0f}): {own / base:.2f}x (mins {own_min / base_min:.2f}x)")
        return 0
    # A cache of its own too, each dossier's analysis put there by a first launch: launches are
    # timed on a dossier already analysed, as a reopened one is (a first launch analyses in a
    # child process, which the next launches would compete with for the cores).
    cache = tempfile.mkdtemp(prefix="bench-startup-cache-")
    program = f"env DOSSIER_READER_DATA={data} DOSSIER_READER_CACHE={cache} {PROGRAM}"

    def analysed(folder: Path, timeout: int) -> str:
        """The command opening ``folder``, once its analysis is in the cache."""
        command = f"{program} {folder}"
        probe("screen", "--cmd", command, "--wait-for", "% shared", "--timeout", str(timeout),
              "--out", str(Path(cache) / "screen.txt"))
        return command

    def start_up(label: str, command: str, wait_for: str, gap: float = 0.3) -> None:
        found = probe("startup", "--cmd", command, "--wait-for", wait_for, "--baseline", hello,
                      "--baseline-wait-for", "hello dossier", "--runs", str(args.runs), "--gap", str(gap))
        print(f"start-up, {label}: {found['startup_median_s'] * 1000:.0f} ms vs minimal app "
              f"{found['baseline_median_s'] * 1000:.0f} ms: {found['startup_ratio_vs_baseline']:.2f}x (target 1.3x)")

    def first_open(folder: Path) -> str:
        """The command opening ``folder`` with an empty cache of its own: its first open."""
        return f"env DOSSIER_READER_DATA={data} DOSSIER_READER_CACHE=$(mktemp -d -p {cache}) {PROGRAM} {folder}"

    reader = analysed(ROOT / "articles", 120)
    start_up("bundled, analysis cached", reader, "Al Jazeera")
    start_up("bundled, analysis cached, a style saved", analysed(style_saved(data), 120), "Al Jazeera")
    start_up("bundled, first open", first_open(ROOT / "articles"), "Al Jazeera", gap=1.5)
    for folder in args.also:
        outlet = first_outlet(folder)
        start_up(f"{folder.name}, analysis cached", analysed(folder, 600), outlet)
        start_up(f"{folder.name}, first open", first_open(folder), outlet, gap=1.5)
    rows = [("bundled", reader, "Al Jazeera", READER_KEYS)]
    if not args.no_generated:
        folder = generated_folder(500, Path(tempfile.mkdtemp(prefix="bench-startup-")))
        generated = analysed(folder, 600)
        start_up("generated 500, analysis cached", generated, first_outlet(folder))
        rows.append(("generated 500", generated, "% shared", f"{READER_KEYS} {VIEW_KEYS}"))
    for label, command, wait_for, keys in rows:
        base, _ = key_latency(hello, "hello dossier", f"j*{len(keys.split())}")
        own, worst = key_latency(command, wait_for, keys)
        print(f"key p95, {label} ({keys}): {own:.1f} ms vs minimal app {base:.1f} ms: {own / base:.2f}x "
              f"(target 3x); slowest key {worst:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
