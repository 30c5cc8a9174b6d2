"""Origins: which reports reuse each other's wording, and how many independent sources stand behind a statement.

Five outlets running one wire story are one source, not five. The evidence is
text reuse measured over whole articles: *shared runs*, stretches of
:data:`PHRASE_RUN` or more words (after :func:`~reader.core.tokens.normalise`, with
clitics such as ``'s`` left out) that two reports print in the same order. Words inside quotation marks do not
count as reuse between reports: two reporters quoting one speaker wrote
independently. A run counts only for what it holds outside quotations and only
when it carries :data:`RUN_CONTENT` lower-case content words, so a shared title,
name and reporting verb (``Foreign Affairs Minister Marc Garneau said``) is not reuse.

A sentence (or a link's passage) is ``copied`` in another report when shared
runs cover :data:`NEAR_VERBATIM` of its words outside quotations (a changed
word in ten is still the same sentence), those being :data:`COPY_RUN` or more
with :data:`RUN_CONTENT` content words; ``rewritten`` when runs of
phrasing cover :data:`REWRITE_SHARE` of them; ``independent`` otherwise. Two
reports are ``copied`` when each prints :data:`COPY_SENTENCES` sentences of the
other so (a few shared sentences are a fact told in stock words, or what two
rewrites of one release kept; two short reports nearly all of whose words are the other's need
:data:`SHORT_COPY_SENTENCES`), ``rewritten`` when some sentence is copied or
rewritten, and ``independent`` otherwise. Quotations count towards copy only
when the shared runs make up :data:`REPRINT_SHARE` of one report (it reprints
the other's statements), and then also in the pair's links and shares: quotes
came with the copy. The passages of a link are judged by the shorter one: between reports that
copy each other, a passage however short is copied when the copy's runs cover it; between others
that reuse each other's wording in no other sentence, phrases that the link's passages from
:data:`STOCK_ORIGINS` origins print are a fact told in stock words (the legal name of a charge, a
title), not reuse. Reports joined by copy form one *origin*; a report's wire credit (``(Reuters)``,
``AFP``, ``- AP``, ``with files from ...``) names it, and publication dates
say where it was first seen when they differ.

A document whose header says ``role: source`` (a press release, a statement,
a transcript) is no report: it is the witness every report is measured
against, and here quotations count, since a release's quotes are its text.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache, cached_property, lru_cache
from itertools import accumulate, chain, combinations, compress, count, repeat
from operator import add, and_, itemgetter
from typing import NamedTuple

from rapidfuzz.distance import LCSseq

from reader.core.by_start import ByStart
from reader.core.partition import Partition
from reader.core.text.contractions import bare, rejoined
from reader.core.text.quotation_marks import quotation_bounds
from reader.core.model import (
    Analysis,
    Article,
    Dossier,
    Link,
    LinkOrigins,
    Origin,
    Origins,
    PassagePair,
    Relation,
    ReportPair,
    ReportShare,
    Sentence,
    SharedRun,
    SourceCover,
    Span,
    once_per_text,
)
from reader.core.model.base import first_of_each
from reader.core.vocabulary import FUNCTION_WORDS, WIRE_AGENCIES

PHRASE_RUN = 5
"""Shortest run of shared words counted as reused phrasing."""
RUN_CONTENT = 3
"""Lower-case content words (outside quotations) a run needs to count: names, titles and a reporting
verb (``Foreign Affairs Minister Marc Garneau said in a statement``) are not phrasing."""
COPY_RUN = 8
"""Sentences shorter than this many words are not evidence of copy (``He said he would resign.``)."""
NEAR_VERBATIM = 0.9
"""Share of a sentence's (or the shorter passage's) words in shared runs that makes it copied."""
COPY_SENTENCES = 4
"""Reports that each print this many sentences of the other nearly whole carry one text: one to three are
a fact told in stock words, or the few sentences two rewrites of one release kept."""
SHORT_COPY_SENTENCES = 2
SHORT_COPY_SHARE = 0.8
"""... or this many when the shared runs make up this much of each report: two short reports printing one
text (three paragraphs of a wire story, one attribution changed) have too few sentences to reach
:data:`COPY_SENTENCES`, and nearly all of each is the other's. At half of each, three short items of one
earthquake on the corpus (under seventy words, each a seismic agency's figures in its own frame) were
copies, which the corpus's notes say they are not: the closest shares 0.72 of the shorter."""
REPRINT_SHARE = 0.5
"""Quotations count towards :data:`COPY_SENTENCES` when the shared runs make up this much of one of the
two reports: that report reprints the other's statements, where two reporters quoting one speaker each
wrap the quotes in their own story."""
REWRITE_SHARE = 0.4
"""A sentence or passage whose words outside quotations are this much in runs of phrasing is rewritten."""
MAX_SPREAD = 40
"""A phrase printed more often than this in the dossier is stock wording, not evidence of reuse."""
STOCK_ORIGINS = 3
"""A phrase of :data:`STOCK_GRAM` words that the passages of a link from this many origins print is stock
wording there (the legal name of a charge, a title, a set phrase): each told the fact in those words."""
STOCK_GRAM = 4
"""Words in a stock phrase: shorter than a run, so a run of common words and a name is stock too
(``has been charged with`` and ``charged with wilful damage``)."""
SHOWN_RUNS = 3
"""Runs kept per pair for showing (the longest)."""


# --- words and runs -------------------------------------------------------------


@dataclass(frozen=True)
class _Words:
    """An article's words in order (normalised, offsets, quoted and content flags) and its
    sentences as ``[start, end)`` word ranges. Offsets are 32-bit and flags bytes (0 or 1): the
    words of thousands of reports are millions."""

    norms: tuple[str, ...]
    starts: Sequence[int]
    ends: Sequence[int]
    quoted: bytes
    content: bytes
    sentences: tuple[tuple[int, int], ...]
    own: Sequence[int]
    """``own[i]`` counts the words before ``i`` outside quotations, ``own_content`` the lower-case content
    words among them and ``all_content`` those before ``i``: a stretch's weight is two look-ups."""
    own_content: Sequence[int]
    all_content: Sequence[int]

    @cached_property
    def sentence_ends(self) -> list[int]:
        """Each sentence's end, to find the sentence of a word by bisection."""
        return [end for _, end in self.sentences]

    @cached_property
    def sentence_own(self) -> list[int]:
        """Each sentence's words outside quotations."""
        return [self.own[end] - self.own[start] for start, end in self.sentences]

    def weight(self, start: int, end: int, *, quotes: bool = False) -> tuple[int, int]:
        """Words and lower-case content words of ``[start, end)``, leaving quoted words out unless ``quotes``."""
        if quotes:
            return end - start, self.all_content[end] - self.all_content[start]
        return self.own[end] - self.own[start], self.own_content[end] - self.own_content[start]

    def phrasing(self, stretches: Iterable[tuple[int, int]], *, quotes: bool = False) -> list[tuple[int, int]]:
        """The ``[start, end)`` stretches that are phrasing (:func:`_phrasing`), in their order: read in one loop, as
        the runs of a copy-heavy dossier's report pairs are hundreds of thousands."""
        if quotes:
            content = self.all_content
            return [(s, e) for s, e in stretches if e - s >= PHRASE_RUN and content[e] - content[s] >= RUN_CONTENT]
        own, content = self.own, self.own_content
        return [(s, e) for s, e in stretches if own[e] - own[s] >= PHRASE_RUN and content[e] - content[s] >= RUN_CONTENT]


_SPACED_APOSTROPHE = re.compile("['\u2019] ")


class _SentenceWords(NamedTuple):
    """A sentence's words as :class:`_Words` holds them, but their offsets counted from the sentence's start:
    what its text alone decides, read once per distinct text (:func:`~reader.core.model.once_per_text`) and
    shifted for each copy (a sentence printed in hundreds of reports is taken apart once)."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    compared: tuple[str, ...]
    content: tuple[bool, ...]


def _sentence_words(sentence: Sentence) -> _SentenceWords:
    """The sentence's words (:func:`_compared`), a clitic split off by a space joined again (``team’ s``):
    looked for only in the few sentences with an apostrophe before a space."""
    marks = sentence.tokens
    if _SPACED_APOSTROPHE.search(sentence.text):
        marks = rejoined(marks)
    words = [t for t in marks if t.norm[:1].isalnum()]
    if not words:
        return _SentenceWords((), (), (), ())
    starts, ends, texts, norms = zip(*words)
    compared, content = zip(*map(_compared, texts, norms))
    shift = repeat(-sentence.start)
    return _SentenceWords(tuple(map(add, starts, shift)), tuple(map(add, ends, shift)), compared, content)


def _words(sentences_of: dict[str, tuple[Sentence, ...]], article: Article,
           read: Callable[[Sentence], _SentenceWords] = _sentence_words) -> _Words:
    """The article's words, each sentence's read by ``read`` (:func:`_sentence_words`, for all articles once per
    distinct text: :func:`_all_words`)."""
    starts, ends, compared, content, sentences = array("I"), array("I"), [], [], []
    for sentence in sentences_of.get(article.id, ()):
        found = read(sentence)
        first = len(compared)
        starts.extend(map(add, found.starts, repeat(sentence.start)))
        ends.extend(map(add, found.ends, repeat(sentence.start)))
        compared += found.compared
        content += found.content
        sentences.append((first, len(compared)))
    quoted = bytearray(len(compared))
    first = 0  # the words come in body order: each quotation takes those ending before it does, from the first left
    for open_, close in quotation_bounds(article):
        after = bisect_right(ends, close, first)
        inside = bisect_left(starts, open_, first, after)
        quoted[inside:after] = b"\1" * (after - inside)
        first = after
        if first == len(compared):
            break
    unquoted = bytes(quoted).translate(_FLIPPED)
    return _Words(
        tuple(compared), starts, ends, bytes(quoted), bytes(content), tuple(sentences),
        array("I", accumulate(unquoted, initial=0)),
        array("I", accumulate(map(and_, content, unquoted), initial=0)),
        array("I", accumulate(content, initial=0)),
    )


def _all_words(dossier: Dossier, sentences: dict[str, tuple[Sentence, ...]]) -> list[_Words]:
    """Every article's words, in dossier order."""
    read = once_per_text(_sentence_words)
    return [_words(sentences, article, read) for article in dossier.articles]


_FLIPPED = bytes.maketrans(b"\0\1", b"\1\0")


@lru_cache(maxsize=1 << 16)
def _compared(text: str, norm: str) -> tuple[str, bool]:
    """A word as compared (a contraction's or clitic's ending and hyphens left out: ``team's`` is
    ``team``) and whether it is a lower-case content word; remembered, as words repeat."""
    folded = bare(norm) if "'" in norm else norm
    return folded.replace("-", ""), text[:1].islower() and norm not in FUNCTION_WORDS


class _Run(NamedTuple):
    """Words ``[a_start, a_end)`` of article ``a`` printed as ``[b_start, b_end)`` of ``b`` (a tuple: a
    copy-heavy dossier has hundreds of thousands)."""

    a: int
    a_start: int
    a_end: int
    b: int
    b_start: int
    b_end: int

    def swapped(self) -> _Run:
        return _Run(self.b, self.b_start, self.b_end, self.a, self.a_start, self.a_end)


class _Phrases(NamedTuple):
    """The phrases counted (printed 2 to :data:`MAX_SPREAD` times), each its places ``(article, word)``,
    and by article the number of the phrase counted at each word (-1: none)."""

    counted: list[list[tuple[int, int]]]
    numbers: list[array]


def _phrases(words: Sequence[_Words]) -> _Phrases:
    """The phrases of :data:`PHRASE_RUN` words counted as shared (see :class:`_Phrases`)."""
    # Phrases are counted by their hash, in C: thousands of reports print millions, most of them once,
    # and held all at once they were most of the origins' memory. Places are then kept by phrase, so
    # two phrases of one hash are told apart, and the loop below visits only the phrases printed again.
    repeated = {key for key, times in Counter(map(hash, chain.from_iterable(map(_grams, words)))).items() if times > 1}
    index: dict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)
    for number, article in enumerate(words):
        for i in compress(count(), map(repeated.__contains__, map(hash, _grams(article)))):
            index[article.norms[i : i + PHRASE_RUN]].append((number, i))
    # A run is a chain of places printed alike on one diagonal of two articles. Only its first and last
    # places are found: where the phrases before (after) the two places differ. The places of a phrase
    # that the same phrase comes before are one kind and need no pairing: copies of one sentence in
    # k reports were k squared pairs at each of its words, and are now k squared at its ends only.
    counted = [places for places in map(_spread, index.values()) if 2 <= len(places) <= MAX_SPREAD]
    phrase = [array("i", [-1]) * max(0, len(article.norms) - PHRASE_RUN + 1) for article in words]
    for number, places in enumerate(counted):
        for a, i in places:
            phrase[a][i] = number
    return _Phrases(counted, phrase)


def _runs(words: Sequence[_Words], phrases: _Phrases | None = None) -> dict[tuple[int, int], list[_Run]]:
    """Maximal shared runs of :data:`PHRASE_RUN`+ words for every pair of articles (by index, ``a < b``)."""
    counted, phrase = phrases or _phrases(words)
    # By pair of articles, the first (last) places of its runs, each as its diagonal, then its words in the two:
    # sorted as they stand, both lists are in the order of the diagonals, and so of the runs.
    firsts: dict[tuple[int, int], list[tuple[int, int, int]]] = defaultdict(list)
    lasts: dict[tuple[int, int], list[tuple[int, int, int]]] = defaultdict(list)
    for places in counted:
        before = [phrase[a][i - 1] if i else -1 for a, i in places]
        after = [phrase[a][i + 1] if i + 1 < len(phrase[a]) else -1 for a, i in places]
        for ends, kinds in ((firsts, before), (lasts, after)):
            if kinds[0] >= 0 and kinds.count(kinds[0]) == len(kinds):
                continue  # inside a run of all: the common case of the copies of one text, with no pairs
            for (a, i), (b, j) in _apart(places, kinds):
                ends[(a, b)].append((i - j, i, j))
    runs: dict[tuple[int, int], list[_Run]] = {}
    for (a, b), starts in firsts.items():
        runs[(a, b)] = [
            _Run(a, i, k + PHRASE_RUN, b, j, l + PHRASE_RUN) for (_, i, j), (_, k, l) in zip(sorted(starts), sorted(lasts[(a, b)]))
        ]
    return runs


def _spread(places: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A phrase's places, each article's first alone when there are more than :data:`MAX_SPREAD`: one report
    printing a sentence hundreds of times (a live page's updates) makes it no stock wording for the reports
    that print it once, whose copy is then still found; its own repeats count once."""
    return places if len(places) <= MAX_SPREAD else first_of_each(places, itemgetter(0))


def _apart(places: Sequence[tuple[int, int]], kinds: Sequence[int]) -> Iterable[tuple[tuple[int, int], tuple[int, int]]]:
    """The pairs of ``places`` (``(article, word)``, in their order) in two articles, but those whose
    kinds are one (a kind below 0 is no kind: its place pairs with all)."""
    groups: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for n, (place, kind) in enumerate(zip(places, kinds)):
        groups[kind if kind >= 0 else -1 - n].append(place)
    for one, other in combinations(groups.values(), 2):
        for p in one:
            for q in other:
                if p[0] != q[0]:
                    yield (p, q) if p < q else (q, p)


def _grams(words: _Words) -> Iterable[tuple[str, ...]]:
    """The article's phrases of :data:`PHRASE_RUN` words, one at each word but the last few."""
    return zip(*(words.norms[k:] for k in range(PHRASE_RUN)))


def _phrasing(words: _Words, start: int, end: int, *, quotes: bool = False) -> int:
    """The words of the stretch ``[start, end)`` of a run (on its side ``words``) outside quotations (all
    words with ``quotes``), or 0 when it is not phrasing."""
    total, content = words.weight(start, end, quotes=quotes)
    return total if total >= PHRASE_RUN and content >= RUN_CONTENT else 0


def _a_sides(runs: Iterable[_Run]) -> list[tuple[int, int]]:
    """The runs' stretches on their ``a`` side."""
    return [(run.a_start, run.a_end) for run in runs]


def _b_sides(runs: Iterable[_Run]) -> list[tuple[int, int]]:
    """The runs' stretches on their ``b`` side."""
    return [(run.b_start, run.b_end) for run in runs]


def _ranges(stretches: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The positions of the ``[start, end)`` stretches as sorted ranges apart from each other: a
    run is counted by its ends, not word by word."""
    covered: list[tuple[int, int]] = []
    for start, end in sorted(stretches):
        if covered and start <= covered[-1][1]:
            if end > covered[-1][1]:
                covered[-1] = (covered[-1][0], end)
        else:
            covered.append((start, end))
    return covered


def _without(ranges: list[tuple[int, int]], cut: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``ranges`` less the positions of ``cut`` (both as :func:`_ranges` makes them)."""
    if not cut:
        return ranges
    left: list[tuple[int, int]] = []
    for start, end in ranges:
        k = max(0, bisect_right(cut, (start,)) - 1)
        while k < len(cut) and cut[k][0] < end and start < end:
            cut_start, cut_end = cut[k]
            if cut_end > start:
                if cut_start > start:
                    left.append((start, cut_start))
                start = max(start, cut_end)
            k += 1
        if start < end:
            left.append((start, end))
    return left


@dataclass(frozen=True)
class _Reuse:
    """What of one article's words other text prints too: ``covered`` by any run, ``phrased`` by runs of
    phrasing (as :func:`_ranges`); with ``quotes`` the words inside quotation marks count like the others."""

    words: _Words
    covered: list[tuple[int, int]]
    phrased: list[tuple[int, int]]
    quotes: bool = False

    @classmethod
    def of(
        cls, words: _Words, stretches: list[tuple[int, int]], *, quotes: bool = False,
        stock: list[tuple[int, int]] | None = None,
    ) -> _Reuse:
        """``stretches`` are runs' ``[start, end)`` in this article; words in the ``stock`` ranges count as not shared."""
        phrased = _ranges(words.phrasing(stretches, quotes=quotes))
        return cls(words, _without(_ranges(stretches), stock or []), _without(phrased, stock or []), quotes)

    def relation(self, start: int, end: int, *, short: bool = False, covered: int | None = None) -> Relation:
        """How ``words[start:end]`` (a sentence or passage) relates to the other text (quotations aside,
        unless they count); with ``short`` a short passage the runs cover is copied too (the reports
        are known to copy each other, so it needs no words of its own to show it). ``covered``, when
        given, is its words in :attr:`covered` as a sweep of them counted already (:meth:`_relations`)."""
        own, content = self.words.weight(start, end, quotes=self.quotes)
        if not own:
            return "independent"
        if (
            (short or (own >= COPY_RUN and content >= RUN_CONTENT))
            and (self._count(self.covered, start, end) if covered is None else covered) >= NEAR_VERBATIM * own
        ):
            return "copied"
        return "rewritten" if self._count(self.phrased, start, end) >= REWRITE_SHARE * own else "independent"

    def _count(self, ranges: list[tuple[int, int]], start: int, end: int) -> int:
        """The words of ``[start, end)`` in ``ranges`` (outside quotations, unless they count)."""
        total, k = 0, max(0, bisect_right(ranges, (start,)) - 1)
        while k < len(ranges) and ranges[k][0] < end:  # looked up, not sliced: a report has hundreds
            first, last = max(ranges[k][0], start), min(ranges[k][1], end)
            if first < last:
                total += last - first if self.quotes else self.words.own[last] - self.words.own[first]
            k += 1
        return total

    @cached_property
    def sentences(self) -> Counter[Relation]:
        """How many of the article's sentences are copied or rewritten (only those runs touch are looked at)."""
        return Counter(self._relations.values())

    def reused(self) -> list[tuple[int, int]]:
        """The article's sentences (word ranges) copied or rewritten in the other text."""
        return [self.words.sentences[n] for n in self._relations]

    @cached_property
    def _relations(self) -> dict[int, Relation]:
        """The sentences copied or rewritten (by number, in order) and how: the report pair counts them and the
        link passages ask which they are, of one pair's reuse. A sentence is either only when the ranges hold
        :data:`REWRITE_SHARE` of its words (:data:`NEAR_VERBATIM` is more): its words in them are counted in
        one sweep of the ranges, and :meth:`relation` asked only of those that reach it. The pairs of reports
        of a copy-heavy dossier are tens of thousands, most sharing a few words across a sentence end."""
        sentences, own, quotes = self.words.sentences, self.words.sentence_own, self.quotes
        relations: dict[int, Relation] = {}
        for n, covered in self._by_sentence(self.covered).items():
            start, end = sentences[n]
            if covered >= REWRITE_SHARE * (end - start if quotes else own[n]):
                if (relation := self.relation(start, end, covered=covered)) != "independent":
                    relations[n] = relation
        return relations

    def _by_sentence(self, ranges: list[tuple[int, int]]) -> dict[int, int]:
        """By sentence number in order, the words of each sentence ``ranges`` reach (outside quotations, unless
        they count), for the sentences with a word in them."""
        sentences, ends, own = self.words.sentences, self.words.sentence_ends, None if self.quotes else self.words.own
        found: dict[int, int] = {}
        for start, end in ranges:
            for n in range(bisect_right(ends, start), len(sentences)):
                first, last = sentences[n]
                if first >= end:
                    break
                first, last = max(start, first), min(end, last)
                if first < last:
                    found[n] = found.get(n, 0) + (last - first if own is None else own[last] - own[first])
        return found

    @cached_property
    def share(self) -> float:
        """The share of the article's words in shared runs, quotations included (read by each pair it serves)."""
        return _length(self.covered) / max(1, len(self.words.norms))


def _union(ranges: Iterable[list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """The positions of several :func:`_ranges`, as :func:`_ranges`."""
    return _ranges(chain.from_iterable(ranges))


def _length(ranges: list[tuple[int, int]]) -> int:
    return sum(end - start for start, end in ranges)


def _span(article_id: str, words: _Words, start: int, end: int) -> Span:
    return Span(article_id, words.starts[start], words.ends[end - 1])


def _shown(articles: Sequence[Article], words: Sequence[_Words], runs: Iterable[_Run]) -> tuple[SharedRun, ...]:
    """The longest runs, as spans."""
    return tuple(_shared(articles, words, run) for run in sorted(runs, key=_longest_first)[:SHOWN_RUNS])


def _longest_first(run: _Run) -> tuple[int, int]:
    return run.a_start - run.a_end, run.a_start


def _shared(articles: Sequence[Article], words: Sequence[_Words], run: _Run) -> SharedRun:
    return SharedRun(
        _span(articles[run.a].id, words[run.a], run.a_start, run.a_end),
        _span(articles[run.b].id, words[run.b], run.b_start, run.b_end),
        run.a_end - run.a_start,
        sum(words[run.a].quoted[run.a_start : run.a_end]),
    )


# --- reports, passages, sources ----------------------------------------------------


def _report_pair(articles, words, runs: list[_Run], reuses: tuple[_Reuse, _Reuse]) -> ReportPair | None:
    """The two reports' relation, their runs being ``runs`` and what each reuses of the other ``reuses``."""
    a, b = runs[0].a, runs[0].b
    if not (reuses[0]._relations or reuses[1]._relations) and max(reuses[0].share, reuses[1].share) < REPRINT_SHARE:
        return None  # no sentence copied or rewritten either way, none reprinted: most pairs of a copy-heavy dossier
    plain = [reuse.sentences for reuse in reuses]
    copied = min(tally["copied"] for tally in plain)
    if copied < COPY_SENTENCES and max(reuses[0].share, reuses[1].share) >= REPRINT_SHARE:
        sides = ((words[a], _a_sides(runs)), (words[b], _b_sides(runs)))
        whole = [_Reuse.of(side, found, quotes=True).sentences for side, found in sides]
        copied = max(copied, min(tally["copied"] for tally in whole))  # a reprinted statement
    if copied >= COPY_SENTENCES or copied >= SHORT_COPY_SENTENCES and min(reuses[0].share, reuses[1].share) >= SHORT_COPY_SHARE:
        relation: Relation = "copied"
    elif copied or any(tally["copied"] or tally["rewritten"] for tally in plain):
        relation = "rewritten"
    else:
        return None
    phrasing = [(run, n) for run in runs if (n := _phrasing(words[a], run.a_start, run.a_end))]
    shown = [run for run, _ in phrasing] or runs
    return ReportPair(
        articles[a].id, articles[b].id, relation, copied, sum(n for _, n in phrasing), _shown(articles, words, shown)
    )


def _word_range(words: _Words, span: Span) -> tuple[int, int]:
    return bisect_right(words.ends, span.start), bisect_right(words.starts, span.end - 1)


def _clip(run: _Run, a_range: tuple[int, int], b_range: tuple[int, int], least: int) -> _Run | None:
    """The part of a run inside both passages, of ``least`` words or more (a run lies on one diagonal,
    so both sides clip alike)."""
    shift = run.b_start - run.a_start
    start = max(run.a_start, a_range[0], b_range[0] - shift)
    end = min(run.a_end, a_range[1], b_range[1] - shift)
    if end - start < least:
        return None
    return _Run(run.a, start, end, run.b, start + shift, end + shift)


def _passage_pair(
    articles,
    words,
    judged: _Judged,
    reused: _Reused,
    stock: Callable[[], dict[int, list[tuple[int, int]]]],
    passage_a: _Passage,
    passage_b: _Passage,
    quotes: bool,
) -> PassagePair:
    """The shorter passage's relation to the other: copied into a longer one, or rewritten in it.
    With ``quotes`` the reports copy each other: quotations count (a quote came with the copy) and a
    passage however short is copied when the copy's runs cover it. Otherwise, when the two reports
    reuse each other's wording in no other sentence, the link's ``stock`` words (by article, asked
    only then) are not shared: a fact told in common words (the legal names of charges, a title) is no reuse; a
    passage copied near word for word stays copied."""
    a, b, range_a, range_b = passage_a.n, passage_b.n, passage_a.words, passage_b.words
    if range_a is None or range_b is None:
        # A title's words are no part of the body runs: between reports that copy each other, the
        # headline came with the copy (copied when its words are, else rewritten); others wrote their own.
        relation = ("copied" if _printed_alike(articles[a], passage_a.span, articles[b], passage_b.span) else "rewritten") if quotes else "independent"
        return PassagePair(articles[a].id, articles[b].id, relation, None)
    place = (a, range_a, b, range_b, quotes)
    if place in judged.pairs:  # the two passages in another link
        return judged.pairs[place]
    judgement = judged(passage_a, passage_b, quotes)
    relation = judgement.relation
    # A passage printed near word for word in the other (copied) is one text, however many origins print its
    # phrases: stock words are a fact's few words told alike, not a whole sentence.
    if relation == "rewritten" and not quotes and not reused.elsewhere(a, b, range_a, range_b):
        inside = judgement.runs(a, b, range_a, range_b, judgement.inside)
        side, (start, end), found = (a, range_a, _a_sides(inside)) if judgement.by_a else (b, range_b, _b_sides(inside))
        relation = _Reuse.of(words[side], found, stock=stock()[side]).relation(start, end)
        place = None  # the link's stock words decided it
    pair = PassagePair(articles[a].id, articles[b].id, relation, judgement.shared(judged.ids, words, a, b, range_a, range_b))
    if place:
        judged.pairs[place] = pair
    return pair


def _printed_alike(article_a: Article, span_a: Span, article_b: Article, span_b: Span) -> bool:
    """Are the words of the shorter of two passages (one a title, whose words no body run holds) nearly all
    (:data:`NEAR_VERBATIM`) printed in the other, in order?"""
    a, b = (article.text(span).lower().split() for article, span in ((article_a, span_a), (article_b, span_b)))
    return LCSseq.similarity(a, b) >= NEAR_VERBATIM * min(len(a), len(b))


class _Passage(NamedTuple):
    """A passage of a link: its article (by number), words (``None`` in a title) and kinds (:meth:`_Judged.kinds_of`):
    as judged with quotations counting (and runs of any length) and without."""

    n: int
    words: tuple[int, int] | None
    kind: int
    plain: int
    span: Span


@dataclass(frozen=True)
class _Judgement:
    """Two passages judged before stock words count (:func:`_passage_pair`): the ``relation`` of the
    shorter (the first's when ``by_a``), the runs ``inside`` both and the longest run of phrasing
    (``shown``, else the longest, if any), each as word offsets from the passages' first words (``a``
    start, end, ``b`` start, end), the shown run with its quoted words (in ``a``) after them."""

    relation: Relation
    by_a: bool
    inside: tuple[tuple[int, int, int, int], ...]
    shown: tuple[int, int, int, int, int] | None

    def shared(
        self, ids: Sequence[str], words: Sequence[_Words], a: int, b: int, range_a: tuple[int, int], range_b: tuple[int, int]
    ) -> SharedRun | None:
        """The ``shown`` run of the passages ``range_a`` of ``a`` and ``range_b`` of ``b`` (articles by
        number, ``ids`` naming them): built from the offsets, as the pairs of a link are many."""
        if self.shown is None:
            return None
        i, j, k, m, quoted = self.shown
        first, other, words_a, words_b = range_a[0], range_b[0], words[a], words[b]
        return SharedRun(
            Span(ids[a], words_a.starts[first + i], words_a.ends[first + j - 1]),
            Span(ids[b], words_b.starts[other + k], words_b.ends[other + m - 1]),
            j - i,
            quoted,
        )

    @staticmethod
    def runs(
        a: int, b: int, range_a: tuple[int, int], range_b: tuple[int, int], offsets: Iterable[tuple[int, int, int, int]]
    ) -> list[_Run]:
        """``offsets`` (``inside`` or ``shown``) as runs of the passages ``range_a`` of ``a`` and ``range_b`` of ``b``."""
        first, other = range_a[0], range_b[0]
        return [_Run(a, first + i, first + j, b, other + k, other + m) for i, j, k, m in offsets]


class _Judged:
    """Passage pairs judged once per kind of pair (:class:`_Judgement`): the judgement is all in the
    runs reaching the passages and their words' flags, and a run reaches a passage through the phrases
    counted at its words and the :data:`PHRASE_RUN` - 1 words before it (a run is a chain of places
    where two articles print one counted phrase). So a passage's kind is its flags and the numbers of the
    phrases counted there (``phrases``, by article; -1 where none is), not its words: a phrase printed
    too often counts in a report where it is first, not where it is printed again, and words alike are
    then no run (without the numbers a pair took the judgement of another pair of its words and not
    its own, as it came first); and a copy of a sentence after other words than another copy is of its
    kind when the phrases across its start count in neither. The copies of one sentence, printed in k
    reports, are judged once per kind however many of their k squared pairs the links hold. The ``pairs``
    of passages that several links hold (a sentence telling two facts) are kept whole, but those
    the stock words of a link decided."""

    def __init__(self, articles: Sequence[Article], words: Sequence[_Words], reused: _Reused, phrases: Sequence[array]) -> None:
        self.ids, self.words, self.reused, self.phrases = [article.id for article in articles], words, reused, phrases
        self.kinds: dict[tuple, int] = {}
        self.placed: dict[tuple[int, int, int], tuple[int, int]] = {}
        self.found: dict[tuple[int, int, bool], _Judgement] = {}
        self.pairs: dict[tuple, PassagePair] = {}

    def passage(self, n: int, span: Span) -> _Passage:
        """The span of article ``n`` as a link's passage."""
        if span.in_title:
            return _Passage(n, None, -1, -1, span)
        start, end = _word_range(self.words[n], span)
        return _Passage(n, (start, end), *self.kinds_of(n, start, end), span)

    def kinds_of(self, n: int, start: int, end: int) -> tuple[int, int]:
        """The kinds of the passage ``[start, end)`` of article ``n``: numbers alike for passages alike in
        all that :meth:`__call__` reads of them with quotations counting, and without. Counting them, any
        run reaching a passage counts, and phrases across its start too; without, only the runs of
        :data:`PHRASE_RUN` words inside both passages count, which are the chains of the phrases inside."""
        if (n, start, end) not in self.placed:
            words, first, numbers = self.words[n], max(0, start - PHRASE_RUN + 1), self.phrases[n]
            flags = (words.quoted[start:end], words.content[start:end])
            across = (numbers[first:end].tobytes(), start - first, *flags)
            inside = (numbers[start : max(start, end - PHRASE_RUN + 1)].tobytes(), *flags)
            self.placed[n, start, end] = (
                self.kinds.setdefault(across, len(self.kinds)), self.kinds.setdefault(inside, len(self.kinds))
            )
        return self.placed[n, start, end]

    def __call__(self, passage_a: _Passage, passage_b: _Passage, quotes: bool) -> _Judgement:
        """The judgement of two passages outside titles (``a < b``: two passages of one report share
        no runs, whatever their kinds)."""
        if passage_a.n == passage_b.n:
            return _Judgement("independent", True, (), None)
        key = (passage_a.kind, passage_b.kind, True) if quotes else (passage_a.plain, passage_b.plain, False)
        if key not in self.found:
            self.found[key] = self._judge(passage_a.n, passage_b.n, passage_a.words, passage_b.words, quotes)
        return self.found[key]

    def _judge(self, a: int, b: int, range_a: tuple[int, int], range_b: tuple[int, int], quotes: bool) -> _Judgement:
        words = self.words
        least = 1 if quotes else PHRASE_RUN
        inside = [clipped for run in self.reused.near(a, b, range_a) if (clipped := _clip(run, range_a, range_b, least))]
        by_a = words[a].weight(*range_a, quotes=quotes)[0] <= words[b].weight(*range_b, quotes=quotes)[0]
        side, (start, end), found = (a, range_a, _a_sides(inside)) if by_a else (b, range_b, _b_sides(inside))
        relation = _Reuse.of(words[side], found, quotes=quotes).relation(start, end, short=quotes)
        shown = [run for run in inside if _phrasing(words[a], run.a_start, run.a_end)] or inside

        def offsets(run: _Run) -> tuple[int, int, int, int]:
            return run.a_start - range_a[0], run.a_end - range_a[0], run.b_start - range_b[0], run.b_end - range_b[0]

        longest = min(shown, key=_longest_first) if shown else None
        return _Judgement(
            relation, by_a, tuple(map(offsets, inside)),
            (*offsets(longest), sum(words[a].quoted[longest.a_start : longest.a_end])) if longest else None,
        )


def _stock(
    words: Sequence[_Words], ranges: dict[int, tuple[int, int]], origin: dict[int, int]
) -> dict[int, list[tuple[int, int]]]:
    """By article, the positions of its passage's words (``ranges``) in phrases of :data:`STOCK_GRAM`
    words that the link's passages from :data:`STOCK_ORIGINS` origins print: each told the fact in
    those words. A long stretch of such phrases is stock too: four charges named in one order are no
    more one text than each name is."""
    grams = {
        n: list(zip(*(words[n].norms[start + k : end] for k in range(STOCK_GRAM)))) for n, (start, end) in ranges.items()
    }
    printers: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for n, found in grams.items():
        for gram in found:
            printers[gram].add(origin[n])
    return {
        n: _ranges(
            (first, first + STOCK_GRAM)
            for first, gram in enumerate(found, ranges[n][0])
            if len(printers[gram]) >= STOCK_ORIGINS
        )
        for n, found in grams.items()
    }


class _Reused:
    """What each report of a pair reuses of the other (:class:`_Reuse`), the sentences it copies or rewrites,
    and its runs by where they start, found when first asked: the report pair, the link passages and the
    report's share all read one pair's reuse. A report's reuse of several others through the same stretches
    (a sentence printed alike by a few reports) is one :class:`_Reuse`, judged once."""

    def __init__(self, words: Sequence[_Words], runs: dict[tuple[int, int], list[_Run]]) -> None:
        self.words, self.runs = words, runs
        self.reuses: dict[tuple[int, int], tuple[_Reuse, _Reuse]] = {}
        self.alike: dict[tuple[int, tuple[tuple[int, int], ...]], _Reuse] = {}
        self.found: dict[tuple[int, int], tuple[list[tuple[int, int]], list[tuple[int, int]]]] = {}
        self.starts: dict[tuple[int, int], ByStart[int]] = {}

    def pair(self, a: int, b: int) -> tuple[_Reuse, _Reuse]:
        """What ``a`` reuses of ``b`` and ``b`` of ``a`` (``a < b``)."""
        if (a, b) not in self.reuses:
            runs = self.runs.get((a, b), [])
            self.reuses[a, b] = (self._reuse(a, _a_sides(runs)), self._reuse(b, _b_sides(runs)))
        return self.reuses[a, b]

    def _reuse(self, n: int, stretches: list[tuple[int, int]]) -> _Reuse:
        """What article ``n`` reuses of a text through ``stretches`` of it (runs' sides)."""
        key = (n, tuple(stretches))
        if key not in self.alike:
            self.alike[key] = _Reuse.of(self.words[n], stretches)
        return self.alike[key]

    def near(self, a: int, b: int, range_a: tuple[int, int]) -> list[_Run]:
        """The runs of ``a`` and ``b`` (``a < b``, in their order) that reach the words ``range_a`` of ``a``.
        A report repeating itself has thousands of runs with another, and as many links; clipping every run
        for every link was the square of them."""
        runs = self.runs.get((a, b), [])
        if (a, b) not in self.starts:
            order = sorted(range(len(runs)), key=lambda k: runs[k].a_start)
            self.starts[a, b] = ByStart(order, lambda k: (runs[k].a_start, runs[k].a_end))
        return [runs[k] for k in sorted(self.starts[a, b].overlapping(*range_a))]

    def elsewhere(self, a: int, b: int, range_a: tuple[int, int], range_b: tuple[int, int]) -> bool:
        """Whether ``a`` and ``b`` (``a < b``) reuse each other's wording in a sentence outside
        the passages ``range_a`` and ``range_b``."""
        if (a, b) not in self.found:
            self.found[a, b] = tuple(reuse.reused() for reuse in self.pair(a, b))  # type: ignore[assignment]
        # The sentences are in order and apart: the first ends first and the last starts last.
        return any(
            sentences and (sentences[0][1] <= start_range or sentences[-1][0] >= end_range)
            for sentences, (start_range, end_range) in zip(self.found[a, b], (range_a, range_b))
        )


def _components(members: Sequence[str], joined: Iterable[tuple[str, str]]) -> tuple[tuple[str, ...], ...]:
    """Groups of ``members`` connected by ``joined`` pairs (of members), in the members' order."""
    groups = Partition(members)
    groups.join_all(joined)
    return tuple(tuple(group) for group in groups.groups())


def relinked(analysis: Analysis, origins: Origins, unchanged: Collection[str]) -> Origins:
    """``origins`` (found for the same reports, before a correction of their links) for the analysis'
    links: the report pairs, groups and shares hold no link, and a link whose id is ``unchanged``
    keeps its own; the words and shared runs are found again only when a link is new."""
    articles = analysis.dossier.articles
    links = analysis.links + analysis.weaker_links
    new = [link for link in links if link.id not in unchanged]
    if len(articles) < 2 or not new:  # one report has no link origins
        return replace(origins, links=tuple(found for link in links if (found := origins.of_link(link.id))))
    words = _all_words(analysis.dossier, analysis.sentences)
    phrases = _phrases(words)
    runs = _runs(words, phrases)
    position = {article.id: n for n, article in enumerate(articles)}
    copies = {(position[p.a], position[p.b]) for p in origins.pairs if p.relation == "copied"}
    reused, origin = _Reused(words, runs), _numbered(position, origins.groups)
    judge = _Judged(articles, words, reused, phrases.numbers)
    found = {link.id: _link_origins(articles, words, runs, reused, judge, origin, copies, position, link, analysis.dossier.sources) for link in new}
    return replace(origins, links=tuple(found[link.id] if link.id in found else origins.of_link(link.id) for link in links))


def _numbered(position: dict[str, int], groups: Iterable[Origin]) -> dict[int, int]:
    """Each report's origin, by number."""
    return {position[report]: n for n, group in enumerate(groups) for report in group.reports}


def _link_origins(
    articles,
    words,
    runs,
    reused: _Reused,
    judge: _Judged,
    origin: dict[int, int],
    copies: set[tuple[int, int]],
    position: dict[str, int],
    link: Link,
    sources: Collection[str],
) -> LinkOrigins:
    """The link's passages grouped by reuse. Pairs whose reports copy each other, or reuse each other's
    wording in another sentence too, or whose passages are copies near word for word, are judged first: the
    groups they make count as one printer of a stock phrase (reports shown to rewrite one release are one
    source, however many outlets)."""
    passages = [span for span in link.passages if span.article not in sources]
    placed = [judge.passage(position[span.article], span) for span in passages]
    ranges = {passage.n: passage.words for passage in placed if passage.words is not None}
    ordered = [(x, y) if x.n < y.n else (y, x) for x, y in combinations(placed, 2)]
    judged: dict[tuple[int, int], PassagePair] = {}

    @cache
    def stock() -> dict[int, list[tuple[int, int]]]:
        """Asked once the pairs judged first are: their groups (and the reports' origins) print as one."""
        joined = Partition(ranges)
        for (a, b), pair in judged.items():
            if pair.relation != "independent" and a in joined and b in joined:
                joined.join(a, b)
        seen: dict[int, int] = {}
        for n in ranges:
            joined.join(n, seen.setdefault(origin[n], n))
        return _stock(words, ranges, {n: joined.root(n) for n in ranges})

    first, rest = [], []  # sorted in one sweep: what sorts them asks only what was found before
    for x, y in ordered:
        if (key := (x.n, y.n)) in copies:
            first.append((x, y, True))
        elif x.words is None or y.words is None or not runs.get(key) or reused.elsewhere(*key, ranges[x.n], ranges[y.n]) \
                or judge(x, y, False).relation == "copied":
            first.append((x, y, False))
        else:
            rest.append((x, y))
    for x, y, quotes in first:
        judged[x.n, y.n] = _passage_pair(articles, words, judge, reused, stock, x, y, quotes)
    for x, y in rest:
        if (x.n, y.n) not in judged:
            judged[x.n, y.n] = _passage_pair(articles, words, judge, reused, stock, x, y, False)
    pairs = [judged[x.n, y.n] for x, y in ordered]
    together = [(p.a, p.b) for p in pairs if p.relation != "independent"]
    return LinkOrigins(link.id, _components([s.article for s in passages], together), tuple(pairs))


_AGENCY = "|".join(re.escape(name) for name in sorted(WIRE_AGENCIES, key=len, reverse=True))
_CREDIT = re.compile(
    rf"\((?P<a>{_AGENCY})\)"                                                        # LONDON (Reuters) -
    rf"|(?:[Ww]ith (?:files|reporting) from|[Rr]eporting by|[Ss]ource:|^[Bb]y) (?:[Tt]he )?(?P<b>{_AGENCY})\b"
    rf"|\b(?:[Tt]he )?(?P<c>{_AGENCY}) contributed\b"                                 # The Associated Press contributed
    rf"|(?:^|\n)[-\u2013\u2014] ?(?P<d>{_AGENCY})\.?(?=\n|$)"                          # a closing line: - AP
    rf"|\s[-\u2013\u2014] ?(?P<e>{_AGENCY})\.?$",                                      # ... last sentence. - AFP
    re.MULTILINE,
)


def wire_credits(article: Article) -> tuple[str, ...]:
    """Wire agencies the report credits for its text (not for its photos, which are captions)."""
    found = []
    for text in (article.body, article.byline or ""):
        if not any(name in text for name in WIRE_AGENCIES):
            continue  # the common case, found without the long pattern
        for match in _CREDIT.finditer(text):
            found.append(WIRE_AGENCIES[next(group for group in match.groups() if group)])
    return tuple(dict.fromkeys(found))


def _first_seen(articles: Sequence[Article]) -> str | None:
    """The report published earliest, when the reports' known dates differ."""
    dated = sorted((a.published, a.id) for a in articles if a.published)
    if len({date for date, _ in dated}) < 2:
        return None
    return dated[0][1]


def _source_cover(articles, words, source: int, report: int, runs: list[_Run]) -> SourceCover | None:
    """Runs shared with a source count with their quotations: a release's quotes are its text."""
    runs = [run if run.a == report else run.swapped() for run in runs]
    phrasing = [run for run in runs if _phrasing(words[report], run.a_start, run.a_end, quotes=True)]
    if not phrasing:
        return None
    share = _length(_ranges(_a_sides(phrasing))) / max(1, len(words[report].norms))
    return SourceCover(articles[source].id, articles[report].id, share, _shown(articles, words, phrasing))


def _share(
    article: Article, words: _Words, shared: list[tuple[_Reuse, list[tuple[int, int]] | None]], credits: tuple[str, ...]
) -> ReportShare:
    """Sentence characters of the report copied in another report, rewritten from one, or its own
    (quotations counting in the reports it copies or is copied by). ``shared`` holds what the report
    reuses of each other report, with the stretches of their runs when the two copy each other: the
    union of the reuses is its reuse of all others."""
    reuses = [_Reuse(words, _union(r.covered for r, _ in shared), _union(r.phrased for r, _ in shared))]
    if copied := [(reuse, stretches) for reuse, stretches in shared if stretches is not None]:
        phrased = _ranges(words.phrasing(chain.from_iterable(stretches for _, stretches in copied), quotes=True))
        reuses.append(_Reuse(words, _union(r.covered for r, _ in copied), phrased, True))
    totals = {"copied": 0, "rewritten": 0, "independent": 0}
    found = [reuse._relations for reuse in reuses]  # the sentences each finds copied or rewritten, in one sweep
    for n, (start, end) in enumerate(words.sentences):
        if start < end:
            relation = min((relations.get(n, "independent") for relations in found), key=_CLOSENESS.index)
            totals[relation] += words.ends[end - 1] - words.starts[start]
    whole = sum(totals.values()) or 1
    return ReportShare(
        article.id, totals["copied"] / whole, totals["rewritten"] / whole, totals["independent"] / whole, credits
    )


_CLOSENESS: tuple[Relation, ...] = ("copied", "rewritten", "independent")


def find_origins(analysis: Analysis) -> Origins:
    """Every origins finding of the analysis' dossier (see the module docstring)."""
    return origins_in(analysis.dossier, analysis.sentences)(analysis.links + analysis.weaker_links)


def origins_in(dossier: Dossier, sentences: dict[str, tuple[Sentence, ...]]) -> Callable[[tuple[Link, ...]], Origins]:
    """The origins findings of the reports' words alone (the runs they share, the report pairs, groups, shares and
    sources), found now, and what finds them for the links given it: :func:`find_origins` in two steps, so that
    the first, most of the work, needs no link (the pipeline runs it beside the links)."""
    articles = dossier.articles
    if len(articles) < 2:  # nothing to share (and a huge single report is not worth reading for it)
        alone = Origins(groups=tuple(Origin((a.id,)) for a in articles if a.id not in dossier.sources))
        return lambda links: alone
    words = _all_words(dossier, sentences)
    phrases = _phrases(words)
    runs = _runs(words, phrases)
    position = {article.id: n for n, article in enumerate(articles)}
    sources = {n for n, article in enumerate(articles) if article.id in dossier.sources}
    credits = {article.id: wire_credits(article) for article in articles}
    reused = _Reused(words, runs)
    pairs, covers = [], []
    for (a, b), found in sorted(runs.items()):
        if a in sources or b in sources:
            if (a in sources) != (b in sources):
                source, report = (a, b) if a in sources else (b, a)
                if cover := _source_cover(articles, words, source, report, found):
                    covers.append(cover)
            continue
        if pair := _report_pair(articles, words, found, reused.pair(a, b)):
            pairs.append(pair)
    reports = [n for n in range(len(articles)) if n not in sources]
    copies = {(position[p.a], position[p.b]) for p in pairs if p.relation == "copied"}
    shared: dict[int, list[tuple[_Reuse, list[tuple[int, int]] | None]]] = defaultdict(list)
    for a, b in sorted(reused.reuses):
        copy = (a, b) in copies
        shared[a].append((reused.reuses[a, b][0], _a_sides(runs[a, b]) if copy else None))
        shared[b].append((reused.reuses[a, b][1], _b_sides(runs[a, b]) if copy else None))
    groups = []
    for members in _components([articles[n].id for n in reports], [(p.a, p.b) for p in pairs if p.relation == "copied"]):
        named = [credit for member in members for credit in credits[member]]
        first = _first_seen([articles[position[m]] for m in members]) if len(members) > 1 else None
        # The credit most often given; of two given as often, the first given (a set's order would
        # change with the process' hash seed, and the export with it).
        groups.append(Origin(members, max(dict.fromkeys(named), key=named.count) if named else None, first))
    origin = _numbered(position, groups)
    judge = _Judged(articles, words, reused, phrases.numbers)
    shares = tuple(_share(articles[n], words[n], shared[n], credits[articles[n].id]) for n in reports)

    def with_links(links: tuple[Link, ...]) -> Origins:
        return Origins(
            pairs=tuple(pairs),
            links=tuple(_link_origins(articles, words, runs, reused, judge, origin, copies, position, link, dossier.sources)
                        for link in links),
            groups=tuple(groups),
            shares=shares,
            sources=tuple(covers),
        )

    return with_links
