"""Where quotations open and close in an article's text: one reading of quotation marks, for the
quote tracker (who said it) and for entities (a word capitalised only inside a quotation); and
the words a quotation is compared by (:func:`quoted_words`), for the quote tracker and for
telling links apart by speaker."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from functools import lru_cache

from reader.core import vocabulary as gz
from reader.core.ingest.loading import analysed_part
from reader.core.model import Article
from reader.core.tokens import tokenize

_MARK = re.compile("[\"\u201c\u201d\u2033\u2018\u2019]")
INSERTION = re.compile(r"\[[^\]]*\]|\((?:[^()\s]+\s+){0,4}[^()\s]+\)")
"""An editorial insertion inside a quotation: ``[the minister]``, or ``(the minister)`` in the house style
that sets the reporter's words off by parentheses, a few words at most (a longer aside in parentheses is
the speaker's own, as in a written statement)."""


def mark_spans(body: str, start: int, end: int) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """``(open, close, nested)`` of each top-level quotation in ``body[start:end]``.

    ``open``/``close`` are the inner bounds (just inside the marks).
    """
    found: list[tuple[int, int, list[tuple[int, int]]]] = []
    double: int | None = None
    single: int | None = None
    nested: list[tuple[int, int]] = []
    for mark in _MARK.finditer(body, start, end):
        i, ch = mark.start(), mark.group()
        before = body[i - 1] if i > start else " "
        after = body[i + 1] if i + 1 < end else " "
        if ch == '"' and double is None and not before.isspace() and before not in "([" and (
                after.isspace() or after in ".,;:!?)"):
            continue  # a straight mark shaped as a closing one, with nothing open: a stray, opens nothing
        if ch == '"' and (before == "=" or after in "<>"):
            continue  # markup left in the text ('href="...">carbon consulting'): no quotation
        if ch == "\u201c" or (ch == '"' and double is None):
            if double is None:
                double, nested = i + 1, []
        elif ch in "\u201d\u2033" or ch == '"':
            if double is not None:
                found.append((double, i, nested))
                double = None
        elif ch == "\u2018" and not before.isalnum():
            single = i + 1
        elif ch == "\u2019" and single is not None and not after.isalnum():
            if double is not None:
                nested.append((single, i))
            else:
                found.append((single, i, []))
            single = None
    if double is not None:
        found.append((double, end, nested))
    return found


CARRIED_PARAGRAPHS = 4
"""A quotation left open may run on through this many following paragraphs to a closing mark."""
_DOUBLE = re.compile("[\"\u201c\u201d\u2033]")


def _closer(body: str, start: int, end: int) -> int | None:
    """Where a paragraph closes a quotation opened before it: its first double mark, when that mark can
    only close (a curly closing mark, or a straight one left unpaired in the paragraph after a word: one
    opening the paragraph opens a quotation of its own)."""
    first = _DOUBLE.search(body, start, end)
    if first is None:
        return None
    closing = first.start() > start and not body[first.start() - 1].isspace()
    if first.group() in "\u201d\u2033" or (first.group() == '"' and closing and body.count('"', start, end) % 2):
        return first.start()
    return None


_SENTENCE_GAP = re.compile(r"[.!?][\"\u201d\u2019']? +[\"\u201c]?[A-Z]")
"""A sentence's end and the next one's capital: a stray mark's words are one short sentence, an attribution."""
_WORD = re.compile(r"[A-Za-z']+")
_OPENERS = frozenset('"\u201c\u2018')
_NAMED_SPEAKER = re.compile(r"(?:[A-Z][\w'\u2019.-]* ){1,2}([a-z]+)\b")
"""``Keller said``, ``Ada Keller told``: one or two capitalised words, then the verb that may report them."""


def _after_a_clause(body: str, start: int, mark: int) -> bool:
    """Does the mark at ``mark`` follow a comma that ends a clause of the paragraph (``talks were fair, "``), not
    an attribution that opens a quotation (``Varga said, "``, ``Asked about it, "``, ``According to the memo, "``,
    ``Varga wrote in a note, "``: a reporting verb anywhere in the sentence before the mark)?"""
    if not body.startswith(", ", mark - 2):
        return False
    ends = [body.rfind(end, start, mark) for end in (". ", "! ", "? ")]
    begin = max(ends) + 2 if max(ends) >= 0 else start
    return gz.REPORTING_VERBS.isdisjoint(_WORD.findall(body[begin:mark].lower()))


def _strays(body: str, paragraphs: list[tuple[int, int]], found: list[tuple[int, int]]) -> set[int]:
    """Where quotations open that are closing marks written after their space (``talks were fair, "Ada Varga said
    on Brill Business.``): opened inside a paragraph after a clause's comma (no reporting verb's), holding one
    sentence that opens with a named speaker and a reporting verb, and that nothing closes, in the paragraph or after
    it. A quotation opening its paragraph or a sentence, after ``said,``, ``According to the memo,`` or ``Asked about
    it,`` with the speaker's own words, or going on in a next paragraph that opens with a mark, is one."""
    firsts = [start for start, _ in paragraphs]
    strays = set()
    for k, (open_, close) in enumerate(found):
        at = bisect_right(firsts, open_) - 1
        speaker = _NAMED_SPEAKER.match(body, open_, close)
        if at < 0 or close != paragraphs[at][1] or speaker is None or speaker.group(1) not in gz.REPORTING_VERBS \
                or not _after_a_clause(body, firsts[at], open_ - 1) or _SENTENCE_GAP.search(body, open_, close):
            continue
        going_on = at + 1 < len(firsts) and (k + 1 < len(found) and found[k + 1][0] == firsts[at + 1]
                                             or body[firsts[at + 1] : firsts[at + 1] + 1] in _OPENERS)
        if not going_on:
            strays.add(open_)
    return strays


@lru_cache(maxsize=512)
def _reading(article: Article) -> tuple[tuple[tuple[int, int], ...], frozenset[int]]:
    """The article's quotations and its stray openings, read once for both (remembered: every stage asks)."""
    body, paragraphs = article.body, analysed_part(article).paragraphs
    found = _all_bounds(body, paragraphs)
    strays = _strays(body, paragraphs, found) if found else set()
    return tuple(span for span in found if span[0] not in strays), frozenset(strays)


def stray_openings(article: Article) -> frozenset[int]:
    """Where the article's quotation marks open nothing (:func:`_strays`): the quote tracker lists no quotation
    there and :func:`quotation_bounds` has none, so the words after them are the reporter's for the entities too."""
    return _reading(article)[1]


def quotation_bounds(article: Article) -> tuple[tuple[int, int], ...]:
    """``(start, end)`` just inside the marks of every top-level quotation of the article, in body order;
    remembered, as the entities, the quotations, the origins and the naming each ask it of every article.

    Unlike :func:`find_quotations` (which takes each paragraph alone), a quotation
    left open may continue through the following paragraphs to one that closes
    it with no opening mark of its own (text stored one sentence per line splits
    a quoted statement so): those paragraphs, up to the closing mark, are quoted too. A mark that opens nothing
    (:func:`stray_openings`) has no quotation.
    """
    return _reading(article)[0]


def _all_bounds(body: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Every quotation's bounds as the marks read, strays included (see :func:`quotation_bounds`)."""
    found: list[tuple[int, int]] = []
    carried_to = -1
    for n, (start, end) in enumerate(paragraphs):
        if n <= carried_to:
            continue
        spans = [(open_, close) for open_, close, _ in mark_spans(body, start, end)]
        found.extend(spans)
        if not spans or spans[-1][1] != end:
            continue
        for m in range(n + 1, min(n + 1 + CARRIED_PARAGRAPHS, len(paragraphs))):
            m_start, m_end = paragraphs[m]
            close = _closer(body, m_start, m_end)
            if close is None and _DOUBLE.search(body, m_start, m_end):
                break
            if close is not None:
                found.extend((a, b) for a, b in paragraphs[n + 1 : m])
                found.append((m_start, close))
                found.extend(
                    (open_, close_) for open_, close_, _ in mark_spans(body, close + 1, m_end)
                )
                carried_to = m
                break
    return found


def quoted_in(article: Article) -> Callable[[int, int], bool]:
    """``quoted(start, end)``: does ``[start, end)`` of the body lie inside one of the article's quotations
    (:func:`quotation_bounds`)? Two bisections, however many quotations: asked of every word."""
    bounds = quotation_bounds(article)
    opens = [start for start, _ in bounds]

    def quoted(start: int, end: int) -> bool:
        at = bisect_right(opens, start) - 1
        return at >= 0 and end <= bounds[at][1]

    return quoted


def quoted_words(text: str) -> list[str]:
    """The words two quotations are compared by: normal forms, hyphens dropped, editorial
    insertions (:data:`INSERTION`) left out, since a report may add its own."""
    return [t.norm.replace("-", "") for t in tokenize(INSERTION.sub(" ", text)) if t.is_word]
