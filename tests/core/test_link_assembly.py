"""How passage links are put together: their kind, and one link per statement even when a report repeats it.

The folders under tests/data/link_kinds were written for these tests.
"""

from __future__ import annotations

from reader.core.ingest.loading import load_dossier
from reader.core.pipeline import analyse

from ..conftest import DATA


def _texts(analysis, link):
    return [analysis.dossier.article(p.article).text(p) for p in link.passages]


def test_a_link_takes_the_weakest_kind_of_its_pairs():
    """Three reports print the sentence alike; the fourth changes a figure and adds a clause. The
    majority is verbatim, but the link is not: it says ``near``, never ``verbatim``."""
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
