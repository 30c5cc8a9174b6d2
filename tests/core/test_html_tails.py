"""What the HTML extractor keeps under a post's text: where the blogger found it ("(via …)") is a
credit and a footer's run of one-word links a menu; the text above them, and a list's items, stay."""

from __future__ import annotations

from reader.core.ingest.cleaning import clean_body
from reader.core.ingest.importer import import_bytes

POST = [
    "A harbour town has painted its old lighthouse in stripes of blue and white for the first time in decades.",
    "Volunteers spent three weekends on the scaffolding, and the paint was given by a shop on the quay.",
]


def test_a_via_line_under_the_post_is_a_credit():
    cleaned = clean_body([*POST, "The stripes are back", "(via Example Harbour Blog)"])
    assert cleaned.paragraphs == (*POST, "The stripes are back")
    assert ("(via Example Harbour Blog)", "credit") in cleaned.dropped


def test_one_word_links_at_the_end_are_a_menu_but_a_list_or_one_label_stays():
    cleaned = clean_body([*POST, "Search", "Forum", "Classifieds", "Used-machinery"])
    assert cleaned.paragraphs == tuple(POST)
    assert [reason for _, reason in cleaned.dropped] == ["menu"] * 4
    assert clean_body([*POST, "- Paint", "- Brushes", "- Rope"]).paragraphs == (*POST, "- Paint", "- Brushes", "- Rope")
    assert clean_body([*POST, "Lighthouses"]).paragraphs == (*POST, "Lighthouses")


def test_a_saved_page_keeps_neither():
    page = ("<html><head><title>Stripes again</title></head><body><article><h1>Stripes again</h1>"
            + "".join(f"<p>{p}</p>" for p in POST)
            + "<p>(via Example Harbour Blog)</p></article><footer><p>Search</p><p>Forum</p><p>Classifieds</p>"
            "</footer></body></html>")
    result = import_bytes(page.encode(), source="page")
    assert result.kept == tuple(POST)


def _saved(paragraphs: list[str], after: str = "") -> bytes:
    return ("<html><head><title>Stripes again</title></head><body><article><h1>Stripes again</h1>"
            + "".join(f"<p>{p}</p>" for p in paragraphs) + after + "</article></body></html>").encode()


def test_a_box_asking_for_money_under_the_article_is_no_part_of_it():
    box = ("<div class='box'><h2>Harbour Voice is free to read!</h2><p>Harbour Voice is run by its readers. Our aim is "
           "a town that knows what its council does. This report was paid for by readers like you. "
           "<a href='/give'>Support us now!</a></p></div>")
    result = import_bytes(_saved(POST, box), source="page")
    assert result.kept == tuple(POST)
    assert [line for line, why in result.dropped if why == "appeal"][0] == "Harbour Voice is free to read!"


def test_a_last_paragraph_about_donations_or_a_quoted_appeal_stays():
    for last in ("The shelter said donations had fallen by a third since the spring. Residents who want to help "
                 "can donate at the town hall.",
                 "Its director put it plainly: “We cannot do this without our neighbours. Donate now!”",
                 "“We cannot do this without our neighbours. Support us!” the director said.",
                 "We asked the council whether it would pay for the paint. It said no. Subscribe?"):
        assert clean_body([*POST, last]).paragraphs == (*POST, last), last


def test_a_line_over_the_box_that_ends_in_a_full_stop_is_the_storys_in_any_script_or_marks():
    """A box's heading ends in no full stop: a line over it ending one, closing marks after it or written
    in a script without spaces, is the story's last sentence (the box alone goes)."""
    box = "Harbour Voice is run by its readers. Our aim is a town that knows what its council does. Support us now!"
    assert clean_body([*POST, "Harbour Voice is free to read!", box]).paragraphs == tuple(POST)
    for line in ("Nobody came.", "The keeper wrote: «Nobody came.»", "Nobody came.)", "灯塔重新粉刷了。"):
        assert clean_body([*POST, line, box]).paragraphs == (*POST, line), line


def test_reported_speech_before_a_call_is_the_storys_whatever_the_attribution_verb():
    """Any verb of a quote's attribution (``ATTRIBUTION_VERBS``) marks the paragraph as reported speech, not the
    site's own voice: ``added`` and ``wrote`` as ``said`` does."""
    for verb in ("said", "added", "wrote", "explained"):
        last = f"“We cannot do this without our neighbours,” the director {verb}. Donate now!"
        assert clean_body([*POST, last]).paragraphs == (*POST, last), verb
