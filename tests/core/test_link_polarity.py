"""Opposite claims and sentence fragments are not one statement: a verb of both denied in one passage only
(``polarity.opposite``), and the pieces a sentence is cut into keep an aside set off by dashes and a
quotation's closing mark where they belong (``units.clause_ranges``). Made-up names; no corpus text."""

from __future__ import annotations

import pytest

from reader.core.ingest.loading import load_dossier
from reader.core.links.align import find_links
from reader.core.links.polarity import denials_of, opposite
from reader.core.links.terms import compared_words, word_terms
from reader.core.links.units import Unit, clause_ranges, verb_indexes
from reader.core.model import Span
from reader.core.text.segment import segment_article
from reader.core.tokens import tokenize


def _links(folder, *bodies: str):
    for number, body in enumerate(bodies, 1):
        (folder / f"report{number}.md").write_text(f"---\noutlet: Report {number}\n---\n{body}\n", encoding="utf-8")
    dossier = load_dossier(folder)
    return [(link.kind, link.confident) for link in find_links(dossier, {a.id: segment_article(a) for a in dossier.articles})]


def _pieces(text: str) -> list[str]:
    tokens = tokenize(text)
    return [text[tokens[a].start : tokens[b - 1].end] for a, b in clause_ranges(tokens, verb_indexes(tokens))]


@pytest.mark.parametrize(
    "first",
    [
        pytest.param("The ministry has justified the harbour levies on grounds of public safety and told shippers to apply for waivers.",
                     id="cannot-beside-no-denial"),
        pytest.param("The ministry has justified the harbour levies on grounds of public safety, though it did not say how long they would last.",
                     id="a-denial-of-another-verb-after"),
    ],
)
def test_a_claim_and_its_denial_are_not_one_statement(tmp_path, first):
    second = '"The harbour levies cannot be justified on grounds of public safety," the shippers\' guild said in a statement.'
    assert ("paraphrase", True) not in _links(tmp_path, first, second)


@pytest.mark.parametrize(
    "second",
    [
        pytest.param("Financial terms of the harbour sale were not disclosed by either firm.", id="not-before-the-verb"),
        pytest.param("No financial terms of the harbour sale were disclosed by either firm.", id="a-denying-subject"),
    ],
)
def test_one_denial_said_two_ways_is_one_statement(tmp_path, second):
    assert any(confident for _, confident in _links(tmp_path, "Financial terms of the harbour sale were never disclosed by either firm.", second))


def _unit(text: str) -> Unit:
    tokens = tokenize(text)
    verbs = verb_indexes(tokens)
    terms = frozenset(term for token in tokens for term in word_terms(token.norm))
    actions = frozenset(term for i in verbs for term in word_terms(tokens[i].norm))
    return Unit(0, 0, Span("a", 0, len(text)), compared_words(tokens), (), terms, frozenset(), frozenset(), False, 0, actions, False)


@pytest.mark.parametrize(
    ("first", "second", "opposed"),
    [
        pytest.param("The levies have been justified by the ministry.", "The levies cannot be justified at all.", True, id="cannot"),
        pytest.param("The permit was signed on Friday.", "The permit wasn't signed on Friday.", True, id="n't"),
        pytest.param("The permit hadn't been signed by Friday.", "The permit hadn’ t been signed by Friday.", False,
                     id="n't-printed-apart"),
        pytest.param("No terms of the sale were disclosed.", "Terms of the sale were not disclosed.", False, id="a-denying-subject"),
        pytest.param("The memo shows he never felt threatened.", "He never wrote that he felt threatened.", False,
                     id="a-denial-reaching-a-later-verb"),
        pytest.param("It is not about tearing up the lease but about a plan that will cover every berth.",
                     "The plan covered every berth.", False, id="another-verb-denied"),
        pytest.param("The crews were unable to reach the flooded berth.", "The crews reached the flooded berth.", True,
                     id="unable-to"),
        pytest.param("The crews did not fail to reach the flooded berth.", "The crews reached the flooded berth.", False,
                     id="two-denials-turn-back"),
        pytest.param("The plan will not just cover the berth.", "The plan will cover the berth.", False, id="not-just-adds"),
    ],
)
def test_a_verb_of_both_is_opposed_only_when_denied_in_one_alone(first, second, opposed):
    assert opposite(_unit(first), _unit(second)) is opposed
    assert opposite(_unit(second), _unit(first)) is opposed


def test_an_aside_set_off_by_dashes_stays_in_its_sentence():
    text = "The port fined the ferry line ― a penalty not covered by its licence ― and ordered new inspections on Monday."
    assert _pieces(text) == [text]
    tariff = "The levy — aimed at one exporter in the north — was justified on safety grounds by the ministry."
    assert _pieces(tariff) == [tariff]


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        pytest.param("The levy was lifted on Monday by the ministry — a move welcomed by the exporters.",
                     ["The levy was lifted on Monday by the ministry —", "a move welcomed by the exporters."], id="one-dash"),
        pytest.param("The levy was lifted on Monday by the ministry -- a move welcomed by the exporters.",
                     ["The levy was lifted on Monday by the ministry --", "a move welcomed by the exporters."], id="a-dash-typed-twice"),
        pytest.param("KESTRELTON (Wire) — The levy was lifted on Monday by the ministry — a move welcomed by the exporters.",
                     ["KESTRELTON (Wire) — The levy was lifted on Monday by the ministry —", "a move welcomed by the exporters."],
                     id="after-a-dateline"),
    ],
)
def test_a_dash_left_unpaired_opens_a_clause(text, pieces):
    assert _pieces(text) == pieces


def test_a_quotation_begun_in_the_sentence_before_ends_its_piece():
    text = 'It should never have been signed," the mayor said of the lease at the harbour as the envoy sat beside him.'
    assert _pieces(text) == ['It should never have been signed,"', "the mayor said of the lease at the harbour as the envoy sat beside him."]
    opened = 'The mayor said of the lease, "It should never have been signed by anyone at all."'
    assert _pieces(opened) == ["The mayor said of the lease,", '"It should never have been signed by anyone at all."']


def test_an_aside_is_no_passage_linked_to_another_saying(tmp_path):
    links = _links(
        tmp_path,
        "After the board tested a new loading crane ― something not covered by the harbour agreement ― the port director "
        "called reporters to a briefing.",
        '"It is not about tearing up the harbour agreement, but about writing something new that will cover every berth," '
        "the mayor said.",
    )
    assert ("paraphrase", True) not in links


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        pytest.param("the plan will not cover it", "cover", (2, (3,)), id="not-among-the-helpers"),
        pytest.param("the crews were unable to reach it", "reach", (2, (3,)), id="failing-before-to"),
        pytest.param("the crews did not fail to reach it", "reach", (2, (3, 4)), id="a-denial-of-the-failing"),
        pytest.param("the plan will not only cover it", "cover", (5, ()), id="not-only"),
        pytest.param("the plan will not just cover it", "cover", (2, ()), id="not-just"),
        pytest.param("the crews hope to reach it", "reach", (3, ()), id="a-to-not-failing"),
    ],
)
def test_the_one_reading_of_a_denial_near_a_verb(text, verb, expected):
    words = tuple(text.split())
    assert denials_of(words, words.index(verb)) == expected
