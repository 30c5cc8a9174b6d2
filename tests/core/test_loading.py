"""load_dossier: good files open, each bad one gives one clear line, nothing raises."""

from __future__ import annotations

import errno
import importlib.util
import os
import shlex
from pathlib import Path

import pytest

from reader.core.ingest import loading
from reader.core.ingest.loading import load_dossier
from reader.core.safe_text import make_inert

DATA = Path(__file__).resolve().parents[1] / "data"
BUNDLED = Path(__file__).resolve().parents[2] / "articles"


def _generator():
    spec = importlib.util.spec_from_file_location("make_hostile", DATA / "make_hostile.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def big_article(tmp_path_factory) -> Path:
    return _generator().write_big_article(tmp_path_factory.mktemp("big"))


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def only_problem(dossier) -> str:
    assert len(dossier.problems) == 1, dossier.problems
    return dossier.problems[0].message


def assert_well_formed(article) -> None:
    """The Article invariants: paragraph offsets tile the body, every field is inert."""
    assert article.body == "\n\n".join(article.body[s:e] for s, e in article.paragraphs)
    for start, end in article.paragraphs:
        paragraph = article.body[start:end]
        assert 0 <= start < end <= len(article.body)
        assert paragraph == paragraph.strip() and "\n" not in paragraph
    for text in (article.body, article.outlet, article.title, article.standfirst, article.byline,
                 article.url, article.path, *article.captions):
        assert text is None or make_inert(text) == text


def test_mixed_folder_opens_the_good_files_and_names_each_bad_one():
    dossier = load_dossier(DATA / "bad")
    assert [a.id for a in dossier.articles] == ["bad-date", "cp1252", "good-first", "good-second"]
    messages = {Path(p.path).name: p.message for p in dossier.problems}
    assert messages.pop("notes.html").startswith("skipped: 1 saved web page (notes.html), not an article")
    assert messages == {
        "bad-date.md": "opened; 'published: April 12' is not a YYYY-MM-DD date: left out",
        "bad-header.md": "skipped: bad header: header line 3 has unknown key 'titel'; did you mean 'title'?",
        "binary.md": "skipped: binary data, not text",
        "cp1252.txt": "opened; not UTF-8: decoded as cp1252",
        "empty.md": "skipped: the file is empty",
        "folder.md": "skipped: a folder, not a file",
        "header-only.md": "skipped: a header but no body text",
        "loop.md": "skipped: a symbolic link loop",
        "unclosed-header.md": "skipped: bad header: header opened with '---' on line 1 is never closed",
        "whitespace-only.txt": "skipped: the file is empty",
    }
    assert all(str(p) == f"{p.path}: {p.message}" and "\n" not in str(p) for p in dossier.problems)


def test_a_first_screenful_reads_only_the_first_files_with_the_whole_dossiers_ids(tmp_path):
    for name in ("a.md", "b.md", "c.md", "a.txt"):  # a.md and a.txt share the slug "a"
        write(tmp_path, name, f"Body of {name}, long enough to be read.")
    write(tmp_path, "d.md", b"")  # unread: its problem belongs to the whole load
    first = load_dossier(tmp_path, first=2)
    whole = load_dossier(tmp_path)
    assert [a.id for a in first.articles] == [a.id for a in whole.articles[:2]] == ["a", "a-2"]
    assert first.unread == 3 and first.problems == () and whole.unread == 0
    assert [a.id for a in whole.articles] == ["a", "a-2", "b", "c"] and len(whole.problems) == 1


def test_header_fields_and_paragraph_offsets():
    dossier = load_dossier(DATA / "bad")
    first = dossier.article("good-first")
    assert (first.outlet, first.title) == ("CBC News", "Canada suspends drone exports")
    assert first.body == "Marc Garneau suspended the permits.\n\nTurkey objected to the decision."
    assert first.paragraphs == ((0, 35), (37, 69))
    assert dossier.article("good-second").outlet == "good-second"  # as the file name writes it
    for article in dossier.articles:
        assert_well_formed(article)


def test_cp1252_text_opens_with_a_note():
    article = load_dossier(DATA / "bad").article("cp1252")
    assert article.body == "René Lévesque said “exports” — café €5."
    assert article.notes == ("not UTF-8: decoded as cp1252",)


def test_mostly_utf8_text_keeps_utf8_and_marks_the_bad_bytes(tmp_path):
    write(tmp_path, "a.md", "Montréal “quoted” é à".encode() + b" \xff end")
    dossier = load_dossier(tmp_path)
    assert dossier.articles[0].body == "Montréal “quoted” é à \ufffd end"
    assert only_problem(dossier) == "opened; not valid UTF-8: 1 bad byte sequence(s) shown as \ufffd"


def test_bytes_cp1252_cannot_decode_fall_back_to_latin1(tmp_path):
    write(tmp_path, "a.txt", b"The caf\xe9 owner said \x9d0;title\x07 and \x81 to reporters.")
    article = load_dossier(tmp_path).articles[0]
    assert article.body == "The café owner said ␛]0;title␇ and ␛A to reporters."
    assert article.notes == ("not UTF-8 or cp1252: decoded as latin-1",)


def test_utf8_bom_and_utf16_with_bom_open(tmp_path):
    write(tmp_path, "a.md", b"\xef\xbb\xbf---\ntitle: T\n---\nBody.")
    write(tmp_path, "b.md", "\ufeffUTF-16 body é.".encode("utf-16-le"))
    dossier = load_dossier(tmp_path)
    assert [(a.title, a.body) for a in dossier.articles] == [("T", "Body."), (None, "UTF-16 body é.")]
    assert dossier.problems == ()


@pytest.mark.parametrize(("bom", "name"), [(b"\xff\xfe", "UTF-16"), (b"\xfe\xff", "UTF-16"),
                                           (b"\xff\xfe\x00\x00", "UTF-32")])
def test_a_byte_order_mark_over_bytes_of_another_encoding_is_one_line_not_garbage(tmp_path, bom, name):
    """A wide byte-order mark before UTF-8 text (a tool that wrote the mark, then the text in
    another encoding) would read as a line of unrelated ideographs: the file is skipped, said in
    one line naming the mark, and the rest of the dossier opens."""
    write(tmp_path, "a.md", "The mayor opened the new bridge on Tuesday.\n\nTraffic resumed.")
    write(tmp_path, "b.md", bom + "---\ntitle: A lying mark\n---\nThe council met on Monday, the clerk said.\n".encode())
    dossier = load_dossier(tmp_path)
    assert [a.id for a in dossier.articles] == ["a"]
    (problem,) = dossier.problems
    assert problem.path.endswith("b.md") and "\n" not in problem.message
    assert problem.message == f"skipped: starts with a {name} byte-order mark, but the text after it is not {name}"


def test_wide_text_with_a_mark_and_no_spaces_still_opens(tmp_path):
    """Ideographic text needs no spaces: only a mark over text that reads as spaced prose in UTF-8 lies."""
    write(tmp_path, "zh.md", "\ufeff加拿大取消了向土耳其出口无人机技术的许可证。".encode("utf-16-le"))
    (article,) = load_dossier(tmp_path).articles
    assert article.body.startswith("加拿大")


def test_a_few_controls_do_not_make_a_file_binary_but_mostly_controls_do(tmp_path):
    write(tmp_path, "news.md", "Marc Garneau said \x00 and \x1b]0;x\x07 and \x01 today.")
    write(tmp_path, "junk.md", bytes(range(32)) * 4)
    dossier = load_dossier(tmp_path)
    assert [a.id for a in dossier.articles] == ["news"]
    assert dossier.articles[0].body == "Marc Garneau said ␀ and ␛]0;x␇ and ␁ today."
    assert only_problem(dossier) == "skipped: binary data, not text"


def test_unreadable_file(tmp_path, monkeypatch):
    locked = write(tmp_path, "locked.md", "Secret.")
    write(tmp_path, "open.md", "Public.")
    real_open = os.open

    def deny(path, *args, **kwargs):
        if Path(path) == locked:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", deny)
    dossier = load_dossier(tmp_path)
    assert [a.id for a in dossier.articles] == ["open"]
    assert only_problem(dossier) == "skipped: permission denied"


def test_file_above_the_size_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(loading, "MAX_FILE_BYTES", 3 * 1024 * 1024)
    write(tmp_path, "huge.md", b"word " * (700 * 1024))
    write(tmp_path, "small.md", "Small.")
    dossier = load_dossier(tmp_path)
    assert [a.id for a in dossier.articles] == ["small"]
    assert only_problem(dossier) == "skipped: 3.4 MiB is above the 3.0 MiB limit"


def test_the_ten_megabyte_article_loads(big_article):
    assert big_article.stat().st_size >= 10 * 1024 * 1024
    dossier = load_dossier(big_article)
    assert only_problem(dossier).startswith("opened; too long to analyse whole: entities and links come from its first")
    article = dossier.articles[0]
    assert len(article.paragraphs) > 40_000
    assert "PAYLOAD-OSC52" in article.body and "\x1b" not in article.body
    assert_well_formed(article)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda root: root / "missing", "no such folder or file"),
        (lambda root: root, "no article files (*.md, *.txt) in this folder"),
    ],
)
def test_missing_or_empty_folder_gives_one_problem(tmp_path, make, message):
    write(tmp_path, "notes.html", "<p>not an article</p>")
    dossier = load_dossier(make(tmp_path))
    assert dossier.articles == ()
    assert only_problem(dossier).startswith(message)


def test_saved_web_pages_are_named_on_one_line_with_the_import_command(tmp_path):
    write(tmp_path, "a.md", "The council closed the bridge.")
    for name in ("one page.html", "two.HTM", "three.html", "four.html", ".hidden.html"):
        write(tmp_path, name, "<p>a saved page</p>")
    dossier = load_dossier(tmp_path)
    assert [article.id for article in dossier.articles] == ["a"]
    assert dossier.problems[0].within(str(tmp_path)).startswith("*.html, *.HTM: skipped: ")
    assert only_problem(dossier) == (
        "skipped: 4 saved web pages (four.html, one page.html, three.html and 1 more), not articles (.md, .txt); "
        f"`dossier-reader import {tmp_path}/*.html {tmp_path}/*.HTM --into {tmp_path}` makes articles of them")
    assert sorted(path.name for path in tmp_path.iterdir())[-1] == "two.HTM"  # nothing renamed or written


def test_a_folder_of_saved_pages_only_says_how_to_import_them(tmp_path):
    write(tmp_path, "page.html", "<p>a saved page</p>")
    message = only_problem(load_dossier(tmp_path))
    assert message.startswith("no article files (*.md, *.txt) in this folder; 1 saved web page (page.html)")
    assert "`dossier-reader import" in message


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="needs a device file")
def test_a_path_that_is_neither_folder_nor_file():
    assert only_problem(load_dossier("/dev/null")) == "not a folder or a regular file"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_named_like_an_article_does_not_hang(tmp_path):
    os.mkfifo(tmp_path / "pipe.md")
    write(tmp_path, "a.md", "Text.")
    dossier = load_dossier(tmp_path)
    assert len(dossier.articles) == 1
    assert only_problem(dossier) == "skipped: a named pipe (FIFO), not a regular file"


def test_broken_symlink(tmp_path):
    (tmp_path / "gone.md").symlink_to(tmp_path / "nowhere.md")
    assert only_problem(load_dossier(tmp_path)) == "skipped: a broken symbolic link"


def test_a_single_file_opens_as_a_dossier_of_one(tmp_path):
    path = write(tmp_path, "Le Devoir.text", "Un article.\n\nDeux paragraphes.")
    dossier = load_dossier(path)
    assert [(a.id, a.outlet, a.paragraphs) for a in dossier.articles] == [("le-devoir", "Le Devoir", ((0, 11), (13, 30)))]


def test_a_single_saved_page_is_named_with_the_import_command_as_in_a_folder(tmp_path):
    """Opened as text, its markup was the article; a folder's pages are named with the command instead."""
    path = write(tmp_path, "my page.HTM", "<html><body><p>A saved page.</p></body></html>")
    dossier = load_dossier(path)
    assert not dossier.articles and len(dossier.problems) == 1
    assert dossier.problems[0].path == str(path)
    assert dossier.problems[0].message == (
        "a saved web page, not an article (.md, .txt); "
        f"`dossier-reader import '{path}' --into {tmp_path}` makes an article of it")


def test_hidden_files_and_other_suffixes_are_ignored_and_readme_is_an_article(tmp_path):
    write(tmp_path, ".draft.md", "Hidden.")
    write(tmp_path, "page.html", "Other.")
    write(tmp_path, "README.md", "A readme with a body is an article.")
    write(tmp_path, "Upper.TXT", "Suffixes ignore case.")
    assert [a.id for a in load_dossier(tmp_path).articles] == ["readme", "upper"]


def test_ids_are_slugs_made_unique_deterministically(tmp_path):
    for name in ("Al Jazeera.md", "al-jazeera-2.md", "al_jazeera.txt", "Àl Jäzeera!.md", "漢字.md", "l'été (2021).md"):
        write(tmp_path, name, "Body.")
    ids = {Path(a.path).name: a.id for a in load_dossier(tmp_path).articles}
    assert ids == {
        "Al Jazeera.md": "al-jazeera",
        "al-jazeera-2.md": "al-jazeera-2",
        "al_jazeera.txt": "al-jazeera-3",
        "Àl Jäzeera!.md": "al-jazeera-4",
        "漢字.md": "article",
        "l'été (2021).md": "l-ete-2021",
    }


def test_hostile_file_name_is_shown_inert(tmp_path):
    write(tmp_path, "\x1b]0;PWNED\x07.md", "Body.")
    write(tmp_path, "\x1b[2J.md", b"")
    dossier = load_dossier(tmp_path)
    assert dossier.articles[0].path.endswith("␛]0;PWNED␇.md")
    assert dossier.articles[0].outlet == "␛]0;PWNED␇"  # no word without a digit in the name: the name as it is
    assert dossier.problems[0].path.endswith("␛[2J.md")
    assert all("\x1b" not in text for p in dossier.problems for text in (p.path, p.message))


def test_hostile_dossier_opens_every_article_inert_with_payload_markers_visible():
    dossier = load_dossier(DATA / "hostile")
    assert len(dossier.articles) == 9
    assert [p.message for p in dossier.problems] == [
        "opened; not valid UTF-8: 13 bad byte sequence(s) shown as \ufffd",
        "opened; not UTF-8 or cp1252: decoded as latin-1",
    ]
    text = "\n".join(f"{a.outlet} {a.title} {a.byline} {a.body}" for a in dossier.articles)
    for marker in ("CSI", "CLEAR", "TITLE", "OSC8", "OSC52", "DCS", "APC", "C1", "NUL", "RICH", "LINK",
                   "CLICK", "VAR", "BIDI", "ISOLATE", "ZW", "ZALGO", "CJK", "LONGWORD", "CRLF", "CR",
                   "BADBYTES", "RAWC1", "HEADER"):
        assert f"PAYLOAD-{marker}" in text
    assert "␛]52;c;UFdORUQtQ0xJUEJPQVJE␇" in text and "[bold red]this must stay literal[/]" in text
    assert "Marc Garneau met Mélanie Joly and Justin Trudeau" in text
    for article in dossier.articles:
        assert_well_formed(article)


def test_committed_hostile_and_bad_dossiers_match_their_generator(tmp_path):
    generator = _generator()
    generator.write_hostile_dossier(tmp_path / "hostile")
    generator.write_bad_dossier(tmp_path / "bad")
    for name in ("hostile", "bad"):
        for made in (tmp_path / name).rglob("*"):
            committed = DATA / name / made.relative_to(tmp_path / name)
            if made.is_symlink():
                assert os.readlink(committed) == os.readlink(made)
            elif made.is_file():
                assert committed.read_bytes() == made.read_bytes(), committed


@pytest.mark.skipif(not BUNDLED.is_dir(), reason="the bundled dossier has not landed yet")
def test_bundled_dossier_opens_cleanly():
    dossier = load_dossier(BUNDLED)
    assert len(dossier.articles) == 5 and dossier.problems == ()
    for article in dossier.articles:
        assert_well_formed(article)


def test_a_problem_is_named_relative_to_its_dossier():
    from reader.core.model import Problem

    assert Problem("/d/x/bad.md", "skipped: empty file").within("/d/x") == "bad.md: skipped: empty file"
    assert Problem("/elsewhere/bad.md", "m").within("/d/x/") == "/elsewhere/bad.md: m"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "utf-16", "utf-32"])
def test_utf16_and_utf32_open_with_or_without_a_byte_order_mark(tmp_path, codec):
    text = "---\noutlet: Le Devoir\n---\nLe ministre a annulé les permis, a-t-il déclaré lundi.\n\nÇa suffit.\n"
    write(tmp_path, "wide.md", text.encode(codec))
    dossier = load_dossier(tmp_path)
    (article,) = dossier.articles
    assert article.outlet == "Le Devoir" and article.body.startswith("Le ministre a annulé")
    if codec.endswith(("le", "be")):  # no byte-order mark: said, not silently guessed
        assert only_problem(dossier) == f"opened; no byte-order mark: decoded as {codec.upper()}"
    else:
        assert dossier.problems == ()


def test_a_line_break_in_a_file_name_stays_on_one_visible_line(tmp_path):
    write(tmp_path, "f-new\nline.md", "Body text.")
    write(tmp_path, "evil.md\nx: good.md: skipped: y\nz.md", b"")
    dossier = load_dossier(tmp_path)
    assert dossier.articles[0].outlet == "f-new␤line"
    assert dossier.articles[0].path.endswith("f-new␤line.md")
    assert [str(p).count("\n") for p in dossier.problems] == [0]
    assert dossier.problems[0].path.endswith("evil.md␤x: good.md: skipped: y␤z.md")


def test_an_impossible_date_opens_the_article_without_it_and_names_the_file(tmp_path):
    write(tmp_path, "leap.md", "---\noutlet: Harbour Gazette\npublished: 2023-02-29\n---\nThe ferry ran late.\n")
    dossier = load_dossier(tmp_path)
    article = dossier.article("leap")
    assert article.published is None and article.outlet == "Harbour Gazette"
    assert [str(p) for p in dossier.problems] == [
        f"{tmp_path / 'leap.md'}: opened; 'published: 2023-02-29' is no real date: left out"]


def test_a_date_stamp_under_the_headline_dates_an_article_that_gives_no_date(tmp_path):
    lines = "Ferry runs late again\nUpdated: March 3, 2022 18:50 GMT\nThe ferry to the island ran an hour late on Tuesday.\n"
    write(tmp_path, "plain.txt", lines)
    write(tmp_path, "dated.md", "---\npublished: 2022-03-04\n---\nPosted on: Thu, 3 Mar 2022\n\nThe ferry ran late.\n")
    dossier = load_dossier(tmp_path)
    assert dossier.article("plain").published == "2022-03-03"
    assert dossier.article("plain").title == "Ferry runs late again"
    assert dossier.article("dated").published == "2022-03-04"  # the header's date stands
    assert dossier.problems == ()


@pytest.mark.parametrize(("stamp", "day"), [
    ("March 3, 2022 - - Updated 0950 GMT (1750 HKT)", "2022-03-03"),
    ("First Posted: 03/04/22 05:40 PM ET Updated: 03/05/22 07:12 AM ET", "2022-03-04"),
    ("March 3, 2022-HARBOURTON-", "2022-03-03"),
    ("POSTED: 0820 GMT (1620 HKT), March 3, 2022", "2022-03-03"),
])
def test_a_stamp_of_another_shape_under_the_headline_dates_the_article(tmp_path, stamp, day):
    write(tmp_path, "plain.txt", f"Ferry runs late again\n\n{stamp}\n\nThe ferry to the island ran an hour late on Tuesday.\n")
    assert load_dossier(tmp_path).article("plain").published == day


@pytest.mark.skipif(os.name != "posix", reason="needs POSIX permission bits")
def test_a_saved_page_in_a_read_only_folder_is_told_to_import_into_a_new_writable_folder(tmp_path, monkeypatch):
    """Its own folder cannot take the article: the command names a new folder in the current one
    (``import`` makes it), and the line says why; a folder marked read-only counts so for the superuser too."""
    kept = tmp_path / "kept pages"
    kept.mkdir()
    page = write(kept, "harbour.html", "<html><body><p>A saved page.</p></body></html>")
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    kept.chmod(0o555)
    try:
        single, folder = load_dossier(page).problems[0].message, only_problem(load_dossier(kept))
    finally:
        kept.chmod(0o755)
    into = shlex.quote(str(work / "kept pages-articles"))
    assert single == ("a saved web page, not an article (.md, .txt); its folder is read-only: "
                      f"`dossier-reader import {shlex.quote(str(page))} --into {into}` makes an article of it")
    assert folder.endswith(f"its folder is read-only: `dossier-reader import {shlex.quote(str(kept))}/*.html "
                           f"--into {into}` makes articles of them")


@pytest.mark.skipif(os.name != "posix", reason="needs POSIX permission bits")
@pytest.mark.parametrize("lost", ["cwd", "home", "both"])
def test_a_read_only_folder_of_pages_loads_when_the_current_or_home_folder_is_unknown(tmp_path, monkeypatch, lost):
    """The import hint is optional text: a deleted current folder (``OSError``) or no home folder
    (``RuntimeError``) only changes where it suggests importing, never refuses or crashes the dossier."""
    kept = tmp_path / "kept"
    kept.mkdir()
    write(kept, "note.md", "The ferry ran an hour late on Tuesday.\n")
    write(kept, "harbour.html", "<html><body><p>A saved page.</p></body></html>")
    home = tmp_path / "home"
    home.mkdir()

    def gone():
        raise FileNotFoundError(errno.ENOENT, "No such file or directory")

    def homeless():
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "cwd", staticmethod(gone) if lost != "home" else staticmethod(lambda: tmp_path))
    monkeypatch.setattr(Path, "home", staticmethod(homeless) if lost != "cwd" else staticmethod(lambda: home))
    kept.chmod(0o555)
    try:
        dossier = load_dossier(kept)
    finally:
        kept.chmod(0o755)
    assert [article.id for article in dossier.articles] == ["note"]
    into = {"cwd": shlex.quote(str(home / "kept-articles")), "home": shlex.quote(str(tmp_path / "kept-articles")),
            "both": "FOLDER"}[lost]
    assert only_problem(dossier).endswith(f"--into {into}` makes articles of them")
