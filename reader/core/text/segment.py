"""Sentences with exact offsets into an article's body (their tokens: :mod:`reader.core.tokens`).

Sentences never cross a paragraph boundary. A full stop ends a sentence unless
it closes a known abbreviation (``Mr.``, ``Gen.``, ``Jan.``), an initial
(``J. Smith``) or is followed by a lower-case word; a closing quote after the
stop belongs to the sentence, and a short attribution after a closed quote
(``“…,” Garneau said.``) stays with the quote. A stop inside an open bracket
that closes before any other stop (``a 41-38 (. 519) record``, ``(Acme! News
report)``) ends nothing, nor does the stop of ``www.``: a bracket's text and a web
address stay in the sentence that holds them; a bracketed note with no stop of
its own closing a paragraph (``(Acme News report)``) joins the sentence before it.
A run longer than :data:`MAX_SENTENCE_CHARS` with no end is no sentence a person wrote: it is cut
into pieces of at most that length, at a space.
"""

from __future__ import annotations

import re

from reader.core.ingest.article_format import POSTING_CHARS, SENTENCE_CLOSE, STAMP_CHARS, STAMP_LINES, byline, stamp_date
from reader.core.vocabulary import (
    ATTRIBUTION_VERBS,
    CLAUSE_STARTERS,
    NON_TERMINAL_ABBREVIATIONS,
    TERMINAL_ABBREVIATIONS,
    lemmas,
)
from reader.core.model import Article, Sentence

_CLOSERS = "\"'\u201d\u2019\u00bb)]\u2033"
_OPENERS = "\"'\u201c\u2018\u00ab(["
# A candidate end: terminal marks, then any closing quotes or brackets, then space.
_END = re.compile(rf"(?:[.!?]+|\u2026|\.\.\.)[{re.escape(_CLOSERS)}]*(?=\s)")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
_CONTRACTED = re.compile(r"['\u2019](?:s|re|ll|ve|d|m)$")
"""The contracted verb after a pronoun (``It's``, ``They're``, ``I'm``)."""
_NEXT_WORD = re.compile(r"\s*[" + re.escape(_OPENERS) + r"]*([^\s]*)")
_BRACKETS = {"(": ")", "[": "]"}
_WEB_PREFIXES = frozenset({"www"})
"""A stop after these is inside a web address (``www. example. com`` in tokenised text)."""


def _inside_bracket(text: str, start: int, end: int, limit: int) -> bool:
    """Is ``text[start:end]`` inside a bracket opened since ``start`` that closes before ``limit``
    with no sentence mark before it (``(. 538)``, ``(Acme! News report)``)?"""
    piece = text[start:end]
    for opener, closer in _BRACKETS.items():
        opened = piece.rfind(opener)
        if opened < 0 or piece.find(closer, opened) >= 0:
            continue
        closes = text.find(closer, end, limit)
        if closes >= 0 and not re.search(r"[.!?\u2026]", text[end:closes]):
            return True
    return False


def _is_boundary(text: str, end_match: re.Match[str], limit: int) -> bool:
    """Does the candidate end ``end_match`` (inside ``text[:limit]``) really close a sentence?"""
    mark = end_match.group()
    following = _NEXT_WORD.match(text, end_match.end(), limit)
    next_word = following.group(1) if following else ""
    if not next_word:
        return False
    first = next_word[0]
    if first.islower():
        return False
    if not (first.isupper() or first.isdigit() or following.group().lstrip()[:1] in _OPENERS):
        return False
    if not mark.startswith(".") or mark.startswith("..") or mark.rstrip(_CLOSERS) != mark:
        return True
    before = _WORD_BEFORE.search(text, max(0, end_match.start() - 24), end_match.start() + 1)
    if before is None:
        return True
    word = before.group(1)
    key = word.lower()
    if key in NON_TERMINAL_ABBREVIATIONS or key in _WEB_PREFIXES or (len(word) == 1 and word.isupper()):
        return False
    if key in TERMINAL_ABBREVIATIONS or "." in word:
        # "Inc." or "U.S." ends a sentence only when a clause evidently starts ("It", "It's", "They're").
        return _CONTRACTED.sub("", next_word.strip(".,;:").lower()) in CLAUSE_STARTERS
    return True


def _is_attribution(text: str) -> bool:
    """A short tail such as ``Garneau said.`` that belongs to the quote before it."""
    words = text.split()
    if not words or len(words) > 6 or text[:1] in _OPENERS:
        return False
    return any(w.strip(".,;:").lower() in ATTRIBUTION_VERBS for w in words)


MAX_SENTENCE_CHARS = 1_500
"""Three times the longest sentence of the twenty real dossiers' 3,479 (518 characters). Every
passage is compared with others word by word, so one endless run of words (a page's text with its
stops stripped, up to the 200,000 characters of a paragraph analysed) took half a minute alone."""

_LAST_SPACE = re.compile(r".*\S(\s+)", re.DOTALL)
"""The last spaces after a word in a stretch: where :func:`_bounded` cuts it."""
_SPACES = re.compile(r"\s*")
_NOTE = re.compile(r"\s*(?:\([^()\n]*[^()\n.!?\u2026]\)|\[[^\[\]\n]*[^\[\]\n.!?\u2026]\])\s*$")
"""A bracketed note closing a paragraph, not a bracketed sentence: no mark ends it (``(Acme! News report)``)."""


def _sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence in ``text[start:end]``, trimmed of spaces."""
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in _END.finditer(text, start, end):
        if match.start() < cursor:
            continue
        if _is_boundary(text, match, end) and not _inside_bracket(text, cursor, match.end(), end):
            note = _NOTE.match(text, match.end(), end)
            cursor_at = note.end() if note else match.end()
            spans.append((cursor, cursor_at))
            cursor = cursor_at
    spans.append((cursor, end))
    trimmed: list[tuple[int, int]] = []
    for a, b in spans:
        piece = text[a:b]
        a += len(piece) - len(piece.lstrip())
        b -= len(piece) - len(piece.rstrip())
        if a >= b:
            continue
        if trimmed and text[trimmed[-1][1] - 1] in _CLOSERS and _is_attribution(text[a:b]):
            trimmed[-1] = (trimmed[-1][0], b)
        else:
            trimmed.append((a, b))
    return [piece for a, b in trimmed for piece in _bounded(text, a, b)]


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(start, end)`` cut at spaces into pieces of at most :data:`MAX_SENTENCE_CHARS` (a word
    longer than that is cut where it reaches it)."""
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        space = _LAST_SPACE.match(text, start, start + MAX_SENTENCE_CHARS)
        cut = space.start(1) if space else start + MAX_SENTENCE_CHARS
        pieces.append((start, cut))
        start = _SPACES.match(text, cut, end).end()
    return [*pieces, (start, end)]


def _stamp(body: str, start: int, end: int) -> bool:
    return end - start <= POSTING_CHARS and stamp_date(body[start:end]) is not None


CROSSHEAD_WORDS = 5
"""A crosshead (a subheading between paragraphs: ``Secret audition``) has at most this many words."""
_CROSSHEAD_FOLLOWER_WORDS = 8
_OPEN_END = re.compile(r"[.!?…:;,\-–—][\"'”’»)]*$")
_QUOTE_MARKS = "\"'“”‘’«»"


def _crosshead(article: Article, paragraph: int) -> bool:
    """Is the paragraph a crosshead: a short line with no verb and no closing stop, set between a paragraph
    that ends a sentence and a longer one that does? It names what follows, as a Markdown subhead does
    (:attr:`Article.headings`): a real short sentence ends with its stop (``Nobody came.``), a line of a
    poem or a list runs on into lines like it, and a headline-like line with a verb says something."""
    body, (start, end) = article.body, article.paragraphs[paragraph]
    if end - start > STAMP_CHARS or not 0 < paragraph < len(article.paragraphs) - 1:
        return False  # most paragraphs: longer than any line of five words
    text = body[start:end]
    words = text.split()
    if len(words) > CROSSHEAD_WORDS or _OPEN_END.search(text) or not text[:1].isupper():  # a quotation is someone's words
        return False
    before, after = (body[s:e] for s, e in (article.paragraphs[paragraph - 1], article.paragraphs[paragraph + 1]))
    if not (SENTENCE_CLOSE.search(before) and SENTENCE_CLOSE.search(after)):
        return False
    if len(after.split()) < max(_CROSSHEAD_FOLLOWER_WORDS, 2 * len(words)):
        return False
    return not any(map(_only_a_verb, words))


def _only_a_verb(word: str) -> bool:
    """Is ``word`` a verb and nothing else (``came``, ``was``; not ``audition``, also a noun)?"""
    kinds = lemmas(word.strip(_QUOTE_MARKS)).keys()
    return bool(kinds & {"VERB", "AUX"}) and not kinds & {"NOUN", "ADJ", "PROPN"}


def segment_article(article: Article) -> tuple[Sentence, ...]:
    """Every sentence of the article, in order, each inside one paragraph (:func:`paragraph_sentences`). A subhead
    holds none (it names what follows: a Markdown one, or a crosshead, :func:`_crosshead`), nor does a byline among
    the first paragraphs (``By Jana Roe``): it says who wrote the article, not what happened."""
    body = article.body
    sentences: list[Sentence] = []
    for paragraph, (p_start, p_end) in enumerate(article.paragraphs):
        if (paragraph in article.headings or _crosshead(article, paragraph)
                or paragraph < STAMP_LINES and byline(body[p_start:p_end])):
            continue
        for start, end in paragraph_sentences(body, p_start, p_end):
            sentences.append(
                Sentence(article.id, len(sentences), start, end, paragraph, body[start:end])
            )
    return tuple(sentences)


def paragraph_sentences(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of the paragraph ``body[start:end]``, read from it alone: what needs the
    sentences of a few paragraphs (the year of a date) need not segment the whole article. A paragraph that is only
    a date stamp (``Updated: May 3, 2021 10:05 GMT``) or a blog's posting line (``Posted by X in News on May 3,
    2021``) holds none: it tells when, not what happened; nor is a stamp after a sentence of its paragraph one
    (``... runs late again. 3:27 pm``)."""
    if _stamp(body, start, end):
        return []
    return [(a, b) for a, b in _sentence_spans(body, start, end) if not _stamp(body, a, b)]
