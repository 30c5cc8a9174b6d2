"""Are the sentences printed word for word in many reports linked? Copy-heavy dossiers (``bench/copies.py``).

    taskset -c 0 .venv/bin/python bench/printed_links.py FOLDER...

For each dossier: its links (confident of all) and the passages they hold, the CPU of
:func:`reader.core.links.align.find_links` (collector paused, as the pipeline runs it), and, for the
sentences whose words are printed alike in more reports than ``candidates.KEY_DF_LIMIT`` (the most
shared statements of the dossier), how many of their copies a confident link holds.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.core.ingest.loading import analysed_part, load_dossier  # noqa: E402
from reader.core.links.align import find_links  # noqa: E402
from reader.core.links.candidates import KEY_DF_LIMIT  # noqa: E402
from reader.core.links.story import judge_story  # noqa: E402
from reader.core.links.units import prepare  # noqa: E402
from reader.core.text.segment import segment_article  # noqa: E402
from reader.core.vocabulary import load_dictionaries  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    args = parser.parse_args()
    load_dictionaries()
    for folder in args.folders:
        dossier = load_dossier(folder)
        sentences = {article.id: segment_article(analysed_part(article)) for article in dossier.articles}
        story = judge_story(dossier, sentences)
        doubtful = frozenset(story.off_topic if story.same_event else (a.id for a in dossier.articles))
        gc.disable()
        started = time.process_time()
        links = find_links(dossier, sentences, doubtful=doubtful)
        spent = time.process_time() - started
        gc.enable()
        whole = prepare(dossier, sentences)[0]
        copies = defaultdict(list)
        for unit in whole:
            copies[unit.words].append(unit)
        printed = [units for units in copies.values() if len({u.article for u in units}) > KEY_DF_LIMIT]
        held = defaultdict(list)
        for link in links:
            if link.confident:
                for span in link.passages:
                    held[span.article].append(span)
        linked = sum(any(s.start < u.span.end and u.span.start < s.end for s in held[u.span.article])
                     for units in printed for u in units)
        print(f"{folder}: {len(dossier.articles)} reports, {sum(link.confident for link in links)} confident links of {len(links)}, "
              f"{sum(len(link.passages) for link in links if link.confident)} passages in them; find_links {spent:.2f} s CPU; "
              f"{len(printed)} sentences printed in more than {KEY_DF_LIMIT} reports, {linked} of their "
              f"{sum(map(len, printed))} copies in a confident link", flush=True)


if __name__ == "__main__":
    main()
