"""Sentences and tokens: offsets exact, abbreviations and quotations handled, forms folded."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.ingest.article_format import _dateless, split_paragraphs, stamp_date
from reader.core.text.segment import MAX_SENTENCE_CHARS, paragraph_sentences, segment_article
from reader.core.model import Dossier
from reader.core.model.analysis import packing
from reader.core.tokens import Token, moved, normalise, pack, tokenize

from tests.conftest import SEEDS, needs_seeds
from tests.helpers import make_article


def sentence_texts(*paragraphs: str) -> list[str]:
    article = make_article(*paragraphs)
    return [article.body[s.start : s.end] for s in segment_article(article)]


def test_each_paragraph_read_alone_gives_the_articles_sentences():
    """A paragraph's sentences need nothing outside it: read one by one, the paragraphs give the article's sentences,
    none in a stamp paragraph nor for a stamp closing one."""
    article = make_article("Dr. Ada Brook left at noon. She said: \"We are done.\" Then she went home.",
                           "Updated: May 3, 2021 10:05 GMT", "The pier shut (a storm). Boats left. 3:27 pm", "One more")
    read = [bounds for start, end in article.paragraphs for bounds in paragraph_sentences(article.body, start, end)]
    assert read == [(s.start, s.end) for s in segment_article(article)]
    assert paragraph_sentences(article.body, *article.paragraphs[1]) == []
    assert [article.body[a:b] for a, b in paragraph_sentences(article.body, *article.paragraphs[2])] == [
        "The pier shut (a storm).", "Boats left."]


# --- normalise and tokenize ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("“Following", '"following'),
        ("Turkey’s", "turkey's"),
        ("‘credible evidence’", "'credible evidence'"),
        ("UAVs – equipped", "uavs - equipped"),
        ("ten—eleven", "ten-eleven"),
        ("Çavuşoğlu", "cavusoglu"),
        ("Cavus\u0327oglu", "cavusoglu"),
        ("Tur\u200bkey", "turkey"),
        ("WESCAM", "wescam"),
        ("beyond …", "beyond ..."),
    ],
)
def test_normalise_folds_typography(text, folded):
    assert normalise(text) == folded


def test_tokens_keep_words_whole():
    text = "Turkey’s case-by-case review of L3Harris MX-15D and S-400 (F-35) systems."
    assert [t.text for t in tokenize(text)] == [
        "Turkey’s", "case-by-case", "review", "of", "L3Harris", "MX-15D", "and", "S-400",
        "(", "F-35", ")", "systems", ".",
    ]


def test_tokens_keep_marks_and_invisible_joiners_inside_words():
    # A word is matched a run of letters at a time: a combining mark, a zero-width joiner or a soft hyphen
    # between runs (or opening one) keeps them one word; an underscore is no word character.
    text = "Cavus\u0327og\u0306lu\u2019s Jo\u200dly Free\u00adland snake_case 1990\u0301s e\u0301-mail \u0301x"
    assert [t.text for t in tokenize(text)] == [
        "Cavus\u0327og\u0306lu\u2019s", "Jo\u200dly", "Free\u00adland", "snake", "_", "case", "1990\u0301s",
        "e\u0301-mail", "\u0301x",
    ]


def test_tokens_keep_numbers_and_money_whole():
    text = "more than Can$150 million (US$120 million), 5,000 lives, $1.99 in 2019 and the 1990s"
    texts = [t.text for t in tokenize(text)]
    for expected in ("Can$150", "US$120", "5,000", "$1.99", "2019", "1990s"):
        assert expected in texts
    assert "," in texts and ")" in texts


def test_token_offsets_index_the_source_exactly():
    body = "Intro.\n\n“This use was not consistent,” Garneau said — in Ottawa…"
    tokens = tokenize(body[8:], offset=8)
    assert all(body[t.start : t.end] == t.text for t in tokens)
    assert [t.norm for t in tokens][:3] == ['"', "this", "use"]
    assert tokens[-1].text == "…" and tokens[-2].text == "Ottawa"


@pytest.mark.parametrize("offset", [65_500, 65_530, 70_000])
def test_token_offsets_are_exact_past_the_shared_ones(offset):
    # Offsets under 65,536 are shared int objects; a sentence may straddle that bound or lie past it.
    body = "x" * offset + " “This use was not consistent,” Garneau said — in Ottawa…"
    tokens = tokenize(body[offset:], offset=offset)
    assert all(body[t.start : t.end] == t.text for t in tokens)
    assert tokens == tuple(t._replace(start=t.start + offset, end=t.end + offset) for t in tokenize(body[offset:]))


def test_a_sentence_unpacks_the_same_tokens_at_each_ask():
    article = make_article("Intro here.", "“This use was not consistent,” Garneau said. The U.S. ally — in Ottawa…")
    for sentence in segment_article(article):
        assert sentence.tokens == sentence.tokens == tokenize(sentence.text, sentence.start)
        assert all(type(t) is Token for t in sentence.tokens)


def test_the_first_sentences_asked_keep_their_tokens_unpacked_until_a_new_analysis(monkeypatch):
    """Kept by the packed tokens' identity, for the first ``SIZE`` sentences asked: a sentence asked again gets the
    very tuple of tokens; one past the bound, or a copy of one at another place, its own tokens, unpacked anew."""
    from reader.core.model import analysis

    monkeypatch.setattr(analysis._FirstUnpacked, "SIZE", 2)
    analysis.forget_tokens()
    said = "The quay reopened at noon."
    first, second, third, copy = segment_article(make_article("Gulls circled.", "Rain fell.", said + " " + said))
    assert first.tokens is first.tokens and second.tokens is second.tokens
    assert third.tokens is not third.tokens and third.tokens == tokenize(third.text, third.start)
    assert copy.tokens == tokenize(copy.text, copy.start) != third.tokens
    analysis.forget_tokens()
    assert copy.tokens is copy.tokens and third.tokens is third.tokens and first.tokens is not first.tokens


def test_an_analysis_made_keeps_more_sentences_unpacked_than_one_read_back(monkeypatch):
    """The process making an analysis keeps up to ``ANALYSING`` sentences' tokens (each stage reads them all, and
    the process ends with it); one reading an analysis back, as the reader does, ``SIZE`` again."""
    from reader.core.model import analysis

    monkeypatch.setattr(analysis._FirstUnpacked, "SIZE", 1)
    monkeypatch.setattr(analysis._FirstUnpacked, "ANALYSING", 2)
    first, second, third = segment_article(make_article("Gulls circled.", "Rain fell.", "The quay reopened."))
    analysis.forget_tokens(analysing=True)
    assert first.tokens is first.tokens and second.tokens is second.tokens and third.tokens is not third.tokens
    analysis.forget_tokens()
    assert first.tokens is first.tokens and second.tokens is not second.tokens


def test_the_pipeline_keeps_its_sentences_unpacked_as_an_analysis_made(monkeypatch):
    from reader.core import pipeline
    from reader.core.model import analysis

    monkeypatch.setattr(analysis._FirstUnpacked, "ANALYSING", 3)
    pipeline.analyse(Dossier(root=Path("."), articles=(make_article("Gulls circled.", "Rain fell.", "The quay reopened."),)))
    assert analysis._unpacked.size == 3
    analysis.forget_tokens()
    assert analysis._unpacked.size == analysis._FirstUnpacked.SIZE


@pytest.mark.parametrize("by", [0, 7, 65_490, 65_530, 70_000])
def test_packed_tokens_moved_are_those_packed_where_the_text_stands(by):
    text = "“The ferry’s 1,200 seats,” the pier-master said — sold out…"
    assert moved(pack(text), by) == pack(text, by)
    assert moved(pack(""), by) == pack("", by) == ()


def test_sentences_printed_again_take_the_first_prints_tokens_moved_to_where_they_stand():
    said = "The quay reopened at noon, “at last”, a pilot said."
    articles = [make_article("Gulls circled.", said + " Rain fell. " + said), make_article(said, "Rain fell.")]
    fresh = [segment_article(article) for article in articles]
    take_apart = packing()
    for sentences in (made := [segment_article(article) for article in articles]):
        for sentence in sentences:
            take_apart(sentence)
    pairs = [(a, b) for one, other in zip(fresh, made, strict=True) for a, b in zip(one, other, strict=True)]
    assert sum(b.text == said for _, b in pairs) == 3 and len({b.start for _, b in pairs if b.text == said}) == 3
    assert all(b.packed == a.packed == pack(a.text, a.start) for a, b in pairs)


def test_dotted_acronym_is_one_token():
    assert [t.text for t in tokenize("the U.S. ally")] == ["the", "U.S.", "ally"]


# --- sentences -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Garneau said it.",
        "Mrs. Smith agreed with Dr. Jones.",
        "The commander Gen. Tod Wolters told lawmakers.",
        "The gear from Wescam, based in Burlington, Ont., had been authorized.",
        "A strike on Oct. 3, 2020, in Stepanakert.",
        "It met on Jan. 5 in St. Catharines at No. 10 Downing.",
        "The unit of L3Harris Technologies Inc. sold the gear.",
        "A vital U.S. ally remains one.",
        "Author J. Smith wrote it.",
        "It cost Can$150 million and $1.99 each.",
    ],
)
def test_abbreviations_do_not_end_sentences(text):
    assert sentence_texts(text) == [text]


def test_abbreviation_at_a_sentence_end_still_ends_it():
    assert sentence_texts("He joined L3Harris Technologies Inc. The unit grew.") == [
        "He joined L3Harris Technologies Inc.",
        "The unit grew.",
    ]
    assert sentence_texts("It sold arms to the U.S. But sales fell.") == [
        "It sold arms to the U.S.",
        "But sales fell.",
    ]
    assert sentence_texts("It sold arms to the U.S. It’s over now.") == ["It sold arms to the U.S.", "It’s over now."]
    assert sentence_texts("A vital U.S. ally's base.") == ["A vital U.S. ally's base."]


def test_attribution_after_a_quote_stays_with_it():
    text = (
        "“This was not consistent with Canadian foreign policy, nor end-use assurances given by Turkey,” "
        "Garneau said."
    )
    assert sentence_texts(text) == [text]


def test_globe_paragraph_with_two_quotes_splits_after_the_attribution():
    first = (
        "“Following this review, which found credible evidence that Canadian technology exported to Turkey "
        "was used in Nagorno-Karabakh, today I am announcing the cancellation of permits that were suspended "
        "in the fall of 2020,” Mr. Garneau said in a statement."
    )
    second = "“This use was not consistent with Canadian foreign policy, nor end-use assurances given by Turkey.”"
    assert sentence_texts(f"{first} {second}") == [first, second]


def test_quotation_spanning_sentences_keeps_closing_quote_and_attribution():
    text = (
        "“Importantly, it was civil society and the media who identified these instances. "
        "This raises questions,” Jaramillo said in an email. He declined to say more."
    )
    assert sentence_texts(text) == [
        "“Importantly, it was civil society and the media who identified these instances.",
        "This raises questions,” Jaramillo said in an email.",
        "He declined to say more.",
    ]


def test_quote_closed_after_the_full_stop_then_short_attribution():
    text = "Drones “were a game changer.” Mr. Chong said. Then he left."
    assert sentence_texts(text) == ["Drones “were a game changer.” Mr. Chong said.", "Then he left."]


def test_straight_quotes_and_question_marks():
    text = '"Would Canada still be exporting?" he asked. "No," she said! Next one.'
    assert sentence_texts(text) == ['"Would Canada still be exporting?" he asked.', '"No," she said!', "Next one."]


def test_ellipsis_inside_a_quote_before_lower_case_does_not_split():
    text = "“Why they couldn’t put two and together [earlier] … is beyond me,” Mr. Gallagher said."
    assert sentence_texts(text) == [text]


def test_a_stop_inside_a_bracket_that_closes_before_any_other_stop_ends_nothing():
    text = "The club went 41-38 (. 519) under him. Then a new coach (the third! Of the decade) came."
    assert sentence_texts(text) == [
        "The club went 41-38 (. 519) under him.",
        "Then a new coach (the third! Of the decade) came.",
    ]


def test_a_bracketed_aside_of_whole_sentences_still_splits():
    text = "She waited. (Nobody came. They had all gone home.) Then she left."
    assert sentence_texts(text) == ["She waited.", "(Nobody came.", "They had all gone home.)", "Then she left."]


def test_a_bracketed_note_closing_a_paragraph_joins_the_sentence_before_it_but_a_bracketed_sentence_does_not():
    assert sentence_texts("“The mill will close,” the owner said. (Valley Courier report)", "Work stops. (It ran for years.)") == [
        "“The mill will close,” the owner said. (Valley Courier report)",
        "Work stops.",
        "(It ran for years.)",
    ]
    assert sentence_texts("Work stops. (Valley Courier) Its owner left.") == ["Work stops.", "(Valley Courier) Its owner left."]


def test_a_web_address_stays_in_its_sentence():
    text = "Tickets are sold at the box office, via www. Example-Hall. com and by phone. Doors open at six."
    assert sentence_texts(text) == [
        "Tickets are sold at the box office, via www. Example-Hall. com and by phone.",
        "Doors open at six.",
    ]


def test_em_dash_and_en_dash_do_not_split():
    text = "The drones – equipped with sensors — were used. They were Turkish."
    assert sentence_texts(text) == ["The drones – equipped with sensors — were used.", "They were Turkish."]


def test_sentences_never_cross_paragraphs_and_are_trimmed():
    article = make_article("First paragraph ends without a stop", "  Second one.  Third here.  ")
    sentences = segment_article(article)
    assert [(s.paragraph, article.body[s.start : s.end]) for s in sentences] == [
        (0, "First paragraph ends without a stop"),
        (1, "Second one."),
        (1, "Third here."),
    ]
    assert [s.index for s in sentences] == [0, 1, 2]
    for s in sentences:
        p_start, p_end = article.paragraphs[s.paragraph]
        assert p_start <= s.start < s.end <= p_end
        assert all(article.body[t.start : t.end] == t.text for t in s.tokens)
        assert s.tokens[0].start == s.start and s.tokens[-1].end == s.end


@needs_seeds
def test_seed_reports_segment_with_exact_offsets():
    """Every seed capture: spans inside paragraphs, tokens cover each sentence's text."""
    for path in sorted(SEEDS.glob("*.txt")):
        article = make_article(*split_paragraphs(path.read_text(encoding="utf-8")), article_id=path.stem)
        sentences = segment_article(article)
        assert sentences
        for s in sentences:
            text = article.body[s.start : s.end]
            assert text == text.strip() and "\n" not in text
            assert "".join(t.text for t in s.tokens) == "".join(text.split())


@needs_seeds
def test_seed_abbreviations_stay_inside_sentences():
    texts = [t for path in sorted(SEEDS.glob("*.txt"))
             for t in sentence_texts(*split_paragraphs(path.read_text(encoding="utf-8")))]
    assert not any(t.endswith(("Mr.", "Gen.", "Oct.")) for t in texts)
    assert any(
        t.startswith("“Following this review") and t.endswith("Mr. Garneau said in a statement.") for t in texts
    )


def test_bundled_globe_paragraph_with_two_quotes(bundled):
    globe = next(a for a in bundled.articles if a.outlet == "The Globe and Mail")
    texts = [globe.body[s.start : s.end] for s in segment_article(globe)]
    first = next(i for i, t in enumerate(texts) if t.startswith("“Following this review"))
    assert texts[first].endswith("2020,” Mr. Garneau said in a statement.")
    assert texts[first + 1] == (
        "“This use was not consistent with Canadian foreign policy, nor end-use assurances given by Turkey.”"
    )


def test_bundled_reports_sentences_cover_every_paragraph(bundled):
    for article in bundled.articles:
        sentences = segment_article(article)
        assert {s.paragraph for s in sentences} == set(range(len(article.paragraphs)))
        for s in sentences:
            assert all(article.body[t.start : t.end] == t.text for t in s.tokens)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1), min_size=1, max_size=4))
def test_any_text_segments_into_exact_spans_inside_paragraphs(paragraphs):
    paragraphs = [p.replace("\n", " ").strip() for p in paragraphs]
    paragraphs = [p for p in paragraphs if p] or ["x"]
    article = make_article(*paragraphs)
    previous_end = -1
    for s in segment_article(article):
        p_start, p_end = article.paragraphs[s.paragraph]
        assert p_start <= s.start < s.end <= p_end and s.start >= previous_end
        previous_end = s.end
        text = article.body[s.start : s.end]
        assert text == text.strip()
        assert all(article.body[t.start : t.end] == t.text for t in s.tokens)
        assert "".join(t.text for t in s.tokens) == "".join(text.split())


def test_inert_controls_are_single_non_word_tokens():
    """A label the loader made visible (⟪RLO⟫) or an inert escape (␛]0;x) is one token, never a word."""
    tokens = tokenize("a \u27eaRLO\u27eb evil \u241b]0;Evil title and \u241b[31mRed")
    texts = [t.text for t in tokens]
    assert "\u27eaRLO\u27eb" in texts and "\u241b]0;Evil" in texts and "\u241b[31mRed" in texts
    assert not any(t.is_word for t in tokens if t.text[0] in "\u27ea\u241b")


def test_an_endless_run_of_words_is_cut_at_spaces_into_bounded_pieces():
    """No person writes a sentence of thousands of characters; each comparison of one is costly."""
    run = " ".join(f"word{i % 97}" for i in range(2_000))  # about 14,000 characters, no stop
    article = make_article("The council met on Monday.", f"{run}  and so on.", "A plain last sentence here.")
    texts = [s.text for s in segment_article(article)]
    assert texts[0] == "The council met on Monday." and texts[-1] == "A plain last sentence here."
    pieces = texts[1:-1]
    assert len(pieces) > 9 and all(len(p) <= MAX_SENTENCE_CHARS for p in pieces)
    assert all(p == p.strip() and not p.startswith("ord") for p in pieces)  # cut between words
    assert " ".join(pieces).split() == f"{run} and so on.".split()


# --- date stamps -------------------------------------------------------------


@pytest.mark.parametrize("stamp", [
    "Updated: March 3, 2022 18:50 GMT",
    "Published on: Thu, 3 Mar 2022 at 09:56 CET",
    "March 3, 2022",
    "Thursday, 3 March 2022",
    "Last updated on: 2022-03-03 10:05",
    "Posted 3/14/2022 6:04 PM | Updated 7:10 PM EDT",
    "WIRE Mar 3, 2022, 06. 15AM GMT HARBOURTON:",  # an agency's tag, a time with a spaced dot, the city
    "March 3, 2022 - - Updated 0950 GMT (1750 HKT)",  # a time without a colon, and in a second zone
    "First Posted: 03/04/22 05:40 PM ET Updated: 03/05/22 07:12 AM ET",  # two stamps, years of two digits
    "Updated 3/4/2022 2:05 AM",
    "Updated 8:15 AM",  # a time alone
    "3:27 pm",
    "March 3, 2022-HARBOURTON-",  # a dateline, the city after a dash
    "3/4/22 at 2:45 PM",
    "POSTED: 0820 GMT (1620 HKT), March 3, 2022",
    "Harbourton, Mar 3, 2022/02:00 pm (WIRE)",  # the city first, the agency's tag last
    "Harbourton, Mar 3-",  # a dateline without a year
    "FOR IMMEDIATE RELEASE March 3, 2022",
])
def test_a_paragraph_that_is_only_a_date_stamp_holds_no_sentence(stamp):
    # It says when, not what happened: no passage, so never "only this report says".
    assert sentence_texts(stamp, "The ferry ran an hour late.") == ["The ferry ran an hour late."]


@pytest.mark.parametrize("line", [
    "On March 3, 2022 the ferry ran late.",
    "March 3, 2022 was a Thursday.",
    "Updated March 3, 2022 by the harbour office",
    "Feb 30, 2022",  # no such day: not read as a stamp
    "WIRE Mar 3, 2022 the ferry ran late",
    "March 3, 2022 Harbourton: the ferry ran late",
    "March 3, 2022 - The ferry to the island ran an hour late.",
    "March 3, 2022-HARBOURTON- The ferry to the island ran an hour late.",
    "Harbourton, Mar 3 - The ferry to the island ran an hour late.",
    "At 3:27 pm the ferry ran late.",
    "10.30",  # a number alone
])
def test_a_line_that_states_something_beside_a_date_is_a_sentence(line):
    assert sentence_texts(line) == [line]


def test_a_stamp_after_a_sentence_of_its_paragraph_is_no_sentence():
    assert sentence_texts("Ferry runs late again. 3:27 pm", "The ferry ran late.") == [
        "Ferry runs late again.", "The ferry ran late."]


def test_a_stamp_gives_its_day_unless_it_cannot_be_told():
    assert stamp_date("Posted: Oct 14, 2012 4:35 PM") == "2012-10-14"
    assert stamp_date("Updated 3/14/2022 6:04 PM") == "2022-03-14"
    assert stamp_date("Updated 3/4/2022 6:04 PM") == ""  # March 4th or 3 April
    assert stamp_date("The ferry ran late.") is None
    assert stamp_date("WIRE Mar 3, 2022, 06. 15AM GMT HARBOURTON:") == "2022-03-03"
    assert stamp_date("March 3, 2022 - - Updated 0950 GMT (1750 HKT)") == "2022-03-03"
    assert stamp_date("March 3, 2022-HARBOURTON-") == "2022-03-03"
    assert stamp_date("Updated 8:15 AM") == stamp_date("Harbourton, Mar 3-") == ""  # no day, or no year


def test_a_line_without_a_digit_is_no_stamp_in_any_script():
    assert stamp_date("Mis à jour le 3 mars 2022") is None  # French dates are not read, but the line holds a digit
    assert not _dateless("Mis à jour le 3 mars 2022")
    assert not _dateless("Updated 8:15 AM")
    assert not _dateless("Mis à jour ٣")  # an Arabic-Indic digit is a digit too
    assert not _dateless("Crédit² photo")  # as str.isdigit reads a superscript
    assert _dateless("The ferry ran late.")
    assert _dateless("Crédit photo: l’équipe")


def test_a_slashed_date_beside_a_united_states_time_zone_is_month_first():
    assert stamp_date("First Posted: 03/04/22 05:40 PM ET Updated: 03/05/22 07:12 AM ET") == "2022-03-04"
    assert stamp_date("9:05 AM PDT 3/4/2022") == "2022-03-04"
    assert stamp_date("3/4/22 at 2:45 PM") == ""  # no zone: March 4th or 3 April
