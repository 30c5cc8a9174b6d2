"""``word for word`` is said of versions that match as wholes, not of a sentence printed inside a longer
one (one report joins two sentences into one): that is ``partly word for word`` (``Link.in_part``), while
which links exist and their kinds stay as judged."""

from __future__ import annotations

from reader.core.export.documents import to_markdown
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
    assert link.kind == link.shown_kind == "verbatim"  # the link and its kind as judged
    assert link.in_part and link.kind_label == "verbatim in part"
    assert "### 1. verbatim in part, 2 reports" in to_markdown(analysis)


def test_copies_and_copies_with_a_spelling_changed_are_word_for_word():
    """Must stay: two copies, and two copies one spelling a word its own way, match as wholes."""
    for other in (SHORT, SHORT.replace("organisation", "organization")):
        link, _ = _link(SHORT, other)
        assert link.kind == "verbatim" and not link.in_part and link.kind_label == "verbatim"


def test_in_part_is_read_off_the_kind_and_the_words_in_common():
    span = (Span("a", 0, 5), Span("b", 0, 5))
    assert Link("L1", "verbatim", 0.6, span).in_part
    assert not Link("L1", "verbatim", 0.95, span).in_part
    assert not Link("L1", "verbatim", 0.4, span).in_part  # shown as a paraphrase: said so already
    assert not Link("L1", "near", 0.6, span).in_part
