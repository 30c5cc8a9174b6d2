"""A report's shared share counts what the reader shows as shared: the links shown, not the weaker ones hidden."""

from reader.core.model import Analysis, Dossier, Link, Span
from reader.core.pipeline import analyse
from reader.core.text.segment import segment_article
from tests.helpers import make_article

FIRST = "Rescuers lifted 45 swimmers from the lake on Sunday, wardens said."
SECOND = "The ferry left the quay at dawn with 80 passengers aboard."


def test_a_weaker_link_hidden_counts_in_no_shared_share_until_it_is_shown():
    """Two reports differing in one figure of their second sentence: that pair only weakly linked. The list's
    share then says half (as compare's "1 of 2 passages also in" and the blank gutter do), not all; with the
    weaker links shown (``W``) it counts them too."""
    a = make_article(FIRST, SECOND, article_id="a")
    b = make_article(FIRST, SECOND.replace("80", "120"), article_id="b")
    dossier = Dossier(root=".", articles=(a, b))
    second = len(FIRST) + 2
    confident = Link("L1", "verbatim", 0.9, (Span("a", 0, len(FIRST)), Span("b", 0, len(FIRST))))
    weaker = Link("L2", "near", 0.4, (Span("a", second, len(a.body)), Span("b", second, len(b.body))), confident=False)
    analysis = Analysis(dossier=dossier, sentences={x.id: segment_article(x) for x in (a, b)},
                        links=(confident,), weaker_links=(weaker,))
    assert analysis.unique_sentences("a") == ()  # neither is "only this report says"
    assert round(analysis.shared_fraction("a"), 2) == round(len(FIRST) / (len(FIRST) + len(SECOND)), 2)
    assert analysis.with_weaker_links().shared_fraction("a") == 1.0


def test_a_dossier_of_one_report_has_no_share_to_give():
    """``0% shared`` of a dossier's one report read as a report with nothing in common: there is no other one
    to share with. Two reports sharing nothing are 0% shared, as before."""
    one = analyse(Dossier("one", (make_article(FIRST, article_id="a"),)))
    assert one.shared_fraction("a") is None
    two = analyse(Dossier("two", (make_article(FIRST, article_id="a"), make_article("Lorries queued at the border.", article_id="b"))))
    assert two.shared_fraction("a") == 0.0
