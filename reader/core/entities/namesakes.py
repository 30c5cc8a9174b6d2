"""Namesakes: a person's name in a report about another event may be another person's.

The entities are found beside the same-story check (:mod:`reader.core.links.story`), which may call a report
off-topic: about another event than the dossier's. A person named there and in the dossier's own reports is
the same person only when something ties the two sides; by the name alone, the off-topic report's person is a
namesake (two coaches of one name, of two teams), an entity of its own.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from reader.core.entities.clusters import by_reach, entity_id
from reader.core.entities.recredit import recredited
from reader.core.model import Entity, Quote


def namesakes_apart(entities: tuple[Entity, ...], off_topic: tuple[str, ...], said: dict[str, tuple[Quote, ...]]
                    ) -> tuple[tuple[Entity, ...], dict[str, tuple[Quote, ...]]]:
    """The entities with each person named both in off-topic reports and in the others, and named in the off-topic
    ones beside no other entity the others name, split in two: the off-topic reports' mentions become an entity of
    their own (the same name, another id), and the quotations there credited to the person are credited to it.
    A person named beside anything else the two sides share (a team, a place, another person) stays one."""
    away_reports = set(off_topic)
    if not away_reports:
        return entities, said
    named: dict[str, set[str]] = defaultdict(set)  # article -> ids of the entities it names
    for entity in entities:
        for article in entity.articles:
            named[article].add(entity.id)
    taken = {entity.id for entity in entities}
    kept: list[Entity] = []
    moved: dict[str, dict[str, tuple[str, str]]] = {}  # away article -> the person's id -> the namesake (id, name)
    for entity in entities:
        away = [a for a in entity.articles if a in away_reports]
        home = [a for a in entity.articles if a not in away_reports]
        if entity.type != "person" or not away or not home or _tied(entity, away, home, named):
            kept.append(entity)
            continue
        namesake = entity_id(entity.id, taken)
        kept.append(replace(entity, mentions=tuple(s for s in entity.mentions if s.article not in away_reports)))
        kept.append(Entity(namesake, entity.name, entity.type, (entity.name,),
                           tuple(s for s in entity.mentions if s.article in away_reports)))
        for article in away:
            moved.setdefault(article, {})[entity.id] = (namesake, entity.name)
    if not moved:
        return entities, said
    kept.sort(key=by_reach)
    return tuple(kept), recredited(said, moved)


def _tied(entity: Entity, away: list[str], home: list[str], named: dict[str, set[str]]) -> bool:
    """Does an off-topic report naming the person name anything else a report of the dossier's event names with it?"""
    beside_away = set().union(*(named[a] for a in away))
    beside_home = set().union(*(named[a] for a in home))
    return bool((beside_away & beside_home) - {entity.id})

