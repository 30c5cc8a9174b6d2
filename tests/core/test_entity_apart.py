"""Names that share a word yet name two things (a province and its lake, a town and the college named after it, a
founder and her firm), each with invented cases where the word does stand for the longer name."""

from __future__ import annotations

from tests.core.test_entities import by_alias, entities_of_texts


# --- a province's name is no short form of a lake's ------------------------------------------------------------------


def test_a_province_stays_apart_from_the_lake_named_after_it():
    index = by_alias(entities_of_texts(
        "Storms hit Lake Ontario on Monday. Farmers in Ontario said the crops were lost.",
        "Ontario officials said Lake Ontario rose by a metre.",
    ))
    assert index["ontario"] is not index["lake ontario"]
    assert index["ontario"].shared and index["ontario"].type == "place"


def test_a_lakes_own_word_still_stands_for_the_lake_and_states_stay_whole():
    index = by_alias(entities_of_texts(
        "Fishermen on Lake Vessel said the ice was thin. Vessel froze early this year.",
        "Lake Vessel froze early, said Ada Varga. Boats left Lake Erie, and Ohio police said no one was hurt.",
    ))
    assert index["vessel"] is index["lake vessel"] and index["lake vessel"].shared
    assert index["ohio"] is not index["lake erie"]


def test_a_state_named_alone_still_stands_for_a_person_it_is_the_surname_of():
    index = by_alias(entities_of_texts(
        "Rex Montana threw three touchdowns on Sunday. Montana said the team played well.",
        "Montana was named the game's best player. Rex Montana smiled.",
    ))
    assert index["montana"] is index["rex montana"] and index["rex montana"].type == "person"


# --- a town is not the college named after it ------------------------------------------------------------------------


def test_a_town_written_as_a_place_stays_apart_from_its_college():
    index = by_alias(entities_of_texts(
        "Keller grew up in Boston and later taught at Boston College.",
        "Boston College said Keller would retire.",
    ))
    assert index["boston"] is not index["boston college"] and index["boston college"].shared
    index = by_alias(entities_of_texts(
        "Students at Brill University marched on Monday. The town of Brill said the march was calm.",
        "Brill University students left Brill at noon.",
    ))
    assert index["brill"] is not index["brill university"] and index["brill"].type == "place"


def test_a_school_named_alone_where_one_studies_still_joins_its_full_name():
    index = by_alias(entities_of_texts(
        "Keller earned an MBA from Kestrel and joined the bank. Varga studied at Orrin.",
        "Kestrel University said Keller studied there. Orrin College praised Varga.",
    ))
    assert index["kestrel"] is index["kestrel university"]
    assert index["orrin"] is index["orrin college"]


# --- a firm named after its founder is not the founder ---------------------------------------------------------------


def test_a_firm_bearing_a_founders_surname_stays_apart_from_the_founder():
    index = by_alias(entities_of_texts(
        "Ada Varga founded Varga Holdings in 1990. Varga said the firm would grow.",
        "Varga Holdings shares rose after Varga spoke.",
    ))
    firm, founder = index["varga holdings"], index["ada varga"]
    assert firm is not founder and firm.type == "org" and founder.type == "person"
    assert index["varga"] is founder and founder.shared and firm.shared


def test_a_firms_short_name_with_its_suffix_still_joins_the_firm():
    index = by_alias(entities_of_texts(
        "L3Harris Wescam makes cameras. Wescam Inc. said sales rose.",
        "L3Harris Wescam said sales rose.",
    ))
    assert index["wescam inc."] is index["l3harris wescam"] and index["l3harris wescam"].shared
