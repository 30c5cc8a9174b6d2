"""A link between a statement and its denial keeps the link and says so: each passage's stance, the words making it,
the change holding them typed ``stance``, in the JSON and Markdown exports and the N-way note (invented text)."""

from __future__ import annotations

import json

import pytest

from reader.core.export.documents import to_json, to_markdown
from reader.core.findings.collation import version_note
from reader.core.findings import difftypes, stance as stance_module
from reader.core.findings.difftypes import classify, pair_findings
from reader.core.findings.stance import pair_stance, stance_difference, stance_note
from reader.core.model import Analysis, Article, Dossier, Link, Span
from reader.core.pipeline import analyse
from reader.report.html import to_html
from reader.core.text.diff import diff_passages
from reader.core.text.segment import segment_article
from tests.helpers import make_article

TOLD = "The Kelby bridge was weakened by the March floods, engineers said on Tuesday."
CLAUSE = "the Kelby bridge was weakened by the March floods"


def _pair(first: str, second: str = TOLD) -> Analysis:
    articles = (make_article(first, article_id="a", outlet="Harbour Daily"),
                make_article(second, article_id="b", outlet="Valley Post"))
    return Analysis(dossier=Dossier("test", articles), sentences={a.id: segment_article(a) for a in articles})


def _span(analysis: Analysis, article: str, text: str) -> Span:
    start = analysis.dossier.article(article).body.index(text)
    return Span(article, start, start + len(text))


def _whole(analysis: Analysis, article: str) -> Span:
    body = analysis.dossier.article(article).body
    return Span(article, 0, len(body))


def _cue_text(analysis: Analysis, cue: Span | None) -> str | None:
    return cue and analysis.dossier.article(cue.article).text(cue)


@pytest.mark.parametrize(
    ("first", "stance", "cue"),
    [
        pytest.param(f"Inspectors found no evidence that {CLAUSE}.", "not confirmed", "found no evidence that", id="no-evidence"),
        pytest.param(f"There is no proof that {CLAUSE}.", "not confirmed", "There is no proof that", id="no-proof"),
        pytest.param(f"The ministry has not confirmed that {CLAUSE}.", "not confirmed", "has not confirmed that", id="not-confirmed"),
        pytest.param(f"The report never said that {CLAUSE}.", "not confirmed", "never said that", id="never-said-that"),
        pytest.param(f"The mayor denied that {CLAUSE}.", "denied", "denied that", id="denied-that"),
        pytest.param(f"The mayor denied reports that {CLAUSE}.", "denied", "denied reports that", id="denied-reports"),
        pytest.param(f"The mayor repeated false claims that {CLAUSE}.", "denied", "repeated false claims that", id="false-claims"),
        pytest.param(f"It is unclear whether {CLAUSE}.", "uncertain", "It is unclear whether", id="unclear-whether"),
        pytest.param("The Kelby bridge was not weakened by the March floods, engineers said on Tuesday.", "denied", "not",
                     id="not-before-the-verb"),
        pytest.param("The mayor said on Tuesday that the Kelby bridge was never weakened by the March floods.", "denied", "never",
                     id="said-alike-the-statement-denied"),
        pytest.param("No bridge was weakened by the March floods, engineers said on Tuesday.", "denied", "No",
                     id="a-negative-subject"),
        pytest.param("The March floods failed to weaken the Kelby bridge, engineers said on Tuesday.", "denied", "failed to",
                     id="failed-to"),
        pytest.param(f"Prosecutors failed to prove that {CLAUSE}.", "not confirmed", "failed to prove that", id="failed-to-prove"),
        pytest.param(f"Nothing suggests that {CLAUSE}.", "not confirmed", "Nothing suggests that", id="nothing-suggests"),
        pytest.param(f"It is not true that {CLAUSE}.", "denied", "is not true that", id="not-true-that"),
        pytest.param(f"It is untrue that {CLAUSE}.", "denied", "is untrue that", id="untrue-that"),
        pytest.param(f"Engineers could not rule out that {CLAUSE}.", "uncertain", "could not rule out that", id="could-not-rule-out"),
        pytest.param(f"Engineers did not rule out the possibility that {CLAUSE}.", "uncertain",
                     "did not rule out the possibility that", id="not-rule-out-the-possibility"),
        pytest.param(f"It cannot be ruled out that {CLAUSE}.", "uncertain", "cannot be ruled out that", id="cannot-be-ruled-out"),
        pytest.param(f"Engineers ruled out that {CLAUSE}.", "denied", "ruled out that", id="ruled-out"),
        pytest.param("The mayor said the Kelby bridge was weakened by the March floods, which was not confirmed by engineers.",
                     "not confirmed", "which was not confirmed", id="which-was-not-confirmed"),
        pytest.param("The mayor said the Kelby bridge was weakened by the March floods, which engineers denied.",
                     "denied", "which engineers denied", id="which-was-denied"),
        pytest.param(f"The mayor issued a denial that {CLAUSE}.", "denied", "issued a denial that", id="a-denial-that"),
        pytest.param(f"The mayor issued a denial of reports that {CLAUSE}.", "denied", "a denial of reports that",
                     id="a-denial-of-reports"),
        pytest.param(f"The mayor rejected claims that {CLAUSE}.", "denied", "rejected claims that", id="rejected-claims"),
    ],
)
def test_a_passage_denying_or_doubting_what_the_other_tells_outright_says_so(first, stance, cue):
    analysis = _pair(first)
    found = stance_difference(analysis, _whole(analysis, "a"), _whole(analysis, "b"))
    assert (found.a, found.b, _cue_text(analysis, found.a_cue), found.b_cue) == (stance, "asserted", cue, None)
    again = stance_difference(analysis, _whole(analysis, "b"), _whole(analysis, "a"))
    assert (again.a, again.b) == ("asserted", stance)


def test_what_was_to_come_is_told_outright_and_may_be_denied():
    """``would`` alone tells what was to come (``said it would reopen``), not what would have been."""
    analysis = _pair("The mayor said the Kelby bridge would not reopen in May.", "The mayor said the Kelby bridge would reopen in May.")
    found = stance_difference(analysis, _whole(analysis, "a"), _whole(analysis, "b"))
    assert (found.a, found.b, _cue_text(analysis, found.a_cue)) == ("denied", "asserted", "not")


def test_the_words_of_a_stance_may_stand_after_a_clause_linked_alone():
    """``…, which was not confirmed`` after a clause linked on its own: its sentence says how it is told."""
    analysis = _pair(f"The mayor said {CLAUSE}, which was not confirmed by engineers.")
    found = stance_difference(analysis, _span(analysis, "a", CLAUSE), _whole(analysis, "b"))
    assert (found.a, found.b, _cue_text(analysis, found.a_cue)) == ("not confirmed", "asserted", "which was not confirmed")


def test_the_words_of_a_stance_may_stand_before_a_clause_linked_alone():
    """``rejected reports that`` + a clause linked on its own: the clause's sentence says how it is told."""
    analysis = _pair(f"The mayor rejected reports that {CLAUSE}.")
    found = stance_difference(analysis, _span(analysis, "a", CLAUSE), _whole(analysis, "b"))
    assert (found.a, found.b, _cue_text(analysis, found.a_cue)) == ("denied", "asserted", "rejected reports that")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(f"Inspectors found evidence that {CLAUSE}.", TOLD, id="evidence-that"),
        pytest.param("The Kelby bridge was weakened by the March floods, but engineers did not say when it would reopen.",
                     TOLD, id="a-denial-of-another-clause"),
        pytest.param(f"The mayor denied that the harbour road was closed, and {CLAUSE}, engineers said.", TOLD,
                     id="a-denial-of-a-clause-before"),
        pytest.param("Not only was the Kelby bridge weakened by the March floods, but the harbour road was closed too.",
                     TOLD, id="not-only"),
        pytest.param("No sooner had the March floods receded than the Kelby bridge was found weakened.",
                     "The March floods receded on Monday and the Kelby bridge was found weakened.", id="no-sooner"),
        pytest.param("Was the Kelby bridge weakened by the March floods, engineers asked on Tuesday?", TOLD, id="a-question"),
        pytest.param("Why was the Kelby bridge not weakened by the March floods?", TOLD, id="a-question-with-not"),
        pytest.param(f"Engineers did not dispute that {CLAUSE}.", TOLD, id="not-dispute"),
        pytest.param("The engineers gave a report on the Kelby bridge, but its findings were not yet known.",
                     "The engineers gave a report on the Kelby bridge, but its findings won't be known for weeks.",
                     id="a-denial-reaching-past-an-adverb"),
        pytest.param("The memos prove that the mayor never felt threatened, council members said.",
                     "The memos show the mayor never wrote that she felt threatened, council members said.",
                     id="two-denials-told-apart"),
        pytest.param("No one was hurt when the Kelby bridge was weakened by the March floods, engineers said.", TOLD,
                     id="the-negative-subject-of-another-verb"),
        pytest.param(f"No one doubts that {CLAUSE}.", TOLD, id="no-one-doubts"),
        pytest.param(f"The mayor denied the report that was published after {CLAUSE}.", TOLD, id="a-relative-that"),
        pytest.param(f"The mayor, who did not attend, said {CLAUSE}.", TOLD, id="a-denial-in-an-aside"),
        pytest.param(f"The mayor denied that {CLAUSE}.", f"The council denied that {CLAUSE}.", id="both-deny"),
        pytest.param("The Kelby bridge was allegedly weakened by the March floods.", TOLD, id="a-hedge-is-a-hedge"),
        pytest.param("Inspectors want to know if the March floods weakened the Kelby bridge.",
                     "It is unclear whether the March floods weakened the Kelby bridge.", id="if-beside-whether"),
        pytest.param("The March floods never weakened the Kelby bridge, engineers said.",
                     "Without the new piers, the March floods would have weakened the Kelby bridge.", id="what-would-have-been"),
        pytest.param("The March floods were able to weaken the Kelby bridge, engineers said.", TOLD, id="able-to"),
        pytest.param(f"It is true that {CLAUSE}.", TOLD, id="true-that"),
        pytest.param(f"Nothing was said at the meeting, but {CLAUSE}.", TOLD, id="nothing-of-another-clause"),
        pytest.param(f"Engineers ruled out that the harbour road was closed, and {CLAUSE}.", TOLD, id="ruled-out-another-clause"),
        pytest.param(f"There was no denial that {CLAUSE}.", TOLD, id="no-denial-that"),
        pytest.param("The mayor said the Kelby bridge was weakened by the March floods, which engineers did not deny.", TOLD,
                     id="which-they-did-not-deny"),
        pytest.param("The mayor said the Kelby bridge was weakened by the March floods, which was confirmed by engineers.", TOLD,
                     id="which-was-confirmed"),
        pytest.param("The March floods weakened the Kelby bridge, which was not repaired, engineers said on Tuesday.", TOLD,
                     id="which-denies-another-verb"),
        pytest.param("The Kelby bridge was weakened by the March floods, which is not to say it fell, engineers said on Tuesday.",
                     TOLD, id="which-is-not-to-say"),
        pytest.param("The Kelby bridge, which was not inspected, was weakened by the March floods, engineers said on Tuesday.", TOLD,
                     id="a-denial-in-a-which-aside"),
        pytest.param("The March floods did not fail to weaken the Kelby bridge, engineers said.", TOLD, id="did-not-fail-to"),
        pytest.param("The council did not close the Kelby bridge on Monday.",
                     "The council delayed a decision to close the Kelby bridge.", id="a-plan-beside-a-denial"),
        pytest.param("It is unclear whether the council weakened the Kelby bridge.",
                     "Critics have accused the council of weakening the Kelby bridge.", id="doubt-beside-an-accusation"),
        pytest.param("The Kelby bridge was not weakened by the March floods.",
                     "The Kelby bridge may have been weakened by the March floods.", id="a-denial-beside-a-hedge"),
    ],
)
def test_passages_telling_the_statement_alike_or_unclearly_have_no_stance(first, second):
    analysis = _pair(first, second)
    assert stance_difference(analysis, _whole(analysis, "a"), _whole(analysis, "b")) is None


def test_the_change_holding_the_words_of_a_stance_is_typed_so():
    analysis = _pair(f"Inspectors found no evidence that {CLAUSE}.")
    a, b = _whole(analysis, "a"), _whole(analysis, "b")
    typed = classify(analysis, a, b, diff_passages(analysis, a, b))
    stance = [diff for diff in typed if diff.type == "stance"]
    assert [diff.label for diff in stance] == [
        "stance: dropped \u201cInspectors found no evidence that\u201d (not confirmed \u2192 asserted)"]
    assert not any(diff.type == "stance" for diff in classify(
        _pair(f"Inspectors found evidence that {CLAUSE}."), a, b, diff_passages(analysis, a, b)))


@pytest.fixture(scope="module")
def near_copy() -> Analysis:
    """The near copy saying the opposite that stays linked (test_align), beside a report telling it as others do."""
    return analyse(Dossier("copy", (
        make_article("The inspectors found credible evidence that the Norvik pumps were diverted to the northern mines.",
                     article_id="first", outlet="First Post"),
        make_article("The inspectors have not found credible evidence that the Norvik pumps were diverted to the northern mines.",
                     article_id="second", outlet="Second Times"),
    )))


def test_a_near_copy_saying_the_opposite_stays_linked_and_its_pair_says_how(near_copy):
    (link,) = near_copy.links
    (pair,) = near_copy.findings.differences[link.id]
    assert (pair.stance.a, pair.stance.b) == ("asserted", "not confirmed")
    assert pair_stance(near_copy, link, "second", "first").a == "not confirmed"
    assert stance_note(pair.stance, near_copy, "first", "second") == (
        "stance: not confirmed in Second Times (\u201chave not found credible evidence that\u201d), asserted in First Post")
    assert version_note(near_copy, link, "first", "second").startswith("stance: not confirmed in Second Times")
    assert [diff.type for diff in pair.changes] == ["stance"]


def test_the_exports_say_the_stance(near_copy):
    (link,) = json.loads(to_json(near_copy))["links"]
    second = near_copy.dossier.article("second").body
    assert link["pairs"][0]["stance"] == {
        "a": "asserted", "b": "not confirmed", "a_cue": None,
        "b_cue": {"article": "second", "start": second.index("have not"), "end": second.index(" the Norvik")}}
    assert "- **stance: not confirmed in Second Times" in to_markdown(near_copy)
    page = to_html(near_copy)
    assert '<p class="note"><strong>stance: not confirmed in Second Times' in page
    assert 'class="diff t-stance" title="stance: added' in page


def test_a_pair_telling_alike_exports_no_stance():
    analysis = analyse(Dossier("alike", (
        make_article(f"Inspectors found evidence that {CLAUSE}.", article_id="first"),
        make_article(f"Inspectors have found evidence that {CLAUSE}.", article_id="second"),
    )))
    links = json.loads(to_json(analysis))["links"]
    assert links and not any("stance" in pair for link in links for pair in link["pairs"])


def test_a_headline_denying_what_a_report_tells_says_so():
    """A title passage (offsets below 0) is read as its line."""
    analysis = analyse(Dossier("titled", (
        Article(id="first", outlet="First Post", title="Kelby bridge was not weakened by March floods, inspectors say",
                body="The council met on Friday.", paragraphs=((0, 26),)),
        make_article("The Kelby bridge was weakened by March floods, inspectors say.", article_id="second", outlet="Second Times"),
    )))
    title = Span("first", -len(analysis.dossier.article("first").title) - 1, -1)
    found = stance_difference(analysis, title, _whole(analysis, "second"))
    assert (found.a, found.b, _cue_text(analysis, found.a_cue)) == ("denied", "asserted", "not")


def test_a_pair_not_found_by_the_worker_reads_its_stance_once_for_its_changes_and_its_note(monkeypatch):
    """Compare and the N-way view show a pair the worker did not type (not one of a link's nearest pairs): its
    typed differences and its stance note come from one reading of the two sentences."""
    analysis = _pair(f"Inspectors found no evidence that {CLAUSE}.")
    link = Link(id="L", kind="paraphrase", score=0.8, passages=(_whole(analysis, "a"), _whole(analysis, "b")))
    read = []
    for module in (stance_module, difftypes):
        monkeypatch.setattr(module, "stance_difference", lambda *args: read.append(args) or stance_difference(*args))
    changes, found = pair_findings(analysis, link, "b", "a")
    assert len(read) == 1
    assert (found.a, found.b) == ("asserted", "not confirmed")
    assert [diff.label for diff in changes if diff.type == "stance"] == [
        "stance: added “Inspectors found no evidence that” (asserted → not confirmed)"]
