"""Omissions: what most other reports carry and one does not, ranked by independent origins."""

from __future__ import annotations

from reader.core.findings.omissions import find_omissions, told_in
from reader.core.findings.origins import find_origins
from reader.core.ingest.loading import load_dossier
from reader.core.model import Analysis, Dossier, Link, Span
from reader.core.model.telling import term
from reader.core.pipeline import analyse
from reader.core.text.segment import segment_article
from tests.conftest import DATA
from tests.helpers import make_article


def test_bundled_five_omissions_are_ranked_and_carried_by_others(analysis):
    omissions = find_omissions(analysis, find_origins(analysis))
    assert omissions.by_article
    assert analysis.sourcing.omissions == omissions  # found once the quotations and figure comparisons were
    links = {link.id: link for link in analysis.links}
    for article, rows in omissions.by_article.items():
        assert [(-o.origins, -o.reports) for o in rows] == sorted((-o.origins, -o.reports) for o in rows)
        for omission in rows:
            link = links[omission.link]
            assert article not in link.articles
            assert omission.reports == len(link.articles) >= 2
            assert 1 <= omission.origins <= omission.reports


def test_copies_weigh_as_one_origin_and_a_source_omits_nothing():
    analysis = analyse(load_dossier(DATA / "origins"))
    omissions = find_omissions(analysis, find_origins(analysis))
    assert "council-release" not in omissions.by_article
    lacking = omissions.of("valley-voice")
    assert lacking and all(o.reports == 2 and o.origins == 1 for o in lacking)
    assert omissions.of("daily-courier") == ()


def _span(article, phrase: str) -> Span:
    at = article.body.index(phrase)
    return Span(article.id, at, at + len(phrase))


SAID = {"a": "The coast road stays closed after the storm.", "b": "Storm damage keeps the shore highway shut.",
        "c": "Drivers cannot use the seafront route since Tuesday's gale.", "d": "Officials have not reopened the beach road.",
        "e": "Gulls circled over the quay."}
"""Four reports' own words for one statement (no two alike enough to be a near-copy), and a fifth's other news."""
REPORTS = tuple(make_article(said, article_id=name) for name, said in SAID.items())


def _omitted(*links: Link) -> dict[str, set[str]]:
    """Each report's omitted links in a hand-made analysis of :data:`REPORTS` with ``links``."""
    analysis = Analysis(dossier=Dossier(root="hand-made", articles=REPORTS),
                        sentences={r.id: segment_article(r) for r in REPORTS}, entities=(),
                        links=tuple(link for link in links if link.confident),
                        weaker_links=tuple(link for link in links if not link.confident))
    found = find_omissions(analysis, find_origins(analysis))
    return {report: {o.link for o in rows} for report, rows in found.by_article.items()}


def _link(link_id: str, reports: str, *, confident: bool = True) -> Link:
    return Link(link_id, "paraphrase", 0.8, tuple(_span(r, SAID[r.id]) for r in REPORTS if r.id in reports), confident=confident)


def test_no_report_words_are_read_when_no_link_may_be_omitted(monkeypatch):
    """A weaker link is omitted by none: the reports' words (every sentence read, a third of a second at 500
    reports) are not read at all; a confident one two of the five reports carry is omitted by the other three."""
    read = []
    rows = Analysis.word_rows
    monkeypatch.setattr(Analysis, "word_rows", lambda self, **kw: read.append(kw) or rows(self, **kw))
    assert _omitted(_link("L1", "ab", confident=False)) == {} and read == []
    assert _omitted(_link("L1", "ab")) == {"c": {"L1"}, "d": {"L1"}, "e": {"L1"}} and {} in read


def test_a_report_in_an_overlapping_link_over_the_same_sentences_leaves_nothing_out():
    """One statement as two overlapping links (b, c, d and a, b, c, over the same sentences of b
    and c): a is in the one, d in the other, and each carries the statement; e alone leaves it out."""
    assert _omitted(_link("L1", "bcd"), _link("L2", "abc")) == {"e": {"L1", "L2"}}


def test_a_report_carrying_the_statement_by_another_link_a_weaker_one_too_leaves_nothing_out():
    """a says it in its words, which only a second (weaker) link ties to b's."""
    assert _omitted(_link("L1", "bcd"), _link("W1", "ab", confident=False)) == {"e": {"L1"}}


FERRY = {"a": "The ferry company will cut its winter timetable to two crossings a day from March, blaming fuel "
              "prices and a shortage of deckhands.",
         "b": "From March the ferry company cuts its winter timetable to two crossings a day, after losing money on "
              "empty evening sailings.",
         "c": "Citing a drop in tourist numbers, the ferry company is cutting its winter timetable to two crossings a "
              "day from March.",
         "d": "Passengers learned at the harbour office on Monday that the ferry company will cut the winter timetable "
              "to two crossings a day from March, and several complained loudly about the short notice given to "
              "families on the outer islands.",
         "e": "The ferry company reported record summer crowds and a new cafe on the quay on the busiest day of the "
              "year, two weeks after the mayor opened new car parks near the harbour; its winter timetable, to be "
              "published in March, will say how many crossings will run."}
"""Three reports carry one statement; d tells it inside a longer sentence of its own, not alike enough to be a
near-copy; e prints the same words scattered over a sentence about other news."""


def test_a_report_telling_the_statement_inside_a_sentence_of_its_own_leaves_nothing_out():
    reports = tuple(make_article(text, article_id=name) for name, text in FERRY.items())
    link = Link("L1", "paraphrase", 0.8, tuple(_span(r, r.body.strip()) for r in reports if r.id in "abc"))
    analysis = Analysis(dossier=Dossier(root="hand-made", articles=reports),
                        sentences={r.id: segment_article(r) for r in reports}, entities=(), links=(link,))
    assert not analysis.said_by("d", analysis.sentences["d"][0])  # no near-copy: the core words tell it
    found = find_omissions(analysis, find_origins(analysis))
    assert {report: {o.link for o in rows} for report, rows in found.by_article.items()} == {"e": {"L1"}}


def test_told_in_a_stretch_of_one_sentence_holding_enough_core_words():
    core = frozenset({"ferry", "winter", "timetable", "crossing"})
    assert told_in(core, [("ferry", None, "winter", "timetable", None, "gull")])
    assert not told_in(core, [("ferry", "winter"), ("timetable", "crossing")])  # two sentences are two statements
    assert not told_in(core, [("ferry", *[None] * 12, "winter", *[None] * 12, "timetable")])  # scattered: the subject
    assert not told_in(frozenset({"never", "made"}), [("never", "made")])  # too few words to tell one fact


QUIP = {"a": "It's absurd.", "b": "It's absurd.", "c": "It's absurd.",
        "d": "The harbour master called the new mooring fee \"absurd\" in a radio interview.",
        "e": "The Absurd Players staged a comedy on the quay.", "f": "Gulls circled over the quay."}
"""Three reports quote a two-word saying; d prints its one rare word inside a sentence of its own, e only in a
name, f not at all."""


def test_a_short_saying_told_inside_a_longer_sentence_is_no_omission_but_a_name_printing_its_word_is():
    reports = tuple(make_article(text, article_id=name) for name, text in QUIP.items())
    link = Link("L1", "verbatim", 1.0, tuple(_span(r, r.body) for r in reports if r.id in "abc"))
    analysis = Analysis(dossier=Dossier(root="hand-made", articles=reports),
                        sentences={r.id: segment_article(r) for r in reports}, entities=(), links=(link,))
    found = find_omissions(analysis, find_origins(analysis))
    assert {report: {o.link for o in rows} for report, rows in found.by_article.items()} == {"e": {"L1"}, "f": {"L1"}}


def test_a_form_of_a_function_word_is_no_word_of_the_statement():
    """``having`` is ``have``: a report telling the rest of the statement need not print it."""
    assert term("having") is None and term("done") is None
    assert term("fathered") == "father" and term("lied") == "lie"
