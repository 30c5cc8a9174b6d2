"""Quotations of other people are not one statement: two people may each say ``I am keen to begin``.

The passages are judged and grouped before the entities are known (both run beside each other), so
who says a passage comes after, from the quotations' attributions (:mod:`reader.core.findings.quotes`):
a passage is credited to a speaker when most of it lies inside quotations credited to that one
entity. Only speakers known on both sides, in words alike at most in part, tell passages apart
(:func:`said_apart`: the same words credited to two people are one saying, misattributed); a passage of
an unknown or undescribed speaker keeps its place. The quote tracker groups quotations across reports
by the same tests (:func:`same_statement`, :func:`known_apart`, :func:`one_saying`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from rapidfuzz import fuzz

from reader.core.by_start import ByStart
from reader.core.links.terms import stem
from reader.core.model import Analysis, Link, Quote, Span
from reader.core.text.contractions import bare
from reader.core.text.quotation_marks import quoted_words
from reader.core.tokens import normalise
from reader.core.vocabulary import FUNCTION_WORDS

QUOTED_SHARE = 0.5
"""A passage this share of whose characters lies inside quotations is what they say."""
SAME_STATEMENT = 85
"""The rapidfuzz ratio at which two quotations' words carry one statement (in part, or nearly whole)."""
OWN_WORDS = 0.75
"""The share of the shorter quotation's content words the longer must hold to carry the same statement:
two sayings about one subject share the subject's words (``The plan is a disaster``, ``The plan is a
bad plan. We paid…``), not the rest."""


def name_words(name: str | None) -> list[str]:
    """A speaker's name as words to compare (``Mr. Garneau's`` → ``mr``, ``garneau's``: case, accents, stops and commas gone)."""
    return [normalise(word).strip(".,'") for word in (name or "").split()]


def known_apart(quote: Quote, other: Quote) -> bool:
    """Are the two quotations surely other people's words? Both speakers are entities (pronouns count
    only as resolved here), of other clusters, whose names share no word: ``Kim`` and ``Kim Jong Un``,
    left apart by the entities, may be one man. A description or an unknown speaker tells nothing."""
    if not (quote.speaker_entity and other.speaker_entity) or quote.speaker_entity == other.speaker_entity:
        return False
    return not set(name_words(quote.speaker)) & set(name_words(other.speaker))


def speakers_apart(quotes: Iterable[Quote], others: Iterable[Quote]) -> tuple[str, str] | None:
    """The speakers of the first quotation of ``quotes`` and of ``others`` that are surely other people
    (:func:`known_apart`, the test by which the quote tracker says "attributed differently"), else ``None``."""
    others = tuple(others)
    return next(((quote.speaker, other.speaker) for quote in quotes for other in others if known_apart(quote, other)), None)


def content_words(words: Iterable[str]) -> set[str]:
    """The stems of the words that carry a quotation's content (no function words)."""
    return {stem(word) for word in words if len(word) > 2 and word not in FUNCTION_WORDS}


def same_statement(short: str, long_: str) -> bool:
    """Do two quotations' joined words (``short`` no longer than ``long_``) carry one statement? Alike in
    part or nearly whole (``altered course`` and ``altered (its) course``), and the longer holds nearly all
    the shorter's content words, a contraction's ending aside (``haven't``, ``have not``): its own words,
    found in the longer's as they stand or run together (``data center``, ``datacenter``), not only the
    subject they share (:data:`OWN_WORDS`)."""
    if short == long_:
        return True
    if fuzz.partial_ratio(short, long_, score_cutoff=SAME_STATEMENT) < SAME_STATEMENT and not one_saying(short, long_):
        return False
    own, theirs = _content_keys(short), _content_keys(long_)
    run_together = long_.replace(" ", "")
    held = [key for key, word in own.items() if key in theirs or word in run_together]
    return len(held) >= OWN_WORDS * len(own)


@lru_cache(maxsize=1 << 12)
def _content_keys(joined: str) -> dict[str, str]:
    """A quotation's content words (:func:`content_words`, a contraction's ending aside) by their keys: read once per
    text, which the quote tracker weighs against many others (the dict is shared: read it, do not change it)."""
    return {key: word for word in map(bare, joined.split()) for key in content_words([word])}


def one_saying(words: str, other: str) -> bool:
    """Do two quotations' joined words match nearly whole, not only in part?"""
    return fuzz.ratio(words, other, score_cutoff=SAME_STATEMENT) >= SAME_STATEMENT


def said_apart(analysis: Analysis, quote: Quote, other: Quote) -> bool:
    """Are two quotations surely two sayings: of people known apart (:func:`known_apart`), in words alike
    at most in part (``I am keen to begin`` and ``I am keen to start on this``)? Nearly the same words
    credited to two people are one saying, misattributed (the quote tracker flags it)."""
    joined = (" ".join(quoted_words(analysis.dossier.article(q.span.article).text(q.span))) for q in (quote, other))
    return known_apart(quote, other) and not one_saying(*joined)


def credited(span: Span, quotes: ByStart[Quote]) -> Quote | None:
    """A quotation standing for who says the passage, when most of it is quoted and every quotation in
    it is credited to one entity, else ``None``. ``quotes`` are the report's, by start: only those
    reaching the passage are looked at (a report of thousands of quotations and links)."""
    inside = quotes.overlapping(span.start, span.end)
    quoted = sum(q.span.overlap_length(span) for q in inside)
    if not inside or quoted < QUOTED_SHARE * (span.end - span.start):
        return None
    if any(q.speaker_entity is None or q.speaker_entity != inside[0].speaker_entity for q in inside):
        return None
    return inside[0]


def _bounds(quote: Quote) -> tuple[int, int]:
    return quote.span.start, quote.span.end


def part_speakers(links: tuple[Link, ...], quotations: dict[str, tuple[Quote, ...]], analysis: Analysis) -> tuple[Link, ...]:
    """``links`` without the passages quoting someone other than the link's speaker: the speaker
    credited with most of its passages stays with those and the passages of unknown speakers; with no
    such speaker (two credited with as many passages) the link goes, and so does a link of fewer than two passages left,
    or one whose passages another link already shows (a mixed link beside the link of one speaker's
    words). The kind and score of a link that lost a passage stay: its loosest pair may be gone. Ids
    are kept, so a link dropped leaves a gap."""
    parted: dict[str, Link | None] = {}
    near = {article: ByStart(quotes, _bounds) for article, quotes in quotations.items()}
    nowhere: ByStart[Quote] = ByStart((), _bounds)
    for link in links:
        by_speaker: list[list[tuple[Span, Quote]]] = []
        for span in link.passages:
            quote = credited(span, near.get(span.article, nowhere))
            if quote is None:
                continue
            same = next((group for group in by_speaker if any(not said_apart(analysis, q, quote) for _, q in group)), None)
            if same is None:
                by_speaker.append([(span, quote)])
            else:
                same.append((span, quote))
        if len(by_speaker) < 2:
            continue
        sizes = sorted((len(group) for group in by_speaker), reverse=True)
        keep = max(by_speaker, key=len)
        others = {span for group in by_speaker if group is not keep for span, _ in group}
        passages = tuple(span for span in link.passages if span not in others) if sizes[0] > sizes[1] else ()
        parted[link.id] = replace(link, passages=passages) if len(passages) >= 2 else None
    final = [link for link in (parted.get(link.id, link) for link in links) if link is not None]

    def shown_elsewhere(i: int, link: Link) -> bool:
        mine = set(link.passages)
        return any(
            j != i and (other.confident or not link.confident) and mine <= set(other.passages)
            and (mine != set(other.passages) or j < i or other.id not in parted)
            for j, other in enumerate(final)
        )

    return tuple(link for i, link in enumerate(final) if link.id not in parted or not shown_elsewhere(i, link))
