"""Links grouped again (many to many) stand on their own pairs: a passage tied loosely to two passages
that another link already joins does not make a confident link through their pair, and a copy of that
passage is judged alike (made-up reports; no corpus text)."""

from __future__ import annotations

import pytest

from reader.core.ingest.loading import load_dossier
from reader.core.links.align import find_links
from reader.core.text.segment import segment_article

LEADS = (
    "Police in Marlow arrested a former caretaker on Tuesday over the theft of six paintings from the Hale Gallery.",
    "A former caretaker was arrested in Marlow over the theft of six paintings from the Hale Gallery, police said.",
    "The Hale Gallery in Marlow lost six paintings to a thief last week, and police have now arrested its former caretaker.",
    "Six paintings stolen from the Hale Gallery led police to a former caretaker, who was arrested on Tuesday.",
)
TUBE = "Detectives found a tube for rolled canvases, as well as empty cutter packets, in a skip behind his flat, the inspector said."
VAN = "When the caretaker was stopped, detectives found two rolled canvases and a box cutter in his van."


def _links(folder, *bodies: str):
    for number, body in enumerate(bodies, 1):
        (folder / f"report{number}.md").write_text(f"---\noutlet: Report {number}\n---\n{body}\n", encoding="utf-8")
    dossier = load_dossier(folder)
    found = find_links(dossier, {a.id: segment_article(a) for a in dossier.articles})
    return [(link.confident, {" ".join(dossier.article(s.article).text(s).split()) for s in link.passages}) for link in found]


def test_a_passage_found_elsewhere_joins_no_linked_pair(tmp_path):
    """Two reports print a sentence on one find and one on another, word for word; a third tells only the second
    find, a fourth both in its own words. The first find's copies pair loosely with the second's sentences (the
    same objects, found elsewhere): neither copy makes a confident link with them, though the pair of the second
    find's sentences is firm (it already makes that find's link)."""
    links = _links(
        tmp_path,
        f"{LEADS[0]}\n\n{TUBE}\n\n{VAN}",
        f"{LEADS[1]}\n\nOfficers found two rolled canvases and a box cutter in the van.",
        f"{LEADS[2]}\n\n{TUBE}\n\n{VAN}",
        f"{LEADS[3]}\n\nPolice say they found a long cardboard tube for rolled canvases, as well as empty cutter packets, "
        "in a skip behind his flat during a search Tuesday night.\n\n"
        "Two rolled canvases and a box cutter were found in the grey van the caretaker was driving.",
    )
    sure = [texts for confident, texts in links if confident]
    assert not [texts for texts in sure if TUBE in texts and texts - {TUBE} and all("van" in t for t in texts - {TUBE})]
    assert any(TUBE in texts and len(texts) == 2 for texts in sure)  # the copies and the fourth report's tube
    assert any(VAN in texts and "Officers found two rolled canvases and a box cutter in the van." in texts for texts in sure)


BRIDGE = (
    "The Harwick council shut the old river bridge on Monday after engineers found cracks in its main span.",
    "Engineers found cracks in the main span of the old river bridge in Harwick, and the council shut it on Monday.",
    "Harwick's old river bridge was shut by the council on Monday once cracks turned up in its main span.",
    "Cracks in the main span led the Harwick council to close the old river bridge on Monday.",
)
FERRY = "The council will pay for a temporary ferry across the river"
INSPECTION = "the mayor ordered an inspection of every crossing in the county"
TWO_FACTS = f"{FERRY}, and {INSPECTION}."


@pytest.mark.parametrize(
    ("second", "third", "fourth", "statements"),
    [
        pytest.param(f"{FERRY} while repairs go on.", "The mayor ordered an inspection of every crossing in the county.",
                     TWO_FACTS, ("ferry", "inspection"), id="a-sentence-of-two-facts-and-its-copy"),
        pytest.param("A temporary ferry across the river will be paid for by the council until the bridge reopens.",
                     "Every crossing in the county is to be inspected on the mayor's orders.", TWO_FACTS,
                     ("ferry", "inspect"), id="each-fact-paraphrased"),
        pytest.param("The mayor ordered an inspection of every crossing in the county, saying no driver should cross a "
                     "bridge nobody has checked.", f"{FERRY}, its leader said.", TWO_FACTS,
                     ("ferry", "inspection"), id="a-paraphrase-with-its-own-clause"),
    ],
)
def test_a_sentence_of_two_facts_links_for_each(tmp_path, second, third, fourth, statements):
    """Must stay: a sentence carrying two facts, printed by two reports, is in a confident link for each,
    with the report telling that fact alone (in as many words, in other words, or with a clause of its own)."""
    links = _links(tmp_path, f"{BRIDGE[0]}\n\n{TWO_FACTS}", f"{BRIDGE[1]}\n\n{second}", f"{BRIDGE[2]}\n\n{third}",
                   f"{BRIDGE[3]}\n\n{fourth}")
    sure = [texts for confident, texts in links if confident]
    for word in statements:
        assert any(len(texts) >= 2 and any(word in t.lower() for t in texts - {TWO_FACTS}) for texts in sure), word
    assert any(any(t.startswith("Engineers found cracks") for t in texts) for texts in sure)  # the ledes


def test_a_fact_told_in_two_sentences_of_two_facts_links(tmp_path):
    """Must stay: one report's second fact is another's first (chained); each pair of reports telling one
    fact makes a confident link."""
    links = _links(
        tmp_path,
        f"{BRIDGE[0]}\n\nDrivers face a detour of forty minutes through Elmsford, and {INSPECTION}.",
        f"{BRIDGE[1]}\n\nDrivers now face a forty-minute detour through Elmsford.",
        f"{BRIDGE[2]}\n\nThe mayor ordered an inspection of every crossing in the county, while the council will pay "
        "for a temporary ferry across the river.",
        f"{BRIDGE[3]}\n\n{FERRY} until repairs end.",
    )
    sure = [texts for confident, texts in links if confident]
    for word in ("detour", "inspection", "ferry"):
        assert sum(any(word in t for t in texts) for texts in sure) >= 1, word
