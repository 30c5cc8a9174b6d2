"""Passages telling one happening in other forms of its words are linked: a verb and its nouns, a
reporting verb naming someone to a role. Invented reports only."""

from __future__ import annotations

from reader.core.ingest.loading import load_dossier
from reader.core.links.align import find_links
from reader.core.links.terms import stem
from reader.core.text.segment import segment_article


def _links(folder, *bodies: str):
    for number, body in enumerate(bodies, 1):
        (folder / f"report{number}.md").write_text(f"---\noutlet: Report {number}\n---\n{body}\n", encoding="utf-8")
    dossier = load_dossier(folder)
    return [(link.kind, link.confident) for link in find_links(dossier, {a.id: segment_article(a) for a in dossier.articles})]


def test_a_verb_in_ate_meets_its_nouns():
    assert stem("nominated") == stem("nomination") == stem("nominee") == stem("nominees")
    assert stem("evacuate") == stem("evacuation") == stem("evacuee")
    assert stem("privately") == stem("private")


def test_a_nominee_and_a_nomination_are_one_statement(tmp_path):
    """``her nominee`` and ``was nominated``: the same happening, which names and a board alone do not make."""
    assert _links(
        tmp_path,
        "Governor Ames has chosen Dana Whitlock, a county judge, as her nominee for the harbour board.",
        "Dana Whitlock was nominated to the harbour board by Governor Ames on Tuesday.",
    ) == [("paraphrase", True)]


def test_announced_as_the_new_one_is_what_happened(tmp_path):
    """``announced as the new star`` names someone to a role: the verb is the statement, not its attribution."""
    assert _links(
        tmp_path,
        "Actor Dana Whitlock has been announced as the new star of the drama Lanterns.",
        "In a statement on Friday, the Harbour Theatre said Dana Whitlock was announced as the new Lanterns lead.",
    ) == [("paraphrase", True)]
