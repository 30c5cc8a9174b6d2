"""Surnames within their event: in a folder of two events, a surname alone names the bearer its own event names.

The entities are found beside the same-story check (:mod:`reader.core.links.story`), whose events need the links:
a surname alone (``Mr. Flynn``, ``General Flynn``) is resolved before the events are known, by its report's own
full names first, then by the name the whole folder uses most. A report that writes only the surname may so give
it to a person of the other event. Once the events are known, such mentions are moved to the one person of their
own event whose full name ends in that surname.
"""

from __future__ import annotations

from dataclasses import replace

from reader.core.model import Dossier, Entity, Quote
from reader.core.tokens import normalise


def surnames_within_events(entities: tuple[Entity, ...], events: tuple[tuple[str, ...], ...], dossier: Dossier,
                           said: dict[str, tuple[Quote, ...]]) -> tuple[tuple[Entity, ...], dict[str, tuple[Quote, ...]]]:
    """The entities with each person's mentions in an event whose reports never write more of its name than the
    surname moved to the one other person whose full name that event writes and ends in that surname, with the
    quotations there credited to it. A person whose full name both events write, or whose event has no such
    other person, stays as it is."""
    if len(events) < 2:
        return entities, said
    bodies = {article.id: article.body for article in dossier.articles}
    event_of = {article: n for n, group in enumerate(events) for article in group}
    people = [entity for entity in entities if entity.type == "person" and len(entity.name.split()) >= 2]
    written: dict[tuple[str, int], list[Entity]] = {}  # (surname, event) -> the people whose full name it writes
    for entity in people:
        for n in {event_of[s.article] for s in entity.mentions if s.article in event_of and _full(entity, s, bodies)}:
            written.setdefault((_surname(entity.name), n), []).append(entity)
    moves: dict[str, dict[str, str]] = {}  # id -> article -> the id its mentions there go to
    for entity in people:
        own = [written.get((_surname(entity.name), n), ()) for n in range(len(events))]
        if not any(entity in bearers for bearers in own):  # its full name written in no event: no home to keep
            continue
        for n in {event_of[s.article] for s in entity.mentions if s.article in event_of}:
            others = [b for b in own[n] if b is not entity]
            if entity not in own[n] and len(others) == 1:
                moves.setdefault(entity.id, {}).update((a, others[0].id) for a in events[n])
    if not moves:
        return entities, said
    names = {entity.id: entity.name for entity in entities}
    return _moved(entities, moves, bodies), {article: _credited(quotes, article, moves, names)
                                             for article, quotes in said.items()}


def _surname(name: str) -> str:
    return normalise(name).split()[-1]


def _full(entity: Entity, span, bodies: dict[str, str]) -> bool:
    """Does the mention write a word of the person's name besides the surname (``Michael Flynn``, not ``Mr. Flynn``)?"""
    given = set(normalise(entity.name).split()[:-1])
    return not given.isdisjoint(normalise(bodies[span.article][span.start:span.end]).split())


def _moved(entities: tuple[Entity, ...], moves: dict[str, dict[str, str]], bodies: dict[str, str]) -> tuple[Entity, ...]:
    """The entities with the mentions ``moves`` says moved, their aliases the names their mentions now write."""
    gained: dict[str, list] = {}
    for entity in entities:
        for span in entity.mentions:
            target = moves.get(entity.id, {}).get(span.article)
            if target is not None:
                gained.setdefault(target, []).append(span)
    result = []
    for entity in entities:
        lost = moves.get(entity.id, {})
        if not lost and entity.id not in gained:
            result.append(entity)
            continue
        mentions = tuple(sorted([s for s in entity.mentions if s.article not in lost] + gained.get(entity.id, []),
                                key=lambda s: (s.article, s.start, s.end)))
        surfaces = {bodies[s.article][s.start:s.end] for s in mentions}
        aliases = tuple(dict.fromkeys([entity.name, *(a for a in entity.aliases if a in surfaces),
                                       *sorted(surfaces - set(entity.aliases))]))
        result.append(replace(entity, aliases=aliases, mentions=mentions))
    result.sort(key=lambda e: (-len(e.articles), -len(e.mentions), e.name))
    return tuple(result)


def _credited(quotes: tuple[Quote, ...], article: str, moves: dict[str, dict[str, str]], names: dict[str, str]
              ) -> tuple[Quote, ...]:
    """The article's quotations, those credited to a person whose mentions there moved credited to where they went."""
    credited = []
    for quote in quotes:
        to = moves.get(quote.speaker_entity, {}).get(article) if quote.speaker_entity else None
        credited.append(quote if to is None else replace(quote, speaker_entity=to, speaker=names[to]))
    return tuple(credited)
