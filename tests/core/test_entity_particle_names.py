"""Short forms of family names behind a lower-case particle and a hyphen (``Karim al-Haddadi``); invented names."""

from tests.core.test_entities import by_alias, entities_of_texts
from tests.core.test_quotes import analysed_quotations


def test_a_particled_family_name_opening_a_sentence_and_bare_is_the_person():
    entities = by_alias(entities_of_texts(
        "Envoy Karim al-Haddadi met the minister on Monday. Al-Haddadi called it a new start.",
        "The envoy Karim al-Haddadi spoke. Haddadi called it a new start for the port."))
    assert entities["al-haddadi"] is entities["haddadi"] is entities["karim al-haddadi"]


def test_the_quotation_a_particled_short_form_introduces_gets_its_speaker():
    found = analysed_quotations('Envoy Karim al-Haddadi met the minister. Al-Haddadi called it "a new start for us".')
    assert [(text, q.speaker) for text, q in found] == [("a new start for us", "Karim al-Haddadi")]


def test_al_as_a_given_name_stays_a_given_name():
    entities = entities_of_texts("Al Brenner arrived on Monday. Al said the port would reopen.",
                                 "Al Brenner spoke to reporters. Brenner said the talks went well.")
    assert [(e.name, sorted(e.aliases)) for e in entities] == [("Al Brenner", ["Al Brenner", "Brenner"])]


def test_two_transliterations_stay_apart():
    entities = entities_of_texts("Karim al-Haddadi arrived on Monday.", "Kareem al-Hadadi arrived on Monday.")
    assert sorted(e.name for e in entities) == ["Kareem al-Hadadi", "Karim al-Haddadi"]


def test_two_people_of_one_particled_family_name_stay_two():
    entities = entities_of_texts(
        "Karim al-Haddadi and Samir al-Haddadi met on Monday. Haddadi said the port would reopen.",
        "Karim al-Haddadi spoke to reporters. Samir al-Haddadi said the talks went well.")
    assert sorted(e.name for e in entities) == ["Karim al-Haddadi", "Samir al-Haddadi"]


def test_portuguese_and_dutch_particles_keep_the_name_whole():
    index = by_alias(entities_of_texts(
        "Mayor Joao dos Santos Ferreira opened the bridge. Coach Erik ter Horst watched.",
        "Joao dos Santos Ferreira cut the ribbon. Ferreira thanked Erik ter Horst and Ines das Neves Lobo."))
    mayor = index["joao dos santos ferreira"]
    assert mayor is index["ferreira"] and mayor.type == "person" and mayor.shared
    assert index["erik ter horst"].shared and "ines das neves lobo" in index
    assert not {"joao", "santos ferreira", "erik", "horst", "neves lobo"} & set(index)


def test_a_daughters_particle_keeps_the_name_whole():
    index = by_alias(entities_of_texts("Fatima bint Saleh al-Amri opened the clinic.",
                                       "The clinic was opened by Fatima bint Saleh al-Amri on Monday."))
    assert index["fatima bint saleh al-amri"].shared and "saleh al-amri" not in index


def test_the_verb_do_between_names_is_no_particle():
    index = by_alias(entities_of_texts("Let Varga do Brannock a favour, Lee said.", "Nothing here."))
    assert "varga do brannock" not in index


def test_a_given_name_after_the_honorific_its_full_name_bears_is_the_person():
    sheikh = by_alias(entities_of_texts(
        "Sheikh Hamad bin Khalifa al-Marri opened the port. Sheikh Hamad said trade would grow.",
        "Hamad bin Khalifa al-Marri spoke on Tuesday. Al-Marri said the port was ready."))
    assert sheikh["hamad"] is sheikh["hamad bin khalifa al-marri"] is sheikh["al-marri"]
    prince = by_alias(entities_of_texts(
        "Crown Prince Khalid bin Nasser met envoys. Bin Nasser said reforms would go on.",
        "Khalid bin Nasser, the crown prince, spoke. Prince Khalid said the kingdom was ready."))
    assert prince["khalid"] is prince["khalid bin nasser"]


def test_a_given_name_after_an_honorific_its_namesake_never_bears_is_no_one_known():
    index = by_alias(entities_of_texts("Charles Raye spoke on Monday. King Charles was not there.",
                                       "Charles Raye agreed."))
    assert index["charles"] is not index["charles raye"]
