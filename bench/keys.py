"""Each key's latency on a generated 500-report dossier, from outside (tmux), per key, against
the minimal Textual app, for one checkout or several side by side.

    .venv/bin/python bench/keys.py [--runs 3] [--n 500] [--source DIR ...] [--keys "c w ..."]

``--source`` names checkouts of this project to run (each with this venv's Python and
``PYTHONPATH=DIR``; default: this one), so a commit before a change and after it are timed in
the same run: ``git archive COMMIT | tar -x -C /tmp/before`` then ``--source /tmp/before
--source .``. Runs alternate between the checkouts and the minimal app
(``../shared/tools/hello_env.sh``), each launch with a fresh data directory and the analysis
already cached (one launch first fills each checkout's cache). Every key is timed by
``tui_probe.py keys`` until the screen changes; the table gives each key's median over the
runs, and the p95 over all keys against the minimal app's ``j`` (the machine is shared: the
ratio, taken in the same run, is the figure to read).
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.startup import READER_KEYS, TOOLS, VIEW_KEYS, generated_folder, minimal_app  # noqa: E402

KEY_LINE = re.compile(r"^key \d+/\d+ '([^']*)': (\S+)", re.M)
TIMED_OUT = 2000.0
"""What a key that never changed the screen counts (tui_probe waits 2 s)."""


def timed_keys(command: str, wait_for: str, keys: str) -> list[tuple[str, float]]:
    """``(key, ms)`` for each key of ``keys`` (:data:`TIMED_OUT` for one that never changed the screen)."""
    done = subprocess.run([sys.executable, str(TOOLS / "tui_probe.py"), "keys", "--cmd", command, "--wait-for", wait_for,
                           "--keys", keys, "--idle-check-ms", "0", "--timeout", "600"], capture_output=True, text=True)
    if done.returncode == 2:
        raise SystemExit(f"tui_probe failed:\n{done.stdout}\n{done.stderr}")
    return [(key, float(ms) if ms[0].isdigit() else TIMED_OUT) for key, ms in KEY_LINE.findall(done.stdout)]


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[round(0.95 * (len(ordered) - 1))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--n", type=int, default=500, help="generated reports (default 500)")
    parser.add_argument("--source", action="append", type=Path, help="a checkout to run (repeatable; default this one)")
    parser.add_argument("--keys", default=f"{READER_KEYS} {VIEW_KEYS} j j escape")
    args = parser.parse_args()
    sources = [path.resolve() for path in args.source or [ROOT]]
    folder = generated_folder(args.n, Path(tempfile.mkdtemp(prefix="bench-keys-")))
    commands = {}
    for source in sources:
        cache = tempfile.mkdtemp(prefix="bench-keys-cache-")
        commands[str(source)] = (f"env PYTHONPATH={source} DOSSIER_READER_CACHE={cache} "
                                 f"DOSSIER_READER_DATA=$(mktemp -d) {sys.executable} -m reader {folder}")
        timed_keys(commands[str(source)], "% shared", "j")  # fills the analysis cache
    hello = minimal_app()
    found: dict[str, list[list[tuple[str, float]]]] = {name: [] for name in (*commands, "minimal")}
    for _ in range(args.runs):
        for name, command in commands.items():
            found[name].append(timed_keys(command, "% shared", args.keys))
        found["minimal"].append(timed_keys(hello, "hello dossier", f"j*{len(found[name][-1])}"))  # as many keys
    base = statistics.median(p95([ms for _, ms in run]) for run in found["minimal"])
    print(f"minimal app, j: p95 {base:.1f} ms (median of {args.runs} runs)")
    keys = [key for key, _ in found[next(iter(commands))][0]]
    medians = {name: [statistics.median(run[i][1] for run in found[name]) for i in range(len(keys))] for name in commands}
    print("key       " + "".join(f"{Path(name).name[:12]:>14}" for name in commands))
    for i, key in enumerate(keys):
        print(f"{key:10}" + "".join(f"{medians[name][i]:>11.0f} ms" for name in commands))
    for name in commands:
        own = statistics.median(p95([ms for _, ms in run]) for run in found[name])
        print(f"{name}: p95 {own:.0f} ms, {own / base:.1f}x the minimal app; slowest key (median) {max(medians[name]):.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
