"""Sentences to units: each sentence and its clauses prepared for matching (terms, verbs, figures,
quotations, who spoke, whether it is a lede) and the dossier's term weights; with ``PairMatch``, the
record of two units judged alike that the later stages pass on.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Hashable, Sequence
from dataclasses import dataclass, field, fields, replace
from operator import attrgetter
from typing import TypeVar

from reader.core.links.addresses import MARKS, addresses
from reader.core.links.grammar import adverb, clause_starts, denies, gerund, only_frame, verb_form
from reader.core.links.referents import LOOK_BACK, Read, referent_candidates, subject_reference, the_one
from reader.core.links.terms import PHRASE_ENDS, STAGE_OF, YEAR, Anchored, Particular, anchor_particulars, compared_words, is_compared, particulars_of, phrase_verb, rarity, stem, term_pieces
from reader.core.links.titles import body_frequencies, body_sentences, headline_verbs, reading
from reader.core.links.story import function_words, languages_of
from reader.core.model import Dossier, LinkKind, Sentence, Span, Token
from reader.core.tokens import NORM
from reader.core.vocabulary import (
    ADVERBS_BETWEEN,
    ATTRIBUTION_VERBS,
    AUXILIARIES,
    CLAUSE_OPENERS,
    DETERMINERS,
    FACTLESS_WORDS,
    IRREGULAR_FORMS,
    MONTH_AND_DAY_NAMES,
    PICTURE_PLACES,
    RELATIVES,
    REPORTING_VERBS,
    SPOKEN_WHERE,
)

T = TypeVar("T")


ANCHOR_BOOST = 1.6
"""Weight factor of numbers and names: what a shared fact hangs on."""


ECHO_WORDS = 3
"""A quotation this many words long, found in another passage, echoes it (``“found credible evidence”``)."""


def _quotations(tokens: Sequence[Token], opened: bool = False) -> tuple[tuple[str, ...], ...]:
    """Word runs between paired double quote marks (``ECHO_WORDS`` words or more); ``opened``: the
    passage starts inside a quotation an earlier sentence opened (``"It's wasteful. It should never have
    been proposed," she said``: the last sentence's quotation runs up to its first mark)."""
    runs: list[tuple[str, ...]] = []
    inside: list[Token] | None = [] if opened else None
    for token in tokens:
        if token.norm == '"':
            if inside is None:
                inside = []
            else:
                runs.append(compared_words(inside))
                inside = None
        elif inside is not None:
            inside.append(token)
    return tuple(run for run in runs if len(run) >= ECHO_WORDS)


MIN_CLAUSE_WORDS = 5
"""A shorter piece stays with its neighbour: it cannot carry a fact alone."""


def clause_ranges(tokens: Sequence[Token], verbs: Collection[int] = frozenset()) -> list[tuple[int, int]]:
    """Token ranges ``[a, b)`` of a sentence's clauses, in order, covering it.

    Cuts fall after ``;`` and free-standing dashes (not two setting off an aside:
    ``_paired_dashes``; not a hyphen: ``_hyphen``), before a comma-led clause opener, before a quotation
    opened after a comma or colon (after a mark closing one begun in the
    sentence before: ``_closing_mark``), and before
    ``, and`` when a verb (token indexes in ``verbs``) stands on each side
    (``the alarm turned out to be a prank, and the pupils were sent home``, not
    ``Ruelle, 47, and Feldmann, 48, were treated``; ``and,`` before an inserted
    phrase too: ``drones played a major role in the war and, as The Globe
    reported, Canadian optics were used``) or opens what follows (``the
    ban affects 29 permits, and applies to aircraft parts``: a second predicate
    of the same subject, ``grammar.verb_form``); never inside a quotation.
    A participial tail (``, adding that …``) opens on who said it (``_told_by``).
    Pieces under ``MIN_CLAUSE_WORDS`` words join a neighbour.
    """
    cuts = [0]
    ands = []
    quoted = False
    asides = _paired_dashes(tokens)
    for i, token in enumerate(tokens):
        if token.norm == '"':
            closing = _closing_mark(tokens, i)
            if not quoted and i and tokens[i - 1].norm in (",", ":"):
                cuts.append(i + closing)  # a mark closing a quotation begun in the sentence before ends its piece
            quoted = not quoted and not closing
        elif quoted or i in asides:
            continue
        elif token.norm == ";" or (token.norm in ("-", "--") and not _hyphen(tokens, i)):
            cuts.append(i + 1)
        elif token.norm == "," and i + 1 < len(tokens) and tokens[i + 1].norm in CLAUSE_OPENERS:
            cuts.append(_told_by(tokens, i))
        elif token.norm == "," and i + 1 < len(tokens) and tokens[i + 1].norm == "and":
            ands.append(i + 1)
        elif token.norm == "and" and i + 1 < len(tokens) and tokens[i + 1].norm == "," and tokens[i - 1].norm != ",":
            ands.append(i)  # 'played a major role in the war and, as The Globe reported, ...'
    cuts = sorted({*cuts, *clause_starts(tokens, verbs), *_earlier_stages(tokens, verbs), len(tokens)})
    for cut in ands:
        after = bisect_right(cuts, cut)
        opens = cut + 1 < len(tokens) and (cut + 1 in verbs or verb_form(tokens[cut + 1].norm))
        if opens or (any(cuts[after - 1] <= v < cut for v in verbs) and any(cut < v < cuts[after] for v in verbs)):
            cuts.insert(after, cut)
    pieces: list[list[int]] = []
    for a, b in zip(cuts, cuts[1:]):
        words = len([t for t in tokens[a:b] if t.norm[:1].isalnum()])  # its words (Token.is_word), counted in one pass
        if not words and not pieces:
            continue
        if pieces and (words < MIN_CLAUSE_WORDS or pieces[-1][2] < MIN_CLAUSE_WORDS):
            pieces[-1][1:] = [b, pieces[-1][2] + words]
        else:
            pieces.append([a, b, words])
    if len(pieces) > 1 and pieces[-1][2] < MIN_CLAUSE_WORDS:
        pieces[-2][1:] = [pieces[-1][1], pieces[-2][2] + pieces[-1][2]]
        pieces.pop()
    return [(a, b) for a, b, _ in pieces]


def _told_by(tokens: Sequence[Token], comma: int) -> int:
    """Where the clause opened after ``comma`` starts: a participial tail (``adding that …``, ``saying …``) tells
    what its speaker went on to say, so the attribution before the comma (``…,” the minister said``, ``…, said
    Ines Duarte``: ``_attribution_start``) opens it with him; cut after the comma, the passage (a matrix row) was
    ``adding that he spoke with …`` with no one saying it. Only when a clause of its own stays before the
    attribution (``On Monday, Kessel confirmed the sale, adding …`` keeps its cut after the comma: the sale
    is a statement of its own). Other clauses start after the comma."""
    if tokens[comma + 1].norm.endswith("ing"):
        start = _attribution_start(tokens[:comma])
        if start is not None and sum(token.is_word for token in tokens[:start]) >= MIN_CLAUSE_WORDS:
            return start
    return comma + 1


def _subject_aside_end(tokens: Sequence[Token], verbs: Collection[int]) -> int | None:
    """Where a participle's phrase set off by commas after a sentence's subject ends (``Ibama's 250 million reais
    fine, announced on Monday, is small next to the damage``): the subject and the phrase state a fact of their
    own (the fine was announced on Monday), which another report may tell as its main statement. Only a subject
    with no verb, quotation or comma of its own, a phrase of one comma's length opening on a past participle and
    naming a day or month (``deployed on patrols in the gulf`` describes; it moved four links of one ship's patrol
    on the twenty corpus dossiers), and the sentence's own verb after it. The sentence stays a passage whole
    (``_read``): cut there, its statement lost its subject. On the twenty corpus dossiers one link gained a report
    (a deal ``expected to close by the end of January``), read right; no other link shown changed."""
    first = next((i for i, t in enumerate(tokens) if t.norm in (",", '"')), None)
    if not first or tokens[first].norm != "," or first + 2 >= len(tokens) or any(v < first for v in verbs):
        return None
    word = tokens[first + 1].norm
    if not (word.isalpha() and (len(word) > 4 and word.endswith("ed") or word in IRREGULAR_FORMS)):
        return None
    end = next((i for i in range(first + 2, len(tokens)) if tokens[i].norm in (",", '"', ";")), None)
    if end is None or tokens[end].norm != "," or end + 1 == len(tokens):
        return None
    if not any(t.norm in MONTH_AND_DAY_NAMES and t.text[:1].isupper() for t in tokens[first + 2 : end]):
        return None  # no day or month: a description (``deployed on patrols``, ``hosted by``), not a dated happening
    if sum(t.is_word for t in tokens[:end]) < MIN_CLAUSE_WORDS:
        return None
    after = tokens[end + 1].norm  # the sentence's own verb comes next (not ``known for her kinder, gentler humour``)
    return end + 1 if after in AUXILIARIES or end + 1 in verbs or verb_form(after) or after in REPORTING_VERBS else None


def _earlier_stages(tokens: Sequence[Token], verbs: Collection[int]) -> list[int]:
    """Where a past participle after a comma tells another stage of a story (``STAGE_OF``) than a verb before it
    (``was sentenced to life, convicted of assault``): a clause telling what came before, a fact of its own."""
    told = {i: STAGE_OF.get(stem(tokens[i].norm)) for i in sorted(verbs)}
    if not any(told.values()):
        return []  # most sentences: no verb of a stage, and no comma to look for
    return [i + 1 for i, token in enumerate(tokens[:-1]) if token.norm == "," and tokens[i + 1].norm.endswith("ed") and told.get(i + 1)
            and any(stage and stage != told[i + 1] for v, stage in told.items() if v < i)]


def _closing_mark(tokens: Sequence[Token], i: int) -> bool:
    """Does the quotation mark at ``i`` close a quotation: printed so (``”``), or straight and set against the
    word before it with a space after (``had to be done," she said``)? A sentence may begin inside a quotation
    opened in the one before (``It had to be done," she said`` after ``"We tried.``): its first mark closes it,
    and read as opening one, the cut before it would start a passage on a stray closing mark. On the twenty
    corpus dossiers no link shown changed."""
    text = tokens[i].text
    if text != '"':
        return text == "”"
    return i > 0 and tokens[i - 1].end == tokens[i].start and (i + 1 == len(tokens) or tokens[i + 1].start > tokens[i].end)


def _hyphen(tokens: Sequence[Token], i: int) -> bool:
    """Is the mark at ``i`` a hyphen a word was split at (``U.S.-made``: the tokenizer ends ``U.S.`` at its stop),
    not a dash: a ``-`` set against the words on both sides? Cut there, a passage opened on ``made …``."""
    return (tokens[i].text == "-" and 0 < i < len(tokens) - 1
            and tokens[i - 1].end == tokens[i].start and tokens[i].end == tokens[i + 1].start)


def _paired_dashes(tokens: Sequence[Token]) -> set[int]:
    """The free-standing dashes that set off an aside, two by two outside quotations (``the levy — aimed at
    one exporter — was justified on safety grounds``): cut there, the aside (``aimed at one exporter``,
    ``something the treaty does not cover``) would be a passage of its own with no subject of its own, and
    what follows it (``was justified on safety grounds``) one with no subject at all. A dash left unpaired
    opens a clause of its own (``the levy was lifted — a move welcomed by exporters``). Dashes side by side
    (``--`` read as two) are one mark; one after a dateline (``KESTRELTON, May 3 (Wire) —``: no word in lower
    case before it) pairs with none. On the twenty corpus dossiers a link read wrong went (an aside linked to a
    quotation about something else), no other link changed."""
    if not any(token.norm in ("-", "--") for token in tokens):
        return set()  # most sentences: no dash at all
    marks: list[list[int]] = []
    quoted = told = False
    for i, token in enumerate(tokens):
        if token.norm == '"':
            quoted = not quoted
        elif not told:
            told = token.is_word and token.text.islower()
        elif not quoted and token.norm in ("-", "--") and not _hyphen(tokens, i):
            if marks and marks[-1][-1] == i - 1:
                marks[-1].append(i)
            else:
                marks.append([i])
    return {i for mark in marks[: len(marks) // 2 * 2] for i in mark}


SPEECH_VERBS = ATTRIBUTION_VERBS - {"according", "asked", "asks", "announced"}
"""Reporting verbs whose subject is only the speaker (``X asked Canada to…`` is itself a fact)."""


def speaker_indexes(tokens: Sequence[Token]) -> set[int]:
    """Indexes of the tokens that only say who spoke: a paraphrase may name the speaker differently.

    They are the capitalised words next to a reporting verb (``Marina Costa
    told``, ``said Luiza Prates``), everything before a reporting verb that
    opens a quotation or a ``that`` clause (``Neil Ashcombe, controller of
    Network Drama, said:``) and a trailing ``, according to ...``.
    """
    found: set[int] = set()
    quoted = False
    for index, token in enumerate(tokens):
        quoted = quoted or token.norm == '"'
        if token.norm in SPEECH_VERBS and not quoted and index + 1 < len(tokens) and tokens[index + 1].norm in (":", '"', "that"):
            found.update(range(index))  # 'Neil Ashcombe, controller of Network Drama, said: "…"': all of it says who
        elif token.norm in SPEECH_VERBS:
            inverted = index and tokens[index - 1].norm in (",", '"')  # '…," said Luiza Prates'
            for step in (-1, 1) if inverted else (-1,):
                near = index + step
                while 0 <= near < len(tokens) and tokens[near].text[:1].isupper() and tokens[near].is_word:
                    found.add(near)
                    near += step
        elif token.norm == "according" and index and tokens[index - 1].norm == ",":
            found.update(range(index, len(tokens)))
    return found | _attribution_tail(tokens)


TAIL_WORDS = 8
"""The longest trailing attribution taken apart (``, producers Paul Danner and Lewis Okoro announced today.``)."""


def _attribution_tail(tokens: Sequence[Token]) -> set[int]:
    """The tokens of a closing ``, <who> said|announced|reported <when>.``: who told, not what happened.

    Only the last comma's clause, short, unquoted but for the mark closing a quotation before it, and
    holding a reporting verb; a name closing the sentence after a comma of its own is part of who told
    (``…," said the victim's uncle, Dale Morrow.``): two reports quoting him alike name him alike.
    """
    start = _attribution_start(tokens)
    if start is None:
        return set()
    return {i for i in range(start, len(tokens)) if tokens[i].is_word and tokens[i].norm not in REPORTING_VERBS}


def _attribution_start(tokens: Sequence[Token]) -> int | None:
    """Where the tokens' closing ``, <who> said|announced|reported <when>`` starts (see ``_attribution_tail``),
    past the mark closing a quotation before it; ``None`` when they close on none, or when the clause is a verb
    of speaking then another verb: what was said after who said it, set off by an apposition's comma."""
    last = second = None  # the last two commas
    for i in range(len(tokens) - 1, -1, -1):
        if tokens[i].norm == ",":
            if last is not None:
                second = i
                break
            last = i
    if last is None:
        return None
    named = [t for t in tokens[last + 1 :] if t.is_word]
    start = (second if second is not None and named and all(t.text[:1].isupper() for t in named) else last) + 1
    if start < len(tokens) and tokens[start].norm == '"':
        start += 1
    tail = tokens[start:]
    words = [t.norm for t in tail if t.is_word]
    if len(words) > TAIL_WORDS or any(t.norm == '"' for t in tail) or not REPORTING_VERBS.intersection(words):
        return None
    speaker = next((i for i, t in enumerate(tail) if t.norm in RELATIVE_OPENERS), len(tail))
    if words[0] in REPORTING_VERBS and any(tail[i].norm not in REPORTING_VERBS for i in verb_indexes(tail) if i < speaker):
        return None  # the sentence's verb after an apposition (``Dale Morrow, the mayor, said the pier would close``),
        # not one in a clause about the speaker (``, said a clerk whose shift had ended.``)
    return start


@dataclass(slots=True)
class Unit:
    """A sentence, or one clause of it, prepared for matching (slotted: thousands of reports make
    hundreds of thousands)."""

    sentence: int
    """Index of the whole sentence's unit: the sentence itself."""
    article: int
    span: Span
    words: tuple[str, ...]
    quotes: tuple[tuple[str, ...], ...]
    terms: frozenset[str]
    years: frozenset[str]
    particulars: frozenset[Anchored]
    """Its figures, ranks and weekdays (``particulars_of``) with the terms around them (``anchor_particulars``):
    a paraphrase must not name others."""
    lede: bool
    """Part of its article's first sentence, which in news states the main fact."""
    negated: int
    """Says ``not``, ``no``, ``never`` ... (``SAID``), only in an aside (``SAID_ASIDE``) or not at all
    (``NOT_SAID``): a paraphrase must agree on it, an aside agreeing with either."""
    actions: frozenset[str]
    """Terms of the words that look like verbs: what the passage says happened."""
    caption: bool
    """Its sentence reads as a photo caption (see ``_caption``)."""
    weight: float = 0.0
    referred: frozenset[str] = frozenset()
    """Terms of a name its subject stands for (``He``, ``the 41-year-old striker``), not written in it
    (``referents``): they count for a pair only with a passage naming that person first (``judging._as_named``)."""
    participles: frozenset[int] = frozenset()
    """Where a past participle after a comma and a verb before it opens a clause telling what came before
    (``was sentenced to life, convicted of assault``): indexes in ``words``."""
    relatives: frozenset[int] = frozenset()
    """Where a relative clause set off by a comma tells something of a thing named (``replaces Dale Morrow, who
    resigned in May,``: ``_relatives``), or a participle's phrase does (``_participle_asides``): indexes in ``words``."""
    sides: frozenset[int] = frozenset()
    """Where a clause opened by ``when`` or a relative word written small (``_side_clauses``: ``was drunk when
    wardens ...``, ``a pilot who was dismissed``) after the passage's first verb lies: indexes in ``words``."""
    aside_at: int = 0
    """Where the words after the passage's last comma start, when no quotation mark comes after it and two words do
    (``cleared the hall, some 12 miles south of Kestrelton``): an index in ``words``, 0 for none. Whether
    they hold a verb is asked only of a pair judged (``telling_apart._aside_shared``)."""
    addresses: frozenset[str] = frozenset()
    """The web and e-mail addresses it gives (``addresses.addresses``): most give none."""
    readings: dict | None = field(default=None, init=False, repr=False, compare=False)
    """What the tests of a pair read of it alone (what it says happened, how its verbs stand, where they
    are...), each kept when first read (:func:`kept`)."""


UNREAD_FIELDS = frozenset({"sentence", "article", "span", "readings"})
"""The fields of a unit no test judging a pair reads: where it stands (its sentence, article and span; a test
that read them would break :func:`alike_classes`) and what was read of it (``readings``, a cache)."""
READ_FIELDS = tuple(f.name for f in fields(Unit) if f.name not in UNREAD_FIELDS)
_read_fields = attrgetter(*READ_FIELDS)


def alike_classes(whole: list[Unit], clauses: list[list[Unit]]) -> list[int]:
    """For each sentence, the number of its class: sentences whose units (the sentence and its clauses) read
    alike, field by field (``READ_FIELDS``), and cut alike (where each clause starts and ends in the sentence,
    whether it is a title line), wherever they stand. Judging two sentences reads only that, so two pairs of
    sentences of the same two classes are judged alike: a sentence copied into many reports is judged against
    another text once (``judging.find_pairs`` judges each distinct pair of classes once), not once per copy.
    Numbers run from 0 in the order of the classes' first sentences."""
    numbers: dict[tuple, int] = {}
    found = []
    for sentence, of_sentence in zip(whole, clauses):
        start = sentence.span.start
        key = tuple((unit.span.in_title, unit.span.start - start, unit.span.end - start, _read_fields(unit))
                    for unit in (sentence, *of_sentence))
        found.append(numbers.setdefault(key, len(numbers)))
    return found


def share_readings(whole: list[Unit], clauses: list[list[Unit]], classes: list[int]) -> None:
    """Give the units of sentences of one class (``alike_classes``) one ``readings`` cache, unit by unit: what a
    test reads of a unit alone (:func:`kept`) hangs only on what the class key holds, so a copy's reading is the
    first copy's, a look-up (copies of one text in many reports are judged and grouped through different copies)."""
    first: dict[int, list[Unit]] = {}
    for sentence, of_sentence, number in zip(whole, clauses, classes):
        units = [sentence, *of_sentence]
        shown = first.setdefault(number, units)
        for unit, model in zip(units, shown):
            if model.readings is None:
                model.readings = {}
            unit.readings = model.readings


def read_alike(unit: Unit) -> int:
    """A number two units share when every test of a pair reads them alike: that of the ``readings`` their
    sentence class shares (:func:`share_readings`: copies of one text), else the unit's own. What is found of a
    unit beside another (a link's core, ``grouping._off_core``) is then found once for all copies of it."""
    return id(unit.readings) if unit.readings is not None else id(unit)


def written_shared(a: Unit, b: Unit) -> frozenset[str]:
    """The terms both passages write, not those of a name a subject only stands for (``Unit.referred``)."""
    return (a.terms - a.referred) & (b.terms - b.referred)


def kept(unit: Unit, reading: Callable[..., T], *args: Hashable) -> T:
    """``reading(unit, *args)``, read once and kept on the unit: the tests telling a pair apart read a
    unit again for every other unit it may match (68 units, 444 readings of their verbs, on the five
    reports). The reading is shared: never change it."""
    readings = unit.readings
    if readings is None:
        readings = unit.readings = {}
    key = (reading, *args) if args else reading
    try:
        return readings[key]
    except KeyError:
        found = readings[key] = reading(unit, *args)
        return found


@dataclass(frozen=True)
class PairMatch:
    """Two sentences of different articles judged to carry the same statement, and the units that do."""

    a: int
    b: int
    score: float
    kind: LinkKind
    unit_a: Unit
    unit_b: Unit
    confident: bool
    """Sure to make one statement (see ``judging._judge``); the others make weaker links, shown on demand."""


BY_SCORE, BY_SENTENCES = attrgetter("score"), attrgetter("a", "b")
"""Keys of pairs read in C: sorted by the second, then by the first in reverse (a stable sort), pairs come best
first, then in dossier order, without a tuple made per pair."""


def weight_overlap(a: Unit, b: Unit, weights: dict[str, float], shared: float | None = None) -> float:
    """The weight of the terms two units share over the geometric mean of their weights: 1 when they
    hold the same terms, whatever their lengths. ``shared`` is that weight when the caller has summed it."""
    if shared is None:
        shared = math.fsum(map(weights.__getitem__, a.terms & b.terms))
    return shared / math.sqrt(a.weight * b.weight)


def echoes(a: Unit, b: Unit, words: int = ECHO_WORDS) -> bool:
    """Does a quotation of one unit, ``words`` words or more, reappear word for word in the other
    (``“found credible evidence”``)? Most passages quote nothing: asked of them, it builds no test."""
    if not (a.quotes or b.quotes):
        return False
    return any(len(q) >= words and _contains(q, b.words) for q in a.quotes) or any(
        len(q) >= words and _contains(q, a.words) for q in b.quotes
    )


def _contains(run: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """Is ``run`` a contiguous stretch of ``words``?"""
    first, size = run[0], len(run)
    return any(words[i : i + size] == run for i, w in enumerate(words) if w == first)


def _named_as(tokens: Sequence[Token], index: int) -> bool:
    """Is the token a reporting verb naming someone to a role (``was announced as the next
    coach``, ``confirmed as the next chair``)? It tells what happened, not who said it: a term and a
    verb of its passage. A headline and a lede telling an appointment so shared only names before
    (QA-Align pairs linked 54 -> 55 of 85 on the development dossiers; the three new links on the
    twenty dossiers hold such headlines and ledes)."""
    return (tokens[index].norm in REPORTING_VERBS and tokens[index].norm.endswith("ed") and index + 2 < len(tokens)
            and tokens[index + 1].norm == "as" and tokens[index + 2].norm in DETERMINERS)


def verb_indexes(tokens: Sequence[Token]) -> set[int]:
    """Indexes of the tokens that look like verbs, without a tagger: an irregular past form, a word in
    ``-ed``, a word after an auxiliary (``will``, ``to``,
    ``has``, ``was``...), adverbs between allowed (``to permanently exempt``: ``grammar.adverb``), a gerund (``for speeding``: ``grammar.gerund``),
    or the end of a phrase read as a verb (``taking over will be``: ``terms.phrase_verb``), a grammar word though it is."""
    found = set()
    for index, token in enumerate(tokens):
        word = token.norm
        ends_phrase = word in PHRASE_ENDS and phrase_verb(tokens, index)  # most words end none: no call
        if not word.isalpha() or (word in FACTLESS_WORDS and not (word in REPORTING_VERBS and _named_as(tokens, index) or ends_phrase)) \
                or word.endswith("ly") and adverb(word):
            continue
        if word in IRREGULAR_FORMS or (word.endswith("ed") and len(word) > 4) or ends_phrase:
            found.add(index)  # the tests that read the word alone first: no word before it read
            continue
        before = index - 1
        while before >= 0 and (tokens[before].norm in ADVERBS_BETWEEN or adverb(tokens[before].norm)):
            before -= 1
        if (before >= 0 and tokens[before].norm in AUXILIARIES
                or word.endswith("ing") and gerund(tokens, index)):  # only a word in -ing is one: most need no look-up
            found.add(index)
    return found


LEDE_WORDS = 3
"""A lede says something: this many lower-case content words, which a date line, a byline or a
title-cased subtitle above it (``Posted: Oct 14, 2012 4:35 PM``, ``Office of the Press Secretary``)
does not have."""


FACT_WORDS = 4
"""A shorter passage (``(Daily Planet article)``, ``News article)``) states nothing to link."""

_WEB_ADDRESS = re.compile(r"(?:https?:|www\.)\S*")
"""A web address once the spaces a tokenised text puts around its ``:/.`` are taken out."""
_SPACED_MARK = re.compile(r"\s*([:/.])\s*")


def _only_address(text: str) -> bool:
    """Is the passage a bare web address (a line of its own after ``register at:``)? It states nothing.
    Taking out spaces leaves its first letter, which an address's is (most sentences' is not)."""
    text = text.strip().rstrip(".")
    return text[:1] in "hw" and _WEB_ADDRESS.fullmatch(_SPACED_MARK.sub(r"\1", text)) is not None


def only_attribution(tokens: Sequence[Token]) -> bool:
    """Is the clause only who speaks (``Neil Ashcombe, controller of Network Drama, said:``)? Also, when it
    holds no other verb and nothing after a colon, a clause that a verb of speaking opens (``said the
    victim's uncle, Dale Morrow``, ``according to officials``) or that ends on one and when, where or
    how it was said (``…," Dale Morrow said on Monday at the port``). A quotation mark may open it:
    the cut before a closing attribution leaves the mark ending the quotation there. Two reports naming
    the same speaker before or after different quotations make no shared statement."""
    words = [t.norm for t in tokens if t.is_word]
    if not words or any(t.norm == '"' for t in tokens[1:]):
        return False
    if words[-1] in ATTRIBUTION_VERBS and tokens[0].norm != '"':
        return True
    last = next((i for i in range(len(words) - 1, 0, -1) if words[i] in SPEECH_VERBS), None)
    said = (words[0] in SPEECH_VERBS or words[0] == "according" or words[-1] in ATTRIBUTION_VERBS or (
        last is not None and words[last - 1] not in AUXILIARIES and len(words) - 1 - last <= TAIL_WORDS
        and words[last + 1] in SPOKEN_WHERE  # a verb ending the clause was taken above
    ))
    return said and not any(t.norm == ":" for t in tokens[:-1]) and not verb_indexes(tokens)


def _says_something(tokens: Sequence[Token]) -> bool:
    """Can the sentence carry a fact? Four words or more and one lower-case content word: a date line
    (``Published March 3, 2009``) or a credit line has none, and two such lines are no shared statement."""
    words, content = 0, False
    for token in tokens:  # stops as soon as it knows: most sentences say something within a few words
        if token.is_word:
            words += 1
            content = content or (token.text.isalpha() and token.text.islower() and token.text not in FACTLESS_WORDS)
            if content and words >= FACT_WORDS:
                return True
    return False


def may_be_lede(tokens: Sequence[Token]) -> bool:
    """Can the sentence be its article's lede (see ``LEDE_WORDS``)?"""
    said = (t.text for t in tokens if t.is_word and t.text.isalpha() and t.text.islower())
    return sum(word not in FACTLESS_WORDS for word in said) >= LEDE_WORDS


def _caption(tokens: Sequence[Token]) -> bool:
    """Does the sentence read as a photo caption? It describes a picture (who stands where, when it was
    taken), not what happened: sharing its names and date with a sentence of another report is no statement."""
    if PICTURE_PLACES.isdisjoint(map(NORM, tokens)):
        return False  # most sentences: no token looked at twice
    return any(
        token.norm in PICTURE_PLACES and tokens[i - 1].norm in (",", "(") and tokens[i + 1].norm in (",", ")")
        for i, token in enumerate(tokens[1:-1], 1)
    )


NOT_SAID, SAID_ASIDE, SAID = 0, 1, 2
"""How a passage says ``not``, ``no``, ``never`` ... (``Unit.negated``): not at all, only in an aside, or of
what it states."""


def _negated(tokens: Sequence[Token]) -> int:
    """How the passage says ``not``, ``no``, ``never`` ...: a relative clause set off by a comma (``, who was
    not a fan of his``) says something of a person or thing named, and its negation is an aside that may or
    may not leave the statement around it as it is (``fired the coach, who was not a fan`` tells what ``the
    coach was fired`` tells; ``, who would not say why`` may answer ``it was not clear why``). So is one in a
    concession opening the passage (``Although no terms were disclosed, the deal is expected to close in May``).
    ``has yet to`` denies as ``has not`` does (``had yet to regain consciousness`` / ``had not yet regained``),
    and so does a contraction printed with a space (``hadn’ t``)."""
    aside = found = False
    before = earlier = None
    for number, token in enumerate(tokens):
        norm = token.norm
        if norm == ",":
            aside = False
        elif before == "," and norm in RELATIVES or not number and norm in CONCESSIONS:
            aside = True
        elif denies(norm) or norm == "to" and before == "yet" and earlier in HAVE_AND_BE \
                or norm == "t" and before == "'" and earlier is not None and earlier.endswith("n"):
            if not aside:
                return SAID
            found = True
        earlier, before = before, norm
    return SAID_ASIDE if found else NOT_SAID


CONCESSIONS = frozenset("although though whereas".split())
"""Words opening a concession, whose negation leaves the statement after it as it is (not ``while``: a time too)."""
HAVE_AND_BE = frozenset("has have had is are was were".split())
"""Before ``yet to``, they deny (``has yet to``, ``is yet to``: not done so far); ``yet`` alone does not (``the best
harvest yet``, ``and yet``)."""


_NOTHING: frozenset = frozenset()
"""One empty set for the units that hold no year, particular or verb (most): each empty set is 216 bytes."""


def _unit(sentence: int, article: int, tokens: Sequence[Token], terms: set[str], particulars: set[Anchored], article_id: str,
          lede: bool, actions: set[str], caption: bool, opened: bool = False) -> Unit:
    # a piece ends on its last word or mark but a clause's: a comma, or a comma and the mark closing a quotation
    closed = len(tokens) > 2 and tokens[-1].norm == '"' and tokens[-2].norm == ","
    ends = [t for t in (tokens[:-1] if closed else tokens) if t.norm not in (",", ";", ":", "-", "--")] or tokens
    words = compared_words(tokens)
    unit = Unit(
        sentence,
        article,
        Span(article_id, tokens[0].start, ends[-1].end),
        words,
        _quotations(tokens, opened),
        frozenset(terms),
        frozenset(t for t in terms if t[:1].isdigit() and YEAR.fullmatch(t)) or _NOTHING,
        frozenset(particulars) or _NOTHING,
        lede,
        _negated(tokens),
        frozenset(actions) or _NOTHING,
        caption,
    )
    if not MARKS.isdisjoint(map(NORM, tokens)):
        unit.addresses = addresses(tokens)
    if actions:
        unit.participles = _participles(tokens, actions)
        unit.aside_at = _trailing_aside(tokens, len(words))
        unit.relatives = _relatives(tokens) | _participle_asides(tokens, actions)
        unit.sides = _side_clauses(tokens, actions)
    return unit


SIDE_OPENERS = frozenset("when who which whom whose where".split())
"""After the passage's first verb, they open a clause telling of another happening or of someone named: to the
next comma or the end (not ``Who`` written large: a title's word)."""


def _side_clauses(tokens: Sequence[Token], actions: set[str]) -> frozenset[int]:
    """The indexes in the passage's words of the clauses ``SIDE_OPENERS`` open after its first verb. A clause in
    which an auxiliary follows its own verb closed before it (``the skipper who ran the barge aground has been
    fined``, ``a yard where she once worked was``): it is none."""
    if not any(t.text in SIDE_OPENERS for t in tokens):
        return _NOTHING  # most passages: read no further
    found: list[int] = []
    clause: list[int] = []
    words = 0
    told = verb = False
    for token in tokens:
        if token.norm == ",":
            found += clause
            clause, verb = [], False
        elif is_compared(token):
            if clause and verb and token.norm in AUXILIARIES and token.norm != "to":
                clause, verb = [], False  # the clause closed: what follows is the passage's own statement
            elif clause or told and token.text in SIDE_OPENERS:
                clause.append(words)
                verb = verb or stem(token.norm) in actions
            told = told or stem(token.norm) in actions
            words += 1
    found += clause
    return frozenset(found) or _NOTHING


def _trailing_aside(tokens: Sequence[Token], words: int) -> int:
    """Where the words after the last comma start among the passage's ``words`` (``_unit``'s ``aside_at``), or 0."""
    comma = next((i for i in range(len(tokens) - 1, 0, -1) if tokens[i].norm in (",", '"')), None)
    if comma is None or tokens[comma].norm == '"':
        return 0
    after = len(compared_words(tokens[comma:]))
    return words - after if after >= 2 and words > after else 0


RELATIVE_OPENERS = RELATIVES - {"that"}
OWNED_REACH = 4
"""``of which`` this many tokens after a comma opens a relative clause too (``, the terms of which were announced``)."""


def _relatives(tokens: Sequence[Token]) -> frozenset[int]:
    """The indexes in the passage's words of relative clauses set off by a comma, from the relative word to the
    next comma or the end (``, who resigned in May``, ``, the terms of which were announced,``); a passage
    opening on one (a clause cut at ``, which``) opens inside it."""
    if not any(t.norm in RELATIVE_OPENERS for t in tokens):
        return _NOTHING  # most passages: read no further
    found = []
    words = 0
    inside = tokens[0].norm in RELATIVE_OPENERS
    for i, token in enumerate(tokens):
        if token.norm == ",":
            ahead = [t.norm for t in tokens[i + 1 : i + 2 + OWNED_REACH]]
            ahead = ahead[: ahead.index(",")] if "," in ahead else ahead
            inside = bool(ahead) and ahead[0] in RELATIVE_OPENERS or any(
                x == "of" and y in ("which", "whom") for x, y in zip(ahead, ahead[1:]))
        elif is_compared(token):
            if inside:
                found.append(words)
            words += 1
    return frozenset(found) or _NOTHING


def _participle_asides(tokens: Sequence[Token], actions: set[str]) -> frozenset[int]:
    """The indexes in the passage's words of a participle's phrase that tells of its subject as a relative clause
    does, set off by commas before the passage's own verb: opening it (``Founded in 1990, the firm employs ...``)
    or right after the subject, the verb after it (``the sale, expected to close in May, gives the firm ...``; not
    ``Dale Morrow, the port's chief, reacted by ...``: the passage's verb). On the twenty corpus dossiers two links
    read partly right lost their odd member (a firm's size told in an opener beside what its tool does; a deal's
    expected close told in an aside beside what it gives the buyer), no link read right was lost."""
    def participle(token: Token) -> bool:
        return token.norm.endswith("ed") and token.norm.isalpha() and stem(token.norm) in actions

    commas = [i for i, t in enumerate(tokens) if t.norm == ","]
    if not commas or not any(participle(t) for t in tokens):
        return _NOTHING  # most passages: read no further
    first = next((i for i, t in enumerate(tokens) if stem(t.norm) in actions), len(tokens))
    spans = [(0, commas[0])] if participle(tokens[0]) else []
    if len(commas) > 1 and commas[0] + 1 == first and participle(tokens[first]) and any(
            stem(t.norm) in actions for t in tokens[commas[1] :]):
        spans.append((first, commas[1]))  # the subject's first comma, and a verb after the second
    words = {n: k for k, n in enumerate(n for n, t in enumerate(tokens) if is_compared(t))}
    return frozenset(words[n] for a, b in spans for n in range(a, b) if n in words) or _NOTHING


def _participles(tokens: Sequence[Token], actions: set[str]) -> frozenset[int]:
    """The indexes in the passage's words of past participles right after a comma, a verb (``actions``) before
    the comma: ``was sentenced to life, convicted of assault``."""
    if not any(t.norm == "," and after.norm.endswith("ed") for t, after in zip(tokens, tokens[1:])):
        return _NOTHING  # most passages: read no further
    found = []
    words = told = 0
    for before, token in zip((None, *tokens), tokens):
        if not is_compared(token):
            continue
        if told and before is not None and before.norm == "," and token.norm.endswith("ed") and token.norm.isalpha():
            found.append(words)
        told = told or stem(token.norm) in actions
        words += 1
    return frozenset(found) or _NOTHING


class _TermReader:
    """Reads tokens into terms, remembering across the dossier how each term is written: how often
    past a sentence's first word, and how often capitalised there (a name is), and the first word it
    was read from (its rarity in general English is looked up by that word). What the reports not
    counted (``apart``: :func:`prepare`) write is kept apart, read only for terms the others never write."""

    def __init__(self) -> None:
        self.seen: Counter[str] = Counter()
        self.capitalised: Counter[str] = Counter()
        self.surface: dict[str, str] = {}
        self.seen_apart: Counter[str] = Counter()
        self.capitalised_apart: Counter[str] = Counter()
        self.surface_apart: dict[str, str] = {}
        self.apart = False
        """Whether the report being read is one not counted."""

    def read(self, tokens: Sequence[Token], factless: frozenset[str] = frozenset()
             ) -> tuple[list[list[str]], list[tuple[Particular, ...]], tuple[tuple[str, bool, str], ...]]:
        """Each token's terms and the particulars it pins: none for a token that only says who spoke, nor for
        a function word of the report's language (``factless``: ``nicht``, ``auch``; :func:`story.function_words`);
        and how the terms of its words past the first are written (each capitalised or not), for :meth:`count`."""
        token_terms: list[list[str]] = []
        pinned: list[tuple[Particular, ...]] = []
        written: list[tuple[str, bool, str]] = []
        position = 0
        speakers = speaker_indexes(tokens)
        first_written = (self.surface_apart if self.apart else self.surface).setdefault
        for number, token in enumerate(tokens):
            norm = token.norm
            if number in speakers or norm in factless:
                token_terms.append([])
                pinned.append(())
                position += 1
                continue
            verb = norm in PHRASE_ENDS and phrase_verb(tokens, number)
            if verb or norm in REPORTING_VERBS and _named_as(tokens, number):
                pieces = [stem(verb or norm)]
                first_written(pieces[0], verb or norm)
            elif norm[:1].isalnum():  # a word or a number (a digit is alphanumeric)
                found = term_pieces(token.text, norm)
                pieces = [term for term, _, _ in found]
                for term, _, word in found:
                    first_written(term, word)
                if position:
                    written += found
            else:  # a mark
                token_terms.append([])
                pinned.append(())
                continue
            position += 1
            token_terms.append(pieces)
            pinned.append(particulars_of(norm) if pieces else ())
        return token_terms, pinned, tuple(written)

    def count(self, written: tuple[tuple[str, bool, str], ...], times: int = 1, apart: bool = False) -> None:
        """Count how a body sentence printed ``times`` writes its terms (:meth:`read`): a title's casing says nothing
        (titles.py); ``apart``, in reports not counted."""
        seen, capitalised = (self.seen_apart, self.capitalised_apart) if apart else (self.seen, self.capitalised)
        for term, upper, _ in written:
            seen[term] += times
            capitalised[term] += upper * times

    def weigh(self, whole: list[Unit], counted: Collection[str] | None = None) -> tuple[dict[str, float], Counter[str], frozenset[str]]:
        """Each term's weight, its inverse sentence frequency among the bodies times ``ANCHOR_BOOST``
        for numbers and names (terms capitalised at least half the times seen), else times its rarity;
        the bodies' term frequencies; the names. With ``counted`` reports, their sentences alone count for
        the terms they hold, so the others change no weight of theirs; a term only the others hold is
        weighed over every sentence, never fewer than hold it: its weight stays above 0.1 of its rarity
        (counted against the counted reports' sentences, it went negative when the others had more)."""
        on = whole if counted is None else [unit for unit in whole if unit.span.article in counted]
        df = body_frequencies(on)
        weights: dict[str, float] = {}
        names: set[str] = set()
        self._weigh(df, body_sentences(on) + 1, (self.seen, self.capitalised, self.surface), weights, names)
        if counted is not None:
            rest = Counter({term: count for term, count in body_frequencies(whole).items() if term not in df})
            total = max(body_sentences(whole), max(rest.values(), default=0)) + 1  # a title line may hold it too
            self._weigh(rest, total, (self.seen_apart, self.capitalised_apart, self.surface_apart), weights, names)
            df.update(rest)
        return weights, df, frozenset(names)

    @staticmethod
    def _weigh(df: Counter[str], total: int, written: tuple[Counter[str], Counter[str], dict[str, str]],
               weights: dict[str, float], names: set[str]) -> None:
        """Weigh the terms of ``df`` (see :meth:`weigh`), found in ``total - 1`` sentences, written as ``written`` says."""
        seen, capitalised, surface = written
        for term, count in df.items():
            weight = math.log(total / count) + 0.1
            is_number = term[:1].isdigit()
            if seen[term] and capitalised[term] * 2 >= seen[term] and term not in MONTH_AND_DAY_NAMES:  # capitalised, but no name: no name weight
                names.add(term)
            weights[term] = weight * (ANCHOR_BOOST if is_number or term in names else rarity(surface[term]))


def _refer(sentence: Unit, clauses: list[Unit], names: frozenset[str]) -> None:
    """Add the terms of the name a sentence's subject stands for to the sentence and to its clause
    holding the subject (its first): they do not count among the dossier's term frequencies."""
    if not names:
        return
    for unit in (sentence, *(c for c in clauses if c.span.start == sentence.span.start)):
        _borrow(unit, names)


def _borrow(unit: Unit, names: frozenset[str]) -> None:
    """Read ``names`` as terms of the unit too, the ones it does not write (``Unit.referred``)."""
    unit.referred = unit.referred | (names - unit.terms)
    unit.terms = unit.terms | names


@dataclass(slots=True)
class _Read:
    """What :func:`prepare` reads of one sentence text, in one report's language, opening inside a quotation or not:
    the same for every copy of it (one sentence printed in many reports is read once, its copies cost a look-up).
    Only what every copy asks is kept: a dossier of thousands of reports holds one for each of its texts."""

    first: Sentence
    """Its first copy, whose tokens (taken apart again when asked) are every copy's, but for where they stand."""
    marks: int
    """Its quotation marks: an odd count leaves a quotation open for the next sentence."""
    written: tuple[tuple[str, bool, str], ...]
    """How the terms of its words past the first are written (``_TermReader.read``), counted for each body sentence:
    the pieces ``term_pieces`` remembers, kept whole though their word goes unread, as a pointer to a shared piece
    costs less than a new pair (a copy-heavy dossier's peak while reading grew by a sixth with pairs)."""
    head: str | None
    """The noun its subject may stand for (``referents.subject_reference``)."""
    units: list[Unit] | None = None
    """The first copy's units, the sentence then its clauses (``None``: it says nothing)."""
    lede: bool | None = None
    """Whether it can be a lede (``may_be_lede``), asked of the first few sentences of a report only."""

    def may_lead(self) -> bool:
        if self.lede is None:
            self.lede = may_be_lede(self.first.tokens)
        return self.lede

    def placed(self, sentence: int, article: int, article_id: str, start: int, lede: bool) -> list[Unit]:
        """The units of a copy starting at ``start``: the first copy's, where this one stands."""
        shift = start - self.first.start
        return [replace(unit, sentence=sentence, article=article, span=Span(article_id, unit.span.start + shift, unit.span.end + shift),
                        lede=lede) for unit in self.units]

    def again(self, terms_of: _TermReader, factless: frozenset[str]) -> Read:
        """Its tokens, their terms and its verbs, read again for the few sentences whose subject may stand for a name."""
        tokens = self.first.tokens
        return tokens, terms_of.read(tokens, factless)[0], verb_indexes(tokens)


def _read(sentence: Sentence, tokens: tuple[Token, ...], number: int, index: int, article_id: str, lede: bool,
          terms_of: _TermReader, factless: frozenset[str], opened: bool) -> _Read:
    """The sentence's text read (``_Read``), with its units when it says something, as sentence ``number`` of
    the article ``index`` holds them."""
    token_terms, pinned, written = terms_of.read(tokens, factless)
    terms = {t for pieces in token_terms for t in pieces}
    verbs = verb_indexes(tokens)
    found = _Read(sentence, sum(token.norm == '"' for token in tokens), written, subject_reference(tokens, verbs))
    if not terms or not _says_something(tokens) or _only_address(sentence.text):
        return found

    def actions(a: int, b: int) -> set[str]:
        return {t for i in range(a, b) if i in verbs for t in token_terms[i]}

    anchored = anchor_particulars(tokens, token_terms, pinned) if any(pinned) else None

    def particulars(a: int, b: int) -> set[Anchored]:
        return {p for i in range(a, b) for p in anchored[i]} if anchored else set()

    caption = _caption(tokens)
    found.units = [_unit(number, index, tokens, terms, particulars(0, len(tokens)), article_id, lede, actions(0, len(tokens)), caption, opened)]
    if len(ranges := clause_ranges(tokens, verbs)) > 1:
        found.units += [
            _unit(number, index, tokens[a:b], {t for pieces in token_terms[a:b] for t in pieces}, particulars(a, b), article_id, lede,
                  actions(a, b), caption, opened and a == 0)
            for a, b in ranges
            if not only_attribution(tokens[a:b]) and not only_frame(tokens[a:b])
        ]
    if (end := _subject_aside_end(tokens, verbs)) and (0, end) not in ranges:  # a passage of its own, the sentence left whole
        found.units.append(_unit(number, index, tokens[:end], {t for pieces in token_terms[:end] for t in pieces}, particulars(0, end),
                                 article_id, lede, actions(0, end), caption, opened))
    return found


def _text_key(sentence: Sentence, factless: frozenset[str], opened: bool) -> Hashable:
    """What reading a sentence (``_Read``) hangs on: its text, its report's language and whether a quotation is open before it."""
    return sentence.text, factless, opened


def prepare(dossier: Dossier, sentences: dict[str, tuple[Sentence, ...]], counted: Collection[str] | None = None,
            languages: dict[str, str] | None = None):
    """Sentence units (dossier order, then the articles' title lines: ``titles.reading``), the
    clause units of each, and term weights. With ``counted`` reports, how words weigh, which are
    names, how titles are cased and which of their words are verbs are taken from those reports:
    the others (about something else) change nothing of what the counted ones share. ``languages``:
    each report's (``story.languages_of``), told here when not given."""
    whole: list[Unit] = []
    clauses: list[list[Unit]] = []
    terms_of = _TermReader()
    referred: dict[int, tuple] = {}  # the names a sentence's subject may stand for (``referents``)
    languages = languages_of(dossier, sentences) if languages is None else languages
    factless = {article.id: function_words(languages[article.id]) for article in dossier.articles}
    texts: dict[Hashable, _Read] = {}
    # how many body sentences print each text, in the counted reports or not: how it writes its terms is counted once
    # (the counted reports are read first: a text they print is read as theirs)
    printed: Counter[tuple[Hashable, bool]] = Counter()
    for index, article, read in reading(dossier, sentences, counted):
        terms_of.apart = apart = counted is not None and article.id not in counted
        lede_found = False
        earlier: list[_Read] = []
        paragraph, marks = None, 0  # the paragraph read and its quote marks so far: an odd count leaves a quotation open
        language = factless[article.id]
        for sentence in read:
            if sentence.paragraph != paragraph:
                paragraph, marks = sentence.paragraph, 0
            opened = marks % 2 == 1
            # A title line states the main fact as a lede does, and leaves its body its own lede.
            number, body, units = len(whole), sentence.start >= 0, None
            found = texts.get(key := _text_key(sentence, language, opened))
            if found is None:  # its first copy: read, its units made where it stands
                tokens = sentence.tokens
                lede = not body or not lede_found and may_be_lede(tokens)
                found = texts[key] = _read(sentence, tokens, number, index, article.id, lede, terms_of, language, opened)
                found.lede, units = lede if body and not lede_found else None, found.units
            marks += found.marks
            told = earlier
            if body:
                printed[key, apart] += 1
                earlier = [*earlier[-LOOK_BACK + 1 :], found]
            if found.units is None:
                continue
            if body and found.head is not None:
                tokens, _, verbs = found.again(terms_of, language)
                if candidates := referent_candidates(tokens, verbs, [before.again(terms_of, language) for before in told]):
                    referred[number] = candidates
            if units is None:
                lede = not body or not lede_found and found.may_lead()
                units = found.placed(number, index, article.id, sentence.start, lede)
            lede_found = lede_found or lede and body
            whole.append(units[0])
            clauses.append(units[1:])
    for (key, apart), times in printed.items():
        terms_of.count(texts[key].written, times, apart)
    weights, df, names = terms_of.weigh(whole, counted)
    for number, candidates in referred.items():
        _refer(whole[number], clauses[number], the_one(candidates, names))
    every = whole + [clause for of_sentence in clauses for clause in of_sentence]
    for unit in every:
        unit.weight = math.fsum(map(weights.__getitem__, unit.terms))
    headline_verbs(every, names, counted)
    return whole, clauses, weights, df, names
