"""Searching a dossier reads each report as a reader does: its headline, then its body."""

from __future__ import annotations

from reader.core.model import Dossier
from reader.core.text.concordance import concordance
from reader.core.text.search import find_all, find_in_article
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
