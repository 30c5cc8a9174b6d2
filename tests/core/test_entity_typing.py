"""Types that real pages got wrong (a person typed a firm by the words of a relative clause after the apposition;
people left untyped when named after the verb that credits a quotation, or with a middle initial before a family
name that is an English word), each with invented cases the rule must leave as they were."""

from __future__ import annotations

from tests.core.test_entities import by_alias, entities_of_texts


def test_a_relative_clause_after_an_apposition_does_not_type_the_name():
    index = by_alias(entities_of_texts(
        "The money went to Orrin Dask, a Kestrel man who sold bank account numbers to buyers. Dask denied it.",
        "Orrin Dask, a Kestrel man who ran a bank, said nothing.",
    ))
    assert index["orrin dask"].type == "person" and index["dask"] is index["orrin dask"]


def test_the_apposition_head_still_types_the_name_before_a_relative_clause():
    index = by_alias(entities_of_texts(
        "Shares of Harlow Brill, a lender that sold bank accounts, fell on Monday. Harlow Brill said so.",
        "Harlow Brill, a lender which runs a bank, said nothing.",
    ))
    assert index["harlow brill"].type == "org"


def test_a_name_after_the_verb_crediting_a_quotation_is_a_persons():
    index = by_alias(entities_of_texts(
        '"It works," said Orla Nephew, who left. "We agree," said Green Energy.',
        '"She was essential," said Dorn Kafoury. Orla Nephew, the director, told Al Kadira she agreed.',
    ))
    assert index["orla nephew"].type == "person" and index["dorn kafoury"].type == "person"
    assert index["al kadira"].type != "person"  # told whom: often an outlet
    assert index["green energy"].type != "person"  # words throughout: no one's name


def test_a_middle_initial_makes_a_person_of_a_family_name_that_is_an_english_word():
    index = by_alias(entities_of_texts(
        "A state visit: Gorvan K. Bush, in 2003. Then Silver K. Bush, in 2004.",
        "The lights went out.",
    ))
    assert index["gorvan k. bush"].type == "person"
    assert index["silver k. bush"].type != "person"  # a given name that is a word too: no person by its shape
