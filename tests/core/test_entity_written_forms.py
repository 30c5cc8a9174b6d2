"""One name written in other forms: dotted initials leading it, a web address that is a firm's legal name."""

from __future__ import annotations

from tests.core.test_entities import by_alias, entities_of_texts


def test_dotted_initials_leading_a_name_spell_its_first_words():
    index = by_alias(entities_of_texts(
        "The U.N. Security Council met on Monday. The K.B. Trust paid.",
        "The United Nations Security Council agreed on Monday. The Kestrel Bank Trust paid.",
    ))
    assert index["u.n. security council"] is index["united nations security council"]
    assert index["k.b. trust"] is index["kestrel bank trust"]


def test_dotted_initials_that_spell_no_other_name_stay_apart():
    index = by_alias(entities_of_texts(
        "The U.N. Security Council met on Monday.", "The African Union Security Council agreed on Monday.",
    ))
    assert index["u.n. security council"] is not index["african union security council"]


def test_a_web_address_before_a_companys_suffix_is_the_firm():
    index = by_alias(entities_of_texts(
        "Kestrelmart.com Inc. said sales rose.", "Kestrelmart said sales rose.",
    ))
    assert index["kestrelmart"].shared


def test_a_web_address_is_no_firm_without_a_suffix():
    index = by_alias(entities_of_texts(
        "Details are at Kestrelmart.com for buyers.", "Kestrelmart said sales rose. See Kestrelmart.com today.",
    ))
    assert not index["kestrelmart"].shared


def test_an_acronym_that_reads_as_a_function_word_is_the_name_it_spells():
    index = by_alias(entities_of_texts(
        "The World Health Organization said so. Officials at the WHO agreed.",
        "The WHO said the risk was low, and the World Health Organization agreed.",
    ))
    assert index["who"] is index["world health organization"] and index["who"].shared


def test_a_function_word_in_capitals_spelling_no_name_or_shouted_stays_out():
    index = by_alias(entities_of_texts(
        "The WHO said so. Fans sang AND THEN THERE WERE NONE, the Anglo Nordic Division said.",
        "AND then the Anglo Nordic Division came. The WHO agreed.",
    ))
    assert not {"who", "and", "and then there were none"} & index.keys() and index["anglo nordic division"].shared


def test_a_firms_suffix_after_an_ampersand_leaves_its_name():
    index = by_alias(entities_of_texts(
        "JPMorgan Chase & Co. said so on Monday.", "Analysts at JPMorgan Chase agreed.",
    ))
    assert index["jpmorgan chase & co."] is index["jpmorgan chase"] and index["jpmorgan chase"].type == "org"
