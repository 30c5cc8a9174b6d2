"""How one report about something else changes the confident links among a dossier's own reports.

    .venv/bin/python bench/intruder_links.py DIR DIR ...

Each dossier is linked alone, then with one intruder added: the first report of the next
dossier given (the last takes the first's). It prints, per dossier, whether the intruder is
named off-topic, and the confident links among the dossier's own reports (those holding no
passage of the intruder) found with it but not alone (added) and alone but not with it
(lost), a link being its passages; then the totals.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.core.ingest.loading import analysed_part, load_dossier  # noqa: E402
from reader.core.links.align import find_links  # noqa: E402
from reader.core.links.story import story_and_links  # noqa: E402
from reader.core.text.segment import segment_article  # noqa: E402


def confident(folder: Path, intruder: str | None = None) -> tuple[set[tuple], bool]:
    """The confident links among the folder's reports but the file ``intruder``, each as its passages
    (file name, start, end), and whether that file's report is named off-topic."""
    dossier = load_dossier(folder)
    sentences = {article.id: segment_article(analysed_part(article)) for article in dossier.articles}
    story, links = story_and_links(dossier, sentences, lambda doubtful: find_links(dossier, sentences, doubtful=doubtful))
    name = {article.id: Path(article.path).name for article in dossier.articles}
    found = {tuple((name[s.article], s.start, s.end) for s in link.passages) for link in links if link.confident}
    named = any(name[a] == intruder for a in story.off_topic)
    return {link for link in found if all(file != intruder for file, _, _ in link)}, named


def main() -> None:
    folders = [Path(arg) for arg in sys.argv[1:] if Path(arg).is_dir()]
    added = lost = named = 0
    for n, folder in enumerate(folders):
        other = folders[(n + 1) % len(folders)]
        stray = Path(load_dossier(other).articles[0].path)
        alone, _ = confident(folder)
        with tempfile.TemporaryDirectory(prefix="intruder-") as tmp:
            for article in load_dossier(folder).articles:
                shutil.copy(article.path, Path(tmp) / Path(article.path).name)
            shutil.copy(stray, Path(tmp) / stray.name)
            joined, off = confident(Path(tmp), stray.name)
        added, lost, named = added + len(joined - alone), lost + len(alone - joined), named + off
        print(f"{folder.name} + {stray.name}: {'named' if off else 'NOT named'} off-topic; "
              f"{len(alone)} links alone, {len(joined - alone)} added, {len(alone - joined)} lost")
    print(f"== {len(folders)} dossiers: intruder named in {named}; links added {added}, lost {lost}")


if __name__ == "__main__":
    main()
