"""Print why each QA-Align pair of the development dossiers is not linked, and a table of the causes.

    .venv/bin/python bench/link_misses.py            # every ECB+ dossier under ../shared/corpus/dossiers
    .venv/bin/python bench/link_misses.py NAME ...   # only these dossiers
    .venv/bin/python bench/link_misses.py -v [NAME]  # and each pair's whole sentences and what its best judged units share

A positive pair (as ``score.py`` reads the gold) that no confident link holds gets the first cause
that applies, following the pair down the linking stages (``reader.core.links``):

- ``title``: a gold sentence is on the article's title line but is not that title (a title the loader did not
  take as one); a title line that is the article's title is addressed as the title passage links hold
  (``Span.in_title``);
- ``not a candidate``: no sentence pair of the two meets in the candidate index (too few shared terms);
- ``rejected``: judged, and no unit pair carries one statement (``judging._judge`` returned nothing);
- ``weaker pair``: judged a pair, but not a confident one (so at most a weaker link);
- ``grouping``: a confident pair, left out of every confident link (a link's core, its corroboration, the
  one-passage-per-report rule or a report that does not seem to cover the event).

The last lines count the pairs linked, and of them those linked through a title line (``TITLED``), which
``bench/corpus.py``'s first column does not credit: the misses there are the pairs below and those. They also
count the pairs holding a title line (``TITLE_PAIRS``): that column reaches at most the others.

With ``-v``, each missed pair's sentences are printed whole, and for a judged one (``rejected``, ``weaker pair``,
``grouping``) what the unit pair sharing most weight has in common, the figures the judge's gates read
(``judging._judge``): the weight overlap, the uncommon terms other than names (the paraphrase anchors), the names,
the verbs of both, and whether years, particulars (``telling_apart.at_odds``) or the telling
(``telling_apart.told_apart``) part them.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.scripts import load_script  # noqa: E402
from reader.core.links import align, candidates, judging, titles, units  # noqa: E402
from reader.core.links.telling_apart import at_odds, told_apart  # noqa: E402
from bench.link_inputs import link_inputs  # noqa: E402

DOSSIERS = ROOT.parent / "shared" / "corpus" / "dossiers"
CAUSES = ("title", "not a candidate", "rejected", "weaker pair", "grouping")
TITLED = "linked through a title line"
TITLE_PAIRS = "pairs holding a title line"
"""Linked pairs one of whose sentences is a title line: ``score.py`` reads the bodies only, so ``bench/corpus.py``'s
first column does not count them (its last line, titles laid before the bodies, does)."""


def positives(gold: dict) -> list[tuple[tuple[str, int, int], tuple[str, int, int]]]:
    """The gold's positive pairs across two articles, read as ``score.py`` reads them."""
    verdict, consolidated = {}, set()
    for pair in sorted(gold.get("aligned_sentence_pairs", []), key=lambda p: p["source"] == "crowd_pre_consolidation"):
        key = tuple(sorted((s["file"], s["start"], s["end"]) for s in (pair["a"], pair["b"])))
        if pair["source"] != "crowd_pre_consolidation":
            consolidated.add(key)
            verdict[key] = verdict.get(key, False) or pair.get("n_alignments", 0) > 0
        elif key not in consolidated:
            counts = [worker["n_alignments"] for worker in pair.get("workers", [])]
            if counts and (all(counts) or not any(counts)):
                verdict[key] = all(counts)
    return [key for key, right in sorted(verdict.items()) if right and key[0][0] != key[1][0]]


def causes_in(folder: Path, score, out=print, verbose: bool = False) -> Counter[str]:
    gold = json.loads((folder / "GOLD.json").read_text(encoding="utf-8"))
    dossier, sentences, doubtful = link_inputs(folder)
    article_of = {Path(a.path).name: a for a in dossier.articles}
    confident = [link for link in align.find_links(dossier, sentences, doubtful=doubtful) if link.confident]
    whole, clauses, weights, df, names = units.prepare(dossier, sentences)
    partners = candidates.candidate_partners(whole, weights, df)
    limit = max(2, min(max(judging.UNCOMMON_SHARE * titles.body_sentences(whole), 2 * len(dossier.articles)), judging.UNCOMMON_LIMIT))
    uncommon = frozenset(term for term, count in df.items() if count <= limit)
    raw = {name: (folder / name).read_text(encoding="utf-8") for name in article_of}
    maps = {name: score.OffsetMap(raw[name], article.body) for name, article in article_of.items()}

    def span(f: str, start: int, end: int) -> tuple[int, int] | None:
        """The gold sentence in the article's coordinates: the body, or the title passage for its title line."""
        title = article_of[f].title_span
        if title is not None and end <= raw[f].find("\n") and raw[f][start:end].strip() == article_of[f].title.strip():
            return title.start, title.end
        return maps[f].span(start, end)

    found: Counter[str] = Counter()
    for (f1, s1, e1), (f2, s2, e2) in positives(gold):
        b1, b2 = span(f1, s1, e1), span(f2, s2, e2)
        titled = any(b and b[0] < 0 for b in (b1, b2))  # a title passage's offsets are negative (Span.in_title)
        found[TITLE_PAIRS] += titled
        if b1 and b2 and any(
            all(any(p.article == article_of[f].id and score.covers((p.start, p.end), b) for p in link.passages)
                for f, b in ((f1, b1), (f2, b2)))
            for link in confident
        ):
            found["linked"] += 1
            found[TITLED] += titled
            continue
        cause, best = "title", None
        if b1 and b2:
            xs = [i for i, u in enumerate(whole) if u.span.article == article_of[f1].id and score.overlap(u.span.start, u.span.end, *b1)]
            ys = [i for i, u in enumerate(whole) if u.span.article == article_of[f2].id and score.overlap(u.span.start, u.span.end, *b2)]
            cause = "not a candidate"
            for a, b in ((min(x, y), max(x, y)) for x in xs for y in ys):
                if b not in partners(a):
                    continue
                options = judging._unit_pairs(a, b, whole, clauses, weights)
                verdicts = [judging._judge(ua, ub, weights, uncommon, names) for _, ua, ub in options]
                if options and (best is None or options[0][0] > best[0]):
                    best = options[0]
                step = "grouping" if any(v and v[2] for v in verdicts) else "weaker pair" if any(verdicts) else "rejected"
                cause = max(cause, step, key=CAUSES.index)
        found[cause] += 1
        cut = None if verbose else 70
        out(f"  {cause:15} {f1}: {raw[f1][s1:e1][:cut]!r}\n  {'':15} {f2}: {raw[f2][s2:e2][:cut]!r}")
        if verbose and best is not None:
            out(_gates(*best[1:], weights, uncommon, names))
    return found


def _gates(a: units.Unit, b: units.Unit, weights: dict[str, float], uncommon: frozenset[str], names: frozenset[str]) -> str:
    """What two judged units share, as the judge's gates read it (see the module's docstring)."""
    shared = a.terms & b.terms
    years = "years apart, " if a.years and b.years and not a.years & b.years else ""
    return (f"  {'':15} overlap {units.weight_overlap(a, b, weights):.2f}, {years}anchors {sorted(shared & uncommon - names)}, "
            f"names {sorted(shared & names)}, verbs of both {sorted(a.actions & b.actions)}, ledes {a.lede}/{b.lede}, "
            f"at odds {at_odds(a, b)}, told apart {told_apart(a, b, weights, names)}")


def main(names: list[str]) -> int:
    if not (DOSSIERS / "score.py").is_file():
        print(f"skipped: {DOSSIERS} is missing (the shared corpus is not on this machine)")
        return 0
    verbose = "-v" in names
    names = [name for name in names if name != "-v"]
    score = load_script(DOSSIERS / "score.py")
    total: Counter[str] = Counter()
    for folder in sorted(p.parent for p in DOSSIERS.glob("*/GOLD.json") if not names or p.parent.name in names):
        if json.loads((folder / "GOLD.json").read_text(encoding="utf-8")).get("aligned_sentence_pairs"):
            print(folder.name)
            total += causes_in(folder, score, verbose=verbose)
    pairs = sum(total.values()) - total[TITLED] - total[TITLE_PAIRS]
    print(f"\nQA-Align pairs: {pairs}, linked {total['linked']} ({total['linked'] - total[TITLED]} in the bodies, {total[TITLED]} {TITLED});"
          f" {total[TITLE_PAIRS]} {TITLE_PAIRS}: the bodies' figure reaches at most {pairs - total[TITLE_PAIRS]}")
    for cause in CAUSES:
        print(f"  {cause:15} {total[cause]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
