"""Copied page text: the headline is found where pages put it, however the lines around it look."""

from __future__ import annotations

from reader.core.ingest.cleaning import clean_text

BODY = """\
The ferry between the two islands did not sail on Tuesday after its crew walked out over a pay offer, the operator said.

Passengers waited at the quay for most of the morning before a notice was posted by the gate, and many went home.

The union said the offer fell short of rising fuel and housing costs on the islands, and that talks would resume on Thursday.
"""


def test_the_line_a_breadcrumb_trail_ends_with_is_the_headline_not_a_pictures_line_over_the_date():
    page = ("  • Home\n  • Islands\n  • Ferry crews walk out\n\nFerry crews walk out\n\n"
            "Lesezeit: 2 Min.\n\nSave for later\n\nAn empty quay at dawn on the larger island\n\n(Photo: Jana Roe)\n\n"
            "14.03.2023 07:30\n\n" + BODY)
    assert clean_text(page).title == "Ferry crews walk out"


def test_a_headline_said_again_after_a_blank_line_is_no_caption_and_a_decimal_comma_no_tag_list():
    headline = "Ferry deals: a return ticket for 12,50 Euro, bikes free, dogs at half price"
    page = f"Menu\n\n  • News\n  • Sport\n\n{headline}\n\n{headline}\n\n14.03.2023 by Jana Roe\n\n{BODY}"
    cleaned = clean_text(page)
    assert cleaned.title == headline
    assert headline not in cleaned.captions


def test_a_headline_under_a_search_field_or_a_dateline_in_its_block():
    for top in ("[                    ]\nFerry crews walk out over pay\n\n[ferry-crews-walk-out]\n\n",
                "[print]\nFerry crews walk out over pay\n22.05.2014 - Islands\nFerry crews walk out over pay\n\n"):
        assert clean_text(top + BODY).title == "Ferry crews walk out over pay"


def test_an_abbreviation_its_words_spell_out_is_no_photo_credit():
    headline = "Ferries to be steered by artificial intelligence (AI)"
    page = f"[                    ]\n{headline}\n\n14.03.2023\n\n{BODY}"
    cleaned = clean_text(page)
    assert cleaned.title == headline and headline not in cleaned.captions
    credited = "The crew at the quay on Tuesday (AP)"  # an agency's initials, after words that are not its name
    first, rest = BODY.split("\n", 1)
    assert credited in clean_text(f"{first}\n\n{credited}\n{rest}").captions


def test_a_list_a_show_more_button_closes_is_a_teaser_box_with_its_lead_in():
    first, rest = BODY.split("\n", 1)
    box = ("This report first ran in our spring issue. The issue is on sale now, and online. In the issue:\n\n"
           "  • Salt roads of the north\n  • Ten harbours, one winter\n  • Order the issue\n\nShow more\n\n")
    cleaned = clean_text(f"Ferry crews walk out\n\n14.03.2023\n\n{box}{first}\n\n{rest}")
    assert cleaned.paragraphs[0] == first and not any("harbours" in p or "issue" in p for p in cleaned.paragraphs)
    assert ("Show more", "teaser") in cleaned.dropped


def test_a_headline_said_as_sentences_stands_right_above_the_dateline_when_no_line_reads_as_one():
    headline = "We read the ferry ruling. Here is what it means for you."
    page = (f"Skip to content\n\n  • Home\n  • About\n\n{headline}\n\n"
            f"Jana Roe | 14.03.2023 | Islands | 3 comments\n\n  • [quay-at-dawn]\n\n{BODY}")
    assert clean_text(page).title == headline
    assert clean_text(f"Skip to content\n\n  • Home\n  • About\n\n{BODY}").title is None  # no dateline: no guess


def test_a_list_the_article_folds_after_its_own_lede_stays_with_the_lede():
    first, rest = BODY.split("\n", 1)
    folded = ("The union set out three demands for the operator:\n\n"
              "  • A raise in line with fuel costs\n  • Housing for the night crews\n  • Talks every quarter\n\nShow more\n\n")
    cleaned = clean_text(f"Ferry crews walk out\n\n14.03.2023\n\n{first}\n\n{folded}{rest}")
    assert cleaned.paragraphs[0] == first
    assert any("Housing for the night crews" in p for p in cleaned.paragraphs)


def test_the_line_the_pages_title_line_or_a_breadcrumb_names_is_the_headline_over_a_subtitle_by_the_date():
    headline = "Ferry crews walk out over pay at the island quay"
    subtitle = "The operator cancels every crossing until Thursday at the earliest"
    below = f"{headline}\n\n{subtitle}\n\nJana Roe\n\n14.03.2023\n\n{BODY}"
    titled = f"{headline} - Island Post\n\nMenu\n\n  • News\n  • Sport\n  • Weather\n\n"
    assert clean_text(titled + below).title == headline
    trail = "  • Home\n  • Islands\n  • Ferry crews walk out\n\nReport\n\n"
    page = trail + "Ferry crews walk out\n\nCase file: 12 B 4/23\n\n14.03.2023\n\n" + BODY
    assert clean_text(page).title == "Ferry crews walk out"


def test_a_menus_last_item_said_again_as_a_section_label_does_not_take_the_headline():
    menu = "  • Home\n  • News\n  • Ferries and Ports\n\n[                    ]Search\n\n"
    page = f"{menu}Ferries and Ports\n\nFerry crews walk out over pay at the island quay\n\n14.03.2023\n\n{BODY}"
    assert clean_text(page).title == "Ferry crews walk out over pay at the island quay"
    plain = "Island Post\n\nFerry crews walk out over pay\n\nThe operator cancels every crossing until Thursday\n\n14.03.2023\n\n"
    # Named nowhere: the upper of two headline lines over the dateline is the headline, the lower its subtitle.
    assert clean_text(plain + BODY).title == "Ferry crews walk out over pay"


def test_a_headline_over_its_subtitle_over_the_dateline_is_the_title_and_a_kicker_over_it_is_not():
    headline = "Ferry crews walk out over pay"
    subtitle = "No crossings to the islands until Thursday"
    top = "Menu\n\n 1. Home\n 2. Islands\n 3. Transport\n\n"
    cleaned = clean_text(f"{top}{headline}\n\n{subtitle}\n\n14.03.2023 11:45 | by Jana Roe\n\n{BODY}")
    assert (cleaned.title, cleaned.standfirst) == (headline, subtitle)
    for kicker in ("Islands", "Strike at the quay"):  # a topic's name over the headline, much shorter than it
        cleaned = clean_text(f"{top}{kicker}\n\n{headline} and fares\n\n14.03.2023 11:45 | by Jana Roe\n\n{BODY}")
        assert cleaned.title == f"{headline} and fares", kicker
    # Without a dateline under them, a row of links over the headline is no headline.
    cleaned = clean_text(f"{top}Feed Twitter Facebook Video\n\n{headline}\n\n[quay-at-dawn]\n\n{BODY}")
    assert cleaned.title == headline


def test_a_summary_under_the_headline_over_a_read_on_link_and_the_dateline_is_the_standfirst():
    summary = "The island ferries stopped on Tuesday. The crews want more pay, and the operator says it cannot."
    top = "Menu\n\n  • Home\n  • Islands\n\nFerry crews walk out over pay\n\n"
    foot = "\n\nread on 4 min\n\nby Jana Roe , Ola Brekke\n\n14. March 2023\n\n  •  \n  •  \n\n" + BODY
    cleaned = clean_text(top + summary + foot)
    assert cleaned.standfirst == summary and summary not in cleaned.paragraphs
    assert cleaned.paragraphs[0] == BODY.split("\n")[0]
    tags = "Ferries Islands Strikes Transport Unions Pay Talks Quay Operator Fares Winter Timetable Crossings Harbour"
    assert clean_text(top + tags + " Weather Tides" + foot).standfirst is None  # a row of tags, no sentence
