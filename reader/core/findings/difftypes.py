"""What kind of difference each changed stretch of a linked passage pair is.

A fact-checker reading two versions of one statement cares less that words
differ than about *how*: a number that disagrees, a hedge dropped, a loaded
label for the same actors. :func:`classify` gives every non-equal
:class:`~reader.core.model.DiffOp` exactly one :data:`DiffType`, chosen by the
first rule that fires, in this order, then :func:`_stanced` retypes one:

``stance``
    the words that tell the statement both passages share as denied, not confirmed or uncertain where the
    other tells it otherwise (``found no evidence that``, ``not``: :mod:`reader.core.findings.stance`), the
    pair's :class:`~reader.core.model.StanceDifference` saying how each tells it.
``typography``
    both sides fold to the same words (quote style, dashes, case, diacritics,
    British/American spelling, ``six``/``6``, ``AK-47``/``AK 47``,
    ``India's``/``India’ s``, ``$120``/``US$120``) or hold no words at all;
    ignored by default (:data:`IGNORED_BY_DEFAULT`).
``number``
    figures, money, counts or dates differ, compared by value (``six`` and
    ``6``, ``a hundred`` and ``$100``, ``9:25`` and ``9.25 a.m.`` agree;
    ``yesterday`` and ``last year`` are read from the publication dates or
    set against nothing): in a short change both sides give one of the same
    sort about the same thing, or one side adds or drops one that the other
    passage does not give elsewhere. In a change of any length, a count of
    the dead or injured that the other passage counts otherwise (``12 dead``
    for ``killing 21 people``).
``hedge``
    in a change of at most six words a side, a hedging word on one side only (``reportedly``, ``allegedly``, ``may``;
    ``according to`` or ``claimed`` when the other side states the thing outright).
``attribution``
    in a change of at most six words a side, the reporting verb differs (``said``/``urged``/``told``/``claimed``,
    ``according to``) or the source of a statement is added or dropped (``in a statement``).
``framing``
    a loaded term on one side only (``terrorists``, ``illegally``,
    ``occupied``, ``militias``, ``regime``, ``Kurdish-led``, ``rioters``,
    ``falsely``), or two different noun-phrase labels for actors (``… forces``
    for ``… fighters``).
``name``
    the same entity named differently (``Garneau``/``Mr. Garneau``/``Marc
    Garneau``, ``L3Harris``/``L3 Harris``), from the analysis' entity
    mentions or, failing those, from the surface forms.
``clause``
    an added or dropped stretch of four or more words, or one with a verb, or
    a comma-delimited segment (a longer rewrite in place is ``wording``).
``wording``
    anything else.

Only word lists of general English are used; nothing here knows any dossier.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property, lru_cache
from itertools import zip_longest

from reader.core.vocabulary import (
    CASUALTY_WORDS,
    CLAIM_WORDS,
    LINKING_WORDS,
    REPORTING_VERBS,
    TITLE_WORDS,
    CLAUSE_STARTERS,
    HEDGES as _HEDGES,
    HONORIFICS,
    LOADED_AFFIXES,
    LOADED_WORDS as _LOADED,
    MONTH_NAMES,
    MONTH_NUMBERS,
    MONTHS,
    NUMBER_SCALES,
    NUMBER_WORD_VALUES,
    WEEKDAY_NAMES,
    WEEKDAYS,
    singular,
)
from rapidfuzz.fuzz import ratio

from reader.core.findings.stance import pair_stance, stance_difference
from reader.core.findings.figures import CURRENCY_SIGN, RUNNING_TOTAL, currency, parse_number, published_date, same_currency
from reader.core.links.speakers import speakers_apart
from reader.core.model import (
    Analysis, DiffOp, DiffType, Link, PairDifferences, Progress, Quote, Span, StanceDifference, Token, TypedDiff, quiet,
)
from reader.core.text.contractions import bare
from reader.core.text.diff import diff_passages, words, words_diff
from reader.core.tokens import normalise

DIFF_TYPES: tuple[DiffType, ...] = (
    "stance", "framing", "number", "hedge", "attribution", "name", "clause", "wording", "typography",
)
"""Every type, most telling first: the order for legends and filters."""

IGNORED_BY_DEFAULT: frozenset[DiffType] = frozenset({"typography"})


# --- word lists (normalised, lower-case) -------------------------------------

_NUMBER_WORDS = {word: str(value) for word, value in NUMBER_WORD_VALUES.items()}
"""Number words as the digits they fold to: ``six`` and ``6`` are the same figure."""
_MAGNITUDES = frozenset(NUMBER_SCALES) | frozenset("hundreds thousands millions billions dozen dozens half percent".split())
_MONTH_OF = {word: MONTHS[number - 1] for word, number in MONTH_NUMBERS.items()}
"""A month's full name from its name or short name (``feb`` and ``february`` are ``february``)."""
_CURRENCY_WORDS = frozenset("dollar dollars euro euros pounds".split())
_TIME_WORDS = frozenset(
    "yesterday today tonight tomorrow day days week weeks weekend month months year years decade decades century".split()
)
_RELATIVE = frozenset("last next previous past this coming ago earlier later".split())
_DATE_WORDS = _TIME_WORDS | WEEKDAY_NAMES | MONTH_NAMES | _RELATIVE
_SAME_RELATIVE = {"past": "last", "previous": "last"}
"""``the past year`` is ``last year`` (near enough for a figure not to be told different)."""
_YEAR_SHIFT = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}
_DEICTIC = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
"""Days named from the day a report was published."""
_QUALIFIERS = frozenset(
    """about nearly almost around roughly approximately some over under more less fewer least most up estimated
    late early mid between ranging""".split()
)
"""Words that bound or place a figure or date (``about 30``, ``late last year``) without saying what it is of."""
_NUMBER_OPENERS = frozenset(NUMBER_WORD_VALUES) | frozenset(NUMBER_SCALES) | {"a", "an"}
"""The words without a digit that may open a number (:func:`_number`)."""
_MERIDIEM = frozenset({"a.m.", "p.m.", "am", "pm", "a.m", "p.m"})
_NUMBER_PART = re.compile(CURRENCY_SIGN.pattern + r"|(?<=\d)(?:st|nd|rd|th)$")
"""What a number's value leaves out: its currency sign (``US$100``) and ordinal ending (``29th``)."""
"""A figures difference made of these words only is labelled ``dates`` (``Monday`` dropped)."""

_CASE_SENSITIVE_HEDGES = frozenset({"may"})
"""Hedges that are something else when capitalised (``May`` the month)."""

_ATTRIBUTION_NOUNS = frozenset(
    "statement statements interview spokesperson spokesman spokeswoman briefing release communique remarks tweet".split()
)

_SOURCE_WORDS = frozenset(
    "reporter journalist official source further adding saying telling noting writing".split()
) | TITLE_WORDS | {title[:-3] + "men" for title in TITLE_WORDS if title.endswith("man")}
"""Who a statement was given to or came from beside the speaker's name, and reporting verbs as -ing forms."""

_LOADED_AFFIXES = re.compile(r"\w-(?:" + "|".join(LOADED_AFFIXES) + r")$")

_ACTOR_NOUNS = frozenset(
    """force forces fighter fighters troops militant militants rebel rebels army soldier soldiers
    group groups government authorities administration regime militia militias separatists
    insurgents guerrillas units movement organisation organization faction factions coalition
    alliance officials leadership civilians residents population minority community protesters
    demonstrators activists""".split()
)
_TITLES = frozenset(
    """minister ministers president prime foreign affairs defence defense secretary general chief
    head director spokesperson spokesman spokeswoman ambassador chancellor premier senator
    governor mayor king queen prince sheikh""".split()
) | HONORIFICS
"""Words of a title that may stand before a name (``Foreign Minister Marc Garneau``)."""

_AUXILIARIES = frozenset("is are was were be been being has have had will would can should shall do does did".split())
_CLAUSE_WORDS = 4
_SHORT = 6
"""A change of at most this many words a side is a swap of terms; a longer one is a rewrite."""


# --- tokens ------------------------------------------------------------------


_SPELLING = (
    (re.compile(r"(?<=\w{3})is(e|ed|es|ing|ation|ations)$"), r"iz\1"),
    (re.compile(r"(?<=\w{3})ll(ed|ing|er|ers)$"), r"l\1"),
    (re.compile(r"(?<=\w{2})our(s|ed|ing|ite|ites)?$"), r"or\1"),
    (re.compile(r"(?<=\w{3})ence$"), "ense"),
    (re.compile(r"(?<=\w{3})tre(s)?$"), r"ter\1"),
    (re.compile(r"(?<=\w{3})ogue(s)?$"), r"og\1"),
)
"""British and American spellings fold together (``recognised``/``recognized``, ``cancelled``/``canceled``)."""
_SPELT_EITHER_WAY = re.compile("|".join(pattern.pattern for pattern, _ in _SPELLING))
"""Any of ``_SPELLING``'s endings: one search tells the few words that have one."""


@lru_cache(maxsize=1 << 16)
def _fold(norm: str) -> str:
    """What typography and spelling leave of a word: ``six`` is ``6``, ``5,000`` is ``5000``, ``Feb.`` is
    ``February``."""
    norm = _MONTH_OF.get(norm.rstrip("."), _NUMBER_WORDS.get(norm, norm)).replace("-", "")
    if norm[:1].isdigit():
        return norm.replace(",", "")
    if _SPELT_EITHER_WAY.search(norm):
        for pattern, replacement in _SPELLING:
            norm = pattern.sub(replacement, norm)
    return norm


_POSSESSIVE = re.compile(r"'s?$")


def _stem(word: str) -> str:
    """Possessives and plurals off, so ``militias`` finds ``militia``."""
    return singular(_POSSESSIVE.sub("", word))


@dataclass(frozen=True)
class _Side:
    """One passage of the pair: its words (in order, with their starts and ends for binary
    searches: a long passage costs each change a lookup, not a scan) and the entity mentions inside it."""

    span: Span
    body: str
    words: tuple[Token, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    mentions: tuple[tuple[int, int, str], ...]
    related: dict[str, frozenset[str]]
    published: date | None

    def changed(self, start: int, end: int) -> list[Token]:
        return list(self.words[bisect_left(self.starts, start) : bisect_right(self.ends, end)])

    def preceding(self, start: int, count: int) -> tuple[Token, ...]:
        """The last ``count`` words ending by ``start``."""
        last = bisect_right(self.ends, start)
        return self.words[max(0, last - count) : last]

    def following(self, end: int, count: int) -> tuple[Token, ...]:
        """The first ``count`` words starting from ``end``."""
        first = bisect_left(self.starts, end)
        return self.words[first : first + count]

    def before(self, start: int) -> Token | None:
        return next(iter(self.preceding(start, 1)), None)

    def after(self, end: int) -> Token | None:
        return next(iter(self.following(end, 1)), None)

    def entities_near(self, start: int, end: int, slack: int = 2) -> set[str]:
        return {eid for s, e, eid in self.mentions if s < end + slack and start - slack < e}

    def covered(self, token: Token) -> bool:
        return any(s <= token.start and token.end <= e for s, e, _ in self.mentions)

    def entities(self) -> set[str]:
        return {eid for _, _, eid in self.mentions}

    def named(self, words: Sequence[Token]) -> bool:
        """Is every word part of an entity mention or a title?"""
        return all(self.covered(w) or w.norm in _TITLES for w in words)

    def same_entity(self, ours: set[str], theirs: set[str]) -> bool:
        return bool(ours & theirs) or any(self.related.get(eid, frozenset()) & theirs for eid in ours)

    @cached_property
    def running_total(self) -> bool:
        """Does the passage count a running total (``a total of 14 so far``)? Set against one event's
        count (``during the raid, six``) its figures count other things. Read once per passage, not for
        each change of each pair it is in."""
        return RUNNING_TOTAL.search(self.body[self.span.start : self.span.end]) is not None

    @cached_property
    def tolls(self) -> Counter[tuple[str, str]]:
        """The passage's counts of dead or injured (:func:`_tolls`), read once per passage like :attr:`running_total`."""
        return _tolls(self, self.words)

    @cached_property
    def numbers(self) -> set[str]:
        """The values of the passage's numbers (:func:`_numbers`), read once per passage."""
        return {value for *_, value in _numbers(self.words)}

    def values(self, dated: bool) -> Counter[str]:
        """The values of the passage's figures and dates (:func:`_values`), read once per passage and ``dated``."""
        kept = self.__dict__.setdefault("_values", {})
        if dated not in kept:
            kept[dated] = Counter(_values(self, self.words, dated))
        return kept[dated]


def _reading(analysis: Analysis, span: Span) -> Hashable:
    """All that typing a change reads of a passage (:class:`_Side`) but its place: its text, its mentions placed
    from its start, its report's publication date. The copies of one passage in many reports read alike, and
    :func:`link_differences` types a pair of readings once (:func:`_moved` places the result)."""
    article = analysis.dossier.article(span.article)
    mentions = tuple((s - span.start, e - span.start, eid) for s, e, eid in analysis.mentions_between(span))
    return article.text(span), mentions, published_date(article)


def _side(analysis: Analysis, span: Span) -> _Side:
    body = analysis.dossier.article(span.article).source(span)  # a title passage's: its title line
    found = tuple(words(analysis.passage_tokens(span)))
    return _Side(
        span, body, found, tuple(w.start for w in found), tuple(w.end for w in found),
        analysis.mentions_between(span), analysis.entity_ties,
        published_date(analysis.dossier.article(span.article)),
    )


# --- the rules ---------------------------------------------------------------


def _values(side: _Side, words: Sequence[Token], dated: bool) -> list[str]:
    """The values of the figures and dates among ``words``, normalised so that equal values are
    equal strings: a run of number words and digits is its number (``a hundred``, ``100`` and
    ``$100`` are ``100``: a currency sign or an ordinal ending is how, not how much), a time of
    day is ``h:mm`` on a twelve-hour clock (``9:25``, ``9.25 a.m.``), ``past year`` is ``last
    year``. When ``dated`` (both reports give their publication date), ``yesterday``/``today``
    become the weekday they name and ``last year``/``this year`` the year; otherwise
    ``yesterday`` is a value of its own sort, set against no weekday or other day word, as
    nothing tells which day it is."""
    values: list[str] = []
    at = 0
    while at < len(words):
        word, norm = words[at], words[at].norm
        taken, value = _clock(side, words, at) or _number(words, at) or (1, None)
        if value is not None:
            values.append(value)
        elif norm in _MERIDIEM or (norm in _TIME_WORDS and _in_name(side, word)):
            pass
        elif norm in _DEICTIC:
            values.append(WEEKDAYS[(side.published + timedelta(days=_DEICTIC[norm])).weekday()] if dated else norm)
        elif norm.rstrip(".") in _MONTH_OF and word.text[:1].isupper():
            values.append(_MONTH_OF[norm.rstrip(".")])  # ``Feb.`` is ``February``
        elif norm in _MAGNITUDES or norm in WEEKDAY_NAMES:
            values.append(norm)
        elif norm in _TIME_WORDS:
            values.append(norm)
        elif norm in _RELATIVE:
            following = side.after(word.end)
            if following is not None and following.norm == "year" and dated and norm in _YEAR_SHIFT:
                values.append(str(side.published.year + _YEAR_SHIFT[norm]))
                taken += at + 1 < len(words) and words[at + 1] == following
            elif following is not None and (following.norm in _TIME_WORDS or following.norm in MONTH_NAMES | WEEKDAY_NAMES):
                values.append(_SAME_RELATIVE.get(norm, norm))
        at += taken
    return values


def _dated(a: _Side, b: _Side) -> bool:
    """Do both reports give their publication date, from which ``yesterday`` and ``last year`` are read?"""
    return a.published is not None and b.published is not None


def _clock(side: _Side, words: Sequence[Token], at: int) -> tuple[int, str] | None:
    """A time of day starting at ``words[at]`` (``9:25``, ``9.25 a.m.``, ``9 pm``): how many words it
    takes and ``h:mm``, the hour on a twelve-hour clock (a report may give either)."""
    norm = words[at].norm
    if not norm[:1].isdigit():
        return None  # every time of day opens with a digit: most words are rejected here, unmatched
    following = words[at + 1] if at + 1 < len(words) else None
    if re.fullmatch(r"\d{1,2}", norm) and following is not None and re.fullmatch(r"\d{2}", following.norm) \
            and side.body[words[at].end : following.start] == ":":
        return 2, f"{int(norm) % 12}:{following.norm}"
    meridiem = following is not None and following.norm in _MERIDIEM
    found = re.fullmatch(r"(\d{1,2})(?:[.:](\d{2}))?", norm)
    if found and meridiem and int(found.group(1)) <= 12:
        return 1, f"{int(found.group(1)) % 12}:{found.group(2) or '00'}"
    return None


_DIGIT = re.compile(r"\d")


def _number(words: Sequence[Token], at: int) -> tuple[int, str] | None:
    """A number starting at ``words[at]`` (digits, money, number words and their scales:
    ``two million``, ``a hundred``): how many words it takes and its value."""
    if words[at].norm not in _NUMBER_OPENERS and not _DIGIT.search(words[at].norm):
        return None  # a word without a digit opens a number only as a number word: most words end here
    parts: list[str] = []
    for word in words[at:]:
        norm = _NUMBER_PART.sub("", word.norm)
        if norm.replace(",", "").replace(".", "", 1).isdigit() and not parts or norm in NUMBER_WORD_VALUES or norm in NUMBER_SCALES:
            parts.append(norm.replace(",", ""))
        elif norm in ("a", "an") and not parts:
            parts.append("one")
        else:
            break
    while parts and parts[-1] == "one" and len(parts) == 1:
        parts.pop()
    value = parse_number(" ".join(parts)) if parts else None  # once per distinct run: copies give the same
    if value is None:
        norm = words[at].norm.replace(",", "")
        return (1, norm) if norm[:1].isdigit() or CURRENCY_SIGN.match(norm) else None
    return len(parts), str(int(value)) if value.is_integer() else str(value)


def _in_name(side: _Side, word: Token) -> bool:
    """A capitalised time word after a capitalised word is part of a name (``… Day Pilgrims``), not a date."""
    previous = side.before(word.start)
    return (
        word.text[:1].isupper()
        and previous is not None
        and previous.text[:1].isupper()
        and not side.body[previous.end : word.start].strip()
    )


def _mostly_figures(a_words: list[Token], b_words: list[Token], a_num: list[str], b_num: list[str]) -> bool:
    """A date or figure given by one side only is the change, not a detail of an added clause."""
    words, figures = (a_words, a_num) if a_num else (b_words, b_num)
    content = [w for w in words if w.norm not in LINKING_WORDS]
    return 2 * len(figures) >= len(content)


def _sort(value: str) -> str:
    """What a value measures, so that only values of one sort are set against each other: a weekday
    and a day of the month (``Friday``, ``10 Nov``) may date two events of one story."""
    if ":" in value:
        return "clock"
    if value[:1].isdigit():
        return "number"
    if value in _DEICTIC:
        return value
    for sort, vocabulary in (("weekday", WEEKDAY_NAMES), ("month", MONTH_NAMES), ("relative", _RELATIVE), ("unit", _TIME_WORDS)):
        if value in vocabulary:
            return sort
    return value


def _counted(words: Sequence[Token]) -> Counter[str]:
    """The words of a change besides its figures, dates and their qualifiers (``about``, ``late``):
    what the figures count or date."""
    return Counter(
        _fold(w.norm) for w in words
        if w.norm not in LINKING_WORDS and w.norm not in _QUALIFIERS and w.norm not in _MERIDIEM
        and not (w.norm[:1].isdigit() or CURRENCY_SIGN.match(w.norm) or w.norm in _NUMBER_WORDS or _fold(w.norm) in _DATE_WORDS
                 or w.norm in _MAGNITUDES or w.norm in _DEICTIC)
    )


def _named_after(side: _Side, end: int) -> str | None:
    """The first capitalised word in the few after ``end``, in its sentence: what a figure is
    measured from or about (``14 miles north of Millbrook``)."""
    at = end
    for word in side.following(end, 6):
        if any(mark in side.body[at : word.start] for mark in ".;:!?"):
            return None
        if word.text[:1].isupper() and word.norm not in _DATE_WORDS:
            return word.norm.split("-")[0]  # ``AK 47`` and ``AK-47`` name one thing
        at = word.end
    return None


def _figures_differ(
    a: _Side, b: _Side, a_words: list[Token], b_words: list[Token], a_num: list[str], b_num: list[str], short: bool
) -> bool:
    """Do the figures or dates disagree? In a short change both sides may give one of the same
    sort, about the same thing (``Monday``/``Tuesday``; not ``said Friday``/``attack on 10 Nov``,
    which date a saying and a deed), or one side may add or drop one outright: a date met by
    other words (``Friday``/``on the``) is how the diff lined the words up, and a value the other
    passage gives elsewhere (both say ``March``, in different places) is no difference at all."""
    if not short or not (a_num or b_num):
        return False  # the common case, told before any counting
    only_a, only_b = Counter(a_num) - Counter(b_num), Counter(b_num) - Counter(a_num)
    if not (only_a or only_b):
        return False
    if only_a and only_b:
        sorts = {_sort(v) for v in only_a} & {_sort(v) for v in only_b}
        if sorts == {"number"} and a.running_total != b.running_total:
            return False
        named = _named_after(a, a_words[-1].end), _named_after(b, b_words[-1].end)
        if None not in named and named[0] != named[1]:
            return False
        return bool(sorts) and _counted(a_words) == _counted(b_words)
    other, values, words, others = (a, only_b, b_words, a_words) if only_b else (b, only_a, a_words, b_words)
    if Counter(_fold(w.norm) for w in others) - Counter(_fold(w.norm) for w in words):
        return False
    return bool(values - other.values(_dated(a, b))) and _mostly_figures(a_words, b_words, a_num, b_num)


_TOLL_REACH = 3
"""Words between a count and the word saying what it counts, at most (``21 people were killed``)."""
_TOLL_AFTER = _QUALIFIERS | _AUXILIARIES | frozenset("people persons others men women children of them".split())
"""The words that may stand between a count and its casualty word after it: whom it counts, an auxiliary
(``21 people were killed``); no conjunction (``shot dead and two clerks hurt``: the two are not the dead)."""
_TOLL_BEFORE = _QUALIFIERS | _AUXILIARIES | frozenset("at of to now rose risen climbed reached stood stands".split())
"""The words that may stand between a casualty word and its count after it: a bound, a toll's verb
(``killing at least 21``, ``the death toll rose to 21``)."""


def _tolls(side: _Side, words: Sequence[Token]) -> Counter[tuple[str, str]]:
    """The counts of dead or injured among ``words`` (``12 dead``, ``killing 21 people``, ``the death toll
    rose to 21``), as (toll, value): a count of people, not a year, time, share or ordinal, with a word of
    :data:`~reader.core.vocabulary.CASUALTY_WORDS` a few words before or after it in its clause."""
    found: Counter[tuple[str, str]] = Counter()
    for first, last, value in _numbers(words):
        if re.fullmatch(r"\d+", value) and not re.fullmatch(r"1[89]\d\d|20\d\d", value) \
                and first.norm[-2:] not in ("st", "nd", "rd", "th") and (toll := _toll_near(side, first, last)):
            found[toll, value] += 1
    return found


def _numbers(words: Sequence[Token]) -> Iterator[tuple[Token, Token, str]]:
    """Each number among ``words`` (:func:`_number`): its first and last word and its value."""
    at = 0
    while at < len(words):
        taken, value = _number(words, at) or (1, None)
        if value is not None:
            yield words[at], words[at + taken - 1], value
        at += taken


def _toll_near(side: _Side, first: Token, last: Token) -> str | None:
    """The toll a count from ``first`` to ``last`` counts: the casualty word nearest after it, else before."""
    following = side.following(last.end, _TOLL_REACH + 1)
    if following and (following[0].norm in _MERIDIEM or following[0].norm in ("percent", "%", "per")):
        return None
    return (_toll_of(side, last, following, _TOLL_AFTER)
            or _toll_of(side, first, side.preceding(first.start, _TOLL_REACH + 1)[::-1], _TOLL_BEFORE))


def _toll_of(side: _Side, count: Token, words: Sequence[Token], between: frozenset[str]) -> str | None:
    """The casualty word's toll among ``words``, read outwards from ``count`` through the words that may
    stand between them and no mark (``12 injured, 3 killed``: the comma ends each)."""
    previous = count
    for word in words:
        if side.body[min(previous.end, word.end) : max(previous.start, word.start)].strip(" -"):
            return None
        if word.norm in CASUALTY_WORDS:
            return CASUALTY_WORDS[word.norm]
        if word.norm not in between:
            return None
        previous = word
    return None


def _tolls_differ(a: _Side, b: _Side, a_words: list[Token], b_words: list[Token]) -> tuple[list[str], list[str]] | None:
    """A count of the dead or injured in the change on one side that the other passage counts otherwise
    (``12 dead`` for ``killing 21 people``), however the words around it differ: the values, a's then b's."""
    if a.running_total != b.running_total:
        return None  # a running total and one event's count count other things
    a_tolls, b_tolls = _tolls(a, a_words), _tolls(b, b_words)
    if not (a_tolls or b_tolls):
        return None  # the common case, told before reading the whole passages
    a_all, b_all = a.tolls, b.tolls

    def differing(tolls: Counter[tuple[str, str]], other: Counter[tuple[str, str]]) -> list[str]:
        return [value for toll, value in tolls
                if any(kind == toll for kind, _ in other) and (toll, value) not in other]

    a_values, b_values = differing(a_tolls, b_all), differing(b_tolls, a_all)
    a_counts, b_counts = a.numbers, b.numbers
    if {v for toll in a_all - b_all for v in toll[1:]} & b_counts or {v for toll in b_all - a_all for v in toll[1:]} & a_counts:
        return None  # "three people, including two officers" for "killing two officers and a bystander": a part
    return (a_values or [v for _, v in a_tolls], b_values or [v for _, v in b_tolls]) if a_values or b_values else None


def _month_days(side: _Side) -> dict[int, tuple[str, str]]:
    """The month and day of each date of the passage (``Feb. 17``, ``17 February``), by the
    position of the word after it."""
    found: dict[int, tuple[str, str]] = {}
    words = side.words
    for at in range(len(words) - 1):
        first, second = words[at].norm.rstrip("."), words[at + 1].norm.removesuffix("th").removesuffix("st")
        month, day = (first, second) if first in _MONTH_OF else (second, first)
        if month in _MONTH_OF and day.isdigit() and 1 <= int(day) <= 31:
            found[at + 2] = (_MONTH_OF[month], str(int(day)))
    return found


def _year_of_a_date_both_give(given: _Side, other: _Side, words: list[Token], value: str) -> bool:
    """Is ``value`` a year one report adds to a month and day the other gives too (``February 17,
    2009`` and ``Feb. 17``)? That is one date, unless the other was published in another year
    (then its ``Feb. 17`` is of that year)."""
    if not re.fullmatch(r"\d{4}", value) or (other.published is not None and other.published.year != int(value)):
        return False
    dates = _month_days(given)
    at = next((i for i, w in enumerate(given.words) if w in words and w.norm == value), None)
    return at is not None and dates.get(at) in set(_month_days(other).values())


def _only_an_implied_year(a: _Side, b: _Side, a_words: list[Token], b_words: list[Token]) -> bool:
    """Does one side only add the year of a date both give (``February 17, 2009`` and ``Feb. 17``)?"""
    if bool(a_words) == bool(b_words):
        return False
    given, other, words = (a, b, a_words) if a_words else (b, a, b_words)
    return all(_year_of_a_date_both_give(given, other, words, word.norm) for word in words)


def _currencies(side: _Side, words: Sequence[Token]) -> list[str]:
    """The currencies of the amounts among ``words``: a sign before digits (``C$150``) or a word
    after a number (``100 euros``)."""
    found = []
    for word in words:
        if sign := CURRENCY_SIGN.match(word.norm):
            found.append(currency(sign.group()))
        elif word.norm in _CURRENCY_WORDS and (before := side.before(word.start)) is not None \
                and (before.norm[:1].isdigit() or before.norm in _MAGNITUDES):
            found.append(currency(word.norm))
    return [code for code in found if code]


def _other_currency(a: list[str], b: list[str]) -> bool:
    """Are amounts given in a currency the other side's can not be (``$100`` and ``\u20ac100``)?"""
    return bool(a and b) and not any(same_currency(x, y) for x in a for y in b)


def _hedges(words: Sequence[Token]) -> list[str]:
    found = []
    for word in words:
        if word.norm in _HEDGES and not (word.norm in _CASE_SENSITIVE_HEDGES and word.text[:1].isupper()):
            found.append(word.norm)
    return found


def _according(words: Sequence[Token]) -> bool:
    norms = [w.norm for w in words]
    return any(a == "according" and b == "to" for a, b in zip(norms, norms[1:])) or norms[-1:] == ["according"]


def _attribution(words: Sequence[Token]) -> list[str]:
    return [w.norm for w in words if w.norm in REPORTING_VERBS]


@lru_cache(maxsize=1 << 14)
def _is_loaded(norm: str) -> bool:
    return _stem(norm) in _LOADED or norm in _LOADED or bool(_LOADED_AFFIXES.search(norm))


def _loaded(words: Sequence[Token]) -> list[str]:
    return [w.text for w in words if _is_loaded(w.norm)]


def _is_actor_label(words: Sequence[Token]) -> bool:
    return 0 < len(words) <= 6 and any(w.norm in _ACTOR_NOUNS for w in words)


def _is_verb(word: Token) -> bool:
    norm = word.norm
    return (
        norm in _AUXILIARIES
        or norm in REPORTING_VERBS
        or (norm.endswith("ed") and len(norm) > 4 and word.text[:1].islower() and "-" not in norm)
    )


def _compact(words: Sequence[Token]) -> str:
    return "".join(w.norm for w in words).replace("-", "").replace(".", "").replace("'", "")


def _titled(words: Sequence[Token]) -> bool:
    """Titles or capitalised words that are not merely opening a sentence (``Earlier, …``)."""
    return all(w.norm in _TITLES or (w.text[:1].isupper() and w.norm not in CLAUSE_STARTERS) for w in words)


def _shared_name_next_to(side: _Side, other: _Side, start: int, end: int) -> bool:
    """A capitalised word right after (or before) ``start:end`` that the other passage also has."""
    other_norms = {w.norm for w in other.words if w.text[:1].isupper()}
    neighbours = (side.after(end), side.before(start))
    return any(n is not None and n.text[:1].isupper() and n.norm in other_norms for n in neighbours)


def _described_name(longer: list[Token], shorter: list[Token]) -> bool:
    """``Canadian company L3 Harris`` for ``L3Harris``: the same name, with a short description before it."""
    name = _compact(shorter)
    if not name or not any(w.text[:1].isupper() for w in shorter) or not _compact(longer).endswith(name):
        return False  # the words after a description end the longer passage's letters
    for cut in range(1, min(3, len(longer) - 1) + 1):
        if _compact(longer[cut:]) == name:
            return not any(w.norm in LINKING_WORDS or _is_verb(w) for w in longer[:cut])
    return False


def _is_name_form(a: _Side, b: _Side, op: DiffOp, a_words: list[Token], b_words: list[Token]) -> bool:
    """The same entity (or one tied to it, a capital for its country) on both sides, named differently."""
    if a_words and b_words:
        if _compact(a_words) == _compact(b_words) and any(w.text[:1].isupper() for w in a_words + b_words):
            return True
        if _described_name(a_words, b_words) or _described_name(b_words, a_words):
            return True
        if (
            a.named(a_words)
            and b.named(b_words)
            and a.same_entity(a.entities_near(op.a_start, op.a_end), b.entities_near(op.b_start, op.b_end))
        ):
            return True
        # Without entity mentions: two titles or given names before the same name (Mr. / Marc Garneau).
        following_a, following_b = a.after(op.a_end), b.after(op.b_end)
        return (
            _titled(a_words)
            and _titled(b_words)
            and any(w.norm in _TITLES for w in a_words + b_words)
            and following_a is not None
            and following_b is not None
            and following_a.text[:1].isupper()
            and following_a.norm == following_b.norm
        )
    side, other, start, end, words = (a, b, op.a_start, op.a_end, a_words) if a_words else (b, a, op.b_start, op.b_end, b_words)
    if side.named(words) and side.same_entity(side.entities_near(start, end), other.entities()):
        return True
    # Without entity mentions: titles or given names next to a name both passages share.
    return _titled(words) and _shared_name_next_to(side, other, start, end)


def _is_clause(side: _Side, start: int, end: int, words: list[Token]) -> bool:
    if len(words) >= _CLAUSE_WORDS or any(_is_verb(w) for w in words):
        return True
    text = side.body[start:end].strip()
    before = side.body[max(side.span.start, start - 2) : start].strip()
    after = side.body[end : min(side.span.end, end + 1)]
    return len(words) >= 2 and (text.endswith(",") or before.endswith(",") or after == ",")


_JOINS = re.compile(r"[-']")


def _same_pieces(a: Sequence[Token], b: Sequence[Token]) -> bool:
    """Are the two sides the same words once split at hyphens and apostrophes? ``AK-47`` is ``AK 47``
    and ``India's`` is ``India’ s`` (a text set with a space after its apostrophe), while ``L3Harris``
    is not ``L3 Harris`` nor ``its`` ``it's``. Compared piece by piece: a rewrite differs at its first."""
    return all(x == y for x, y in zip_longest(_pieces(a), _pieces(b)))


def _pieces(words: Sequence[Token]) -> Iterator[str]:
    return (_fold(piece) for w in words for piece in _JOINS.split(w.norm) if piece)


def _differs(a: list[str], b: list[str]) -> bool:
    """Do the two sides hold different words, counted, in any order?"""
    return a != b and sorted(a) != sorted(b)


def _type_of(a: _Side, b: _Side, op: DiffOp) -> tuple[DiffType, str]:
    a_words, b_words = a.changed(op.a_start, op.a_end), b.changed(op.b_start, op.b_end)
    if len(a_words) == len(b_words) and all(_fold(x.norm) == _fold(y.norm) for x, y in zip(a_words, b_words)):
        return "typography", ""
    if a_words and _same_pieces(a_words, b_words) or _only_an_implied_year(a, b, a_words, b_words):
        return "typography", ""
    # In a long rewrite a hedge or reporting verb is part of new content, not the change itself.
    short = len(a_words) <= _SHORT and len(b_words) <= _SHORT
    a_currencies, b_currencies = _currencies(a, a_words), _currencies(b, b_words)
    dated = _dated(a, b)
    # A long rewrite's figures are read only to tell one amount written in two currencies' ways.
    a_num, b_num = (_values(a, a_words, dated), _values(b, b_words, dated)) if short or a_currencies and b_currencies else ([], [])
    if _figures_differ(a, b, a_words, b_words, a_num, b_num, short):
        return "number", _cue(a_num, b_num)
    if tolls := _tolls_differ(a, b, a_words, b_words):
        return "number", _cue(*tolls)
    if short and _other_currency(a_currencies, b_currencies):
        return "number", ""  # the same amount in another currency is another figure
    if (a_currencies and b_currencies and not _other_currency(a_currencies, b_currencies) and a_num
            and Counter(a_num) == Counter(b_num) and _counted(a_words) == _counted(b_words)):
        return "typography", ""  # one amount, its currency written two ways (``$120``, ``US$120``)
    if short and (hedged := _hedge_or_attribution(a, b, op, a_words, b_words)):
        return hedged
    a_loaded, b_loaded = _loaded(a_words), _loaded(b_words)
    if _differs([normalise(t) for t in a_loaded], [normalise(t) for t in b_loaded]):
        return "framing", _cue(a_loaded, b_loaded)
    if _is_name_form(a, b, op, a_words, b_words):
        return "name", ""
    if _is_actor_label(a_words) and _is_actor_label(b_words) and len(a_words + b_words) > 2:
        return "framing", "label"
    if not a_words and _is_clause(b, op.b_start, op.b_end, b_words):
        return "clause", ""
    if not b_words and _is_clause(a, op.a_start, op.a_end, a_words):
        return "clause", ""
    return "wording", ""


def _hedge_or_attribution(a: _Side, b: _Side, op: DiffOp, a_words: list[Token], b_words: list[Token]) -> tuple[DiffType, str] | None:
    """A short change's hedge or attribution, if it is one (in a long rewrite either is new content)."""
    a_attr, b_attr = _attribution(a_words), _attribution(b_words)
    # ``claimed`` for the other side's ``said`` is another reporting verb; alone it is a hedge.
    a_claims, b_claims = ([w.norm for w in words if w.norm in CLAIM_WORDS] if other else [] for words, other in
                          ((a_words, b_attr), (b_words, a_attr)))
    a_hedge = [h for h in _hedges(a_words) if h not in a_claims]
    b_hedge = [h for h in _hedges(b_words) if h not in b_claims]
    a_attr, b_attr = a_attr + a_claims, b_attr + b_claims
    if _according(a_words) and not b_attr:
        a_hedge.append("according to")
    if _according(b_words) and not a_attr:
        b_hedge.append("according to")
    if _differs(a_hedge, b_hedge):
        return "hedge", _cue(a_hedge, b_hedge)
    if _differs(a_attr, b_attr) and _only_attribution_differs(a, b, op, a_words, b_words):
        return "attribution", _cue(a_attr, b_attr)
    sourced = [w.norm for w in a_words + b_words if w.norm in _ATTRIBUTION_NOUNS]
    if sourced and _attribution_nearby(a, b, op) and _only_attribution_differs(a, b, op, a_words, b_words):
        return "attribution", ", ".join(dict.fromkeys(sourced))
    return None


def _statement(side: _Side, words: Sequence[Token], speaking: bool) -> list[str]:
    """What ``words`` say once their attribution is set aside (reporting verbs, sources,
    titles, pronouns, auxiliaries, linking words, and names when ``speaking``: a name is a
    speaker's only beside a reporting verb, else it is what is said), each word cut to its
    first four letters so ``spoke`` meets ``spoken``."""
    return sorted(
        _fold(w.norm)[:4]
        for w in words
        if not (
            bare(w.norm) in CLAUSE_STARTERS
            or w.norm in REPORTING_VERBS
            or w.norm in CLAIM_WORDS
            or w.norm in _ATTRIBUTION_NOUNS
            or _stem(w.norm) in _SOURCE_WORDS
            or w.norm in _AUXILIARIES
            or w.norm in _TITLES
            or (speaking and (w.text[:1].isupper() or side.covered(w)))
        )
    )


def _only_attribution_differs(a: _Side, b: _Side, op: DiffOp, a_words: list[Token], b_words: list[Token]) -> bool:
    """Is the change its attribution alone? A reporting verb that comes with other new content
    (``…in the fall of 2020," Garneau said`` for ``…conflict.``) is an edge of a rewrite, and so
    is a name far from any reporting verb (``in Nagorno-Karabakh.`` for ``in a statement.``)."""
    return (_statement(a, a_words, _speaking(a, op.a_start, op.a_end, a_words))
            == _statement(b, b_words, _speaking(b, op.b_start, op.b_end, b_words)))


def _speaking(side: _Side, start: int, end: int, words: Sequence[Token]) -> bool:
    """Is a reporting verb in the change or within three words of it, on this side?"""
    return any(w.norm in REPORTING_VERBS for w in (*side.preceding(start, 3), *words, *side.following(end, 3)))


def _attribution_nearby(a: _Side, b: _Side, op: DiffOp) -> bool:
    """Is an attribution verb within three words of the change, on either side?"""
    return _speaking(a, op.a_start, op.a_end, ()) or _speaking(b, op.b_start, op.b_end, ())


def _cue(a: list[str], b: list[str]) -> str:
    """The words present on one side only, in order of appearance."""
    only_a = Counter(a) - Counter(b)
    only_b = Counter(b) - Counter(a)
    return ", ".join(dict.fromkeys([w for w in a if w in only_a] + [w for w in b if w in only_b]))


TYPE_TITLES = {
    "stance": "stance", "typography": "typography", "number": "figures", "hedge": "hedge", "attribution": "attribution",
    "framing": "framing", "name": "name form", "clause": "clause", "wording": "wording",
}
"""What people are shown for each type: labels, the compare view's counts and its ``d`` walk."""


def _quoted(text: str) -> str:
    """``text`` whole, on one line (the views cut or wrap it to the width they have), in double
    quotation marks, or in single ones when it holds double ones itself (not ``““Following``)."""
    text = " ".join(text.split())
    return f"\u2018{text}\u2019" if any(mark in text for mark in '"\u201c\u201d') else f"\u201c{text}\u201d"


def _label(kind: DiffType, a_text: str, b_text: str, cue: str) -> str:
    if not a_text.strip():
        change = f"added {_quoted(b_text)}"
    elif not b_text.strip():
        change = f"dropped {_quoted(a_text)}"
    else:
        change = f"{_quoted(a_text)} \u2192 {_quoted(b_text)}"
    extra = f" ({cue})" if cue and kind in ("stance", "framing", "hedge", "attribution") else ""
    title = "dates" if kind == "number" and cue and set(cue.split(", ")) <= _DATE_WORDS else TYPE_TITLES[kind]
    return f"{title}: {change}{extra}"


def classify(analysis: Analysis, a: Span, b: Span, ops: Iterable[DiffOp]) -> tuple[TypedDiff, ...]:
    """Type every non-equal op of the pair ``a`` → ``b``; equal ops are left out.

    ``ops`` index the two passages' article bodies (as
    :func:`reader.core.text.diff.diff_passages` gives them); the result keeps their
    order, one :class:`TypedDiff` per changed op, an attribution one adds or drops said as a change of
    speaker where the quotations found say so (:func:`_speakers_said`).
    """
    return _typed(analysis, a, b, ops, stance_difference(analysis, a, b))


def _typed(analysis: Analysis, a: Span, b: Span, ops: Iterable[DiffOp], stance: StanceDifference | None) -> tuple[TypedDiff, ...]:
    """:func:`classify` with the pair's ``stance`` read already."""
    typed = _stanced(analysis, _classify(_side(analysis, a), _side(analysis, b), ops), stance, a, b)
    return _speakers_said(analysis, analysis.findings.quotations, a, b, typed)


def _classify(side_a: _Side, side_b: _Side, ops: Iterable[DiffOp]) -> tuple[TypedDiff, ...]:
    typed = []
    for op in ops:
        if op.tag == "equal":
            continue
        kind, cue = _type_of(side_a, side_b, op)
        a_text = side_a.body[op.a_start : op.a_end]
        b_text = side_b.body[op.b_start : op.b_end]
        typed.append(TypedDiff(op, kind, cue, _label(kind, a_text, b_text, cue)))
    return tuple(typed)


def _stanced(analysis: Analysis, typed: tuple[TypedDiff, ...], found: StanceDifference | None, a: Span, b: Span
             ) -> tuple[TypedDiff, ...]:
    """``typed`` (from passage ``a`` to passage ``b``) with each change holding the words that make a
    stance of ``found`` typed ``stance``: the first thing a fact-checker must see. None when the words stand before
    the passage (``rejected reports that`` before a clause linked alone): the pair's verdict says it."""
    if found is None:
        return typed
    a_body, b_body = analysis.dossier.article(a.article).source(a), analysis.dossier.article(b.article).source(b)
    cue = f"{found.a} \u2192 {found.b}"

    def holds(diff: TypedDiff) -> bool:
        op = diff.op
        return any(span is not None and start < span.end and span.start < end
                   for span, start, end in ((found.a_cue, op.a_start, op.a_end), (found.b_cue, op.b_start, op.b_end)))

    return tuple(TypedDiff(diff.op, "stance", cue, _label("stance", a_body[diff.op.a_start:diff.op.a_end],
                                                           b_body[diff.op.b_start:diff.op.b_end], cue))
                 if holds(diff) else diff for diff in typed)


def pair_findings(analysis: Analysis, link: Link, a: str, b: str) -> tuple[tuple[TypedDiff, ...], StanceDifference | None]:
    """The typed differences of ``link`` from its passage in report ``a`` to the one in ``b``, and how the two
    tell its statement (:func:`~reader.core.findings.stance.pair_stance`, read once for both): read from the
    analysis' findings when the worker computed that pair, else worked out now (one pair: a few milliseconds).
    The pair's differences are those of its passages in the link's order, whichever side each is shown on: the
    word diff is not symmetric (``x y`` against ``y x`` may be one change or two), and swapping the columns must
    not change what is counted."""
    a_span, b_span = link.passage_in(a), link.passage_in(b)
    if a_span is None or b_span is None:
        return (), None
    stance = pair_stance(analysis, link, a, b)
    i, j = link.passages.index(a_span), link.passages.index(b_span)
    first, second = (a_span, b_span) if i <= j else (b_span, a_span)
    stored = next((pair.changes for pair in analysis.findings.differences.get(link.id, ()) if (pair.a, pair.b) == (min(i, j), max(i, j))),
                  None)
    if stored is not None and i <= j:
        return stored, stance
    ops = tuple(diff.op for diff in stored) if stored is not None else diff_passages(analysis, first, second)
    if i > j:
        ops = tuple(map(_swapped, ops))
    return _typed(analysis, a_span, b_span, ops, stance), stance


def speakers_said(analysis: Analysis, differences: dict[str, tuple[PairDifferences, ...]],
                  quotations: dict[str, tuple[Quote, ...]]) -> dict[str, tuple[PairDifferences, ...]]:
    """``differences`` (by link id) with each attribution a pair adds or drops said as a change of speaker
    where the two passages quote people known apart (:func:`_speakers_said`), once every article's
    ``quotations`` are found (after the differences: who says a quotation may stand outside the passage)."""
    links = {link.id: link for link in analysis.links + analysis.weaker_links}
    return {link_id: tuple(
        PairDifferences(pair.a, pair.b, _speakers_said(
            analysis, quotations, links[link_id].passages[pair.a], links[link_id].passages[pair.b], pair.changes),
            pair.stance)
        if any(_speaker_op(diff) for diff in pair.changes) else pair
        for pair in pairs) for link_id, pairs in differences.items()}


def _speaker_op(diff: TypedDiff) -> bool:
    """Does ``diff`` add or drop an attribution (nothing on the other side)?"""
    return diff.type == "attribution" and diff.op.tag in ("insert", "delete")


def _speakers_said(analysis: Analysis, quotations: dict[str, tuple[Quote, ...]], a: Span, b: Span,
                   changes: tuple[TypedDiff, ...]) -> tuple[TypedDiff, ...]:
    """``changes`` from ``a`` to ``b`` with an attribution added or dropped said as the change of speaker it is
    when the other passage credits its quotation to someone known apart (the quote tracker's "attributed
    differently": the other report names a speaker, elsewhere in its sentence or before it), else as
    :func:`_label` says it: "dropped" would tell a reader the other report leaves the statement unattributed."""
    if not any(_speaker_op(diff) for diff in changes):
        return changes
    apart = speakers_apart(_quoting(quotations, a), _quoting(quotations, b))
    relabelled = []
    for diff in changes:
        if _speaker_op(diff):
            op = diff.op
            label = (f"{TYPE_TITLES['attribution']}: attributed differently, {_quoted(apart[0])} \u2192 {_quoted(apart[1])}"
                     if apart else _label(diff.type, analysis.dossier.article(a.article).body[op.a_start:op.a_end],
                                          analysis.dossier.article(b.article).body[op.b_start:op.b_end], diff.cue))
            diff = TypedDiff(op, diff.type, diff.cue, label)
        relabelled.append(diff)
    return tuple(relabelled)


def _quoting(quotations: dict[str, tuple[Quote, ...]], span: Span) -> list[Quote]:
    """The quotations of ``span``'s article that lie in it, in part or whole."""
    return [quote for quote in quotations.get(span.article, ()) if quote.span.overlaps(span)]


_SWAPPED_TAGS = {"insert": "delete", "delete": "insert"}


def _swapped(op: DiffOp) -> DiffOp:
    """``op`` read from the other side: an insertion is a deletion."""
    return DiffOp(_SWAPPED_TAGS.get(op.tag, op.tag), op.b_start, op.b_end, op.a_start, op.a_end)


def nearest_pairs(analysis: Analysis, link: Link) -> tuple[tuple[int, int], ...]:
    """Each passage of ``link`` with its nearest counterpart (the most alike other passage,
    the earlier on a tie), as index pairs ``(a, b)``, ``a < b``, without repeats: at most
    ``k`` pairs for ``k`` passages, where every pair would be ``k(k-1)/2``. A passage with a copy (the same
    text, lower-cased) has the earliest other copy, which no other text matches as well; one without is
    weighed against each other text once, at its earliest copy."""
    return _nearest([analysis.dossier.article(span.article).text(span) for span in link.passages])


def _nearest(texts: Sequence[str]) -> tuple[tuple[int, int], ...]:
    """:func:`nearest_pairs` of passages of these texts."""
    texts = [text.lower() for text in texts]
    copies: dict[str, list[int]] = {}
    for i, text in enumerate(texts):
        copies.setdefault(text, []).append(i)
    pairs = []
    for i, text in enumerate(texts):
        if len(alike := copies[text]) > 1:
            j = alike[alike[0] == i]
        elif others := [other for other in copies if other != text]:
            j = copies[max(others, key=lambda other: (ratio(text, other), -copies[other][0]))][0]
        else:
            continue
        pairs.append((min(i, j), max(i, j)))
    return tuple(dict.fromkeys(pairs))


def link_differences(analysis: Analysis, links: Sequence[Link], progress: Progress = quiet) -> dict[str, tuple[PairDifferences, ...]]:
    """The typed differences of each of :func:`nearest_pairs` of each of ``links``, by link id. Passages read
    alike (:func:`_reading`: copies of one statement, in whatever reports) are taken apart once, at the first of
    them, and a pair of such readings is typed once, then moved to each pair's places (:func:`_moved`): a copy
    costs a lookup."""
    sides: dict[Span, _Side] = {}
    typed: dict[tuple[Span, Span], tuple[TypedDiff, ...]] = {}
    read: dict[Span, Span] = {}  # each passage's first passage read alike (:func:`_reading`), itself for the first
    first: dict[Hashable, Span] = {}
    texts: dict[Span, str] = {}
    stances_read: dict = {}  # each passage's reading for its stance (:func:`stance_difference`), read once

    def side(span: Span) -> _Side:
        if span not in sides:
            sides[span] = _side(analysis, span)
        return sides[span]

    def alike(span: Span) -> Span:
        if span not in read:
            read[span] = first.setdefault(_reading(analysis, span), span)
        return read[span]

    def text(span: Span) -> str:
        found = texts.get(span)
        if found is None:
            found = texts[span] = analysis.dossier.article(span.article).text(span)
        return found

    def changes(a: Span, b: Span) -> tuple[TypedDiff, ...]:
        if (a, b) not in typed:
            x, y = alike(a), alike(b)
            if (x, y) not in typed:
                p, q = side(x), side(y)
                typed[x, y] = _classify(p, q, words_diff(p.words, q.words, (x.start, x.end), (y.start, y.end)))
            if (a, b) != (x, y):
                typed[a, b] = tuple(_moved(diff, a.start - x.start, b.start - y.start) for diff in typed[x, y])
        return typed[a, b]

    def pair(link: Link, i: int, j: int, same: bool) -> PairDifferences:
        a, b = link.passages[i], link.passages[j]
        stance = stance_difference(analysis, a, b, stances_read)
        # Passages of the same words differ by one equal op: nothing to type (a stance may stand before them).
        return PairDifferences(i, j, () if same else _stanced(analysis, changes(a, b), stance, a, b), stance)

    found = {}
    for done, link in enumerate(links, 1):
        said = [text(span) for span in link.passages]
        found[link.id] = tuple(pair(link, i, j, said[i] == said[j]) for i, j in _nearest(said))
        if done % 64 == 0 or done == len(links):
            progress("differences", done, len(links))
    return found


def _moved(diff: TypedDiff, by_a: int, by_b: int) -> TypedDiff:
    """``diff`` of a copy of its pair of passages placed ``by_a`` and ``by_b`` characters further on."""
    op = diff.op
    return TypedDiff(DiffOp(op.tag, op.a_start + by_a, op.a_end + by_a, op.b_start + by_b, op.b_end + by_b),
                     diff.type, diff.cue, diff.label)


def shown(diffs: Iterable[TypedDiff], hidden: Iterable[DiffType] = IGNORED_BY_DEFAULT) -> tuple[TypedDiff, ...]:
    """The differences a reader sees, without the types they chose to ignore."""
    hidden = frozenset(hidden)
    return tuple(diff for diff in diffs if diff.type not in hidden)
