"""``word for word`` is said of versions that match as wholes, not of a sentence printed inside a longer
one (one report joins two sentences into one): that is ``partly word for word`` (``likeness.in_part``), while
which links exist and their kinds stay as judged."""

from __future__ import annotations

from reader.core.export.documents import to_markdown
from reader.core.findings.likeness import in_part, kind_label, shown_kind, words_alike
from reader.core.model import Analysis, Dossier, Link, Span
from reader.core.pipeline import analyse
from tests.helpers import make_article

JOINED = ("Dara Venn, a trustee of the fund, told reporters the auditors had sealed the ledgers in March, "
          "then went down the corridor to the desk of Ilse Moor, another trustee of the organisation.")
SHORT = "She then went down the corridor to the desk of Ilse Moor, another trustee of the organisation."


def _link(*bodies: str) -> tuple[Link, Analysis]:
    """The one link of two reports, and their analysis."""
    articles = tuple(make_article(body, article_id=f"r{n}", outlet=f"Outlet {n}") for n, body in enumerate(bodies))
    analysis = analyse(Dossier("fund", articles))
    (link,) = analysis.links
    return link, analysis


def test_a_sentence_inside_a_longer_one_is_linked_verbatim_but_said_partly_so():
    link, analysis = _link(SHORT, JOINED)
    assert link.kind == shown_kind(analysis, link) == "verbatim"  # the link and its kind as judged
    assert in_part(analysis, link) and kind_label(analysis, link) == "verbatim in part"
    assert "### 1. verbatim in part, 2 reports" in to_markdown(analysis)


def test_copies_and_copies_with_a_spelling_changed_are_word_for_word():
    """Must stay: two copies, and two copies one spelling a word its own way, match as wholes."""
    for other in (SHORT, SHORT.replace("organisation", "organization")):
        link, analysis = _link(SHORT, other)
        assert link.kind == "verbatim" and not in_part(analysis, link) and kind_label(analysis, link) == "verbatim"


def test_in_part_is_read_off_the_kind_and_the_words_in_common():
    """Counted on the versions' words, not the link's score (its terms): ``was`` for ``is`` in a copied quotation
    is word for word in part of nothing, a sentence inside one twice its length is, and a kind judged near or a
    share under half (said a paraphrase already) is not."""
    said = "\u201cThe tide turns for those who wait on the quay,\u201d Vance {} heard saying."
    quoted = (make_article(said.format("was"), article_id="q0"), make_article(said.format("is"), article_id="q1"))
    joined = (make_article(SHORT, article_id="j0"), make_article(JOINED, article_id="j1"))
    for articles, score, kind, partly in ((quoted, 1.0, "verbatim", False), (joined, 1.0, "verbatim", True),
                                         (joined, 1.0, "near", False)):
        analysis = Analysis(Dossier("d", articles))
        link = Link("L1", kind, score, tuple(Span(a.id, 0, len(a.body)) for a in articles))
        assert in_part(analysis, link) is partly, (articles[0].id, kind)
    analysis = Analysis(Dossier("d", quoted))
    link = Link("L1", "verbatim", 1.0, tuple(Span(a.id, 0, len(a.body)) for a in quoted))
    assert 0.9 < words_alike(analysis, link) < 1.0 and shown_kind(analysis, link) == "verbatim"
    unlike = (make_article("Fares rise by a tenth.", article_id="u0"), make_article("Ferries sail at dawn today.", article_id="u1"))
    analysis = Analysis(Dossier("d", unlike))
    assert shown_kind(analysis, Link("L1", "verbatim", 1.0, tuple(Span(a.id, 0, len(a.body)) for a in unlike))) == "paraphrase"
