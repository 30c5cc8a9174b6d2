"""Import metadata that is true (title, outlet, date), any script and encoding, and warnings for junk."""

from __future__ import annotations

import codecs

import pytest

from reader.core.ingest import article_format
from reader.core.ingest.cleaning import find_date
from reader.core.ingest.importer import import_bytes, import_page
from tests.conftest import DATA

HTML = DATA / "html"
PARAGRAPHS = (
    "<p>The valley's water board raised prices by four percent on Friday, its first rise in six years, "
    "after repairs to old mains cost far more than planned.</p>"
    "<p>The board said the money would go to replacing pipes laid in the 1950s, some of which burst twice "
    "during the cold spell in January.</p>"
    "<p>Households will see the change on their bills from April, a spokesperson said.</p>"
)


def _page(head: str) -> bytes:
    return f"<html><head>{head}</head><body><article>{PARAGRAPHS}</article></body></html>".encode()


def _meta(data: bytes, **kwargs) -> dict:
    return article_format.parse(import_bytes(data, source="page", **kwargs).text).meta


def test_html_title_loses_the_site_suffix_and_the_outlet_is_the_declared_site_name():
    meta = _meta(_page('<title>Water prices rise for the first time in six years | Valley Post</title>'
                       '<meta property="og:site_name" content="Valley Post">'))
    assert meta["title"] == "Water prices rise for the first time in six years"
    assert meta["outlet"] == "Valley Post"


def test_a_site_name_with_a_tagline_gives_the_part_naming_the_host():
    meta = _meta(_page('<title>Water prices rise - Valley Post</title>'
                       '<meta property="og:site_name" content="News from the hills | ValleyPost.example">'
                       '<link rel="canonical" href="https://valleypost.example/2024/water">'))
    assert meta["outlet"] == "ValleyPost.example"
    assert meta["title"] == "Water prices rise"


@pytest.mark.parametrize(("page_title", "headline"), [
    ("Water – and what it costs - Valley Post", "Water – and what it costs"),  # a dash inside the headline stays
    # the site's name before the headline is not the title
    ("Valley Post - Water prices rise for the first time in six years",
     "Water prices rise for the first time in six years"),
    # a headline naming the site keeps it
    ("Valley Post readers vote on the new mains | Valley Post", "Valley Post readers vote on the new mains"),
])
def test_the_title_is_the_headline_without_the_site_name(page_title, headline):
    meta = _meta(_page(f'<title>{page_title}</title><meta property="og:site_name" content="Valley Post">'))
    assert meta["title"] == headline


def test_a_copyright_line_is_not_an_outlet_but_its_domain_is():
    meta = _meta(_page('<meta name="copyright" content="Copyright 2003 - 2019 by valleypost.example GbR">'
                       '<meta name="author" content="Copyright 2003 - 2019 by valleypost.example GbR">'))
    assert "Copyright" not in meta.get("outlet", "")


def test_declared_charset_is_honoured():
    result = import_page(HTML / "cp1251-harbour.html")
    parsed = article_format.parse(result.text)
    assert parsed.meta["outlet"] == "Портовый вестник"
    assert parsed.meta["title"] == "Северный причал вновь открыт после шторма"
    assert parsed.paragraphs[0].startswith("Администрация порта сообщила в понедельник")
    assert "read as cp1251, as the page declares" in result.notes


@pytest.mark.parametrize("bom, encoding", [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le")])
def test_a_bom_decides_the_encoding(bom, encoding):
    page = _page('<meta charset="iso-8859-1"><title>Café prices rise</title>').decode()
    meta = _meta(bom + page.encode(encoding))
    assert meta["title"] == "Café prices rise"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le"])
def test_wide_text_without_a_bom_is_read_and_said(encoding):
    raw = "Port reopens after the storm\n\nThe harbour authority said on Monday that the north quay had reopened after repairs.\n"
    result = import_bytes(raw.encode(encoding), source="harbour")
    assert "north quay had reopened" in result.text
    assert f"read as {encoding}: no byte-order mark" in result.notes


def test_a_cjk_page_imports_with_its_metadata():
    parsed = article_format.parse(import_page(HTML / "cjk-harbour.html").text)
    assert parsed.meta == {"outlet": "海港日报", "title": "港口北码头风暴后重新开放", "published": "2024-02-19"}
    assert len(parsed.paragraphs) == 4 and parsed.paragraphs[0].startswith("港务局星期一表示")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("3. März 2021, 7:05 Uhr 128 Kommentare", "2021-03-03"),
        ("22.06.2018 16:10 | von Jana Morsch", "2018-06-22"),
        ("Publié le 10 septembre 2019", "2019-09-10"),
        ("June 8th, 2015", "2015-06-08"),
        ("2024-02-19T08:30:00Z", "2024-02-19"),
        ("31.02.2019", None),
        ("03/04/2019", None),  # day or month first? not said
        ("Seite 2 von 14", None),
    ],
)
def test_text_dates_in_several_forms_and_languages(line, expected):
    assert find_date(line) == expected


def test_raw_text_headline_in_quotation_marks_and_a_german_date(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(
        "Startseite\nPolitik\nWirtschaft\n\n"
        "„Wir haben bereits die Zusage“\n\n"
        "3. März 2021, 7:05 Uhr\n\n"
        "Der Stadtrat hat am Dienstag beschlossen, die Preise für Fernwärme im kommenden Jahr um vier Prozent "
        "zu erhöhen, zum ersten Mal seit sechs Jahren.\n\n"
        "Die Erhöhung sei nötig, weil die Reparatur alter Leitungen mehr gekostet habe als geplant, sagte "
        "ein Sprecher der Stadtwerke.\n\n"
        "Impressum\nDatenschutz\n",
        encoding="utf-8",
    )
    meta = article_format.parse(import_page(page).text).meta
    assert meta["title"] == "„Wir haben bereits die Zusage“"
    assert meta["published"] == "2021-03-03"


def test_a_cookie_page_imports_with_a_warning_naming_why():
    data = (
        "We use cookies to improve your experience. Accept all cookies or manage your settings.\n\n"
        "Accept all cookies\n\n"
        "This site stores small files on your computer so that pages load faster for you.\n"
    ).encode()
    result = import_bytes(data, source="page")
    assert any("very short body" in warning for warning in result.warnings)
    assert any("cookie" in warning for warning in result.warnings)


def test_a_short_post_above_a_sites_cookie_line_and_newsletter_box_is_no_cookie_or_form_page():
    post = ("The harbour cats have a new shelter: volunteers built it from old crates over the weekend, and the "
            "council paid for the roof. Three cats moved in on the first night, the volunteers said, and more "
            "are expected once the weather turns.")
    data = (
        f"Harbour cats get a shelter\n\n{post}\n\nSIGN UP FOR OUR NEWSLETTER [ ]\n\n[ ]\n\n"
        "This site uses cookies and is paid for by adverts. Read what we do with your data in our Privacy Policy.\n"
    ).encode()
    result = import_bytes(data, source="page")
    assert result.kept == (post,)
    assert not any("cookie" in warning or "form" in warning for warning in result.warnings)


def test_a_copied_page_is_named_by_the_site_its_cookie_notice_names():
    data = (
        "Harbour cats get a shelter\n\n"
        "Volunteers built the harbour cats a shelter from old crates over the weekend, and the council paid "
        "for its roof.\n\nThree cats moved in on the first night, the volunteers said.\n\n"
        "Quayside Weekly uses cookies and analytics, and is paid for by adverts. Read our Privacy Policy.\n"
    ).encode()
    assert article_format.parse(import_bytes(data, source="page").text).meta["outlet"] == "Quayside Weekly"


def test_a_body_that_is_only_a_caption_warns():
    html = ("<html><body><article><figure><img src=x.jpg><figcaption>Boats wait in the harbour for the storm "
            "to pass, on Tuesday, February 2, 2024.</figcaption></figure>"
            "<p>Boats wait in the harbour for the storm to pass.</p></article></body></html>").encode()
    assert "the body is mostly a photo caption" in import_bytes(
        html, source="page").warnings


def test_a_real_article_has_no_warning_and_says_where_its_body_starts_and_ends():
    result = import_page(DATA / "raw" / "wire-layout.txt")
    assert result.warnings == ()
    assert result.why[0].startswith("body starts at 'KELBY, April 3 (Reuters)")
    assert result.why[1].startswith("body ends at 'Shipping lines had diverted")


COPIED_POST = (
    "Back to the blog\n\nNews\nPeople\nSearch\n\n"
    "Maintainer spotlight: Ana Ruiz\n\n"
    "Image of Tom Berg\n\n"
    "Tom Berg\n\n"
    "Every spring we talk to the people who keep small open source projects alive, and this year we start with a "
    "maintainer of a library for reading tide tables.\n\n"
    "Ana Ruiz began the project eight years ago, when she needed the tides for her own sailing trips and found no "
    "tool that read the harbour office's files.\n\n"
    "Today it has forty contributors and is used by several coastal councils.\n"
)


def test_a_pictures_alt_text_in_copied_text_is_never_the_title():
    result = import_bytes(COPIED_POST.encode(), source="post")
    assert result.title == "Maintainer spotlight: Ana Ruiz"
    assert ("Image of Tom Berg", "picture") in result.dropped
    assert not any("headline" in warning for warning in result.warnings)


def test_a_logo_copied_with_its_alt_text_doubled_is_never_the_title():
    logo = "Tide News | TIDE.example Tide News | TIDE.example"
    result = import_bytes(COPIED_POST.replace("Back to the blog", logo).encode(), source="post")
    assert result.title == "Maintainer spotlight: Ana Ruiz"
    assert (logo, "picture") in result.dropped


@pytest.mark.parametrize("alt", ["Image of Tom Berg", "A photo of the harbour office", "Picture: the new quay"])
def test_an_alt_text_title_is_left_out_and_the_import_warns(alt):
    result = import_bytes(_page(f"<title>{alt}</title>"), source="page")
    assert result.title is None
    assert (alt, "picture") in result.dropped
    assert any("no headline found" in warning and "alt text" in warning for warning in result.warnings)


@pytest.mark.parametrize(("description", "kept"), [
    ("Water prices rise for the first time", False),  # the title word for word
    ("Water prices rise for the first time - Valley Post", False),  # and the site's name
    ("Prices rise for the first time", False),  # a run of the title
    ("Water prices rise for the first time in six years, and the board says more rises may follow.", True),
])
def test_a_description_repeating_the_title_is_no_standfirst(description, kept):
    meta = _meta(_page(f'<title>Water prices rise for the first time</title><meta name="description" '
                       f'content="{description}">'))
    assert meta["title"] == "Water prices rise for the first time"
    assert (meta.get("standfirst") == description) is kept


def test_an_author_credit_under_the_body_is_the_byline_not_a_caption():
    credit = "Autor: Lena Vogt, Landesamt für Wasserwirtschaft, Talheim (D)"
    data = (f"<html><head><title>Water prices rise</title></head><body><article>{PARAGRAPHS}<p>{credit}</p>"
            "</article></body></html>").encode()
    result = import_bytes(data, source="page")
    meta = article_format.parse(result.text).meta
    assert meta["byline"] == "Lena Vogt, Landesamt für Wasserwirtschaft, Talheim (D)"
    assert "caption" not in result.text and credit not in result.kept


TEASER_PAGE = (
    "<html><body class='page no-sidebar'><main><article><h1>Lighthouse keeper retires after forty years</h1>"
    "<figure><img src=keeper.jpg><figcaption>The keeper on the gallery of the tower. Photo: Ida Brun</figcaption></figure>"
    "<p>The last keeper of the northern lighthouse climbed its stairs for the final time on Sunday, after forty "
    "years of tending the lamp through storms and fog.</p>"
    "<p>The light has been automatic for a decade, but the council kept him on to look after the tower.</p>"
    "<div class='inline-related'><a href='/other-story'><figure><img src=o.jpg>"
    "<figcaption>Ferry timetable changes for the winter</figcaption></figure></a></div>"
    "<p>He plans to spend his retirement restoring an old fishing boat in the harbour below.</p>"
    "</article><section id='block-related-articles'>"
    "<figure><img src=a.jpg><figcaption>Ten beaches you have never heard of</figcaption></figure>"
    "<figure><img src=b.jpg><figcaption>Why the price of herring doubled this year</figcaption></figure>"
    "</section></main></body></html>"
).encode()


def test_only_the_articles_own_figures_give_captions_not_other_stories_teasers():
    parsed = article_format.parse(import_bytes(TEASER_PAGE, source="page").text)
    assert parsed.captions == ("The keeper on the gallery of the tower. Photo: Ida Brun",)
    assert not any("herring" in paragraph or "Ferry" in paragraph for paragraph in parsed.paragraphs)


def _linked_figure_page(href: str) -> bytes:
    return ("<html><body><article><h1>Harbour wall repaired before the winter storms</h1>"
            f"<a href='{href}'><figure><img src='/media/wall-0412'>"
            "<figcaption>The mended harbour wall at first light.</figcaption></figure></a>"
            "<p>Masons finished the repairs to the old harbour wall on Tuesday, a week before the first storm "
            "of the season was due.</p>"
            "<p>The council paid for the work after a section of the wall fell into the sea last spring.</p>"
            "<p>Fishing boats will moor behind it again from next month, the harbour master said.</p>"
            "</article></body></html>").encode()


@pytest.mark.parametrize("href", ["/images/wall-large.JPG", "https://news.example/media/wall-0412?size=full",
                                  "#photo-1", "https://news.example/harbour-wall#gallery"])
def test_the_articles_own_figure_linked_to_its_picture_keeps_its_caption(href):
    """A link around the figure to a picture (any image file, or its own ``<img>``'s) or to a place on this
    page is not another story."""
    result = import_bytes(_linked_figure_page(href), source="page", url="https://news.example/harbour-wall")
    assert article_format.parse(result.text).captions == ("The mended harbour wall at first light.",)


def test_a_figure_linked_to_another_page_is_a_teaser():
    result = import_bytes(_linked_figure_page("/sport/regatta-cancelled"), source="page",
                          url="https://news.example/harbour-wall")
    assert article_format.parse(result.text).captions == ()
