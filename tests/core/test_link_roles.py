"""Who did what to whom (``confidence.same_roles``): a verb between the same names makes a link sure only
when both passages tell it plainly, the same way, and with the same one acting. Made-up names; no corpus text."""

from __future__ import annotations

import pytest

from reader.core.ingest.loading import load_dossier
from reader.core.links.align import find_links
from reader.core.text.segment import segment_article

DONE = "The Harbour Board dismissed Mira Solt on Monday and named Owen Tarr as its new treasurer."
ROW = "After a long row over the ferry budget, the Harbour Board {} Mira Solt from the post she had held for a decade."


def _links(folder, *bodies: str):
    folder.mkdir(exist_ok=True)
    for number, body in enumerate(bodies, 1):
        (folder / f"report{number}.md").write_text(f"---\noutlet: Report {number}\n---\n{body}\n", encoding="utf-8")
    dossier = load_dossier(folder)
    return [(link.kind, link.confident) for link in find_links(dossier, {a.id: segment_article(a) for a in dossier.articles})]


def test_the_same_deed_between_the_same_names_is_sure(tmp_path):
    assert ("paraphrase", True) in _links(tmp_path, DONE, ROW.format("dismissed"))


@pytest.mark.parametrize("framed", ["refused to dismiss", "may dismiss", "plans to dismiss", "threatened to dismiss", "did not dismiss"])
def test_a_refusal_a_possibility_or_a_denial_is_not_the_deed(tmp_path, framed):
    assert ("paraphrase", True) not in _links(tmp_path, DONE, ROW.format(framed))


def test_the_passive_puts_who_acts_after_the_verb(tmp_path):
    told_passive = "After a long row over the ferry budget, Mira Solt was dismissed by the Harbour Board from the post she had held for a decade."
    assert ("paraphrase", True) in _links(tmp_path / "same", DONE, told_passive)
    reversed_ = ("After a long row over the ferry budget, the Harbour Board was dismissed by Mira Solt, the governor, "
                 "who had held her post for a decade.")
    assert ("paraphrase", True) not in _links(tmp_path / "reversed", DONE, reversed_)


def test_a_near_copy_with_the_roles_swapped_is_not_sure(tmp_path):
    shot = "Officer Nils Varro shot Teo Brandt outside the bus depot on Friday night, the police said in a statement."
    was_shot = "Officer Nils Varro was shot by Teo Brandt outside the bus depot on Friday night, the police said in a statement."
    assert not any(confident for _, confident in _links(tmp_path, shot, was_shot))
