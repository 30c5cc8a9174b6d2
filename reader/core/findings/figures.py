"""Figures and dates in news prose, normalised, and compared across reports.

:func:`find_figures` reads one article and returns every money amount, count,
percentage, multiplicative ("sixfold", "six times"), duration, tally ("voted 7
to 2"), age ("12-year-old", "aged 12", "Jane Roe, 12,"), plain number and date it states, each as a :class:`Figure` with a :class:`~reader.core.model.Span`
into the body. Numbers may be digits or words ("twenty-five", "two million").

Dates become ISO prefixes of the precision the text gives: ``"2019"``,
``"2020-10"``, ``"2021-04-12"``, ``"1990s"`` for a decade and ``"--10"`` for a
month whose year is unknown. Relative dates ("Monday", "last October", "last
year") are resolved against ``Article.published``; without it they keep
``date=None`` (or ``"--MM"``) and a note saying they were left relative.

:func:`compare_figures` pairs figures of the same kind and unit that two
reports give for the same statement -- inside one :class:`~reader.core.model.Link`,
or in sentences that share most of their content words -- and returns a
:class:`~reader.core.model.FigureComparison` for each set of values, its verdict
``agree`` or ``conflict``.
Bounds ("more than 5,000", "up to five years", "about 30") widen a value to a
range; two values agree when their ranges overlap. A range the text gives ("four to
60 years", "15-20 years") is no figure at either end. Two dates agree when one is
a prefix of the other ("2019" and "2019-10"), so a coarser report never
conflicts with a finer one.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from datetime import date, timedelta
from fractions import Fraction
from functools import cache, lru_cache
from typing import NamedTuple
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from itertools import chain, combinations

from reader.core.vocabulary import (
    MONTH_ABBREVIATIONS,
    MONTH_AND_DAY_NAMES,
    MONTH_NAMES,
    MONTH_NUMBERS,
    MONTHS,
    NUMBER_SCALES,
    NUMBER_WORD_VALUES,
    SEASONS,
    WEEKDAY_NAMES,
    WEEKDAYS,
    EVENT_STAGES,
    OUTCOMES,
    PERSON_NOUNS,
    lemmas,
    singular,
    FUNCTION_WORDS,
)
from reader.core.by_start import ByStart
from reader.core.ingest.loading import analysed_part
from reader.core.model import Analysis, Article, Bound, Figure, FigureComparison, Link, Sentence, Span, Verdict
from reader.core.text.segment import paragraph_sentences, segment_article
from reader.core.tokens import Token, normalise

# --- vocabulary -----------------------------------------------------------------

_SCALE_ABBREVIATIONS = {"bn": 10**9, "mn": 1_000_000}

_SEASON_LAST_MONTH = {"spring": 5, "summer": 8, "fall": 11, "autumn": 11, "winter": 2}
_UNIT_DAYS = {"second": 0, "minute": 0, "hour": 0, "day": 1, "week": 7, "month": 30, "year": 365,
              "decade": 3652, "century": 36524}
_MULTIPLE_VERBS = {"doubled": 2, "tripled": 3, "trebled": 3, "quadrupled": 4, "halved": 0.5}
_BOUNDS: dict[str, Bound] = {
    "more than": "over", "over": "over", "at least": "over", "upwards of": "over", "in excess of": "over",
    "less than": "under", "fewer than": "under", "under": "under", "up to": "under", "at most": "under",
    "nearly": "about", "almost": "about", "about": "about", "around": "about", "roughly": "about",
    "approximately": "about", "some": "about", "close to": "about", "an estimated": "about",
}
_CURRENCIES = {
    "us$": "USD", "u.s.$": "USD", "usd": "USD", "can$": "CAD", "ca$": "CAD", "c$": "CAD", "cad": "CAD",
    "a$": "AUD", "au$": "AUD", "aud": "AUD", "nz$": "NZD", "hk$": "HKD", "$": "$",
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR", "£": "GBP", "gbp": "GBP",
    "pounds": "GBP", "¥": "JPY", "dollars": "$", "dollar": "$",
}
# Words after a number that are grammar, not the thing counted.
_NOT_UNITS = frozenset(
    """of and or the a an to in on at by for with from as is are was were be been per percent
    times fold than that which who it its but nor so if when while after before since until into
    during amid against over under through between among without within despite via""".split()
) | frozenset(NUMBER_WORD_VALUES) | frozenset(NUMBER_SCALES) | MONTH_NAMES | WEEKDAY_NAMES

# --- regular expressions for figure shapes -----------------------------------------


def any_word_pattern(words: list[str]) -> str:
    """A pattern for any of ``words`` (letters only) as a tree of their shared beginnings: the engine
    follows one branch where a plain alternation tries every word at every place (under
    ``re.IGNORECASE`` it cannot even skip a word by its first letter), a third of the time it took
    to find the figures of thousands of reports. Of two words one begins, it tries the longer first,
    as a longest-first alternation does: wherever the words must end a word (``\\b``, a space, a
    hyphen or ``fold`` after them), it matches what that alternation does. A look at the first letter
    goes ahead of the tree: one test per place where the tree tries each of its branches (under
    ``re.IGNORECASE`` the engine cannot skip to a first letter by itself)."""
    tree: dict = {}
    for word in words:
        node = tree
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [letter + pattern(child) for letter, child in sorted(node.items()) if letter]
        if not branches:
            return ""
        either = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" not in node:
            return either
        return (either if len(branches) > 1 else "(?:" + either + ")") + "?"

    return f"(?=[{''.join(sorted(tree))}])" + pattern(tree)


_NUM_WORD = any_word_pattern(sorted(NUMBER_WORD_VALUES))
_HALF = r"(?:\s+and\s+a\s+half\b)?"
"""``2 and a half``, ``two and a half``: one number (2.5), never a 2 that counts the words after it."""
_WORDS_NUMBER = rf"(?:{_NUM_WORD})(?:[-\s](?:{_NUM_WORD}))?{_HALF}(?:\s(?:{'|'.join(NUMBER_SCALES)}))*"
_NO_LIST_BEFORE = "".join(rf"(?<!\d,[ ]{d})" for d in (r"\d", r"\d\d", r"\d\d\d")) + "".join(
    f"(?<!{word}[ ]{d})" for word in (*MONTHS, *MONTH_ABBREVIATIONS, *(f"{a}." for a in MONTH_ABBREVIATIONS), "aged", "ages")
    for d in (r"\d", r"\d\d"))
_ZERO_GROUP = r"0\d\d(?!\d)"
"""A group of ``0dd`` after a thousands separator: a list's item is not written with a leading zero."""
_SPACED_ZERO_GROUP = rf",[ ]{_ZERO_GROUP}"
_SPACED_GROUP = rf"{_NO_LIST_BEFORE},[ ]\d{{3}}(?!\d|,[ ]?(?!{_ZERO_GROUP})\d|,?\s+(?:and|or|&)\s+\d)"
"""A thousands separator and a space (``$500, 000``, ``2, 500``: a copy's artifact), read as one number where the
groups cannot be items of a list: a group of ``0dd`` always (:data:`_SPACED_ZERO_GROUP`); another only with no number and comma before the first
group (``1, 2, 300``), no list going on after it (``2, 300 and 4``, ``300, 400, 500``; ``2, 500, 000`` goes on
with a ``0dd``) and no month or ``aged`` before it, whose day or age the first group would be (``May 12, 300
people``, ``aged 12, 300 boys``)."""
_DIGITS = (rf"\d+\s[1-7]/[2348]\b|[1-7]/[2348]\b|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?"
           rf"|(?<=[$€£])\d{{1,3}}(?:{_SPACED_ZERO_GROUP}|{_SPACED_GROUP}|,\d{{3}})+|\d{{1,3}}(?:{_SPACED_ZERO_GROUP}|,\d{{3}})+|\d+(?:\.\d+)?")
"""Digits, with thousands separators or decimals, or a simple fraction (``4 1/2``, ``3/4``). A separator followed by a
space joins a group of ``0dd`` (:data:`_SPACED_ZERO_GROUP`) (``1, 000 cases``), and another only after a currency sign
(``$2, 500``, :data:`_SPACED_GROUP`): elsewhere the digits before it are as often a day, a ward or a page (``By day 3, 400 firefighters``)."""
_SCALE = rf"(?:\s?(?:{'|'.join(NUMBER_SCALES)}|bn|mn)\b)?"
_NUMBER = rf"(?:(?<![\w.,/])(?<!\w-)(?:{_DIGITS})(?![\w/]|[.,]\d){_HALF}{_SCALE}|\b{_WORDS_NUMBER}\b)"
_BOUND_BEFORE = re.compile(rf"\b({'|'.join(sorted(_BOUNDS, key=len, reverse=True))})\s+$", re.IGNORECASE)
_BOUNDED = frozenset({"money", "percent", "duration", "count", "number", "age"})
# A cheap guard in front of the number-led shapes: only a digit, a currency
# sign or the first letter of a number word can start one.
_NUMBER_START = rf"(?=[\d$€£¥]|[{''.join(sorted({w[0] for w in NUMBER_WORD_VALUES}))}]|[UCANHEG])"
_MONTH_NAME = any_word_pattern([m.title() for m in MONTHS])
_MONTH = rf"(?:{_MONTH_NAME}|(?:{any_word_pattern([a.title() for a in MONTH_ABBREVIATIONS])})\.?)"
_SEASON = any_word_pattern(list(SEASONS))
_PHASE = r"\b(?:(?P<phase>early|mid|late|the\s+end\s+of|the\s+start\s+of)[-\s]+)?"
_CURRENCY_BEFORE = r"(?P<cur>(?:US|U\.S\.|Can|CAN|CA|C|A|AU|NZ|HK)?\$|€|£|¥|USD\s?|CAD\s?|EUR\s?|GBP\s?)"
_CURRENCY_AFTER = rf"(?P<cur2>{any_word_pattern('dollar dollars euro euros pounds usd cad eur gbp'.split())})"

_RELATIVE_WORD = "last|this|next"
_YEAR_DIGITS = r"(?:1[89]|20)\d\d"
_UNIT = any_word_pattern(list(_UNIT_DAYS))
_WEEKDAY = "|".join(d.title() for d in WEEKDAYS)
_PERCENT = r"(?:%|per\s?cent\b)"
_UNIT_WORD = rf"(?:(?-i:[A-Z]{{1,4}})[ ]\d+\b|(?-i:(?:[A-Z]\.){{2,3}})|(?!(?:{_NUM_WORD})(?![\w'-]))[A-Za-z][\w\u2019'-]*)"
"""A word of what a count counts; a model designation (``AK 47``, ``F 16``) is one, so that ``six AK 47 rifles``
counts rifles as ``six AK-47 rifles`` does; so is a dotted abbreviation (``900 U.N. monitors`` counts monitors).
A number word is none: it starts a count of its own (``26 pirates with six rifles``)."""
_AGE_UNIT = r"(?P<unit>year|month|week|day)"
"""An age is of a person, in ``12-year-old``, ``12 year-old``, ``a 12-year old``, ``12 years old``, ``aged 12``,
``12 years of age``, and between commas right after a name (``Jane Roe, 27, of Elmton``, the common news
apposition): its own kind of figure, never a count (``two 12 year old boys`` counts no boys of 12) nor a duration."""
_NAMED_BEFORE = re.compile(r"(?<![\w.])(?-i:([A-Z][a-z][\w'\u2019-]*)), $")
"""Right before an appositive age: a capitalised word (a name, ``Jane Roe, 27,``) and its comma. Whether it names
a person, and the same one as another report's age, is for the comparison to tell (:meth:`_Referents.whose`)."""
_AGE_AROUND = re.compile(r"[-\s](?:year|month|week|day)s?(?:[-\s]old\b|\s+of\s+age\b)|\b(?-i:[Aa]ged?|ages)\s+$", re.IGNORECASE)
"""Right after a number (``12 year old``) or right before it (``aged 12 about``): that number is an age."""
_TALLY_NUMBER = rf"(?:\d{{1,3}}|{_NUM_WORD})"
_TALLY_JOIN = r"(?:\s?[-\u2013]\s?|\s+to\s+)"
_TALLY_BEFORE = any_word_pattern("voted vote votes ruled approved passed rejected confirmed won lost beat defeated".split())
_TALLY_AFTER = any_word_pattern("vote votes decision ruling verdict majority margin victory win loss defeat".split())
"""A tally (``voted 7 to 2``, ``a 5-4 ruling``, ``won 3-1``) is told by the words before or after it:
elsewhere ``7 to 9`` is a range. The word lists here are trees (:func:`any_word_pattern`): each is looked
for in every window holding a figure, before the shapes that need it."""


def _shape(name: str, pattern: str, *needs: str) -> tuple[str, re.Pattern[str], tuple[re.Pattern[str], ...]]:
    flags = 0 if name in {"month", "weekday", "day_month", "month_day", "clock"} else re.IGNORECASE
    return name, re.compile(pattern, flags), tuple(re.compile(need, flags) for need in needs)


_SHAPE_PATTERNS: tuple[tuple[str, ...], ...] = (
    ("money", rf"{_NUMBER_START}{_CURRENCY_BEFORE}(?P<num>{_DIGITS}{_HALF}){_SCALE.replace('?:', '?P<scale>', 1)}", r"\d",
     r"[$€£¥]|USD|CAD|EUR|GBP"),
    ("money", rf"{_NUMBER_START}(?P<num>{_NUMBER})\s+{_CURRENCY_AFTER}\b", _CURRENCY_AFTER),
    ("percent", rf"{_NUMBER_START}(?P<num>{_NUMBER})\s?{_PERCENT}", _PERCENT),
    ("multiple", rf"{_NUMBER_START}(?:\b(?P<word>{_NUM_WORD})-?fold\b|(?P<num>{_NUMBER})[-\s]fold\b)", "fold"),
    ("multiple", rf"{_NUMBER_START}(?P<num>{_NUMBER})\s+times\b(?!\s+(?:a|per|in|as)\b|\s+to\s+(?![\d$€£]))", "times"),
    ("multiple", rf"\b(?P<verb>{'|'.join(_MULTIPLE_VERBS)})\b"),
    ("tally", rf"\b(?:{_TALLY_BEFORE})\s+(?:by\s+)?(?:a\s+)?(?P<num>{_TALLY_NUMBER}){_TALLY_JOIN}(?P<num2>{_TALLY_NUMBER})\b"
              r"(?!\s*(?:%|per\s?cent|percent|[-\u2013]\s*\d))", _TALLY_BEFORE),
    ("tally", rf"(?<![\w.,-])(?P<num>{_TALLY_NUMBER}){_TALLY_JOIN}(?P<num2>{_TALLY_NUMBER})\s+(?:{_TALLY_AFTER})\b", _TALLY_AFTER),
    ("age", rf"{_NUMBER_START}(?P<num>{_NUMBER})[-\s]{_AGE_UNIT}s?[-\s]old(?:er)?\b", "old"),
    ("age", rf"\b(?-i:[Aa]ged?|ages)\s+(?P<num>{_NUMBER})(?:\s+{_AGE_UNIT}s?(?:\s+old\b)?)?", r"\bage"),
    ("age", rf"{_NUMBER_START}(?P<num>{_NUMBER})\s+{_AGE_UNIT}s?\s+of\s+age\b", r"\bage"),
    ("age", r"(?<=[^\W\d_], )(?P<num>[1-9]\d?|1[01]\d)(?=, )(?P<appositive>)", r"\w, \d{1,3}, "),
    ("duration", rf"{_NUMBER_START}(?P<num>{_NUMBER})[-\s](?P<unit>{_UNIT})s?\b(?!-old)", _UNIT),
    ("clock", r"(?<![\d:])\b\d{1,2}(?:\s?[:.]\s?\d{2}){0,2}\s?(?:[aApP]\.\s?[mM]\b\.?|[aApP][mM]\b)(?:\s?[A-Z]{2,4}\b)?"
              r"|(?<![\d:])\b\d{1,2}(?:\s?:\s?\d{2}){1,2}\b(?:\s?[A-Z]{2,4}\b)?",
              r"\d\s?(?:[aApP](?:\.\s?)?[mM]|:\s?\d)"),
    ("iso", rf"\b(?P<year>{_YEAR_DIGITS})-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])\b", r"\d-[01]"),
    ("month_day", rf"\b(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}})\b)?", _MONTH),
    ("day_month", rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{_MONTH})(?:,?\s+(?P<year>\d{{4}})\b)?", _MONTH),
    ("month_year", rf"{_PHASE}\b(?P<month>{_MONTH})(?:\s+of)?,?\s+(?P<year>\d{{4}})\b", r"\d{4}", _MONTH),
    ("month_relative", rf"{_PHASE}\b(?P<month>{_MONTH})\s+(?P<rel>{_RELATIVE_WORD})\s+year\b", "year", _MONTH),
    ("season_year", rf"{_PHASE}(?:the\s+)?\b(?P<season>{_SEASON})(?:\s+of)?\s+(?P<year>\d{{4}})\b", r"\d{4}", _SEASON),
    ("season_relative", rf"\b(?:(?P<rel>{_RELATIVE_WORD})\s+(?P<season>{_SEASON})"
                        rf"\b(?:\s+\((?:autumn|fall)\))?|(?P<season2>{_SEASON})\s+(?P<rel2>{_RELATIVE_WORD})\s+year\b)", _SEASON),
    ("relative", rf"{_PHASE}\b(?P<rel>{_RELATIVE_WORD})\s+(?P<what>year|month|{_MONTH})\b", _RELATIVE_WORD),
    ("relative", r"\b(?P<what>today|yesterday|tomorrow)\b"),
    ("year", rf"{_PHASE}(?:the\s+)?(?<![\d,.$])\b(?P<year>{_YEAR_DIGITS})(?P<decade>s)?\b(?![.,]\d)", _YEAR_DIGITS),
    ("month", rf"{_PHASE}(?P<lead>\b(?:in|since|last|until|by|from|of|a|an|this|next|early|late|mid)\s+)?"
              rf"\b(?P<month>{_MONTH_NAME})\b", _MONTH_NAME),
    ("weekday", rf"\b(?:(?P<rel>last|next)\s+)?(?P<weekday>{_WEEKDAY})\b", _WEEKDAY),
    ("count", rf"{_NUMBER_START}(?P<num>{_NUMBER})\s+(?P<part>of\s+(?:the|these|those|its|their)\s+)?(?P<unit>{_UNIT_WORD}(?:[ ]{_UNIT_WORD}){{0,4}})"),
    ("number", rf"{_NUMBER_START}(?P<num>(?<![\w.,$€£¥])(?<!\w-)(?:{_DIGITS})(?![\w]|[.,]\d){_SCALE})", r"\d"),
)
"""Each shape: its name, its pattern and what every match of it holds (a digit, a month's name, a currency,
a time's ``a.m.`` or colon...), under the same flags, the quickest to look for first: a window without all of
it is not searched for the shape (:func:`_candidates`), as most windows hold no month, season or weekday."""


@cache
def _shapes() -> tuple[tuple[str, re.Pattern[str], tuple[re.Pattern[str], ...]], ...]:
    """:data:`_SHAPE_PATTERNS` compiled (:func:`_shape`), on first use: an export of many reports finds the figures
    in a copy of its own (:mod:`reader.core.pipeline`), and compiling them (40 ms, most of the patterns the
    analysis compiles on import) no longer holds up the start before its first fork."""
    return tuple(_shape(name, pattern, *needs) for name, pattern, *needs in _SHAPE_PATTERNS)

# --- parsing -------------------------------------------------------------------------


_SPACED_SEPARATOR = re.compile(r"(?<=\d),[ ](?=\d{3})")


@lru_cache(maxsize=1 << 12)
def parse_number(text: str) -> float | None:
    """``"1,250"``, ``"1.5 million"``, ``"twenty-five"``, ``"two hundred thousand"`` -> value, reckoned in
    fractions so that ``4.1 million`` is ``4,100,000`` (floats give ``4099999.9999999995``, a false conflict).
    Once per distinct text: a dossier's copies print the same few hundred numbers (20k reads at 500 reports)."""
    joined = _SPACED_SEPARATOR.sub("", normalise(text))  # "2, 500" (:data:`_SPACED_GROUP`) is 2500
    words = re.sub(r"\band a half\b", "1/2", " ".join(joined.replace("-", " ").replace(",", "").split())).split()
    if not words:
        return None
    total, current = Fraction(0), Fraction(0)
    for word in words:
        if re.fullmatch(r"\d+(?:\.\d+)?", word):
            current += Fraction(word)
        elif re.fullmatch(r"\d/\d", word):
            current += Fraction(int(word[0]), int(word[2]))
        elif word in NUMBER_WORD_VALUES:
            current += NUMBER_WORD_VALUES[word]
        elif word in NUMBER_SCALES or word in _SCALE_ABBREVIATIONS:
            scale = NUMBER_SCALES.get(word) or _SCALE_ABBREVIATIONS[word]
            current = (current or 1) * scale
            if scale >= 1000:
                total, current = total + current, Fraction(0)
        else:
            match = re.fullmatch(r"(\d+(?:\.\d+)?)(bn|mn)", word)
            if not match:
                return None
            current += Fraction(match.group(1)) * _SCALE_ABBREVIATIONS[match.group(2)]
    return float(total + current)


def _singular(word: str) -> str:
    """``word`` in the singular, a whole word: one the dictionary knows only as a singular noun (``status``,
    ``series``) or only as an adjective or adverb (``suspicious``) loses no ``s``; the rules read the rest
    (:func:`singular`), a verb's form among them (``assists``: often a noun the dictionary lacks)."""
    word = normalise(word).strip("'-")
    known = lemmas(word)
    kept = known.get("NOUN") == (word,) or (known and not {"NOUN", "VERB"} & known.keys())
    return word if kept else singular(word)


_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _plural(word: str) -> bool:
    """Does ``word`` end in a plural's ``s``? An adjective does not (``five suspicious boats`` counts boats)."""
    word = normalise(word)
    return word.isalpha() and _singular(word) != word


def published_date(article: Article) -> date | None:
    try:
        return date.fromisoformat(article.published) if article.published else None
    except ValueError:
        return None


_LEFT_RELATIVE = "left relative: the article has no publication date"
_RESOLVED = "resolved against publication date"


def _month_in_past(month: int, today: date | None, strictly: bool) -> tuple[str, str]:
    """The ISO month of the most recent ``month`` up to ``today`` (before it when ``strictly``)."""
    if today is None:
        return f"--{month:02d}", _LEFT_RELATIVE
    year = today.year if (month < today.month or (month == today.month and not strictly)) else today.year - 1
    return f"{year}-{month:02d}", f"{_RESOLVED} {today.isoformat()}"


def _counted_noun(m: re.Match[str]) -> re.Match[str] | None:
    """The noun a count counts: the first plural among the next few words before any
    grammar word ("12 shipping *licences* on"), else the first word ("seven *Wescam*")."""
    words = []
    for word in re.finditer(r"\S+", m.group("unit")):
        if normalise(word.group()) in _NOT_UNITS:
            break
        words.append(word)
    if not words:
        return None
    if _YEAR.fullmatch(m.group("num")):
        return words[0]  # "2500 troops" but never "2019 amid reports"
    return next((w for w in words if _plural(w.group())), words[0])


def _date_figure(shape: str, m: re.Match[str], today: date | None) -> dict | None:
    """The date fields for a date-shaped match, or ``None`` if it is not a date after all."""
    groups = m.groupdict()
    phase = " ".join((groups.get("phase") or "").split())
    fields: dict = {"phase": phase}
    resolved = f"{_RESOLVED} {today.isoformat()}" if today else _LEFT_RELATIVE
    month = MONTH_NUMBERS.get((groups.get("month") or "").lower().rstrip("."))  # None for "iso"
    if shape == "iso":
        return fields | {"date": m.group()}
    if shape in {"month_day", "day_month"}:
        day = int(groups["day"])
        if not 1 <= day <= 31:
            return None
        if groups.get("year"):
            return fields | {"date": f"{groups['year']}-{month:02d}-{day:02d}"}
        iso, note = _month_in_past(month, today, strictly=False)
        return fields | {"date": f"{iso}-{day:02d}", "relative": True, "note": note}
    if shape == "month_year":
        return fields | {"date": f"{groups['year']}-{month:02d}"}
    if shape == "month_relative":
        shift = {"last": -1, "this": 0, "next": 1}[groups["rel"].lower()]
        if today is None:
            return fields | {"date": f"--{month:02d}", "relative": True, "note": _LEFT_RELATIVE}
        return fields | {"date": f"{today.year + shift}-{month:02d}", "relative": True, "note": resolved}
    if shape == "season_year":
        return fields | {"date": groups["year"], "phase": " ".join([phase, groups["season"].lower()]).strip()}
    if shape == "season_relative":
        season = (groups.get("season") or groups.get("season2")).lower()
        rel = (groups.get("rel") or groups.get("rel2")).lower()
        fields["phase"] = season
        if today is None:
            return fields | {"relative": True, "note": _LEFT_RELATIVE}
        if groups.get("rel2"):
            year = today.year + {"last": -1, "this": 0, "next": 1}[rel]
        else:
            ended = today.month > _SEASON_LAST_MONTH[season]
            year = today.year + {"last": 0 if ended else -1, "this": 0, "next": 1}[rel]
        return fields | {"date": str(year), "relative": True, "note": resolved}
    if shape == "relative":
        what = groups["what"].lower().rstrip(".")
        fields["relative"] = True
        if today is None:
            if what in MONTH_NUMBERS:
                return fields | {"date": f"--{MONTH_NUMBERS[what]:02d}", "note": _LEFT_RELATIVE}
            return fields | {"note": _LEFT_RELATIVE}
        if what in {"today", "yesterday", "tomorrow"}:
            day = today + timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[what])
            return fields | {"date": day.isoformat(), "note": resolved}
        rel = groups["rel"].lower()
        if what == "year":
            return fields | {"date": str(today.year + {"last": -1, "this": 0, "next": 1}[rel]), "note": resolved}
        if what == "month":
            index = today.year * 12 + today.month - 1 + {"last": -1, "this": 0, "next": 1}[rel]
            return fields | {"date": f"{index // 12}-{index % 12 + 1:02d}", "note": resolved}
        month = MONTH_NUMBERS[what]
        if rel == "next":
            year = today.year if month > today.month else today.year + 1
            return fields | {"date": f"{year}-{month:02d}", "note": resolved}
        iso, note = _month_in_past(month, today, strictly=rel == "last")
        return fields | {"date": iso, "note": note}
    if shape == "year":
        year = groups["year"]
        if not groups.get("decade") and _names_a_model(m) and (
                not phase and m.group().lower().startswith("the") or _DETERMINED.search(m.string, max(0, m.start() - 30), m.start())):
            return {"kind": "edition"}  # "a blue 2011 Kestrel Vantage", "the 2019 Kestrel Festival": a model, no date
        return fields | {"date": f"{year}s" if groups.get("decade") else year}
    if shape == "month":
        if groups["month"] == "May" and not groups.get("lead") and not phase:
            return None  # "May" alone is as likely the verb at a sentence start
        strictly = (groups.get("lead") or "").strip().lower() == "last"
        iso, note = _month_in_past(month, today, strictly)
        return fields | {"date": iso, "relative": True, "note": note}
    if shape == "weekday":
        weekday = WEEKDAYS.index(groups["weekday"].lower())
        fields["relative"] = True
        if today is None:
            return fields | {"note": _LEFT_RELATIVE}
        back = (today.weekday() - weekday) % 7
        rel = (groups.get("rel") or "").lower()
        if rel == "last" and back == 0:
            back = 7
        if rel == "next":
            day = today + timedelta(days=(weekday - today.weekday()) % 7 or 7)
        else:
            day = today - timedelta(days=back)
        return fields | {"date": day.isoformat(), "note": resolved}
    return None


_NOT_FUNCTION = rf"(?!(?:{any_word_pattern(sorted(FUNCTION_WORDS))})\b)"
_PRODUCTS = "car sedan truck pickup van minivan suv jeep coupe hatchback convertible motorcycle vehicle model edition".split()
_NAMED_AFTER = re.compile(rf"(?P<describing>(?:\s+{_NOT_FUNCTION}[a-z]+){{0,2}})\s+"
                          rf"(?:(?!(?:{_MONTH_NAME}|{_WEEKDAY})\b)[A-Z][a-z]|(?i:{any_word_pattern(_PRODUCTS)})s?\b)")


def _names_a_model(m: re.Match[str]) -> bool:
    """Does the name or the kind of a product follow the year, past no word but adjectives (``2011 Kestrel``,
    ``2011 dark blue Kestrel``, ``2005 pickup truck``), as a model or an edition is named? Not past a noun (``the 2016
    lease Kestrel signed``, ``a 2013 report by Orvale Trust``): the year dates that deal or report."""
    named = _NAMED_AFTER.match(m.string, m.end())
    return named is not None and all("ADJ" in lemmas(word) for word in named["describing"].split())
_DETERMINED = re.compile(rf"\b(?:a|an|the|his|her|their|its|our|my|your)\s+(?:{_NOT_FUNCTION}[a-z]+\s+){{0,2}}$", re.IGNORECASE)
"""Before a year: an article or possessive opening a noun phrase that the year is part of (``a blue 2011``; not
``the end of 2019``, ``the floods during 2019``, where a function word closes the phrase before it)."""


def _measure(shape: str, m: re.Match[str]) -> dict | None:
    """The value fields for a non-date match, or ``None`` if it is no figure after all."""
    groups = m.groupdict()
    fields: dict = {"kind": shape}
    if shape in _CLAIMING_SHAPES:
        return fields  # "12: 35 pm", "7 p.m.": claimed so that no count reads "35 pm"
    if shape == "multiple":
        if groups.get("verb"):
            return fields | {"value": float(_MULTIPLE_VERBS[groups["verb"].lower()])}
        value = parse_number(groups.get("word") or groups["num"])
        return None if value is None else fields | {"value": value}
    value = parse_number(groups["num"]) if groups.get("num") else None
    if value is None:
        return None
    if shape == "tally":
        against = parse_number(groups["num2"])
        counted = _COUNTED_AFTER.match(m.string, m.end())
        if against is None or counted and normalise(counted.group(1)) not in _CONTEXT_STOPWORDS and _plural(counted.group(1)):
            return None  # "won 20-25 seats": a range of a count
        return fields | {"value": value, "unit": f"{against:g}", "start": m.start("num")}
    if shape == "age":
        if groups.get("appositive") is not None and (
                not (named := _NAMED_BEFORE.search(m.string, max(0, m.start() - 40), m.start()))
                or named.group(1).lower() in MONTH_AND_DAY_NAMES):
            return None  # "Jane Roe, 27, of Elmton" is an age; "in all, 12, and", "the driver, 40," or "May, 12," names no one
        return fields | {"value": value, "unit": (groups.get("unit") or "year").lower()}
    if shape == "money":
        if (groups.get("cur2") or "").lower() == "pounds" and (
                _WEIGHED.search(m.string, max(0, m.start() - 40), m.start()) or _OF_A_THING.match(m.string, m.end())
                or value < 1000 and _HEIGHT_BEFORE.search(m.string, max(0, m.start() - 40), m.start())):
            return None  # "weighing 180 pounds", "400 pounds of cocaine", "6 feet tall, 210 pounds": a weight, not money
        currency = groups.get("cur") or groups.get("cur2") or "$"
        if scale := groups.get("scale"):
            value = parse_number(f"{groups['num']} {scale}")  # read whole, as exactly as the number alone
        return fields | {"value": value, "unit": _CURRENCIES.get(currency.strip().lower(), currency.strip())}
    if shape == "duration":
        if _AGO.match(m.string, m.end()):
            return {"kind": "ago"}  # "five years ago" dates something, it measures nothing
        return fields | {"value": value, "unit": groups["unit"].lower()}
    if shape == "count":
        if _AGE_AROUND.match(m.string, m.end("num")) or _AGE_AROUND.search(m.string, max(0, m.start() - 6), m.start()):
            return None  # "two 12 year old boys", "aged 15 about": an age, counting nothing
        if _MODEL_BEFORE.search(m.string, max(0, m.start() - 6), m.start()):
            return None  # "AK 47 rifles", "F 16 jets": a model number, not a count
        if _AMOUNT_OR_DAY_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
            return None  # "$2.4 billion paid", "a June 9 deadline": an amount of money or a date's day
        head = _counted_noun(m)
        if head is None or (_YEAR.fullmatch(groups["num"]) and not _plural(head.group())):
            return None  # "in 2019 amid": a year; "2500 troops": a count
        if not value.is_integer() and not _plural(head.group()):
            return None  # "a 2.9 aftershock": a magnitude, not a count
        if _verb(head.group()) and not (groups["num"][:1].isdigit() and _plural(head.group())):
            return None  # "the one used in", "the two announced", "40 approved": a pronoun or a number and its verb
        if value == 1 and not groups["num"][:1].isdigit() and _singular(head.group()) in _ONE_TIME \
                and _AT_BEFORE.search(m.string, max(0, m.start() - 16), m.start("num")):
            return None  # "at one point": "one" does an article's work, counting nothing ("fired at one officer" counts)
        if _one_person(m, head):
            return None  # "about one man" (about: concerning), "One juror wept": no count to compare ("One man was killed" counts)
        unit, end = _singular(head.group()), m.start("unit") + head.end()
        if (speed := _PER_HOUR.match(m.string, end)) and unit in _SPEEDS:
            unit, end = _SPEEDS[unit], speed.end()  # "120 miles an hour" is "120 mph"
        unit = _SPEED_NAMES.get(unit, unit)
        whole = _WHOLE_BEFORE.search(m.string, max(0, m.start() - 40), m.start()) is not None
        return fields | {"value": value, "unit": unit, "part": bool(groups.get("part")) or whole, "end": end}
    return fields | {"value": value}


_WHOLE_BEFORE = re.compile(rf"(?:{_NUMBER}|\b(?:most|some|many|several|half|none|each|both|few))\s+of\s+"
                           r"(?:the|these|those|its|their)\s+$", re.IGNORECASE)
"""Before a count: a part taken from it (``20 of the 35 homes``, ``two of the five suspects``). The count is the
whole, not how many the statement is about: compared with none (as the part, ``20 of the homes``, is not)."""


_WEIGHED = re.compile(r"\bweigh(?:s|ed|ing|t\s+of)?(?:\s+[a-z]+){0,2}\s+$", re.IGNORECASE)
"""Just before a number: what follows is a weight (``weighing about 180``, ``a weight of 90``)."""
_HEIGHT_BEFORE = re.compile(
    r"\b(?:feet|foot|ft|inch(?:es)?|tall|cm|centimet(?:re|er)s?|met(?:re|er)s?)[\s,;]*(?:and\s+)?"
    r"(?:(?:about|around|roughly|some|nearly|almost|approximately|over|under)\s+)?$", re.IGNORECASE)
"""Right before a number, nothing but a joining word between: a height, so a person or a thing is described and
its pounds are its weight (``6 feet tall and about 210 pounds``; not ``a six-foot-tall keeper fined 800 pounds``)."""
_OF_A_THING = re.compile(r"\s+of\s+(?!(?:the\s+|their\s+|its\s+)?(?:money|funds?|funding|cash|public|taxpayers?)\b)[a-z]", re.IGNORECASE)
"""Just after ``pounds``: what is weighed (``400 pounds of cocaine``), not what money pays for (``pounds of funding``)."""
_AT_BEFORE = re.compile(r"\bat\s+$", re.IGNORECASE)
_ONE_TIME = frozenset("point time stage moment juncture".split())
"""``at one point``, ``at one stage``: a time in the telling, no count."""
_ONE_PERSON_NOUNS = PERSON_NOUNS | frozenset(
    "man woman person individual juror witness officer member child boy girl worker official employee passenger".split())
_CONCERNING = re.compile(r"\babout\s+$", re.IGNORECASE)


def _one_person(m: re.Match[str], head: re.Match[str]) -> bool:
    """Is a count of the word ``one`` before a person (``one man``) no figure: ``about one`` (about: concerning, as none
    approximates one person)? ``One child remains in hospital``, ``fired at one officer`` count."""
    if m.group("num").lower() != "one" or not any(
            normalise(word) in _ONE_PERSON_NOUNS for word in m.group("unit")[head.end():].split()[:1] + [head.group()]):
        return False
    return bool(_CONCERNING.search(m.string[max(0, m.start("num") - 8) : m.start("num")]))


_COUNTED_AFTER = re.compile(r"\s+([a-z]+)\b")
_PER_HOUR = re.compile(r"\s*(?:an|a|per|/)\s*(?:hour|hr|h)\b", re.IGNORECASE)
_SPEEDS = {"mile": "mph", "kilometre": "km/h", "kilometer": "km/h", "km": "km/h"}
"""A unit of length an hour (``miles per hour``), by the name of the speed (``mph``): one speed, one key."""
_SPEED_NAMES = {"kph": "km/h", "kmh": "km/h"}
_COUNTED_PARTICIPLES = frozenset(" ".join(EVENT_STAGES[stage] for stage in ("attack", "arrest")).split()) | {"hurt", "missing"}
"""Participles that name who is counted after a number (``two wounded``, ``three arrested``), unlike other verbs."""


def _verb(word: str) -> bool:
    """Is the word after a number word a verb (``the one used in``, ``the two embraced``), no noun it counts?"""
    word = normalise(word).split("-")[-1]
    forms = lemmas(word)
    return word not in _COUNTED_PARTICIPLES and "VERB" in forms and "NOUN" not in forms
_MODEL_BEFORE = re.compile(r"\b[A-Z]{1,4}[\s-]$")
_AMOUNT_OR_DAY_BEFORE = re.compile(rf"[$€£¥]$|\b{_MONTH}\s+$")
"""Right before a number: a currency sign or a month's name, so that the number is an amount or a day, which a
longer count read on (``$2.4 billion paid``, ``June 9 deadline``) must not take."""
_AGO = re.compile(r"\s+ago\b", re.IGNORECASE)
_END_MARK = rf"(?:\s?{_PERCENT}|[-\s](?:{_UNIT}|dollar|euro|pound)s?\b)?"
_RANGE_END = rf"[$€£¥]?(?!{_YEAR_DIGITS}\b)(?:{_NUMBER}){_END_MARK}"
"""The other end of a range, as the text gives it: ``six``, ``$5 million``, ``5%``, ``six years``; not a year
(``admitted in 2019 to two charges``, ``five years through 2010``)."""
_RANGE_TO = r"\s*[-\u2013\u2014]\s*|\s+(?:to|through|or)\s+"
_RANGE_BEFORE = re.compile(rf"(?:\bbetween\s+(?P<between>{_RANGE_END})\s+and\s+|(?P<end>{_RANGE_END})(?:{_RANGE_TO}))$",
                           re.IGNORECASE)
_JOINED = re.compile(r"(?:[-\u2013\u2014]|\b(?:and|to|through|or))\s*$", re.IGNORECASE)
"""Just before a figure: the word or dash that joins the ends of a range, looked for before the whole range."""
_RANGE_AFTER = re.compile(rf"(?:{_RANGE_TO}|\s+(?P<and>and)\s+)(?P<end>[$€£¥]?(?!{_YEAR_DIGITS}\b)"
                          rf"(?:(?:{_DIGITS}){_SCALE}|\b{_WORDS_NUMBER}\b){_END_MARK})", re.IGNORECASE)
_KIND_MARK = re.compile(rf"^(?P<sign>[$€£¥])|(?P<percent>{_PERCENT})$|[-\s](?P<unit>{_UNIT}|dollar|euro|pound)s?$", re.IGNORECASE)


def _kind_mark(text: str) -> str:
    """What kind of thing a range's end is, by its text: its currency sign, ``%``, its unit of time, or ``""`` for a
    bare number or a count (``six``, ``300 workers``)."""
    mark = _KIND_MARK.search(text.strip())
    if mark is None:
        return ""
    return mark["sign"] or ("%" if mark["percent"] else _singular(mark["unit"]))


_DAY_RANGE_BEFORE = re.compile(rf"(?<![\d,.])\b\d{{1,2}}(?:st|nd|rd|th)?(?:{_RANGE_TO})$", re.IGNORECASE)
_DAY_RANGE_AFTER = re.compile(rf"(?:{_RANGE_TO})\d{{1,2}}(?:st|nd|rd|th)?\b(?![.,]\d|\s+[a-z]+s\b)", re.IGNORECASE)


def _day_range_end(shape: str, m: re.Match[str]) -> bool:
    """Is this day one end of a range of days (``10 to 12 March``, ``March 10-12``)? Read alone it is a day the
    text does not give, as the range's other end, a bare number, is no date at all; a count after the number
    (``March 10 to 12 officials``) makes none."""
    if shape == "day_month":
        return _DAY_RANGE_BEFORE.search(m.string, max(0, m.start() - 12), m.start()) is not None
    return shape == "month_day" and not m["year"] and _DAY_RANGE_AFTER.match(m.string, m.end()) is not None


def _in_range(body: str, start: int, end: int | None) -> bool:
    """Is the figure at ``[start, end)`` one end of a range (``from four to 60 years``, ``between $5 million and
    $10 million``, ``15-20 years``, ``two or three days``)? Read alone, either end is a value the text does not
    give: two reports' ``four to 60 years`` and ``five to 60 years`` would agree on 60 years. A range is
    compared with none, a rise (``from 5% to 10%``) neither, which the same words give. The two ends are of one
    kind (both percentages, both money in one currency, both of one unit), or the bottom is a bare number that takes
    the top's (``six to 75 years``, ``10 to 12 percent``): ``fell 5% to $120`` and ``paid $7 million to 300 workers``
    give two figures each. A count is no range's bottom (``end`` is None): what follows its noun is another count
    (``handed 3 rifles to 5 men``, ``between the 3 victims and 5 officers``)."""
    if _JOINED.search(body, max(0, start - 9), start) and (before := _RANGE_BEFORE.search(body, max(0, start - 40), start)):
        bottom = _kind_mark(before["between"] or before["end"])
        if not bottom or end is not None and bottom == _kind_mark(body[start:end]):
            return True
    if end is None:
        return False
    after = _RANGE_AFTER.match(body, end)
    return after is not None and (not after.group("and") or _BETWEEN.search(body, max(0, start - 12), start) is not None) \
        and _kind_mark(body[start:end]) in ("", _kind_mark(after["end"]))
_CLAIMING_SHAPES = frozenset({"clock"})
"""Shapes that claim their words and give no figure, whatever they match: times of day."""
_CLAIMED_KINDS = _CLAIMING_SHAPES | {"ago", "range", "edition"}
"""The kinds of the matches that claim their words and give no figure: a claiming shape's (its kind is its
shape), and a match found no figure after all: "N years ago", either end of a range ("between eight and 60 years",
"4 to 60 years") and a year naming a model or an edition."""

_DATE_SHAPES = frozenset(
    {"iso", "month_day", "day_month", "month_year", "month_relative", "season_year", "season_relative", "relative",
     "year", "month", "weekday"}
)


_TRIGGER_WORDS = [*NUMBER_WORD_VALUES, *NUMBER_SCALES, *MONTHS, *WEEKDAYS, *_SEASON_LAST_MONTH, *_MULTIPLE_VERBS,
                  *MONTH_ABBREVIATIONS, "year", "month", "today", "yesterday", "tomorrow"]
_TRIGGER = re.compile(
    rf"\d|[$€£¥]|\b(?:{any_word_pattern(sorted({word.lower() for word in _TRIGGER_WORDS}))}|\w+fold)\b",
    re.IGNORECASE,
)
_REACH_BEFORE, _REACH_AFTER = 40, 100
"""How far a figure may start before and end after the word that triggers it."""


def _windows(article: Article) -> list[tuple[int, int]]:
    """Stretches of the body around every word a figure needs (a digit, a number word, a month...),
    in the part of the article the analysis reads (:func:`analysed_part`).

    The shapes only run inside them: most prose holds no figure at all.
    """
    body = article.body
    windows: list[tuple[int, int]] = []
    paragraphs = analysed_part(article).paragraphs
    for trigger in (t for start, end in paragraphs for t in _TRIGGER.finditer(body, start, end)):
        start, end = max(0, trigger.start() - _REACH_BEFORE), trigger.end() + _REACH_AFTER
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], min(len(body), end))
        else:
            windows.append((start, min(len(body), end)))
    return windows


def _candidates(article: Article):
    """Every (start, end, priority, fields) any shape yields; overlaps are settled by the caller."""
    body = article.body
    today = published_date(article)
    windows = _windows(article)
    holding: dict[tuple[re.Pattern[str], ...], list[tuple[int, int]]] = {(): windows}  # the windows holding needs, found once
    for priority, (shape, pattern, needs) in enumerate(_shapes()):
        for held in range(1, len(needs) + 1):
            if needs[:held] not in holding:
                need = needs[held - 1]
                holding[needs[:held]] = [(start, end) for start, end in holding[needs[: held - 1]] if need.search(body, start, end)]
        searched = holding[needs]
        for m in (m for start, end in searched for m in pattern.finditer(body, start, end)):
            if m.start() == m.end():
                continue
            if shape in _DATE_SHAPES:
                fields = _date_figure(shape, m, today)
                if fields is not None:
                    fields.setdefault("kind", "date")
            else:
                fields = _measure(shape, m)
            if fields is None:
                continue
            start, end = m.start(), m.end()
            if shape in _BOUNDED and _in_range(body, start, None if shape == "count" else end):
                fields = {"kind": "range", "end": fields.get("end", end)}
            if _day_range_end(shape, m):
                fields = {"kind": "range"}
            if shape in _BOUNDED and (bound := _BOUND_BEFORE.search(body, max(0, start - 24), start)):
                fields["bound"] = _BOUNDS[" ".join(bound.group(1).lower().split())]
                start = bound.start()
            if shape == "month" and not m.group("phase"):
                start = m.start("month")  # the preposition only told us it is a month
            start, end = fields.pop("start", start), fields.pop("end", end)
            yield start, end, priority, fields, end - m.start()


def find_figures(article: Article) -> tuple[Figure, ...]:
    """Every figure in the article, in body order, none overlapping another.

    Found once per article by the findings stage and kept with the analysis
    (``Findings.figures``), which the comparisons and the exports read.

    Where shapes overlap, the longest match wins ("Can$150 million" over "150
    million", "October 2019" over "2019"; a bound before it does not count, so
    "7 p.m." is a time even in "about 7 p.m."); at equal length, the more specific
    shape listed first in ``_SHAPE_PATTERNS`` wins (money over count, duration over count).
    """
    chosen: list[Figure] = []
    starts: list[int] = []  # the spans taken, disjoint, so in order of their starts and of their ends alike
    ends: list[int] = []
    body = article.body
    for start, end, _, fields, _ in sorted(_candidates(article), key=lambda c: (-c[4], c[2], c[0])):
        at = bisect_left(starts, end)  # only the last span taken starting before this one ends may reach it
        if at and ends[at - 1] > start:
            continue
        starts.insert(at, start)
        ends.insert(at, end)
        if fields["kind"] not in _CLAIMED_KINDS:
            chosen.append(Figure(span=Span(article.id, start, end), text=body[start:end], **fields))
    return tuple(_earlier_values(body, _dated_by_sentence(article, sorted(chosen, key=lambda f: f.span.start))))


_CHANGED_FROM = re.compile(r"(?P<change>[^.;:()\d]{0,40}?,?\s+(?:up|down))?"
                           r"\s+from\s+(?:about\s+|some\s+|around\s+|nearly\s+)?$", re.IGNORECASE)
"""Between a figure and a bare number after it: the number is the figure's earlier value (``350 firefighters on
Monday, up from 300 on Sunday``; after a verb of change, ``rose to 350 firefighters from 300``)."""
_CHANGES = """rose risen rising increased grew grown climbed jumped fell fallen dropped declined decreased slipped gained
    surged soared plunged tumbled slumped rises increases grows climbs jumps falls drops declines decreases slips gains
    surges soars plunges tumbles slumps rise increase grow climb jump fall drop decline decrease slip gain surge soar
    plunge tumble slump""".split()
"""Verbs of change: before ``to`` what follows is the level reached, right before a figure it is the change."""
_CHANGED_TO = re.compile(rf"\b(?:{'|'.join(_CHANGES)}|went\s+(?:up|down))\s+to\s+$", re.IGNORECASE)
_CHANGING = frozenset({"count", "money", "percent"})
_PERIOD = re.compile(r"\b(first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+(quarter|half)\b", re.IGNORECASE)
"""A part of a year a figure is of (``in the first quarter``, ``second-half sales``)."""
_CHANGE_BEFORE = re.compile(rf"\b(?:{'|'.join(_CHANGES)}|up|down)\s+(?:by\s+)?$", re.IGNORECASE)
"""Right before a figure: a verb of change or ``up``/``down``, ``by`` at most between, so the figure is the change
(``rose 2 percent``, ``up 300``); ``rose to`` gives the level reached, ``up to`` a most."""


def _earlier_values(body: str, figures: list[Figure]) -> list[Figure]:
    """A bare number that a sentence gives as a figure's earlier value (:data:`_CHANGED_FROM`) measures what the
    figure does, at another time: it takes the figure's kind and unit, so that another report giving the earlier
    value (``300 firefighters``) agrees with it, and conflicts with neither value of the change. Only after ``up
    from`` or ``down from``, or ``from`` after a verb of change before the figure (``rose to 350 from 300``): a
    bare ``from`` names where or whom a count comes from (``350 firefighters from 12 counties``)."""
    figure = None  # the last figure before, dates passed over (``350 on Monday, up from 300``)
    for at, number in enumerate(figures):
        if number.kind == "date":
            continue
        before, figure = figure, number
        if before is None or before.kind not in _CHANGING or number.kind != "number" or number.span.start - before.span.end > 80:
            continue
        between = _CHANGED_FROM.fullmatch(body, before.span.end, number.span.start)
        if between and (between.group("change") or _CHANGED_TO.search(
                body, max(0, before.span.start - 24), before.span.start)):
            figures[at] = replace(number, kind=before.kind, unit=before.unit, note=f"the value before {before.text!r}")
    return figures


def _enclosing(spans, position: int) -> tuple[int, int] | None:
    """The ``(start, end)`` among sorted, disjoint ``spans`` that holds ``position``."""
    at = bisect_right(spans, (position, float("inf"))) - 1
    return spans[at] if at >= 0 and spans[at][0] <= position < spans[at][1] else None


_COUNTED_FROM_PUBLICATION = re.compile(r"\b(?:last|this|next)\b", re.IGNORECASE)
"""``last November``, ``next March``, ``November last year``: dated from the day the report was published."""


def _dated_by_sentence(article: Article, figures: list[Figure]) -> list[Figure]:
    """A month or day without a year takes the one year its sentence states (``in October 2019 and
    again on October 12``); one in another sentence may belong to another year, so it stays undated.
    A decade gives no year (``since the early 1990s`` is not 1990), nor does any year to a date
    counted from the publication date (``last November`` is the November before it, whatever
    other years its sentence names)."""
    if not any(f.kind == "date" and f.date and f.date.startswith("--") for f in figures):
        return figures
    sentences: dict[tuple[int, int], list[tuple[int, int]]] = {}  # by paragraph: only those of such dates are read
    placed = []
    for figure in figures:
        if figure.kind == "date" and figure.date and figure.date.startswith("--") \
                and not _COUNTED_FROM_PUBLICATION.search(figure.text):
            paragraph = _enclosing(article.paragraphs, figure.span.start)
            if paragraph is not None and paragraph not in sentences:
                sentences[paragraph] = paragraph_sentences(article.body, *paragraph)
            a, b = _enclosing(sentences.get(paragraph, ()), figure.span.start) or (0, 0)
            years = {f.date[:4] for f in figures if f.kind == "date" and f.date and _YEAR.fullmatch(f.date[:4])
                     and not f.date.endswith("s") and a <= f.span.start < b}
            if len(years) == 1:
                year = years.pop()
                figure = replace(figure, date=year + figure.date[1:], note=f"year {year} taken from its sentence")
        placed.append(figure)
    return placed


# --- comparing ---------------------------------------------------------------------


def _range(figure: Figure) -> tuple[float, float]:
    value, bound = figure.value or 0.0, figure.bound
    if bound == "exact":
        return value, value
    if bound == "about":
        return value * 0.9, value * 1.1
    if bound == "over":
        return value, float("inf")
    if bound == "under":
        return 0.0, value
    raise KeyError(bound)


def _date_parts(iso: str) -> tuple[str | None, str | None, str | None]:
    """``(year or decade prefix, month, day)`` of an ISO prefix, ``None`` where the text gave none."""
    if iso.startswith("--"):
        return None, iso[2:4], iso[5:7] or None
    if iso.endswith("s"):
        return iso[:3], None, None
    return iso[:4], iso[5:7] or None, iso[8:10] or None


def _agree(a: Figure, b: Figure) -> bool:
    if a.kind == "tally":
        return (a.value, a.unit) == (b.value, b.unit)
    if a.kind == "date":
        (ya, ma, da), (yb, mb, db) = _date_parts(a.date), _date_parts(b.date)
        if ya and yb and not (ya.startswith(yb) or yb.startswith(ya)):
            return False
        return (ma is None or mb is None or ma == mb) and (da is None or db is None or da == db)
    low_a, high_a = _range(a)
    low_b, high_b = _range(b)
    return low_a <= high_b and low_b <= high_a


def _comparable(a: Figure, b: Figure) -> bool:
    return a.span.article != b.span.article and _kin(a, b)


def _kin(a: Figure, b: Figure) -> bool:
    """:func:`_comparable`, their reports aside: read from the two figures alone, so that copies of one
    figure in many reports are weighed alike (:func:`_standing`)."""
    if a.part or b.part:
        return False
    if a.kind == "date":
        if b.kind != "date" or a.date is None or b.date is None:
            return False
        # A date whose year neither the text nor the publication date gives is compared with none: "June"
        # and "April 29" may date two steps of one story, "early October" and "October 2019" two years.
        return bool(_date_parts(a.date)[0] and _date_parts(b.date)[0]) and not (
            _year_guessed(a) and _year_alone(b) or _year_guessed(b) and _year_alone(a))
    if a.kind == "money" and b.kind == "money":
        return same_currency(a.unit, b.unit)
    if a.kind == "count" and b.kind == "count":
        mods_a, mods_b = _modifiers(a.text), _modifiers(b.text)
        if mods_a and mods_b and not mods_a & mods_b or ("new" in mods_a) != ("new" in mods_b):
            return False  # "three pirate vessels" and "five merchant vessels" count different things; "35 new
            # cases" a day's, "1,200 cases" all of them
        if _partial(a.text) or _partial(b.text):
            return False  # "the two other victims" is part of "three victims"
    return a.key == b.key and a.kind != "number"


def written_alike(a: Figure, b: Figure) -> bool:
    """Are ``a`` and ``b`` one figure however each is written (``25%``, ``25 percent``; ``$2 million``, ``2 million
    dollars``): comparable as the comparisons take them (:func:`_kin`: a count's noun, a currency that may be one),
    with one value and unit? No date nor plain number is (a year, a page number); the bounds aside (``nearly 25%``)."""
    return a.kind != "date" and _kin(a, b) and a.value == b.value and (a.kind == "money" or a.unit == b.unit)


def _year_guessed(figure: Figure) -> bool:
    """Is this a day or a month whose year is only the publication date's (``Friday``, ``in October``)?"""
    return figure.relative and figure.note.startswith(_RESOLVED) and _date_parts(figure.date)[1] is not None


def _year_alone(figure: Figure) -> bool:
    """Does the date give a year (or a decade) and nothing finer? Against a day whose year was counted from the
    publication date it would agree or conflict on that year alone (``Friday`` and ``a 2013 model``), which
    the text of the day never gave."""
    return _date_parts(figure.date)[1] is None


@lru_cache(maxsize=4096)
def _modifiers(text: str) -> frozenset[str]:
    """The words between a count's number and its noun: ``pirate`` in ``three pirate vessels``.
    Remembered: a count is weighed against every candidate of its key, more of them in a bigger dossier."""
    words = [_MODEL_NUMBER.sub("", normalise(w)) for w in re.findall(r"[^\W\d_][\w'-]*", text)]
    words = [w for w in words if w not in NUMBER_WORD_VALUES and w not in NUMBER_SCALES and w not in _BOUND_WORDS]
    return frozenset(_singular(w) for w in words[:-1])


_MODEL_NUMBER = re.compile(r"-\d+$")
"""The number of a model designation, which ``AK 47`` spells apart and ``AK-47`` joins: ``ak`` either way."""
_BOUND_WORDS = frozenset(word for bound in _BOUNDS for word in bound.split())
_PARTITIVE = re.compile(rf"(?:{_NUMBER})\s+(?:other|more|additional|remaining|further|extra)\b", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _partial(text: str) -> bool:
    """Does a count's text count some of the things, beside others (``two other victims``, ``three more
    people``)? Read once for the copies of one text: the pattern holds every number word (50 µs a search)."""
    return _PARTITIVE.search(text) is not None


def _dollar(code: str) -> str:
    return "$" if code == "$" or code.endswith("D") else code


def currency(sign: str) -> str | None:
    """The code of a currency sign or word (``C$`` is ``CAD``, ``euros`` ``EUR``, a bare ``$`` stays ``$``)."""
    return _CURRENCIES.get(sign.strip().lower())


CURRENCY_SIGN = re.compile(r"^[a-z.]{0,4}[$\u20ac\u00a3\u00a5](?=\d)")
"""The currency sign a word of an amount starts with, in its normal form (``$``, ``us$``, ``c$``,
``\u20ac``): :func:`currency` reads it."""


def same_currency(a: str, b: str) -> bool:
    """May two currency codes be one currency? A bare ``$`` may be any dollar (``US$``, ``C$``)."""
    return a == b or "$" in {a, b} and "$" in _dollar(a) and "$" in _dollar(b)


_CONTEXT_STOPWORDS = _NOT_UNITS | frozenset(
    """he she they we i you his her their our this these those has have had not no also
    said says would will could can may did do does about after over more last year""".split()
)


def _context(words: list[Token], figure: Figure, width: int) -> frozenset[str]:
    """Content words within ``width`` words either side of the figure, among its sentence's ``words``."""
    inside = [i for i, t in enumerate(words) if figure.span.start <= t.start < figure.span.end]
    if not inside:
        return frozenset()
    near = words[max(0, inside[0] - width) : inside[0]] + words[inside[-1] + 1 : inside[-1] + 1 + width]
    return frozenset(
        _singular(t.norm) for t in near
        if not t.norm[0].isdigit() and t.norm not in _CONTEXT_STOPWORDS and len(t.norm) > 2
    ) - {figure.unit}


def _judge(link: str | None, a: Figure, b: Figure, referents: _Referents) -> FigureComparison | None:
    """The comparison of two figures (:func:`_verdict`), or ``None``."""
    verdict = _verdict(a, b, referents)
    if verdict is None:
        return None
    return FigureComparison(link, a.key, (a, b), f"{_said(a)} {_SIGNS[verdict]} {_said(b)}", verdict)


def _said(figure: Figure) -> str:
    """A figure as a comparison's summary says it: ``'29 permits' (trt: 29 permit)``."""
    return f"{figure.text!r} ({figure.span.article}: {figure.shown})"


_SIGNS = {"agree": "=", "conflict": "vs"}
"""Between the two figures of a comparison's summary."""


_WRITTEN = re.compile(r"(\d[\d,]*)(?:\.(\d+))?")
_ROUNDED = frozenset({"money", "percent", "count", "duration", "multiple"})


def _rounded_alike(a: Figure, b: Figure) -> bool:
    """Is the figure written to a coarser place the other rounded to it (``2%`` and ``2.1%``, ``$2 billion`` and
    ``$2.4 billion`` or ``$2,400 million``)? A report may round what another gives in full: neither agreement nor
    conflict, rather than a conflict the figures may not hold. Not half way or further (``1.5 hours``, ``2 hours``);
    numbers written in words are not read, nor a number with a fraction (``4 1/2 hours``, ``4 and a half hours``),
    whose digits do not show the place it is written to."""
    if a.kind not in _ROUNDED or a.value is None or b.value is None or a.bound != "exact" or b.bound != "exact":
        return False
    places = []  # the value of a unit of each figure's last written place, and the figure's value
    for figure in (a, b):
        found = _WRITTEN.search(figure.text)
        if found is None or not (number := float(found.group().replace(",", ""))):
            return False
        scale = figure.value / number  # a power of ten ("2.4 billion"), unless a fraction is added ("4 1/2")
        if scale <= 0 or not math.isclose(scale, 10 ** round(math.log10(scale)), rel_tol=1e-9):
            return False
        places.append((10 ** -len(found.group(2) or "") * scale, figure.value))
    (fine, fine_value), (coarse, coarse_value) = sorted(places)
    return fine < coarse * (1 - 1e-9) and abs(fine_value - coarse_value) < 0.5 * coarse * (1 - 1e-9)


_READ_APART = frozenset({"date", "age"})
"""The kinds whose conflicts :func:`_verdict` reads for the two reports (their publication dates, who is aged), not
from the two figures alone."""


def _verdict(a: Figure, b: Figure, referents: _Referents) -> Verdict | None:
    """Agreement or conflict; ``None`` for a conflict of dates one of which was counted from its report's
    publication date when that rests on a guessed year (``early October`` read as 2020 against ``October
    2019``) or when the two reports were not published the same day: then their ``Thursday``,
    ``today`` or ``yesterday`` are counted from two days, across time zones, for steps of a story a week
    apart (on the twenty corpus dossiers, once their date lines gave publication dates, every such conflict
    read was false), while two reports of one day giving ``Monday`` and ``Tuesday`` do disagree. Two ages of
    one person conflict only when they differ by more than a birthday and the years between the reports' known
    publication dates (``26-year-old`` before a trial, ``27-year-old`` at its verdict), and never when either may be
    of another time (:meth:`_Referents.another_time`). Two limits of one side
    (``up to 20``, ``up to 30``) neither agree nor conflict, nor does a figure and another that may be it
    rounded (:func:`_rounded_alike`). Only a conflict of dates or ages
    (:data:`_READ_APART`) reads more than the two figures' fields: their spans, reports and referents."""
    verdict = "agree" if _agree(a, b) else "conflict"
    if verdict == "conflict" and _rounded_alike(a, b):
        return None  # "2%" and "2.1%": the one may be the other rounded
    if verdict == "agree" and a.bound == b.bound in ("over", "under") and a.value != b.value:
        return None  # "up to 20" and "up to 30": both may hold, but the two reports give two limits
    if verdict == "conflict" and a.kind == "date" and (a.relative or b.relative):
        parts_a, parts_b = _date_parts(a.date), _date_parts(b.date)
        if not referents.same_day(a, b) or parts_a[1:] == parts_b[1:] or parts_a.count(None) != parts_b.count(None):
            return None  # and a day (``the issue of the day today``) is set against no year or month
    if verdict == "conflict" and a.kind == "age":
        years, apart = referents.years_between(a, b), abs((a.value or 0) - (b.value or 0)) * _UNIT_DAYS[a.unit] / 365
        if years is None or apart <= years + 1 or referents.another_time(a) or referents.another_time(b):
            return None
    return verdict


def _settle(link: str, a_figures: list[Figure], b_figures: list[Figure], referents: _Referents,
            beside: dict[Span, list[Figure]]) -> list[FigureComparison | None]:
    """Two linked passages: each figure agrees with a counterpart of its key, or conflicts with one.

    A counterpart measuring the same thing (``a depth of 1.3 miles`` and ``a depth of 13 miles``)
    is the one it is judged against. Otherwise a figure is reported in conflict only when no figure
    of its passage agrees with that counterpart (a passage may give "2019" and "October 2020" for two
    events, and the other passage only one of them; "14 miles" from a town beside a depth). Figures dated in their
    own clauses on two occasions (``fell 5% last year``, ``fell 8% this year``: :func:`_other_occasions`) are
    not compared, linked or not.
    """
    results: list[FigureComparison | None] = []
    for a in a_figures:
        rivals = [b for b in b_figures if _comparable(a, b) and not referents.apart(a, b)
                  and not _other_occasions(a, b, beside, referents.bodies)]
        measured = referents.measured(a)
        twins = [b for b in rivals if measured and referents.measured(b) == measured]
        friends = [b for b in twins or rivals if _agree(a, b)]
        if friends:
            results.append(_judge(link, a, friends[0], referents))
        elif twins or (rivals and not any(
                _comparable(x, b) and _agree(x, b) for x in a_figures if x is not a for b in rivals)):
            rival = (twins or rivals)[0]
            results.append(_judge(link, a, rival, referents))
    return results


_COMMON_CONTEXT = 400
"""A context word next to more figures than this pairs nothing: it is too common to tell."""


def compare_figures(
    analysis: Analysis, *, width: int = 10, min_shared_words: int = 2, before: Analysis | None = None,
    moved: Iterable[Span] = (), outside: Outside | None = None,
) -> tuple[FigureComparison, ...]:
    """Agreements and conflicts between figures that reports give for the same statement.

    Two figures of different articles are compared when (a) they lie in two
    passages of one link, or (b) outside links, they share a key and at least
    ``min_shared_words`` content words within ``width`` words of them (two
    more for dates, and then only agreements are reported: unlinked dates
    too often belong to two different events; other unlinked figures conflict
    only when they share two more words and the same named thing stands next
    to both, or none next to either, and neither sentence holds a figure
    agreeing with the other: "50 miles north of Kestrelton" and "15 miles north
    of Kestrelton" may place a motorist and a building). Counts of "other",
    "more", "remaining" things count a part and are never compared. Never compared: unresolved dates,
    "part of" counts, the dates of datelines and bylines (when a report was
    published says nothing of the event), and figures about different
    referents: other people in their sentences, or other named things right
    next to them ("170,000 in Aceh" and "230,000 across Asia", "14 miles from
    Millbrook" and "20 miles from Santa Lucerna"), or amounts that are the value
    of different things ("$50 billion of goods", "$3.1 billion of the grain"), or a possibility and
    a fact ("could get up to 90 years" and "was sentenced to 25 years"), or a rate and an amount
    ("90 miles per hour" and "30 miles"), or a change and a level ("rose 2 percent", "rose to 7 percent"), or
    figures of two parts of a year ("in the first quarter", "in the second quarter") or dated in their own clauses
    on two occasions ("fell 5% last year", "fell 8% this year"), linked or not. A count a part is taken from
    ("20 of the 35 homes") and one of "new" things ("35 new cases") against all of them are not compared either,
    nor a plan ("plans to cut 300 jobs") and what was done ("cut 200 jobs").
    A figure written to a coarser place than the other, which rounds to it, is neither agreement nor conflict: so
    "$12" and "$12.45" (a price in whole dollars may be one in cents rounded) say nothing, "$12" and "$12.55" or
    "$12.50" and "$12.45" conflict. Ages are compared only when one person is named next to both;
    unlinked figures dated in their own clauses in two months ("late in March", "on April 9") not at all, nor
    those of two reports published more than a year apart (:meth:`_Referents.far_apart`).
    A conflict never rests on a year guessed from the publication date, nor on days counted from the
    publication dates of two reports published on different days. Each result holds one figure from
    each of two articles; a pair is reported once, under its link when it has
    one. Pairs outside links are found through an index of context words, so
    the cost grows with the number of figures, not its square, and the copies of a sentence in many
    reports are weighed once against another's (:func:`_unlinked_alike`): only the pairs reported cost each.
    A number inside an entity's name (``Quellphone 10``) is compared with none (:func:`_in_a_name`).

    ``before``, after a correction, is the analysis it corrected and ``moved`` the mentions of the
    entities it changed: only the pairs of a figure the correction may change are compared again
    (:func:`_touched`), the rest kept from ``before``'s comparisons. ``outside``, when given, are the
    comparisons outside links found before the links were (:func:`outside_links`), of the same text, figures and
    entities.
    """
    touched, redone = (None, None) if before is None else _touched(before, analysis, moved)
    if touched is not None and not touched and not redone:
        return before.findings.comparisons
    index = outside.index if outside else analysis.derived(("figure index", width), lambda: _Index(analysis, width), of="text")
    referents = _Referents(analysis, index.sentences, index.figures)
    within = index.within
    kept: dict[str | None, list[FigureComparison]] = defaultdict(list)
    for comparison in () if before is None else before.findings.comparisons:
        if comparison.link is not None or not touched.intersection(f.span for f in comparison.figures):
            kept[comparison.link].append(comparison)
    linked = (item for link in analysis.links
              for item in (_settled(link, within, referents, index.beside) if redone is None or link.id in redone else kept[link.id]))
    unlinked = outside.comparisons if outside else _unlinked(index, referents, min_shared_words, touched, kept[None])
    reported: dict[tuple[Span, ...], FigureComparison] = {}  # a pair is reported once, under its link when it has one
    for item in linked:
        if item is not None:
            reported.setdefault(_pair(item), item)
    named = _outside_names(analysis)
    # those outside links found before (``outside``) left out the figures in a name already
    return (*(c for c in reported.values() if not any(map(named, c.figures))),
            *_unreported(unlinked if outside else (c for c in unlinked if c is not None and not any(map(named, c.figures))),
                         reported))


def _outside_names(analysis: Analysis) -> Callable[[Figure], bool]:
    """:func:`_in_a_name` of the analysis' figures, each looked up once: a figure stands in many comparisons."""
    named: dict[Span, bool] = {}

    def in_a_name(figure: Figure) -> bool:
        if (found := named.get(figure.span)) is None:
            found = named[figure.span] = _in_a_name(analysis, figure)
        return found

    return in_a_name


def _in_a_name(analysis: Analysis, figure: Figure) -> bool:
    """Is the figure's number part of an entity's name (``Quellphone 10``, a product; ``Route 9``)? It names the
    thing, it counts nothing. Read after comparing, of the entities of now, as a correction leaves them."""
    start = figure.span.start
    return any(begin <= start < end for begin, end, _ in analysis.mentions_between(Span(figure.span.article, start, start + 1)))


class Outside(NamedTuple):
    """The comparisons of :func:`compare_figures` outside links, in its order, those of a figure in a name
    (:func:`_in_a_name`) left out, and the index of the text they were found through (``width`` words around each figure)."""

    index: _Index
    comparisons: tuple[FigureComparison, ...]


def outside_links(analysis: Analysis, *, width: int = 10, min_shared_words: int = 2) -> Outside:
    """The comparisons outside links (:func:`compare_figures`): they read the text, its figures and the entities
    alone, so the pipeline finds them while the links are still found, when they are."""
    index = analysis.derived(("figure index", width), lambda: _Index(analysis, width), of="text")
    found = _unlinked(index, _Referents(analysis, index.sentences, index.figures), min_shared_words)
    named = _outside_names(analysis)
    return Outside(index, tuple(item for item in found if item is not None and not any(map(named, item.figures))))


def _settled(link: Link, within: Callable[[Span], list[Figure]], referents: _Referents,
             beside: dict[Span, list[Figure]]) -> Iterator[FigureComparison | None]:
    """Every pair of the link's passages settled (:func:`_settle`), in order: each passage's figures found once,
    not once per pair (a link of k copies has k(k-1)/2 pairs), and the pairs of a passage without figures, which
    settle nothing, left out. ``beside``: the figures of each figure's sentence (:class:`_Index`)."""
    figured = [found for found in map(within, link.passages) if found]
    return chain.from_iterable(_settle(link.id, a, b, referents, beside) for a, b in combinations(figured, 2))


def _unreported(unlinked: Iterable[FigureComparison | None], reported: dict[tuple[Span, ...], FigureComparison]
                ) -> Iterator[FigureComparison]:
    """The comparisons outside links whose pair no link ``reported``: each is found once, and only those whose
    first figure a link reported are looked up, each figure's place read once however many copies it is compared
    with (its object's id stands for it, the object kept beside so that the id is never another's)."""
    paired = {f.span for item in reported.values() for f in item.figures}
    linked: dict[int, tuple[Figure, bool]] = {}
    for item in unlinked:
        if item is None:
            continue
        first = item.figures[0]
        if (known := linked.get(id(first))) is None:
            known = linked[id(first)] = first, first.span in paired
        if not (known[1] and _pair(item) in reported):
            yield item


def _pair(comparison: FigureComparison) -> tuple[Span, ...]:
    return tuple(sorted(f.span for f in comparison.figures))


def _touched(before: Analysis, after: Analysis, moved: Iterable[Span]) -> tuple[set[Span], set[str]]:
    """What a correction from ``before`` to ``after`` may change among the comparisons: the figures
    (by span) whose pairs are judged again and the links (by id) whose passages are compared again.
    A figure beside a moved mention (who it is about: :class:`_Referents`) or in a passage of a link
    added or gone; a link added, or holding such a figure, and then every figure of its passages,
    since a pair its comparisons took (or gave up) may have been another link's or one paired by
    its words."""
    within = _figures_within(before.findings.figures)
    changed = {(link.id, link.passages) for link in before.links} ^ {(link.id, link.passages) for link in after.links}
    touched = figures_near(before, moved) | {f.span for _, spans in changed for span in spans for f in within(span)}
    redone = {link_id for link_id, _ in changed}
    while more := [link for link in after.links if link.id not in redone and any(
            f.span in touched for span in link.passages for f in within(span))]:
        redone.update(link.id for link in more)
        touched.update(f.span for link in more for span in link.passages for f in within(span))
    return touched, redone


def figures_near(analysis: Analysis, mentions: Iterable[Span]) -> set[Span]:
    """The figures (by span) in whose sentence one of ``mentions`` starts (or in the figure, outside
    any sentence): the only mentions :class:`_Referents` reads, so an entity correction leaves every
    other figure's referents as they were."""
    starts: dict[str, list[int]] = defaultdict(list)
    for mention in mentions:
        starts[mention.article].append(mention.start)
    near = set()
    for article, found in starts.items():
        found.sort()
        sentences = [(s.start, s.end) for s in analysis.sentences.get(article, ())]
        for figure in analysis.findings.figures.get(article, ()):
            lo, hi = _enclosing(sentences, figure.span.start) or (figure.span.start, figure.span.end)
            if bisect_left(found, hi) > bisect_left(found, lo):
                near.add(figure.span)
    return near


def _figures_within(figures: dict[str, tuple[Figure, ...]]) -> Callable[[Span], list[Figure]]:
    """``within(span)``: the figures inside ``span``, in body order, found by bisection (an article
    may give thousands)."""
    by_start = {article: ByStart(found, lambda f: (f.span.start, f.span.end)) for article, found in figures.items()}

    def within(span: Span) -> list[Figure]:
        found = by_start.get(span.article)
        return found.within(span.start, span.end) if found else []

    return within


_UNREAD = object()
"""A verdict not read yet (``None`` is one: neither agree nor conflict)."""

_NOWHERE = Span("", 0, 0)
"""The place of a figure weighed apart from its place (:meth:`_Index.placeless`)."""


class _Index:
    """What comparing figures reads of the text alone: each article's figures to compare, the
    figures of each sentence with their context words (``placed``, in dossier order), and an index
    of those words. Built once for an analysis and those corrected from it
    (:meth:`~reader.core.model.Analysis.derived`): at a hundred reports, most of what comparing a
    few figures again after a correction cost."""

    def __init__(self, analysis: Analysis, width: int) -> None:
        articles = analysis.dossier.articles
        self.sentences = {a.id: analysis.sentences.get(a.id) or segment_article(a) for a in articles}
        known = analysis.findings.figures  # found already by the findings stage
        self.figures = {a.id: _event_figures(a, known[a.id] if a.id in known else find_figures(a)) for a in articles}
        self.within = _figures_within(self.figures)
        self.placed: list[tuple[Figure, frozenset[str]]] = []
        self.beside: dict[Span, list[Figure]] = {}
        self.saying: dict[Span, tuple[str, ...]] = {}  # the words of each figure's sentence outside it (:func:`_saying`)
        self._placeless: dict[Span, tuple[Figure, tuple[Figure, ...]]] = {}
        read: dict[tuple[str, int, int, str], tuple[frozenset[str], tuple[str, ...]]] = {}  # copies of a sentence are read once
        self.repeats: set[int] = set()  # a figure of a text its report gave before: compared outside links once
        told: set[tuple[str, tuple[str, int, int, str]]] = set()
        for article in articles:
            for sentence in self.sentences[article.id]:
                words = None  # taken apart once for all its figures, and only for a text not read before
                for figure in (inside := self.within(sentence.span)):
                    seen = (sentence.text, figure.span.start - sentence.start, figure.span.end - sentence.start, figure.unit)
                    if seen not in read:
                        words = [t for t in sentence.tokens if t.is_word] if words is None else words
                        read[seen] = _context(words, figure, width), _saying(words, figure)
                    if (article.id, seen) in told:
                        self.repeats.add(len(self.placed))
                    told.add((article.id, seen))
                    self.placed.append((figure, read[seen][0]))
                    self.saying[figure.span] = read[seen][1]
                    self.beside[figure.span] = inside
        self.postings: dict[tuple[str, str], list[int]] = defaultdict(list)
        for number, (figure, words) in enumerate(self.placed):
            if number not in self.repeats:  # a report's repeats of one text count once, for how common a word is too
                for word in words:
                    self.postings[figure.kind, word].append(number)
        self.position = {figure.span: number for number, (figure, _) in enumerate(self.placed)}

    def placeless(self, figure: Figure) -> tuple[Figure, tuple[Figure, ...]]:
        """The figure and those of its sentence, placed nowhere: what :func:`_standing` reads of them. Made
        for a whole sentence when one of its figures is first asked for."""
        if figure.span not in self._placeless:
            inside = self.beside[figure.span]
            nowhere = tuple(replace(f, span=_NOWHERE) for f in inside)
            self._placeless.update((f.span, (bare, nowhere)) for f, bare in zip(inside, nowhere))
        return self._placeless[figure.span]


_SAYING_WORDS = 5
"""Fewer words around a figure than this say too little to tell one statement (``40 died.``)."""


def _saying(words: list[Token], figure: Figure) -> tuple[str, ...]:
    """The words of the figure's sentence outside it, when there are enough to tell a statement: two
    sentences that say the same words but the figure (``officials said 40 were hurt`` / ``officials said
    45 were hurt``) give one statement two values, the clearest conflict there is."""
    outside = tuple(t.norm for t in words if not figure.span.start <= t.start < figure.span.end)
    return outside if len(outside) >= _SAYING_WORDS else ()


def _unlinked(index: _Index, referents: _Referents, min_shared_words: int, touched: set[Span] | None = None,
              kept: Sequence[FigureComparison] = ()) -> Iterator[FigureComparison | None]:
    """The comparisons of figures of sentences sharing context words (see :func:`compare_figures`),
    found through the ``index`` of those words, in the order of their first figure, then their second.
    With ``touched`` (figures by span), only the pairs of one of those are judged; the others are
    ``kept`` (the comparisons before, of none of them)."""
    placed, postings = index.placed, index.postings

    def sharing(number: int, after: int) -> Counter[int]:
        """How many context words the figure at ``number`` shares with each figure after ``after``
        (a slice of each word's ordered postings, counted in C), those it must share to be compared."""
        a, a_words = placed[number]
        needed = min_shared_words + 2 * (a.kind == "date")
        shared = Counter(chain.from_iterable(
            rows[bisect_right(rows, after):] for word in a_words if len(rows := postings[a.kind, word]) <= _COMMON_CONTEXT
        ))
        return Counter({j: count for j, count in shared.items() if count >= needed and j != number})

    def judged(number: int, other: int, shared: int) -> FigureComparison | None:
        (a, _), (b, _) = placed[number], placed[other]
        if a.span.article != b.span.article and not referents.far_apart(a, b) and _telling(
                a, b, shared, min_shared_words, index, referents):
            return _judge(None, a, b, referents)
        return None

    if touched is None:
        yield from _unlinked_alike(index, referents, min_shared_words)
        return
    position = index.position
    again = {tuple(sorted((number, other))): count
             for number in (position[span] for span in touched if span in position) if number not in index.repeats
             for other, count in sharing(number, -1).items()}  # shared words are counted alike from either side
    found = [((position[c.figures[0].span], position[c.figures[1].span]), c) for c in kept]
    found += [(pair, judged(*pair, count)) for pair, count in again.items()]
    yield from (item for _, item in sorted(found, key=lambda row: row[0]))


def _telling(a: Figure, b: Figure, shared: int, min_shared_words: int, index: _Index, referents: _Referents) -> bool:
    """Are two figures outside links, sharing ``shared`` context words, judged (:func:`_judge`)? Read from their
    standings alone (:func:`_standing`), their reports aside, so a pair of copies is weighed as any other pair of
    them would be: it is asked of classes' first figures, in either order, and must stay symmetric. Two sentences
    saying the same words but the figure (:func:`_saying`) are about one thing."""
    beside, saying = index.beside, index.saying
    if not _kin(a, b) or referents.apart(a, b) or _other_occasions(a, b, beside, referents.bodies):
        return False
    needed = min_shared_words + 2 * (a.kind == "date")
    about_one = bool(saying[a.span]) and saying[a.span] == saying[b.span] or _same_inventory(a, b, beside) or (
        _same_measure(a, b, referents) or shared >= needed + 2 and (referents.same_thing(a, b) or not referents.named(a, b)))
    # "14 miles ... a depth of 1.3 miles": each sentence gives both, each agrees with its counterpart
    return _agree(a, b) or a.kind != "date" and about_one and not any(
        _kin(x, y) and _agree(x, y) for x, y in [(a, f) for f in beside[b.span]] + [(f, b) for f in beside[a.span]])


def _standing(figure: Figure, index: _Index, referents: _Referents) -> Hashable:
    """All that :func:`_telling` reads of one figure but its report and place: the figure's fields and those of
    the figures of its sentence (:meth:`_Index.placeless`), who and what it is about, the dates of its clause.
    The copies of one sentence in many reports stand alike, and :func:`_unlinked_alike` weighs a pair of
    standings once."""
    dated = tuple(d.date for d in _dated_by(figure, index.beside, referents.bodies))
    return (index.placeless(figure), referents.of(figure), referents.said(figure), referents.measured(figure),
            referents.whose(figure) if figure.kind == "age" else None, dated, index.saying[figure.span])


def _unlinked_alike(index: _Index, referents: _Referents, min_shared_words: int) -> Iterator[FigureComparison | None]:
    """:func:`_unlinked` of every pair, in its order, weighed once per pair of classes of figures of one kind and
    one set of context words (groups, found through the index of those words), parted by standing
    (:func:`_standing`, read only for a group with a partner), not once per pair of figures: a figure copied into
    ``k`` reports costs one judgement against another figure's ``k`` copies, not ``k`` squared. Only the pairs
    judged are taken one by one, each then judged apart for its two reports (:func:`_judge`)."""
    placed, postings = index.placed, index.postings
    groups: dict[tuple[str, frozenset[str]], list[int]] = {}
    for number, (figure, words) in enumerate(placed):
        if number not in index.repeats:  # a report's repeats of one text are compared once (:attr:`_Index.repeats`)
            groups.setdefault((figure.kind, words), []).append(number)
    members = list(groups.values())
    rows: dict[tuple[str, str], list[int]] = defaultdict(list)  # the groups of each context word, in order
    for found, ((kind, words), numbers) in enumerate(groups.items()):
        for word in words:
            if len(postings[kind, word]) <= _COMMON_CONTEXT:  # too common a word, counted by figures
                rows[kind, word].append(found)
    standings: dict[int, list[list[int]]] = {}
    classes: dict[int, int] = {}  # each figure parted, by number: its class, as the class' first number

    def parted(found: int) -> list[list[int]]:
        """The figures of a group in classes of one standing."""
        if found not in standings:
            alike: dict[Hashable, list[int]] = {}
            for number in members[found]:
                alike.setdefault(_standing(placed[number][0], index, referents), []).append(number)
            standings[found] = list(alike.values())
            classes.update((number, numbers[0]) for numbers in standings[found] for number in numbers)
        return standings[found]

    judged = []  # the pairs judged, each as one number (first * len(placed) + second): sorted, never collected
    size = len(placed)
    articles = [figure.span.article for figure, _ in placed]
    for found, (kind, words) in enumerate(groups):
        needed = min_shared_words + 2 * (kind == "date")
        shared = Counter(chain.from_iterable(
            row[bisect_left(row, found):] for word in words if (row := rows.get((kind, word)))))
        for other, count in shared.items():
            if count < needed:
                continue
            for ours in parted(found):
                for theirs in parted(other):
                    if _telling(placed[ours[0]][0], placed[theirs[0]][0], count, min_shared_words, index, referents):
                        judged.extend(min(x, y) * size + max(x, y) for x in ours for y in theirs if (
                            x < y or other != found) and articles[x] != articles[y])
    figures = [figure for figure, _ in placed]
    said = {number: _said(figures[number]) for number in classes}  # once however many copies it is judged against
    verdicts: dict[tuple[int, int], tuple[Verdict, str, str] | None] = {}  # of two classes' figures (one standing:
    # fields but the span), with the key and the summary's sign; ``None``: neither agree nor conflict
    for pair in sorted(judged):
        first, second = divmod(pair, size)
        if referents.far_apart(figures[first], figures[second]):
            continue
        if (found := verdicts.get(alike := (classes[first], classes[second]), _UNREAD)) is _UNREAD:
            a = figures[first]
            verdict = _verdict(a, figures[second], referents)
            found = None if verdict is None else (verdict, a.key, _SIGNS[verdict])
            if verdict == "agree" or a.kind not in _READ_APART:  # else read again for each pair of reports
                verdicts[alike] = found
        if found is not None:
            verdict, key, sign = found
            yield FigureComparison(None, key, (figures[first], figures[second]), f"{said[first]} {sign} {said[second]}", verdict)


def _other_occasions(a: Figure, b: Figure, beside: dict[Span, list[Figure]], bodies: dict[str, str]) -> bool:
    """Are two figures dated, in their own clauses, in months that cannot be one (``late in March, a van hit
    three cyclists`` and ``on April 9 a van hit three cyclists``)? Then they tell of two occasions and are not compared
    unless a link joins their sentences. Days of one month may be two accounts of one day (``on Monday``, ``on
    Tuesday``), and an age is of its person whatever the day."""
    if a.kind in {"date", "age"}:
        return False
    pairs = [(x, y) for x in _dated_by(a, beside, bodies) for y in _dated_by(b, beside, bodies)]
    return bool(pairs) and not any(_may_share_month(x, y) for x, y in pairs)


_CLAUSE_BREAK = re.compile(r"[;:()\u201c\u201d\"]|\b(?:who|which|whose|when|while|after|before|since|until|because|although|though|but)\b",
                           re.IGNORECASE)
_CLAUSE_REACH = 60


def _dated_by(figure: Figure, beside: dict[Span, list[Figure]], bodies: dict[str, str]) -> list[Figure]:
    """The dates of the figure's own clause: in its sentence, within a few words of it, with no clause break
    between (``Late in March, a van hit three cyclists``; not ``three weeks later, he quit the job he took on
    April 21, 2004``)."""
    body = bodies[figure.span.article]
    dated = []
    for date_ in beside[figure.span]:
        if date_.kind != "date" or date_.date is None:
            continue
        lo, hi = sorted((date_.span.end, figure.span.start) if date_.span.end <= figure.span.start else (figure.span.end, date_.span.start))
        if hi - lo <= _CLAUSE_REACH and not _CLAUSE_BREAK.search(body, lo, hi):
            dated.append(date_)
    return dated


def _may_share_month(a: Figure, b: Figure) -> bool:
    """May two dates fall in one month? Different months cannot, whatever year a month without one has."""
    (year_a, month_a, _), (year_b, month_b, _) = _date_parts(a.date), _date_parts(b.date)
    years = year_a is None or year_b is None or year_a.startswith(year_b) or year_b.startswith(year_a)
    return years and (month_a is None or month_b is None or month_a == month_b)


_MEASURES = frozenset("depth height length width altitude elevation magnitude speed weight".split())
"""Measures of a thing that a text names right before their value (``a depth of 1.2 miles``)."""


def _same_measure(a: Figure, b: Figure, referents: _Referents) -> bool:
    """Do both figures give the value of one named measure (``with a depth of 12 miles`` and ``had a depth of
    1.2 miles``)? Told so by the text, they are about one thing, however few other words their sentences
    share: compared outside links too (the link judge parts two passages giving other values of one measure)."""
    measure = referents.measured(a)
    return measure in _MEASURES and measure == referents.measured(b)


def _same_inventory(a: Figure, b: Figure, beside: dict[Span, list[Figure]]) -> bool:
    """Do the sentences of two counts list counts of the same two or more other things too (``five rifles, 11
    crates and 250 rounds`` and ``13 rifles, 29 crates and 871 rounds``)? Then they count one
    inventory, however few other words they share, and a name beside one list only (``the coastguard seized``)
    does not set them apart: two names that differ still do (:meth:`_Referents.apart`)."""
    if a.kind != "count":
        return False
    listed = [{f.key for f in beside[x.span] if f.kind == "count" and f.key != x.key} for x in (a, b)]
    return len(listed[0] & listed[1]) >= 2


_PUBLISHING_WORDS = frozenset("published updated posted last".split())
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


def _published_line(article: Article, figure: Figure, worded: dict[tuple[int, int], bool]) -> bool:
    """Is this date the report's own dateline or byline (``Tuesday, March 12, 2019``,
    ``Published 9:05 am, Friday, ...``, ``Jane Roe posted in Accidents on ...``)?

    Yes when its paragraph has no lower-case word of four letters or more besides
    publishing words, or when ``published``/``updated``/``posted`` comes just before it.
    ``worded`` keeps each paragraph's answer: a paragraph of thousands of dates is read once, not once per date.
    """
    if figure.kind != "date":
        return False
    start = figure.span.start
    paragraph = _enclosing(article.paragraphs, start) or (start, figure.span.end)
    if paragraph not in worded:
        words = _LONG_WORD.finditer(article.body, paragraph[0], paragraph[1])
        worded[paragraph] = any(w[0].islower() and w[0] not in _PUBLISHING_WORDS for w in words)
    if not worded[paragraph]:
        return True
    before = article.body[max(paragraph[0], start - 60) : start].lower()
    return re.search(r"\b(?:published|updated|posted)\b", before) is not None


_WORTH_OF = re.compile(r"\)?\s+(?:worth\s+)?of\s+(?:the\s+|its\s+|their\s+)?((?:[\w.'-]+\s*){1,4})")
RUNNING_TOTAL = re.compile(
    r"\b(?:a total of|in total|in all|altogether|so far|thus far|to date|cumulative|combined)\b", re.IGNORECASE
)
"""Words that make a count a running total (``so far``), which is never a second account of one event's count."""


_OUTCOME_OF = {word: outcome for outcome, words in OUTCOMES.items() for word in words.split()}
_OUTCOME_AFTER = re.compile(r"\s+(?:(?:were|was|are|is|have|has|had|been|being|reportedly|also|later|all|now)\s+)*"
                            r"([a-z]+)\b")
_OUTCOME_BEFORE = re.compile(r"\b([a-z]+)\s+$")
_ANOTHER_TIME = re.compile(r"\b(?:when|(?<!driving )while|then|at\s+the\s+time|once|until|since)\b", re.IGNORECASE)
"""In an age's sentence: the age may be of another time than the reports' (``married her when she was 14``), so it
agrees but never conflicts. Not the name of a charge, ``driving while intoxicated``, which sets no time."""
_AGE_THEN_NAME = re.compile(r"(?:\s+[a-z][\w'\u2019-]*){0,2}\s+")
_NAME_THEN_AGE = re.compile(r"\s*,\s*(?:(?:a|an|the|now)\s+)?")


def _the_aged(words: list[str]) -> bool:
    """Can the words between an age and a name only be the aged one's description (``nurse`` in ``27-year-old nurse
    Jane Roe``)? No function word (``son of``) and no word that may be a verb reaching past the description to
    another person (``a 23-year-old driver struck Jane Roe``, ``gunman shot``); a lone word may be a noun that is also
    a verb's plain form (``nurse``). A description that might be a verb too (``retired teacher``) gives no person:
    an age given to the wrong person makes a false conflict."""
    if FUNCTION_WORDS.intersection(words):
        return False
    plain = len(words) == 1
    return all("VERB" not in (forms := lemmas(word)) or plain and "NOUN" in forms and forms["VERB"] == (word,) for word in words)


_MEASURED = re.compile(r"\b([^\W\d_]{3,})\s+of\s+$")
"""The noun a measure is of, just before it: ``depth`` in ``a depth of``."""


_BEARING = re.compile(r"\s+((?:north|south|east|west)(?:-?(?:north|south|east|west)){0,2})\s+of\s+(?:the\s+)?"
                      r"([^\W\d_][\w'\u2019-]*(?:\s+[^\W\d_][\w'\u2019-]*){0,2})")
"""Right after a distance, where it is measured from: `` north of Santa Lucerna`` (the place's capitalised words)."""


def noun_of(body: str, figure: Figure) -> str | None:
    """What a measure is of, when a noun and ``of`` come just before it in ``body``: ``depth`` in ``had a depth
    of 9 miles``; ``None`` for dates and any other figure (``at 6:05 a.m. about 30 miles``)."""
    if figure.kind == "date":
        return None
    found = _MEASURED.search(body, max(0, figure.span.start - 40), figure.span.start)
    if found is None or not found.group(1).islower() or found.group(1) in _CONTEXT_STOPWORDS:
        return None
    return _singular(found.group(1))


def measure_named(body: str, figure: Figure) -> str | None:
    """What the sentence says the figure measures, when it names it: one of :data:`_MEASURES` just before it
    (``a depth of 9 miles``: ``depth``), else a bearing from a named place just after a distance (``20 miles
    north of Santa Lucerna``: ``north of Santa Lucerna``); ``None`` when it names neither."""
    if (noun := noun_of(body, figure)) in _MEASURES:
        return noun
    if figure.kind == "count" and (found := _BEARING.match(body, figure.span.end)):
        words = found.group(2).split()
        place = " ".join(words[: next((n for n, word in enumerate(words) if not word[:1].isupper()), len(words))])
        return f"{found.group(1).lower()} of {place}" if place else None
    return None


_MEASURED_FROM = re.compile(r"[^\d.;]*\b(?:of|from|in|near|at|off|outside)\s+(?:the\s+)?")
"""Between a figure and the place it is measured from: `` north-northeast of ``."""


_BOUNDING = re.compile(r"\b(?:since|until|till|from|by|before|after|through)\s+(?:the\s+)?$", re.IGNORECASE)

_POSSIBLE = re.compile(r"\b(?:may|might|could|fac(?:e|es|ing)\s+up\s+to)\b[^;:]*$")
"""Up to a figure's end in its clause: it is a possibility (``could be sentenced to 119 years``, ``faces up
to five years``), not what happened (``was sentenced to 20 years``). Lower case: ``May`` is a month."""
_PLANNED = re.compile(
    r"\b(?:plans?|planned|planning|expects?|expected|aims?|aimed|intends?|intended|set|going|proposes?|proposed"
    r"|wants?|wanted|hopes?|hoped|vowed|pledged|promised)\s+to\s+(?:[a-z]+\s+){1,2}$")
"""Right before a count, an amount or a share, a verb between: it is planned (``plans to cut 300 jobs``), not what
was done (``cut 200 jobs``): a possibility, compared only with another. Not ``will`` or ``would``, which report
decisions as often (``would wait another 30 days``, ``will serve 45 months``), nor for a date (a day planned is
the day it happened)."""
_PER = re.compile(r"\s*(?:per|an|a|each)\s+(?:second|minute|hour|day|week|month|year)\b|\s*/\s*(?:h|hr|hour|day)\b")
"""Right after a figure: it is a rate, ``per hour``, ``a day``."""
_IF_CONVICTED = re.compile(r"\bif\s+(?:convicted|found\s+guilty)\b", re.IGNORECASE)


_RANGE_JOIN = re.compile(r"\s*(?:[-\u2013\u2014]|to|through|thru|until|till)\s*|\s+(?P<and>and)\s+", re.IGNORECASE)
"""Between the two dates of a period: ``2004-2009``, ``2004 to 2009``, ``between 2004 and 2009``."""
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)


def _event_figures(article: Article, found: Sequence[Figure]) -> tuple[Figure, ...]:
    """The figures to compare: not the report's own dateline, nor a date that bounds a period (``since
    September``, ``until 2025``, either end of ``from 2004 to 2009`` or ``2004-2009``): it dates no event of its
    own, and the last year of a term is no second account of the year it began. ``in 2004 and 2009`` are two."""
    body = article.body
    dates = [f for f in found if f.kind == "date"]
    ends = {end.span for a, b in zip(dates, dates[1:]) if (join := _RANGE_JOIN.fullmatch(body, a.span.end, b.span.start))
            and (not join.group("and") or _BETWEEN.search(body, max(0, a.span.start - 12), a.span.start))
            for end in (a, b)}
    worded: dict[tuple[int, int], bool] = {}
    return tuple(f for f in found if f.span not in ends and not _published_line(article, f, worded) and not (
        f.kind == "date" and _BOUNDING.search(body, max(0, f.span.start - 12), f.span.start)))


_FAR_APART = 366
"""Days between two reports' publication dates beyond which their figures outside links are not compared: one
story's reports run a few months on the twenty corpus dossiers (a trial's arrest and verdict nine months apart)."""


class _Referents:
    """Who and what each figure is about, from the analysis' entity mentions.

    The people of its sentence, and the named thing it is measured from or
    for: the first name just after it, else the last just before it (``14
    miles north of *Millbrook*``, ``170,000 people in *Aceh*``), not a name inside another figure.
    """

    _NEAR = 50  # characters either side of the figure, inside its sentence

    def __init__(self, analysis: Analysis, sentences: dict[str, tuple[Sentence, ...]],
                 figures: dict[str, tuple[Figure, ...]]):
        self.mentions: dict[str, list[tuple[int, int, str, bool]]] = defaultdict(list)
        for entity in analysis.entities:
            for span in entity.mentions:
                self.mentions[span.article].append((span.start, span.end, entity.id, entity.type == "person"))
        for rows in self.mentions.values():
            rows.sort()
        self.starts = {article: [row[0] for row in rows] for article, rows in self.mentions.items()}
        self.sentences = {article: [(s.start, s.end) for s in rows] for article, rows in sentences.items()}
        self.known: dict[Span, tuple[frozenset[str], str | None]] = {}
        self.read: dict[Span, tuple[str | None, bool, bool, bool]] = {}
        self.clauses: dict[tuple[str, int, int, int], tuple[bool, bool]] = {}
        self.bodies = {article.id: article.body for article in analysis.dossier.articles}
        self.published = {article.id: article.published for article in analysis.dossier.articles}
        self.days = {article.id: day.toordinal() if (day := published_date(article)) else None for article in analysis.dossier.articles}
        self.ends = {article: sorted(f.span.end for f in found) for article, found in figures.items()}
        self.spans = {article: sorted((f.span.start, f.span.end) for f in found) for article, found in figures.items()}

    def of(self, figure: Figure) -> tuple[frozenset[str], str | None]:
        """``(people in the sentence, the named thing next to the figure)``."""
        if figure.span in self.known:
            return self.known[figure.span]
        article, start, end = figure.span.article, figure.span.start, figure.span.end
        lo, hi = _enclosing(self.sentences.get(article, ()), start) or (start, end)
        rows = self.mentions.get(article, [])
        people, after, before, before_at = set(), None, None, 0
        spans = self.spans.get(article, [])
        for m_start, m_end, entity, person in rows[bisect_left(self.starts.get(article, []), lo):]:
            if m_start >= hi:
                break
            if not person and not start <= m_start < end and (inside := _enclosing(spans, m_start)) and m_end <= inside[1]:
                continue  # the model of another count's thing ("13 MX-12 rifles, 29 crates"), not this one's
            if person:
                people.add(entity)
            elif end <= m_start < end + self._NEAR and after is None:
                after = entity
            elif start - self._NEAR < m_end <= start:
                before, before_at = entity, m_start
        if before is not None and self._follows_figure(article, before_at):
            before = None
        self.known[figure.span] = found = (frozenset(people), after or before)
        return found

    def _follows_figure(self, article: str, position: int) -> bool:
        """Is the name at ``position`` what a figure just before it is measured from (``14 miles east
        of *Alderton* and came from a depth of 1.3 miles``), rather than what the next figure is about?"""
        ends = self.ends.get(article, [])
        at = bisect_right(ends, position) - 1
        return at >= 0 and position - ends[at] < self._NEAR and _MEASURED_FROM.fullmatch(
            self.bodies[article], ends[at], position) is not None

    def named(self, a: Figure, b: Figure) -> bool:
        """Does either figure have a named thing next to it?"""
        return self.of(a)[1] is not None or self.of(b)[1] is not None

    def same_thing(self, a: Figure, b: Figure) -> bool:
        """Is the same named thing next to both figures (``miles north of Santa Lucerna`` in both)?"""
        return self.of(a)[1] is not None and self.of(a)[1] == self.of(b)[1]

    def same_day(self, a: Figure, b: Figure) -> bool:
        """Were the reports of ``a`` and ``b`` published the same (known) day?"""
        day = self.published[a.span.article]
        return day is not None and day == self.published[b.span.article]

    def apart(self, a: Figure, b: Figure) -> bool:
        """Do the two figures name different referents (each names one, and they differ), or is one a
        running total (``a total of 14 rifles ... so far``) and the other not, or do they count people to whom
        different things happened (``five were killed``, ``20 were injured``)?"""
        (people_a, near_a), (people_b, near_b) = self.of(a), self.of(b)
        (worth_a, *said_a, outcome_a), (worth_b, *said_b, outcome_b) = self.said(a), self.said(b)
        return bool(people_a and people_b and not people_a & people_b) or bool(
            near_a and near_b and near_a != near_b) or bool(worth_a and worth_b and worth_a != worth_b) \
            or bool(outcome_a and outcome_b and outcome_a != outcome_b) \
            or said_a != said_b or a.kind == "age" and not self.same_person(a, b)

    def change(self, figure: Figure) -> bool:
        """Is the figure how much something changed (``rose 2 percent``, ``fell by $3 million``, ``up 300``), not the
        level it reached (``rose to 7 percent``, ``7 percent``)? A change and a level measure two things."""
        return figure.kind in _CHANGING and _CHANGE_BEFORE.search(
            self.bodies[figure.span.article], max(0, figure.span.start - 30), figure.span.start) is not None

    def period(self, figure: Figure) -> str | None:
        """The part of a year the figure's own words give it (``fell 5% in the first quarter``, ``second-half
        sales``): figures of two such periods measure two things."""
        article, start, end = figure.span.article, figure.span.start, figure.span.end
        lo, hi = _enclosing(self.sentences.get(article, ()), start) or (start, end)
        found = _PERIOD.search(self.bodies[article], max(lo, start - _CLAUSE_REACH), min(hi, end + _CLAUSE_REACH))
        return " ".join(w.casefold() for w in found.groups()) if found else None

    def said(self, figure: Figure) -> tuple[str | None, bool, bool, bool, bool, str | None, str | None]:
        """What the words around a figure say it is: the value of what (:meth:`worth_of`), a running total, a
        possibility (``may receive up to 40 years``, ``faces five years if convicted``: a possibility and a fact
        measure two things; :meth:`_clause`), a rate (:meth:`rate`), a change (:meth:`change`), a part of a year
        (:meth:`period`), what happened to those counted
        (:meth:`outcome`). Kept: a figure is weighed against every figure it may be compared with."""
        if (found := self.read.get(figure.span)) is None:
            found = self.read[figure.span] = (self.worth_of(figure), *self._clause(figure), self.rate(figure),
                                              self.change(figure), self.period(figure), self.outcome(figure))
        return found

    def outcome(self, figure: Figure) -> str | None:
        """What happened to the people or things a count counts (:data:`OUTCOMES`), as the verb right before it
        says (``killed five people``, ``injuring 20``: the count its object; not ``the storm that killed five
        people injured 20``'s ``injured``, nor ``arrested 12 people injured in the clashes``'s) or else the words
        right after it (``five people were killed``, ``20 people injured``, ``left five dead``); ``None`` when
        neither says."""
        if figure.kind != "count":
            return None
        body = self.bodies[figure.span.article]
        after = _OUTCOME_AFTER.match(body, figure.span.end)
        before = _OUTCOME_BEFORE.search(body, max(0, figure.span.start - 30), figure.span.start)
        return next((_OUTCOME_OF[w.casefold()] for w in (before and before.group(1), after and after.group(1))
                     if w and w.casefold() in _OUTCOME_OF), None)

    def _clause(self, figure: Figure) -> tuple[bool, bool]:
        """Whether the figure's sentence makes it a running total (:data:`RUNNING_TOTAL`) and a possibility (:data:`_POSSIBLE`
        up to its end, :data:`_IF_CONVICTED`, or a plan, :data:`_PLANNED`, right before it). The patterns read the sentence
        and, before it, only whether a word goes on there (``\\b``): so this is read once per text of the sentence and the
        figure's place in it, a sentence
        copied into hundreds of reports read alike in each, with a space or a letter standing for what comes before."""
        article, start, end = figure.span.article, figure.span.start, figure.span.end
        lo, hi = _enclosing(self.sentences.get(article, ()), start) or (start, start)
        body = self.bodies[article]
        key = (body[lo : max(hi, end)], lo > 0 and (body[lo - 1].isalnum() or body[lo - 1] == "_"), hi - lo, end - lo,
               start - lo, figure.kind in _CHANGING)
        if (found := self.clauses.get(key)) is None:
            text = ("a" if key[1] else " ") + key[0]
            found = self.clauses[key] = (
                RUNNING_TOTAL.search(text, 1, key[2] + 1) is not None,
                _POSSIBLE.search(text, 1, key[3] + 1) is not None or _IF_CONVICTED.search(text, 1, key[2] + 1) is not None
                or figure.kind in _CHANGING and _PLANNED.search(text, 1, max(1, key[4] + 1)) is not None,
            )
        return found

    def whose(self, figure: Figure) -> str | None:
        """The person an age is of, named right next to it: after it (``27-year-old Jane Roe``, ``a 27-year-old
        nurse Jane Roe``; not ``the 27-year-old son of Jane Roe``), else before it and a comma (``Jane Roe,
        27-year-old``, ``Jane Roe, aged 27``). An age beside no name (``a 27-year-old man``) is of no one this can
        tell. One in a sentence that may set another time (:meth:`another_time`) is the person's, but may be of then:
        it agrees, never conflicts (:func:`_judge`)."""
        article, start, end = figure.span.article, figure.span.start, figure.span.end
        lo, hi = _enclosing(self.sentences.get(article, ()), start) or (start, end)
        body = self.bodies[article]
        starts, reach = self.starts.get(article, []), min(hi, end + self._NEAR)
        people = [(m_start, m_end, entity) for m_start, m_end, entity, person
                  in self.mentions.get(article, [])[bisect_left(starts, lo):bisect_left(starts, reach)] if person]
        after = next(((m_start, entity) for m_start, _, entity in people if m_start >= end), None)
        if after and (between := _AGE_THEN_NAME.fullmatch(body, end, after[0])) and _the_aged(between.group().lower().split()):
            return after[1]
        before = [entity for _, m_end, entity in people if m_end <= start and _NAME_THEN_AGE.fullmatch(body, m_end, start)]
        return before[-1] if before else None

    def another_time(self, figure: Figure) -> bool:
        """Does the figure's sentence have a clause that may set another time than the reports' (``met 19-year-old
        Jane Roe when she moved to town``)? Then an age in it may be of that time."""
        article, start = figure.span.article, figure.span.start
        lo, hi = _enclosing(self.sentences.get(article, ()), start) or (start, figure.span.end)
        return _ANOTHER_TIME.search(self.bodies[article], lo, hi) is not None

    def same_person(self, a: Figure, b: Figure) -> bool:
        """Are two ages of one person, named next to both?"""
        return (who := self.whose(a)) is not None and who == self.whose(b)

    def far_apart(self, a: Figure, b: Figure) -> bool:
        """Were the reports of ``a`` and ``b`` published more than a year apart (both dates known)? Then figures
        outside links are not compared: a report of an earlier event in the same place, naming the same people,
        shares their words (a fire chief's count of firefighters at a flood five years before a fire)."""
        first, second = self.days[a.span.article], self.days[b.span.article]
        return first is not None and second is not None and abs(first - second) > _FAR_APART

    def years_between(self, a: Figure, b: Figure) -> float | None:
        """How many years apart the reports of ``a`` and ``b`` were published, when both dates are known."""
        days = [self.published[f.span.article] for f in (a, b)]
        try:
            first, second = (date.fromisoformat(day) for day in days)
        except (TypeError, ValueError):
            return None
        return abs((first - second).days) / 365.25

    def measured(self, figure: Figure) -> str | None:
        """:func:`noun_of` the figure in its report."""
        return noun_of(self.bodies[figure.span.article], figure)

    def worth_of(self, figure: Figure) -> str | None:
        """What an amount of money is the value of: ``goods`` in ``$30 billion of U.S. goods``, ``log``
        in ``($6.1 billion) of the logs it ships``."""
        if figure.kind != "money":
            return None
        found = _WORTH_OF.match(self.bodies[figure.span.article], figure.span.end)
        if found is None:
            return None
        words = []
        for word in found.group(1).split():
            if normalise(word) in _NOT_UNITS:
                break
            words.append(word)
        return next((_singular(w) for w in words if _plural(w)), _singular(words[-1]) if words else None)

    def rate(self, figure: Figure) -> bool:
        """Is the figure a rate (``120 miles per hour``, ``300 barrels a day``), not an amount (``30 miles``)?"""
        return figure.kind != "date" and _PER.match(self.bodies[figure.span.article], figure.span.end) is not None

