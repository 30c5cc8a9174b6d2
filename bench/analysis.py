"""Print how fast and how well the analysis runs: the bundled dossier and generated ones.

    .venv/bin/python bench/analysis.py            # the whole bench, a few minutes
    .venv/bin/python bench/analysis.py --quick    # smaller sizes, for a smoke run
    .venv/bin/python bench/analysis.py --stages   # the bundled analysis' CPU by stage, and nothing else

Figures: the five-report dossier's full analysis (median of runs, the core's memo caches emptied before each);
generated dossiers of 100, 250 and 500 articles (bench/generate.py: ~600
words each, planted verbatim and paraphrased passages) with time, the cost of
each doubling, the process's peak memory and the recall of the planted
matches; and a naive all-pairs difflib sentence matcher at 200 articles as a
baseline. The baseline is timed on a random sample of sentence pairs and
extrapolated to all pairs (said so in the output); its recall is exact, from
running it on every planted pair.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import math
import random
import resource
import statistics
import sys
import time
from difflib import SequenceMatcher
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.generate import Fact, generate  # noqa: E402
from reader.core import forked, pipeline  # noqa: E402
from reader.core.findings import origins  # noqa: E402
from reader.core.links import align, story  # noqa: E402
from reader.core.pipeline import analyse  # noqa: E402
from reader import collector  # noqa: E402
from reader.core.ingest.loading import load_dossier  # noqa: E402
from reader.core.model import Analysis, Dossier, Span  # noqa: E402
from reader.core.text.segment import segment_article  # noqa: E402

BASELINE_RATIO = 0.6
"""The baseline links two sentences whose difflib word ratio reaches this."""


def peak_mb() -> float:
    """The process's peak resident memory so far (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_seconds() -> float:
    """CPU time of this process and of the copies it forked and waited for (reader.core.forked)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def timed(action):
    started = time.perf_counter()
    result = action()
    return result, time.perf_counter() - started


def planted_pairs(facts: tuple[Fact, ...]) -> list[tuple[Span, Span, str]]:
    return [(a, b, fact.kind) for fact in facts for a, b in combinations(fact.spans, 2)]


def link_quality(analysis: Analysis, facts: tuple[Fact, ...]) -> tuple[dict[str, float], float]:
    """Recall of planted pairs (by kind) and the share of implied pairs that are planted."""
    where = {}
    for number, fact in enumerate(facts):
        for span in fact.spans:
            where[span] = number
    by_article: dict[str, list[tuple[Span, int]]] = {}
    for span, number in where.items():
        by_article.setdefault(span.article, []).append((span, number))

    def planted(span: Span) -> tuple[Span, int] | None:
        return next(((s, n) for s, n in by_article.get(span.article, ()) if span.overlaps(s)), None)

    linked: set[frozenset[Span]] = set()
    implied = right = 0
    for link in analysis.links:
        for x, y in combinations(link.passages, 2):
            implied += 1
            px, py = planted(x), planted(y)
            if px and py and px[1] == py[1]:
                right += 1
                linked.add(frozenset((px[0], py[0])))
    recall = {}
    for kind in ("verbatim", "paraphrase"):
        pairs = [frozenset((a, b)) for a, b, k in planted_pairs(facts) if k == kind]
        recall[kind] = sum(pair in linked for pair in pairs) / max(1, len(pairs))
    return recall, right / max(1, implied)


def forget() -> None:
    """Empty the core's memo caches (figures per article, tokens per text...): a run of the same
    dossier again would otherwise be timed on its own leftovers, which no reader opening it has."""
    for name, module in list(sys.modules.items()):
        if name.startswith("reader.core"):
            for value in vars(module).values():
                if callable(getattr(value, "cache_clear", None)) and not isinstance(value, type):  # a cache, not its class
                    value.cache_clear()


def bundled() -> None:
    dossier = load_dossier(ROOT / "articles")
    analyse(dossier)  # warm imports and compiled patterns
    walls, cpus, copies = [], [], []
    for _ in range(15):
        forget()
        gc.collect()  # the last run's garbage is not this run's to collect
        cpu_started, all_started = time.process_time(), cpu_seconds()
        with collector.building():  # as the reader's worker and the exports run it
            walls.append(timed(lambda: analyse(dossier))[1])
        cpus.append(time.process_time() - cpu_started)
        copies.append(cpu_seconds() - all_started - cpus[-1])
    analysis = analyse(dossier)
    print(f"bundled dossier: {len(dossier.articles)} articles, {len(analysis.links)} links, "
          f"{len(analysis.entities)} entities; full analysis with findings, caches emptied before each of 15 runs, collector paused as the reader pauses it: "
          f"median {statistics.median(walls) * 1000:.0f} ms wall, {statistics.median(cpus) * 1000:.0f} ms CPU here "
          f"+ {statistics.median(copies) * 1000:.0f} ms in the copy finding the links beside (with a spare core) "
          f"(best {min(walls) * 1000:.0f} ms wall; target < 150 ms)")


STAGES = {
    pipeline: ("segment_article", "find_figures", "find_entities", "find_links", "quotations", "credited_alike",
               "part_speakers", "find_naming", "compare_figures", "link_differences", "find_quotes", "origins_in",
               "find_omissions"),
    origins: ("_link_origins",),  # the origins' second step, once the links are given (origins_in's first is the words')
    align: ("prepare", "find_pairs"),  # the links' two halves: units and term weights, then the candidate pairs judged
    story: ("_one_story", "_apart"),  # the verdict of one event, before the links; the events apart, after them
}
"""The functions the pipeline runs, one a stage (timed by :func:`stages` one after another, in one process)."""


@contextlib.contextmanager
def stage_clocks(stages: dict | None = None):
    """Each stage's CPU seconds, summed while the block runs (the stages' functions wrapped where the pipeline calls
    them, or ``stages``: a module and the names of the functions to time where it calls them)."""
    spent: dict[str, float] = {}
    saved = []
    for module, names in (stages or STAGES).items():
        for name in names:
            work = getattr(module, name)
            saved.append((module, name, work))

            def clocked(*args, _work=work, _name=name, **kwargs):
                started = time.process_time()
                try:
                    return _work(*args, **kwargs)
                finally:
                    spent[_name] = spent.get(_name, 0.0) + time.process_time() - started

            setattr(module, name, clocked)
    try:
        yield spent
    finally:
        for module, name, work in saved:
            setattr(module, name, work)


def stages(runs: int = 15) -> None:
    """The bundled analysis' CPU by stage (median of ``runs``, caches emptied before each, as :func:`bundled`): where
    a change to its speed has to come from."""
    dossier = load_dossier(ROOT / "articles")
    forked.spare_core = lambda: False  # a copy's clocks stay in the copy: every stage here, one after another
    analyse(dossier)
    totals, by_stage = [], {}
    for _ in range(runs):
        forget()
        gc.collect()
        with stage_clocks() as spent, collector.building():
            started = time.process_time()
            analyse(dossier)
            totals.append(time.process_time() - started)
        for name, seconds in spent.items():
            by_stage.setdefault(name, []).append(seconds)
    total = statistics.median(totals)
    median = {name: statistics.median(seconds) for name, seconds in by_stage.items()}
    print(f"bundled dossier, CPU by stage (median of {runs} runs, caches emptied before each): {total * 1000:.0f} ms in all")
    rows = [(name, 2) for name in sorted(median.keys() - set(STAGES[align]), key=lambda name: -median[name])]
    at = next(i for i, (name, _) in enumerate(rows) if name == "find_links") + 1
    rows[at:at] = [(name, 4) for name in STAGES[align]]
    rest = total - sum(median[name] for name, indent in rows if indent == 2)
    for name, seconds, indent in [(name, median[name], indent) for name, indent in rows] + [("the rest", rest, 2)]:
        print(f"{'':{indent}}{name:<{26 - indent}} {seconds * 1000:6.1f} ms {seconds / total:6.1%}")
    print("(the rest: the tokens taken apart, analyses built; each stage's time includes the words it first reads,"
          " whose readings (lru caches) later stages find ready)")


def scaling(sizes: list[int]) -> dict[int, tuple[float, float]]:
    print("\ngenerated dossiers (full analysis: segment, entities, links):")
    print(f"{'articles':>8} {'words':>8} {'seconds':>8} {'doubling':>8} {'cpu s':>8} {'doubling':>8} "
          f"{'peak MB':>8} {'recall verb.':>12} {'recall para.':>12} {'pairs right':>11}")
    seconds: dict[int, tuple[float, float]] = {}
    previous = None
    for size in sizes:
        dossier, facts = generate(size)
        cpu_started = cpu_seconds()
        analysis, elapsed = timed(lambda: analyse(dossier))
        seconds[size] = elapsed, cpu_seconds() - cpu_started
        recall, precision = link_quality(analysis, facts)
        words = sum(a.word_count for a in dossier.articles)
        doubling = ["", ""]
        if previous:
            # Cost of doubling, from the growth between the two sizes (wall clock, then CPU time).
            for which in (0, 1):
                factor = (seconds[size][which] / seconds[previous][which]) ** (math.log(2) / math.log(size / previous))
                doubling[which] = f"{factor:.2f}x"
        print(f"{size:>8} {words:>8} {elapsed:>8.2f} {doubling[0]:>8} {seconds[size][1]:>8.2f} {doubling[1]:>8} "
              f"{peak_mb():>8.0f} {recall['verbatim']:>12.3f} {recall['paraphrase']:>12.3f} {precision:>11.3f}")
        previous = size
    print("targets: 500 articles < 10 s, each doubling <= 2.3x, peak < 500 MB")
    print("(the CPU time is this process's and its forks' (from 50 articles the stages run beside each other):"
          " on a machine shared with other work it is the steadier figure)")
    return seconds


def _words(dossier: Dossier, span: Span) -> list[str]:
    sentence = next(s for s in segment_article(dossier.article(span.article)) if s.start <= span.start < s.end)
    return [t.norm for t in sentence.tokens if t.is_word]


def baseline(size: int, sample: int) -> None:
    """All pairs of sentences across articles through difflib, against our analysis."""
    dossier, facts = generate(size, seed=11)
    analysis, ours = timed(lambda: analyse(dossier))
    recall, _ = link_quality(analysis, facts)
    ours_recall = _mean_recall(recall, facts)

    sentences = [
        [t.norm for t in s.tokens if t.is_word] for a in dossier.articles for s in segment_article(a)
    ]
    per_article = [len(segment_article(a)) for a in dossier.articles]
    total = len(sentences)
    cross_pairs = (total * total - sum(n * n for n in per_article)) // 2
    rng = random.Random(3)
    pairs = [(rng.randrange(total), rng.randrange(total)) for _ in range(sample)]
    started = time.perf_counter()
    for a, b in pairs:
        SequenceMatcher(None, sentences[a], sentences[b], autojunk=False).ratio()
    per_pair = (time.perf_counter() - started) / sample
    estimate = per_pair * cross_pairs

    found = {"verbatim": 0, "paraphrase": 0}
    counts = {"verbatim": 0, "paraphrase": 0}
    for a, b, kind in planted_pairs(facts):
        counts[kind] += 1
        ratio = SequenceMatcher(None, _words(dossier, a), _words(dossier, b), autojunk=False).ratio()
        found[kind] += ratio >= BASELINE_RATIO
    base_recall = _mean_recall({k: found[k] / max(1, counts[k]) for k in found}, facts)
    print(f"\nbaseline at {size} articles: naive all-pairs difflib sentence matcher (ratio >= {BASELINE_RATIO})")
    print(f"  {cross_pairs:,} cross-article sentence pairs; timed on a random sample of {sample:,} "
          f"({per_pair * 1e6:.1f} us/pair) and EXTRAPOLATED: {estimate:.0f} s")
    print(f"  baseline recall of planted pairs {base_recall:.3f} (exact: run on every planted pair)")
    print(f"  ours: {ours:.2f} s, recall {ours_recall:.3f}; speed-up {estimate / ours:.0f}x (target >= 50x "
          f"at equal or better recall)")


def _mean_recall(recall: dict[str, float], facts: tuple[Fact, ...]) -> float:
    """Recall over all planted pairs, from the per-kind recalls."""
    counts = {kind: sum(len(f.spans) * (len(f.spans) - 1) // 2 for f in facts if f.kind == kind) for kind in recall}
    return sum(recall[k] * counts[k] for k in recall) / max(1, sum(counts.values()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes and sample")
    parser.add_argument("--stages", action="store_true", help="only the bundled analysis' CPU by stage")
    args = parser.parse_args()
    if args.stages:
        stages()
        return
    bundled()
    scaling([25, 50, 100] if args.quick else [100, 250, 500])
    baseline(50 if args.quick else 200, 5000 if args.quick else 40000)


if __name__ == "__main__":
    main()
