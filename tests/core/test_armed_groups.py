"""A name written before the word for an armed group's members (``Kato Baram militants``) names the group, an
organisation, though its two words are shaped like a person's name."""

from __future__ import annotations

from tests.core.test_entities import by_alias, entities_of_texts


def test_a_name_before_militants_is_an_organisation():
    index = by_alias(entities_of_texts(
        "Kato Baram militants attacked a village in the north. Kato Baram has killed thousands since 2009.",
        "Kato Baram claimed the attack on Sunday, officials said.",
    ))
    assert index["kato baram"].type == "org" and index["kato baram"].shared


def test_supporters_of_a_person_or_rebels_of_a_country_keep_their_type():
    index = by_alias(entities_of_texts(
        "Lena Varga supporters rallied on Sunday. Chad rebels and Kestrel Valley rebels crossed the border.",
        "Lena Varga spoke to the crowd. Troops in Chad and in Kestrel Valley were on alert.",
    ))
    assert index["lena varga"].type == "person"
    assert index["chad"].type == "place" and index["kestrel valley"].type == "place"
