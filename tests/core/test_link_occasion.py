"""The participle a passage opens on tells the occasion of its statement (``confidence._occasion``): it
makes no firm term of a loose paraphrase. Hand-made reports with made-up names; no corpus text."""

from __future__ import annotations

import pytest

from reader.core.ingest.loading import load_dossier
from reader.core.links.align import find_links
from reader.core.text.segment import segment_article

HELD_UP = "The Kestrelton mayor addressed the council and held up ledgers and maps showing plans to sell the quay."


@pytest.mark.parametrize(
    ("first", "confident"),
    [
        pytest.param("Addressing reporters at the harbour, the Kestrelton mayor declared that the audit shows the board meant "
                     "to sell the quay.", False, id="the-occasion"),
        pytest.param("The Kestrelton mayor addressed reporters at the harbour and declared that the audit shows the board meant "
                     "to sell the quay.", True, id="told-as-done"),
    ],
)
def test_the_occasion_of_a_statement_is_no_firm_term(tmp_path, first, confident):
    """``Addressing reporters, the mayor declared ...`` beside ``the mayor addressed the council and held up ...``:
    the shared addressing is the occasion of what one declares, and the rest is too loose for a confident link."""
    for number, body in enumerate((first, HELD_UP), 1):
        (tmp_path / f"report{number}.md").write_text(f"---\noutlet: Report {number}\n---\n{body}\n", encoding="utf-8")
    dossier = load_dossier(tmp_path)
    links = find_links(dossier, {a.id: segment_article(a) for a in dossier.articles})
    assert [link.confident for link in links] == [confident]
