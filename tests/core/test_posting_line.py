"""A blog's posting line (who posted the post, in which category, when) and a byline under the headline are
the article's furniture, like a date stamp: they date it or name its author and are no passage of it, in plain
text as in a copied page. A sentence that starts the same way but goes on stays a sentence."""

from __future__ import annotations

from reader.core.ingest.article_format import posted_by, stamp_date
from reader.core.ingest.cleaning import clean_text
from reader.core.ingest.loading import load_dossier
from reader.core.text.segment import segment_article

POSTING = "On behalf of Jana Roe, Esq. posted in Ferry News on Wednesday, March 15, 2023."
BODY = [
    "The ferry between the two islands did not sail on Tuesday after its crew walked out over a pay offer.",
    "Passengers waited at the quay for most of the morning before a notice was posted by the gate.",
    "The union said the offer fell short of rising fuel and housing costs on the islands.",
]
LOOKALIKES = [
    "Posted in the hallway on Monday, March 13, 2023 was a notice from the operator.",
    "Written on March 13, 2023, the letter reached the union two days later.",
    "By Tuesday, March 14, 2023, the last passengers had gone home.",
    "The notice was posted by the gate on Monday, March 13, 2023.",
    "Posted in the town hall on March 2, 2023.",  # where, in small letters: no category
    "Published by the council on March 3, 2023 at 10:00.",  # who, in small letters: no poster
]


def test_posting_lines_read_as_stamps_and_lookalike_sentences_do_not():
    assert stamp_date(POSTING) == "2023-03-15"
    for line in ("Posted by Jana Roe in Ferry News on March 15, 2023", "Published on March 15, 2023 by Jana Roe"):
        assert (stamp_date(line), posted_by(line)) == ("2023-03-15", "Jana Roe")
    assert posted_by("Posted in Ferry News on March 15, 2023") is None
    for sentence in LOOKALIKES:
        assert stamp_date(sentence) is None, sentence


def test_plain_text_a_posting_line_dates_the_article_and_holds_no_sentence(tmp_path):
    text = "\n".join(["Ferry crews walk out over pay", POSTING, *BODY, *LOOKALIKES]) + "\n"
    (tmp_path / "harbour-blog__3_1x.txt").write_text(text, encoding="utf-8")
    article = load_dossier(tmp_path).articles[0]
    assert (article.published, article.byline) == ("2023-03-15", "Jana Roe, Esq.")
    sentences = [s.text for s in segment_article(article)]
    assert POSTING not in sentences and sentences == [*BODY, *LOOKALIKES]


def test_copied_page_a_posting_line_is_the_dateline_not_the_lead():
    page = "Menu\n\n  • Home\n  • News\n\nFerry crews walk out over pay\n\n" + POSTING + "\n\n" + "\n\n".join(BODY)
    cleaned = clean_text(page)
    assert cleaned.paragraphs == tuple(BODY)
    assert (cleaned.published, cleaned.byline) == ("2023-03-15", "Jana Roe, Esq.")
    assert (POSTING, "dateline") in cleaned.dropped and not cleaned.captions


def test_plain_text_a_byline_under_the_headline_names_the_author_and_holds_no_sentence(tmp_path):
    later = "By the quay the crews waited."  # a sentence further down that opens like a byline stays the article's
    text = "\n".join(["Ferry crews walk out over pay", "By Jana Roe and Ola Brekke", *BODY[:2],
                      "By Monday, March 13, the crews had voted to strike.", later, BODY[2]]) + "\n"
    (tmp_path / "harbour-blog__3_1x.txt").write_text(text, encoding="utf-8")
    article = load_dossier(tmp_path).articles[0]
    assert article.byline == "Jana Roe and Ola Brekke"
    sentences = [s.text for s in segment_article(article)]
    assert sentences == [*BODY[:2], "By Monday, March 13, the crews had voted to strike.", later, BODY[2]]


def test_a_line_without_a_digit_dates_nothing_and_is_no_posting_line():
    # Every stamp gives its date or time in digits (the patterns are then not even compiled for the line).
    for line in ("Updated: June", "Posted by Jana Roe in Ferry News on Wednesday", "Tuesday, March",
                 "Harbourton, Nov -", "Published on Monday by Jana Roe", "Updated 8:15 AM"[:-8]):
        assert stamp_date(line) is None and posted_by(line) is None
    assert stamp_date("Updated 8:15 AM") == "" and stamp_date("Tuesday, March 14, 2023") == "2023-03-14"
    assert stamp_date("Posted by Jana Roe in Ferry News on Wednesday, March 15, 2023") == "2023-03-15"
    assert stamp_date("Updated: June ٣, ٢٠١٦") == "2016-06-03"  # digits of another script are digits too
