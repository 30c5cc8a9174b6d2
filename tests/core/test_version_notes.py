"""The N-way view's figure note under each version, found in the core (by the view's worker)."""

from __future__ import annotations

from reader.core.findings.collation import figure_note, version_note, version_notes
from reader.core.findings.difftypes import pair_findings
from reader.core.model import Analysis, Dossier, Link, Span
from reader.core.pipeline import analyse, find
from tests.helpers import make_article


def _three(*bodies: str) -> tuple[Analysis, Link]:
    """Three one-sentence reports ``a``, ``b``, ``c`` linked as one statement, with their findings."""
    articles = tuple(make_article(body, article_id=key) for key, body in zip("abc", bodies))
    found = analyse(Dossier(root=".", articles=articles))
    link = Link("L0", "paraphrase", 0.8, tuple(Span(a.id, 0, len(a.body)) for a in articles))
    analysis = Analysis(dossier=found.dossier, sentences=found.sentences, entities=found.entities, links=(link,))
    return find(analysis), link


def test_each_version_says_what_its_figures_say_against_the_reference():
    analysis, link = _three("The storm cut power to 40 homes near 3 schools.",
                            "The storm cut power to 90 homes near 3 schools.",
                            "The storm cut power to 40 homes near 3 schools, officials said.")
    notes = version_notes(analysis, link, "a")
    assert set(notes) == {"b", "c"}
    assert notes["b"].startswith("conflict: 40 homes vs 90 homes")
    assert notes["c"].startswith("figures agree: ")
    for article, note in notes.items():
        assert note == version_note(analysis, link, "a", article)
        comparisons = tuple(c for c in analysis.findings.comparisons_by_link.get(link.id, ()) if {"a", article} <= set(c.articles))
        assert note == figure_note(comparisons, "a", article, pair_findings(analysis, link, "a", article)[0])


def test_a_version_without_figures_compared_has_no_note():
    analysis, link = _three("The storm cut power overnight.", "The storm cut the power overnight.",
                            "A storm cut power overnight.")
    assert version_notes(analysis, link, "b") == {"a": "", "c": ""}
