"""Grammar cues of passage units (reader.core.links.grammar) on made-up reports."""

from __future__ import annotations

from reader.core.links.align import _verbs
from reader.core.links.grammar import gerund, only_verb
from reader.core.tokens import tokenize

from .test_align import STORM, _linked, _span, _write_reports


def test_an_ing_word_after_a_preposition_is_a_verb_only_when_english_has_no_such_noun():
    assert only_verb("speeding") and only_verb("apprehending")
    assert not only_verb("building") and not only_verb("meeting") and not only_verb("speed")
    tokens = tokenize("He was stopped for speeding near the building after meeting the mayor.")
    assert [tokens[i].text for i in range(len(tokens)) if gerund(tokens, i)] == ["speeding"]


def test_a_gerund_tells_the_same_happening_as_the_verb_it_paraphrases(tmp_path):
    """Two reports say the player was speeding, a third that he was pulled over for speeding and more: the
    shared verb makes it the same statement, and it joins their link."""
    tokens = tokenize("Brandt was pulled over for speeding early Sunday.")
    assert any(tokens[i].text == "speeding" for i in _verbs(tokens))
    dossier, links = _write_reports(tmp_path, {
        "first": f"{STORM}\n\nOla Brandt was arrested early Sunday after he was speeding on the ring road, the highway "
        "patrol said.",
        "second": f"{STORM}\n\nBrandt was pulled over for speeding early Sunday on a motorway outside the city centre in "
        "a grey sports coupe leased from a Velden garage, police said.",
        "third": f"{STORM}\n\nOla Brandt was detained early on Sunday after he was speeding on the ring road, the patrol said.",
    })
    assert _linked(links, _span(dossier, "first", "Ola Brandt was"), _span(dossier, "second", "Brandt was pulled"))
