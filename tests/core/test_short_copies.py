"""Short sentences printed alike beside a copied pair are linked as part of the copied run (``links.short_copies``),
on either side of the copy and along a run of them; a short sentence printed otherwise, or beside no copy, is not.
Invented reports only."""

from __future__ import annotations

from reader.core.ingest.loading import load_dossier
from reader.core.links.align import find_links
from reader.core.text.segment import segment_article

COPY = "The ferry operator confirmed that the night crossing to Lantry would stay suspended until the new pier opens in spring."
LATER = "The harbour board will publish a timetable for the winter months once the inspectors have signed off the repairs."
REPORTS = {
    "one": f"Gulls circled. {COPY} Nobody was surprised. Fares stay frozen. {LATER}",
    "two": f"Gulls circled. {COPY} Nobody was surprised. Fares stay frozen. {LATER}",
    "three": f"Rain fell hard. {COPY} Nobody was surprised. Few complained. {LATER}",
    "four": f"Rain fell hard. {COPY} Traders were furious. {LATER}",
}


def _short_links(tmp_path) -> set[frozenset[tuple[str, str]]]:
    for name, body in REPORTS.items():
        (tmp_path / f"{name}.md").write_text(f"---\noutlet: {name.title()}\n---\n{body}\n", encoding="utf-8")
    dossier = load_dossier(tmp_path)
    links = find_links(dossier, {a.id: segment_article(a) for a in dossier.articles})
    texts = (frozenset((p.article, dossier.article(p.article).text(p)) for p in link.passages) for link in links)
    return {text for text in texts if all(len(t.split()) <= 4 for _, t in text)}


def test_short_sentences_beside_a_copy_are_linked_on_each_side_and_along_a_run(tmp_path):
    linked = _short_links(tmp_path)
    assert frozenset({("one", "Gulls circled."), ("two", "Gulls circled.")}) in linked  # before the copy
    assert frozenset({("three", "Rain fell hard."), ("four", "Rain fell hard.")}) in linked
    after = {("one", "Nobody was surprised."), ("two", "Nobody was surprised."), ("three", "Nobody was surprised.")}
    assert frozenset(after) in linked  # after it, in three reports: the fourth prints another sentence there
    assert frozenset({("one", "Fares stay frozen."), ("two", "Fares stay frozen.")}) in linked  # the run goes on
    assert not any(("four", "Traders were furious.") in link or ("three", "Few complained.") in link for link in linked)
