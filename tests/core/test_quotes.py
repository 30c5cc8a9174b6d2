"""Quotations: marks found exactly, speakers attributed, statements grouped and compared across reports."""

from __future__ import annotations

import pytest

from reader.core.pipeline import analyse
from reader.core.ingest.loading import load_dossier
from reader.core.model import Analysis, Dossier
from reader.core.findings import quotes
from reader.core.findings.quotes import _reworded, _versions, changed_words, find_quotations, find_quotes
from reader.core.links.speakers import content_words
from reader.core.partition import Partition
from reader.core.wordings import Wordings
from reader.core.text.quotation_marks import quoted_words

from tests.conftest import DATA
from tests.helpers import make_article


def quotations(*paragraphs: str):
    """``(quoted text, quote)`` of each quotation, analysed without entities."""
    article = make_article(*paragraphs)
    found = find_quotations(Analysis(dossier=Dossier(root=".", articles=(article,))), article)
    return [(article.text(q.span), q) for q in found]


# --- marks -----------------------------------------------------------------------


def test_curly_and_straight_double_quotes_with_their_inner_words():
    found = quotations('“First one,” she said. Then "second one," he added.')
    assert [text for text, _ in found] == ["First one,", "second one,"]


def test_apostrophes_are_not_quotations_but_curly_single_quotes_are():
    found = quotations("Turkey’s minister called it ‘credible evidence’ in the Globe’s report.")
    assert [text for text, _ in found] == ["credible evidence"]


def test_nested_single_quotes_stay_inside_the_double_quotation():
    (text, quote), = quotations("“The manifests ‘did not match’ the containers,” the report said.")
    assert text == "The manifests ‘did not match’ the containers,"
    body = make_article("“The manifests ‘did not match’ the containers,” the report said.").body
    assert [body[s.start : s.end] for s in quote.nested] == ["did not match"]


@pytest.mark.parametrize(("paragraphs", "expected"), [
    (("'We will reopen the bridge,' county engineer Lina Morven said.",), [("We will reopen the bridge,", "Lina Morven")]),
    (("'If he hadn't stopped, he'd have crashed,' Undersheriff Ivo Brandt said.",),
     [("If he hadn't stopped, he'd have crashed,", "Ivo Brandt")]),
    (("'The boys' club won't close,' Ivo Brandt said.",), [("The boys' club won't close,", "Ivo Brandt")]),
    (("Ivo Brandt, the Harlans' lawyer, said: 'We will appeal.'",), [("We will appeal.", "Ivo Brandt")]),
    (("'Will you stay?' Ivo Brandt asked.",), [("Will you stay?", "Ivo Brandt")]),
    # a named object, a name qualifying the speaker's noun: as with double marks
    (("'We will appeal,' Ivo Brandt told Anna Berg on Monday.",), [("We will appeal,", "Ivo Brandt")]),
    (("'We will appeal,' the lawyer for Ivo Brandt said.",), [("We will appeal,", "lawyer for Ivo Brandt")]),
    (("'We are looking for him and the car, 'Chief Ivo Brandt said.",),  # a closing mark set off by a space
     [("We are looking for him and the car, ", "Ivo Brandt")]),
    (("Ivo Brandt spoke at noon. 'We are looking for him and the car, 'he said.",),
     [("We are looking for him and the car, ", "Ivo Brandt")]),
    (("Ivo Brandt spoke at noon. 'We won, 'he said, 'and we are glad.'",),  # the set-off mark is not the speaker's
     [("We won, ", "Ivo Brandt"), ("and we are glad.", "Ivo Brandt")]),
    (("'We won, 'she said, 'and we are glad.'",), [("We won, ", None), ("and we are glad.", None)]),
    (("'The ferry sails at noon', Ivo Brandt said.",), [("The ferry sails at noon", "Ivo Brandt")]),
    # must stay: a sentence opening on a capital, its other words a verb's or a function word's (no title)
    (("'It is over,' Ivo Brandt said.",), [("It is over,", "Ivo Brandt")]),
    (("'No comment,' Ivo Brandt said.",), [("No comment,", "Ivo Brandt")]),
    (("'Stay in the car,' Ivo Brandt told her.",), [("Stay in the car,", "Ivo Brandt")]),
    (("'Come and see,' Ivo Brandt said.",), [("Come and see,", "Ivo Brandt")]),
    (("'We will rebuild,' says harbour mayor", "Mayor Ilse Varga met the board on Monday."), [("We will rebuild,", "harbour mayor")]),
])
def test_straight_single_marks_quote_words_closed_before_an_attribution_or_the_sentence_end(paragraphs, expected):
    assert [(text, q.speaker) for text, q in analysed_quotations(*paragraphs)] == expected


@pytest.mark.parametrize("paragraph", [
    "They don't play rock 'n' roll at the Harlans' ranch, Ivo Brandt said.",
    "In the '90s the boys' club met at O'Dwyer's bar, he said.",
    "'Tis the season, the mayor said.",
    "He sang 'tis the season' at the boys' club.",
    "The class of '09 met the class of the '90s, she said.",
    "The U.S.' allies met on Monday, she said.",
    "Mayor calls harbour deal 'a disaster'",  # a headline's marks at its end: doubtful
    "'Harbour Lights': Ivo Brandt named as new star",  # a title in marks
    "The two crews asked for 'full quiet,' and the clinic gave out no names, a nurse said.",
    "Asked about the club, she said 'no'.",
    "In the '90s, 'Keller said no' was the club's motto.",
    "'Harbour Lights' star Ivo Brandt says he will retire",  # a headline naming a title
    "Tom 'Hammer' Keller said 'we will win,' and left.",  # a nickname; marks closed on no attribution
    # one word or capitalised words only: a title or a nickname as likely as a quotation
    "They played 'Harbour Lights', Ivo Brandt said.",
    "Ivo Brandt sang 'Harbour Lights', Anna Berg said.",
    "Ivo Brandt's nickname was 'Foxy', Anna Berg said.",
    "The ship was named 'Sea Wolf,' Anna Berg said.",
    # a title with its joining words in lower case, as the entity stage reads one (reads_as_title)
    "They played 'Harbour of Lights', Ivo Brandt said.",
    "Ivo Brandt sang 'Song of the Sea', Anna Berg said.",
    "'Out of Order', Anna Berg said of the lift.",
])
def test_apostrophes_and_doubtful_straight_single_marks_quote_nothing(paragraph):
    assert quotations(paragraph) == []


def test_straight_single_marks_inside_a_double_quotation_stay_its_words():
    (text, quote), = quotations('"He said \'no\' twice, and then he left," the mayor said.')
    assert text == "He said 'no' twice, and then he left,"


def test_quotation_spanning_sentences_and_a_double_prime_closing_mark():
    found = quotations("“It failed. We checked twice.” It was the “sensor package for the TB2″ model.")
    assert [text for text, _ in found] == ["It failed. We checked twice.", "sensor package for the TB2"]


def test_open_quotation_runs_to_the_paragraph_end_and_continues_in_the_next():
    found = quotations("“We counted the boxes twice,” Varga told reporters. “Then we counted again.", "“Every one was wrong.”")
    assert [text for text, _ in found] == [
        "We counted the boxes twice,", "Then we counted again.", "Every one was wrong."]
    assert [q.speaker for _, q in found] == ["Varga"] * 3
    assert [q.inherited for _, q in found] == [False, True, True]


def test_a_stray_closing_mark_opens_nothing():
    assert quotations("He said it was a mistake in the first place.”") == []


def test_marks_around_no_words_quote_nobody():
    found = quotations('“The ferry sails at noon,” the harbour master said. Write that down. "', "Later he said the sea would be calm.")
    assert [text for text, _ in found] == ["The ferry sails at noon,"]
    assert quotations('Nothing was "" printed there, she said.') == []


def test_markup_left_in_the_text_is_no_quotation():
    found = quotations('In August, Globex added <a href="http://example.org/x">carbon consulting to its business. '
                       'Then "second one," he added.')
    assert [text for text, _ in found] == ["second one,"]


def test_ellipses_and_bracketed_insertions_are_recorded():
    (text, quote), = quotations("“Why they couldn’t put two and together [earlier] … is beyond me,” Mr. Gallagher said.")
    assert quote.ellipsis and len(quote.insertions) == 1


# --- attribution without entities ---------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker", "verb"),
    [
        ("“We expect restraint,” the Turkish foreign ministry said.", "Turkish foreign ministry", "said"),
        ("“This use was not consistent,” said Canadian Foreign Minister Marc Garneau.",
         "Canadian Foreign Minister Marc Garneau", "said"),
        ("In a statement, the Turkish Embassy in Ottawa said, \"We expect our allies to help.\"",
         "Turkish Embassy in Ottawa", "said"),
        ("Turkey voiced its “discomfort” over the embargo, according to Turkish diplomatic sources.",
         "Turkish diplomatic sources", "according to"),
        ("“It was a mistake,” Garneau added.", "Garneau", "added"),
    ],
)
def test_attribution_from_the_words_next_to_the_verb(sentence, speaker, verb):
    (_, quote), = quotations(sentence)
    assert (quote.speaker, quote.verb) == (speaker, verb)


@pytest.mark.parametrize(
    "sentence",
    [
        "Most of her clients pay nothing, according to the trust, which gave her one of its \"pioneer\" awards.",
        "Varga said she won a medal in 2011, commonly known as the \"blue ribbon.\"",
        "The mayor praised what is dubbed the \"river plan\" downtown.",
    ],
)
def test_words_in_marks_inside_a_relative_clause_or_a_naming_phrase_are_no_ones(sentence):
    (_, quote), = quotations(sentence)
    assert quote.speaker is None and quote.attribution is None


def test_the_previous_sentence_attributes_a_bare_quotation():
    found = quotations("But the report said the company cannot be held liable. “Baykar cannot be held accountable.”")
    assert (found[0][1].speaker, found[0][1].verb, found[0][1].inherited) == ("the report", "said", True)


def test_the_report_is_named_as_the_article_named_it_before():
    """``the report`` alone would read as a news report: the Globe named it a Global Affairs report."""
    found = quotations(
        "A Global Affairs report released Monday said there was evidence. The report found more.\n\n"
        "But the report said the company cannot be held liable. “Baykar cannot be held accountable.”"
    )
    assert found[-1][1].speaker == "Global Affairs report"


# --- the five reports ----------------------------------------------------------------


@pytest.fixture(scope="module")
def groups(analysis):
    return find_quotes(analysis)


@pytest.fixture(scope="module")
def bodies(bundled):
    return {article.id: article.body for article in bundled.articles}


def text_of(bodies, span) -> str:
    return bodies[span.article][span.start : span.end]


def group_with(groups, bodies, words: str):
    return next(g for g in groups if any(words in text_of(bodies, q.span) for q in g.quotes))


def test_garneau_this_use_statement_grouped_with_al_monitor_drift(groups, bodies):
    group = group_with(groups, bodies, "not consistent with Canadian foreign policy")
    assert set(group.articles) >= {"al-jazeera", "al-monitor", "eurasian-times", "the-globe-and-mail"}
    assert group.speaker == "Marc Garneau"
    assert {q.speaker for q in group.quotes} == {"Marc Garneau"}
    assert any(f.startswith("wording differs in Al-Monitor") and "use" in f for f in group.flags)
    assert any("editorial insertion in EurAsian Times" in f for f in group.flags)
    assert not any("attributed differently" in f for f in group.flags)
    globe = next(q for q in group.quotes if q.span.article == "the-globe-and-mail")
    assert globe.inherited  # the Globe puts it right after the "Following this review" quotation


def test_following_this_review_quoted_in_two_quote_styles(groups, bodies):
    group = group_with(groups, bodies, "Following this review")
    assert {q.span.article for q in group.quotes} == {"al-monitor", "the-globe-and-mail", "trt-world"}
    assert group.speaker == "Marc Garneau"
    trt = next(q for q in group.quotes if q.span.article == "trt-world")
    assert bodies["trt-world"][trt.span.start - 1] == '"'


def test_nato_ally_statement_spelling_is_not_drift(groups, bodies):
    group = group_with(groups, bodies, "Turkey is an important NATO ally")
    assert {q.span.article for q in group.quotes} == {"al-jazeera", "the-globe-and-mail", "trt-world"}
    assert {q.speaker for q in group.quotes} == {"Marc Garneau"}  # TRT's "he said" resolved
    assert not any("wording" in f for f in group.flags)  # programmes/programs, co-operation


def test_turkish_statement_quoted_twice_reported_by_the_globe_and_attributed_differently(groups, bodies):
    group = group_with(groups, bodies, "We expect our NATO allies")
    assert {q.span.article for q in group.quotes} == {"eurasian-times", "trt-world"}
    assert [s.article for s in group.reported] == ["the-globe-and-mail"]
    assert "said that it expected" in text_of(bodies, group.reported[0])
    # the embassy's statement told as indirect speech, credited in its own sentence: no copy without marks
    assert [f for f in group.flags if f.startswith("reported")] == [
        "reported as indirect speech, credited to Turkish Embassy, in The Globe and Mail"]
    assert any(f.startswith("attributed differently") for f in group.flags)


def test_every_quotation_of_the_five_reports_is_inside_its_body(groups, bundled):
    assert sum(len(g.quotes) for g in groups) >= 30
    for group in groups:
        for quote in group.quotes:
            body = bundled.article(quote.span.article).body
            assert 0 <= quote.span.start < quote.span.end <= len(body)
            assert body[quote.span.start - 1] in "\"\u201c\u2018"


# --- planted conflicts -----------------------------------------------------------------


@pytest.fixture(scope="module")
def planted_groups():
    return find_quotes(analyse(load_dossier(DATA / "quotes")))


def test_planted_speaker_conflict_drift_and_ellipsis(planted_groups):
    group = next(g for g in planted_groups if len(g.quotes) == 3)
    assert group.speaker == "Ilse Varga"
    assert "wording differs in Coastal Times: dropped \u201cclear\u201d" in group.flags
    assert "ellipsis in Dock Weekly leaves out \u201cand\u201d" in group.flags
    assert "attributed differently: Ilse Varga (Harbour Gazette, Dock Weekly); Tomas Brandt (Coastal Times)" in group.flags


def test_planted_paraphrase_is_reported_speech(planted_groups):
    group = next(g for g in planted_groups if g.reported)
    assert group.speaker == "Ilse Varga"
    assert [s.article for s in group.reported] == ["coastal-times"]


def test_planted_nested_quote_and_continuation(planted_groups):
    dock = [q for g in planted_groups for q in g.quotes if q.span.article == "dock-weekly"]
    nested = [q for q in dock if q.nested]
    assert len(nested) == 1
    assert any(q.inherited for q in dock)


def test_words_of_two_people_alike_only_in_part_are_two_sayings():
    groups = dossier_groups(
        make_article('Ilse Varga said: "I can hardly wait to get going."', 'Tom Keller said: "I can hardly wait to get started on the quays."',
                     article_id="a", outlet="Alpha"),
        make_article('Tom Keller said: "I can hardly wait to get started on the quays."', article_id="b", outlet="Beta"),
    )
    assert sorted(sorted(q.speaker for q in g.quotes) for g in groups) == [["Ilse Varga"], ["Tom Keller", "Tom Keller"]]


def test_a_phrase_in_scare_quotes_credited_to_no_one_is_no_cut_of_a_speakers_quotation():
    said = make_article('"We see the vote as a real step toward the reopening of the northern harbour," said Ilse Varga.',
                        article_id="a", outlet="Alpha")
    for sentence, joins in (('The council backs the "reopening of the northern harbour", a phrase read many ways.', False),
                            ('Ilse Varga said the vote was "a real step toward the reopening" of the harbour.', True),
                            ('She called the vote "a real step toward the reopening" of the harbour.', True)):
        groups = dossier_groups(said, make_article(sentence, article_id="b", outlet="Beta"))
        varga = next(g for g in groups if any(q.span.article == "a" for q in g.quotes))
        assert [q.span.article for q in varga.quotes] == (["a", "b"] if joins else ["a"]), sentence


def test_planted_truncation(planted_groups):
    group = next(g for g in planted_groups if g.reported)  # "Nobody is above the rules, and every operator…"
    assert "ends earlier in Dock Weekly" in group.flags
    assert {q.span.article for q in group.quotes} == {"harbour-gazette", "dock-weekly"}
    assert not any("attributed differently" in f for f in group.flags)


# --- right or silent ----------------------------------------------------------------


def analysed_quotations(*paragraphs: str):
    """``(quoted text, quote)`` of each quotation, attributed with the analysis' entities."""
    article = make_article(*paragraphs)
    analysis = analyse(Dossier(root=".", articles=(article,)))
    return [(article.text(q.span), q) for q in find_quotations(analysis, article)]


def test_a_quotation_left_open_takes_the_speaker_who_closes_it_in_the_next_paragraph():
    found = analysed_quotations(
        '"What did you see?" Eyewitness News asked.', '"Not responding.', 'She was unconscious," Anna Keller said.'
    )
    assert [(text, q.speaker) for text, q in found] == [
        ("What did you see?", "Eyewitness News"), ("Not responding.", "Anna Keller"), ("She was unconscious,", "Anna Keller")]


def test_a_quotation_runs_on_through_paragraphs_that_lost_their_opening_marks():
    found = analysed_quotations(
        'Harbour master Ilse Varga said: "Being picked is a privilege.',
        "I have loved these docks since I was a girl.",
        'I can hardly wait to begin."',
        "The board met on Monday.",
    )
    assert [(text, q.speaker, q.inherited) for text, q in found] == [
        ("Being picked is a privilege.", "Ilse Varga", False),
        ("I have loved these docks since I was a girl.", "Ilse Varga", True),
        ("I can hardly wait to begin.", "Ilse Varga", True),
    ]


def test_single_marks_in_paragraphs_a_quotation_runs_on_through_are_its_words():
    found = quotations(
        'Reports differ. "Chief Ivo Brandt told reporters that the car was gone. \'We are looking for it,\' he said.',
        "'There is an active search for this man.' The man is 38.",
        "Employees of the firm told a radio station that the man had left.",
        'His picture was handed to officers."')
    assert [text[:20] for text, _ in found] == [
        "Chief Ivo Brandt tol", "'There is an active ", "Employees of the fir", "His picture was hand"]
    assert all(q.speaker is None for _, q in found)  # not the employees a paragraph it runs on through names


def test_a_paragraph_opening_on_a_straight_mark_opens_its_own_quotation():
    found = quotations('"We counted the boxes," Varga said. "Then we counted again.', '"Every one was wrong."')
    assert [text for text, _ in found] == ["We counted the boxes,", "Then we counted again.", "Every one was wrong."]


# A mark left open at a paragraph's end: the quotation goes on when the next paragraph opens with a mark (the
# English convention) or runs on to a later closing mark; else it ends at the paragraph's end, and is none when
# its words end in their own attribution (a report's sentence behind a stray mark).

@pytest.mark.parametrize(("paragraphs", "expected"), [
    (('Harbour master Ilse Varga said: "We counted the boxes twice.', '"Then we counted again," she added.'),
     [("We counted the boxes twice.", "Ilse Varga"), ("Then we counted again,", "Ilse Varga")]),
    (('"We counted the boxes twice.', '"Then we counted again," Ilse Varga said.', "The port stayed shut."),
     [("We counted the boxes twice.", None), ("Then we counted again,", "Ilse Varga")]),
    (('"The ferry sails at noon," harbour master Ilse Varga said. "It will be full.', '\u201cBook early.\u201d'),
     [("The ferry sails at noon,", "Ilse Varga"), ("It will be full.", "Ilse Varga"), ("Book early.", "Ilse Varga")]),
])
def test_a_quotation_left_open_goes_on_in_a_paragraph_opening_with_a_mark(paragraphs, expected):
    assert [(text, q.speaker) for text, q in analysed_quotations(*paragraphs)] == expected


@pytest.mark.parametrize("paragraphs", [
    ('"A lorry overturned on the coast road on Monday, blocking it for hours, police said.', "No one was hurt."),
    ("No one was hurt.", '"Officers found the driver asleep in the cab, Sergeant Ivo Brandt said.'),
    ('The council met at noon. "The budget passed by two votes, its clerk said.', "The vote was close."),
    ('\u201cThe ferry was late again, the harbour office said.', "It sailed at noon."),
])
def test_a_mark_left_open_over_words_that_attribute_themselves_quotes_nothing(paragraphs):
    assert analysed_quotations(*paragraphs) == []


def test_an_opening_curly_mark_set_before_punctuation_closes_the_quotation():
    found = analysed_quotations("\u201cIt is settled: I will present the gala!",
                                "My thanks go to my crew and, well, that is the band playing me off \u201c, the comedian "
                                "Ann Lowe said on her feed.", "The gala is in March.")
    assert [(text.strip(), q.speaker) for text, q in found] == [
        ("It is settled: I will present the gala!", "Ann Lowe"),
        ("My thanks go to my crew and, well, that is the band playing me off", "Ann Lowe")]


def test_a_mark_left_open_with_the_attribution_before_it_is_still_a_quotation():
    found = analysed_quotations('Ivo Brandt told the radio on Monday: "We will sail at noon, whatever the weather.',
                                "The port stayed shut.")
    assert [(text, q.speaker) for text, q in found] == [("We will sail at noon, whatever the weather.", "Ivo Brandt")]


def test_a_closed_quotation_with_no_attribution_stays_a_quotation():
    found = analysed_quotations("The port stayed shut.", '"We will reopen the bridge in May."')
    assert [(text, q.speaker) for text, q in found] == [("We will reopen the bridge in May.", None)]


@pytest.mark.parametrize("alpha", [
    '"A lorry overturned on the coast road on Monday and blocked it for six hours, police in Harbourton said.',
    'Police said: "A lorry overturned on the coast road on Monday and blocked it for six hours.',
])
def test_a_mark_left_open_flags_no_report_for_the_same_words_without_marks(alpha):
    plain = "A lorry overturned on the coast road on Monday and blocked it for six hours, police in Harbourton said."
    groups = dossier_groups(make_article(alpha, "No one was hurt.", article_id="a", outlet="Alpha"),
                            make_article(plain, article_id="b", outlet="Beta"))
    assert not [g for g in groups if g.flags or g.reported]


@pytest.mark.parametrize(("paragraph", "speaker"), [
    ('"We are ready to sail again," Ivo Brandt was quoted by Northland state radio as saying.', "Ivo Brandt"),
    ('"We are ready to sail again," Ivo Brandt was quoted by the Daily Post as saying.', "Ivo Brandt"),
    ('Ivo Brandt was quoted by the Daily Post as saying: "We are ready to sail again."', "Ivo Brandt"),
    # the agent's words are no distance between the quotation and its verb
    ('"We are ready. I hope the council sees sense," Ivo Karl Brandt was quoted by Northland state television '
     'as saying.', "Ivo Karl Brandt"),
    # must stay: no agent, and the active 'quoted X as saying'
    ('"We are ready to sail again," Ivo Brandt was quoted as saying.', "Ivo Brandt"),
    ('"We are ready to sail again," the Daily Post quoted Ivo Brandt as saying.', "Ivo Brandt"),
    # an unnamed subject: no one, never the agent
    ('"We are ready to sail again," the minister was quoted by the Daily Post as saying.', None),
    # the subject read as a verb's: set beside a role, a pronoun, as having said
    ('"We are ready to sail again," Ilse Varga, the mayor, was quoted by the agency as saying.', "Ilse Varga"),
    ('"We are ready to sail again," Ivo Brandt, the mayor of Harbourton, was quoted by state media as saying.',
     "Ivo Brandt"),
    ('Ivo Brandt left the port. "We are ready to sail again," he was quoted by state radio as saying.', "Ivo Brandt"),
    ('"We are ready to sail again," Ivo Brandt was quoted by the Daily Post as having said.', "Ivo Brandt"),
    # must stay: a name qualifying the subject's noun is not the one quoted, nor is the one who quotes
    ('"We are ready to sail again," a lawyer for Ivo Brandt was quoted by the agency as saying.',
     "lawyer for Ivo Brandt"),
    ('"We are ready to sail again," the Daily Post quoted a source as saying.', "source"),
    ('"We are ready to sail again," the Daily Post quoted officials as saying.', "officials"),
    ('"We are ready to sail again," the Daily Post quoted the mayor as saying.', None),
    ('Ivo Brandt left the port. "We are ready to sail again," the agency quoted him as saying.', "Ivo Brandt"),
    ('Mayor Ivo Brandt left the port. || "We are ready to sail again," the Daily Post quoted the mayor as saying.',
     "Ivo Brandt"),
    ('Ivo Brandt met Tom Keller. "We are ready to sail again," the agency quoted him as saying.', None),
])
def test_the_one_quoted_by_an_agent_as_saying_is_the_subject_never_the_agent(paragraph, speaker):
    assert [q.speaker for _, q in analysed_quotations(*paragraph.split(" || "))] == [speaker]


def test_a_pronoun_after_another_person_opens_a_sentence_credits_no_one():
    found = analysed_quotations(
        "President Tom Keller said the talks went well. Secretary Anna Berg met the envoy on Monday.",
        "“There is a great chance to solve a world problem,” he said.",
    )
    assert found[-1][1].speaker is None


def test_a_pronoun_after_people_named_as_objects_is_resolved():
    found = analysed_quotations(
        "“We acted,” Tom Keller said. Keller noted that he had spoken with Anna Berg.", "“It was right,” he said."
    )
    assert found[-1][1].speaker == "Tom Keller"


SPOKE_FIRST = "Tom Keller spoke first. “We are ready for the vote,” {} said."


@pytest.mark.parametrize(("elsewhere", "pronoun", "speaker"), [
    # a bare "Mr. Keller" the entities merged into Tom Keller may be another Keller: his title tells nothing
    ("Mr. Keller met the board on Monday.", "she", "Tom Keller"),
    ("Mr. Tom Keller met the board on Monday.", "she", None),  # the man another report titles by his own name
    ("Mr. Tom Dale met the board on Monday.", "she", None),  # a given name the dossier's titles give a man
    ("Mr. Keller met the board on Monday.", "he", "Tom Keller"),  # a pronoun that agrees
    ("Mr. Tom Dale met the board on Monday.", "he", "Tom Keller"),
    ("Ms. Anna Dale met the board on Monday.", "she", "Tom Keller"),  # another given name tells nothing of his
    ("Mr. Keller met the board on Monday. Ms. Keller left.", "she", "Tom Keller"),  # titles at odds tell nothing
])
def test_a_pronoun_of_the_other_gender_than_the_dossier_tells_takes_no_one(elsewhere, pronoun, speaker):
    groups = _two_reports(elsewhere, SPOKE_FIRST.format(pronoun))
    (quote,) = [q for g in groups for q in g.quotes]
    assert quote.speaker == speaker


@pytest.mark.parametrize(("alpha", "beta", "speaker"), [
    # a title on a bare surname tells nothing of a full name with a given name it was merged into
    ("Mr. Keller said the port was closed.", "Anna Keller spoke on Monday. “It hurts,” she said.", "Anna Keller"),
    ("Mr. Keller said the port was closed.", "Anna Keller, his wife, spoke on Monday. “It hurts,” she said.",
     "Anna Keller"),
    ("Mrs. Keller said the port was closed.", "Tom Keller spoke on Monday. “It hurts,” he said.", "Tom Keller"),
    # must stay: a title before the full name, or on a surname no given name joins
    ("Mrs. Anna Keller said the port was closed.", "Anna Keller spoke on Monday. “It hurts,” he said.", None),
    ("Mr. Keller said the port was closed.", "Keller spoke on Monday. “It hurts,” she said.", None),
])
def test_a_title_on_a_bare_surname_tells_no_gender_of_a_merged_full_name(alpha, beta, speaker):
    (quote,) = [q for g in _two_reports(alpha, beta) for q in g.quotes]
    assert quote.speaker == speaker


@pytest.mark.parametrize(("paragraph", "speaker"), [
    # someone unnamed brought in as a subject since the person was last named may be who "he" or "she" is
    ('Anna Keller criticised the plan. Her son was there. "It hurts," he said.', None),
    ('Anna Keller said the plan was wrong, and her husband agreed. "It hurts," he said.', None),
    ('Anna Keller said her son was hurt. "It hurts," he said.', None),
    ('Tom Keller said the port was closed, and a neighbour agreed. "It hurts," she said.', None),
    ('Tom Keller said a reporter had called. "It hurts," he said.', None),
    ('Tom Keller said that his daughter was safe. "It hurts," she said.', None),
    ('Tom Keller criticised the plan. His lawyer was there. "It hurts," he said.', None),
    ('"The port is closed," Tom Keller said. A spokesman for the port declined to comment. "It hurts," he said.', None),
    # must stay: a noun of the other gender, a description that may be the person named, an apposition, an object,
    # someone brought in after the quotation
    ('Anna Keller said her son was hurt. "It hurts," she said.', "Anna Keller"),
    ('Tom Keller said his son was safe. "It hurts," he said.', "Tom Keller"),  # the speaker's own son: his topic
    ('Mr. Tom Keller criticised the plan, and his wife agreed. "It hurts," he said.', "Tom Keller"),
    ('Tom Keller said the port was closed. The mayor agreed. "It hurts," he said.', "Tom Keller"),
    ('Tom Keller, a lawyer, said the port was closed. "It hurts," he said.', "Tom Keller"),
    ('Tom Keller told a reporter that the port was closed. "It hurts," he said.', "Tom Keller"),
    ('Tom Keller met a lawyer on Monday. "It hurts," he said.', "Tom Keller"),
    ('Tom Keller said the port was closed. "It hurts," he said. His son agreed.', "Tom Keller"),
    # a compound of "woman" or "man" tells the gender too
    ('Tom Keller spoke. His spokeswoman was there. "It hurts," he said.', "Tom Keller"),
    ('Anna Keller spoke. Her spokesman was there. "It hurts," she said.', "Anna Keller"),
    ('Anna Keller spoke. Her chairman agreed. "It hurts," she said.', "Anna Keller"),
    ('Tom Keller spoke. His spokesman was there. "It hurts," he said.', None),
    ('Anna Keller spoke. Her spokeswoman was there. "It hurts," she said.', None),
    # a word for a person that is an adjective or a thing too
    ('Tom Keller said a major storm hit the port. "It hurts," he said.', "Tom Keller"),
    ('Tom Keller said a chief concern was cost. "It hurts," he said.', "Tom Keller"),
    ('Tom Keller sat down. His chair broke. "It hurts," he said.', "Tom Keller"),
])
def test_a_pronoun_after_someone_unnamed_is_brought_in_takes_no_one(paragraph, speaker):
    assert analysed_quotations(paragraph)[-1][1].speaker == speaker


def test_a_pronoun_after_two_people_named_takes_no_one_whatever_the_titles():
    groups = _two_reports("Ms. Anna Berg met the board on Monday.",
                          "Tom Keller met Anna Berg. “We are ready for the vote,” she said.")
    (quote,) = [q for g in groups for q in g.quotes]
    assert quote.speaker is None


def test_the_speaker_after_the_verb_is_the_head_of_the_phrase():
    found = analysed_quotations(
        "Mira Osk lives nearby. “They stopped to talk,” said North Kelby Vale resident Mira Osk."
    )
    assert found[0][1].speaker == "Mira Osk"


def test_a_pronoun_opening_the_clause_is_the_subject():
    found = analysed_quotations("“We will monitor it,” coach Tom Keller said.",
                                "He went on to say, “our squad never gives up.”")
    assert found[-1][1].speaker == "Tom Keller"


def test_a_bare_quotation_followed_by_an_attribution_is_not_inherited_from_before():
    found = quotations(
        "The minister said the port would reopen. “There's a great chance to solve it.” The president said so too."
    )
    assert found[0][1].speaker is None


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # a sentence in between opened by someone else, a body or a group: the bare quotation may be theirs
        ('"We did nothing wrong," Tom Keller said. Globex Corp denied the claims. "The report is false."', None),
        ('"We did nothing wrong," Tom Keller said. The company denied the claims. "The report is false."', None),
        ('"We did nothing wrong," Tom Keller said. Police disagreed. "He was driving drunk."', None),
        # opened by a pronoun or the speaker's name: the same voice goes on
        ('"We did nothing wrong," Tom Keller said. Then he smiled. "The report is false."', "Tom Keller"),
        ('"We did nothing wrong," Tom Keller said. Keller smiled. "The report is false."', "Tom Keller"),
    ],
)
def test_a_bare_quotation_inherits_only_across_sentences_of_the_same_voice(paragraph, speaker):
    *_, (_, quote) = analysed_quotations(paragraph)
    assert quote.speaker == speaker


def test_the_speaker_after_the_verb_ends_before_a_preposition():
    found = analysed_quotations("Lena Farr works nights. “It was loud,” said Lena Farr at the fuel depot.")
    assert found[0][1].speaker == "Lena Farr"


def test_initials_do_not_cut_the_source_after_according_to():
    (_, quote), = quotations("The quake was “light,” according to the U.S. Geological Survey.")
    assert quote.speaker == "U.S. Geological Survey"


def test_marks_naming_a_thing_inside_a_sentence_are_not_inherited_from_the_sentence_before():
    found = quotations("It was felt widely, according to the survey office. The “Do You Feel It?” map showed more.")
    assert found[0][1].speaker is None


def test_a_possessive_before_the_speaker_is_not_the_speaker():
    found = analysed_quotations(
        "Tom Keller was sentenced on Monday.", '"Justice was done," Keller\' nephew, Sam Keller, told reporters.'
    )
    assert found[-1][1].speaker == "Sam Keller"


def test_a_coordinated_verb_after_the_quotation_does_not_attribute_it():
    found = analysed_quotations('Tom Keller said he was innocent. Then he mumbled, "I am tired," and said nothing else.')
    assert found[-1][1].speaker == "Tom Keller"


def test_a_verb_introducing_the_quotation_beats_according_to_after_it():
    found = analysed_quotations('Tom Keller also wrote: "They would hang me," according to evidence shown in court.')
    assert found[-1][1].speaker == "Tom Keller"


def test_heard_saying_relative_pronouns_and_state_abbreviations():
    found = analysed_quotations(
        'Two voices said "OK." "Be quiet," Tom Keller was heard saying.',
        'Keller read from the files, which said he went away for "training."',
        'Anna Berg, the chief prosecutor in Dunmore County, Az. said the ruling "does not change the case."',
    )
    assert [q.speaker for _, q in found] == ["Two voices", "Tom Keller", None, "Anna Berg"]


def test_a_line_ending_on_a_colon_after_a_verb_attributes_the_quotation_on_the_next_line():
    found = analysed_quotations(
        "Harbour pilot Ilse Varga added to the messages of thanks:", '"Calm water, brave crew. Welcome home!"')
    assert [(q.speaker, q.verb) for _, q in found] == [("Ilse Varga", "added")]


def test_a_verb_before_another_quotation_of_the_line_does_not_reach_past_it_to_the_next_line():
    found = analysed_quotations(
        'Tom Keller tweeted: "A fine day for it." Meanwhile Anna Berg was pleased with the crew:', '"Brave crew!"')
    assert [q.speaker for _, q in found] == ["Tom Keller", None]


def test_a_verb_in_a_which_clause_after_the_quotation_is_not_its_attribution():
    found = analysed_quotations(
        'On the tape Tom Keller spoke of "drawing near," which officials testified was their word for it.')
    assert [(q.speaker, q.verb) for _, q in found] == [(None, None)]


@pytest.mark.parametrize(
    ("paragraph", "speakers"),
    [
        # a verb that gives the subject's own words for a thing: the words are the subject's
        ('Tom Keller described the talks as "very useful."', ["Tom Keller"]),
        ('Tom Keller again assailed the plan made by the council as "reckless" and "absurd," but left.',
         ["Tom Keller", "Tom Keller"]),
        ('The crowd cheered what Anna Berg called "a fresh start."', ["Anna Berg"]),
        ('Tom Keller defended the pilot as "a safe pair of hands" and left.', ["Tom Keller"]),
        ('The plan, which Tom Keller has referred to as "a bad bargain," failed.', ["Tom Keller"]),
        ('Tom Keller, who called himself a "harbour rat" and once sent a poem, was thrilled.', ["Tom Keller"]),
        ('HARBOURTON \u2014 Mayor Tom Keller backed the plan but kept a rule he described as "too strict."', ["Tom Keller"]),
        ('The plan put forward by Tom Keller described as "bold" failed.', [None]),
        ('Anna Berg welcomed the deal on Monday, calling it "good news for the harbour."', ["Anna Berg"]),
        # a passive, a call on the telephone, a call for something: no one's words there
        ('The plan was described as "reckless" by some.', [None]),
        ('Ms. Anna Berg and Tom Keller described the plan as "reckless."', [None]),
        ('Tom Keller called Anna Berg on Monday to ask "if I could help the board."', [None]),
        ('Tom Keller called for "a full inquiry."', [None]),
    ],
)
def test_words_a_person_gives_for_a_thing_are_that_persons(paragraph, speakers):
    found = analysed_quotations("Tom Keller and Ms. Anna Berg met the board.", paragraph)
    assert [q.speaker for _, q in found] == speakers


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ('Tom Keller also criticised the envoy Ms. Anna Berg, who said the port was "unsafe" and closed it.', "Anna Berg"),
        # the last of a list, or someone else's aide: "who" may stand for more, or for another
        ('Tom Keller met Mr. Dale and Ms. Anna Berg, who said the port was "unsafe" and closed it.', None),
        ('Tom Keller met Ms. Anna Berg\'s aide, who said the port was "unsafe" and closed it.', None),
    ],
)
def test_who_after_a_person_named_right_before_it_is_that_person(paragraph, speaker):
    *_, (_, quote) = analysed_quotations(paragraph)
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ('Ms. Anna Berg revealed that she was "over the moon" about the crew.', "Anna Berg"),
        ('"We lost the vote," Tom Keller conceded.', "Tom Keller"),
        ('Tom Keller admitted he was "not ready yet" for the race.', "Tom Keller"),
        # what is revealed or admitted, not what was said: the marks may be the reporter's
        ('Tom Keller revealed new "explosive" files on Monday.', None),
    ],
)
def test_revealing_and_admitting_report_speech_when_a_clause_or_the_words_follow(paragraph, speaker):
    *_, (_, quote) = analysed_quotations(paragraph)
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (('Mayor Anna Berg remarked in March that: "The governor heard our residents.',
          '"His visit would have met protests."'), ["Anna Berg", "Anna Berg"]),
        (('"The governor heard our residents," remarked Anna Berg, the mayor.',), ["Anna Berg"]),
        # what the remark was about: the words in marks there may be anyone's
        (('Anna Berg remarked on the "loaded pistol" jibe at the hearing.',), [None]),
        (('Ivo Brandt remarked upon her "quiet manner" in court.',), [None]),
        # "on" a day or a date says when, not what about
        (('"It is over," Anna Berg remarked on Monday.',), ["Anna Berg"]),
        (('Ivo Brandt remarked on Monday that the streets were "too quiet".',), ["Ivo Brandt"]),
        (('"It is over," Anna Berg remarked on March 3.',), ["Anna Berg"]),
        (('"It is over," Anna Berg remarked on Tuesday night.',), ["Anna Berg"]),
        (('"It is over," Anna Berg remarked on 12 May.',), ["Anna Berg"]),
        (('Anna Berg remarked on 3 "key points" of the plan.',), [None]),  # a count, no date
        (('Anna Berg remarked on Monday: "It is over."',), ["Anna Berg"]),
        # must stay: a topic after the date, a day that owns the topic, a name that starts with a month
        (('Anna Berg remarked on Monday on the "loaded pistol" jibe.',), [None]),
        (('Anna Berg remarked on Monday\'s "loaded pistol" jibe.',), [None]),
        (('Neighbours remarked on Monday night\'s "odd noise" at the shed.',), [None]),
        (('Anna Berg remarked on May Day\'s "quiet streets".',), [None]),
        (('Ivo Brandt remarked on the "quiet streets" on Monday.',), [None]),
        (('"It is over," Anna Berg said on Monday.',), ["Anna Berg"]),
        (('"It is over," Anna Berg told reporters on Monday.',), ["Anna Berg"]),
    ],
)
def test_remarked_reports_speech_but_not_what_it_remarked_on(paragraphs, speakers):
    assert [q.speaker for _, q in analysed_quotations(*paragraphs)] == speakers


def test_an_owner_named_beside_the_one_who_acted_in_the_sentence_before_is_no_rival():
    found = analysed_quotations(
        "Ms. Anna Berg was named captain.", "Mr. Tom Keller welcomed Ms. Berg's appointment, and sent a note.",
        '"I wish her all the best," he said.')
    assert found[-1][1].speaker == "Tom Keller"


def test_the_subject_of_the_clause_an_attribution_reports_is_no_rival_for_a_later_he():
    found = analysed_quotations(
        'Mr. Tom Keller spoke first. Keller said Mr. Sam Dale was on the list once but the season was wrong. '
        '"We each had one plan," he said.')
    assert found[-1][1].speaker == "Tom Keller"


def test_a_person_governed_by_a_preposition_in_the_sentence_before_is_no_rival():
    found = analysed_quotations(
        "Mr. Tom Keller described the day as a gift when named captain by Ms. Anna Berg on Monday.",
        '"I am proud," he said.')
    assert found[-1][1].speaker == "Tom Keller"


def test_a_person_named_inside_the_quotation_is_no_rival_for_the_pronoun_after_it():
    found = analysed_quotations(
        '"We will sell," Mr. Ron Dale said. Ms. Anna Berg, who chairs the board, disagreed, writing that the sale '
        '"is too soon." "Mr. Tom Keller wants to sell, and that is wrong," she said.')
    assert found[-1][1].speaker == "Anna Berg"


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a long attribution sentence, then the speaker's next paragraph of words
        (('"The ferry is late," said Ms. Anna Berg, the harbour master, at a briefing for the crews of the port.',
          '"We are working on it."'), "Anna Berg"),
        # the joint speakers named after the verb are no one else
        (('"The plan is sound," said a joint note from Mr. Tom Keller, Ms. Anna Berg and Mr. Ron Dale upon the '
          'release of the files. "We stand by every page of it."',), "Tom Keller, Anna Berg and Ron Dale"),
        # someone else named there as a clause's subject: the next words may be theirs
        (('"The ferry is late," Ms. Anna Berg said as Mr. Tom Keller arrived late to the briefing on the dock.',
          '"We are working on it."'), None),
    ],
)
def test_a_bare_quotation_after_a_long_attribution_goes_on_with_its_speaker(paragraphs, speaker):
    *_, (_, quote) = analysed_quotations(*paragraphs)
    assert quote.speaker == speaker


def test_she_is_the_named_speaker_of_the_sentence_before():
    found = analysed_quotations(
        '"We will appeal," Tom Keller said. A former member, Anna Berg, said the verdict came late. '
        'But she said it helps. "It is a kind of theft," she said.'
    )
    assert found[-1][1].speaker == "Anna Berg"


def test_the_speaker_after_the_verb_runs_past_a_title_abbreviation():
    found = analysed_quotations('"He was seeking a third man," said Brenford police Lt. Oren Holm on Monday.')
    assert found[-1][1].speaker == "Oren Holm"


def test_a_clause_joined_after_the_quotation_keeps_its_own_verb():
    found = analysed_quotations(
        'In a brief reply, the Danish government said the plan was "welcome," while the Dutch government said '
        'that it "will keep talking."'
    )
    assert [q.speaker for _, q in found] == ["Danish government", "Dutch government"]


def test_a_capitalised_verb_inside_a_sentence_is_a_name():
    found = analysed_quotations(
        'Any step by the United States to tax cheese would be a "grave error" for ties between the two old '
        'partners and their many farmers, Prime Minister Anna Berg said on Monday.'
    )
    assert found[-1][1].speaker != "Any step by the United"


def test_they_after_other_people_open_a_sentence_credits_no_one():
    found = analysed_quotations(
        "A source familiar with the talks said there would be no delay. "
        "Prime Minister Tom Keller and Trade Minister Anna Berg welcomed the news.",
        '"It reflects a fair relationship," they said in a statement.',
    )
    assert found[-1][1].speaker is None


def test_a_place_of_origin_after_the_speaker_is_not_the_speaker():
    found = analysed_quotations('Her uncle Walter Holm of Fort Kelby said later, "I am glad it is done."')
    assert found[-1][1].speaker == "Walter Holm"


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # the object of a preposition, or of a first verb, is not who speaks
        (("Tom Keller spoke on Monday.", 'A spokesman for Keller told reporters the talks were "very professional."'),
         "spokesman for Keller"),
        (("Tom Keller spoke on Monday. Anna Varga met with Mr. Keller last week and said the staff would be "
          '"truly objective."',), "Anna Varga"),
        (("Tom Keller spoke on Monday. The president has lately tried to step away from Keller, saying the "
          'aide did only a "small, small share" of his work.',), None),
        # an apposition's head, not the body in its title; a contraction of a pronoun is a pronoun
        (('Tom Keller, controller of Globex Drama, said Anna Varga was "an extraordinary actor".',), "Tom Keller"),
        (("Tom Keller spoke on Monday. Keller said he was ready. He's said the accusations are a "
          '"made-up tale."',), "Tom Keller"),
        (("The chairman, Anna Varga, who was visiting Paris when Mr. Keller spoke, said the move was "
          '"not sufficient."',), "Anna Varga"),
        (("Tom Keller ran and Anna Varga ran too.", 'They would have stayed, said Ron Dale, a consultant who '
          'worked for Keller. "They would have looked at it," he said.'), None),
        # a passive, marks inside a sentence, titles set beside a person, a relative "who"
        (("The mayor had been warned by Tom Keller that he would see crowds during his \"working visit\" there.",),
         None),
        (('Tom Keller said the plans will be "shared in good time". The trip will stop short of a formal "royal '
          'tour", which drew anger.',), None),
        (('Anna Varga, Harbour Party deputy chair and Transport Affairs spokesperson, said the trip "must not go '
          'unanswered".',), "Anna Varga"),
        (("Mr. Tom Keller works at Globex Drama Department.", 'Mr. Tom Keller, Controller, Globex Drama Department '
          'says: "We started thinking about him months ago."'), "Tom Keller"),
        # "has described himself as" gives his own words; "wrote" after the second "who" gives none
        (("Mr. Tom Keller works at Globex Drama Department.", 'Keller, who has described himself as a "born sailor" '
          'and who later wrote songs about it, was thrilled.'), "Tom Keller"),
        # the object of a first predicate, a body governed by "from" after the verb
        (('This time, the mayor told him that Mr. Keller "had broken no rule" in phoning the envoy and '
          "asked him to stop.",), None),
        (("The Norland Judiciary met.", '"These memos are significant," said a statement from the Norland Judiciary '
          "chairman and two others."), None),
    ],
)
def test_the_speaker_is_the_subject_not_a_name_inside_the_clause(paragraphs, speaker):
    found = analysed_quotations(*paragraphs)
    assert found[-1][1].speaker == speaker


_PLAN = '"The plan is dead in the water,"'


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # the object of a preposition after a title: the title's holder, or no one, speaks
        ('The envoy to the Harbour Council said the report was "a loaded pistol."', "envoy to the Harbour Council"),
        ('"The report is a loaded pistol," the envoy to the Coastal Development Bank said.', None),
        ("Norland's envoy to the Harbour Council said the report was \"a loaded pistol.\"", None),
        ('The ambassador to the Globex Fund told reporters the plan was "dead in the water."',
         "ambassador to the Globex Fund"),
        (f"{_PLAN} a source familiar with Tom Keller said.", "source familiar with Tom Keller"),
        # the object of a participle, before or after the verb
        (f"{_PLAN} a lawyer representing Tom Keller said.", "lawyer representing Tom Keller"),
        ('A lawyer representing Halden Supply said the plan was "dead in the water."', "lawyer representing Halden Supply"),
        (f"{_PLAN} said a lawyer representing Tom Keller.", "lawyer representing Tom Keller"),
        ('The plan was "dead in the water," according to a lawyer representing Tom Keller.',
         "lawyer representing Tom Keller"),
        # a name inside a relative clause
        (f"{_PLAN} a man who works with Tom Keller said.", None),
        (f"{_PLAN} a neighbour who knew Tom Keller said.", "neighbour who knew Tom Keller"),
        (f"{_PLAN} a lawyer who represents Tom Keller told reporters.", "lawyer who represents Tom Keller"),
        (f"{_PLAN} Globex Mining, which represents Tom Keller, said.", "Globex Mining"),
        ('Those who know Tom Keller say the plan is "dead in the water."', "Those who know Tom Keller"),
        (f"{_PLAN} a firm that employs Tom Keller told reporters.", "firm that employs Tom Keller"),
        ('Ron Dale met a lawyer representing Tom Keller, who said the plan was "dead in the water."', None),
        # nor is such a name the one "she" goes on from
        (f"Anna Varga criticised a lawyer representing Tom Keller. {_PLAN} she said.", "Anna Varga"),
        # a titled name after a preposition, as an untitled one
        (f"{_PLAN} the spokesman for Mayor Ilse Varga said.", "spokesman for Mayor Ilse Varga"),
        (f"{_PLAN} the partner of Chief Ivo Brandt said.", "partner of Chief Ivo Brandt"),
        (f"{_PLAN} the daughter of Mayor Ilse Varga, Anna Berg, said.", "Anna Berg"),
        # the agent of a participle after a noun: the noun speaks
        (f"{_PLAN} a worker employed by Ivo Brandt said.", "worker employed by Ivo Brandt"),
        (f"{_PLAN} the woman sued by Ivo Brandt said.", "woman sued by Ivo Brandt"),
        (f"{_PLAN} the boy taught by Anna Berg said.", "boy taught by Anna Berg"),
        ('A nurse hired by Ivo Brandt told reporters the plan was "dead in the water."', "nurse hired by Ivo Brandt"),
        (f"{_PLAN} the report commissioned by Anna Berg said.", "report commissioned by Anna Berg"),
        (f"{_PLAN} a statement obtained by the Harbour Board said.", None),
        (f"{_PLAN} a nurse sent by Ivo Brandt said.", "nurse sent by Ivo Brandt"),
        # an -ing word that is a noun too, after people or a body: a participle
        (f"{_PLAN} police questioning Ivo Brandt said.", "police questioning Ivo Brandt"),
        (f"{_PLAN} the firm marketing Ivo Brandt told reporters.", "firm marketing Ivo Brandt"),
        # the subject of a relative clause without its pronoun
        (f"{_PLAN} the man Ivo Brandt hired said.", "man Ivo Brandt hired"),
        (f"{_PLAN} the friend Ivo Brandt was staying with said.", None),
        (f"{_PLAN} the lawyer the Harbour Board hired said.", "lawyer the Harbour Board hired"),
        (f"{_PLAN} the company Ivo Brandt founded said.", "company Ivo Brandt founded"),
        (f"{_PLAN} the woman Ivo Brandt hired, Anna Berg, said.", "Anna Berg"),
        (f"{_PLAN} said the man Ivo Brandt hired.", "man Ivo Brandt hired"),
        (f"{_PLAN} said a lawyer Ivo Brandt trusts.", "lawyer Ivo Brandt trusts"),
        (f"{_PLAN} the man Anna Berg married said.", "man Anna Berg married"),
        (f"{_PLAN} a man Ivo Brandt knew well said.", "man Ivo Brandt knew well"),
        (f"{_PLAN} the man Ivo Brandt will hire said.", "man Ivo Brandt will hire"),
        (f"{_PLAN} the man Ivo Brandt saw said.", "man Ivo Brandt saw"),
        (f"{_PLAN} the man Ivo Brandt used to know said.", None),
    ],
)
def test_a_name_in_a_phrase_or_clause_qualifying_the_subject_does_not_speak(sentence, speaker):
    found = analysed_quotations(sentence)
    assert found[-1][1].speaker == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # must stay: a name set beside the title, or the name the title qualifies, speaks
        ('A spokesman for the Harbour Council said the report was "a loaded pistol."', "spokesman for the Harbour Council"),
        (f"{_PLAN} a spokesman speaking for Tom Keller told reporters.", "spokesman speaking for Tom Keller"),
        ("Norland's envoy to the Harbour Council, Ron Dale, said the report was \"a loaded pistol.\"", "Ron Dale"),
        (f"{_PLAN} the lawyer representing him, Ron Dale, said.", "Ron Dale"),
        ('The daughter of Ron Dale said the report was "a loaded pistol."', "daughter of Ron Dale"),
        (f"{_PLAN} Ron Dale, who works for Halden Supply, told a radio station.", "Ron Dale"),
        (f"{_PLAN} Anna Varga, a lawyer representing Tom Keller, said.", "Anna Varga"),
        ('Anna Varga, a lawyer representing Tom Keller, said the plan was "dead in the water."', "Anna Varga"),
        (f"{_PLAN} said Anna Varga, who represents Tom Keller.", "Anna Varga"),
        (f"{_PLAN} Anna Varga, the lawyer who represents Tom Keller, said.", "Anna Varga"),
        # a title or a participle-shaped word before the name; two people named; a body that speaks
        (f"{_PLAN} Defence Minister Anna Varga told Tom Keller.", "Anna Varga"),
        (f"{_PLAN} head of marketing Anna Varga said.", "Anna Varga"),
        (f"{_PLAN} chief operating officer Anna Varga said.", "Anna Varga"),
        (f"{_PLAN} sporting director Anna Varga said.", "Anna Varga"),
        (f"{_PLAN} the managing editor Anna Varga said.", "Anna Varga"),
        ('A smiling Anna Varga told reporters the plan was "dead in the water."', "Anna Varga"),
        (f"{_PLAN} Anna Varga and Tom Keller said.", "Anna Varga and Tom Keller"),
        ('Ron Dale believes that Anna Varga said the plan was "dead in the water."', "Anna Varga"),
        # "that" opening a reported clause, not a relative one: its subject speaks
        ('Ron Dale argued that the envoy Anna Varga said the plan was "dead in the water."', "Anna Varga"),
        ('The court heard that Anna Varga told police the plan was "dead in the water."', "Anna Varga"),
        ('When Anna Varga said the plan was "dead in the water," Tom Keller left.', "Anna Varga"),
        (f"{_PLAN} the Coastal Development Bank said.", "Coastal Development Bank"),
        ('A statement by the Coastal Development Bank said the plan was "dead in the water."',
         "Coastal Development Bank"),
        # a statement signed by someone is theirs; a title or a common noun set before the name; a verb's
        # auxiliary, an adverb, a catenative between the name and the verb
        ('A statement signed by Ivo Brandt said the plan was "dead in the water."', "Ivo Brandt"),
        (f"{_PLAN} said a statement signed by Ivo Brandt.", "Ivo Brandt"),
        (f"{_PLAN} a letter written by Anna Berg said.", "Anna Berg"),
        (f"{_PLAN} a letter sent by Anna Berg said.", "Anna Berg"),
        (f"{_PLAN} a report released by the Harbour Board said.", "Harbour Board"),
        (f"{_PLAN} the joint statement by Ivo Brandt said.", "Ivo Brandt"),
        (f"{_PLAN} the lawyer Ivo Brandt has long said.", "Ivo Brandt"),
        (f"{_PLAN} the lawyer Ivo Brandt was quoted as saying.", "Ivo Brandt"),
        (f"{_PLAN} the mayor Ivo Brandt never said.", "Ivo Brandt"),
        (f"{_PLAN} said the lawyer Ivo Brandt.", "Ivo Brandt"),
        (f"{_PLAN} said the mayor Ivo Brandt in a statement.", "Ivo Brandt"),
        (f"{_PLAN} said the lawyer Ivo Brandt, who hired Anna Berg.", "Ivo Brandt"),
        (f"{_PLAN} the lawyer Ivo Brandt said.", "Ivo Brandt"),
        (f"{_PLAN} union leader Ivo Brandt told reporters on Monday.", "Ivo Brandt"),
        (f"{_PLAN} Harbour Board chair Ivo Brandt also said.", "Ivo Brandt"),
        (f"{_PLAN} the mayor Ivo Brandt would later say.", "Ivo Brandt"),
        (f"{_PLAN} the mayor Ivo Brandt went on to say.", "Ivo Brandt"),
        (f"{_PLAN} the lawyer Ivo Brandt himself said.", "Ivo Brandt"),
        (f"{_PLAN} the lawyer Ivo Brandt of the harbour board said.", "Ivo Brandt"),
        (f"{_PLAN} Ivo Brandt was quoted as saying.", "Ivo Brandt"),
        (f"{_PLAN} Ivo Brandt, employed by the port, said.", "Ivo Brandt"),
        (f"{_PLAN} Anna Berg, who hired Ivo Brandt, said.", "Anna Berg"),
        (f"{_PLAN} Mayor Ilse Varga said.", "Ilse Varga"),
        (f"{_PLAN} an aide to Ivo Brandt said.", "aide to Ivo Brandt"),
        # a time word between the name and its verb, or after the name, is no relative clause of its own
        (f"{_PLAN} the lawyer Ivo Brandt yesterday said.", "Ivo Brandt"),
        (f"{_PLAN} the lawyer Ivo Brandt today said.", "Ivo Brandt"),
        (f"{_PLAN} the lawyer Ivo Brandt tonight said.", "Ivo Brandt"),
        (f"{_PLAN} the coach Ivo Brandt now says.", "Ivo Brandt"),
        (f"{_PLAN} the lawyer Ivo Brandt here said.", "Ivo Brandt"),
        (f"{_PLAN} the lawyer Ivo Brandt afterwards said.", "Ivo Brandt"),
        (f"{_PLAN} the lawyer Ivo Brandt once more said.", "Ivo Brandt"),
        (f"{_PLAN} coach Ivo Brandt yesterday told reporters.", "Ivo Brandt"),
        ('The lawyer Ivo Brandt yesterday said: "We will appeal."', "Ivo Brandt"),
        (f"{_PLAN} said the lawyer Ivo Brandt yesterday.", "Ivo Brandt"),
        (f"{_PLAN} said the lawyer Ivo Brandt today.", "Ivo Brandt"),
        (f"{_PLAN} said the lawyer Ivo Brandt here.", "Ivo Brandt"),
        (f"{_PLAN} said the lawyer Ivo Brandt last week.", "Ivo Brandt"),
        (f"{_PLAN} said the lawyer Ivo Brandt moments later.", "Ivo Brandt"),
        (f"{_PLAN} said coach Ivo Brandt afterwards.", "Ivo Brandt"),
        (f"{_PLAN} said the lawyer Ivo Brandt again.", "Ivo Brandt"),
        (f"{_PLAN} said the lawyer Ivo Brandt outside the court.", "Ivo Brandt"),
        # passives name no speaker
        ('The plan was called "dead in the water" by Tom Keller.', None),
        (f"{_PLAN} Anna Varga was told by Tom Keller.", None),
    ],
)
def test_a_speaker_named_as_subject_or_beside_a_qualified_title_keeps_the_words(sentence, speaker):
    found = analysed_quotations(sentence)
    assert found[-1][1].speaker == speaker


def test_a_verb_in_a_what_clause_gives_no_subject_for_a_later_pronoun():
    found = analysed_quotations(
        '"The tests will stop," the Globex News Agency said.',
        "An arms announcement from the North came one day after Norland and Sudland installed what officials "
        "said was a hotline.",
        'It also said the site would "close for good."',
    )
    assert found[-1][1].speaker in (None, "Globex News Agency")  # not a place of the "what" clause


def test_two_people_joined_by_and_speak_together():
    found = analysed_quotations(
        "Mr. Tom Keller and Ms. Anna Varga produced the show.",
        '"We are thrilled to have her host," producers Tom Keller and Anna Varga said in a statement.',
    )
    assert (found[-1][1].speaker, found[-1][1].speaker_entity) == ("Tom Keller and Anna Varga", None)


def test_a_list_of_people_speaks_together_and_a_verb_inside_a_quotation_attributes_nothing():
    found = analysed_quotations(
        "Mr. Tom Keller, Ms. Anna Varga and Mr. Ron Dale chair the committees.",
        'Keller, Varga and Dale noted that the director "never wrote that he felt threatened," adding that he '
        '"went to great lengths."',
    )
    assert [q.speaker for _, q in found] == ["Tom Keller, Anna Varga and Ron Dale"] * 2


def test_people_listed_with_semicolons_and_party_tags_speak_together():
    found = analysed_quotations(
        "Mr. Tom Keller, Ms. Anna Varga and Mr. Ron Dale chair the committees.",
        "Harbour Committee Chairman Tom Keller, R-Va.; Dock Committee Chairman Anna Varga, R-S.C.; and Port "
        'Committee Chairman Ron Dale, R-Calif., said in a shared letter that the files "add nothing new."',
    )
    assert (found[-1][1].speaker, found[-1][1].speaker_entity) == ("Tom Keller, Anna Varga and Ron Dale", None)


def test_a_job_title_set_beside_a_person_is_neither_a_name_nor_the_speaker():
    found = analysed_quotations(
        "Globex One aired the show. Anna Varga runs the channel.",
        'Anna Varga, Controller Globex One says: "He has all the genius needed to take on the role."',
    )
    assert found[-1][1].speaker == "Anna Varga"


def test_words_in_marks_inside_a_relative_clause_are_not_the_main_verbs_subjects():
    found = analysed_quotations(
        "Tom Keller, 41, who was still named on the club's home page as one of its "
        "\u201csenior coaches,\u201d had been let go in May, the police said."
    )
    assert found[-1][1].speaker is None and found[-1][1].attribution is None


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # the subject of a speech act in the sentence before, after other people opened sentences
        (('"We will see," Anna Berg said. Ron Dale spoke next. As Sudland warned on Friday that it could '
          'restart its work, Mr. Tom Keller threatened it with fines. "You will see it happen," he said.',),
         "Tom Keller"),
        (("Anna Berg spoke first. Dr. Tom Keller lamented the cost of care. \"It shouldn't be this expensive,\" "
          "he said.",), "Tom Keller"),
        (('"We won," Anna Berg said. Reached by telephone, Mr. Tom Keller declined to comment. "I will not discuss '
          'it," he said.',), "Tom Keller"),
        # a named subject again opening a sentence sets earlier rivals aside; a subordinate clause does not
        (('"We won," Tom Keller said. Anna Berg met the envoy. Keller has often dismissed the charges. He said he '
          'is "looking forward" to the trial.',), "Tom Keller"),
        (('The man fired twice, Tom Keller said. Ron Dale then left the building. As Keller talked in court, a '
          'woman sobbed. Asked whether he wanted a lawyer, he responded "Yes."',), None),
        # a person who did no speech act in the sentence before is not who "he" is
        (('"We won," Tom Keller said. Secretary Anna Berg met the envoy on Monday. "There is a great chance to '
          'solve it," he said.',), None),
    ],
)
def test_he_is_the_subject_of_the_speech_act_just_before_or_no_one(paragraphs, speaker):
    found = analysed_quotations(*paragraphs)
    assert found[-1][1].speaker == speaker


def test_a_title_opening_the_speakers_sentence_points_to_no_one_in_the_sentence_before():
    found = analysed_quotations(
        "Mr. Tom Keller was named to lead the board. Tom Keller will serve as Chief Inspector, Harbour Department "
        'of Globex. President Anna Berg said, "Care is about every family."'
    )
    assert found[-1][1].speaker == "Anna Berg"


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a passive verb reports what someone else said; a verb in a clause joined after a comma is that clause's
        (('"We won," Tom Keller said. Mr. Keller would not explain what he meant by "quite fair" when asked by a '
          "reporter, but he again voiced his wish for a truce.",), None),
        (('"It is absurd," Tom Keller said when asked by the press about the plan. "It should be torn '
          'up."',), "Tom Keller"),
        (('"We won," Tom Keller said by phone.',), "Tom Keller"),
        # a person opening a sentence between two quotations: the second is not the first one's
        (('"It is the worst deal," Anna Berg said at a town hall. "This deal is bad." Mr. Ron Dale promised more. '
          '"Day one, I will rip it to shreds."',), None),
        (('"It is the worst deal," Anna Berg said. Mr. Ron Dale promised more. "Day one, I will rip it to shreds," he '
          "repeated at a rally.",), "Ron Dale"),
        # a person named as an object between them does not break the run
        (('"Oh no, it was awful," Anna Berg told Ron Dale. "We all just stood there."',), "Anna Berg"),
    ],
)
def test_passives_later_clauses_and_a_new_subject_between_quotations_credit_no_one_wrongly(paragraphs, speaker):
    found = analysed_quotations(*paragraphs)
    assert found[-1][1].speaker == speaker


def test_the_subject_of_a_verb_reported_by_another_is_the_one_after_it():
    found = analysed_quotations(
        "Mr. Tom Keller met Ms. Anna Varga and Mayor Ida Brandt.",
        'Keller said the mayor told him, "I will always back you." Keller wrote that Varga said she had '
        '"serious doubts" about it.',
    )
    assert [q.speaker for _, q in found] == ["Ida Brandt", "Anna Varga"]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # an adverb between the speaker and the verb
        (("Mr. Ron Dale spoke first.", "Earlier, Sudland's deputy minister, Tom Keller, reportedly said: \"The "
          'deal is no longer sustainable."'), "Tom Keller"),
        # a place governed by a preposition or a possessive is not the speaker
        (("Norland and Sudland met.", "Norland's consul to the United States said the speech was worse than a "
          '"slap in the face."'), None),
        # "he" in a clause of a sentence whose subject is named: that subject, not an earlier speaker
        (('"It is a bomb," Mr. Ron Dale told reporters. As the paper reported: Prime Minister Tom Keller revealed '
          'new "dramatic" files which he claimed show the plan is "a fraud."',), "Tom Keller"),
        (('"It is a bomb," Mr. Ron Dale told reporters. After Mr. Tom Keller met Anna Berg on Monday, he said the '
          'plan was "dead."',), None),
    ],
)
def test_adverbs_governed_places_and_he_after_his_sentences_subject(paragraphs, speaker):
    found = analysed_quotations(*paragraphs)
    assert found[-1][1].speaker == speaker


def test_a_quotation_whose_sentence_names_its_own_source_after_it_inherits_nothing():
    found = quotations('"When did you hear of the meeting?" one question asks. "What was done about a pardon?" goes '
                       "another.")
    assert [q.speaker for _, q in found] == [None, None]  # "one question" is the text quoted, not who speaks


def test_two_people_named_after_the_verb_speak_together():
    found = analysed_quotations(
        "Mr. Tom Keller and Ms. Anna Varga announced the host.",
        "\u201cWe are thrilled to have her host the show,\u201d said Keller and Varga.",
    )
    assert found[-1][1].speaker == "Tom Keller and Anna Varga"


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # the sentence after an inverted attribution goes on quoting its speaker
        (('"We have to ask ourselves who the audience was," said Tom Keller, a former chief. "Was it the '
          'public?"',), "Tom Keller"),
        # "he" after a quotation of several sentences: the sentence before the quotation's opening
        (('"We won," Anna Berg said. Mr. Ron Dale spoke next. Mr. Tom Keller agreed that it was a problem. "It '
          'seems it is behind everything. Wherever there is trouble, it is behind it," he said.',), "Tom Keller"),
        # a verb joined by "but" after quotations: the sentence's subject
        (('"We won," Anna Berg said. Mr. Tom Keller said he wanted to leave "soon" but said "we want a lasting '
          'footprint."',), "Tom Keller"),
    ],
)
def test_inverted_attributions_long_quotations_and_joined_verbs_keep_their_speaker(paragraphs, speaker):
    found = analysed_quotations(*paragraphs)
    assert found[-1][1].speaker == speaker


def test_a_list_of_names_with_a_serial_comma_after_the_quotation_still_attributes_it():
    found = analysed_quotations(
        "Mr. Tom Keller, Ms. Anna Varga and Mr. Ron Dale chair the committees.",
        '"The memos show nothing new," Keller, Varga, and Dale said in a statement.',
    )
    assert found[-1][1].speaker == "Tom Keller, Anna Varga and Ron Dale"


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a title after a fronted clause: "After the vote, President X posted"
        (('"It will close," the agency added. After the vote, President Tom Keller posted on Twitter '
          'that the result was "great news." "Norland has agreed to close the mine," he said.',), "Tom Keller"),
        # an inverted attribution names the subject for a later "he"
        (("Mr. Ron Dale would have stayed, said Mr. Tom Keller, a consultant who worked for Dale.",
          '"They would have looked at it," he said.'), "Tom Keller"),
        # a name of unknown type after the verb is still its subject; a name opening a reported clause is not
        (("Mr. Ron Dale would have stayed, said Tom Marsh, a consultant who worked for Dale.",
          '"They would have looked at it," he said.'), None),
        (('"We lost," Anna Berg said. Mr. Tom Keller, 38, said Mr. Ron Dale was right.', '"It is over," he said.'),
         "Tom Keller"),
    ],
)
def test_fronted_clauses_and_inverted_attributions_name_who_he_is(paragraphs, speaker):
    found = analysed_quotations(*paragraphs)
    assert found[-1][1].speaker == speaker


# --- one report, one voice per statement ---------------------------------------------------


def dossier_groups(*articles):
    return find_quotes(analyse(Dossier(root=".", articles=articles)))


def test_a_paragraph_printed_twice_in_one_report_counts_its_quotation_once():
    repeated = "Harbour master Ilse Varga said the port “will inspect every container before it sails.”"
    groups = dossier_groups(
        make_article(repeated, "Trade rose last year.", repeated, article_id="a", outlet="Alpha"),
        make_article("“We will inspect every container before it sails,” Ilse Varga said on Monday.",
                     article_id="b", outlet="Beta"),
    )
    group = next(g for g in groups if len(g.articles) == 2)
    assert [q.span.article for q in group.quotes] == ["b", "a"]
    assert group.flags.count("ends earlier in Alpha") + group.flags.count("starts later in Alpha") <= 1
    assert len(group.flags) == len(set(group.flags))


def test_a_role_is_not_a_different_speaker_from_a_name():
    groups = dossier_groups(
        make_article("President Tom Keller wrote on Monday: “The port will reopen within a week.”",
                     article_id="a", outlet="Alpha"),
        make_article("The talks ended early.",
                     "“The port will reopen within a week, and the ships will sail again,” the president wrote.",
                     article_id="b", outlet="Beta"),
    )
    group = next(g for g in groups if len(g.articles) == 2)
    assert {q.speaker for q in group.quotes} == {"Tom Keller", None}  # a bare title is no name
    assert group.speaker == "Tom Keller"
    assert not any("attributed differently" in f for f in group.flags)


def test_a_report_that_leaves_the_speaker_unidentified_is_flagged_under_the_named_speaker():
    groups = dossier_groups(
        make_article("The tape was played in court.",
                     "“You must be there when I call on you,” a man’s voice says.",
                     article_id="a", outlet="Alpha"),
        make_article("The tape was played in court.",
                     "At one point Tom Keller tells the group, “You must be there when I call on you.”",
                     article_id="b", outlet="Beta"),
    )
    group = next(g for g in groups if len(g.articles) == 2)
    assert {q.speaker for q in group.quotes} == {"Tom Keller", "man’s voice"}
    assert "speaker unidentified in Alpha (\u201cman’s voice\u201d)" in group.flags


# --- marks that hold a name, verbs that belong to another clause ------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # a naming phrase, wherever the verb stands
        'Tom Keller spoke of a harbour project, codenamed "Lantern", that he said was dropped.',
        'Tom Keller said the files show the program, called "Project Lantern," was real.',
        'Tom Keller also notes that the memo he read out is marked as "unclassified."',
        # a title in capitals governed by a preposition
        'Tom Keller told Anna Berg on "Morning Roundup."',
        'Tom Keller said he had a small part in "The Long Night" last year.',
        # a title in capitals after the kind of work it names
        'Tom Keller said the song "Happy Days" was his favourite.',
        'In his book, "A Long Road," Tom Keller wrote about his childhood.',
        # an aside after "that" inside what an earlier verb reports: two speakers, no telling which
        'Officials confirmed that files that, Tom Keller said Monday, show the plan are "genuine."',
        # words in the first person inside a clause reported within another report: the writer's or the speaker's
        'Anna Berg wrote that as the call ended, Tom Keller told her she was "doing well and thanked me."',
        # the same in marks right after the inner verb that carry on its clause in lower case
        'Anna Berg recalls that Tom Keller liked her work, adding that Keller once said "he thought well of me."',
    ],
)
def test_marks_holding_a_name_or_words_of_another_clause_are_no_ones(sentence):
    (_, quote), = quotations(sentence)
    assert quote.speaker is None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a single word after a preposition may be a name said
        ('Tom Keller told Anna Berg to talk to "Dale," and to do it soon.', "Tom Keller"),
        # words in capitals after a preposition that are not a title
        ('Tom Keller said the plan was built on "lies and deception."', "Tom Keller"),
        ('Tom Keller said the show was "Great Fun."', "Tom Keller"),
        # an aside with no earlier verb speaks for its sentence
        ('The files, Tom Keller said Monday, are "genuine."', "Tom Keller"),
        # the first person in words introduced by the inner verb, or reported by one verb only
        ('Anna Berg wrote that Tom Keller told her, "I am well."', "Tom Keller"),
        ('Anna Berg wrote that Tom Keller "asked me to stay."', "Anna Berg"),
        ('Anna Berg wrote that Tom Keller said "I am well."', "Tom Keller"),
        ('Tom Keller said "he thought well of me."', "Tom Keller"),
        # a relative clause with a verb of its own before the main verb
        ('"We will look at it," the aide who met them said.', "aide who met them"),
    ],
)
def test_names_said_and_asides_keep_their_speaker(sentence, speaker):
    (_, quote), = quotations(sentence)
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a speech act of someone else between the verb and the marks: that person's words, which the verb reports
        ['Anna Berg said Tom Keller had described the deal as "the worst ever."'],
        ['Anna Berg told reporters that Tom Keller had called her "a liar."'],
        ['A witness told police that Tom Keller bragged to him that it was "the perfect crime."'],
        ["A witness told police that Tom Keller boasted it was 'the perfect crime.' The board met."],
        # the same before marks that end their clause, when the attribution follows them
        ['Tom Keller described the plan as "reckless," Anna Berg said.'],
        ['Asked about Tom Keller\'s claim that "the plan failed," Anna Berg said it had not.'],
        ['The ministry said the ship had been "seized lawfully," Anna Berg said.'],
        # the attribution after the marks reports a clause with a verb of speech of its own
        ['"You must resign," Anna Berg said Tom Keller told her.'],
        ['"You must resign," Anna Berg said Tom Keller had told her in private.'],
        ['"It is over," the agency said, citing officials.'],
        ['Tom Keller wrote to Anna Berg.', '"You must resign," she said he told her.'],
        ['Tom Keller told officers he "did not see" the car, police said.'],
        ['Anna Berg recalled Tom Keller telling her "you will win."'],
        ['Anna Berg said Tom Keller dismissed the claims as "nonsense."'],
        # in a relative clause before the attribution, whose subject then says something else
        ['Anna Berg, whom Tom Keller praised as "the best," said she was honoured.'],
    ],
)
def test_words_another_speech_act_owns_are_no_ones(paragraphs):
    *_, (_, quote) = quotations(*paragraphs)
    assert quote.speaker is None


@pytest.mark.parametrize(("sentence", "speaker"), [
    # "boasts" meaning "has": no speech act of the subject's, the attribution's words
    ('The town boasts "the best beach", Anna Berg said.', "Anna Berg"),
    ('The firm boasted a "world-class" team, Ivo Brandt said.', "Ivo Brandt"),
    ('The region boasts "some of the best beaches in the world," tourism chief Anna Berg said.', "Anna Berg"),
    ('Anna Berg said the club boasts "a proud history" of wins.', "Anna Berg"),
])
def test_a_verb_of_having_owns_no_words(sentence, speaker):
    assert [q.speaker for _, q in analysed_quotations(sentence)] == [speaker]


@pytest.mark.parametrize(("sentence", "speaker"), [
    # an aside ", as X said," is X's attribution whatever its verb or the kind of X, never the person before it
    ('Ivo Brandt, as Anna Berg remarked, is "a calm man".', "Anna Berg"),
    ('Ivo Brandt, as Anna Berg once remarked, was "a calm man".', "Anna Berg"),
    ('Ivo Brandt, as Anna Berg said, is "a calm man".', "Anna Berg"),
    ('Ivo Brandt, as police said, is "a calm man".', "police"),
    # must stay: a title or a role set beside the name before the verb
    ('Ivo Brandt, Harbour Board chair, said "we will appeal".', "Ivo Brandt"),
    ('Ivo Brandt, as chair of the board, said "we will appeal".', "Ivo Brandt"),
    ('Ivo Brandt, when asked, said "we will appeal".', "Ivo Brandt"),
])
def test_an_aside_attribution_credits_its_own_subject(sentence, speaker):
    assert [q.speaker for _, q in analysed_quotations(sentence)] == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('"I told him I would help," Tom Keller said he replied.', "Tom Keller"),
        ('Tom Keller called the plan a "safety fee" for the deal and said it would fail.', "Tom Keller"),
        ('Anna Berg tweeted: "It is over," Tom Keller said.', "Tom Keller"),
        # the person the attribution's speaker quotes
        ('"It is over," Anna Berg said Monday after Tom Keller testified in court.', "Anna Berg"),
        ('"It is over," Anna Berg said, quoting Tom Keller.', "Tom Keller"),
        ('"It is over," the Daily Globe quoted Anna Berg as saying.', "Anna Berg"),
        ('Tom Keller said the deal was unfair, calling it "a betrayal."', "Tom Keller"),
        ('Anna Berg said the plan will "help" and she praised the work done in "a poor town."', "Anna Berg"),
        # words between a subject and its verb that are no part of its name
        ('Her father used to say "never give up."', "father"),
        ('The old mayor went on to say "it is over."', "old mayor"),
        ('The old mayor would later say "it is over."', "old mayor"),
        ('A spokesman for Kit Will said "no."', "spokesman for Kit Will"),
        # a verb form after a determiner is a noun, no speech act of its own
        ('Tom Keller said the terms of the deal were "fair."', "Tom Keller"),
        # a speech act that ends before a comma is not the clause of the marks
        ('Tom Keller said that though Anna Berg had denied it, the truth was "obvious."', "Tom Keller"),
    ],
)
def test_the_speaker_of_a_clause_of_its_own_keeps_the_words(sentence, speaker):
    *_, (_, quote) = analysed_quotations(sentence)
    assert quote.speaker == speaker


def test_a_verb_of_a_relative_clause_after_the_marks_does_not_attribute_them():
    found = analysed_quotations(
        '"It is a bomb," Mr. Ron Dale told reporters. As the paper reported: Prime Minister Tom Keller revealed '
        'new "dramatic" files which he claimed show the plan is "a fraud."'
    )
    assert [(text, q.speaker) for text, q in found[1:]] == [("dramatic", None), ("a fraud.", "Tom Keller")]


def test_a_title_inside_the_quotation_is_no_rival_for_he():
    found = analysed_quotations(
        "Anna Berg hosts Harbour Lights. Tom Keller said he would leave in June. Keller had played the lead "
        "since 2010.",
        '"Harbour Lights has been the best time of my life. I am grateful to the crew," he wrote on the website.',
    )
    assert found[-1][1].speaker == "Tom Keller"


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a person taken up as "he" is not who "she" is
        ('Tom Keller said he was ready. "We won," he said. "It was close," he added.',
         'In a telephone interview on Monday, Anna Berg pointed out the costs. "It is too much," she told the paper.'),
        # nor is a person named with "Mr."
        ('"We won," Mr. Tom Keller said.',
         'In a telephone interview on Monday, Anna Berg pointed out the costs. "It is too much," she told the paper.'),
    ],
)
def test_she_is_not_a_person_known_as_he(paragraphs):
    found = analysed_quotations(*paragraphs)
    assert found[-1][1].speaker is None
    assert found[0][1].speaker == "Tom Keller"  # "he", or "Mr.", is Tom Keller


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # another person named as a clause's subject between the last speaker and "he": not the last speaker;
        # that person when the clause is a speech act of the sentence before, else no one
        (('"The club will be sold," said Ron Dale, editor of a fan paper. "Nobody knows when." Hopes of a '
          'quick sale were dashed, though Tom Keller hinted that talks could resume. "Buyers can come back, so '
          'it is not over," he said.',), "Tom Keller"),
        (('"We won," Ron Dale said. The vote was close, and Tom Keller conceded defeat. "It is over," he said.',),
         "Tom Keller"),
        (('"We won," Ron Dale said. The vote was close while Tom Keller counted again. "It is over," he said.',),
         None),
    ],
)
def test_he_is_not_a_speaker_before_another_person_named_as_a_clauses_subject(paragraphs, speaker):
    found = analysed_quotations(*paragraphs)
    assert found[-1][1].speaker == speaker


QUOTED_PLEDGE = "“Ruritania has agreed to halt all rocket tests and shut a big test range,” Mayor Hedda Lind wrote on Saturday."


def test_a_linked_passage_telling_the_same_fact_as_someone_else_reports_nobody_s_words():
    groups = dossier_groups(
        make_article(QUOTED_PLEDGE, article_id="a", outlet="Alpha"),
        make_article("Oskar Vell's sudden pledge that his nation will halt tests of its rockets and shut its "
                     "northern test range sounds like a victory for the mayor.", article_id="b", outlet="Beta"),
        make_article(QUOTED_PLEDGE.replace("Mayor Hedda Lind", "the mayor, Hedda Lind,"), article_id="c", outlet="Gamma"),
    )
    group = next(g for g in groups if g.speaker == "Hedda Lind")
    assert not group.reported  # the writer's own account of the leader's announcement, not the mayor's words


def test_a_linked_passage_crediting_the_speaker_reports_her_words():
    groups = dossier_groups(
        make_article(QUOTED_PLEDGE, article_id="a", outlet="Alpha"),
        make_article("Hedda Lind wrote that her nation would halt tests of its rockets and shut its northern test range.",
                     article_id="b", outlet="Beta"),
        make_article(QUOTED_PLEDGE.replace("Mayor Hedda Lind", "the mayor, Hedda Lind,"), article_id="c", outlet="Gamma"),
    )
    group = next(g for g in groups if g.speaker == "Hedda Lind")
    assert [s.article for s in group.reported] == ["b"]


def _two_reports(alpha: str, beta: str):
    return dossier_groups(make_article(alpha, article_id="a", outlet="Alpha"),
                          make_article(beta, article_id="b", outlet="Beta"))


BRIDGE = ('"We will reopen the bridge as soon as the inspectors are satisfied with the repairs," county engineer '
          'Lina Morven said on Monday.')


@pytest.mark.parametrize("beta", [
    "'We will reopen the bridge as soon as the inspectors are satisfied with the repairs,' county engineer Lina Morven said.",
    # a closing mark set off from its words, and words in marks mid-sentence: doubtful, yet the outlet's marks
    "'We will reopen the bridge as soon as the inspectors are satisfied with the repairs, 'Lina Morven said.",
    "The engineer promised 'we will reopen the bridge as soon as the inspectors are satisfied with the repairs' and left.",
])
def test_words_in_straight_single_marks_are_never_reported_without_quotation_marks(beta):
    (group,) = [g for g in _two_reports(BRIDGE, beta) if "a" in g.articles]
    assert not group.reported and not group.flags


@pytest.mark.parametrize("beta", [
    "Lina Morven said the county will reopen the bridge as soon as the inspectors are satisfied with the repairs.",
    # a nickname or a title in straight single marks is no quotation of the paraphrase's
    "Lina Morven, known as 'Lina', said the county will reopen the bridge as soon as the inspectors are satisfied "
    "with the repairs.",
    "Lina Morven, of the 'Harbour Board', said the county will reopen the bridge as soon as the inspectors are "
    "satisfied with the repairs.",
])
def test_the_same_words_credited_to_the_speaker_are_reported_as_indirect_speech(beta):
    groups = [g for g in _two_reports(BRIDGE, beta) if g.speaker]
    assert [g.flags for g in groups] == [("reported as indirect speech, credited to Lina Morven, in Beta",)]
    assert [g.reported_as for g in groups] == [("as indirect speech, credited to Lina Morven",)]


@pytest.mark.parametrize(("beta", "flag"), [
    # must change: the report's sentence names its source, a body, a pronoun, or "according to"
    ("The county roads office said it will reopen the bridge as soon as the inspectors are satisfied with the repairs.",
     "reported as indirect speech, credited to county roads office, in Beta"),
    ("Lina Morven spoke on Monday. The county will reopen the bridge as soon as the inspectors are satisfied with "
     "the repairs, she said.", "reported as indirect speech, credited to Lina Morven, in Beta"),
    ("The county will reopen the bridge as soon as the inspectors are satisfied with the repairs, according to "
     "Lina Morven.", "reported as indirect speech, credited to Lina Morven, in Beta"),
    # must stay: a copy crediting no one, the report's own voice, is flagged as words without their marks
    ("We will reopen the bridge as soon as the inspectors are satisfied with the repairs.",
     "reported without quotation marks in Beta"),
    ("The bridge will reopen as soon as the inspectors are satisfied with the repairs, a relief for the county.",
     "reported without quotation marks in Beta"),
    ("The county will reopen the bridge as soon as the inspectors are satisfied with the repairs.",
     "reported without quotation marks in Beta"),
    # must stay: the words credited to another person than the one quoted say so
    ("Tom Keller said the county will reopen the bridge as soon as the inspectors are satisfied with the repairs.",
     "reported as indirect speech, credited to Tom Keller, not Lina Morven, in Beta"),
    # must change: one person telling what the one quoted announced credits her
    ("Tom Keller said Lina Morven had announced the county will reopen the bridge as soon as the inspectors are "
     "satisfied with the repairs.", "reported as indirect speech, credited to Lina Morven, in Beta"),
])
def test_how_a_report_carries_a_quotation_outside_marks(beta, flag):
    (group,) = [g for g in _two_reports(BRIDGE, beta) if "a" in g.articles]
    assert [f for f in group.flags if f.startswith("reported")] == ([flag] if flag else [])
    assert len(group.reported_as) == len(group.reported)


OPEN_QUOTATION = (
    'Harbour master Ilse Varga said: "We began to plan the new quay two winters ago, long before the storms.',
    '"The storms only showed how badly the old one had worn.',
    "She is a patient engineer who can make an old harbour work like a new one.",
    '"We will open the quay to the ferries in the spring."',
)


def test_a_paragraph_between_two_of_one_speakers_open_quotation_is_not_flagged():
    groups = dossier_groups(
        make_article('"She is a patient engineer who can make an old harbour work like a new one," said Ilse Varga.',
                     article_id="a", outlet="Alpha"),
        make_article(*OPEN_QUOTATION, article_id="b", outlet="Beta"))
    (group,) = [g for g in groups if "a" in g.articles]
    assert not group.reported and not group.flags


@pytest.mark.parametrize("paragraphs", [
    # must stay: the paragraph after a closed quotation, or one that names a source of its own
    (OPEN_QUOTATION[0] + '"', OPEN_QUOTATION[1] + '"', *OPEN_QUOTATION[2:]),
    (*OPEN_QUOTATION[:2], "She is a patient engineer who can make an old harbour work like a new one, he wrote.",
     OPEN_QUOTATION[3]),
    (*OPEN_QUOTATION[:2], OPEN_QUOTATION[2], "The ferries will come in the spring."),
])
def test_a_paragraph_outside_an_open_quotation_is_still_reported(paragraphs):
    groups = dossier_groups(
        make_article('"She is a patient engineer who can make an old harbour work like a new one," said Ilse Varga.',
                     article_id="a", outlet="Alpha"),
        make_article(*paragraphs, article_id="b", outlet="Beta"))
    (group,) = [g for g in groups if "a" in g.articles]
    assert [s.article for s in group.reported] == ["b"]


def test_a_short_saying_on_the_same_subject_is_a_quotation_of_its_own():
    groups = _two_reports(
        '"The harbour plan is a dreadful plan. We paid for it twice. It is absurd," Mayor Ilse Varga said on Monday.',
        'Mayor Ilse Varga spoke twice. "The harbour plan is a fiasco," Varga said later.')
    (fiasco,) = [g for g in groups if "b" in g.articles]
    assert len(fiasco.quotes) == 1 and not fiasco.flags


@pytest.mark.parametrize("alpha, beta", [
    ("The EU will be exempted from the U.S. duties on steel", "The E.U. will be exempted from the US duties on steel"),
    ("the anti-dumping rules don't apply to the port's barges", "the anti dumping rules don’t apply to the port’ s barges"),
    ("We have checked every barge and we do not expect delays", "We've checked every barge and we don't expect delays"),
    ("It's clear that they can't sail until it is dredged", "It is clear that they cannot sail until it's dredged"),
])
def test_house_style_inside_the_marks_is_no_change_of_words(alpha, beta):
    analysis = analyse(Dossier(root=".", articles=(
        make_article(f'"{alpha}," the harbour board said on Monday.', article_id="a", outlet="Alpha"),
        make_article(f'"{beta}," the harbour board said.', article_id="b", outlet="Beta"))))
    (group,) = [g for g in find_quotes(analysis) if len(g.articles) == 2]
    assert not group.flags
    assert not changed_words(analysis, *group.quotes)  # nor marked in the tracker


def test_quotations_alike_are_one_wording_and_its_changed_words_are_found_with_the_analysis():
    line = '"The tolls {} be posted on the quay gates by Friday," the harbour board said.'
    analysis = analyse(Dossier(root=".", articles=tuple(
        make_article(line.format(verb), article_id=name, outlet=name.title()) for name, verb in (
            ("a", "will"), ("b", "will"), ("c", "would")))))
    (group,) = [g for g in find_quotes(analysis) if len(g.articles) == 3]
    assert [len(wording.quotes) for wording in group.wordings] == [2, 1]
    reference, changed = group.wordings
    assert not reference.changed and 0 in reference.quotes
    assert changed.changed == changed_words(analysis, group.quotes[0], group.quotes[changed.quotes[0]])
    body = analysis.dossier.article("c").body
    assert [body[op.b_start:op.b_end] for op in changed.changed] == ["would"]


def test_a_changed_word_inside_the_marks_is_still_flagged():
    groups = _two_reports('"The tolls will be posted on the quay gates by Friday," the harbour board said on Monday.',
                          '"The tolls would be posted on the quay gates by Friday," the harbour board said.')
    (group,) = [g for g in groups if len(g.articles) == 2]
    assert "wording differs in Beta: \u201cwill\u201d \u2192 \u201cwould\u201d" in group.flags


def test_a_contraction_beside_a_changed_word_is_still_flagged():
    groups = _two_reports('"We have checked every barge on the quays and we do not expect delays," the harbour board said.',
                          '"We\'ve checked every ship on the quays and we don\'t expect delays," the harbour board said.')
    (group,) = [g for g in groups if len(g.articles) == 2]
    assert list(group.flags) == ["wording differs in Beta: \u201cbarge\u201d \u2192 \u201cship\u201d"]


@pytest.mark.parametrize("beta, flag", [
    ('"Then the quays will reopen by the spring," the harbour board said.', "starts later in Beta"),
    ('"Nobody will wait long. The dredgers are at work now," the harbour board said.', "ends earlier in Beta"),
])
def test_a_version_cut_at_one_edge_says_so_not_a_swap_of_words(beta, flag):
    """The shorter version's first or last word stands against the fuller one's left-out sentences: it
    starts later or ends earlier, no word of it swapped."""
    groups = _two_reports('"Nobody will wait long. The dredgers are at work and the tugs are ready, and '
                          'the quays will reopen by the spring," the harbour board said.', beta)
    (group,) = [g for g in groups if len(g.articles) == 2]
    assert list(group.flags) == [flag]


def test_a_quotation_with_a_clarifying_parenthesis_is_the_same_quotation():
    groups = _two_reports(
        '"The ferry immediately turned towards the drifting barges and hailed them," Captain Tom Keller said.',
        '"The ferry immediately turned (its bow) towards the drifting barges and hailed them," Captain Tom Keller said.')
    (group,) = [g for g in groups if len(g.articles) == 2]
    assert group.flags == ("editorial insertion in Beta: (its bow)",)
    assert len(groups) == 1


def test_a_quotation_opening_a_word_earlier_changes_no_word():
    groups = _two_reports('Ilse Varga said the port "will join the talks on tariffs."',
                          'Ilse Varga said the port will "join the talks on tariffs next spring in the capital."')
    (group,) = [g for g in groups if len(g.articles) == 2]
    assert not any("wording" in f for f in group.flags)


@pytest.mark.parametrize("lead", ["it should have read", "it should have said", "the notice was meant to say"])
def test_a_corrected_wording_is_a_statement_of_its_own_by_who_corrects_it(lead):
    a = make_article('The ministry said in a statement, "Norland has a large stock of grain that it has kept from '
                     'its neighbours."',
                     f'Ministry officials said afterwards it had been a typing slip and that {lead} "Norland had a large '
                     'stock" of grain.', article_id="a")
    b = make_article('"Norland has a large stock of grain that it has kept from its neighbours," the ministry '
                     'statement said.', article_id="b")
    groups = analyse(Dossier(root=".", articles=(a, b))).findings.quotes
    statement = next(g for g in groups if len(g.quotes) == 2)
    correction = next(g for g in groups if "had" in a.text(g.quotes[0].span))
    assert not any("wording differs" in flag for flag in statement.flags)
    assert [q.speaker for q in correction.quotes] == ["Ministry officials"]


def test_each_flag_of_a_group_is_shown_once():
    a = make_article('"We will open the new bridge to walkers and cyclists in the spring next year," the mayor said.',
                     article_id="a")
    b = make_article('The mayor said they would open it "to walkers and cyclists in the spring" and later added '
                     'that it would be "walkers and cyclists in the spring next year" first.', article_id="b")
    for group in analyse(Dossier(root=".", articles=(a, b))).findings.quotes:
        assert len(group.flags) == len(set(group.flags)), group.flags


def test_a_quotation_printed_in_short_pieces_is_carried_by_both_reports_and_unique_to_neither():
    a = make_article("Vellport named Lena Osk its coach on Monday.",
                     '"Lena is home.', 'Lena bleeds Vellport. She bleeds Kestrel," club chair Dana Roe said.',
                     article_id="a")
    b = make_article("Dana Roe said the club had wanted Lena Osk for years.", '"Lena is home," Roe said.',
                     '"Lena bleeds Vellport.', 'She bleeds Kestrel."', article_id="b")
    analysis = analyse(Dossier(root=".", articles=(a, b)))
    bleeds = [g for g in analysis.findings.quotes if any("bleeds" in analysis.dossier.article(q.span.article).text(q.span)
                                                         for q in g.quotes)]
    assert len(bleeds) == 1 and {q.span.article for q in bleeds[0].quotes} == {"a", "b"}
    assert not any(flag.startswith(("starts later", "ends earlier")) for flag in bleeds[0].flags)
    for article in (a, b):
        assert not [s.text for s in analysis.unique_sentences(article.id) if "bleeds" in s.text or "home" in s.text]


def test_two_pieces_of_one_quotation_in_one_report_are_read_together():
    """Beta prints the whole statement in two pieces around its attribution, one word added: neither piece
    "ends earlier" nor "starts later" (its pieces together start and end where Alpha's does)."""
    groups = dossier_groups(
        make_article("“The ferry will run again by May, and every berth of the east quay will be rebuilt "
                     "before the winter storms,” harbour master Ilse Varga said.", article_id="a", outlet="Alpha"),
        make_article("“The ferry will run again by May,” harbour master Ilse Varga said. “And then every berth of "
                     "the east quay will be rebuilt before the winter storms.”", article_id="b", outlet="Beta"),
    )
    group = next(g for g in groups if {q.span.article for q in g.quotes} == {"a", "b"})
    assert len([q for q in group.quotes if q.span.article == "b"]) == 2
    assert not any(flag.startswith(("starts later", "ends earlier")) for flag in group.flags), group.flags


# --- versions of one quotation: one word more, or a changed run between the same edges -----


def test_a_short_quotation_with_a_word_inserted_is_the_named_speaker_s_misquoted():
    """Beta credits its three words to Keller; Alpha prints them with a word more, credited to no one, in a
    sentence naming him: one saying, its wording changed."""
    groups = _two_reports('The hearing ended on Friday. Tom Keller gave no long speech, only a "We are at home" line as '
                          'his last word.',
                          'The hearing ended on Friday. Captain Tom Keller spoke once. "We are home," Keller said.')
    (group,) = [g for g in groups if len(g.articles) == 2]
    assert group.speaker == "Tom Keller"
    assert list(group.flags) == ["wording differs in Beta: dropped \u201cat\u201d"]


@pytest.mark.parametrize("speaker, grouped", [("Keller", True), ("Ilse Varga", False)])
def test_a_short_quotation_with_a_word_inserted_by_the_same_speaker_is_one_saying(speaker, grouped):
    groups = _two_reports(f'The hearing ended on Friday. Captain Tom Keller spoke once. "We are at home," {speaker} told '
                          'the court before the verdict.',
                          'The hearing ended on Friday. Captain Tom Keller spoke once. "We are home," Keller said.')
    assert any(len(g.articles) == 2 for g in groups) is grouped


@pytest.mark.parametrize("alpha", [
    'The hearing ended on Friday. The crowd sang a "We are at home" song as the ferry left.',  # no one's words
    'The hearing ended on Friday. Tom Keller gave no long speech, only a "We lost home" line as his last word.',
])
def test_a_short_quotation_is_no_version_of_another_told_of_no_one_or_with_a_word_swapped(alpha):
    groups = _two_reports(alpha, 'The hearing ended on Friday. Captain Tom Keller spoke once. "We are home," Keller said.')
    assert all(len(g.articles) == 1 for g in groups)


def test_a_linked_quotation_with_a_changed_run_between_the_same_edges_is_one_statement():
    groups = _two_reports(
        'The harbour board met on Monday. "The board will close the old ferry berth on the east quay to prove its '
        'pledge to cut harbour noise," the board said.',
        'The harbour board met on Monday. It also said it would "close the old ferry berth on the east quay to '
        'guarantee quiet nights while cutting harbour noise."')
    (group,) = [g for g in groups if len(g.articles) == 2]
    assert "wording differs in Beta: \u201cprove its pledge to cut\u201d \u2192 \u201cguarantee quiet nights while " \
           "cutting\u201d" in group.flags


def test_versions_of_people_known_apart_are_two_statements():
    groups = _two_reports(
        'The harbour board met on Monday. "We will close the old ferry berth on the east quay to prove our pledge '
        'to cut harbour noise," Ilse Varga said.',
        'The harbour board met on Monday. "We will close the old ferry berth on the east quay to guarantee quiet '
        'nights while cutting harbour noise," Tom Keller said.')
    assert all(len(g.articles) == 1 for g in groups)


@pytest.mark.parametrize("a, b, versions", [
    ("we are home", "we are at home", True),
    ("we will shut the old berth on the quay to prove our pledge to halt the noise",
     "shut the old berth on the quay to guarantee quiet by halting the noise", True),
    ("we are home", "we lost home", False),  # a short quotation keeps all its words
    ("we are home", "we are not at home", False),  # two words more: too few alike
    ("we will shut the berth next spring", "we will shut the berth if the council pays", False),  # one edge alike
    ("in may we will shut the old berth on the quay", "by june we will shut the new berth on the quay", False),
    ("we will shut the berth to cut noise", "we will build a new school and a market to cut noise", False),
])
def test_versions_share_both_edges_and_most_words(a, b, versions):
    assert _versions(a.split(), b.split()) is versions


def test_a_piece_only_another_version_prints_drifts_from_nothing_in_the_reference():
    """Gamma's last piece is the close of Beta's version, which the fullest version (Alpha's) leaves out:
    no change of words is told against Alpha's."""
    groups = dossier_groups(
        make_article('The council met on Monday. "The bridge plan is a bad plan. We paid twice for it. It is absurd. '
                     'It should have never been approved," Mayor Ilse Varga said.', article_id="a", outlet="Alpha"),
        make_article('The council met on Monday. "It should never have been approved, but we will talk about it," '
                     'Mayor Ilse Varga said.', article_id="b", outlet="Beta"),
        make_article('The council met on Monday. "It is absurd. It should have never been approved," Mayor Ilse Varga '
                     'said. "But we will talk about it."', article_id="c", outlet="Gamma"))
    (group,) = [g for g in groups if len(g.articles) == 3]
    assert not any(flag.startswith("wording differs in Gamma") for flag in group.flags), group.flags


def test_one_speakers_two_sayings_differing_in_a_word_stay_two_sayings():
    """Credited to the same person and nothing else tying them, only an insertion makes two quotations one."""
    groups = dossier_groups(
        make_article('At the quay on Monday, Tom Keller said: "We will win the harbour vote."', article_id="a", outlet="Alpha"),
        make_article('Radio hosts asked about the dredging budget. Tom Keller told them: "We will lose the harbour vote."',
                     article_id="b", outlet="Beta"),
    )
    assert sorted(len(g.quotes) for g in groups) == [1, 1]


def test_a_quotation_reworded_in_another_report_is_one_saying_and_says_how():
    groups = _two_reports(
        'Few came to the hearing. "I climbed the tower stairs and lit the lamp by hand," the keeper told the court.',
        'The lighthouse reopened in May. A former keeper recalled the wreck: "I climbed up those tower stairs in '
        'pitch dark and then lit the lamp by hand," he said.')
    (group,) = [g for g in groups if len(g.articles) == 2]
    assert any(flag.startswith("wording differs") for flag in group.flags)


@pytest.mark.parametrize("a, b, reworded", [
    ("i climbed the tower stairs and lit the lamp by hand",
     "i climbed up those tower stairs in pitch dark and then lit the lamp by hand", True),
    # one topic, two sayings: the names kept, what is said of them not
    ("the harbour board will close the east quay ferry berth in spring",
     "the harbour board kept the east quay ferry berth open all winter", False),
    ("we lit the lamp", "we lit the lamp by hand", False),  # too few words to tell a rewording from a cut
])
def test_reworded_keeps_nearly_all_the_shorter_ones_words_in_order(a, b, reworded):
    assert _reworded(a.split(), b.split()) is reworded


# --- words that name no one, participles, statements from a list --------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        '"Where were you on the night of the fire?" is one question. Another asks whether anyone meant to call '
        'Mr. Ivo Halvorsen "about a settlement."',
        '"Did you speak to the harbour board?" another asks.',
        'One of the questions asks whether the mayor "knew about the permit."',
        '"Who signed the permit?" one question asks.',
    ],
)
def test_a_word_standing_in_for_a_question_or_a_list_item_is_no_speaker(paragraph):
    assert all(q.speaker is None for _, q in analysed_quotations(paragraph))


def test_a_participle_after_the_subject_attributes_and_one_after_the_quotation_goes_on_from_its_subject():
    found = analysed_quotations(
        'Council leader Dana Kerrow, D-Ore., disagreed, tweeting that the files "are proof of contempt for the law."',
        'Mr. Tom Keller noted that the audit "found nothing," adding that it "was thorough."',
        '"Be quiet," Tom Keller was heard saying.',
        'Ms. Anna Berg said she was "glad" to welcome Mr. Ron Dale to the board, adding: "He will do well."',
        'Ms. Anna Berg praised Mr. Ron Dale, adding: "He will do well."',
    )
    assert [(text, q.speaker) for text, q in found] == [
        ("are proof of contempt for the law.", "Dana Kerrow"), ("found nothing,", "Tom Keller"),
        ("was thorough.", "Tom Keller"), ("Be quiet,", "Tom Keller"), ("glad", "Anna Berg"),
        ("He will do well.", "Anna Berg"), ("He will do well.", None)]


def test_a_statement_read_or_said_from_people_is_theirs():
    found = analysed_quotations(
        '"The audit never found a breach," said a joint note from Harbour Chairman Tomas Verhoek, Finance '
        "Chairman Ilse Marwood, and Transport Chairman Piet Adema upon the release of the audit.",
        '"These files matter," said a statement from Harbour Chairman Tomas Verhoek, R-Va., and Finance Chairman '
        "Ilse Marwood, R-S.C.",
        '"We will appeal," read a letter from the Kestrel Mining Company.',
        '"Yes," read the sign.',
    )
    assert [q.speaker for _, q in found] == [
        "Tomas Verhoek, Ilse Marwood and Piet Adema", "Tomas Verhoek and Ilse Marwood", "Kestrel Mining Company", None]


def test_recounts_attributes_after_the_quotation_only():
    found = analysed_quotations(
        '"The mayor raised the permit," Mr. Tom Keller recounts in a note of May 2.',
        "Mr. Tom Keller also recounted crossing the mayor over his remark to a radio host that both towns were "
        '"rivals."',
    )
    assert [q.speaker for _, q in found] == ["Tom Keller", None]


def test_an_adverbial_pair_closing_a_subject_is_not_part_of_it():
    found = analysed_quotations("Mayor Ida Brandt opened the pier.",
                                'The memo notes that the mayor at times said "he liked the plan."')
    assert found[-1][1].speaker == "Ida Brandt"


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (("President Ann Lowe opened the bridge on Monday.", '"It is a proud day," the president said.'), "Ann Lowe"),
        (("Ed Marr, the spokesman, spoke first.", '"We are ready," the spokesman also said.'), "Ed Marr"),
        (("Vice President Ed Marr met President Ann Lowe.", '"It went well," the president said.'), "Ann Lowe"),
        # no one, or two people, given the title before: a title alone names no one
        (("The port reopened on Monday.", '"We are ready," the spokesman said.'), None),
        (("President Ann Lowe met President Ed Marr.", '"It went well," the president said.'), None),
    ],
)
def test_a_bare_title_is_the_one_person_given_that_title_or_no_one(paragraphs, speaker):
    assert analysed_quotations(*paragraphs)[-1][1].speaker == speaker


def test_a_statement_credited_to_a_group_and_to_its_members_is_shown_under_the_members():
    groups = dossier_groups(
        make_article('"The audit never showed that the harbour was at risk of closing," the Republican councillors '
                     "wrote.", article_id="a", outlet="Alpha"),
        make_article("Councillors Ann Lowe, Ed Marr and Piet Adema chair the board.",
                     '"The audit never showed that the harbour was at risk of closing," Ann Lowe, Ed Marr and '
                     "Piet Adema said.", article_id="b", outlet="Beta"),
    )
    group = next(g for g in groups if len(g.articles) == 2)
    assert {q.speaker for q in group.quotes} == {"Republican councillors", "Ann Lowe, Ed Marr and Piet Adema"}
    assert group.speaker == "Ann Lowe, Ed Marr and Piet Adema"


def test_a_participle_after_a_sentence_opening_on_he_speaks_for_whom_he_resolves_to():
    found = analysed_quotations(
        '"The files were sound," Mr. Tom Keller wrote. He later stood by sending them to Mr. Ron '
        'Dale, saying again that "most of it was sound."',
        'Ms. Anna Berg spoke first. Mr. Ron Dale left. He then defended his choice, saying that "it was sound."',
    )
    assert [q.speaker for _, q in found] == ["Tom Keller", "Tom Keller", None]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # one person named in the sentences before, as a subject: who "he" is, with no speech act
        (('Mr. Tom Keller appeared to be doubtful of such a deal. "We will see," he said.',), "Tom Keller"),
        # two people, one of them an object, two sentences back across a paragraph: no one
        (('Mr. Tom Keller mocked Mr. Ron Dale for his record. "The pact is a disaster," he said.',), None),
        # a person set beside a role as the subject of the clause reported just before: either man
        (("Police chief Ola Brekk said the driver, Tor Lind, was charged on Monday.",
          '"I did nothing wrong and I will show it," he said.'), None),
        # a person named only as an owner (Dale's pleas) of the same gender may be who speaks next: no one
        (("Mr. Tom Keller, who likes to wait, was coy about the vote. Aides said he meant to resist "
          "Mr. Ron Dale's pleas.", '"Nobody knows what I will do," he said at a joint event with Mr. Dale.'),
         None),
    ],
)
def test_he_is_the_one_person_named_as_subject_just_before_or_no_one(paragraphs, speaker):
    assert analysed_quotations(*paragraphs)[-1][1].speaker == speaker


# --- copies: a wording worked out once ---------------------------------------------------------


def test_what_the_words_alone_tell_is_worked_out_once_per_pair_of_wordings(monkeypatch):
    from reader.core.findings import quotes
    from reader.core.links.speakers import same_statement

    rows = [tuple("we will reopen the old quay by may".split()),
            tuple("we will dredge the harbour and then reopen the old quay by may".split()),
            tuple("the tide is ours and the quay is ours too".split())]
    pairs = [(a, b) for a in range(3) for b in range(3) if a != b]
    expected = [(same_statement(*sorted((" ".join(rows[a]), " ".join(rows[b])), key=len)),
                 _versions(list(rows[a]), list(rows[b])), _reworded(list(rows[a]), list(rows[b]))) for a, b in pairs]
    assert {answer for row in expected for answer in row} == {True, False}
    asked = []
    for name in ("_stem_versions", "_stem_reworded", "same_statement"):
        monkeypatch.setattr(quotes, name, lambda *args, work=getattr(quotes, name), name=name, **kw:
                            asked.append(name) or work(*args, **kw))
    said = quotes._WordsAlike(rows)
    for _copy in range(3):
        assert [(said.alike(a, b), said.versions(a, b), said.reworded(a, b)) for a, b in pairs] == expected
    # Once per pair of wordings; one statement, of texts of two lengths, once whichever is later.
    assert sorted(asked) == sorted(["_stem_versions", "_stem_reworded"] * len(pairs) + ["same_statement"] * 3)


def test_copies_of_a_quotation_and_of_its_version_in_many_reports_are_one_statement():
    said = '"We will reopen the old ferry quay by May and then dredge the harbour," Ilse Varga said.'
    changed = '"We will reopen the old ferry quay by June and then dredge the harbour," Ilse Varga said.'
    other = '"The tide was ours from the very first day of the long strike," Tom Keller said.'
    texts = [said, said, changed, said, changed, said]
    groups = dossier_groups(*(
        make_article("The harbour board met on Monday.", text, *([other] if n % 2 else []),
                     article_id=f"r{n}", outlet=f"Outlet {n}")
        for n, text in enumerate(texts)))
    assert sorted(sorted(g.articles) for g in groups) == [
        ["r0", "r1", "r2", "r3", "r4", "r5"], ["r1", "r3", "r5"]]


def test_a_quotations_drift_is_worked_out_once_per_pair_of_texts(monkeypatch):
    """Copies of a cut version drift from the reference alike, wherever each report prints it: worked out once.
    Another version's text is worked out on its own."""
    full = '"We will inspect every container before it sails, and we will publish what we find," Ilse Varga said.'
    cut = 'Ilse Varga said the port would check "every container before it sails, and we will publish what we find."'
    other = '"We will inspect every crate before it sails, and we will publish what we find," Ilse Varga said.'
    analysis = analyse(Dossier(root=".", articles=(
        make_article(full, article_id="a", outlet="Alpha"),
        make_article("Trade rose last year.", cut, article_id="b", outlet="Beta"),
        make_article("The port opened at dawn.", "Ships waited.", cut, article_id="c", outlet="Gamma"),
        make_article(other, article_id="d", outlet="Delta"))))
    quote = {q.span.article: q for found in analysis.findings.quotations.values() for q in found}
    assert quote["b"].span.start != quote["c"].span.start
    real, worked = quotes._drift_of, []
    monkeypatch.setattr(quotes, "_drift_of", lambda *args: worked.append(args) or real(*args))
    drifts = quotes._Drifts(analysis)
    assert drifts(quote["a"], quote["b"]) == drifts(quote["a"], quote["c"]) == real(analysis, quote["a"], quote["c"])
    assert drifts(quote["a"], quote["b"])[0] == ("starts later",)
    assert len(worked) == 1
    assert drifts(quote["a"], quote["d"]) == real(analysis, quote["a"], quote["d"]) != drifts(quote["a"], quote["b"])
    assert drifts(quote["d"], quote["b"]) == real(analysis, quote["d"], quote["b"]) != drifts(quote["a"], quote["b"])
    assert len(worked) == 3


def test_sentences_carrying_a_statement_are_found_in_every_copy_but_the_reports_left_out():
    """The sentence index reads a text once however many reports print it, and still finds each copy."""
    said = "The harbour council voted to dredge the northern channel before the autumn storms."
    analysis = analyse(Dossier(root=".", articles=(
        make_article(said, article_id="a", outlet="Alpha"),
        make_article("Ships waited.", said, article_id="b", outlet="Beta"),
        make_article(said, "Ships waited.", said, article_id="c", outlet="Gamma"),
        make_article("The council voted to dredge the northern channel before autumn storms.", article_id="d", outlet="Delta"),
        make_article("Fishing boats stayed in port all week.", article_id="e", outlet="Epsilon"))))
    corpus = quotes._Corpus(analysis, [], [])
    found = corpus.similar_sentences(content_words(quoted_words(said)), 0.6, {"b"})
    assert [corpus.text.sentences[n].article for n in found] == ["a", "c", "c", "d"]
    assert corpus.text.counts[next(iter(content_words(["northern"])))] == 5


def test_a_wording_is_known_gathered_in_one_cluster_until_a_copy_is_added_apart():
    """What lets a copy of a statement pass over a wording whose copies all joined its cluster."""
    wordings = Wordings([("we", "won"), ("we", "won"), ("we", "lost"), ("we", "won")], lambda row: ())
    gathered = quotes._Gathered(Partition(range(4)), wordings)
    gathered.add(0), gathered.add(1)
    assert gathered(0) is None  # two copies, apart
    gathered.join(1, 0)
    assert gathered(0) == 0  # looked at again after a join: together
    gathered.add(3)  # a third copy, in a cluster of its own
    assert gathered(0) is None
    gathered.join(3, 1)
    gathered.add(2)  # another wording leaves this one as it was
    assert gathered(0) == 0 and gathered(1) == 2


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # revealed/admitted/acknowledged/conceded before a thing, a person or someone else's words: no one's words
        (('Tom Keller revealed plans for a "super port" on Monday.',), [None]),
        (('Tom Keller revealed details of the "secret" deal.',), [None]),
        (('Tom Keller revealed "Blue Harbour," his new boat, on Monday.',), [None]),
        (('Tom Keller admitted Anna Berg to the "inner circle" last year.',), [None]),
        (('Tom Keller acknowledged fans who chanted "We love you" after the game.',), [None]),
        (('Tom Keller conceded two goals in the "derby of the year."',), [None]),
        (('Tom Keller met the board. The hospital admitted Tom Keller with "serious" burns.',), [None]),
        (('Ms. Anna Berg revealed Mr. Tom Keller\'s text: "Do not sign."',), [None]),
        # ", who said" after a name governed by a preposition or ending a "nor" list: the relative may be another's
        (('Mr. Tom Keller met the daughter of Ms. Anna Berg, who said the port was "unsafe" and closed it.',), [None]),
        (('Mr. Tom Keller met a lawyer for Ms. Anna Berg, who said the deal was "dead" on Monday.',), [None]),
        (('Mr. Tom Keller met the board. A spokesman for Ms. Anna Berg, who said the deal was "dead," left.',), [None]),
        (('Neither Mr. Tom Keller nor Ms. Anna Berg, who said the deal was "dead," came.',), [None]),
        # a headline's passive, an agent's by-phrase, a denial, another's "she", a telephone call or a meeting
        (('Tom Keller described as "a menace" by rivals', "Tom Keller met the board on Monday."), [None]),
        (('Mr. Tom Keller hailed as "a hero" after rescue', "Mr. Tom Keller met the board on Monday."), [None]),
        (('Tom Keller also described by friends as "shy" left early.',), [None]),
        (('Tom Keller met the board on Monday. Tom Keller denied he described the plan as "a farce."',), [None]),
        (('Tom Keller attacked Anna Berg over what she called "a fair deal."',), [None]),
        (('Tom Keller met the board. Tom Keller called Anna Berg "several times" last week.',), [None]),
        (('Mr. Tom Keller called Ms. Anna Berg "at least ten times" that night, police said in a report filed later. '
          'Mr. Keller called the station "twice."',), [None, None]),
        (('Tom Keller met the board. Tom Keller called the meeting "to discuss the budget" after the vote.',), [None]),
        # a line ending on a colon that is not the attribution's own: the next line's words are another's
        (("Anna Berg said she got a text from Tom Keller on Monday:", '"Do not sign anything."'), [None]),
        (("Ms. Anna Berg said she got a text from Mr. Tom Keller on Monday:", '"Do not sign anything."'), [None]),
        (("Tom Keller said the note Anna Berg left read:", '"Back at noon."'), [None]),
        (("Ms. Anna Berg said she was asked by a reporter:", '"Will you resign?"'), [None]),
        (('"We will not give up," Anna Berg said under a banner on the wall that read:', '"Never again."'),
         ["Anna Berg", None]),
        # the rest of an attribution sentence with a clause of its own: its subject may speak next
        (('"We will not give up," Ms. Anna Berg said before the crowd outside the hall chanted back at the police.',
          '"Go home!"'), ["Anna Berg", None]),
        (('"We will not give up," Ms. Anna Berg said at a briefing where a reporter from a local paper pressed her.',
          '"Will you resign?"'), ["Anna Berg", None]),
        (('"We will not give up," Anna Berg said before the crowd outside the hall chanted back.', '"Go home!"'),
         ["Anna Berg", None]),
        (('"We will not give up," Ms. Anna Berg said in a phone call with her lawyer, who then hung up on the line.',
          '"Call me back."'), ["Anna Berg", None]),
        # an owner or a person in an aside, of the same gender, may be who speaks next
        (("Mr. Tom Keller welcomed Mr. Ron Dale's return on Monday.", '"I am glad to be back," he said.'), [None]),
        (("Mr. Tom Keller read out Mr. Ron Dale's letter at the dinner.", '"I meant every word," he said.'), [None]),
        (("The board \u2014 Mr. Tom Keller among them \u2014 voted no on Monday.", '"It is wrong," he said.'), [None]),
        # the text plainly gives the speaker: kept
        (('Ms. Anna Berg revealed she had been "told to keep quiet" by the board.',), ["Anna Berg"]),
        (('Ms. Anna Berg called Mr. Tom Keller, who described the vote as "a farce," on Monday.',), ["Tom Keller"]),
        (('At the harbour on Monday, Mr. Tom Keller again described the plan as "a farce."',), ["Tom Keller"]),
        # the guards of a long attribution sentence: another reporting verb stops it, a preposition's object does not
        (('"We will not give up," Ms. Anna Berg said, and her aide added that it was late in the day for it.',
          '"Go home!"'), ["Anna Berg", None]),
        (('"We will not give up," Ms. Anna Berg said after talks with Mr. Tom Keller at the dock on Monday night.',
          '"Not ever."'), ["Anna Berg", "Anna Berg"]),
        # "called off" names nothing
        (('Tom Keller met the board. Tom Keller called off the "grand parade" on Monday.',), [None]),
    ],
)
def test_a_speaker_the_text_does_not_give_is_not_credited(paragraphs, speakers):
    assert [q.speaker for _, q in analysed_quotations(*paragraphs)] == speakers


def test_the_sentence_words_built_before_the_links_are_those_the_quotation_groups_search():
    """The pipeline builds the index of sentence words (:func:`~reader.core.findings.quotes.sentence_words`) on the
    analysis of the unlinked entities, while the links are found; the analysis the findings start from is made from it
    with the story and entities, and its quotation groups search that very index, not one built again."""
    from reader.core.findings.quotes import sentence_words
    from reader.core.model import Findings

    said = '"We will reopen the quay by May and hire forty more dock workers," Dana Mercer said on Tuesday.'
    articles = tuple(make_article(body, article_id=key) for key, body in
                     {"a": said, "b": "The harbour stayed shut.\n\n" + said, "c": said.replace("forty", "fifty")}.items())
    found = analyse(Dossier(root=".", articles=articles))
    unlinked = Analysis(dossier=found.dossier, sentences=found.sentences, entities=found.entities,
                        findings=Findings(found.findings.figures))
    index = sentence_words(unlinked)
    analysis = unlinked.replaced(entities=found.entities, story=found.story)
    assert sentence_words(analysis) is index
    assert sentence_words(analysis.replaced(links=found.links, weaker_links=found.weaker_links)) is index
    assert len(index.members) < len(index.sentences)  # the quotation printed twice alike is one class
    assert find_quotes(analysis.replaced(links=found.links), found.findings.quotations) == found.findings.quotes


@pytest.mark.parametrize(("paragraph", "speaker"), [
    # people who speak together: both, never the first or the last alone
    ('"We will appeal," Ivo Brandt and Tom Keller said.', "Ivo Brandt and Tom Keller"),
    ('"We will appeal," Ivo Brandt and Tom Keller both said.', "Ivo Brandt and Tom Keller"),
    ('"We will appeal," said Ivo Brandt and Tom Keller.', "Ivo Brandt and Tom Keller"),
    ('"We will appeal," Ivo Brandt and his wife said.', "Ivo Brandt and his wife"),
    ('"We will appeal," Ivo Brandt and two of his lawyers said.', "Ivo Brandt and two of his lawyers"),
    ('"We will appeal," Ivo Brandt and the Harbour Times said.', "Ivo Brandt and the Harbour Times"),
    ('Ivo Brandt and a friend said: "We will appeal."', "Ivo Brandt and a friend"),
    # an owner opens the speakers' noun phrase as an article does (ARTICLES_AND_OWNERS); a demonstrative, maybe a
    # conjunction, does not: no one rather than a guess
    ('"We will appeal," my colleague Ivo Brandt and Tom Keller said.', "Ivo Brandt and Tom Keller"),
    ('"We will appeal," your colleague Ivo Brandt and Tom Keller said.', "Ivo Brandt and Tom Keller"),
    ('"We will appeal," that colleague Ivo Brandt and Tom Keller said.', None),
    ('"We will appeal," the mayor and Ivo Brandt said.', "mayor and Ivo Brandt"),
    ('"We will appeal," Harbourton and Kelby said in a joint statement.', "Harbourton and Kelby"),
    ('"We will appeal," Brandt and Keller added.', "Brandt and Keller"),  # as written, whatever the names' entities
    ('"We will appeal," Ivo Brandt and Tom Keller were quoted by the agency as saying.', "Ivo Brandt and Tom Keller"),
    ("\"We will appeal,\" Tom Keller's lawyer and Ivo Brandt said.", None),  # too many words to name: no one
    # names joined to one that qualifies a noun speak no more than it: no one here
    ('"We will appeal," the lawyers for Ivo Brandt and Tom Keller said.', None),
    # must stay: the one who speaks, another beside him only in an aside or after the verb
    ('"We will appeal," Ivo Brandt, joined by Tom Keller, said.', "Ivo Brandt"),
    ('"We will appeal," Ivo Brandt, flanked by Tom Keller, said.', "Ivo Brandt"),
    ('"We will appeal," Ivo Brandt said, and Tom Keller agreed.', "Ivo Brandt"),
    ('"We will appeal," Ivo Brandt said of Tom Keller.', "Ivo Brandt"),
    ('"We will appeal," a lawyer for Tom Keller, Ivo Brandt, said.', "Ivo Brandt"),
    ('"We will appeal," Ivo Brandt, a lawyer for Tom Keller and Ilse Varga, said.', None),
    # must stay: a clause before 'and' is no speaker of its own
    ('The water fell and Ivo Brandt said: "The dam held."', "Ivo Brandt"),
    ('The river rose overnight and Ivo Brandt said: "The dam held."', "Ivo Brandt"),
    # must stay: a title joined by 'and' set beside the name before the comma is one person's
    ('Ilse Varga, Green Democrat deputy chair and Transport Affairs spokeswoman said the "harbour plan is a '
     'mistake".', "Ilse Varga"),
])
def test_people_who_speak_together_are_credited_together(paragraph, speaker):
    assert [q.speaker for _, q in analysed_quotations(paragraph)] == [speaker]


@pytest.mark.parametrize(("paragraphs", "speaker"), [
    # someone brought in unnamed whose noun is made with -man, -woman or an -ess of the pronoun's gender: either
    ("Ilse Varga spoke. A policeman agreed. || \"It hurts,\" he said.", None),
    ("Ilse Varga spoke. A waitress agreed. || \"It hurts,\" she said.", None),
    ("Ivo Brandt spoke. A gunman was seen. || \"It hurts,\" he said.", None),
    # must stay: of the other gender, a nationality, an adjective, the definite one who may be the named
    ("Ilse Varga spoke. A businessman agreed. || \"It hurts,\" she said.", "Ilse Varga"),
    ("Ivo Brandt spoke. A policewoman agreed. || \"It hurts,\" he said.", "Ivo Brandt"),
    ("Ivo Brandt spoke. His actress wife agreed. || \"It hurts,\" he said.", "Ivo Brandt"),
    ("Ivo Brandt spoke. A German agreed. || \"It hurts,\" he said.", "Ivo Brandt"),
    ("Ivo Brandt spoke. A human chain formed. || \"It hurts,\" he said.", "Ivo Brandt"),
    ("Ivo Brandt spoke. The gunman was seen. || \"It hurts,\" he said.", "Ivo Brandt"),
    # must stay silent: one who declined to comment may be who speaks next (a speech act), so either
    ("Ivo Brandt lost the case. His manager declined to comment. || \"It hurts,\" he said.", None),
])
def test_a_pronoun_takes_no_one_when_a_gendered_noun_brings_in_a_rival(paragraphs, speaker):
    assert [q.speaker for _, q in analysed_quotations(*paragraphs.split(" || "))] == [speaker]


@pytest.mark.parametrize(("paragraph", "speaker"), [
    # an adverb alone between an appositive's comma and the verb: the name before the comma speaks, not the adverb
    ('"We will appeal," Ivo Brandt, the boss, just said.', "Ivo Brandt"),
    ('"We will appeal," Ivo Brandt, the boss, simply said.', "Ivo Brandt"),
    # a title after the verb, the name set beside it: the name
    ('"We will appeal," said the mayor, Ivo Brandt.', "Ivo Brandt"),
    ('"We will appeal," said a spokesman, Ivo Brandt, who runs the port.', "Ivo Brandt"),
    # the agent of an irregular participle after a noun does not speak
    ('"We will appeal," a firm run by Ivo Brandt said.', "firm run by Ivo Brandt"),
    # must stay: a noun ending in -ly, a pronoun with an adverb, a title followed by no name
    ('"We will appeal," the family said.', "the family"),
    ('Ivo Brandt left the port. "We will appeal," he simply said.', "Ivo Brandt"),
    ('"We will appeal," said the mayor, adding that Ivo Brandt agreed.', "mayor"),
    ('"We will appeal," a statement put out by Ivo Brandt said.', "Ivo Brandt"),
])
def test_the_subject_stands_before_an_adverb_or_beside_a_title_after_the_verb(paragraph, speaker):
    assert [q.speaker for _, q in analysed_quotations(paragraph)] == [speaker]


def test_each_report_s_speakers_are_read_once_for_its_quotations_and_their_groups(bundled, monkeypatch):
    read: list[str] = []
    real = quotes._subjects_read
    monkeypatch.setattr(quotes, "_subjects_read", lambda article, *rest: read.append(article.id) or real(article, *rest))
    analysis = analyse(bundled)
    assert analysis.findings.quotes and sorted(read) == sorted(set(read))


def test_a_reader_of_the_speakers_kept_gets_them_as_first_read(analysis):
    article = analysis.dossier.articles[0]
    mentions = quotes._mentions_by_article(analysis)
    genders = quotes._known_genders(analysis, mentions)

    def speakers():
        return quotes._speakers_of(analysis, article, analysis.sentences[article.id], mentions[article.id], genders)

    first = speakers()
    first.genders["someone resolved"] = "she"  # as resolving a pronoun remembers (taken_up)
    again = speakers()
    assert "someone resolved" not in again.genders and again.subjects == first.subjects


@pytest.mark.parametrize(("paragraph", "speaker"), [
    # a fronted phrase names someone with a title, the subject after its comma has one too: the subject speaks
    ('Speaking alongside Harbour Secretary Ilse Varga, President Ivo Brandt said: "There is a great chance."',
     "Ivo Brandt"),
    ('Flanked by Port Secretary Ilse Varga, Governor Ivo Brandt said there was "a great chance."', "Ivo Brandt"),
    ('After talks with Ilse Varga, Prime Minister Ivo Brandt told reporters: "We agreed."', "Ivo Brandt"),
    # the subject a bare title: not the name the fronted phrase gave (nor the title "president" it never had)
    ('Speaking alongside Harbour Secretary Ilse Varga, the president said: "There is a great chance."', None),
    # must stay: a title set after a comma points to the person who opens the sentence
    ('Ilse Varga, the mayor said: "We will rebuild."', "Ilse Varga"),
    ('Ilse Varga, Controller Harbour Two says: "We will rebuild."', "Ilse Varga"),
    ('The town hired Ivo Brandt, the spokesman, last year. "We will rebuild," the spokesman said.', "Ivo Brandt"),
])
def test_a_name_in_a_fronted_phrase_is_not_the_subject_a_title_opens(paragraph, speaker):
    assert [q.speaker for _, q in analysed_quotations(paragraph)] == [speaker]


@pytest.mark.parametrize(("paragraph", "speaker"), [
    # a participle right after a name or a noun for people is theirs, not the sentence's subject's
    ('Ivo Brandt recalled Ilse Varga saying "Leave the port now."', "Ilse Varga"),
    ('Ivo Brandt recalled his mother saying "Leave the port now."', None),
    ('Ivo Brandt heard the men saying "Leave the port now."', None),
    # must stay: a participle after a comma, a preposition or a day goes on from the sentence's subject
    ('Ivo Brandt left the room, saying "Leave the port now."', "Ivo Brandt"),
    ('Ivo Brandt ended the call by saying "Leave the port now."', "Ivo Brandt"),
    ('Ivo Brandt spoke on Tuesday saying "Leave the port now."', "Ivo Brandt"),
    ('Ivo Brandt remembered Ilse Varga saying: "Leave the port now."', "Ilse Varga"),
])
def test_a_participle_after_a_name_or_people_speaks_for_them(paragraph, speaker):
    assert [q.speaker for _, q in analysed_quotations(paragraph)] == [speaker]


@pytest.mark.parametrize(("paragraph", "speaker"), [
    # words a raised voice brings in, inside a clause someone reports, are the shouter's: no one named
    ('Ivo Brandt said a man was shouting "Leave the port now."', None),
    ('Witnesses said the gunman was yelling "Get down" as he fired.', None),
    ('Witnesses said they heard the man screaming, "Get down!"', None),
    ('Ivo Brandt said the crowd was chanting: "Close the port."', None),
    ('The crowd chanted "Close the port," Ivo Brandt said.', None),
    ('Ilse Varga said she heard a man yell "Get down!"', None),
    ('Ilse Varga said protesters chant "Close the port" every day.', None),
    ('Ilse Varga said her son texted her: "I am safe."', None),
    # must stay: the one who raises the voice, when the verb is the attribution's own
    ('Ivo Brandt shouted: "Leave the port now."', "Ivo Brandt"),
    ('Ivo Brandt shouted at the crowd, "Leave the port now."', "Ivo Brandt"),
    ('Ivo Brandt said so, shouting "Leave the port now."', "Ivo Brandt"),
])
def test_words_a_raised_voice_or_a_message_brings_in_are_not_the_reporters(paragraph, speaker):
    assert [q.speaker for _, q in analysed_quotations(paragraph)] == [speaker]


@pytest.mark.parametrize(("paragraphs", "speaker"), [
    # an answer to one who spoke to the answerer is not that speaker's: no one, as the gender is not known
    ('"We will not sail," Ivo Brandt told Ilse Varga. "Then we will sue," she replied.', None),
    ('"We will not sail," Ivo Brandt told Ilse Varga. || "Then we will sue," she responded.', None),
    # a person cited is a source of what the reporter says, in words that may be the reporter's own
    ('"We will not sail," the agency said, citing Ivo Brandt.', None),
    # must stay: an answer after no one was addressed, a reply named, and the person quoted
    ('Ivo Brandt was asked about the port. || "We will not sail," he replied.', "Ivo Brandt"),
    ('"We will not sail," Ivo Brandt told Ilse Varga. "Then we will sue," Varga replied.', "Ilse Varga"),
    ('"We will not sail," the agency said, quoting Ivo Brandt.', "Ivo Brandt"),
])
def test_a_reply_is_not_the_addressers_and_a_cited_source_says_no_words(paragraphs, speaker):
    assert analysed_quotations(*paragraphs.split(" || "))[-1][1].speaker == speaker


@pytest.mark.parametrize("paragraph", [
    # a capitalised word right before the participle that names no person: the participle is the subject's
    'Ivo Brandt spoke to reporters in Kelby saying "We will rebuild the port."',
    'Ivo Brandt wrote on Twitter saying "We will rebuild the port."',
    'Ivo Brandt addressed Parliament saying "We will rebuild the port."',
    'Ivo Brandt spoke on Christmas Eve saying "We will rebuild the port."',
    'Ivo Brandt issued a statement through the UN saying "We will rebuild the port."',
])
def test_a_participle_after_a_name_of_no_person_speaks_for_the_subject(paragraph):
    assert [q.speaker for _, q in analysed_quotations(paragraph)] == ["Ivo Brandt"]


@pytest.mark.parametrize(("paragraph", "speaker"), [
    # a participle right after the people a verb of address speaks to is the subject's: they are spoken to
    ('Ivo Brandt addressed reporters saying "We will rebuild the port."', "Ivo Brandt"),
    ('Ivo Brandt spoke to residents saying "We will rebuild the port."', "Ivo Brandt"),
    ('Ivo Brandt told Ilse Varga saying "We will rebuild the port."', "Ivo Brandt"),
    ('Ivo Brandt told the crowd chanting outside: "Go home."', "Ivo Brandt"),
    ('Ivo Brandt told the angry crowd chanting outside: "Go home."', "Ivo Brandt"),
    # must stay: a verb of hearing, or a clause of its own after the address, gives the words to those named there
    ('Ivo Brandt listened to a man saying "We will rebuild the port."', None),
    ('Ivo Brandt told reporters the crowd was chanting: "Go home."', None),
    ('Ivo Brandt told reporters a man was shouting: "Go home."', None),
])
def test_a_participle_after_people_the_subject_addresses_speaks_for_the_subject(paragraph, speaker):
    assert [q.speaker for _, q in analysed_quotations(paragraph)] == [speaker]


@pytest.mark.parametrize(("paragraph", "speaker"), [
    # a name in a phrase that opens the sentence on a participle or a preposition is not the subject after its comma
    ('Standing beside Ilse Varga, Brandt, the mayor, said: "We agreed."', "Brandt"),
    ('Flanked by Ilse Varga and Tom Dale, Ivo Brandt said: "We agreed."', "Ivo Brandt"),
    # must stay: the sentence opens on its subject, or a name alone before the comma of an age
    ('Ilse Varga, standing beside Ivo Brandt, said: "We agreed."', "Ilse Varga"),
    ('Ilse Varga and Ivo Brandt said in a joint statement: "We agreed."', "Ilse Varga and Ivo Brandt"),
    ('Harbour master Ilse Varga, 54, said: "We agreed."', "Ilse Varga"),
])
def test_a_name_in_a_fronted_phrase_is_not_the_speaker_when_the_subject_has_a_title_after_it(paragraph, speaker):
    assert [q.speaker for _, q in analysed_quotations(paragraph)] == [speaker]


@pytest.mark.parametrize(("paragraph", "speaker"), [
    # a clause a subordinating word opens after the attribution: with a subject of its own, either may speak
    ('Ivo Brandt said after protesters shouted at him: "We will not be moved."', None),
    ('Ivo Brandt said after reporters asked him about the port: "It is fine."', None),
    ('Ivo Brandt said, after protesters shouted at him: "We will not be moved."', None),
    ('Ivo Brandt said on Monday after protesters shouted at him: "We will not be moved."', None),
    # with none (a passive), the attribution's subject speaks; "when" names no one
    ('Ivo Brandt said when asked about the port: "It is fine."', "Ivo Brandt"),
    # must stay: no attribution before the clause, whose speaker speaks (named or not)
    ('Ivo Brandt smiled when Ilse Varga said: "Go home."', "Ilse Varga"),
    ('Ilse Varga smiled when reporters asked: "Why now?"', "reporters"),
    ('Ivo Brandt left after Ilse Varga told him: "Go home."', "Ilse Varga"),
    # a comma closes the clause before the attribution's verb
    ('Tom Dale said nothing after officers came, Ivo Brandt said, describing him as "calm."', "Ivo Brandt"),
])
def test_a_clause_after_the_verb_does_not_name_the_speaker(paragraph, speaker):
    assert [q.speaker for _, q in analysed_quotations(paragraph)] == [speaker]


@pytest.mark.parametrize(("paragraph", "speaker"), [
    # a message or a name the attribution's subject gives in the clause it reports, as "he": the subject's words
    ('Ivo Brandt told reporters he had texted the minister: "We need help."', "Ivo Brandt"),
    ('Ivo Brandt said he called the minister "a liar."', "Ivo Brandt"),
    # must stay: a passive (the accuser's words), an object of the other gender, another person named
    ('Ivo Brandt said he was accused of being "a thief."', None),
    ('Ivo Brandt said she had texted him: "I am safe."', None),
    ('Ilse Varga said he had texted her: "I am safe."', None),
    ('Ivo Brandt told Ilse Varga he had texted the minister: "We need help."', None),
    ('Ivo Brandt denied he had called the minister "a liar."', None),
])
def test_a_speech_act_of_the_attributions_own_subject_keeps_the_words_its(paragraph, speaker):
    assert [q.speaker for _, q in analysed_quotations(paragraph)] == [speaker]


@pytest.mark.parametrize(("paragraph", "speaker"), [
    # a participle of a speech act right after a name or people: their words, not the recaller's (no one named)
    ('Ivo Brandt recalled Ilse Varga warning: "The cranes will fall."', None),
    ('Ivo Brandt recalled the workers pleading: "Do not close it."', None),
    # must stay: after the people addressed, a comma or a thing, the participle goes on from the subject
    ('Ivo Brandt wrote to the minister warning: "The cranes will fall."', "Ivo Brandt"),
    ('Ivo Brandt said on Monday, warning that "the cranes will fall."', "Ivo Brandt"),
    ('Ivo Brandt said the cranes were "unsafe," asking the board to act.', "Ivo Brandt"),
])
def test_a_speech_participle_after_people_gives_them_the_words(paragraph, speaker):
    assert [q.speaker for _, q in analysed_quotations(paragraph)] == [speaker]


@pytest.mark.parametrize(("paragraph", "speaker"), [
    # people joined by "and" speak together across an aside before their verb, not the first alone
    ('Ivo Brandt and Ilse Varga, speaking together, said: "We agreed."', "Ivo Brandt and Ilse Varga"),
    ('Ivo Brandt and Ilse Varga, who met on Monday, said: "We agreed."', "Ivo Brandt and Ilse Varga"),
    # must stay: an owner set beside the speaker, an object joined before a clause of its own
    ('Ivo Brandt, Ilse Varga\'s lawyer, said: "We agreed."', "Ivo Brandt"),
    ('Ivo Brandt, who thanked Ilse Varga and Tom Dale, said: "We agreed."', "Ivo Brandt"),
    ('Ivo Brandt met Ilse Varga, the mayor, and said: "We agreed."', "Ivo Brandt"),
])
def test_people_joined_before_an_aside_speak_together(paragraph, speaker):
    assert [q.speaker for _, q in analysed_quotations(paragraph)] == [speaker]


@pytest.mark.parametrize(("paragraphs", "speaker"), [
    # after one told a person, "she said" may be either of them: no one, unless a title tells them apart
    ('"I am done," Ivo Brandt told Ilse Varga. || "Then go," she said.', None),
    ('Ivo Brandt told Ilse Varga he was done. || "Then go," she said.', None),
    # must stay: the one told is of the other gender, or no person was told
    ('"I am done," Ivo Brandt told Ms. Ilse Varga. || "I will leave tomorrow," he said.', "Ivo Brandt"),
    ('"I am done," Ivo Brandt told reporters. || "I will leave tomorrow," he said.', "Ivo Brandt"),
])
def test_a_pronoun_after_one_told_a_person_is_either_of_them(paragraphs, speaker):
    assert analysed_quotations(*paragraphs.split(" || "))[-1][1].speaker == speaker


@pytest.mark.parametrize(("paragraph", "speaker"), [
    # what someone had written, inside a clause another reports, is the writer's: not the reporter's
    ('Prosecutors said Ivo Brandt had written in a letter: "I did it."', None),
    # must stay: a participle after a noun says who wrote the thing the sentence's subject reports
    ('Ilse Varga tweeted that the memos written by Ivo Brandt "show clearly" that he lied.', "Ilse Varga"),
])
def test_what_someone_had_written_is_theirs(paragraph, speaker):
    assert [q.speaker for _, q in analysed_quotations(paragraph)] == [speaker]
