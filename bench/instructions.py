"""Count the instructions of the bundled analysis (or of segmenting and linking a dossier), warm-up left out.

    .venv/bin/python bench/instructions.py                    # two bundled analyses with all findings
    .venv/bin/python bench/instructions.py --links /tmp/audit12/d100   # segmenting and linking one dossier, serially

On a machine shared with other work, CPU time moves by a tenth from run to run and wall time by much more: a
change of a few percent shows in neither. Instructions do not move (a tenth of a percent). This runs itself under
callgrind with instrumentation off, imports, loads the word tables and analyses once (as bench/analysis.py warms
up), then has callgrind count only the measured part (``callgrind_control -i on``/``off`` around it), each
analysis with the core's caches emptied first (:func:`bench.analysis.forget`). Run it for the old and the new
code and compare: about five minutes each on an idle machine (callgrind runs ~50x slower), the warm-up most of it.
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _wait(path: Path) -> None:
    while not path.exists():
        time.sleep(0.2)


def _measured(args: argparse.Namespace, sync: Path) -> None:
    """In the child, under callgrind: warm up, then the measured work between the two signals."""
    from bench.analysis import forget
    from reader import collector
    from reader.core import forked, pipeline
    from reader.core.ingest.loading import load_dossier
    from reader.core.links import align
    from reader.core.model.analysis import forget_tokens
    from reader.core.vocabulary import load_dictionaries

    dossier = load_dossier(args.links or ROOT / "articles")
    load_dictionaries()
    forked.spare_core = lambda: False  # in this process, no copies (the bundled links have one): callgrind follows one

    def work() -> None:
        with collector.building():
            if args.links:
                forget_tokens()
                align.find_links(dossier, pipeline._segmented(dossier.articles, lambda *_: None))
            else:
                pipeline.analyse(dossier)

    work()  # warm: imports done, patterns compiled
    (sync / "ready").touch()
    _wait(sync / "go")
    for _ in range(args.runs):
        forget()
        gc.collect()
        work()
    (sync / "done").touch()
    _wait(sync / "end")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=2, help="analyses counted (default 2)")
    parser.add_argument("--links", type=Path, help="segment and link this dossier instead, in one process")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _measured(args, args.child)
        return
    with tempfile.TemporaryDirectory() as folder:
        sync, out = Path(folder), Path(folder) / "callgrind.out"
        command = ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}",
                   sys.executable, __file__, "--runs", str(args.runs), "--child", str(sync)]
        if args.links:
            command += ["--links", str(args.links)]
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                 env={**os.environ, "PYTHONPATH": str(ROOT)})
        try:
            for wait_for, then in (("ready", "on"), ("done", "off")):
                while not (sync / wait_for).exists():
                    if child.poll() is not None:
                        sys.exit(f"the measured process ended early (status {child.returncode})")
                    time.sleep(0.2)
                subprocess.run(["callgrind_control", "-i", then, str(child.pid)], check=True, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
                (sync / ("go" if then == "on" else "end")).touch()
            child.wait()
        finally:
            if child.poll() is None:
                child.kill()
        totals = re.search(r"^totals:\s*(\d+)", out.read_text(), re.MULTILINE)
    what = f"segmenting and linking {args.links}" if args.links else "the bundled analysis with all findings"
    count = int(totals.group(1)) / args.runs
    print(f"{what}: {count / 1e6:,.1f} M instructions per run (callgrind, {args.runs} runs, warm-up left out)")


if __name__ == "__main__":
    main()
