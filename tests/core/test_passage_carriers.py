"""Which reports carry a passage (reader.core.findings.collation.carriers_of): every report of every
link touching it, as a passage may carry two statements, a link for each. The gutter, the compare
status and the N-way view all count by it, so a fact-checker reads one answer."""

from __future__ import annotations

from reader.core.findings.collation import carriers_of, pair_passages
from reader.core.model import Analysis, Dossier, Link
from reader.core.text.segment import segment_article
from tests.helpers import make_article


def _dossier() -> tuple[Analysis, dict]:
    """Three reports; the first's opening sentence tells two things, each linked to another report."""
    articles = (
        make_article("The mill shut on Tuesday and its owner blamed the drought.", "Rain is due next week.",
                     article_id="r0", outlet="First"),
        make_article("The mill shut on Tuesday, workers said.", "Nobody was hurt.", article_id="r1", outlet="Second"),
        make_article("The owner of the mill blamed the long drought.", "Rain is due next week.",
                     article_id="r2", outlet="Third"),
    )
    sentences = {article.id: segment_article(article) for article in articles}
    return Analysis(dossier=Dossier(root="hand-made", articles=articles), sentences=sentences), sentences


def test_a_passage_of_two_statements_is_carried_by_the_reports_of_both_links():
    bare, sentences = _dossier()
    opening, rain = sentences["r0"][0], sentences["r0"][1]
    links = (
        Link("shut", "paraphrase", 0.8, (opening.span, sentences["r1"][0].span)),
        Link("blamed", "paraphrase", 0.6, (opening.span, sentences["r2"][0].span)),
        Link("rain", "verbatim", 1.0, (rain.span, sentences["r2"][1].span)),
    )
    analysis = Analysis(dossier=bare.dossier, sentences=sentences, links=links)
    assert carriers_of(analysis, opening.span) == ("r1", "r2")  # the strongest link's first
    assert carriers_of(analysis, rain.span) == ("r2",)
    assert carriers_of(analysis, sentences["r1"][1].span) == ()
    # Paired with the second report, the passage shows the link to it, and still counts the third.
    passage = pair_passages(analysis, "r0", "r1")[0]
    assert passage.link.id == "shut" and passage.carriers == ("r1", "r2")


def test_a_passage_in_two_links_to_one_report_is_paired_with_its_closest_version():
    """The other report tells the sentence loosely and then word for word, each in a link: the pair the compare
    view levels is the word-for-word one, whichever link scores higher."""
    articles = (
        make_article("The mill shut on Tuesday after the long drought.", article_id="r0", outlet="First"),
        make_article("Drought closes the old mill.", "The mill shut on Tuesday after the long drought.", article_id="r1", outlet="Second"),
    )
    sentences = {article.id: segment_article(article) for article in articles}
    lead, loose, same = sentences["r0"][0], sentences["r1"][0], sentences["r1"][1]
    links = (
        Link("loose", "paraphrase", 0.9, (lead.span, loose.span)),
        Link("same", "verbatim", 0.8, (lead.span, same.span)),
    )
    analysis = Analysis(dossier=Dossier(root="hand-made", articles=articles), sentences=sentences, links=links)
    passage = pair_passages(analysis, "r0", "r1")[0]
    assert (passage.link.id, passage.counterpart) == ("same", (1,))
    assert pair_passages(analysis, "r0", "r1", preferring="loose")[0].link.id == "loose"
