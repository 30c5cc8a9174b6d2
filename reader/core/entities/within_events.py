"""Surnames within their event: in a folder of two events, a surname alone names a person of its own event.

The entities are found beside the same-story check (:mod:`reader.core.links.story`), whose events need the links:
a surname alone (``Mr. Varga``, ``General Varga``) is resolved before the events are known, by its report's own
full names first, then by the name the whole folder uses most. A report that writes only the surname may so give
it to a person of the other event. Once the events are known, a person's mentions in an event that never writes
its full name, while it writes another bearer's, leave it: to the one person of that event whose full name ends in
that surname, else (several) to a person of their own. A mention whose title says whose it is stays (``Mayor
Keller`` with ``Mayor Anna Keller``, ``Mrs Keller`` away from a bearer written ``Mr``), and so does a surname in an
event that writes no bearer's full name: the person may well be named in both events.
"""

from __future__ import annotations

from dataclasses import replace

from reader.core import vocabulary as gz
from reader.core.entities.clusters import by_reach, entity_id
from reader.core.entities.recredit import recredited
from reader.core.model import Dossier, Entity, Quote, Span
from reader.core.tokens import normalise


def surnames_within_events(entities: tuple[Entity, ...], events: tuple[tuple[str, ...], ...], dossier: Dossier,
                           said: dict[str, tuple[Quote, ...]]) -> tuple[tuple[Entity, ...], dict[str, tuple[Quote, ...]]]:
    """The entities with each person's mentions in an event whose reports never write more of its name than the
    surname, while another event's do, moved where that event writes another bearer's full name: to the one other
    person whose full name that event writes and ends in that surname, else (several) to a person of their own
    named by the surname; the quotations there credited along. A person whose full name each of its events writes
    stays as it is, and so do its mentions in a report that titles it as the person is titled elsewhere or with an
    honorific of the other sex than the bearer's."""
    if len(events) < 2:
        return entities, said
    bodies = {article.id: article.body for article in dossier.articles}
    event_of = {article: n for n, group in enumerate(events) for article in group}
    people = [entity for entity in entities if entity.type == "person" and len(entity.name.split()) >= 2]
    written: dict[tuple[str, int], list[Entity]] = {}  # (surname, event) -> the people whose full name it writes
    for entity in people:
        for n in {event_of[s.article] for s in entity.mentions if s.article in event_of and _full(entity, s, bodies)}:
            written.setdefault((_surname(entity.name), n), []).append(entity)
    taken = {entity.id for entity in entities}
    names = {entity.id: entity.name for entity in entities}
    moves: dict[str, dict[str, str]] = {}  # id -> article -> the id its mentions there go to
    for entity in people:
        own = [written.get((_surname(entity.name), n), ()) for n in range(len(events))]
        if not any(entity in bearers for bearers in own):  # its full name written in no event: no home to keep
            continue
        for n in sorted({event_of[s.article] for s in entity.mentions if s.article in event_of}):
            if entity in own[n] or not own[n]:  # no other bearer written there: the surname may well be its own
                continue
            carried = {title for s in entity.mentions if event_of.get(s.article) != n for title in _titles(s, bodies)}
            sexes = {_SEXES[t] for bearer in own[n] for s in bearer.mentions for t in _titles(s, bodies) if t in _SEXES}
            staying = {s.article for s in entity.mentions if event_of.get(s.article) == n
                       and _held(_titles(s, bodies), carried, sexes)}
            if len(own[n]) == 1:
                to = own[n][0].id
            else:
                to = entity_id(entity.name.split()[-1], taken)
                names[to] = entity.name.split()[-1]
            moves.setdefault(entity.id, {}).update((a, to) for a in events[n] if a not in staying)
    if not moves:
        return entities, said
    moved: dict[str, dict[str, tuple[str, str]]] = {}  # article -> id -> (the id, the name) its mentions went to
    for person, articles in moves.items():
        for article, to in articles.items():
            moved.setdefault(article, {})[person] = (to, names[to])
    return _moved(entities, moves, names, bodies), recredited(said, moved)


_SEXES = {title.lower(): gender for title, gender in gz.GENDERED_TITLES.items()} \
    | dict.fromkeys(("sir", "lord"), "he") | dict.fromkeys(("dame", "madam", "lady"), "she")
"""The honorifics that tell a bearer's sex: the quotations' (``vocabulary.GENDERED_TITLES``) and the whole-word ones."""


def _titles(span: Span, bodies: dict[str, str]) -> set[str]:
    """The title words written just before the mention (``Prime Minister``, ``chief``) and the honorific opening it
    (``Mr.``): what says which bearer it is, whatever its event."""
    body = bodies[span.article]
    words = [w.strip(".").lower() for w in body[max(0, span.start - 40):span.start].split()]
    titles = set()
    for word in reversed(words):
        if word not in gz.TITLE_WORDS:
            break
        titles.add(word)
    opening = normalise(body[span.start:span.end].split()[0]).strip(".")
    return titles | ({opening} if opening in gz.HONORIFICS else set())


def _held(titles: set[str], carried: set[str], sexes: set[str]) -> bool:
    """Does the mention's title keep it with its person: one the person is written with elsewhere (``Mayor Keller``
    of ``Mayor Anna Keller``), or an honorific of the other sex than the bearer it would go to is written with?"""
    return bool(titles & carried) or any(t in _SEXES and sexes and _SEXES[t] not in sexes for t in titles)


def _surname(name: str) -> str:
    return normalise(name).split()[-1]


def _full(entity: Entity, span: Span, bodies: dict[str, str]) -> bool:
    """Does the mention write a word of the person's name besides the surname (``Peter Varga``, not ``Mr. Varga``)?"""
    given = set(normalise(entity.name).split()[:-1])
    return not given.isdisjoint(normalise(bodies[span.article][span.start:span.end]).split())


def _moved(entities: tuple[Entity, ...], moves: dict[str, dict[str, str]], names: dict[str, str],
           bodies: dict[str, str]) -> tuple[Entity, ...]:
    """The entities with the mentions ``moves`` says moved (new people made of those moved to a new id), their
    aliases the names their mentions now write."""
    gained: dict[str, list[Span]] = {}
    for entity in entities:
        for span in entity.mentions:
            to = moves.get(entity.id, {}).get(span.article)
            if to is not None:
                gained.setdefault(to, []).append(span)
    known = {entity.id for entity in entities}
    result = [entity for entity in entities if entity.id not in moves and entity.id not in gained]
    for entity in [e for e in entities if e.id in moves or e.id in gained] \
            + [Entity(to, names[to], "person", (), ()) for to in gained if to not in known]:
        lost = moves.get(entity.id, {})
        mentions = tuple(sorted([s for s in entity.mentions if s.article not in lost] + gained.get(entity.id, []),
                                key=lambda s: (s.article, s.start, s.end)))
        surfaces = {bodies[s.article][s.start:s.end] for s in mentions}
        aliases = tuple(dict.fromkeys([entity.name, *(a for a in entity.aliases if a in surfaces),
                                       *sorted(surfaces - set(entity.aliases))]))
        result.append(replace(entity, aliases=aliases, mentions=mentions))
    result.sort(key=by_reach)
    return tuple(result)

