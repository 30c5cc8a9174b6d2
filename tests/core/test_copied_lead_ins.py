"""Copied page text: a sentence of the report that announces what follows it and ends in a colon (before an
address, a list) is the report's text, as the HTML import keeps it; one of the page under the article is not."""

from __future__ import annotations

from reader.core.ingest.cleaning import clean_text

HEAD = "Menu\n\n  • Home\n  • Islands\n\nFerry crews walk out over pay\n\n14.03.2023 by Jana Roe\n\n"
FIRST = ("The ferry between the two islands did not sail on Tuesday after its crew walked out over a pay offer, "
         "and passengers waited at the quay for most of the morning.")
LAST = ("The union said the offer fell short of rising fuel and housing costs on the islands, and that talks "
        "would resume on Thursday if the operator came back with a better one.")


def test_a_sentence_announcing_an_address_stays_with_it():
    lead_in = "For that, the union on the larger island has already set up a mailbox for the passengers' accounts :"
    cleaned = clean_text(f"{HEAD}{FIRST}\n\n{lead_in}\n\nferry.accounts@example.org\n\n{LAST}\n")
    assert cleaned.paragraphs == (FIRST, lead_in, "ferry.accounts@example.org", LAST)


def test_a_long_lead_in_of_the_page_under_the_article_stays_out():
    foot = ("Related\n\n  • Fares rise again\n  • New quay opens\n\n"
            "Sign up for our morning newsletter and read the island news first:\n\n[          ] Subscribe\n")
    cleaned = clean_text(f"{HEAD}{FIRST}\n\n{LAST}\n\n{foot}")
    assert cleaned.paragraphs == (FIRST, LAST)
