"""Print how well the ``copied`` label of report pairs matches known wire copy, and what origins cost.

    .venv/bin/python bench/origins.py            # the corpus dossiers, then the cost on generated dossiers
    .venv/bin/python bench/origins.py -v         # also every pair labelled or expected copied
    .venv/bin/python bench/origins.py --cost-only 500

Gold: the pairs the corpus README ("Shared wire copy") names as carrying the same
wire text are *copied*; every other pair of the twenty dossiers is independent
(NewsWCL50's Reuters and AFP items each have no partner from their agency).
Pairs the README describes only loosely (a few sentences
shared among four outlets) are left out of the score and listed. This is
bench data, by file name; no rule of the reader names a file.

Cost: the analysis of a generated dossier (bench/generate.py), and the origins,
naming and omissions findings it includes timed apart (medians of runs, same process):
what they add to the rest of the analysis.
"""

from __future__ import annotations

import argparse
import sys
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.generate import generate  # noqa: E402
from reader.core.findings.naming import find_naming  # noqa: E402
from reader.core.findings.omissions import find_omissions  # noqa: E402
from reader.core.findings.origins import find_origins  # noqa: E402
from reader.core.ingest.loading import load_dossier  # noqa: E402
from reader.core.pipeline import analyse  # noqa: E402
from timing import median_seconds  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "dossiers"

COPIED = {
    "ecbplus_warren_jeffs_trial": [("huffpost__36_3", "ctvnews__36_6")],
    "ecbplus_jamal_williams_dui_arrest": [
        ("usatoday__35_1", "tucsoncitizen__35_10"), ("tsn__35_7", "usatoday__35_1"), ("tsn__35_7", "tucsoncitizen__35_10"),
    ],
    "ecbplus_troy_michigan_office_shooting": [
        ("usatoday__18_7", "accountingweb__18_8"), ("usatoday__18_2", "yahoovoices__18_3"),
        ("theage__18_11", "usatoday__18_2"), ("theage__18_11", "yahoovoices__18_3"),
    ],
    "ecbplus_hp_acquires_eyp": [("hp__44_2", "controleng__44_4")],
    "ecbplus_christopher_simpson_murder_trial": [
        ("news9__45_6", "kctv5__45_11"), ("4029tv__45_2", "metronewsday__45_4"),
        ("swoknews__45_10", "news9__45_6"), ("swoknews__45_10", "kctv5__45_11"),
    ],
    "ecbplus_ellen_degeneres_oscars_host": [("deadline__2_1", "oscars__2_7")],
    "ecbplus_ins_sukanya_foils_pirate_attack": [("thehindu__12_1", "defencepk__12_3"), ("pardaphash__12_4", "bharatwaves__12_8")],
    "ecbplus_tmobile_blackberry_q10": [
        ("blackberryempire__42_2", "tmonews__42_3"), ("blackberryempire__42_2", "berryreview__42_4"),
        ("tmonews__42_3", "berryreview__42_4"),
    ],
    "ecbplus_peter_capaldi_doctor_who": [("bbc__39_4", "digitalspy__39_10")],
    "ecbplus_queens_hit_and_run": [("ny1__21_1", "newslookup__21_9")],
}
"""The README's "Shared wire copy" pairs, by file name (without the ``ecbplus`` suffix)."""

UNSCORED = {
    "ecbplus_peter_capaldi_doctor_who": ("bbc__39_1", "bbc__39_4", "guardian__39_3", "digitalspy__39_10", "newscomau__39_11"),
}
"""Reports among which the README reports a few shared sentences without saying which pairs are copy."""


def _name(path: str) -> str:
    return Path(path).stem.removesuffix("ecbplus")


def score(verbose: bool) -> None:
    rows = []  # (dossier, a, b, expected, labelled, copy_runs)
    skipped = []
    for folder in sorted(p for p in CORPUS.iterdir() if p.is_dir()):
        analysis = analyse(load_dossier(folder))
        origins = find_origins(analysis)
        names = {a.id: _name(a.path) for a in analysis.dossier.articles}
        gold = {frozenset(pair) for pair in COPIED.get(folder.name, ())}
        loose = set(UNSCORED.get(folder.name, ()))
        for x, y in combinations(analysis.dossier.articles, 2):
            pair = origins.pair(x.id, y.id)
            a, b = names[x.id], names[y.id]
            expected = frozenset((a, b)) in gold
            labelled = bool(pair and pair.relation == "copied")
            if not expected and a in loose and b in loose:
                skipped.append((folder.name, a, b, labelled))
                continue
            rows.append((folder.name, a, b, expected, labelled, pair.copied if pair else 0, pair.shared_words if pair else 0))
    listed = [row for row in rows if row[0] in COPIED]
    for title, chosen in (("all 20 dossiers", rows), ("the 10 dossiers with listed wire copy", listed)):
        tp = sum(1 for r in chosen if r[3] and r[4])
        fp = sum(1 for r in chosen if not r[3] and r[4])
        fn = sum(1 for r in chosen if r[3] and not r[4])
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        print(f"copied, report pairs, {title}: {len(chosen)} pairs, {tp + fn} gold copied; "
              f"precision {precision:.3f} ({tp}/{tp + fp}), recall {recall:.3f} ({tp}/{tp + fn})")
    for row in rows:
        if row[3] != row[4] or (verbose and (row[3] or row[4])):
            verdict = "ok" if row[3] == row[4] else ("MISSED" if row[3] else "WRONG")
            print(f"  {verdict:6} {row[0]}: {row[1]} / {row[2]} (copied sentences {row[5]}, shared words {row[6]})")
    print(f"unscored (README loose): {len(skipped)} pairs, labelled copied: "
          + (", ".join(f"{a}/{b}" for _, a, b, copied in skipped if copied) or "none"))


def cost(size: int, runs: int) -> None:
    """The pipeline finds origins, naming and omissions itself: time them apart and the rest is the
    analysis they add to."""
    dossier, _ = generate(size, seed=7)
    analysis = analyse(dossier)
    total = median_seconds(lambda: analyse(dossier), runs)
    parts = {
        "origins": median_seconds(lambda: find_origins(analysis), runs),
        "naming": median_seconds(lambda: find_naming(analysis), runs),
        "omissions": median_seconds(lambda: find_omissions(analysis, analysis.sourcing.origins), runs),
    }
    added = sum(parts.values())
    base = total - added
    detail = ", ".join(f"{name} {seconds:.2f}s" for name, seconds in parts.items())
    print(f"cost, {size} generated articles: analysis without them {base:.2f}s (whole pipeline {total:.2f}s, "
          f"median of {runs}); they add {added:.2f}s = {100 * added / base:.1f}% ({detail})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--cost-only", type=int, metavar="N", help="only time the findings on N generated articles")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if args.cost_only:
        cost(args.cost_only, args.runs)
        return
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}: only the cost is measured")
    else:
        score(args.verbose)
    cost(500, args.runs)


if __name__ == "__main__":
    main()
