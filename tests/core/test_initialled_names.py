"""A given name, a middle initial and a family name that is also an English word (``Harold W. Bush``) are a
person's, though English words otherwise keep a name untyped (``Rocky Ridge``)."""

from __future__ import annotations

from tests.core.test_entities import by_alias, entities_of_texts


def test_a_middle_initial_makes_a_name_of_english_words_a_persons():
    index = by_alias(entities_of_texts(
        "Only two presidents came: Harold W. Bush, in 2003; and Lena Varga, in 2011.",
        "Harold W. Bush visited in 2003.",
    ))
    assert index["harold w. bush"].type == "person"


def test_english_words_without_an_initial_or_with_a_keyword_stay_untyped():
    index = by_alias(entities_of_texts(
        "Golden Mile and Rocky Ridge were busy. Crowds filled Lena K. Bank on Monday.",
        "Rocky Ridge was calm. Lena K. Bank was shut.",
    ))
    assert index["rocky ridge"].type != "person" and index["golden mile"].type != "person"
    assert index["lena k. bank"].type != "person"
