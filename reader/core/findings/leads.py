"""What a clause passage needs of its sentence to be read alone.

A sentence carrying two statements is linked once per statement through its clauses
(:func:`reader.core.links.units.clause_ranges`), so a passage may start mid-sentence on a word that
joins it to what went before (``but granted waivers to …``, ``which then sank``, ``after hosting …``).
Listed alone (a matrix row, an N-way version) it reads as a fragment: it is shown after a *lead*, the
few words of its sentence it leans on, with an ellipsis where words are left out. The passage itself,
what the link holds and compare marks, does not change.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.core.links.units import verb_indexes
from reader.core.model import Analysis, Link, Span, Token, shorten
from reader.core.vocabulary import DETERMINERS

LEAD_WORDS = 6
"""The most words of its sentence a lead shows: enough for a subject and its verb, or a noun and its
modifiers, not so many that the passage is pushed out of a matrix row."""

ELLIPSIS = "\u2026"

REFERRING = frozenset("which who whom whose where".split())
"""After a comma they open a clause about the words right before it (``…, the ferry Orla, which sank``)."""
JOINING = frozenset("and but or nor yet so".split())
"""They join a clause that may have a subject of its own (``and the crew was rescued``) or share the
sentence's (``and was towed to port``)."""
SUBJECTS = DETERMINERS | frozenset("i you he she it we they there".split())
"""Lower-case words that open a subject (``the crew``, ``she``): a passage opening on one reads alone."""
_DASHES = ("-", "--")


def lead(analysis: Analysis, span: Span) -> str:
    """The words ``span`` is shown after, on one line (``''`` when it reads alone): the words right
    before a clause about them (``… the ferry Orla,`` before ``which sank``), else its sentence's
    opening up to its first verb (``The port authority closed …`` before ``but granted waivers to …``).
    Only a passage opening, outside a quotation, on a lower-case word that is not its own subject
    gets one."""
    if span.in_title:
        return ""
    sentences = analysis.sentences_overlapping(span)
    if len(sentences) != 1:
        return ""
    tokens = sentences[0].tokens
    at = next((i for i, token in enumerate(tokens) if token.start >= span.start), 0)
    if at == 0 or not _leaning(tokens[at:]):
        return ""
    if tokens[at].norm in REFERRING:
        first = max(0, at - LEAD_WORDS)
        while first < at - 1 and not tokens[first].is_word:
            first += 1
        return _words(analysis, span, tokens, first, at, before=first > 0)
    first = _after_dateline(tokens[:at])
    verbs = sorted(i for i in verb_indexes(tokens[:at]) if i >= first)
    end = verbs[0] + 1 if verbs and _word_count(tokens[first : verbs[0] + 1]) <= LEAD_WORDS else _nth_word_end(tokens, first, at)
    return _words(analysis, span, tokens, first, end, before=False)


def excerpt(analysis: Analysis, link: Link, width: int) -> str:
    """The link's label passage (:meth:`~reader.core.model.Analysis.excerpt`) after its lead, on one line, cut to
    ``width`` characters: how a list of links names one."""
    span = analysis.label_passage(link)
    before = lead(analysis, span)
    return shorten(f"{before} {analysis.dossier.article(span.article).text(span)}", width) if before else analysis.excerpt(link, width)


def fitted(words: str, width: int) -> str:
    """A lead cut to ``width`` cells at a word, on the side away from its passage: the words a clause is
    about stay next to it (``… of the ferry Orla,``), a sentence's subject at its opening (``The port …``)."""
    if len(words) <= width:
        return words
    about = words.startswith(ELLIPSIS)
    pieces = [piece for piece in words.split(" ") if piece != ELLIPSIS]
    kept: list[str] = []
    for piece in reversed(pieces) if about else pieces:
        if sum(map(len, kept)) + len(kept) + len(piece) + 2 > width:
            break
        kept.append(piece)
    if not kept:
        return ELLIPSIS
    return ELLIPSIS + " " + " ".join(reversed(kept)) if about else " ".join(kept) + " " + ELLIPSIS


def _leaning(tokens: Sequence[Token]) -> bool:
    """Does a passage of these tokens lean on the words before it: open on a lower-case word that does not
    start a subject, or on a joining word with none after it (``and was towed``, not ``and the crew was``)?"""
    word = tokens[0]
    if not (word.is_word and word.text.isalpha() and word.text.islower()) or word.norm in SUBJECTS:
        return False
    if word.norm in JOINING and len(tokens) > 1:
        after = tokens[1]
        return not (after.norm in SUBJECTS or after.text[:1].isupper() or after.text[:1].isdigit() or after.norm == '"')
    return True


def _after_dateline(tokens: Sequence[Token]) -> int:
    """Where a sentence's own words begin: after a dateline's dash (``HARBOURTON, May 3 (Wire) -``: a dash
    before any lower-case word), else at its start."""
    for i, token in enumerate(tokens):
        if token.is_word and token.text.islower():
            return 0
        if token.norm in _DASHES:
            return i + 1
    return 0


def _word_count(tokens: Sequence[Token]) -> int:
    return sum(token.is_word for token in tokens)


def _nth_word_end(tokens: Sequence[Token], first: int, limit: int) -> int:
    """The index past the ``LEAD_WORDS``-th word from ``first`` (at most ``limit``)."""
    words = 0
    for i in range(first, limit):
        words += tokens[i].is_word
        if words == LEAD_WORDS:
            return i + 1
    return limit


def _words(analysis: Analysis, span: Span, tokens: Sequence[Token], first: int, end: int, *, before: bool) -> str:
    """The text of ``tokens[first:end]`` on one line, an ellipsis where the sentence goes on before or after it."""
    while end > first and tokens[end - 1].norm in _DASHES:
        end -= 1
    if end <= first:
        return ""
    article = analysis.dossier.article(span.article)
    text = " ".join(article.text(Span(span.article, tokens[first].start, tokens[end - 1].end)).split())
    after = tokens[end - 1].end < span.start and any(t.is_word for t in tokens[end:] if t.start < span.start)
    return (ELLIPSIS + " " if before else "") + text + (" " + ELLIPSIS if after else "")
