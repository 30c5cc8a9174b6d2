"""Same story? on folders holding two events: whether the reports are grouped by event.

    .venv/bin/python bench/story_pairs.py DIR DIR ...                # every pair of these dossiers, 10+3, 5+5, 3+3
    .venv/bin/python bench/story_pairs.py --sizes 10+3 DIR DIR ...   # one size only
    .venv/bin/python bench/story_pairs.py --alone DIR DIR ...        # each dossier alone: its verdict

For each ordered pair (each unordered one when both sizes are equal) of dossiers that have enough
reports, the first reports of each (in the order the dossier lists them) are copied into a new
folder, which is judged and linked as the reader does (:func:`~reader.core.links.story.story_and_links`).
A pair is recognised when the verdict gives exactly two events, each made of one dossier's reports (a
dossier's own off-topic reports may be left out, named off-topic); the other lines count one event
(an off-topic list or none) and any other grouping. ``--alone`` prints
each dossier's verdict (one event, off-topic reports, events) and counts those split into events.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections import Counter
from itertools import combinations, permutations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.core.ingest.loading import analysed_part, load_dossier  # noqa: E402
from reader.core.links.align import find_links  # noqa: E402
from reader.core.links.story import story_and_links  # noqa: E402
from reader.core.model import Story  # noqa: E402
from reader.core.text.segment import segment_article  # noqa: E402


def judged(folder: Path) -> tuple[Story, int, int, dict[str, str]]:
    """The folder's verdict, its confident links, the confident links joining two of its events and
    each report's file name by its id."""
    dossier = load_dossier(folder)
    sentences = {article.id: segment_article(analysed_part(article)) for article in dossier.articles}
    story, links = story_and_links(dossier, sentences,
                                   lambda doubtful: find_links(dossier, sentences, doubtful=doubtful))
    confident = [link for link in links if link.confident]
    event_of = {article: n for n, group in enumerate(story.events) for article in group}
    across = sum(len({event_of.get(a) for a in link.articles}) > 1 for link in confident) if story.events else 0
    return story, len(confident), across, {article.id: Path(article.path).name for article in dossier.articles}


def paths(folder: Path) -> list[Path]:
    return [Path(article.path) for article in load_dossier(folder).articles]


def verdict(story: Story) -> str:
    if story.events:
        return "events " + " + ".join(str(len(group)) for group in story.events) + (
            f", off-topic {len(story.off_topic)}" if story.off_topic else "")
    if not story.same_event:
        return "not one event"
    return f"one event, off-topic {len(story.off_topic)}" if story.off_topic else "one event"


def pairs(folders: list[Path], a: int, b: int) -> None:
    tally: Counter[str] = Counter()
    files = {folder: paths(folder) for folder in folders}
    chosen = combinations(folders, 2) if a == b else permutations(folders, 2)
    for first, second in chosen:
        if len(files[first]) < a or len(files[second]) < b:
            continue
        with tempfile.TemporaryDirectory(prefix="story-pairs-") as tmp:
            for path in files[first][:a] + files[second][:b]:
                shutil.copy(path, Path(tmp) / path.name)
            story, links, across, names = judged(Path(tmp))
        firsts = {path.name for path in files[first][:a]}
        by_source = [{names[article] in firsts for article in group} for group in story.events]
        right = len(story.events) == 2 and all(len(sides) == 1 for sides in by_source) and by_source[0] != by_source[1]
        outcome = ("recognised" + (" (with reports off-topic)" if story.off_topic else "") if right
                   else "one event" if story.same_event else verdict(story))
        tally[outcome] += 1
        print(f"{a}+{b} {first.name} + {second.name}: {verdict(story)}; {links} confident links, {across} across events")
    print(f"== {a}+{b}: " + ", ".join(f"{n} {outcome}" for outcome, n in tally.most_common()) + f" of {sum(tally.values())}")


def alone(folders: list[Path]) -> None:
    split = 0
    for folder in folders:
        story, links, _, _ = judged(folder)
        split += bool(story.events)
        print(f"{folder.name}: {verdict(story)}; {links} confident links")
    print(f"== alone: {split} of {len(folders)} split into events")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--sizes", action="append", help="A+B, e.g. 10+3 (default: 10+3, 5+5, 3+3)")
    parser.add_argument("--alone", action="store_true")
    args = parser.parse_args()
    folders = sorted(folder for folder in args.folders if folder.is_dir())
    if args.alone:
        alone(folders)
        return
    for size in args.sizes or ["10+3", "5+5", "3+3"]:
        a, b = map(int, size.split("+"))
        pairs(folders, a, b)


if __name__ == "__main__":
    main()
