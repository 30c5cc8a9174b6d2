"""Types that real pages got wrong (a person typed a firm by the words of a relative clause after the apposition),
each with invented cases the rule must leave as they were."""

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
