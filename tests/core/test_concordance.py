"""The concordance on the bundled reports: every mention, in dossier order, each on one line of
context from its own paragraph, cut at word boundaries."""

from __future__ import annotations

from reader.core.model import Dossier, Span
from reader.core.text.concordance import ELLIPSIS, concordance, shared_out
from reader.core.text.search import find_all
from tests.ui.conftest import make_article


def test_every_mention_of_an_entity_in_dossier_order(bundled, analysis):
    entity = max(analysis.shared_entities, key=lambda e: len(e.mentions))
    lines = concordance(bundled, reversed(entity.mentions))
    assert [line.span for line in lines] == sorted(entity.mentions, key=lambda s: ([a.id for a in bundled.articles].index(s.article), s.start))
    for line in lines:
        body = bundled.article(line.span.article).body
        assert line.hit == " ".join(body[line.span.start:line.span.end].split())
        assert "\n" not in line.before + line.after
        around = (line.before + line.hit + line.after).strip(ELLIPSIS + " ")
        assert " ".join(around.split()) in " ".join(body.split())


def test_context_stays_in_the_paragraph_and_is_cut_at_words():
    article = make_article("a", "A", None, ["First paragraph ends here.", "Alpha beta gamma delta epsilon zeta eta theta."])
    dossier = Dossier(root="x", articles=(article,))
    [line] = concordance(dossier, find_all(dossier, "delta"), context=12)
    assert line.before == f"{ELLIPSIS}beta gamma "  # "Alpha " would pass 12 characters; "ha" is not shown
    assert line.hit == "delta"
    assert line.after == f" epsilon{ELLIPSIS}"
    [line] = concordance(dossier, find_all(dossier, "alpha"), context=40)
    assert line.before == "" and "paragraph" not in line.before


def test_spans_of_unknown_reports_are_left_out(bundled):
    assert concordance(bundled, [Span("no-such-report", 0, 3)]) == ()


def test_a_capped_listing_keeps_every_reports_first_occurrences():
    spans = [Span("loud", n, n + 1) for n in range(100)] + [Span("quiet", 0, 1), Span("quiet", 5, 6)]
    spans += [Span("mid", n, n + 1) for n in range(0, 30, 3)]
    kept = shared_out(spans, 20)
    assert len(kept) == 20
    assert [s for s in kept if s.article == "quiet"] == spans[100:102]  # all of a report needing less than its share
    assert [s for s in kept if s.article == "mid"] == spans[102:111][:9]  # (20 - 2) // 2 = 9, its first ones
    assert [s for s in kept if s.article == "loud"] == spans[:9]
    assert shared_out(spans, 1000) == tuple(spans)
