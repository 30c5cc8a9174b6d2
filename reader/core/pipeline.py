"""Dossier -> Analysis: the one place the stages are run, in order."""

from __future__ import annotations

from collections.abc import Callable

from reader.core.links.align import find_links
from reader.core.links.story import judge_story
from reader.core.entities.clusters import find_entities
from reader.core.ingest.loading import analysed_part
from reader.core.model import Analysis, Dossier
from reader.core.text.segment import segment_article

Progress = Callable[[str, int, int], None]
"""``progress(stage, done, total)``; it may raise to cancel the analysis."""


def _quiet(stage: str, done: int, total: int) -> None:
    """The default progress callback: report nothing."""


def analyse(dossier: Dossier, *, progress: Progress = _quiet) -> Analysis:
    """Segment, find entities, judge whether the reports cover one event and link passages; the result
    is immutable.

    Each article is analysed within the analysis bound (:func:`analysed_part`): a huge one is
    shown whole, but only its first part takes part in entities and links."""
    total = len(dossier.articles)
    sentences = {}
    for done, article in enumerate(dossier.articles, 1):
        sentences[article.id] = segment_article(analysed_part(article))
        progress("segment", done, total)
    entities = find_entities(dossier, sentences)
    progress("entities", 1, 1)
    story = judge_story(dossier, sentences)
    doubtful = frozenset(story.off_topic if story.same_event else (a.id for a in dossier.articles))
    links = find_links(dossier, sentences, doubtful=doubtful, progress=progress)
    return Analysis(
        dossier=dossier,
        sentences=sentences,
        entities=entities,
        links=tuple(link for link in links if link.confident),
        weaker_links=tuple(link for link in links if not link.confident),
        story=story,
    )
