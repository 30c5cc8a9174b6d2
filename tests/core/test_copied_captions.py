"""Copied page text: a caption is a picture's line near the article, never a menu's item or a form;
and a caption the header keeps is not reported as dropped."""

from __future__ import annotations

from reader.core.ingest.cleaning import clean_text
from reader.core.ingest.importer import import_bytes

BODY = """\
The ferry between the two islands did not sail on Tuesday after its crew walked out over a pay offer, the operator said.

Passengers waited at the quay for most of the morning before a notice was posted by the gate, and many went home.

The union said the offer fell short of rising fuel and housing costs on the islands, and that talks would resume on Thursday.
"""
TOP = ("Island Post\n\n  • News\n  • Sport\n  • Vouchers (Advert)\n  □ Travel\n  □ Weather\n\n"
       "Cancel\n[ ] [Search]\n[Period     ] [Full text          ]\n\n  • Islands\n\n")
HEAD = "Ferry crews walk out over pay\n\n14.03.2023\n\n"
PHOTO = "An empty quay at dawn on the larger island (Photo: Jana Roe)"


def test_a_menus_item_and_a_search_forms_fields_far_above_the_headline_are_no_captions():
    cleaned = clean_text(TOP + HEAD + BODY)
    assert cleaned.title == "Ferry crews walk out over pay"
    assert cleaned.captions == ()
    assert ("[Period ] [Full text ]", "form") in cleaned.dropped


def test_a_photos_caption_under_the_headline_or_right_above_it_stays_a_caption():
    assert clean_text(HEAD + PHOTO + "\n\n" + BODY).captions == (PHOTO,)
    assert clean_text(TOP + HEAD + PHOTO + "\n\n" + BODY).captions == (PHOTO,)
    assert clean_text(TOP + "[quay]\n" + PHOTO + "\n\n" + HEAD + BODY).captions == (PHOTO,)


def test_a_bulleted_list_in_the_body_stays_body_text():
    first, rest = BODY.split("\n", 1)
    listed = "The union asked for three things:\n\n  • A raise in line with fuel costs (RPI)\n  • Housing for the night crews\n\n"
    cleaned = clean_text(HEAD + first + "\n\n" + listed + rest)
    assert "• A raise in line with fuel costs (RPI)" in cleaned.paragraphs and cleaned.captions == ()


def test_a_caption_the_header_keeps_is_not_reported_as_dropped():
    result = import_bytes((HEAD + PHOTO + "\n\n" + BODY).encode(), source="page.txt")
    assert f"caption: {PHOTO}" in result.text
    assert not any(line == PHOTO for line, _ in result.dropped)
