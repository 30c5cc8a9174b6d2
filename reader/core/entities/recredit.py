"""Quotations follow their speaker's mentions: the entity steps run after the story (:mod:`.within_events`,
:mod:`.namesakes`) move a person's mentions in some reports to another entity, and the quotations credited
there to the person go with them."""

from __future__ import annotations

from dataclasses import replace

from reader.core.model import Quote


def recredited(said: dict[str, tuple[Quote, ...]], moved: dict[str, dict[str, tuple[str, str]]]
               ) -> dict[str, tuple[Quote, ...]]:
    """Each article's quotations, those credited to a person whose mentions there moved credited to where they
    went: ``moved`` maps an article to the ids of the people moved there, each to the ``(id, name)`` it went to."""
    credited = {}
    for article, quotes in said.items():
        there = moved.get(article, {})
        credited[article] = tuple(replace(quote, speaker_entity=to[0], speaker=to[1])
                                  if (to := there.get(quote.speaker_entity)) else quote for quote in quotes)
    return credited
