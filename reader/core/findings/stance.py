"""How each passage of a linked pair tells the statement both carry: outright, denied, not confirmed or
uncertain.

A link may join a statement and its denial: a near copy saying the opposite stays linked so the difference shows
(:func:`reader.core.links.polarity.opposite`), and a clause told after ``rejected reports that`` is a passage of its
own, linked to a report telling it outright. A fact-checker must see at once that one report asserts what the
other denies: :func:`stance_difference` says so, with the words that make each stance. It reads the statement's
verbs both passages share, in each passage's sentence (a frame may stand before the passage, or after it): each
occurrence denied by a denial right before it (``was not weakened``) or by a negative subject (``no bridge was``),
else framed by a ``that`` (:func:`reader.core.links.frames.frame`: ``nothing suggests that``, ``it is not true
that``; ``could not rule out that`` by :func:`_ruled_out`; a content noun's ``that`` by :func:`_noun_frame`: ``a
denial of reports that``) or a ``whether`` in its clause, else by a ``which`` clause right after it (``…, which was
not confirmed``: :func:`_told_after`), else told outright. A verb told two ways in one passage, or told at arm's length (hedged,
charged, asked, planned, after a denial that may reach it), a question, or two verbs differing in two ways, give no
stance: a wrong mark is worse than none. Hedges (``allegedly``, ``may``) are typed by
:mod:`reader.core.findings.difftypes`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.links.frames import FRAME_REACH, frame
from reader.core.links.grammar import CONTENT_NOUNS
from reader.core.links.polarity import FAILING, NEGATIVE_SUBJECTS, denial, denials_of, helpers_from
from reader.core.links.terms import is_compared, word_terms
from reader.core.links.units import verb_indexes
from reader.core.model import Analysis, Link, Span, Stance, StanceDifference, Token
from reader.core.vocabulary import ACCUSING, AUXILIARIES, DENYING, HEDGES, NEGATIONS, REPORTING_VERBS

SHOWING_NOUNS = CONTENT_NOUNS | frozenset("proof sign signs indication indications".split())
"""Nouns whose ``that`` opens what is alleged or shown (``no proof that``): the links read only ``CONTENT_NOUNS``."""
DISMISSING = frozenset("reject rejects rejected rejecting dismiss dismisses dismissed dismissing".split())
"""Before a noun's ``that`` they deny it as ``DENYING`` does (``rejected reports that``)."""
FALSE = frozenset("false baseless unfounded untrue groundless bogus fake".split())
"""In a noun's phrase they deny its ``that`` (``false claims that``)."""
UNCONFIRMED = frozenset("unconfirmed unverified unsubstantiated".split())
"""In a noun's phrase they tell its ``that`` as not confirmed (``unconfirmed reports that``)."""
TRUE = frozenset("true correct accurate".split())
"""Denied before a ``that`` they deny it (``it is not true that``)."""
SUGGESTING = frozenset("suggest suggests suggested indicate indicates indicated".split())
"""Verbs that frame a ``that`` as shown, read as verbs where the links may not (``nothing suggests that``)."""
DENIAL_NOUNS = frozenset("denial denials rejection refutation".split())
"""Nouns that deny their ``that`` or the ``that`` of the noun they are of (``issued a denial that``, ``a denial
of reports that``)."""
RULING = frozenset("rule rules ruled ruling".split())
"""With ``out`` before a ``that`` they deny it (``ruled out that``); denied, they leave it open (``could not rule
out that``, ``cannot be ruled out that``)."""
DENIERS = DENYING | DISMISSING | FALSE | TRUE | DENIAL_NOUNS | RULING
"""A stance made with one of them is ``denied``; one made with a bare negation (``did not confirm that``, ``no
evidence that``) is ``not confirmed``: nobody said it is not so."""
POSSIBILITY = frozenset("possibility prospect chance".split())
"""Between ``rule out the`` and its ``that`` (``did not rule out the possibility that``)."""
CONFIRMING = frozenset("confirm confirms confirmed verify verifies verified corroborate corroborated substantiate substantiated".split())
"""Denied in a ``which`` clause right after a statement, they tell it as not confirmed (``…, which was not confirmed``)."""
AT_ARMS_LENGTH = HEDGES | ACCUSING
"""Before a verb told with no denial or frame, they tell it as claimed, charged or likely (``allegedly``, ``accused
him of leaking``, ``may``): not outright, and no stance of its own here (a hedge is a difference type of its own)."""
ASKING = frozenset("if unless ask asks asked asking wonder wonders wondered wondering".split())
"""In a verb's clause before it, they ask or suppose (``wants to know if he offered``, ``asked if``): not outright."""
UNREAL = frozenset({"would", "have"})
"""Together among a verb's helpers they tell what would have been (``would have reached``), not what was; ``would``
alone tells what was to come (``said it would reopen``)."""
NOT_A_DENIAL = frozenset({"sooner"})
"""After ``no`` they assert (``no sooner had the floods receded than``)."""
BREAKS = frozenset({",", ";", ":", "(", ")", '"', "-", "--", "\u2013", "\u2014"})
"""Marks that end the clause a ``that`` or ``whether`` opens, for this reading (an aside, a quotation, another
clause): a verb after one is not read as framed."""

OPENERS = frozenset({"that", "whether"})
"""They open the clause whose frame :func:`_occurrence` reads; a negative subject before one is its verb's, not the
clause's (``found no evidence that``)."""

_Reading = tuple[tuple[str, ...], tuple[Token, ...], tuple[int, ...], int, int]


def stance_difference(analysis: Analysis, a: Span, b: Span, read: dict[Span, _Reading | None] | None = None
                      ) -> StanceDifference | None:
    """How passages ``a`` and ``b`` tell the statement they share, when not alike (one ``asserted``, the other
    ``denied``...): every verb they share told alike but those told in one same other way (``said`` alike,
    ``weakened`` and ``not weakened``). ``None`` when they tell all alike, share no verb, or either passage's
    stance of one is unclear (:func:`_stances`), or two verbs differ in two ways. ``read`` keeps each passage's
    reading for the next pair it is in (:func:`~reader.core.findings.difftypes.link_differences`' pairs)."""
    if not (_may_turn(analysis, a) or _may_turn(analysis, b)):
        return None  # most pairs: two passages told outright, whatever their verbs
    read = {} if read is None else read
    for span in (a, b):
        if span not in read:
            read[span] = _reading(analysis, span)
    first, second = read[a], read[b]
    if first is None or second is None:
        return None
    shared = _verb_terms(first) & _verb_terms(second)
    mine, theirs = (_stances(first, shared), _stances(second, shared)) if shared else (None, None)
    if mine is None or theirs is None:
        return None
    differing = [term for term in mine if term in theirs and mine[term][0] != theirs[term][0]]
    if len({(mine[term][0], theirs[term][0]) for term in differing}) != 1:
        return None
    (told_a, at_a), (told_b, at_b) = mine[differing[0]], theirs[differing[0]]
    return StanceDifference(told_a, told_b, _cue(a, first, at_a), _cue(b, second, at_b))


def pair_stance(analysis: Analysis, link: Link, a: str, b: str) -> StanceDifference | None:
    """:func:`stance_difference` of ``link``'s passage in report ``a`` and in report ``b``: read from the analysis'
    findings when the worker found that pair, else found now (two sentences read)."""
    a_span, b_span = link.passage_in(a), link.passage_in(b)
    if a_span is None or b_span is None:
        return None
    i, j = link.passages.index(a_span), link.passages.index(b_span)
    for pair in analysis.findings.differences.get(link.id, ()):
        if (pair.a, pair.b) == (i, j):
            return pair.stance
        if (pair.a, pair.b) == (j, i):
            return _swapped(pair.stance)
    return stance_difference(analysis, a_span, b_span)


def _swapped(found: StanceDifference | None) -> StanceDifference | None:
    """``found`` read from the other side."""
    return found and StanceDifference(found.b, found.a, found.b_cue, found.a_cue)


def stance_note(found: StanceDifference, analysis: Analysis, a: str, b: str) -> str:
    """``found`` between reports ``a`` and ``b`` in words, each stance that is not ``asserted`` with its words first:
    ``stance: not confirmed in Harbour Daily (“found no evidence that”), asserted in Valley Post``."""
    sides = sorted(((found.a, found.a_cue, a), (found.b, found.b_cue, b)), key=lambda side: side[0] == "asserted")
    said = []
    for stance, cue, article in sides:
        words = f" (\u201c{' '.join(analysis.dossier.article(article).text(cue).split())}\u201d)" if cue else ""
        said.append(f"{stance} in {analysis.dossier.names[article]}{words}")
    return "stance: " + ", ".join(said)


def link_stances(analysis: Analysis, link: Link) -> tuple[str, ...]:
    """:func:`stance_note` of each pair of ``link`` the worker found telling the statement otherwise: what the Markdown
    and HTML exports say under the link's versions."""
    return tuple(stance_note(pair.stance, analysis, link.passages[pair.a].article, link.passages[pair.b].article)
                 for pair in analysis.findings.differences.get(link.id, ()) if pair.stance)


def _reading(analysis: Analysis, span: Span) -> _Reading | None:
    """The words of ``span``'s sentence (the words that frame the passage may stand before it, or after it:
    ``…, which was not confirmed``), their tokens, where its verbs stand among them
    (:func:`~reader.core.links.units.verb_indexes`), and where the passage's first word is and its last ends;
    ``None`` for a question or a passage over two sentences."""
    if span.in_title:
        tokens = analysis.passage_tokens(span)
        first = 0
    else:
        inside = analysis.sentences_overlapping(span)
        if len(inside) != 1:
            return None
        tokens = inside[0].tokens
        first = sum(token.end <= span.start for token in tokens)
    if any(token.norm == "?" for token in tokens):
        return None
    kept = tuple(token for token in tokens if is_compared(token) or token.norm in BREAKS)
    words = tuple(token.norm.replace("-", "") if is_compared(token) else token.norm for token in kept)
    first = sum(token.end <= tokens[first].start for token in kept) if first < len(tokens) else len(kept)
    last = len(kept) if span.in_title else sum(token.end <= span.end for token in kept)
    return words, kept, tuple(sorted(verb_indexes(kept))), first, last


_TURNING = re.compile(r"\b(?:" + "|".join(sorted(NEGATIONS | NEGATIVE_SUBJECTS | OPENERS | FAILING | DENYING | DISMISSING))
                      + r")\b|n['\u2019 ]+t\b", re.I)
"""A word that may tell a verb otherwise than outright (:func:`_occurrence`): a denial, a negative subject, an opener,
a word of ``FAILING`` or one that denies after the statement (``…, which officials denied``)."""


def _may_turn(analysis: Analysis, span: Span) -> bool:
    """May ``span``, read in its sentence (its words before and after it), tell anything but outright (``_TURNING``)? A look at the text: most
    passages of most pairs are told outright, and reading their words and verbs cost as much as typing their
    changes."""
    article = analysis.dossier.article(span.article)
    if span.in_title:  # the title line's offsets are below 0
        return _TURNING.search(article.text(span)) is not None
    inside = analysis.sentences_overlapping(span)
    start, end = (inside[0].start, inside[-1].end) if inside else (span.start, span.end)
    return _TURNING.search(article.body, start, end) is not None


def _verb_terms(reading: _Reading) -> set[str]:
    words, _, verbs, first, last = reading
    return {term for v in verbs if first <= v < last for term in word_terms(words[v])}


def _stances(reading: _Reading, shared: set[str]) -> dict[str, tuple[Stance, tuple[int, int] | None]] | None:
    """How the passage tells each shared verb, in the order it tells them, with the words (a range of indexes)
    that make it so; not the occurrences framing another (``have not found evidence that`` beside ``found
    evidence that``: what is framed is the statement). ``None`` when one is told at arm's length, or one verb two
    ways."""
    words, _, verbs, first, last = reading
    told = {v: _occurrence(words, verbs, v) for v in verbs if first <= v < last and shared.intersection(word_terms(words[v]))}
    frames = [found[1] for found in told.values() if found and found[1]]
    stances: dict[str, tuple[Stance, tuple[int, int] | None]] = {}
    for v, found in told.items():
        if any(start <= v < end for start, end in frames):
            continue
        if found is None:
            return None
        for term in shared.intersection(word_terms(words[v])):
            if stances.setdefault(term, found)[0] != found[0]:
                return None
    return stances


def _occurrence(words: tuple[str, ...], verbs: tuple[int, ...], v: int) -> tuple[Stance, tuple[int, int] | None] | None:
    """How the verb at ``v`` is told: denied right before it (:func:`~reader.core.links.polarity.denials_of`: one
    ``not``, or a word of ``FAILING`` before its ``to``; two are left unread),
    else as its clause's ``that`` or ``whether`` frames it, else as a ``which`` clause right after it tells it
    (:func:`_told_after`), else outright (:func:`_outright`)."""
    denials = denials_of(words, v)[1]
    if len(denials) > 1:
        return None  # two denials (``did not fail to``): left unread
    if denials:
        return "denied", (denials[0], denials[0] + (2 if words[denials[0]] in FAILING else 1))  # ``not``, ``failed to``
    opener = max((j for j in range(v) if words[j] in OPENERS), default=None)
    before = max((j for j in (*verbs, opener) if j is not None and j < v), default=-1)
    subject = [j for j in range(before + 1, v) if words[j] in NEGATIVE_SUBJECTS and words[j + 1] not in NOT_A_DENIAL]
    if subject and not any(words[j] in BREAKS for j in range(subject[0], v)):
        return "denied", (subject[0], subject[0] + 1)
    if opener is None or opener == 0 or any(words[j] in BREAKS for j in range(opener, v)) or _relative(words, verbs, opener):
        return _told_after(words, verbs, v) or _outright(words, v)
    if words[opener] == "whether":
        return "uncertain", (_clause_start(words, opener), opener + 1)
    # A reporting verb frames a ``that`` though the links do not read it as a verb (``never wrote that``; not a noun
    # that may be one, ``reports that``); a mark among the words is one no rule of ``frame`` knows.
    framing = (REPORTING_VERBS | SUGGESTING) - SHOWING_NOUNS
    framed = _ruled_out(words, verbs, opener) or frame(words, opener, (*verbs, *(j for j in range(opener) if words[j] in framing)))
    if framed is None and words[opener - 1] in SHOWING_NOUNS | DENIAL_NOUNS:
        framed = _noun_frame(words, verbs, opener - 1)
    elif framed is not None and words[opener - 1] in FALSE:  # ``it is untrue that``: the frame's word denies it
        framed = (not framed[0], framed[1], framed[2])
    if framed is None or framed[:2] == (False, False):
        return _told_after(words, verbs, v) or _outright(words, v)
    cue = (framed[2], opener + 1)
    if framed[0]:
        return ("denied" if DENIERS.intersection(words[cue[0]:cue[1]]) else "not confirmed"), cue
    return "uncertain", cue


def _outright(words: tuple[str, ...], v: int) -> tuple[Stance, None] | None:
    """The verb at ``v``, neither denied nor framed, told outright: unless told at arm's length in its sentence
    (``AT_ARMS_LENGTH``), asked or supposed in its clause (``ASKING``), as a plan or what did not happen (``to
    impose``, ``would have reached``: helpers with ``to``, or with both words of ``UNREAL``), or after a denial in its clause that may reach it
    (``never felt obstructed``, ``were not yet known``)."""
    clause = max((j for j in range(v) if words[j] in BREAKS or words[j] in OPENERS), default=-1) + 1
    helpers = words[helpers_from(words, v):v]
    if (AT_ARMS_LENGTH.intersection(words[:v]) or ASKING.intersection(words[clause:v]) or "to" in helpers or UNREAL <= set(helpers)
            or any(denial(words, j) or words[j] in NEGATIVE_SUBJECTS for j in range(clause, v))):
        return None
    return "asserted", None


def _told_after(words: tuple[str, ...], verbs: tuple[int, ...], v: int) -> tuple[Stance, tuple[int, int]] | None:
    """How a ``which`` clause right after the clause of the verb at ``v`` tells it, with its words: denied by a verb
    of ``DENYING`` or ``DISMISSING`` (``…, which officials denied``), not confirmed by a denied verb of ``CONFIRMING``
    (``…, which was not confirmed``); ``None`` with no such clause, another verb in it (``…, which did not reach the
    town``), that verb denied (``…, which they did not deny``) or confirmed."""
    comma = next((j for j in range(v + 1, len(words)) if words[j] in BREAKS), len(words))
    if words[comma:comma + 2] != (",", "which") or any(v < j < comma for j in verbs):
        return None
    end = next((j for j in range(comma + 2, len(words)) if words[j] in BREAKS), len(words))
    told = [j for j in range(comma + 2, end) if words[j] in CONFIRMING | DENYING | DISMISSING or j in verbs]
    if len(told) != 1 or words[told[0]] not in CONFIRMING | DENYING | DISMISSING:
        return None
    denied = len(denials_of(words, told[0])[1])
    cue = (comma + 1, told[0] + 1)
    if words[told[0]] in CONFIRMING:
        return ("not confirmed", cue) if denied == 1 else None
    return None if denied else ("denied", cue)


def _relative(words: tuple[str, ...], verbs: tuple[int, ...], that: int) -> bool:
    """Does the ``that`` open a relative clause (``the report that was published``), its verb right after it?"""
    return that + 1 in verbs or that + 1 < len(words) and words[that + 1] in AUXILIARIES


def _clause_start(words: tuple[str, ...], at: int) -> int:
    """Where the words framing the ``whether`` at ``at`` begin: up to ``FRAME_REACH`` words before it, within its
    clause (``it was unclear whether``)."""
    start = at
    while start > max(0, at - FRAME_REACH - 1) and words[start - 1] not in BREAKS:
        start -= 1
    return start


def _ruled_out(words: tuple[str, ...], verbs: tuple[int, ...], that: int) -> tuple[bool, bool, int] | None:
    """The frame of a ``that`` after ``rule out`` (``RULING``), ``the possibility`` between or not (``POSSIBILITY``),
    as (denied, open, where its frame begins): ruled out, denied; turned by one denial
    (:func:`~reader.core.links.polarity.denials_of`) or a negative subject before it (``could not rule out that``,
    ``no one ruled out that``), open; ``None`` with no ``rule out`` or two denials."""
    out = that - 1 if words[that - 1] == "out" else that - 3 if words[that - 1] in POSSIBILITY and words[that - 2] == "the" else -1
    if out < 1 or words[out] != "out" or words[out - 1] not in RULING:
        return None
    start, denials = denials_of(words, out - 1)
    last = max((j for j in verbs if j < start), default=-1)
    turns = len(denials) + (not NEGATIVE_SUBJECTS.isdisjoint(words[last + 1 : start]))
    return None if turns > 1 else (not turns, bool(turns), start)


def _noun_frame(words: tuple[str, ...], verbs: tuple[int, ...], noun: int) -> tuple[bool, bool, int] | None:
    """The frame of a noun's ``that`` (``reports that``), as (denied, open, where its frame begins): denied by a
    noun of ``DENIAL_NOUNS`` itself or in its phrase (``issued a denial that``, ``a denial of reports that``; not
    after a negative word: ``no denial that``), by a
    negative word or a word of ``FALSE`` in the noun's phrase (``found no evidence that``, ``false claims that``)
    or by the verb before that phrase (``denied reports that``, ``rejected claims that``, ``did not confirm claims
    that``), open with a word of ``UNCONFIRMED`` there; ``None`` otherwise (``review allegations that``: the claim
    told as claimed, which another report may tell outright)."""
    verb = max((j for j in verbs if j < noun), default=-1)
    if any(words[j] in BREAKS for j in range(verb + 1, noun)):
        return None
    start = max(verb, noun - FRAME_REACH, 0)
    phrase = words[start:noun]
    if words[noun] in DENIAL_NOUNS or not DENIAL_NOUNS.isdisjoint(phrase):
        return None if not NEGATIVE_SUBJECTS.isdisjoint(phrase) else (True, False, start)
    if not NEGATIVE_SUBJECTS.isdisjoint(phrase) or not FALSE.isdisjoint(phrase):
        return True, False, start
    if not UNCONFIRMED.isdisjoint(phrase):
        return False, True, start
    if verb < 0 or verb < noun - FRAME_REACH:
        return None
    if words[verb] in DISMISSING:
        return True, False, verb
    found = frame(words, verb + 1, verbs)
    return found if found and found[0] else None


def _cue(span: Span, reading: _Reading, at: tuple[int, int] | None) -> Span | None:
    """The words ``at`` (indexes of ``reading``'s words) as a span of ``span``'s article."""
    if at is None:
        return None
    tokens: Sequence[Token] = reading[1]
    return Span(span.article, tokens[at[0]].start, tokens[at[1] - 1].end)
