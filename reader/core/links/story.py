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

A folder may hold two events or more (a day's stories, two dossiers copied into
one): the mean of a report of the smaller one then still reaches ``ON_STORY``
through its own event's reports. So the reports are also grouped by the same
measure: each joins the group whose reports it is most alike on average, when
that mean reaches ``ON_STORY``, and groups alike on average as much are one. Two
groups of ``EVENT_REPORTS`` reports or more, holding half the reports at least,
are events of their own, unless a confident link joins them. The links are made
once, with the doubt of the verdict of one event (:func:`story_and_links`): an
event whose reports it names off-topic has weaker links only, and no link could
show it joined to another; the other event's links are those it has alone
(``align.find_links``). The events' reports not doubted are linked as one
dossier, each event's words weighed with the other's: what an event's links
would be alone is known only once the links have shown the events apart, and
linking each again would double the work. On the development dossiers no report of one event
is grouped apart (most means within one are 0.1 to 0.5), and of two of them
copied into one folder most pairs are told apart; events that share their
people and their subject (two trials, two stories of one government) are not.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import replace
from functools import cached_property
from itertools import combinations, islice

from reader.core.model import Dossier, Link, Sentence, Story
from reader.core.partition import Partition
from reader.core.vocabulary import (
    ENGLISH_SHARE, FACTLESS_WORDS, LANGUAGE_SAMPLE, LANGUAGE_SHARE, common_share, common_words,
)

ON_STORY = 0.06
EVENT_REPORTS = 3
"""The fewest reports grouped apart that make an event of their own: one or two reports about something else
are named as off-topic, as in a dossier of one event."""
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



def function_words(language: str) -> frozenset[str]:
    """The function words of a report's ``language`` (:func:`languages_of`) when it is not English, in their
    matching form (:func:`common_words`); none for an English one, whose function words the linker's
    vocabulary lists (``FACTLESS_WORDS``)."""
    return frozenset() if language == "en" else common_words(language)


def languages_of(dossier: Dossier, sentences: dict[str, tuple[Sentence, ...]]) -> dict[str, str]:
    """Each report's language (:func:`written_in`), in dossier order: told once for the linker's function words
    (:func:`function_words`) and the notice of reports not in English (:func:`not_english`), which each told it
    again from the report's first words."""
    languages = _Languages()
    return {article.id: written_in(languages, _sample(sentences.get(article.id, ()))) for article in dossier.articles}


def written_in(languages: _Languages, norms: list[str]) -> str:
    """The language of a report whose first words are ``norms``: English (``"en"``) when a quarter of them or more
    are among English's 100 most common words (``ENGLISH_SHARE``: English reports score 0.33 and up, an English
    report full of names and figures or quoting a German sentence too), or when no other language's most common
    words make up more of them, and ``LANGUAGE_SHARE`` at least (a few lines of English, a list of names: their
    commonest words may be another language's too); else the language whose most common words make up most of
    them. One test for the linker (:func:`function_words`) and the notice of reports not in English
    (:func:`not_english`)."""
    language = languages.of(norms)
    share = common_share(language, norms)
    return "en" if language == "en" or share <= common_share("en", norms) or share < LANGUAGE_SHARE else language


def not_english(languages: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """``(report id, language)`` of every report not written in English (``languages``: :func:`languages_of`), in
    dossier order: the rules read English, so the notice of :meth:`Story.language_notice` names them."""
    return tuple((article, language) for article, language in languages.items() if language != "en")


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
    """The verdict of one event before linking: one event or not, and the reports that seem to be about
    another, which the links are made with (:meth:`Story.doubtful`)."""
    return _one_story(dossier, _vectors(dossier, sentences))


def story_and_links(dossier: Dossier, sentences: dict[str, tuple[Sentence, ...]],
                    link: Callable[[frozenset[str], dict[str, str]], tuple[Link, ...]]) -> tuple[Story, tuple[Link, ...]]:
    """The verdict on the dossier (with the reports not in English: :func:`not_english`) and its links, made
    once, ``link`` linking its passages with the reports the verdict of one event doubts (:func:`judge_story`)
    kept out of the confident links, given each report's language (:func:`languages_of`). The events found apart
    (:func:`_apart`) are the verdict when two or more are left once those a confident link joins are one; none
    are sought when that verdict is not one event (every report doubted: none could link among its own)."""
    vectors = _vectors(dossier, sentences)
    one = _one_story(dossier, vectors)
    languages = languages_of(dossier, sentences)
    links = link(one.doubtful(dossier), languages)
    apart = _apart(dossier, vectors) if one.same_event else None  # else every report is doubted: none is sought
    if apart is not None and len(events := _joined(apart.events, links, list(vectors))) >= 2:
        one = Story(same_event=False, off_topic=apart.off_topic, events=events)
    return replace(one, not_english=not_english(languages)), links


def _vectors(dossier: Dossier, sentences: dict[str, tuple[Sentence, ...]]) -> dict[str, dict[str, float]]:
    """Every report's vector (:func:`_vector`), in dossier order."""
    if len(dossier.articles) < 2:
        return {}
    languages = _Languages()  # loads word lists: only once there is something to judge
    vectors = {}
    for article in dossier.articles:
        norms, written = _words(sentences.get(article.id, ()))
        vectors[article.id] = _vector(written, languages.rarity(languages.of(norms)))
    return vectors


def _one_story(dossier: Dossier, vectors: dict[str, dict[str, float]]) -> Story:
    """One event or not, and the reports that seem to be about another (see the module's docstring)."""
    if len(vectors) < 2:
        return Story(same_event=True)
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


def _apart(dossier: Dossier, vectors: dict[str, dict[str, float]]) -> Story | None:
    """The events the reports fall into, each of ``EVENT_REPORTS`` reports or more, the others off-topic;
    ``None`` unless there are two or more holding half the reports at least."""
    events = [group for group in _Groups(vectors).grouped() if len(group) >= EVENT_REPORTS]
    if len(events) < 2 or 2 * sum(map(len, events)) < len(vectors):
        return None
    grouped = {article for group in events for article in group}
    return Story(same_event=False, off_topic=tuple(a for a in vectors if a not in grouped),
                 events=tuple(sorted(events, key=len, reverse=True)))


def _joined(events: tuple[tuple[str, ...], ...], links: tuple[Link, ...], order: list[str]) -> tuple[tuple[str, ...], ...]:
    """``events`` with those that a confident link joins made one, largest first (then by their first
    report), each in ``order`` (the dossier's)."""
    grouped = {article for group in events for article in group}
    reports = Partition(article for article in order if article in grouped)
    reports.join_all((group[0], article) for group in events for article in group[1:])
    for link in links:
        if link.confident:
            linked = [article for article in link.articles if article in grouped]
            reports.join_all(zip(linked, linked[1:]))
    return tuple(sorted((tuple(group) for group in reports.groups()), key=len, reverse=True))


class _Groups:
    """The reports grouped by how alike they are: see :meth:`grouped`."""

    PASSES = 10
    """Passes moving reports between groups at most (each pass moves fewer: they settle in two or three)."""

    def __init__(self, vectors: dict[str, dict[str, float]]) -> None:
        self.vectors = list(vectors.values())
        self.ids = list(vectors)
        self.own = [math.fsum(x * x for x in vector.values()) for vector in self.vectors]
        self.group: list[int] = []
        """Each report's group."""
        self.size: Counter[int] = Counter()
        self.sums: dict[str, dict[int, float]] = defaultdict(dict)
        """Each word's weight summed over each group's reports: what a report is compared with."""

    def grouped(self) -> list[tuple[str, ...]]:
        """The groups, each in dossier order, in the order of their first report. A report joins the
        group it is most alike on average when that mean reaches ``ON_STORY`` (else it starts a group),
        then moves to another until none is more alike; groups whose reports are as alike on average
        are one. With an index of words, each report is compared with the groups sharing its words only."""
        for report in range(len(self.vectors)):
            best = self._best(report, self._means(report))
            self._put(report, best if best is not None else report)
        for _ in range(self.PASSES):
            moved = False
            for report, group in enumerate(self.group):
                means = self._means(report)
                best = self._best(report, means)
                if best is not None and self.size[group] > 1 and means.get(group, 0.0) >= means[best]:
                    best = None  # as alike its own group: it stays
                if best is not None and best != group:
                    self._take(report)
                    self._put(report, best)
                    moved = True
            if not moved:
                break
        members: dict[int, list[int]] = defaultdict(list)
        for report, group in enumerate(self.group):
            members[group].append(report)
        self._merge(members)
        return [tuple(self.ids[report] for report in group) for group in members.values()]

    def _means(self, report: int) -> dict[int, float]:
        """The report's mean cosine with the reports of each group sharing a word with it (itself left out)."""
        dots: dict[int, float] = defaultdict(float)
        for word, weight in self.vectors[report].items():
            for group, total in self.sums[word].items():
                dots[group] += weight * total
        own = self.group[report] if report < len(self.group) else None
        return {group: (dot - (self.own[report] if group == own else 0.0)) / (self.size[group] - (group == own))
                for group, dot in dots.items() if self.size[group] > (group == own)}

    def _best(self, report: int, means: dict[int, float]) -> int | None:
        """The group the report is most alike, the first of a tie, when the mean reaches ``ON_STORY``."""
        best = max(means, key=lambda group: (means[group], -group), default=None)
        return best if best is not None and means[best] >= ON_STORY else None

    def _put(self, report: int, group: int) -> None:
        if report == len(self.group):
            self.group.append(group)
        else:
            self.group[report] = group
        self.size[group] += 1
        for word, weight in self.vectors[report].items():
            self.sums[word][group] = self.sums[word].get(group, 0.0) + weight

    def _take(self, report: int) -> None:
        group = self.group[report]
        self.size[group] -= 1
        for word, weight in self.vectors[report].items():
            if self.size[group]:
                self.sums[word][group] -= weight
            else:
                del self.sums[word][group]

    def _merge(self, members: dict[int, list[int]]) -> None:
        """Groups whose reports are alike on average, the mean cosine between them reaching ``ON_STORY``,
        made one, the most alike first. A report alone is not: it would have joined the group."""
        while True:
            sums = {group: self._sum(reports) for group, reports in members.items() if len(reports) > 1}
            pairs = [(math.fsum(weight * sums[b].get(word, 0.0) for word, weight in sums[a].items())
                      / (len(members[a]) * len(members[b])), a, b)
                     for a, b in combinations(sums, 2)]
            alike, a, b = max(pairs, default=(0.0, 0, 0))
            if alike < ON_STORY:
                return
            members[a] = sorted(members[a] + members.pop(b))

    def _sum(self, reports: list[int]) -> Counter[str]:
        total: Counter[str] = Counter()
        for report in reports:
            total.update(self.vectors[report])
        return total
