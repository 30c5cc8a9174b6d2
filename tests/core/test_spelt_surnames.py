"""A long family name transliterated two ways (``Zelenskiy``/``Zelensky``) is one person's when one report writes
only the full name and another only the surname; short or merely similar names stay apart."""

from __future__ import annotations

from tests.core.test_entities import by_alias, entities_of_texts


def test_a_surname_spelt_otherwise_joins_the_one_full_name_close_to_it():
    index = by_alias(entities_of_texts(
        "Ukrainian President Volodymyr Zelenskiy met the envoy on Sunday.",
        "Zelensky spoke on Monday. President Zelensky thanked the allies.",
    ))
    assert index["zelensky"] is index["volodymyr zelenskiy"] and index["zelensky"].shared


def test_short_or_different_surnames_stay_apart():
    index = by_alias(entities_of_texts(
        "Leader Kim Jong Un met the envoy. Coach Anna Christiansen met the board. Mayor Paul Johnson spoke.",
        "Envoy Kin spoke on Monday. Coach Christensen thanked the fans. Mayor Johnston left.",
    ))
    assert index["kin"] is not index["kim jong un"]
    assert index["christensen"] is not index["anna christiansen"]
    assert index["johnston"] is not index["paul johnson"]


def test_a_surname_close_to_two_full_names_joins_neither():
    index = by_alias(entities_of_texts(
        "Minister Olek Dravinskiy met Ivan Dravinskyi on Sunday.",
        "Dravinsky spoke on Monday. Dravinsky thanked the allies.",
    ))
    assert index["dravinsky"] is not index["olek dravinskiy"] and index["dravinsky"] is not index["ivan dravinskyi"]
