"""What a clause passage is shown after (reader.core.findings.leads), on made-up reports."""

from __future__ import annotations

import pytest

from reader.core.findings.leads import fitted, lead
from reader.core.ingest.loading import load_dossier
from reader.core.model import Span
from reader.core.pipeline import analyse

BODY = (
    "Storms closed the coastal highway near Port Aven on Tuesday, stranding hundreds of lorries.\n\n"
    "The port authority closed the northern quay on Monday, but granted waivers to ferries carrying medicine.\n\n"
    "Rescuers reached the ferry Orla near the breakwater, which then sank in the shallows.\n\n"
    "KESTRELTON, May 3 (Wire) - The harbour master has postponed the regatta, and has asked sailors to stay ashore.\n\n"
    "The quay reopened on Friday, and the crew was rescued by a tug before dawn.\n\n"
    "The ministry revoked the grain licences on Friday, saying an audit found the grain was resold.\n\n"
    '"The levy was never meant for grain ships," the harbour master said, adding that he had written to the minister.'
)


@pytest.fixture(scope="module")
def analysis(tmp_path_factory):
    folder = tmp_path_factory.mktemp("leads")
    (folder / "port.md").write_text(f"---\noutlet: Port Daily\n---\n{BODY}\n", encoding="utf-8")
    (folder / "wire.md").write_text("---\noutlet: Wire\n---\nStorms closed the coastal highway near Port Aven.\n", encoding="utf-8")
    return analyse(load_dossier(folder))


def _lead(analysis, passage: str) -> str:
    body = analysis.dossier.article("port").body
    start = body.index(passage)
    return lead(analysis, Span("port", start, start + len(passage)))


@pytest.mark.parametrize("passage, expected", [
    # no subject of its own: the sentence's opening up to its first verb
    ("but granted waivers to ferries carrying medicine.", "The port authority closed \u2026"),
    # about the words right before it
    ("which then sank in the shallows.", "\u2026 ferry Orla near the breakwater,"),
    # a dateline is no subject
    ("and has asked sailors to stay ashore.", "The harbour master has postponed \u2026"),
    # a participial tail with no one before it to have said it
    ("saying an audit found the grain was resold.", "The ministry revoked \u2026"),
])
def test_a_clause_leaning_on_its_sentence_is_shown_after_the_words_it_needs(analysis, passage, expected):
    assert _lead(analysis, passage) == expected


@pytest.mark.parametrize("passage", [
    "Storms closed the coastal highway near Port Aven on Tuesday,",  # a sentence's opening
    "and the crew was rescued by a tug before dawn.",  # a subject of its own
    "the harbour master said, adding that he had written to the minister.",  # opens on its speaker
    "The port authority closed the northern quay on Monday, but granted waivers to ferries carrying medicine.",
])
def test_a_passage_that_reads_alone_has_no_lead(analysis, passage):
    assert _lead(analysis, passage) == ""


def test_a_lead_is_cut_on_the_side_away_from_its_passage():
    assert fitted("\u2026 the ferry Orla near the breakwater,", 22) == "\u2026 near the breakwater,"
    assert fitted("The port authority closed \u2026", 20) == "The port authority \u2026"
    assert fitted("The port authority closed \u2026", 3) == "\u2026"
