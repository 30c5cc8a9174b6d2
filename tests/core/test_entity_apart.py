"""Names that share a word yet name two things (a province and its lake, a town and the college named after it, a
founder and her firm, two people of one name in reports about two events), each with invented cases where the
name does stand for the one thing."""

from __future__ import annotations

from reader.core.entities.namesakes import namesakes_apart
from reader.core.model import Entity, Quote, Span
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


def test_a_school_written_after_in_with_a_word_of_study_still_joins_its_full_name():
    """``enrolled in Kestrel``, ``a professor in Orrin``: ``in`` after a word of study names the school, not a
    town (review rv41b's inputs, must stay)."""
    index = by_alias(entities_of_texts(
        "Ada Varga enrolled in Kestrel in 2010, Kestrel University said.",
        "Kestrel University confirmed it.",
    ))
    assert index["kestrel"] is index["kestrel university"]
    index = by_alias(entities_of_texts("Varga is a professor in Orrin, the school said.", "Orrin College praised Varga."))
    assert index["orrin"] is index["orrin college"]
    index = by_alias(entities_of_texts(
        "Ada Varga lived in Brill for years. Brill College hired her.",
        "Brill College said Varga would teach.",
    ))
    assert index["brill"] is not index["brill college"]


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


def test_a_firm_bearing_a_titled_persons_name_stays_apart_from_the_person():
    index = by_alias(entities_of_texts(
        "Mr. Varga founded Varga Group in 1990. Varga Group employs 300 people.",
        "Varga Group said Varga would retire.",
    ))
    assert index["varga group"] is not index["mr. varga"] and index["varga group"].type == "org"
    assert index["varga"] is index["mr. varga"] and index["varga group"].shared


def test_a_firms_short_name_with_its_suffix_still_joins_the_firm():
    index = by_alias(entities_of_texts(
        "L3Harris Wescam makes cameras. Wescam Inc. said sales rose.",
        "L3Harris Wescam said sales rose.",
    ))
    assert index["wescam inc."] is index["l3harris wescam"] and index["l3harris wescam"].shared


# --- a namesake in a report about another event ----------------------------------------------------------------------


def _entity(name: str, kind: str, *articles: str) -> Entity:
    return Entity(name.lower().replace(" ", "-"), name, kind, (name,), tuple(Span(a, n, n + 4) for n, a in enumerate(articles)))


def test_a_person_named_only_by_the_name_in_an_off_topic_report_is_a_namesake():
    coach = _entity("Ada Varga", "person", "home1", "home2", "away")
    team, other = _entity("Kestrel Hawks", "org", "home1", "home2"), _entity("Brill State", "org", "away")
    said = {"away": (Quote(Span("away", 50, 60), "Ada Varga", "ada-varga"),),
            "home1": (Quote(Span("home1", 50, 60), "Ada Varga", "ada-varga"),)}
    entities, credited = namesakes_apart((coach, team, other), ("away",), said)
    people = [e for e in entities if e.name == "Ada Varga"]
    assert [e.articles for e in people] == [("home1", "home2"), ("away",)] and people[1].id == "ada-varga-2"
    assert credited["away"][0].speaker_entity == "ada-varga-2" and credited["home1"][0].speaker_entity == "ada-varga"


def test_a_person_named_beside_what_the_other_reports_name_stays_one():
    coach = _entity("Ada Varga", "person", "home1", "home2", "away")
    team = _entity("Kestrel Hawks", "org", "home1", "away")
    town = _entity("Brill", "place", "home2", "away")
    entities, _ = namesakes_apart((coach, team, town), ("away",), {})
    assert entities[0] is coach and len(entities) == 3
    entities, _ = namesakes_apart((coach, _entity("Orrin Park", "place", "away")), ("away",), {})
    assert len(entities) == 3  # nothing beside it: the off-topic report's is a namesake
    entities, _ = namesakes_apart((_entity("Brill", "place", "home1", "away"),), ("away",), {})
    assert len(entities) == 1  # a place is not split, nor is anything when no report is off-topic
    assert namesakes_apart((coach,), (), {})[0] == (coach,)
