"""Print a fixed random sample of the links shown on real dossiers, for reading them by hand.

    .venv/bin/python bench/link_sample.py                       # 20 links from each of the default dossiers
    .venv/bin/python bench/link_sample.py --labels L.json       # with the labels read so far, and their counts
    .venv/bin/python bench/link_sample.py --seed 7 --per 20 NAME ...
    .venv/bin/python bench/link_sample.py --all --labels L.json  # every link shown, not a sample
    .venv/bin/python bench/link_sample.py --all --labels L.json --weaker  # and the read links now weaker
    .venv/bin/python bench/link_sample.py --all --labels L.json $(dirname ../shared/corpus/dossiers/*/GOLD.json)  # folders by path

Label each link **S** (every passage makes the same statement), **P** (some
pair of its passages does) or **W** (none does); targets: S/n >= 0.85 and
(S+P)/n >= 0.95. A labels file maps a link's key (dossier, then each passage
as ``article:start-end``; offsets only, never text) to its label, so a link
that did not change keeps its reading between two runs and only new ones are
read. Links printed without a label are marked ``?`` and left out of the
counts. A sample of 20 reshuffles whenever one link changes, so two runs may
differ by a few points with no link read otherwise; ``--all`` counts every
link shown in those dossiers (all labelled in ``bench/link_labels.json``), the
steadier measure of a change. ``--weaker`` also counts the weaker links (shown on
demand) that carry a label, read when they were shown: what a stricter
confidence gave up, next to what it kept. Dossiers are read from ``../shared/corpus/dossiers``; the script
says so and stops when they are missing.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.core.ingest.loading import load_dossier  # noqa: E402
from reader.core.model import Analysis, Link  # noqa: E402
from reader.core.pipeline import analyse  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "dossiers"
DEFAULT = (
    "ecbplus_peter_capaldi_doctor_who",
    "ecbplus_sonoma_lake_county_earthquake",
    "ecbplus_troy_michigan_office_shooting",
    "ecbplus_warren_jeffs_trial",
    "newswcl50_comey_memos_released",
    "newswcl50_north_korea_suspends_nuclear_tests",
)


def link_key(dossier: str, link: Link) -> str:
    return dossier + " " + " ".join(f"{s.article}:{s.start}-{s.end}" for s in link.passages)


def sample(analysis: Analysis, per: int, seed: int) -> list[Link]:
    """``per`` links drawn with ``seed`` (all when fewer), in dossier order."""
    links = list(analysis.links)
    chosen = random.Random(seed).sample(range(len(links)), min(per, len(links)))
    return [links[i] for i in sorted(chosen)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dossiers", nargs="*", default=DEFAULT)
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--per", type=int, default=20)
    parser.add_argument("--labels", type=Path)
    parser.add_argument("--all", action="store_true", help="every link shown, not a sample")
    parser.add_argument("--weaker", action="store_true", help="also count the labelled weaker links")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"skipped: {CORPUS} is missing (the shared corpus is not on this machine)")
        return 0
    labels = json.loads(args.labels.read_text()) if args.labels and args.labels.exists() else {}
    counts: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    weaker: Counter[str] = Counter()
    for given in args.dossiers:
        name = Path(given).name  # a folder given by its path is keyed by its name, as the labels are
        analysis = analyse(load_dossier(CORPUS / given))
        chosen = list(analysis.links) if args.all else sample(analysis, args.per, args.seed)
        print(f"\n=== {name}: {len(chosen)} of {len(analysis.links)} links shown")
        for link in chosen:
            key = link_key(name, link)
            label = labels.get(key, "?")
            counts[label] += 1
            kinds[f"{link.kind}:{label}"] += 1
            print(f"\n[{label}] {link.id} {link.kind} {link.score:.2f}  key={key}")
            for span in link.passages:
                article = analysis.dossier.article(span.article)
                text = " ".join(article.text(span).split())
                print(f"    {article.name} | {text}")
        if args.weaker:
            weaker.update(label for link in analysis.weaker_links if (label := labels.get(link_key(name, link))))
    n = counts["S"] + counts["P"] + counts["W"]
    rate = (lambda x: f"{x / n:.2f}") if n else (lambda x: "-")
    print(
        f"\nSUMMARY {'all links' if args.all else f'seed={args.seed} per={args.per}'} dossiers={len(args.dossiers)} sampled={sum(counts.values())} "
        f"labelled={n} S={counts['S']} P={counts['P']} W={counts['W']} unlabelled={counts['?']} "
        f"S/n={rate(counts['S'])} (S+P)/n={rate(counts['S'] + counts['P'])}"
    )
    print("by kind: " + ", ".join(f"{k}={v}" for k, v in sorted(kinds.items())))
    if args.weaker:
        print(f"weaker links read before: S={weaker['S']} P={weaker['P']} W={weaker['W']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
