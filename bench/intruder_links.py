"""How one report about something else changes the confident links among a dossier's own reports.

    .venv/bin/python bench/intruder_links.py DIR DIR ...              # 3 intruders a dossier, seed 41
    .venv/bin/python bench/intruder_links.py --intruders 5 --seed 7 DIR DIR ...
    .venv/bin/python bench/intruder_links.py --size 3 DIR DIR ...    # 3 reports of one other dossier: a second event

Each dossier is linked alone, then once for each intruder: one report (``--size`` reports) of another
dossier given, drawn with the fixed seed, copied into a folder with the dossier's reports. It prints,
per case, whether the intruders are all named off-topic (and the events told, if any) and the
confident links among the dossier's own reports (those holding no passage of an intruder, nor of a
report of its own the verdict names off-topic with them but not alone: its links are weaker, as the
verdict says) found with them but not alone (added) and alone but not with them (lost), a link being
its passages; then the totals, apart for intruders named off-topic (where the target is none added
and none lost) and not.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.core.ingest.loading import analysed_part, load_dossier  # noqa: E402
from reader.core.links.align import find_links  # noqa: E402
from reader.core.links.story import story_and_links  # noqa: E402
from reader.core.text.segment import segment_article  # noqa: E402


def confident(folder: Path, intruders: frozenset[str] = frozenset()) -> tuple[set[tuple], bool, int, frozenset[str]]:
    """The confident links among the folder's reports but the files ``intruders``, each as its passages
    (file name, start, end), whether those files' reports are all named off-topic, how many events are
    told and the other files named off-topic."""
    dossier = load_dossier(folder)
    sentences = {article.id: segment_article(analysed_part(article)) for article in dossier.articles}
    story, links = story_and_links(dossier, sentences, lambda doubtful: find_links(dossier, sentences, doubtful=doubtful))
    name = {article.id: Path(article.path).name for article in dossier.articles}
    found = {tuple((name[s.article], s.start, s.end) for s in link.passages) for link in links if link.confident}
    off = frozenset(name[a] for a in story.off_topic)
    return {link for link in found if all(file not in intruders for file, _, _ in link)}, intruders <= off, len(story.events), off - intruders


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--intruders", type=int, default=3, help="intruders tried with each dossier")
    parser.add_argument("--seed", type=int, default=41)
    parser.add_argument("--size", type=int, default=1, help="reports in each intruding group, all of one dossier")
    parser.add_argument("folders", nargs="+", type=Path)
    args = parser.parse_args()
    folders = [folder for folder in args.folders if folder.is_dir()]
    files = {folder: [Path(article.path) for article in load_dossier(folder).articles] for folder in folders}
    draw = random.Random(args.seed)
    tally: Counter[tuple[bool, str]] = Counter()
    for folder in folders:
        alone, _, _, own = confident(folder)
        for _ in range(args.intruders):
            other = draw.choice([f for f in folders if f != folder and len(files[f]) >= args.size])
            strays = draw.sample(files[other], args.size)
            with tempfile.TemporaryDirectory(prefix="intruder-") as tmp:
                for path in files[folder] + strays:
                    shutil.copy(path, Path(tmp) / path.name)
                joined, off, events, named_too = confident(Path(tmp), frozenset(path.name for path in strays))
            doubted = named_too - own  # the dossier's own reports named off-topic beside the intruders: their links are weaker
            joined, kept = ({link for link in links if all(file not in doubted for file, _, _ in link)} for links in (joined, alone))
            added, lost = len(joined - kept), len(kept - joined)
            tally[off, "cases"] += 1
            tally[off, "added"] += added
            tally[off, "lost"] += lost
            tally[off, "changed"] += bool(added or lost)
            told = (f", {events} events" if events else "") + (f", {len(doubted)} of its own named too" if doubted else "")
            print(f"{folder.name} + {other.name}/{'+'.join(path.name for path in strays)}: {'named' if off else 'NOT named'} off-topic{told}; "
                  f"{len(alone)} links alone, {added} added, {lost} lost", flush=True)
    for off in (True, False):
        print(f"== intruder {'named' if off else 'NOT named'} off-topic: {tally[off, 'cases']} cases, "
              f"{tally[off, 'changed']} with links changed; links added {tally[off, 'added']}, lost {tally[off, 'lost']}")


if __name__ == "__main__":
    main()
