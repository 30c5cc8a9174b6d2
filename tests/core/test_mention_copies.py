"""A sentence printed in many reports is read for names once (:meth:`_MentionFinder.runs`): each copy's
mentions are the first one's, where the copy stands."""

from __future__ import annotations

from reader.core.entities.mentions import find_mentions
from reader.core.model import Dossier
from reader.core.text.segment import segment_article
from tests.helpers import make_article

SAID = "Ada Varga of the Kestrel Harbour Board met Tomas Oyle in Brill on Monday."


def _mentions(*reports):
    dossier = Dossier(root="hand-made", articles=reports)
    found = find_mentions(dossier, {r.id: segment_article(r) for r in reports})
    return {r.id: [(m.start, m.end, m.surface, m.key) for m in found.mentions if m.article == r.id] for r in reports}


def test_a_copy_of_a_sentence_has_the_first_ones_mentions_moved_to_where_it_stands():
    first = make_article(SAID, article_id="a")
    later = make_article("Rain fell over the quay all week.", "Crowds waited. " + SAID, article_id="b")
    twice = make_article(SAID + " " + SAID, article_id="c")
    found = _mentions(first, later, twice)
    assert [surface for _, _, surface, _ in found["a"]] == ["Ada Varga", "Kestrel Harbour Board", "Tomas Oyle", "Brill"]
    at = later.body.index(SAID)
    assert found["b"] == [(start + at, end + at, surface, key) for start, end, surface, key in found["a"]]
    second = len(SAID) + 1
    assert found["c"] == found["a"] + [(start + second, end + second, surface, key) for start, end, surface, key in found["a"]]

