"""The naming matrix: names and descriptions per report, judging labels marked by one general rule."""

from __future__ import annotations

import pytest

from reader.core.findings.naming import (
    find_naming,
    judging,
    named_entities,
    rows_about,
    rows_about_link,
)
from reader.core.ingest.loading import load_dossier
from reader.core.model import Analysis, Dossier
from reader.core.pipeline import analyse
from reader.core.tokens import tokenize
from tests.conftest import DATA
from tests.helpers import make_article


@pytest.fixture(scope="module")
def bundled_naming(analysis):
    return find_naming(analysis)


def _pairs(naming):
    return [(a.span.article, a.text, b.span.article, b.text) for row in naming.rows for a, b in row.contrasts()]


def test_bundled_five_list_the_framing_pairs(bundled_naming):
    pairs = _pairs(bundled_naming)
    assert any("Kurdish-led forces" in a_text and "PKK/YPG terrorists" in b_text for _, a_text, _, b_text in pairs)
    assert any(
        "internationally recognised as part of Azerbaijan" in a_text and "illegally occupied by ethnic Armenian militias" in b_text
        for a, a_text, b, b_text in pairs
        if (a, b) == ("al-jazeera", "trt-world")
    )


def test_disputed_place_row_shows_each_outlets_words(analysis, bundled_naming):
    entity = next(e for e in analysis.shared_entities if e.name == "Nagorno-Karabakh")
    row = bundled_naming.of_entity(entity.id)
    assert row.judged
    assert "Karabakh" in row.names["trt-world"]
    judged = {label.span.article: label.judgement for label in row.labels if label.judgement}
    assert {"illegally", "militias"} <= set(judged["trt-world"])
    assert "recognised" in judged["al-jazeera"]


def test_names_next_to_a_title_are_described(analysis, bundled_naming):
    entity = next(e for e in analysis.shared_entities if e.name == "Marc Garneau")
    texts = {label.text for label in bundled_naming.of_entity(entity.id).labels}
    assert "Foreign Affairs Minister" in texts
    assert not any(label.judgement for label in bundled_naming.of_entity(entity.id).labels)


@pytest.mark.parametrize(
    ("word", "judges"),
    [("terrorists", True), ("regime", True), ("militias", True), ("illegally", True), ("so-called", True),
     ("alleged", True), ("Iran-backed", True), ("Kurdish-led", True), ("recognised", True),
     ("rioters", True), ("falsely", True), ("self-styled", True),
     ("forces", False), ("government", False), ("said", False), ("well-known", False), ("led", False)],
)
def test_judging_rule(word, judges):
    assert judging(tokenize(word)[0]) is judges


def test_hand_made_reports_outside_and_inside_quotations():
    analysis = analyse(load_dossier(DATA / "naming"))
    naming = find_naming(analysis)
    front = next(e for e in analysis.shared_entities if e.name == "Northern Front")
    row = naming.of_entity(front.id)
    by_article = {}
    for label in row.labels:
        by_article.setdefault(label.span.article, []).append(label)
    assert [label.judgement for label in by_article["capital-herald"]] == [("so-called",)]
    assert by_article["frontier-post"][0].text == "rebel militia backed by a neighbouring state"
    # "a criminal gang of terrorists" is the officials' wording, in quotation marks: not the outlet's label.
    assert all("terrorists" not in label.text for labels in by_article.values() for label in labels)
    town = next(e for e in analysis.shared_entities if e.name == "Kessa")
    # "overran Kessa": a verb is no description of the town.
    assert [label.text for label in naming.of_entity(town.id).labels] == ["valley town"]


def test_rows_about_an_entity_hold_its_row_and_the_statements_naming_it(analysis):
    entity = next(e for e in analysis.shared_entities if e.name == "Nagorno-Karabakh")
    rows = rows_about(analysis, analysis.sourcing.naming, entity.id)
    assert rows[0].kind == "entity" and rows[0].key == entity.id
    statements = [row for row in rows if row.kind == "statement"]
    assert any("PKK/YPG terrorists" not in l.text and "illegally" in l.text for row in statements for l in row.labels)
    assert rows_about(analysis, analysis.sourcing.naming, "no-such-entity") == ()


def _link_with(analysis, phrase: str):
    return next(
        link for link in analysis.links
        if any(phrase in analysis.dossier.article(span.article).text(span) for span in link.passages)
    )


def test_rows_about_a_statement_hold_its_labels_then_the_entities_it_names(analysis):
    link = _link_with(analysis, "PKK/YPG terrorists")
    rows = rows_about_link(analysis, analysis.sourcing.naming, link.id)
    assert rows[0].kind == "statement" and rows[0].key == link.id
    assert {label.text for label in rows[0].labels} >= {"Kurdish-led forces", "PKK/YPG terrorists"}
    named = {row.title for row in rows[1:]}
    assert all(row.kind == "entity" for row in rows[1:]) and "Turkey" in named
    assert rows_about_link(analysis, analysis.sourcing.naming, "no-such-link") == ()


def test_a_statement_one_report_labels_still_has_its_row_when_asked_for(analysis):
    """Opened from a framing difference, one report's ``illegally`` is worth showing: the other report's
    words stand beside it in the compare view."""
    link = _link_with(analysis, "illegally")
    naming = analysis.sourcing.naming
    assert naming.of_link(link.id) is None  # one report's label alone is no row of the whole matrix
    rows = rows_about_link(analysis, naming, link.id)
    assert rows[0].kind == "statement" and any("illegally" in label.judgement for label in rows[0].labels)


def _person_labels(*paragraphs_by_report: tuple[str, ...]) -> list[str]:
    """The descriptions the naming matrix lists for the one person the invented reports share."""
    articles = tuple(
        make_article(*paragraphs, article_id=f"r{i}", outlet=f"R{i}") for i, paragraphs in enumerate(paragraphs_by_report)
    )
    analysis = analyse(Dossier(root=".", articles=articles))
    person = next(e for e in analysis.shared_entities if e.type == "person")
    return [label.text for label in find_naming(analysis).of_entity(person.id).labels]


def test_an_event_or_thing_of_a_person_is_no_description_of_them():
    labels = _person_labels(
        ("Police confirmed the arrest of Tom Keller on Monday.", "Keller, a retired harbour pilot, denied the charges."),
        ("The trial of Tom Keller opened in March.", "Keller denied every charge in court."),
    )
    assert "retired harbour pilot" in labels
    assert not {"arrest", "trial"} & set(labels)


def test_descriptions_stop_at_the_sentence_start():
    labels = _person_labels(
        ("Updated 10:15 GMT", "Harbourmaster Tom Keller closed the port."),
        ("Keller closed the port on Monday.", "The port stayed shut."),
    )
    assert not any("GMT" in label for label in labels)


def test_a_verb_before_a_title_and_an_adverb_after_the_name_are_no_description():
    labels = _person_labels(
        ("The mayor welcomed Captain Tom Keller at the quay.", "Greeting Captain Tom Keller, she smiled."),
        ("Reports say Keller allegedly closed the port.", "Port Authority chief Tom Keller, a former pilot, spoke."),
    )
    assert "Captain" in labels
    assert not any("welcomed" in label or "Greeting" in label or "allegedly" in label for label in labels)


def test_a_noun_and_its_verb_before_a_name_describe_the_doer_not_the_name():
    """``the dictator described Tom Keller``: Keller is acted on; the judging word is someone else's label."""
    labels = _person_labels(
        ("Keller mocked his rival, while the dictator described Tom Keller as a liar.", "The ousted dictator praised Keller."),
        ("The deposed dictator Tom Keller closed the port.", "A terrorist named Keller stayed shut in."),
    )
    assert labels == ["deposed dictator", "terrorist named"]


def test_a_description_starts_with_a_word_not_a_dash():
    labels = _person_labels(
        ("LISBON (Wire) - Captain Tom Keller closed the port.",),
        ("Keller closed the port on Monday.", "The port stayed shut."),
    )
    assert "Captain" in labels


def test_a_title_after_a_places_possessive_describes_the_name_but_an_act_it_owns_does_not():
    """``Varnia's Interior Minister Tom Keller``: the possessive determines the title as ``the`` would;
    ``Varnia's allies praised Tom Keller`` owns an act told by a verb, no description of him."""
    labels = _person_labels(
        ("Varnia's Interior Minister Tom Keller closed the port.", "Later, Varnia's allies praised Tom Keller."),
        ("Keller closed the port on Monday.", "The port stayed shut."),
    )
    assert "Interior Minister" in labels
    assert not any("praised" in label or "allies" in label for label in labels)


def test_a_name_before_a_title_joins_it_as_a_description():
    """``persuade U.S. Harbour Chief Tom Keller``: the name (a dotted abbreviation here) determines the
    title as a possessive would; not a name that says where (``In Portville``), nor one a verb follows."""
    labels = _person_labels(
        ("The mayor tried to persuade U.S. Harbour Chief Tom Keller to stay.",
         "Aide Ron Dale had Anna Varga call Harbour Chief Tom Keller at once.",
         "The mayor met him in Portville. In Portville Harbour Chief Tom Keller said no."),
        ("Keller closed the port on Monday.", "The port stayed shut."),
    )
    assert "U.S. Harbour Chief" in labels
    assert not any("Varga" in label or "Portville" in label for label in labels)


def test_a_lower_case_job_before_a_name_describes_the_person():
    """``candidate Tom Keller``, ``Harbour Board spokeswoman Ada Varga``: lower-case words for a job or a role right
    before a person's name say what they are, as a capitalised title does; not a verb (``will host Tom Keller``)."""
    labels = _person_labels(
        ("Back then, candidate Tom Keller promised a bigger port.", "The board will host Tom Keller next week."),
        ("Harbour Board spokesman Tom Keller confirmed it.", "Former deputy mayor Tom Keller was there.",
         "The only defence witness Keller called was his cousin."),
    )
    assert {"candidate", "Harbour Board spokesman", "Former deputy mayor"} <= set(labels)
    assert not any("host" in label or "will" in label or "witness" in label for label in labels)


def test_a_title_before_a_name_describes_whatever_precedes_it_and_a_title_alone_is_no_name():
    """``met with Mayor Tom Keller``: the title is his description though a preposition comes before it;
    ``the Mayor`` standing for him is a description too, never one of his names."""
    articles = (
        make_article("The council met with Mayor Tom Keller on Monday.", "Critics wrote to Mayor Keller again.",
                     article_id="r0", outlet="R0"),
        make_article("Mayor Tom Keller closed the port on Monday.", "The Mayor said the port would reopen.",
                     "Keller spoke at the quay.", article_id="r1", outlet="R1"),
    )
    analysis = analyse(Dossier(root=".", articles=articles))
    person = next(e for e in analysis.shared_entities if e.type == "person")
    row = find_naming(analysis).of_entity(person.id)
    assert [label.text for label in row.labels_of("r0")][:1] == ["Mayor"]
    assert any(mention.article == "r1" and analysis.dossier.article("r1").text(mention) == "Mayor" for mention in person.mentions)
    assert not any("Mayor" in name for names in row.names.values() for name in names)


def test_a_name_that_modifies_a_following_noun_is_not_what_the_words_before_it_describe():
    """``the so-called Keller memos``, ``the infamous Keller dossier``: the memos are so-called, the dossier
    infamous, not Keller; a title right before the name is still his (``Mayor Keller``), and so are the words
    before his possessive (``the deposed dictator Keller's visit``) or before a verb (``the so-called Keller
    resigned``)."""
    labels = _person_labels(
        ("The so-called Keller memos reached the harbour board on Monday.", "Tom Keller denied writing them.",
         "The infamous Mayor Tom Keller dossier was leaked in March.", "The deposed dictator Tom Keller's visit ended."),
        ("The infamous Keller dossier was leaked in March.", "Tom Keller said nothing.",
         "The so-called Keller resigned on Friday."),
    )
    assert {"Mayor", "deposed dictator"} <= set(labels)
    assert labels.count("so-called") == 1 and "infamous" not in labels


def test_a_place_name_before_a_noun_for_a_place_is_still_the_one_described():
    articles = (
        make_article("Troops entered the disputed Kessa region on Monday.", article_id="r0", outlet="R0"),
        make_article("Kessa was quiet on Tuesday.", "The so-called Kessa talks ended.", article_id="r1", outlet="R1"),
    )
    analysis = analyse(Dossier(root=".", articles=articles))
    place = next(e for e in analysis.shared_entities if e.name == "Kessa")
    assert [label.text for label in find_naming(analysis).of_entity(place.id).labels] == ["disputed"]


def test_an_apposition_led_by_a_job_and_a_job_after_a_noun_describe_the_person():
    """``Tom Quennic, leader of the harbour guild,``: an apposition without an article still says what he is;
    so do ``guild chief`` and ``guild prophet`` before the name, and a role with ``of`` (``the head of``). Not a job
    that titles the next name in a list."""
    labels = _person_labels(
        ("Tom Quennic, leader of the harbour guild, spoke on Monday.", "The port stayed shut."),
        ("The port was shut by guild chief Tom Quennic on Monday.", "Among them is guild prophet Tom Quennic."),
        ("Quennic, mayor Ada Varga and two clerks met on Monday.", "Tom Quennic left early.",
         "Tom Quennic, the head of the ferry board, agreed."),
    )
    assert {"leader of the harbour guild", "guild chief", "guild prophet", "head of the ferry board"} <= set(labels)
    assert not any("Varga" in label or label == "mayor" for label in labels)


def test_a_job_opening_the_sentence_before_a_name_is_its_description_not_part_of_it():
    """``Harbourmaster Tom Quennic``, ``Prophet Tom Quennic``: a noun for a job, capitalised by the sentence alone."""
    articles = (
        make_article("Harbourmaster Tom Quennic closed the port.", "Prophet Tom Quennic said so later.", article_id="r0", outlet="R0"),
        make_article("Tom Quennic closed the port on Monday.", "The port stayed shut.", article_id="r1", outlet="R1"),
    )
    analysis = analyse(Dossier(root=".", articles=articles))
    person = next(e for e in analysis.shared_entities if e.type == "person")
    row = find_naming(analysis).of_entity(person.id)
    assert person.name == "Tom Quennic" and set(row.names["r0"]) == {"Tom Quennic"}
    assert {"Harbourmaster", "Prophet"} <= {label.text for label in row.labels}


def _labels_of(name: str, *reports: tuple[str, ...]) -> tuple[list, object]:
    """The labels of the shared entity ``name`` in reports made of ``reports``' sentences, and the naming."""
    articles = tuple(make_article(*body, article_id=f"r{n}", outlet=f"R{n}") for n, body in enumerate(reports))
    analysis = analyse(Dossier(root=".", articles=articles))
    naming = find_naming(analysis)
    entity = next(e for e in analysis.shared_entities if e.name == name)
    return list(naming.of_entity(entity.id).labels), naming


def test_words_inside_a_name_are_no_judgement_and_a_verb_phrase_is_no_description():
    """A place named ``the Recognised Lane`` is not called recognised, nor is the ship that sails it; ``was
    escorting ...`` says what the ship did, and ``the course of`` names a thing of it: neither describes it."""
    labels, naming = _labels_of(
        "Tarn Falcon",
        ("The frigate Tarn Falcon was escorting four tankers through the Kessa Recognised Lane on Monday.",
         "The Kessa Recognised Lane is patrolled by four navies."),
        ("The course of Tarn Falcon was changed to meet the tankers.",
         "Traffic in the Kessa Recognised Lane was slow on Monday."),
    )
    assert not any(label.judgement for row in naming.rows for label in row.labels)
    assert not any(row.kind == "statement" for row in naming.rows)
    assert not any(label.text.startswith(("escorting", "course")) for label in labels)


def test_judging_words_outside_a_name_and_descriptions_in_apposition_stay():
    """Must stay: a judging word before the name, an apposition, a place's kind before ``of``, and a
    predicate that judges (``is recognised as``) are still the outlet's words."""
    labels, _ = _labels_of(
        "Kessa",
        ("Troops entered the disputed territory of Kessa on Monday.", "Kessa, a coastal enclave, was quiet."),
        ("The city of Kessa was quiet on Tuesday.", "Kessa is recognised as part of the republic by few states."),
    )
    texts = {label.text: label.judgement for label in labels}
    assert texts["disputed territory"] == ("disputed",)
    assert "coastal enclave" in texts and "city" in texts
    assert texts["recognised as part of the republic by few states"] == ("recognised",)


def test_a_one_report_dossier_lists_and_names_its_own_entities():
    """Nothing is shared in one report: the reader lists its own entities (``listed_entities``) and the naming
    matrix has their rows; with two reports the listed ones are the shared ones (must stay)."""
    one = make_article("Mayor Ilse Varga opened the Kestrel Bridge on Monday.", article_id="r0", outlet="R0")
    alone = analyse(Dossier(root=".", articles=(one,)))
    assert alone.listed_entities == alone.entities and not alone.shared_entities
    rows = {row.title: row for row in find_naming(alone).rows}
    assert "Mayor" in {label.text for label in rows["Ilse Varga"].labels}
    other = make_article("The Kestrel Bridge carried its first cars.", article_id="r1", outlet="R1")
    pair = analyse(Dossier(root=".", articles=(one, other)))
    assert pair.listed_entities == pair.shared_entities and [e.name for e in pair.shared_entities] == ["Kestrel Bridge"]


def test_entity_rows_found_before_the_links_are_the_matrix_rows(analysis, bundled_naming):
    """The pipeline finds the entity rows beside the links, from the entities alone (:func:`named_entities`): they
    are the rows the whole matrix lists, and given to it they make the same matrix."""
    unlinked = Analysis(dossier=analysis.dossier, sentences=analysis.sentences, entities=analysis.entities)
    rows = named_entities(unlinked)
    assert rows and rows == bundled_naming.rows[: len(rows)]
    assert all(row.kind == "entity" for row in rows) and bundled_naming.rows[len(rows)].kind == "statement"
    assert find_naming(analysis, entity_rows=rows) == bundled_naming


def test_entity_rows_found_while_the_links_ran_give_way_when_a_later_step_changes_the_entities(analysis, monkeypatch):
    """A step after the links may change the entities (a surname moved to its own event's bearer, a namesake put
    apart): the rows the pipeline found with the first entities, while the links ran, are then found again."""
    from dataclasses import replace

    import reader.core.pipeline as pipeline

    monkeypatch.setattr(pipeline, "BESIDE_FROM", 1)
    monkeypatch.setattr(pipeline, "_running", lambda result: True)
    moved = lambda found, events, dossier, said: (tuple(replace(e, name=f"{e.name} Jr.") for e in found), said)  # noqa: E731
    monkeypatch.setattr(pipeline, "surnames_within_events", moved)
    again = pipeline.analyse(analysis.dossier)
    rows = tuple(row for row in again.sourcing.naming.rows if row.kind == "entity")
    assert rows and rows == named_entities(again)


def test_the_statement_rows_read_the_texts_the_entity_rows_read_while_the_links_ran(analysis, monkeypatch):
    """The pipeline reads each report's text for the entity rows while the links are found; after them, the
    statement rows read the same texts, none made again (at 500 reports the naming after the links went 0.27 ->
    0.05 s), and the matrix is the one found all at once."""
    import reader.core.pipeline as pipeline
    from reader.core.findings import naming

    monkeypatch.setattr(pipeline, "BESIDE_FROM", 1)
    monkeypatch.setattr(pipeline, "_running", lambda result: True)
    made = []
    text = naming._Text
    monkeypatch.setattr(naming, "_Text", lambda of, article: made.append(article.id) or text(of, article))
    again = pipeline.analyse(analysis.dossier)
    assert again.sourcing.naming == analysis.sourcing.naming
    assert made and len(made) == len(set(made))


def _labels_by_report(first: str, second: str, name: str) -> dict[str, list[str]]:
    dossier = Dossier(root=".", articles=(make_article(first, article_id="a"), make_article(second, article_id="b")))
    analysis = analyse(dossier)
    row = next(r for r in analysis.sourcing.naming.rows if r.kind == "entity" and r.title == name)
    found: dict[str, list[str]] = {}
    for label in row.labels:
        found.setdefault(label.span.article, []).append(label.text)
    return found


def test_a_verb_or_a_sentence_adverb_before_a_name_is_no_label_of_the_person():
    """``records that allegedly place Verlinde``, ``Purportedly Verlinde became``: how the report tells what he did,
    not how it names him. Must stay: an adjective after the adverb, a title, a job, a judging noun before the name."""
    found = _labels_by_report(
        "Police arrested Tomas Verlinde of Harrowgate on Monday. Phone records that allegedly place Verlinde near the "
        "mill were shown in court. Purportedly Verlinde became angry after the meeting. Defence lawyer Ines Karp said "
        "her client was innocent.",
        "Tomas Verlinde of Harrowgate was arrested on Monday. The alleged killer Verlinde denied it. The allegedly "
        "corrupt councillor Verlinde resigned. Karp, a defence lawyer, said her client was innocent.",
        "Tomas Verlinde")
    assert found.get("a", []) == [], found
    assert "alleged killer" in found["b"] and "allegedly corrupt councillor" in found["b"], found


def test_a_description_set_before_a_name_and_a_comma_describes_the_person():
    """qa43 #13: ``his Turkish counterpart, Mevlut Cavusoglu,`` says what he is, as ``his Turkish counterpart
    Mevlut Cavusoglu`` does. Not a phrase that opens the sentence on a participle (the lawyer is another than the
    subject after it), nor a plural noun a list of names follows, nor a name a list goes on from."""
    labels = _person_labels(
        ("He spoke with his Turkish counterpart, Tom Quennic, on Monday.", "The port stayed shut."),
        ("After meeting his lawyer, Tom Quennic, 54, said the port was safe.",
         "She thanked her deputy, Tom Quennic and Ada Varga.", "He praised his rivals, Tom Quennic, Ada Varga and Ivo Marr."),
    )
    assert "Turkish counterpart" in labels
    assert not {"lawyer", "deputy", "rivals"} & set(labels)


def test_an_apposition_runs_to_its_verb_and_a_subject_after_a_name_is_no_apposition():
    """``Tom Quennic, controller of the guild said``: the apposition its comma did not close ends at the verb;
    ``Speaking to her deputy, Tom Quennic, the mayor said``: the mayor is the verb's subject, not Quennic."""
    labels = _person_labels(
        ("Tom Quennic, controller of the harbour guild said the port was safe.", "The port stayed shut."),
        ("Speaking to her deputy, Tom Quennic, the mayor said the port was shut.", "Tom Quennic left early."),
    )
    assert "controller of the harbour guild" in labels
    assert not any("said" in label or "mayor" in label for label in labels)
