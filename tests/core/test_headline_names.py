"""A Title Case line keeps the names the dossier writes inside its sentences whole, and no more."""

from __future__ import annotations

from tests.core.test_entities import by_alias, entities_of_texts


def _mentions(entity, *bodies):
    return sorted(bodies[int(s.article[1:])][s.start : s.end] for s in entity.mentions)


def test_a_headline_keeps_a_name_written_inside_a_sentence_whole():
    bodies = (
        "Nominee For Surgeon General, Department Of Health And Human Services\n\nThe department said so. She will "
        "join the Department of Health and Human Services on Monday, health officials said.",
        "The Department of Health and Human Services said human health is key.",
    )
    index = by_alias(entities_of_texts(*bodies))
    body = index["department of health and human services"]
    assert _mentions(body, *bodies) == ["Department Of Health And Human Services",
                                        "Department of Health and Human Services",
                                        "Department of Health and Human Services"]
    assert not {"services", "department", "human services"} & index.keys()


def test_headline_words_written_together_only_inside_a_longer_name_stay_out():
    index = by_alias(entities_of_texts(
        "Health Officials Warn Of Human Costs In Kestrel\n\nThe health officials in Kestrel spoke of human costs. "
        "The Health Board met.",
        "Kestrel officials spoke of the Human Costs Review, and health officials agreed.",
    ))
    assert index["human costs review"].shared is False and index["health board"]
    assert not {"health officials", "human costs", "officials warn", "health"} & index.keys()


def test_a_headline_does_not_join_words_across_a_the():
    bodies = (
        "Varga Featured In Changing The Face Of Medicine Exhibition\n\nVarga was featured in an exhibition, "
        "\"Changing the Face of Medicine.\" Changing rules helped.",
        "The exhibition, \"Changing the Face of Medicine,\" featured Varga, and changing rules helped.",
    )
    index = by_alias(entities_of_texts(*bodies))
    assert "changing" not in index and "face of medicine" not in index
