"""The import's duplicate note: a report saved again (another headline, a word mended, a line more)
is one already in the folder; two reports of one event, which share sentences, never are, nor is
another outlet's copy of the same text."""

from __future__ import annotations

from pathlib import Path

from reader.core.ingest.importer import ImportResult, duplicates, import_bytes

LEAD = "The ferry between the two islands did not sail on Tuesday after its crew walked out over a pay offer."
BODY = [
    "Passengers waited at the quay for most of the morning before the operator posted a notice by the gate.",
    "The union said the offer fell short of rising fuel and housing costs on the islands this year.",
    "A spokesperson for the operator said talks would resume on Thursday with a mediator present.",
    "Local shops reported fewer visitors, and the school bus ran a longer road route around the bay.",
    "The last strike on the route, four years ago, lasted nine days before a deal was reached.",
]


def _page(title: str, paragraphs: list[str], outlet: str | None = None, *, saved_as: str = "2024-05-07") -> ImportResult:
    head = f"---\ntitle: {title}\n" + (f"outlet: {outlet}\n" if outlet else "") + "---\n\n"
    return import_bytes((head + "\n\n".join(paragraphs) + "\n").encode(), source=saved_as)


def _noted(tmp_path: Path, first: ImportResult, second: ImportResult) -> bool:
    (tmp_path / "first.md").write_text(first.text, encoding="utf-8")
    (tmp_path / "second.md").write_text(second.text, encoding="utf-8")
    return duplicates(tmp_path, second, tmp_path / "second.md") == [tmp_path / "first.md"]


def test_a_report_saved_again_under_another_headline_and_with_a_line_more_is_noted(tmp_path):
    first = _page("Island ferry halted by strike", [LEAD, *BODY], "Bay Courier")
    mended = LEAD.replace("Tuesday", "Tuesday morning")
    again = _page("Strike stops island ferry", [mended, *BODY, "This story was updated at noon."], "Bay Courier")
    assert _noted(tmp_path, first, again)


def test_two_reports_of_one_event_sharing_sentences_are_not_noted(tmp_path):
    first = _page("Island ferry halted by strike", [LEAD, *BODY], "Bay Courier")
    other = _page("Crew walkout strands ferry passengers", [
        "Dozens of travellers were stranded on Tuesday when the island ferry stayed in port.",
        BODY[1], BODY[2],
        "Visitors cancelled hotel rooms, the tourism office said, and some took a small plane instead.",
        "Neither side would say how far apart the two offers were.",
    ], "Harbour Times")
    assert not _noted(tmp_path, first, other)
    # Without outlets the bodies decide, even under one headline and one lead (a wire story's, a press release's).
    same_lead = _page("Island ferry halted by strike", [LEAD, BODY[0], "Neither side would say how far apart they were.",
                                                        "Visitors cancelled hotel rooms, the tourism office said.",
                                                        "Some took a small plane instead of waiting for the boat."])
    assert not _noted(tmp_path, _page("Island ferry halted by strike", [LEAD, *BODY]), same_lead)


def test_another_outlets_copy_of_the_same_text_is_a_report_of_its_own(tmp_path):
    first = _page("Island ferry halted by strike", [LEAD, *BODY], "Bay Courier")
    assert not _noted(tmp_path, first, _page("Island ferry halted by strike", [LEAD, *BODY], "Harbour Times"))
    assert _noted(tmp_path, first, _page("Island ferry halted by strike", [LEAD, *BODY], "bay courier"))


def test_a_file_name_taken_for_the_outlet_does_not_make_another_report(tmp_path):
    """The same page saved as HTML (its outlet declared), then copied out as text that names none."""
    first = _page("Island ferry halted by strike", [LEAD, *BODY], "Bay Courier")
    copied = _page("Island ferry halted by strike", [LEAD, *BODY], saved_as="ferry-story")
    assert copied.outlet == "ferry-story" and copied.outlet_from_file_name
    assert _noted(tmp_path, first, copied)


def test_a_site_named_by_its_host_and_by_its_name_is_one_outlet(tmp_path):
    first = _page("Island ferry halted by strike", [LEAD, *BODY], "news.bay-courier.org")
    assert _noted(tmp_path, first, _page("Island ferry halted by strike", [LEAD, *BODY], "The Courier of the Bay"))
    accented = _page("Island ferry halted by strike", [LEAD, *BODY], "bay-courier.fr")
    assert _noted(tmp_path, accented, _page("Island ferry halted by strike", [LEAD, *BODY], "Bay Courièr !"))
    assert not _noted(tmp_path, first, _page("Island ferry halted by strike", [LEAD, *BODY], "Harbour Courier"))
