"""Candidate pairs: the sentences worth judging against one another, met through an inverted index of
their uncommon terms, never all against all.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Callable
from itertools import combinations

from reader.core.links.units import Unit
from reader.core.model.base import first_of_each

TOP_TERMS = 8
"""How many of a sentence's heaviest terms make its pair keys."""
KEY_DF_LIMIT = 48
"""A term or key in more sentences than this is not indexed on its own: it says little."""


COPIED_WORDS = 8
"""A sentence of this many words printed word for word in another report is a candidate, however few and common
its terms (``She said, 'I will tell you what I know.'``): a reprinted line, which the judge finds verbatim. On the
twenty corpus dossiers one link more, read right (a line of a memo two reports quote), verbatim shared sentences
linked 245 -> 246 of 248 (bodies; the other two are headlines, linked as titles)."""


QUOTED_WORDS = 6
"""A quotation of this many words (``judging.VERBATIM_RUN``) printed word for word in another report's sentence
makes the two candidates too, however common its words (``It ought never to have been tried,`` she said): the
same words quoted, which the judge finds verbatim, while what the two reports say around them may share nothing."""


INDEX_PARTS = 2
"""The candidate index is built in this many parts, one after the other: its peak memory divided."""


def candidate_partners(passages: list[Unit], weights: dict[str, float], df: Counter[str]) -> Callable[[int], list[int]]:
    """``partners(a)``: the later sentences of other articles that share two uncommon terms with sentence ``a``, or
    print it word for word (``COPIED_WORDS`` or more words, however common), or one of its quotations (``QUOTED_WORDS``).

    Terms in more than ``KEY_DF_LIMIT`` sentences are not indexed alone; pairs
    of a sentence's heaviest terms are, so two common words that rarely meet
    still bring two sentences together, and a sentence's own words (``COPIED_WORDS``) bring its copy. Asked one sentence at a time, so the
    candidate pairs (millions, in thousands of reports) are never all held at once.
    """
    # Keys are numbers (a term's, or past them a pair's), and a key one sentence holds keeps that
    # sentence's number alone, not a list; the index is built in parts, by key: millions of keys,
    # most of them held once, were most of the analysis' peak memory.
    ids = {term: number for number, term in enumerate(df)}
    terms = len(ids)
    printed: dict[tuple[str, ...], int] = {}  # a sentence's own words, keyed past every pair of terms
    keys_of = []
    made: dict[tuple, array] = {}  # the keys of each distinct text: a copy's are a look-up
    for passage in passages:
        text = (passage.terms, passage.words, passage.quotes)
        if (found := made.get(text)) is not None:
            keys_of.append(found)
            continue
        ranked = sorted(sorted(passage.terms), key=weights.__getitem__, reverse=True)  # heaviest first, ties in order: keys read in C
        keys = [(ids[x] + 1) * terms + ids[y] for x, y in combinations(sorted(ranked[:TOP_TERMS]), 2)
                if df[x] > KEY_DF_LIMIT or df[y] > KEY_DF_LIMIT]
        own = [passage.words] if len(passage.words) >= COPIED_WORDS else []
        for words in own + [quoted for quoted in passage.quotes if len(quoted) >= QUOTED_WORDS]:
            keys.append((terms + 1) * terms + printed.setdefault(words, len(printed)))
        keys_of.append(made.setdefault(text, array("q", keys + [ids[term] for term in ranked if df[term] <= KEY_DF_LIMIT])))
    del made
    # Each sentence's postings of a term (one vote) and of a pair of terms (two votes).
    by_term: list[list[list[int]]] = [[] for _ in passages]
    by_pair: list[list[list[int]]] = [[] for _ in passages]
    for part in range(INDEX_PARTS):
        index: dict[int, int | list[int]] = {}
        for number, keys in enumerate(keys_of):
            for key in keys:
                if key % INDEX_PARTS != part:
                    continue
                held = index.get(key)
                if held is None:
                    index[key] = number
                elif type(held) is int:
                    index[key] = [held, number]
                else:
                    held.append(number)
        for key, members in index.items():
            if type(members) is list and len(members) > KEY_DF_LIMIT:
                # a report's repeats of one text do not make the key common for the reports printing it once
                members = first_of_each(members, lambda member: (passages[member].article, passages[member].words))
            if type(members) is list and len(members) <= KEY_DF_LIMIT:
                for member in members:
                    (by_term if key < terms else by_pair)[member].append(members)
        del index
    del keys_of
    # Sentences holding the same postings in the same order are of one kind: copies of a text, but for a report's
    # repeat of one, which a common key leaves out (first_of_each).
    alike: dict[tuple[int, ...], int] = {}
    kinds = array("i", [alike.setdefault((*map(id, by_term[a]), -1, *map(id, by_pair[a])), len(alike)) for a in range(len(passages))])
    del alike

    met: dict[int, tuple[array, array]] = {}  # each kind's partners and their articles, while a sentence of it is to come
    last = {kind: a for a, kind in enumerate(kinds)}

    def partners(a: int) -> list[int]:
        # The votes of a kind's sentences are counted once (in C), and each keeps the partners after it, met in the
        # same order as when counted for it alone.
        kind = kinds[a]
        found = met.get(kind)
        if found is None:
            hits: Counter[int] = Counter()
            for votes, postings in ((1, by_term[a]), (2, by_pair[a])):
                hits.update([b for members in postings for b in members] * votes)
            voted = [b for b, count in hits.items() if count >= 2]
            found = met[kind] = array("i", voted), array("i", [passages[b].article for b in voted])
        if last[kind] == a:
            del met[kind]
        article = passages[a].article
        return [b for b, other in zip(*found) if b > a and other != article]

    return partners
