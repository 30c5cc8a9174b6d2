"""Same story? Whether the reports of a dossier cover one event, judged before their passages are linked.

Each report becomes a vector of its words weighted by how rare they are in
the report's own language (wordfreq): names and the event's own words weigh
most, everyday words nothing. The language is the one whose most common
words make up most of the report, so the articles and conjunctions of a
German or French report weigh as little as English ones do in English: by
English rarity they would look like rare words every report shares. A report
is on the story when its mean cosine with the other on-story reports reaches
``ON_STORY``; reports below it are dropped and the means taken again until
none changes. On the development dossiers reports of one event score 0.07
and up, folders of unrelated reports (even several about one politician)
0.04 at most, and unrelated saved web pages, mostly German, 0.03 at most
(by English rarity five of them were one story). Linear in the number of
reports: the mean is taken against the sum of the others' vectors.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable
from functools import cached_property
from itertools import islice

from reader.core.model import Dossier, Sentence, Story
from reader.core.vocabulary import ENGLISH_SHARE, FACTLESS_WORDS, LANGUAGE_SAMPLE, common_share, common_words

ON_STORY = 0.06
COMMON_ZIPF = 6.0
"""Words this frequent in general language (``said``, ``year``) or more say nothing of the story."""


def _vector(words: dict[str, str], rarity: Callable[[str], float]) -> dict[str, float]:
    """A report's content words (each counted once, by its matching form) weighted by the rarity of
    the word as written, normalised to length 1."""
    weights: dict[str, float] = {}
    for norm, written in words.items():
        word = norm.removesuffix("'s")
        if len(word) > 2 and word.isalpha() and word not in FACTLESS_WORDS and word not in weights:
            weights[word] = rarity(written.removesuffix("'s").removesuffix("\u2019s"))
    weights = {word: weight for word, weight in weights.items() if weight > 0}
    norm = math.sqrt(math.fsum(w * w for w in weights.values())) or 1.0
    return {word: weight / norm for word, weight in weights.items()}


def _words(sentences: tuple[Sentence, ...]) -> tuple[list[str], dict[str, str]]:
    """A report's first ``LANGUAGE_SAMPLE`` words by their matching form (:func:`_sample`), and how each of its words
    was first written, lower-cased: the written form keeps the accents that the matching form folds away
    (``für``, not ``fur``), which word lists need."""
    written: dict[str, str] = {}
    for sentence in sentences:
        for token in sentence.tokens:
            if token.norm[:1].isalpha() and token.norm not in written:
                written[token.norm] = token.text.casefold()
    return _sample(sentences), written


def _sample(sentences: tuple[Sentence, ...]) -> list[str]:
    """A report's first ``LANGUAGE_SAMPLE`` words by their matching form, read no further: its language is told from them."""
    return list(islice((token.norm for sentence in sentences for token in sentence.tokens if token.norm[:1].isalpha()),
                       LANGUAGE_SAMPLE))



def function_words(sentences: tuple[Sentence, ...]) -> frozenset[str]:
    """The function words of a report's language when it is not English (:func:`common_words`), in their
    matching form; none for an English one, whose function words the linker's vocabulary lists
    (``FACTLESS_WORDS``), nor for one that is not more made of another language's common words than of
    English ones (a few lines of English: their commonest words may be another language's too)."""
    languages, norms = _Languages(), _sample(sentences)
    language = languages.of(norms)
    if language == "en" or common_share(language, norms) <= common_share("en", norms):
        return frozenset()
    return common_words(language)


class _Languages:
    """wordfreq's word lists, loaded when a report first needs them."""

    def __init__(self) -> None:
        from wordfreq import get_frequency_dict

        self._frequencies = get_frequency_dict
        self._rarity: dict[str, dict[str, float]] = defaultdict(dict)

    @cached_property
    def _available(self) -> list[str]:
        """Every language wordfreq has a list of: listed (3 ms) only once a report is not English."""
        from wordfreq import available_languages

        return sorted(available_languages("small"))

    def of(self, norms: list[str]) -> str:
        """The language whose most common words make up most of the report's words."""
        if common_share("en", norms) >= ENGLISH_SHARE:
            return "en"
        return max(self._available, key=lambda language: common_share(language, norms))

    def rarity(self, language: str) -> Callable[[str], float]:
        frequencies = self._frequencies(language, "small")
        known = self._rarity[language]

        def rarity(word: str) -> float:
            if word not in known:  # reports of one event repeat their words: look each up once
                frequency = frequencies.get(word, 0.0)
                known[word] = max(0.0, COMMON_ZIPF - (math.log10(frequency) + 9 if frequency > 0 else 0.0))
            return known[word]

        return rarity


def judge_story(dossier: Dossier, sentences: dict[str, tuple[Sentence, ...]]) -> Story:
    """The verdict on the dossier: one event or not, and the reports that seem to be about another."""
    if len(dossier.articles) < 2:
        return Story(same_event=True)
    languages = _Languages()  # loads word lists: only once there is something to judge
    vectors = {}
    for article in dossier.articles:
        norms, written = _words(sentences.get(article.id, ()))
        vectors[article.id] = _vector(written, languages.rarity(languages.of(norms)))
    on = set(vectors)
    while len(on) >= 2:
        total: Counter[str] = Counter()
        for article in vectors:  # in dossier order: float sums come out the same in every run
            if article in on:
                total.update(vectors[article])
        means = {}
        for article, vector in vectors.items():
            others = len(on) - (article in on)
            own = math.fsum(x * x for x in vector.values()) if article in on else 0.0
            means[article] = (math.fsum(x * total[w] for w, x in vector.items()) - own) / max(1, others)
        kept = {article for article in on if means[article] >= ON_STORY}
        if kept == on:
            break
        on = kept
    if len(on) < 2 or 2 * len(on) < len(vectors):
        return Story(same_event=False)
    return Story(same_event=True, off_topic=tuple(a.id for a in dossier.articles if a.id not in on))
