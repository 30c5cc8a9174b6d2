"""Readers' comments under a post are no part of the article, in copied text as in saved HTML: they start
at a comment count ("3 Comments") or at the first of a repeated comment heading (a name, a date, a reply
button; "Name says:" over a date). Words about comments in the article, or one "says:" line, cut nothing."""

from __future__ import annotations

from reader.core.ingest.cleaning import clean_body, clean_text

HEAD = "Menu\n\n  • Home\n  • Islands\n\nFerry crews walk out over pay\n\n14.03.2023 by Jana Roe\n\n"
BODY = [
    "The ferry between the two islands did not sail on Tuesday after its crew walked out over a pay offer.",
    "Passengers waited at the quay for most of the morning before a notice was posted by the gate.",
    "The union said the offer fell short of rising fuel and housing costs on the islands, and that talks "
    "would resume on Thursday.",
]
# Long enough to outweigh the lines between them and the article: a run of prose of their own.
OPINION = [
    "I took the early boat last week and it was already half empty, which says a lot about the service "
    "that the operator has been running on this route for years now, and about the fares it asks.",
    "Nobody I know on the island blames the crews for this, since the pay has not moved in years while "
    "the fares went up twice and the timetable was cut back in the winter months as well.",
    "If the operator wants the passengers back it will have to pay its people properly and stop pretending "
    "that the ferry is a luxury rather than the only road we have to the mainland and the hospital.",
]
COMMENTS = [
    "Ola Brekke 14. März 2023 um 10:02 Uhr - Antworten", *OPINION[:2],
    "Mira Solberg 14. März 2023 um 11:40 Uhr - Antworten", OPINION[2],
]


def _page(body: list[str], tail: list[str]) -> str:
    return HEAD + "\n\n".join(body) + "\n\nShare this story\n\n" + "\n\n".join(tail) + "\n\nImprint\n"


def test_a_comment_count_or_a_repeated_comment_heading_ends_the_article_in_copied_text():
    for tail in (["2 Comments", *COMMENTS], COMMENTS):
        cleaned = clean_text(_page(BODY, tail))
        assert cleaned.paragraphs == tuple(BODY), tail[0]
        assert ("Mira Solberg 14. März 2023 um 11:40 Uhr - Antworten", "comment-section") in cleaned.dropped
    says = ["Ola Brekke says:", "14.03.2023 um 10:02", *OPINION[:2], "Reply",
            "Mira Solberg says:", "14.03.2023 um 11:40", OPINION[2], "Reply"]
    assert clean_text(_page(BODY, says)).paragraphs == tuple(BODY)


def test_wrapped_copy_and_saved_html_end_at_the_same_place():
    wrapped = _page(BODY, ["2 Comments", *COMMENTS])
    assert clean_text(wrapped).paragraphs == clean_text(_page(BODY, COMMENTS)).paragraphs == tuple(BODY)
    extracted = clean_body([*BODY, "2 Comments", *COMMENTS])  # an extractor that let the comments through
    assert extracted.paragraphs == tuple(BODY)


def test_an_article_that_talks_of_comments_or_quotes_one_speaker_keeps_its_end():
    last = ("Asked for comment, the operator said it had read the 36 comments left on its page and would "
            "reply to each by Friday.")
    cleaned = clean_text(_page([*BODY, last], ["Related stories", "  • Fares rise again"]))
    assert cleaned.paragraphs[-1] == last
    quoted = [*BODY[:2], "The captain, Ola Brekke, says:", "We will sail again when the offer is fair.", BODY[2]]
    assert clean_text(_page(quoted, [])).paragraphs[-1] == BODY[2]
    # Two "says:" lines with no date under them are the article's, not comment headings.
    two = [*BODY[:2], "The captain says:", "We will sail when the offer is fair.", "The operator says:",
           "The offer is final and it is fair.", BODY[2]]
    assert clean_text(_page(two, [])).paragraphs[-1] == BODY[2]
    assert clean_body([*BODY, "3 comments", last]).paragraphs == (*BODY, "3 comments", last)


def test_the_reports_own_dated_lead_ins_to_quotations_are_no_comment_headings():
    """"At a hearing on 14 March 2023, the union's chair said:" twice is the article quoting, not two comments."""
    body = [BODY[0], "At a hearing on 14 March 2023, the union's chair said:", BODY[1],
            "At a second hearing on 15 March 2023, the operator's manager said:", BODY[2]]
    assert clean_text(_page(body, [])).paragraphs == tuple(body)
