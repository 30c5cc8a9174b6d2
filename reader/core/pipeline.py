"""Dossier -> Analysis: the one place the stages are run, in order.

Segment, find entities, link passages, then derive the findings from them (figures and their
comparisons, quotation groups, typed differences): all of it in the worker, once, so screens
and exporters only read. After a correction, :func:`refresh` redoes only the findings the
changed entities or links can touch.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from reader.core.links.story import judge_story
from reader.core.entities.clusters import find_entities
from reader.core.findings.difftypes import link_differences
from reader.core.findings.figures import compare_figures, find_figures
from reader.core.findings.quotes import find_quotes
from reader.core.ingest.loading import analysed_part
from reader.core.findings.sourcing import find_sourcing
from reader.core.links.align import find_links
from reader.core.model import Analysis, Dossier, Findings
from reader.core.text.segment import segment_article

Progress = Callable[[str, int, int], None]
"""``progress(stage, done, total)``; it may raise to cancel the analysis."""


def _quiet(stage: str, done: int, total: int) -> None:
    """The default progress callback: report nothing."""


def analyse(dossier: Dossier, *, progress: Progress = _quiet) -> Analysis:
    """Segment, find entities, judge whether the reports cover one event, link passages and
    derive the findings (origins, naming and omissions among them); the result is immutable.

    Each article is analysed within the analysis bound (:func:`analysed_part`): a huge one is
    shown whole, but only its first part takes part in entities, links and findings."""
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
    analysis = Analysis(
        dossier=dossier,
        sentences=sentences,
        entities=entities,
        links=tuple(link for link in links if link.confident),
        weaker_links=tuple(link for link in links if not link.confident),
        story=story,
    )
    return find(analysis, progress=progress)


def _comparisons(analysis: Analysis):
    """Figure comparisons need two reports."""
    return compare_figures(analysis) if len(analysis.dossier.articles) >= 2 else ()


def find(analysis: Analysis, *, progress: Progress = _quiet) -> Analysis:
    """``analysis`` with its findings derived from its sentences, entities and links (the
    differences of its weaker links too, which the reader shows on demand and the export lists)."""
    articles = analysis.dossier.articles
    figures = {}
    for done, article in enumerate(articles, 1):
        figures[article.id] = find_figures(article)
        progress("figures", done, len(articles))
    comparisons = _comparisons(analysis)
    progress("quotes", 0, 1)
    quotes = find_quotes(analysis)
    differences = {}
    links = analysis.links + analysis.weaker_links
    for done, link in enumerate(links, 1):
        differences[link.id] = link_differences(analysis, link)
        if done % 64 == 0 or done == len(links):
            progress("differences", done, len(links))
    progress("origins", 0, 1)
    sourcing = find_sourcing(analysis)
    return replace(analysis, findings=Findings(figures, comparisons, quotes, differences), sourcing=sourcing)


def refresh(before: Analysis, after: Analysis) -> Analysis:
    """``after`` (``before`` with corrected entities or links) with its findings brought up to
    date, reusing what the correction cannot change: figures never change; comparisons only
    when links did; a link's differences only when the link or the mentions in its reports
    did; quotation groups (speakers are entities, reported passages links) whenever either did."""
    old = before.findings
    if after.entities is before.entities and after.links is before.links:
        return after
    changed = set(before.entities).symmetric_difference(after.entities)
    touched = {span.article for entity in changed for span in entity.mentions}
    previous = {link.id: link for link in before.links + before.weaker_links}
    differences = {
        link.id: old.differences[link.id]
        if previous.get(link.id) == link and link.id in old.differences and not touched.intersection(link.articles)
        else link_differences(after, link)
        for link in after.links + after.weaker_links
    }
    comparisons = old.comparisons if after.links == before.links else _comparisons(after)
    findings = Findings(old.figures, comparisons, find_quotes(after), differences)
    return replace(after, findings=findings, sourcing=find_sourcing(after) if before.sourcing else None)
