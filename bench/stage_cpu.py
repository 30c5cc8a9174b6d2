"""Print the CPU seconds of some analysis stages on dossiers on disk, as an export runs them (collector paused).

    .venv/bin/python bench/stage_cpu.py /tmp/audit12/d250 /tmp/audit12/d500
    .venv/bin/python bench/stage_cpu.py --stages compare_figures,link_differences DOSSIER...

For a stage whose cost may grow faster than the dossier (copies of one sentence in many reports):
each dossier's CPU of the named stages (wrapped where the pipeline calls them, :func:`bench.analysis.stage_clocks`),
and the ratio to the dossier before it. Run it on one core (``taskset -c 0``) for figures that do not
depend on the other processes of a shared machine.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.analysis import stage_clocks  # noqa: E402
from reader import collector  # noqa: E402
from reader.core.ingest.loading import load_dossier  # noqa: E402
from reader.core.pipeline import analyse  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dossiers", nargs="+")
    parser.add_argument("--stages", default="compare_figures,link_differences")
    args = parser.parse_args()
    names = args.stages.split(",")
    before: dict[str, float] = {}
    for folder in args.dossiers:
        dossier = load_dossier(folder)
        with stage_clocks() as spent, collector.building():
            started = time.process_time()
            analyse(dossier)
            total = time.process_time() - started
        shown = "  ".join(f"{name} {spent.get(name, 0.0):.2f} s" + (
            f" ({spent.get(name, 0.0) / before[name]:.2f}x)" if before.get(name) else "") for name in names)
        print(f"{folder}: {len(dossier.articles)} articles, analysis {total:.1f} s CPU in this process; {shown}", flush=True)
        before = {name: spent.get(name, 0.0) for name in names}


if __name__ == "__main__":
    main()
