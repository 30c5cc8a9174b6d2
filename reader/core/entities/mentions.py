"""Mentions of named entities in each article, before clustering.

A name is a run of capitalised words (``of``, ``for``, ``and``, ``de`` may
join them after a head word such as ``Ministry``), an acronym, or a word with
inner capitals or digits (``L3Harris``, ``TB2``); a model number may end it
(``Leopard 2``). Whether a capitalised word is a name is judged from the
whole dossier, with no model: a sentence-initial ``Earlier`` is not one
because the word never appears capitalised mid-sentence, and ``Arms`` in a
Title Case headline is not one because the word also appears in lower case.

Titles are stripped (``Foreign Affairs Minister Marc Garneau`` names Marc
Garneau; the title alone names no one, unless it is an office one person
holds, ``the President``, which clustering gives its holder); honorifics stay in
the mention (``Mr. Garneau``). Demonyms (``Turkish``) are collected apart, for
their country, and are not mentions; a country's people (``the Russians``) are
mentions of the country. Each mention carries a comparison key (case,
spacing, hyphens, possessive, company suffix and gazetteer aliases folded)
and votes for its type from its shape and the words around it.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TypeVar

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from reader.core import vocabulary as gz
from reader.core.text.quotation_marks import quotation_bounds, quoted_in
from reader.core.model import Dossier, Sentence, Token
from reader.core.tokens import normalise

_CODE = re.compile(r"[A-Za-z]{1,4}-?\d+[A-Za-z]{0,2}|\d+[A-Za-z]{1,2}")
"""A model code: TB2, S-400, F-35, MX-15D."""
_HYPHEN = re.compile(r"[-\u2010\u2011]")
_MODEL_NUMBER = re.compile(r"\d{1,4}[A-Z]{0,2}\d{0,2}")
"""A number that may finish a product name: ``Leopard 2``, ``Boeing 737``, ``Leopard 2A6``."""
_PARTY_TAG = re.compile(r"[RDI]-[A-Z][a-z]{0,4}")
"""A party and state after a legislator's name (``R-Va.``, ``D-Md.``, ``R-S.C.``, ``R-Ohio``): no name."""
_HANDLE_ARTICLE = re.compile(r"The[A-Z][a-z]")
"""``@TheGuild``: a social handle opening with ``The`` glued to the name."""
_ROMAN = re.compile(r"(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})")
"""A Roman numeral of two letters or more, up to XXXIX (``XI``, ``IV``; not ``I``, ``X``)."""
_EXCLAIMED_NAME = re.compile(r"\b[A-Z][\w.'\u2019]*! $")  # "Yahoo! ", "Jeopardy! " before the rest of the name
_LETTER_NUMBER = re.compile(r"[A-Z]\d{1,2}")
_DECIMAL_AFTER = re.compile(r"\.(?:\d| \d(?!\d))")
"""A decimal fraction after a code: ``.5``, or ``. 5`` (one digit) where a copy cut the sentence inside it; not ``. 12``
nor ``. 2019``, a next sentence opening with a number."""
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
_NUMBER_PLURAL = re.compile(r"\d{2,3}(?:ers|ERS)")
"""A team named by a number (``88ers``, ``49ers``): a plural of people, as the name of a side."""
_AFTER_COMMA = re.compile(r",[ \t]*$")
_CLOSES_QUOTATION = re.compile(r"[,.!?]?[\"\u201d\u2019']")
_PART = re.compile(r"[^-\u2010\u2011]+")
_WORDLIKE = re.compile(r"[^\W\d_][\w'\u2019\-\u2010\u2011\u0300-\u036f\u200b-\u200d\u2060]*|(?:[A-Za-z]\.){2,}")
_POSSESSIVE = ("'s", "s'")
_Read = dict[str, tuple[tuple[Sentence, tuple[Token, ...]], ...]]
"""Each article's sentences with their tokens, taken apart once for the passes that read them all
(:attr:`Sentence.tokens` keeps only the last few thousand sentences' unpacked)."""
_DETERMINERS = gz.ARTICLES | gz.THIRD_PERSON_OWNERS
"""After one, title words joined by a hyphen are a title (``the Vice-President``), not a surname (``Dean-Major
said``); opening an apposition, they make it a description (``Ivanka Vireo, his daughter,``)."""
_APPOSITION_ENDS = frozenset("of in at for with from on to by".split())
"""Where the head of an apposition ends: ``Feldmann, a partner in the firm,`` is a partner, not a firm."""
_RELATIVE_OPENERS = gz.RELATIVES | {"where", "when"}
"""After the comma, these open a relative clause, no apposition (``Guam, where the major base is,``)."""
_CLOSING_QUOTES = frozenset({'"', "\u201d", "\u2019", "'"})
_CLAUSE_OPENERS = frozenset({":", "\u2014", "\u2013", "-"})
_OPENING_QUOTES = frozenset({'"', "\u201c", "\u2018"})
"""After these a capital may just open a clause: ``READ MORE: Turkey``, ``ROTTERDAM — Thousands``."""
GOVERNMENT_BODIES = {"ministry": "ministry", "department": "ministry", "embassy": "embassy", "consulate": "consulate"}
GOVERNMENT_FILLERS = frozenset({"of", "the", "for", "and", "affairs"})
_ORG_HEADS_AFTER_DEMONYM = frozenset({"embassy", "consulate", "ministry", "mission"})
_FOLDED_DEMONYMS = {normalise(k): v for k, v in gz.DEMONYMS.items()}
_FOLDED_COUNTRIES = {normalise(k): v for k, v in gz.COUNTRIES.items()}
_FOLDED_CAPITALS = {normalise(k): v for k, v in gz.CAPITALS.items()}
_FOLDED_PEOPLES = {normalise(k): v for k, v in gz.PEOPLES.items()}
_STATE_AFTER = re.compile(
    r",[ \t]+(?:(?:{dotted})|(?:{bare})(?=[ \t]*(?:[.,;:)\u2014\u2013-]|$)))".format(
        dotted="|".join(re.escape(a if a.endswith(".") else a + ".") for a in gz.US_STATES.values() if a),
        bare="|".join(sorted((re.escape(n) for n in (*gz.US_STATES, *filter(None, gz.US_STATES.values()))),
                             key=len, reverse=True)),
    )
)
"""``, Ark.``, ``, Arkansas,`` after a town: its state, written as part of the town's mention."""
_STATE_ABBREVIATED = frozenset(filter(None, gz.US_STATES.values()))
_LIST_GAP = re.compile(r"[ \t]*(?:,[ \t]*(?:(and|or|&)[ \t]+)?|(and|or|&)[ \t]+)(?:the[ \t]+)?")
"""What stands between two names of a list: a comma, a conjunction (group 1 or 2) or both."""
_STREET_HEADS = frozenset({"street", "avenue", "boulevard", "road"})
"""Last words of a street's name (``Brill Street``), which a house number may open (``12 Brill Street``)."""
_SHARED_HEADS = gz.GEO_HEADS | _STREET_HEADS
"""Heads a list of names may share in the plural (``Avalon and Brill counties``, ``Elm and Oak streets``); not a
building's (``Acme and Brill towers`` may be the firms')."""
_PLURAL_HEAD = re.compile(r"[ \t]+([a-z]+s)\b")
"""A lower-case plural right after a name (``Avalon and Brill counties``)."""
_ELIDED_PLACE = re.compile(
    r"[ \t]+(?:and|or|&)[ \t]+(?:{})[ \t]+([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)\b".format(
        "|".join(word.capitalize() for word in sorted(gz.DIRECTION_WORDS))))
"""After a compass word: ``and South Dakota``, the rest of a place it shares with the next compass word."""
_LIST_TAIL = re.compile(r",[ \t]*(?:and|or|&)[ \t]+[A-Z]")
"""``, and Sunhill`` after two names separated by a comma: the list goes on to a name."""
_TRADEMARKS = "\u00ae\u2122\u2120"  # (R), TM, SM
_NO_TRADEMARKS = str.maketrans("", "", _TRADEMARKS)
_NAME_CONTINUERS = frozenset({"and", "&", "of", "for", "'", "\u2019"})
_DOTTED = (gz.NON_TERMINAL_ABBREVIATIONS - {"no", "nos", "p", "pp", "vol", "fig"}) | {"inc", "ltd", "corp", "co"}
"""Abbreviations whose full stop belongs to the name piece (``Mr.``, ``Gen.``, ``Inc.``)."""


def _squash(words: list[str] | tuple[str, ...]) -> str:
    """The comparison key of a name: its words run together, dots dropped."""
    return "".join(words).replace(".", "")


def place_key(name: str) -> str:
    """The comparison key of a place name as the gazetteer writes it."""
    return _squash(normalise(name).split())


PLACE_KEYS = {place_key(name): canonical for name, canonical in gz.COUNTRIES.items()} | {
    place_key(capital): capital for capital in gz.CAPITALS
}
"""Key of every country, region and capital name (and alias) -> its canonical name."""
_PLACE_PAIRS = frozenset(
    tuple(words) for words in (normalise(name).split() for name in (*gz.COUNTRIES, *gz.CAPITALS, *gz.US_STATES))
    if len(words) == 2
)
"""The two words of every two-word country, region, capital or state name (``("north", "korea")``)."""
_ABBREVIATED_COUNTRIES = {
    key: name for key, name in PLACE_KEYS.items()
    if len(name.split()) >= 2 and key != place_key(name)
    and key.startswith("".join(w[0] for w in normalise(name).split()))
}
"""``US``, ``U.K.``, ``UAE``: a country's initials, which may open a longer name in place of the country's name."""
TITLE_KEY = "title:"
"""Key prefix of a title standing for its holder (``the President``), kept out of every name's key."""
WORK_KEY = "work:"
"""Key prefix of a work's title written in quotation marks (``the show "Rowan"``): no name of its namesake."""
STATE_KEYS = frozenset(place_key(state) for state in (*gz.US_STATES, *gz.PROVINCES))
"""Keys of the states of the United States and of the provinces and states of two other federations: places, though
no country's."""
CAPITAL_KEYS = {place_key(capital): country for capital, country in gz.CAPITALS.items()}
"""Key of a capital -> its country's canonical name."""


# --- pieces: the words a name is built from ------------------------------------


@dataclass(slots=True)
class _Piece:
    """A word (or part of a hyphenated word) of a sentence, classified (slotted: every token of the
    dossier makes one)."""

    start: int
    end: int
    text: str
    norm: str
    kind: str  # "name", "joiner" (of, and, de), "title" (Mr., Gen.), "other"
    alone: bool = False  # part of a hyphenated word: never joins its neighbours
    possessive: bool = False
    initial: bool = False  # opens the sentence (or a clause after a colon or dash)
    calendar: bool = False  # a month standing in a date ("in May", "May 5")
    work: bool = False  # the article opening a work's title ("his film The Long Road")


@dataclass
class _Vocabulary:
    """What the dossier says about each word: seen in lower case, capitalised mid-sentence."""

    lower: set[str] = field(default_factory=set)
    mid_caps: set[str] = field(default_factory=set)
    alone_caps: set[str] = field(default_factory=set)  # capitalised mid-sentence as a word of its own
    name_ends: set[str] = field(default_factory=set)  # capitalised mid-sentence with no capital after it
    lower_pairs: set[tuple[str, str]] = field(default_factory=set)  # two words written together in lower case
    month_names: set[str] = field(default_factory=set)  # months also written as a name ("Helen May")
    headlines: set[tuple[str, int]] = field(default_factory=set)  # (article, sentence index)
    quoted: set[tuple[str, int]] = field(default_factory=set)  # (article, start) of words inside quotation marks
    quoted_tokens: dict[tuple[str, int], tuple[int, ...]] = field(default_factory=dict)  # (article, sentence index)
    # -> the indices of its tokens inside quotation marks, for the sentences with any
    free_caps: set[str] = field(default_factory=set)  # capitalised outside quotation marks (and headlines), anywhere
    title_quotes: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # article -> quotations of a title
    plural_owners: set[str] = field(default_factory=set)  # "workers" of "Workers' Party": plurals owning a name
    single_names: set[str] = field(default_factory=set)  # capitalised mid-sentence, a whole name alone
    class_acronyms: set[str] = field(default_factory=set)  # acronyms also written as plurals ("ICBMs"): classes
    noun_capitals: set[str] = field(default_factory=set)  # articles in a language that capitalises its nouns
    capitalised: Counter = field(default_factory=Counter)  # word -> times written capitalised (outside headlines)
    joined_pairs: Counter = field(default_factory=Counter)  # ("procter", "gamble") -> times written as one word,
    # "and" or "&", one word, no other name word on either side and no list before
    one_thing_pairs: set[tuple[str, str]] = field(default_factory=set)  # those pairs also written as one thing's
    # name: with "&", or before a singular verb or a company's suffix
    alone: set[str] = field(default_factory=set)  # capitalised with no capitalised word or "and", "of"... beside it,
    # a sentence's first word too ("Microsoft said")
    name_runs: set[tuple[str, ...]] = field(default_factory=set)  # capitalised words (two or more, with their
    # joiners) written together inside a sentence: ("department", "of", "health")
    spelled: set[str] = field(default_factory=set)  # the initials of those runs' capitalised words: "who"


def _opens_clause(tokens: tuple[Token, ...], i: int, label_end: int) -> bool:
    """After a colon or a dash, or right inside an opening quote, a capital may just open a clause
    (``READ MORE: Turkey``, ``tweeted: "Well, ...``); so may the first word after a label in capitals
    that opens the line (``RIVERTON 88ERS Fired Tom O'Keefe, coach.``: ``label_end`` is where it ends)."""
    if i == 0:
        return False
    if i == label_end and i >= 2:
        return True
    before = tokens[i - 1]
    return before.text in _CLAUSE_OPENERS or before.text in _OPENING_QUOTES and before.end == tokens[i].start \
        or _opening_apostrophe(tokens, i)


def _opening_apostrophe(tokens: tuple[Token, ...], i: int) -> bool:
    """``he said, 'Thank you.'``: a straight single quote glued to the word after it, opening the sentence or
    written after a mark, opens a quoted sentence as a curly quote does; ``the Ellerys' House`` is a plural's
    possessive, and ``on 'Hannity'`` quotes a title after a word."""
    before = tokens[i - 1]
    return before.text == "'" and before.end == tokens[i].start \
        and (i == 1 or tokens[i - 2].end < before.start and not tokens[i - 2].is_word)


def _label_end(tokens: tuple[Token, ...]) -> int:
    """The index of the first token after the words in capitals that open the line."""
    return next((i for i, t in enumerate(tokens) if not (t.text.isupper() and len(t.text) > 1)), len(tokens))


def _first_word(tokens: tuple[Token, ...]) -> int:
    return next((i for i, t in enumerate(tokens) if t.is_word), len(tokens))


def _is_headline(tokens: tuple[Token, ...], lower: set[str]) -> bool:
    """Title Case: nearly every content word capitalised, common words among them.

    The second condition keeps a sentence dense with names (``Ukrainian
    President Volodymyr Zelenskiy thanked Halvorsen``) from counting as a headline.
    """
    if not tokens or tokens[-1].text == ".":
        return False  # most sentences: told by their last mark, before any word is read
    words = [t for t in tokens if t.text[:1].isalpha() and t.norm not in gz.FUNCTION_WORDS]
    capitalised = [t for t in words if t.text[0].isupper()]
    if len(words) < 4 or len(capitalised) < 0.85 * len(words):
        return False
    return sum(t.norm in lower for t in capitalised) >= 2


def _learn(sentences: _Read, quoted: set[tuple[str, int]], quoted_tokens: dict[tuple[str, int], tuple[int, ...]]
           ) -> _Vocabulary:
    """Two passes over the dossier: words seen in lower case; then headlines, words capitalised mid-sentence
    (outside quotations) and plurals owning a name (``Workers' Party``)."""
    vocab = _Vocabulary(quoted=quoted, quoted_tokens=quoted_tokens)
    vocab.noun_capitals = {article for article, article_sentences in sentences.items()
                           if _capitalises_nouns(article_sentences)}
    everything = [read for article_sentences in sentences.values() for read in article_sentences]
    addresses: set[str] = set()
    for tokens in {sentence.text: tokens for sentence, tokens in everything}.values():  # a copy adds nothing
        lower = [t.norm if t.text.islower() else None for t in tokens]  # told once for the words and their pairs
        vocab.lower.update(norm for norm in lower if norm is not None)
        vocab.class_acronyms.update(t.norm[:-1] for t in tokens if t.text.endswith("s") and _PLURAL_ACRONYM.fullmatch(t.text))
        vocab.lower_pairs.update(pair for pair in zip(lower, lower[1:]) if None not in pair)
        if not _DOMAINS.isdisjoint(t.norm for t in tokens):
            addresses.update(tokens[i].norm for i in range(len(tokens)) if _in_domain(tokens, i))
    vocab.lower -= addresses  # "kr. com" is no lower-case use of "KR"
    headlines: dict[str, bool] = {}
    learnt: set[tuple[str, tuple[int, ...]]] = set()  # a copy with the same words quoted adds nothing
    for sentence, tokens in everything:
        headline = headlines.get(sentence.text)
        if headline is None:
            headline = headlines[sentence.text] = _is_headline(tokens, vocab.lower)
        if headline:
            vocab.headlines.add((sentence.article, sentence.index))
            continue
        copy = (sentence.text, _quoted_tokens(sentence, vocab))
        if copy in learnt:
            continue
        learnt.add(copy)
        first, label_end = _first_word(tokens), _label_end(tokens)
        caps = [t.text[:1].isupper() for t in tokens]
        _count_joined_pairs(tokens, caps, vocab)
        for run in _name_runs(tokens, caps, first):
            vocab.name_runs.add(run)
            vocab.spelled.add("".join(w[0] for w in run if w not in gz.NAME_PARTICLES))
        for i, token in enumerate(tokens):
            text = token.text
            if text in ("'", "\u2019") and _inside_name(tokens, i):
                vocab.plural_owners.add(tokens[i - 1].norm)
            if not (text[:1].isupper() or _particled_surname(text)) or (sentence.article, token.start) in vocab.quoted:
                continue
            vocab.free_caps.update(_word_parts(token.norm))
            if i != first and not _opens_clause(tokens, i, label_end):
                norm = _unowned(token.norm)
                vocab.mid_caps.add(norm)
                vocab.mid_caps.update(_HYPHEN.split(norm))
                if not _HYPHEN.search(norm):
                    vocab.alone_caps.add(norm)
                if i + 1 == len(tokens) or not tokens[i + 1].text[:1].isupper():
                    vocab.name_ends.add(norm)
                    if not tokens[i - 1].text[:1].isupper() and (i + 1 == len(tokens) or tokens[i + 1].norm
                                                                  not in _NAME_CONTINUERS):
                        vocab.single_names.add(norm)
                if _is_surname_month(tokens, i):
                    vocab.month_names.add(norm)
    return vocab


def _count_joined_pairs(tokens: tuple[Token, ...], caps: list[bool], vocab: _Vocabulary) -> None:
    """Count the capitalised words of a sentence, note those standing alone (its first word too, unlike
    ``single_names``), and count its pairs ``Word and Word`` (or ``&``) that stand alone: no capitalised word on
    either side but a company's suffix, no comma before (``Smith, Jones and Brown`` is a list); note the pairs
    written as one thing's name (``Procter & Gamble``, ``Procter and Gamble Co.``, a subject before a singular verb:
    ``Procter and Gamble is``); ``caps`` tells which tokens are capitalised."""
    def capital(k: int) -> bool:
        return 0 <= k < len(caps) and caps[k]

    for i in [k for k, capitalised in enumerate(caps) if capitalised]:
        token = tokens[i]
        vocab.capitalised[_unowned(token.norm)] += 1
        if not capital(i - 1) and not capital(i + 1) and (i + 1 == len(tokens)
                                                          or tokens[i + 1].norm not in _NAME_CONTINUERS):
            vocab.alone.add(_unowned(token.norm))
        if i + 2 >= len(tokens) or tokens[i + 1].norm not in ("and", "&") or not capital(i + 2) or capital(i - 1) \
                or i and tokens[i - 1].text == ",":
            continue
        after = tokens[i + 3].norm if i + 3 < len(tokens) else ""
        suffix = capital(i + 3) and after.rstrip(".") in gz.ORG_SUFFIXES
        if capital(i + 3) and not suffix:
            continue
        pair = token.norm, _unowned(tokens[i + 2].norm)
        vocab.joined_pairs[pair] += 1
        subject = not i or not tokens[i - 1].is_word  # "Procter and Gamble is", not "a deal with X and Y was"
        if tokens[i + 1].text == "&" or suffix or subject and after in gz.SINGULAR_VERBS:
            vocab.one_thing_pairs.add(pair)


def _name_runs(tokens: tuple[Token, ...], caps: list[bool], first: int) -> Iterable[tuple[str, ...]]:
    """The runs of two or more capitalised words inside a sentence (not its first word), with the lower-case
    particles between them (``Department of Health and Human Services``); ``caps`` tells which tokens are
    capitalised."""
    i = first + 1
    while i < len(tokens):
        if not caps[i]:
            i += 1
            continue
        end = i + 1
        while end < len(tokens) and (caps[end] or tokens[end].norm in gz.NAME_PARTICLES
                                     and end + 1 < len(tokens) and caps[end + 1]):
            end += 1
        if sum(caps[i:end]) >= 2:
            yield tuple(t.norm for t in tokens[i:end])
        i = end


def _unowned(norm: str) -> str:
    """``gamble's`` is ``gamble``."""
    return norm[:-2] if norm.endswith(_POSSESSIVE) else norm


def _particled_surname(text: str) -> bool:
    """``al-Haddadi``, ``el-Amin``: a family name behind a lower-case particle and a hyphen is written as a
    capitalised word is, so that ``Al-Haddadi`` opening a sentence and a bare ``Haddadi`` read as its name."""
    particle, hyphen, rest = text.partition("-")
    return bool(hyphen) and particle in gz.SURNAME_PARTICLES and rest[:1].isupper()


def _quoted_tokens(sentence: Sentence, vocab: _Vocabulary) -> tuple[int, ...]:
    """The indices of the sentence's tokens inside quotation marks (:func:`_quoted_words`)."""
    return vocab.quoted_tokens.get((sentence.article, sentence.index), ())


def _capitalises_nouns(sentences: tuple[tuple[Sentence, tuple[Token, ...]], ...]) -> bool:
    """Is the article written in German, where every noun is capitalised? Told, as the story judge tells a report's
    language, by the share of its first words among the language's 100 most common ones (wordfreq): German pages
    score 0.09 to 0.45 there and 0.01 to 0.08 in English; English reports 0.33 and up in English."""
    norms = list(itertools.islice((t.norm for _, tokens in sentences for t in tokens if t.norm[:1].isalpha()),
                                  gz.LANGUAGE_SAMPLE))
    if not norms:
        return False
    english = gz.common_share("en", norms)
    if english >= gz.ENGLISH_SHARE:  # most dossiers: the German list stays unloaded
        return False
    german = gz.common_share("de", norms)
    return german >= gz.LANGUAGE_SHARE and german > english



def _german_genitives(pieces: list[_Piece]) -> None:
    """``Rina Aldens Motto``: German writes a person's genitive as a bare ``-s`` on the name before the noun
    it owns; the name is ``Rina Alden``. Only on the last of two name words, before a capitalised common word,
    and not on a short name that may end in ``s`` itself (``Haas``)."""
    for before, piece, following in zip(pieces, pieces[1:], pieces[2:]):
        if before.kind == piece.kind == "name" and following.kind == "other" and following.text[:1].isupper() \
                and len(piece.text) > 5 and piece.text.endswith("s") and piece.text[-2] not in "sxz" \
                and piece.text[1:].islower() and not piece.possessive and not is_place_word(piece.norm):
            piece.text, piece.norm, piece.end, piece.possessive = piece.text[:-1], piece.norm[:-1], piece.end - 1, True


def _after_genitive_article(pieces: list[_Piece], i: int) -> bool:
    """Does a genitive article or determiner (``des``, ``eines``, ``seines``) stand before the word, perhaps with
    one adjective between (``des neuen Kommentars``)? German common nouns take one in the genitive; names do not
    (``Schröders Regierung``, ``der Gewinn Lufthansas``), so only there may an ``-s`` be a case ending."""
    before = [p.norm for p in pieces[max(0, i - 2):i]]
    return bool(before) and (before[-1] in _GENITIVE_ARTICLES or len(before) == 2 and before[0] in _GENITIVE_ARTICLES
                             and pieces[i - 1].text.islower() and before[1].endswith("en"))


_GENITIVE_ARTICLES = frozenset("des eines keines meines deines seines ihres unseres eures dieses jenes jedes "
                               "welches manches".split())


@lru_cache(maxsize=1 << 14)
def _german_common_noun(written: str, *, genitive: bool = False) -> bool:
    """Is this capitalised word of a German article (or the last part of a hyphenated one: ``E-Mail-Adresse``) a
    common word rather than a name? Frequent in German (Zipf 3.3 or more) and either much rarer in English, where a
    name keeps about its frequency (``Familie``, ``Kontakt``; not ``Berlin``, ``Merkel``: within 1.5), or an English
    noun too (``Internet``, ``System``). So is a noun with a case ending, which the word lists count in its plain form
    most: a dative plural's ``-n`` after ``-er``/``-el`` (``Followern``), and, after a genitive article
    (``genitive``), a genitive's ``-s``/``-es`` on a stem of six letters or more that is a word of German, not of
    English (``des Kommentars``, ``des Staates``; not ``Thomas``, a name ending in ``s``, nor ``Networks``, an
    English plural, nor a word common in English whole: ``Reuters``)."""
    word = _HYPHEN.split(written)[-1].casefold()
    if len(word) >= 9 and word.endswith(_GERMAN_NOUN_ENDINGS):
        return True  # "Datenschutzerklärung", "Nutzungsbedingungen": a compound too rare to count, a noun's ending
    if _common_in_german(word, english_nouns=True):
        return True
    if word.endswith(("ern", "eln")) and len(word) >= 6:
        return _common_in_german(word[:-1], english_nouns=True)
    if not (genitive and word.endswith("s") and word[-2] not in "sxz" and len(word) >= 7) or _common_in_english(word):
        return False
    stems = (word[:-1], word[:-2]) if word.endswith("es") else (word[:-1],)
    return any(_common_in_german(stem, english_nouns=False) for stem in stems)


def _common_in_english(word: str) -> bool:
    """A word an English text writes often (``Reuters``): no German genitive, whatever its stem."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en", wordlist="small") >= 3.0


def _common_in_german(word: str, *, english_nouns: bool) -> bool:
    """Frequent in German and much rarer in English, or (``english_nouns``) an English noun too."""
    from wordfreq import zipf_frequency  # loads its word lists once, on first use

    german = zipf_frequency(word, "de", wordlist="small")
    return german >= 3.3 and (zipf_frequency(word, "en", wordlist="small") < german - 1.5
                              or english_nouns and noun(word))


_GERMAN_NOUN_ENDINGS = ("ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "ismus", "tät")


def _quoted_words(dossier: Dossier, sentences: _Read
                  ) -> tuple[set[tuple[str, int]], dict[tuple[str, int], tuple[int, ...]]]:
    """``(article, start)`` of every word inside quotation marks: a quoted post may capitalise words
    as its writer pleases (``halt all Missile Launches``); and by sentence ``(article, index)``, the indices of
    its words inside them (the sentences with any). A sentence no quotation reaches is passed over whole."""
    quoted: set[tuple[str, int]] = set()
    by_sentence: dict[tuple[str, int], tuple[int, ...]] = {}
    for article in dossier.articles:
        bounds = quotation_bounds(article)
        if not bounds:
            continue
        opens = [start for start, _ in bounds]
        inside = quoted_in(article)
        for sentence, tokens in sentences.get(article.id, ()):
            at = bisect_right(opens, sentence.start) - 1  # the quotation open where the sentence starts, if any
            if bisect_left(opens, sentence.end) == at + 1 and (at < 0 or bounds[at][1] <= sentence.start):
                continue  # none opens inside the sentence, and the one open before it closed before it
            found = tuple(i for i, token in enumerate(tokens) if inside(token.start, token.end))
            if found:
                by_sentence[(article.id, sentence.index)] = found
                quoted.update((article.id, tokens[i].start) for i in found)
    return quoted, by_sentence


_DOMAINS = frozenset("com org net gov edu co".split())
_MODEL_YEAR = re.compile(r"(?:19|20)\d\d")
_OWNERS_AND_ARTICLES = gz.ARTICLES_AND_OWNERS - {"the"}


def _in_domain(tokens: tuple[Token, ...], i: int) -> bool:
    """Is this word the name part of a web address (``kr. com``)? Lower case there says nothing of the name."""
    return i + 2 < len(tokens) and tokens[i + 1].text == "." and tokens[i + 2].norm in _DOMAINS


def _names_a_site(tokens: tuple[Token, ...], i: int) -> bool:
    """``Acme.com``, ``Acme-Corp. com``, ``www. Acme. co. uk``: a word with a full stop glued to it and a domain
    in lower case after it (spaced or not: no sentence opens in lower case) names a website, not the firm; not
    before a company's suffix, which makes it the firm's name (``Acme.com Inc.``)."""
    return _in_domain(tokens, i) and tokens[i].end == tokens[i + 1].start and tokens[i + 2].text.islower() \
        and not (i + 3 < len(tokens) and tokens[i + 3].text[:1].isupper()
                 and tokens[i + 3].norm.rstrip(".") in gz.ORG_SUFFIXES)


def _placeholder(tokens: tuple[Token, ...], i: int) -> bool:
    """``%%MDASH%%``: a word with a percent sign glued to it is a placeholder a page's markup left for a mark, no
    name (a percentage's sign follows a number, never a capitalised word)."""
    before = tokens[i - 1] if i else None
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return before is not None and before.text == "%" and before.end == tokens[i].start \
        or after is not None and after.text == "%" and after.start == tokens[i].end


def _letter_pair(tokens: tuple[Token, ...], i: int) -> bool:
    """``A/E``, ``P/E``: two single letters glued by a slash abbreviate a pair of common words (a trade, a ratio); the
    letter after the slash is no name (``AC/DC``, whose parts are longer, is left to the other rules)."""
    def letter(k: int) -> bool:
        return 0 <= k < len(tokens) and len(tokens[k].text) == 1 and tokens[k].text.isalpha()

    def slash(k: int) -> bool:
        return 0 < k < len(tokens) - 1 and tokens[k].text == "/" and tokens[k - 1].end == tokens[k].start \
            and tokens[k].end == tokens[k + 1].start

    return letter(i) and (slash(i - 1) and letter(i - 2) or slash(i + 1) and letter(i + 2))


def _is_surname_month(tokens: tuple[Token, ...], i: int) -> bool:
    """A month written right after a given name or an honorific, no number after it: ``Helen May said``."""
    if tokens[i].norm not in gz.MONTH_NAMES or i == 0:
        return False
    before = tokens[i - 1]
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if after is not None and (after.text[:1].isdigit() or after.norm in gz.MONTH_FOLLOWERS):
        return False
    named = before.text[:1].isupper() and before.text.isalpha() and before.norm not in gz.CALENDAR_WORDS \
        and before.norm not in gz.FUNCTION_WORDS
    return named or before.norm.rstrip(".") in gz.HONORIFICS


def is_place_word(norm: str) -> bool:
    return norm in _FOLDED_COUNTRIES or norm in _FOLDED_DEMONYMS or norm in _FOLDED_CAPITALS


def _plain_piece(token: Token) -> _Piece:
    """A lower-case word or a mark: a particle that may join a name (``of``, ``de``), or no word of one."""
    return _Piece(token.start, token.end, token.text, token.norm, "joiner" if token.norm in gz.NAME_PARTICLES else "other")


def _word_pieces(token: Token, next_token: Token | None, previous: Token | None) -> list[_Piece]:
    """One token as pieces: a possessive dropped, "Mr." with its stop, hyphenated parts split when needed.

    A hyphenated word stays whole when its parts are capitalised (``Nagorno-Karabakh``,
    ``MX-15D``, ``al-Hakim``) unless they are all places or demonyms
    (``Armenian-Canadian``); when only short particles stand between
    capitalised ends (``Villa-la-Roche``); after a capitalised word, when
    short lower-case syllables end a given name (``Ri Chol-han``, ``Jang
    Seo-jin``, but not ``Nixon-era``); inside a name or after an owner
    (``your Obu-wan Quennic``), before a name word, when a short lower-case
    word ends it (``of Former-day Pilgrims``, not a sentence's ``Pre-war
    Berlin``); and when syllables that are no English word end it
    (``Torvang-ri``). Otherwise each capitalised part stands alone (``Canada-based``, ``made-in-Canada``).
    """
    text, start, norm = token.text, token.start, token.norm
    hyphenated = _HYPHEN.search(text) is not None
    if text[:1].isdigit():  # the shapes below each open with a digit: most words need not be matched against them
        if _MODEL_NUMBER.fullmatch(text):
            return [_Piece(start, token.end, text, norm, "number")]
        if _ORDINAL.fullmatch(text) and next_token is not None and next_token.text[:1].isupper() \
                and _HYPHEN.split(next_token.norm)[0] in gz.ORDINAL_NAMED:
            return [_Piece(start, token.end, text, norm, "name")]  # "117th Street", "82nd Airborne Division",
            # "101st Avenue-where" (a dash written as a hyphen)
        if _NUMBER_PLURAL.fullmatch(text):
            return [_Piece(start, token.end, text, norm, "name")]
    if not text[:1].isupper() and not hyphenated:  # the common case: a lower-case word or a mark
        return [_plain_piece(token)]
    if hyphenated and (prefix := _HYPHEN.split(text, maxsplit=1))[0].lower() in _TIME_PREFIXES:
        rest, title = prefix[1], normalise(prefix[1])
        if rest[:1].isupper() and (prefix[0].islower() or prefix[0].lower() == "then"
                                   or _unowned(title) in _TITLE_OPENERS):
            # "then-Acting Attorney General Ada Varga", "Then-FBI Director": what follows reads as if "then" stood
            # apart (a title then opens the name); "Ex-Im Bank" keeps its "Ex"
            time = Token(start, start + len(prefix[0]), prefix[0], prefix[0].lower())
            after = Token(time.end + 1, token.end, rest, normalise(rest))
            return [_plain_piece(time), *_word_pieces(after, next_token, time._replace(text=time.norm))]
    possessive = (text[:1].isupper() or hyphenated and normalise(_HYPHEN.split(text)[0]) in gz.NAME_PARTICLES) \
        and len(text) > 2 and norm.endswith(_POSSESSIVE)  # "Ada Varga's", "al-Rahim's"
    if possessive and text[:-2].isupper() and _counts(previous):
        return [_Piece(start, token.end, token.text, token.norm, "other")]  # "183 CD's": a plural after its count
    if possessive:
        text, norm = text[:-2], norm[:-2]
    initials = previous is not None and previous.text.islower() and next_token is not None \
        and next_token.text[:1].isupper() and next_token.text[1:].islower()  # "church elder JD Roundy": no degree
    if not _WORDLIKE.fullmatch(text) or _is_post_nominal(text) and not initials:
        return [_Piece(start, start + len(text), text, norm, "other")]
    if len(text) == 1 and text.isupper() and next_token is not None and next_token.text == "." \
            and next_token.start == token.end:  # a middle initial: "Walter J. Brannock"
        return [_Piece(start, next_token.end, text + ".", norm, "name")]
    if norm in _DOTTED and next_token is not None and next_token.text == "." and next_token.start == token.end:
        named = norm in gz.ORG_SUFFIXES or norm in gz.PLACE_OPENERS \
            or norm in gz.GENERATIONS and previous is not None and previous.text[:1].isupper()  # "Acme Inc.", "St.
        # Aubin", "Mt. Ellery", "Ada Varga Jr.": the generation ends the name
        return [_Piece(start, next_token.end, text + ".", norm, "name" if named else "title")]
    if norm in gz.ABBREVIATED_TITLES and text.isupper() and previous is not None \
            and previous.norm not in gz.FUNCTION_WORDS \
            and (previous.text[:1].isupper() or previous.norm in gz.TITLE_WORDS
                 or previous.norm in gz.TITLE_QUALIFIERS):
        return [_Piece(start, token.end, text, norm, "title")]  # "Navy PRO", "chief PRO": a job, no word of a name
    if norm in gz.FATHER_AND_SON and _after_name(previous):
        return [_Piece(start, token.end, text, norm, "name", possessive=possessive)]  # "Ada Varga Jr": the generation
        # ends the name, written without its full stop as "Ada Varga Jr." is with it
    if norm in gz.HONORIFICS and not possessive:  # British style: "Mr Garneau"
        return [_Piece(start, token.end, text, norm, "title")]
    if (norm in gz.SHIP_PREFIXES and text.isupper() or norm in gz.VESSEL_NOUNS and not possessive) \
            and next_token is not None and next_token.text[:1].isupper() and next_token.norm not in gz.FUNCTION_WORDS:
        return [_Piece(start, token.end, text, norm, "title")]  # "INS Sunayana": the ship is what follows
    if previous is not None and previous.text == "@" and previous.end == start and _HANDLE_ARTICLE.match(text):
        return [_Piece(start + 3, start + len(text), text[3:], norm[3:], "name", possessive=possessive)]  # "@TheGuild"
        # is the Guild's handle: the article glued to its front is no word of the name
    if not hyphenated:
        return [_Piece(start, start + len(text), text, norm, "name", possessive=possessive)]
    parts = [(m.start(), m.end()) for m in _PART.finditer(text)]
    texts = [text[a:b] for a, b in parts]
    capitalised = all(t[0].isupper() or t[0].isdigit() for t in texts[1:]) and (
        texts[0][0].isupper() or normalise(texts[0]) in gz.NAME_PARTICLES
    )
    given = _after_name(previous) and previous.text[1:].isalpha() and previous.text[1:].islower() \
        and not is_place_word(previous.norm)  # "Ada Dean-Major": her surname
    titled = _after_name(next_token) or previous is not None and previous.norm in _DETERMINERS  # not "Dean-Major said"
    if capitalised and not given and titled and all(normalise(t) in _TITLE_PARTS for t in texts) \
            and any(normalise(t) in gz.TITLE_WORDS for t in texts):
        # "Attorney-General", "Vice-President": a title written with a hyphen reads as one written with a space,
        # before a name or after "the"; alone, words of titles so joined are a surname
        return [_Piece(start + a, start + b, t, normalise(t), "name", possessive=possessive and b == len(text))
                for (a, b), t in zip(parts, texts)]
    if capitalised and not all(is_place_word(normalise(t)) for t in texts) \
            or _is_particled_name(texts) or _after_name(previous) and _is_syllabled_given_name(texts, previous.text) \
            or _ends_in_foreign_syllables(texts) \
            or _after_name(next_token) and _opens_a_name(texts) and previous is not None \
            and (previous.norm in gz.NAME_LINKING_WORDS or previous.norm in _OWNERS_AND_ARTICLES
                 or _after_name(previous)):
        return [_Piece(start, start + len(text), text, norm, "name", possessive=possessive)]
    if len(texts) == 2 and texts[0][:1].isupper() and texts[1].islower() \
            and (normalise(texts[1]) in gz.FUNCTION_WORDS or normalise(texts[0]).endswith(_POSSESSIVE)):
        # "the General's Office-that", "into Capaldi's-same": a dash written as a hyphen ends the name; the word
        # before it reads as it would before a spaced dash (its possessive dropped)
        head = Token(start, start + len(texts[0]), texts[0], normalise(texts[0]))
        a, b = parts[1]
        return [*_word_pieces(head, None, previous), _Piece(start + a, start + b, texts[1], normalise(texts[1]), "other")]
    joined = (_after_name(previous) or previous is not None and _ORDINAL.fullmatch(previous.text)) \
        and previous.end + 1 == start and not previous.norm.endswith(_POSSESSIVE) \
        and texts[0][0].isupper() and all(t.islower() for t in texts[1:])  # "New York-based": "York" ends "New York",
    # "Avenue" of "101st Avenue-where" its street
    return [
        _Piece(start + a, start + b, t, normalise(t), "name" if t[0].isupper() else "other", alone=not (joined and a == 0))
        for (a, b), t in zip(parts, texts)
    ]


_TIME_PREFIXES = frozenset({"then", "ex", "former", "now"})
"""Words hyphenated to the name or title after them (``then-Secretary``, ``Ex-Governor``), no word of it."""
_TITLE_OPENERS = gz.TITLE_WORDS | gz.TITLE_QUALIFIERS | gz.HONORIFICS
_TITLE_PARTS = gz.TITLE_WORDS | gz.TITLE_QUALIFIERS - gz.FUNCTION_WORDS
"""Words a hyphenated title is made of (``Attorney-General``, ``Secretary-General``)."""


def _inside_name(tokens: tuple[Token, ...], i: int) -> bool:
    """Is the apostrophe at ``i`` a plural's possessive inside an organisation's name
    (``Workers' Party``, ``Teachers' Union``): after a capitalised plural, before an organisation word?"""
    if tokens[i].text not in ("'", "\u2019") or not 0 < i < len(tokens) - 1:
        return False
    before, after = tokens[i - 1], tokens[i + 1]
    return before.end == tokens[i].start and before.text[:1].isupper() and before.text.endswith("s") \
        and after.text[:1].isupper() and after.norm in gz.ORG_KEYWORDS


def _is_post_nominal(text: str) -> bool:
    """A degree or honour written after a name (``MD``, ``M.B.A.``, ``PhD``): part of no entity's name.
    ``Md.`` after a town is Maryland."""
    return text[:1].isupper() and text.replace(".", "").lower() in gz.POST_NOMINALS \
        and text.rstrip(".") not in _STATE_ABBREVIATED


def _after_name(previous: Token | None) -> bool:
    return previous is not None and previous.text[:1].isupper() and previous.norm not in gz.FUNCTION_WORDS


def _is_particled_name(texts: list[str]) -> bool:
    """``Villa-la-Roche``, ``Stratford-upon-Avon``: capitalised ends, short lower-case words between."""
    middle = texts[1:-1]
    return len(texts) >= 3 and texts[0][0].isupper() and texts[-1][0].isupper() \
        and all(t.isalpha() and t.islower() and len(t) <= 4 for t in middle)


def _is_syllabled_given_name(texts: list[str], previous: str) -> bool:
    """``Chol-han``, ``Seo-jin``: a capitalised syllable, then short lower-case ones that are no compound's head;
    after a short family name, syllables of up to five letters that read as no English word's ending
    (``Baek Min-ho``, ``Seo Dae-kyun``; not ``Nixon-era``, ``Canada-based``)."""
    short = len(previous) <= 5 and len(texts[0]) <= 5
    return texts[0][:1].isupper() and texts[0].isalpha() and not is_place_word(normalise(texts[0])) and all(
        t.isalpha() and t.islower() and t not in gz.COMPOUND_HEADS
        and (len(t) <= 3 or short and len(t) <= 5 and not t.endswith(_ENGLISH_ENDINGS))
        for t in texts[1:]
    )


def _ends_in_foreign_syllables(texts: list[str]) -> bool:
    """``Torvang-ri``, ``Sando-dong``: a capitalised word, then syllables of up to three letters that are no English
    word (a place's or a given name's ending; not ``Nixon-era``, ``Canada-wide``, ``Pre-war``, nor a dash written as a
    hyphen: ``Varga-a long-time fan``)."""
    return texts[0][:1].isupper() and texts[0].isalpha() and not is_place_word(normalise(texts[0])) and all(
        t.isalpha() and t.islower() and 2 <= len(t) <= 3 and t not in gz.FUNCTION_WORDS and not dictionary_word(t)
        for t in texts[1:])


def _opens_a_name(texts: list[str]) -> bool:
    """``Former-day``, ``Seventh-day`` before a name: a capitalised word, then short lower-case ones that end no
    English compound (not ``Saudi-led``, ``Nixon-era``, ``Canada-based``, a place's ``Gaza-bound``)."""
    return texts[0][:1].isupper() and texts[0].isalpha() and not is_place_word(normalise(texts[0])) and all(
        t.isalpha() and t.islower() and len(t) <= 4 and t not in gz.COMPOUND_HEADS and not t.endswith(_ENGLISH_ENDINGS)
        for t in texts[1:]
    )


_ENGLISH_ENDINGS = ("ed", "er", "ing", "ly", "like", "wide", "free", "style", "type", "size", "sized", "proof")


def _name_like(
    piece: _Piece, vocab: _Vocabulary, *, initial: bool, headline: bool, next_is_name: bool, after_name: bool,
    opens_name: bool = False, next_norm: str = "", shouted: bool = False, opens_a_head: bool = False,
    quoted: bool = False,
) -> bool:
    """Is this capitalised piece plausibly part of a name, given where it stands?

    A function word capitalised inside a sentence right after a name continues it (``Captain Why``), and so does
    one in capitals after a name in capitals (``shouted``: ``AVALON TODAY``, a paper's name); one written after an
    owner, or after ``the`` when an award's or a law's head ends the run, opens the name that follows (``the club's
    Most Valuable Player Award``, ``the Most Improved Rider Trophy``); a common acronym right before the
    head that ends an award's or a law's name is its first word (``opens_a_head``: ``the MVP Award``). A word
    opening a sentence outside a quotation (not ``quoted``) is a name when the dossier writes it nowhere else, or
    when it can be nothing else (:func:`_only_a_name`).
    """
    norm = piece.norm
    if is_place_word(norm) or (norm, next_norm) in _PLACE_PAIRS:
        return True  # "North Korea Says...": the first word of a two-word place counts as the place does
    if norm in vocab.month_names and not piece.calendar:
        return True
    if _NUMBER_PLURAL.fullmatch(piece.text):
        return True  # "the 88ers", "RIVERTON 88ERS": a side named by a number, though "88ers" looks lower-case
    if is_initial(piece.text) and after_name and next_is_name:
        return True  # "Harold S. Brannock", "Lena A. Varga": an initial, though "s" and "a" fold to function words
    if norm in gz.FUNCTION_WORDS and (after_name or opens_name) and not initial and not headline \
            and (piece.text[1:].islower() or shouted) and len(norm) > 1:
        return True
    if norm in gz.GENERIC_ACRONYMS and piece.text.isupper() and opens_a_head:
        return True  # "the MVP Award", "the DUI Act"; not "PM Bill Varga", where the head is a given name
    if norm in gz.FUNCTION_WORDS or norm in gz.CALENDAR_WORDS or norm in gz.STATE_ABBREVIATIONS \
            or norm in gz.GENERIC_ACRONYMS:
        return False
    if _PLURAL_ACRONYM.fullmatch(piece.text) or norm in vocab.class_acronyms and piece.text.isupper():
        return False  # "two ICBMs", then "its first ICBM": the acronym of a kind of thing, no thing's name
    if piece.text.isupper() and len(piece.text) > 1:  # not "WOW!", an English word shouted
        return norm not in gz.BOILERPLATE_WORDS and norm not in vocab.lower \
            and not (next_norm == "!" and dictionary_word(norm))
    if headline:
        return norm in vocab.mid_caps and norm not in vocab.lower
    if initial and (not next_is_name or norm in gz.NUMBER_WORD_VALUES):  # "Six AK-47 rifles were seized"
        # a number word opening a sentence ("One of the actors") is a name only if never written in lower case;
        # a common word only if it also ends a name inside a sentence ("Brown said", not "the Television Academy")
        # and not one the dossier also writes in lower case with the word after it ("Health care reform is ...")
        return norm in vocab.mid_caps and norm not in gz.BOILERPLATE_WORDS \
            and not (norm in gz.NUMBER_WORD_VALUES and norm in vocab.lower) \
            and (norm not in vocab.lower or norm in vocab.name_ends) and (norm, next_norm) not in vocab.lower_pairs \
            or not quoted and _only_a_name(piece, vocab, next_norm)
    if initial and norm not in vocab.mid_caps and _derived_word(norm) and next_norm not in gz.NOT_PERSONAL:
        return False  # "Describing Yida", "Obstructionist Democrats" (not "Downing Street"): the sentence capitalised it
    if initial and next_is_name and norm not in vocab.mid_caps and _job_noun(norm):
        return False  # "Prophet Ada Varga", "Harbourmaster Tom Keller": a job the sentence capitalised, no name's
    return True


def _only_a_name(piece: _Piece, vocab: _Vocabulary, next_norm: str) -> bool:
    """Is this word opening a sentence (``Nato said``, ``Unicef sent``) a name though the dossier never writes it
    inside one: no English word, never in lower case, written capitalised twice or more, not an exclamation
    (``Hmm, ...``)?"""
    text = piece.text
    return len(text) >= 3 and text.isalpha() and text[1:].islower() and not dictionary_word(piece.norm) \
        and piece.norm not in vocab.lower and vocab.capitalised[piece.norm] >= 2 and next_norm not in (",", "!", "?")


@lru_cache(maxsize=1 << 14)
def dictionary_word(word: str) -> bool:
    """Is ``word`` in lemminflect's English dictionary (``tower``, ``golden``, ``hill``; not ``varga``)?"""
    return bool(gz.lemmas(word))


@lru_cache(maxsize=1 << 14)
def _adjective(word: str) -> bool:
    """Is ``word`` shaped as an English adjective (``federal``, ``naval``, ``congressional``), and one in
    lemminflect's dictionary when the dictionary has the word at all (not ``hospital``, ``journal``; and
    ``house``, an adjective there too, has no adjective's ending)?"""
    if not word.endswith(_ADJECTIVE_ENDINGS):
        return False
    kinds = gz.lemmas(word)
    return not kinds or "ADJ" in kinds


_ADJECTIVE_ENDINGS = ("al", "ic", "ous", "ive")


@lru_cache(maxsize=1 << 12)
def noun(word: str) -> bool:
    """Is ``word`` a noun in lemminflect's dictionary (``pirates``, ``brigands``; not ``said``)?"""
    return "NOUN" in gz.lemmas(word)


@lru_cache(maxsize=1 << 12)
def _only_noun(word: str) -> bool:
    """Is ``word`` a noun in lemminflect's dictionary and no adjective (``role``; not ``grey``, ``used``)?"""
    kinds = gz.lemmas(word)
    return "NOUN" in kinds and "ADJ" not in kinds


_DEMONYM_WORDS = sorted(word for word in _FOLDED_DEMONYMS if word.isalpha() and len(word) >= 5)


@lru_cache(maxsize=1 << 12)
def _misspelt_demonym(norm: str) -> str | None:
    """The place of the people's adjective ``norm`` misspells or forms otherwise (``Somalu``, ``Phillipine``,
    ``Somalian``): one letter off one of five letters or more (two off one of ten), the first letter right, or the
    country's name and ``n``; and ``norm`` itself no English word."""
    if len(norm) < 5 or not norm.isalpha() or norm in _FOLDED_DEMONYMS or is_place_word(norm) or dictionary_word(norm):
        return None
    if norm.endswith("n") and norm[:-1] in _FOLDED_COUNTRIES:
        return _FOLDED_COUNTRIES[norm[:-1]]  # "Somalian", "Kestrian": the country's name and -n
    near = process.extract(norm, _DEMONYM_WORDS, scorer=Levenshtein.distance, score_cutoff=1 + (len(norm) >= 10),
                           limit=None)
    places = {_FOLDED_DEMONYMS[word] for word, _, _ in near if word[0] == norm[0]}  # "Somalu": not "Omani"
    return places.pop() if len(places) == 1 else None


def is_initial(text: str) -> bool:
    """``S.``: one capital and its full stop, a middle initial."""
    return len(text) == 2 and text[0].isupper() and text[1] == "."


_DERIVING_SUFFIXES = (
    "ing", "ist", "ists", "ous", "ive", "ful", "less", "able", "ible", "ed", "edly", "ously", "ically",
)
_NAME_ENDINGS_IN_ED = ("med", "eed", "red", "ied")
"""Given names that end like a past participle: Mohammed, Rasheed, Winifred, Siegfried."""


def _job_noun(norm: str) -> bool:
    """A lower-case noun for what a person does (``prophet``, ``witness``) or a compound of one (``harbourmaster``,
    ``gatekeeper``)."""
    return norm in gz.NAMED_PEOPLE_NOUNS or len(norm) >= 9 and norm.isalpha() and norm.endswith(("master", "keeper"))


def _derived_word(norm: str) -> bool:
    """A long word with the ending of a verb form, an adjective or an adverb made of one (``describing``,
    ``obstructionist``, ``embattled``, ``reportedly``): a common word, not a given name, when it opens a sentence."""
    return len(norm) >= 7 and norm.isalpha() and norm.endswith(_DERIVING_SUFFIXES) \
        and not norm.endswith(_NAME_ENDINGS_IN_ED)


_NAMED_HEADS = gz.HONOUR_NOUNS | gz.LAW_KEYWORDS
"""Head words of an award's or a law's name (``Award``, ``Trophy``, ``Act``)."""


def _named_head_run(pieces: list[_Piece], i: int) -> bool:
    """Do the capitalised pieces from ``i`` on end in an award's or a law's head, nothing name-shaped after it
    (``Award`` in ``the MVP Award went``; not ``Bill`` in ``PM Bill Varga said``, where a surname follows)?"""
    end = i
    while end < len(pieces) and pieces[end].kind == "name":
        end += 1
        if pieces[end - 1].possessive:
            break
    return end > i and pieces[end - 1].norm in _NAMED_HEADS


def _pieces(sentence: Sentence, tokens: tuple[Token, ...], vocab: _Vocabulary) -> list[_Piece]:
    """The sentence's pieces (its ``tokens``), with capitalised words that are no names demoted to "other"."""
    pieces: list[_Piece] = []
    starts: set[int] = set()
    first, label_end = _first_word(tokens), _label_end(tokens)
    consumed = -1
    for i, token in enumerate(tokens):
        if i <= consumed:
            continue
        if token.text.islower() and token.text.isalpha():  # most words: none of the cases below is theirs, and
            pieces.append(_plain_piece(token))  # whether one opens the sentence matters to no name
            continue
        dotted = i + 1 < len(tokens) and tokens[i + 1].text == "."
        if "-" in token.text and _PARTY_TAG.fullmatch(token.text) and (dotted or token.text[2:] in gz.US_STATES):
            second = i + 3 < len(tokens) and len(tokens[i + 2].text) == 1 and tokens[i + 2].text.isupper() \
                and tokens[i + 3].text == "."
            consumed = i + 3 if second else i + 1 if dotted else i  # "R-S.C.", "D-Md.", "R-Ohio"
            pieces.append(_Piece(token.start, tokens[min(consumed, len(tokens) - 1)].end, token.text, token.norm,
                                 "other"))
            continue
        if vocab.plural_owners and _singular_owner(tokens, i, vocab):
            pieces.append(_Piece(token.start, token.end, token.text, token.norm, "name"))
            continue  # "Worker's Party" where the dossier writes "Workers' Party": the same name, misspelt
        if _inside_name(tokens, i) and pieces and pieces[-1].end == token.start:
            pieces[-1].end, pieces[-1].text = token.end, pieces[-1].text + token.text
            continue  # "Workers' Party of Korea": the apostrophe of a plural belongs to the name
        if token.text in _TRADEMARKS and pieces and pieces[-1].end == token.start:
            continue  # "Acme® Cloud Drive": the sign glued to a word of the name neither ends nor joins it
        if _glued_ampersand(tokens, i) and pieces and pieces[-1].end == token.start:
            text = pieces[-1].text + token.text + tokens[i + 1].text  # "AT&T", "S&P Global": one word
            pieces[-1] = _Piece(pieces[-1].start, tokens[i + 1].end, text, normalise(text), "name")
            consumed = i + 1
            continue
        if i == first or _opens_clause(tokens, i, label_end):
            starts.add(len(pieces))
        if _names_a_site(tokens, i) or _placeholder(tokens, i) or _letter_pair(tokens, i):
            pieces.append(_plain_piece(token))
            continue
        previous = tokens[i - 1] if i else None
        pieces.extend(_word_pieces(token, tokens[i + 1] if i + 1 < len(tokens) else None, previous))
        if pieces and pieces[-1].end > token.end:
            consumed = i + 1  # the full stop of "Mr." is inside the piece
    for i in starts:
        pieces[i].initial = True  # names or not: a capitalised "The" there opens no name
    headline = (sentence.article, sentence.index) in vocab.headlines
    german = sentence.article in vocab.noun_capitals
    if _is_heading(tokens):
        _drop_heading_label(pieces, vocab)
    for piece, following in zip(pieces, pieces[1:]):
        if piece.possessive and following.kind == "name" and not following.alone and not is_place_word(piece.norm) \
                and (piece.norm in vocab.lower or piece.norm in gz.TITLE_WORDS and following.norm in gz.OFFICE_WORDS):
            piece.possessive = False  # "People's Republic of China", "Sheriff's Office": a common noun's or a
            # title's possessive inside a name
    for i, piece in enumerate(pieces):
        if piece.kind != "name":
            continue
        if piece.norm in vocab.month_names:
            previous = pieces[i - 1].norm if i else ""
            following = pieces[i + 1].text if i + 1 < len(pieces) else ""
            piece.calendar = previous in gz.DATE_LEADS or following[:1].isdigit()
        ahead = i + 1
        while ahead < len(pieces) and ahead - i < 3 and pieces[ahead].norm in gz.SURNAME_PARTICLES:
            ahead += 1  # "Ursula von der Leyen said"
        if _joins_a_firm(pieces, i):
            ahead += 1  # "Simon & Schuster said": the firm's name goes on past the ampersand
        following = pieces[ahead] if ahead < len(pieces) else None
        next_is_name = (
            following is not None and following.kind == "name" and not piece.possessive and not piece.alone
            and not (following.norm in gz.CALENDAR_WORDS and following.norm not in vocab.month_names)
        ) or _titles_of_a_name(pieces, i, starts)  # "Officials Tuesday laid out": a day after a common word does
        # not make it a name
        piece.initial = i in starts
        if piece.initial and following is not None and following.text == "I":
            next_is_name = False  # "Often I walk": the pronoun, capitalised always, opens no name with the word
        # "Captain Why", "The Edge of It", "Bed Bath & Beyond": a function word after a name, or after the name's "of"
        # or a firm's "&"; not after a name ending in a full stop ("trusted by the U.S. It was not"), which may close
        # the sentence
        after_name = i > 0 and pieces[i - 1].kind == "name" and not pieces[i - 1].possessive \
            and not pieces[i - 1].text.endswith(".") \
            or i > 1 and pieces[i - 1].norm in ("of", "&") and pieces[i - 1].kind == "joiner" \
            and pieces[i - 2].kind == "name"
        # "the Strikers' Most Valuable Player Award", "the club's Most ...": a function word after an owner opens a
        # name, the owner a name or a common noun
        opens_name = next_is_name and i > 0 and (
            pieces[i - 1].possessive or pieces[i - 1].text in ("'", "\u2019")
            or pieces[i - 1].kind == "other" and pieces[i - 1].text.islower() and len(pieces[i - 1].norm) > 3
            and pieces[i - 1].norm.endswith(_POSSESSIVE)
            or pieces[i - 1].text in gz.ARTICLES_AND_OWNERS and piece.norm not in gz.CLAUSE_STARTERS
            and _named_head_run(pieces, i)  # "the Most Improved Rider Trophy"; not "the All Blacks", "that Most X"
        )
        shouted = after_name and piece.text.isupper() and pieces[i - 1].text.isupper() and len(pieces[i - 1].text) > 1
        if not _spells_a_name(pieces, i, vocab) and \
                not _name_like(piece, vocab, initial=piece.initial, headline=headline, next_is_name=next_is_name,
                          after_name=after_name, opens_name=opens_name, next_norm=following.norm if following else "",
                          shouted=shouted, opens_a_head=ahead == i + 1 and _named_head_run(pieces, ahead)
                          and pieces[ahead].norm in _NAMED_HEADS,
                          quoted=piece.initial and (sentence.article, piece.start) in vocab.quoted):
            piece.kind = "other"
        elif german and (_HYPHEN.split(piece.text)[-1][1:].islower() or piece.text.isupper() and len(piece.text) > 5) \
                and not is_place_word(piece.norm) \
                and _german_common_noun(piece.text, genitive=_after_genitive_article(pieces, i)):
            piece.kind = "other"  # "die Familie": German capitalises every noun; a frequent one names nothing, nor
            # does a menu's "KONTAKT" (an acronym is shorter)
        elif (sentence.article, piece.start) in vocab.quoted and piece.norm in vocab.lower and piece.text[:1].isupper() \
                and piece.norm not in vocab.mid_caps and not is_place_word(piece.norm) \
                and (piece.norm, following.norm if following else "") not in _PLACE_PAIRS:
            piece.kind = "other"  # capitalised only in a quotation, in lower case elsewhere: the writer's style
            # (not the first word of a place the gazetteer knows: "parts of New Avalon" quoted)
        elif piece.norm in gz.CURRENCY_WORDS and i > 0 and pieces[i - 1].text[:1].isdigit() and not next_is_name:
            piece.kind = "other"  # "for 6 Euro": a unit after its amount, no name (though "the Euro fell" may be;
            # and "in 2019 Rand Paul" opens one)
        elif _counted_money(pieces, i):
            piece.kind = "other"  # "a hundred Billion Dollars": a sum written in words, no name
        elif piece.norm in gz.TITLE_QUALIFIERS and _qualifies_a_title(pieces, i):
            piece.kind = "other"
        elif following is not None and following.text.islower() and piece.norm + following.norm in vocab.lower:
            piece.kind = "other"  # "the firm's Web site" where the dossier writes "website": a common noun, spaced
    if german:
        _german_genitives(pieces)
    if headline:
        _names_written_elsewhere(pieces, vocab)
    else:
        _work_titles(pieces)
        _quoted_titles(pieces, tokens, vocab.title_quotes.get(sentence.article, ()))
    _drop_subtitles(pieces)
    _join_titles_across_prepositions(pieces)
    return pieces


def _names_written_elsewhere(pieces: list[_Piece], vocab: _Vocabulary) -> None:
    """In a headline, where every word is capitalised, words the dossier writes in lower case are no names; but
    capitalised words read together as a name written inside a sentence elsewhere are that name whole (``Department
    of Health and Human Services``, not ``Services`` alone); not across a ``the``, which splits a name that is not
    a work's title (``Changing the Face of Medicine``)."""
    i = 0
    while i < len(pieces):
        end = i
        while end < len(pieces) and (pieces[end].text[:1].isupper() or pieces[end].kind == "joiner"):
            end += 1
        for start in range(i, end):
            for stop in range(end, start + 1, -1):
                words = tuple(p.norm for p in pieces[start:stop])
                if "the" not in words and words in vocab.name_runs:
                    for piece in pieces[start:stop]:
                        if piece.text[:1].isupper():
                            piece.kind = "joiner" if piece.norm in gz.NAME_PARTICLES else "name"  # "Of", "And"
                    break
        i = end + 1


def _spells_a_name(pieces: list[_Piece], i: int, vocab: _Vocabulary) -> bool:
    """Is the word at ``i`` an acronym the dossier spells out inside a sentence, though it reads as a function
    word (``the WHO said`` beside ``World Health Organization``)? Not where a sentence opens, nor beside other words
    in capitals (``AND THEN THERE WERE NONE``: a shouted line)."""
    def shouted(k: int) -> bool:
        return 0 <= k < len(pieces) and pieces[k].text.isupper() and pieces[k].text.isalpha()

    piece = pieces[i]
    return len(piece.norm) >= 3 and shouted(i) and not piece.initial and piece.norm in vocab.spelled \
        and not shouted(i - 1) and not shouted(i + 1)


def _titles_of_a_name(pieces: list[_Piece], i: int, starts: set[int]) -> bool:
    """``Governor of Ostland Ada Varga said``: a title word opening the sentence, then ``of`` and a name, is the
    title of the name's holder, though ``of`` stands between it and the name."""
    return i in starts and pieces[i].norm in gz.TITLE_WORDS and i + 2 < len(pieces) \
        and pieces[i + 1].norm == "of" and pieces[i + 1].kind == "joiner" and pieces[i + 2].kind == "name"


def _work_titles(pieces: list[_Piece]) -> None:
    """``his film The Long Road``, ``her memoir, "A Winter Vigil"``: a capitalised article right after an owned kind of
    work (a comma or an opening quote between) opens the work's title, which runs over the capitalised words after
    it and the function words between them; each is a word of the title, whatever it names alone."""
    for i, piece in enumerate(pieces):
        if piece.text not in _CAPITALISED_ARTICLES or i + 1 == len(pieces) or not _capitalised(pieces[i + 1]):
            continue
        noun = i - 1
        while noun > 0 and pieces[noun].text in _BEFORE_A_TITLE:
            noun -= 1
        owner = pieces[max(0, noun - 2) : noun]
        if noun < 1 or not (pieces[noun].text.islower() and pieces[noun].norm in gz.WORK_NOUNS) \
                or not any(p.norm in gz.DETERMINERS or p.possessive or p.norm.endswith(_POSSESSIVE) for p in owner):
            continue
        piece.kind, piece.initial, piece.work = "name", False, True
        end = i + 1
        while end < len(pieces) and (_capitalised(pieces[end]) or pieces[end].norm in gz.FUNCTION_WORDS
                                     and pieces[end].text.islower() and end + 1 < len(pieces)
                                     and _capitalised(pieces[end + 1])):
            pieces[end].kind = "name" if _capitalised(pieces[end]) else "joiner"
            pieces[end].initial = False
            end += 1


_TITLE_CUES = gz.WORK_NOUNS | frozenset(
    "titled entitled episode miniseries special exhibition article document report column segment".split())
"""Words a quoted title follows (``a report titled "..."``, ``the special, "..."``)."""


_CLAUSE_MARKS = frozenset(",;!?")


def _quoted_titles(pieces: list[_Piece], tokens: tuple[Token, ...], quotes: list[tuple[int, int]]) -> None:
    """``"Children of Avalon,"``, ``a report titled "Seeds of Change"``: a quotation every word of which is
    capitalised but a title's joining words (:func:`_title_quotations`), with one of them inside it or a work's cue before
    it, is one title, each word a word of it; alone, its words (``Avalon``, ``Change``) would name other things."""
    if not quotes or not pieces:
        return
    for start, end in quotes:
        if not pieces[0].start <= start < pieces[-1].end:
            continue
        within = [p for p in pieces if start <= p.start and p.end <= end]
        inside = [p for p in within if p.text[:1].isalnum()]
        if len(inside) < 2 or not inside[0].text[:1].isupper() or not inside[-1].text[:1].isupper() \
                or any(p.text.islower() and p.norm not in gz.TITLE_JOINERS for p in inside) \
                or sum(p.text.isupper() and len(p.text) > 1 for p in inside) > 1 \
                or any(p.text in _CLAUSE_MARKS for p in within if inside[0].start < p.start < inside[-1].end):
            continue  # '"Yes, this is Avalon"', '"Ada Varga is in the House"', '"NO DEAL AND NO TALKS"': a sentence
        cue = [t for t in tokens if t.end <= start][-3:]
        if not any(p.text.islower() for p in inside) \
                and not any(t.text.islower() and t.norm in _TITLE_CUES for t in cue):
            continue  # "Rocket Man", '"Ada Varga"': a nickname or a name in quotation marks, no title
        for piece in inside:
            piece.kind = "joiner" if piece.text.islower() else "name"
            piece.initial = piece.alone = piece.possessive = False
        inside[0].work = True


def _capitalised(piece: _Piece) -> bool:
    return piece.text[:1].isupper() and piece.text[1:].islower() and piece.text.isalpha() and not piece.possessive


_CAPITALISED_ARTICLES = frozenset({"A", "An", "The"})
_BEFORE_A_TITLE = _OPENING_QUOTES | {","}


_TITLE_PREPOSITIONS = frozenset({"in", "by", "for"})
_TITLE_CONJUNCTIONS = frozenset({"or", "and"})


def _common_title_word(piece: _Piece) -> bool:
    """A Title Case English word that no body, place or title is named by (``Performance``, ``Role``)."""
    return piece.kind == "name" and not piece.possessive and piece.text[:1].isupper() and piece.text[1:].islower() \
        and dictionary_word(piece.norm) and piece.norm not in gz.ORG_KEYWORDS and not is_place_word(piece.norm) \
        and piece.norm not in gz.TITLE_WORDS


def _join_titles_across_prepositions(pieces: list[_Piece]) -> None:
    """``Outstanding Writing in a Drama or Comedy Series``, ``Best Actress in a Leading Role``: two Title Case
    English words or more, ``in``, ``by`` or ``for`` (and an article), then two more (``or``/``and`` between them)
    before a mark or a lower-case word are one title, an award's category or a work's, not two names."""
    for i, piece in enumerate(pieces):
        if piece.norm not in _TITLE_PREPOSITIONS or not piece.text.islower() or i < 2:
            continue
        head = i
        while head and _common_title_word(pieces[head - 1]):
            head -= 1
        if i - head < 2 or head and pieces[head - 1].kind == "name":
            continue
        start = i + 2 if i + 1 < len(pieces) and pieces[i + 1].text in gz.ARTICLES else i + 1
        end, words = start, 0
        while end < len(pieces) and (_common_title_word(pieces[end]) or pieces[end].text in _TITLE_CONJUNCTIONS
                                     and end + 1 < len(pieces) and _common_title_word(pieces[end + 1]) and words):
            words += pieces[end].kind == "name"
            end += 1
        after = pieces[end] if end < len(pieces) else None
        if words >= 2 and (after is None or after.kind != "name" and not after.text[:1].isupper()):
            for joiner in pieces[i:start] + [p for p in pieces[start:end] if p.kind != "name"]:
                joiner.kind = "joiner"


_AFTER_TITLES = frozenset("in on at as and with for from".split())
"""Words that may follow a work's title (``starred in Starfall: Children of Avalon in 2009``)."""


def _drop_subtitles(pieces: list[_Piece]) -> None:
    """``Starfall: Children of Avalon``: after a name and its colon, a common word capitalised, ``of`` and a name
    are a work's subtitle; the name is a word of the title, no mention of its own."""
    for i in range(2, len(pieces) - 2):
        colon, word = pieces[i - 1], pieces[i]
        if colon.text == ":" and pieces[i - 2].kind == "name" and pieces[i - 2].end == colon.start \
                and word.kind == "other" and word.text[:1].isupper() and word.text[1:].islower() \
                and pieces[i + 1].norm == "of":
            ahead = i + 2
            while ahead < len(pieces) and (pieces[ahead].kind == "name" or pieces[ahead].norm == "the"):
                ahead += 1
            ends = ahead == len(pieces) or not pieces[ahead].text[:1].isalnum() or pieces[ahead].norm in _AFTER_TITLES
            if ends and not pieces[i - 2].text.isupper():  # not a clause after a dateline ("KESTRA: Residents of
                for piece in pieces[i + 2 : ahead]:  # Avalon said")
                    piece.kind = "other"


def _joins_a_firm(pieces: list[_Piece], i: int) -> bool:
    """Is the word at ``i`` the first of two names joined by ``&`` (``Barnes & Noble``), one of them no English
    word? Two English words so joined name a field or a service (``Search & Rescue teams``), no firm."""
    if i + 2 >= len(pieces) or pieces[i + 1].text != "&" or pieces[i + 2].kind != "name":
        return False
    return not (dictionary_word(pieces[i].norm) and dictionary_word(pieces[i + 2].norm))


def _glued_ampersand(tokens: tuple[Token, ...], i: int) -> bool:
    """Is ``tokens[i]`` an ``&`` written between two capitalised words without spaces (``AT&T``)?"""
    return tokens[i].text == "&" and 0 < i < len(tokens) - 1 and tokens[i - 1].end == tokens[i].start \
        and tokens[i + 1].start == tokens[i].end and tokens[i - 1].text[:1].isupper() \
        and tokens[i + 1].text[:1].isupper()


def _qualifies_a_title(pieces: list[_Piece], i: int) -> bool:
    """``Special counsel Walter Brannock``, ``Deputy director Jane Roe``: a qualifier standing alone before a
    title written in lower case is part of the title, not a name (``Labour Party leader`` keeps its party); so is
    one standing alone after a title and a comma or a bracket (``Press Officer, Defence, said``, ``chief
    spokesman (Finance)``), which says whose officer it is."""
    following = pieces[i + 1] if i + 1 < len(pieces) else None
    if following is None or following.text in _QUALIFIER_CLOSERS:
        return i >= 2 and pieces[i - 1].text in (",", "(") \
            and any(p.norm in gz.TITLE_WORDS for p in pieces[max(0, i - 3) : i - 1])
    return following.text.islower() and following.norm in gz.TITLE_WORDS \
        and not (i and pieces[i - 1].kind in ("name", "title"))


_QUALIFIER_CLOSERS = frozenset({",", ")", ".", ";"})
"""Marks that close a title's qualifier written after it (``Press Officer, Defence, said``)."""


def _is_heading(tokens: tuple[Token, ...]) -> bool:
    """A line of capitalised words with no closing stop: a section heading (``Tectonic Summary-Coyle Ridge Fault``)."""
    if not tokens or tokens[-1].text in ".!?\"\u201d":
        return False  # most sentences: told by their last mark, before any word is read
    words = [t for t in tokens if t.text[:1].isalpha() and t.norm not in gz.FUNCTION_WORDS]
    return bool(words) and all(t.text[0].isupper() for t in words)


def _drop_heading_label(pieces: list[_Piece], vocab: _Vocabulary) -> None:
    """In a heading, ``Label-Name`` glues a label to a name the dossier writes on its own: the name
    starts after the hyphen, and the label (with what comes before it) names nothing."""
    for i, piece in enumerate(pieces):
        parts = _HYPHEN.split(piece.text)
        if piece.kind != "name" or len(parts) != 2 or not all(parts):
            continue
        left, right = normalise(parts[0]), normalise(parts[1])
        if left not in vocab.alone_caps and right in vocab.alone_caps and parts[1][0].isupper():
            offset = len(parts[0]) + 1
            pieces[i] = _Piece(piece.start + offset, piece.end, parts[1], right, "name", possessive=piece.possessive)
            for label in pieces[:i]:
                label.kind = "other"
            return


def _runs(pieces: list[_Piece], vocab: _Vocabulary) -> list[list[_Piece]]:
    """Maximal runs of name pieces, joined by particles when a name follows them."""
    runs: list[list[_Piece]] = []
    run: list[_Piece] = []

    def close() -> None:
        while run and run[-1].kind == "joiner":
            run.pop()
        if run:
            runs.append(run.copy())
        run.clear()

    for i, piece in enumerate(pieces):
        if piece.alone:
            close()
            if piece.kind == "name":
                runs.append([piece])
            continue
        if piece.kind in ("name", "title"):
            if piece.initial:
                close()  # "RIVERTON 88ERS Fired Tom O'Keefe": the word after a label in capitals opens a clause
            run.append(piece)
            if piece.possessive:
                close()
        elif piece.kind == "joiner" and run and _may_join(run, pieces, i, vocab) \
                or piece.text == "," and run and _lists_fields(run, pieces, i):
            run.append(piece)
        elif piece.kind == "number" and run and run[-1].kind == "name" and not run[-1].possessive \
                and not is_place_word(run[-1].norm):
            run.append(piece)
            if not _model_suffix(pieces, i + 1):
                close()
        elif run and run[-1].kind == "number" and _model_suffix(pieces, i):
            run.append(piece)  # "Boeing 737 Max", "Pixel 4 XL"
            close()
        elif run:  # most pieces: lower-case words between names, with no run to close
            close()
    close()
    return runs


def _lists_fields(run: list[_Piece], pieces: list[_Piece], i: int) -> bool:
    """Does the comma at ``i`` go on listing the fields of a body named ``Head of ...`` (``Bureau of Alcohol,
    Tobacco, Firearms and Explosives``, ``Department for Environment, Food and Rural Affairs``)? Each field one
    capitalised noun, the last one or two words after ``and``, none a place, a body or a name of no English word
    (``the Ministry of Defence, Britain and France``, ``... Defence, Police and Army``, ``... Justice, Varga and
    Keller``: lists of several names)."""
    if len(run) < 3 or run[0].norm not in gz.ORG_KEYWORDS or run[1].norm not in ("of", "for") \
            or not _field_word(run[-1]):
        return False
    k = i
    while k + 2 < len(pieces) and pieces[k].text == "," and _field_word(pieces[k + 1]) and not pieces[k + 1].initial:
        k += 2
        if pieces[k].norm == "and" or pieces[k].text == "," and k + 1 < len(pieces) and pieces[k + 1].norm == "and":
            k += 1 + (pieces[k].text == ",")
            last = list(itertools.takewhile(lambda p: p.kind == "name" and not p.alone, pieces[k : k + 3]))
            return 1 <= len(last) <= 2 and all(p.text[:1].isupper() and p.text[1:].islower() and dictionary_word(p.norm)
                                                and not is_place_word(p.norm) and p.norm not in gz.ORG_KEYWORDS
                                                for p in last)
    return False


def _field_word(piece: _Piece) -> bool:
    """A capitalised noun of English that names no place and no body (``Tobacco``, ``Culture``; not ``Police``)."""
    return piece.kind == "name" and not piece.alone and piece.text[:1].isupper() and piece.text[1:].islower() \
        and noun(piece.norm) and not is_place_word(piece.norm) and not piece.possessive \
        and piece.norm not in gz.ORG_KEYWORDS


def _model_suffix(pieces: list[_Piece], i: int) -> bool:
    """Is the piece at ``i`` a word that ends a product's model name after its number (``737 Max``, ``4 XL``), with no
    name after it (``A320 Air Kestra`` is a model and an airline)?"""
    return i < len(pieces) and pieces[i].kind == "name" and pieces[i].norm in gz.MODEL_SUFFIXES \
        and not (i + 1 < len(pieces) and pieces[i + 1].kind == "name")


def _may_join(run: list[_Piece], pieces: list[_Piece], i: int, vocab: _Vocabulary) -> bool:
    """Does the particle at ``i`` continue the name in ``run``? (``of the``, ``von der`` may.)"""
    ahead = i + 1
    while ahead < len(pieces) and ahead - i < 3 and pieces[ahead].kind == "joiner" and not pieces[ahead].alone:
        ahead += 1
    following = pieces[ahead] if ahead < len(pieces) else None
    if following is None or following.alone or following.kind != "name":
        return False
    if run[0].work:
        return True  # "A Tale of Two Towns": a word of the work's title
    particle = pieces[i].norm
    if particle == "the" and run[-1].norm != "of":
        return False
    headed = any(p.norm in gz.JOINING_HEADS or gz.singular(p.norm) in gz.JOINING_HEADS for p in run)  # "Institutes"
    if particle == "&":  # "Procter & Gamble"
        return True
    if particle == "and":  # "Ministry of Trade and Industry", not "Bank of Spain and France"
        if following.kind == "title" or following.norm in gz.TITLE_WORDS:
            return False  # "Rep. Ada Varga of the Rules Committee and Rep. Tom Reed": the title opens another name
        if _defined_by_acronym(run, pieces, ahead) or _names_a_body(run, pieces, ahead) \
                or _names_a_known_place(run, pieces, ahead) or _names_of_two_things(run, pieces, ahead, vocab) \
                or _never_apart(run, pieces, ahead, vocab) or _named_after_two(run, pieces, ahead, vocab):
            return True  # "U.S. Customs and Border Protection (CBP)", "House Ways and Means Committee",
            # "Trinidad and Tobago", "Salt and Mineral Survey", "The Lamp and Ledger", "Procter and Gamble", "Bill and
            # Melinda Gates Foundation"
        return headed and any(p.norm in ("of", "for", "on") for p in run) and not is_place_word(following.norm) \
            and dictionary_word(following.norm)  # "Ministry of Trade and Industry", not "... of Defence and Varga"
    if particle == "on":  # "Council on Foreign Relations", not "Hallam on Dalby", "the Security Council on Syria"
        return run[-1].norm in gz.BODY_HEADS and not is_place_word(following.norm)
    if particle == "at":  # "University of Avalon at Brill", a campus; not "Jane Roe at Acme", "Acme at Brill"
        return any(p.norm == "university" for p in run) and any(p.norm == "of" for p in run)
    if particle in ("of", "for"):  # "Ministry of ...", "Port of ...", not "Officials of ...", "Paris for ..."
        return headed or len(run) == 1 and not run[0].initial and not is_place_word(run[0].norm) \
            or _defined_by_acronym(run, pieces, ahead)
    return True


def _names_of_two_things(run: list[_Piece], pieces: list[_Piece], ahead: int, vocab: _Vocabulary) -> bool:
    """Is ``run and <names>`` one name made of common nouns, ``[place] Word and Word Word`` (``U.S. Salt and Mineral
    Survey``) or, after a capitalised ``The`` inside the sentence, ``Word and Word`` (``as The Lamp and Ledger
    reported``, a paper)? Each word an English word, none a body's keyword or a place, and without that ``The``
    the first and the last never a name alone in the dossier (``Salt and Mineral Survey`` where ``Salt`` names
    something of its own, ``Republicans and House Democrats`` where ``Democrats`` does, are two names)."""
    at = next(k for k, p in enumerate(pieces) if p is run[0])
    left = list(itertools.dropwhile(lambda p: is_place_word(p.norm), run))
    end = ahead
    while end < len(pieces) and pieces[end].kind == "name" and not pieces[end].alone:
        end += 1
    right = pieces[ahead:end]
    if len(left) != 1 or not 1 <= len(right) <= 2 or end < len(pieces) and pieces[end].kind in ("name", "joiner"):
        return False
    titled = at > 0 and pieces[at - 1].text == "The" and not pieces[at - 1].initial
    if not titled and (len(right) == 1 or left[0].norm in vocab.single_names or right[-1].norm in vocab.single_names):
        return False
    return all(
        p.text[:1].isupper() and p.text[1:].islower() and dictionary_word(p.norm) and p.norm not in gz.ORG_KEYWORDS
        and not is_place_word(p.norm) for p in left + right[:-1]) \
        and right[-1].text[1:].islower() and dictionary_word(right[-1].norm)


def _never_apart(run: list[_Piece], pieces: list[_Piece], ahead: int, vocab: _Vocabulary) -> bool:
    """Is ``Word and Word`` one name: both words one (``Johnson and Johnson``), or a pair the dossier never writes
    apart, at least twice, and once as one thing's (``Procter & Gamble``, ``Procter and Gamble is``, ``Tom and Jerry
    is``)? ``Apple and Samsung`` always side by side but never so written stay two, and so do the last two of a list
    (``Smith, Jones and Brown``), which are no pair; places, titles, plurals (``Democrats and Republicans``) and
    acronyms (``NATO and EU``) a dossier names side by side without making one of them."""
    if len(run) != 1 or pieces[ahead - 1].norm != "and" \
            or ahead + 1 < len(pieces) and pieces[ahead + 1].kind == "name" \
            and pieces[ahead + 1].norm.rstrip(".") not in gz.ORG_SUFFIXES:
        return False
    left, right = run[0], pieces[ahead]
    for piece in (left, right):
        one = gz.singular(piece.norm)
        if is_place_word(piece.norm) or piece.norm in gz.TITLE_WORDS or piece.text.isupper() or piece.alone \
                or one != piece.norm and dictionary_word(one):
            return False
    pair = left.norm, right.norm
    together = vocab.joined_pairs[pair]
    if left.norm == right.norm:
        return together > 0 and not left.possessive
    return pair in vocab.one_thing_pairs and together >= 2 \
        and vocab.capitalised[left.norm] == together == vocab.capitalised[right.norm]


def _named_after_two(run: list[_Piece], pieces: list[_Piece], ahead: int, vocab: _Vocabulary) -> bool:
    """Is ``Word and <name> Head`` a body or an honour named after two people (``Bill and Melinda Gates
    Foundation``, ``Lewis and Clark College``)? One word before ``and``, two or three after it ending in a founder's
    head word, none a place, and neither first word a name the dossier writes alone (``Microsoft and Gates
    Foundation officials`` where ``Microsoft said``: two names)."""
    end = ahead
    while end < len(pieces) and pieces[end].kind == "name" and not pieces[end].alone and end - ahead < 4:
        end += 1
    right = pieces[ahead:end]
    return len(run) == 1 and pieces[ahead - 1].norm == "and" and 2 <= len(right) <= 3 \
        and right[-1].norm in gz.FOUNDED_HEADS and right[0].norm not in gz.ORG_KEYWORDS \
        and not any(is_place_word(p.norm) or _known_place((p.norm,)) for p in (run[0], *right)) \
        and run[0].norm not in vocab.alone and right[0].norm not in vocab.alone


def _names_a_known_place(run: list[_Piece], pieces: list[_Piece], ahead: int) -> bool:
    """Does ``run and <names>`` hold a country's name of the gazetteer across its ``and`` (``Trinidad and Tobago``,
    ``Ministers of Trinidad and Tobago``)?"""
    end = ahead
    while end < len(pieces) and pieces[end].kind == "name" and not pieces[end].alone:
        end += 1
    words = [p.norm for p in run] + ["and"] + [p.norm for p in pieces[ahead:end]]
    return any(_squash(words[j:k]) in PLACE_KEYS for j in range(len(run)) for k in range(len(run) + 2, len(words) + 1))


def _names_a_body(run: list[_Piece], pieces: list[_Piece], ahead: int) -> bool:
    """Does ``run and <names>`` end in a committee's or a board's head word, with no organisation or
    place before ``and`` (``Ways and Means Committee``, not ``Apple and Samsung Electronics Co``)?"""
    end = ahead
    while end < len(pieces) and pieces[end].kind == "name" and not pieces[end].alone \
            and pieces[end].norm not in gz.BODY_HEADS:
        end += 1
    return ahead < end < len(pieces) and pieces[end].norm in gz.BODY_HEADS and not any(
        p.norm in gz.ORG_KEYWORDS or is_place_word(p.norm) for p in run + pieces[ahead:end])


def _defined_by_acronym(run: list[_Piece], pieces: list[_Piece], ahead: int) -> bool:
    """Is ``run and <names>`` (or ``run of <names>``) followed by ``(ACRONYM)`` or ``, or ACRONYM`` spelling its
    initials, with or without a leading place, with or without its particles (``Joint Plan of Action, or J.P.O.A.``)?"""
    end = ahead
    while end < len(pieces) and (pieces[end].kind == "name" or pieces[end].kind == "joiner" and end + 1 < len(pieces)
                                 and pieces[end + 1].kind == "name"):
        end += 1
    if end + 2 >= len(pieces) or not (pieces[end].text == "(" and pieces[end + 2].text == ")"
                                      or pieces[end].text == "," and pieces[end + 1].norm == "or"):
        return False
    acronym = pieces[end + 1 if pieces[end].text == "(" else end + 2].text.replace(".", "")
    words = run + [pieces[ahead - 1]] + pieces[ahead:end]
    initials = "".join(p.norm[0] for p in words if p.kind == "name")
    spelled = "".join(p.norm[0] for p in words if p.kind == "name" or p.norm in ("of", "and", "for"))
    return len(acronym) >= 2 and acronym.isupper() and acronym.lower() in (initials, initials[1:], spelled, spelled[1:])


def _singular_owner(tokens: tuple[Token, ...], i: int, vocab: _Vocabulary) -> bool:
    """Is this ``Worker's`` before an organisation word, when the dossier names ``Workers' ...``?"""
    norm = tokens[i].norm
    return norm.endswith("'s") and tokens[i].text[:1].isupper() and norm[:-2] + "s" in vocab.plural_owners \
        and i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper() and tokens[i + 1].norm in gz.ORG_KEYWORDS


# --- mentions ------------------------------------------------------------------


@dataclass
class Mention:
    """One mention before clustering; ``key`` is its comparison form, ``order`` its article's place in the dossier."""

    article: str
    order: int
    start: int
    end: int
    surface: str
    name: str  # the surface without an honorific ("Garneau" for "Mr. Garneau")
    words: tuple[str, ...]  # normalised, honorific dropped, split at spaces and hyphens
    spaced: tuple[str, ...]  # normalised, honorific dropped, split at spaces only
    key: str
    votes: Counter = field(default_factory=Counter)
    paragraph: int = 0
    title: str = ""  # the title or honorific written before the name ("president", "mr")
    people: bool = False  # the place's people ("the Russians", "Londoners"): standing for it, but no name of it


def summed_votes(mentions: Iterable[Mention], /, **counts: int) -> Counter:
    """The mentions' votes added up, with ``counts``: what a name's uses say of its type, read kind by kind (a kind
    none voted for reads 0). Counted in one pass of the votes as elements: a name of the dossier's thousands of
    mentions is typed in each of clustering's steps."""
    votes = Counter(counts)
    votes.update(itertools.chain.from_iterable(mention.votes.elements() for mention in mentions))
    return votes


@dataclass
class Findings:
    """Everything the mention pass collects from the dossier."""

    mentions: list[Mention] = field(default_factory=list)
    demonyms: list[tuple[str, str]] = field(default_factory=list)  # (surface, canonical place)
    definitions: list[tuple[str, str]] = field(default_factory=list)  # (acronym key, name key)
    aliases: list[tuple[str, str, bool]] = field(default_factory=list)  # (alias key, name key, said by a cue)
    titles: list[Mention] = field(default_factory=list)  # "the President": a title standing for its bearer
    surnamed: list[Mention] = field(default_factory=list)  # "King said": a title word alone, maybe a surname
    common: set[str] = field(default_factory=set)  # words the dossier writes in lower case
    owned: list[tuple[Mention, Mention]] = field(default_factory=list)  # "Acme's Labs": (owner, owned)
    lists: list[tuple[tuple[str, int], ...]] = field(default_factory=list)  # (article, start) of names listed together


_KEYLESS_SUFFIXES = gz.ORG_SUFFIXES | gz.GENERATIONS - gz.FATHER_AND_SON
"""Last words a name's key leaves out: a company's suffix (``Inc.``), a numbered generation (``III``)."""


def name_key(words: tuple[str, ...], *, spelled: bool = True) -> str:
    """Comparison key: squashed words, company and numbered generation suffixes, middle initials and an inner
    ``the`` dropped, gazetteer aliases resolved.

    ``("l3", "harris", "wescam")`` and ``("l3harris", "wescam")`` give one key;
    ``("u.s.",)`` gives the key of ``United States``; ``Church of the Holy Name`` is ``Church of Holy Name``, and
    ``Procter & Gamble`` is ``Procter and Gamble``;
    a country's initials opening a longer name are spelled out (``U.S. Army`` is ``United States Army``) unless
    ``spelled`` is false (to weigh how full a name is written).
    """
    trimmed = ["and" if w == "&" else w for i, w in enumerate(words) if w != "the" or not i]
    while len(trimmed) > 1 and trimmed[-1].rstrip(".") in _KEYLESS_SUFFIXES:
        trimmed.pop()
        if len(trimmed) > 1 and trimmed[-1] == "and":
            trimmed.pop()  # "JPMorgan Chase & Co." is "JPMorgan Chase"
    if len(trimmed) > 2 and len(trimmed[0].rstrip(".")) > 1:  # "Walter J. Brannock" is "Walter Brannock"; "J. R.
        # Brannock" keeps its initials, as "J.R. Brannock" written without the space does
        trimmed = [trimmed[0]] + [w for w in trimmed[1:-1] if len(w.rstrip(".")) > 1] + [trimmed[-1]]
    key = _squash(trimmed)
    canonical = PLACE_KEYS.get(key)
    if canonical is not None:
        return place_key(canonical)
    country = _ABBREVIATED_COUNTRIES.get(_squash(trimmed[:1])) if spelled and len(trimmed) > 1 else None
    return place_key(country) + _squash(trimmed[1:]) if country else key  # "U.S. Army" is the "United States Army"


def _government_body_key(words: tuple[str, ...], owner: str | None) -> str | None:
    """One key for a government body however it is phrased, scoped to its country.

    ``Turkish foreign ministry``, ``Turkey's Ministry of Foreign Affairs`` and
    ``Foreign Ministry of Turkey`` share a key; another country's does not. A country of several words is
    one country (``United States Embassy`` is the ``U.S. Embassy``).
    """
    heads = [w for w in words if w in GOVERNMENT_BODIES]
    if len(heads) != 1:
        return None
    country, rest = owner, []
    at = 0
    while at < len(words):
        size, place = _country_at(words, at)
        if place:
            country = place
        elif words[at] not in GOVERNMENT_FILLERS and words[at] != heads[0]:
            rest.append(words[at])
        at += size
    return f"{GOVERNMENT_BODIES[heads[0]]}:{normalise(country or '')}:{'-'.join(sorted(rest))}"


def _country_at(words: tuple[str, ...], at: int) -> tuple[int, str | None]:
    """The longest demonym or country's name opening ``words[at:]`` (``south korean``, ``united states``): its
    number of words and its country; else one word and None."""
    for size in range(min(_LONGEST_COUNTRY, len(words) - at), 0, -1):
        phrase = " ".join(words[at : at + size])
        place = _FOLDED_DEMONYMS.get(phrase) or _FOLDED_COUNTRIES.get(phrase)
        if place:
            return size, place
    return 1, None


_LONGEST_COUNTRY = max(len(name.split()) for name in (*_FOLDED_DEMONYMS, *_FOLDED_COUNTRIES))


def _names_an_office(words: tuple[str, ...]) -> bool:
    """``U.S. Surgeon General``, ``City Attorney``: only title words (and a place), an office, not its holder."""
    return all(w in gz.TITLE_WORDS or w in gz.PERSON_NOUNS or w in gz.TITLE_QUALIFIERS or is_place_word(w)
               for w in words)


class _Context:
    """The words around a run inside its sentence, for typing votes: found by bisection on the tokens'
    offsets (which rise, tokens never overlapping), as each run asks for them a dozen times."""

    def __init__(self, tokens: tuple[Token, ...]):
        self.tokens = tokens
        self.starts = [t.start for t in tokens]
        self.ends = [t.end for t in tokens]

    def preceding(self, start: int) -> list[Token]:
        """The tokens ending by ``start``."""
        return list(self.tokens[: bisect_right(self.ends, start)])

    def around(self, position: int) -> Token | None:
        """The token ``position`` falls strictly inside, if any."""
        at = self._inside(position)
        return None if at is None else self.tokens[at]

    def _inside(self, position: int) -> int | None:
        """The index of the token ``position`` falls strictly inside, if any."""
        at = bisect_right(self.ends, position)
        return at if at < len(self.tokens) and self.tokens[at].start < position else None

    def before(self, start: int) -> Token | None:
        at = bisect_right(self.ends, start)
        return self.tokens[at - 1] if at else None

    @staticmethod
    def counted(previous: list[Token]) -> bool:
        """Does ``a`` or ``an`` stand before the name, with only lower-case words or numbers between, none a noun
        the article may be counting instead (``a 2013 grey Avalon Corsa``; not ``a role alongside Ada Varga``)?"""
        nearest = previous[:-4:-1]
        if not any(token.norm in ("a", "an") for token in nearest):
            return False  # most names: no article to count them, and the dictionary need not be asked of the words
        for token in nearest:
            if token.norm in ("a", "an"):
                return True
            if not (token.text.islower() or token.text.isdigit()) or token.text.isalpha() and _only_noun(token.norm):
                return False
        return False

    @staticmethod
    def as_a_kind(previous: list[Token]) -> bool:
        """Is the name written as a kind: right after ``a`` or ``an`` (not after ``won``), after a count (``three``,
        ``3``), or after a word ending ``-time`` (``a four-time All-Star``, ``the two-time Hall of Famer``)?"""
        if not previous:
            return False
        last = previous[-1]
        won = len(previous) > 1 and previous[-2].norm in gz.WINNING_VERBS  # "won an Emmy": an honour's name
        return last.norm in ("a", "an") and not won or last.norm.endswith("-time") and last.text.islower() \
            or last.text.isdigit() and len(last.text) <= 2 or last.norm in gz.NUMBER_WORD_VALUES and last.norm != "one"

    @staticmethod
    def qualifies(follower: list[Token]) -> bool:
        """Is the name written before a lower-case noun it qualifies (``event``, ``winner-to-be``)? Not before a
        function word or a verb (``outside``, ``involved``)."""
        word = _HYPHEN.split(follower[0].norm)[0] if follower and follower[0].text[:1].islower() else ""
        return word.isalpha() and word not in gz.FUNCTION_WORDS and word not in gz.ACTOR_FOLLOWERS and noun(word)

    @staticmethod
    def model_year(previous: list[Token]) -> bool:
        """Does a year stand before the name, after ``a``, ``an`` or an owner, with only lower-case words between
        (``his 2008 Brannock``, ``a 2013 grey Avalon Corsa``)? A vehicle's make and model are written so."""
        at = len(previous) - 1
        while at >= 0 and previous[at].text.isalpha() and previous[at].text.islower():
            at -= 1
        return at >= 1 and _MODEL_YEAR.fullmatch(previous[at].text) is not None \
            and previous[at - 1].norm in _OWNERS_AND_ARTICLES

    @staticmethod
    def headed_by(previous: list[Token]) -> bool:
        """Is the name written after ``director of``, ``coach of the``, ``chairman at``: the post of someone
        heading a body, which no place or person has (``mayor of``, ``governor of`` head places)?"""
        words = [t for t in previous[-3:] if t.norm != "the"][-2:]
        return len(words) == 2 and words[1].norm in ("of", "at") and words[0].text.islower() \
            and words[0].norm in gz.BODY_TITLES

    @staticmethod
    def naming(previous: list[Token]) -> str:
        """The lower-case noun a name is given to (``deal`` in ``the deal known as the ...``, ``the pact called``)."""
        words = [t for t in previous[-4:] if t.norm != "the"]
        if len(words) >= 3 and words[-2].norm == "known" and words[-1].norm == "as":
            return words[-3].norm if words[-3].text.islower() else ""
        return words[-2].norm if len(words) >= 2 and words[-1].norm == "called" and words[-2].text.islower() else ""

    @staticmethod
    def plays_a_part(previous: list[Token]) -> bool:
        """Is the name the part someone plays, after a lower-case noun for it (``played harbour pilot Varro``,
        ``stars as current Ship Six companion Lyra``): a verb of acting (or of casting, then ``as``) a few words
        before, no punctuation between?"""
        if not previous or not previous[-1].text.isalpha() or not previous[-1].text.islower() \
                or previous[-1].norm in gz.FUNCTION_WORDS or previous[-1].norm in gz.WORK_NOUNS \
                or not noun(previous[-1].norm):
            return False  # not "cast as X in the 1983 film Y": a work
        for at in range(len(previous) - 2, max(-1, len(previous) - 8), -1):
            token = previous[at]
            if token.norm in gz.PLAYING_VERBS or token.norm == "as" and at and previous[at - 1].norm in gz.CASTING_VERBS:
                return True
            if not token.text[:1].isalnum() or token.norm in gz.FUNCTION_WORDS and token.norm not in gz.ARTICLES:
                return False  # no clause nor phrase between ("as X in the film")
        return False

    def owns(self, end: int, nouns: frozenset[str]) -> bool:
        """Is the name ending at ``end`` a possessive (``Avalon's``, ``Avalon’ s``) before one of ``nouns`` (what
        only a sports team owns, or a state), within three words (``Avalon's 21st head coach``)?"""
        at = self._inside(end)
        if at is None or not self.tokens[at].norm.endswith(_POSSESSIVE):
            at = bisect_left(self.starts, end)
            if [t.norm for t in self.tokens[at : at + 2]] != ["'", "s"]:
                return False
            at += 1
        return any(t.norm in nouns and t.text.islower() for t in self.tokens[at + 1 : at + 4])

    def possessive(self, end: int) -> bool:
        """Does the name ending at ``end`` carry a possessive (``Holt's``)?"""
        inside = self.around(end)
        return inside is not None and inside.norm.endswith(_POSSESSIVE)

    def after(self, end: int, count: int = 2) -> list[Token]:
        """The first ``count`` tokens starting from ``end``."""
        at = bisect_left(self.starts, end)
        return list(self.tokens[at : at + count])

    def past_listed_places(self, end: int) -> list[Token]:
        """The two tokens after the places listed with the name ending at ``end`` (``Washington and Beijing
        have``, ``Ottawa, Paris and Rome said``), none when no ``and`` list of places (countries, capitals, their
        peoples) follows it: so a verb after a list makes each place in it an actor, not the last alone."""
        at = bisect_left(self.starts, end)
        listed = False
        while at + 1 < len(self.tokens) and (text := self.tokens[at].text) in (",", "and"):
            listed = listed or text == "and"
            at += 1
            start = at
            while at < len(self.tokens) and self.tokens[at].text[:1].isupper():
                at += 1
            if at == start or not is_place_word(" ".join(t.norm for t in self.tokens[start:at])):
                return []
        return list(self.tokens[at : at + 2]) if listed else []

    @staticmethod
    def press_credit(before: Token | None, second: Token | None, after: list[Token], surface: str) -> bool:
        """Is the name credited as a publication: ``The`` name after a person's name and ``of`` (``Ada Varga of The
        Brill``: her employer, no person), alone in brackets before a dash (a dateline's ``(Wirelo) -``), or
        before a word of the press (``Newsly article``, ``Brill editor Tom Quennic``)?"""
        if after and after[0].text.islower() and after[0].norm in gz.PRESS_NOUNS:
            return True
        if before is None:
            return False
        if before.norm == "of" and surface.startswith("The ") and second is not None and second.text[:1].isupper() \
                and second.text[1:].islower() and second.norm not in gz.JOINING_HEADS:
            return True
        return before.text == "(" and len(after) >= 2 and after[0].text == ")" and after[1].text in _CLAUSE_OPENERS

    @staticmethod
    def personal(surface: str, words: tuple[str, ...]) -> bool:
        """Shaped like a person's full name: two or three words, no acronym, no head word of a body or place,
        not an office (``Surgeon General``)."""
        return 2 <= len(surface.split()) <= 3 and gz.NOT_PERSONAL.isdisjoint(words) \
            and not any(w.isupper() for w in surface.split()) and not _names_an_office(words)

    def vote(self, votes: Counter, start: int, end: int, words: tuple[str, ...], surface: str) -> None:
        """Adds to the mention's ``votes`` what its shape and the words around it say of its type."""
        previous = self.preceding(start)
        before = previous[-1] if previous else None
        second = previous[-2] if len(previous) > 1 else None  # the word before ``before``
        third = previous[-3] if len(previous) > 2 else None
        after = self.after(end, 3)
        last = words[-1] if words else ""
        located = before is not None and before.text.islower() and before.norm in gz.PLACE_LEADS \
            or (inside := self.around(end)) is not None and inside.text[end - inside.start :].lower() == "-based"
        if located:
            votes["place-context"] += 2  # "suburban Kestrelton", "a Kestrelton-based firm"
        follower = self.after(end, 1)
        if self.owns(end, gz.TEAM_NOUNS):
            votes["team-owner"] += 1
        if before is not None:
            head = _HYPHEN.split(before.norm)[-1]
            if before.norm == "the":
                votes["definite"] += 1  # "the Strikers": no person's surname
                if before.text == "the":
                    votes["lower-the"] += 1
                elif before.text == "The" and second is not None and second.text[:1].isalnum():
                    votes["The"] += 1  # "north of The Brimstones": capitalised inside a sentence, a word of the name
            if self.counted(previous):
                votes["counted"] += 1  # "an Emmy", "a 2011 blue Kestrel Vantage": a thing, not a person
            if self.as_a_kind(previous) and not self.qualifies(follower):
                votes["kind"] += 1  # "in a Skip-Bin", "a four-time All-Star": one of a kind, or an honour won
                # (not "a Chirper event", "an Emmy winner": a name qualifying the noun after it)
            if self.model_year(previous) and not any(w in gz.HONOUR_NOUNS or w in gz.ORG_KEYWORDS
                                                     or w in gz.GATHERING_NOUNS for w in words) \
                    and not (follower and follower[0].text.islower() and noun(follower[0].norm)):
                votes["product-context"] += 2  # "his 2008 Brannock": a car's make (not "a 2005 Caring Award",
                # "their 2016 Varga campaign")
            if before.norm in gz.PLACE_PREPOSITIONS and not self.possessive(end) \
                    and not (before.norm == "to" and second is not None and (second.norm in gz.TAKING or second.norm in gz.SOURCE_LEADS)):
                votes["place-context"] += 1  # not "in Dean Holt's film", "took to Chirper" (a platform), "according to"
            if before.norm == "at" and second is not None and second.norm in gz.GAME_NOUNS and third is not None \
                    and third.norm in gz.TEAM_NOUNS and not self.possessive(end):
                votes["place-context"] += 1  # "a playoff loss at Brill": where the game was played
            if second is not None and (before.norm == "on" and second.norm in gz.POSTING_VERBS
                                       or before.norm == "to" and second.norm in gz.TAKING):
                votes["product-context"] += 1  # "wrote on Chirper", "took to Chirper": a platform one posts on
            bearing = second if before.norm == "of" else third if before.norm == "the" and second is not None \
                and second.norm == "of" else None  # "two miles north of The Brimstones"
            if bearing is not None and (_HYPHEN.split(bearing.norm)[-1] in gz.DIRECTION_WORDS
                                        or bearing.text.islower() and bearing.norm in gz.PLACE_NOUNS):
                votes["place-context"] += 2  # "14 miles north-northeast of Millbrook", "the border town of Kestrelton"
            if before.text.islower() and head in gz.ORG_NOUNS:
                votes["org-context"] += 2
            if self.headed_by(previous):
                votes["org-context"] += 2  # "controller of Brill Drama", "coach of the Strikers"
            named = self.naming(previous)
            if named in gz.AGREEMENT_NOUNS:
                votes["law"] += 1  # "the trade pact known as the Harbour Accord"
            elif named in gz.PRODUCT_NOUNS:
                votes["product-context"] += 2  # "a software package called Brillopt"
            if before.text.islower() and ((head in gz.TITLE_WORDS or head in gz.NAMED_PEOPLE_NOUNS) and len(words) >= 2
                                          or head in gz.KIN_NOUNS) or self.plays_a_part(previous) \
                    or _job_noun(before.norm) and len(words) >= 2 and (second is None or not second.text[:1].isalnum()):
                votes["person-context"] += 2  # "Kremlin spokesman Dmitry Peskov", "actor Martin Calloway", "his wife Ann",
                # "played harbour pilot Varro": a part, a person; "Midfielder Ann Lee scored", the sentence's first word
            if before.text.islower() and head in gz.KIN_NOUNS \
                    or before.text == "," and second is not None and second.text.islower() and second.norm in gz.KIN_NOUNS:
                votes["kin"] += 1  # "his wife Lucie Vireo", "her father, Mr Brandt": named as someone's relative
            titled = second if before.text == "," else None
            if titled is not None and titled.text.islower() and (titled.norm in gz.TITLE_WORDS or titled.norm in gz.NAMED_PEOPLE_NOUNS) \
                    and self.personal(surface, words):
                votes["person-context"] += 2  # "Britain's foreign secretary, Giles Harrow,"
        if after and after[0].text.islower() and not located:  # not "a suburban Kestrelton accounting firm"
            if any(t.norm in gz.ORG_NOUNS for t in after[:2] if t.text.islower()) or after[0].norm in gz.CORPORATE_NOUNS \
                    or after[0].norm in gz.ARMED_MEMBERS and len(words) >= 2:
                votes["org-context"] += 2  # "Reuters news agency", "Haskell shares fell", "Kato Baram militants" (a
                # group shaped like a person's name; one word may be a place the gazetteer leaves out: "Chad rebels")
        if before is not None and before.norm == "of" and second is not None and second.norm in gz.CORPORATE_NOUNS:
            votes["org-context"] += 2  # "shares of Haskell"
        if self.press_credit(before, second, after, surface):
            votes["org-context"] += 2  # "Ada Varga of The Brill", "KESTRA (Wirelo) -", "a Newsly article": an outlet
        if after and after[0].text == ",":
            # an apposition: "Maersk, the Danish shipping giant," / "Niek Stam, the union's negotiator,"
            apposition = list(itertools.takewhile(lambda t: t.text != ",", self.after(after[0].end, 6)))
            head_words = [_HYPHEN.split(t.norm)[-1] for t in itertools.takewhile(
                lambda t: t.norm not in _APPOSITION_ENDS and t.norm not in _RELATIVE_OPENERS, apposition)
                if t.text.islower()]
            heads = set(head_words)  # "a partner in the firm"; "a man who sold bank accounts": no bank
            first = apposition[0] if apposition else None
            described = first is not None and first.text.islower() \
                and (first.norm in _DETERMINERS
                     or first.norm not in gz.FUNCTION_WORDS and first.norm not in gz.PERSONAL_OWNERS) \
                and not any(t.text[:1].isupper() and not t.norm.endswith(_POSSESSIVE) for t in apposition)
            office = _names_an_office(words)  # "Surgeon General, the nation's chief health adviser"
            if described and heads & gz.KIN_NOUNS:
                votes["kin"] += 1  # "Ivanka Vireo, his daughter,": named as someone's relative
            if first is not None and (first.norm in _RELATIVE_OPENERS or first.text in _CLOSING_QUOTES):
                pass  # "Midway, where the navy keeps a large base,": a relative clause, no apposition; nor is
                # '... the Brannie Awards," trade magazine X wrote': the quotation ends there
            elif described and heads & gz.NAMED_PEOPLE_NOUNS and not office:  # "Rupert Prewett, the show's head
                votes["person-context"] += 2  # writer,", not "thank @TheGuild, my wife Livia"
            elif heads & gz.ORG_NOUNS:
                votes["org-context"] += 2
            elif described and head_words[-1] in gz.PRODUCT_NOUNS:
                votes["product-context"] += 2  # "Brillopt, a software package that", not "a software developer"
            elif not office and (heads & gz.TITLE_WORDS or first is not None and first.norm in gz.TITLE_WORDS
                                 and first.text[1:].islower() and self.personal(surface, words)):
                votes["person-context"] += 2  # "Harriet Dunmore, Controller Network Two says"
        placed = before is not None and (before.norm in gz.PLACE_PREPOSITIONS or before.norm in ("at", "of"))
        onward = self.past_listed_places(end) or after
        verb = onward[1:2] if onward and onward[0].norm in gz.SENTENCE_ADVERBS else onward[:1]
        acting = not placed and verb and verb[0].text.islower() and (
            verb[0].norm in gz.ACTOR_FOLLOWERS or verb[0].norm in gz.GOVERNMENT_WORK and is_place_word(" ".join(words))
            and (before is None or before.norm not in gz.ARTICLES_AND_OWNERS))  # not "his Washington work won"
        accredited = before is not None and before.norm == "to" and second is not None and second.norm in gz.ENVOY_NOUNS
        governing = before is not None and before.norm == "the" and after and after[0].text.islower() \
            and after[0].norm in gz.GOVERNMENT_NOUNS  # "the Brill government": the government, named by its seat
        if before is not None and before.norm in gz.ACTOR_LEADS or acting or accredited or governing \
                or self.owns(end, gz.STATE_NOUNS):
            votes["actor"] += 1  # "a deal with Washington", "Ottawa said": a capital standing for its government
        if acting and verb[0].norm in gz.REPORTING_VERBS:
            votes["speaks"] += 1  # "Ellery Street said on Monday": no street or building speaks, its occupant does
        if (acting and verb[0].norm in gz.REPORTING_VERBS or second is not None and second.norm in ("with", "against")
                or third is not None and third.norm in gz.SOURCE_LEADS and second.norm == "to") \
                and before is not None and before.norm == "the" and not _names_an_office(words):
            votes["org-context"] += 1  # "the White House confirmed", "talks with the Kremlin", "according to the
            # Kremlin": a body speaking or dealt with; no person's name takes "the"
        if len(words) == 2 and last in _ROOM_OR_BODY_HEADS and before is not None and second is not None \
                and (before.norm == "the" and (second.norm in gz.PLACE_PREPOSITIONS or second.norm == "at")
                     or before.norm in ("a", "an") and follower and follower[0].text.islower()
                     and follower[0].norm in gz.GATHERING_NOUNS):
            votes["room"] += 1  # "in the Ellery Office", "an Ellery Office meeting": a room one is in or meets in
        if after and after[0].text.islower() and after[0].norm in gz.PLACE_NOUNS:
            votes["place-context"] += 1  # "the Aceh province"
        if after and after[0].text.islower() and after[0].norm in gz.PLATFORM_NOUNS:
            votes["product-context"] += 1  # "her Chirper feed": a platform
        if after and after[0].norm in gz.TITLE_WORDS:
            votes["titles"] += 1  # "House Judiciary Chairman Bob Hanrahan": the name of what he chairs
        speaking = after[1:2] if after and after[0].text == "," else after[:1]
        if speaking and speaking[0].norm in gz.ATTRIBUTION_VERBS and self.personal(surface, words):
            votes["person-context"] += 1  # "Lydia Vance said", "Lydia Vance, said"; not "White House said"
        written = surface.split()
        if any(_HYPHEN.search(word) and family[:1].isupper() and _is_syllabled_given_name(_HYPHEN.split(word), family)
               for family, word in zip(written, written[1:])):
            votes["person"] += 1  # "Ri Chol-han": a given name of syllables after the family name
        if len(words) >= 3 and last.rstrip(".") in gz.FATHER_AND_SON:
            votes["person"] += 1  # "Ada Lee King Jr.": only a person's name ends so (not "World War II")
        if len(words) > 1 and (words[0] in gz.EVENT_HEADS or any(
                w[:1].isupper() and w.lower() in gz.FUNCTION_WORDS for w in written[1:])):
            votes["thing"] += 1  # "Hurricane Delphine", "Captain Why": an event or a work, whatever it happened "in"
        if words == (last,) and last in gz.DEITY_WORDS:
            votes["thing"] += 1  # "belief in God": whatever it is "in", no place
        if last in gz.LAW_KEYWORDS and len(words) > 1 and not (
                len(words) > 2 and words[-2] in ("of", "for") and not gz.ORG_KEYWORDS.isdisjoint(words[:-2])):
            votes["law"] += 1  # not "Calder University School of Law", "Institute for Trade Law": a body's field
        if len(words) > 1 and (last in gz.GEO_HEADS or last in gz.FACILITY_HEADS or words[0] in gz.GEO_HEADS
                               and words[1] == "of"
                               or words[0] in gz.PLACE_QUALIFIERS and _known_place(words[1:])) \
                or len(words) == 2 and words[0].rstrip(".") in gz.PLACE_OPENERS and last not in gz.ORG_KEYWORDS \
                or len(words) > 1 and last == "st.":
            votes["geo"] += 1  # "Indian Ocean", "Gulf of Tarsa", "Northern Avalonia" (of a known place), "Fort Calder",
            # "Elm St."
        if any(w in gz.ORG_KEYWORDS for w in words) or last.rstrip(".") in gz.ORG_SUFFIXES or "&" in words \
                or len(words) == 3 and words[1] == "and" \
                or words == (last,) and last in gz.PARTY_MEMBERS \
                or len(words) >= 3 and last in PLACE_KEYS:  # "Global Affairs Canada"
            votes["org"] += 1  # "Procter & Gamble", "Simon and Schuster": two names made one are a firm's
        code = _CODE.fullmatch(written[-1]) or len(words) > 1 and _CODE.fullmatch(words[-1])
        if _NUMBER_PLURAL.fullmatch(last):
            votes["org"] += 1  # "Riverton 88ers": a team
        elif len(words) > 1 and words[-1].isdigit() and not gz.ROAD_WORDS.isdisjoint(words[:-1]):
            votes["geo"] += 1  # "Interstate 80", "State Route 12": a road
        elif len(words) == 2 and words[0] in gz.NUMBERING_WORDS:
            votes["thing"] += 1  # "Number 12 said", "No. 7": a house, a shirt or a rank named by its number, no model
            # nor a person
        elif code or len(words) > 1 and words[-1][0].isdigit() \
                or len(words) > 2 and words[-1] in gz.MODEL_SUFFIXES and words[-2][0].isdigit():  # "Boeing 737 Max"
            votes["product"] += 1
        if self.tokens[0].start == start and len(after) == 3 and after[0].text == "," \
                and (after[1].norm in gz.MONTH_NAMES or after[1].norm.rstrip(".") in gz.MONTH_ABBREVIATIONS) \
                and after[2].text.isdigit():
            votes["place-context"] += 2  # a dateline: "Kestrelton, Nov 11 -", "Kestrelton, May 3 (Wire)"
        if surface.replace(".", "").isupper() and len(surface) > 1:
            if self.tokens[0].start <= start and after and after[0].text in "(,\u2014\u2013-" \
                    and all(t.text.isupper() for t in self.preceding(start)):
                votes["place-context"] += 2  # a dateline: "ROTTERDAM, Netherlands —", "THE HAGUE (Wire) -"
            elif self.spells_common_words(start, surface):
                votes["common"] += 1
            else:
                votes["acronym"] += 1

    def spells_common_words(self, start: int, surface: str) -> bool:
        """``intercontinental ballistic missiles (ICBM)``: an acronym in brackets after lower-case words
        whose initials it spells is short for a kind of thing, not for an organisation's name."""
        letters = surface.replace(".", "").lower()
        before = self.preceding(start)
        if len(letters) < 2 or len(before) < 3 or before[-1].text != "(":
            return False
        lower = list(itertools.takewhile(lambda t: t.text.islower(), reversed(before[:-1])))[::-1]
        return any(_abbreviates(letters, [t.norm for t in lower[-count:]]) for count in range(2, len(lower) + 1))


def _known_place(words: tuple[str, ...]) -> bool:
    key = name_key(words)
    return key in PLACE_KEYS or key in STATE_KEYS


def _abbreviates(letters: str, words: list[str]) -> bool:
    """Do ``words`` spell ``letters``, each word giving its initial and maybe more of its letters in order
    (``intercontinental ballistic missile`` spells ``icbm``)?"""
    at = 0
    for left, word in enumerate(words):
        if at >= len(letters) or word[0] != letters[at]:
            return False
        at, position = at + 1, 1
        while at < len(letters) and len(letters) - at > len(words) - left - 1 \
                and (found := word.find(letters[at], position)) > 0:
            at, position = at + 1, found + 1
    return at == len(letters)


def _bearers_word(piece: _Piece) -> bool:
    """Is this one Title Case word after a title its bearer's name, though an English word (``Moon``, ``Rice``)?
    Not when it may finish the title (``General``, ``Emeritus``), name a body or a place, or be the
    sentence's capitalised first word."""
    return piece.kind == "name" and piece.text[:1].isupper() and piece.text[1:].islower() and not piece.initial \
        and piece.norm not in gz.TITLE_QUALIFIERS and piece.norm not in gz.TITLE_WORDS \
        and piece.norm not in gz.ORG_KEYWORDS and piece.norm not in _TITLE_FILLERS and not is_place_word(piece.norm) \
        and not piece.norm.endswith("ing")


def _title_as_surname(run: list[_Piece], i: int, vocab: _Vocabulary) -> bool:
    """``Lenny Shaw``, ``Mike Judge``: a title word written Title Case that ends the run right after a given name
    (which opens the run or follows a title) is the surname, not a title (a title stands before the name it
    qualifies; ``Brackwell Trailhawks Coach`` keeps its title). So is one before a generation, which no title
    takes, after one or two given names (``Ada Lee King Jr.``)."""
    text = run[i].text
    last = len(run) - 1
    while last > i and run[last].norm.rstrip(".") in gz.GENERATIONS:
        last -= 1
    if i != last or i == 0 or not (text[:1].isupper() and text[1:].islower()):
        return False
    opened = i == 1 or run[i - 2].kind in ("title", "joiner") or run[i - 2].norm in gz.TITLE_WORDS
    twice = i == 2 and last < len(run) - 1 and _surname_shaped(run[0], vocab) and run[0].norm not in gz.TITLE_QUALIFIERS
    return (opened or twice) and _surname_shaped(run[i - 1], vocab) and run[i - 1].norm not in gz.TITLE_QUALIFIERS


def _inner_particle(name: list[_Piece], i: int, vocab: _Vocabulary) -> bool:
    """``de``, ``von der``, ``bin`` between a given name and a family name (``Charles de Gaulle``, ``Ada bin Lee``):
    a word of the name after a title."""
    at = i
    while at > 0 and name[at].kind == "joiner" and name[at].norm in gz.SURNAME_PARTICLES:
        at -= 1
    return at < i < len(name) - 1 and name[i].norm in gz.SURNAME_PARTICLES and _surname_shaped(name[at], vocab)


_TITLE_FILLERS = gz.TITLE_QUALIFIERS - gz.FUNCTION_WORDS - gz.PLACE_QUALIFIERS | {"executive"}
"""Words that finish a title after its title word (``General``, ``Justice``, ``Chief Executive``), none a function
word or a place's (``New``)."""


_SHORT_AFTER_A_TITLE = frozenset("elect legal risk data audit tax sport admin".split())
"""Short words written after a title for its rank or its field (``President Elect``, ``Director Legal``), no given
name; the longer ones (``Designate``, ``Marketing``) are past the given name's length."""


def _counted_money(pieces: list[_Piece], i: int) -> bool:
    """``Two Billion Dollars``: number words holding a scale word, then a currency in the plural, written Title
    Case, are a sum (not ``Million Dollar Baby``, a title with the currency in the singular)."""
    def plural_currency(j: int) -> bool:
        return j < len(pieces) and pieces[j].norm in gz.CURRENCY_WORDS and pieces[j].norm.endswith("s")
    end = next((j for j in range(i, len(pieces))
                if pieces[j].norm not in gz.NUMBER_SCALES and pieces[j].norm not in gz.NUMBER_WORD_VALUES), len(pieces))
    if end > i:
        return plural_currency(end) and any(p.norm in gz.NUMBER_SCALES for p in pieces[i:end])
    return plural_currency(i) and i > 0 and pieces[i - 1].norm in gz.NUMBER_SCALES


def _ends_a_name(run: list[_Piece]) -> bool:
    """A word of page furniture written Title Case after a word of a name written so is the name's last word
    (``Lisa Page``, ``Human Rights Watch``, ``Screen Share``), not furniture after the name as ``AP Photo`` is, nor
    a section after an outlet's (``Fox News Opinion``, ``Kestrel News Article``)."""
    last, before = run[-1], run[-2] if len(run) > 1 else None
    return before is not None and before.kind == "name" and before.norm not in gz.BOILERPLATE_WORDS \
        and before.norm not in _BROADCAST_HEADS \
        and last.text[1:].islower() and before.text[1:].islower() and before.text[:1].isupper()


def _given_name_shaped(piece: _Piece) -> bool:
    """Alone between a title and a surname, a short word written Title Case that no title, body or place uses is the
    given name, though it is a common word too (``Mark``, ``Bill``, ``Rich``, ``Grace``). A field or a rank written
    there (``Director Marketing``, ``Regional Manager Sales``, ``Governor Elect``) is longer, a plural, or one of
    the short ones a title takes after it; a short field no list holds (``Director Print Lund``) is still taken for
    a given name."""
    norm = piece.norm
    return piece.kind == "name" and not piece.possessive and piece.text.isalpha() and piece.text[:1].isupper() \
        and piece.text[1:].islower() and len(norm) <= 5 and not norm.endswith("s") \
        and norm not in _SHORT_AFTER_A_TITLE and norm not in gz.FUNCTION_WORDS and norm not in gz.CALENDAR_WORDS \
        and norm not in _TITLE_OPENERS and norm not in _TITLE_FILLERS and norm not in gz.ORG_KEYWORDS \
        and norm not in gz.OFFICE_WORDS and not is_place_word(norm)


def _past_title_complement(after: list[_Piece], tail: int) -> int:
    """``Chief of Staff Ada Varga``, ``Director of Public Affairs Lena Ortiz``: when the name seemed to start right
    after a title's ``of``, English words written Title Case (no place) there finish the title, up to the last two
    words, the name (``Secretary of State Ines Brook`` keeps ``Ines``); after the complement's ``and`` they all do
    (``Secretary of Housing and Urban Renewal`` names no one). ``tail`` is where the name was found."""
    if not after or after[0].norm != "of" or after[0].kind != "joiner":
        return tail
    if tail >= 3 and after[tail - 1].norm in ("and", "&") and all(map(_title_case_word, after[tail:])):
        return len(after)  # "Secretary of Housing and Urban Renewal": English words after the complement's "and"
    if tail != 1:
        return tail
    while tail < len(after) - 2 and _title_case_word(after[tail]):
        tail += 1
    return tail


def _title_case_word(piece: _Piece) -> bool:
    """An English word written Title Case, no place's: a word of a title's complement, not of a name."""
    return piece.kind == "name" and piece.text[:1].isupper() and piece.text[1:].islower() \
        and dictionary_word(piece.norm) and not is_place_word(piece.norm)


_PLACE_FIRST_WORDS = gz.PLACE_QUALIFIERS | gz.PLACE_OPENERS
"""Words that open a place's name of two (``New Wexmoor``, ``Saint Aubin``)."""


def _place_before_a_holder(after: list[_Piece]) -> int:
    """``[Archbishop] of Wexmoor Harold Brannock``: after the ``of`` of a title that governs a place, three names are
    the place (a place the gazetteer does not know is told by where it stands) and its holder's two, Title Case;
    so are four when the place's name opens with a word such as ``New``, ``Saint``. Where the holder's name starts
    is not told otherwise (``Dalby Ada Lee Varga``): 1, no place."""
    words = after[1:]
    place = 2 if len(words) == 4 and words[0].norm.rstrip(".") in _PLACE_FIRST_WORDS else 1
    if len(words) != place + 2 or not all(p.kind == "name" for p in words) \
            or not all(p.text[:1].isupper() and p.text[1:].islower() for p in words[-2:]):
        return 1
    return 1 + place


def _surname_shaped(piece: _Piece, vocab: _Vocabulary) -> bool:
    """Could this piece be part of a person's name (not a common noun or a keyword)?"""
    return piece.kind == "name" and is_initial(piece.text) or (
        piece.kind == "name"
        and piece.norm not in vocab.lower
        and piece.norm not in gz.ORG_KEYWORDS
        and piece.norm not in gz.TITLE_WORDS
        and not is_place_word(piece.norm)
    )


T = TypeVar("T")


# --- what reading a sentence looks at around it ---------------------------------
# Each takes the body and offsets into it and answers in words, no offsets: a copy of the sentence elsewhere gets
# the same answer where its surroundings read the same (:meth:`_MentionFinder.look`).


def _exclaimed_before(body: str, at: int) -> bool:
    """Does a capitalised word and its ``!`` stand right before ``at`` (``Yahoo! ``)?"""
    return _EXCLAIMED_NAME.search(body, max(0, at - 40), at) is not None


def _decimal_after(body: str, at: int) -> bool:
    """Does a decimal fraction follow ``at`` (``.5``, or ``. 5`` where the sentence was cut inside the figure)?"""
    return _DECIMAL_AFTER.match(body, at) is not None


def _after_comma(body: str, at: int) -> bool:
    return _AFTER_COMMA.search(body, max(0, at - 3), at) is not None


def _closes_quotation(body: str, at: int) -> bool:
    return _CLOSES_QUOTATION.match(body, at) is not None


def _plural_head(body: str, at: int) -> str | None:
    """The lower-case plural written right after ``at`` (:data:`_PLURAL_HEAD`), if any."""
    written = _PLURAL_HEAD.match(body, at)
    return written.group(1) if written else None


def _list_tail(body: str, at: int) -> bool:
    return _LIST_TAIL.match(body, at) is not None


def _state_after(body: str, at: int) -> str | None:
    """The state written after a town ending at ``at`` (:data:`_STATE_AFTER`), its comma first, if any."""
    state = _STATE_AFTER.match(body, at)
    return state.group() if state else None


def _elided_place(body: str, at: int) -> str | None:
    """The place after another compass word from ``at`` (:data:`_ELIDED_PLACE`), if any."""
    written = _ELIDED_PLACE.match(body, at)
    return written.group(1) if written else None


_GROWN = ("mentions", "titles", "surnamed", "demonyms", "definitions", "aliases", "owned", "lists")
"""The lists of :class:`Findings` that reading a sentence adds to."""
_READINGS_KEPT = 4
"""Readings kept of one sentence in one position (:meth:`_MentionFinder.sentence`): a copy whose surroundings answer
none of them as they did is read anew."""


def _moved(mention: Mention, shift: int, article: str = "", order: int = 0, paragraph: int = 0) -> Mention:
    """``mention`` ``shift`` characters on, in ``article`` (``order``) and ``paragraph``, its votes its own (clustering
    adds to them), every other field as it is: made by its constructor, at half :func:`~dataclasses.replace`'s cost
    (one per copy of a mention of a sentence copied), and laid out as every mention is (a dictionary set in its
    place made clustering's reads of the mentions slower)."""
    return Mention(article, order, mention.start + shift, mention.end + shift, mention.surface, mention.name,
                   mention.words, mention.spaced, mention.key, mention.votes.copy(), paragraph, mention.title,
                   mention.people)


@dataclass(frozen=True, slots=True)
class _Reading:
    """What reading one sentence added to the findings, offsets from the sentence's start, and what the reading
    looked at in the body (:meth:`_MentionFinder.look`): check, offsets from the start, answer."""

    looks: tuple[tuple[Callable[..., object], tuple[int, ...], object], ...]
    mentions: tuple[Mention, ...]
    titles: tuple[Mention, ...]
    surnamed: tuple[Mention, ...]
    demonyms: tuple[tuple[str, str], ...]
    definitions: tuple[tuple[str, str], ...]
    aliases: tuple[tuple[str, str, bool], ...]
    owned: tuple[tuple[int, int], ...]  # (owner, owned): indices into ``mentions``
    lists: tuple[tuple[int, ...], ...]  # the listed names' starts
    covered: int | None  # where the sentence's last town's mention with its state ends, if one does

    @staticmethod
    def counts(findings: Findings) -> tuple[int, ...]:
        return tuple(len(getattr(findings, name)) for name in _GROWN)

    @classmethod
    def of(cls, findings: Findings, before: tuple[int, ...], start: int,
           looks: list[tuple[Callable[..., object], tuple[int, ...], object]], covered: int | None) -> _Reading | None:
        """What was added to ``findings`` since they held ``before`` items (:meth:`counts`) by reading the sentence
        at ``start``; None if an owner pair is not of its mentions (a copy then is read anew)."""
        mentions, titles, surnamed, demonyms, definitions, aliases, owned, lists = (
            getattr(findings, name)[at:] for name, at in zip(_GROWN, before))
        index = {id(mention): i for i, mention in enumerate(mentions)}
        if any(id(owner) not in index or id(mention) not in index for owner, mention in owned):
            return None
        return cls(tuple(looks), tuple(_moved(m, -start) for m in mentions), tuple(_moved(m, -start) for m in titles),
                   tuple(_moved(m, -start) for m in surnamed), tuple(demonyms), tuple(definitions), tuple(aliases),
                   tuple((index[id(owner)], index[id(mention)]) for owner, mention in owned),
                   tuple(tuple(at - start for _, at in chain) for chain in lists), covered)

    def seen_around(self, body: str, start: int) -> bool:
        """Does the body around a copy at ``start`` answer what this reading looked at as it did?"""
        return all(check(body, *(start + at for at in where)) == found for check, where, found in self.looks)

    def add_to(self, findings: Findings, article: str, order: int, paragraph: int, start: int) -> None:
        """Adds to ``findings`` what this reading added, for the copy at ``start``."""
        mentions = [_moved(m, start, article, order, paragraph) for m in self.mentions]
        findings.mentions.extend(mentions)
        findings.titles.extend(_moved(m, start, article, order, paragraph) for m in self.titles)
        findings.surnamed.extend(_moved(m, start, article, order, paragraph) for m in self.surnamed)
        findings.demonyms.extend(self.demonyms)
        findings.definitions.extend(self.definitions)
        findings.aliases.extend(self.aliases)
        findings.owned.extend((mentions[owner], mentions[owned]) for owner, owned in self.owned)
        findings.lists.extend(tuple((article, start + at) for at in chain) for chain in self.lists)


class _MentionFinder:
    """Turns the runs of one article into mentions, demonyms and acronym definitions."""

    def __init__(self, findings: Findings, vocab: _Vocabulary, article: str, order: int, body: str,
                 known: dict[tuple, tuple[int, list[list[_Piece]]]], readings: dict[tuple, list[_Reading]]):
        """``known``: the runs found so far by sentence (:meth:`runs`), shared by the articles' finders;
        ``readings``: what the sentences read so far added, by sentence (:meth:`sentence`), shared too."""
        self.findings, self.vocab, self.article, self.order, self.body = findings, vocab, article, order, body
        self.known, self.readings = known, readings
        self.owner: str | None = None
        self.paragraph = 0
        self.covered_to = 0
        self.start = 0  # the sentence read
        self.looks: list[tuple[Callable[..., object], tuple[int, ...], object]] = []

    def sentence(self, sentence: Sentence, tokens: tuple[Token, ...]) -> None:
        """Adds the sentence's mentions (and demonyms, definitions, aliases, titles, lists) to the findings, found
        once per text: a copy of a sentence read before, in the same position facts (:meth:`runs`), with the same
        end of a town's mention before it (:attr:`covered_to`) and the same quotations of a title around it, whose
        surroundings answer what the first reading looked at there (:meth:`look`), adds what that one added, moved
        to where it stands (:class:`_Reading`). Nothing else of the dossier is read but the dossier's vocabulary."""
        runs_key = self.runs_key(sentence)
        start, end = sentence.start, sentence.end
        quotes = self.vocab.title_quotes.get(self.article, ())
        key = (runs_key, max(0, self.covered_to - start),  # clipped: all a run inside the sentence is compared with
               tuple((max(a - start, -1), min(b - start, end - start + 1)) for a, b in quotes if a < end and b > start))
        self.paragraph, self.start = sentence.paragraph, start
        readings = self.readings.setdefault(key, [])
        for reading in readings:
            if reading.seen_around(self.body, start):
                reading.add_to(self.findings, self.article, self.order, self.paragraph, start)
                if reading.covered is not None:
                    self.covered_to = start + reading.covered
                return
        before = _Reading.counts(self.findings)
        covered, self.looks = self.covered_to, []
        self.read(sentence, tokens, runs_key)
        if len(readings) < _READINGS_KEPT:
            reading = _Reading.of(self.findings, before, start, self.looks,
                                  None if self.covered_to == covered else self.covered_to - start)
            if reading is not None:
                readings.append(reading)

    def look(self, check: Callable[..., T], *at: int) -> T:
        """``check(body, *at)``, at offsets ``at`` of the body, noted with what it found: what the reading of a
        sentence looks at in the body may lie past its ends (the state after a town closing it, a name cut in two
        by a sentence end), which only a copy that finds the same there is read alike (:meth:`sentence`)."""
        found = check(self.body, *at)
        self.looks.append((check, tuple(a - self.start for a in at), found))
        return found

    def read(self, sentence: Sentence, tokens: tuple[Token, ...], runs_key: tuple) -> None:
        context = _Context(tokens)
        previous: list[_Piece] = []
        first = len(self.findings.mentions)
        for run in self.runs(sentence, tokens, runs_key):
            if run[0].start < self.covered_to:
                continue  # the state of "Fort Calder, Arkansas", inside the town's mention
            if self.brand_tail(run) or _quoted_common_phrase(run, self.vocab, self.article) \
                    or self.quoted_interjection(run) or self.measure(run):
                continue
            # "Turkey's Ministry of Foreign Affairs": the possessive country owns the body after it
            owner = previous[-1] if previous and previous[-1].possessive else None
            owned = owner is not None and run[0].start - owner.end <= 4
            self.owner = _FOLDED_COUNTRIES.get(owner.norm) if owned else None
            ahead = len(self.findings.mentions)
            self.run(run, context)
            if owned and ahead > first and len(self.findings.mentions) > ahead \
                    and self.findings.mentions[ahead - 1].end >= owner.start:
                self.findings.owned.append((self.findings.mentions[ahead - 1], self.findings.mentions[ahead]))
                if self.aired(previous, context):
                    self.findings.mentions[ahead].votes["aired"] += 1
            previous = run
        ordered = sorted(self.findings.mentions[first:], key=lambda m: m.start)
        self.shared_heads(ordered)
        self.lists(ordered)

    def runs_key(self, sentence: Sentence) -> tuple:
        """What the runs of a sentence read (:meth:`runs`): its text, whether it is a headline, its article
        capitalises nouns and which of its words are quoted."""
        vocab = self.vocab
        return (sentence.text, (sentence.article, sentence.index) in vocab.headlines,
                sentence.article in vocab.noun_capitals, _quoted_tokens(sentence, vocab))

    def runs(self, sentence: Sentence, tokens: tuple[Token, ...], key: tuple) -> list[list[_Piece]]:
        """The sentence's runs of name pieces (:func:`_pieces`, :func:`_runs`), found once per text: they read
        nothing but its tokens (taken apart from its text alone), the dossier's vocabulary and what ``key`` holds
        (:meth:`runs_key`); a copy of a sentence read before gets the runs found then, moved to where it stands."""
        vocab = self.vocab
        known = self.known.get(key)
        if known is None:
            runs = _runs(_pieces(sentence, tokens, vocab), vocab)
            self.known[key] = (sentence.start, runs)
            return runs
        start, runs = known
        shift = sentence.start - start
        return [[_Piece(p.start + shift, p.end + shift, p.text, p.norm, p.kind, p.alone, p.possessive, p.initial,
                        p.calendar, p.work) for p in run] for run in runs]

    @staticmethod
    def aired(owner: list[_Piece], context: _Context) -> bool:
        """Is the owner before a name a broadcaster written after ``on`` (``on WXN's Evening Desk``, ``on Brill News'
        Late Edition``)? Then the name is a programme it airs, whatever keyword its title holds."""
        before = context.before(owner[0].start)
        return before is not None and before.norm == "on" \
            and (len(owner) == 1 and owner[0].text.isupper() and len(owner[0].text) > 1
                 or owner[-1].norm in _BROADCAST_HEADS)

    def brand_tail(self, run: list[_Piece]) -> bool:
        """Is the run one English word written just after a capitalised word and its ``!`` on the same line
        (``Yahoo! News``, ``Jeopardy! Champion``)? The sentence was cut inside a name: the word alone names
        nothing, and would pass for the short form of another name ending in it (``Fox News``)."""
        return len(run) == 1 and dictionary_word(run[0].norm) \
            and self.look(_exclaimed_before, run[0].start)

    def measure(self, run: list[_Piece]) -> bool:
        """``M7.5``, ``M7. 5`` (a copy's spaced stop, where the sentence was cut), ``F2.8``: one capital and digits
        with a decimal fraction after them are a measure (a magnitude, an aperture), no model's name."""
        return len(run) == 1 and _LETTER_NUMBER.fullmatch(run[0].text) is not None \
            and self.look(_decimal_after, run[0].end)

    def quoted_interjection(self, run: list[_Piece]) -> bool:
        """``"... in the Lord's name, Amen,"``, ``"Thank you all, Hallelujah!"``: one word inside a quotation,
        capitalised after a comma and closing the quoted sentence (a mark or the closing quote right after it), that
        no report capitalises outside quotations, is the cry or the prayer's last word, no name."""
        word = run[0]
        return len(run) == 1 and (self.article, word.start) in self.vocab.quoted \
            and word.norm not in self.vocab.free_caps and not is_place_word(word.norm) \
            and self.look(_after_comma, word.start) and self.look(_closes_quotation, word.end)

    def shared_heads(self, mentions: list[Mention]) -> None:
        """``Avalon and Brill counties``, ``Orrin and the Tarsa Faults``: a plural head after names listed with
        ``and`` or ``or`` is each one's (``Avalon County``, ``Brill County``, ``Orrin Fault``), as each is written
        where it stands alone."""
        for at, last in enumerate(mentions):
            written = self.look(_plural_head, last.end)
            head = written.lower() if written else last.words[-1] if len(last.words) >= 2 else ""
            single = gz.singular(head)
            if single == head or single not in _SHARED_HEADS:
                continue
            chain = self.listed_before(mentions[:at], last)
            for mention in chain[:-1] if len(chain) >= 2 else ():
                self.headed(mention, single)
            if len(chain) >= 2 and not written:
                last.name = last.name[: len(last.name) - len(head)] + single.capitalize()
                last.words, last.spaced = (*last.words[:-1], single), (*last.spaced[:-1], single)
                last.key = name_key(last.words)
            elif len(chain) >= 2:
                self.headed(last, single)

    def listed_before(self, before: list[Mention], last: Mention) -> list[Mention]:
        """The names listed before ``last`` and ``last`` (``Avalon, Brill and Corsa``): ``and`` or ``or`` before
        it, commas between the others; ``[last]`` when no conjunction comes before it."""
        chain = [last]
        for mention in reversed(before):
            gap = _LIST_GAP.fullmatch(self.body, mention.end, chain[0].start)
            conjoined = gap is not None and bool(gap.group(1) or gap.group(2))
            if gap is None or conjoined != (len(chain) == 1):
                break
            chain.insert(0, mention)
        return chain

    @staticmethod
    def headed(mention: Mention, head: str) -> None:
        """The mention named with the head noun after it (``Avalon`` as ``Avalon County``), unless it ends so."""
        if mention.words[-1] != head:
            mention.name = f"{mention.name} {head.capitalize()}"
            mention.words, mention.spaced = (*mention.words, head), (*mention.spaced, head)
            mention.key = name_key(mention.words)
            mention.votes["geo"] += 1

    def lists(self, mentions: list[Mention]) -> None:
        """Names written one after the other with only commas, ``and`` or ``or`` between them: a list, when
        a conjunction closes it or it holds three names (``Avalon, Brill and Corsa``; not ``Acme, Brill``,
        a firm and its town)."""
        chains: list[list[Mention]] = []
        joined: list[bool] = []
        for mention in mentions:
            gap = _LIST_GAP.fullmatch(self.body, chains[-1][-1].end, mention.start) if chains else None
            if gap is None:
                chains.append([mention])
                joined.append(False)
            else:
                chains[-1].append(mention)
                joined[-1] = joined[-1] or bool(gap.group(1) or gap.group(2))
        joined = [conjoined or self.look(_list_tail, chain[-1].end)
                  for chain, conjoined in zip(chains, joined)]  # "Avalon, Brill, and Sunhill": a last name not found
        self.findings.lists.extend(tuple((m.article, m.start) for m in chain) for chain, conjoined in zip(chains, joined)
                                   if len(chain) >= 3 or len(chain) == 2 and conjoined)

    def run(self, run: list[_Piece], context: _Context) -> None:
        if run and run[0].work:
            self.add(run, context, vote="work")  # "his film The King Speaks": a work's title, no title of a person
            return
        if len(run) >= 2 and run[-1].norm in gz.HONORIFIC_WORDS and not any(
                p.kind == "title" or p.norm in gz.TITLE_WORDS or p.norm in gz.TITLE_QUALIFIERS for p in run[:-1]):
            # "Star Warden", "the Iron Lady": an honorific that ends the name is a word of it
            text = run[-1].text.rstrip(".")  # "Lord." at the end of a sentence
            run = run[:-1] + [replace(run[-1], kind="name", text=text, end=run[-1].start + len(text))]
        title_at = max((i for i, p in enumerate(run) if (p.kind == "title" or p.norm in gz.TITLE_WORDS)
                        and not _title_as_surname(run, i, self.vocab)), default=-1)
        prefix = run[title_at].norm if title_at >= 0 else ""
        if prefix in gz.HONORIFICS or prefix in gz.SHIP_PREFIXES or prefix in gz.VESSEL_NOUNS:
            # "Mr. Garneau", "HMS Victory": the prefix stays in the mention, the name is what follows.
            names = run[title_at + 1 :]
            cut = next((i for i, p in enumerate(names) if p.kind != "name"), len(names))
            begin = title_at
            if prefix in gz.VESSEL_NOUNS:  # "Indian Naval Ship": the words saying whose ship stay with it
                while begin and (run[begin - 1].norm in _FOLDED_DEMONYMS or run[begin - 1].norm in gz.NAVAL_WORDS):
                    begin -= 1
            if begin:
                self.run(run[:begin], context)
            if begin == 0 and run[0].initial and prefix in gz.VESSEL_NOUNS and prefix not in self.vocab.mid_caps:
                begin = 1  # "Warship Sunayana left": a common noun, capitalised as the sentence's first word
            if cut:
                vote = "person" if prefix in gz.HONORIFICS else "product"
                self.add(run[begin : title_at + 1 + cut], context, vote=vote, name_at=title_at + 1 - begin,
                         title=prefix)
            if cut < len(names):
                self.run(names[cut + 1 :], context)
            return
        if title_at >= 0 and all(p.norm in gz.OFFICE_WORDS for p in run[title_at + 1 :]) and title_at + 1 < len(run):
            self.untitled(run, context)  # "the City Attorney's Office": the title's office, an organisation
            return
        if title_at >= 0 and not self.names_a_work(run, title_at):
            self.titled(run, title_at, context)
            return
        self.untitled(run, context)

    @staticmethod
    def names_a_work(run: list[_Piece], title_at: int) -> bool:
        """``Captain Why``: a capitalised function word after the title makes the run a work's name."""
        following = run[title_at + 1] if title_at + 1 < len(run) else None
        return following is not None and following.kind == "name" and following.norm in gz.FUNCTION_WORDS \
            and following.norm not in gz.MONTH_NAMES

    def titled(self, run: list[_Piece], title_at: int, context: _Context) -> None:
        """``[prefix] Title Words Title [of X] Name [of Y]``: the name is a person; prefix, X and Y are looked at again.

        ``President Lucien Ferrand of France`` names Ferrand, then France;
        ``President of the United States Harold Dalby`` names the United
        States, then Dalby.
        """
        begin = title_at
        while begin > 0 and (run[begin - 1].norm in gz.TITLE_WORDS or run[begin - 1].norm in gz.TITLE_QUALIFIERS
                             or run[begin - 1].kind == "title" or run[begin - 1].norm.endswith("ing")):
            # "Deputy Prosecuting Attorney", "Managing Director": the whole title goes
            begin -= 1
        after = run[title_at + 1 :]
        title = " ".join(p.norm for p in run[begin : title_at + 1] if p.norm in gz.TITLE_WORDS)
        if not after and not begin:
            self.bare_title(run, title, context)
            return
        opener = begin == 1 and run[0].initial and run[0].norm in self.vocab.lower \
            and run[0].norm not in self.vocab.mid_caps  # "Retired Judge Ada Varga": a common word opens the sentence
        if begin and not (not after and run[0].norm in gz.TITLE_WORDS) and not opener:  # "Chief Public Relations
            self.untitled(run[:begin], context)  # Officer"
        if after and after[0].text.isupper() and len(after[0].text) > 1 and after[0].text.isalpha():
            self.untitled(after, context)  # "Controller Network Two": the title's body, no person's name
            return
        rest: list[_Piece] = []
        if after and after[0].kind != "joiner":
            cut = next((i for i, p in enumerate(after) if p.kind == "joiner" and p.norm in ("of", "for")), len(after))
            after, rest = after[:cut], after[cut + 1 :]
        tail = len(after)
        while tail > 0 and (_surname_shaped(after[tail - 1], self.vocab)
                            or _title_as_surname(after, tail - 1, self.vocab)
                            or _inner_particle(after, tail - 1, self.vocab)):
            tail -= 1
        if tail == 1 and len(after) == 2 and _given_name_shaped(after[0]):
            tail = 0  # "Director Mark Lund", "Senator Bill Ostrander" where the dossier writes "a mark", "the bill"
        bearer = tail == 1 and len(after) == 1 and _bearers_word(after[0])
        if bearer:
            tail = 0  # "President Moon", "Secretary Rice" where the dossier writes "the moon", "rice": the bearer,
            # kept if the dossier names someone so (see _keep_title_surnames)
        while tail < len(after) - 2 and after[tail].norm in _TITLE_FILLERS and after[tail].text[1:].islower():
            tail += 1  # "Attorney General Ada Varga" in a dossier that never writes "general" in lower case
        if 0 < tail < len(after) and after[tail - 1].kind == "joiner" \
                and name_key(tuple(p.norm for p in after[tail:])) in PLACE_KEYS:
            tail = len(after)  # "Chair of the Guild of the United States": a country after "of" ends the
            # complement (the body's own name), no one named after it
        lead = next((i for i, p in enumerate(after) if p.kind != "joiner"), len(after))
        if lead < tail < len(after) - 1 and any(
                name_key(tuple(p.norm for p in after[lead:end])) in PLACE_KEYS for end in range(tail + 1, len(after))):
            tail = lead  # "of the United States Ada Varga" where "united" is also written in lower case: the place
            # the gazetteer knows is the complement, though its first word is no name's shape
        placed = run[title_at].norm in gz.PLACE_TITLES  # "Archbishop of Wexmoor": what follows "of" is a place
        if not placed:
            tail = _past_title_complement(after, tail)
        if tail == len(after) and after and run[title_at].text.isupper() and len(run[title_at].text) > 1:
            self.untitled(run, context)  # "the NT News": an abbreviation names no title when no one follows it
            return
        if tail == len(after) and after and after[0].kind == "joiner":
            if self.names_something(after):
                self.untitled(after, context)  # "the President of France": no one named, the complement is
            return
        if tail == len(after) - 1 and after[tail - 1].kind == "joiner" and after[0].kind == "joiner":
            # "President of the Nursing Guild of Brenford": one word after "of" ends the complement
            self.untitled(after, context)
            if rest:
                self.untitled(rest, context)
            return
        complement = tail
        for end in range(tail + 1, len(after)):
            if name_key(tuple(p.norm for p in after[tail:end])) in PLACE_KEYS \
                    or tail == 1 and end <= len(after) - 2 and self._names_a_place(after[1:end]):
                complement = end
        if complement == tail == 1 and placed:
            complement = _place_before_a_holder(after)
        if complement > tail:
            self.add(after[tail:complement], context, vote="geo" if placed and tail == 1 else "")
        if complement < len(after):
            count = len(self.findings.mentions)
            self.add(after[complement:], context, vote="person", title=title)
            if bearer:
                self.findings.surnamed.extend(self.findings.mentions[count:])
                del self.findings.mentions[count:]
        if rest and self.names_something(rest):
            self.untitled(rest, context)

    def _names_a_place(self, words: list[_Piece]) -> bool:
        """``Governor of Ostland Ada Varga``: right after a title's ``of``, a state, or a word the dossier writes
        as a whole name alone, ends the complement when two words of a name still follow it."""
        return place_key(" ".join(p.norm for p in words)) in STATE_KEYS \
            or len(words) == 1 and words[0].norm in self.vocab.single_names

    def bare_title(self, run: list[_Piece], title: str, context: _Context) -> None:
        """``the President said``: an office one person holds at a time, capitalised after ``the``, stands for
        its holder; clustering finds who that is (or drops it). ``King said`` may be a surname (see
        :func:`_keep_title_surnames`)."""
        before = context.before(run[0].start)
        if self.surname_alone(run, before, context):
            count = len(self.findings.mentions)
            self.add(run, context, vote="person")
            self.findings.surnamed.extend(self.findings.mentions[count:])  # kept if the dossier has a bearer
            del self.findings.mentions[count:]
            return
        if title not in gz.ONE_HOLDER_TITLES or before is None or before.norm != "the" or not run[-1].text[:1].isupper():
            return
        surface = self.body[run[0].start : run[-1].end]
        words = tuple(p.norm for p in run)
        self.findings.titles.append(Mention(self.article, self.order, run[0].start, run[-1].end, surface, surface,
                                            words, words, TITLE_KEY + title, Counter(person=1), self.paragraph, title))

    @staticmethod
    def surname_alone(run: list[_Piece], before: Token | None, context: _Context) -> bool:
        """``King said``, ``said King``: one title word, Title Case, opening a clause as the subject of a verb or
        after an attribution, is written as a surname (``the King said``, ``the new Coach has`` are titles)."""
        text = run[0].text
        if len(run) != 1 or not (text[:1].isupper() and text[1:].islower()):
            return False
        attributed = before is not None and before.text.islower() and before.norm in gz.REPORTING_VERBS
        if attributed:
            return True
        after = context.after(run[0].end, 2)
        verb = after[1:2] if after and after[0].norm in gz.SENTENCE_ADVERBS else after[:1]
        opens = before is None or not before.text[:1].isalnum() or before.norm in ("and", "but", "while")
        return opens and bool(verb) and verb[0].text.islower() and verb[0].norm in gz.ACTOR_FOLLOWERS

    def names_something(self, complement: list[_Piece]) -> bool:
        """Does a title's complement hold a name, not only common words written Title Case (``Secretary for
        Health``, ``Dean for Rural Health``, ``Minister of Foreign Affairs``: a field, no name)?"""
        return any(p.kind == "name" and (p.norm not in self.vocab.lower or is_place_word(p.norm)) for p in complement)

    def untitled(self, run: list[_Piece], context: _Context) -> None:
        """A run with no title: demonyms in front are recorded, the rest is one mention."""
        while run and (run[0].kind != "name" or run[0].norm in gz.BOILERPLATE_WORDS):
            run = run[1:]
        if len(run) >= 2 and _ROMAN.fullmatch(run[0].text):
            run = run[1:]  # "the first XI Wardens": a count in Roman numerals (a name ends with its own: "Pius XII")
        run = self.without_counted_nouns(run, context)
        while run and (run[-1].kind in ("joiner", "title") or run[-1].norm in gz.BOILERPLATE_WORDS
                       and not _ends_a_name(run)):  # "AP Photo"
            run = run[:-1]
        if all(p.norm.rstrip(".") in gz.ORG_SUFFIXES for p in run):
            return  # "Acme Widget Facilities, Inc.": the suffix after the comma names nothing of its own
        rest = run[1:]
        if run[0].initial and run[0].norm in self.vocab.lower and run[0].norm not in self.vocab.mid_caps \
                and run[0].norm not in gz.NOT_PERSONAL and run[0].norm not in gz.SURNAME_PARTICLES \
                and 1 <= len(rest) <= 3 and all(_surname_shaped(p, self.vocab) for p in rest):
            run = rest  # "Analyst John Smith said", "Told Brannigan:": a common word capitalised only by the sentence
            # (a particle is the family name's: "De Varga said", where the dossier writes "Lucien de Varga")
        elif run[0].norm + "s" in self.vocab.mid_caps and len(rest) == 2 \
                and all(_surname_shaped(p, self.vocab) and p.text[1:].islower() for p in rest):
            run = rest  # "Heron Ann Lee" where the dossier writes "the Herons": a side's member, no word of the name
        whole = normalise(self.body[run[0].start : run[-1].end])
        if whole in _FOLDED_DEMONYMS and whole not in _FOLDED_COUNTRIES:
            self.demonym(run, context)
            return
        if len(run) == 1 and run[0].norm in gz.DIRECTION_WORDS:
            self.elided_place(run[0], context)
            return
        if len(run) == 1 and (run[0].norm in gz.ETHNIC_ADJECTIVES or run[0].norm in gz.FAITH_ADJECTIVES
                              or run[0].norm in gz.PARTY_ADJECTIVES) or self.only_adjectives(run, context):
            return
        place = _misspelt_demonym(run[0].norm) if len(run) == 1 and self.before_a_noun(run, context) else None
        if place is not None:  # "26 Somalu pirates": a people's adjective misspelt, no name
            self.findings.demonyms.append((run[0].text, place))
            return
        if whole not in _FOLDED_COUNTRIES and run[0].norm in _FOLDED_DEMONYMS:
            if not any(p.norm in gz.ORG_KEYWORDS for p in run[1:]) and run[-1].norm not in gz.GEO_HEADS \
                    and not self.demonym_inside(run):
                self.findings.demonyms.append((run[0].text, _FOLDED_DEMONYMS[run[0].norm]))
                if len(run) == 1:
                    return
                self.untitled(run[1:], context)
                return
        split = self.place_before_a_person(run)
        if split:  # "Ambassador to Avalonia Lena Varga": the title's complement, then its holder
            self.add(run[:split], context)
            self.add(run[split:], context)
            return
        self.add(run, context)

    def demonym_inside(self, run: list[_Piece]) -> bool:
        """``the Avalonian Society of Rural Medicine``, ``in Avalonian Brill``: a demonym opening a body's name
        (a head word with ``of`` after it) or a word the dossier never writes as a name alone is a word of that
        name, not an adjective before it."""
        rest = run[1:]
        if len(rest) == 1:
            word = rest[0]
            return word.kind == "name" and word.text[1:].islower() and word.norm not in self.vocab.single_names \
                and word.norm not in self.vocab.lower and not is_place_word(word.norm)
        return any(p.norm in gz.JOINING_HEADS and following.kind == "joiner" and following.norm in ("of", "for")
                   for p, following in zip(rest, rest[1:]))

    def place_before_a_person(self, run: list[_Piece]) -> int:
        """Where a country's or a capital's name opening the run ends, when two or three words written as a person's
        name follow it, the last no English word (``Avalonia Lena Varga``; not ``Avalonia Tech Yellow Jackets``);
        else 0."""
        for k in range(1, len(run) - 1):
            rest = run[k:]
            if name_key(tuple(p.norm for p in run[:k])) in PLACE_KEYS and 2 <= len(rest) <= 3 \
                    and all(_surname_shaped(p, self.vocab) and p.text[1:].islower() for p in rest) \
                    and not dictionary_word(rest[-1].norm):
                return k
        return 0

    def without_counted_nouns(self, run: list[_Piece], context: _Context) -> list[_Piece]:
        """``14 AK-47 Rifles``, ``31 Magazines``: words the dossier writes in lower case, capitalised after a model's
        code or (one word) after a count, are the things counted, no words of a name (``the 2005 Caring Award``
        keeps its words)."""
        code = next((i for i, p in enumerate(run) if _CODE.fullmatch(p.text) and not _ORDINAL.fullmatch(p.text)), None)
        if code is None and len(run) == 1:
            before = context.before(run[0].start)
            counted = before is not None and (before.text.isdigit() and len(before.text) <= 3
                                              or _CODE.fullmatch(before.text))
            code = -1 if counted else None
        if code is not None and code + 1 < len(run) and all(p.norm in self.vocab.lower for p in run[code + 1:]):
            return run[: code + 1]
        return run

    @staticmethod
    def before_a_noun(run: list[_Piece], context: _Context) -> bool:
        """Is the run written right before a lower-case noun that it qualifies (``Somalu pirates``)?"""
        after = context.after(run[-1].end, 1)
        return bool(after) and after[0].text.isalpha() and after[0].text.islower() \
            and after[0].norm not in gz.FUNCTION_WORDS and after[0].norm not in gz.ACTOR_FOLLOWERS \
            and noun(after[0].norm)

    def only_adjectives(self, run: list[_Piece], context: _Context) -> bool:
        """``Republican Congressional leaders``, ``the Federal budget``: adjectives capitalised by the writer's style
        before the noun they qualify, each one the dossier also writes in lower case (or a party's), name nothing."""
        after = context.after(run[-1].end, 1)
        return len(run) <= 2 and bool(after) and after[0].text.isalpha() and after[0].text.islower() \
            and after[0].norm not in gz.FUNCTION_WORDS and all(
            p.norm in gz.PARTY_ADJECTIVES or p.norm in self.vocab.lower and _adjective(p.norm) for p in run)

    def demonym(self, run: list[_Piece], context: _Context) -> None:
        """``Turkish`` alone is a demonym; ``Turkish embassy`` names an organisation."""
        text = self.body[run[0].start : run[-1].end]
        after = context.after(run[-1].end)
        for count in (1, 2):  # "Turkish embassy", "Turkish foreign ministry"
            words = after[:count]
            lower = len(words) == count and all(t.text.islower() for t in words)
            if lower and words[-1].norm in _ORG_HEADS_AFTER_DEMONYM:
                self.add_span(run[0].start, words[-1].end, context, votes=Counter(org=1))
                return
        self.findings.demonyms.append((text, _FOLDED_DEMONYMS[normalise(text)]))
        country = _FOLDED_PEOPLES.get(normalise(text))
        if country is not None:  # "the Russians" stand for Russia
            mention = self.add_span(run[0].start, run[-1].end, context, votes=Counter(), key=place_key(country))
            if mention is not None:
                mention.people = True

    def elided_place(self, compass: _Piece, context: _Context) -> None:
        """``North and South Dakota``: a compass word alone names nothing, but before ``and`` or ``or`` and another
        compass word's place it names the place the gazetteer knows by the two (``North Dakota``)."""
        written = self.look(_elided_place, compass.end)
        rest = normalise(written).split() if written else []
        places = [(compass.norm, *rest[:n]) for n in range(1, len(rest) + 1)]
        words = next((place for place in places if _known_place(place)), ())
        if not words:
            return
        mention = self.add_span(compass.start, compass.end, context, votes=Counter(geo=1), key=name_key(words))
        if mention is not None:
            mention.name = " ".join(word.capitalize() for word in words)
            mention.words = mention.spaced = words

    def add(
        self, run: list[_Piece], context: _Context, *, vote: str = "", name_at: int = 0, title: str = ""
    ) -> None:
        """One mention of the run; its name starts at piece ``name_at`` (after an honorific or a ship's prefix)."""
        votes: Counter = Counter()
        if vote:
            votes[vote] += 1
        if run[0].initial:
            votes["initial"] += 1  # capitalised where any word would be: its sentence's or clause's first
        name_start = run[name_at].start
        end = name_end = run[-1].end
        state = None if vote or title else self.state_after(run, context)
        if state is not None:
            end = self.covered_to = state
            votes["geo"] += 1  # a town
        following = context.after(end, 3)
        if len(run) - name_at >= 2 and following[:1] and following[0].text == "," and following[0].start == end \
                and following[1:2] and following[1].norm in gz.FATHER_AND_SON and following[1].text[:1].isupper():
            end = following[2].end if following[2:] and following[2].text == "." \
                and following[2].start == following[1].end else following[1].end
            name_end = end  # "Ada Varga, Jr.": the son, written with a comma; his generation is part of his name
        following = context.after(end, 8)
        for comma, degree in zip(following[::2], following[1::2]):
            if comma.text != "," or comma.start != end or not _is_post_nominal(degree.text):
                break
            end = degree.end  # "Marian Delacroix, M.D., M.B.A.": the degrees stay in the mention, out of its name
            votes["person"] = 1
        mention = self.add_span(run[0].start, end, context, votes=votes, name_start=name_start, name_end=name_end)
        if mention is not None:
            mention.title = title
            self.definition(mention, context)
            self.stated_alias(mention, context)
            self.house_number(mention, context)
            self.work_title(mention, context)

    @staticmethod
    def work_title(mention: Mention, context: _Context) -> None:
        """``her talk show "Rowan,"``: a name filling the quotation marks after the kind of work it titles names
        the work, kept apart (its own key) from whoever or wherever the work is named after."""
        previous = context.preceding(mention.start)[-2:]
        after = context.after(mention.end, 2)
        closed = after[:1] and (after[0].text in _CLOSING_QUOTES
                                or after[0].text in (",", ".") and after[1:] and after[1].text in _CLOSING_QUOTES)
        if len(previous) == 2 and previous[1].text in _OPENING_QUOTES | {"'"} and previous[1].end == mention.start \
                and previous[0].text.islower() and previous[0].norm in gz.WORK_NOUNS and closed:
            mention.key = WORK_KEY + mention.key
            mention.votes["thing"] += 1

    def house_number(self, mention: Mention, context: _Context) -> None:
        """``10 Brill Street said``: an address that speaks is the body housed there, named by the whole address;
        the number joins the mention (not its key: ``Brill Street said`` is the same body)."""
        number = context.before(mention.start)
        if number is None or not mention.votes["actor"] or mention.words[-1] not in _STREET_HEADS \
                or not number.text.isdigit() or len(number.text) > 4 or mention.surface != mention.name:
            return
        month = context.before(number.start)
        if month is not None and (month.norm in gz.MONTH_NAMES or month.norm.rstrip(".") in gz.MONTH_ABBREVIATIONS):
            return  # "on May 12 Brill Street said": a date's day
        mention.start = number.start
        mention.surface = mention.name = self.body[number.start : mention.end]
        del mention.votes["kind"]  # "10 Brill Street": no count of streets

    def state_after(self, run: list[_Piece], context: _Context) -> int | None:
        """Where ``Fort Calder, Ark.`` ends, for a town named after a place preposition or opening its sentence,
        or one word before a state's dotted abbreviation (``the lab's Calder, Ark., campus``); None when no state
        follows (or when the name is a state or a country itself: but ``Washington, D.C.`` is the city)."""
        before = context.before(run[0].start)
        placed = before is None or before.norm in gz.PLACE_PREPOSITIONS or before.norm in ("of", "at")
        name = self.body[run[0].start : run[-1].end]
        state = self.look(_state_after, run[-1].end)
        if state is None or not (placed or len(run) == 1 and state.endswith(".")) \
                or name in gz.US_STATES and not state.endswith("D.C.") \
                or normalise(name) in _FOLDED_COUNTRIES:
            return None
        return run[-1].end + len(state)

    def add_span(
        self, start: int, end: int, context: _Context, *, votes: Counter, name_start: int | None = None,
        name_end: int | None = None, key: str = "",
    ) -> Mention | None:
        surface = self.body[start:end]
        # "Acme® Drive" is named "Acme Drive"; "Ada Varga, Jr." is "ada varga jr."
        name = self.body[name_start if name_start is not None else start : name_end or end].translate(_NO_TRADEMARKS)
        spaced = tuple(w.rstrip(",") for w in normalise(name).split())
        words = tuple(w for part in spaced for w in _HYPHEN.split(part) if w)
        if not words:
            return None
        context.vote(votes, start, end, words, name)
        key = key or _government_body_key(words, self.owner) or name_key(words)
        mention = Mention(self.article, self.order, start, end, surface, name, words, spaced, key, votes, self.paragraph)
        self.findings.mentions.append(mention)
        return mention

    def definition(self, mention: Mention, context: _Context) -> None:
        """``Global Affairs Canada (GAC)``, ``Acme Brill Holdings Inc. (AB Holdings)`` define an acronym (or a
        short name that opens with one) for the name before it; a wire agency's does not (``Washington (AFP)``
        is a dateline). A stock ticker after its exchange (``Acme Brill Inc. (NYSE: ABH)``) is the firm's too. After
        one word, only the word's own letters (``Kestrelcorp (KC)``), not a code that follows it (``5 Euro (KX24)``)."""
        after = context.after(mention.end, 5)
        if not after or after[0].text != "(":
            return  # most names: no brackets after them
        inside = list(itertools.takewhile(lambda t: t.text != ")", after[1:]))
        if not inside or 1 + len(inside) >= len(after):
            return
        if _is_ticker(inside):
            self.findings.definitions.append((inside[2].norm, mention.key))
        elif len(inside) <= 2 and inside[0].text.isupper() \
                and all(t.text[:1].isupper() and t.text.isalnum() for t in inside) \
                and inside[0].text not in gz.WIRE_AGENCIES \
                and (len(mention.words) > 1 or _abbreviates("".join(t.norm for t in inside if t.norm.isalpha()),
                                                             list(mention.words))):
            self.findings.definitions.append((name_key(tuple(t.norm for t in inside)), mention.key))


    def stated_alias(self, mention: Mention, context: _Context) -> None:
        """``the Brannie Awards (the Brannies)``, ``the Brannie Awards, better known as the Brannies,``, ``the
        Brannies, officially the Brannie Awards``: the text itself gives the name another name. A bare name in
        brackets is recorded without a cue, to be merged only when neither is a person's (``Ada Varga (Harbour
        Party)`` gives her party) and it names no place (``Calder (Ostland)``) nor a wire agency, nor is one common
        word (``the Ostral (Sea)``)."""
        after = context.after(mention.end, 12)
        if len(after) < 3 or after[0].text not in "(,":
            return  # most names: neither brackets nor an apposition after them
        rest = [t.norm for t in after[1:]]
        cue = next((len(c) for c in _ALIAS_CUES if tuple(rest[: len(c)]) == c), 0)
        if after[0].text == "," and (not cue or rest[0] == "or"):
            return  # "whether X, or Y, wins": two names
        name = _name_tokens(after[1 + cue :])
        closer = after[1 + cue + len(name)] if 1 + cue + len(name) < len(after) else None
        if not name or after[0].text == "(" and (closer is None or closer.text != ")"):
            return
        words = tuple(w for t in name for w in _HYPHEN.split(t.norm) if w)
        if name[0].norm == "the":
            words = words[1:]
        text = self.body[name[0].start : name[-1].end]
        if _names_an_office(words):
            return  # "Ada Varga, officially Deputy Minister": her post, no other name of her
        if not cue and (_known_place(words) or text.rstrip(".") in _STATE_ABBREVIATED
                        or text in gz.WIRE_AGENCIES or len(name) <= 2 and text.isupper()
                        or name[0].norm != "the" and len(words) == 1 and dictionary_word(words[0]) and gz.common_word(words[0])):
            return  # "Calder (Ostland)", "(Wire)"; capitals alone are an acronym's (:meth:`definition`); "Ostral
            # (Sea)" completes the name with a common noun, it gives no other ("the Tides" would)
        key = _government_body_key(words, self.owner) or name_key(words)
        if key != mention.key:
            self.findings.aliases.append((key, mention.key, bool(cue)))


_ALIAS_CUES = tuple(tuple(cue.split()) for cue in (
    "also known as", "better known as", "commonly known as", "popularly known as", "officially known as",
    "formally known as", "formerly known as", "known as", "also called", "officially called", "aka", "a.k.a.",
    "officially", "or the", "or",
))
"""Words between a name and another name of the same thing (``X, better known as Y``, ``X (or Y)``); ``or`` counts
only inside brackets."""


def _name_tokens(tokens: list[Token]) -> list[Token]:
    """The name opening ``tokens`` (a ``the``, capitalised words and the linking words between them), or none."""
    at = 1 if tokens and tokens[0].norm == "the" else 0
    end = at
    while end < len(tokens) and (tokens[end].text[:1].isupper() or tokens[end].text[:1].isdigit() and end > at
                                 or tokens[end].norm in gz.NAME_LINKING_WORDS and end > at):
        end += 1
    while end > at and not tokens[end - 1].text[:1].isupper() and not tokens[end - 1].text[:1].isdigit():
        end -= 1
    return list(tokens[:end]) if end > at else []


_ROOM_OR_BODY_HEADS = frozenset({"office"})
"""Last words of a name that may be a body's (``the Foreign Office said``) or a room's (``in the Ellery Office``)."""
_BROADCAST_HEADS = frozenset("news network channel radio television tv".split())
"""Last words of a broadcaster's name (``Brill News``, ``Avalon Television``)."""


def _quoted_common_phrase(run: list[_Piece], vocab: _Vocabulary, article: str) -> bool:
    """Is the run a phrase of common English words (``Witch Hunt``) capitalised only inside a quoted sentence, none of
    them capitalised outside quotations in any report? A post or a prayer capitalises as it pleases, and two reports
    printing one quotation make it look shared; a name is written outside the quotation too. Each word must be in
    the dictionary and frequent (wordfreq alone counts ``Taliban``, ``Weiner`` common), and one word alone is kept
    (``Congress``, ``Senate``); so is a quotation that reads as a title (``the show "Night Desk"``)."""
    words = [w for p in run if p.kind == "name" for w in _word_parts(p.norm)]
    if len(words) < 2 or not all((article, p.start) in vocab.quoted for p in run) \
            or any(start <= run[0].start and run[-1].end <= end for start, end in vocab.title_quotes.get(article, ())):
        return False
    return all(w not in vocab.free_caps and dictionary_word(w) and gz.common_word(w) and not is_place_word(w)
               for w in words)


def _title_quotations(dossier: Dossier) -> dict[str, list[tuple[int, int]]]:
    """Each article's quotations that read as a title (:func:`~reader.core.vocabulary.reads_as_title`: ``"Rocket Man"``,
    ``"Take Your Dog to Work Day"``): quotation marks around a name."""
    found: dict[str, list[tuple[int, int]]] = {}
    for article in dossier.articles:
        for start, end in quotation_bounds(article):
            if gz.reads_as_title(article.body[start:end]):
                found.setdefault(article.id, []).append((start, end))
    return found


def _word_parts(norm: str) -> list[str]:
    """The words of a written word, its possessive ending cut off: ``witch-hunt's`` -> ``witch``, ``hunt``."""
    return _HYPHEN.split(norm[:-2] if norm.endswith(_POSSESSIVE) else norm)


def _is_ticker(inside: list[Token]) -> bool:
    """``NYSE: ABH``, ``Nasdaq: ABH``: an exchange's capitalised name, a colon, a code of capitals."""
    return len(inside) == 3 and inside[0].text[:1].isupper() and inside[0].text.isalpha() and inside[1].text == ":" \
        and inside[2].text.isupper() and inside[2].text.isalpha() and len(inside[2].text) <= 5


def find_mentions(dossier: Dossier, sentences: dict[str, tuple[Sentence, ...]]) -> Findings:
    """Every mention, demonym and acronym definition of the dossier, in reading order."""
    read = {article: tuple((sentence, sentence.tokens) for sentence in article_sentences)
            for article, article_sentences in sentences.items()}
    vocab = _learn(read, *_quoted_words(dossier, read))
    vocab.title_quotes = _title_quotations(dossier)
    findings = Findings(common=vocab.lower)
    known: dict[tuple, tuple[int, list[list[_Piece]]]] = {}
    readings: dict[tuple, list[_Reading]] = {}
    for order, article in enumerate(dossier.articles):
        finder = _MentionFinder(findings, vocab, article.id, order, article.body, known, readings)
        for sentence, tokens in read.get(article.id, ()):
            finder.sentence(sentence, tokens)
    _keep_title_surnames(findings)
    _drop_trailing_adjectives(findings.mentions)
    _join_owners(findings)
    _join_lower_case_offices(findings.mentions, {article.id: article.body for article in dossier.articles})
    return findings


def _keep_title_surnames(findings: Findings) -> None:
    """``King said`` is a mention of the surname only when the dossier names someone so (``Ada King``, a name of
    two or three plain words ending with the title word, no body's); elsewhere it stays a title, no one named.
    So is an English word after a title (``President Moon``, ``Secretary Rice``) when such a name opens or ends
    with it (``Moon Jae-in``, ``Ada Rice``); elsewhere it may finish the title (``Mayor Elect``)."""
    names = [m for m in findings.mentions if 2 <= len(m.spaced) <= 3 and not gz.GEO_HEADS.intersection(m.words)
             and not (m.votes["org"] or m.votes["org-context"] or m.votes["definite"] or m.votes["geo"])]
    surnames = {m.words[-1] for m in names if m.words[-1] in gz.TITLE_WORDS
                and all(w.isalpha() and w[:1].isupper() and w[1:].islower() for w in m.name.split())}
    bearers = {w for m in names for w in (m.words[0], m.words[-1])}
    kept = [m for m in findings.surnamed if m.words[-1] in (bearers if m.title else surnames)]
    if not kept:
        return
    # Each goes before the first mention placed after it (the others stand in reading order but within a sentence):
    # where the greatest place so far first passes its own, found by bisection; none before it passes its own,
    # which is then the greatest so far where it goes in.
    greatest = list(itertools.accumulate(((m.order, m.start) for m in findings.mentions), max))
    for mention in kept:
        place = (mention.order, mention.start)
        at = bisect_right(greatest, place)
        findings.mentions.insert(at, mention)
        greatest.insert(at, place)


_OFFICE_AFTER = re.compile(r"['\u2019] ?s[ \t]+([a-z]+)\b")
"""``'s office``, ``\u2019 s office`` (a possessive a copy spaced) right after a name."""


def _counts(token: Token | None) -> bool:
    """Is ``token`` a count (``183``, ``two``), no year (``in 2019 IBM's profits``)?"""
    if token is None:
        return False
    digits = token.text.replace(",", "")
    return token.norm in gz.NUMBER_WORD_VALUES or digits.isdigit() and not 1800 <= int(digits) <= 2100


def _join_lower_case_offices(mentions: list[Mention], bodies: dict[str, str]) -> None:
    """``the City Clerk's office`` is the ``City Clerk's Office`` the dossier also writes capitalised: the office
    itself, an organisation, not a mention of the office's head."""
    offices = {normalise(m.surface): m for m in mentions
               if len(m.spaced) >= 2 and m.spaced[-1] in gz.OFFICE_WORDS and m.spaced[-2].endswith("'s")}
    if not offices:
        return
    for i, m in enumerate(mentions):
        match = _OFFICE_AFTER.match(bodies[m.article], m.end)
        office = offices.get(normalise(f"{m.surface}'s {match.group(1)}")) if match and m.surface == m.name else None
        if office is not None:
            surface = bodies[m.article][m.start : match.end()]
            mentions[i] = replace(m, end=match.end(), surface=surface, name=surface, words=office.words,
                                  spaced=office.spaced, key=office.key, votes=m.votes + Counter(org=1))


def _join_owners(findings: Findings) -> None:
    """``Orvane University's College of Law`` is the ``Orvane University College of Law`` the dossier also writes:
    a body named after its owner's name, not another ``College of Law``."""
    keys = {m.key for m in findings.mentions}
    where = {id(m): i for i, m in enumerate(findings.mentions)}
    for owner, owned in findings.owned:
        key = name_key(owner.words + owned.words)
        if key in keys and key != owned.key and id(owned) in where:
            findings.mentions[where[id(owned)]] = replace(owned, key=key)


def _drop_trailing_adjectives(mentions: list[Mention]) -> None:
    """``a rural Vermont Catholic doctor`` names Vermont: a name ending in a people's or a faith's adjective
    loses it when the dossier also uses the rest alone (``Roman Catholic`` stays whole)."""
    keys = {m.key for m in mentions}
    for i, m in enumerate(mentions):
        if len(m.spaced) < 2 or (m.spaced[-1] not in gz.ETHNIC_ADJECTIVES and m.spaced[-1] not in gz.FAITH_ADJECTIVES) or m.surface != m.name:
            continue
        spaced = m.spaced[:-1]
        words = tuple(w for part in spaced for w in _HYPHEN.split(part) if w)
        key = name_key(words)
        if key in keys:
            name = m.name[: m.name.rstrip().rfind(" ")].rstrip()
            mentions[i] = replace(m, end=m.start + len(name), surface=name, name=name, words=words, spaced=spaced,
                                  key=key)
