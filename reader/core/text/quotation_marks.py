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
from reader.core.vocabulary import ATTRIBUTION_VERBS, REPORTING_VERBS, WRITTEN_WORD, reads_as_title

_MARK = re.compile("[\"\u201c\u201d\u2033\u2018\u2019]")
INSERTION = re.compile(r"\[[^\]]*\]|\((?:[^()\s]+\s+){0,4}[^()\s]+\)")
"""An editorial insertion inside a quotation: ``[the minister]``, or ``(the minister)`` in the house style
that sets the reporter's words off by parentheses, a few words at most (a longer aside in parentheses is
the speaker's own, as in a written statement)."""


def _misused_opening(body: str, i: int, end: int) -> bool:
    """Is the mark at ``i`` an opening curly mark set before punctuation (``the orchestra \u201c, she said``)?
    Punctuation follows a quotation's words, never its opening mark: the mark closes."""
    return body[i] == "\u201c" and i + 1 < end and body[i + 1] in ",.;:!?"


def mark_spans(body: str, start: int, end: int) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """``(open, close, nested)`` of each top-level quotation in ``body[start:end]``: in double marks, in curly
    single ones, and in straight single ones where sure (:func:`_straight_singles`).

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
        if _misused_opening(body, i, end):
            ch = "\u201d"
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
    straight = _straight_singles(body, start, end, found)
    return sorted(found + straight) if straight else found


_APOSTROPHE = "'"
_ELIDED = re.compile(r"'(?:tis|twas|twill|em|n|til|cause|cos|bout|round|cept|\d\ds?)(?!\w)", re.IGNORECASE)
"""A word start that is an apostrophe standing for letters left out (``'tis``, ``rock 'n' roll``, ``the '90s``)."""
_ATTRIBUTED = re.compile(r"\s*(?:[^\W\d_][\w.'\u2019-]*\s+){0,5}?(?:"
                         + "|".join(sorted(ATTRIBUTION_VERBS | REPORTING_VERBS)) + r")\b")
"""Words after a quotation that attribute it: a reporting verb within six words (``county engineer Lina Morven said``)."""
_NEW_SENTENCE = re.compile(r"\s*$|\s+[\"\u201c\u2018'(]?[A-Z0-9]")
"""What follows a sentence's end: the paragraph's end, or a sentence opening."""


def _opens(body: str, i: int, start: int, end: int) -> bool:
    """A straight single mark at a word's start, not an elision (``'tis``, ``'n'``, ``'90s``)."""
    before = body[i - 1] if i > start else " "
    return not before.isalnum() and before not in ".,;:?!'" and i + 1 < end and body[i + 1].isalnum() \
        and not _ELIDED.match(body, i, end)


def _closes(body: str, i: int, end: int, open_: int, start: int) -> bool | None:
    """Does the straight single mark at ``i``, after one that opened at ``open_ - 1``, close a quotation
    (``True``), end a doubtful span (``False``), or neither (``None``: an apostrophe, ``the boys' club``)?"""
    before, after = body[i - 1], body[i + 1 : i + 2]
    if after[:1].isalnum():
        return None  # "didn't", "O'Dwyer"
    if before in ",?!" or before == "." and not body[i + 1 : i + 3].strip()[:1].islower():  # not "the U.S.' allies"
        return _ATTRIBUTED.match(body, i + 1, end) is not None \
            or before != "," and _NEW_SENTENCE.match(body, i + 1, end) is not None  # ",' X said", ".' Then", "?'"
    if before.isalnum() and after == ",":
        return _ATTRIBUTED.match(body, i + 2, end) is not None  # "', X said"
    if before.isalnum() and after in (".", "?", "!"):  # a whole sentence in marks: "'…'."
        return _NEW_SENTENCE.match(body, i + 2, end) is not None and body[start : open_ - 1].rstrip()[-1:] in ".?!"  # "" too
    return False if after in (":", ";") else None


def _set_off(body: str, i: int, end: int) -> bool:
    """Is the straight single mark at ``i`` a closing one a space set off from its words, on the attribution
    (``'…, 'he said``: a typing slip), rather than one opening words of a verb (``'he said'``)?"""
    return body[i - 2 : i] in (", ", "? ", "! ") and i + 1 < end and body[i + 1].isalpha() \
        and _ATTRIBUTED.match(body, i + 1, end) is not None


def _names_a_title(body: str, open_: int, close: int) -> bool:
    """Are the words in straight single marks one word or a title's (``'Foxy'``, ``'Harbour of Lights'``:
    :func:`~reader.core.vocabulary.reads_as_title`)? A nickname or a title as likely as a quotation: not sure, so none."""
    return len(WRITTEN_WORD.findall(body, open_, close)) <= 1 or reads_as_title(body[open_:close])


def _straight_singles(body: str, start: int, end: int, taken: list[tuple[int, int, list]]) -> list[tuple[int, int, list]]:
    """``(open, close, [])`` of each quotation in straight single marks of ``body[start:end]`` outside those
    ``taken`` (double marks hold single ones as their own words): a mark at a word's start closed at a word's
    end right before an attribution (``'…,' X said``, ``'…', X said``) or the sentence's end (``'…?'``, a whole
    sentence ``'…'.``), or set off from its words by a space (:func:`_set_off`). Apostrophes (``don't``, ``the
    boys' club``, ``'90s``) open and close none; a doubtful span (``'full quiet,' and the clinic``, a title
    ``'Harbour Lights':``, one word or capitalised words only: :func:`_names_a_title`) is no quotation."""
    if _APOSTROPHE not in body[start:end]:
        return []
    marked = [(a - 1, b + 1) for a, b, _ in taken]
    found: list[tuple[int, int, list]] = []
    open_: int | None = None

    def close(at: int) -> None:
        """The span from ``open_`` to ``at``, unless it holds other marks' quotation or names a title."""
        if not any(open_ <= a < at for a, _ in marked) and not _names_a_title(body, open_, at):
            found.append((open_, at, []))

    i = body.find(_APOSTROPHE, start, end)
    while i >= 0:
        if any(a <= i < b for a, b in marked):
            open_ = None
        elif open_ is not None and _set_off(body, i, end):
            close(i)  # the space inside the marks, as printed
            open_ = None
        elif _opens(body, i, start, end):
            open_ = i + 1
        elif open_ is not None and (closes := _closes(body, i, end, open_, start)) is not None:
            if closes:
                close(i)
            open_ = None
        i = body.find(_APOSTROPHE, i + 1, end)
    return found


def outside_single_marks(text: str) -> str:
    """``text`` with every word that may stand inside straight single marks blanked: from a mark at a word's start
    (not an elision) to the next mark not inside a word, or the text's end. Words a report may quote so, read as a
    quotation or not (:func:`mark_spans` reads only spans it is sure of), are never its own unmarked words."""
    if _APOSTROPHE not in text:
        return text
    out, at, i = [], 0, text.find(_APOSTROPHE)
    while i >= 0:
        if _opens(text, i, 0, len(text)):
            close = i + 1
            while (close := text.find(_APOSTROPHE, close)) >= 0 and close + 1 < len(text) \
                    and text[close - 1].isalnum() and text[close + 1].isalnum():
                close += 1  # "didn't" inside
            close = len(text) if close < 0 else close
            out += [text[at:i], " " * (close - i)]
            at = close
            i = text.find(_APOSTROPHE, close + 1)
        else:
            i = text.find(_APOSTROPHE, i + 1)
    return "".join(out) + text[at:]


CARRIED_PARAGRAPHS = 4
"""A quotation left open may run on through this many following paragraphs to a closing mark."""
_DOUBLE = re.compile("[\"\u201c\u201d\u2033]")


def _closer(body: str, start: int, end: int) -> int | None:
    """Where a paragraph closes a quotation opened before it: its first double mark, when that mark can
    only close (a curly closing mark, a misused opening one (:func:`_misused_opening`), or a straight one left unpaired in the paragraph after a word: one
    opening the paragraph opens a quotation of its own)."""
    first = _DOUBLE.search(body, start, end)
    if first is None:
        return None
    closing = first.start() > start and not body[first.start() - 1].isspace()
    if first.group() in "\u201d\u2033" or _misused_opening(body, first.start(), end) or (
            first.group() == '"' and closing and body.count('"', start, end) % 2):
        return first.start()
    return None


def _reopened(body: str, paragraphs: tuple[tuple[int, int], ...], n: int) -> bool:
    """Does the paragraph after paragraph ``n`` open with a double quotation mark (the English convention for a
    quotation that goes on there)?"""
    if n + 1 >= len(paragraphs):
        return False
    start, end = paragraphs[n + 1]
    return body[start:end].lstrip()[:1] in ('"', "\u201c")


_OWN_ATTRIBUTION = re.compile(r",\s+(?:[^\W\d_][\w.'\u2019-]*\s+){0,6}?(?:"
                              + "|".join(sorted(ATTRIBUTION_VERBS | REPORTING_VERBS)) + r")\b[^,;:]*$")
"""The end of a span that attributes it itself (``…, police said.``, ``…, said Lt. Ivo Brandt on Monday.``)."""


def _unquoted(body: str, open_: int, close: int) -> bool:
    """Do words a lone mark leaves open end in their own attribution? Then they are a report's own sentence
    behind a stray mark (wire copy pasted after one), no quotation."""
    return _OWN_ATTRIBUTION.search(body[open_:close].rstrip()) is not None


@lru_cache(maxsize=512)
def _read(article: Article) -> tuple[tuple[tuple[int, int], ...], frozenset[tuple[int, int]]]:
    """:func:`quotation_bounds` and :func:`left_open` of the article, read in one pass."""
    body, paragraphs = article.body, analysed_part(article).paragraphs
    found: list[tuple[int, int]] = []
    unclosed: set[tuple[int, int]] = set()
    carried_to = -1
    for n, (start, end) in enumerate(paragraphs):
        if n <= carried_to:
            continue
        spans = [(open_, close) for open_, close, _ in mark_spans(body, start, end)]
        found.extend(spans)
        if not spans or spans[-1][1] != end or _reopened(body, paragraphs, n):
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
        if carried_to < n:  # closed nowhere
            if _unquoted(body, *spans[-1]):
                found.pop()
            else:
                unclosed.add(spans[-1])
    return tuple(found), frozenset(unclosed)


def quotation_bounds(article: Article) -> tuple[tuple[int, int], ...]:
    """``(start, end)`` just inside the marks of every top-level quotation of the article, in body order;
    remembered, as the entities, the quotations, the origins and the naming each ask it of every article.

    Unlike :func:`find_quotations` (which takes each paragraph alone), a quotation
    left open may continue through the following paragraphs to one that closes
    it with no opening mark of its own (text stored one sentence per line splits
    a quoted statement so): those paragraphs, up to the closing mark, are quoted too.
    One left open that neither goes on so nor in a paragraph opening with a mark
    (:func:`_reopened`, the English convention) ends at its paragraph's end, but is
    none when its words end in their own attribution (:func:`_unquoted`).
    """
    return _read(article)[0]


def left_open(article: Article) -> frozenset[tuple[int, int]]:
    """The article's quotations (:func:`quotation_bounds`) a mark left open at a paragraph's end with no
    closing mark anywhere and no paragraph going on with one: where the speaker's words end is a guess."""
    return _read(article)[1]


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
