"""How the model names a report, titles one that has no title, and counts things: one way, used by the
core and the UI alike."""

from __future__ import annotations

from reader.core.model import Article, LinkOrigins, counted


def _article(outlet: str) -> Article:
    return Article(id="coast-news-17", outlet=outlet, body="Ferries stopped.", paragraphs=((0, 16),))


def test_a_report_is_named_by_its_outlet_else_by_its_id():
    assert _article("Coast News").name == "Coast News"
    assert _article("").name == "coast-news-17"


def test_an_untitled_report_is_titled_by_its_first_sentence_not_cut_at_an_abbreviation():
    lead = ("WASHINGTON \u2014 The senator met the retired F.B.I. director and Mr. Vance on Monday. "
            "The meeting lasted an hour.")
    untitled = Article(id="a", outlet="", body=lead, paragraphs=((0, len(lead)),))
    assert untitled.headline == "WASHINGTON \u2014 The senator met the retired F.B.I. director and Mr. Vance on Monday."
    unsure = Article(id="b", outlet="", body="It happened in the U.S. Then it spread.", paragraphs=((0, 39),))
    assert unsure.headline == unsure.body  # an initialism that may end the sentence: the line whole, not cut there


def test_a_count_agrees_with_its_noun():
    assert [counted(n, "origin") for n in (0, 1, 2)] == ["0 origins", "1 origin", "2 origins"]
    assert counted(2, "entity", "entities") == "2 entities"


def test_a_link_summary_counts_one_report_and_one_origin_in_the_singular():
    single = LinkOrigins(link="L1", groups=(("a",),), pairs=())
    assert single.summary({"a": "Coast News"}) == "1 report, 1 independent origin: each in its own words"
    pair = LinkOrigins(link="L2", groups=(("a", "b"),), pairs=())
    assert pair.summary({"a": "Coast News", "b": "Harbour Gazette"}) == (
        "2 reports, 1 independent origin: Coast News and Harbour Gazette reuse one text")
