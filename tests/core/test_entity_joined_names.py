"""Names with "and", "&" or commas inside (firms, a body's fields) and acronyms written as words opening sentences,
each beside invented text where the words are several names or no name at all."""

from __future__ import annotations

from tests.core.test_entities import by_alias, entities_of_texts


# --- a firm's ampersand ---------------------------------------------------------


def test_a_function_word_after_a_firms_ampersand_ends_its_name():
    index = by_alias(entities_of_texts(
        "Bed Bath & Beyond will close 200 stores, the company said.",
        "Shares of Bed Bath & Beyond fell 20% on Monday.",
    ))
    assert index["bed bath & beyond"].shared and index["bed bath & beyond"].type == "org"
    assert "bed bath" not in index


def test_a_lower_case_word_after_an_ampersand_stays_out_of_the_name():
    index = by_alias(entities_of_texts(
        "Fans of Kestrel & beyond came on Monday.", "Kestrel played on Tuesday, and fans came.",
    ))
    assert index["kestrel"].shared and "kestrel & beyond" not in index


# --- Word and Word --------------------------------------------------------------


def test_a_pair_never_written_apart_and_once_a_subject_of_is_is_one_firm():
    index = by_alias(entities_of_texts(
        "Procter and Gamble is cutting prices, analysts said on Monday.",
        "Shares of Procter and Gamble rose after the cut.",
    ))
    firm = index["procter and gamble"]
    assert firm.shared and len(firm.mentions) == 2 and not {"procter", "gamble"} & index.keys()


def test_a_firm_written_with_and_and_with_an_ampersand_is_one_entity():
    index = by_alias(entities_of_texts(
        "Procter & Gamble cut prices on Monday.", "Shares of Procter and Gamble rose after the cut.",
    ))
    assert index["procter & gamble"] is index["procter and gamble"]
    assert index["procter & gamble"].shared and not {"procter", "gamble"} & index.keys()


def test_a_pair_before_a_company_suffix_is_one_firm():
    index = by_alias(entities_of_texts(
        "Harlow and Finch Co. cut prices on Monday.", "Shares of Harlow and Finch rose after the cut.",
    ))
    assert index["harlow and finch co."] is index["harlow and finch"]
    assert not {"harlow", "finch", "finch co."} & index.keys()


def test_one_surname_twice_joined_by_and_is_one_firm():
    index = by_alias(entities_of_texts(
        "The recall by Johnson and Johnson covers two lots.", "Johnson and Johnson's shares fell on Friday.",
    ))
    assert index["johnson and johnson"].shared and "johnson" not in index


def test_one_surname_twice_ending_a_list_is_two_people():
    index = by_alias(entities_of_texts(
        "Police named Varga, Johnson and Johnson on Monday.", "A judge freed Varga, Johnson and Johnson.",
    ))
    assert "johnson and johnson" not in index and index["johnson"].shared


def test_a_list_of_surnames_is_several_people():
    index = by_alias(entities_of_texts(
        "Police said Smith, Jones and Brown were arrested on Monday.", "A judge freed Smith, Jones and Brown.",
    ))
    assert index["smith"].shared and index["jones"].shared and index["brown"].shared
    assert not any(" and " in alias for alias in index)


def test_two_places_side_by_side_stay_two():
    index = by_alias(entities_of_texts(
        "Fighting between Israel and Gaza is heavy.", "Talks on Israel and Gaza is what they want.",
    ))
    assert "israel and gaza" not in index and index["israel"].shared


def test_two_firms_always_side_by_side_but_never_written_as_one_stay_two():
    index = by_alias(entities_of_texts(
        "A deal between Kestrel and Varga was signed on Monday.", "Shares of Kestrel and Varga rose.",
    ))
    assert "kestrel and varga" not in index and index["kestrel"].shared and index["varga"].shared


def test_a_pair_also_written_apart_is_two_names_even_as_a_subject():
    index = by_alias(entities_of_texts(
        "A new film of Tom and Jerry opens in May. Later Tom chases Jerry.",
        "Tom and Jerry is back, fans say.",
    ))
    assert "tom and jerry" not in index and index["tom"].shared and index["jerry"].shared


def test_a_pair_never_written_apart_and_once_a_subject_is_one_title():
    index = by_alias(entities_of_texts(
        "A new film of Tom and Jerry opens in May.", "Tom and Jerry is back, fans say.",
    ))
    assert index["tom and jerry"].shared and not {"tom", "jerry"} & index.keys()


def test_plurals_and_acronyms_side_by_side_stay_apart():
    index = by_alias(entities_of_texts(
        "Fans of Rangers and Rovers met. Officials of NATO and UNHCR met.",
        "Then Rangers and Rovers is the derby, and NATO and UNHCR is a pair.",
    ))
    assert not {"rangers and rovers", "nato and unhcr"} & index.keys()


def test_a_body_and_a_person_after_it_stay_two():
    index = by_alias(entities_of_texts(
        "Officials of the Ministry of Defence and Varga met on Monday.", "The Ministry of Defence and Varga agreed.",
    ))
    assert "ministry of defence and varga" not in index and index["ministry of defence"].shared


def test_a_pair_made_one_name_is_typed_a_firm_not_a_place():
    index = by_alias(entities_of_texts(
        "Simon and Schuster is publishing the book.", "The book, from Simon and Schuster, sold well.",
    ))
    assert index["simon and schuster"].type == "org"


def test_a_body_named_after_two_founders_keeps_both():
    index = by_alias(entities_of_texts(
        "The Bill and Melinda Gates Foundation gave $5 million. Lewis and Clark College closed.",
        "A grant from the Bill and Melinda Gates Foundation paid for students at Lewis and Clark College.",
    ))
    assert index["bill and melinda gates foundation"].shared and index["lewis and clark college"].shared
    assert not {"bill", "melinda gates foundation", "lewis", "clark college"} & index.keys()


def test_a_name_written_alone_or_a_place_before_a_founders_body_is_a_name_of_its_own():
    index = by_alias(entities_of_texts(
        "Officials of Microsoft and Gates Foundation met. Microsoft said so. Fans of Texas and Rice University met.",
        "Microsoft and Gates Foundation staff agreed. Texas and Rice University agreed. Shares of Apple and Samsung "
        "Electronics Co. rose, and Apple and Samsung Electronics Co. settled.",
    ))
    assert index["microsoft"].shared and index["gates foundation"].shared
    assert index["texas"].shared and index["rice university"].shared and index["samsung electronics co."]
    assert not any(" and " in alias for alias in index)


# --- a body's fields listed with commas ------------------------------------------


def test_a_bodys_fields_listed_with_commas_stay_in_its_name():
    index = by_alias(entities_of_texts(
        "The Bureau of Alcohol, Tobacco, Firearms and Explosives is investigating the fire. The Department for "
        "Environment, Food and Rural Affairs said so.",
        "Agents of the Bureau of Alcohol, Tobacco, Firearms and Explosives arrived, the Department for "
        "Environment, Food and Rural Affairs said.",
    ))
    assert index["bureau of alcohol, tobacco, firearms and explosives"].shared
    assert index["department for environment, food and rural affairs"].shared
    assert not {"bureau of alcohol", "tobacco", "firearms", "explosives", "food", "rural affairs"} & index.keys()


def test_places_bodies_or_people_listed_after_a_body_are_names_of_their_own():
    index = by_alias(entities_of_texts(
        "The Ministry of Defence, Britain and France said so. Officials of the Ministry of Justice, Police and Army "
        "came. The Department of Health, Varga and Keller agreed.",
        "The Ministry of Defence, Britain and France agreed. The Ministry of Justice, Police and Army came. The "
        "Department of Health, Varga and Keller said so.",
    ))
    assert index["ministry of defence"].shared and index["france"].shared
    assert index["ministry of justice"].shared and index["department of health"].shared
    assert index["varga"].shared and not any("," in alias for alias in index)


# --- an acronym written as a word, only opening sentences -------------------------


def test_a_word_no_dictionary_knows_opening_sentences_only_is_a_name():
    index = by_alias(entities_of_texts(
        "Nato said on Monday it would send more troops. Unicef sent food.",
        "Nato members agreed on Friday. Unicef said so.",
    ))
    assert index["nato"].shared and index["unicef"].shared


def test_an_english_word_a_quoted_word_or_a_word_seen_once_opening_a_sentence_is_no_name():
    index = by_alias(entities_of_texts(
        "Meanwhile troops left. \"Yeah we won,\" Keller said. Hmm, they said. Zorvath sent food.",
        "Meanwhile troops came. \"Yeah we lost,\" Varga said. Hmm, said Keller. Tsunamix sent food; a tsunamix came.",
    ))
    assert not {"meanwhile", "yeah", "hmm", "zorvath", "tsunamix"} & index.keys()
