"""Synthetic dossiers with planted shared passages of known ground truth, for benches.

Articles are built from a made-up vocabulary (Zipf-distributed content words,
real English function words, capitalised names, numbers), about 600 words
each. Into them go *facts*: one sentence carried by 2..5 articles, each copy
either verbatim or a paraphrase (synonym swaps, the two halves swapped,
dropped words, a different attribution). Names and numbers survive
paraphrase, as they do in real reporting.

``generate(n_articles, seed)`` is deterministic; it returns the dossier and
the planted facts as spans, so a bench can measure recall.
"""

from __future__ import annotations

import random
from itertools import accumulate
from dataclasses import dataclass

from reader.core.model import Article, Dossier, Span

FUNCTION = (
    "the of and to a in that is was for on with as by at from it an be has have had were "
    "which its this their after over about into but also than more its been would could "
).split()
VERBS = "said added told noted stated explained".split()


@dataclass(frozen=True)
class Fact:
    """One planted statement and the spans of its copies (one per article)."""

    kind: str  # "verbatim" or "paraphrase"
    spans: tuple[Span, ...]


class _Vocabulary:
    def __init__(self, rng: random.Random, size: int = 20000, names: int = 3000) -> None:
        syllables = [c + v for c in "bcdfghjklmnprstvz" for v in "aeiou"] + ["ar", "en", "or", "il", "us"]

        def word(parts: int) -> str:
            return "".join(rng.choice(syllables) for _ in range(parts))

        self.words = list(dict.fromkeys(word(rng.choice((2, 3, 3, 4))) for _ in range(size * 2)))[:size]
        self.cumulative = list(accumulate(1 / (rank + 10) for rank in range(len(self.words))))
        self.names = [word(rng.choice((2, 3))).capitalize() for _ in range(names)]
        # Every fourth word has a synonym: another word of the vocabulary.
        self.synonyms = {w: rng.choice(self.words) for w in self.words[::4]}
        self.rng = rng

    def content(self, count: int) -> list[str]:
        return self.rng.choices(self.words, cum_weights=self.cumulative, k=count)

    def sentence(self, anchors: bool = False) -> list[str]:
        rng = self.rng
        length = rng.randint(12, 26)
        words = []
        for _ in range(length):
            words.append(rng.choice(FUNCTION) if rng.random() < 0.4 else self.content(1)[0])
        if anchors or rng.random() < 0.3:
            words.insert(rng.randrange(len(words)), rng.choice(self.names))
        if anchors or rng.random() < 0.2:
            words.insert(rng.randrange(len(words)), str(rng.choice((rng.randint(2, 99), rng.randint(1990, 2030)))))
        if anchors:
            words.insert(rng.randrange(len(words)), rng.choice(self.names))
        return words


def _text(words: list[str]) -> str:
    return (words[0][:1].upper() + words[0][1:] + " " + " ".join(words[1:])).strip() + "."


def _paraphrase(words: list[str], vocabulary: _Vocabulary) -> list[str]:
    """Synonym swaps, dropped words, halves swapped, a changed attribution."""
    rng = vocabulary.rng
    out = []
    for word in words:
        if word in vocabulary.synonyms and rng.random() < 0.5:
            out.append(vocabulary.synonyms[word])
        elif word in FUNCTION or word[:1].isupper() or word.isdigit() or rng.random() > 0.12:
            out.append(word)
    if rng.random() < 0.5:
        cut = len(out) // 2
        out = out[cut:] + out[:cut]
    if rng.random() < 0.5:
        out += [rng.choice(vocabulary.names), rng.choice(VERBS)]
    return out


def generate(n_articles: int, seed: int = 7, facts_per_article: float = 4.0) -> tuple[Dossier, tuple[Fact, ...]]:
    """A dossier of ``n_articles`` articles (~600 words) and the facts planted in it."""
    rng = random.Random(seed)
    vocabulary = _Vocabulary(rng)
    planted: list[list[tuple[int, str]]] = [[] for _ in range(n_articles)]  # per article: (fact, text)
    kinds = []
    n_facts = int(n_articles * facts_per_article / 3)
    for fact in range(n_facts):
        carriers = rng.sample(range(n_articles), rng.randint(2, min(5, n_articles)))
        base = vocabulary.sentence(anchors=True)
        kind = "verbatim" if rng.random() < 0.4 else "paraphrase"
        kinds.append(kind)
        for position, article in enumerate(carriers):
            words = base if kind == "verbatim" or position == 0 else _paraphrase(base, vocabulary)
            planted[article].append((fact, _text(words)))
    articles = []
    spans: list[list[Span]] = [[] for _ in range(n_facts)]
    for number in range(n_articles):
        article_id = f"a{number:04d}"
        sentences = [(None, _text(vocabulary.sentence())) for _ in range(rng.randint(24, 30))]
        for item in planted[number]:
            sentences.insert(rng.randrange(len(sentences) + 1), item)
        paragraphs: list[list[tuple[int | None, str]]] = []
        while sentences:
            take = rng.randint(2, 3)
            paragraphs.append(sentences[:take])
            sentences = sentences[take:]
        body_parts: list[str] = []
        bounds = []
        cursor = 0
        for paragraph in paragraphs:
            start = cursor
            pieces = []
            for fact, text in paragraph:
                if pieces:
                    cursor += 1
                if fact is not None:
                    spans[fact].append(Span(article_id, cursor, cursor + len(text)))
                pieces.append(text)
                cursor += len(text)
            body_parts.append(" ".join(pieces))
            bounds.append((start, cursor))
            cursor += 2
        articles.append(Article(article_id, f"Outlet {number}", "\n\n".join(body_parts), tuple(bounds)))
    facts = tuple(Fact(kind, tuple(group)) for kind, group in zip(kinds, spans))
    return Dossier(f"<generated {n_articles}>", tuple(articles)), facts
