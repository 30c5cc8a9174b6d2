"""Count what the reader says only one report says (◆) and what each report leaves out, over the
corpus dossiers; with ``--sample N``, print N of the ◆ sentences (seeded) for a reading by hand.

    .venv/bin/python bench/unique.py                 # every dossier under ../shared/corpus/dossiers
    .venv/bin/python bench/unique.py --sample 15     # and 15 ◆ sentences drawn from them all
    .venv/bin/python bench/unique.py NAME ...        # only these dossiers

It scores nothing: a ◆ is right when no other report says the sentence's statement, which only a
reading tells.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.core.ingest.loading import load_dossier  # noqa: E402
from reader.core.pipeline import analyse  # noqa: E402

DOSSIERS = ROOT.parent / "shared" / "corpus" / "dossiers"


def main(args: list[str]) -> int:
    sample = 0
    if args[:1] == ["--sample"]:
        sample, args = int(args[1]), args[2:]
    if not DOSSIERS.is_dir():
        print(f"skipped: {DOSSIERS} is missing (the shared corpus is not on this machine)")
        return 0
    folders = sorted(p for p in DOSSIERS.iterdir() if (p / "GOLD.json").is_file() and (not args or p.name in args))
    marked, total, left_out = [], 0, 0
    print(f"{'dossier':44} {'◆':>5} {'sentences':>9} {'left out':>8}")
    for folder in folders:
        analysis = analyse(load_dossier(folder))
        sentences = sum(len(rows) for rows in analysis.sentences.values())
        unique = [(folder.name, a.id, s.text) for a in analysis.dossier.articles for s in analysis.unique_sentences(a.id)]
        omitted = sum(len(rows) for rows in analysis.sourcing.omissions.by_article.values())
        print(f"{folder.name[:44]:44} {len(unique):>5} {sentences:>9} {omitted:>8}")
        marked += unique
        total += sentences
        left_out += omitted
    print(f"{'TOTAL':44} {len(marked):>5} {total:>9} {left_out:>8}")
    for name, article, text in random.Random(33).sample(marked, min(sample, len(marked))):
        print(f"\n{name} / {article}:\n  {' '.join(text.split())}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
