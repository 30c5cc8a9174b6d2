"""Same story? Whether the reports of a dossier cover one event, judged before their passages are linked.

Each report becomes a vector of its words weighted by how rare they are in
general English (wordfreq): names and the event's own words weigh most,
everyday words nothing. A report is on the story when its mean cosine with
the other on-story reports reaches ``ON_STORY``; reports below it are
dropped and the means taken again until none changes. On the development
dossiers reports of one event score 0.07 and up, folders of unrelated
reports (even several about one politician) 0.04 at most. Linear in the
number of reports: the mean is taken against the sum of the others' vectors.
"""

from __future__ import annotations

import math
from array import array
from collections import Counter
from collections.abc import Iterable

from reader.core.links.align import FUNCTION_WORDS
from reader.core.model import Dossier, Sentence, Story

ON_STORY = 0.06
COMMON_ZIPF = 6.0
"""Words this frequent in general English (``said``, ``year``) or more say nothing of the story."""


def _vector(words: Iterable[str], rarity) -> tuple[tuple[str, ...], array]:
    """A report's words (each counted once) weighted by rarity, normalised to length 1: the words,
    and their weights in an array (thousands of reports have a million, a fifth of the memory as a dict)."""
    weighted = [(word, weight) for word in set(words) if (weight := rarity(word)) > 0]
    norm = math.sqrt(sum(w * w for _, w in weighted)) or 1.0
    return tuple(word for word, _ in weighted), array("d", [weight / norm for _, weight in weighted])


def _words(sentences: tuple[Sentence, ...]) -> Iterable[str]:
    for sentence in sentences:
        for token in sentence.tokens:
            word = token.norm.removesuffix("'s")
            if len(word) > 2 and word.isalpha() and word not in FUNCTION_WORDS:
                yield word


def judge_story(dossier: Dossier, sentences: dict[str, tuple[Sentence, ...]]) -> Story:
    """The verdict on the dossier: one event or not, and the reports that seem to be about another."""
    if len(dossier.articles) < 2:
        return Story(same_event=True)
    from wordfreq import zipf_frequency  # loads its word list: only once there is something to judge

    known: dict[str, float] = {}

    def rarity(word: str) -> float:
        if word not in known:  # reports of one event repeat their words: look each up once
            known[word] = max(0.0, COMMON_ZIPF - zipf_frequency(word, "en", wordlist="small"))
        return known[word]

    vectors = {a.id: _vector(_words(sentences.get(a.id, ())), rarity) for a in dossier.articles}
    on = set(vectors)
    while len(on) >= 2:
        total: Counter[str] = Counter()
        for article in on:
            for word, x in zip(*vectors[article]):
                total[word] += x
        means = {}
        for article, (words, weights) in vectors.items():
            others = len(on) - (article in on)
            own = sum(x * x for x in weights) if article in on else 0.0
            means[article] = (sum(x * total[w] for w, x in zip(words, weights)) - own) / max(1, others)
        kept = {article for article in on if means[article] >= ON_STORY}
        if kept == on:
            break
        on = kept
    if len(on) < 2 or 2 * len(on) < len(vectors):
        return Story(same_event=False)
    return Story(same_event=True, off_topic=tuple(a.id for a in dossier.articles if a.id not in on))
