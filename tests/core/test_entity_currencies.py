"""A currency after an amount names nothing, and a code in brackets after one word is not its short name; invented text."""

from tests.core.test_entities import by_alias, entities_of_texts


def test_a_currency_after_an_amount_is_no_entity_nor_a_codes_full_name():
    entities = by_alias(entities_of_texts(
        "The shop sells the tent for 832.15 Euro (KESTRL24) this week, Ada Varga said.",
        "Tickets cost 6 Euro at the Brill Arena, down from 14 Euro last year."))
    assert "euro" not in entities
    assert entities["kestrl24"].aliases == ("KESTRL24",)


def test_a_currency_as_the_subject_stays_an_entity():
    entities = by_alias(entities_of_texts("The Euro fell on Monday, traders said. Later the Euro recovered.",
                                          "Traders said the Euro fell."))
    assert len(entities["euro"].mentions) == 3


def test_a_name_opening_after_a_year_is_no_currency():
    entities = by_alias(entities_of_texts("In 2019 Rand Varga said the port would close.", "Rand Varga spoke on Monday."))
    assert len(entities["rand varga"].mentions) == 2


def test_a_code_in_brackets_after_one_word_is_not_its_short_name_but_an_acronym_after_a_name_is():
    entities = by_alias(entities_of_texts("The firm Kestrelcorp (XQ) said profits rose.", "Profits rose, XQ said on Monday."))
    assert entities["xq"] is not entities["kestrelcorp"]
    entities = by_alias(entities_of_texts("The Avalon Harbour Board (AHB) met on Monday.", "The AHB said the port would reopen."))
    assert entities["ahb"] is entities["avalon harbour board"]
