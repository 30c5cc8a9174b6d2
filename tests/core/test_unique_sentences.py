"""``unique_sentences`` (the gutter's ◆, ``u``, the exports' "only one report says"): a sentence
another report says too, however the reader found it, is never "only this report"."""

from __future__ import annotations

from dataclasses import replace

from reader.core.model import Analysis, Dossier, Figure, FigureComparison, Findings, Link, Span
from reader.core.text.segment import segment_article
from tests.helpers import make_article


def _analysis(*reports) -> Analysis:
    return Analysis(dossier=Dossier(root="hand-made", articles=reports),
                    sentences={r.id: segment_article(r) for r in reports}, entities=())


def _alone(analysis: Analysis, article: str) -> list[str]:
    return [s.text for s in analysis.unique_sentences(article)]


def _span(article, phrase: str) -> Span:
    at = article.body.index(phrase)
    return Span(article.id, at, at + len(phrase))


FERRY = make_article("The ferry to Kestrel Island left port at dawn with forty passengers.",
                     "A brass band played on the quay.", article_id="a")
HARBOUR = make_article("Forty passengers boarded the morning boat for the island.",
                       "Gulls circled over the empty car park.", article_id="b")


def test_a_sentence_in_a_weaker_link_of_any_kind_is_not_unique():
    """A weaker paraphrase may join only background, yet calling the sentence "only this report"
    would be the worse error: it is left unmarked, with ``W`` on or off."""
    analysis = _analysis(FERRY, HARBOUR)
    assert "The ferry to Kestrel Island left port at dawn with forty passengers." in _alone(analysis, "a")
    weaker = Link("W1", "paraphrase", 0.3, (_span(FERRY, "The ferry to Kestrel Island"), _span(HARBOUR, "Forty passengers")),
                  confident=False)
    linked = replace(analysis, weaker_links=(weaker,))
    assert _alone(linked, "a") == ["A brass band played on the quay."]
    assert _alone(linked.with_weaker_links(), "a") == _alone(linked, "a")


def test_a_sentence_whose_figure_is_compared_with_another_report_is_not_unique():
    """The figure check pairing "12 metres" with "1.2 metres" in similar sentences says another
    report tells the same thing, whatever figure it gives."""
    one = make_article("The wave reached 12 metres near the breakwater.", "Schools stayed open.", article_id="a")
    two = make_article("Near the breakwater the swell topped 1.2 metres, officials estimated.", article_id="b")
    analysis = _analysis(one, two)
    assert "The wave reached 12 metres near the breakwater." in _alone(analysis, "a")
    figures = (Figure(_span(one, "12 metres"), "count", "12 metres", 12.0, "metre"),
               Figure(_span(two, "1.2 metres"), "count", "1.2 metres", 1.2, "metre"))
    compared = replace(analysis, findings=Findings(comparisons=(
        FigureComparison(None, "count:metre", figures, "12 metre vs 1.2 metre", "conflict"),)))
    assert _alone(compared, "a") == ["Schools stayed open."]


def test_a_sentence_holding_another_reports_sentence_in_nearly_its_words_is_not_unique():
    """No link joins them (one wraps the other's facts in its own), yet both say no one was hurt;
    a sentence sharing only a name or two with the other report stays its own."""
    one = make_article("A harbour official said at noon that nobody had reported injuries or damage to boats.",
                       "Kestrel Island celebrates its regatta every August.", article_id="a")
    two = make_article("There were no reported injuries or damage to the boats.",
                       "The island ferry resumes its timetable on Monday.", article_id="b")
    analysis = _analysis(one, two)
    assert _alone(analysis, "a") == ["Kestrel Island celebrates its regatta every August."]
    assert _alone(analysis, "b") == ["The island ferry resumes its timetable on Monday."]
