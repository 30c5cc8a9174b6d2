"""Passage links on the five bundled reports (against a hand reading) and on small made-up dossiers."""

from __future__ import annotations

import json
from itertools import combinations

import pytest

from bench.link_quality import measure, repeated_passages
from reader.core.links.align import find_links
from reader.core.links.terms import stem
from reader.core.links.units import clause_ranges, only_attribution, speaker_indexes, may_be_lede, verb_indexes
from reader.core.ingest.loading import load_dossier
from reader.core.model import Span
from reader.core.text.segment import segment_article
from reader.core.tokens import tokenize

from ..conftest import DATA

EXPECTED = json.loads((DATA / "align" / "bundled_expected.json").read_text(encoding="utf-8"))


def _span(dossier, article: str, text: str) -> Span:
    start = dossier.article(article).body.index(text)
    return Span(article, start, start + len(text))


def _linked(links, x: Span, y: Span) -> bool:
    return any(
        any(p.overlaps(x) for p in link.passages) and any(p.overlaps(y) for p in link.passages)
        for link in links
    )


def _links_of(folder):
    dossier = load_dossier(folder)
    sentences = {a.id: segment_article(a) for a in dossier.articles}
    return dossier, tuple(link for link in find_links(dossier, sentences) if link.confident)


def _link_with(analysis, article: str, text: str):
    """The widest link holding the passage: a passage may take part in one link per statement it carries."""
    span = _span(analysis.dossier, article, text)
    return max(
        (link for link in analysis.links if any(p.overlaps(span) for p in link.passages)),
        key=lambda link: len(link.passages),
    )


@pytest.mark.parametrize(
    ("article", "text", "carriers"),
    [
        ("al-monitor", "Following this review", {"al-jazeera", "al-monitor", "the-globe-and-mail", "trt-world"}),
        ("the-globe-and-mail", "This use was not consistent", {"al-jazeera", "al-monitor", "eurasian-times", "the-globe-and-mail"}),
        ("trt-world", "Turkey is an important NATO ally", {"al-jazeera", "the-globe-and-mail", "trt-world"}),
        ("trt-world", "We expect our NATO allies", {"eurasian-times", "the-globe-and-mail", "trt-world"}),
    ],
)
def test_named_quotations_are_linked_across_their_reports(analysis, article, text, carriers):
    link = _link_with(analysis, article, text)
    assert set(link.articles) == carriers


def test_the_2019_suspension_over_syria_links_all_five_reports(analysis):
    link = _link_with(analysis, "trt-world", "Export licenses were suspended in 2019")
    assert len(link.articles) == 5
    assert link.kind == "paraphrase"


def test_the_status_of_nagorno_karabakh_links_three_reports(analysis):
    link = _link_with(analysis, "al-jazeera", "Nagorno-Karabakh is internationally recognised")
    assert {"al-jazeera", "trt-world", "the-globe-and-mail"} <= set(link.articles)


def test_links_hold_one_passage_per_article_in_dossier_order(analysis):
    order = [a.id for a in analysis.dossier.articles]
    assert [link.id for link in analysis.links] == [f"L{n:03d}" for n in range(1, len(analysis.links) + 1)]
    for link in analysis.links:
        assert 2 <= len(link.passages) and len(set(link.articles)) == len(link.articles)
        assert list(link.articles) == sorted(link.articles, key=order.index)
        assert 0.0 <= link.score <= 1.0


def test_sentences_sharing_only_common_words_and_names_are_not_linked(analysis):
    dossier = analysis.dossier
    pairs = [
        # 2019 Syria suspension against the October 2020 one.
        (("al-jazeera", "temporarily suspended new arms"), ("al-monitor", "in October 2020 after photos")),
        # Same minister named, different statements.
        (("eurasian-times", "was not consistent with Canadian"), ("trt-world", "Garneau noted that he has spoken")),
    ]
    for (a, a_text), (b, b_text) in pairs:
        assert not _linked(analysis.links, _span(dossier, a, a_text), _span(dossier, b, b_text))


def test_a_sentence_sharing_only_a_name_and_nato_is_not_linked(analysis):
    dossier = analysis.dossier
    rare = _span(dossier, "the-globe-and-mail", "It’s rare for Ottawa")
    embassy = _span(dossier, "trt-world", "In a statement, the Turkish Embassy")
    assert not _linked(analysis.links, rare, embassy)


def test_recall_and_precision_against_the_hand_reading(analysis):
    """Confident links first: precise, and with the weaker ones (shown on demand) they find the hand reading.

    Since links became statements (issue 10) a paraphrase is confident only when it shares a verb or
    most of both passages; the confident links alone find 0.79 of the required pairs (a floor guards it).
    bench/link_quality.py lists the pairs missed and wrong.
    """
    confident = measure(analysis.dossier, analysis.links, EXPECTED)
    shown_all = measure(analysis.dossier, analysis.links + analysis.weaker_links, EXPECTED)
    assert confident.precision >= 0.9, f"precision {confident.precision:.2f}"
    assert confident.recall >= 0.75, f"recall {confident.recall:.2f}"
    assert shown_all.recall >= 0.85, f"recall with the weaker links {shown_all.recall:.2f}"


@pytest.mark.parametrize(("name", "floor"), [("other_event", 0.6), ("held_out", 0.9)])
def test_recall_and_precision_hold_on_other_events(name, floor):
    """Made-up reports of other events (held_out was written after the rules were chosen)."""
    dossier = load_dossier(DATA / "align" / name)
    links = find_links(dossier, {a.id: segment_article(a) for a in dossier.articles})
    truth = json.loads((DATA / "align" / f"{name}_expected.json").read_text(encoding="utf-8"))
    confident = measure(dossier, tuple(link for link in links if link.confident), truth)
    shown_all = measure(dossier, links, truth)
    assert confident.precision >= 0.9, f"precision {confident.precision:.2f}"
    assert confident.recall >= floor, f"recall {confident.recall:.2f}"
    assert shown_all.recall >= 0.9, f"recall with the weaker links {shown_all.recall:.2f}"


def test_a_speaker_and_the_place_they_spoke_in_do_not_link_two_statements():
    dossier, links = _links_of(DATA / "align" / "other_event")
    quote = _span(dossier, "north-wire", "The company knew the structure")
    earlier = _span(dossier, "green-monitor", "Costa told reporters in Brasilia last month")
    assert not _linked(links, quote, earlier)
    president = _span(dossier, "daily-ledger", "The fine is the largest")
    head = _span(dossier, "green-monitor", "Alves, the head of Ibama")
    assert not _linked(links, president, head)


def test_a_sentence_carrying_two_facts_links_each_through_its_own_clause(analysis):
    dossier = analysis.dossier
    statement = _span(dossier, "al-monitor", "This was not consistent")
    call = _span(dossier, "al-monitor", "adding that he spoke with")
    sentence = Span("al-monitor", statement.start, call.end)
    for counterpart, own, other in (
        (_span(dossier, "al-jazeera", "This use was not consistent"), statement, call),
        (_span(dossier, "al-jazeera", "spoke with his Turkish counterpart"), call, statement),
    ):
        [link] = [link for link in analysis.links if _linked([link], counterpart, sentence)]
        [passage] = [p for p in link.passages if p.article == "al-monitor"]
        assert passage.overlaps(own) and not passage.overlaps(other)


def test_wire_copy_reprinted_by_two_outlets_is_verbatim():
    dossier, links = _links_of(DATA / "align" / "wire")
    assert len(links) == 2
    assert {link.kind for link in links} == {"verbatim"}
    assert all(link.score == 1.0 for link in links)


def test_a_moved_paragraph_is_still_linked():
    dossier, links = _links_of(DATA / "align" / "moved")
    quake = _span(dossier, "south-daily", "A magnitude 6.1 earthquake")
    governor = _span(dossier, "north-wire", "The regional governor")
    assert _linked(links, _span(dossier, "north-wire", "A magnitude 6.1 earthquake"), quake)
    assert _linked(links, governor, _span(dossier, "south-daily", "The regional governor"))
    assert len(links) == 2


def test_a_paraphrase_is_linked_and_the_unrelated_sentences_are_not():
    dossier, links = _links_of(DATA / "align" / "paraphrase")
    assert len(links) == 1
    assert links[0].kind == "paraphrase"
    assert _linked(
        links, _span(dossier, "morning-post", "voted 7-2"), _span(dossier, "evening-star", "shut its doors")
    )


def test_a_quotation_with_a_different_attribution_is_verbatim():
    dossier, links = _links_of(DATA / "align" / "attribution")
    assert len(links) == 1
    assert links[0].kind == "verbatim"


def test_progress_reports_the_links_stage():
    dossier = load_dossier(DATA / "align" / "wire")
    sentences = {a.id: segment_article(a) for a in dossier.articles}
    seen = []
    find_links(dossier, sentences, progress=lambda stage, done, total: seen.append((stage, done, total)))
    assert seen and seen[-1][0] == "links" and seen[-1][1] == seen[-1][2]


def test_stem_joins_forms_of_one_word():
    assert stem("suspended") == stem("suspension") == stem("suspend")
    assert stem("canada") == stem("canadian")
    assert stem("syria") == stem("syrian")
    assert stem("turkey") == stem("turkish")
    assert stem("drones") == stem("drone")
    assert stem("carrying") == stem("carry") == stem("carried")
    assert stem("playing") == stem("play")


def _clause_texts(text: str) -> list[str]:
    tokens = tokenize(text)
    return [text[tokens[a].start : tokens[b - 1].end] for a, b in clause_ranges(tokens)]


def test_clauses_split_at_clause_marks_but_never_inside_a_quotation():
    text = (
        "The dam leaked on Saturday, releasing mud into the river; officials evacuated 400 people "
        "from two villages, while the company said it would appeal the fine."
    )
    assert _clause_texts(text) == [
        "The dam leaked on Saturday, releasing mud into the river;",
        "officials evacuated 400 people from two villages,",
        "while the company said it would appeal the fine.",
    ]
    quoted = "In a televised interview on Monday, Costa said: “We knew the dam was at risk; we did nothing.”"
    assert _clause_texts(quoted) == [
        "In a televised interview on Monday, Costa said:",
        "“We knew the dam was at risk; we did nothing.”",
    ]


def test_clauses_split_before_and_only_between_two_verbs():
    def clauses(text: str) -> list[str]:
        tokens = tokenize(text)
        return [text[tokens[a].start : tokens[b - 1].end] for a, b in clause_ranges(tokens, verb_indexes(tokens))]

    assert clauses("The pump station flooded on Sunday, and the engineers were flown in from the capital.") == [
        "The pump station flooded on Sunday,",
        "and the engineers were flown in from the capital.",
    ]
    listed = "Ilse Brandt, 47, of North Haven, and Tomas Rue, 52, of Eastmoor were treated at the county hospital."
    assert clauses(listed) == [listed]


def test_short_pieces_stay_with_their_neighbour():
    assert _clause_texts("Shares fell 4% on Monday, which analysts expected.") == [
        "Shares fell 4% on Monday, which analysts expected."
    ]


def test_speaker_names_are_marked_but_not_the_subject_of_a_reported_clause():
    text = "Earlier, Turkey said Cavusoglu had urged Canada to act, said Luiza Prates."
    tokens = tokenize(text)
    marked = {tokens[i].text for i in speaker_indexes(tokens)}
    assert marked == {"Turkey", "Luiza", "Prates"}


def _write_reports(folder, reports: dict[str, str]):
    for name, body in reports.items():
        (folder / f"{name}.md").write_text(f"---\noutlet: {name.title()}\n---\n{body}\n", encoding="utf-8")
    return _links_of(folder)


def test_a_paraphrase_saying_the_opposite_is_not_linked(tmp_path):
    dossier, links = _write_reports(tmp_path, {
        "first": "Auditors found credible evidence that Norvik pumps had been diverted to the Kessel mines.",
        "second": "The ministry said it was not aware of any credible evidence that other Norvik equipment reached Kessel.",
    })
    assert links == ()


def test_a_near_copy_saying_the_opposite_is_linked_so_the_difference_shows(tmp_path):
    dossier, links = _write_reports(tmp_path, {
        "first": "The inspectors found credible evidence that the Norvik pumps were diverted to the northern mines.",
        "second": "The inspectors have not found credible evidence that the Norvik pumps were diverted to the northern mines.",
    })
    assert [link.kind for link in links] == ["near"]


def test_no_two_links_repeat_the_same_passages_in_the_five_reports(analysis):
    assert repeated_passages(analysis.links) == []


@pytest.mark.parametrize("name", ["other_event", "held_out", "wire", "moved", "paraphrase", "attribution"])
def test_no_two_links_repeat_the_same_passages_in_other_dossiers(name):
    _, links = _links_of(DATA / "align" / name)
    assert repeated_passages(links) == []


def test_garneau_statement_links_the_al_jazeera_sentence_echoing_its_quotation(analysis):
    """Al Jazeera's lede states the review's finding too: the quotation may take part in a link with each."""
    dossier = analysis.dossier
    quote, echo = _span(dossier, "al-monitor", "Following this review"), _span(dossier, "al-jazeera", "said the review “found credible evidence”")
    assert any(
        len(link.passages) == 4 and _linked([link], quote, echo) for link in analysis.links
    )


def test_a_sentence_carrying_two_facts_does_not_chain_them_into_one_link(analysis):
    """The Globe's ceasefire sentence links Al Jazeera's ceasefire through one clause, TRT's status through another."""
    dossier = analysis.dossier
    ceasefire = _span(dossier, "al-jazeera", "a Russian-brokered ceasefire, under which")
    status = _span(dossier, "al-jazeera", "Nagorno-Karabakh is internationally recognised")
    globe = _span(dossier, "the-globe-and-mail", "A Russian-brokered ceasefire last November")
    trt = _span(dossier, "trt-world", "internally recognised as Azerbaijani")
    assert _linked(analysis.links, ceasefire, globe) and _linked(analysis.links, status, globe)
    assert _linked(analysis.links, status, trt) and not _linked(analysis.links, ceasefire, trt)


def test_a_lede_carrying_two_facts_links_each_once(tmp_path):
    """The third report states apart the fine and the burst; the lede (``fined ... after its dam burst``) carries both
    and takes part in a link for each, besides the agency's second sentence on the burst."""
    lede = (
        "Regulators fined Halvor Mining 40 million crowns on Tuesday after its Kessel tailings dam burst. "
        "The burst on Sunday sent about 2 million cubic metres of mud into the Ryn valley, the agency said."
    )
    dossier, links = _write_reports(tmp_path, {
        "first": lede,
        "second": lede + "\n\nHalvor declined to comment.",
        "third": "The Kessel tailings dam of Halvor Mining burst on Sunday, sending roughly 2 million cubic metres "
        "of mud into the Ryn valley.\n\nHalvor's 40 million crowns fine, handed down by the regulators on Tuesday, "
        "is the largest this decade.",
    })
    assert repeated_passages(links) == []
    fined, burst = _span(dossier, "first", "Regulators fined"), _span(dossier, "first", "The burst on Sunday")
    assert _linked(links, fined, _span(dossier, "third", "Halvor's 40 million crowns fine"))
    third_burst = _span(dossier, "third", "The Kessel tailings dam")
    assert _linked(links, burst, third_burst) and _linked(links, fined, third_burst)
    assert len(links) == 3


STORM = "Storms closed the coastal highway near Port Aven for a second day on Tuesday, stranding hundreds of lorries."


HOAX = ("The fire alarm that cleared the Kessel concert hall was set off by a faulty sensor, and nearly 2,000 ticket "
        "holders who had waited in the square were later let back inside.")
"""A sentence carrying two facts, one in each clause."""


def _reprinted_and_retold(folder, reprinted: str, retold: str):
    """Two reports reprinting a sentence and a third telling something near it, each after the same lede."""
    return _write_reports(folder, {"first": f"{STORM}\n\n{reprinted}", "second": f"{STORM}\n\n{reprinted}", "third": f"{STORM}\n\n{retold}"})


def test_a_passage_sharing_only_who_and_where_with_a_links_core_stays_out_of_it(tmp_path):
    """The third report names the same judge and court about another step of the trial: paired with each copy of
    the ruling on the judge's name, it does not make the ruling's statement, so it joins no confident link."""
    dossier, links = _reprinted_and_retold(
        tmp_path,
        "Judge Marta Olsen of the Velden district court rejected the defence's third request to move the murder trial to another city.",
        "Judge Marta Olsen of the Velden district court read the murder indictment aloud to the defendant in a quiet voice.",
    )
    first, second = _span(dossier, "first", "Judge Marta Olsen"), _span(dossier, "second", "Judge Marta Olsen")
    third = _span(dossier, "third", "Judge Marta Olsen")
    assert _linked(links, first, second)
    assert not _linked(links, first, third) and not _linked(links, second, third)


def test_a_passage_repeating_only_the_frame_of_a_links_core_stays_out_of_it(tmp_path):
    """The third report tells of another video shown in court: tied to the link only by loose pairs (the
    showing of a video, the skipper), it must hold more of what the core says than a firmly paired member."""
    dossier, links = _reprinted_and_retold(
        tmp_path,
        "They also showed video footage in which the skipper was seen teaching new deckhands to tie knots.",
        "The inspectors also showed video footage of the skipper allegedly dumping oil drums into the bay at night.",
    )
    first, second = _span(dossier, "first", "They also showed"), _span(dossier, "second", "They also showed")
    third = _span(dossier, "third", "The inspectors also")
    assert _linked(links, first, second)
    assert not _linked(links, first, third) and not _linked(links, second, third)


def test_a_passage_telling_another_happening_of_the_same_day_and_place_stays_out_of_a_link(tmp_path):
    """The copies tell that a body was found; the third report tells when and where the killing took place, on the
    same day and in the same tent: it shares the who, the when and the where, not what happened, so it is no member."""
    dossier, links = _reprinted_and_retold(
        tmp_path,
        "Mara Quill's body was found in a tent near Lake Orrin on March 3.",
        "The killing reportedly took place on March 3 at 2 am in Mara Quill's tent, which stood by the shore.",
    )
    first, second = _span(dossier, "first", "Mara Quill's body"), _span(dossier, "second", "Mara Quill's body")
    third = _span(dossier, "third", "The killing reportedly")
    assert _linked(links, first, second)
    assert not _linked([link for link in links if link.confident], first, third)


def test_a_loosely_tied_passage_naming_another_body_stays_out_of_a_link_mostly_of_names(tmp_path):
    """The core holds a post at a named institute (more names than other words); the third report tells of
    another post at another body, sharing with the core only the service and a word of a name."""
    dossier, links = _write_reports(tmp_path, {
        "first": f"{STORM}\n\nShe served as associate director for rural health at the Kessel Maritime Institute, and in 2001 "
                 "she became the first woman named to the Velden Nursing Association's board of trustees.",
        "second": f"{STORM}\n\nDr. Ruiz also served as the associate director for rural health at the Kessel Maritime Institute "
                  "and as president of the Port Aven Nursing Guild.",
        "third": f"{STORM}\n\nFor years she has served the Coastal Health Association on its Board of Trustees, a seat "
                 "she will give up for the new job.",
    })
    first, second = _span(dossier, "first", "She served as"), _span(dossier, "second", "Dr. Ruiz also")
    third = _span(dossier, "third", "For years she")
    assert _linked(links, first, second)
    assert not _linked(links, first, third) and not _linked(links, second, third)


def test_a_clause_said_with_other_words_and_the_same_figures_joins_the_link(tmp_path):
    """``three of its nine members voting to keep`` says the second clause of the reprinted sentence in other words:
    a member need not carry all of a long core, only a good part of what it says."""
    dossier, links = _reprinted_and_retold(
        tmp_path,
        "Six of the nine board members voted to close the smelter, while three wanted to keep it open until the spring.",
        "The board was divided, with three of its nine members voting to keep the smelter running.",
    )
    first, second = _span(dossier, "first", "Six of the nine"), _span(dossier, "second", "Six of the nine")
    assert any(_linked([link], first, second) and _linked([link], first, _span(dossier, "third", "The board was divided")) for link in links)


def test_a_pair_through_another_clause_of_a_links_member_makes_a_link_of_its_own(tmp_path):
    """The first report's sentence tells of the truce and of the herders driven out: the truce is no part of the
    herders' link, and its pair with the third report still makes a confident link."""
    dossier, links = _write_reports(tmp_path, {
        "first": f"{STORM}\n\nA truce brokered by Lisbon last March ended the border war, which had driven thousands of goat herders from the northern valleys.",
        "second": f"{STORM}\n\nThe border war drove thousands of goat herders from the northern valleys, aid agencies say.",
        "third": f"{STORM}\n\nThe truce brokered by Lisbon in March ended the border war.",
    })
    herders = _span(dossier, "first", "which had driven")
    assert _linked(links, herders, _span(dossier, "second", "The border war drove"))
    assert _linked(links, _span(dossier, "first", "A truce brokered"), _span(dossier, "third", "The truce brokered"))


def test_a_firm_pair_with_a_links_member_still_makes_a_link_when_the_link_says_something_else(tmp_path):
    """The fourth report tells of the van knocking her over as she left her car: not what the link of the first
    three says best (strolling past parked cars), but its pair with the second report shares much of both passages,
    so it makes a confident link of its own rather than a weaker one."""
    dossier, links = _write_reports(tmp_path, {
        "first": f"{STORM}\n\nDetectives say 61-year-old Marta Quill was struck as she strolled past a row of parked cars at "
        "Elm Street and 9th Avenue in Westfield at about 7 p.m.",
        "second": f"{STORM}\n\nMarta Quill, 61, of Westfield, had stepped out of her car near 7 p.m. Friday at Elm Street and "
        "9th Avenue when a grey delivery van knocked her over.",
        "third": f"{STORM}\n\nMarta Quill was strolling past a row of parked cars on Elm Street and 9th Avenue just after 7 p.m. "
        "when a grey delivery van ran her over.",
        "fourth": f"{STORM}\n\nWitnesses say 61-year-old Marta Quill was stepping out of her car on Elm Street in Westfield on "
        "Friday when a grey delivery van knocked her over and threw her into the air.",
    })
    assert _linked(links, _span(dossier, "second", "Marta Quill"), _span(dossier, "fourth", "Witnesses say"))


def test_two_links_meeting_on_a_reprinted_sentence_through_its_two_clauses_stay_two(tmp_path):
    """Both links hold the two copies of a sentence carrying two facts, one link through each clause: they tell of
    two things, not one told twice, so they are not merged into one."""
    reprinted = HOAX
    dossier, links = _write_reports(tmp_path, {
        "first": f"{STORM}\n\n{reprinted}",
        "second": f"{STORM}\n\n{reprinted}",
        "third": f"{STORM}\n\nStaff cleared the Kessel concert hall on Saturday after a fire alarm set off by a faulty sensor.",
        "fourth": f"{STORM}\n\nNearly 2,000 ticket holders who waited in the square were later let back inside.",
    })
    first, third, fourth = (_span(dossier, name, text) for name, text in (("first", reprinted), ("third", "Staff"), ("fourth", "Nearly")))
    assert _linked(links, first, third) and _linked(links, first, fourth)
    assert not _linked(links, third, fourth)
    assert repeated_passages(links) == []


def test_a_pair_standing_on_names_makes_only_a_weaker_link(tmp_path):
    """The two passages share a show, its channel and its host, and little of what they say: the names count
    at most twice toward the terms that make a two-passage paraphrase firm."""
    dossier, links = _write_reports(tmp_path, {
        "first": f"{STORM}\n\nAnna Marek was introduced on the live special Harbour Nights on Velden One and answered questions "
        "from host Jonas Berg about the grain deal and the tariffs.",
        "second": f"{STORM}\n\nThe live special, hosted by Jonas Berg, invited famous guests to remember Harbour Nights, among "
        "them the singer Ola Brandt.",
    })
    assert not _linked(links, _span(dossier, "first", "Anna Marek"), _span(dossier, "second", "The live special"))


def test_two_facts_joined_by_and_link_each_through_its_own_clause(tmp_path):
    dossier, links = _write_reports(tmp_path, {
        "first": f"{STORM}\n\nThe tailings dam near Kessel collapsed on Sunday night, and about 400 villagers were evacuated "
        "from the Ryn valley by army helicopters.",
        "second": f"{STORM}\n\nHalvor Mining's tailings dam near Kessel collapsed late on Sunday night.",
        "third": f"{STORM}\n\nArmy helicopters evacuated about 400 villagers from the Ryn valley, officials said.",
    })
    collapse, evacuation = _span(dossier, "first", "The tailings dam"), _span(dossier, "first", "and about 400 villagers")
    second, third = _span(dossier, "second", "Halvor Mining's"), _span(dossier, "third", "Army helicopters")
    to_second = next(link for link in links if any(p.overlaps(second) for p in link.passages))
    to_third = next(link for link in links if any(p.overlaps(third) for p in link.passages))
    assert [p for p in to_second.passages if p.article == "first"] == [Span("first", collapse.start, evacuation.start - 2)]
    assert next(p for p in to_third.passages if p.article == "first").start == evacuation.start


def test_a_closing_attribution_says_who_told_not_what_happened():
    text = "Mara Kell will host the Lantern Awards again, producers Tomas Reed and Ivo Marsh announced today."
    tokens = tokenize(text)
    marked = {tokens[i].text for i in speaker_indexes(tokens)}
    assert marked == {"producers", "Tomas", "Reed", "and", "Ivo", "Marsh", "today"}


def test_a_long_closing_clause_is_no_attribution():
    text = "The quake struck at dawn, and residents across three counties said windows rattled for a long while."
    tokens = tokenize(text)
    assert not speaker_indexes(tokens)


def test_a_verb_after_an_apposition_opens_what_was_said():
    """``, said`` after an apposition is the sentence's verb, what follows it what was said: no closing attribution."""
    text = "The harbour master, Dana Whitlock, said the ferry would resume sailing by Monday."
    tokens = tokenize(text)
    assert {tokens[i].text for i in speaker_indexes(tokens)} <= {"The", "harbour", "master", "Dana", "Whitlock"}


def test_a_verb_in_a_clause_about_the_speaker_leaves_the_attribution_closing():
    """``, said a dock clerk whose shift had ended.``: ``had ended`` tells of the speaker, not what was said."""
    tokens = tokenize("The ferry will stay in port until Friday, said a dock clerk whose shift had ended.")
    assert {tokens[i].text for i in speaker_indexes(tokens)} >= {"dock", "clerk", "shift", "ended"}


@pytest.mark.parametrize(
    ("first", "second", "linked"),
    [
        pytest.param("The harbour master, Dana Whitlock, said the ferry would resume sailing by Monday.",
                     "Dana Whitlock said the ferry would resume sailing by Monday.", True, id="an-apposition-dropped"),
        pytest.param("Harbour master Dana Whitlock said the ferry would resume sailing by Monday.",
                     "Dana Whitlock said the ferry would resume sailing by Monday.", True, id="a-title-dropped"),
        pytest.param("The harbour master, Dana Whitlock, said the ferry would resume sailing by Monday.",
                     "The harbour master, Dana Whitlock, said the new pier needed fresh pilings before winter.", False,
                     id="one-speaker-two-statements"),
    ],
)
def test_the_same_words_with_an_apposition_dropped_are_linked(tmp_path, first, second, linked):
    _, links = _write_reports(tmp_path, {"first": f"Ferry service halted\n\n{first}", "second": f"Storm damage at the port\n\n{second}"})
    assert [(link.kind, len(link.passages)) for link in links] == ([("verbatim", 2)] if linked else [])


def test_a_date_line_or_a_title_cased_subtitle_is_not_the_lede():
    assert not may_be_lede(tokenize("Posted: Mar 4, 2016 9:15 AM"))
    assert not may_be_lede(tokenize("Office of the Port Commissioner"))
    assert not may_be_lede(tokenize("Cyclist Charged With Assault, Reckless Riding"))
    assert may_be_lede(tokenize("A jury found the man guilty of two murders on Thursday."))



def test_a_clause_naming_only_the_speaker_is_no_passage():
    """Two reports naming the same official before different quotations share no statement."""
    tokens = tokenize("Lena Hart, head of drama at the broadcaster, said: \u201cWe began to wonder about him months ago.\u201d")
    first, quotation = (tokens[a:b] for a, b in clause_ranges(tokens))
    assert only_attribution(first) and not only_attribution(quotation)


@pytest.mark.parametrize(
    ("article", "sentence", "facts", "unrelated"),
    [
        # The Monday statement: the report's finding, the review behind the cancellation. The six weeks of
        # fighting it is set in frame another report's gains of territory: no shared statement (other_claims).
        ("al-jazeera", "In a statement on Monday, Foreign Affairs Minister", [
            ("the-globe-and-mail", "A Global Affairs report released Monday"),
            ("al-monitor", "Following this review, which found"),
        ], [("trt-world", "Export licenses were suspended in 2019"), ("the-globe-and-mail", "Turkey is an important NATO ally"),
            ("trt-world", "whose forces gained territory in the enclave")]),
        # Last October's suspension, and the drones' targeting systems made by Canada's Wescam.
        ("trt-world", "Ottawa suspended the permits last October", [
            ("al-jazeera", "In early October, Canada suspended"),
            ("eurasian-times", "They further said the surveillance and attack drone"),
        ], [("al-jazeera", "temporarily suspended new arms"), ("the-globe-and-mail", "cancelling 29 permits")]),
        # Six weeks of fighting, and the Russian-brokered ceasefire.
        ("al-jazeera", "But six weeks of intense fighting", [
            ("trt-world", "after six weeks of fighting"),
            ("the-globe-and-mail", "A Russian-brokered ceasefire last November"),
        ], [("al-monitor", "Canada’s government canceled authorizations")]),
    ],
)
def test_a_sentence_carrying_several_shared_facts_is_linked_for_each(analysis, article, sentence, facts, unrelated):
    """Many to many (issue 10): the sentence takes part in one link per fact it shares, each link holding the
    counterparts of that fact only, and in none with a sentence of another event."""
    dossier = analysis.dossier
    opening = _span(dossier, article, sentence)  # the whole sentence: a link may show the clause of its fact only
    own = next(Span(article, s.start, s.end) for s in analysis.sentences[article] if s.start <= opening.start < s.end)
    homes = []
    for other, text in facts:
        counterpart = _span(dossier, other, text)
        carrying = [link for link in analysis.links if _linked([link], own, counterpart)]
        assert carrying, f"{article} not linked to {other} ({text})"
        homes.append({link.id for link in carrying})
    for (one, a_text), (two, b_text) in combinations(facts, 2):
        assert not _linked(analysis.links, _span(dossier, one, a_text), _span(dossier, two, b_text)), (
            f"{one} and {two} carry different facts of the sentence and must not share a link"
        )
    assert len(set.union(*homes)) >= len(facts)
    for other, text in unrelated:
        assert not _linked(analysis.links, own, _span(dossier, other, text))


def test_one_speaker_named_before_two_different_quotations_is_no_link(tmp_path):
    dossier, links = _write_reports(tmp_path, {
        "first": "Lena Hart, head of drama at the broadcaster, said Varga was "
        "\u201ca remarkably gifted performer who can apparently play any part at all\u201d.",
        "second": "Lena Hart, head of drama at the broadcaster, said: "
        "\u201cWe began to wonder months ago whether Varga could be the one to take on this much-loved role.\u201d",
    })
    assert links == ()


@pytest.mark.parametrize("marker", [", right,", " (left)"])
def test_a_photo_caption_makes_only_a_weaker_link(tmp_path, marker):
    """A caption (who stands where, when) shares names and a date with the statement, not the statement."""
    statement = "The harbour inquiry heard that Governor Oskar Brand had dismissed Marta Lind, the former trade minister, in March 2017 at the Velden harbour."
    caption = f"Marta Lind{marker} the former trade minister, with Governor Oskar Brand at the Velden harbour in March 2017."
    dossier, links = _write_reports(tmp_path, {"first": caption, "second": statement})
    assert links == ()
    assert [link.confident for link in find_links(dossier, {a.id: segment_article(a) for a in dossier.articles})] == [False]
    _, links = _write_reports(tmp_path, {"first": caption.replace(marker, ","), "second": statement})
    assert [link.kind for link in links] == ["paraphrase"]


def test_passages_telling_of_other_stages_of_a_story_make_no_confident_link(tmp_path):
    """Being convicted and being sentenced are two happenings, however many words the passages share: the
    sentencing stays out of the conviction's link (``EVENT_STAGES``), the two convictions link."""
    dossier, links = _write_reports(tmp_path, {
        "first": f"{STORM}\n\nOn Friday the Kessel harbour master who sold berth permits to dredging contractors for bribes "
        "was sentenced to six years.",
        "second": f"{STORM}\n\nThe former harbour master of Kessel was convicted on Friday of taking bribes from dredging "
        "contractors for berth permits.",
        "third": f"{STORM}\n\nA Velden court on Friday convicted the former Kessel harbour master of taking bribes from "
        "dredging firms in exchange for berth permits.",
    })
    sentenced, convicted = _span(dossier, "first", "On Friday"), _span(dossier, "third", "A Velden court")
    assert _linked(links, _span(dossier, "second", "The former harbour master"), convicted)
    assert not _linked(links, sentenced, convicted)


def test_a_long_run_of_shared_words_about_other_stages_makes_no_confident_link(tmp_path):
    """Both reports open on the same relative clause (who the man is), then tell of the shooting and of the arrest:
    the shared run of words is background, not a near copy of one statement."""
    dossier, links = _write_reports(tmp_path, {
        "first": f"{STORM}\n\nA guard who was dismissed last month from the Velden paper mill shot two of his former "
        "colleagues on Monday, police said.",
        "second": f"{STORM}\n\nA guard who was dismissed last month from the Velden paper mill was arrested on Monday "
        "evening after a long car chase, police said.",
    })
    assert not _linked(links, _span(dossier, "first", "A guard"), _span(dossier, "second", "A guard"))


def test_a_reprinted_sentence_shows_only_the_clause_another_report_says(tmp_path):
    """Two reports reprint a sentence carrying two facts; a third says only the second. The copies agree on all
    they hold, so what the link says is what the third report shares with them: the copies show that clause."""
    reprinted = HOAX
    dossier, links = _write_reports(tmp_path, {
        "first": f"{STORM}\n\n{reprinted}",
        "second": f"{STORM}\n\n{reprinted}",
        "third": f"{STORM}\n\nThe 2,000 ticket holders kept out in the square were let back inside later.",
    })
    third = _span(dossier, "third", "The 2,000 ticket")
    link = next(link for link in links if _linked([link], third, third))
    shown = {span.article: dossier.article(span.article).text(span) for span in link.passages}
    assert set(shown) == {"first", "second", "third"}
    assert all(text.startswith("and nearly 2,000 ticket holders") for name, text in shown.items() if name != "third")
