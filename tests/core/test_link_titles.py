"""Title lines in links (:mod:`reader.core.links.titles`): addressed before the body, read
sentence-cased, their verbs seen, linked to headlines and passages that make the same statement
without changing the bodies' links. Every report here is invented for these tests."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import pytest

from reader.core.export.documents import to_json
from reader.core.findings.omissions import find_omissions
from reader.core.findings.origins import find_origins
from reader.core.ingest.loading import load_dossier
from reader.core.links import title_links, titles, units
from reader.core.links.align import find_links
from reader.core.model import Article, Dossier, Span
from reader.core.pipeline import analyse
from reader.core.store.corrections import (
    Anchor,
    Corrections,
    apply_corrections,
    reject_link,
)
from reader.core.text.segment import segment_article

REPORTS = {
    "coast-wire": (
        "Coast Wire", "Harbour Crane Collapses At Port Ellery, Two Workers Injured",
        "A dock crane collapsed at the port of Ellery on Tuesday morning, injuring two workers, the harbour authority said.",
        "The crane, installed in 1998, was lifting a container when its boom gave way.",
        "Inspectors from the regional safety board arrived in the afternoon and closed the eastern quay.",
    ),
    "ellery-gazette": (
        "Ellery Gazette", "Crane Collapses At Port Ellery, Two Workers Injured",
        "Two dock workers were hurt when a crane toppled over at the port of Ellery on Tuesday, officials said.",
        "Both men were taken to the county hospital with injuries that were not life-threatening.",
        "The regional safety board has opened an inquiry and closed the eastern quay.",
    ),
    "valley-tribune": (
        "Valley Tribune", "Safety board shuts quay after crane accident",
        "The regional safety board closed the eastern quay at the port of Ellery after a crane fell on Tuesday.",
        "A spokesman for the dockers' union said the crane had been reported faulty last month.",
    ),
}


def write(folder: Path, reports: dict) -> Path:
    for name, (outlet, title, *paragraphs) in reports.items():
        header = f"---\noutlet: {outlet}\n" + (f"title: {title}\n" if title else "") + "---\n"
        (folder / f"{name}.md").write_text(header + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return folder


@pytest.fixture()
def harbour(tmp_path) -> Dossier:
    return load_dossier(write(tmp_path, REPORTS))


def links_of(dossier: Dossier):
    return find_links(dossier, {a.id: segment_article(a) for a in dossier.articles})


def links_with_titles(links):
    return [link for link in links if link.confident and any(span.in_title for span in link.passages)]


# --- addressing ----------------------------------------------------------------------------------


def test_a_title_passage_lies_before_the_body_and_reads_from_the_title():
    article = replace(Article("x", "X", "Body text.", ((0, 10),)), title="Tolls Rise")
    whole = article.title_span
    assert whole == Span("x", -11, -1) and whole.in_title and not Span("x", 0, 4).in_title
    assert article.text(whole) == "Tolls Rise" and article.text(Span("x", -5, -1)) == "Rise"
    assert article.source(whole) == "Tolls Rise\n" and article.source(Span("x", 0, 4)) == article.body
    assert article.text(Span("x", 0, 4)) == "Body"
    assert article.holds(-11, -1) and article.holds(0, 10)
    assert not article.holds(-12, -1) and not article.holds(-5, 0) and not article.holds(0, 11)
    assert replace(article, title=None).title_span is None and not replace(article, title=None).holds(-3, -1)


# --- reading a headline ----------------------------------------------------------------------------


def test_a_title_cased_headline_reads_in_lower_case_but_its_names(harbour):
    written = titles.casing(harbour)
    read = titles.read_as_sentence("Harbour Crane Collapses At Port Ellery, Two Workers Injured", written)
    assert read == "harbour crane collapses at port Ellery, two workers injured"
    assert len(read) == len("Harbour Crane Collapses At Port Ellery, Two Workers Injured")
    # A capital at the start of a body's sentence says nothing about the word.
    body = "Stevedores walked out. Stevedores met at noon. The stevedores left."
    dossier = Dossier("x", (Article("x", "X", body, ((0, len(body)),)),))
    assert titles.casing(dossier)["stevedores"] == 1
    # Never printed by a body: lower case when a common English word, else kept (it may be a name).
    assert titles.read_as_sentence("Quay Closed By Brannoxville", written) == "quay closed by Brannoxville"


def test_two_headlines_saying_the_same_are_linked(harbour):
    found = links_with_titles(links_of(harbour))
    pair = next(link for link in found if {s.article for s in link.passages} == {"coast-wire", "ellery-gazette"}
                and all(s.in_title for s in link.passages))
    for span in pair.passages:
        assert harbour.article(span.article).text(span) == harbour.article(span.article).title


def test_read_as_written_a_title_cased_headline_states_nothing(harbour, monkeypatch):
    """Without sentence-casing every word of the headline is capitalised: no lower-case word says
    something, so the two headlines are never linked."""
    monkeypatch.setattr(titles, "read_as_sentence", lambda title, written: title)
    assert not any(all(s.in_title for s in link.passages) for link in links_with_titles(links_of(harbour)))


def test_a_headline_telling_the_ledes_statement_is_no_row_beside_their_link(harbour):
    """The first report's headline makes the statement the ledes' link makes: it is no second link of that
    statement with the other report's lede (one statement, one row: ``links.folding``)."""
    found = [link for link in links_of(harbour) if link.confident]
    assert any({("coast-wire", False), ("ellery-gazette", False)} <= {(s.article, s.in_title) for s in link.passages}
               for link in found)
    assert not any(
        {(s.article, s.in_title) for s in link.passages} == {("coast-wire", True), ("ellery-gazette", False)}
        for link in found
    )


def _units(dossier: Dossier):
    whole, _, _, _, names = units.prepare(dossier, {a.id: segment_article(a) for a in dossier.articles})
    return whole, names


COUNCIL = {
    "north-post": ("North Post", "Council Approves Ferry Budget",
                   "The town council approved the ferry budget on Monday after a long debate.",
                   "Residents asked the council to send the plan to Ellery for a second opinion."),
    "south-post": ("South Post", None, "Councillors voted through the ferry budget on Monday evening."),
}


def test_a_headline_without_auxiliaries_has_the_verbs_the_bodies_use(tmp_path, monkeypatch):
    dossier = load_dossier(write(tmp_path, COUNCIL))
    whole, names = _units(dossier)
    title = next(u for u in whole if u.span.in_title)
    body = next(u for u in whole if not u.span.in_title and "approved" in u.words)
    assert title.actions & body.actions  # "Approves" is the bodies' "approved"
    # Names are never verbs, whatever the bodies' rules took for one ("to Ellery").
    assert not title.actions & names
    monkeypatch.setattr(units, "headline_verbs", lambda units, names, counted: None)
    whole, _ = _units(dossier)
    assert not next(u for u in whole if u.span.in_title).actions


def test_a_headline_with_a_verb_keeps_its_own():
    units = [
        SimpleNamespace(span=Span("a", 0, 40), actions=frozenset({"charg"}), terms=frozenset({"charg", "mayor"})),
        SimpleNamespace(span=Span("b", -30, -1), actions=frozenset({"convict"}), terms=frozenset({"convict", "charg"})),
    ]
    titles.headline_verbs(units, frozenset())
    assert units[1].actions == {"convict"}  # "Mayor convicted on two charges": the charges are a noun


def test_a_title_and_a_lede_are_one_main_fact_only_with_a_verb_of_both():
    title = SimpleNamespace(span=Span("a", -30, -1), actions=frozenset({"open"}))
    lede = SimpleNamespace(span=Span("b", 0, 90), actions=frozenset({"convict"}))
    other_lede = SimpleNamespace(span=Span("c", 0, 90), actions=frozenset())
    assert not titles.lede_alike(title, lede)
    assert titles.lede_alike(title, replace_actions(lede, {"open", "convict"}))
    assert titles.lede_alike(lede, other_lede)  # two body ledes: the lede rule as it was


def replace_actions(unit, actions):
    return SimpleNamespace(span=unit.span, actions=frozenset(actions))


# --- grouping --------------------------------------------------------------------------------------


def test_a_title_link_keeps_only_body_sentences_judged_together_and_not_already_linked():
    whole = [SimpleNamespace(span=Span("t", -20, -1), lede=True), SimpleNamespace(span=Span("a", 0, 50), lede=False),
             SimpleNamespace(span=Span("b", 0, 50), lede=False), SimpleNamespace(span=Span("c", 0, 50), lede=False)]
    pairs = {(0, 1): SimpleNamespace(score=0.4), (0, 2): SimpleNamespace(score=0.6), (0, 3): SimpleNamespace(score=0.5)}
    # a and b never judged together: the body most alike the title (b) stays.
    assert titles.judged_bodies([0, 1, 2], whole, {(0, 1), (0, 2)}, set(), pairs) == [0, 2]
    # b and c judged together, but a body link already joins them: one of them is enough.
    assert titles.judged_bodies([0, 2, 3], whole, {(0, 2), (0, 3), (2, 3)}, {(2, 3)}, pairs) == [0, 2]
    assert titles.judged_bodies([0, 2, 3], whole, {(0, 2), (0, 3), (2, 3)}, set(), pairs) == [0, 2, 3]
    # ... unless both are their reports' ledes: each meets the title here, whatever the body link holds.
    whole[2].lede = whole[3].lede = True
    assert titles.judged_bodies([0, 2, 3], whole, {(0, 2), (0, 3), (2, 3)}, {(2, 3)}, pairs) == [0, 2, 3]


def test_a_title_group_telling_a_body_link_adds_the_reports_it_lacks(monkeypatch):
    whole = [SimpleNamespace(article=a, words=(a,), span=Span(a, -20 if t else 0, -1 if t else 50)) for a, t in
             (("a", False), ("b", False), ("c", True), ("d", True), ("a", True), ("e", True), ("f", True), ("g", False))]
    monkeypatch.setattr(title_links, "_tells", lambda group, link, *_: bool(set(group) & set(link)))
    monkeypatch.setattr(title_links, "_meets", lambda xs, ys, *_: True)
    # c and d tell the link of a and b: it takes them, keeping its own passages; e and f tell nothing.
    found = [[1, 2, 3], [5, 6], [5]]
    assert title_links.told_in_links([[0, 1]], list(zip(found, found)), whole, {}, {}) == ([[0, 1, 2, 3]], [[5, 6]])
    # a's title does not take the place of a's body sentence in the link.
    assert title_links.told_in_links([[0, 1]], [([1, 4, 3], [1, 4, 3])], whole, {}, {}) == ([[0, 1, 3]], [])
    # Found holding the whole link of a and b, kept without it (those bodies are linked already):
    # the link takes the group's headlines, not its other bodies.
    assert title_links.told_in_links([[0, 1]], [([0, 1, 2, 3, 7], [2, 3, 7])], whole, {}, {}) == ([[0, 1, 2, 3]], [])
    monkeypatch.setattr(title_links, "_meets", lambda xs, ys, *_: False)
    assert title_links.told_in_links([[0, 1]], [([0, 1, 2, 3, 7], [2, 3, 7])], whole, {}, {}) == ([[0, 1]], [[2, 3, 7]])


def test_a_title_group_tells_a_link_only_losing_no_passage_and_meeting_its_others(monkeypatch):
    whole = [SimpleNamespace(article=a, span=Span(a, 0, 50)) for a in "abcdea"]
    monkeypatch.setattr(title_links, "one_statement", lambda group, whole, pairs: True)
    monkeypatch.setattr(title_links, "kept_apart", lambda x, y, whole, weights, pairs: {x, y} == {3, 4})
    link = [0, 1, 2]
    pairs = {(1, 3): "judged", (2, 3): "judged"}
    # d shares b with the link and meets a and c: half of its pairs there judged, none kept apart.
    assert title_links._tells([1, 3], link, whole, {}, pairs)
    assert not title_links._tells([3, 4], link, whole, {}, pairs)  # no passage shared
    assert not title_links._tells([1, 3, 5], link, whole, {}, pairs | {(0, 3): "judged", (2, 5): "judged"})  # a's would be lost
    assert not title_links._tells([1, 3], link, whole, {}, {(1, 3): "judged"})  # meets none of the others
    # Sharing two passages it tells the link's statement, unless something it holds is kept apart.
    assert title_links._tells([1, 2, 3], [0, 1, 2], whole, {}, {})
    assert not title_links._tells([1, 2, 4], [0, 1, 2, 3], whole, {}, {})


def test_titles_leave_the_links_between_bodies_as_they_were(harbour):
    untitled = replace(harbour, articles=tuple(replace(a, title=None) for a in harbour.articles))

    def bodies_only(links):
        return [(link.kind, link.score, link.passages, link.confident) for link in links
                if not any(s.in_title for s in link.passages)]

    assert bodies_only(links_of(harbour)) == bodies_only(links_of(untitled))
    assert links_with_titles(links_of(harbour)) and not links_with_titles(links_of(untitled))


# --- what shows and exports a link -----------------------------------------------------------------


def test_the_json_export_addresses_a_title_passage_before_the_body(harbour):
    document = json.loads(to_json(analyse(harbour)))
    titled = {a["id"]: a["title"] for a in document["articles"]}
    passages = [p for link in document["links"] for p in link["passages"] if p["start"] < 0]
    assert passages
    for passage in passages:
        title = titled[passage["article"]] + "\n"
        assert -len(title) <= passage["start"] < passage["end"] <= -1
        assert (title[passage["start"]:passage["end"]]).strip()


def test_a_rejected_title_link_stays_rejected_until_the_title_changes(harbour):
    analysis = analyse(harbour)
    link = links_with_titles(analysis.links)[0]
    decision = reject_link(analysis, link)
    corrected = apply_corrections(analysis, Corrections((decision,)))
    assert all(other.passages != link.passages for other in corrected.links + corrected.weaker_links)
    title_anchor = next(anchor for anchor in decision.passages if anchor.start < 0)
    assert title_anchor.resolve(harbour) is not None
    retitled = replace(harbour, articles=tuple(
        replace(a, title=a.title + " Again") if a.id == title_anchor.article else a for a in harbour.articles))
    assert title_anchor.resolve(retitled) is None  # another title: the decision no longer applies
    assert Anchor(title_anchor.article, -500, -1, title_anchor.fingerprint).resolve(harbour) is None


def test_a_title_link_rejected_in_the_sidecar_stays_rejected_on_the_next_open(tmp_path):
    from reader.core.store.corrections import load_corrections, save_corrections

    folder = write(tmp_path, REPORTS)
    first = analyse(load_dossier(folder))
    link = links_with_titles(first.links)[0]
    assert save_corrections(folder, Corrections((reject_link(first, link),))) is None
    corrections, problem = load_corrections(folder)
    assert problem is None
    again = apply_corrections(analyse(load_dossier(folder)), corrections)
    assert all(other.passages != link.passages for other in again.links + again.weaker_links)


def test_omissions_leave_title_links_out(harbour):
    analysis = analyse(harbour)
    omissions = find_omissions(analysis, find_origins(analysis))
    held = {link.id for link in analysis.links if any(s.in_title for s in link.passages)}
    assert held and not any(o.link in held for rows in omissions.by_article.values() for o in rows)


def test_the_reports_for_people_give_a_headline_in_its_own_words_and_say_so(harbour):
    from reader.core.export.documents import to_markdown
    from reader.report.html import to_html

    analysis = analyse(harbour)
    markdown, page = to_markdown(analysis), to_html(analysis)
    assert "- **Ellery Gazette** (headline): " in markdown and "Crane Collapses At Port Ellery" in markdown
    assert '<span class="meta">(headline)</span>' in page
    assert "Crane Collapses At Port Ellery" in page
