"""Acronyms of common nouns written in capitals (a vehicle, an illness, a scan, computer memory, a title) are no
names: a crash report's ``SUV`` is no organisation shared by the reports. An organisation's acronym stays one."""

from __future__ import annotations

from tests.core.test_entities import by_alias, entities_of_texts


def test_acronyms_of_things_and_titles_are_no_names():
    index = by_alias(entities_of_texts(
        "His SUV hit a wall. Ann Lee, senior VP of Kestrel Freight, said an MRI scan showed no injury.",
        "The SUV was towed. He had HIV and was given CPR. The phone has 2GB RAM; prices are TBD.",
    ))
    assert {"suv", "vp", "mri", "hiv", "cpr", "ram", "tbd"}.isdisjoint(index)


def test_an_organisations_acronym_is_still_a_name():
    index = by_alias(entities_of_texts(
        "The FBI took over the case. His SUV was found.",
        "FBI agents searched the SUV on Monday.",
    ))
    assert index["fbi"].type == "org" and index["fbi"].shared and "suv" not in index
