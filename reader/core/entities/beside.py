"""What the words right beside a mention say it names, read once the whole dossier's mentions are found.

A place's name before the noun of an agreement names the agreement, not the place (``the Harbourton climate
accord``).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from reader.core import vocabulary as gz
from reader.core.entities.mentions import CAPITAL_KEYS, STATE_KEYS, Mention, place_key

_COUNTRY_KEYS = frozenset(place_key(name) for name in gz.COUNTRIES)

_AGREEMENT_AFTER = re.compile(
    r"[ \t]+(?:[a-z][a-z-]*[ \t]+){0,2}?(?:agreements?|accords?|treaty|treaties|protocol|pact|deal)\b")
"""The noun of an agreement after a name, at most two lower-case words between (``climate``, ``peace``)."""
_THE_BEFORE = re.compile(r"\bthe[ \t]+$", re.IGNORECASE)


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
    votes: dict[str, Counter] = defaultdict(Counter)
    for m in mentions:
        votes[m.key].update(m.votes)
        votes[m.key]["uses"] += 1
    return {key for key, v in votes.items() if key in CAPITAL_KEYS or v["geo"]
            or v["place-context"] >= max(2, v["uses"] / 2)
            and v["place-context"] > v["org"] + v["org-context"] + v["person"] + v["person-context"]}

