"""A correction refreshes only the findings it can change: the result must be what finding them
all afresh from the corrected entities and links gives, for every kind of correction."""

from __future__ import annotations

from dataclasses import replace

import pytest

from reader.core.model import Analysis, Dossier, Findings
from reader.core.pipeline import analyse, find
from reader.core.store.corrections import (
    Corrections, accept_link, apply_corrections, drop_passage, merge_entities, reject_link, split_entity,
)
from tests.helpers import make_article


def _decisions(analysis: Analysis) -> dict[str, tuple]:
    """One decision of each kind about the largest things found, and a few in a row."""
    shared = sorted(analysis.shared_entities, key=lambda e: -len(e.mentions))
    people = [e for e in shared if e.type == shared[0].type]
    several = next(e for e in shared if len(e.aliases) >= 2)
    wide = max(analysis.links, key=lambda link: len(link.passages))
    two = next(link for link in analysis.links if len({p.article for p in link.passages}) == 2)
    weaker = analysis.weaker_links[0] if analysis.weaker_links else two
    made_up = replace(two, passages=(two.passages[0], wide.passages[-1]))  # passages no link joins
    across = next(  # one entity named in one passage of a link, another of its type in the other
        (x, y) for link in analysis.links for x in _named(analysis, link.passages[0]) - _named(analysis, link.passages[1])
        for y in _named(analysis, link.passages[1]) - _named(analysis, link.passages[0]) if x.type == y.type
    )
    speakers = _speakers(analysis)
    kinds = {
        "merge": (merge_entities(people[0], people[1]),),
        "merge of speakers": (merge_entities(speakers[0], next(e for e in speakers[1:] if e.type == speakers[0].type)),),
        "split of a speaker": (split_entity(analysis, speakers[0], (), (speakers[0].mentions[0],)),),
        "merge across a link": (merge_entities(*across),),
        "split by alias": (split_entity(analysis, several, (several.aliases[-1],)),),
        "split by mention": (split_entity(analysis, shared[0], (), (shared[0].mentions[-1],)),),
        "reject": (reject_link(analysis, wide),),
        "accept": (accept_link(analysis, weaker),),
        "accept new": (accept_link(analysis, made_up),),
        "drop": (drop_passage(analysis, wide, wide.passages[-1]),),
    }
    kinds["all"] = tuple(d for group in kinds.values() for d in group)
    return kinds


def _speakers(analysis: Analysis) -> list:
    """The entities quotations are credited to, the most mentioned first: a correction of one renames
    the speaker of quotations and, mentioned beside figures, may change who those are about."""
    credited = {q.speaker_entity for group in analysis.findings.quotes for q in group.quotes}
    return sorted((e for e in analysis.entities if e.id in credited), key=lambda e: -len(e.mentions))


def _named(analysis: Analysis, span) -> set:
    entities = {entity.id: entity for entity in analysis.entities}
    return {entities[eid] for _, _, eid in analysis.mentions_between(span)}


@pytest.mark.parametrize("kind", ["merge", "merge of speakers", "split of a speaker", "merge across a link", "split by alias", "split by mention", "reject", "accept", "accept new", "drop", "all"])
def test_a_correction_gives_what_finding_everything_afresh_gives(analysis, kind):
    _check(analysis, _decisions(analysis)[kind])


def _check(analysis: Analysis, decisions: tuple) -> Analysis:
    """Each step of ``decisions`` (the decisions, then each undo back to one) refreshed gives what
    finding afresh gives; the first step's result is returned."""
    for done in range(len(decisions), 0, -1):
        corrected = apply_corrections(analysis, Corrections(decisions[:done]))
        assert (corrected.entities, corrected.links) != (analysis.entities, analysis.links)
        afresh = find(replace(corrected, findings=Findings(), sourcing=None))
        for name in ("comparisons", "quotes", "differences"):  # one by one, to say which
            assert getattr(corrected.findings, name) == getattr(afresh.findings, name), name
        assert corrected.findings == afresh.findings
        assert corrected.sourcing == afresh.sourcing
    return corrected


@pytest.fixture(scope="module")
def beside_figures() -> Analysis:
    """Three hand-made reports: a figure pair a link holds and their words would pair too, a pair two
    people's names set apart, and one quotation two reports credit to two people, the third reporting
    it in its own words, in a passage of the quotations' link that names a speaker."""
    a = make_article(
        "The storm flattened 120 houses along the northern coast road overnight, officials said.",
        "Dana Holt counted 40 fishing boats torn from their moorings in the harbour at dawn.",
        "\u201cWe will rebuild every single house before the winter comes,\u201d Mira Sand said on Tuesday.",
        article_id="a", outlet="Alpha", published="2024-03-05")
    b = make_article(
        "Officials said 120 houses along the northern coast road were flattened by the storm overnight.",
        "Ray Okafor counted 40 fishing boats torn from their moorings in the harbour at dawn.",
        "\u201cWe will rebuild every single house before the winter comes,\u201d said Olav Brekke, the mayor.",
        article_id="b", outlet="Beta", published="2024-03-05")
    c = make_article("Ferry crossings resumed at noon.",
                     "Olav Brekke told residents the houses would be rebuilt before the winter.",
                     article_id="c", outlet="Gamma", published="2024-03-05")
    return analyse(Dossier(root=".", articles=(a, b, c)))


def test_a_correction_compares_again_what_it_changes(beside_figures):
    """Merging the two counters makes their boats one count; rejecting the link of the houses leaves
    them paired by their words; merging the two speakers makes the quotation one person's; the third
    report carries the quotation only while its passage is linked and names one of its speakers."""
    people = {entity.name: entity for entity in beside_figures.entities}
    houses = next(link for link in beside_figures.links if "houses" in beside_figures.dossier.article("a").text(link.passages[0]))
    promise = next(link for link in beside_figures.links if "c" in link.articles)
    assert len(beside_figures.findings.quotes[0].reported) == 1
    told = next(m for m in people["Olav Brekke"].mentions if m.article == "c")
    assert _check(beside_figures, (reject_link(beside_figures, promise),)).findings.quotes[0].reported == ()
    assert _check(beside_figures, (split_entity(beside_figures, people["Olav Brekke"], (), (told,)),)).findings.quotes[0].reported == ()
    merged = _check(beside_figures, (merge_entities(people["Dana Holt"], people["Ray Okafor"]),))
    assert len(merged.findings.comparisons) == len(beside_figures.findings.comparisons) + 1
    rejected = _check(beside_figures, (reject_link(beside_figures, houses),))
    assert [c.link for c in rejected.findings.comparisons] == [None]
    renamed = _check(beside_figures, (merge_entities(people["Mira Sand"], people["Olav Brekke"]),))
    assert renamed.findings.quotes[0].flags != beside_figures.findings.quotes[0].flags
    _check(beside_figures, (merge_entities(people["Dana Holt"], people["Ray Okafor"]), reject_link(beside_figures, houses),
                            merge_entities(people["Mira Sand"], people["Olav Brekke"])))


def test_an_entity_correction_keeps_the_link_findings(analysis):
    """Origins hold no entity: merging two keeps them as they were (no word of a report read again)."""
    corrected = apply_corrections(analysis, Corrections(_decisions(analysis)["merge"]))
    assert corrected.sourcing.origins.links == analysis.sourcing.origins.links
    assert corrected.sourcing.origins.pairs is analysis.sourcing.origins.pairs
