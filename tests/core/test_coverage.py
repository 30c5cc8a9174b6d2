"""The coverage matrix's rows (reader.core.findings.coverage): one row per statement, each link on
exactly one row, found once per analysis and order."""

from __future__ import annotations

from dataclasses import replace

from reader.core.findings.coverage import Apart, coverage_of, row_text
from reader.core.model import Analysis, Dossier, Link
from reader.core.text.segment import segment_article
from tests.helpers import make_article

STATEMENTS = ("The port closed on Monday after a strike.", "Officials said talks would resume on Friday.")


def _reports(count: int) -> tuple[Analysis, dict]:
    """``count`` reports carrying the same two statements, each with a sentence of its own between them."""
    articles = tuple(
        make_article(STATEMENTS[0], f"Report {n} adds a detail of its own about the harbour.", STATEMENTS[1],
                     article_id=f"r{n}", outlet=f"Outlet {n}")
        for n in range(count)
    )
    sentences = {article.id: segment_article(article) for article in articles}
    return Analysis(dossier=Dossier(root="hand-made", articles=articles), sentences=sentences), sentences


def _spans(sentences: dict, index: int, ids: list[str]):
    return tuple(sentences[article_id][index].span for article_id in ids)


def test_every_link_is_on_one_row_in_the_order_of_its_links(analysis):
    rows = coverage_of(analysis)
    assert sorted(link.id for link in rows.links) == sorted(link.id for link in analysis.links)
    firsts = [rows.links.index(row[0]) for row in rows.rows]
    assert firsts == sorted(firsts)  # rows in the order of their first link
    assert all(rows.row_of[link.id] == n for n, row in enumerate(rows.rows) for link in row)
    assert all(rows.labels[link.id] in link.passages for link in rows.links)
    carried = [len(link.passages) for link in rows.links]
    assert carried == sorted(carried, reverse=True)  # the most widely carried first


def test_found_once_per_analysis_and_order(analysis):
    first = coverage_of(analysis)
    assert coverage_of(analysis) is first
    by_origins = coverage_of(analysis, by_origins=True)
    assert by_origins is not first and coverage_of(analysis, by_origins=True) is by_origins
    origins = analysis.sourcing.origins
    counts = [origins.origins_of(link) for link in by_origins.links]
    assert counts == sorted(counts, reverse=True)  # the most independent origins first
    assert coverage_of(replace(analysis)) is not first  # another analysis: its own rows


def test_a_statement_linked_twice_is_one_row_but_never_with_a_weaker_link():
    bare, sentences = _reports(6)
    ids = [article.id for article in bare.dossier.articles]
    links = (
        Link("first", "verbatim", 1.0, _spans(sentences, 0, ids[:3])),
        Link("second", "verbatim", 1.0, _spans(sentences, 0, ids[3:5])),
        # Its tersest passage reads as the first two's, but it may share only background.
        Link("weaker", "paraphrase", 0.5, (sentences["r5"][0].span, sentences["r0"][1].span), confident=False),
        Link("talks", "verbatim", 1.0, _spans(sentences, 2, ids[:2])),
    )
    rows = coverage_of(replace(bare, links=links))
    assert [[link.id for link in row] for row in rows.rows] == [["first", "second"], ["talks"], ["weaker"]]


def test_links_sharing_a_passage_keep_a_row_each_showing_different_passages():
    bare, sentences = _reports(2)
    shared = sentences["r0"][0].span
    links = (
        Link("short", "verbatim", 1.0, (shared, sentences["r1"][0].span)),
        Link("long", "paraphrase", 0.6, (shared, sentences["r1"][1].span)),
    )
    rows = coverage_of(replace(bare, links=links))
    assert len(rows.rows) == 2
    assert rows.labels["short"] != rows.labels["long"]  # the second row shows its other version


def test_a_row_reading_as_an_earlier_one_names_the_reports_it_adds():
    """A link whose every passage is another row's label: its row showed an earlier row's words,
    with no hint why the two are apart."""
    texts = {"r0": "Ferries stopped running at dawn.", "r1": "Ferries stopped running at dawn today.",
             "r2": "Lorries queued for miles.", "r3": "Lorries queued."}
    articles = tuple(make_article(text, article_id=key, outlet=key.upper()) for key, text in texts.items())
    sentences = {article.id: segment_article(article) for article in articles}
    bare = Analysis(dossier=Dossier(root="hand-made", articles=articles), sentences=sentences)
    links = (
        Link("ferries", "near", 0.9, _spans(sentences, 0, ["r0", "r1"])),
        Link("lorries", "near", 0.9, _spans(sentences, 0, ["r1", "r2", "r3"])),
        Link("bridge", "paraphrase", 0.4, _spans(sentences, 0, ["r0", "r3"])),
    )
    rows = coverage_of(replace(bare, links=links))
    labels = [rows.labels[row[0].id] for row in rows.rows]
    assert [row[0].id for row in rows.rows] == ["lorries", "ferries", "bridge"]
    assert labels[2] == labels[0]  # every passage of the bridge shown already: it reads as the first row
    assert rows.apart == {2: Apart(added=("r0",))}  # what it adds, said on the row


def test_a_row_adding_no_report_is_told_apart_by_a_version_of_its_own_else_by_its_number():
    """Two links of one headline: four reports, then three of them with a fifth report's lede (that lede one
    of those four's headline too, its label the same): the second read as the first, its reports a subset,
    and nothing told them apart. It names the version no earlier row holds; a third with the same reports and
    versions in other places is numbered. A row reading as no other gets nothing (the first one neither)."""
    head = "Quake shakes the valley"
    texts = {"r0": [head, "Lorries queued."], "r1": [head, "Ferries sailed."], "r2": [head, "Buses ran late."],
             "r3": [head, "A strong quake shook the valley at dawn on Sunday."]}
    articles = tuple(make_article(*paragraphs, article_id=key, outlet=key.upper()) for key, paragraphs in texts.items())
    sentences = {article.id: segment_article(article) for article in articles}
    bare = Analysis(dossier=Dossier(root="hand-made", articles=articles), sentences=sentences)
    links = (
        Link("heads", "verbatim", 1.0, _spans(sentences, 0, ["r0", "r1", "r2", "r3"])),
        Link("lede", "paraphrase", 0.6, (*_spans(sentences, 0, ["r0", "r1"]), sentences["r3"][1].span)),
        Link("lorries", "near", 0.9, _spans(sentences, 1, ["r0", "r1"])),
    )
    rows = coverage_of(replace(bare, links=links))
    assert [row[0].id for row in rows.rows] == ["heads", "lede", "lorries"]
    analysis = replace(bare, links=links)
    assert [row_text(analysis, rows.labels[row[0].id]) for row in rows.rows[:2]] == [head, head]  # the same words
    assert rows.apart == {1: Apart(own=sentences["r3"][1].span)}
    again = coverage_of(replace(bare, links=(*links, Link("heads2", "verbatim", 1.0, _spans(sentences, 0, ["r0", "r1"])))))
    assert again.apart == {1: Apart(own=sentences["r3"][1].span), again.row_of["heads2"]: Apart(nth=3)}, again.apart
