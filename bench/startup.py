"""Start-up and keystroke latency of the reader, run in tmux the way a user runs it.

For each dossier (the bundled five reports; a generated 500-article dossier when
``bench/generate.py`` is present) and for a minimal Textual app (Header, one
Static, Footer) measured the same way in the same run, it prints:

* first paint: launch -> the first screen with its footer visible and the first
  report's opening words on one line of the article pane (a frame wrapped to a
  placeholder width, or with the pane still blank, does not count);
* ready: launch -> the analysis shown ("% shared" in the source list), with a
  cold cache and again with the cache warm (a second open);
* key p95: a key press -> the screen changing, over many presses.

Run: ``.venv/bin/python bench/startup.py [--runs N] [--keys N] [--no-generated] [--program CMD]``.
Needs tmux and the installed ``dossier-reader`` beside this Python, or ``--program``
naming another command (e.g. ``"python -m reader"`` run from a worktree, which is
put first on PYTHONPATH so its ``reader`` package is the one imported).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROGRAM = Path(sys.executable).with_name("dossier-reader")
SIZE = ("120", "40")
POLL = 0.005
TIMEOUT = 120.0

MINIMAL_APP = '''
from textual.app import App
from textual.widgets import Footer, Header, Static


class Minimal(App):
    BINDINGS = [("j", "bump", "Bump"), ("q", "quit", "Quit")]

    def compose(self):
        yield Header()
        yield Static("minimal ready 0", id="text")
        yield Footer()

    def action_bump(self):
        self.count = getattr(self, "count", 0) + 1
        self.query_one("#text", Static).update(f"minimal ready {self.count}")


Minimal().run()
'''


class Pane:
    """One program in its own tmux server; closed (server killed) on exit."""

    def __init__(self, command: list[str], env: dict[str, str]) -> None:
        self.name = f"bench-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self.command = command
        self.env = env

    def __enter__(self) -> Pane:
        environment = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
        extra = [item for key, value in self.env.items() for item in ("-e", f"{key}={value}")]
        self.started = time.perf_counter()
        subprocess.run(["tmux", "-L", self.name, "new-session", "-d", "-x", SIZE[0], "-y", SIZE[1],
                        "-s", self.name, *extra, *self.command], check=True, env=environment)
        return self

    def __exit__(self, *exc) -> None:
        subprocess.run(["tmux", "-L", self.name, "kill-server"], capture_output=True)

    def screen(self) -> str:
        return subprocess.run(["tmux", "-L", self.name, "capture-pane", "-p", "-t", self.name],
                              capture_output=True, text=True).stdout

    def wait(self, *needles: str, since: float | None = None) -> float:
        """Seconds from ``since`` (default: launch) until every needle is on screen."""
        start = self.started if since is None else since
        while True:
            text = self.screen()
            if all(needle in text for needle in needles):
                return time.perf_counter() - start
            if time.perf_counter() - start > TIMEOUT:
                raise TimeoutError(f"never saw {needles!r}:\n{text}")
            time.sleep(POLL)

    def key_latency(self, key: str) -> float:
        """Seconds from sending ``key`` until the screen differs from before."""
        before = self.screen()
        sent = time.perf_counter()
        subprocess.run(["tmux", "-L", self.name, "send-keys", "-t", self.name, key], check=True)
        while self.screen() == before:
            if time.perf_counter() - sent > TIMEOUT:
                raise TimeoutError(f"{key!r} changed nothing")
            time.sleep(POLL)
        return time.perf_counter() - sent


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) >= 2 else values[0]


def measure_minimal(runs: int, presses: int, script: Path) -> dict[str, float]:
    paints, keys = [], []
    for _ in range(runs):
        with Pane([sys.executable, str(script)], {}) as pane:
            paints.append(pane.wait("minimal ready 0", "Quit"))
            keys += [pane.key_latency("j") for _ in range(presses)]
    return {"first paint": statistics.median(paints), "key p95": p95(keys)}


def measure_reader(program: list[str], folder: Path, runs: int, presses: int,
                   key: str = "]") -> dict[str, float]:
    """``program`` other than the installed one runs with this checkout first on PYTHONPATH."""
    paints, cold, warm, keys = [], [], [], []
    opening = opening_words(folder)
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as cache:
            # A fresh data directory too: a reader reopens a dossier where the last run left it.
            env = {"DOSSIER_READER_CACHE": cache, "DOSSIER_READER_DATA": cache}
            if program != [str(PROGRAM)]:
                env["PYTHONPATH"] = str(ROOT)
            with Pane([*program, str(folder)], env) as pane:
                paints.append(pane.wait("Quit", "report 1/", opening))
                cold.append(pane.wait("% shared"))
            with Pane([*program, str(folder)], env) as pane:
                warm.append(pane.wait("% shared"))
                # ']' switches report: a whole new article and list cursor, the reader's most common move;
                # a one-article dossier pages down instead.
                keys += [pane.key_latency(key) for _ in range(presses)]
    return {
        "first paint": statistics.median(paints),
        "ready (cold cache)": statistics.median(cold),
        "ready (warm cache)": statistics.median(warm),
        "key p95": p95(keys),
    }


def opening_words(folder: Path) -> str:
    """The first three words of the dossier's first report: on one line once the pane is laid out."""
    from reader.core.ingest.loading import load_dossier

    article = load_dossier(folder).articles[0]
    start, end = article.paragraphs[0]
    return " ".join(article.body[start:end].split()[:3])


def generated_folder(count: int, into: Path) -> Path | None:
    try:
        sys.path.insert(0, str(ROOT / "bench"))
        sys.path.insert(0, str(ROOT))
        from generate import generate  # type: ignore[import-not-found]
    except ImportError:
        return None
    from reader.core.ingest.article_format import dump

    dossier = generate(count, 1)[0]
    for article in dossier.articles:
        paragraphs = [article.body[a:b] for a, b in article.paragraphs]
        meta = {"outlet": article.outlet, "title": article.title, "published": article.published}
        (into / f"{article.id}.md").write_text(dump(meta, paragraphs), encoding="utf-8")
    return into


def big_article_folder(into: Path) -> Path:
    """A folder holding the 10 MB hostile article (bench/loading.py writes it the same way)."""
    sys.path.insert(0, str(ROOT / "bench"))
    from loading import write_big_article  # type: ignore[import-not-found]

    into.mkdir()
    write_big_article(into)
    return into


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="launches per program (default 3)")
    parser.add_argument("--keys", type=int, default=20, help="key presses per launch (default 20)")
    parser.add_argument("--no-generated", action="store_true", help="skip the 500-article dossier")
    parser.add_argument("--no-big", action="store_true", help="skip the 10 MB article")
    parser.add_argument("--program", help="command to run instead of the installed dossier-reader, "
                        "split on spaces (e.g. \"$PWD/.venv/bin/python -m reader\")")
    args = parser.parse_args()
    program = args.program.split() if args.program else [str(PROGRAM)]
    if shutil.which("tmux") is None or shutil.which(program[0]) is None:
        print(f"needs tmux and {program[0]} (pip install . into the venv)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as work:
        script = Path(work) / "minimal.py"
        script.write_text(MINIMAL_APP, encoding="utf-8")
        minimal = measure_minimal(args.runs, args.keys, script)
        results = {"bundled (5 reports)": measure_reader(program, ROOT / "articles", args.runs, args.keys)}
        if not args.no_generated:
            folder = Path(work) / "generated"
            folder.mkdir()
            if generated_folder(500, folder) is not None:
                results["generated (500 articles)"] = measure_reader(program, folder, max(1, args.runs - 1), args.keys)
        if not args.no_big:
            folder = big_article_folder(Path(work) / "big")
            results["one 10 MB article"] = measure_reader(program, folder, 1, args.keys, key="space")
    print(f"terminal {SIZE[0]}x{SIZE[1]} in tmux; medians of {args.runs} launches; p95 of key presses")
    print(f"{'minimal Textual app':28} first paint {minimal['first paint'] * 1000:7.0f} ms   "
          f"key p95 {minimal['key p95'] * 1000:6.1f} ms")
    for label, figures in results.items():
        print(f"{label:28} first paint {figures['first paint'] * 1000:7.0f} ms "
              f"({figures['first paint'] / minimal['first paint']:.2f}x)   "
              f"key p95 {figures['key p95'] * 1000:6.1f} ms ({figures['key p95'] / minimal['key p95']:.2f}x)   "
              f"ready cold {figures['ready (cold cache)'] * 1000:.0f} ms, warm {figures['ready (warm cache)'] * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
