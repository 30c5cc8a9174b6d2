"""Acronyms written as words (``Nafta``, ``Unicef``): the name a report spells out, as the capitals would be; invented names."""

from tests.core.test_entities import by_alias, entities_of_texts


def test_a_mixed_case_acronym_is_the_name_its_report_writes_out():
    entities = by_alias(entities_of_texts(
        "Leaders talked about updating the Northern Avalon Free Trade Agreement. Later they argued over Nafta on Monday.",
        "The Northern Avalon Free Trade Agreement was signed in 1994 by the three countries."))
    assert entities["nafta"] is entities["northern avalon free trade agreement"]


def test_a_mixed_case_acronym_skips_the_particles_as_the_capitals_do():
    entities = by_alias(entities_of_texts(
        "Ministers of the Organisation of Pacific Exporting Countries met. Output, Opec said, would rise.",
        "Output will rise, Opec said."))
    assert entities["opec"] is entities["organisation of pacific exporting countries"]


def test_a_word_acronym_no_name_spells_stays_itself():
    entities = entities_of_texts("Ministers of Opec met in Vienna on Monday.", "Opec said output would rise.")
    assert ("Opec", ("Opec",)) in [(e.name, e.aliases) for e in entities]


def test_a_given_name_an_english_word_or_a_town_equal_to_initials_stays_apart():
    for texts, alone in [
        (("Mara Bell spoke on Monday about the Metro Area Rail Authority. The rail plan, Mara said, was late.",
          "The Metro Area Rail Authority said the plan was late, according to Mara."), "mara"),
        (("The Central Analysis Team met. Later the Cat was seen in the garden.", "The Central Analysis Team said so."), "cat"),
        (("Officials of the Global Energy Exporters League met in Geel on Monday. Residents of Geel protested.",
          "The Global Energy Exporters League met on Monday in Geel."), "geel"),
    ]:
        entities = by_alias(entities_of_texts(*texts))
        assert entities[alone].aliases == (entities[alone].name,), texts


def test_a_word_acronym_takes_no_name_written_only_in_another_report():
    entities = by_alias(entities_of_texts("Officials of the Global Energy Exporters League met on Monday.",
                                          "Ministers from Geel arrived on Monday. The talks, Geel said, went well."))
    assert entities["geel"] is not entities["global energy exporters league"]
