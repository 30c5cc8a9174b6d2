"""Entity mentions in the reports' headlines: the reader shows each headline, so what counts the
mentions per report (the exports' entity tables, the reports the entity panel lists) counts them.

The entities are found in the bodies' sentences; a headline names them by the same names, so its
mentions are the runs of its words that spell one entity's alias, longest first, none overlapping. An
alias two entities share (one surname of two people) names neither. Offsets are a title passage's
(below 0, :class:`reader.core.model.Span`), so the body's mentions, which every finding reads, stay
as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from reader.core.model.base import Article, Span

_WORD = re.compile(r"\w+(?:[.&'’-]\w+)*(?:(?<=\.\w)\.)?")
"""A word, an abbreviation's last dot kept (``U.S.``), never a sentence's (``Iran.``)."""
_POSSESSIVE = ("'s", "’s")
_LONGEST = 6
"""Words in the longest alias looked for: names are shorter."""


def title_mentions(articles: Iterable[Article], aliases: Iterable[tuple[str, Iterable[str]]]) -> dict[str, tuple[Span, ...]]:
    """Each entity id -> its mentions in the headlines of ``articles`` (only entities with some), given each
    entity's id and aliases (not the entity: the analysis, which defines it, asks)."""
    owners: dict[tuple[str, ...], set[str]] = {}
    for entity_id, names in aliases:
        for alias in names:
            if 0 < len(words := tuple(match[0] for match in _WORD.finditer(alias))) <= _LONGEST:
                owners.setdefault(words, set()).add(entity_id)
    found: dict[str, list[Span]] = {}
    for article in articles:
        if article.title:
            shift = -len(article.title) - 1  # the title line, "title\n", ends at offset 0 (Span)
            for start, end, entity_id in _named(article.title, owners):
                found.setdefault(entity_id, []).append(Span(article.id, shift + start, shift + end))
    return {entity_id: tuple(spans) for entity_id, spans in found.items()}


def _named(title: str, owners: dict[tuple[str, ...], set[str]]) -> list[tuple[int, int, str]]:
    """``(start, end, entity id)`` of the aliases ``title`` spells, longest first, none overlapping."""
    words = [(match.start(), match.end(), match[0]) for match in _WORD.finditer(title)]
    bare = [word[:-2] if word.endswith(_POSSESSIVE) else word for _, _, word in words]
    taken = [False] * len(words)
    named = []
    for size in range(min(_LONGEST, len(words)), 0, -1):
        for first in range(len(words) - size + 1):
            last = first + size - 1
            if any(taken[first:last + 1]):
                continue
            # Only the last word may carry a possessive: "Lee's Party" is no "Lee Party".
            ids = owners.get((*(word for _, _, word in words[first:last]), bare[last]))
            if ids is None or len(ids) != 1:
                continue
            end = words[last][1] - (len(words[last][2]) - len(bare[last]))
            named.append((words[first][0], end, next(iter(ids))))
            taken[first:last + 1] = [True] * size
    return sorted(named)
