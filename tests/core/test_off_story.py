"""People named alike in reports off the dossier's story are kept apart from those on it."""

from __future__ import annotations

from reader.core.entities.off_story import people_apart

from tests.core.test_entities import dossier_of_texts, entities_of


def test_a_person_named_in_an_off_story_report_is_kept_apart_places_stay_whole():
    dossier = dossier_of_texts(
        "The Herons fired coach Ada Varga in Corran on Monday. Varga had led them for two years.",
        "Ada Varga lost her job with the Herons in Corran. Varga did not speak.",
        "A college in Corran fired its own coach Ada Varga after a grading affair. Varga will sue.",
    )
    found = entities_of(dossier)
    apart = people_apart(dossier, found, ("a2",))
    people = [e for e in apart if e.name == "Ada Varga"]
    assert [e.articles for e in people] == [("a0", "a1"), ("a2",)]
    assert people[1].id.endswith(".off-story") and people[1].aliases == ("Ada Varga", "Varga")
    corran = [e for e in apart if e.name == "Corran"]
    assert len(corran) == 1 and len(corran[0].articles) == 3
    assert people_apart(dossier, found, ()) == found
