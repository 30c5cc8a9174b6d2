"""Passage links: the same fact, claim or quotation carried by two or more reports.

Candidates are found per sentence; a passage is a sentence or one of its
clauses, so a sentence carrying two facts links each through its own clause.
Four stages, each close to linear in the dossier's size:

1. **Terms.** Each sentence becomes a set of content terms: normalised words
   minus function and reporting words, lightly stemmed (``suspended`` and
   ``suspension``, ``Syria`` and ``Syrian`` meet; ``spoke`` meets ``speak``,
   ``six`` and ``sixfold`` meet ``6``), with hyphenated words split. The
   speaker's name (``Marina Costa told``, ``, according to ...``) gives no
   term, nor does a closing ``, <who> announced today`` (``…," said the
   victim's uncle, <Name>.``): a paraphrase may attribute differently. A
   term weighs its inverse sentence frequency in the dossier times its
   rarity in general English
   (wordfreq: ``take`` and ``best`` weigh little, ``thwarted`` much);
   numbers and names weigh more. Each sentence is also
   cut into clauses (``;``, dashes, ``, which``/``, while``/``, adding``...,
   a quotation after its attribution).
2. **Candidates.** Sentences are never compared all against all. Each one
   posts keys into an inverted index: every pair of its heaviest terms and
   each of its rare terms. Only sentences of different articles that meet
   under two keys are judged; keys shared by too many sentences say nothing
   and are skipped.
3. **Judging and grouping.** For a candidate, unit pairs (sentence or clause
   on each side) are tried, the shortest holding most of what the sentences
   share first. A pair is kept when its words run together (a shared
   quotation, a reprinted sentence), or for a paraphrase when enough weight
   of uncommon terms is shared (fewer anchors when the overlap is high, less
   overlap when the anchors are many), at least one of them not a name; two
   ledes need less, the lede (an article's first sentence that says
   something, not its date line) being where news states its main fact, and
   two ledes sharing the event's uncommon words are confident. Years
   that disagree veto a pair; figures, ranks or weekdays that disagree about
   what both passages say (``26 miles north`` and ``20 miles north``, ``the
   third summit`` and ``the first-ever summit``: ``_at_odds``) leave it
   weaker, and so do verbs telling of other stages of a story (``was
   arrested`` and ``shot three people``, ``convicted`` and ``sentenced``:
   ``_other_stages``), even across a long run of shared background words,
   and so do a passage that is mostly a quotation and one meeting it only in
   its frame (the speaker's title, the occasion) or quoting other words
   (``_other_quotations``), two firsts (``the first woman to lead`` and ``the
   first woman to be named to``: ``_other_firsts``), a decision weighed and
   one taken (``was considering whether to close`` and ``closed``:
   ``_other_modes``), other verbs around one background phrase (``to oversee
   the inquiry into`` and ``as part of his inquiry into``:
   ``_background_only``), and two sentences that two reports each print
   apart, with no verb of both (``_printed_apart``).
   A pair is **confident** when it is verbatim or
   near, or a paraphrase making one statement (``_statement``: most of both
   passages shared, or a shared verb, the same thing happening, and a good
   part of them, beyond the names they hold) of which neither is a photo
   caption (``_caption``); the others are weaker. A link made only of loose
   paraphrase pairs (the dossier's topic words and a common verb) is weaker
   too: some pair of it must share much of its weight or many terms
   (``_corroborated``), and a link of two paraphrases must tell of one
   happening, a verb, figure or date of both (``_told_alike``). A long run
   of names and figures (a body's full name, ages and home towns) makes no
   near copy (``_names_run``).
4. **Grouping**, confident pairs apart from weaker ones, so a weaker pair
   never joins a confident link. Pairs merge into links best first, one
   passage per article, two groups only when half their cross pairs
   matched (one among the bodies' ledes), no cross pair are strangers and each sentence's passages
   overlap, so a link does not chain through one ambiguous sentence nor
   through two clauses of one, nor take in a sentence at odds with a member
   it was not judged against or telling of another stage (``_apart``). Every member must also make the
   statement of the link's core, its best pair (``_off_core``): a passage
   judged a pair with one member on background (a judge's name, a place)
   stays out, and that pair, through the passages the link holds, is
   weaker unless it shares much on its own (``FIRM_OVERLAP``, ``CORE_TERMS``
   terms other than names). Two links sharing two passages show one
   statement twice: they become one, keeping for each article the
   counterpart that echoes the quotation, else the one no other link holds,
   else the best scored. Links are many to many: the pairs no link holds
   then (a sentence already serves another statement) are grouped again
   among themselves, so a sentence carrying two facts is in a link for each.
   A sentence's passage spans the units its pairs in the link use; two whole
   copies of a sentence agree on all of it, so when other pairs use one of
   its clauses, that clause is the passage (``_units_used``).

The kind of a pair: ``verbatim`` when a quotation of six words or more (or the
whole passage) reappears word for word, ``near`` when a long run of words or
most of the wording is shared, else ``paraphrase``.
"""

from __future__ import annotations

import math
import re
from array import array
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import combinations

from rapidfuzz.distance import Indel, LCSseq

from reader.core.vocabulary import (
    ATTRIBUTION_VERBS,
    CLAUSE_STARTERS,
    DETERMINERS,
    EVENT_STAGES,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NUMBER_SCALES,
    NUMBER_WORD_VALUES,
    ORDINAL_WORD_VALUES,
    REPORTING_VERBS,
    WEEKDAYS,
)
from reader.core.forked import beside
from reader.core.links.grammar import clause_starts, gerund, verb_form
from reader.core.links.titles import body_frequencies, body_sentences, headline_verbs, judged_bodies, lede_alike, reading, titles_apart
from reader.core.model import Dossier, Link, LinkKind, Sentence, Span, Token

Progress = Callable[[str, int, int], None]

FUNCTION_WORDS = frozenset(
    """a about above across after again against all almost along already also although always am
    among an and another any anyone anything are around as at be became because become been before
    being below between both but by can cannot could did do does doing done down during each either
    else even ever every few for from further had has have having he her here hers herself him
    himself his how however i if in into is it its itself just least less like made make many may me
    might more most much must my myself neither no nor not now of off often on once one only onto or
    other others our ours ourselves out over own per rather same she should since so some such than
    that the their theirs them themselves then there these they this those though through thus to
    too toward towards under until up upon us very via was we well were what whatever when where
    whether which while who whom whose why will with within without would yet you your yours
    mr mrs ms dr also s t re ve ll d m""".split()
) | CLAUSE_STARTERS | ATTRIBUTION_VERBS | frozenset(
    """say said says saying tell told telling add added adding note noted report reported reports
    statement interview reporters journalists
    minister ministry secretary president prime spokesman spokeswoman spokesperson
    official officials chief executive director deputy foreign affairs
    related regarding concerning including""".split()
)
"""Words that carry no fact: grammar, the attribution (verbs, titles) a paraphrase may change, and
words used as prepositions (``related to``), which the stemmer would otherwise join to content words
(``related`` and ``relations``)."""

CALENDAR_WORDS = frozenset(MONTHS + WEEKDAYS) | MONTH_ABBREVIATIONS
"""Capitalised but not names: they get no name weight."""

IRREGULAR_FORMS = {
    form: base
    for base, forms in {
        "speak": "spoke spoken", "rise": "rose risen", "fall": "fell fallen", "take": "took taken",
        "give": "gave given", "begin": "began begun", "break": "broke broken", "write": "wrote written",
        "bring": "brought", "buy": "bought", "sell": "sold", "send": "sent", "pay": "paid", "hold": "held",
        "meet": "met", "win": "won", "lose": "lost", "lead": "led", "fight": "fought", "seek": "sought",
        "shoot": "shot", "grow": "grew grown", "drive": "drove driven", "flee": "fled", "keep": "kept",
        "leave": "left", "find": "found", "build": "built", "choose": "chose chosen", "show": "shown",
        "know": "knew known", "come": "came", "go": "went gone", "see": "saw seen", "think": "thought",
        "get": "got gotten", "stand": "stood", "strike": "struck stricken", "steal": "stole stolen",
        "catch": "caught", "throw": "threw thrown", "fly": "flew flown", "hide": "hid hidden",
        "swear": "swore sworn", "feel": "felt", "run": "ran", "sit": "sat", "sink": "sank sunk", "wear": "wore worn",
    }.items()
    for form in forms.split()
}
"""English irregular verb forms and their base, so ``spoke`` and ``speak`` meet."""
NUMBER_WORDS = {word: str(value) for word, value in NUMBER_WORD_VALUES.items() if 2 <= value <= 12}
"""Small numbers spelled out; ``six``, ``sixfold`` and ``6`` meet (``one`` is too often a pronoun)."""

_SUFFIXES = (
    "ations", "ation", "ments", "ment", "ings", "ing", "ions", "ion", "ians", "ian", "ish",
    "ness", "ies", "ied", "ed", "es", "ly", "ia", "an", "al", "s", "ey", "y", "e", "a", "i",
)
_STEM_MIN = 4
_STEM_MAX = 6
_YEAR = re.compile(r"(1[89]|20)\d\d")
_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")
_RANK = re.compile(r"(\d+)(?:st|nd|rd|th)")

ANCHOR_BOOST = 1.6
"""Weight factor of numbers and names: what a shared fact hangs on."""
TOP_TERMS = 8
"""How many of a sentence's heaviest terms make its pair keys."""
KEY_DF_LIMIT = 48
"""A term or key in more sentences than this is not indexed on its own: it says little."""


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A light stem: drop one common suffix (keeping 4+ letters), then keep 6 letters.

    Crude on purpose: it only has to make forms of one word meet
    (``suspended``/``suspension`` -> ``suspen``, ``Canada``/``Canadian`` ->
    ``canad``), and a rare false meeting costs little against IDF weights.
    """
    word = IRREGULAR_FORMS.get(word, word)
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _STEM_MIN:
            word = word[: -len(suffix)]
            if suffix in ("ing", "ings") and word.endswith("y") and len(word) > _STEM_MIN:
                word = word[:-1]  # 'carrying' meets 'carry' and 'carried'
            break
    return word[:_STEM_MAX]


@lru_cache(maxsize=1 << 16)
def _term_pieces(text: str, norm: str) -> tuple[tuple[str, bool, str], ...]:
    """``(term, is_capitalised, word)`` for each content piece of a word token (its text and norm),
    remembered: words repeat, and thousands of reports spent a third of the analysis taking
    the same words apart again."""
    if norm[:1].isdigit() or any(ch.isdigit() for ch in norm):
        number = norm.rstrip(".,")
        return ((number, False, number),)
    if len(text) >= 2 and text.replace(".", "").isupper():
        acronym = norm.replace(".", "")
        return (((stem(acronym) if len(acronym) > 4 else acronym), True, acronym),)
    pieces = []
    norm = norm.removesuffix("'s").removesuffix("'")
    for piece in norm.replace("'", "-").split("-"):
        number = NUMBER_WORDS.get(piece.removesuffix("fold"))
        if number:
            pieces.append((number, False, number))
        elif len(piece) >= 2 and piece not in FUNCTION_WORDS and piece.isalpha():
            pieces.append((stem(piece), text[:1].isupper(), piece))
    return tuple(pieces)


COMMON_ZIPF = 7.0
RARITY_SPAN = 3.0
RARITY_FLOOR = 0.2
"""A word's weight is scaled by how rare it is in general English (wordfreq's Zipf scale):
``(COMMON_ZIPF - zipf) / RARITY_SPAN``, at most 1 (``thwarted``, ``earthquake``) and at least
``RARITY_FLOOR`` (``take``, ``best``, ``time``). Two passages sharing only everyday words
(``actor``, ``best``, ``play``) share background, not a statement; names and numbers keep
their weight."""


@lru_cache(maxsize=1 << 16)
def _rarity(word: str) -> float:
    from wordfreq import zipf_frequency  # loads its word list once, on first use

    zipf = zipf_frequency(word, "en", wordlist="small")
    return min(1.0, max(RARITY_FLOOR, (COMMON_ZIPF - zipf) / RARITY_SPAN))


Particular = tuple[str, str]
"""``(kind, value)``: ``("figure", "26")``, ``("rank", "3")``, ``("day", "friday")``."""


@lru_cache(maxsize=1 << 16)
def _particulars(norm: str) -> tuple[Particular, ...]:
    """What a word pins a statement to: a figure (``26``, ``twenty-six``, ``12-year-old``), a rank
    (``third``, ``12th``, ``first-ever``) or a weekday. Two passages naming different ones tell of
    different happenings (``the third meeting`` is not ``the first-ever summit``). Years are apart
    (``_YEAR``): they veto a pair outright. ``one`` alone is too often a pronoun to count."""
    if rank := _RANK.fullmatch(norm):
        return (("rank", str(int(rank[1]))),)
    if figure := _FIGURE.match(norm):  # not isdigit(): digits such as superscripts make no number
        value = figure[0].replace(",", "").rstrip(".")
        return () if _YEAR.fullmatch(value) else (("figure", value),)
    pieces = norm.split("-")
    if pieces[0] in ORDINAL_WORD_VALUES:
        return (("rank", str(ORDINAL_WORD_VALUES[pieces[0]])),)
    if pieces[0] in NUMBER_WORD_VALUES and norm not in ("one", "zero") and all(piece in NUMBER_WORD_VALUES for piece in pieces):
        return (("figure", str(sum(NUMBER_WORD_VALUES[piece] for piece in pieces))),)
    return (("day", norm),) if norm in WEEKDAYS else ()


Anchored = tuple[str, str, frozenset[str]]
"""A particular and the terms of the words beside it, which say what it is about: ``("figure", "26", {"mile"})``."""
CONTEXT_TOKENS = 3
"""A particular is read with the words beside it: the next three tokens for a figure or a rank (``26 miles``,
``third summit meeting``), the three before for a weekday (``burst on Sunday``), and the rest of its own word
after the particular (``second-round``)."""


def _anchored(tokens: Sequence[Token], token_terms: list[list[str]], pinned: list[tuple[Particular, ...]]) -> list[frozenset[Anchored]]:
    """Each token's particulars with the terms of the words beside them, which say what they are about."""
    found = []
    for index, particulars in enumerate(pinned):
        anchored = set()
        for kind, value in particulars:
            near = range(max(0, index - CONTEXT_TOKENS), index) if kind == "day" else range(index + 1, index + 1 + CONTEXT_TOKENS)
            context = frozenset(
                term for i in near if i < len(pinned) and not pinned[i] and tokens[i].norm not in NUMBER_SCALES for term in token_terms[i]
            ) | _word_rest(tokens[index].norm, token_terms[index])
            anchored.add((kind, value, context))
        found.append(frozenset(anchored))
    return found


def _word_rest(norm: str, pieces: list[str]) -> frozenset[str]:
    """The terms of a word after its particular (``second-round`` -> ``round``, ``90-years`` ->
    ``year``): a figure's own word may say what it counts. An age (``14-year-old``) counts years
    of whom the next words say: its rest is left out."""
    if norm[:1].isdigit():
        rest = norm.partition("-")[2]
        terms = [term for term, _, _ in _term_pieces(rest, rest)] if rest else []
        return frozenset(terms) if len(terms) == 1 and not terms[0][:1].isdigit() else frozenset()
    return frozenset(term for term in pieces[1:] if not term[:1].isdigit())


def _at_odds(a: _Unit, b: _Unit) -> bool:
    """Do two passages tell of other happenings? Of some kind, both name particulars about what they
    share (a figure before a shared word, a weekday after one) and none in common. A figure about
    something only one of them says (``40 million crowns`` beside ``2 million cubic metres``) is left
    out: a sentence may carry two facts."""
    if not (a.particulars and b.particulars):
        return False
    shared = a.terms & b.terms
    mine = {(kind, value) for kind, value, context in a.particulars if context & shared}
    theirs = {(kind, value) for kind, value, context in b.particulars if context & shared} if mine else set()
    return any(
        not {v for k, v in mine if k == kind} & {v for k, v in theirs if k == kind}
        for kind in {k for k, _ in mine} & {k for k, _ in theirs}
    )


STAGE_OF = {stem(word): stage for stage, words in EVENT_STAGES.items() for word in words.split()}
"""The stage of a story (``arrest``, ``sentence``...) a verb's term tells of (``EVENT_STAGES``)."""


def _other_stages(a: _Unit, b: _Unit) -> bool:
    """Do the passages' verbs tell of different stages of a story and none in common (``was arrested``
    and ``shot three people``, ``was convicted`` and ``was sentenced``)? They report other happenings.
    On the six read development dossiers the ledes of a shooting and of the arrest, and of a
    sentencing, a conviction and an extradition, were one link each; they now split by stage."""
    mine = _stages(a)
    theirs = _stages(b) if mine else ()
    return bool(theirs) and not mine & theirs


def _stages(unit: _Unit) -> set[str]:
    """The stages of a story the passage's verbs tell of (``STAGE_OF``), a verdict among them
    (``found him guilty``, ``was found not guilty``: no verb of its own). On six dossiers read blind,
    a verdict was linked to a charge and to a plea of not guilty about the same deaths."""
    found = {STAGE_OF[t] for t in unit.actions if t in STAGE_OF}
    words = unit.words
    found.update(("acquit" if words[i - 1] in NEGATIONS else "convict") for i, word in enumerate(words)
                 if word == "guilty" and "found" in words[max(0, i - VERDICT_REACH) : i])
    return found


VERDICT_REACH = 4
"""``found`` this many words before ``guilty`` gives a verdict (``found him guilty``, ``found Dale Morrow not guilty``)."""


def _words(tokens: Sequence[Token]) -> tuple[str, ...]:
    return tuple(word for t in tokens if (word := _word(t.norm)))


@lru_cache(maxsize=1 << 16)
def _word(norm: str) -> str:
    """The token's word as compared (hyphens dropped), or ``""`` for a mark; remembered, as words repeat."""
    return norm.replace("-", "") if any(ch.isalnum() for ch in norm) else ""


ECHO_WORDS = 3
"""A quotation this many words long, found in another passage, echoes it (``“found credible evidence”``)."""


def _quotations(tokens: Sequence[Token]) -> tuple[tuple[str, ...], ...]:
    """Word runs between paired double quote marks (``ECHO_WORDS`` words or more)."""
    runs: list[tuple[str, ...]] = []
    inside: list[Token] | None = None
    for token in tokens:
        if token.norm == '"':
            if inside is None:
                inside = []
            else:
                runs.append(_words(inside))
                inside = None
        elif inside is not None:
            inside.append(token)
    return tuple(run for run in runs if len(run) >= ECHO_WORDS)


QUOTED_SHARE = 0.5
"""A passage this share of whose words are quoted says what its quotations say: the rest is who spoke,
when and where."""


def _quotation_terms(unit: _Unit) -> frozenset[str] | None:
    """The terms of a passage's quotations when they are most of it (``QUOTED_SHARE``), else ``None``."""
    if not unit.quotes or sum(map(len, unit.quotes)) < QUOTED_SHARE * len(unit.words):
        return None
    return frozenset(term for quote in unit.quotes for word in quote for term, _, _ in _term_pieces(word, word))


def _other_quotations(a: _Unit, b: _Unit, weights: dict[str, float]) -> bool:
    """Does a passage that is mostly a quotation meet the other beside it rather than in it? Two
    quotations sharing no run of ``ECHO_WORDS`` words are two things said, though one speaker, title and
    occasion frame both (``"…," Dale Morrow, head of the port authority, said in a statement``); and a
    passage unquoted sharing more of a quotation's frame than of the quotation tells of the occasion
    (``the two leaders met in the Oval Office``), not of what was said there. On six dossiers read blind,
    two quotations of one executive made a link, a third joined a near copy of another through his long
    title, and a meeting was linked to what was said at it."""
    mine, theirs = _quotation_terms(a), _quotation_terms(b)
    if mine is None and theirs is None:
        return False
    if mine is not None and theirs is not None:
        runs = {quote[i : i + ECHO_WORDS] for quote in a.quotes for i in range(len(quote) - ECHO_WORDS + 1)}
        return not any(quote[i : i + ECHO_WORDS] in runs for quote in b.quotes for i in range(len(quote) - ECHO_WORDS + 1))
    shared = a.terms & b.terms
    quoted = shared & (mine if mine is not None else theirs)
    return math.fsum(weights[t] for t in quoted) < math.fsum(weights[t] for t in shared - quoted)


CLAUSE_OPENERS = frozenset(
    """which while whereas but after adding where whose although though under urging saying handing""".split()
)
"""After a comma, these open a clause that may carry a fact of its own (``…, adding that he spoke…``)."""
NEGATIONS = frozenset("not no never nor neither none nobody nothing".split())
MIN_CLAUSE_WORDS = 5
"""A shorter piece stays with its neighbour: it cannot carry a fact alone."""


def _clauses(tokens: Sequence[Token], verbs: Collection[int] = frozenset()) -> list[tuple[int, int]]:
    """Token ranges ``[a, b)`` of a sentence's clauses, in order, covering it.

    Cuts fall after ``;`` and free-standing dashes, before a comma-led clause
    opener, before a quotation opened after a comma or colon, and before
    ``, and`` when a verb (token indexes in ``verbs``) stands on each side
    (``the alarm turned out to be a prank, and the pupils were sent home``, not
    ``Ruelle, 47, and Feldmann, 48, were treated``; ``and,`` before an inserted
    phrase too: ``drones played a major role in the war and, as The Globe
    reported, Canadian optics were used``) or opens what follows (``the
    ban affects 29 permits, and applies to aircraft parts``: a second predicate
    of the same subject, ``grammar.verb_form``); never inside a quotation.
    Pieces under ``MIN_CLAUSE_WORDS`` words join a neighbour.
    """
    cuts = [0]
    ands = []
    quoted = False
    for i, token in enumerate(tokens):
        if token.norm == '"':
            if not quoted and i and tokens[i - 1].norm in (",", ":"):
                cuts.append(i)
            quoted = not quoted
        elif quoted:
            continue
        elif token.norm in (";", "-", "--"):
            cuts.append(i + 1)
        elif token.norm == "," and i + 1 < len(tokens) and tokens[i + 1].norm in CLAUSE_OPENERS:
            cuts.append(i + 1)
        elif token.norm == "," and i + 1 < len(tokens) and tokens[i + 1].norm == "and":
            ands.append(i + 1)
        elif token.norm == "and" and i + 1 < len(tokens) and tokens[i + 1].norm == "," and tokens[i - 1].norm != ",":
            ands.append(i)  # 'played a major role in the war and, as The Globe reported, ...'
    cuts = sorted({*cuts, *clause_starts(tokens, verbs), len(tokens)})
    for cut in ands:
        after = bisect_right(cuts, cut)
        opens = cut + 1 < len(tokens) and (cut + 1 in verbs or verb_form(tokens[cut + 1].norm))
        if opens or (any(cuts[after - 1] <= v < cut for v in verbs) and any(cut < v < cuts[after] for v in verbs)):
            cuts.insert(after, cut)
    pieces: list[list[int]] = []
    for a, b in zip(cuts, cuts[1:]):
        words = sum(t.is_word for t in tokens[a:b])
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


SPEECH_VERBS = ATTRIBUTION_VERBS - {"according", "asked", "asks", "announced"}
"""Reporting verbs whose subject is only the speaker (``X asked Canada to…`` is itself a fact)."""


def _speakers(tokens: Sequence[Token]) -> set[int]:
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
    commas = [i for i in range(len(tokens) - 1, -1, -1) if tokens[i].norm == ","]
    if not commas:
        return set()
    named = [t for t in tokens[commas[0] + 1 :] if t.is_word]
    start = commas[1 if len(commas) > 1 and named and all(t.text[:1].isupper() for t in named) else 0] + 1
    if start < len(tokens) and tokens[start].norm == '"':
        start += 1
    tail = tokens[start:]
    words = [t.norm for t in tail if t.is_word]
    if len(words) > TAIL_WORDS or any(t.norm == '"' for t in tail) or not REPORTING_VERBS.intersection(words):
        return set()
    return {i for i in range(start, len(tokens)) if tokens[i].is_word and tokens[i].norm not in REPORTING_VERBS}


@dataclass(slots=True)
class _Unit:
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
    """Its figures, ranks and weekdays (``_particulars``) with the terms around them (``_anchored``):
    a paraphrase must not name others."""
    lede: bool
    """Part of its article's first sentence, which in news states the main fact."""
    negated: bool
    """Says ``not``, ``no``, ``never`` ...: a paraphrase must agree on it."""
    actions: frozenset[str]
    """Terms of the words that look like verbs: what the passage says happened."""
    caption: bool
    """Its sentence reads as a photo caption (see ``_caption``)."""
    weight: float = 0.0


@dataclass(frozen=True)
class PairMatch:
    """Two sentences of different articles judged to carry the same statement, and the units that do."""

    a: int
    b: int
    score: float
    kind: LinkKind
    unit_a: _Unit
    unit_b: _Unit
    confident: bool
    """Sure to make one statement (see ``_judge``); the others make weaker links, shown on demand."""


AUXILIARIES = frozenset(
    "will would to can could may might shall should must has have had is was were are be been being did does do".split()
)
"""A content word after one of these is used as a verb (``will replace``, ``was sentenced``, ``to host``)."""
ADVERBS_BETWEEN = frozenset("not never also already still just".split())


def _verbs(tokens: Sequence[Token]) -> set[int]:
    """Indexes of the tokens that look like verbs, without a tagger: an irregular past form, a word in
    ``-ed``, a word after an auxiliary (``will``, ``to``,
    ``has``, ``was``...), adverbs between allowed, or a gerund (``for speeding``: ``grammar.gerund``)."""
    found = set()
    for index, token in enumerate(tokens):
        word = token.norm
        if not word.isalpha() or word in FUNCTION_WORDS:
            continue
        before = index - 1
        while before >= 0 and tokens[before].norm in ADVERBS_BETWEEN:
            before -= 1
        after = tokens[before].norm if before >= 0 else ""
        if (
            word in IRREGULAR_FORMS
            or (word.endswith("ed") and len(word) > 4)
            or after in AUXILIARIES
            or gerund(tokens, index)
        ):
            found.add(index)
    return found


LEDE_WORDS = 3
"""A lede says something: this many lower-case content words, which a date line, a byline or a
title-cased subtitle above it (``Posted: Oct 14, 2012 4:35 PM``, ``Office of the Press Secretary``)
does not have."""


FACT_WORDS = 4
"""A shorter passage (``(Daily Planet article)``, ``News article)``) states nothing to link."""


SPOKEN_WHERE = frozenset("in on at during after before to via shortly later earlier today yesterday tonight".split())
"""Words that may follow a verb of speaking in a clause that only says who spoke, when and where
(``said in a statement``, ``told reporters``, ``said at the vigil``, ``said later``)."""


def _only_attribution(tokens: Sequence[Token]) -> bool:
    """Is the clause only who speaks (``Neil Ashcombe, controller of Network Drama, said:``)? Also, when it
    holds no other verb and nothing after a colon, a clause that a verb of speaking opens (``said the
    victim's uncle, Dale Morrow``, ``according to officials``) or that ends on one and when, where or
    how it was said (``…," Dale Morrow said in a statement at the port``). A quotation mark may open it:
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
    return said and not any(t.norm == ":" for t in tokens[:-1]) and not _verbs(tokens)


def _says_something(tokens: Sequence[Token]) -> bool:
    """Can the sentence carry a fact? Four words or more and one lower-case content word: a date line
    (``Published March 3, 2009``) or a credit line has none, and two such lines are no shared statement."""
    words, content = 0, False
    for token in tokens:  # stops as soon as it knows: most sentences say something within a few words
        if token.is_word:
            words += 1
            content = content or (token.text.isalpha() and token.text.islower() and token.text not in FUNCTION_WORDS)
            if content and words >= FACT_WORDS:
                return True
    return False


def _states(tokens: Sequence[Token]) -> bool:
    """Can the sentence be its article's lede (see ``LEDE_WORDS``)?"""
    said = (t.text for t in tokens if t.is_word and t.text.isalpha() and t.text.islower())
    return sum(word not in FUNCTION_WORDS for word in said) >= LEDE_WORDS


PICTURE_PLACES = frozenset({"left", "right", "center", "centre"})
"""Where someone stands in a picture, set off by commas or brackets (``Jane Doe, right, with ...``)."""


def _caption(tokens: Sequence[Token]) -> bool:
    """Does the sentence read as a photo caption? It describes a picture (who stands where, when it was
    taken), not what happened: sharing its names and date with a sentence of another report is no statement."""
    return any(
        token.norm in PICTURE_PLACES and tokens[i - 1].norm in (",", "(") and tokens[i + 1].norm in (",", ")")
        for i, token in enumerate(tokens[1:-1], 1)
    )


_NOTHING: frozenset = frozenset()
"""One empty set for the units that hold no year, particular or verb (most): each empty set is 216 bytes."""


def _unit(sentence: int, article: int, tokens: Sequence[Token], terms: set[str], particulars: set[Anchored], article_id: str,
          lede: bool, actions: set[str], caption: bool) -> _Unit:
    ends = [t for t in tokens if t.norm not in (",", ";", ":", "-", "--")] or tokens
    words = _words(tokens)
    return _Unit(
        sentence,
        article,
        Span(article_id, tokens[0].start, ends[-1].end),
        words,
        _quotations(tokens),
        frozenset(terms),
        frozenset(t for t in terms if _YEAR.fullmatch(t)) or _NOTHING,
        frozenset(particulars) or _NOTHING,
        lede,
        any(word in NEGATIONS or word.endswith("n't") for word in words),
        frozenset(actions) or _NOTHING,
        caption,
    )



def _prepare(dossier: Dossier, sentences: dict[str, tuple[Sentence, ...]]):
    """Sentence units (dossier order, then the articles' title lines: ``titles.reading``), the
    clause units of each, and term weights."""
    whole: list[_Unit] = []
    clauses: list[list[_Unit]] = []
    capitalised: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    surface: dict[str, str] = {}
    for index, article, read in reading(dossier, sentences):
        lede_found = False
        for sentence in read:
            tokens = sentence.tokens
            token_terms: list[list[str]] = []
            pinned: list[tuple[Particular, ...]] = []
            position = 0
            speakers = _speakers(tokens)
            for number, token in enumerate(tokens):
                pieces = []
                if number in speakers:
                    position += 1
                elif token.is_word or token.norm[:1].isdigit():
                    for term, upper, word in _term_pieces(token.text, token.norm):
                        pieces.append(term)
                        surface.setdefault(term, word)
                        if position and sentence.start >= 0:  # a title's casing says nothing (titles.py)
                            seen[term] += 1
                            capitalised[term] += upper
                    position += 1
                token_terms.append(pieces)
                pinned.append(() if number in speakers or not pieces else _particulars(token.norm))
            terms = {t for pieces in token_terms for t in pieces}
            if not terms or not _says_something(tokens):
                continue
            # A title line states the main fact as a lede does, and leaves its body its own lede.
            number, lede = len(whole), sentence.start < 0 or not lede_found and _states(tokens)
            lede_found = lede_found or lede and sentence.start >= 0
            verbs = _verbs(tokens)

            def actions(a: int, b: int) -> set[str]:
                return {t for i in range(a, b) if i in verbs for t in token_terms[i]}

            anchored = _anchored(tokens, token_terms, pinned) if any(pinned) else None

            def particulars(a: int, b: int) -> set[Anchored]:
                return {p for i in range(a, b) for p in anchored[i]} if anchored else set()

            caption = _caption(tokens)
            whole.append(_unit(number, index, tokens, terms, particulars(0, len(tokens)), article.id, lede, actions(0, len(tokens)), caption))
            ranges = _clauses(tokens, verbs)
            clauses.append([
                _unit(number, index, tokens[a:b], {t for pieces in token_terms[a:b] for t in pieces}, particulars(a, b), article.id, lede,
                      actions(a, b), caption)
                for a, b in ranges
                if not _only_attribution(tokens[a:b])
            ] if len(ranges) > 1 else [])
    df = body_frequencies(whole)
    total = body_sentences(whole) + 1
    weights = {}
    names = set()
    for term, count in df.items():
        weight = math.log(total / count) + 0.1
        is_number = term[:1].isdigit()
        if seen[term] and capitalised[term] * 2 >= seen[term] and term not in CALENDAR_WORDS:
            names.add(term)
        weights[term] = weight * (ANCHOR_BOOST if is_number or term in names else _rarity(surface[term]))
    for unit in whole + [c for units in clauses for c in units]:
        unit.weight = math.fsum(weights[t] for t in unit.terms)
    headline_verbs(whole + [c for units in clauses for c in units], names)
    return whole, clauses, weights, df, frozenset(names)


INDEX_PARTS = 2
"""The candidate index is built in this many parts, one after the other: its peak memory divided."""


def _partners(passages: list[_Unit], weights: dict[str, float], df: Counter[str]) -> Callable[[int], list[int]]:
    """``partners(a)``: the later sentences of other articles that share two uncommon terms with sentence ``a``.

    Terms in more than ``KEY_DF_LIMIT`` sentences are not indexed alone; pairs
    of a sentence's heaviest terms are, so two common words that rarely meet
    still bring two sentences together. Asked one sentence at a time, so the
    candidate pairs (millions, in thousands of reports) are never all held at once.
    """
    # Keys are numbers (a term's, or past them a pair's), and a key one sentence holds keeps that
    # sentence's number alone, not a list; the index is built in parts, by key: millions of keys,
    # most of them held once, were most of the analysis' peak memory.
    ids = {term: number for number, term in enumerate(df)}
    terms = len(ids)
    keys_of = []
    for passage in passages:
        ranked = sorted(passage.terms, key=lambda t: (-weights[t], t))
        keys = [(ids[x] + 1) * terms + ids[y] for x, y in combinations(sorted(ranked[:TOP_TERMS]), 2)
                if df[x] > KEY_DF_LIMIT or df[y] > KEY_DF_LIMIT]
        keys_of.append(array("q", keys + [ids[term] for term in ranked if df[term] <= KEY_DF_LIMIT]))
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
            if type(members) is list and len(members) <= KEY_DF_LIMIT:
                for member in members:
                    (by_term if key < terms else by_pair)[member].append(members)
        del index
    del keys_of

    def partners(a: int) -> list[int]:
        # Votes of a's later partners, counted per sentence: small tables, linear in the postings.
        hits: Counter[int] = Counter()
        article = passages[a].article
        for votes, postings in ((1, by_term[a]), (2, by_pair[a])):
            for members in postings:
                for b in members[bisect_right(members, a) :]:
                    hits[b] += votes
        return [b for b, count in hits.items() if count >= 2 and passages[b].article != article]

    return partners


def _contains(run: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """Is ``run`` a contiguous stretch of ``words``?"""
    first, size = run[0], len(run)
    return any(words[i : i + size] == run for i, w in enumerate(words) if w == first)


VERBATIM_RUN = 6
"""A quotation this many words long, found word for word, makes a pair verbatim."""
NEAR_RUN = 8
NEAR_SIMILARITY = 0.7
PARAPHRASE_OVERLAP = 0.22
"""Shared weight over the geometric mean of the two sentences' weights, for a paraphrase."""
PARAPHRASE_ANCHORS = 3
"""Uncommon terms a paraphrase must share; a shared number counts twice."""
CLOSE_OVERLAP = 0.45
CLOSE_ANCHORS = 2
"""Passages this close need fewer anchors."""
MANY_ANCHORS = 5
"""Passages sharing this many uncommon terms need less overlap (long sentences around one fact)."""
LEDE_OVERLAP = 0.2
LEDE_TERMS = 2
"""Two ledes sharing this overlap, this many terms other than names and one uncommon such term report the
dossier's main fact. Plain-text dossiers put a date line or a byline above the lede, so the lede is the
first sentence that says something (``_states``); QA-Align pairs linked 36 -> 48 of 85 on the
development dossiers, the scorer's link-precision proxy unchanged (0.97). Their figures, ranks and
weekdays must not be at odds (``50 miles north of Kestrelton`` is not ``about 15 miles north of Kestrelton``)."""
UNCOMMON_SHARE = 0.12
UNCOMMON_LIMIT = 40
"""A term is uncommon in at most this share of the dossier's sentences, never more than this many (at least two)."""
STATEMENT_OVERLAP = 0.28
STATEMENT_COVERAGE = 0.35
"""A paraphrase is confident when what the two passages share is this much of their weights
(geometric mean) and of the longer one's, ..."""
ACTION_OVERLAP = 0.2
ACTION_COVERAGE = 0.15
"""... or, when they share a verb (the same thing happened), this much ..."""
STATEMENT_TERMS = 2
"""... and the shared part holds this many words that are neither names nor numbers: what is said,
not only who or where. Chosen on the development dossiers' sampled links (bench/link_sample.py) against
the bundled reports' hand reading: paraphrases sharing a background phrase ("the mainstream Quaker
church", "the first-ever summit") and no verb were the wrong ones."""
PARTICIPANT_OVERLAP = 0.4
PARTICIPANT_COVERAGE = 0.2
PARTICIPANTS = 2
"""A shared verb and this many shared names (who did it, to whom) make a statement with one other word
(``Garneau spoke with his Turkish counterpart Cavusoglu``) when this much is shared."""


def _statement(a: _Unit, b: _Unit, shared: frozenset[str], weights: dict[str, float], names: frozenset[str]) -> bool:
    """Do two paraphrases make one statement, rather than share background (names, places, a phrase)?

    Much of both passages must be shared, or a verb and a good part of
    them, and the shared part must say something beyond the names it holds.
    """
    said = len([t for t in shared - names if not t[:1].isdigit()])
    shared_weight = math.fsum(weights[t] for t in shared)
    overlap = shared_weight / math.sqrt(a.weight * b.weight)
    coverage = shared_weight / max(a.weight, b.weight)
    if said >= STATEMENT_TERMS and overlap >= STATEMENT_OVERLAP and coverage >= STATEMENT_COVERAGE:
        return True
    if not a.actions & b.actions:
        return False
    if said >= STATEMENT_TERMS and overlap >= ACTION_OVERLAP and coverage >= ACTION_COVERAGE:
        return True
    return (
        said >= 1 and len(shared & names) >= PARTICIPANTS
        and overlap >= PARTICIPANT_OVERLAP and coverage >= PARTICIPANT_COVERAGE
    )


def _longest_run(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[int, int]:
    """The size of the longest stretch of words printed alike in ``a`` and ``b``, and where it ends in
    ``a``; ``(0, 0)`` when it cannot reach ``VERBATIM_RUN`` words. Their longest common subsequence,
    counted in C, bounds it: most candidate pairs share too few words in order to need the slower search."""
    if LCSseq.similarity(a, b) < VERBATIM_RUN:
        return 0, 0
    longest = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return longest.size, longest.a + longest.size


def _names_run(run: tuple[str, ...], names: frozenset[str], actions: frozenset[str]) -> bool:
    """Is a run of words mostly names and figures, and no verb (``of the Northfield Baptist Church of
    the Holy Lantern``, ``Dale, 47, of Cedar Hills and Brook, 52, of Lyle County``)? Two reports naming
    the same body, people and places alike copy who and where, not a statement (``Dale Morrow will
    travel to Lyle County`` says what happens). On the six read development dossiers a seven-report
    link of background clauses about a church, and a hospital sentence tied to a charge, held
    together only through such runs."""
    terms = [term for word in run for term, _, _ in _term_pieces(word, word)]
    said = sum(term not in names and not term[:1].isdigit() for term in terms)
    return 2 * said < len(terms) and not actions.intersection(terms)


def _told_apart(a: _Unit, b: _Unit, weights: dict[str, float], names: frozenset[str]) -> bool:
    """Do two passages sharing words tell of other happenings (``_other_stages``), other sayings
    (``_other_quotations``), other firsts (``_other_firsts``), one as done and one as still weighed
    (``_other_modes``) or other things of one background phrase (``_background_only``)? Their pair is
    never confident."""
    return (_other_stages(a, b) or _other_quotations(a, b, weights) or _other_firsts(a, b, weights) or _other_modes(a, b, names)
            or _background_only(a, b, names))


BACKGROUND_SPAN = 9
"""The most words from the first to the last shared word of a background phrase (``the inquiry into the
collapse of the harbour bridge``)."""
OF_WHAT = frozenset("into of over about against".split())
"""After a noun, they open what it is about (``the inquiry into``, ``the row over``)."""


def _background_only(a: _Unit, b: _Unit, names: frozenset[str]) -> bool:
    """Do two passages share only a phrase naming what the story is about (``the inquiry into the
    collapse of the harbour bridge``) and say other things of it? The words they share, names and
    figures aside, lie within ``BACKGROUND_SPAN`` words of each, opening on a noun and ``OF_WHAT``;
    no verb is a verb of both, and each has a verb outside the phrase (``to oversee the inquiry
    into ...`` and ``has sent questions as part of his inquiry into ...``). On the nineteen read
    dossiers a wrong link (an appointment to an investigation beside questions asked in it) went, and
    a seven-passage link read partly right split into one right and two partly right; no other shown
    link changed. Asking only for a compact shared phrase and other verbs cost 18 right links."""
    if a.actions & b.actions:
        return False
    told = frozenset(t for t in a.terms & b.terms - names if not t[:1].isdigit())
    for unit in (a, b):
        at = [i for i, word in enumerate(unit.words) if told.intersection(term for term, _, _ in _term_pieces(word, word))]
        if not at or at[-1] - at[0] >= BACKGROUND_SPAN or at[0] + 1 >= len(unit.words) or unit.words[at[0] + 1] not in OF_WHAT:
            return False
        phrase = {term for word in unit.words[at[0] : at[-1] + 1] for term, _, _ in _term_pieces(word, word)}
        if not unit.actions - phrase:
            return False
    return True


TENTATIVE = frozenset(
    """consider considers considering considered weigh weighs weighing mull mulls mulling ponder ponders pondering
    deliberate deliberates deliberating""".split()
)
"""Verbs of a decision not yet taken: what follows them (``was considering whether to exempt``) is a
possibility, not a happening."""


RELATIVES = frozenset("that which who whom whose".split())
"""They open a clause of its own (``duties that her government levied``): a decision still weighed
before them does not reach into it."""


QUESTIONS = frozenset("question questions query queries".split())
ABOUT = frozenset("surround surrounds center centers centre centres focus focuses concern concerns about over".split())
QUESTION_REACH = 5
"""``questions`` followed within this many words by a word of ``ABOUT`` (``most of the questions seen
by the magazine center on``) asks about what follows: it does not tell it."""


def _tentative(unit: _Unit, told: frozenset[str]) -> bool:
    """Does a verb of ``TENTATIVE`` or a question about it (``QUESTIONS``) come before the first word of
    the passage telling what both tell (``told``), in the same clause?"""
    weighed = False
    words = unit.words
    for i, word in enumerate(words):
        if any(term in told for term, _, _ in _term_pieces(word, word)):
            return weighed
        asked = word in QUESTIONS and not ABOUT.isdisjoint(words[i + 1 : i + 1 + QUESTION_REACH])
        weighed = word in TENTATIVE or asked or (weighed and word not in RELATIVES)
    return weighed  # what both tell is in a word joined by a hyphen (``drunk-driving charges``)


def _other_modes(a: _Unit, b: _Unit, names: frozenset[str]) -> bool:
    """Does one passage tell as a decision still weighed or as asked about (``_tentative``) what the
    other tells as done? ``was considering whether to exempt them`` is not ``has exempted them``, nor
    are ``the questions surround her decision to step aside`` and ``she stepped aside``. What
    both tell is their shared happenings (verbs of either), else the words they share, names left out
    either way. On the nineteen read dossiers a wrong and a partly right link went, a prosecutor
    weighing charges left a link of the arrest (two links read right joined it), and a recusal told
    as done left the link of two reports telling what questions were asked about it (partly right,
    then right). Wider sets of words (``may``, ``could``, ``plans to``, ``expects``, ``wants to``,
    any ``question``) cost 19 links read right for 3 wrong or partly right: reports tell a plan or an
    expectation as news in its own right."""
    shared = a.terms & b.terms
    told = (shared - names) & (_happenings(a) | _happenings(b)) or shared - names
    return _tentative(a, told) != _tentative(b, told)


FIRST_WORDS = frozenset({"first", "firstever"})
FIRST_REACH = 12
"""``to`` this many words after ``first`` says what the first did (``the first woman from the valley to ...``)."""
FIRST_WHAT = 8
"""The words after that ``to`` read for what was done first."""
FIRST_SHARE = 0.5


def _firsts(unit: _Unit) -> frozenset[str]:
    """The terms of what a passage says someone was the first to do (``the first woman to be elected to
    the harbour board`` -> ``elect``, ``harbou``, ``board``): the words after a ``to`` that follows
    ``first``, not a ``to`` before a noun (``the first lady welcomed them to the palace``)."""
    words = unit.words
    found: set[str] = set()
    for i, word in enumerate(words):
        if word in FIRST_WORDS:
            to = next((j for j in range(i + 1, min(len(words), i + 1 + FIRST_REACH)) if words[j] == "to"), None)
            if to is not None and to + 1 < len(words) and words[to + 1] not in DETERMINERS:
                found.update(term for after in words[to + 1 : to + 1 + FIRST_WHAT] for term, _, _ in _term_pieces(after, after))
    return frozenset(found)


def _other_firsts(a: _Unit, b: _Unit, weights: dict[str, float]) -> bool:
    """Do both passages say someone was the first to do something (``_firsts``), and other things, sharing
    under ``FIRST_SHARE`` of the lighter? ``the first woman to lead a county bar`` and ``the first woman
    to be named to the harbour board`` tell of two firsts, though who was first is alike. On the seven
    dossiers read blind last, a first of one board was linked to a first of another."""
    mine = _firsts(a)
    theirs = _firsts(b) if mine else frozenset()
    if not theirs:
        return False
    lighter = min(math.fsum(weights.get(t, 0.0) for t in mine), math.fsum(weights.get(t, 0.0) for t in theirs))
    return math.fsum(weights.get(t, 0.0) for t in mine & theirs) < FIRST_SHARE * lighter


def _judge(a: _Unit, b: _Unit, weights: dict[str, float], uncommon: frozenset[str], names: frozenset[str]) -> tuple[float, LinkKind, bool] | None:
    """Score, kind and confidence of the pair, or ``None`` when it does not carry one statement.

    Verbatim and near pairs are confident; a paraphrase is when ``_statement`` says so (two ledes
    need less), neither is a caption and their particulars are not at odds (``_at_odds``), both
    weighed only once the pair is kept."""
    if a.years and b.years and not a.years & b.years:
        return None
    shared = a.terms & b.terms
    shared_weight = math.fsum(weights[t] for t in shared)
    overlap = shared_weight / math.sqrt(a.weight * b.weight)
    if overlap < PARAPHRASE_OVERLAP / 2:
        return None  # too little in common for any kind: skip the costlier comparisons
    similar = Indel.normalized_similarity(a.words, b.words)
    run, run_end = _longest_run(a.words, b.words)
    shorter = min(len(a.words), len(b.words))
    if a.words == b.words or (run >= VERBATIM_RUN and (
        run >= 0.9 * shorter
        or any(len(q) >= VERBATIM_RUN and _contains(q, b.words) for q in a.quotes)
        or any(len(q) >= VERBATIM_RUN and _contains(q, a.words) for q in b.quotes)
    )):
        return max(similar, overlap), "verbatim", True
    # A long run ending on ``said`` may be only who spoke (``Neil Ashcombe, controller of Network Drama, said``)
    # before two different quotations: it makes no near copy.
    attribution = run and a.words[run_end - 1] in ATTRIBUTION_VERBS
    if similar >= NEAR_SIMILARITY:
        return max(similar, overlap), "near", not _told_apart(a, b, weights, names)
    if run >= NEAR_RUN and not attribution and not _names_run(a.words[run_end - run : run_end], names, a.actions):
        return max(similar, overlap), "near", not _told_apart(a, b, weights, names)
    if a.negated != b.negated:
        return None  # one says the opposite ("not aware of any credible evidence")
    lede = a.lede and b.lede and overlap >= LEDE_OVERLAP and len(shared - names) >= LEDE_TERMS and bool(shared & uncommon - names)
    lede = lede and lede_alike(a, b)
    if not lede:
        if not (shared & uncommon) - names:
            return None  # only names (and common words) in common: not one statement
        anchors = len(shared & uncommon) + any(t[:1].isdigit() for t in shared & uncommon)
        if not (
            (overlap >= PARAPHRASE_OVERLAP and anchors >= PARAPHRASE_ANCHORS)
            or (overlap >= CLOSE_OVERLAP and anchors >= CLOSE_ANCHORS)
            or (overlap >= PARAPHRASE_OVERLAP / 2 and anchors >= MANY_ANCHORS)
        ):
            return None
    # A caption's paraphrase is never confident, nor one naming other figures, ranks or days.
    sure = not (a.caption or b.caption or _at_odds(a, b) or _told_apart(a, b, weights, names))
    return overlap, "paraphrase", sure and (lede or _statement(a, b, shared, weights, names))


FOCUS = 0.75
"""A clause pair holding this share of what two sentences share is the passage pair shown."""


def _unit_pairs(a: int, b: int, whole: list[_Unit], clauses: list[list[_Unit]], weights: dict[str, float]):
    """The unit pairs of two sentences, most telling first.

    First the pairs that hold most of what the sentences share, shortest
    first (a clause carrying the fact rather than the whole sentence), then
    the others by shared weight (a second fact in a long sentence).
    """
    if not clauses[a] and not clauses[b]:  # the sentences alone: nothing to rank
        return [(whole[a], whole[b])] if whole[a].terms & whole[b].terms else []
    options = []
    for unit_a in [whole[a], *clauses[a]]:
        for unit_b in [whole[b], *clauses[b]]:
            shared = math.fsum(weights[t] for t in unit_a.terms & unit_b.terms)
            options.append((shared, len(unit_a.words) + len(unit_b.words), unit_a, unit_b))
    most = max(option[0] for option in options)
    focused = sorted((o for o in options if o[0] >= FOCUS * most), key=lambda o: o[1])
    rest = sorted((o for o in options if o[0] < FOCUS * most), key=lambda o: (-o[0], o[1]))
    return [(o[2], o[3]) for o in focused + rest if o[0] > 0]


JUDGED_BESIDE_FROM = 2_000
"""Sentences from which every other one's candidate pairs are judged beside, with a second core (:mod:`reader.core.forked`)."""


def _find_pairs(whole: list[_Unit], clauses: list[list[_Unit]], weights: dict[str, float], df: Counter[str], names: frozenset[str], progress: Progress) -> list[PairMatch]:
    """Every candidate sentence pair judged to carry one statement, with its units, best first."""
    partners = _partners(whole, weights, df)
    articles = len({u.article for u in whole})
    limit = max(2, min(max(UNCOMMON_SHARE * body_sentences(whole), 2 * articles), UNCOMMON_LIMIT))
    uncommon = frozenset(term for term, count in df.items() if count <= limit)

    def judged(sentences: range, report: Callable[[int], None]) -> list[_Judged]:
        return _judged(sentences, partners, whole, clauses, weights, uncommon, names, report)

    every = len(whole)
    with beside(lambda: judged(range(1, every, 2), lambda done: None), list[_Judged], worth_it=every >= JUDGED_BESIDE_FROM) as odd:
        found = judged(range(0, every, 2), lambda done: progress("links", done, every)) + odd()
    progress("links", every, every)
    matches = _printed_apart([PairMatch(a, b, score, kind, _unit_at(a, unit_a, whole, clauses), _unit_at(b, unit_b, whole, clauses), confident)
                              for a, b, score, kind, unit_a, unit_b, confident in found])
    matches.sort(key=lambda m: (-m.score, m.a, m.b))
    return matches


def _printed_apart(matches: list[PairMatch]) -> list[PairMatch]:
    """The pairs, a paraphrase made weaker when each of its passages has a copy (verbatim or near) in
    the other's report, in another sentence, and no verb of either is a word of both: both reports
    print the two sentences apart, as two statements (a company's description of its product beside
    an executive's praise of it in like nouns, both reprinted from one press release). On the seven
    dossiers read blind last, three wrong and two partly right links paired such sentences; on all
    nineteen read dossiers no other link changed."""
    copies: dict[int, list[tuple[int, int, Span]]] = defaultdict(list)
    for m in matches:
        if m.kind != "paraphrase":
            copies[m.a].append((m.unit_b.article, m.b, m.unit_a.span))
            copies[m.b].append((m.unit_a.article, m.a, m.unit_b.span))

    def copied_beside(x: int, unit: _Unit, z: int, other: _Unit) -> bool:
        return any(article == other.article and y != z and _overlapping((span, unit.span)) for article, y, span in copies[x])

    def apart(m: PairMatch) -> bool:
        return (m.confident and m.kind == "paraphrase" and not m.unit_a.terms & m.unit_b.terms & (_happenings(m.unit_a) | _happenings(m.unit_b))
                and copied_beside(m.a, m.unit_a, m.b, m.unit_b) and copied_beside(m.b, m.unit_b, m.a, m.unit_a))

    return [replace(m, confident=False) if apart(m) else m for m in matches]


_Judged = tuple[int, int, float, str, int, int, bool]
"""A pair found by :func:`_judged`: its sentences, score, kind, the clause of each that makes it
(-1: the whole sentence) and whether it is confident; plain data, sent back from a fork."""


def _judged(sentences: range, partners: Callable[[int], list[int]], whole: list[_Unit], clauses: list[list[_Unit]],
            weights: dict[str, float], uncommon: frozenset[str], names: frozenset[str], report: Callable[[int], None]) -> list[_Judged]:
    """The pairs of ``sentences`` with their partners that carry one statement; ``report`` hears
    how far into the dossier's sentences it is."""
    found_all = []
    for done, a in enumerate(sentences, 1):
        for b in partners(a):
            found = None
            for unit_a, unit_b in _unit_pairs(a, b, whole, clauses, weights):
                verdict = _judge(unit_a, unit_b, weights, uncommon, names)
                if verdict and (found is None or verdict[2]):
                    score, kind, confident = verdict
                    found = (a, b, score, kind, _clause_of(a, unit_a, clauses), _clause_of(b, unit_b, clauses), confident)
                    if confident:
                        break  # else a clause pair may still make one statement where the sentences do not
            if found:
                found_all.append(found)
        if not done % 256:
            report(a)
    return found_all


def _clause_of(sentence: int, unit: _Unit, clauses: list[list[_Unit]]) -> int:
    return next((number for number, clause in enumerate(clauses[sentence]) if clause is unit), -1)


def _unit_at(sentence: int, clause: int, whole: list[_Unit], clauses: list[list[_Unit]]) -> _Unit:
    return whole[sentence] if clause < 0 else clauses[sentence][clause]


_KIND_ORDER: tuple[LinkKind, ...] = ("paraphrase", "near", "verbatim")


def _overlap(a: _Unit, b: _Unit, weights: dict[str, float]) -> float:
    """Shared weight over the geometric mean of the two units' weights."""
    return math.fsum(weights[t] for t in a.terms & b.terms) / math.sqrt(a.weight * b.weight)


STRANGERS = 0.15
"""Two groups never merge when some sentence of one shares less than this overlap with one of the other."""


def _apart(x: int, y: int, whole: list[_Unit], weights: dict[str, float], pairs: dict[tuple[int, int], PairMatch]) -> bool:
    """May sentences ``x`` and ``y``, not judged a pair, never share a link? They are strangers
    (almost nothing in common), name other figures, ranks or days or tell of other stages of a story
    (``_other_stages``): a passage joining a link
    must tell of the same happening as every other."""
    return (min(x, y), max(x, y)) not in pairs and (
        _overlap(whole[x], whole[y], weights) < STRANGERS or _at_odds(whole[x], whole[y])
        or _other_stages(whole[x], whole[y])
    )


def _overlapping(spans: Sequence[Span]) -> bool:
    """Do the spans (of one sentence) all overlap one another?"""
    return max(s.start for s in spans) < min(s.end for s in spans)


CORE_SHARE = 0.3
CORE_TERMS = 5
"""A member of a link of three or more must hold this share of what its core pair says (the weight of
the terms it shares, names and numbers left out: who and how many are not the statement), or this many
of its terms other than names, the figures it agrees on included (one clause of a long quotation the
core reprints, ``two of its seven members`` for ``five of the seven members ..., while two ...``)."""


def _body_lede(unit: _Unit) -> bool:
    """Is the passage part of its article's lede, not its title line? Headlines repeat one another in few
    words: grouped as loosely, on the six read development dossiers three links of headlines (read S, P, S)
    became one (P), a quotation chained in through them."""
    return unit.lede and not unit.span.in_title


LEDE_WITHIN = 0.6
"""A lede joining a core of two ledes makes its statement when this share of its weight is in the core's passages:
a short lede (``Canada has cancelled arms permits to Turkey``) says part of a long one's main fact."""


def _off_core(members: Iterable[int], core: PairMatch, whole: list[_Unit], weights: dict[str, float], names: frozenset[str]) -> set[int]:
    """The members that do not make the statement of the link's core (its best pair). A passage may meet
    one member on background (a name, a place, the wider story) and still be judged a pair with it;
    joining the link, it must say a good part of what the core pair says. Ledes joining a core of two
    ledes may say it in other words about the same names (``faces an arms embargo`` for ``cancelled
    export permits``): with them the names count, and a short lede of the body says part of it when most
    of its weight is in the core's passages (``LEDE_WITHIN``)."""
    shared = core.unit_a.terms & core.unit_b.terms
    said = {t for t in shared - names if not t[:1].isdigit()} or shared
    ledes = core.unit_a.lede and core.unit_b.lede
    told = core.unit_a.terms | core.unit_b.terms

    def makes_it(p: int) -> bool:
        statement = shared if ledes and whole[p].lede else said
        held = whole[p].terms & statement
        return (math.fsum(weights[t] for t in held) >= CORE_SHARE * math.fsum(weights[t] for t in statement)
                or len(whole[p].terms & shared - names) >= CORE_TERMS
                or ledes and _body_lede(whole[p]) and math.fsum(weights[t] for t in whole[p].terms & told) >= LEDE_WITHIN * whole[p].weight)

    return {p for p in members if p != core.a and p != core.b and not makes_it(p)}


def _other_figures(members: Iterable[int], core: PairMatch, whole: list[_Unit], pairs: dict[tuple[int, int], PairMatch]) -> set[int]:
    """The members paraphrasing the link's core with other figures of one thing (``_figures_differ``):
    five guards sentenced to seven to 40 years is not seven sentenced to six to 40 years. A near
    copy keeps its place (``a 1,500-square-metre hall`` for ``a 16,000-square-foot hall``: other
    units, the same wording). On the six read development dossiers two links read partly right became
    one right link; on the other fourteen, three links read partly right became three right ones
    and one still partly right (a tally of seized arms and a total so far no longer share one)."""

    def paraphrased(p: int) -> bool:
        found = [m for q in (core.a, core.b) if (m := pairs.get((min(p, q), max(p, q))))]
        return all(m.kind == "paraphrase" for m in found)

    return {p for p in members if p != core.a and p != core.b and paraphrased(p) and _figures_differ(whole[p], core.unit_a)}


OTHERS = frozenset({"other", "others"})


def _of_others(unit: _Unit) -> bool:
    """Does the passage say ``other`` before its first verb, in who it is about (``eleven other
    guards were charged``, not ``they found other equipment``)?"""
    for word in unit.words:
        if word in OTHERS:
            return True
        if any(term in unit.actions for term, _, _ in _term_pieces(word, word)):
            return False
    return False


def _of_the_others(members: Iterable[int], core: PairMatch, whole: list[_Unit]) -> set[int]:
    """The members not about others when both passages of the link's core are (``_of_others``:
    ``eleven other guards were charged``, ``the other guards face charges``): the core tells of
    others than the one the story is about, and a member without the word (``the commander is
    charged``, ``he faces charges``) tells of him, another statement. On the six read development
    dossiers a seven-passage link read partly right kept its four right passages; two that left
    make a new link read partly right. On the other fourteen no link shown changed."""
    if not (_of_others(core.unit_a) and _of_others(core.unit_b)):
        return set()
    return {p for p in members if p != core.a and p != core.b and not OTHERS.intersection(whole[p].words)}


def _figures_differ(a: _Unit, b: _Unit) -> bool:
    """Do two passages give other figures of what they count: about every word both give figures
    of, each names some that the other does not (``terms of seven to 40 years`` beside ``terms of
    six to 40 years``, ``90-years`` beside ``six to 40 years``)? One naming fewer (``3 killed``
    beside ``3 killed and 5 hurt``) says part of the same thing, and one word agreed on (``200 staff
    with offices`` beside ``200 staff with 9 offices``) shows the figures only fall near other words."""
    values: dict[tuple[str, str], list[set[str]]] = defaultdict(lambda: [set(), set()])
    for side, unit in enumerate((a, b)):
        for kind, value, context in unit.particulars:
            for term in context:
                values[kind, term][side].add(value)
    both = [(mine, theirs) for mine, theirs in values.values() if mine and theirs]
    return bool(both) and all(not (mine <= theirs or theirs <= mine) for mine, theirs in both)


def _group(matches: list[PairMatch], whole: list[_Unit], weights: dict[str, float], names: frozenset[str],
           pairs: dict[tuple[int, int], PairMatch], strays: list[PairMatch] | None = None) -> list[list[int]]:
    """Groups of sentences, best pairs first; one sentence per article in a group.

    Every member must make the statement of the group's best pair (``_off_core``); a pair
    refused for that through the passages the group holds, and loose on its own, goes to
    ``strays`` (the weaker links) when given, else waits for the next round.
    Two groups merge only when at least half of their cross pairs matched (one, when all are
    ledes of the bodies: each tells the dossier's main fact, at more or less length),
    none of them are strangers (almost nothing in common), and each sentence's
    passages in the merged group's pairs overlap: a sentence carrying two facts
    in two clauses must not chain them into one link (a lede's clauses all
    serve its main fact, so a lede may). A pair that no group of
    this round could take starts the next round, so such a sentence ends up in
    one link per fact, each link holding pairs that matched.
    """
    groups: list[list[int]] = []
    remaining = matches
    while remaining:
        group_of: dict[int, int] = {}
        members: dict[int, list[int]] = {}
        cores: dict[int, PairMatch] = {}
        used: dict[int, list[Span]] = defaultdict(list)
        leftover = []
        for match in remaining:
            ga, gb = group_of.get(match.a), group_of.get(match.b)
            if ga is not None and ga == gb:
                continue
            left = members[ga] if ga is not None else [match.a]
            right = members[gb] if gb is not None else [match.b]
            if {whole[p].article for p in left} & {whole[p].article for p in right}:
                leftover.append(match)
                continue
            cross = [pairs[key] for x in left for y in right if (key := (min(x, y), max(x, y))) in pairs]
            ledes = all(_body_lede(whole[p]) for p in left + right)
            if (not ledes and 2 * len(cross) < len(left) * len(right)) or any(
                _apart(x, y, whole, weights, pairs) for x in left for y in right
            ):
                leftover.append(match)
                continue
            core = max((c for c in (cores.get(ga), cores.get(gb), *cross) if c), key=lambda m: (m.score, -m.a, -m.b))
            odd = _other_figures(left + right, core, whole, pairs) | _of_the_others(left + right, core, whole)
            if odd:
                (strays if strays is not None and {match.a, match.b} & odd else leftover).append(match)
                continue
            off = _off_core(left + right, core, whole, weights, names)
            if off:
                # The pair ties a passage to what the link says through another statement: it is weaker
                # when it uses the passages the link holds and does not stand firmly on its own, else it
                # may make a link of its own.
                same = all(_overlapping((unit.span, *used[p]))
                           for p, unit in ((match.a, match.unit_a), (match.b, match.unit_b)) if used.get(p))
                loose = match.score < FIRM_OVERLAP or len(match.unit_a.terms & match.unit_b.terms - names) < CORE_TERMS
                (strays if strays is not None and {match.a, match.b} & off and same and loose else leftover).append(match)
                continue
            spans = {p: list(used[p]) for m in cross for p in (m.a, m.b)}
            for m in cross:
                spans[m.a].append(m.unit_a.span)
                spans[m.b].append(m.unit_b.span)
            if not all(whole[p].lede or _overlapping(s) for p, s in spans.items()):
                leftover.append(match)
                continue
            used.update(spans)
            target = ga if ga is not None else gb if gb is not None else match.a
            joined = left + right
            for old in (ga, gb):
                if old is not None and old != target:
                    del members[old], cores[old]
            members[target] = joined
            cores[target] = core
            for p in joined:
                group_of[p] = target
        groups.extend(members.values())
        remaining = leftover
    return groups


def _units_used(group: Iterable[int], whole: list[_Unit], pairs: dict[tuple[int, int], PairMatch]) -> dict[int, list[Span]]:
    """The spans of the units each sentence's matched pairs in the group use.

    Two copies of a whole sentence (a verbatim or near pair) agree on all they hold: when other pairs
    use a part of the sentence, that part is what the link says, and the copy's span is left out
    (a lede keeps it: all its clauses serve its main fact).
    """
    said: dict[int, list[Span]] = defaultdict(list)
    copied: dict[int, list[Span]] = defaultdict(list)
    for key in combinations(sorted(group), 2):
        match = pairs.get(key)
        if match:
            copy = match.kind != "paraphrase" and match.unit_a is whole[match.a] and match.unit_b is whole[match.b]
            for p, unit in ((match.a, match.unit_a), (match.b, match.unit_b)):
                (copied if copy and not whole[p].lede else said)[p].append(unit.span)
    return {p: said.get(p) or copied[p] for p in said.keys() | copied.keys()}


def _passages(group: Iterable[int], whole: list[_Unit], pairs: dict[tuple[int, int], PairMatch]) -> dict[int, Span]:
    """Each sentence's passage in a group: from the first to the last of the units its matched pairs use.

    A sentence without a matched pair in the group gets none.
    """
    return {p: Span(s[0].article, min(x.start for x in s), max(x.end for x in s)) for p, s in _units_used(group, whole, pairs).items()}


def _one_statement(group: Iterable[int], whole: list[_Unit], pairs: dict[tuple[int, int], PairMatch]) -> bool:
    """Do the units each sentence's pairs use in the group overlap (a lede's clauses all serve its main fact)?"""
    return all(whole[p].lede or _overlapping(spans) for p, spans in _units_used(group, whole, pairs).items())


def _echoes(match: PairMatch) -> bool:
    """Does a quotation of one passage reappear word for word in the other (``“found credible evidence”``)?"""
    return any(_contains(q, match.unit_b.words) for q in match.unit_a.quotes) or any(
        _contains(q, match.unit_a.words) for q in match.unit_b.quotes
    )


def _one_per_article(group: set[int], housed: set[int], whole: list[_Unit], pairs: dict[tuple[int, int], PairMatch]) -> list[int]:
    """The group with one sentence per article: the best counterpart of the sentences no other of its article contests.

    Best is the one echoing most of their quotations, then one not ``housed``
    in another link (it would be lost), then the one whose pairs with them
    score most.
    """
    by_article: dict[int, list[int]] = defaultdict(list)
    for p in sorted(group):
        by_article[whole[p].article].append(p)
    core = [ps[0] for ps in by_article.values() if len(ps) == 1]

    def merit(p: int) -> tuple[int, bool, float]:
        found = [m for q in core if (m := pairs.get((min(p, q), max(p, q))))]
        return sum(map(_echoes, found)), p not in housed, sum(m.score for m in found)

    kept = sorted(max(ps, key=merit) for ps in by_article.values())
    while True:  # a sentence whose only partner lost its place has nothing left to link
        passages = _passages(kept, whole, pairs)
        if len(passages) == len(kept):
            return kept
        kept = sorted(passages)


def _merge_repeats(groups: list[list[int]], whole: list[_Unit], pairs: dict[tuple[int, int], PairMatch]) -> list[list[int]]:
    """One link per statement: two groups whose passages overlap in two or more sentences become one.

    Later rounds of ``_group`` can rebuild a link around a sentence another
    report carries twice (a quotation also paraphrased in its lede); the
    merged group keeps one sentence per article (``_one_per_article``), the
    others staying in their other links. Groups are taken in order, so an
    earlier round's group is the one a repeat is merged into. Two groups
    meeting on a sentence through two of its clauses (two reports reprint a
    sentence carrying two facts, each group holding another report's
    passage on one of them) tell of two things and stay two (``_one_statement``).
    """
    homes: dict[int, set[int]] = defaultdict(set)
    for number, group in enumerate(groups):
        for p in group:
            homes[p].add(number)
    kept: dict[int, tuple[list[int], dict[int, Span], set[int]]] = {}
    holding: dict[int, set[int]] = defaultdict(set)
    for number, group in enumerate(groups):
        passages, sources = _passages(group, whole, pairs), {number}
        while True:
            shared = Counter(
                other for p, span in passages.items() for other in holding[p]
                if _overlapping((span, kept[other][1][p]))
            )
            twin = next((
                other for other, count in shared.most_common()
                if count >= 2 and _one_statement(set(group) | set(kept[other][0]), whole, pairs)
            ), None)
            if twin is None:
                break
            twin_group, _, twin_sources = kept.pop(twin)
            for p in twin_group:
                holding[p].discard(twin)
            sources |= twin_sources
            merged = set(group) | set(twin_group)
            housed = {p for p in merged if homes[p] - sources}
            group = _one_per_article(merged, housed, whole, pairs)
            passages = _passages(group, whole, pairs)
        if len(group) >= 2:
            kept[number] = (group, passages, sources)
            for p in group:
                holding[p].add(number)
    return [group for group, _, _ in kept.values()]


def _link(group: list[int], whole: list[_Unit], pairs: dict[tuple[int, int], PairMatch]) -> tuple[tuple, float, LinkKind, tuple[Span, ...]]:
    """Score, kind and passages of a group: each sentence's passage spans the units its pairs used."""
    matched = [m for key in combinations(sorted(group), 2) if (m := pairs.get(key))]
    spans = sorted((whole[p].article, span) for p, span in _passages(group, whole, pairs).items())
    score = round(sum(m.score for m in matched) / len(matched), 3)
    # The weakest kind of its pairs: a link is verbatim only when every report prints the passage alike.
    kind = min((m.kind for m in matched), key=_KIND_ORDER.index)
    return (spans[0][0], spans[0][1].start), score, kind, tuple(span for _, span in spans)


FIRM_OVERLAP = 0.4
FIRM_TERMS = 6
FIRM_NAMES = 2
"""A paraphrase pair is firm when its passages share this much of their weight, or this many terms, names
counting at most ``FIRM_NAMES`` of them: a show, its channel and its host (``Captain Why Live``, ``Network Two``,
``Amy Kite``) are who and where, not what is said. On the six read dossiers two links read partly right
became weaker, and no link read right."""


def _corroborated(group: list[int], pairs: dict[tuple[int, int], PairMatch], names: frozenset[str]) -> bool:
    """Does some pair of the link hold firmly (verbatim, near, or a paraphrase sharing ``FIRM_OVERLAP``
    of its weight or ``FIRM_TERMS`` terms, few of them names)? The dossier's topic words with a common
    verb are enough to pass ``_statement``; a link made only of such loose pairs, most often two
    passages, is weaker. On the
    six hand-read development dossiers (bench/link_sample.py --all), 22 of the 24 wrong links were
    two-passage paraphrases, most sharing four or five terms at an overlap under 0.4; asking more (a
    bar on every pair of a link) cost the five reports a third of their recall."""
    return any(
        match.kind != "paraphrase" or match.score >= FIRM_OVERLAP
        or len(shared := match.unit_a.terms & match.unit_b.terms) - max(0, len(shared & names) - FIRM_NAMES) >= FIRM_TERMS
        for key in combinations(sorted(group), 2) if (match := pairs.get(key))
    )


ALIKE_OVERLAP = 0.65
"""Two paraphrases sharing this much of their weight say the same thing with or without a verb of both."""
DATE_TERMS = frozenset(stem(word) for word in MONTHS + WEEKDAYS if word not in ("march", "may"))
"""Terms of the days and months (not ``march`` or ``may``: common words too)."""


def _told_alike(group: list[int], pairs: dict[tuple[int, int], PairMatch]) -> bool:
    """Does a link tell of one happening? Some pair of it must (``_pair_told_alike``): verbatim or
    near copies do, and two paraphrasing passages do when a word of both is a verb of either (``was
    sentenced`` / ``the sentencing``, ``seizing`` / ``seized``), both give one figure or rank of the
    same thing or name the same day or month (``after six weeks of talks`` / ``six weeks of
    talks``, ``a truce signed in May`` / ``the truce last May``), or most of both is shared (``no
    reports of injuries`` / ``no reports of damage or injuries``). Two reports putting the story's
    names and nouns around other verbs (``the guards found the van`` / ``the van was towed``) say
    other things about them, and the link is weaker; so is a link of three or more none of whose
    pairs tells alike (on the six read development dossiers one, read partly right; on the other
    fourteen none). On the six read development dossiers this made 8 two-passage
    links weaker: 4 read wrong, 3 partly right and 1 right (two sentences without a verb); on the
    other fourteen corpus dossiers 16: 6 wrong, 5 partly right, 5 right (verbs of other words:
    ``obtained`` / ``was provided``, ``will wait 30 days`` / ``postponed``). Two paraphrases giving
    other figures of what they count (``_figures_differ``) are weaker too: on the other fourteen
    corpus dossiers one link, read wrong (a tally of one raid beside a total so far)."""
    return any(_pair_told_alike(match) for key in combinations(sorted(group), 2) if (match := pairs.get(key)))


def _pair_told_alike(match: PairMatch) -> bool:
    """Do the two passages of a pair tell of one happening (``_told_alike``)?"""
    a, b = match.unit_a, match.unit_b
    shared = a.terms & b.terms
    if match.kind != "paraphrase":
        return True
    return not _figures_differ(a, b) and (match.score >= ALIKE_OVERLAP or bool(shared & (_happenings(a) | _happenings(b)))
                                          or _same_particular(a, b) or bool(shared & DATE_TERMS))


def _happenings(unit: _Unit) -> frozenset[str]:
    """The terms of a passage's verbs, its words in ``-ing`` included (``apprehending``, ``six weeks of
    fighting``): what it says happened. A lemmatiser telling ``morning`` from ``fighting`` (simplemma)
    changed no link on the development dossiers or the five reports."""
    words = unit.words
    taken = {term for i, word in enumerate(words) if word in LIGHT_VERBS
             for after in words[i + 1 : i + 1 + LIGHT_REACH] for term, _, _ in _term_pieces(after, after)}
    return (unit.actions | taken | {term for word in words if word.endswith("ing") and len(word) > 5 for term, _, _ in _term_pieces(word, word)}) - STATES


LIGHT_VERBS = frozenset("hold holds held holding make makes made making take takes took taking give gives gave giving".split())
LIGHT_REACH = 2
"""A light verb says what happened through the noun it takes, within this many words (``hold bilateral
talks``, ``held a vote``): the noun is a happening (``meet for bilateral talks``). On the twenty corpus
dossiers one link read right is confident again, and no other link changed."""


STATES = frozenset(stem(word) for word in "known based located best well".split())
"""Words read as verbs after ``is`` (``is best known for``, ``is based in``) that tell what someone or
something is, not what happened: two passages describing a person alike (``best known for his role
as``) may say other things about them. On the six read development dossiers two links read partly
right became weaker; on the other fourteen no link shown changed."""


def _same_particular(a: _Unit, b: _Unit) -> bool:
    """Do both passages give one figure or rank of the same thing (``six weeks`` / ``6 weeks``,
    ``the third summit`` / ``their 3rd summit``): a particular and a word beside it alike? A figure
    after ``the`` (``the two nations``) refers to whom the story already knows: it states nothing."""
    referred = _referred(a.words) | _referred(b.words)
    return any(mine[:2] == theirs[:2] and mine[2] & theirs[2] and mine[:2] not in referred
               for mine in a.particulars for theirs in b.particulars)


REFERRING = frozenset("the these those".split())


def _referred(words: tuple[str, ...]) -> set[Particular]:
    """The figures a passage gives only after ``the``, ``these`` or ``those`` (``the two nations``)."""
    after = defaultdict(set)
    for before, word in zip(("",) + words, words):
        for particular in _particulars(word):
            after[particular].add(before in REFERRING)
    return {particular for particular, referring in after.items() if referring == {True} and particular[0] == "figure"}


def find_links(
    dossier: Dossier,
    sentences: dict[str, tuple[Sentence, ...]],
    *,
    doubtful: frozenset[str] = frozenset(),
    progress: Progress = lambda stage, done, total: None,
) -> tuple[Link, ...]:
    """Links of 2..N passages (sentences or clauses) of different articles carrying the same statement.

    Confident links are built from confident pairs only (a weaker pair never
    joins them); the other pairs make the weaker links, ``confident=False``.
    A link holding a passage of a ``doubtful`` article (one that does not
    seem to cover the dossier's event) is never confident. Ids run ``L001``,
    ``L002`` ... over the confident links, then the weaker ones, each in the
    order of its first passage in dossier order; passages inside a link are in
    dossier order.
    """
    # It builds many small acyclic objects: callers run it with the collector paused (reader.collector).
    whole, clauses, weights, df, names = _prepare(dossier, sentences)
    matches = _find_pairs(whole, clauses, weights, df, names, progress)
    built = []
    judged = {(m.a, m.b) for m in matches}
    together: set[tuple[int, int]] = set()  # sentence pairs a body link holds
    for titled, matches in zip((False, True), titles_apart(matches)):  # the bodies' links, then those holding a title line
        strays: list[PairMatch] = []  # confident pairs tying a passage to a link it does not make (_off_core): weaker
        for confident in (True, False):
            chosen = [m for m in matches if m.confident] if confident else [m for m in matches if not m.confident] + strays
            scores = {(m.a, m.b): m for m in chosen}
            demote = strays if confident else None
            groups = _merge_repeats(_group(chosen, whole, weights, names, scores, demote), whole, scores)
            held = {key for group in groups for key in combinations(sorted(group), 2)}
            held |= {(m.a, m.b) for m in demote or ()}
            # Many to many: pairs no group could hold (a sentence already serves another
            # statement there) are grouped again among themselves, so a sentence carrying two
            # facts is linked for each.
            groups += _group([m for m in chosen if (m.a, m.b) not in held], whole, weights, names, scores, demote)
            if titled:  # headlines repeat one another: their links sharing two passages become one
                groups = _merge_repeats(groups, whole, scores)
            if not titled:
                together.update(key for group in groups for key in combinations(sorted(group), 2))
            for group in (judged_bodies(group, whole, judged, together, scores) for group in groups) if titled else groups:
                if len(group) < 2:
                    continue
                key, score, kind, spans = _link(group, whole, scores)
                sure = confident and not any(span.article in doubtful for span in spans) and _corroborated(group, scores, names)
                sure = sure and _told_alike(group, scores)
                built.append((not sure, key, score, kind, spans))
    built = _distinct(sorted(built), dossier)
    width = max(3, len(str(len(built))))
    return tuple(
        Link(f"L{number:0{width}d}", kind, min(1.0, max(0.0, score)), spans, confident=not weak)
        for number, (weak, _, score, kind, spans) in enumerate(built, 1)
    )


def _distinct(built: list[tuple], dossier: Dossier) -> list[tuple]:
    """``built`` without links whose passages read the same, report by report, as an earlier one's:
    a report that prints a sentence twice (a standfirst repeated as the lead) would give each
    copy a link of its own, the same link twice."""
    seen, kept = set(), []
    for entry in built:
        spans = entry[-1]
        text = tuple((s.article, " ".join(dossier.article(s.article).text(s).split())) for s in spans)
        if text not in seen:
            seen.add(text)
            kept.append(entry)
    return kept
