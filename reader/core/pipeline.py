"""Dossier -> Analysis: the one place the stages are run, in order.

Segment, find entities, link passages, then derive the findings from them (figures and their
comparisons, quotation groups, typed differences): all of it in the worker, once, so screens
and exporters only read. After a correction, :func:`refresh` redoes only the findings the
changed entities or links can touch.
"""

from __future__ import annotations

import contextlib
import select
from collections.abc import Callable, Iterable

from reader.core.entities.clusters import find_entities
from reader.core.entities.colouring import entity_slots
from reader.core.entities.namesakes import namesakes_apart
from reader.core.entities.within_events import surnames_within_events
from reader.core.findings.difftypes import link_differences, speakers_said
from reader.core.findings.figures import Outside, compare_figures, find_figures, outside_links
from reader.core.findings.quotes import credited_alike, find_quotes, quotations, sentence_words
from reader.core.findings.naming import NamingTexts, find_naming, named_entities
from reader.core.findings.omissions import find_omissions
from reader.core.findings.origins import origins_in
from reader.core.findings.sourcing import refreshed_sourcing
from reader.core.forked import beside, beside_fed, one_ended, spare_core
from reader.core.ingest.loading import analysed_part
from reader.core.links.align import find_links
from reader.core.links.speakers import part_speakers
from reader.core.links.story import story_and_links
from reader.core.model import (
    Analysis, Article, Dossier, Entity, Figure, Findings, Link, NamingRow, Origins, PairDifferences, Progress, Quote,
    QuoteGroup, Sentence, Sourcing, Span, Story, quiet,
)
from reader.core.model.analysis import Tied, forget_tokens, packing
from reader.core.text.segment import segment_article
from reader.core.vocabulary import load_dictionaries, load_lemmas

BESIDE_FROM = 50
"""Articles from which every stage that can runs beside the others (:mod:`reader.core.forked`). Below, only the
links do, in one copy, while the caller finds what reads no link: each copy starts without the words the caller
has read since (its memo caches), and at the bundled five reports a copy more for the figures, the entities, the
origins, the quotation groups or the typed differences cost more CPU than it took off the wait (the bundled
analysis replayed on two idle cores by ``bench/timeline.py``'s :class:`Replay`: one process 229-266 ms, the links
alone beside 189-203 ms, every stage beside 260 ms)."""


def analyse(dossier: Dossier, *, progress: Progress = quiet) -> Analysis:
    """Segment, find entities, judge whether the reports cover one event, link passages and
    derive the findings (origins, naming and omissions among them); the result is immutable.

    Each article is analysed within the analysis bound (:func:`analysed_part`): a huge one is
    shown whole, but only its first part takes part in entities, links and findings. With a
    second core, the figures are found beside the segmenting, then the entities beside the
    story and the links, which run in a copy of their own too (:mod:`reader.core.forked`):
    their working memory (hundreds of MB at thousands of reports) goes with it, and the copies
    that find the findings start from a process that never held it. Who says each quotation needs
    the entities (found after them, in their copy), so the links are parted by speaker once both are found (:mod:`reader.core.links.speakers`);
    a correction (:func:`refresh`) does not part them again. The origins start beside the links too, once the
    figures and either the entities or the links are found (a core free), in a copy sent the links once they are
    parted (:func:`_origins`): most of their work reads the reports' words alone. Below :data:`BESIDE_FROM`
    reports only the links run in a copy, and the rest here meanwhile, what reads no link of the findings too."""
    articles = dossier.articles
    worth_it = len(articles) >= BESIDE_FROM
    links_beside = len(articles) >= 2  # one report has no link to find: no copy for none, nor tables loaded for it
    forget_tokens(analysing=True)
    if worth_it:
        load_lemmas()  # before the figures' copy, which reads them too (it loaded them again)
    with beside(lambda: _figures(articles), dict[str, tuple[Figure, ...]], worth_it=worth_it) as figures:
        if worth_it or links_beside and spare_core():
            load_dictionaries()  # the rest, once, for the copies that follow (each loaded them again: 0.45 s of CPU)
        sentences = _segmented(articles, progress)
        with (beside(lambda: _beside_the_links(dossier, sentences, in_copy=worth_it),
                     tuple[tuple[Entity, ...], dict[str, tuple[Quote, ...]] | None, Tied | None], worth_it=worth_it) as entities,
              beside(lambda: _story_and_links(dossier, sentences, progress), tuple[Story, tuple[Link, ...]],
                     worth_it=links_beside) as story_and_links):
            found_figures = figures()
            one_ended(entities, story_and_links)  # a core free, the origins start on it (before, they slowed the others)
            with _origins(dossier, sentences, worth_it) as origins:
                # Taken in the order the copies end (the links last): each holds its memory until then.
                found_entities, said, told = entities()
                # What reads no link is found here while the links still are (this process would only wait for
                # them), else after them: before them it would be the critical path's
                unlinked = Analysis(dossier=dossier, sentences=sentences, entities=found_entities,
                                    findings=Findings(found_figures))
                if said is None:  # found here, kept with the analysis the quotation groups read (each report's speakers)
                    said = quotations(unlinked)
                naming_texts = NamingTexts(unlinked) if _running(story_and_links) else None
                named = None if naming_texts is None else named_entities(unlinked, naming_texts)
                outside = outside_links(unlinked) if _running(story_and_links) else None
                if _running(story_and_links):
                    sentence_words(unlinked)  # what the quotation groups search, kept with the text's analyses
                story, links = story_and_links()
                # One story sees a namesake in an off-topic report, several a surname in another event's
                adjusted, said = surnames_within_events(found_entities, story.events, dossier, said)
                adjusted, said = namesakes_apart(adjusted, story.off_topic if story.same_event else (), said)
                if adjusted != found_entities:  # what was found while the links ran read the entities as first found
                    naming_texts = named = outside = None
                found_entities = adjusted
                # of the same text and figures as ``unlinked``: what either found of them alone is the other's too
                analysis = unlinked.replaced(entities=found_entities, story=story)
                if told is not None:
                    analysis.found_beside(_told_alike=told)  # what ◆ and the exports read, found beside the links
                # the links are parted by who says each quotation once both are found
                links = part_speakers(links, credited_alike(analysis, said), analysis)
                analysis = analysis.replaced(
                    links=tuple(link for link in links if link.confident),
                    weaker_links=tuple(link for link in links if not link.confident),
                )
                progress("entities", 1, 1)
                return find(analysis, progress=progress, figures=found_figures, said=said, origins=origins, named=named,
                            outside=outside, naming_texts=naming_texts)


def _segmented(articles: tuple[Article, ...], progress: Progress) -> dict[str, tuple[Sentence, ...]]:
    """Every article's sentences, their tokens taken apart now, before any fork (each would take them apart
    again), and once per distinct text (:func:`packing`)."""
    take_apart = packing()
    sentences = {}
    for done, article in enumerate(articles, 1):
        sentences[article.id] = segmented = segment_article(analysed_part(article))
        for sentence in segmented:
            take_apart(sentence)
        progress("segment", done, len(articles))
    return sentences


def _origins(dossier: Dossier, sentences: dict[str, tuple[Sentence, ...]], worth_it: bool):
    """The origins (:func:`origins_in`), most of them found in a copy started before the links are: what they find
    in the reports' words alone needs no link; the copy is sent the links once they are parted by speaker (the
    block gets what sends them) and finds their origins last."""
    return beside_fed(lambda: origins_in(dossier, sentences), lambda found, links: found(links), tuple[Link, ...],
                      Origins, worth_it=worth_it)


def _running(result: Callable[[], object]) -> bool:
    """Is the copy that ``result`` reads (:func:`~reader.core.forked.beside`) still at work? Work run in the caller
    is not: it runs when its result is asked for."""
    return hasattr(result, "fileno") and not select.select([result], [], [], 0)[0]


def _beside_the_links(dossier: Dossier, sentences: dict[str, tuple[Sentence, ...]], *, in_copy: bool
                      ) -> tuple[tuple[Entity, ...], dict[str, tuple[Quote, ...]] | None, Tied | None]:
    """What needs no links, found in one copy beside them (after them, it was the critical path's): the entities
    and, ``in_copy`` (the copy worth it), every article's quotations (:func:`quotations`: who says each needs the entities)
    and which sentences other reports tell alike (what ◆ and the exports read of the sentences alone; else found
    when first asked, as small as the dossier: the quotations too, on the analysis the quotation groups then read,
    which keeps what both read of each report, :func:`~reader.core.findings.quotes.find_quotes`). One copy, not
    one each: each copy writes to pages of the sentences it reads."""
    entities = find_entities(dossier, sentences)
    if not in_copy:
        return entities, None, None
    found = Analysis(dossier=dossier, sentences=sentences, entities=entities)
    return entities, quotations(found), found._told_alike


def _story_and_links(dossier: Dossier, sentences: dict[str, tuple[Sentence, ...]], progress: Progress) -> tuple[Story, tuple[Link, ...]]:
    return story_and_links(dossier, sentences,
                           lambda doubtful, languages: find_links(dossier, sentences, doubtful=doubtful, progress=progress,
                                                                  languages=languages))


def _figures(articles: tuple[Article, ...], progress: Progress = quiet) -> dict[str, tuple[Figure, ...]]:
    found = {}
    for done, article in enumerate(articles, 1):
        found[article.id] = find_figures(article)
        progress("figures", done, len(articles))
    return found


def _comparisons(analysis: Analysis, before: Analysis | None = None, moved: Iterable[Span] = (),
                 outside: Outside | None = None):
    """Figure comparisons need two reports (:func:`compare_figures`, after a correction of ``before``
    that moved those mentions; ``outside`` those outside links, found before)."""
    return compare_figures(analysis, before=before, moved=moved, outside=outside) if len(analysis.dossier.articles) >= 2 else ()


def find(
    analysis: Analysis, *, progress: Progress = quiet, figures: dict[str, tuple[Figure, ...]] | None = None,
    said: dict[str, tuple[Quote, ...]] | None = None, origins: Callable[[tuple[Link, ...]], Callable[[], Origins]] | None = None,
    named: tuple[NamingRow, ...] | None = None, outside: Outside | None = None, naming_texts: NamingTexts | None = None,
) -> Analysis:
    """``analysis`` with its findings derived from its sentences, entities and links (the
    differences of its weaker links too, which the reader shows on demand and the export lists),
    the quotations, the origins and the typed differences beside the rest with a second core; the naming matrix is found
    with the rest; the omissions last, weighed by the origins and
    read against the quotations and figure comparisons (:meth:`~reader.core.model.Analysis.saying`).
    ``figures``, when given, are every article's (:func:`find_figures`), ``said`` every article's
    quotations (:func:`quotations`), ``origins`` what sends the links to the origins started before them
    (:func:`_origins`), ``named`` the naming matrix's entity rows (:func:`named_entities`) and ``naming_texts`` the
    texts they read, ``outside`` the figure comparisons outside links (:func:`outside_links`)."""
    worth_it = len(analysis.dossier.articles) >= BESIDE_FROM
    with (contextlib.nullcontext(origins) if origins else _origins(analysis.dossier, analysis.sentences, worth_it)
          as origins_of,
          beside(lambda: _quotes(analysis, said), tuple[dict[str, tuple[Quote, ...]], tuple[QuoteGroup, ...]],
                 worth_it=worth_it) as quotes,
          beside(lambda: _differences(analysis, progress), dict[str, tuple[PairDifferences, ...]],
                 worth_it=worth_it) as differences_of):
        origins_found = origins_of(analysis.links + analysis.weaker_links)
        naming = find_naming(analysis, entity_rows=named, texts=naming_texts)  # here, not in a copy: what it builds of the analysis ◆'s table reads again
        if naming_texts is not None:
            naming_texts.clear()  # every report's tokens (30 MB at 500 reports), read by the naming alone
        if figures is None:
            figures = _figures(analysis.dossier.articles, progress)
        figured = analysis.replaced(findings=Findings(figures))
        comparisons = _comparisons(figured, outside=outside)
        differences = differences_of()
        progress("quotes and origins", 0, 1)
        said, found_quotes = quotes()
        differences = speakers_said(analysis, differences, said)
        found = figured.replaced(findings=Findings(figures, comparisons, found_quotes, differences, said))
        if worth_it:
            found._said_by  # noqa: B018 - what ◆ and the exports read of the findings: with a core spare, while the origins still are
        found_origins = origins_found()
        sourcing = Sourcing(found_origins, naming, find_omissions(found, found_origins))
        return found.replaced(sourcing=sourcing)


def _differences(analysis: Analysis, progress: Progress = quiet) -> dict[str, tuple[PairDifferences, ...]]:
    """The typed differences of every link, the weaker ones too (:func:`link_differences`): in a copy of their own
    beside the naming and the comparisons, since with the quotations and the origins beside them too the caller's
    share of the findings was the critical path's end."""
    return link_differences(analysis, analysis.links + analysis.weaker_links, progress)


def _quotes(analysis: Analysis, said: dict[str, tuple[Quote, ...]] | None = None, before: Analysis | None = None,
            moved: Iterable[Span] = ()) -> tuple[dict[str, tuple[Quote, ...]], tuple[QuoteGroup, ...]]:
    """Every article's quotations and their groups (after a correction of ``before``, :func:`find_quotes`)."""
    said = quotations(analysis, before) if said is None else said
    return said, find_quotes(analysis, said, before=before, moved=moved)


def refresh(before: Analysis, after: Analysis) -> Analysis:
    """``after`` (``before`` with corrected entities or links) with its findings brought up to
    date, reusing what the correction cannot change: figures never change; comparisons only
    for the figures beside a changed entity's mention (who a figure is about) or in a changed
    link (:func:`compare_figures`); a link's differences only when the link, the mentions in its
    passages or their ties did; the sourcing for the links and entities changed
    (:func:`refreshed_sourcing`); quotations only in the articles whose mentions changed (who
    says them), quotation groups' reported passages and flags only where a changed link or
    entity reaches (:func:`find_quotes`); the entities' colours, but for the entities corrected
    (:func:`entity_slots`)."""
    old = before.findings
    if after.entities is before.entities and after.links is before.links:
        return after
    changed = set(before.entities).symmetric_difference(after.entities)
    previous = {link.id: link for link in before.links + before.weaker_links}
    links = after.links + after.weaker_links
    kept = {
        link.id: old.differences[link.id] for link in links
        if previous.get(link.id) == link and link.id in old.differences and (not changed or _same_names(before, after, link))
    }
    redone = link_differences(after, [link for link in links if link.id not in kept])
    differences = {link.id: kept[link.id] if link.id in kept else redone[link.id] for link in links}
    moved = [span for entity in changed for span in entity.mentions]  # who a figure is about, who says a quotation
    comparisons = _comparisons(after, before, moved)
    said, quotes = _quotes(after, before=before, moved=moved)
    differences = speakers_said(after, differences, said)
    found = after.replaced(findings=Findings(old.figures, comparisons, quotes, differences, said))
    refreshed = found.replaced(sourcing=refreshed_sourcing(before, found) if before.sourcing else None)
    if changed:  # the entities the correction left keep their colours and numbers
        entity_slots(refreshed, before=before)
    return refreshed


def _same_names(before: Analysis, after: Analysis, link: Link) -> bool:
    """Whether what a link's differences read of the entities is as it was: the mentions in its
    passages, and the ties of the entities mentioned (:func:`link_differences`)."""
    for span in link.passages:
        mentions = after.mentions_between(span)
        if mentions != before.mentions_between(span):
            return False
        if any(before.entity_ties.get(eid) != after.entity_ties.get(eid) for _, _, eid in mentions):
            return False
    return True
