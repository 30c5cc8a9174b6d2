"""Contractions spelled out are the same words; a possessive or another word is not."""

from __future__ import annotations

import pytest

from reader.core.text.contractions import same_words


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
