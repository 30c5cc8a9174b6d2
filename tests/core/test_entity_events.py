"""Surnames within their event (:mod:`reader.core.entities.within_events`): in a folder of two events, a report
that writes only a surname gives it to the bearer its own event names, not to the folder's most named one."""

from __future__ import annotations

from reader.core.entities.within_events import surnames_within_events
from reader.core.model import Quote, Span

from tests.core.test_entities import by_alias, dossier_of_texts, entities_of

HONOURED = "Teacher Lena Brandt was honoured by the council.\n\nLena Brandt said she was surprised."
INQUIRY = "The inquiry questioned Karl Brandt, the former adviser.\n\nKarl Brandt declined to comment."
ONLY_SURNAME = "The inquiry asked about Mr. Brandt.\n\n\"I have nothing to add,\" General Brandt said."


def _reports(entity) -> set[str]:
    return {span.article for span in entity.mentions}


def test_a_report_writing_only_a_surname_takes_its_own_events_bearer_and_its_quotation_with_it():
    dossier = dossier_of_texts(HONOURED, HONOURED, HONOURED, INQUIRY, ONLY_SURNAME)
    found = entities_of(dossier)
    assert _reports(by_alias(found)["lena brandt"]) == {"a0", "a1", "a2", "a4"}  # the folder's main Brandt, before
    lena = by_alias(found)["lena brandt"]
    start = ONLY_SURNAME.index("I have")
    said = {"a4": (Quote(Span("a4", start, start + len("I have nothing to add,")), speaker=lena.name,
                         speaker_entity=lena.id),)}
    moved, credited = surnames_within_events(found, (("a0", "a1", "a2"), ("a3", "a4")), dossier, said)
    index = by_alias(moved)
    assert _reports(index["lena brandt"]) == {"a0", "a1", "a2"} and _reports(index["karl brandt"]) == {"a3", "a4"}
    assert {"Mr. Brandt", "General Brandt"} <= set(index["karl brandt"].aliases)
    assert not {"Mr. Brandt", "General Brandt"} & set(index["lena brandt"].aliases)
    assert credited["a4"][0].speaker_entity == index["karl brandt"].id and credited["a4"][0].speaker == "Karl Brandt"


def test_one_event_or_a_name_both_events_write_leaves_the_entities_as_they_are():
    dossier = dossier_of_texts(HONOURED, HONOURED, HONOURED, INQUIRY, ONLY_SURNAME)
    found = entities_of(dossier)
    assert surnames_within_events(found, (), dossier, {}) == (found, {})
    both = dossier_of_texts(HONOURED, HONOURED, HONOURED, INQUIRY + "\n\nLena Brandt, a teacher, was not asked.",
                            ONLY_SURNAME)
    found = entities_of(both)  # an event writing both Brandts: its "Mr. Brandt" stays with the folder's main one
    assert surnames_within_events(found, (("a0", "a1", "a2"), ("a3", "a4")), both, {})[0] == found


def test_a_surname_in_an_event_writing_no_bearers_full_name_stays_with_its_person():
    """Must-stay: one bearer in the whole folder may well be named in both events by the surname alone."""
    alone = dossier_of_texts(HONOURED, HONOURED, HONOURED, ONLY_SURNAME, ONLY_SURNAME)
    found = entities_of(alone)
    assert _reports(by_alias(found)["lena brandt"]) == {"a0", "a1", "a2", "a3", "a4"}
    assert surnames_within_events(found, (("a0", "a1", "a2"), ("a3", "a4")), alone, {})[0] == found
    visit = "Prime Minister Lydia Varga visited the mill. Lydia Varga met the workers."
    pm = dossier_of_texts(visit, "Lydia Varga said the town would rebuild.", visit,
                          "A painting was stolen.\n\nPrime Minister Varga called the theft a national disgrace.",
                          "A painting was stolen.\n\nVarga promised to find it.")
    found = entities_of(pm)
    assert surnames_within_events(found, (("a0", "a1", "a2"), ("a3", "a4")), pm, {})[0] == found


def test_a_surname_titled_as_its_person_is_elsewhere_stays_with_it_beside_a_namesake_of_the_other_event():
    """Must-stay: the title the person carries says whose the surname is, not the namesake its event writes."""
    chief = "Fire chief Odile Marchetti said the mill burned for six hours. Odile Marchetti praised the crews."
    fire = dossier_of_texts(chief, chief, chief,
                            "An earthquake hit Olmet on Thursday.\n\nChief Marchetti, who also leads the rescue "
                            "service, flew to Olmet.",
                            "Twelve died in the Olmet quake.\n\nBaker Paolo Marchetti was pulled from the rubble.")
    found = entities_of(fire)
    assert surnames_within_events(found, (("a0", "a1", "a2"), ("a3", "a4")), fire, {})[0] == found
    mayor = dossier_of_texts("Anna Keller, the mayor, opened the mill. Anna Keller spoke.", "Mayor Anna Keller spoke.",
                             "Anna Keller said she was proud.",
                             "The mayor's son was arrested in a theft case.\n\nMayor Keller declined to comment.",
                             "Jonas Keller, 19, was charged with theft.")
    found = entities_of(mayor)
    assert _reports(by_alias(found)["anna keller"]) == {"a0", "a1", "a2", "a3"}
    assert surnames_within_events(found, (("a0", "a1", "a2"), ("a3", "a4")), mayor, {})[0] == found
    visitor = dossier_of_texts(HONOURED, HONOURED, HONOURED, "Mr. Karl Brandt was questioned.\n\nKarl Brandt left.",
                               "The inquiry asked a witness.\n\nMrs. Brandt said she saw nothing.")
    found = entities_of(visitor)  # "Mrs." goes to no bearer written "Mr."
    assert "a4" in _reports(by_alias(found)["lena brandt"])
    assert surnames_within_events(found, (("a0", "a1", "a2"), ("a3", "a4")), visitor, {})[0] == found
