"""The findings are part of the analysis, and a correction brings them up to date."""

from dataclasses import replace

from reader.core.findings.difftypes import classify, nearest_pairs, pair_findings
from reader.core.model import Findings
from reader.core.pipeline import find
from reader.core.store.corrections import Corrections, apply_corrections, merge_entities, reject_link
from reader.core.text.diff import diff_passages


def from_scratch(analysis):
    """The findings of ``analysis``'s entities and links, derived anew."""
    return find(replace(analysis, findings=Findings())).findings


def test_the_analysis_carries_its_findings(analysis):
    findings = analysis.findings
    assert findings.comparisons and findings.quotes and set(findings.figures) == set(analysis.dossier.by_id)
    assert set(findings.differences) == {link.id for link in analysis.links + analysis.weaker_links}
    assert any(c.link for c in findings.comparisons) and {c.verdict for c in findings.comparisons} <= {"agree", "conflict"}


def test_each_passage_is_paired_with_its_nearest_counterpart(analysis):
    wide = max(analysis.links, key=lambda link: len(link.passages))
    pairs = nearest_pairs(analysis, wide)
    assert len(wide.passages) >= 4 and len(pairs) < len(wide.passages) * (len(wide.passages) - 1) // 2
    assert {index for pair in pairs for index in pair} == set(range(len(wide.passages)))


def test_a_pair_not_stored_is_worked_out_as_the_stored_ones_are(analysis):
    wide = max(analysis.links, key=lambda link: len(link.passages))
    stored = {(p.a, p.b) for p in analysis.findings.differences[wide.id]}
    i, j = next((i, j) for i in range(len(wide.passages)) for j in range(len(wide.passages)) if i != j and (i, j) not in stored)
    a, b = wide.passages[i], wide.passages[j]
    assert pair_findings(analysis, wide, a.article, b.article)[0] == classify(analysis, a, b, diff_passages(analysis, a, b))


def test_a_rejected_link_takes_its_findings_with_it(analysis):
    link = next(c.link for c in analysis.findings.comparisons if c.link)
    rejected = apply_corrections(analysis, Corrections((reject_link(analysis, next(each for each in analysis.links if each.id == link)),)))
    assert link not in rejected.findings.differences
    assert all(c.link != link for c in rejected.findings.comparisons)
    assert rejected.findings == from_scratch(rejected)


def test_a_merge_updates_speakers_and_name_differences(analysis):
    people = sorted((e for e in analysis.shared_entities if e.type == "person"), key=lambda e: -len(e.mentions))
    merged = apply_corrections(analysis, Corrections((merge_entities(people[0], people[1]),)))
    assert merged.findings == from_scratch(merged)
    assert merged.findings.figures is analysis.findings.figures  # a merge changes no figure


def test_the_findings_are_cached_with_the_analysis(analysis):
    from reader.core.store.cache import cache_key
    from reader.core.store.entry import decode, encode

    key = cache_key(analysis.dossier)
    assert decode(encode(analysis, key), key, analysis.dossier).findings == analysis.findings
