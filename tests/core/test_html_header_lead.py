"""A saved page's standfirst stands in the article's ``<header>`` under its headline; the extractor passes it on
as the body's first paragraph. It is the standfirst, and the body starts with the article's own first paragraph."""

from __future__ import annotations

from reader.core.ingest.importer import import_bytes

LEAD = "The harbour town has painted its lighthouse again, and not everyone likes the colours."
POST = [
    "A harbour town has painted its old lighthouse in stripes of blue and white after forty years of plain grey.",
    "Volunteers spent three weekends on the scaffolding, and the paint was given by a shop on the quay.",
    "The council said it would pay for the next coat if the town voted for it at its spring meeting.",
]


def _page(header: str, description: str = "") -> bytes:
    meta = f"<meta name='description' content='{description}'>" if description else ""
    return (f"<html><head><title>Stripes again</title>{meta}</head><body><article>{header}"
            + "".join(f"<p>{p}</p>" for p in POST) + "</article></body></html>").encode()


def test_the_paragraph_under_the_headline_in_the_header_is_the_standfirst_not_the_lead():
    result = import_bytes(_page(f"<header><h2>Stripes again</h2><p>{LEAD}</p></header>", POST[1]), source="page")
    assert result.kept == tuple(POST)
    assert f"standfirst: {LEAD}" in result.text


def test_a_header_without_the_headline_or_a_first_paragraph_outside_it_stays_the_body():
    result = import_bytes(_page(f"<header><h2>Latest news</h2><p>{LEAD}</p></header>"), source="page")
    assert LEAD in result.kept and "standfirst: " + LEAD not in result.text
    result = import_bytes(_page("<header><h1>Stripes again</h1><p>Updated on Tuesday</p></header>"), source="page")
    assert "standfirst: Updated" not in result.text
