"""A document marked ``role: source`` (a statement the reports are measured against) counts as no report: the
summaries count reports without it, a figure line names it as the source, "what only one report says" leaves it
out, and each report is said to be accounted for by it in part."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from reader.core.export.documents import carried_by, figure_lists, shared_cell, summary_line, to_json, to_markdown
from reader.core.findings.figure_groups import group_line
from reader.core.findings.sourcing import source_notes
from reader.core.model import Dossier
from reader.core.pipeline import analyse
from reader.report.html import to_html
from tests.helpers import make_article

_SPEND = "The harbour board will spend {} million on a new ferry terminal, the board said in a statement on Monday."
_TAKE = "Work on the terminal should take four months, the harbour board said."


@pytest.fixture(scope="module")
def with_source():
    articles = (
        make_article(_SPEND.format("$7"), _TAKE, "Local traders welcomed the plan but asked for more parking near the quay.",
                     article_id="a", outlet="Daily A"),
        make_article(_SPEND.format("$9"), _TAKE, "Residents of the old town said the ferry queues had grown longer.",
                     article_id="b", outlet="Daily B"),
        make_article(_SPEND.format("$9"), "A spokesman said the city would help pay for new roads to the quay.",
                     article_id="c", outlet="Daily C"),
        replace(make_article(_SPEND.format("$9"), _TAKE, "The board thanked the ferry operators for their patience.",
                             article_id="m", outlet="Board"), role="source"),
    )
    return analyse(Dossier(root=".", articles=articles))


def test_the_summaries_count_the_source_as_no_report(with_source):
    assert with_source.dossier.sources == {"m"}
    assert summary_line(with_source).startswith("3 reports and 1 source, ")
    link = next(link for link in with_source.links if "m" in link.articles)
    assert carried_by(with_source, link.passages) == f"{len(link.passages) - 1} reports and 1 source"
    assert shared_cell(with_source, "m") == "source"


def test_each_report_is_said_to_be_accounted_for_by_the_source(with_source):
    for report in "abc":
        (note,) = source_notes(with_source, report)
        assert note.endswith("% from Board") and note != "0% from Board"
        assert note in shared_cell(with_source, report)
    assert source_notes(with_source, "m") == ()


def test_a_figure_line_names_the_source_as_such(with_source):
    (conflict,) = dict(figure_lists(with_source))["Conflicts (1)"]
    line = group_line(conflict, lambda article: with_source.dossier.names[article])
    assert line.endswith("in Daily B, Daily C, source Board")
    assert line.startswith("money: ") and "Daily A" in line.split(";")[0]
    (agreement,) = dict(figure_lists(with_source))["Agreements (1)"]
    line = group_line(agreement, lambda article: with_source.dossier.names[article])
    assert line.endswith(": Daily A, Daily B agree with source Board")


def test_what_only_one_report_says_leaves_the_source_out(with_source):
    markdown = to_markdown(with_source)
    unique = markdown.split("## What only one report says")[1].split("\n## ")[0]
    assert "### Daily A" in unique and "### Board" not in unique


@pytest.fixture(scope="module")
def one_report():
    """One report and the statement it rewrites: nothing is carried by two reports."""
    report = make_article(_SPEND.format("$7"), _TAKE, "Local traders welcomed the plan but asked for more parking near the quay.",
                          article_id="a", outlet="Daily A")
    statement = replace(make_article(_SPEND.format("$7"), _TAKE, "The board thanked the ferry operators for their patience.",
                                     article_id="m", outlet="Board"), role="source")
    return analyse(Dossier(root=".", articles=(report, statement)))


def test_a_passage_shared_with_the_source_alone_is_carried_by_no_two_reports(one_report):
    assert one_report.links, "the report shares passages with the source"
    assert summary_line(one_report).startswith("1 report and 1 source, 0 passages carried by two or more, ")
    markdown = to_markdown(one_report)
    assert "independent origin" not in markdown and "each in its own words" not in markdown
    assert "1 independent origin" not in to_html(one_report)


def test_the_json_lists_no_unique_sentences_of_the_source(with_source):
    articles = {article["id"]: article for article in json.loads(to_json(with_source))["articles"]}
    assert articles["m"]["unique"] == [] and articles["a"]["unique"]
