"""How passage links are put together: their kind, and one link per statement even when a report repeats it.

The folders under tests/data/link_kinds were written for these tests.
"""

from __future__ import annotations

from reader.core.ingest.loading import load_dossier
from reader.core.links.align import find_links
from reader.core.links.judging import find_pairs
from reader.core.links.units import prepare
from reader.core.model import quiet
from reader.core.pipeline import analyse, analysed_part
from reader.core.text.segment import segment_article

from ..conftest import DATA


def _texts(analysis, link):
    return [analysis.dossier.article(p.article).text(p) for p in link.passages]


def test_a_link_takes_the_weakest_kind_of_its_pairs():
    """Three reports print the sentence alike; the fourth sets a phrase off with commas and adds a clause (another
    figure of the same measure would make another statement: ``telling_apart._other_measures``). The majority is
    verbatim, but the link is not: it says ``near``, never ``verbatim``."""
    analysis = analyse(load_dossier(DATA / "link_kinds" / "weakest"))
    link = next(link for link in analysis.links if any("4:15" in text for text in _texts(analysis, link))
                and not any(p.in_title for p in link.passages))  # the bodies' link, not a headline's
    assert len(link.passages) == 4
    assert link.kind == "near"


def test_a_sentence_printed_twice_in_one_report_gives_one_link():
    analysis = analyse(load_dossier(DATA / "link_kinds" / "repeated"))
    readings = [
        tuple((p.article, " ".join(text.split())) for p, text in zip(link.passages, _texts(analysis, link)))
        for link in analysis.links + analysis.weaker_links
    ]
    assert len(readings) == len(set(readings))
    assert any(any("cannot wait another winter" in text for _, text in reading) for reading in readings)


def test_grouping_leaves_no_confident_pair_of_the_five_reports_out_of_every_link(bundled):
    """Links are many to many: a passage already in a link, its report's place there taken, still
    makes a link with a counterpart of another statement it carries. So every pair judged confident
    on the five reports is held by some link, passage for passage (bench/pair_losses.py counts the
    pairs of the corpus dossiers by where they go)."""
    sentences = {a.id: segment_article(analysed_part(a)) for a in bundled.articles}
    links = find_links(bundled, sentences)
    confident = [m for m in find_pairs(*prepare(bundled, sentences), quiet) if m.confident]

    def holds(link, unit) -> bool:
        return any(p.overlaps(unit.span) for p in link.passages)

    assert confident
    assert [m for m in confident if not any(holds(link, m.unit_a) and holds(link, m.unit_b) for link in links)] == []
