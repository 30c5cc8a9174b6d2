"""Plain text as it arrives: one paragraph per line, a headline first, hard-wrapped lines, outlets named by files."""

from __future__ import annotations

import textwrap

import pytest

from reader.core.ingest import article_format
from reader.core.ingest.article_format import outlet_from_file_name, unwrap
from reader.core.ingest.loading import load_dossier

LINES = (
    "Ferry operator halts crossings after engine fire\n"
    "A fire broke out in the engine room of a ferry on Tuesday morning, the operator said, and all crossings were halted.\n"
    "Nobody was hurt, and the 212 passengers were brought back to the harbour by tugboats.\n"
    "Inspectors will examine the other two ships of the fleet before services resume, probably on Friday.\n"
)


def test_one_paragraph_per_line_with_a_headline_first(tmp_path):
    (tmp_path / "coast-news__17_4x.txt").write_text(LINES, encoding="utf-8")
    article = load_dossier(tmp_path).articles[0]
    assert article.title == "Ferry operator halts crossings after engine fire"
    assert article.outlet == "coast-news"
    paragraphs = [article.body[start:end] for start, end in article.paragraphs]
    assert [p[:20] for p in paragraphs] == ["A fire broke out in ", "Nobody was hurt, and", "Inspectors will exam"]


@pytest.mark.parametrize(
    "first",
    [
        "The ferry operator halted all crossings on Tuesday after a fire broke out in the engine room of one ship.",
        "Ferry halted. Fire in the engine room.",  # two sentences: a lead, not a headline
        "What the operator said:",
        # a lead of 300 characters and more, ending in a full stop
        "The ferry operator halted all crossings between the mainland and the three islands on Tuesday morning after "
        "a fire broke out in the engine room of its largest ship, leaving hundreds of passengers and dozens of lorries "
        "waiting at the harbour until tugboats brought the ship back to the quay in the afternoon.",
    ],
)
def test_a_first_line_that_reads_as_a_lead_stays_body(first):
    parsed = article_format.parse(first + "\n" + LINES.split("\n", 1)[1])
    assert "title" not in parsed.meta
    assert parsed.paragraphs[0] == first


# Hand-made CJK paragraphs: a lead with a few spaces (a date, a place), and the paragraphs after it.
CJK_LEAD = "2024年2月19日 海港市 — " + "港务局星期一表示北码头在风暴后经过三周的修理已经重新开放渔船和渡轮都可以再次停靠" * 8 + "。"
CJK_BODY = ("据 Harbour Daily 报道 修理费用比预计的高出很多 但是所有的工作都已经按时完成 并且没有人员受伤。\n"
            "港务局说 下个月将检查南码头。\n")


def test_a_long_first_line_in_a_script_without_spaces_is_a_lead_not_a_headline():
    parsed = article_format.parse(CJK_LEAD + "\n" + CJK_BODY)
    assert "title" not in parsed.meta
    assert parsed.paragraphs[0] == CJK_LEAD


def test_a_short_first_line_in_a_script_without_spaces_is_a_headline():
    parsed = article_format.parse("北码头风暴后重新开放\n" + CJK_BODY)
    assert parsed.meta == {"title": "北码头风暴后重新开放"}


def test_a_short_headline_may_end_with_a_full_stop():
    parsed = article_format.parse("Leader says tests are no longer needed.\n" + LINES.split("\n", 1)[1])
    assert parsed.meta == {"title": "Leader says tests are no longer needed."}


def test_blank_line_separated_paragraphs_keep_their_inner_line_breaks_joined():
    parsed = article_format.parse("First paragraph, cut\nin two lines.\n\nSecond paragraph.\n")
    assert parsed.paragraphs == ("First paragraph, cut in two lines.", "Second paragraph.")



def test_a_blank_line_under_the_headline_does_not_make_the_lines_below_one_paragraph():
    """Copy a headline, leave a line, paste the text: the most common way a plain file is made."""
    headline, rest = LINES.split("\n", 1)
    parsed = article_format.parse(f"{headline}\n\n{rest}")
    assert parsed.meta == {"title": headline}
    assert [p[:20] for p in parsed.paragraphs] == ["A fire broke out in ", "Nobody was hurt, and", "Inspectors will exam"]


def test_a_byline_under_the_headline_is_the_byline_not_the_title_or_the_lead():
    headline, rest = LINES.split("\n", 1)
    for text in (f"{headline}\nBy Ana Ruiz and Tom Lee\n\n{rest}", f"{headline}\nBy Ana Ruiz and Tom Lee\n{rest}"):
        parsed = article_format.parse(text)
        assert parsed.meta == {"title": headline, "byline": "Ana Ruiz and Tom Lee"}
        assert parsed.paragraphs[0] == "By Ana Ruiz and Tom Lee"  # shown, holding no sentence
        assert parsed.paragraphs[1].startswith("A fire broke out")


@pytest.mark.parametrize("line", ["By Tuesday Evening", "By Order Of The Court", "By March 3"])
def test_a_day_or_words_no_name_holds_make_no_byline(line):
    headline, rest = LINES.split("\n", 1)
    assert "byline" not in article_format.parse(f"{headline}\n{line}\n{rest}").meta


def test_blank_line_blocks_stay_whole_where_they_are_the_paragraphs():
    """Only a plain text whose blank lines set off its head reads one paragraph per line: not a header's body
    written one sentence per line, not a poem or a hand-broken sentence, not a second block of lines."""
    headline, first, second, third = LINES.splitlines()
    header = f"---\ntitle: {headline}\n---\n\n{first}\n{second}\n\n{third}\n"
    assert article_format.parse(header).paragraphs == (f"{first} {second}", third)
    poem = f"{headline}\n\nThe river rose,\nthe bridge shook,\nand the town waited.\n\n{third}\n"
    assert article_format.parse(poem).paragraphs == ("The river rose, the bridge shook, and the town waited.", third)
    two = f"{headline}\n\n{first}\n{second}\n\n{third}\n{first}\n"
    assert len(article_format.parse(two).paragraphs) == 2


def test_hard_wrapped_blocks_whose_lines_end_sentences_at_the_width_stay_whole():
    paragraphs = ("Cyclists may still cross on foot. The work will take eight months.\nNobody came.",
                  "The council voted on Tuesday to close the old bridge. Engineers\nfound cracks in two piers.")
    parsed = article_format.parse("Bridge closed after cracks found\n\n" + "\n\n".join(paragraphs))
    assert parsed.paragraphs == tuple(p.replace("\n", " ") for p in paragraphs)


def test_a_headline_over_a_list_of_short_sentences_stays_the_headline():
    text = ("Bridge shut for eight months\n\nThe council said three things.\nFirst, the bridge is shut.\n"
            "Second, buses will be rerouted.\nThird, the work will take eight months\n\nTraffic will use the ferry.\n")
    assert article_format.parse(text).meta == {"title": "Bridge shut for eight months"}


def test_a_sentence_that_opens_with_by_is_no_byline():
    headline, rest = LINES.split("\n", 1)
    parsed = article_format.parse(f"{headline}\nBy Monday the river had risen by two metres.\n{rest}")
    assert parsed.meta == {"title": headline}
    assert parsed.paragraphs[0] == "By Monday the river had risen by two metres."


def test_hard_wrapped_paragraphs_between_blank_lines_stay_whole():
    """A line that ends a sentence inside a paragraph wrapped at one width is no paragraph's end."""
    paragraphs = (" ".join(LINES.splitlines()[1:3]), LINES.splitlines()[3])
    text = "\n\n".join(textwrap.fill(p, 60) for p in paragraphs)
    assert any(line.endswith(".") for line in text.splitlines()[:3])
    assert article_format.parse(text).paragraphs == paragraphs


WRAPPED = """\
Die Stadtwerke haben am Dienstag angekündigt, die Preise für Fernwärme im
kommenden Jahr um vier Prozent zu erhöhen.
Die Erhöhung sei nötig, weil die Reparatur alter Leitungen mehr gekostet habe
als geplant.
Kurz notiert
Der Stadtrat stimmt im März darüber ab; eine Mehrheit gilt als sicher, sagte
ein Sprecher.
"""


def test_hard_wrapped_lines_are_joined_where_the_next_word_would_not_have_fitted():
    assert unwrap(WRAPPED.splitlines()) == [
        "Die Stadtwerke haben am Dienstag angekündigt, die Preise für Fernwärme im kommenden Jahr um vier "
        "Prozent zu erhöhen.",
        "Die Erhöhung sei nötig, weil die Reparatur alter Leitungen mehr gekostet habe als geplant.",
        "Kurz notiert",
        "Der Stadtrat stimmt im März darüber ab; eine Mehrheit gilt als sicher, sagte ein Sprecher.",
    ]


def test_unwrapped_text_and_list_items_are_left_as_they_are():
    lines = ["Short line.", "Another short line.", "• an item that goes on for a while and a while and a while longer",
             "• a second item"]
    assert unwrap(lines) == lines


def test_wide_characters_are_joined_without_a_space():
    line = "東京都は火曜日、新しい防災計画を発表した。" * 2
    assert unwrap([line, line[:10] + "した。", line, "終わり。"])[0] == line + line[:10] + "した。"


@pytest.mark.parametrize(
    ("stem", "outlet"),
    [
        ("breitbart__1_RR", "breitbart"),
        ("nytimes__1_L", "nytimes"),  # not "Nytimes": nothing says how the outlet spells itself
        ("bbc__41_3ecbplus", "bbc"),  # nor "BBC": a short name is not known to be an acronym
        ("the-globe-and-mail", "the-globe-and-mail"),
        ("Al Jazeera", "Al Jazeera"),
        ("nytimes_2021-04-12_article", "nytimes"),
        ("2021-04-12_reuters_canada", "reuters_canada"),
        ("www.example-news.com", "www.example-news.com"),  # a host name, as a URL import gives
        ("001_37cc0e6520f5b54f", ""),
        ("abc7ny__21_2ecbplus", "abc7ny"),
        ("ny1__21_1ecbplus", "ny1"),
        ("KTLA5_story", "KTLA5"),
        ("article12", "article12"),
        ("ab12cd34ef_courier", "courier"),
        ("7news_story", "7news"),  # outlets that begin with their number
        ("20minutes__41_2", "20minutes"),
        ("9news", "9news"),
        ("h_utf16", ""),  # one letter names no outlet: the file's name is shown
        ("3120fm__12_4src", "3120fm"),  # a short name of digits and letters, only ids after it
        ("wkr9__12_10src", "wkr9"),
        ("k7tv__7_3src", "k7tv"),
        ("f3a9_12_7", ""),  # no two letters in a row: an id
        ("5d2b77ac_story", "story"),  # a word after it is the name
        ("37cc0e6520f5b54f_story", "story"),  # an id that begins with digits is still one
        ("example-news.com__44_14", "example-news.com"),  # a site's host before a separator is its name
        ("news.example.co.uk - Harbour ferry halted", "news.example.co.uk"),
        ("example.de.harbour-ferry", "example.de"),  # a saved page named host.slug
        ("example.blog.harbour-ferry", "example.blog"),  # any public suffix ends the host, a new one too
        ("example.net.harbourferry", "example.net"),
        ("writer.github.io.harbour-ferry", "writer.github.io"),  # a suffix of several labels is taken whole
        ("example.com-harbour-ferry", "example.com"),
        ("report.final", "report.final"),  # no host: its last part is no country's code nor a long-standing domain
        ("my-saved-page (2)", "my-saved-page"),  # a copy's counter, mark and second extension are no part of a name
        ("Harbour ferry halted - Copy", "Harbour ferry halted"),
        ("Harbour ferry halted.html (3)", "Harbour ferry halted"),
    ],
)
def test_outlet_names_from_file_names_drop_ids_numbers_and_codes_and_keep_the_spelling(stem, outlet):
    assert outlet_from_file_name(stem) == outlet


def test_a_header_outlet_wins_over_the_file_name(tmp_path):
    (tmp_path / "bbc__41_3ecbplus.md").write_text("---\noutlet: The Courier\n---\nBody text.\n", encoding="utf-8")
    (tmp_path / "001_37cc0e6520f5b54f.txt").write_text("Body text.\n", encoding="utf-8")
    assert [a.outlet for a in load_dossier(tmp_path).articles] == ["001_37cc0e6520f5b54f", "The Courier"]


def test_a_rule_or_a_picture_is_never_joined_and_a_dash_after_a_full_line_continues_the_sentence():
    full = "Die Stadtwerke haben am Dienstag angekündigt, die Preise für Fernwärme zu erhöhen,"
    lines = [full.ljust(78), "– das erste Mal seit sechs Jahren.", "━" * 80, "Verwandte Themen und mehr aus der Region",
             "[stadtwerke-fernwaerme-preise-2020-heizkraftwerk-nord-luftbild-aus-dem-archiv-2019]", "Bildunterschrift",
             full.ljust(78), "zum ersten Mal.", "- erster Punkt einer Liste, der bis an den Rand der Zeile reicht, ja", "- zweiter"]
    assert unwrap(lines) == [
        full + " – das erste Mal seit sechs Jahren.", "━" * 80, "Verwandte Themen und mehr aus der Region",
        "[stadtwerke-fernwaerme-preise-2020-heizkraftwerk-nord-luftbild-aus-dem-archiv-2019]", "Bildunterschrift",
        full + " zum ersten Mal.", "- erster Punkt einer Liste, der bis an den Rand der Zeile reicht, ja", "- zweiter"]


def test_a_date_after_a_full_line_continues_it_and_a_numbered_list_after_a_lead_in_does_not():
    first = "Die Stadtwerke legen den Bericht am kommenden Montag vor, wie immer am Morgen, dem"
    lead_in = "Die Stadtwerke nennen für die Erhöhung der Preise im kommenden Jahr diese Gründe:"
    lines = [first.ljust(78), "10. Dezember, im Rathaus.", lead_in.ljust(78), "1. die alten Leitungen", "2. der Winter"]
    assert unwrap(lines) == [first + " 10. Dezember, im Rathaus.", lead_in, "1. die alten Leitungen", "2. der Winter"]


def test_the_report_list_and_exports_name_a_file_by_its_site_or_tidily(tmp_path):
    for stem in ("example-news.com__44_14", "Harbour ferry halted.html (2)"):
        (tmp_path / f"{stem}.txt").write_text("The ferry stayed in port on Tuesday.\n", encoding="utf-8")
    dossier = load_dossier(tmp_path)
    assert sorted(dossier.names.values()) == ["Harbour ferry halted", "example-news.com"]
