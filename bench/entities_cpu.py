"""CPU of the entity stage alone (segmenting, then :func:`find_entities`) on dossiers, and a digest of what it
finds, to compare two versions of the code on copy-heavy dossiers.

    taskset -c 0 .venv/bin/python bench/entities_cpu.py /tmp/audit12/d250 /tmp/audit12/d500

Prints per dossier: the stage's CPU without a profiler, then the cumulative CPU of its busiest functions under
cProfile (timed by process time: the machine may be shared), and the digest of the entities found.
"""

from __future__ import annotations

import cProfile
import hashlib
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.core.entities.clusters import find_entities  # noqa: E402
from reader.core.ingest.loading import analysed_part, load_dossier  # noqa: E402
from reader.core.text.segment import segment_article  # noqa: E402
from reader.core.vocabulary import load_dictionaries  # noqa: E402

BUSIEST = ("find_entities", "find_mentions", "_learn", "sentence", "runs", "_pieces", "run")


def main(folders: list[str]) -> None:
    load_dictionaries()
    for folder in folders:
        dossier = load_dossier(folder)
        sentences = {a.id: segment_article(analysed_part(a)) for a in dossier.articles}
        for segmented in sentences.values():
            for sentence in segmented:
                sentence.packed  # noqa: B018 - as the pipeline does before the stage
        began = time.process_time()
        entities = find_entities(dossier, sentences)
        cpu = time.process_time() - began
        profile = cProfile.Profile(time.process_time)
        profile.runcall(find_entities, dossier, sentences)
        cumulative = {function: stats[3] for (path, _, function), stats in pstats.Stats(profile).stats.items()
                      if path.endswith(("mentions.py", "clusters.py"))}
        busiest = ", ".join(f"{name} {cumulative[name]:.2f}" for name in BUSIEST if name in cumulative)
        digest = hashlib.md5(repr(entities).encode()).hexdigest()[:12]
        print(f"{Path(folder).name}: CPU {cpu:.2f} s; under cProfile: {busiest}; entities {digest}")


if __name__ == "__main__":
    main(sys.argv[1:])
