"""``Washington, D.C.`` is the city with its district written after it, as ``Calder, Ark.`` is a town with its
state: one mention of Washington, no organisation ``D.C.``; a state before another state's abbreviation stays a
state of a list."""

from __future__ import annotations

from tests.core.test_entities import by_alias, entities_of_texts


def test_the_district_after_washington_is_part_of_its_mention():
    index = by_alias(entities_of_texts(
        "Missiles could reach New York and even Washington, D.C. on Monday.",
        "Officials in Washington said the tests had stopped.",
    ))
    assert "d.c." not in index and index["washington, d.c."] is index["washington"]
    assert index["washington"].type == "place" and index["washington"].shared


def test_a_state_before_another_states_abbreviation_is_no_town():
    index = by_alias(entities_of_texts(
        "Farmers from Texas, Okla., and Kansas came to the fair.",
        "Texas farmers sold the most.",
    ))
    assert "texas, okla." not in index and index["texas"].shared
