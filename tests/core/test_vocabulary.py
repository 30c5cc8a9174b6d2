"""The general English word tables (reader.core.vocabulary), read as the libraries they come from read them."""

from __future__ import annotations

import pytest
from lemminflect import getAllLemmas

from reader.core.vocabulary import lemmas


@pytest.mark.parametrize("word", ["pirates", "Pirates", "PIRATES", "Leaves", "Was", "running", "I", "UN", "xqzt", ""])
def test_lemmas_are_lemminflects_in_the_words_case(word):
    # Read from lemminflect's tables, each lemma cased as the word is (all upper, first upper, lower), as its
    # getAllLemmas gives them; none for a word it does not know.
    assert lemmas(word) == getAllLemmas(word)


def test_lemmas_take_the_words_case():
    assert lemmas("PIRATES") == {"NOUN": ("PIRATE",), "VERB": ("PIRATE",)}
    assert lemmas("Leaves")["NOUN"] == ("Leave", "Leaf")
    assert lemmas("running") == {"NOUN": ("running",), "VERB": ("run",)}
    assert lemmas("xqzt") == {}
