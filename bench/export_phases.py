"""Wall and CPU of each phase of ``reader export --format json`` as the command runs it (collector paused, an empty
analysis cache), on dossiers on disk: the analysis, with the CPU of the copies it forks apart; the document built
and encoded; the wait for the cache entry, written by a copy of its own beside the document for a big dossier.

    .venv/bin/python bench/export_phases.py /tmp/audit12/d250 /tmp/audit12/d500

The machine's load average is printed first: on a shared machine wall times drift, CPU times much less; the
critical path is what the wall time of an idle machine shows.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader import collector  # noqa: E402
from reader.core.ingest.loading import load_dossier  # noqa: E402
from reader.core.store import cache  # noqa: E402
from reader.report.formats import encoded  # noqa: E402


def _clocks() -> tuple[float, float, float]:
    spent = os.times()
    return time.perf_counter(), spent.user + spent.system, spent.children_user + spent.children_system


def main(folders: list[str]) -> None:
    print(f"load average {os.getloadavg()[0]:.1f}")
    for folder in folders:
        with tempfile.TemporaryDirectory() as cached, collector.building():
            os.environ["DOSSIER_READER_CACHE"] = cached
            dossier = load_dossier(folder)
            marks = [("loaded", _clocks())]
            analysis, _ = cache.analyse_cached(dossier)
            marks.append(("analysis", _clocks()))
            encoded(analysis, "json")
            marks.append(("document", _clocks()))
            cache._written()  # as the command's end waits for it
            marks.append(("cache entry still written after", _clocks()))
        shown = [f"{name} {now[0] - then[0]:.2f} s wall, {now[1] - then[1]:.2f} s CPU + {now[2] - then[2]:.2f} s in copies"
                 for (_, then), (name, now) in zip(marks, marks[1:])]
        print(f"{Path(folder).name}: " + "; ".join(shown), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
