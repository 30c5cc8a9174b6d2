"""A body named for the field it teaches or studies (``Calder University School of Law``) is an organisation, not
a law; a treaty or an act is still a law."""

from __future__ import annotations

from tests.core.test_entities import by_alias, entities_of_texts


def test_a_school_of_law_is_an_organisation():
    index = by_alias(entities_of_texts(
        "She studied at Calder University School of Law. The Arms Trade Treaty was cited.",
        "Calder University School of Law said so. The Arms Trade Treaty was signed.",
    ))
    assert index["calder university school of law"].type == "org"
    assert index["arms trade treaty"].type == "law"


def test_a_law_named_after_a_body_stays_a_law():
    index = by_alias(entities_of_texts(
        "The Calder Water Authority Act passed. Critics of the Calder Water Authority Act spoke.",
        "The Calder Water Authority Act took effect.",
    ))
    assert index["calder water authority act"].type == "law"
