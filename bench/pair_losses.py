"""Print where the confident pairs go that no confident link shows, per dossier and in total.

    .venv/bin/python bench/pair_losses.py          # the corpus dossiers, the five reports, other_event and held_out
    .venv/bin/python bench/pair_losses.py -v       # and every such pair's two passages
    .venv/bin/python bench/pair_losses.py NAME ... # only these (a corpus dossier's name or a folder)

The judge keeps a pair as confident when its two passages make one statement; grouping joins pairs
into links (``reader.core.links.grouping``), and a link is shown by default when sure
(``reader.core.links.confidence``). A confident pair is **shown** when a confident link holds a
passage overlapping each of its units (``other clause`` when only the two sentences are held, through
other clauses). The others, by the first cause that applies:

- ``stray``: grouping tied one of its passages to a link whose core statement it does not make
  (``grouping._refusal``) and sent the pair to the weaker links;
- ``unsure``: held by a weaker link only: its link was not sure (``confidence.corroborated``,
  ``confidence.told_alike``, a report that does not seem to cover the event);
- ``taken``: in no link, one of its sentences in a confident link already holding a passage of the
  other's report (one passage per report per link);
- ``dropped``: in no link otherwise.

Counts in brackets are the pairs of those holding a title line (``Span.in_title``).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.core.links import align, judging, units  # noqa: E402
from reader.core.links.grouping import group_pairs  # noqa: E402
from reader.core.model import Link, Span, quiet  # noqa: E402
from bench.link_inputs import link_inputs  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "dossiers"
OWN = (ROOT / "articles", ROOT / "tests" / "data" / "align" / "other_event", ROOT / "tests" / "data" / "align" / "held_out")
CAUSES = ("shown", "other clause", "stray", "unsure", "taken", "dropped")


def _holds(link: Link, x: Span, y: Span) -> bool:
    return any(p.overlaps(x) for p in link.passages) and any(p.overlaps(y) for p in link.passages)


def losses(folder: Path, out=print) -> tuple[Counter[str], Counter[str]]:
    """The dossier's confident pairs by cause, and those holding a title line by cause."""
    dossier, sentences, doubtful = link_inputs(folder)
    strays: set[tuple[int, int]] = set()

    def grouping(chosen, whole, weights, names, scores, demote=None):
        groups = group_pairs(chosen, whole, weights, names, scores, demote)
        strays.update((m.a, m.b) for m in demote or ())
        return groups

    align.group_pairs = grouping  # find_links's own grouping, watched for the pairs it sends to the weaker links
    try:
        links = align.find_links(dossier, sentences, doubtful=doubtful)
    finally:
        align.group_pairs = group_pairs
    sure = [link for link in links if link.confident]
    whole, clauses, weights, df, names = units.prepare(dossier, sentences)
    causes, titled = Counter(), Counter()
    for m in judging.find_pairs(whole, clauses, weights, df, names, quiet):
        if not m.confident:
            continue
        x, y, wx, wy = m.unit_a.span, m.unit_b.span, whole[m.a].span, whole[m.b].span
        if any(_holds(link, x, y) for link in sure):
            cause = "shown"
        elif any(_holds(link, wx, wy) for link in sure):
            cause = "other clause"
        elif (m.a, m.b) in strays:
            cause = "stray"
        elif any(_holds(link, x, y) for link in links):
            cause = "unsure"
        elif any(any(p.overlaps(one) for p in link.passages) and any(p.article == other.article for p in link.passages)
                 for link in sure for one, other in ((wx, wy), (wy, wx))):
            cause = "taken"
        else:
            cause = "dropped"
        causes[cause] += 1
        titled[cause] += x.in_title or y.in_title
        if out and cause not in ("shown", "other clause"):
            for span in (x, y):
                text = " ".join(dossier.article(span.article).text(span).split())
                out(f"  {cause:8} {span.article[:28]:28} {'T' if span.in_title else ' '} {text[:100]}")
    return causes, titled


def main(args: list[str]) -> int:
    verbose = "-v" in args
    names = [a for a in args if a != "-v"]
    folders = sorted(p.parent for p in CORPUS.glob("*/GOLD.json")) + list(OWN)
    if names:
        folders = [f for f in folders if f.name in names] + [Path(n) for n in names if Path(n).is_dir()]
    print(f"{'dossier':44} {'confident':>9} " + " ".join(f"{c:>13}" for c in CAUSES))
    total, total_titled = Counter(), Counter()
    for folder in folders:
        if verbose:
            print(folder.name)
        causes, titled = losses(folder, print if verbose else None)
        total += causes
        total_titled += titled
        cells = " ".join(f"{f'{causes[c]} ({titled[c]})':>13}" for c in CAUSES)
        print(f"{folder.name[:44]:44} {sum(causes.values()):>9} {cells}")
    cells = " ".join(f"{f'{total[c]} ({total_titled[c]})':>13}" for c in CAUSES)
    print(f"{'TOTAL':44} {sum(total.values()):>9} {cells}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
