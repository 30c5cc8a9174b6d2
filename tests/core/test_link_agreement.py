"""Two passages make one statement only when they agree on its particulars: figures, ranks, weekdays."""

from __future__ import annotations

import pytest

from reader.core.ingest.loading import load_dossier
from reader.core.links.align import find_links
from reader.core.links.telling_apart import at_odds
from reader.core.links.terms import particulars_of
from reader.core.links.units import prepare
from reader.core.text.segment import segment_article


def _links(folder, reports: dict[str, str]):
    for name, body in reports.items():
        (folder / f"{name}.md").write_text(f"---\noutlet: {name.title()}\n---\n{body}\n", encoding="utf-8")
    dossier = load_dossier(folder)
    return find_links(dossier, {a.id: segment_article(a) for a in dossier.articles})


@pytest.mark.parametrize(
    ("word", "particulars"),
    [
        ("26", (("figure", "26"),)),
        ("1,200", (("figure", "1200"),)),
        ("twenty-six", (("figure", "26"),)),
        ("five", (("figure", "5"),)),
        ("12-year-old", (("figure", "12"),)),
        ("12th", (("rank", "12"),)),
        ("third", (("rank", "3"),)),
        ("first-ever", (("rank", "1"),)),
        ("friday", (("day", "friday"),)),
        ("2012", ()),
        ("one", ()),
        ("summit", ()),
        ("\u00b2", ()),  # a superscript two: a digit to str.isdigit, no number to read
        ("\u19da", ()),
    ],
)
def testparticulars_of_of_a_word(word, particulars):
    assert particulars_of(word) == particulars


@pytest.mark.parametrize(
    ("one", "other", "odds"),
    [
        ("The quake struck 26 miles north of the town.", "The quake struck 20 miles north of the town.", True),
        ("The quake struck 26 miles north of the town.", "The quake struck 26 miles north of the town.", False),
        ("It will be the third summit of the leaders.", "It will be the first-ever summit of the leaders.", True),
        ("The dam burst on Sunday in the valley.", "The dam burst on Monday in the valley.", True),
        # a figure or a day about what only one of them says is no disagreement: a sentence may carry two facts
        ("Regulators fined the miners 40 crowns on Tuesday after the dam burst.", "The dam burst on Sunday, sending 2 metres of mud.", False),
        ("The quake struck 26 miles north of the town.", "The quake struck north of the town.", False),
    ],
)
def testparticulars_of_areat_odds_only_about_what_both_passages_say(tmp_path, one, other, odds):
    for name, body in (("first", one), ("second", other)):
        (tmp_path / f"{name}.md").write_text(f"---\noutlet: {name}\n---\n{body}\n", encoding="utf-8")
    dossier = load_dossier(tmp_path)
    whole, *_ = prepare(dossier, {a.id: segment_article(a) for a in dossier.articles})
    assert at_odds(whole[0], whole[1]) is odds


SUMMIT = "The meeting of the Velden and Norvik premiers at the harbour palace will be the {} summit between the two rival states."
PARAPHRASE = "Velden and Norvik premiers are to hold their {} summit at the harbour palace, the rival states confirmed."


@pytest.mark.parametrize(
    ("one", "other"),
    [("third", "first-ever"), ("12th", "second")],
)
def test_paraphrases_naming_other_ranks_make_only_a_weaker_link(tmp_path, one, other):
    links = _links(tmp_path, {"first": SUMMIT.format(one), "second": PARAPHRASE.format(other)})
    assert [link.confident for link in links] == [False]


def test_paraphrases_naming_the_same_rank_are_linked(tmp_path):
    links = _links(tmp_path, {"first": SUMMIT.format("third"), "second": PARAPHRASE.format("3rd")})
    assert [(link.kind, link.confident) for link in links] == [("paraphrase", True)]


def test_paraphrases_naming_other_figures_or_days_make_only_a_weaker_link(tmp_path):
    links = _links(tmp_path, {
        "first": "The earthquake struck on Thursday some 26 miles east of Port Mellin, rattling the valley vineyards.",
        "second": "An earthquake rattled the valley vineyards some 20 miles east of Port Mellin on Friday.",
    })
    assert [link.confident for link in links] == [False]


def test_a_third_passage_naming_another_figure_does_not_join_the_link(tmp_path):
    """The third report shares the statement with the second (which names no age), not with the first."""
    links = _links(tmp_path, {
        "first": "Prosecutors played jurors an audio recording of the sect leader assaulting a 12-year-old girl at the compound.",
        "second": "An audio recording of the sect leader assaulting a girl at the compound was played for jurors by prosecutors.",
        "third": "The sect leader was heard assaulting a 15-year-old girl at the compound on an audio recording prosecutors played for jurors.",
    })
    for link in links:
        if link.confident:
            assert {"first", "third"} - set(link.articles)
    assert any(link.confident and {"first", "second"} <= set(link.articles) for link in links)
