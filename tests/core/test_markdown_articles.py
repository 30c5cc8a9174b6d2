"""A .md article written in Markdown is read as the text it renders to; a plain body in a .md stays word for word."""

from __future__ import annotations

from reader.core.ingest.loading import load_dossier
from reader.core.text.segment import segment_article

MARKDOWN = """# Eastvale fire destroys 120 homes

*By Staff Reporter* | 12 August 2024

A wildfire destroyed **120 homes** near [Eastvale](https://example.org/eastvale) on Sunday,
officials said.

## Evacuations

- Residents of the old mill district were moved to the school.
- The Old Mill bridge was _closed_.

> "We will rebuild every street," the mayor said.
"""


def _open(tmp_path, name: str, text: str):
    (tmp_path / name).write_text(text, encoding="utf-8")
    return load_dossier(tmp_path / name).articles[0]


def _paragraphs(article) -> list[str]:
    return [article.body[start:end] for start, end in article.paragraphs]


def test_markdown_is_read_as_its_text(tmp_path):
    article = _open(tmp_path, "a.md", MARKDOWN)
    assert (article.title, article.byline, article.published) == ("Eastvale fire destroys 120 homes", "Staff Reporter",
                                                                  "2024-08-12")
    assert _paragraphs(article) == [
        "A wildfire destroyed 120 homes near Eastvale on Sunday, officials said.",
        "Evacuations",
        "Residents of the old mill district were moved to the school.",
        "The Old Mill bridge was closed.",
        "\"We will rebuild every street,\" the mayor said."]
    assert article.headings == (1,)
    assert "Evacuations" not in [sentence.text for sentence in segment_article(article)]


def test_the_long_suffix_reads_markdown_too_and_a_txt_does_not(tmp_path):
    assert _open(tmp_path, "a.markdown", MARKDOWN).title == "Eastvale fire destroys 120 homes"
    plain = _open(tmp_path, "a.txt", MARKDOWN)
    assert plain.title == "# Eastvale fire destroys 120 homes" and plain.headings == ()


def test_a_file_with_the_formats_header_is_plain_text_as_import_writes_it(tmp_path):
    body = ("The settings file joins os.path.dirname(__file__) and 'static', the guide says.\n\n"
            "# Empty the store of each reader before the run\n\n"
            "See [the ticket](https://example.org/ticket/1) for **why**, the author wrote.\n")
    article = _open(tmp_path, "a.md", "---\noutlet: Harbour Post\ntitle: Caching notes\n---\n" + body)
    assert _paragraphs(article) == body.strip().split("\n\n") and article.headings == ()


def test_a_markdown_paragraphs_lines_are_one_paragraph_and_a_list_not_from_one_keeps_its_numbers(tmp_path):
    """As every Markdown reader shows it: one sentence a line is a common way to write Markdown."""
    article = _open(tmp_path, "a.md", "## Council\n\nThe council met on Monday.\nThe vote was close, **seven** to six.\n\n"
                    "1990. That was the last year the bridge closed for repairs.\n")
    assert _paragraphs(article) == ["Council", "The council met on Monday. The vote was close, seven to six.",
                                    "1990. That was the last year the bridge closed for repairs."]


def test_a_headline_without_hashes_over_markdown_stays_the_title_and_dashes_make_no_heading(tmp_path):
    article = _open(tmp_path, "b.md", "Bridge shut for repairs\n\nThe council voted to close the *old* bridge on Monday.\n"
                    "----------\n\nRepairs will take a year, the mayor said.\n")
    assert article.title == "Bridge shut for repairs"
    assert article.headings == ()


def test_bundled_articles_are_no_markdown():
    from reader.core.ingest.markdown_text import written_in_markdown
    from reader.resources import bundled_dossier

    for article in load_dossier(bundled_dossier()).articles:
        assert not written_in_markdown(article.body) and article.headings == ()
