"""Named entities: the mentions of each article, typed and clustered across the dossier.

Clustering merges, in this order: mentions with equal comparison keys
(``L3 Harris Wescam`` = ``L3Harris WESCAM``; ``X Technologies Inc.`` = ``X``;
``U.S.`` = ``United States``); spelling variants (rapidfuzz, same word
count, initials and digits); acronyms defined in parentheses, opening a
firm's legal name (``Acme`` of ``Acme Data Services Inc.``) or equal to
the initials of exactly one multiword name (``UN`` = ``United Nations``), or
of one police or fire service's name with the head it leaves out (``HCPD`` =
``Harbour City Police``); then
shorter forms into the one longer name that ends with them (``Garneau``,
``Wescam``, ``Karabakh``), or that starts with them when they are used as a
surname and the rest of the name never is (``Mr. Ri``, ``Ri Chol Han``). A short form that several names end with (two
people sharing a surname) goes, mention by mention, to the one last named
in that article; a given name alone, to the one person its own article names
with it. Places never merge into longer names, nor does a state's or a province's name but as a surname (``Ontario``
is no short form of ``Lake Ontario``). Last, a title standing alone
(``the President``) joins the one person its article, or clearly the dossier, titles so.
A place's people (``the Russians``, ``New Yorkers``) cluster with the place, then leave it as an entity of
their own, a ``group`` related to it: they are who lives there, not the place. Types come
from each cluster's votes; a cluster with none takes the type of the names it is listed with
(``Avalon, Brill and Corsa``) or of the organisation its name extends (``Brill One``).

Before clustering, the words beside a mention may change what it names (:mod:`.beside`): a town's name before
an agreement named after it is none of the town's, an acronym before a word in capitals may open a longer name.

Everything is keyed by dicts of normalised forms, so the cost grows linearly
with the dossier.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz, process

from reader.core import vocabulary as gz
from reader.core.entities.beside import drop_agreement_venues, join_shouted_words
from reader.core.entities.mentions import (
    CAPITAL_KEYS, GOVERNMENT_BODIES, GOVERNMENT_FILLERS, PLACE_KEYS, STATE_KEYS, TITLE_KEY, WORK_KEY, Mention,
    dictionary_word, find_mentions, is_initial, is_place_word, name_key, noun, place_key, summed_votes,
)
from reader.core.model import Dossier, Entity, EntityType, Sentence, Span
from reader.core.tokens import normalise

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
    mentions: list[Mention] = field(default_factory=list)

    @property
    def is_place(self) -> bool:
        return self.key in PLACE_KEYS

    @property
    def is_acronym(self) -> bool:
        surface = self.mentions[0].surface
        letters = surface.replace(".", "")
        return len(self.words) == 1 and 2 <= len(letters) <= 6 and letters.isupper() and letters.isalpha()


def _initials(spaced: tuple[str, ...]) -> str:
    return "".join(w[0] for w in spaced if w not in gz.NAME_PARTICLES)


def _spelled_initials(spaced: tuple[str, ...]) -> str:
    """Initials with a dotted abbreviation spelled out: ``U.S. Geological Survey`` is ``USGS``."""
    return "".join(w.replace(".", "") if w.count(".") >= 2 else w[0] for w in spaced if w not in gz.NAME_PARTICLES)


def _without_suffix(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words of a name without its company suffix (``Corp.``, ``Inc.``), which no acronym spells."""
    while len(words) > 1 and words[-1].rstrip(".") in gz.ORG_SUFFIXES:
        words = words[:-1]
    return words


def _merge_acronyms(forms: dict[str, _Form], clusters: _Clusters, definitions: list[tuple[str, str]], ordinary: set[str]) -> None:
    """``(GAC)`` after a name; an acronym that opens one firm's full legal name (``Acme Brill Holdings Inc.``
    for ``Acme``), the firm's own word, before any name whose initials it merely equals (a parent firm's
    ``Avalon Cole Maxwell``, written beside it); else an acronym equal to one multiword name's initials (a
    person's only in a report naming them: :func:`_spelled_by`)."""
    for acronym, name in definitions:
        if acronym in forms and name in forms:
            clusters.union(acronym, name)
    legal: dict[str, set[str]] = defaultdict(set)
    for form in forms.values():
        if form.words[-1].rstrip(".") in gz.ORG_SUFFIXES and len(_without_suffix(form.words)) >= 2:
            legal[name_key(form.words[:1])].add(form.key)
    by_initials: dict[str, set[str]] = defaultdict(set)
    for form in forms.values():
        spaced, words = _without_suffix(form.spaced), _without_suffix(form.words)
        if len(spaced) >= 2:
            by_initials[_initials(spaced)].add(form.key)
            by_initials[_spelled_initials(spaced)].add(form.key)
            if not gz.NAME_PARTICLES.isdisjoint(spaced):  # "DOJ" for "Department of Justice"
                for initials in _lead_initials(spaced):
                    by_initials[initials].add(form.key)
            if spaced[0] in _DEPARTMENTS and spaced[1] == "of" and len(_initials(spaced[2:])) >= 3:
                by_initials[_initials(spaced[2:])].add(form.key)  # "HHS" for "Department of Health and Human
                # Services", the head word left out
            if "&" in spaced:  # "P&G" for "Procter & Gamble"
                by_initials["".join(w[0] for w in spaced if w == "&" or w not in gz.NAME_PARTICLES)].add(form.key)
        elif len(words) >= 2 and all(w[:1].isalpha() for w in words):  # "KR" for "Kessler-Roth (Corp.)"
            by_initials[_initials(words)].add(form.key)
    headless = _headless_services(forms)
    for form in forms.values():
        if _said_as_a_word(form):
            names = {clusters.find(k) for k in by_initials.get(form.key, ()) if not _personal(forms[k])
                     and not _person_shaped(forms[k].mentions[0].name, summed_votes(forms[k].mentions), ordinary)}
            if len(names) == 1:
                clusters.union(form.key, names.pop())
        elif (form.is_acronym or _AMPERSAND_ACRONYM.fullmatch(form.mentions[0].surface)) and not form.is_place:
            near = {m.article for m in form.mentions}
            names = {clusters.find(k) for k in legal.get(form.key, ())}
            names = names or {clusters.find(k) for k in by_initials.get(form.key, ()) if _spelled_by(forms[k], near, ordinary)}
            names = names or {clusters.find(k) for k in headless.get(form.key, ()) if _spelled_by(forms[k], near, ordinary)}
            if len(names) == 1:
                clusters.union(form.key, names.pop())


def _said_as_a_word(form: _Form) -> bool:
    """``Nato``, ``Nafta``: an acronym spoken as a word and written as one (as British papers do): one capitalised
    word of four to six letters, no English word, never a person's (``Mr. Nato``); only a body's name it spells."""
    surface = form.mentions[0].surface
    return len(form.words) == 1 and 4 <= len(surface) <= 6 and surface.isalpha() and surface[:1].isupper() \
        and surface[1:].islower() and not dictionary_word(form.words[0]) and not form.is_place and not _personal(form)


def _spelled_by(form: _Form, articles: set[str], ordinary: set[str]) -> bool:
    """May an acronym of ``articles`` be the initials of the name ``form``? A body's, wherever it is written; a
    person's (by use or by the name's shape) only where the acronym's own report names them too: across reports a
    person's initials are mostly chance (a title's letters, another body's); a report defining the acronym joined
    them before."""
    if any(m.article in articles for m in form.mentions):
        return True
    return not (_personal(form) or _person_shaped(form.mentions[0].name, summed_votes(form.mentions), ordinary))


def _headless_services(forms: dict[str, _Form]) -> dict[str, set[str]]:
    """Acronym -> the names it spells with the head they leave out: ``Harbour City Police`` (no person's) is the
    ``HCPD`` a dossier writes, its Department's. Asked only of an acronym no name spells in full."""
    spelled: dict[str, set[str]] = defaultdict(set)
    for form in forms.values():
        if len(form.spaced) >= 2 and form.spaced[-1] in gz.SERVICE_HEADS and not _personal(form):
            for head in gz.DROPPED_HEAD_INITIALS:
                spelled[_initials(form.spaced) + head].add(form.key)
    return spelled


def _merge_stated_aliases(forms: dict[str, _Form], clusters: _Clusters, aliases: list[tuple[str, str, bool]]) -> None:
    """``X, better known as Y``, ``X (or Y)``: a name the text gives another is one thing with it; a bare name in
    brackets only when neither is ever a person's or written as a place (``Ada Varga (Harbour Party)``: her party;
    ``Brill Institute (Calder)``, ``in Calder``: its town)."""
    for alias, name, said in aliases:
        if alias in forms and name in forms and (said or not any(
                _personal(f) or f.is_place or f.key in STATE_KEYS or any(m.votes["place-context"] for m in f.mentions)
                for f in (forms[alias], forms[name]))):
            clusters.union(alias, name)


_SPELLED_NUMBERS = {value: word for word, value in gz.NUMBER_WORD_VALUES.items()}
"""Each number its word spells (``10``: ``ten``), for names writing a number either way."""


def _merge_glued_numbers(forms: dict[str, _Form], clusters: _Clusters) -> None:
    """``WXN1`` is the ``WXN One`` the dossier writes, ``PB10`` its ``PixelBerry 10``, ``I-40`` its ``Interstate 40``:
    a number glued to capitals names what a name spelling those capitals names, followed by that number (in figures,
    or as a word after two capitals or more; one capital only for a road), when only one such name, no person's, is
    written. The glue's shape no longer votes for a product's model code: the name spelled out types it."""
    for form in forms.values():
        glued = _GLUED_NUMBER.fullmatch(form.mentions[0].surface)
        if glued is None:
            continue
        capitals, number = glued.group(1), glued.group(2)
        endings = {number} | ({_SPELLED_NUMBERS[int(number)]} if len(capitals) >= 2 and int(number) in _SPELLED_NUMBERS else set())
        names = {clusters.find(other.key): other for other in forms.values()
                 if len(other.spaced) >= 2 and other.words[-1] in endings and not _personal(other)
                 and _capitals_of(other.mentions[0].name.split()[:-1]) == capitals
                 and (len(capitals) >= 2 or not gz.ROAD_WORDS.isdisjoint(other.words))}
        if len(names) == 1:
            root, name = names.popitem()
            clusters.union(form.key, root)
            if not any(m.votes["product"] for m in name.mentions):
                for mention in form.mentions:
                    mention.votes = Counter({k: v for k, v in mention.votes.items() if k != "product"})


_GLUED_NUMBER = re.compile(r"([A-Z]{1,4})-?([1-9]\d{0,2})")
"""``WXN1``, ``PB10``, ``I-40``: capitals and a number written as one word."""


def _capitals_of(written: list[str]) -> str:
    """``PixelBerry`` -> ``PB``, ``Interstate`` -> ``I``, ``WXN`` -> ``WXN``: the capitals of words as written."""
    return "".join(c for word in written for c in word if c.isupper())


_AMPERSAND_ACRONYM = re.compile(r"[A-Z]{1,3}&[A-Z]{1,3}")
"""``P&G``, ``AT&T``: initials on both sides of an ampersand."""


def _merge_works(forms: dict[str, _Form], clusters: _Clusters) -> None:
    """``the series "Tales of Avalon"`` (a work's key, kept apart from a namesake) and ``Tales of Avalon`` elsewhere:
    one work when every mention of the plain form is written as a work or a thing too."""
    for key in [key for key in forms if key.startswith(WORK_KEY)]:
        plain = forms.get(key[len(WORK_KEY):])
        if plain is not None and all(m.votes["work"] or m.votes["thing"] for m in plain.mentions):
            clusters.union(plain.key, key)


def _merge_abbreviated_brands(forms: dict[str, _Form], clusters: _Clusters) -> None:
    """``PB X20`` is the ``PixelBerry X20`` the dossier writes: the same model code after a brand and after the capitals
    that spell the brand (its initials, or the capitals inside one word), when only one brand spells them."""
    models: dict[str, list[tuple[str, str]]] = defaultdict(list)  # model word -> (brand as written, form key)
    for form in forms.values():
        written = form.mentions[0].name.split()
        if len(written) >= 2 and any(c.isdigit() for c in written[-1]) and any(c.isalpha() for c in written[-1]):
            models[normalise(written[-1])].append((" ".join(written[:-1]), form.key))
    for entries in models.values():
        for short, key in entries:
            if not (short.isupper() and short.isalpha() and 2 <= len(short) <= 4):
                continue
            spelled = {clusters.find(other) for brand, other in entries if brand != short
                       and _capitals_of(brand.split()) == short}
            if len(spelled) == 1:
                clusters.union(key, spelled.pop())


def _merge_expanded_acronyms(forms: dict[str, _Form], clusters: _Clusters) -> None:
    """``AMA Board of Trustees`` is the ``Avalon Medical Association Board of Trustees`` the dossier writes, once
    ``AMA`` is that association: a leading acronym spelled out as the multiword name it stands for."""
    spelled: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for form in forms.values():
        if len(form.spaced) >= 2:
            spelled[clusters.find(form.key)].append(form.words)
    for form in forms.values():
        head = forms.get(name_key(form.words[:1])) if len(form.spaced) >= 2 else None
        if head is None or not head.is_acronym:
            continue
        for name in spelled.get(clusters.find(head.key), ()):
            key = name_key((*name, *form.words[1:]))
            if key in forms and key != form.key:
                clusters.union(form.key, key)
                break


def _merge_initialled_leads(forms: dict[str, _Form], clusters: _Clusters) -> None:
    """``KFH Ranch`` is the ``Kestrel For Hope Ranch`` the dossier writes: capitals leading a name spell the words
    leading the one other name that ends in the same words (the linking words' letters counted or not)."""
    by_tail: dict[tuple[str, ...], list[_Form]] = defaultdict(list)
    for form in forms.values():
        for cut in range(1, len(form.words)):
            by_tail[form.words[cut:]].append(form)
    for form in forms.values():
        lead = form.mentions[0].name.split()[0].replace(".", "")  # "U.N. Security Council" as "UN Security Council"
        if len(form.spaced) < 2 or not (lead.isupper() and lead.isalpha() and 2 <= len(lead) <= 5):
            continue
        tail = form.words[1:]
        names = {clusters.find(other.key) for other in by_tail.get(tail, ())
                 if lead.lower() in _lead_initials(other.spaced[: len(other.spaced) - len(tail)])}
        if len(names) == 1:
            clusters.union(form.key, names.pop())


def _lead_initials(words: tuple[str, ...]) -> set[str]:
    """``kestrel for hope`` -> ``kfh`` and ``kh``."""
    words = tuple(w for w in words if w != "the")
    return {"".join(w[0] for w in words), _initials(words)} if len(words) >= 2 else set()


def _merge_spellings(forms: dict[str, _Form], clusters: _Clusters) -> None:
    """Spelling variants of long names (``Kristof``/``Kristoff Andersson``), compared only within blocks.

    A block holds keys with the same word count, initials, digits and first two
    letters, so the work stays near linear in the number of distinct names.
    """
    blocks: dict[tuple, list[str]] = defaultdict(list)
    for form in forms.values():
        if len(form.key) >= 8 and not form.is_place and ":" not in form.key:
            digits = "".join(c for c in form.key if c.isdigit())
            blocks[(len(form.spaced), _initials(form.spaced), digits, form.key[:2])].append(form.key)
    for keys in blocks.values():
        if len(keys) < 2:
            continue
        for i, key in enumerate(keys):
            for other, score, _ in process.extract(key, keys[i + 1 :], scorer=fuzz.ratio, score_cutoff=90, limit=None):
                clusters.union(key, other)


def _firms_apart(forms: dict[str, _Form]) -> None:
    """``Varga Group`` beside ``Mr. Varga``: a firm written with a company's suffix, which the comparison key leaves
    out (``Wescam Inc.`` is ``Wescam``), is not the person its bare name is titled as: keyed with the suffix, it is a
    name of its own. Its bare mentions stay with the person's (``Varga said``, ``Varga founded it``)."""
    for form in list(forms.values()):
        firms = [m for m in form.mentions if _as_a_firm(m)]
        rest = [m for m in form.mentions if not _as_a_firm(m)]
        if not firms or not any(m.votes["person"] or m.title for m in rest):
            continue
        longest = max(rest, key=lambda m: len(m.words))
        form.mentions[:], form.words, form.spaced = rest, longest.words, longest.spaced
        for mention in firms:
            mention.key = "".join(mention.words).replace(".", "")
            firm = forms.setdefault(mention.key, _Form(mention.key, mention.words, mention.spaced))
            firm.mentions.append(mention)


def _merge_residents(forms: dict[str, _Form]) -> None:
    """``Osloers``, ``New Yorkers``: a known city's or state's people, written as its name and ``-ers`` or ``-ians``,
    are the people of the place the dossier names, as ``the Russians`` are Russia's (:func:`_peoples_apart`)."""
    for key in [key for key in forms if key.endswith(("ers", "ians"))]:
        town = forms.get(key[:-3]) or forms.get(key[:-4]) if len(forms[key].spaced) <= 2 else None
        if town is not None and (town.is_place or town.key in STATE_KEYS):
            for mention in forms.pop(key).mentions:  # named as the place, written as its people
                mention.key, mention.people = town.key, True
                town.mentions.append(mention)


_CAMPUS_HEADS = frozenset({"university", "college"})


def _merge_campuses(forms: dict[str, _Form], bodies: dict[str, str]) -> None:
    """``University of Avalon, Riverton``: a university's name, a comma and a place, where the dossier also writes
    ``University of Avalon at Riverton``, is that campus (the comma split it in two), not the university and a place."""
    for campus in [form for form in forms.values() if "at" in form.spaced[1:-1] and _CAMPUS_HEADS & set(form.spaced)]:
        cut = campus.spaced.index("at")
        head = next((f for f in forms.values() if f.spaced == campus.spaced[:cut]), None)
        place = next((f for f in forms.values() if f.spaced == campus.spaced[cut + 1 :]), None)
        if head is None or place is None or not _CAMPUS_HEADS & set(head.spaced):
            continue
        for mention in list(head.mentions):
            after = next((p for p in place.mentions if p.article == mention.article
                          and bodies[p.article][mention.end : p.start] == ", "), None)
            if after is None:
                continue
            head.mentions.remove(mention)
            place.mentions.remove(after)
            surface = bodies[mention.article][mention.start : after.end]
            campus.mentions.append(replace(mention, end=after.end, surface=surface, name=surface, words=campus.words,
                                           spaced=campus.spaced, key=campus.key, votes=mention.votes + after.votes))
        for form in (head, place):
            if not form.mentions:
                del forms[form.key]


def _merge_generals(forms: dict[str, _Form]) -> None:
    """``General Varga``: a rank that is also a word of names (``General Assembly``, ``Attorney General``) is a title
    before one word that the dossier also writes alone for a person (``Mr. Varga``); the mention is that surname's."""
    for key in [key for key, form in forms.items() if len(form.spaced) == 2 and form.spaced[0] == "general"]:
        surname = forms.get(name_key(forms[key].spaced[1:]))
        if surname is not None and surname.key != key and any(m.votes["person"] for m in surname.mentions):
            for mention in forms.pop(key).mentions:
                mention.key, mention.name, mention.title = surname.key, surname.mentions[0].name, "general"
                mention.votes["person"] += 1
                surname.mentions.append(mention)


def _cities_as_teams(forms: dict[str, _Form], bodies: dict[str, str]) -> None:
    """``Avalon's playoff loss``: a name owning a noun only a team owns stands for the one team its article names
    with it and a plural (``Avalon Strikers``, ``Avalon 27ers``; not ``Avalon Times``), or by the plural alone
    (``the Strikers``) where another report writes the two together, not for the city. So does, with no such noun,
    a nickname (:func:`_only_a_teams_opener`), unless it is written before a noun (``Brill officials``, ``Brill
    police``: the city's, though ``Brill fans`` may be the team's)."""
    openers = Counter(form.words[:k] for form in forms.values() for k in range(1, len(form.words)))
    plurals: dict[tuple[str, ...], list[_Form]] = defaultdict(list)  # "avalon" -> "Avalon Strikers"
    for team in forms.values():
        if len(team.words) >= 2 and team.words[-1].endswith("s") and not team.words[-1].endswith("ss") \
                and team.words[-1] not in gz.ORG_KEYWORDS:
            plurals[team.words[:-1]].append(team)
    for form in list(forms.values()):
        nickname = _only_a_teams_opener(form, openers)
        movers = [m for m in form.mentions if m.votes["team-owner"] or nickname and not _before_a_noun(m, bodies)]
        teams = [team for team in plurals.get(form.words, ()) if forms.get(team.key) is team
                 and (not nickname or _a_sides_plural(forms.get(name_key(team.words[-1:]))))] if movers else []
        for mention in movers:
            named = [team for team in teams if _named_in(mention.article, team, forms.get(name_key(team.words[-1:])))]
            if len(named) == 1:
                form.mentions.remove(mention)
                mention.key, mention.name = named[0].key, named[0].mentions[0].name
                mention.votes = Counter(org=1)  # a team, which the words around the city's name did not see
                named[0].mentions.append(mention)
        if not form.mentions:
            del forms[form.key]


def _before_a_noun(mention: Mention, bodies: dict[str, str]) -> bool:
    """Is the mention written just before a noun (``Brill officials``), as a word qualifying it?"""
    following = _NEXT_WORD.match(bodies[mention.article], mention.end) if mention.start >= 0 else None
    return following is not None and noun(following.group(1))


_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)\b")
_NO_READING = frozenset({"actor", "initial"})
"""Votes that say nothing of what a name is: it acts, it opens a sentence."""


def _a_sides_plural(plural: _Form | None) -> bool:
    """``the Strikers``: a plural written alone after ``the``, as a side is and a family name never is."""
    return plural is not None and any(mention.votes["definite"] for mention in plural.mentions)


def _only_a_teams_opener(form: _Form, openers: Counter) -> bool:
    """``Brill blamed the pitch``, ``hope Brill and Pell will win``: a name no words around it ever read as a place,
    a person or a body, and no gazetteer knows, that opens one longer name only, stands for that name where it is
    a team's (a plural the dossier also writes alone after ``the``: ``the Brill Strikers``, ``the Strikers``), not a
    person's (``Nadia Poulters``, ``Poulters``: ``Nadia`` stays her given name)."""
    return openers[form.words] == 1 and not (form.is_place or form.key in STATE_KEYS or form.key in CAPITAL_KEYS) \
        and all(kind in _NO_READING for mention in form.mentions for kind, n in mention.votes.items() if n)


def _named_in(article: str, team: _Form, plural: _Form | None) -> bool:
    """Does ``article`` name the team, in full or by its plural alone?"""
    return any(m.article == article for m in team.mentions + (plural.mentions if plural else []))


def _merge_plurals(forms: dict[str, _Form], clusters: _Clusters) -> None:
    """``the Brannies`` and ``a Brannie``, ``the Orbs`` and ``an Orb``: one word written in the plural and in the
    singular names one thing (an award, its ceremony), unless either names a person or a place (``Williams`` is
    no plural of ``William``) or the singular is an English word (``the Times`` is no plural of ``Time``, a
    magazine); so do ``the Brannie Awards``."""
    for key, form in forms.items():
        single = forms.get(key[:-1]) if len(form.words) == 1 and key.endswith("s") and not key.endswith("ss") else None
        if single is not None and len(single.words) == 1 and not dictionary_word(single.words[0]) and not any(
                f.is_place or f.is_acronym or f.key in STATE_KEYS or _personal(f) for f in (form, single)):
            clusters.union(key, single.key)
        plural = forms.get(name_key(form.words[:-1]) + "s") if len(form.words) == 2 and form.words[-1] == "awards" \
            else None
        if plural is not None and len(plural.words) == 1 and not _personal(plural):
            clusters.union(key, plural.key)  # "the Brannie Awards" are "the Brannies"


def _merge_inverted_bodies(forms: dict[str, _Form], clusters: _Clusters) -> None:
    """``House Committee on Rules and Ethics`` is the ``House Rules and Ethics Committee`` and, when the dossier writes
    it, the ``House Rules Committee``: a body's head word and its complement, said the other way round."""
    for form in forms.values():
        words = form.words
        at = next((i for i, w in enumerate(words) if w in gz.BODY_HEADS), -1)
        if at < 0 or at + 2 >= len(words) or words[at + 1] not in ("on", "of", "for") or words[-1] in gz.BODY_HEADS:
            continue
        complement = [w for w in words[at + 2 :] if w != "the"]
        first = complement[: complement.index("and")] if "and" in complement else complement
        for inner in (complement, first):
            key = name_key((*words[:at], *inner, words[at]))
            if key in forms and key != form.key:
                clusters.union(form.key, key)
                break


def _merge_societies_of_places(forms: dict[str, _Form], clusters: _Clusters) -> None:
    """``Dental Society of Ohio`` is the ``Ohio Dental Society`` and the ``Dental Society of the State of Ohio``:
    a society named for a place, the place said after it or before it, as a state or bare."""
    for form in forms.values():
        words = form.words
        at = next((i for i, w in enumerate(words) if w in _SOCIETY_HEADS), 0)
        if not at or at + 2 >= len(words) or words[at + 1] != "of":
            continue
        place = tuple(w for w in words[at + 2 :] if w != "the")
        bare = place[2:] if place[:2] == ("state", "of") else place
        key = name_key(bare)
        if key not in PLACE_KEYS and key not in STATE_KEYS:
            continue
        for named in {place, bare}:
            for other in (name_key((*named, *words[: at + 1])), name_key((*words[: at + 2], *named))):
                if other in forms and other != form.key:
                    clusters.union(form.key, other)


_SOCIETY_HEADS = frozenset("association society federation".split())


def _merge_schools(forms: dict[str, _Form], clusters: _Clusters, bodies: dict[str, str]) -> None:
    """``an MBA from Kestrel`` is from the ``Kestrel University`` the dossier writes: a word named alone, no place's nor
    person's, stands for the one university or college that word names. A word written as a place (``snow fell in
    Brill``, ``the town of Brill``) names the town the college is named after, not the college: one studies at or
    graduates from a college, and lives in a town."""
    schools: dict[str, set[str]] = defaultdict(set)
    for form in forms.values():
        if len(form.spaced) == 2 and form.words[1] in _SCHOOL_HEADS:
            schools[name_key(form.words[:1])].add(form.key)
    for key, named in schools.items():
        short = forms.get(key)
        if len(named) == 1 and short is not None and not (short.is_place or short.key in STATE_KEYS
                                                          or short.is_acronym or _personal(short)
                                                          or _used_as_place(short)
                                                          or any(_written_in(m, bodies) for m in short.mentions)):
            clusters.union(key, named.pop())


_SCHOOL_HEADS = frozenset(("university", "college"))


def _written_in(mention: Mention, bodies: dict[str, str]) -> bool:
    """Is the mention written after ``in``, ``near``, ``outside`` (``grew up in Brill``), as a town is and a
    school, which one studies at or graduates from, seldom is? Not ``in`` after a word of study or teaching
    (``enrolled in Kestrel``, ``a professor in Orrin``): there it names the school."""
    if mention.start < 0:
        return False
    before = _PREVIOUS_WORDS.search(bodies[mention.article], max(0, mention.start - 40), mention.start)
    if before is None or before.group(2) not in _IN_A_PLACE:
        return False
    return not (before.group(2) == "in" and (before.group(1) or "").casefold() in _OF_STUDY)


_PREVIOUS_WORDS = re.compile(r"(?:\b([A-Za-z]+)[ \t]+)?\b([a-z]+)[ \t]+$")
_IN_A_PLACE = frozenset("in near outside across throughout within".split())
_OF_STUDY = frozenset("enrolled enroled enrol enroll enrols enrolls enrolling study studies studied studying "
                      "taught teach teaches teaching professor professors lecturer lecturers student students "
                      "graduate graduates graduated graduating degree degrees phd doctorate major majored "
                      "majoring tenure".split())


def _merge_unqualified_bodies(forms: dict[str, _Form], clusters: _Clusters) -> None:
    """``the Justice Department`` is the one ``U.S. Department of Justice`` the dossier writes: a government body
    named without its country is the body of that name of the one country the dossier names it for."""
    qualified: dict[tuple[str, str], set[str]] = defaultdict(set)
    for key in forms:
        kind, country, rest = _body_parts(key)
        if country and rest:
            qualified[(kind, rest)].add(clusters.find(key))
    for key in forms:
        kind, country, rest = _body_parts(key)
        roots = qualified.get((kind, rest), ()) if rest and not country else ()
        if len(roots) == 1:
            clusters.union(key, next(iter(roots)))
    _merge_headless_bodies(forms, clusters)


def _merge_headless_bodies(forms: dict[str, _Form], clusters: _Clusters) -> None:
    """``the Secretary of Parks and Coastal Lands``, ``Parks and Coastal Lands said``: the field of one department
    (or ministry) the dossier names, written without ``Department of``, is that department, when the field has two
    words or more of its own (not ``Justice``, which may be the virtue) and the name is no work's title (a show
    called ``"Parks and Coastal Lands"`` is keyed apart)."""
    fields: dict[str, set[str]] = defaultdict(set)
    for key in forms:
        kind, _, rest = _body_parts(key)
        if kind == GOVERNMENT_BODIES["ministry"] and rest.count("-") >= 1:
            fields[rest].add(clusters.find(key))
    for key, form in forms.items():
        field = "-".join(sorted(w for w in form.words if w not in GOVERNMENT_FILLERS))
        roots = fields.get(field, ()) if ":" not in key and not form.is_place else ()  # no body, work or title key
        if len(roots) == 1:
            clusters.union(key, next(iter(roots)))


def _body_parts(key: str) -> tuple[str, str, str]:
    """A government body's key (``ministry:united states:justice``) as its kind, country and other words; a key of
    no such body as three empty strings."""
    parts = key.split(":")
    return (parts[0], parts[1], parts[2]) if len(parts) == 3 and parts[0] in _BODY_KINDS else ("", "", "")


_BODY_KINDS = frozenset(GOVERNMENT_BODIES.values())


def _merge_named_heads(forms: dict[str, _Form], clusters: _Clusters) -> None:
    """``Orvane University`` is the one ``Orvane University of Kestra`` the dossier writes: a name of its own (no
    English word) and a body's head word, before ``of`` and its complement."""
    longer: dict[str, set[str]] = defaultdict(set)
    for form in forms.values():
        if "of" in form.words[2:]:
            head = form.words[: form.words.index("of")]
            if len(head) == 2 and head[1] in gz.ORG_KEYWORDS and not dictionary_word(head[0]) \
                    and not is_place_word(head[0]):
                longer[name_key(head)].add(clusters.find(form.key))
    for key, roots in longer.items():
        if key in forms and len(roots) == 1:
            clusters.union(key, roots.pop())


def _merge_spelled_numbers(forms: dict[str, _Form], clusters: _Clusters) -> None:
    """``Marrowdale 27ers`` and ``the Seveners``, ``the 40ers`` and ``the Fortyers``: a team named by a number and
    ``-ers`` is also called by the number's last word spelled out, when the dossier writes that word alone for one
    such team."""
    teams: dict[str, set[str]] = defaultdict(set)
    for form in forms.values():
        number = _NUMBER_TEAM.fullmatch(form.words[-1])
        if number is not None:
            value = int(number.group(1))
            word = _SPELLED_NUMBERS[value if value < 20 or value % 10 == 0 else value % 10]
            teams[name_key((word + "ers",))].add(form.key)
    for short, keys in teams.items():
        if short in forms and len({clusters.find(k) for k in keys}) == 1 and not _personal(forms[short]):
            clusters.union(short, next(iter(keys)))


_NUMBER_TEAM = re.compile(r"([1-9]\d)ers")


def _merge_diminutives(forms: dict[str, _Form], clusters: _Clusters) -> None:
    """``Rudy Tamsin`` and ``Rudolph J. Tamsin``: a given name's short form with the same family name is the one
    person the dossier names with the full given name (when it names exactly one)."""
    for form in forms.values():
        full = gz.DIMINUTIVES.get(form.words[0]) if len(form.spaced) >= 2 and not form.is_place else None
        if not full:
            continue
        named = {clusters.find(key) for key in (name_key((given, *form.words[1:])) for given in full) if key in forms}
        if len(named) == 1:
            clusters.union(form.key, named.pop())


def _containers(forms: dict[str, _Form]) -> dict[str, set[str]]:
    """Shorter key -> keys of the longer names it may stand for.

    A name stands for the names it ends (``Garneau`` for ``Marc Garneau``,
    ``Karabakh`` for ``Nagorno-Karabakh``); an organisation name ending in a
    country also stands for its start (``Global Affairs`` for ``Global Affairs
    Canada``); a committee's name without its head word, written before a
    title, for the committee (``House Judiciary Chairman`` for ``House
    Judiciary Committee``, ``Commerce Secretary`` for ``Commerce Department``), as an office's head
    does for the office named after it (``City Clerk spokeswoman`` for ``City Clerk's Office``); a head word for the one ``Head of ...`` name it
    opens; a first and last name for the one three-word name they frame.
    """
    table: dict[str, set[str]] = defaultdict(set)
    for form in forms.values():
        words = form.words[:-1] if form.words[-1].rstrip(".") in gz.FATHER_AND_SON else form.words
        for i in range(1, len(words)):  # "Varga" for "Ada Varga Jr." too
            if words[i - 1] in ("of", "for", "on"):
                break  # "Rotterdam" is not short for "Port of Rotterdam"
            if words[i] in gz.NAME_LINKING_WORDS or i == len(words) - 1 and words[i] in gz.GEO_HEADS \
                    or i == 1 and words[0] in gz.PLACE_QUALIFIERS and gz.ORG_KEYWORDS.isdisjoint(words) \
                    or _headed(words[i:]) and not all(is_place_word(w) for w in words[:i]):
                continue  # "von der Leyen" may stand for "Ursula von der Leyen"; "Ocean", "Korea" stand for no
                # ocean, no one of "North Korea" and "South Korea"; "Bank of Scotland" for no "Royal Bank of
                # Scotland", though "Department of Justice" stands for "U.S. Department of Justice"
            table[name_key(words[i:])].add(form.key)
        if len(words) >= 3 and words[-1] in PLACE_KEYS:
            table[name_key(words[:-1])].add(form.key)
        if len(words) >= 2 and (words[-1] in gz.BODY_HEADS or words[-1] in _DEPARTMENTS):
            # "House Judiciary" (Chairman) for its Committee, "Commerce" (Secretary) for its Department
            body = forms.get(name_key(words[:-1]))
            if body is not None and all(m.votes["titles"] for m in body.mentions):
                table[body.key].add(form.key)
        if len(words) >= 3 and words[-1] in gz.OFFICE_WORDS and words[-2].endswith("'s"):
            head = forms.get(name_key((*words[:-2], words[-2][:-2])))  # "City Clerk" (spokeswoman) for the
            if head is not None and all(m.votes["titles"] for m in head.mentions):  # "City Clerk's Office"
                table[head.key].add(form.key)
        if len(words) == 2 and words[1] in _PARTY_HEADS and _qualifies_titles(forms.get(name_key(words[:1]))):
            table[name_key(words[:1])].add(form.key)  # "Labour MP", "Green leader": the party, its head word left out
        if len(form.spaced) >= 2 and _family_name_first(form, forms):
            table[name_key(words[:1])].add(form.key)
        framed = _without_middle_name(form)
        if framed:
            table[name_key(framed)].add(form.key)
    heads: dict[str, list[str]] = defaultdict(list)
    for form in forms.values():
        if len(form.words) >= 3 and form.words[0] in gz.JOINING_HEADS and form.words[1] in ("of", "for") \
                and form.words[0] not in gz.GEO_HEADS:
            heads[form.words[0]].append(form.key)
    for head, keys in heads.items():
        if len(keys) == 1:  # "the Academy" for the one "Academy of Motion Picture Arts and Sciences"
            table[head].add(keys[0])
    _spelt_surnames(forms, table)
    _firms_by_first_word(forms, table)
    return table


def _firms_by_first_word(forms: dict[str, _Form], table: dict[str, set[str]]) -> None:
    """``Harlow`` for ``Harlow Bancorp & Co.``: a firm written with its company suffix is also called by its first
    word, when the dossier writes that word alone, no other name opens with it or ends in it, and it is no English
    word (``General``, ``Wells``), no place's name, and never read as a person or a place (``Mr. Pell``, ``to Denver``)."""
    openers = Counter(form.words[0] for form in forms.values() if len(form.spaced) >= 2)
    for form in list(forms.values()):
        if not any(_as_a_firm(m) for m in form.mentions):
            continue
        words = _without_suffix(form.words)
        while len(words) > 1 and words[-1] in ("&", "and"):
            words = _without_suffix(words[:-1])
        first = words[0]
        short = forms.get(name_key((first,)))
        if len(words) < 2 or short is None or short.key in table or openers[first] != 1 or not first.isalpha() \
                or dictionary_word(first) or is_place_word(first) or short.is_place \
                or any(m.title or m.votes["person"] or m.votes["person-context"] or m.votes["place-context"]
                       for m in short.mentions):
            continue
        table[short.key] = {form.key}


def _spelt_surnames(forms: dict[str, _Form], table: dict[str, set[str]]) -> None:
    """``Zelensky`` stands for ``Volodymyr Zelenskiy`` where the dossier never writes the one-word form in the full
    name: two transliterations of a long family name (eight letters or more and the same first two, as
    :func:`_merge_spellings` compares), when no other longer name ends in a word so close. ``Kim``/``Kin``,
    ``Johnson``/``Johnston`` are too short to tell a spelling from another name."""
    endings: dict[str, set[str]] = defaultdict(set)
    for form in forms.values():
        last = form.words[-1]
        if len(form.spaced) >= 2 and last.isalpha() and len(last) >= 8 and last in table:
            endings[last[:2]].add(last)
    for form in forms.values():
        if len(form.spaced) != 1 or form.key in table or len(form.key) < 8 or not form.key.isalpha() \
                or form.is_place or form.is_acronym:
            continue
        close = [other for other, _, _ in process.extract(form.key, endings.get(form.key[:2], ()), scorer=fuzz.ratio,
                                                          score_cutoff=90, limit=None)]
        if len(close) == 1:
            table[form.key] = set(table[close[0]])


_DEPARTMENTS = ("department", "ministry")
_PARTY_HEADS = ("party",)


def _qualifies_titles(form: _Form | None) -> bool:
    """Is this one word only ever written before a title (``Labour MP Ann Lee``, ``Green leader``)? Then it
    stands for the party whose name it opens, as a member's or an officer's party (not ``a Republican``)."""
    return form is not None and len(form.words) == 1 and all(m.votes["titles"] for m in form.mentions)


def _headed(words: tuple[str, ...]) -> bool:
    """``Bank of Scotland``, ``Church of ...``: a head word and its complement, a whole name of its own."""
    return len(words) >= 3 and words[0] in gz.JOINING_HEADS and words[1] in ("of", "for")


def _without_middle_name(form: _Form) -> tuple[str, ...] | None:
    """``Douglas Avery Pruitt``: three capitalised words of a person's name, none a keyword or a
    particle, so that ``Douglas Pruitt`` (the middle name left out) stands for it; ``Douglas Avery Pruitt
    Jr.`` so framed keeps the ``Jr.`` that tells him from his father (``Douglas Pruitt Jr.``)."""
    surface, spaced = form.mentions[0].name.split(), form.spaced
    generation = spaced[-1:] if len(spaced) == 4 and spaced[-1].rstrip(".") in gz.FATHER_AND_SON else ()
    if generation:
        surface, spaced = surface[:-1], spaced[:-1]
    named = len(spaced) == 3 and len(surface) == 3 and not form.is_place \
        and all(w[:1].isupper() and not w.isupper() for w in surface) \
        and not any(w in gz.ORG_KEYWORDS or w in gz.NAME_PARTICLES or w in gz.GEO_HEADS
                    or w.rstrip(".") in gz.ORG_SUFFIXES for w in spaced)  # "General Quarry Inc." frames no "General"
    return spaced[:1] + spaced[-1:] + generation if named else None


def _family_name_first(form: _Form, forms: dict[str, _Form]) -> bool:
    """``Ri`` for ``Ri Chol Han``: both name a person (``Mr. Ri``, ``leader Ri Chol Han``), the first word is
    used alone and no later part of the name ever is."""
    head = forms.get(name_key(form.words[:1]))
    if head is None or head.is_place or not any(m.votes["person"] for m in head.mentions):
        return False
    if not any(m.votes["person"] or m.votes["person-context"] for m in form.mentions):
        return False
    return not any(name_key(form.words[i:]) in forms for i in range(1, len(form.words)))


def _merge_short_forms(forms: dict[str, _Form], clusters: _Clusters, common: set[str]) -> dict[int, str | None]:
    """Short forms join the one name they stand for; ambiguous ones are resolved per mention.

    A common noun (``the Foundation``) stands for the one such name its own article writes, whatever the
    dossier's main one: it names nothing outside its article, unlike a surname. The generic noun ending a name of
    English words (``House`` of ``White House``) names no more than that even when the dossier writes one such name.
    A word the dossier writes in lower case, capitalised only where a sentence opens (``"Day one, ...``), names
    nothing at all in an article that writes no such name. A title and surname after a kinship noun (``her father,
    Mr Brandt``) names a relative of the bearer its report last named, no bearer of the names written: a person of
    its own.

    Returns the per-mention choices (``id(mention) -> key``, None for no name) for ambiguous forms.
    """
    table = _containers(forms)
    openers = Counter(form.words[0] for form in forms.values() if len(form.spaced) >= 2)
    ambiguous: list[tuple[_Form, set[str]]] = []
    heads: list[tuple[_Form, str]] = []
    choices: dict[int, str | None] = {}
    for form in forms.values():
        if form.is_place or form.key not in table or _named_place(form, table[form.key], forms) \
                or form.key in STATE_KEYS and not _surname_of(table[form.key], forms) \
                or form.is_acronym and "." in form.mentions[0].surface \
                or _opens_names(form, table[form.key], forms, openers):  # "W.H.O." is no short form of "Doctor
            # Who", "House" none of "White House" when the dossier also writes "House Judiciary", "House Oversight"
            continue
        roots = {clusters.find(k) for k in table[form.key]} - {clusters.find(form.key)}
        if len(roots) == 1:
            for mention in form.mentions:
                if _relative(mention, form, next(iter(roots)), forms, clusters):
                    choices[id(mention)] = _relatives_cluster(form, clusters)
        if len(roots) == 1 and (_generic_head(form, forms[next(iter(roots))])
                                or _common_word(form, common) and _unowned(forms[next(iter(roots))])):
            heads.append((form, roots.pop()))
        elif len(roots) == 1 and any(_as_a_firm(m) for m in form.mentions) \
                and _written_as_a_person(forms[next(iter(roots))].mentions[0].name):
            root = roots.pop()  # "Varga Holdings", keyed "Varga", is the firm, not "Ada Varga"; "Varga said" is her
            choices.update((id(m), root) for m in form.mentions if not _as_a_firm(m))
        elif len(roots) == 1:
            clusters.union(form.key, roots.pop())
        elif roots:
            ambiguous.append((form, roots))
    if not ambiguous and not heads:
        return choices
    unsettled = {form.key for form, _ in ambiguous}
    positions: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    introduced: dict[tuple[str, str], tuple[int, bool]] = {}  # (root, article) -> its first mention: where, as a relative
    weight: Counter = Counter()
    titles: dict[str, set[str]] = defaultdict(set)
    for form in forms.values():
        root = clusters.find(form.key)
        for mention in form.mentions:
            positions[(root, mention.article)].append((mention.start, mention.paragraph))
            if _read_as_a_name_of_its_own(mention) and ((root, mention.article) not in introduced
                                                        or mention.start < introduced[(root, mention.article)][0]):
                introduced[(root, mention.article)] = mention.start, bool(mention.votes["kin"])
        if form.key not in unsettled:  # "Amos Stokes" counts for "Amos Reed Stokes", "Stokes" for no one yet
            weight[root] += len(form.mentions)
            for mention in form.mentions:
                if mention.title:
                    titles[root].add(mention.title)
    for rows in positions.values():
        rows.sort()
    for form, roots in ambiguous:
        dominant = _dominant(roots, weight)
        titled = _titled_bearers(form, roots, titles)
        generic = len(form.words) == 1 and (form.words[0] in common or form.words[0] in gz.ORG_KEYWORDS)
        bare: dict[str, int] = {}  # article -> where it first writes the short form untitled
        for mention in form.mentions:
            if not mention.title:
                bare[mention.article] = min(mention.start, bare.get(mention.article, mention.start))
        for mention in form.mentions:
            written = [root for root in roots if (root, mention.article) in positions] if generic else ()
            local = written[0] if len(written) == 1 else None
            main = dominant if _main_stands(dominant, roots, introduced, mention.article, bare) else None
            best = _nearest(mention, roots, positions, local or titled.get(mention.article, main))
            if best is not None and _relative(mention, form, best, forms, clusters):
                best = _relatives_cluster(form, clusters)
            if best is not None:
                choices[id(mention)] = best
    for form, root in heads:  # "the House" joins "White House" only in an article that writes it
        root = clusters.find(root)
        common_word = _common_word(form, common)
        for mention in form.mentions:
            if (root, mention.article) in positions:
                choices[id(mention)] = root
            elif common_word:
                choices[id(mention)] = None
    return choices


def _relative(mention: Mention, form: _Form, bearer: str, forms: dict[str, _Form], clusters: _Clusters) -> bool:
    """Is the short form, titled after a kinship noun, a relative of the bearer it would join (``Lena Brandt. ...
    Her father, Mr Brandt``)? Only where that bearer (or the surname alone) is the last person its report names
    before it, whom the kinship noun's possessive then points to; then it is a person of its own. One after no
    bearer named (``The boy's father, Mr Brandt``, ``her husband, Mr Brandt``) may be the bearer itself, and stays
    a short form."""
    if not (mention.votes["kin"] and mention.title):
        return False
    last = None
    for other in forms.values():
        if other is form or clusters.find(other.key) == bearer or _personal(other) and not other.is_place:
            for named in other.mentions:
                if named.article == mention.article and named.start < mention.start \
                        and (last is None or named.start > last[0]):
                    last = named.start, other
    return last is not None and (last[1] is form or clusters.find(last[1].key) == bearer)


def _relatives_cluster(form: _Form, clusters: _Clusters) -> str:
    """The cluster of the relatives named by the short form (one per surname)."""
    return clusters.parent.setdefault(RELATIVE_KEY + form.key, RELATIVE_KEY + form.key)


def _surname_of(longer: set[str], forms: dict[str, _Form]) -> bool:
    """Are the longer names a word may stand for all written as people's (``Joe Montana``)? A state's or a province's
    name stands for them as a surname, and for no other name (``Lake Ontario``, ``Kansas City``)."""
    return all(_written_as_a_person(forms[k].mentions[0].name) for k in longer)


def _as_a_firm(mention: Mention) -> bool:
    """Is the name written with a company's suffix (``Varga Holdings``, ``Varga Inc.``), which its key leaves out?"""
    return len(mention.spaced) >= 2 and mention.spaced[-1].rstrip(".") in gz.ORG_SUFFIXES


def _common_word(form: _Form, common: set[str]) -> bool:
    """Is this one word, never a person's, one the dossier also writes in lower case, and capitalised only where it
    opens a sentence or a clause (``"Day one, I will ...``)? Then it stands for a longer name no person bears
    (``Bastille Day``, see :func:`_unowned`) only where that name is written, and for no name elsewhere."""
    return len(form.words) == 1 and form.words[0] in common and not form.is_acronym and not _personal(form) \
        and all(m.votes["initial"] for m in form.mentions)


def _unowned(name: _Form) -> bool:
    """Is this name no person's and no body's (an event's, a work's: ``Bastille Day``)? A body's head word alone
    (``Police have ...``) still stands for the one body the dossier names with it."""
    return not _personal(name) and not any(m.votes["org"] or m.votes["org-context"] for m in name.mentions)


def _opens_names(form: _Form, longer: set[str], forms: dict[str, _Form], openers: Counter) -> bool:
    """Is this one word, never a person's, the first word of two names or more of the dossier, and the last
    of the longer names it would join? Then it names something of its own (a chamber, a body) that those
    names qualify, not the name it ends (``Academy`` still stands for ``Academy of Motion Picture Arts``)."""
    return len(form.words) == 1 and openers[form.words[0]] >= 2 \
        and all(forms[k].words[-1] == form.words[0] for k in longer) \
        and not _personal(form)


def _generic_head(form: _Form, name: _Form) -> bool:
    """Is this one word (no acronym, no person's name) the last of a fullest name of English words only, no
    person's (``House`` of ``White House``, ``Court`` of ``Supreme Court``, ``Department`` of ``Justice
    Department``)? Then it is the generic noun many names share, not a short form, which keeps the distinctive
    word (``Wescam``, ``Garneau``, ``Avalon`` of ``Avalon Foundation``; ``BlackBerry`` is a brand's, no word;
    ``Judiciary`` of ``House Judiciary Committee``). Linking words count as English (``Health and Human Services``)."""
    written = name.mentions[0].name.split()
    return len(form.words) == 1 and not form.is_acronym and not _personal(form) and not _personal(name) \
        and name.words[-1] == form.words[0] and len(written) == len(name.words) \
        and all(w.isalpha() and (w[1:].islower() or w.isupper()) for w in written) \
        and all(dictionary_word(w) or w in gz.NAME_LINKING_WORDS for w in name.words)


def _personal(form: _Form) -> bool:
    """Is the name ever titled or used as a person's (``Mr. Green``, ``Green said``)?"""
    return any(m.votes["person"] or m.votes["person-context"] or m.title for m in form.mentions)


def _titled_bearers(form: _Form, roots: set[str], titles: dict[str, set[str]]) -> dict[str, str]:
    """Article -> the one name the short form's titles point to there: ``President Dalby`` is the bearer
    of the name written ``President Harold Dalby``, not ``first lady Ines Dalby``."""
    used: dict[str, set[str]] = defaultdict(set)
    for mention in form.mentions:
        if mention.title:
            used[mention.article].add(mention.title)
    chosen = {}
    for article, article_titles in used.items():
        matching = [root for root in roots if titles[root] & article_titles]
        if len(matching) == 1:
            chosen[article] = matching[0]
    return chosen


def _named_place(form: _Form, longer: set[str], forms: dict[str, _Form]) -> bool:
    """A place in its own right (``in Aceh``, ``Aceh province``, or the dossier's ``Aceh Province``) is not short
    for a longer name of several words (``Banda Aceh``, the city named after the province, written as a place);
    ``Karabakh`` still stands for the one hyphenated word ``Nagorno-Karabakh``."""
    if not all(len(forms[k].spaced) >= 2 for k in longer):
        return False
    return _used_as_place(form) or len(form.words) == 1 \
        and any(name_key((form.words[0], head)) in forms for head in _REGION_HEADS) \
        and all(_used_as_place(forms[k]) and not _personal(forms[k]) for k in longer)


_REGION_HEADS = ("province", "county", "state", "region", "district", "prefecture", "governorate")
"""Heads of a region's name (``Aceh Province``) after the word that may also end a city's (``Banda Aceh``)."""


def _used_as_place(form: _Form) -> bool:
    """Written after ``in``, ``to``, ``near`` at least twice and in half its uses, never titled as a person."""
    votes = summed_votes(form.mentions)
    return votes["place-context"] >= max(2, len(form.mentions) / 2) and not votes["person"]


def _dominant(roots: set[str], weight: Counter) -> str | None:
    """The name the dossier uses at least twice as often as each other one, by its unambiguous forms."""
    ranked = sorted(roots, key=lambda r: -weight[r])
    if weight[ranked[0]] >= 2 * weight[ranked[1]] and weight[ranked[0]] >= 3:
        return ranked[0]
    return None


def _main_stands(dominant: str | None, roots: set[str], introduced: dict, article: str, bare: dict[str, int]) -> bool:
    """May the dossier's dominant name stand for a short form in ``article``? Yes where the article writes it, or
    writes no other bearer's name but one it introduces as a relative, or writes the short form alone (untitled)
    before any other bearer's name: a report that opens with ``Vireo`` means the dossier's Vireo by it, whoever
    it mentions later (``opposition leader Paul Vireo, no relation``). No where another bearer is the report's own,
    named before the short form is written alone: one that names only ``Mayor Karl Brandt`` means him by its later
    ``Mr. Brandt`` (and by a titled ``Mr. Brandt`` before his full name), however often the dossier names another
    Brandt; one that first names ``his wife Lucie Vireo`` or ``Ivanka Vireo, his daughter,`` still means the
    dossier's Vireo by ``Vireo``."""
    if dominant is None or (dominant, article) in introduced:
        return True
    own = [introduced[(root, article)][0] for root in roots
           if (root, article) in introduced and not introduced[(root, article)][1]]
    return not own or bare.get(article, min(own)) < min(own)


def _read_as_a_name_of_its_own(mention: Mention) -> bool:
    """Is the mention read as naming its bearer, not inside a longer name (``the Paul Vireo hall``) nor a body's?"""
    return not (mention.votes["definite"] or mention.votes["org"] or mention.votes["org-context"])


def _nearest(mention: Mention, roots: set[str], positions: dict, dominant: str | None) -> str | None:
    """The name last mentioned before ``mention`` in its paragraph; else the dominant name (the one the
    article's titles point to, or the dossier's); else the name last mentioned before it in its article,
    or the first after it.

    A surname after ``his wife Odile Ferrand`` in another paragraph still names the president.
    """
    before, after = [], []
    for root in roots:
        rows = positions.get((root, mention.article), ())
        at = bisect_left(rows, (mention.start,))
        if at:
            before.append((rows[at - 1], root))
        elif rows:
            after.append((rows[0], root))
    local = [(row, root) for row, root in before if row[1] == mention.paragraph]
    if local:
        return max(local)[1]
    if dominant is not None:
        return dominant
    if before:
        return max(before)[1]
    return min(after)[1] if after else None


def _given_names(
    forms: dict[str, _Form], clusters: _Clusters, choices: dict[int, str | None], typer: _Typer,
) -> None:
    """``Rupert`` where its article writes ``Rupert Prewett``: a given name alone stands for the one person's
    name of two or three words its own article opens with it. In an article that writes no such name it names
    the one person of the dossier whose name it opens if the article names that person otherwise (``Prewett``)
    and the word is no one's surname nor a work's name; else no one known (``Harold`` is no short form of a
    ``Harold Dalby`` written only elsewhere); a word that opens two people's names in its article is no one's
    there (another ``Harold`` named elsewhere in the dossier does not count), and a place (``Brackwell``,
    ``Brackwell Trail Hawks``) no given name. A given name after an honorific (``Sheikh Hamad``) stands for a name
    it opens only if that name bears the honorific somewhere in the dossier (``Sheikh Hamad bin Khalifa``), which
    may run on in a father's name after ``bin`` (not ``King Charles`` for a ``Charles Ray`` no one calls king)."""
    ordinary = typer.ordinary
    grouped: dict[str, list[Mention]] = defaultdict(list)
    for form in forms.values():
        grouped[clusters.find(form.key)].extend(form.mentions)
    typed = {root: typer(root, mentions) for root, mentions in grouped.items()}
    people = {root for root, (_, kind, definite, _) in typed.items() if kind == "person" and not definite}  # not a team
    opened: dict[str, set[str]] = defaultdict(set)
    for form in forms.values():
        root = clusters.find(form.key)
        lineage = len(form.spaced) > 3 and form.spaced[1] in gz.SURNAME_PARTICLES  # "Hamad bin Khalifa al-Marri"
        if (2 <= len(form.spaced) <= 3 or lineage) and root in people \
                and gz.NOT_PERSONAL.isdisjoint(w for w in form.words if w not in gz.TITLE_WORDS):  # "Ada King"
            opened[name_key(form.words[:1])].add(root)
    honoured = {(clusters.find(form.key), m.title) for form in forms.values() for m in form.mentions
                if len(form.spaced) >= 2 and m.title in gz.GIVEN_NAME_HONORIFICS}
    size = Counter(clusters.find(key) for key in forms)
    written = {(clusters.find(m.key), m.article) for form in forms.values() if len(form.spaced) >= 2
               for m in form.mentions}
    named = {(choices[id(m)] if id(m) in choices else clusters.find(m.key), m.article)
             for form in forms.values() for m in form.mentions}
    surnames = {form.words[-1] for form in forms.values()
                if len(form.spaced) >= 2 and clusters.find(form.key) in people}
    for form in forms.values():
        word = form.words[0]
        roots = opened.get(form.key, ())
        if len(form.words) != 1 or not roots or form.is_place or form.is_acronym or form.key in STATE_KEYS \
                or is_place_word(word) or word in ordinary or word in gz.TITLE_WORDS \
                or size[clusters.find(form.key)] > 1 or _named_place(form, roots, forms):
            continue
        for mention in form.mentions:
            local = [root for root in roots if (root, mention.article) in written]
            if not local and len(roots) == 1 and word not in surnames and WORK_KEY + form.key not in forms:
                # "Zadan" written, "Craig" alone: the one Craig of the dossier (not when a work bears the name)
                local = [root for root in roots if (root, mention.article) in named]
            if len(local) == 1 and (not mention.title or (local[0], mention.title) in honoured):
                choices.setdefault(id(mention), local[0])


def _capitals_as_governments(forms: dict[str, _Form], clusters: _Clusters, choices: dict[int, str | None]) -> None:
    """``a trade deal with Washington``, ``Ottawa said``: a capital used as an actor stands for its
    country's government, and joins the country when the dossier names it; ``a visit to Washington``
    stays with the city. A capital that ends a longer name (``George Washington``) is left alone."""
    endings = {form.words[-1] for form in forms.values() if len(form.words) > 1}
    for form in forms.values():
        country = CAPITAL_KEYS.get(form.key)
        if country is None or place_key(country) not in forms or clusters.find(form.key) != form.key \
                or len(form.words) == 1 and form.words[0] in endings:
            continue
        for mention in form.mentions:
            if mention.votes["actor"] and id(mention) not in choices:
                choices[id(mention)] = place_key(country)


# --- entities --------------------------------------------------------------------

_SLUG = re.compile(r"[^a-z0-9]+")


def entity_id(name: str, taken: set[str]) -> str:
    """The slug of ``name``, numbered past those ``taken`` (which it joins): an id unique in the dossier."""
    base = _SLUG.sub("-", normalise(name)).strip("-") or "entity"
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    taken.add(slug)
    return slug


def by_reach(entity: Entity) -> tuple[int, int, str]:
    """The order entities are listed in: the most reports first, then the most mentions, then by name."""
    return -len(entity.articles), -len(entity.mentions), entity.name


def _span_order(span: Span) -> tuple[str, int, int]:
    """Span's own ordering, without the cost of dataclass comparisons."""
    return span.article, span.start, span.end


def _type(votes: Counter, key: str) -> EntityType:
    """Strong evidence first (gazetteer, keywords, codes, titles), then context votes."""
    if key.startswith(PEOPLE_KEY):
        return "group"  # a place's people
    if votes["aired"] * 2 >= votes["mentions"] > 0:
        return "other"  # "on WXN's Evening News Desk": a programme, though its title holds a body's keyword
    if votes["room"] * 2 >= votes["mentions"] > 1 and not (votes["actor"] or votes["org-context"]):
        return "place"  # "in the Ellery Office", "an Ellery Office meeting", never acting: a room, no body
    if votes["work"] and key not in PLACE_KEYS and key not in STATE_KEYS:
        return "other"  # "his film The Long Road": a work's title, whatever its last word names elsewhere
    if key in gz.CHAMBER_WORDS:
        return "org"  # "House committees": a legislature's chamber
    if votes["geo"] and votes["speaks"] * 2 > votes["mentions"] and key not in PLACE_KEYS and key not in STATE_KEYS:
        return "org"  # "Ellery Street said", "Ellery Street confirmed": a seat of government standing for the
        # office in it, as "the Ivory House said" does
    if key in PLACE_KEYS or key in STATE_KEYS or votes["geo"] \
            or key.endswith("s") and key[:-1] in PLACE_KEYS and not (votes["person"] or votes["person-context"]):
        return "place"  # "the two Avalonias": a country's name in the plural, its parts
    for strong, kind in (("law", "law"), ("product", "product"), ("person", "person"), ("org", "org")):
        if votes[strong] and not (strong == "person" and _a_firm_by_its_context(votes)):
            return kind  # type: ignore[return-value]
    if votes["common"] or votes["thing"]:
        return "other"  # an acronym the dossier spells out in lower-case words (a kind of thing), an event, a work
    weak = {
        "org": votes["org-context"] + votes["acronym"],
        "place": votes["place-context"],
        "person": votes["person-context"],
        "product": votes["product-context"],
    }
    best = max(weak, key=lambda kind: weak[kind])
    return best if weak[best] else "other"  # type: ignore[return-value]


def _a_firm_by_its_context(votes: Counter) -> bool:
    """``the mortgage company Mr. Lender``, ``Mr. Lender, the lender,``: a name always written with its honorific
    (``person`` votes one per mention), the words around which say a firm more often than a person."""
    return votes["person"] == votes["mentions"] and votes["org-context"] >= 2 \
        and votes["org-context"] > votes["person-context"]


def _canonical(mentions: list[Mention], key: str) -> str:
    """The fullest form: a name before a description (``U.S. Embassy`` before ``American embassy``), then the
    longest key, then the one with more middle initials (which the key leaves out: ``Ada K. Varga`` over ``Ada
    Varga``), then the most frequent, then the first written. A spelling
    variant of it (``Pro Patrria`` beside ``Pro Patria``) is no fuller for a letter more: of the two,
    the more frequent names the entity."""
    place = PLACE_KEYS.get(key)
    if place is not None:
        return place
    counts = Counter(_written_name(m) for m in mentions if not m.key.startswith(TITLE_KEY))
    if len(counts) == 1:
        return next(iter(counts))
    first: dict[str, tuple[int, int]] = {}
    for m in mentions:
        first.setdefault(_written_name(m), (m.order, m.start))
    keys = {s: name_key(tuple(normalise(s).split()), spelled=False) for s in counts}
    rank = {s: (not _described(s), len(keys[s]), not _shouted(s), sum(is_initial(w) for w in s.split()[1:-1]),
                counts[s], sum(w[:1].isupper() for w in s.split()), tuple(-x for x in first[s])) for s in counts}
    fullest = _family(max(counts, key=rank.__getitem__), counts)
    words = len(fullest.split())
    variants = [s for s in counts if len(s.split()) == words and fuzz.ratio(keys[s], keys[fullest]) >= 90]
    return max(variants, key=lambda s: (not _shouted(s), counts[s], rank[s]))


def _family(fullest: str, counts: Counter) -> str:
    """``Golden Lyre Awards`` over ``Silver Golden Lyre``: of an honour also written bare (``a Golden Lyre``), the
    name of its whole family names the entity, not one of its classes, which the bare mentions need not mean."""
    bare = fullest.partition(" ")[2]
    family = [s for s in counts if s.rpartition(" ")[0] == bare and normalise(s.rpartition(" ")[2]) in gz.HONOUR_NOUNS]
    return family[0] if bare in counts and family else fullest


def _shouted(name: str) -> bool:
    """A name of several words all in capitals (``RIVERTON 88ERS``, a line's label): the same name written in
    capitals by the layout, which a mixed-case form names better."""
    return " " in name.strip() and name.isupper()


def _written_name(mention: Mention) -> str:
    """The mention's name as a name of the entity: a navy's prefix is a word of its ship's (``HMS Victory``), though
    not of the key, unlike an honorific (``Mr. Garneau`` names Garneau)."""
    return mention.surface if mention.title in gz.SHIP_PREFIXES else mention.name


def fuller(first: Entity, second: Entity) -> Entity:
    """Of two entities the user merges, the one whose name and type the merged one keeps: the fuller
    name, as :func:`_canonical` chooses a cluster's (a name before a description, then more words,
    then more letters, then more mentions: ``Philadelphia`` over ``Philly``, ``Jim Ross`` over
    ``Ross``); ``first`` (the one marked) when they tie. Letters count only between two forms of one
    name, which begin alike (:data:`AKIN_LETTERS`): of two names as full (``Ada Varga``, ``Ilse Varga``)
    the longer spelling is no fuller, the one more mentioned keeps its name."""
    akin = normalise(first.name)[:AKIN_LETTERS] == normalise(second.name)[:AKIN_LETTERS]

    def rank(entity: Entity) -> tuple:
        return not _described(entity.name), len(entity.name.split()), akin and len(normalise(entity.name)), len(entity.mentions)

    return second if rank(second) > rank(first) else first


AKIN_LETTERS = 4
"""Two names beginning with as many letters alike may be one name's forms (``Phil``adelphia, ``Phil``ly)."""


def _described(name: str) -> bool:
    """Does the name hold a common word in lower case (``American embassy``, ``Turkish foreign ministry``)? Then it
    describes what another form names."""
    return any(w.isalpha() and w.islower() and w not in gz.NAME_PARTICLES and w not in gz.FUNCTION_WORDS
               for w in name.split())


def find_entities(dossier: Dossier, sentences: dict[str, tuple[Sentence, ...]]) -> tuple[Entity, ...]:
    """Every named entity of the dossier, most widely reported first.

    Sorted by number of articles (descending), then number of mentions, then
    name. Ids are slugs of the canonical names, unique within the result.
    """
    findings = find_mentions(dossier, sentences)
    bodies = {article.id: article.body for article in dossier.articles}
    findings.mentions = join_shouted_words(drop_agreement_venues(findings.mentions, bodies), bodies)
    forms: dict[str, _Form] = {}
    for mention in findings.mentions:
        form = forms.get(mention.key)
        if form is None or len(mention.words) > len(form.words):
            forms[mention.key] = form = _Form(mention.key, mention.words, mention.spaced,
                                              form.mentions if form else [])
        form.mentions.append(mention)
    _firms_apart(forms)
    _merge_residents(forms)
    _merge_campuses(forms, bodies)
    _merge_generals(forms)
    _cities_as_teams(forms, bodies)
    clusters = _Clusters(forms)
    _merge_spellings(forms, clusters)  # first: "Europe Union" (a slip) leaves "EU" one name to spell
    _merge_diminutives(forms, clusters)
    _merge_plurals(forms, clusters)
    _merge_inverted_bodies(forms, clusters)
    _merge_societies_of_places(forms, clusters)
    _merge_schools(forms, clusters, bodies)
    _merge_unqualified_bodies(forms, clusters)
    _merge_named_heads(forms, clusters)
    _merge_acronyms(forms, clusters, findings.definitions, findings.common)
    _merge_stated_aliases(forms, clusters, findings.aliases)
    _merge_expanded_acronyms(forms, clusters)
    _merge_initialled_leads(forms, clusters)
    _merge_abbreviated_brands(forms, clusters)
    _merge_glued_numbers(forms, clusters)
    _merge_works(forms, clusters)
    choices = _merge_short_forms(forms, clusters, findings.common)
    _merge_spelled_numbers(forms, clusters)  # after "27ers" has joined the one "Marrowdale 27ers"
    typer = _Typer(findings.common | _placed_words(forms) | _brands(forms))
    _given_names(forms, clusters, choices, typer)
    _capitals_as_governments(forms, clusters, choices)
    groups: dict[str, list[Mention]] = defaultdict(list)
    for form in forms.values():
        for mention in form.mentions:
            key = choices.get(id(mention), form.key)
            if key is not None:
                groups[clusters.find(key)].append(mention)
    _add_title_holders(groups, findings.titles)
    _peoples_apart(groups)
    return _entities(groups, findings.demonyms, findings.lists, typer)


RELATIVE_KEY = "relative:"
"""Before a short form's key: the cluster of its bearer named as someone's relative (``her father, Mr Brandt``)."""

PEOPLE_KEY = "people:"
"""Before a place's root: the cluster of its people (``Russians``, ``Londoners``), a group of its own."""


def _peoples_apart(groups: dict[str, list[Mention]]) -> None:
    """A place's people (``the Russians``, ``Londoners``) found with the place become a cluster of their own: they
    are a nationality or a town's residents, no name of the place, and what they do or think is not what its
    government does; the entity stays related to the place."""
    for root in [root for root, mentions in groups.items() if any(m.people for m in mentions)]:
        groups[PEOPLE_KEY + root] = [m for m in groups[root] if m.people]
        groups[root] = [m for m in groups[root] if not m.people]
        if not groups[root]:
            del groups[root]


def _brands(forms: dict[str, _Form]) -> set[str]:
    """Words with a capital inside, no person's, that the dossier uses alone as a name (``PixelBerry``): a brand,
    no given name, so that ``PixelBerry Hub`` (a product's feature) is no person."""
    return {form.words[0] for form in forms.values() if len(form.spaced) == 1 and not form.is_acronym
            and _capital_inside(form.mentions[0].name) and not _personal(form)}


_SURNAME_PREFIX = re.compile(r"(?:Mc|Mac|O['\u2019]|D['\u2019]|De|Di|Da|Du|La|Le|Van|Von|Fitz)[A-Z]")
"""``McAdam``, ``O'Neill``, ``DeWitt``, ``LaFleur``: the capital inside a family name."""


def _capital_inside(word: str) -> bool:
    """``PixelBerry``, ``iFone``: a capital after the first letter, not a family name's (``McAdam``)."""
    return any(c.isupper() for c in word[1:]) and not word.isupper() and not _SURNAME_PREFIX.match(word)


def _placed_words(forms: dict[str, _Form]) -> set[str]:
    """Words the dossier uses alone as a place (``in Kestra``, ``to Kestra``): no given or family name, so that
    ``Banda Kestra``, a city named after the province, is no person."""
    return {form.words[0] for form in forms.values()
            if len(form.words) == 1 and (form.is_place or _used_as_place(form))}


def _add_title_holders(groups: dict[str, list[Mention]], titles: list[Mention]) -> None:
    """``the President`` joins the one person its article titles so (``President Walter Ambrose``); failing
    that, the one the dossier titles so in at least three articles and twice as many as anyone else
    (a ``former President Henry T. Aldous`` aside); otherwise it names no one."""
    local: dict[tuple[str, str], set[str]] = defaultdict(set)
    articles: dict[str, Counter] = defaultdict(Counter)
    for root, mentions in groups.items():
        for mention in mentions:
            if mention.title and root not in local[(mention.title, mention.article)]:
                local[(mention.title, mention.article)].add(root)
                articles[mention.title][root] += 1
    for mention in titles:
        roots = local.get((mention.title, mention.article))
        if roots:
            holder = next(iter(roots)) if len(roots) == 1 else None
        else:
            ranked = articles[mention.title].most_common(2) + [("", 0)]
            holder = ranked[0][0] if ranked[0][1] >= 3 and ranked[0][1] >= 2 * ranked[1][1] else None
        if holder is not None:
            groups[holder].append(mention)


def _type_teams(built: list[tuple], definite: set[str]) -> None:
    """``San Tomas Strikers``, ``Brackwell Trail Hawks``: a plural written after ``the`` (which a
    person's surname never is) and after the name of a place (or of anything the dossier names that is
    no person and no country) names a team, though the bare plural read like a surname."""
    others = {normalise(name) for _, name, kind, *_ in built if kind != "person"} - _COUNTRY_NAMES
    for i, (root, name, kind, aliases, spans) in enumerate(built):
        words = normalise(name).split()
        if kind != "person" or root not in definite or len(words) < 2 or not words[-1].endswith("s") \
                or words[-1].endswith("ss"):
            continue
        if any(" ".join(words[:k]) in others for k in range(1, len(words))):
            built[i] = (root, name, "org", aliases, spans)


_COUNTRY_NAMES = frozenset(normalise(name) for name in gz.COUNTRIES)


def _type_listed(built: list[tuple], guessed: set[str], groups: dict[str, list[Mention]],
                 lists: list[tuple[tuple[str, int], ...]]) -> None:
    """``Avalon, Brill and Corsa``, ``Lena Varga and Tom Reed``, ``the Ivory House and the Justice Department``: a
    name whose type was a guess, listed only with places (or only with people, or organisations) whose type was not,
    is one too; a person only if written like one, a place or an organisation only if not, and not by a country
    alone (``Acme and Avalonia`` signing a deal: a firm and a country)."""
    root_at = {(m.article, m.start): root for root, mentions in groups.items() for m in mentions}
    kinds = {root: kind for root, _, kind, *_ in built}
    found: dict[str, set[str]] = defaultdict(set)
    for names in lists:
        roots = [root_at[at] for at in names if root_at.get(at) in kinds]  # not a cluster left out as no name
        known = {kinds[root] for root in roots if root not in guessed}
        if len(roots) == 2 and any(normalise(PLACE_KEYS.get(root, "")) in _COUNTRY_NAMES for root in roots):
            continue
        if len(known) == 1 and known <= {"place", "person", "org"}:
            kind = known.pop()
            for root in roots:
                if root in guessed:
                    found[root].add(kind)
    for i, (root, name, kind, aliases, spans) in enumerate(built):
        listed = found.get(root, set())
        if len(listed) == 1 and ("person" in listed) == _written_as_a_person(name):  # not "Tokyo and Lena Varga"
            built[i] = (root, name, listed.pop(), aliases, spans)


def _type_branches(built: list[tuple]) -> None:
    """``Brill One``, ``Brill America``: an organisation's name (``Brill``) and a number word or a place, untyped
    (``One`` capitalised made it a work's name), is the organisation's channel or branch, an organisation too."""
    bodies = {root for root, _, kind, *_ in built if kind == "org"}
    for i, (root, name, kind, aliases, spans) in enumerate(built):
        words = normalise(name).split()
        if kind == "other" and len(words) >= 2 and name_key(tuple(words[:-1])) in bodies \
                and (words[-1] in gz.NUMBER_WORD_VALUES or name_key(words[-1:]) in PLACE_KEYS):
            built[i] = (root, name, "org", aliases, spans)


def _type_product_lines(built: list[tuple]) -> None:
    """``Brill Smart Cooling``, ``PixelBerry Hub``: an organisation's name (or alias) and English words, untyped, are
    its product or service, unless the words name a body, a place, an honour, a gathering or a party's members
    (``House Republican panel heads``)."""
    bodies = {name_key(tuple(normalise(alias).split())) for _, _, kind, aliases, _ in built if kind == "org"
              for alias in aliases}
    for i, (root, name, kind, aliases, spans) in enumerate(built):
        words = normalise(name).split()
        if kind != "other" or len(words) < 2:
            continue
        cut = next((k for k in range(1, len(words)) if name_key(tuple(words[:k])) in bodies), 0)
        rest = words[cut:]
        if cut and all(w.isalpha() and dictionary_word(w) and w not in _NO_PRODUCT_WORDS and not is_place_word(w)
                       for w in rest):
            built[i] = (root, name, "product", aliases, spans)


_NO_PRODUCT_WORDS = gz.ORG_KEYWORDS | gz.GEO_HEADS | gz.FACILITY_HEADS | gz.HONOUR_NOUNS | gz.EVENT_HEADS \
    | gz.LAW_KEYWORDS | gz.TITLE_WORDS | gz.GATHERING_NOUNS | gz.PARTY_ADJECTIVES | gz.PARTY_MEMBERS


def _written_as_a_person(name: str) -> bool:
    """Two or three words written as given and family names, none a keyword of a body, a place or a title."""
    written = name.split()
    return 2 <= len(written) <= 3 and all(_GIVEN_AND_FAMILY.fullmatch(w) for w in written) \
        and not any(w in gz.NOT_PERSONAL or w in gz.ORG_KEYWORDS or w in gz.TITLE_WORDS or is_place_word(w)
                    for w in normalise(name).split())


_GIVEN_AND_FAMILY = re.compile(r"(?:[a-z]{2,3}-)?(?:[A-Z][a-z]+(?:['\u2019]?[A-Z][a-z]+)*(?:-[A-Za-z][a-z]+)?|[A-Z]\.)")
"""A word of a person's name as written: ``Lena``, ``McAdam``, ``O'Neill``, ``LaFleur``, ``Ka-lei``, ``A.``,
``al-Rahim``."""


def _branded(name: str, ordinary: set[str]) -> bool:
    """Does the name open with a word with a capital inside that the dossier writes in lower case or uses as a
    brand (``PixelBerry Hub``)? No given name is written so."""
    first = name.split()[0]
    return _capital_inside(first) and normalise(first) in ordinary


_SAINTS = frozenset({"st", "saint", "ste", "sainte"})
_RELIGIOUS_TITLES = frozenset({"Mother", "Father", "Sister", "Brother"})
"""Titles of religious persons, written before one name (``Mother Adeline``)."""


def _person_shaped(name: str, votes: Counter, ordinary: set[str]) -> bool:
    """``Lena Varga`` with no word around it saying what it is: two or three words written as given and family
    names (particles between them aside: ``Ines de la Varga``), none an English word (``Golden Mile``, ``Rocky
    Ridge``, ``Northwind Wireless``), a word the dossier writes in lower case, a place, a keyword of a body or a
    title; nothing counted (``a Hillcrest Marauder``), no event or work. A given name may be an English word when
    the family name is none (``Mark Varga``); names that are words throughout (``Will Fisher``, ``Mark Green``) stay
    untyped, and so do those opening with a particle (``Al Kadira``, a channel); with a middle initial between
    them, English words are a person's too (``Harold W. Bush``).
    A generation after such a name (``Ada Varga, Jr.``) and a saint's title before it are no words of it (``St. Ada
    Varga``; ``St. Aubin`` is a place); a religious title before one name that is no English word names a person
    (``Mother Adeline``)."""
    written = name.split()
    if len(written) >= 3 and normalise(written[-1]).rstrip(".") in gz.GENERATIONS:
        written = written[:-2] + [written[-2].rstrip(",")]
    if len(written) >= 3 and written[0].rstrip(".").lower() in _SAINTS:
        written = written[1:]
    if len(written) == 2 and written[0] in _RELIGIOUS_TITLES and _GIVEN_AND_FAMILY.fullmatch(written[1]) \
            and not votes["counted"] and not votes["thing"]:
        word = normalise(written[1])
        return not (dictionary_word(word) or is_place_word(word) or word in ordinary)  # "Mother Adeline", not
        # "Mother Nature", "Sister Act"
    named = written[:1] + [w for w in written[1:-1] if w not in gz.SURNAME_PARTICLES] + written[-1:]
    words = normalise(" ".join(named)).split()
    if len(written) < 2 or not 2 <= len(named) <= 3 or len(words) != len(named) or words[0] in gz.SURNAME_PARTICLES \
            or votes["counted"] or votes["thing"] \
            or votes["common"] or not all(_GIVEN_AND_FAMILY.fullmatch(w) for w in named) or named[-1].endswith("."):
        return False
    initialled = len(named) == 3 and is_initial(named[1])  # "Harold W. Bush": no place nor firm is so written
    return not any(w in ordinary or dictionary_word(w) and not initialled and (i or dictionary_word(words[-1]))
                   or w in gz.FUNCTION_WORDS
                   or is_place_word(w) or w in gz.NOT_PERSONAL or w in gz.ORG_KEYWORDS or w in gz.TITLE_WORDS
                   or w in gz.PERSON_NOUNS or w in gz.EVENT_HEADS or w in gz.PLACE_QUALIFIERS for i, w in enumerate(words))


class _Typer:
    """Names and types a cluster (:func:`_named_and_typed`) once for its mentions: the given names type every
    cluster, and the entities type them again, most with the same mentions. A mention's id is its own while the
    mentions live, as they do throughout :func:`find_entities`."""

    def __init__(self, ordinary: set[str]):
        self.ordinary = ordinary
        self.found: dict[tuple[str, tuple[int, ...]], tuple[str, EntityType, bool, bool]] = {}

    def __call__(self, root: str, mentions: list[Mention]) -> tuple[str, EntityType, bool, bool]:
        mentions.sort(key=_reading_order)  # as :func:`_named_and_typed` sorts them, before they are told apart
        key = root, tuple(map(id, mentions))
        if key not in self.found:
            self.found[key] = _named_and_typed(root, mentions, self.ordinary)
        return self.found[key]


def _reading_order(mention: Mention) -> tuple[int, int]:
    return mention.order, mention.start


def _named_and_typed(root: str, mentions: list[Mention], ordinary: set[str]) -> tuple[str, EntityType, bool, bool]:
    """A cluster's fullest name, its type, whether its name is mostly written after ``the`` (``the Strikers``:
    no person's), and whether the type is a guess (no evidence: ``other``, or a person by the name's shape alone).
    Sorts the mentions in reading order."""
    mentions.sort(key=_reading_order)
    name = _canonical(mentions, root)
    votes = summed_votes(mentions, mentions=len(mentions))
    words = normalise(name).split()
    first, last = (words[0], words[-1]) if words else ("", "")
    if 2 <= len(words) <= 3 and first not in gz.PLACE_QUALIFIERS and not name.isupper() \
            and gz.NOT_PERSONAL.isdisjoint(words):
        # a bare surname stood for the full name: each use outweighs a "to X", "from X" that would make a
        # place, unless the words around it said "company" ("L3Harris Wescam", "Wescam"); a word the dossier
        # also writes in lower case is no surname ("AK-47 Rifles", "Keep Shop"), nor one mostly written after
        # "a" or "an" ("a 2011 Kestrel Vantage", "an Emmy")
        bare = sum(m.words == (last,) and not m.name.isupper() for m in mentions) \
            if last not in ordinary and votes["counted"] * 2 < len(mentions) and not _branded(name, ordinary) else 0
        if bare:
            votes["person-context"] += 1 if votes["org-context"] else 1 + bare
    definite = votes["definite"] * 2 > len(mentions)
    guessed = _type(votes, root) == "other" and not (votes["common"] or votes["thing"] or votes["counted"])
    if not definite and guessed and _person_shaped(name, votes, ordinary):
        votes["person-context"] += 1
    kind = _type(votes, root)
    lower = votes["lower-the"] + 1 if kind == "other" else 3 * votes["lower-the"]
    if kind != "person" and votes["The"] >= max(2, lower) and votes["The"] * 2 >= len(mentions) \
            and not name.startswith("The "):  # "The Thick of It", a work's title, holds it already
        name = "The " + name  # "The Brimstones": the dossier writes the article capitalised inside sentences (and
        # hardly ever in lower case: "the Brimstones area"), so it is a word of the name; a work's title
        # ("an adaptation of The Four Lanterns") only more often capitalised than not
    titled = Counter(m.surface for m in mentions if m.title)
    if kind == "org" and votes["person"] and titled:  # "Mr. Lender", a firm: the honorific is a word of its name
        name = titled.most_common(1)[0][0]
    return name, kind, definite, guessed


def _entities(
    groups: dict[str, list[Mention]], demonyms: list[tuple[str, str]], lists: list[tuple[tuple[str, int], ...]],
    typer: _Typer,
) -> tuple[Entity, ...]:
    """Build, sort and name the entities; tie capitals to countries and demonyms to places."""
    built = []
    definite, guessed = set(), set()
    for root, mentions in groups.items():
        name, kind, is_definite, is_guessed = typer(root, mentions)
        if kind == "other" and all(m.votes["kind"] for m in mentions) or kind in ("other", "person") and _role_plural(name):
            continue  # "in a Skip-Bin", "a three-time All-Star": never written but as one of a kind, no name; nor is
            # "the all-time classic Captains", holders of a part or a post
        if is_definite:
            definite.add(root)
        if is_guessed:
            guessed.add(root)
        aliases = tuple(dict.fromkeys([name, *(m.surface for m in mentions)]))
        spans = tuple(sorted({Span(m.article, m.start, m.end) for m in mentions}, key=_span_order))
        built.append((root, name, kind, aliases, spans))
    _type_teams(built, definite)
    _type_listed(built, guessed, groups, lists)
    _type_branches(built)
    _type_product_lines(built)
    stand_ins = _stand_ins(built)
    built.sort(key=lambda e: (-len({s.article for s in e[4]}), -len(e[4]), e[1]))
    ids: dict[str, str] = {}
    taken: set[str] = set()
    for root, name, *_ in built:
        ids[root] = entity_id(name, taken)
    by_place = {place_key(name): root for root, name, *_ in built}
    related: dict[str, set[str]] = defaultdict(set)
    for root, *_ in built:
        country = CAPITAL_KEYS.get(root)
        target = by_place.get(place_key(country)) if country else root.removeprefix(PEOPLE_KEY)
        if target in ids and target != root:
            related[root].add(ids[target])
            related[target].add(ids[root])
    seen_demonyms: dict[str, list[str]] = defaultdict(list)
    written = [(surface, by_place.get(place_key(place))) for surface, place in demonyms]
    for surface, target in written + [(m.surface, root.removeprefix(PEOPLE_KEY)) for root, mentions in groups.items()
                                      for m in mentions if m.people]:
        if target is not None and surface not in seen_demonyms[target]:
            seen_demonyms[target].append(surface)
    return tuple(
        Entity(ids[root], name, kind, aliases, spans, tuple(sorted(related[root])), tuple(seen_demonyms[root]),
               stand_ins.get(root, ()))
        for root, name, kind, aliases, spans in built
    )


def _role_plural(name: str) -> bool:
    """Is the name one word, the plural of a title or a noun for people (``Captains``, ``Witnesses``)? With no
    evidence that it names a body (a team), it names the people holding that part or post, no entity."""
    word = normalise(name)
    one = gz.singular(word)
    return " " not in word and one != word and (one in gz.TITLE_WORDS or one in gz.NAMED_PEOPLE_NOUNS)


def _stand_ins(built: list[tuple]) -> dict[str, tuple[str, ...]]:
    """Forms that stand for an entity where they are written but are no names of it, taken out of its aliases:
    a bare title (``the President``, ``Prime Minister``), a place for a body or a team (``Ottawa said``, ``Avalon
    won``), a capital for its country. They stay its mentions, as a place's people do."""
    places = {place_key(name) for _, name, kind, *_ in built if kind == "place"} | set(PLACE_KEYS) | set(STATE_KEYS)
    found = {}
    for n, (root, name, kind, aliases, spans) in enumerate(built):
        def standing(alias: str) -> bool:
            key = place_key(alias)
            if kind == "place":
                return key in CAPITAL_KEYS and place_key(CAPITAL_KEYS[key]) in (root, place_key(name))
            if kind != "person":  # a person's alias that is a place is a surname ("Jordan"), no metonymy
                return key in places
            words = normalise(alias).replace(".", "").replace("-", " ").split()  # "Vice-President" too
            surname = words == normalise(name).replace(".", "").replace("-", " ").split()[-len(words):]  # "King" of
            # "Ada King", "Dean-Major" of "Ada Dean-Major": her name
            return bool(words) and all(w in gz.TITLE_WORDS for w in words) and not surname
        standing_in = tuple(a for a in aliases[1:] if place_key(a) != place_key(name) and standing(a))
        if standing_in:
            found[root] = standing_in
            built[n] = (root, name, kind, tuple(a for a in aliases if a not in standing_in), spans)
    return found
