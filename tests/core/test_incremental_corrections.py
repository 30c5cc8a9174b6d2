"""A correction refreshes only the findings it can change: the result must be what finding them
all afresh from the corrected entities and links gives, for every kind of correction."""

from __future__ import annotations

from dataclasses import replace

import pytest

from reader.core.model import Analysis, Findings
from reader.core.pipeline import find
from reader.core.store.corrections import (
    Corrections, accept_link, apply_corrections, drop_passage, merge_entities, reject_link, split_entity,
)


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
    kinds = {
        "merge": (merge_entities(people[0], people[1]),),
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


def _named(analysis: Analysis, span) -> set:
    entities = {entity.id: entity for entity in analysis.entities}
    return {entities[eid] for _, _, eid in analysis.mentions_between(span)}


@pytest.mark.parametrize("kind", ["merge", "merge across a link", "split by alias", "split by mention", "reject", "accept", "accept new", "drop", "all"])
def test_a_correction_gives_what_finding_everything_afresh_gives(analysis, kind):
    decisions = _decisions(analysis)[kind]
    for done in range(len(decisions), 0, -1):  # the decisions, then each undo back to one
        corrected = apply_corrections(analysis, Corrections(decisions[:done]))
        assert (corrected.entities, corrected.links) != (analysis.entities, analysis.links)
        afresh = find(replace(corrected, findings=Findings(), sourcing=None))
        assert corrected.findings == afresh.findings
        assert corrected.sourcing == afresh.sourcing


def test_an_entity_correction_keeps_the_link_findings(analysis):
    """Origins hold no entity: merging two keeps them as they were (no word of a report read again)."""
    corrected = apply_corrections(analysis, Corrections(_decisions(analysis)["merge"]))
    assert corrected.sourcing.origins.links == analysis.sourcing.origins.links
    assert corrected.sourcing.origins.pairs is analysis.sourcing.origins.pairs
