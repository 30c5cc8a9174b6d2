"""Grammar cues of passage units (reader.core.links.grammar) on made-up reports."""

from __future__ import annotations

from reader.core.links.units import clause_ranges, verb_indexes
from reader.core.links.grammar import gerund, only_verb
from reader.core.model import Span
from reader.core.tokens import tokenize

from .test_align import STORM, _linked, _span, _write_reports


def test_an_ing_word_after_a_preposition_is_a_verb_only_when_english_has_no_such_noun():
    assert only_verb("speeding") and only_verb("apprehending")
    assert not only_verb("building") and not only_verb("meeting") and not only_verb("speed")
    tokens = tokenize("He was stopped for speeding near the building after meeting the mayor.")
    assert [tokens[i].text for i in range(len(tokens)) if gerund(tokens, i)] == ["speeding"]
    tokens = tokenize("Six weeks of fierce fighting ended in a truce on the island.")
    assert [tokens[i].text for i in range(len(tokens)) if gerund(tokens, i)] == ["fighting"]


def test_an_adverb_between_to_and_its_verb_is_no_verb():
    tokens = tokenize("The governor was considering whether to permanently exclude the boats.")
    assert [tokens[i].text for i in sorted(verb_indexes(tokens))] == ["considering", "exclude"]


def test_each_way_a_word_reads_as_a_verb_and_words_that_read_as_none():
    # after an auxiliary (taking), a function word ending a phrase read as a verb (over), in -ed (resigned, named,
    # past "not yet"), an irregular form (ran, sank), a noun ending one (call); not an -ing word after no
    # preposition of a gerund (speeding past), nor the phrase's first word (phone) or a word after an article
    def verbs(text):
        tokens = tokenize(text)
        return [tokens[i].text for i in sorted(verb_indexes(tokens))]

    assert verbs("Morrow is taking over from Ashcombe, who quietly resigned, and the board has not yet named a "
                 "deputy.") == ["taking", "over", "resigned", "named"]
    assert verbs("The ferry ran aground after speeding past the harbour lights, officials said on Monday.") == ["ran"]
    assert verbs("The harbour master made a phone call to the coast guard before the ferry sank.") == ["call", "sank"]


def test_a_gerund_tells_the_same_happening_as_the_verb_it_paraphrases(tmp_path):
    """Two reports say the player was speeding, a third that he was pulled over for speeding and more: the
    shared verb makes it the same statement, and it joins their link."""
    tokens = tokenize("Brandt was flagged down for speeding late Saturday.")
    assert any(tokens[i].text == "speeding" for i in verb_indexes(tokens))
    dossier, links = _write_reports(tmp_path, {
        "first": f"{STORM}\n\nOla Brandt was arrested late Saturday after he was speeding on the ring road, the highway "
        "patrol said.",
        "second": f"{STORM}\n\nBrandt was flagged down for speeding late Saturday on a motorway beyond the city limits in "
        "a grey sports coupe hired from a Velden dealer, police said.",
        "third": f"{STORM}\n\nOla Brandt was detained late on Saturday after he was speeding on the ring road, the patrol said.",
    })
    assert _linked(links, _span(dossier, "first", "Ola Brandt was"), _span(dossier, "second", "Brandt was flagged"))


def _pieces(text: str) -> list[str]:
    tokens = tokenize(text)
    return [text[tokens[a].start : tokens[b - 1].end] for a, b in clause_ranges(tokens, verb_indexes(tokens))]


def test_a_colon_before_a_clause_and_an_absolute_clause_start_clauses_of_their_own():
    assert _pieces("The league has finally chosen its new referee: Ola Brandt will replace the retiring Jonas Berg next season.") == [
        "The league has finally chosen its new referee:",
        "Ola Brandt will replace the retiring Jonas Berg next season.",
    ]
    assert _pieces("Velden Telecom said it will be carrying the folding phone, with registration starting on May 3.") == [
        "Velden Telecom said it will be carrying the folding phone,",
        "with registration starting on May 3.",
    ]


def test_no_clause_starts_at_a_clock_time_a_plain_with_or_inside_a_quotation():
    assert len(_pieces("The tremor was recorded at 2:09 a.m. near the reservoir by the county's seismic station.")) == 1
    assert len(_pieces("The minister arrived at the harbour late on Sunday, with her two deputies and the mayor.")) == 1
    assert len(_pieces('He wrote "the plan is simple: we rebuild the bridge and reopen the road" in his letter.')) == 1


def test_a_fact_added_in_an_absolute_clause_links_on_its_own(tmp_path):
    """The first report's sentence adds a fact in an absolute clause: its link with the second report
    shows only the clause that says the same."""
    dossier, links = _write_reports(tmp_path, {
        "first": f"{STORM}\n\nVelden Telecom has confirmed that it will be stocking the Orla folding phone, with "
        "pre-orders opening on May 3 for small firms through the operator's online shop.",
        "second": f"{STORM}\n\nVelden Telecom has confirmed it will stock the Orla folding phone.",
    })
    link = next(link for link in links if any(p.article == "second" and p.start > 0 for p in link.passages))
    carrying = _span(dossier, "first", "Velden Telecom has confirmed that it will be stocking the Orla folding phone")
    assert Span("first", carrying.start, carrying.end) in link.passages



def test_a_participial_tail_opens_on_who_said_it():
    """``, adding that …`` after an attribution reads with its speaker, not as ``adding that …`` alone; with no
    attribution before it, it is cut after the comma as before."""
    assert _pieces('"The levy was never meant for grain ships," the harbour master said, adding that he had written to '
                   "the minister.") == [
        '"The levy was never meant for grain ships,"',
        "the harbour master said, adding that he had written to the minister.",
    ]
    assert _pieces("The quay will stay shut until the spring storms are over, said Ines Duarte, saying the port "
                   "cannot afford repairs twice.")[1] == "said Ines Duarte, saying the port cannot afford repairs twice."
    assert _pieces("Kessel revoked the grain licences on Friday, saying an audit found the grain was resold.") == [
        "Kessel revoked the grain licences on Friday,",
        "saying an audit found the grain was resold.",
    ]
    # the sale is a statement of its own, not only who spoke: the cut stays after the comma
    assert _pieces("On Monday, Kessel confirmed the sale of the port, adding that the harbour would stay open.") == [
        "On Monday, Kessel confirmed the sale of the port,",
        "adding that the harbour would stay open.",
    ]


def test_a_hyphen_after_an_abbreviation_is_no_dash():
    """``U.K.-built``: the tokenizer ends the abbreviation at its stop, and the hyphen set against both words
    is no dash to cut at (the passage after it began ``built ferries …``); a dash with a space is one."""
    assert len(_pieces("The council has ordered two U.K.-built ferries and a tug for the harbour crossing.")) == 1
    assert _pieces("The council has ordered two ferries - the first new boats on the crossing in decades.") == [
        "The council has ordered two ferries -",
        "the first new boats on the crossing in decades.",
    ]


def test_no_clause_at_two_gerunds_of_one_object_a_claim_a_denial_or_a_that_naming_a_thing():
    # must stay (a second gerund read as a clause of its own made wrong confident links): two verbs of one object; a charge laid by one side; what a test did not show; 'that' as a determiner
    assert len(_pieces("Morrow was fined in Velden for speeding and swerving across the lanes of the ring road.")) == 1
    assert len(_pieces("The port will take more ships by widening and deepening the canal to the harbour basin.")) == 1
    assert len(_pieces("The board fired Dale Morrow after accusing him of misusing club funds and hiding the losses from auditors.")) == 1
    # a verdict, a doubt or a denial owns both deeds: 'of', 'without', 'from' before the first
    assert len(_pieces("The jury in Velden acquitted Morrow of robbing a jeweller last May and wounding a guard with a knife.")) == 1
    assert len(_pieces("Morrow was held overnight on suspicion of robbing a jeweller in Velden and wounding a guard with a knife.")) == 1
    assert len(_pieces("The guests left the Velden hotel without paying their large bill and thanking the staff at the desk.")) == 1
    assert len(_pieces("The court barred Morrow from entering the port of Velden and contacting the crews of the ships.")) == 1
    assert len(_pieces("The audit of the harbour accounts did not show that Norvik pumps had been diverted to the mines.")) == 1
    assert len(_pieces("An inquiry of the harbour board confirmed that report about the Kessel mines on Friday.")) == 1


def test_a_deed_one_side_accuses_him_of_stays_a_claim(tmp_path):
    """The second gerund after ``accusing him of`` is the board's claim: a clause cut from it would state as
    done what the auditors' words tell. Must stay: no clause of the first report links on its own."""
    _, links = _write_reports(tmp_path, {
        "first": f"{STORM}\n\nThe board fired Dale Morrow on Monday after accusing him of misusing club funds and "
        "hiding the losses from auditors.",
        "second": f"{STORM}\n\nAuditors said Morrow had hidden the losses of the club in a second account.",
    })
    assert not any(any(p.article == "first" and p.start > 0 for p in link.passages) for link in links)


def test_what_an_allegation_or_a_report_tells_after_its_that_is_a_clause_of_its_own():
    assert _pieces("The council froze the contract in May so it could review allegations that the Brandt yards had used "
                   "cheap Orvik steel on the Aven bridge.") == [
        "The council froze the contract in May so it could review allegations that",
        "the Brandt yards had used cheap Orvik steel on the Aven bridge.",
    ]


def test_no_clause_starts_at_the_that_of_a_denied_report_a_relative_clause_or_a_verb_of_saying():
    assert len(_pieces("The council found no evidence that the Brandt yards had used cheap Orvik steel on the bridge.")) == 1
    assert len(_pieces("The yard's owner denied reports that his crews had used cheap Orvik steel on the bridge.")) == 1
    assert len(_pieces("The reports that surfaced in May named three yards along the Aven river.")) == 1
    assert len(_pieces("The claims that say the yards cut corners were filed in May by two engineers.")) == 1
    assert len(_pieces("The harbour agency said in a report that the Brandt yards had used cheap Orvik steel.")) == 1


def test_a_statement_told_as_an_allegation_links_with_a_report_making_it_outright(tmp_path):
    """The first report tells the statement after ``allegations that``: its link shows that clause, not the
    council's review around it."""
    dossier, links = _write_reports(tmp_path, {
        "first": f"{STORM}\n\nThe council froze the Aven contract in May so it could review allegations that the Brandt "
        "yards had fitted the bridge's pylons with cheap Orvik steel cables.",
        "second": f"{STORM}\n\nThe Brandt yards fitted the bridge's pylons with cheap Orvik steel cables, engineers said.",
    })
    clause = _span(dossier, "first", "the Brandt yards had fitted the bridge's pylons with cheap Orvik steel cables.")
    link = next(link for link in links if link.confident and any(p.article == "second" and p.start > 0 for p in link.passages))
    assert Span("first", clause.start, clause.end) in link.passages


def test_two_frames_of_other_statements_make_no_link(tmp_path):
    """What is left before a noun's ``that`` (``hold credible evidence that``) only frames its clause: two reports
    framing other statements alike share no statement."""
    _, links = _write_reports(tmp_path, {
        "first": f"{STORM}\n\nAuditors hold credible evidence that Vantor sold its turbines to a northern mining firm last spring.",
        "second": f"{STORM}\n\nThe auditors found credible evidence that the Orla dam's spillway had cracked during the floods.",
    })
    assert not any(p.start > 0 and p.article == "first" for link in links for p in link.passages)
