"""A firm written with its company suffix (``Harlow Bancorp & Co.``) is also called by its first word alone
(``Harlow said``), unless that word is an English word, a place, a person's, or opens another name."""

from __future__ import annotations

from tests.core.test_entities import by_alias, entities_of_texts


def test_a_firms_first_word_alone_names_the_firm():
    index = by_alias(entities_of_texts(
        "Shares of Harlow Bancorp & Co. rose on Monday. The deal was the biggest for the bank.",
        "Harlow said it would buy the lender. Analysts at Harlow expect more deals.",
    ))
    assert index["harlow"] is index["harlow bancorp & co."] and index["harlow"].type == "org"
    assert index["harlow"].shared


def test_a_first_word_that_is_english_a_place_or_a_person_stays_apart():
    index = by_alias(entities_of_texts(
        "Shares of General Quarry Inc. and Denver Tooling Corp. rose. Mr. Pell praised Pell Freight Ltd.",
        "The General said it would wait. Flights to Denver were cut. Pell said he was pleased.",
    ))
    assert "general" not in index or index["general"] is not index["general quarry inc."]
    assert index["denver"] is not index["denver tooling corp."]
    assert index["pell"] is not index["pell freight ltd."]


def test_a_word_opening_two_names_names_neither():
    index = by_alias(entities_of_texts(
        "Shares of Harlow Bancorp & Co. rose on Monday. Harlow Energy Inc. fell.",
        "Harlow said it would buy the lender. Analysts at Harlow expect more deals.",
    ))
    assert index["harlow"] is not index["harlow bancorp & co."] and index["harlow"] is not index["harlow energy inc."]
