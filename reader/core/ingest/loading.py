"""Folder (or single file) -> :class:`Dossier`, with one clear line per file that did not open.

A dossier is a folder; its articles are the ``*.md`` and ``*.txt`` files
directly inside it (not in subfolders), in order of file name. Hidden files
(a leading dot: editor and atomic-write leftovers) are ignored. A file named
``README.md`` is an article like any other; like any other, it is skipped
when it has no body. A path naming one file opens a dossier of that file,
whatever its suffix.

Every file is read once, decoded, made inert (:func:`make_inert`) *before*
it is parsed, so every field and every error message quoting the file is
inert; then parsed with :mod:`reader.core.ingest.article_format`.

Decoding: UTF-8 (a BOM is allowed, as is UTF-16 with a BOM). Text that is not
valid UTF-8 but mostly is (its valid non-ASCII characters outnumber the bad
bytes) keeps UTF-8 and shows each bad byte as ``�``; otherwise it is read as
cp1252, or as latin-1 when even cp1252 fails. Such a file opens, with a
note in ``Article.notes`` *and* a :class:`Problem` (message starting
``opened;``), so the CLI and the UI show it like any other caveat.

Every other problem skips the file with a :class:`Problem` whose message
starts with ``skipped:``: empty file, binary data (more than
:data:`MAX_BINARY_SHARE` of the first 64 KB are control characters other
than whitespace, ESC, BEL and backspace, which hostile text uses), malformed
header, no body text, unreadable file, a folder or special file with an
article suffix, a symbolic link loop, a file above :data:`MAX_FILE_BYTES`.
A missing, empty or unreadable folder gives a dossier with no articles and
one problem naming it. Nothing here raises for bad input.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
from pathlib import Path

from reader.core.ingest.article_format import ArticleText, FormatError, outlet_from_file_name, parse, slug
from reader.core.model import Article, Dossier, Problem
from reader.core.safe_text import is_plain_ascii, make_inert

ARTICLE_SUFFIXES = (".md", ".txt")
MAX_FILE_BYTES = 32 * 1024 * 1024
"""Larger files are skipped: news articles are tiny, and 32 MB keeps memory bounded."""
MAX_BINARY_SHARE = 0.10
_BINARY_SAMPLE = 64 * 1024
_NOT_TEXT = re.compile("[\x00-\x06\x0e-\x1a\x1c-\x1f\x7f-\x9f]")


class _Skipped(Exception):
    """A file could not be opened; the message is the user's one line."""


def load_dossier(path: str | Path, *, first: int | None = None) -> Dossier:
    """Every article that opens, in file-name order, and one problem per file that did not (or did, with a caveat).

    With ``first``, only the first ``first`` files are read (``Dossier.unread`` counts the
    rest): enough for a first screen. Ids are those of the whole dossier all the same.
    """
    root = Path(path)
    try:
        if root.is_dir():
            files = sorted(
                (entry for entry in root.iterdir()
                 if entry.suffix.lower() in ARTICLE_SUFFIXES and not entry.name.startswith(".")),
                key=lambda entry: entry.name,
            )
            if not files:
                return _nothing(root, "no article files (*.md, *.txt) in this folder")
        elif root.is_file():
            files = [root]
        elif root.exists():
            return _nothing(root, "not a folder or a regular file")
        else:
            return _nothing(root, "no such folder or file")
    except OSError as error:
        return _nothing(root, _reason(error))
    except ValueError:
        return _nothing(root, "not a valid path (it contains a NUL character)")
    articles: list[Article] = []
    problems: list[Problem] = []
    read = files if first is None else files[:first]
    for file, article_id in zip(read, _unique_ids(files)):
        shown = make_inert(str(file))
        try:
            article = _load_article(file, article_id, shown)
        except _Skipped as skipped:
            problems.append(Problem(shown, f"skipped: {skipped}"))
            continue
        articles.append(article)
        problems.extend(Problem(shown, f"opened; {note}") for note in article.notes)
    return Dossier(make_inert(str(root)), tuple(articles), tuple(problems), unread=len(files) - len(read))


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


def _nothing(root: Path, message: str) -> Dossier:
    shown = make_inert(str(root))
    return Dossier(shown, (), (Problem(shown, message),))


def _load_article(file: Path, article_id: str, shown_path: str) -> Article:
    text, notes = _decode(_read(file))
    parsed = _parse(make_inert(text))
    if not parsed.paragraphs:
        raise _Skipped("a header but no body text" if parsed.meta or parsed.captions else "no readable text")
    body = "\n\n".join(parsed.paragraphs)
    offsets, start = [], 0
    for paragraph in parsed.paragraphs:
        offsets.append((start, start + len(paragraph)))
        start += len(paragraph) + 2
    meta = parsed.meta
    return Article(
        id=article_id,
        outlet=meta.get("outlet") or make_inert(outlet_from_file_name(file.stem) or file.stem),
        body=body,
        paragraphs=tuple(offsets),
        title=meta.get("title"),
        standfirst=meta.get("standfirst"),
        published=meta.get("published"),
        url=meta.get("url"),
        byline=meta.get("byline"),
        path=shown_path,
        captions=parsed.captions,
        notes=tuple(notes),
    )


def _read(file: Path) -> bytes:
    """The file's bytes, read once; non-blocking open so a FIFO named ``x.md`` cannot hang us."""
    try:
        fd = os.open(file, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        raise _Skipped(_reason(error)) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise _Skipped("a folder, not an article file")
        if not stat.S_ISREG(info.st_mode):
            raise _Skipped("not a regular file")
        if info.st_size > MAX_FILE_BYTES:
            raise _Skipped(f"{_megabytes(info.st_size)} is above the {_megabytes(MAX_FILE_BYTES)} limit")
        data = _read_at_most(fd, MAX_FILE_BYTES + 1)
    except OSError as error:
        raise _Skipped(_reason(error)) from None
    finally:
        os.close(fd)
    if len(data) > MAX_FILE_BYTES:
        raise _Skipped(f"grew above the {_megabytes(MAX_FILE_BYTES)} limit while being read")
    return data


def _read_at_most(fd: int, limit: int) -> bytes:
    chunks, size = [], 0
    while size < limit and (chunk := os.read(fd, min(limit - size, 1 << 24))):
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _decode(data: bytes) -> tuple[str, list[str]]:
    """The text and the notes about how it was decoded; skips empty and binary files."""
    notes = []
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", "replace")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text, note = _decode_fallback(data)
            notes.append(note)
    if not text.strip():
        raise _Skipped("the file is empty")
    sample = text[:_BINARY_SAMPLE]
    if not is_plain_ascii(sample) and len(_NOT_TEXT.findall(sample)) > MAX_BINARY_SHARE * len(sample):
        raise _Skipped("binary data, not text")
    return text, notes


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


def _parse(text: str) -> ArticleText:
    try:
        return parse(text)
    except FormatError as error:
        raise _Skipped(f"bad header: {error}") from None


def _reason(error: OSError) -> str:
    if error.errno == errno.ELOOP:
        return "a symbolic link loop"
    if error.errno == errno.ENOENT:
        return "no such file (a broken symbolic link?)"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if error.errno == errno.EISDIR:
        return "a folder, not an article file"
    return make_inert((error.strerror or str(error)).lower())


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"
