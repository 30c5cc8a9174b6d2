"""Each key's latency on a generated 500-report dossier, from outside (tmux), per key, against
the minimal Textual app, for one checkout or several side by side; and each key's main-thread CPU.

    .venv/bin/python bench/keys.py [--runs 3] [--n 500 | --folder DIR | --bundled] [--source DIR ...] [--keys "c w ..."]

``--source`` names checkouts of this project to run (each with this venv's Python and
``PYTHONPATH=DIR``; default: this one), so a commit before a change and after it are timed in
the same run: ``git archive COMMIT | tar -x -C /tmp/before`` then ``--source /tmp/before
--source .``. Runs alternate between the checkouts and the minimal app
(``../shared/tools/hello_env.sh``), each launch with a fresh data directory and the analysis
already cached (one launch first fills each checkout's cache). Every key is timed by
``tui_probe.py keys`` until the screen changes; the table gives each key's median over the
runs, and the p95 over all keys against the minimal app's ``j`` (the machine is shared: the
ratio, taken in the same run, is the figure to read). ``--bundled`` times the five bundled
reports instead, with the keys of the start-up bench (``j*10 k*10 Tab j*5 Tab``).

Every program runs under ``bench/key_trace.py``, which records each key's main-thread CPU time
from the key reaching the app to its first frame: what the key handler and the redraw cost,
which the load of a shared machine moves far less than wall time, and the bytes that frame sent
to the terminal (a screenful of colours is tens of kB that tmux must read before the key
shows: wall time pays for them, CPU time does not). The table gives their medians beside the
wall time, and the CPU p95 against the minimal app's.

Views are closed with ``q`` by default, not ``escape``: a lone ESC byte is only reported once
Textual's input thread knows no escape sequence follows (``ESCDELAY``, 100 ms, checked when its
0.1 s ``select`` times out), so under tmux or any terminal without the kitty keyboard protocol
every Textual app, the minimal one too, answers ``escape`` 100 to 200 ms late whatever it does.
``--keys "... escape"`` times it anyway.
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
TRACE = ROOT / "bench" / "key_trace.py"
TIMED_OUT = 2000.0
"""What a key that never changed the screen counts (tui_probe waits 2 s)."""


def timed_keys(command: str, wait_for: str, keys: str) -> list[tuple[str, float]]:
    """``(key, ms)`` for each key of ``keys`` (:data:`TIMED_OUT` for one that never changed the screen)."""
    done = subprocess.run([sys.executable, str(TOOLS / "tui_probe.py"), "keys", "--cmd", command, "--wait-for", wait_for,
                           "--keys", keys, "--idle-check-ms", "0", "--timeout", "600"], capture_output=True, text=True)
    if done.returncode == 2:
        raise SystemExit(f"tui_probe failed:\n{done.stdout}\n{done.stderr}")
    return [(key, float(ms) if ms[0].isdigit() else TIMED_OUT) for key, ms in KEY_LINE.findall(done.stdout)]


Traced = tuple[list[tuple[str, float]], list[float], list[int]]


def traced(command: str, wait_for: str, keys: str) -> Traced:
    """:func:`timed_keys` for ``command`` (which writes its key trace to ``$KEY_TRACE``), and each
    key's main-thread CPU (ms) and bytes sent to the terminal from the trace (the keys the
    program got before them, the one ``tui_probe`` waits for the screen with, left out)."""
    with tempfile.NamedTemporaryFile(prefix="bench-keys-trace-", suffix=".tsv") as trace:
        wall = timed_keys(f"env KEY_TRACE={trace.name} {command}", wait_for, keys)
        lines = Path(trace.name).read_text(encoding="utf-8").splitlines()[-len(wall):]
    fields = [line.split("\t") for line in lines]
    fields += [["", "-", "0"]] * (len(wall) - len(fields))  # the last keys, when the program quit before their frame
    return wall, [float(ms) if ms != "-" else 0.0 for _, ms, _ in fields], [int(sent) for _, _, sent in fields]


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[round(0.95 * (len(ordered) - 1))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--n", type=int, default=500, help="generated reports (default 500)")
    parser.add_argument("--source", action="append", type=Path, help="a checkout to run (repeatable; default this one)")
    parser.add_argument("--bundled", action="store_true", help="the five bundled reports, with the start-up bench's keys")
    parser.add_argument("--folder", type=Path, help="time the generated dossier's keys on this dossier instead "
                        "(one shaped otherwise: longer reports, more names, fewer links)")
    parser.add_argument("--keys", help="tmux key names (default: moves, then every view, each closed with q)")
    args = parser.parse_args()
    sources = [path.resolve() for path in args.source or [ROOT]]
    if args.bundled:
        folder, ready, keys = ROOT / "articles", "Al Jazeera", args.keys or READER_KEYS
    else:
        folder = args.folder or generated_folder(args.n, Path(tempfile.mkdtemp(prefix="bench-keys-")))
        ready, keys = "% shared", args.keys or f"{READER_KEYS} {VIEW_KEYS} j j escape".replace("escape", "q")
    commands = {}
    for source in sources:
        cache = tempfile.mkdtemp(prefix="bench-keys-cache-")
        # From the checkout's own folder: the analysis child (``python -m``) reads its modules from the
        # working directory first, and another checkout's code there wrote entries this one refused.
        commands[str(source)] = (f"env --chdir={source} PYTHONPATH={source} DOSSIER_READER_CACHE={cache} "
                                 f"DOSSIER_READER_DATA=$(mktemp -d) {sys.executable} {TRACE} {folder.resolve()}")
        traced(commands[str(source)], "% shared", "j")  # fills the analysis cache (the shares show once it is done)
    python, script = minimal_app().split()
    hello = f"{python} {TRACE} {script}"
    found: dict[str, list[Traced]] = {name: [] for name in (*commands, "minimal")}
    for _ in range(args.runs):
        for name, command in commands.items():
            found[name].append(traced(command, ready, keys))
        found["minimal"].append(traced(hello, "hello dossier", f"j*{len(found[name][-1][0])}"))  # as many keys
    base = statistics.median(p95([ms for _, ms in wall]) for wall, _, _ in found["minimal"])
    base_cpu = statistics.median(p95(cpu) for _, cpu, _ in found["minimal"])
    base_sent = statistics.median(statistics.median(sent) for _, _, sent in found["minimal"])
    print(f"minimal app, j: p95 {base:.1f} ms, main-thread CPU p95 {base_cpu:.1f} ms, "
          f"{base_sent / 1000:.1f} kB to the terminal (medians of {args.runs} runs)")
    keys = [key for key, _ in found[next(iter(commands))][0][0]]
    wall = {name: [statistics.median(w[i][1] for w, _, _ in found[name]) for i in range(len(keys))] for name in commands}
    cpu = {name: [statistics.median(c[i] for _, c, _ in found[name]) for i in range(len(keys))] for name in commands}
    sent = {name: [statistics.median(b[i] for _, _, b in found[name]) for i in range(len(keys))] for name in commands}
    print("key       " + "".join(f"{Path(name).name[:20]:>30}" for name in commands))
    print("          " + "".join(f"{'wall':>10}{'CPU':>12}{'sent':>8}" for _ in commands))
    for i, key in enumerate(keys):
        print(f"{key:10}" + "".join(f"{wall[name][i]:>7.0f} ms{cpu[name][i]:>9.1f} ms{sent[name][i] / 1000:>5.1f} kB"
                                    for name in commands))
    for name in commands:
        own = statistics.median(p95([ms for _, ms in w]) for w, _, _ in found[name])
        own_cpu = statistics.median(p95(c) for _, c, _ in found[name])
        print(f"{name}: p95 {own:.0f} ms, {own / base:.1f}x the minimal app (CPU p95 {own_cpu:.1f} ms, "
              f"{own_cpu / base_cpu:.1f}x); slowest key (median) {max(wall[name]):.0f} ms, CPU {max(cpu[name]):.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
