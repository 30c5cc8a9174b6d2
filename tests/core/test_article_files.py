"""Files a user has in a dossier folder that are no article files are named, one line each, with what to do;
a header that other formats would write gets a hint; a date written another way keeps the article."""

from pathlib import Path

from reader.core.ingest.article_format import parse
from reader.core.ingest.loading import load_dossier

BODY = "The council voted on Monday to close the old bridge after an inspection found cracks.\n"


def _messages(folder: Path) -> dict[str, str]:
    return {Path(problem.path).name: problem.message for problem in load_dossier(folder).problems}


def test_documents_in_the_folder_are_named_and_markdown_suffix_opens(tmp_path):
    (tmp_path / "a.txt").write_text(BODY)
    (tmp_path / "b.markdown").write_text("Bridge closed\n\n" + BODY)
    (tmp_path / "c.docx").write_bytes(b"PK\x03\x04\x14\x00\x06\x00")
    (tmp_path / "d.pdf").write_bytes(b"%PDF-1.5\n%\xd0\xd4\xc5\xd8\n")
    (tmp_path / "e.odt").write_bytes(b"PK\x03\x04\x14\x00")
    (tmp_path / "f.txt").write_text("{\\rtf1\\ansi{\\fonttbl\\f0\\fswiss Helvetica;}\\f0\\pard " + BODY + "\\par}")
    dossier = load_dossier(tmp_path)
    assert [article.id for article in dossier.articles] == ["a", "b"]
    assert dossier.articles[1].title == "Bridge closed"
    messages = _messages(tmp_path)
    assert set(messages) == {"c.docx", "d.pdf", "e.odt", "f.txt"}
    assert all(message.startswith("skipped: ") and "save it as text" in message for message in messages.values())


def test_a_folder_of_documents_only_names_them(tmp_path):
    (tmp_path / "c.docx").write_bytes(b"PK\x03\x04")
    assert _messages(tmp_path) == {
        tmp_path.name: "no article files (*.md, *.txt) in this folder",
        "c.docx": "skipped: not an article file: save it as text (.txt) and open the folder again"}


def test_plain_text_that_mentions_a_document_format_opens(tmp_path):
    (tmp_path / "a.txt").write_text("PDF files and {braces} are no trouble.\n" + BODY)
    (tmp_path / "b.md").write_text("%PDF is how such files begin, the clerk said.\n" + BODY)
    assert [article.id for article in load_dossier(tmp_path).articles] == ["a", "b"]
    assert _messages(tmp_path) == {}


def test_a_header_key_of_another_format_gets_a_hint(tmp_path):
    (tmp_path / "a.md").write_text("---\noutlet: Harbour Post\ndate: 2021-04-12\n---\n" + BODY)
    (tmp_path / "b.md").write_text("---\noutlet: Harbour Post\ncolour: red\n---\n" + BODY)
    messages = _messages(tmp_path)
    assert messages["a.md"] == "skipped: bad header: header line 3 has unknown key 'date'; did you mean 'published'?"
    assert messages["b.md"] == "skipped: bad header: header line 3 has unknown key 'colour'"


def test_a_date_in_another_format_keeps_the_article():
    named = parse("---\npublished: 12 April 2021\n---\n" + BODY)
    assert named.meta["published"] == "2021-04-12" and named.paragraphs and "read as 2021-04-12" in named.notes[0]
    ambiguous = parse("---\npublished: 03/04/2021\n---\n" + BODY)
    assert "published" not in ambiguous.meta and ambiguous.paragraphs
    assert ambiguous.notes == ("'published: 03/04/2021' is not a YYYY-MM-DD date: left out",)
    assert parse("---\npublished: 2021-04-12\n---\n" + BODY).notes == ()


def test_import_into_a_file_and_of_a_document_say_what_to_do(tmp_path, capsys):
    from reader.__main__ import main

    page, into, document = tmp_path / "page.txt", tmp_path / "a.md", tmp_path / "c.docx"
    page.write_text("Bridge closed after inspection\n" + BODY)
    into.write_text(BODY)
    document.write_bytes(b"PK\x03\x04\x14\x00\x06\x00")
    assert main(["import", str(page), "--into", str(into)]) == 1
    assert capsys.readouterr().err.strip() == f"dossier-reader: --into {into}: a file, not a folder"
    assert main(["import", str(document), "--into", str(tmp_path / "out")]) == 1
    assert "save it as text" in capsys.readouterr().err
