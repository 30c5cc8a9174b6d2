"""CPU of the JSON export's own work, apart from the analysis: the analysis of a dossier is saved once as a
cache entry, then read back and exported under cProfile as often as wanted.

    .venv/bin/python bench/export_cpu.py save /tmp/audit12/d500 /tmp/d500.entry
    taskset -c 0 .venv/bin/python bench/export_cpu.py profile /tmp/audit12/d500 /tmp/d500.entry [FUNCTION ...]

``profile`` prints the CPU of what the export does beside the analysis proper: the segmenting the analysis starts with
before it forks (:func:`~reader.core.pipeline._segmented`), the JSON document and the cache entry (the collector
paused, as the export pauses it); then the cumulative CPU time under cProfile of the functions named (substrings of
``file:line(name)``), the export's busiest by default.
"""

from __future__ import annotations

import cProfile
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader import collector  # noqa: E402
from reader.core.export.documents import to_json  # noqa: E402
from reader.core.ingest.loading import load_dossier  # noqa: E402
from reader.core.model import quiet  # noqa: E402
from reader.core.pipeline import _segmented, analyse  # noqa: E402
from reader.core.store.entry import decode, encode  # noqa: E402

KEY = "bench"
BUSIEST = ("to_json", "to_document", "_article", "unique_sentences", "_said_by", "_told_alike", "_plain", "_rounded")


def main(argv: list[str]) -> None:
    command, folder, entry, *names = argv
    dossier = load_dossier(folder)
    if command == "save":
        Path(entry).write_bytes(encode(analyse(dossier), KEY))
        return
    data = Path(entry).read_bytes()
    with collector.building():  # as the export runs: with the collector on, its pauses land on whatever allocates
        began = time.process_time()
        _segmented(dossier.articles, quiet)
        print(f"segmenting CPU: {time.process_time() - began:.2f} s")
        analysis = decode(data, KEY, dossier)
        began = time.process_time()
        to_json(analysis)
        print(f"export CPU: {time.process_time() - began:.2f} s")
        began = time.process_time()
        encode(analysis, KEY)
        print(f"cache entry CPU: {time.process_time() - began:.2f} s")
        analysis = decode(data, KEY, dossier)  # what the export finds is kept with the analysis: found again
        profile = cProfile.Profile(time.process_time)  # CPU, not wall: the machine is shared
        profile.runcall(to_json, analysis)
    stats = pstats.Stats(profile).stats
    for name in names or BUSIEST:
        for (path, line, function), (_, calls, _, cumtime, _) in stats.items():
            where = f"{Path(path).name}:{line}({function})"
            if name in where:
                print(f"{cumtime:8.2f} s {calls:9d} calls  {where}")


if __name__ == "__main__":
    main(sys.argv[1:])
