"""Short sentences inside a copied run: linked word for word, which on their own they never are.

A sentence of a few words (``It's wasteful.``) says too little to be judged a statement (``units._says_something``),
so a quotation of three sentences reprinted by three reports was linked by its last sentence alone. Printed
alike beside a sentence the two reports print alike (a verbatim or near pair), it is part of one copied run
of text: that run is the evidence its words alone cannot give.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from functools import cache

from reader.core.links.terms import compared_words
from reader.core.links.units import PairMatch, Unit
from reader.core.model import Dossier, Sentence, Span
from reader.core.partition import Partition


def short_copies(dossier: Dossier, sentences: dict[str, tuple[Sentence, ...]], whole: list[Unit], matches: Iterable[PairMatch],
                 doubtful: Collection[str] = frozenset()) -> list[tuple]:
    """Links (as ``align`` builds them: weaker?, key, score, kind, passages) of the short sentences that
    two or more reports print alike next to a copied sentence pair, or next to such a short pair, on the
    same side."""
    # Read packed (each token's start, end, text and normal form in a row): unpacking every sentence's tokens
    # to find where it starts cost most of the stage, and only the short ones' words are read.
    read = {a.id: [s for s in sentences.get(a.id, ()) if s.packed] for a in dossier.articles}
    place = {(article, s.packed[0]): n for article, found in read.items() for n, s in enumerate(found)}
    units = {(u.span.article, u.span.start) for u in whole if not u.span.in_title}

    @cache  # each sentence read once: a sentence copied into many reports is beside many copied pairs
    def short(article: str, n: int) -> tuple[str, ...] | None:
        if not 0 <= n < len(read[article]):
            return None
        sentence = read[article][n]
        return None if (article, sentence.packed[0]) in units else compared_words(sentence.tokens) or None

    # Where each body sentence stands with the short sentences before and after it, for those beside one: most
    # copied pairs have none, and asking only of the sentences beside one costs a look-up per pair.
    flanked: dict[int, tuple[tuple[str, int], tuple[str, ...] | None, tuple[str, ...] | None]] = {}
    for p, unit in enumerate(whole):
        if not unit.span.in_title:
            article = unit.span.article
            n = place[article, unit.span.start]
            before, after = short(article, n - 1), short(article, n + 1)
            if before is not None or after is not None:
                flanked[p] = (article, n), before, after
    copied = set()
    for m in matches:
        if m.a in flanked and m.b in flanked and m.kind != "paraphrase":
            (x, before_x, after_x), (y, before_y, after_y) = flanked[m.a], flanked[m.b]
            if before_x is not None and before_x == before_y or after_x is not None and after_x == after_y:
                copied.add((x, y))

    pairs = set()
    for (x, i), (y, j) in copied:
        for step in (-1, 1):
            k = step
            while (words := short(x, i + k)) is not None and words == short(y, j + k):
                pairs.add(((x, i + k), (y, j + k)))
                k += step
    index = {a.id: n for n, a in enumerate(dossier.articles)}
    built = []
    for group in _joined(pairs):
        by_article: dict[str, int] = defaultdict(lambda: -1)
        for article, n in sorted(group):
            by_article[article] = n if by_article[article] < 0 else by_article[article]
        if len(by_article) < 2:
            continue
        spans = tuple(sorted((Span(article, s.tokens[0].start, s.tokens[-1].end) for article, n in by_article.items()
                              for s in (read[article][n],)), key=lambda span: (index[span.article], span.start)))
        weak = any(span.article in doubtful for span in spans)
        built.append((weak, (index[spans[0].article], spans[0].start), 1.0, "verbatim", spans))
    return built


def _joined(pairs: Iterable[tuple[tuple[str, int], tuple[str, int]]]) -> list[list[tuple[str, int]]]:
    """The sentences (article, number) joined through chains of ``pairs``, each group in order, the
    groups in the order of their first sentences."""
    pairs = sorted(pairs)
    sentences = Partition(sorted({x for pair in pairs for x in pair}))
    for x, y in pairs:
        sentences.join(x, y)
    return sentences.groups()
