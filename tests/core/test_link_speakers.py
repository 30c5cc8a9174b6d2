"""Quotations credited to other people make no link: two people may each say a stock line (made-up
names and sentences; no corpus text)."""

from __future__ import annotations

import pytest

from reader.core.links.speakers import part_speakers, same_statement
from reader.core.model import Analysis, Dossier, Link, Quote, Span
from reader.core.pipeline import analyse
from reader.core.text.quotation_marks import quoted_words

from tests.helpers import make_article


def _texts(analysis):
    return [sorted(analysis.dossier.article(s.article).text(s) for s in link.passages) for link in analysis.links]


def _harbour(*, deputy_first: bool):
    """A report quoting the new harbour master and her deputy, each closing on a line of the same kind,
    their quotations running over paragraphs that open with no mark of their own."""
    chief = [
        'Ilse Varga said: "Being picked to run this port is a rare privilege.',
        "I have loved these docks since I was a girl.",
        'I can hardly wait to get going on the new quays."',
    ]
    deputy = [
        'Tom Keller, her deputy, said: "Ilse will be a superb chief for all of us.',
        'I can hardly wait to start this new chapter on the quays!"',
    ]
    if deputy_first:  # the other report names her by her surname alone
        chief[0] = 'Varga said in a statement: "Being picked to run this port is a rare privilege.'
    lede = "The Lyle port authority named harbour master Ilse Varga as its new head on Monday."
    paragraphs = [lede, *deputy, *chief] if deputy_first else [lede, *chief, *deputy]
    return make_article(*paragraphs, article_id="b" if deputy_first else "a", outlet="Beta" if deputy_first else "Alpha")


def test_two_people_saying_a_stock_line_are_not_linked_and_one_speaker_quoted_twice_is():
    analysis = analyse(Dossier(root=".", articles=(_harbour(deputy_first=False), _harbour(deputy_first=True))))
    texts = _texts(analysis)
    chief = 'I can hardly wait to get going on the new quays."'
    deputy = 'I can hardly wait to start this new chapter on the quays!"'
    assert [chief, chief] in texts  # full name in one report, surname in the other: one speaker
    assert [deputy, deputy] in texts
    assert not any(chief in passages and deputy in passages for passages in texts)


CHIEF = "I can hardly wait to get going on the quays."
DEPUTY = "I can hardly wait to start this new chapter!"


def _analysis(**bodies: str) -> Analysis:
    return Analysis(dossier=Dossier(root=".", articles=tuple(
        make_article(body, article_id=name, outlet=name.upper()) for name, body in bodies.items())))


def _quote(analysis: Analysis, article: str, entity: str | None, name: str | None = None, share: float = 1.0) -> Quote:
    """A quotation of the whole of ``article`` (of its first ``share``), credited to ``entity``."""
    end = int(len(analysis.dossier.article(article).body) * share)
    return Quote(span=Span(article, 0, end), speaker=name or entity, speaker_entity=entity)


def _link(analysis: Analysis, number: int, *articles: str) -> Link:
    spans = tuple(Span(a, 0, len(analysis.dossier.article(a).body)) for a in articles)
    return Link(f"L{number:03d}", "paraphrase", 0.7, spans)


def test_a_link_keeps_its_speaker_and_loses_the_passage_of_another():
    analysis = _analysis(a=CHIEF, b=CHIEF, c=CHIEF, d=DEPUTY, e=CHIEF)
    said = {
        "a": (_quote(analysis, "a", "ilse-varga", "Ilse Varga"),),
        "b": (_quote(analysis, "b", "varga", "Varga"),),  # entities left apart, the surname shared: the same woman
        "c": (_quote(analysis, "c", "ilse-varga", "Ilse Varga"),),
        "d": (_quote(analysis, "d", "tom-keller", "Tom Keller"),),
        "e": (),  # no quotation: who says it is unknown
    }
    (link,) = part_speakers((_link(analysis, 1, "a", "b", "c", "d", "e"),), said, analysis)
    assert link.id == "L001" and [s.article for s in link.passages] == ["a", "b", "c", "e"]


def test_a_link_of_two_speakers_one_passage_each_goes_and_an_unknown_speaker_keeps_it():
    analysis = _analysis(a=CHIEF, b=DEPUTY, c=DEPUTY, d=DEPUTY)
    said = {"a": (_quote(analysis, "a", "ilse-varga"),), "b": (_quote(analysis, "b", "tom-keller"),),
            "c": (_quote(analysis, "c", None, "the 40-year-old"),), "d": (_quote(analysis, "d", "tom-keller", share=0.3),)}
    assert part_speakers((_link(analysis, 1, "a", "b"),), said, analysis) == ()
    assert len(part_speakers((_link(analysis, 1, "a", "c"),), said, analysis)) == 1  # a description names no one known
    assert len(part_speakers((_link(analysis, 1, "a", "d"),), said, analysis)) == 1  # d is mostly not quoted


def test_the_same_words_credited_to_two_people_stay_linked():
    """One report gives the words to the ministry, the other to the embassy: one saying, misattributed."""
    analysis = _analysis(a=CHIEF, b=CHIEF.replace("the quays", "those quays"))
    said = {"a": (_quote(analysis, "a", "ilse-varga"),), "b": (_quote(analysis, "b", "tom-keller"),)}
    assert len(part_speakers((_link(analysis, 1, "a", "b"),), said, analysis)) == 1


def test_a_link_left_with_what_another_shows_goes():
    analysis = _analysis(a=CHIEF, b=CHIEF, c=DEPUTY)
    said = {"a": (_quote(analysis, "a", "ilse-varga"),), "b": (_quote(analysis, "b", "ilse-varga"),),
            "c": (_quote(analysis, "c", "tom-keller"),)}
    kept = part_speakers((_link(analysis, 1, "a", "b"), _link(analysis, 2, "a", "b", "c")), said, analysis)
    assert [link.id for link in kept] == ["L001"]


def _joined(text: str) -> str:
    return " ".join(quoted_words(text))


@pytest.mark.parametrize("short, long_, same", [
    # one subject, words of their own: two sayings
    ("The harbour plan is a fiasco,", "The harbour plan is a dreadful plan. We paid for it twice. It is absurd.", False),
    ("the last tide", "we are nearly at the last week of the lease and all of us recall that night", False),
    # a quotation and its slightly different versions: one statement
    ("The ferry turned sharply towards the drifting barges and hailed them.",
     "The ferry turned sharply (its bow) towards the drifting barges and hailed them.", True),
    ("The ferry turned towards the drifting barges and hailed them.",
     "The ferry turned its whole bow towards the drifting barges and hailed them.", True),
    ("I haven't sailed it since I was ten",
     "though the harbour has been my passion all my days I've not sailed it since I was ten", True),
    ("the quay center is the heart of the port", "the quaycenter is the heart of the port and its trade", True),
    ("It is absurd.", "The harbour plan is a dreadful plan. We paid for it twice. It is absurd.", True),
])
def test_same_statement_needs_the_shorter_quotations_own_words(short, long_, same):
    assert same_statement(_joined(short), _joined(long_)) is same
