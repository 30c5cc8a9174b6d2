"""Contractions spelled out are the same words; a possessive or another word is not."""

from __future__ import annotations

import pytest

from reader.core.text.contractions import bare, rejoined, same_words
from reader.core.tokens import tokenize


@pytest.mark.parametrize("a, b, same", [
    ("we have", "we've", True),
    ("do not", "don't", True),
    ("it has gone", "it's gone", True),
    ("they would", "they'd", True),
    ("will not", "won't", True),
    ("cannot", "can't", True),
    ("the minister is", "the minister's", False),  # mostly a possessive
    ("we have", "we'll", False),
    ("do not", "did not", False),
])
def test_same_words_but_for_contractions(a, b, same):
    assert same_words(a.split(), b.split()) is same


@pytest.mark.parametrize("word, host", [
    ("we'll", "we"), ("hadn\u2019t", "had"), ("harbour's", "harbour"), ("they're", "they"),
    ("o'connell", "o'connell"), ("rock", "rock"),
])
def test_bare_takes_off_a_contraction_or_clitic_ending(word, host):
    assert bare(word) == host


@pytest.mark.parametrize("text, norms", [
    ("the ferry\u2019 s deck", ["the", "ferry's", "deck"]),
    ("we couldn\u2019 t dock", ["we", "couldn't", "dock"]),
    ("the ferry's deck", ["the", "ferry's", "deck"]),
    ("a 'Harbour' or a port", ["a", "'", "harbour", "'", "or", "a", "port"]),  # a closing mark, not a clitic
    ("the ferry\u2019  s deck", ["the", "ferry", "'", "s", "deck"]),  # two spaces: not a rebuilt text
])
def test_rejoined_puts_a_clitic_split_off_by_a_space_back_on_its_word(text, norms):
    tokens = rejoined(tokenize(text))
    assert [t.norm for t in tokens] == norms
    assert all(t.text == text[t.start : t.end] for t in tokens)
