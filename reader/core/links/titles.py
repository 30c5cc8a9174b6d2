"""Title lines as passages: a report's headline takes part in links like a sentence of its body.

Headlines state a story's main fact, often in the words another report's headline or lede uses.
A title is no part of the body, so its passage is addressed just before it (offsets below 0,
``title + "\\n"`` ending at 0: :class:`~reader.core.model.Span`), and the linker reads it as one sentence.

Headlines are written for the eye, not as sentences: title-cased (``Driver Charged After Crash``)
or in capitals, and without auxiliaries (``Council Approves Budget``). Read as they are, their
capitalised common words would look like names to the linker (names are who and where, never what
is said) and the headline would state nothing. So the linker reads a title *sentence-cased*
(:func:`read_as_sentence`): a word the dossier's bodies write in lower case at least as often as
capitalised, or a common English word they never print, is read in lower case; a name keeps its
capital. The result has the title's length, so every offset still points into the title.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterator

from reader.core.model import Article, Dossier, Sentence
from reader.core.vocabulary import common_word

_WORD = re.compile(r"[^\W\d_][^\W_]*(?:['\u2019\-][^\W_]+)*")
"""A word of letters, with inner apostrophes and hyphens (``hit-and-run``, ``driver's``)."""

_OPENERS = frozenset(".!?:\"'\u201c\u2018(\n")
"""What may stand before a word that opens a sentence (or the text), whose capital says nothing."""


def casing(dossier: Dossier, asked: Collection[str] | None = None, counted: Collection[str] | None = None) -> Counter[str]:
    """For each word of the bodies, in lower case: how much more often it is written in lower case
    than capitalised inside a sentence (negative: mostly capitalised, a name). Only the words ``asked``
    (the titles' words, in lower case) when given: no other is looked up; only the bodies of the
    ``counted`` reports when given."""
    written: Counter[str] = Counter()
    for article in dossier.articles:
        if counted is not None and article.id not in counted:
            continue
        body = article.body
        for match in _WORD.finditer(body):
            word = match.group()
            lower = word.lower()
            if asked is not None and lower not in asked:
                continue
            if word == lower:
                written[lower] += 1
            elif (before := body[max(0, match.start() - 3) : match.start()].rstrip(" \t")) and before[-1] not in _OPENERS:
                written[lower] -= 1
    return written


def read_as_sentence(title: str, written: Counter[str]) -> str:
    """``title`` with its capitalised common words in lower case (see the module's docstring), the
    same length: ``Woman Hurt In Crash Near Millbrook`` -> ``woman hurt in crash near Millbrook``
    when the bodies print ``Millbrook`` with a capital."""

    def cased(match: re.Match[str]) -> str:
        word = match.group()
        lower = word.lower()
        if lower == word or len(lower) != len(word):
            return word
        count = written.get(lower)
        return lower if (count >= 0 if count is not None else common_word(lower)) else word

    return _WORD.sub(cased, title)


def title_sentence(article: Article, written: Counter[str]) -> Sentence | None:
    """The article's title line as the linker reads it (sentence-cased, offsets below 0), or ``None``."""
    span = article.title_span
    if span is None or not article.title.strip():
        return None
    return Sentence(article.id, -1, span.start, span.end, -1, read_as_sentence(article.title, written))


def headline_verbs(units: list, names: Collection[str], counted: Collection[str] | None = None) -> None:
    """Read a title's words as verbs where the bodies use them so, when the title has no verb form
    of its own: headlines drop the auxiliaries that tell a verb (``Council Approves Budget`` beside
    ``the council approved the budget``). ``units`` are the linker's passages (``span``, ``terms``,
    ``actions``). A title with a verb form keeps its own: its other words are most often nouns
    (``convicted on two charges`` beside bodies saying ``was charged``). Names (``names``) are never
    verbs, whatever word the bodies' rules took for one. Only the bodies of the ``counted`` reports
    tell verbs, when given."""
    verbs = frozenset().union(*(unit.actions for unit in units if not unit.span.in_title
                                and (counted is None or unit.span.article in counted))).difference(names)
    for unit in units:
        if unit.span.in_title and not unit.actions:
            unit.actions = unit.terms & verbs


def lede_alike(a, b) -> bool:
    """May two ledes (``a`` and ``b``, the linker's units), one a title line, be read as one main
    fact on little shared? A short headline shares a large part of itself with a lede on names and
    topic words alone (``Trial Opens For Mayor`` beside ``the mayor was convicted at the trial``):
    only when they also share a verb, the same thing happening."""
    return not (a.span.in_title or b.span.in_title) or bool(a.actions & b.actions)


def body_frequencies(units: list) -> Counter[str]:
    """In how many sentences each term is (its weight's inverse), counting titles only for terms no
    body sentence holds: a headline repeats the story's words, and counting it would lower their
    weight in every body sentence, changing the links between bodies."""
    frequencies = Counter(term for unit in units if not unit.span.in_title for term in unit.terms)
    in_titles = Counter(term for unit in units if unit.span.in_title for term in unit.terms if term not in frequencies)
    return frequencies + in_titles


def body_sentences(units: list) -> int:
    """How many of the linker's sentences are of bodies: the dossier's size, by which a term's
    weight and whether it is uncommon are measured, as if there were no titles (``body_frequencies``)."""
    return sum(not unit.span.in_title for unit in units)


def titles_apart(matches: list) -> tuple[list, list]:
    """The linker's pairs (``unit_a``, ``unit_b``) of body sentences, then those holding a title line:
    grouped apart, so a title never takes a body sentence's place in the bodies' links (one passage
    per report) and links of titles come on top of them."""
    bodies: list = []
    titled: list = []
    for match in matches:  # each pair asked once: copy-heavy dossiers make a hundred thousand
        (titled if match.unit_a.span.in_title or match.unit_b.span.in_title else bodies).append(match)
    return bodies, titled


def judged_bodies(group: list[int], whole: list, judged: Collection[tuple[int, int]], together: Collection[tuple[int, int]],
                  pairs: dict) -> list[int]:
    """``group`` (a link holding a title line; sentence numbers into ``whole``) keeping only body
    sentences judged a pair with each other (``judged``: every pair the linker judged) and not
    already joined by a body link (``together``), those most alike a title of the group first
    (``pairs``: the group's matches).

    A link joins two sentences that were not judged together when each matched a third; through a
    headline, that third says little (``Ministry Cancels Permits`` beside a report's ``the permits
    were suspended in October`` and another's ``the permits cover millions``). And two sentences a
    body link joins already make their statement there: the title link adds the headlines to it,
    not that link again; but two ledes both stay: a report's lede and its headline each state its
    main fact, and this link is where its lede meets the others' headlines. On the twenty corpus
    dossiers QA-Align pairs linked 61 -> 62 of 85; eleven title links took in ledes, ten read
    right and one partly right, as the twelve they replaced read (eleven right, one partly)."""
    titles = [p for p in group if whole[p].span.in_title]

    def likeness(p: int) -> float:
        return max((m.score for t in titles if (m := pairs.get((min(p, t), max(p, t))))), default=0.0)

    kept: list[int] = []
    for p in sorted((p for p in group if not whole[p].span.in_title), key=lambda p: (-likeness(p), p)):
        if all((key := (min(p, q), max(p, q))) in judged and (key not in together or whole[p].lede and whole[q].lede) for q in kept):
            kept.append(p)
    return [p for p in group if p in titles or p in kept]


def reading(dossier: Dossier, sentences: dict[str, tuple[Sentence, ...]],
            counted: Collection[str] | None = None) -> Iterator[tuple[int, Article, tuple[Sentence, ...]]]:
    """``(index, article, sentences)`` in the order the linker reads them: every article's body
    sentences, then every title line (:func:`title_sentence`), so the bodies' sentences keep the
    numbers, and their pairs the order, they have without titles. With ``counted`` reports, those
    come first and the others after them, likewise (so the counted ones' sentences keep the numbers
    they have alone), and the titles are cased as the counted reports' bodies write their words."""
    indexed = list(enumerate(dossier.articles))
    parts = [indexed] if counted is None else [[(n, a) for n, a in indexed if a.id in counted],
                                               [(n, a) for n, a in indexed if a.id not in counted]]
    titled = any(article.title for article in dossier.articles)
    if titled:
        asked = {word.lower() for article in dossier.articles for word in _WORD.findall(article.title or "")}
        written = casing(dossier, asked, counted)
    for part in parts:
        for index, article in part:
            yield index, article, sentences.get(article.id, ())
        for index, article in part if titled else ():
            if (title := title_sentence(article, written)) is not None:
                yield index, article, (title,)
