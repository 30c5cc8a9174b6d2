"""The importer on the five real captures, on saved HTML pages, and on files it must refuse.

For each seed the body was identified by hand (the line numbers below, read
against the capture); the importer must keep exactly those lines, in order,
and nothing else.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from reader.core.ingest import article_format
from reader.core.ingest.cleaning import clean_body, clean_text, parse_date
from reader.core.ingest.importer import import_bytes, import_page, looks_like_html
from tests.conftest import DATA, SEEDS, needs_seeds

HTML = DATA / "html"
RAW = DATA / "raw"



def _seed(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


def _lines(path: Path, numbers) -> list[str]:
    """The capture's lines by number, whitespace runs (incl. no-break spaces) made one space."""
    lines = path.read_text(encoding="utf-8").split("\n")
    return [" ".join(lines[n - 1].split()) for n in numbers]


# Per seed (by file-name prefix): the file written, the body's line numbers in the capture
# (identified by hand), junk that must not reach the body, the header expected in full, the
# captions, and the opening of the first and the end of the last paragraph.
SEED_CASES = {
    "000": dict(
        file_name="al-monitor.md",
        body=range(8, 27, 2),
        junk=["Skip to main content", "More from Al-Monitor Staff", "Recommended Articles"],
        meta={
            "outlet": "Al-Monitor",
            "title": "Canada cancels permits for drone technology sales to Turkey",
            "standfirst": "Ottawa previously suspended the exports after Canadian components were used "
            "in the Nagorno-Karabakh war.",
        },
        captions=["Smoke from a presumed drone or artillery strike on Oct. 3, 2020, in Stepanakert, Nagorno-Karabakh."],
        first="Canada’s government canceled authorizations for the export of drone technology to Turkey on Monday",
        last="Gen. Tod Wolters told lawmakers in Washington on Tuesday.",
    ),
    "001": dict(
        file_name="al-jazeera.md",
        body=range(7, 42, 2),
        junk=["Source: Al Jazeera", "[File: Aziz Karimov/Reuters]"],
        meta={
            "outlet": "Al Jazeera",
            "title": "Canada cancels export permits for drone technology to Turkey",
            "standfirst": "Foreign affairs minister says review found ‘credible evidence’ technology was used "
            "by Azerbaijan in Nagorno-Karabakh conflict.",
        },
        captions=[
            "A damaged car in Jabrayil District, which came under the control of Azerbaijan's troops following a "
            "military conflict over the disputed territory of Nagorno-Karabakh, on December 7, 2020 "
            "[File: Aziz Karimov/Reuters]"
        ],
        first="Canada has cancelled export permits to Turkey for drone technology, the foreign affairs department",
        last="after Turkish forces launched an operation in northeast Syria.",
    ),
    "002": dict(
        file_name="trt-world.md",
        body=[6, 8, 10, 12, 16, 18, 20, 24, 26, 28, 30, 32, 34, 36, 38],
        junk=["READ MORE:", "Source: TRTWorld and agencies", "In this June 13, 2018 file photo", "(AA)"],
        meta={
            "outlet": "TRT World",
            "standfirst": "Turkish Foreign Minister Mevlut Cavusoglu urges Canada to review the policy over the export "
            "ban that affects 29 permits and applies to a wide variety of military goods and technologies.",
        },
        captions=[
            "In this June 13, 2018 file photo, the heavy armed unmanned aerial vehicle (UAV), called combat drone "
            "'Akinci' is seen in Istanbul, Turkey. (AA)"
        ],
        first="Canada has cancelled arms permits to Turkey that were suspended last year.",
        last="rose to $77 million in September alone before fighting broke out in the Nagorno-Karabakh region.",
    ),
    "003": dict(
        file_name="eurasian-times.md",
        body=range(3, 30, 2),
        junk=["Follow EurAsian Times on Google News"],
        meta={
            "outlet": "EurAsian Times",
            "title": "After US Sanctions, Turkey Faces Arms Embargo From Canada Over Violation Of Drone Norms",
        },
        captions=[],
        first="After the US sanctions over its S-400 deal with Russia, Turkey faces an arms embargo from Canada",
        last="This could make Ankara cement its ties with Russia.",
    ),
    "004": dict(
        file_name="the-globe-and-mail.md",
        body=[n for n in range(24, 81, 2) if n not in (30, 46, 60, 74)],
        junk=[
            "Skip to main content",
            "Support Quality Journalism",
            "$1.99per week",
            "function pencilInit",
            "var select=",
            "Story continues below advertisement",
            "Your Globe",
            "Follow topics and authors",
            "Welcome to The Globe and Mail’s comment community",
            "Treat others as you wish to be treated",
            "Comments that violate our community guidelines",
            "Discussion loading",
            "enable cookies",
        ],
        meta={"outlet": "The Globe and Mail"},
        captions=[
            "An Armenian soldier stands guard next to a road outside a house in the village of Shurnukh "
            "on March 4, 2021."
        ],
        first="The federal government is cancelling 29 permits for exports of military goods to Turkey",
        last="a mistake in approving this airstrike targeting gear in the first place.”",
    ),
}


@needs_seeds
@pytest.mark.parametrize("prefix", sorted(SEED_CASES))
def test_seed_keeps_exactly_the_hand_identified_body_in_order(prefix):
    case = SEED_CASES[prefix]
    result = import_page(_seed(prefix))
    assert result.file_name == case["file_name"]
    assert list(result.kept) == _lines(_seed(prefix), case["body"])


@needs_seeds
@pytest.mark.parametrize("prefix", sorted(SEED_CASES))
def test_seed_named_junk_is_gone_and_first_and_last_sentences_are_present(prefix):
    case = SEED_CASES[prefix]
    parsed = article_format.parse(import_page(_seed(prefix)).text)
    body = "\n\n".join(parsed.paragraphs)
    for junk in case["junk"]:
        assert junk not in body
    assert parsed.paragraphs[0].startswith(case["first"])
    assert parsed.paragraphs[-1].endswith(case["last"])


@needs_seeds
@pytest.mark.parametrize("prefix", sorted(SEED_CASES))
def test_seed_metadata_and_captions_are_header_not_body(prefix):
    case = SEED_CASES[prefix]
    parsed = article_format.parse(import_page(_seed(prefix)).text)
    assert parsed.meta == case["meta"]
    assert list(parsed.captions) == case["captions"]
    for extra in [*case["captions"], *case["meta"].values()]:
        # The outlet's name may occur in a sentence; a caption, title or standfirst line may not.
        if extra != case["meta"]["outlet"]:
            assert extra not in parsed.paragraphs


@needs_seeds
def test_seed_drops_are_reported_with_reasons():
    dropped = dict(import_page(_seed("004")).dropped)
    assert dropped["Story continues below advertisement"] == "advert"
    assert dropped["Just $1.99per week for the first 24weeks"] == "paywall"
    assert dropped["How to enable cookies"] == "cookie notice"
    assert dropped["Comments that violate our community guidelines will not be posted."] == "comment-section"
    assert next(reason for line, reason in dropped.items() if line.startswith("var select=")) == "script"
    assert dict(import_page(_seed("002")).dropped)["Source: TRTWorld and agencies"] == "signature"


@needs_seeds
def test_outlet_option_overrides_the_signature_and_names_the_file():
    result = import_page(_seed("001"), outlet="Al Jazeera English")
    assert result.file_name == "al-jazeera-english.md"
    assert article_format.parse(result.text).meta["outlet"] == "Al Jazeera English"


def test_html_page_body_metadata_and_figure_caption():
    result = import_page(HTML / "harbour-gazette.html")
    parsed = article_format.parse(result.text)
    assert result.file_name == "harbour-gazette.md"
    assert parsed.meta == {
        "outlet": "Harbour Gazette",
        "title": "Port authority reopens the north quay after storm repairs",
        "standfirst": "Engineers rebuilt and raised the sea wall after last month's storm.",
        "published": "2024-02-19",
        "url": "https://harbour-gazette.example/news/north-quay-reopens",
        "byline": "Mira Okafor",
    }
    assert parsed.captions == ("Cranes stand idle on the north quay on February 2, 2024. (Harbour Gazette/Jon Pell)",)
    assert parsed.paragraphs[0].startswith("The port authority reopened the north quay on Monday")
    assert parsed.paragraphs[-1] == (
        "The authority said a review of the other quays would be published before the summer."
    )
    assert len(parsed.paragraphs) == 5
    body = "\n".join(parsed.paragraphs)
    for junk in ("cookies", "Subscribe", "Home", "Most read", "All rights reserved", "gtag", "consent",
                 "Read more:", "Advertisement", "Cranes stand idle", "Port authority reopens"):
        assert junk not in body


def test_html_fragment_is_detected_by_content_and_cleaned_in_body():
    result = import_page(HTML / "courier-fragment.htm")
    parsed = article_format.parse(result.text)
    assert parsed.meta["outlet"] == "Lakeside Courier"
    assert parsed.meta["title"] == "Rail strike halts trains across the valley for a second day"
    assert parsed.captions == (
        "Station staff at the Lakeside interchange wait beside an empty platform. [Photo: Ana Ruiz/Lakeside Courier]",
    )
    assert len(parsed.paragraphs) == 5
    body = "\n".join(parsed.paragraphs)
    for junk in ("Skip to main content", "Story continues", "Source:", "comment community", "enable cookies"):
        assert junk not in body
    assert ("Story continues below advertisement", "advert") in result.dropped


def test_html_description_that_repeats_the_lead_is_not_a_standfirst(tmp_path):
    lead = "The valley's water board raised prices by four percent on Friday, its first rise in six years."
    page = tmp_path / "page.html"
    page.write_text(
        f'<html><head><meta name="description" content="{lead[:60]}"></head><body><article>'
        f"<h1>Water prices rise</h1><p>{lead}</p><p>The board said repairs to old mains had cost more than planned.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    result = import_page(page)
    assert "standfirst" not in article_format.parse(result.text).meta
    assert result.kept[0] == lead
    assert any("trafilatura" in note for note in result.notes)


def test_html_description_cut_from_the_lead_with_curly_quotes_is_not_a_standfirst(tmp_path):
    """The body's quotes are made plain, the description's are not; cut with "…" inside a word."""
    lead = 'The board called the rise \u201cmodest,\u201d its first in six years, and blamed the old mains.'
    page = tmp_path / "page.html"
    page.write_text(
        f'<html><head><meta name="description" content="{lead[:45]}\u2026"></head><body><article>'
        f"<h1>Water prices rise</h1><p>{lead}</p><p>Repairs to the mains had cost more than planned this year.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    assert "standfirst" not in article_format.parse(import_page(page).text).meta


def test_html_paragraph_wrapped_in_the_source_is_one_paragraph_and_a_line_break_stays(tmp_path):
    """A browser joins the source's line breaks inside a <p>; a <br>, the next <p> and a <pre>'s lines are breaks."""
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><article><h1>Ferry timetable changes</h1>\n<p>Since\nthe harbour board\n"
        '<a href="/x">announced the winter timetable</a>,\n"Will\nthe early boat still run\non Sundays?",'
        " many islanders have <em>asked</em> the operator.<br>\n</p>\n"
        "<p>The first boat leaves at seven.<br>The last one returns\nat nine in the evening.</p>\n"
        "<pre>dep 07:00\narr 07:45</pre>\n"
        "<p>The operator said tickets bought before the change stay valid until the end of March.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    kept = import_page(page).kept
    assert kept[0] == ('Since the harbour board announced the winter timetable, "Will the early boat still run '
                       'on Sundays?", many islanders have asked the operator.')
    assert kept[1:5] == ("The first boat leaves at seven.", "The last one returns at nine in the evening.",
                         "dep 07:00", "arr 07:45")  # preformatted text keeps its lines


def test_html_is_recognised_whatever_the_file_is_called(tmp_path):
    renamed = tmp_path / "saved-page.txt"
    renamed.write_bytes((HTML / "harbour-gazette.html").read_bytes())
    assert article_format.parse(import_page(renamed).text).meta["outlet"] == "Harbour Gazette"
    assert not looks_like_html("A sentence about <b>bold</b> claims, written in plain text.")


def test_html_without_an_article_is_refused():
    with pytest.raises(ValueError, match="no article body"):
        import_page(HTML / "menu-only.html")


def test_raw_capture_with_dateline_wrapped_lines_cookie_notice_and_repeat():
    result = import_page(RAW / "wrapped-with-dateline.txt")
    parsed = article_format.parse(result.text)
    assert parsed.meta == {
        "outlet": "wrapped-with-dateline",  # the page does not say: the file's name does, as it writes it
        "title": "Wildfire crews contain blaze near Alder Creek",
        "published": "2022-03-03",
        "byline": "Dana Ortiz",
    }
    assert parsed.paragraphs == (
        "Firefighters said on Wednesday they had contained a wildfire that burned for four days in the hills "
        "above Alder Creek, allowing about 2,000 evacuated residents to return home.",
        "The fire destroyed eleven barns but no houses, the county fire service said.",
        '"The wind turned in our favour on Tuesday night," incident commander Ruth Ames said.',
    )
    reasons = [reason for _, reason in result.dropped]
    assert reasons.count("repeated") == 1 and reasons[0] == "cookie notice"


def test_headline_standfirst_and_caption_sharing_one_block():
    result = import_page(RAW / "headline-block.txt")
    parsed = article_format.parse(result.text)
    assert result.file_name == "ferry-services-resume-after-fog.md"
    assert parsed.meta == {
        "outlet": "headline-block",
        "title": "Ferry services resume after fog",
        "standfirst": "Crossings restarted at noon once visibility improved, the operator said.",
    }
    assert parsed.captions == ("Passengers wait at the terminal on January 9, 2023. (Coast Daily)",)
    assert [p[:30] for p in parsed.paragraphs] == ["Ferry crossings between the is", "The operator said all delayed "]
    assert result.dropped[:2] == (("Menu", "menu"), ("Search", "menu"))


def test_wire_layout_byline_dateline_gallery_caption_and_staff_credits():
    result = import_page(RAW / "wire-layout.txt")
    parsed = article_format.parse(result.text)
    assert result.file_name == "reuters.md"
    assert parsed.meta == {
        "outlet": "Reuters",  # named by the agency in the lead's dateline
        "title": "Dockworkers end week-long strike at northern ports",
        "published": "2023-04-03",
        "byline": "Lena Fischer and Omar Haddad",
    }
    assert parsed.captions == (
        "Containers are stacked at the port of Kelby, April 1, 2023. REUTERS/Piet Maas/File Photo",
    )
    assert parsed.paragraphs[0].startswith("KELBY, April 3 (Reuters) - Dockworkers at three northern ports")
    assert parsed.paragraphs[-1] == "Shipping lines had diverted dozens of vessels to southern terminals during the stoppage."
    assert len(parsed.paragraphs) == 4
    assert ("Reporting by Lena Fischer; Editing by Omar Haddad", "signature") in result.dropped


def test_broadcaster_layout_labelled_caption_and_photo_credit():
    result = import_page(RAW / "broadcaster-layout.txt")
    parsed = article_format.parse(result.text)
    assert parsed.meta == {"outlet": "broadcaster-layout",
                           "title": "Protest over school closures draws thousands in Marrow"}
    assert parsed.captions == ("Parents and teachers gathered outside the town hall on Saturday",)
    assert len(parsed.paragraphs) == 3
    assert parsed.paragraphs[-1] == "Organisers said the march was the largest in the town for twenty years."
    assert ("Image source, Getty Images", "photo credit") in result.dropped
    body = "\n".join(parsed.paragraphs)
    for junk in ("Related Topics", "More on this story", "Share", "2 hours ago", "Skip to content"):
        assert junk not in body


def test_a_list_between_paragraphs_is_body():
    parsed = article_format.parse(import_page(RAW / "list-in-body.txt").text)
    assert parsed.paragraphs[1:5] == (
        "The measures include:",
        "• a ban on watering gardens with hoses",
        "• no filling of private pools",
        "• fines of up to 500 dollars",
    )
    assert parsed.paragraphs[0].startswith("The city council imposed water restrictions")
    assert parsed.paragraphs[-1] == "The council will review the rules every two weeks, a spokesperson said."


def test_a_lead_paragraph_before_a_subheading_is_body_and_so_is_the_subheading():
    result = import_page(RAW / "subheading-after-lead.txt")
    assert [p[:20] for p in result.kept] == ["High winds brought d", "What happens next", "Engineers expect to "]


def test_a_lead_paragraph_that_opens_with_its_date_is_body_not_caption():
    parsed = article_format.parse(import_page(RAW / "dated-lead.txt").text)
    assert parsed.captions == ()
    assert parsed.paragraphs[0].startswith("On March 4, 2021, the city council approved")
    assert len(parsed.paragraphs) == 2


def test_report_sentences_about_cookies_are_body_but_notices_are_not(tmp_path):
    page = tmp_path / "privacy.txt"
    page.write_text(
        "Browser makers agree to phase out tracking cookies\n\n"
        "The largest browser makers said on Tuesday they would stop accepting third-party cookies by next year.\n\n"
        "Regulators said the change would make browser privacy settings matter less.\n\n"
        "We use cookies to improve your experience. Accept all cookies or manage your settings.\n",
        encoding="utf-8",
    )
    result = import_page(page)
    assert len(result.kept) == 2
    assert result.dropped == (
        ("We use cookies to improve your experience. Accept all cookies or manage your settings.", "cookie notice"),
    )


def test_file_name_falls_back_to_the_source_file_stem(tmp_path):
    page = tmp_path / "Überblick 2024.txt"
    page.write_text("A short report with two sentences in it. Nothing more is said.\n", encoding="utf-8")
    assert import_page(page).file_name == "uberblick-2024.md"


def test_import_text_round_trips_through_the_article_format():
    result = import_page(RAW / "wrapped-with-dateline.txt")
    parsed = article_format.parse(result.text)
    assert parsed.paragraphs == result.kept
    again = article_format.dump(parsed.meta, parsed.paragraphs, parsed.captions)
    assert again == result.text


def test_cp1252_page_is_read_rather_than_refused(tmp_path):
    page = tmp_path / "legacy.txt"
    page.write_bytes("The minister said the café would reopen. It was “a relief”, she added.\n".encode("cp1252"))
    result = import_page(page)
    assert result.kept == ("The minister said the café would reopen. It was “a relief”, she added.",)
    assert result.notes[0] == "not valid UTF-8; read as cp1252"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"  \n\n\t\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        (bytes(range(1, 32)) * 40, "binary"),
    ],
)
def test_empty_and_binary_files_are_refused_with_one_line(tmp_path, content, message):
    page = tmp_path / "page.txt"
    page.write_bytes(content)
    with pytest.raises(ValueError, match=message) as error:
        import_page(page)
    assert "\n" not in str(error.value)


def test_a_menu_only_capture_is_refused():
    with pytest.raises(ValueError, match="no article body"):
        import_page(RAW / "menu-only.txt")


def test_a_missing_file_is_one_line(tmp_path):
    with pytest.raises(ValueError, match="^no such file$"):
        import_page(tmp_path / "absent.txt")


_WORDS = st.sampled_from(
    ["The", "minister", "said", "Read", "MORE:", "Source:", "cookies", "enable", "var", "x={a:1};", "photo",
     "(AA)", "[File:", "Reuters]", "on", "March", "4,", "2021", "$1.99per", "week", "Follow", "News", "•", "1.",
     "advertisement", "comment", "Skip", "to", "main", "content", "it.", "“quoted”", "again?", "By", "Ana"]
)
_LINES = st.lists(st.lists(_WORDS, max_size=25).map(" ".join), max_size=30)


@settings(max_examples=300, deadline=None)
@given(_LINES)
@example(["[File: Reuters] The The", "The The The it."])  # a title read after a placeholder: its words were lost
def test_every_word_of_a_capture_is_kept_dropped_or_metadata(lines):
    """Nothing vanishes: the words kept, dropped, and used as title or standfirst are the input's words."""
    cleaned = clean_text("\n".join(lines))
    accounted = [*cleaned.paragraphs, *(line for line, _ in cleaned.dropped), cleaned.title or "",
                 cleaned.standfirst or ""]
    assert sorted(" ".join(accounted).split()) == sorted(" ".join(lines).split())
    body = " ".join(" ".join(lines).split())
    position = 0
    for paragraph in cleaned.paragraphs:  # kept paragraphs are input text, in input order
        position = body.index(paragraph, position) + len(paragraph)


def test_a_file_above_the_size_limit_is_refused(tmp_path, monkeypatch):
    from reader.core.ingest import importer

    monkeypatch.setattr(importer, "MAX_BYTES", 100)
    page = tmp_path / "long.txt"
    page.write_text("A sentence that goes on and on. " * 10, encoding="utf-8")
    with pytest.raises(ValueError, match="above the 100 bytes limit"):
        import_page(page)


def test_the_size_limits_are_said_as_the_readme_gives_them(tmp_path):
    """A 16 MB page was refused as "above the 4.8 MB limit" where the manual says 5 MB (a limit of a
    million bytes a megabyte, said in units of 2^20): every limit is a whole number of MiB, said in
    MiB, as the manual gives it."""
    from reader.core.files import MIB
    from reader.core.ingest import importer, loading

    page = tmp_path / "big.txt"
    page.write_bytes(b"word " * (importer.MAX_BYTES // 5 + 1))
    with pytest.raises(ValueError, match=r"^5\.0 MiB is above the 5\.0 MiB limit$"):
        import_page(page)
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    assert f"pages and files above {importer.MAX_BYTES // MIB} MiB are refused" in readme
    assert f"a file above\n  {loading.MAX_FILE_BYTES // MIB} MiB" in readme


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March 4, 2021", "2021-03-04"),
        ("Oct. 3 2020", "2020-10-03"),
        ("Sept. 9, 2019", "2019-09-09"),
        ("2024-02-19T08:30:00Z", "2024-02-19"),
        ("Feb 31, 2021", None),
        ("Monday", None),
        ("April 12", None),
    ],
)
def test_dates_are_read_only_when_complete_and_real(text, expected):
    assert parse_date(text) == expected


ARTICLE_FILE = """\
---
outlet: Harbour Gazette
title: Ferry runs late again
published: 2022-03-03
role: report
caption: The ferry at the quay [Photo: Staff]
---
The ferry to the island ran an hour late on Tuesday.

The harbour office blamed the wind.
"""


def test_a_file_that_already_is_an_article_keeps_its_header_and_body(tmp_path):
    (tmp_path / "escapes.md").write_text(ARTICLE_FILE, encoding="utf-8")
    result = import_page(tmp_path / "escapes.md")
    assert article_format.parse(result.text) == article_format.parse(ARTICLE_FILE)
    assert (result.file_name, result.outlet, result.dropped) == ("harbour-gazette.md", "Harbour Gazette", ())
    assert result.notes == ("already an article file: its header and body kept as they are",)


def test_an_article_file_without_an_outlet_takes_the_file_names_or_the_one_given(tmp_path):
    (tmp_path / "coastal-times_2022.md").write_text(ARTICLE_FILE.replace("outlet: Harbour Gazette\n", ""), encoding="utf-8")
    named = import_page(tmp_path / "coastal-times_2022.md")
    assert article_format.parse(named.text).meta["outlet"] == "coastal-times"
    assert "from the file name" in named.notes[-1]
    given = import_page(tmp_path / "coastal-times_2022.md", outlet="Coastal Times")
    assert article_format.parse(given.text).meta["outlet"] == "Coastal Times"


def test_an_article_file_with_a_malformed_header_is_refused_in_one_line(tmp_path):
    (tmp_path / "typo.md").write_text(ARTICLE_FILE.replace("title:", "titel:"), encoding="utf-8")
    with pytest.raises(ValueError, match="^already an article file, but its header is malformed: header line 3 "
                                         r"has unknown key 'titel'; did you mean 'title'\?$"):
        import_page(tmp_path / "typo.md")


def test_a_page_that_opens_with_a_rule_is_still_a_page():
    # A rule over a menu line is no header: only "key: value" lines between the fences make one.
    page = "---\nSkip to content\n---\n" + "\n".join(
        f"Paragraph {n} of the report says what the council decided on Monday about the harbour fees." for n in range(4))
    result = import_bytes(page.encode(), source="page")
    assert "Paragraph 3 of the report" in result.text and "Skip to content" not in result.text
    assert not any("already an article" in note for note in result.notes)


@pytest.mark.parametrize("stamp", ["Published: Tuesday, 9 March 2021 08:15 GMT", "Posted on March 9, 2021"])
def test_a_date_stamp_under_the_headline_dates_the_page(stamp):
    """The importer reads a stamp line as the loader does (one reading of a date line)."""
    page = "\n".join([
        "Harbour Weekly", "Home", "News", "",
        "Ferry service resumes after the winter storms", stamp, "",
        "The ferry between the two islands ran again on Monday after three weeks of storms kept it in port.",
        "Crews repaired the landing ramp, which waves had torn loose, and inspectors passed it on Sunday evening.",
        "The operator said it would add a late sailing for the rest of the month to clear the backlog of freight.",
    ])
    cleaned = clean_text(page)
    assert cleaned.published == "2021-03-09"
    assert not any(stamp in p for p in cleaned.paragraphs)


def test_a_post_between_two_cut_teasers_is_one_of_them():
    """An extractor may keep the list of other posts under a short one; the excerpt in that list that
    was not cut short ("[…]") sits between two that were."""
    post = "The ferry timetable changes on Monday, the operator said, with two more crossings each evening."
    others = [
        "A bakery on the quay has reopened after a flood, and its owners say the bread is better than ever […]",
        "The island's new podcast follows three fishing families through one hard winter at sea.",
        "Volunteers counted more seals on the sandbank this year than in any year since counting began […]",
    ]
    cleaned = clean_body([post, *others])
    assert cleaned.paragraphs == (post,)
    assert cleaned.dropped == tuple((text, "teaser") for text in others)


def test_a_saved_copys_counter_and_extension_stay_out_of_the_file_name(tmp_path):
    page = tmp_path / "Harbour ferry halted.html (2).txt"
    page.write_text("A short report with two sentences in it. Nothing more is said.\n", encoding="utf-8")
    assert import_page(page).file_name == "harbour-ferry-halted.md"
