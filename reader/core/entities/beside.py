"""What the words right beside a mention say it names, read once the whole dossier's mentions are found.

A place's name before the noun of an agreement names the agreement, not the place (``the Harbourton climate
accord``); a name in capitals followed by a word in capitals may be the first word of a longer name the
dossier writes in other case (``KNX ONE`` for the channel ``KNX One``), a word the dossier also writes in lower
case having kept the run apart.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from reader.core import vocabulary as gz
from reader.core.entities.mentions import CAPITAL_KEYS, STATE_KEYS, Mention, name_key, place_key, summed_votes

_COUNTRY_KEYS = frozenset(place_key(name) for name in gz.COUNTRIES)

_AGREEMENT_AFTER = re.compile(
    r"[ \t]+(?:[a-z][a-z-]*[ \t]+){0,2}?(?:agreements?|accords?|treaty|treaties|protocol|pact|deal)\b")
"""The noun of an agreement after a name, at most two lower-case words between (``climate``, ``peace``)."""
_THE_BEFORE = re.compile(r"\bthe[ \t]+$", re.IGNORECASE)

_SHOUTED_WORD = re.compile(r"[ \t]+([A-Z][A-Z0-9]+)\b(?![.'\u2019-]\w)")
"""A word in capitals right after a name (``ONE``), not an initial nor the first part of a longer word."""


def drop_agreement_venues(mentions: list[Mention], bodies: dict[str, str]) -> list[Mention]:
    """``the Harbourton climate accord``, ``the Calder treaty``: a town's name qualifying an agreement named after
    where it was made is no mention of the town. A country's or a state's name there stays (``the Avalonia deal``
    is a deal with that country, a party to it), and so does a name the dossier does not use as a place (``the Acme
    deal``: a firm's)."""
    placed = _places(mentions)
    kept = []
    for m in mentions:
        body = bodies[m.article]
        if m.key in placed and m.key not in _COUNTRY_KEYS and m.key not in STATE_KEYS and m.surface == m.name \
                and _THE_BEFORE.search(body, max(0, m.start - 8), m.start) and _AGREEMENT_AFTER.match(body, m.end):
            continue
        kept.append(m)
    return kept


def _places(mentions: list[Mention]) -> set[str]:
    """Keys of the names the dossier uses as places: a capital's, a name with a place's head word, or one written
    after ``in``, ``to``, ``near`` in half its uses, at least twice, more often than as a body's or a person's."""
    uses: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        uses[m.key].append(m)
    votes = {key: summed_votes(used, uses=len(used)) for key, used in uses.items()}
    return {key for key, v in votes.items() if key in CAPITAL_KEYS or v["geo"]
            or v["place-context"] >= max(2, v["uses"] / 2)
            and v["place-context"] > v["org"] + v["org-context"] + v["person"] + v["person-context"]}


def join_shouted_words(mentions: list[Mention], bodies: dict[str, str]) -> list[Mention]:
    """``KNX ONE`` is the ``KNX One`` the dossier writes elsewhere: a name in capitals (an acronym) followed by a
    word in capitals makes with it the longer name written in other case, when the dossier writes that name. The
    word alone, if it was read as a name of its own, is part of it."""
    written = {m.key: m for m in mentions if len(m.spaced) >= 2 and not m.surface.isupper()}
    if not written:
        return mentions
    joined: set[tuple[str, int]] = set()  # (article, start) of the words taken in
    out = []
    for m in mentions:
        after = _SHOUTED_WORD.match(bodies[m.article], m.end) if m.surface.isupper() else None
        longer = written.get(name_key((*m.words, after.group(1).lower()))) if after else None
        if longer is not None:
            surface = bodies[m.article][m.start : after.end()]
            m = replace(m, end=after.end(), surface=surface, name=surface, words=longer.words, spaced=longer.spaced,
                        key=longer.key)
            joined.add((m.article, after.start(1)))
        out.append(m)
    return [m for m in out if (m.article, m.start) not in joined]
