"""A sentence carrying several shared facts is linked for each of them: the clause units, candidate pairs
and grouping that let each fact of a sentence find its counterparts. Invented reports only."""

from __future__ import annotations

import pytest

from reader.core.ingest.loading import load_dossier
from reader.core.links.align import find_links
from reader.core.links.grouping import group_pairs
from reader.core.links.units import PairMatch, Unit, _subject_aside_end, clause_ranges, verb_indexes
from reader.core.model import Span
from reader.core.text.segment import segment_article
from reader.core.tokens import tokenize

LEDE = "Storms closed the coastal highway near Port Aven for a second day on Tuesday, stranding hundreds of lorries."


def _links(folder, reports: dict[str, str]):
    for name, body in reports.items():
        (folder / f"{name}.md").write_text(f"---\noutlet: {name.title()}\n---\n{LEDE}\n\n{body}\n", encoding="utf-8")
    dossier = load_dossier(folder)
    links = find_links(dossier, {a.id: segment_article(a) for a in dossier.articles})
    return dossier, tuple(link for link in links if link.confident)


def _linked(dossier, links, first: tuple[str, str], second: tuple[str, str]) -> bool:
    def meets(link, article: str, text: str) -> bool:
        start = dossier.article(article).body.index(text)
        return any(p.article == article and p.start < start + len(text) and start < p.end for p in link.passages)

    return any(meets(link, *first) and meets(link, *second) for link in links)


def _clause_texts(text: str) -> list[str]:
    tokens = tokenize(text)
    return [text[tokens[a].start : tokens[b - 1].end] for a, b in clause_ranges(tokens, verb_indexes(tokens))]


def test_a_second_predicate_after_and_is_a_clause_of_its_own():
    """``affects`` is a noun too, so no verb is seen before ``, and``; ``applies`` is only a verb: what
    follows is a second statement about the same subject."""
    assert _clause_texts("The export ban affects 14 licences, and applies to seed, fertiliser and spare parts for harvesters.") == [
        "The export ban affects 14 licences,",
        "and applies to seed, fertiliser and spare parts for harvesters.",
    ]
    listed = "Ilse Brandt, 47, of North Haven, and Tomas Rue, 52, of Eastmoor were treated at the county hospital."
    assert _clause_texts(listed) == [listed]


def test_and_before_an_inserted_phrase_parts_two_clauses():
    """``and,`` opens an inserted phrase (``as the Courier reported``) before a second clause: the cut falls before
    ``and`` when a verb stands on each side, as it does at ``, and``."""
    assert _clause_texts("Tugboats played a major role in the rescue and, as the Courier reported, "
                         "the crews were later decorated by the port authority.") == [
        "Tugboats played a major role in the rescue",
        "and, as the Courier reported, the crews were later decorated by the port authority.",
    ]
    assert _clause_texts("Rain, wind and, at times, hail slowed the convoy on the northern pass.") == [
        "Rain, wind and, at times, hail slowed the convoy on the northern pass."
    ]


@pytest.mark.parametrize("first, second, needles", [
    ("Tugboats played a decisive role in the rescue of the stricken ferry.",
     "Tugboats played a major role in the rescue and, as the Courier reported on Monday, the harbour crews who "
     "steered them were later decorated by the port authority for bravery.",
     ("played a decisive role", "Tugboats played a major role")),
    ("The government is revoking 14 export licences for Norvik, saying an audit found the grain was resold.",
     "The export ban affects 14 licences, and applies to a wide range of goods including seed, fertiliser, "
     "tractors and spare parts for harvesters.",
     ("revoking 14 export licences", "The export ban affects")),
])
def test_a_fact_told_in_a_sentences_first_clause_links_through_it(tmp_path, first, second, needles):
    """A role told before ``and, as ... reported``, a figure told before ``, and applies``: the clause carrying
    the fact is close enough to its counterpart to make a confident link, the whole sentence is not."""
    dossier, links = _links(tmp_path, {"first": first, "second": second})
    assert _linked(dossier, links, ("first", needles[0]), ("second", needles[1]))


def _lede(sentence: int, terms: str, weights: dict[str, float], *, title: bool = False) -> Unit:
    """Sentence ``sentence`` of article ``sentence``, its article's lede (or title line), holding ``terms``."""
    start = -40 if title else 0
    unit = Unit(sentence, sentence, Span(f"r{sentence}", start, start + 30), tuple(terms.split()), (),
                       frozenset(terms.split()), frozenset(), frozenset(), True, False, frozenset(), False)
    unit.weight = sum(weights[t] for t in unit.terms)
    return unit


def _grouped(short_title: bool) -> list[list[int]]:
    """Three long ledes telling the main fact, paired confidently, and a short fourth lede paired with only one
    of them, saying part of what the best pair says (``Kessel revoked arms licences to Norvik last year``)."""
    words = "norvik kessel revok licenc export drone camera audit found used war arms embargo last year faces diverted"
    weights = {t: 2.0 for t in words.split()}
    whole = [
        _lede(0, "norvik kessel revok licenc export drone camera audit found used war", weights),
        _lede(1, "norvik kessel revok export drone camera audit found used war last year", weights),
        _lede(2, "norvik kessel arms embargo audit found drone diverted war faces last year", weights),
        _lede(3, "norvik kessel revok arms licenc last year", weights, title=short_title),
    ]

    def pair(a: int, b: int, score: float) -> PairMatch:
        return PairMatch(a, b, score, "paraphrase", whole[a], whole[b], True)

    matches = [pair(0, 1, 0.8), pair(0, 2, 0.4), pair(1, 2, 0.4), pair(2, 3, 0.3)]
    pairs = {(m.a, m.b): m for m in matches}
    return group_pairs(matches, whole, weights, frozenset({"norvik", "kessel"}), pairs)


def test_a_short_lede_paired_with_one_lede_joins_the_ledes_link():
    """The short lede says part of the main fact the other ledes tell at length: paired with one of them, it
    joins their link, though it was judged with only one of its three members."""
    assert sorted(map(sorted, _grouped(short_title=False))) == [[0, 1, 2, 3]]


def test_a_title_line_paired_with_one_lede_stays_apart():
    """Headlines repeat one another in few words: a title line joins a link of ledes only through pairs with
    half of its members."""
    assert [0, 1, 2, 3] not in [sorted(group) for group in _grouped(short_title=True)]


def _aside_end(text: str) -> str | None:
    tokens = tokenize(text)
    end = _subject_aside_end(tokens, verb_indexes(tokens))
    return None if end is None else text[: tokens[end - 1].start].rstrip()


def test_a_dated_participle_aside_after_the_subject_tells_a_fact_of_its_own():
    assert _aside_end("The acquisition of Baltic Feed, expected to close in January, would give Orvik a second terminal.") == \
        "The acquisition of Baltic Feed, expected to close in January"
    assert _aside_end("The harbour levy on ferries, announced on Monday, is too small, said a union leader.") == \
        "The harbour levy on ferries, announced on Monday"


@pytest.mark.parametrize("text", [
    "The frigate Kestrel, deployed on patrols in the gulf since spring, was escorting five tankers.",  # no day or month
    "Ilse Brandt's new show, known since May for its kinder, gentler humour, signals a change of tone.",  # a list's comma
    "Orvik said, announced on Monday or not, the takeover would go ahead.",  # a verb before the first comma
    "The deal, agreed Monday, angered farmers.",  # too short a passage
])
def test_no_passage_of_its_own_for_an_aside_that_tells_no_dated_fact(text):
    assert _aside_end(text) is None


TAKEOVER = "Orvik Foods agreed to buy the grain trader Baltic Feed for 40 million euros."


def test_a_dated_aside_links_with_the_statement_it_tells(tmp_path):
    """The aside (``expected to close in January``) makes the same statement as a sentence of its own in another
    report; the whole sentence says more (a terminal, barges) and was only a weaker link."""
    dossier, links = _links(tmp_path, {
        "first": f"{TAKEOVER} The takeover of Baltic Feed is expected to close in January, pending approval by regulators in Riga.",
        "second": f"{TAKEOVER} The acquisition of Baltic Feed, expected to close in January, would give Orvik a second "
                  "port terminal on the Daugava river and a fleet of barges.",
    })
    assert _linked(dossier, links, ("first", "is expected to close in January"), ("second", "expected to close in January"))
    passage = next(p for link in links for p in link.passages if p.article == "second" and "January" in dossier.article("second").text(p))
    assert dossier.article("second").text(passage) == "The acquisition of Baltic Feed, expected to close in January"


@pytest.mark.parametrize("first, second", [
    ("The takeover of Baltic Feed is expected to close in January, pending approval by regulators in Riga.",
     "The acquisition of Baltic Feed, expected to close in March, would give Orvik a second port terminal on the Daugava river."),
    ("The takeover of Baltic Feed was announced on Monday by the chief executive of Orvik, Ilse Brandt.",
     "The takeover of Baltic Feed, announced on Tuesday, would give Orvik a second port terminal on the Daugava river."),
])
def test_a_dated_aside_telling_another_day_or_month_makes_no_confident_link(tmp_path, first, second):
    """The same takeover and verb, another month or weekday: background shared, not the same statement."""
    dossier, links = _links(tmp_path, {"first": f"{TAKEOVER} {first}", "second": f"{TAKEOVER} {second}"})
    assert not _linked(dossier, links, ("first", first[:40]), ("second", second[:40]))
