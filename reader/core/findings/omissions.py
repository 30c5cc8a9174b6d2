"""Omissions: per report, the statements most other reports carry and it does not.

A statement is a link. A report omits a link when at least half of the other
reports (and at least :data:`MIN_CARRIERS`) carry it and the report says none of
its sentences (:meth:`~reader.core.model.Analysis.saying`, the relation ``◆`` reads:
no other link, quotation, figure or near-copy ties one of the report's to them), so a
statement split into overlapping links is no omission of the reports in one of them.
Nor is one the report tells in a sentence of its own that nothing ties to the link: the words the
link's passages agree on (its *core*) nearly all close together in one of its sentences
(:func:`~reader.core.model.telling.told_in`),
a fact told inside a longer sentence or carried by a link of its own beside this one; nor a short saying whose
one or two rare words one of its sentences prints (:func:`_told_short`). Scattered over a
long sentence, the same words are the dossier's subject, not the statement.
Omissions are ranked by how many independent origins carry the statement (five copies
of one wire story weigh as one), then by how many reports do.
Source documents (``role: source``) neither carry nor omit. In a folder of two events or more
(:attr:`~reader.core.model.Story.events`) a statement is counted within its own event's reports: a report of
one event omits nothing of the other's. Links holding a title line are left
out: a headline restates a fact some body states, and the bodies' own links are what a report
carries or lacks (a report stating the fact below its headline would seem to omit it).
"""

from __future__ import annotations

from collections import Counter

from reader.core.model import Analysis, Link, Omission, Omissions, Origins
from reader.core.model.telling import CORE_WORDS, rare, term, told_in, word_row

MIN_CARRIERS = 2
"""A statement one other report carries is that report's own, not an omission of the rest."""


def find_omissions(analysis: Analysis, origins: Origins) -> Omissions:
    """Every report's omissions (see the module docstring)."""
    sources = analysis.dossier.sources
    events: dict[tuple[str, ...], tuple[list[str], set[str], float]] = {}
    words = None  # each report's word rows, read when a first link is carried widely enough to be omitted
    lower: dict[str, tuple[frozenset[str | None], ...]] = {}
    found: dict[str, list[Omission]] = {}
    for link in analysis.links:
        if any(span.in_title for span in link.passages):
            continue
        event = analysis.event_of(link.articles[0])
        if event not in events:
            members = [a for a in event if a not in sources]
            events[event] = members, set(members), max(MIN_CARRIERS, (len(members) - 1) / 2)
        reports, is_report, needed = events[event]
        carriers = [a for a in link.articles if a in is_report]
        if len(carriers) < needed:
            continue  # looked at before the reports: thousands of reports times thousands of links
        grouped = origins.of_link(link.id)
        omission = Omission(link.id, len(carriers), grouped.origins if grouped else len(carriers))
        saying = frozenset().union(*(analysis.saying(span) for span in link.passages))
        lacking = [report for report in reports if report not in saying]
        core = _core(analysis, link) if lacking else frozenset()
        if lacking and words is None:
            words = analysis.word_rows()  # read here, not first: most dossiers of many reports have no such link
        for report in lacking:
            if not told_in(core, words.get(report, ())) and not _told_short(core, lower, analysis, report):
                found.setdefault(report, []).append(omission)
    return Omissions({
        report: tuple(sorted(rows, key=lambda o: (-o.origins, -o.reports, o.link))) for report, rows in found.items()
    })


def _told_short(core: frozenset[str], lower: dict[str, tuple[frozenset[str | None], ...]], analysis: Analysis,
                report: str) -> bool:
    """Does one sentence of ``report`` print every word of a short core (fewer than
    :data:`~reader.core.model.telling.CORE_WORDS`, each :func:`~reader.core.model.telling.rare`: a short saying,
    ``it's absurd``, told inside a longer sentence), each in lower case (in a name or a title the word names
    something else)? ``lower`` keeps each report's sentences' lower-case words, read on first need."""
    if not core or len(core) >= CORE_WORDS or not all(map(rare, core)):
        return False
    if report not in lower:
        lower[report] = tuple(frozenset(term(t.norm) for t in s.tokens if t.is_word and t.text.islower())
                              for s in analysis.sentences.get(report, ()))
    return any(core <= words for words in lower[report])


def _core(analysis: Analysis, link: Link) -> frozenset[str]:
    """The words (:func:`~reader.core.model.telling.word_row`) at least half of the link's passages (and two)
    print: what they agree on."""
    counts = Counter(word for span in link.passages for word in set(word_row(analysis.passage_tokens(span))) if word)
    least = max(2, len(link.passages) / 2)
    return frozenset(word for word, times in counts.items() if times >= least)
