"""A report that repeats itself (one sentence printed again and again, a quotation credited in turn to three
people): every stage that weighs a report's sentences, mentions, dates or quotations against each other looks
only near each one (``bench/huge_files.py --only repeated`` times it); here, what it finds is still all there."""

from __future__ import annotations

import pytest

from reader.core.model import Dossier
from reader.core.pipeline import analyse

from tests.helpers import make_article

TIMES = 60
SPEAKERS = ("Mayor Ilse Varn", "Deputy Mayor Ned Orr", "Councillor Tam Brisk")


def _quoted(i: int) -> str:
    return f'"We will rebuild the harbour wall by spring," said {SPEAKERS[i % 3]}.'


def _told(i: int, day: str = "Tuesday") -> str:
    return f"The council of Avalon met the Harbour Board in Northport on {day} and approved {i} permits."


@pytest.fixture(scope="module")
def repeated():
    again = make_article("Avalon plans its harbour.", " ".join(f"{_quoted(i)} {_told(i)}" for i in range(TIMES)),
                         article_id="a")
    once = make_article(f"{_quoted(0)} {_told(12, 'Wednesday')}", article_id="b")
    return analyse(Dossier(root=".", articles=(again, once)))


def test_every_repeat_is_a_sentence_naming_the_same_bodies(repeated):
    assert len(repeated.sentences["a"]) == 1 + 2 * TIMES
    mentions = {entity.name: [span.article for span in entity.mentions] for entity in repeated.entities}
    for name in ("Harbour Board", "Northport"):
        assert mentions[name].count("a") == TIMES and mentions[name].count("b") == 1


def test_every_date_and_count_is_found_once_and_each_count_compared(repeated):
    figures = repeated.findings.figures["a"]
    spans = [figure.span for figure in figures]
    assert all(x.end <= y.start for x, y in zip(spans, spans[1:]))  # in order, none overlapping
    assert [f.text for f in figures if f.kind == "count"] == [f"{i} permits" for i in range(TIMES)]
    assert [f.text for f in figures if f.kind == "date"] == ["Tuesday"] * TIMES
    compared = {c.figures[0].text: c.conflict for c in repeated.findings.comparisons}
    assert compared == {f"{i} permits": i != 12 for i in range(TIMES)}


def test_the_quotation_is_one_group_however_often_and_by_whomever_it_is_printed(repeated):
    (group,) = repeated.findings.quotes
    assert {quote.span.article for quote in group.quotes} == {"a", "b"}
    assert len({quote.speaker_entity for quote in group.quotes}) == len(SPEAKERS)
    assert sum(quote.speaker == "Ned Orr" for quote in group.quotes) == TIMES // 3  # no repeat is lost
    assert group.flags and group.flags[0].startswith("attributed differently")


def test_every_repeat_is_said_by_the_other_report_and_linked_where_it_is_the_same(repeated):
    (opening, *rest) = repeated.sentences["a"]
    assert all(repeated.said_by("a", sentence) == {"b"} for sentence in rest)
    assert repeated.unique_sentences("a") == (opening,)
    body = repeated.dossier.article("a").body
    linked = sorted(body[link.passage_in("a").start : link.passage_in("a").end] for link in repeated.links)
    # The quotation, once under each of its three speakers (its repeats count once, as with fewer of them).
    assert linked == sorted([_quoted(0), _quoted(1), _quoted(2), _told(12)])
    assert [len(of_link.pairs) for of_link in repeated.sourcing.origins.links] == [1, 1, 1, 1]


_SHARED = "The harbour board voted on Tuesday to close the old northern pier after engineers found deep cracks in its pilings."


@pytest.mark.parametrize("updates", [30, 300])
def test_one_report_repeating_a_sentence_does_not_crowd_out_the_reports_printing_it_once(updates):
    """A live page printing one sentence in each of hundreds of updates: its repeats count once, so the two reports
    that print the sentence word for word are still linked and still found to copy it (a phrase or a term it
    makes common in the dossier is common in that page alone)."""
    articles = (
        make_article(_SHARED, "Engineers said the pilings had rotted through and could give way within months.",
                     article_id="a", outlet="A"),
        make_article(_SHARED, "Fishermen said they had warned the board two years ago.", article_id="b", outlet="B"),
        make_article("Shopkeepers on the quay said trade would suffer all summer.", article_id="c", outlet="C"),
        make_article(*(f"Update {n}: {_SHARED}" for n in range(1, updates + 1)), article_id="live", outlet="Live"),
    )
    analysis = analyse(Dossier(root=".", articles=articles))
    first = {article: analysis.sentences[article][0] for article in "ab"}
    assert any({"a", "b"} <= {span.article for span in link.passages} for link in analysis.links)
    assert not any(analysis.said_alone(sentence.span) for sentence in first.values())
    shares = {share.article: share.copied for share in analysis.sourcing.origins.shares}
    assert shares["a"] > 0.3 and shares["b"] > 0.3
