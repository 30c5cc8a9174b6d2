"""A person named in reports the story judge finds off the dossier's story is kept apart from the namesake of the
reports on it: those reports tell another event, where one full name may be another person's (a coach of the same
name at another club). Places and bodies stay whole: one name is one place or one body far more often. The story
is judged beside the entities, so this runs once both are known."""

from __future__ import annotations

from dataclasses import replace

from reader.core.model import Dossier, Entity, Span
from reader.core.tokens import normalise


def people_apart(dossier: Dossier, entities: tuple[Entity, ...], off_topic: tuple[str, ...]) -> tuple[Entity, ...]:
    """``entities`` with each person named both in ``off_topic`` reports and in others split in two: the
    mentions off the story become an entity of their own, of the same name (the user may merge them back)."""
    off = frozenset(off_topic)
    if not off:
        return entities
    result: list[Entity] = []
    for entity in entities:
        away = tuple(span for span in entity.mentions if span.article in off)
        if entity.type != "person" or not away or len(away) == len(entity.mentions):
            result.append(entity)
            continue
        kept = tuple(span for span in entity.mentions if span.article not in off)
        result.append(_part(dossier, entity, kept, entity.id))
        result.append(_part(dossier, entity, away, f"{entity.id}.off-story"))
    result.sort(key=lambda e: (-len(e.articles), -len(e.mentions)))  # stable: the finder's order otherwise
    return tuple(result)


def _part(dossier: Dossier, entity: Entity, mentions: tuple[Span, ...], entity_id: str) -> Entity:
    """The entity with only ``mentions``, and only the forms they are written in (its name first)."""
    written = {normalise(dossier.article(span.article).text(span)) for span in mentions}
    return replace(
        entity, id=entity_id, mentions=mentions,
        aliases=(entity.name, *(a for a in entity.aliases[1:] if normalise(a) in written)),
        stand_ins=tuple(a for a in entity.stand_ins if normalise(a) in written),
    )
