"""Folder (or single file) -> :class:`Dossier`, with one clear line per file that did not open.

A dossier is a folder; its articles are the ``*.md`` (``*.markdown``) and ``*.txt`` files
directly inside it (not in subfolders), in order of file name. Hidden files
(a leading dot: editor and atomic-write leftovers) are ignored. A file named
``README.md`` is an article like any other; like any other, it is skipped
when it has no body. Saved web pages (:data:`PAGE_SUFFIXES`) are no articles: one
problem names them with the ``import`` command that makes articles of them. A path naming
one file opens a dossier of that file, whatever its suffix, but a saved page: named with the same
command instead, as it would be in a folder. Word processors' and PDF files (:data:`DOCUMENT_SUFFIXES`,
and RTF text whatever its suffix) are named too, one line each: save them as text. A file with no header shaped like a copied web page
(:func:`reader.core.ingest.cleaning.looks_like_page`) opens, with a note giving the same command.

Every file is read once, decoded, made inert (:func:`make_inert`) *before*
it is parsed, so every field and every error message quoting the file is
inert; then parsed with :mod:`reader.core.ingest.article_format`.

Decoding: UTF-8 (a BOM is allowed, as is UTF-16 or UTF-32 with a BOM; without
one, UTF-16 and UTF-32 are recognised by their zero bytes and open with a note;
a wide mark before text that is not in its encoding skips the file).
Text that is not valid UTF-8 but mostly is (its valid non-ASCII characters outnumber the bad
bytes) keeps UTF-8 and shows each bad byte as ``�``; otherwise it is read as
cp1252, or as latin-1 when even cp1252 fails. Such a file opens, with a
note in ``Article.notes`` *and* a :class:`Problem` (message starting
``opened;``), so the CLI and the UI show it like any other caveat.

Every other problem skips the file with a :class:`Problem` whose message
starts with ``skipped:``: empty file, binary data (more than
:data:`MAX_BINARY_SHARE` of the first 64 KB are control characters other
than whitespace, ESC, BEL and backspace, which hostile text uses), malformed
header, no body text, unreadable file, a folder or special file with an
article suffix, a symbolic link loop, a file above :data:`MAX_FILE_BYTES`,
a symbolic link that leads out of the dossier folder (unless ``follow_links``:
a folder from an archive must not show, and export, a file from elsewhere).
A missing, empty or unreadable folder gives a dossier with no articles and
one problem naming it. Nothing here raises for bad input.

Paths, outlets taken from file names and every message are :func:`inert_line`:
one line each, whatever bytes the file name holds.
:func:`read_regular_file` is the one way the program reads an input file
(articles here, pages for ``import``): regular files only, never blocking,
never more than a limit.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import os
import re
import shlex
import stat
from dataclasses import replace
from pathlib import Path

from reader.core.files import MIB, NotRegular, read_regular, size_text, writable
from reader.core.ingest.article_format import ArticleText, FormatError, has_header, outlet_from_file_name, parse, slug
from reader.core.model import Article, Dossier, Problem
from reader.core.safe_text import inert_line, is_plain_ascii, make_inert

MARKDOWN_SUFFIXES = (".md", ".markdown")
"""Article files whose body may be written in Markdown (read as such when it is: ``markdown_text``)."""
ARTICLE_SUFFIXES = (*MARKDOWN_SUFFIXES, ".txt")
DOCUMENT_SUFFIXES = (".docx", ".doc", ".odt", ".rtf", ".pdf", ".pages")
"""Word processors' and PDF files: no article files, named in one line each with what to do (save as text)."""
NOT_AN_ARTICLE = "not an article file: save it as text (.txt) and open the folder again"
PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
"""Saved web pages: no article files (their markup would show as text), but named with the way
to make articles of them (``dossier-reader import``), never passed over in silence."""
MAX_FILE_BYTES = 32 * MIB
"""Larger files are skipped: news articles are tiny, and 32 MiB keeps memory bounded."""
MAX_ANALYSED_CHARS = 500_000
MAX_ANALYSED_PARAGRAPHS = 5_000
MAX_ANALYSED_PARAGRAPH_CHARS = 200_000
"""The analysis bound of one article (:func:`analysed_part`): its first 500,000 characters,
5,000 paragraphs, and 200,000 characters of any one paragraph take part in entities and links.
News articles are a few thousand characters; these keep any file under :data:`MAX_FILE_BYTES`
(a 30 MB line, a million one-line paragraphs) to seconds and well under 1 GB, and it is still
shown whole."""
MAX_BINARY_SHARE = 0.10
_BINARY_SAMPLE = 64 * 1024
_NOT_TEXT = re.compile("[\x00-\x06\x0e-\x1a\x1c-\x1f\x7f-\x9f]")


class Unreadable(ValueError):
    """A file could not be opened; the message is the user's one line."""


def load_dossier(path: str | Path, *, first: int | None = None, follow_links: bool = False) -> Dossier:
    """Every article that opens, in file-name order, and one problem per file that did not (or did, with a caveat).

    With ``first``, only the first ``first`` files are read (``Dossier.unread`` counts the
    rest): enough for a first screen. Ids are those of the whole dossier all the same.
    A symbolic link in the folder is read only when it resolves inside the folder, or with
    ``follow_links``; a path naming one file is read wherever it leads (the user named it).
    """
    root = Path(path)
    try:
        if root.is_dir():
            entries = sorted((entry for entry in root.iterdir() if not entry.name.startswith(".")),
                             key=lambda entry: entry.name)
            files = [entry for entry in entries if entry.suffix.lower() in ARTICLE_SUFFIXES]
            pages = _pages_note(root, [entry for entry in entries
                                       if entry.suffix.lower() in PAGE_SUFFIXES and entry.is_file()])
            documents = [Problem(inert_line(entry), f"skipped: {NOT_AN_ARTICLE}") for entry in entries
                         if entry.suffix.lower() in DOCUMENT_SUFFIXES and entry.is_file()]
            if not files:
                empty = _nothing(root, "no article files (*.md, *.txt) in this folder", pages[1] if pages else None)
                return replace(empty, problems=empty.problems + tuple(documents))
            inside = None if follow_links else os.path.realpath(root)
        elif root.is_file() and root.suffix.lower() in PAGE_SUFFIXES:
            command = _import_command(shlex.quote(str(root)), root.parent)
            return _nothing(root, inert_line(f"a saved web page, not an article (.md, .txt); {command} makes an article of it"))
        elif root.is_file() and root.suffix.lower() in DOCUMENT_SUFFIXES:
            return _nothing(root, NOT_AN_ARTICLE)
        elif root.is_file():
            files, inside, pages, documents = [root], None, None, []
        elif root.exists():
            return _nothing(root, "not a folder or a regular file")
        else:
            return _nothing(root, "no such folder or file")
    except OSError as error:
        return _nothing(root, _reason(error))
    except ValueError:
        return _nothing(root, "not a valid path (it contains a NUL character)")
    articles: list[Article] = []
    problems: list[Problem] = [Problem(inert_line(root / pages[0]), f"skipped: {pages[1]}")] if pages else []
    problems += documents
    read = files if first is None else files[:first]
    for file, article_id in zip(read, _unique_ids(files)):
        shown = inert_line(file)
        try:
            article = _load_article(_read_within(file, inside), article_id, shown, file, alone=file == root)
        except Unreadable as skipped:
            problems.append(Problem(shown, f"skipped: {skipped}"))
            continue
        articles.append(article)
        problems.extend(Problem(shown, f"opened; {note}") for note in article.notes)
    return Dossier(inert_line(root), tuple(articles), tuple(problems), unread=len(files) - len(read))


def _unique_ids(files: list[Path]) -> list[str]:
    """Slugs of the file stems; a repeat gets ``-2``, ``-3``... skipping any slug another file has."""
    bases = [slug(file.stem) or "article" for file in files]
    every_base = set(bases)
    taken: set[str] = set()
    ids = []
    for base in bases:
        candidate, number = base, 1
        while candidate in taken or (number > 1 and candidate in every_base):
            number += 1
            candidate = f"{base}-{number}"
        taken.add(candidate)
        ids.append(candidate)
    return ids


def _read_within(file: Path, folder: str | None) -> bytes:
    """The bytes of ``file``, read through its resolved path when that stays inside ``folder``
    (opened without following links, so a link swapped in meanwhile is refused too)."""
    if folder is None:
        return read_regular_file(file, MAX_FILE_BYTES)
    real = os.path.realpath(file)
    if not os.path.lexists(real):
        raise Unreadable("a broken symbolic link")
    if os.path.commonpath((real, folder)) != folder:
        raise Unreadable("a symbolic link to a file outside the dossier folder (--follow-links opens it)")
    return read_regular_file(Path(real), MAX_FILE_BYTES, follow_links=False)


def _nothing(root: Path, message: str, note: str | None = None) -> Dossier:
    shown = inert_line(root)
    return Dossier(shown, (), (Problem(shown, f"{message}; {note}" if note else message),))


SHOWN_PAGES = 3
"""Saved pages named in the note; past them, a count."""


def _pages_note(root: Path, pages: list[Path]) -> tuple[str, str] | None:
    """What names the saved web pages the folder holds (the page, or their globs) and the one line
    saying which they are and the command that makes articles of them (a glob per suffix, so it
    stays one line however many there are); ``None`` without pages."""
    if not pages:
        return None
    names = ", ".join(page.name for page in pages[:SHOWN_PAGES])
    more = f" and {len(pages) - SHOWN_PAGES} more" if len(pages) > SHOWN_PAGES else ""
    suffixes = dict.fromkeys(page.suffix for page in pages)
    globs = " ".join(f"{shlex.quote(str(root))}/*{suffix}" for suffix in suffixes)
    named = pages[0].name if len(pages) == 1 else ", ".join(f"*{suffix}" for suffix in suffixes)
    count = f"{len(pages)} saved web page{'s' * (len(pages) != 1)}"
    return named, inert_line(f"{count} ({names}{more}), not {'articles' if len(pages) > 1 else 'an article'} (.md, .txt); "
                             f"{_import_command(globs, root)} makes articles of them")


def _import_command(sources: str, folder: Path) -> str:
    """The command that imports the saved pages ``sources`` (shell words) into ``folder``, quoted as code;
    when ``folder`` is read-only, which the line then says, into a new folder named after it in the
    current folder (else the home folder): ``import`` makes it."""
    if writable(folder):
        return f"`dossier-reader import {sources} --into {shlex.quote(str(folder))}`"
    into = None
    with contextlib.suppress(OSError, RuntimeError):  # the hint is optional: never let it refuse the dossier
        name = f"{folder.resolve().name or 'saved-pages'}-articles"
        into = next((place / name for place in _import_places()
                     if writable(place) and (place / name).resolve() != folder.resolve()), None)
    return (f"its folder is read-only: `dossier-reader import {sources} --into "
            f"{shlex.quote(str(into)) if into else 'FOLDER'}`")


def _import_places():
    """The current folder, then the home folder, each only if known: the current folder may have been
    deleted (``OSError``) and a process with no home (a container's random uid) gets ``RuntimeError``."""
    for find in (Path.cwd, Path.home):
        try:
            place = find()
        except (OSError, RuntimeError):
            continue
        yield place


def _load_article(data: bytes, article_id: str, shown_path: str, file: Path, *, alone: bool) -> Article:
    """``file`` as an article; ``alone`` when it is the whole dossier (named by itself, not in a folder)."""
    text, notes = _decode(data)
    parsed = _parse(text := make_inert(text), markdown=file.suffix.lower() in MARKDOWN_SUFFIXES)
    notes.extend(parsed.notes)
    if not parsed.paragraphs:
        raise Unreadable("a header but no body text" if parsed.meta or parsed.captions else "no readable text")
    if _copied_page(text):
        # Its menus would read as the article, as a saved page's markup would: the same command cleans it.
        # Imported into its own folder, the page would stay there beside its article: one report twice.
        # Named alone, the page is the whole dossier: its folder is none of the reader's.
        away = (", to read instead of the page" if alone
                else f", then move {shlex.quote(file.name)} out of the folder" if writable(file.parent) else "")
        notes.append(inert_line(f"looks like a copied web page (menus, links and notices around the text); "
                                f"{_import_command(shlex.quote(str(file)), file.parent)} makes an article of it{away}"))
    body = "\n\n".join(parsed.paragraphs)
    offsets, start = [], 0
    for paragraph in parsed.paragraphs:
        offsets.append((start, start + len(paragraph)))
        start += len(paragraph) + 2
    meta = parsed.meta
    paragraphs = tuple(offsets)
    if (analysed := _within_bound(body, paragraphs)) != paragraphs:
        notes.append(_bound_note(paragraphs, analysed))
    return Article(
        id=article_id,
        outlet=meta.get("outlet") or inert_line(outlet_from_file_name(Path(shown_path).stem) or Path(shown_path).stem),
        body=body,
        paragraphs=paragraphs,
        title=meta.get("title"),
        standfirst=meta.get("standfirst"),
        published=meta.get("published"),
        url=meta.get("url"),
        byline=meta.get("byline"),
        path=shown_path,
        captions=parsed.captions,
        notes=tuple(notes),
        headings=parsed.headings,
        role="source" if meta.get("role", "").lower() == "source" else "report",
    )


def _copied_page(text: str) -> bool:
    """Is ``text`` a file with no header that looks like a copied web page (:func:`~reader.core.ingest.cleaning.looks_like_page`)?
    The cleaning is imported only for such a file: its ~90 patterns, compiled on import, were a sixth of the CPU the
    reader spent over a minimal Textual app before its first frame, on a dossier of article files."""
    if has_header(text):
        return False
    from reader.core.ingest.cleaning import looks_like_page

    return looks_like_page(text)


def analysed_part(article: Article) -> Article:
    """The part of ``article`` the analysis reads: the article itself within the analysis bound
    (:data:`MAX_ANALYSED_CHARS` and the two after it), else the same article with fewer or
    shorter paragraphs. The body is the same, so every offset found in the part is where the
    reader shows it; the loader has noted the cut (``too long to analyse whole``)."""
    analysed = _within_bound(article.body, article.paragraphs)
    return article if analysed == article.paragraphs else replace(article, paragraphs=analysed)


def _within_bound(body: str, paragraphs: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    kept, budget = [], MAX_ANALYSED_CHARS
    for start, end in paragraphs[:MAX_ANALYSED_PARAGRAPHS]:
        cut = min(end, start + MAX_ANALYSED_PARAGRAPH_CHARS, start + budget)
        if cut < end and (space := body.rfind(" ", start + 1, cut + 1)) > start:
            cut = space  # keep whole words: end before the last space within the bound
        kept.append((start, cut))
        budget -= cut - start
        if budget <= 0:
            break
    return paragraphs if tuple(kept) == paragraphs else tuple(kept)


def _bound_note(paragraphs: tuple[tuple[int, int], ...], analysed: tuple[tuple[int, int], ...]) -> str:
    """The caveat of an article above the analysis bound: how much of it the analysis reads."""
    chars = sum(end - start for start, end in paragraphs)
    read = sum(end - start for start, end in analysed)
    return (f"too long to analyse whole: entities and links come from its first {read:,} of {chars:,} "
            f"characters ({len(analysed):,} of {len(paragraphs):,} paragraphs); all of it is shown")


def read_regular_file(file: Path, limit: int, *, follow_links: bool = True) -> bytes:
    """The bytes of the regular file ``file`` (see :func:`reader.core.files.read_regular`);
    :class:`Unreadable` with the user's line otherwise, the size limit included."""
    try:
        data, info = read_regular(file, limit, follow_links=follow_links)
    except NotRegular as error:
        raise Unreadable(_not_regular(error.mode)) from None
    except OSError as error:
        raise Unreadable(_reason(error)) from None
    if info.st_size > limit:
        raise Unreadable(f"{size_text(info.st_size)} is above the {size_text(limit)} limit")
    if len(data) > limit:
        raise Unreadable(f"grew above the {size_text(limit)} limit while being read")
    return data


def _decode(data: bytes) -> tuple[str, list[str]]:
    """The text and the notes about how it was decoded; skips empty and binary files."""
    notes = []
    if is_document(data):
        raise Unreadable(f"a word processor's or PDF document, {NOT_AN_ARTICLE}")
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        text = _after_mark(data, "utf-32", 4)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _after_mark(data, "utf-16", 2)
    elif wide := wide_encoding(data):
        text = data.decode(wide, "replace")
        notes.append(f"no byte-order mark: decoded as {wide.upper()}")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text, note = _decode_fallback(data)
            notes.append(note)
    if not text.strip():
        raise Unreadable("the file is empty")
    sample = text[:_BINARY_SAMPLE]
    if not is_plain_ascii(sample) and len(_NOT_TEXT.findall(sample)) > MAX_BINARY_SHARE * len(sample):
        raise Unreadable("binary data, not text")
    return text, notes


_DOCUMENT_START = re.compile(rb"%PDF-\d|PK\x03\x04|\xd0\xcf\x11\xe0|\{\\rtf\d")
"""How a PDF, an Office or OpenDocument file (a zip), an old Word file and an RTF document begin, whatever
the file's suffix: RTF's control words would read as the text, the others as binary data or garbage."""


def is_document(data: bytes) -> bool:
    """Whether ``data`` is a word processor's or PDF document (:data:`_DOCUMENT_START`), a BOM or spaces before it."""
    return bool(_DOCUMENT_START.match(data[:64].removeprefix(codecs.BOM_UTF8).lstrip()))


_SPACES = re.compile(r"[ \t\n\r\u3000]")


def _spacing(text: str) -> float:
    """The share of spaces and line breaks in the first 4,096 characters of ``text``."""
    sample = text[:4096]
    return len(_SPACES.findall(sample)) / max(1, len(sample))


def _after_mark(data: bytes, codec: str, mark: int) -> str:
    """``data`` decoded as the ``codec`` its byte-order mark (``mark`` bytes) names, unless the mark
    lies: text after it that reads as spaced prose in UTF-8 and as unspaced characters in ``codec``
    (a UTF-8 file behind a stray mark reads as a line of unrelated ideographs) is refused. Text
    in a script written without spaces still opens: its bytes read as UTF-8 are not spaced prose."""
    text = data.decode(codec, "replace")
    if _spacing(text) < 0.005 and _spacing(data[mark:].decode("utf-8", "replace")) >= 0.05:
        name = codec.upper()
        raise Unreadable(f"starts with a {name} byte-order mark, but the text after it is not {name}")
    return text


def wide_encoding(data: bytes) -> str | None:
    """``"utf-16-le"`` (-be, utf-32-le, -be) when ``data`` reads as such text without a byte-order
    mark: Latin-script text in those encodings leaves zero bytes at fixed places (every second
    byte, or three of every four), which neither UTF-8 text nor binary data does so regularly."""
    sample = data[:4096]
    if len(sample) < 8 or 0 not in sample:
        return None
    quarter = len(sample) // 4
    zeros = [sample[place::4].count(0) / quarter for place in range(4)]
    candidates = {
        "utf-32-le": min(zeros[2], zeros[3]) > 0.95 and zeros[0] < 0.2,
        "utf-32-be": min(zeros[0], zeros[1]) > 0.95 and zeros[3] < 0.2,
        "utf-16-le": min(zeros[1], zeros[3]) > 0.5 and max(zeros[0], zeros[2]) < 0.1,
        "utf-16-be": min(zeros[0], zeros[2]) > 0.5 and max(zeros[1], zeros[3]) < 0.1,
    }
    for codec, looks_so in candidates.items():
        if looks_so:
            try:
                data[: len(data) - len(data) % (4 if "32" in codec else 2)].decode(codec)
            except UnicodeDecodeError:
                continue
            return codec
    return None


def _decode_fallback(data: bytes) -> tuple[str, str]:
    mostly_utf8 = data.decode("utf-8-sig", "replace")
    bad = mostly_utf8.count("\ufffd")
    good_non_ascii = len(mostly_utf8) - len(mostly_utf8.encode("ascii", "ignore")) - bad
    if good_non_ascii > bad:
        return mostly_utf8, f"not valid UTF-8: {bad} bad byte sequence(s) shown as \ufffd"
    try:
        return data.decode("cp1252"), "not UTF-8: decoded as cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "not UTF-8 or cp1252: decoded as latin-1"


def _parse(text: str, markdown: bool) -> ArticleText:
    try:
        return parse(text, markdown)
    except FormatError as error:
        raise Unreadable(f"bad header: {error}") from None


def _reason(error: OSError) -> str:
    if error.errno == errno.ELOOP:
        return "a symbolic link loop"
    if error.errno == errno.ENOENT:
        return "no such file"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if error.errno == errno.EISDIR:
        return "a folder, not a file"
    return inert_line((error.strerror or str(error)).lower())


def _not_regular(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder, not a file"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO), not a regular file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device, not a regular file"
    return "not a regular file"
