"""Searching a dossier reads each report as a reader does: its headline, its standfirst, then its body."""

from __future__ import annotations

from dataclasses import replace

from reader.core.model import Dossier, Span
from reader.core.text.concordance import concordance
from reader.core.text.search import find_all, find_in_article, reading_order
from tests.ui.conftest import make_article


def _dossier() -> Dossier:
    return Dossier("x", (
        make_article("one", "One", "Harbour ferry halted by a strike", ["The ferry stayed in port.", "A strike began at dawn."]),
        make_article("two", "Two", None, ["Dock workers went on strike."]),
        make_article("three", "Three", "Strike ends; ferry sails", ["The ferry left at noon."]),
    ))


def test_headline_hits_come_first_in_each_report():
    dossier = _dossier()
    hits = find_all(dossier, "strike")
    assert [(h.article, h.in_title) for h in hits] == [("one", True), ("one", False), ("two", False), ("three", True)]
    assert [dossier.article(h.article).text(h).lower() for h in hits] == ["strike"] * 4


def test_find_all_is_every_report_searched_as_one():
    dossier = _dossier()
    assert find_all(dossier, "ferry") == tuple(s for a in dossier.articles for s in find_in_article(a, "ferry"))


def test_the_concordance_lists_a_headline_hit_in_its_headline():
    dossier = _dossier()
    first, second, *_ = concordance(dossier, find_all(dossier, "ferry"), context=40)
    assert first.span.in_title
    assert (first.before, first.hit, first.after) == ("Harbour ", "ferry", " halted by a strike")
    assert (second.before, second.hit, second.after) == ("The ", "ferry", " stayed in port.")
    [cut] = concordance(dossier, [find_all(dossier, "halted")[0]], context=8)
    assert cut.before == "…ferry " and cut.after == " by a…"


def _with_standfirst() -> Dossier:
    one = replace(make_article("one", "One", "Harbour ferry halted", ["The ferry stayed in port."]),
                  standfirst="Crews walked out over pay; the ferry may sail again on Friday.")
    return Dossier("x", (one, make_article("two", "Two", None, ["No crossing on Friday either."])))


def test_the_standfirst_is_searched_after_the_headline_and_before_the_body():
    dossier = _with_standfirst()
    one = dossier.article("one")
    hits = find_all(dossier, "ferry")
    assert [one.part(h) for h in hits] == ["title", "standfirst", "body"]
    assert all(one.text(h) == "ferry" for h in hits)
    assert [one.text(h) for h in find_in_article(one, "walked out")] == ["walked out"]
    # Its offsets lie below the headline's, which do not move (links and exports keep them).
    assert hits[0] == Span("one", -len(one.title) - 1 + 8, -len(one.title) - 1 + 13) and one.title_span.end == -1
    assert not one.holds(hits[1].start, hits[1].end)  # a hit, never a passage


def test_the_walk_and_the_concordance_read_the_standfirst_in_its_place():
    dossier = _with_standfirst()
    hits = find_all(dossier, "friday")
    assert sorted(reversed(hits), key=reading_order(dossier)) == list(hits)
    first, second = concordance(dossier, reversed(hits), context=12)
    assert dossier.article(first.span.article).part(first.span) == "standfirst"
    assert (first.before, first.hit, first.after) == ("…again on ", "Friday", ".")
    assert (second.before, second.hit, second.after) == ("…on ", "Friday", " either.")
