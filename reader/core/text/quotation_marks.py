"""Where quotations open and close in an article's text: one reading of quotation marks, for the
quote tracker (who said it) and for entities (a word capitalised only inside a quotation); and
the words a quotation is compared by (:func:`quoted_words`), for the quote tracker and for
telling links apart by speaker."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from functools import lru_cache

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


@lru_cache(maxsize=512)
def quotation_bounds(article: Article) -> tuple[tuple[int, int], ...]:
    """``(start, end)`` just inside the marks of every top-level quotation of the article, in body order;
    remembered, as the entities, the quotations, the origins and the naming each ask it of every article.

    Unlike :func:`find_quotations` (which takes each paragraph alone), a quotation
    left open may continue through the following paragraphs to one that closes
    it with no opening mark of its own (text stored one sentence per line splits
    a quoted statement so): those paragraphs, up to the closing mark, are quoted too.
    """
    body, paragraphs = article.body, analysed_part(article).paragraphs
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
    return tuple(found)


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
