"""Named entities: mentions found in each article, typed, clustered across the dossier.

Detection is rule-based and needs no model: a name is a run of capitalised
words (``of``, ``and``, ``de`` may join them), an acronym, or a word with inner
capitals or digits (``L3Harris``, ``TB2``). Whether a capitalised word is a
name is judged from the whole dossier: a sentence-initial ``Earlier`` is not
one because the word never appears capitalised mid-sentence, and ``Arms`` in a
headline is not one because the word also appears in lower case.

Titles are stripped (``Foreign Affairs Minister Marc Garneau`` names Marc
Garneau; the title alone names no one); honorifics stay in the mention
(``Mr. Garneau``). Demonyms (``Turkish``) are recorded on their country, not
counted as mentions.

Clustering merges, in this order: forms equal once case, spacing, hyphens,
possessives and company suffixes are dropped (``L3 Harris Wescam`` =
``L3Harris WESCAM``; ``X Technologies Inc.`` = ``X``); gazetteer aliases
(``U.S.`` = ``United States``); acronyms defined in parentheses or equal to
the initials of exactly one multiword name (``UN`` = ``United Nations``);
spelling variants (rapidfuzz, same word count and initials); then shorter
forms into the one longer name that ends with them (``Garneau``,
``Wescam``). A short form that several names end with (two people sharing a
surname) goes, mention by mention, to the one last named in that article.

Everything is keyed by dicts of normalised forms, so the cost grows linearly
with the dossier.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from reader.core import gazetteer as gz
from reader.core.model import Dossier, Entity, EntityType, Sentence, Span, Token
from reader.core.segment import normalise

_CODE = re.compile(r"[A-Za-z]{1,4}-?\d+[A-Za-z]{0,2}|\d+[A-Za-z]{1,2}")
"""A model code: TB2, S-400, F-35, MX-15D."""
_HYPHEN = re.compile(r"[-\u2010\u2011]")
_MODEL_NUMBER = re.compile(r"\d{1,4}[A-Z]{0,2}\d{0,2}")
"""A number that may finish a product name: ``Leopard 2``, ``Boeing 737``, ``Leopard 2A6``."""
_PART = re.compile(r"[^-\u2010\u2011]+")
_WORDLIKE = re.compile(r"[^\W\d_][\w'\u2019\-\u2010\u2011\u0300-\u036f\u200b-\u200d\u2060]*|(?:[A-Za-z]\.){2,}")
_POSSESSIVE = ("'s", "s'")
_GOVERNMENT_BODIES = {"ministry": "ministry", "department": "ministry", "embassy": "embassy", "consulate": "consulate"}
_GOVERNMENT_FILLERS = frozenset({"of", "the", "for", "and", "affairs"})
_ORG_HEADS_AFTER_DEMONYM = frozenset({"embassy", "consulate", "ministry", "mission"})
_FOLDED_DEMONYMS = {normalise(k): v for k, v in gz.DEMONYMS.items()}
_FOLDED_COUNTRIES = {normalise(k): v for k, v in gz.COUNTRIES.items()}
_FOLDED_CAPITALS = {normalise(k): v for k, v in gz.CAPITALS.items()}
_DOTTED = (gz.NON_TERMINAL_ABBREVIATIONS - {"no", "nos", "p", "pp", "vol", "fig"}) | {"inc", "ltd", "corp", "co"}
"""Abbreviations whose full stop belongs to the name piece (``Mr.``, ``Gen.``, ``Inc.``)."""


def _squash(words: list[str] | tuple[str, ...]) -> str:
    """The comparison key of a name: its words run together, dots dropped."""
    return "".join(words).replace(".", "")


_PLACE_KEYS = {
    _squash(normalise(name).split()): canonical
    for name, canonical in {**gz.COUNTRIES, **{c: c for c in gz.CAPITALS}}.items()
}
_CAPITAL_KEYS = {_squash(normalise(c).split()): country for c, country in gz.CAPITALS.items()}


# --- pieces: the words a name is built from ------------------------------------


@dataclass
class _Piece:
    """A word (or part of a hyphenated word) of a sentence, classified."""

    start: int
    end: int
    text: str
    norm: str
    kind: str  # "name", "joiner" (of, and, de), "title" (Mr., Gen.), "other"
    alone: bool = False  # part of a hyphenated word: never joins its neighbours
    possessive: bool = False


@dataclass
class _Vocabulary:
    """What the dossier says about each word: seen in lower case, capitalised mid-sentence."""

    lower: set[str] = field(default_factory=set)
    mid_caps: set[str] = field(default_factory=set)
    headlines: set[tuple[str, int]] = field(default_factory=set)  # (article, sentence index)


def _first_word(tokens: tuple[Token, ...]) -> int:
    return next((i for i, t in enumerate(tokens) if t.is_word), len(tokens))


def _is_headline(tokens: tuple[Token, ...], lower: set[str]) -> bool:
    """Title Case: nearly every content word capitalised, common words among them.

    The second condition keeps a sentence dense with names (``Ukrainian
    President Volodymyr Zelenskiy thanked Biden``) from counting as a headline.
    """
    words = [t for t in tokens if t.text[:1].isalpha() and t.norm not in gz.FUNCTION_WORDS]
    capitalised = [t for t in words if t.text[0].isupper()]
    if len(words) < 4 or len(capitalised) < 0.85 * len(words):
        return False
    return sum(t.norm in lower for t in capitalised) >= 2


def _learn(sentences: dict[str, tuple[Sentence, ...]]) -> _Vocabulary:
    """Two passes over the dossier: words seen in lower case; then headlines and words capitalised mid-sentence."""
    vocab = _Vocabulary()
    everything = [sentence for article_sentences in sentences.values() for sentence in article_sentences]
    for sentence in everything:
        vocab.lower.update(t.norm for t in sentence.tokens if t.text.islower())
    for sentence in everything:
        tokens = sentence.tokens
        if _is_headline(tokens, vocab.lower):
            vocab.headlines.add((sentence.article, sentence.index))
            continue
        first = _first_word(tokens)
        for i, token in enumerate(tokens):
            text = token.text
            if text[:1].isupper() and i != first and (i == 0 or tokens[i - 1].text != ":"):
                norm = token.norm[:-2] if token.norm.endswith(_POSSESSIVE) else token.norm
                vocab.mid_caps.add(norm)
                vocab.mid_caps.update(_HYPHEN.split(norm))
    return vocab


def _is_place_word(norm: str) -> bool:
    return norm in _FOLDED_COUNTRIES or norm in _FOLDED_DEMONYMS or norm in _FOLDED_CAPITALS


def _word_pieces(token: Token, next_token: Token | None) -> list[_Piece]:
    """One token as pieces: a possessive dropped, "Mr." with its stop, hyphenated parts split when needed.

    A hyphenated word stays whole when its parts are capitalised (``Nagorno-Karabakh``,
    ``MX-15D``, ``al-Assad``) unless they are all places or demonyms
    (``Armenian-Canadian``); otherwise each capitalised part stands alone
    (``Canada-based``, ``made-in-Canada``).
    """
    text, start, norm = token.text, token.start, token.norm
    hyphenated = _HYPHEN.search(text) is not None
    if _MODEL_NUMBER.fullmatch(text):
        return [_Piece(start, token.end, text, norm, "number")]
    if not text[:1].isupper() and not hyphenated:  # the common case: a lower-case word or a mark
        return [_Piece(start, token.end, text, norm, "joiner" if norm in gz.NAME_PARTICLES else "other")]
    possessive = text[:1].isupper() and len(text) > 2 and norm.endswith(_POSSESSIVE)
    if possessive:
        text, norm = text[:-2], norm[:-2]
    if not _WORDLIKE.fullmatch(text):
        return [_Piece(start, start + len(text), text, norm, "other")]
    if norm in _DOTTED and next_token is not None and next_token.text == "." and next_token.start == token.end:
        return [_Piece(start, next_token.end, text + ".", norm, "name" if norm in gz.ORG_SUFFIXES else "title")]
    if not hyphenated:
        return [_Piece(start, start + len(text), text, norm, "name", possessive=possessive)]
    parts = [(m.start(), m.end()) for m in _PART.finditer(text)]
    texts = [text[a:b] for a, b in parts]
    capitalised = all(t[0].isupper() or t[0].isdigit() for t in texts[1:]) and (
        texts[0][0].isupper() or normalise(texts[0]) in gz.NAME_PARTICLES
    )
    if capitalised and not all(_is_place_word(normalise(t)) for t in texts):
        return [_Piece(start, start + len(text), text, norm, "name", possessive=possessive)]
    return [
        _Piece(start + a, start + b, t, normalise(t), "name" if t[0].isupper() else "other", alone=True)
        for (a, b), t in zip(parts, texts)
    ]


def _name_like(piece: _Piece, vocab: _Vocabulary, *, initial: bool, headline: bool, next_is_name: bool) -> bool:
    """Is this capitalised piece plausibly part of a name, given where it stands?"""
    norm = piece.norm
    if _is_place_word(norm):
        return True
    if norm in gz.FUNCTION_WORDS or norm in gz.CALENDAR_WORDS or norm in gz.REGION_ABBREVIATIONS \
            or norm in gz.GENERIC_ACRONYMS:
        return False
    if piece.text.isupper() and len(piece.text) > 1:
        return norm not in gz.BOILERPLATE_WORDS and norm not in vocab.lower
    if headline:
        return norm in vocab.mid_caps and norm not in vocab.lower
    if initial and not next_is_name:
        return norm in vocab.mid_caps and norm not in gz.BOILERPLATE_WORDS
    return True


def _pieces(sentence: Sentence, vocab: _Vocabulary) -> list[_Piece]:
    """The sentence's pieces, with capitalised words that are no names demoted to "other"."""
    tokens = sentence.tokens
    pieces: list[_Piece] = []
    starts: set[int] = set()
    first = _first_word(tokens)
    consumed = -1
    for i, token in enumerate(tokens):
        if i == consumed:
            continue
        if i == first or (i > 0 and tokens[i - 1].text == ":"):
            starts.add(len(pieces))
        pieces.extend(_word_pieces(token, tokens[i + 1] if i + 1 < len(tokens) else None))
        if pieces and pieces[-1].end > token.end:
            consumed = i + 1  # the full stop of "Mr." is inside the piece
    headline = (sentence.article, sentence.index) in vocab.headlines
    for i, piece in enumerate(pieces):
        if piece.kind != "name":
            continue
        following = pieces[i + 1] if i + 1 < len(pieces) else None
        next_is_name = (
            following is not None and following.kind == "name" and not piece.possessive
            and not piece.alone and following.start <= piece.end + 1
        )
        if not _name_like(piece, vocab, initial=i in starts, headline=headline, next_is_name=next_is_name):
            piece.kind = "other"
    return pieces


def _runs(pieces: list[_Piece]) -> list[list[_Piece]]:
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
            run.append(piece)
            if piece.possessive:
                close()
        elif piece.kind == "joiner" and run and _may_join(run, pieces, i):
            run.append(piece)
        elif piece.kind == "number" and run and run[-1].kind == "name" and not run[-1].possessive \
                and not _is_place_word(run[-1].norm):
            run.append(piece)
            close()
        else:
            close()
    close()
    return runs


def _may_join(run: list[_Piece], pieces: list[_Piece], i: int) -> bool:
    """Does the particle at ``i`` continue the name in ``run``? (``of the`` may.)"""
    ahead = i + 1
    if pieces[i].norm == "of" and ahead < len(pieces) and pieces[ahead].norm == "the":
        ahead += 1
    following = pieces[ahead] if ahead < len(pieces) else None
    if following is None or following.alone or following.kind != "name":
        return False
    particle = pieces[i].norm
    if particle == "the" and run[-1].norm != "of":
        return False
    headed = any(p.norm in gz.JOINING_HEADS for p in run)
    if particle in ("and", "&"):
        return headed and any(p.norm in ("of", "for") for p in run)
    if particle in ("of", "for"):
        return headed or len(run) == 1
    return True


# --- mentions ------------------------------------------------------------------


@dataclass
class _Mention:
    """One mention before clustering; ``key`` is its comparison form."""

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


@dataclass
class _Findings:
    """Everything the mention pass collects from the dossier."""

    mentions: list[_Mention] = field(default_factory=list)
    demonyms: list[tuple[str, str]] = field(default_factory=list)  # (surface, canonical place)
    definitions: list[tuple[str, str]] = field(default_factory=list)  # (acronym key, name key)


def _key(words: tuple[str, ...]) -> str:
    """Comparison key: squashed words, company suffixes dropped, gazetteer aliases resolved."""
    trimmed = list(words)
    while len(trimmed) > 1 and trimmed[-1].rstrip(".") in gz.ORG_SUFFIXES:
        trimmed.pop()
    key = _squash(trimmed)
    canonical = _PLACE_KEYS.get(key)
    if canonical is not None and key not in _CAPITAL_KEYS:
        return _squash(normalise(canonical).split())
    return key


def _government_body_key(words: tuple[str, ...], owner: str | None) -> str | None:
    """One key for a government body however it is phrased, scoped to its country.

    ``Turkish foreign ministry``, ``Turkey's Ministry of Foreign Affairs`` and
    ``Foreign Ministry of Turkey`` share a key; another country's does not.
    """
    heads = [w for w in words if w in _GOVERNMENT_BODIES]
    if len(heads) != 1:
        return None
    country, rest = owner, []
    for word in words:
        place = _FOLDED_DEMONYMS.get(word) or _FOLDED_COUNTRIES.get(word)
        if place:
            country = place
        elif word not in _GOVERNMENT_FILLERS and word != heads[0]:
            rest.append(word)
    return f"{_GOVERNMENT_BODIES[heads[0]]}:{normalise(country or '')}:{'-'.join(sorted(rest))}"


class _Context:
    """The words around a run inside its sentence, for typing votes."""

    def __init__(self, tokens: tuple[Token, ...]):
        self.tokens = tokens

    def before(self, start: int) -> Token | None:
        previous = [t for t in self.tokens if t.end <= start]
        return previous[-1] if previous else None

    def after(self, end: int, count: int = 2) -> list[Token]:
        return [t for t in self.tokens if t.start >= end][:count]

    def votes(self, start: int, end: int, words: tuple[str, ...], surface: str) -> Counter:
        votes: Counter = Counter()
        before = self.before(start)
        after = self.after(end)
        last = words[-1] if words else ""
        if before is not None:
            head = _HYPHEN.split(before.norm)[-1]
            if before.norm in gz.PLACE_PREPOSITIONS:
                votes["place-context"] += 1
            if before.text.islower() and head in gz.ORG_NOUNS:
                votes["org-context"] += 2
            if before.text.islower() and head in gz.TITLE_WORDS and len(words) >= 2:
                votes["person-context"] += 2  # "Kremlin spokesman Dmitry Peskov"
        if after:
            if after[0].text.islower() and (after[0].norm in gz.ORG_NOUNS or
                                            len(after) > 1 and after[1].norm in gz.ORG_NOUNS and after[1].text.islower()):
                votes["org-context"] += 2
            if after[0].text.islower() and after[0].norm in gz.PLACE_NOUNS:
                votes["place-context"] += 1
            if after[0].norm in gz.ATTRIBUTION_VERBS and 2 <= len(surface.split()) <= 3:
                votes["person-context"] += 1
        if last in gz.LAW_KEYWORDS and len(words) > 1:
            votes["law"] += 1
        if any(w in gz.ORG_KEYWORDS for w in words) or last.rstrip(".") in gz.ORG_SUFFIXES \
                or len(words) >= 3 and last in _PLACE_KEYS:  # "Global Affairs Canada"
            votes["org"] += 1
        if _CODE.fullmatch(surface.split()[-1]) or len(words) > 1 and (_CODE.fullmatch(words[-1]) or words[-1][0].isdigit()):
            votes["product"] += 1
        if surface.replace(".", "").isupper() and len(surface) > 1:
            votes["acronym"] += 1
        return votes


def _surname_shaped(piece: _Piece, vocab: _Vocabulary) -> bool:
    """Could this piece be part of a person's name (not a common noun or a keyword)?"""
    return (
        piece.kind == "name"
        and piece.norm not in vocab.lower
        and piece.norm not in gz.ORG_KEYWORDS
        and piece.norm not in gz.TITLE_WORDS
        and not _is_place_word(piece.norm)
    )


class _MentionFinder:
    """Turns the runs of one article into mentions, demonyms and acronym definitions."""

    def __init__(self, findings: _Findings, vocab: _Vocabulary, article: str, order: int, body: str):
        self.findings, self.vocab, self.article, self.order, self.body = findings, vocab, article, order, body
        self.owner: str | None = None

    def sentence(self, sentence: Sentence) -> None:
        context = _Context(sentence.tokens)
        previous: list[_Piece] = []
        for run in _runs(_pieces(sentence, self.vocab)):
            # "Turkey's Ministry of Foreign Affairs": the possessive country owns the body after it
            owner = previous[-1] if previous and previous[-1].possessive else None
            self.owner = _FOLDED_COUNTRIES.get(owner.norm) if owner and run[0].start - owner.end <= 4 else None
            self.run(run, context)
            previous = run

    def run(self, run: list[_Piece], context: _Context) -> None:
        title_at = max((i for i, p in enumerate(run) if p.kind == "title" or p.norm in gz.TITLE_WORDS), default=-1)
        if title_at >= 0 and run[title_at].norm in gz.HONORIFICS:
            # "Mr. Garneau": the honorific stays in the mention, the name is what follows.
            names = run[title_at + 1 :]
            cut = next((i for i, p in enumerate(names) if p.kind != "name"), len(names))
            if title_at:
                self.run(run[:title_at], context)
            if cut:
                self.add(run[title_at : title_at + 1 + cut], context, person=True, honorific=True)
            if cut < len(names):
                self.run(names[cut + 1 :], context)
            return
        if title_at >= 0:
            self.titled(run, title_at, context)
            return
        self.untitled(run, context)

    def titled(self, run: list[_Piece], title_at: int, context: _Context) -> None:
        """``[prefix] Title Words Title [for X] Name``: the name is a person, the prefix is looked at again."""
        tail = len(run)
        while tail > title_at + 1 and _surname_shaped(run[tail - 1], self.vocab):
            tail -= 1
        begin = title_at
        while begin > 0 and (run[begin - 1].norm in gz.TITLE_WORDS or run[begin - 1].norm in gz.TITLE_QUALIFIERS
                             or run[begin - 1].kind == "title"):
            begin -= 1
        if begin:
            self.untitled(run[:begin], context)
        if tail < len(run):
            self.add(run[tail:], context, person=True)

    def untitled(self, run: list[_Piece], context: _Context) -> None:
        """A run with no title: demonyms in front are recorded, the rest is one mention."""
        while run and run[0].kind != "name":
            run = run[1:]
        if not run:
            return
        whole = normalise(self.body[run[0].start : run[-1].end])
        if whole in _FOLDED_DEMONYMS and whole not in _FOLDED_COUNTRIES:
            self.demonym(run, context)
            return
        if len(run) == 1 and run[0].norm in gz.ETHNIC_ADJECTIVES:
            return
        if whole not in _FOLDED_COUNTRIES and run[0].norm in _FOLDED_DEMONYMS:
            if not any(p.norm in gz.ORG_KEYWORDS for p in run[1:]):
                self.findings.demonyms.append((run[0].text, _FOLDED_DEMONYMS[run[0].norm]))
                if len(run) == 1:
                    return
                self.untitled(run[1:], context)
                return
        self.add(run, context)

    def demonym(self, run: list[_Piece], context: _Context) -> None:
        """``Turkish`` alone is a demonym; ``Turkish embassy`` names an organisation."""
        text = self.body[run[0].start : run[-1].end]
        after = context.after(run[-1].end)
        heads = [t for t in after if t.text.islower()]
        for count, token in enumerate(heads[:2], 1):
            if token.norm in _ORG_HEADS_AFTER_DEMONYM and all(t.text.islower() for t in after[:count]):
                end = token.end
                self.add_span(run[0].start, end, context, votes=Counter(org=1))
                return
        self.findings.demonyms.append((text, _FOLDED_DEMONYMS[normalise(text)]))

    def add(self, run: list[_Piece], context: _Context, *, person: bool = False, honorific: bool = False) -> None:
        votes: Counter = Counter()
        if person:
            votes["person"] += 1
        name_start = run[1].start if honorific else run[0].start
        self.add_span(run[0].start, run[-1].end, context, votes=votes, name_start=name_start)
        self.definition(run[-1].end, context)

    def add_span(self, start: int, end: int, context: _Context, *, votes: Counter, name_start: int | None = None) -> None:
        surface = self.body[start:end]
        name = self.body[name_start if name_start is not None else start : end]
        spaced = tuple(normalise(name).split())
        words = tuple(w for part in spaced for w in _HYPHEN.split(part) if w)
        if not words:
            return
        votes.update(context.votes(start, end, words, name))
        key = _government_body_key(words, self.owner) or _key(words)
        mention = _Mention(self.article, self.order, start, end, surface, name, words, spaced, key, votes)
        self.findings.mentions.append(mention)

    def definition(self, end: int, context: _Context) -> None:
        """``Global Affairs Canada (GAC)`` defines an acronym for the name before it."""
        after = context.after(end, 3)
        if len(after) == 3 and after[0].text == "(" and after[2].text == ")" and after[1].text.isupper():
            self.findings.definitions.append((_squash([after[1].norm]), self.findings.mentions[-1].key))


# --- clustering ----------------------------------------------------------------


class _Clusters:
    """Union-find over comparison keys; the root of a key is its cluster."""

    def __init__(self, keys):
        self.parent = {key: key for key in keys}

    def find(self, key: str) -> str:
        root = key
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[key] != root:
            self.parent[key], key = root, self.parent[key]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # the longer key (the fuller name) stays the root
            if (len(rb), rb) > (len(ra), ra):
                ra, rb = rb, ra
            self.parent[rb] = ra


@dataclass
class _Form:
    """All mentions sharing one comparison key."""

    key: str
    words: tuple[str, ...]
    spaced: tuple[str, ...]
    mentions: list[_Mention] = field(default_factory=list)

    @property
    def is_place(self) -> bool:
        return self.key in _PLACE_KEYS or self.key in _PLACE_CANONICAL_KEYS

    @property
    def is_acronym(self) -> bool:
        surface = self.mentions[0].surface
        letters = surface.replace(".", "")
        return len(self.words) == 1 and 2 <= len(letters) <= 6 and letters.isupper() and letters.isalpha()


_PLACE_CANONICAL_KEYS = {_squash(normalise(c).split()) for c in set(gz.COUNTRIES.values())}


def _initials(spaced: tuple[str, ...]) -> str:
    return "".join(w[0] for w in spaced if w not in gz.NAME_PARTICLES)


def _merge_acronyms(forms: dict[str, _Form], clusters: _Clusters, definitions: list[tuple[str, str]]) -> None:
    """``(GAC)`` after a name, or an acronym equal to one multiword name's initials."""
    for acronym, name in definitions:
        if acronym in forms and name in forms:
            clusters.union(acronym, name)
    by_initials: dict[str, set[str]] = defaultdict(set)
    for form in forms.values():
        if len(form.spaced) >= 2:
            by_initials[_initials(form.spaced)].add(form.key)
    for form in forms.values():
        if form.is_acronym and not form.is_place:
            names = {clusters.find(k) for k in by_initials.get(form.key, ())}
            if len(names) == 1:
                clusters.union(form.key, names.pop())


def _merge_spellings(forms: dict[str, _Form], clusters: _Clusters) -> None:
    """Spelling variants of long names: same word count, same initials, digits and place-ness; close letters."""
    blocks: dict[tuple, list[str]] = defaultdict(list)
    for form in forms.values():
        if len(form.key) >= 8 and not form.is_place and ":" not in form.key:
            digits = "".join(c for c in form.key if c.isdigit())
            blocks[(len(form.spaced), _initials(form.spaced), digits)].append(form.key)
    for keys in blocks.values():
        if len(keys) < 2:
            continue
        for i, key in enumerate(keys):
            for other, score, _ in process.extract(key, keys[i + 1 :], scorer=fuzz.ratio, score_cutoff=90, limit=None):
                clusters.union(key, other)


def _containers(forms: dict[str, _Form]) -> dict[str, set[str]]:
    """Shorter key -> keys of the longer names it may stand for.

    A name stands for the names it ends (``Garneau`` for ``Marc Garneau``,
    ``Karabakh`` for ``Nagorno-Karabakh``); an organisation name ending in a
    country also stands for its start (``Global Affairs`` for ``Global Affairs
    Canada``).
    """
    table: dict[str, set[str]] = defaultdict(set)
    for form in forms.values():
        words = form.words
        for i in range(1, len(words)):
            if words[i] not in gz.NAME_PARTICLES:
                table[_squash(words[i:])].add(form.key)
        if len(words) >= 3 and _squash(words[-1:]) in _PLACE_CANONICAL_KEYS | set(_PLACE_KEYS):
            table[_squash(words[:-1])].add(form.key)
    return table


def _merge_short_forms(forms: dict[str, _Form], clusters: _Clusters) -> dict[int, str]:
    """Short forms join the one name they stand for; ambiguous ones are resolved per mention.

    Returns the per-mention choices (``id(mention) -> key``) for ambiguous forms.
    """
    table = _containers(forms)
    ambiguous: list[tuple[_Form, set[str]]] = []
    for form in forms.values():
        if form.is_place or form.key not in table:
            continue
        roots = {clusters.find(k) for k in table[form.key]} - {clusters.find(form.key)}
        if len(roots) == 1:
            clusters.union(form.key, roots.pop())
        elif roots:
            ambiguous.append((form, roots))
    choices: dict[int, str] = {}
    if not ambiguous:
        return choices
    positions: dict[tuple[str, str], list[int]] = defaultdict(list)
    for form in forms.values():
        root = clusters.find(form.key)
        for mention in form.mentions:
            positions[(root, mention.article)].append(mention.start)
    for form, roots in ambiguous:
        for mention in form.mentions:
            best = _nearest(mention, roots, positions)
            if best is not None:
                choices[id(mention)] = best
    return choices


def _nearest(mention: _Mention, roots: set[str], positions: dict[tuple[str, str], list[int]]) -> str | None:
    """The name last mentioned before ``mention`` in its article, else the first after it."""
    before = [(max(p for p in positions[(r, mention.article)] if p < mention.start), r)
              for r in roots if any(p < mention.start for p in positions.get((r, mention.article), ()))]
    if before:
        return max(before)[1]
    after = [(min(positions[(r, mention.article)]), r) for r in roots if positions.get((r, mention.article))]
    return min(after)[1] if after else None


# --- entities --------------------------------------------------------------------

_SLUG = re.compile(r"[^a-z0-9]+")


def _span_order(span: Span) -> tuple[str, int, int]:
    """Span's own ordering, without the cost of dataclass comparisons."""
    return span.article, span.start, span.end


def _type(votes: Counter, key: str) -> EntityType:
    """Strong evidence first (gazetteer, keywords, codes, titles), then context votes."""
    if key in _PLACE_CANONICAL_KEYS or key in _PLACE_KEYS:
        return "place"
    for strong, kind in (("law", "law"), ("product", "product"), ("person", "person"), ("org", "org")):
        if votes[strong]:
            return kind  # type: ignore[return-value]
    weak = {
        "org": votes["org-context"] + votes["acronym"],
        "place": votes["place-context"],
        "person": votes["person-context"],
    }
    best = max(weak, key=lambda kind: weak[kind])
    return best if weak[best] else "other"  # type: ignore[return-value]


def _canonical(mentions: list[_Mention], key: str) -> str:
    """The fullest form: the longest key, then the most frequent, then the first written."""
    place = _PLACE_KEYS.get(key)
    if place is None and key in _PLACE_CANONICAL_KEYS:
        place = next(c for c in gz.COUNTRIES.values() if _squash(normalise(c).split()) == key)
    if place is not None:
        return place
    counts = Counter(m.name for m in mentions)
    first: dict[str, tuple[int, int]] = {}
    for m in mentions:
        first.setdefault(m.name, (m.order, m.start))
    return max(counts, key=lambda s: (
        len(_key(tuple(normalise(s).split()))),
        counts[s],
        sum(w[:1].isupper() for w in s.split()),
        tuple(-x for x in first[s]),
    ))


def find_entities(dossier: Dossier, sentences: dict[str, tuple[Sentence, ...]]) -> tuple[Entity, ...]:
    """Every named entity of the dossier, most widely reported first.

    Sorted by number of articles (descending), then number of mentions, then
    name. Ids are slugs of the canonical names, unique within the result.
    """
    vocab = _learn(sentences)
    findings = _Findings()
    for order, article in enumerate(dossier.articles):
        finder = _MentionFinder(findings, vocab, article.id, order, article.body)
        for sentence in sentences.get(article.id, ()):
            finder.sentence(sentence)
    forms: dict[str, _Form] = {}
    for mention in findings.mentions:
        form = forms.get(mention.key)
        if form is None or len(mention.words) > len(form.words):
            forms[mention.key] = form = _Form(mention.key, mention.words, mention.spaced,
                                              form.mentions if form else [])
        form.mentions.append(mention)
    clusters = _Clusters(forms)
    _merge_acronyms(forms, clusters, findings.definitions)
    _merge_spellings(forms, clusters)
    choices = _merge_short_forms(forms, clusters)
    groups: dict[str, list[_Mention]] = defaultdict(list)
    for form in forms.values():
        for mention in form.mentions:
            groups[clusters.find(choices.get(id(mention), form.key))].append(mention)
    return _entities(groups, findings.demonyms)


def _entities(groups: dict[str, list[_Mention]], demonyms: list[tuple[str, str]]) -> tuple[Entity, ...]:
    """Build, sort and name the entities; tie capitals to countries and demonyms to places."""
    built = []
    for root, mentions in groups.items():
        mentions.sort(key=lambda m: (m.order, m.start))
        name = _canonical(mentions, root)
        votes = sum((m.votes for m in mentions), Counter())
        if 2 <= len(name.split()) <= 3 and any(len(m.words) == 1 for m in mentions):
            votes["person-context"] += 1  # a bare surname stood for the full name
        aliases = tuple(dict.fromkeys([name, *(m.surface for m in mentions)]))
        spans = tuple(sorted({Span(m.article, m.start, m.end) for m in mentions}, key=_span_order))
        built.append((root, name, _type(votes, root), aliases, spans))
    built.sort(key=lambda e: (-len({s.article for s in e[4]}), -len(e[4]), e[1]))
    ids: dict[str, str] = {}
    taken: set[str] = set()
    for root, name, *_ in built:
        base = _SLUG.sub("-", normalise(name)).strip("-") or "entity"
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        taken.add(slug)
        ids[root] = slug
    by_place = {_squash(normalise(name).split()): root for root, name, *_ in built}
    related: dict[str, set[str]] = defaultdict(set)
    for root, *_ in built:
        country = _CAPITAL_KEYS.get(root)
        target = by_place.get(_squash(normalise(country).split())) if country else None
        if target is not None and target != root:
            related[root].add(ids[target])
            related[target].add(ids[root])
    seen_demonyms: dict[str, list[str]] = defaultdict(list)
    for surface, place in demonyms:
        target = by_place.get(_squash(normalise(place).split()))
        if target is not None and surface not in seen_demonyms[target]:
            seen_demonyms[target].append(surface)
    return tuple(
        Entity(ids[root], name, kind, aliases, spans, tuple(sorted(related[root])), tuple(seen_demonyms[root]))
        for root, name, kind, aliases, spans in built
    )
