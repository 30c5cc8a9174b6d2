"""A capital standing for its government joins its country when the dossier names it, the same for each capital of
a list that acts; a capital as a place stays the city."""

from __future__ import annotations

from tests.core.test_entities import by_alias, entities_of_texts


def test_each_capital_of_a_list_before_a_verb_stands_for_its_government():
    index = by_alias(entities_of_texts(
        "The United States and China have traded barbs. Washington and Beijing have agreed to talk.",
        "China said the United States had agreed. Washington, Ottawa and Beijing will meet on Monday.",
    ))
    assert {"washington", "beijing"}.isdisjoint(index)
    assert "Washington" in index["united states"].stand_ins and "Beijing" in index["china"].stand_ins


def test_capitals_listed_as_places_or_beside_other_names_stay_cities():
    index = by_alias(entities_of_texts(
        "The United States and China have traded barbs. Flights from Washington and Beijing were cut.",
        "China said the United States had agreed. Washington and Beijing, officials said, are far apart. "
        "Washington and Lincoln were presidents.",
    ))
    assert index["washington"].type == "place" and index["washington"].shared
    assert index["beijing"].shared and "Washington" not in index["united states"].stand_ins


def test_capitals_that_work_or_negotiate_stand_for_their_governments():
    index = by_alias(entities_of_texts(
        "Canada and Mexico want relief. The United States said no.",
        "Tariffs rose as Washington, Mexico City and Ottawa work on a new deal. Canada agreed with the United States "
        "and Mexico.",
    ))
    assert {"washington", "ottawa", "mexico city"}.isdisjoint(index)
    assert "Ottawa" in index["canada"].stand_ins and "Mexico City" in index["mexico"].stand_ins


def test_work_done_in_or_about_a_capital_leaves_the_city():
    index = by_alias(entities_of_texts(
        "Canada and the United States want relief. His Washington work won praise.",
        "Volunteers in Ottawa work on Sundays. Canada agreed with the United States.",
    ))
    assert index["washington"].type == "place" and "Washington" not in index["united states"].stand_ins
    assert index["ottawa"].type == "place" and "Ottawa" not in index["canada"].stand_ins
