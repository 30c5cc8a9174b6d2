"""A dossier of N reports of one event that copy each other heavily, for the scale benches.

    .venv/bin/python bench/copies.py N OUT [--seed 7]

Unlike ``bench/generate.py`` (made-up words, each fact in 2..5 articles) and a mix of many
stories (each link weak), here every report retells the same event from the five bundled
reports' ~100 sentences, so each sentence is carried by about a third of the reports: links are
confident and hold k of 50 to 200 passages at N = 250 to 500. That stresses whatever grows with
k^2 per link (figure comparisons, typed differences, figure groups, the compare and N-way views).

Each report takes 25 to 40 of the bundled sentences in roughly their order (by their relative
place in their own report, jittered), changes some copies (a figure changed, a word dropped),
swaps two neighbouring sentences now and then, takes a sentence, as it was written, from a report
written before it (copies of copies), and groups its sentences in paragraphs of 1 to 3 under a
front matter with an outlet and a title. Deterministic for a given N and seed; prints what it wrote.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.core.ingest.article_format import dump  # noqa: E402
from reader.core.ingest.loading import load_dossier  # noqa: E402
from reader.core.text.segment import segment_article  # noqa: E402

FIGURE = re.compile(r"\d+")


def bundled_sentences(folder: Path = ROOT / "articles") -> tuple[list[tuple[float, str]], list[str]]:
    """Every bundled sentence with its relative place in its report (0 to 1), in that order, and the titles."""
    dossier = load_dossier(folder)
    placed, titles = [], []
    for article in dossier.articles:
        sentences = segment_article(article)
        placed += [(sentence.index / len(sentences), sentence.text) for sentence in sentences]
        titles += [article.title] if article.title else []
    return sorted(placed), titles


def figure_changed(text: str, rng: random.Random) -> str:
    """``text`` with one of its numbers raised by 1 to 9 (the same text when it has none)."""
    found = list(FIGURE.finditer(text))
    if not found:
        return text
    number = rng.choice(found)
    return text[:number.start()] + str(int(number.group()) + rng.randint(1, 9)) + text[number.end():]


def word_dropped(text: str, rng: random.Random) -> str:
    """``text`` less one word inside it (not the first nor the last; the same text when it is short)."""
    words = text.split()
    if len(words) < 6:
        return text
    del words[rng.randrange(1, len(words) - 1)]
    return " ".join(words)


def retold(placed: list[tuple[float, str]], earlier: list[list[str]], rng: random.Random) -> tuple[list[str], Counter]:
    """One report's sentences, and how many of each change it made."""
    made: Counter = Counter()
    count = rng.randint(25, 40)
    chosen = sorted(rng.sample(range(len(placed)), min(count, len(placed))),
                    key=lambda i: placed[i][0] + rng.uniform(-0.08, 0.08))
    sentences = []
    for i in chosen:
        text, roll = placed[i][1], rng.random()
        if roll < 0.15:
            text, kind = figure_changed(text, rng), "figure changed"
        elif roll < 0.3:
            text, kind = word_dropped(text, rng), "word dropped"
        else:
            kind = "verbatim"
        made[kind if text != placed[i][1] else "verbatim"] += 1
        sentences.append(text)
    for _ in range(rng.randint(0, 2)):
        at = rng.randrange(len(sentences) - 1)
        sentences[at], sentences[at + 1] = sentences[at + 1], sentences[at]
        made["swapped"] += 1
    if earlier and rng.random() < 0.7:
        sentences.insert(rng.randrange(len(sentences) + 1), rng.choice(rng.choice(earlier)))
        made["from an earlier report"] += 1
    return sentences, made


def paragraphs(sentences: list[str], rng: random.Random) -> list[str]:
    """``sentences`` grouped by 1 to 3 in order."""
    out, at = [], 0
    while at < len(sentences):
        take = rng.randint(1, 3)
        out.append(" ".join(sentences[at:at + take]))
        at += take
    return out


def generate(count: int, seed: int = 7) -> tuple[list[tuple[str, str]], Counter]:
    """``count`` reports as ``(file name, file text)``, and how many of each change they hold."""
    rng = random.Random(seed)
    placed, titles = bundled_sentences()
    written, made, files = [], Counter(), []
    for number in range(count):
        sentences, changes = retold(placed, written, rng)
        made += changes
        title = rng.choice(titles)
        title = word_dropped(title, rng) if rng.random() < 0.3 else title
        meta = {"outlet": f"Copy Desk {number + 1}", "title": title}
        files.append((f"r{number:03d}.md", dump(meta, paragraphs(sentences, rng))))
        written.append(sentences)
    return files, made


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="how many reports")
    parser.add_argument("out", type=Path, help="folder to write them to (made if missing)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    files, made = generate(args.n, args.seed)
    for name, text in files:
        (args.out / name).write_text(text, encoding="utf-8")
    sentences = sum(made.values()) - made["swapped"]
    print(f"wrote {len(files)} reports to {args.out} ({files[0][0]} .. {files[-1][0]}), {sentences} sentences: "
          + ", ".join(f"{kind} {number}" for kind, number in sorted(made.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
