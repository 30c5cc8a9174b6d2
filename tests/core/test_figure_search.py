"""A search for a figure finds it however the reports write it, as the figure reader equates them, and
nothing else: a query that is no figure, a plain number or a date is the words. Every text here is invented."""

from __future__ import annotations

from reader.core.findings.figure_search import find_figure_too, query_figure
from reader.core.model import Dossier
from reader.core.pipeline import analyse

from ..conftest import DATA
from ..helpers import make_article

REPORTS = (
    make_article("The ministry said fares on the harbour ferries will rise by 25% in June, to pay for two new boats "
                 "costing $2 million.", article_id="one", outlet="One"),
    make_article("Ferry fares are to go up 25 percent from June, the ministry said; the two boats cost 2 million "
                 "dollars.", article_id="two", outlet="Two"),
    make_article("Fares will rise 25 per cent in June. The ministry has 25 percent of the boats it needs; the boats "
                 "cost \u20ac2 million, it said.", article_id="three", outlet="Three"),
    make_article("Page 25 of the plan lists the fares; 25 ferries sail each day, and the plan was drawn up in "
                 "2025.", article_id="four", outlet="Four"),
)


def _analysis():
    return analyse(Dossier(root=str(DATA), articles=REPORTS))


def _texts(found) -> list[str]:
    by_id = {article.id: article for article in REPORTS}
    return [by_id[span.article].body[span.start:span.end] for span in found.hits]


def test_a_percentage_finds_every_way_of_writing_it_in_reading_order():
    analysis = _analysis()
    found = find_figure_too(analysis.dossier, "25%", analysis)
    assert _texts(found) == ["25%", "25 percent", "25 per cent", "25 percent"]
    assert [span.article for span in found.hits] == ["one", "two", "three", "three"]
    assert found.figure == "25%" and found.forms == ("25 percent", "25 per cent")
    again = find_figure_too(analysis.dossier, "25 per cent", analysis)
    assert sorted(_texts(again)) == sorted(_texts(found)) and again.forms == ("25%", "25 percent")


def test_money_finds_its_words_and_another_dollar_but_not_another_currency():
    analysis = _analysis()
    found = find_figure_too(analysis.dossier, "$2 million", analysis)
    assert _texts(found) == ["$2 million", "2 million dollars"]
    assert found.figure == "$2 million" and found.forms == ("2 million dollars",)


def test_a_plain_number_a_date_or_words_are_searched_as_written():
    analysis = _analysis()
    for query in ("25", "2025", "ferry fares", "25 ferries"):
        found = find_figure_too(analysis.dossier, query, analysis)
        assert found.figure == "" and found.forms == (), query
    assert _texts(find_figure_too(analysis.dossier, "25", analysis)).count("25") == 7  # 2025 holds it too


def test_before_the_analysis_a_figure_is_searched_as_written():
    dossier = Dossier(root=str(DATA), articles=REPORTS)
    found = find_figure_too(dossier, "25%", None)
    assert _texts(found) == ["25%"] and found.forms == ()


def test_only_a_query_that_is_all_one_figure_is_read_as_one():
    assert query_figure(" 25  percent ").value == 25.0
    assert query_figure("fares 25%") is None and query_figure("") is None
