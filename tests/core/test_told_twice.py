"""A link holding two passages of one report (``Link.also``): a report telling one statement twice, in its
headline and its lede, or in its lede and a later sentence. Pairwise readings keep one passage per report; what
asks which sentences a link holds (carriers, "only this report says", the shares, the exports) reads them all."""

from __future__ import annotations

import json
from itertools import combinations

from reader.core.export.documents import to_json, to_markdown
from reader.core.findings.collation import TOLD_AGAIN, carriers_of, pair_passages
from reader.core.ingest.loading import load_dossier
from reader.core.model import Analysis, Dossier, Link
from reader.core.pipeline import analyse
from reader.core.text.segment import segment_article
from tests.helpers import make_article


def _told_twice() -> tuple[Analysis, dict]:
    """The first report tells the closure in its opening sentence and again in its third."""
    articles = (
        make_article("The Varn bridge closed on Monday for repairs.", "Traffic was slow all day.",
                     "Engineers shut the Varn bridge on Monday to repair it.", article_id="r0", outlet="First"),
        make_article("Engineers closed the Varn bridge on Monday for repairs.", "A ferry runs meanwhile.",
                     article_id="r1", outlet="Second"),
        make_article("The Varn bridge was shut on Monday for repair work.", article_id="r2", outlet="Third"),
    )
    sentences = {article.id: segment_article(article) for article in articles}
    link = Link("L001", "paraphrase", 0.7, (sentences["r0"][0].span, sentences["r1"][0].span, sentences["r2"][0].span),
                also=(sentences["r0"][2].span,))
    return Analysis(dossier=Dossier(root="hand-made", articles=articles), sentences=sentences, links=(link,)), sentences


def test_a_reports_passages_are_its_best_then_its_others():
    analysis, sentences = _told_twice()
    link = analysis.links[0]
    assert link.passage_in("r0") == sentences["r0"][0].span
    assert link.passages_in("r0") == (sentences["r0"][0].span, sentences["r0"][2].span)
    assert link.passages_in("r1") == (sentences["r1"][0].span,) and link.passages_in("elsewhere") == ()
    assert link.articles == ("r0", "r1", "r2")  # one per report: the link joins three reports, not four
    assert link.every_passage == (*link.passages, sentences["r0"][2].span)


def test_narrowing_a_link_keeps_the_second_passages_of_the_reports_it_keeps_only():
    analysis, sentences = _told_twice()
    link = analysis.links[0]
    assert link.narrowed(link.passages[:2]).also == link.also
    assert link.narrowed(link.passages[1:], id="L001-x") == Link("L001-x", "paraphrase", 0.7, link.passages[1:])


def test_keeping_part_of_a_link_gives_a_report_whose_best_passage_goes_its_next_one():
    """What parts a link by speaker keeps the passages of one speaker, a report's second ones included."""
    analysis, sentences = _told_twice()
    link = analysis.links[0]
    kept = link.keeping({sentences["r0"][2].span, *link.passages[1:]})
    assert kept.passages == (sentences["r0"][2].span, *link.passages[1:]) and kept.also == ()
    assert link.keeping(set(link.every_passage)) == link


def test_the_second_passage_is_carried_by_the_other_reports_and_not_said_alone():
    analysis, sentences = _told_twice()
    again = sentences["r0"][2]
    assert carriers_of(analysis, again.span) == ("r1", "r2")
    assert [s.text for s in analysis.unique_sentences("r0")] == ["Traffic was slow all day."]
    assert analysis.shared_fraction("r0") > 0.7


def test_compare_pairs_the_second_passage_too_and_shows_both_of_the_other_column():
    analysis, sentences = _told_twice()
    mine = pair_passages(analysis, "r0", "r1")
    assert [passage.link.id if passage.link else None for passage in mine] == ["L001", None, "L001"]
    theirs = pair_passages(analysis, "r1", "r0")[0]
    assert theirs.counterpart == (0, 2)  # the best passage first: the column levels with it


def test_the_json_lists_the_second_passages_after_one_per_report_marked_also():
    analysis, _ = _told_twice()
    link = json.loads(to_json(analysis))["links"][0]
    assert [(p["article"], p.get("also", False)) for p in link["passages"]] == [
        ("r0", False), ("r1", False), ("r2", False), ("r0", True)]


def test_the_markdown_gives_the_second_passage_under_its_report():
    analysis, _ = _told_twice()
    text = to_markdown(analysis)
    assert f"- **First**, {TOLD_AGAIN}: Engineers shut the Varn bridge on Monday to repair it." in text


# --- grouping: a report telling the statement twice gives one link, not two (reader.core.links.told_twice) ---


def _links(folder, reports: dict[str, tuple[str | None, str]]) -> tuple[Dossier, tuple[Link, ...]]:
    for name, (title, body) in reports.items():
        header = f"outlet: {name.title()}\n" + (f"title: {title}\n" if title else "")
        (folder / f"{name}.md").write_text(f"---\n{header}---\n{body}\n", encoding="utf-8")
    dossier = load_dossier(folder)
    return dossier, analyse(dossier).links


def _text(dossier: Dossier, span) -> str:
    return dossier.article(span.article).text(span)


def _no_fact_split(links: tuple[Link, ...]) -> bool:
    return all(len(set(a.every_passage) & set(b.every_passage)) < 2 for a, b in combinations(links, 2))


FINE = "Regulators fined Halvor Mining 40 million crowns on Tuesday over the collapse of its Kessel tailings dam."


def test_a_report_repeating_its_lede_later_holds_both_in_the_one_link_of_the_fact(tmp_path):
    """One passage per report made the repeat a second link sharing the two other reports' ledes: one fact shown twice."""
    again = "The fine of 40 million crowns imposed on Halvor Mining for the Kessel dam collapse is the largest this decade."
    dossier, links = _links(tmp_path, {
        "first": (None, f"{FINE}\n\nVillagers downstream said the mud reached their fields within an hour.\n\n{again}"),
        "second": (None, "Halvor Mining was fined 40 million crowns by regulators on Tuesday for the collapse of its "
                         "Kessel tailings dam.\n\nThe company said it would appeal."),
        "third": (None, "Regulators on Tuesday imposed a fine of 40 million crowns on Halvor Mining after its Kessel "
                        "tailings dam collapsed.\n\nRain is expected in the valley this week."),
    })
    assert len(links) == 1 and _no_fact_split(links)
    assert [_text(dossier, span) for span in links[0].passages_in("first")] == [FINE, again]
    assert links[0].articles == ("first", "second", "third")


def test_a_headline_telling_its_lede_joins_the_ledes_link_as_its_reports_second_passage(tmp_path):
    """The third headline pairs with the other ledes as its lede does; the other headlines pair with the ledes only
    loosely (weaker pairs), so they stay in their own links with the headlines, sharing no two passages."""
    dossier, links = _links(tmp_path, {
        "first": ("Harbour authority closes Varn bridge for urgent repairs",
                  "The harbour authority closed the Varn bridge over the Ryn estuary on Monday for urgent repairs to its "
                  "cracked pillars.\n\nFerries will carry commuters across the estuary until the work is done."),
        "second": ("Varn bridge shut for urgent repairs",
                   "The Varn bridge over the Ryn estuary was shut on Monday by the harbour authority for urgent repairs "
                   "to cracked pillars.\n\nCommuters queued for hours at the ferry terminal."),
        "third": ("Cracked pillars close Varn bridge",
                  "The harbour authority has closed the Varn bridge across the Ryn estuary for urgent repairs to its "
                  "cracked pillars, it said on Monday.\n\nLocal shops said trade fell sharply."),
    })
    ledes = next(link for link in links if not any(span.in_title for span in link.passages))
    assert [span.in_title for span in ledes.passages_in("third")] == [False, True]
    assert _no_fact_split(links)
