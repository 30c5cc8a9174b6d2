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


def test_a_surname_no_report_of_its_event_writes_in_full_is_a_person_of_its_own():
    alone = dossier_of_texts(HONOURED, HONOURED, HONOURED, ONLY_SURNAME, ONLY_SURNAME)
    found = entities_of(alone)
    assert _reports(by_alias(found)["lena brandt"]) == {"a0", "a1", "a2", "a3", "a4"}
    moved, _ = surnames_within_events(found, (("a0", "a1", "a2"), ("a3", "a4")), alone, {})
    index = by_alias(moved)
    assert _reports(index["lena brandt"]) == {"a0", "a1", "a2"}
    assert index["general brandt"] is index["mr. brandt"] and _reports(index["mr. brandt"]) == {"a3", "a4"}
    assert index["mr. brandt"].type == "person" and index["mr. brandt"].id not in {e.id for e in found}
