"""The article file format: an optional ``---`` header of ``key: value`` lines, then the body.

::

    ---
    outlet: Al Jazeera
    title: Canada cancels export permits for drone technology to Turkey
    published: 2021-04-12
    role: report
    caption: A damaged car in Jabrayil District ...
    ---
    First paragraph.

    Second paragraph.

Keys are case-insensitive; ``role`` is ``report`` (the default) or ``source``; ``caption`` may repeat; unknown keys are an error
(a typo should not silently drop metadata). A file without a header is all
body. Paragraphs are separated by blank lines; line breaks inside a paragraph
are joined with a space.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

FIELDS = ("outlet", "title", "standfirst", "published", "url", "byline", "role")
ROLES = ("report", "source")
"""``role: source`` marks a press release, statement or transcript the reports are measured against."""
_REPEATED = "caption"
_FENCE = "---"
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")


class FormatError(ValueError):
    """The header is malformed; the message is one line meant for the user."""


@dataclass(frozen=True)
class ArticleText:
    """A parsed article file before cleaning: metadata and paragraph texts."""

    meta: dict[str, str]
    captions: tuple[str, ...]
    paragraphs: tuple[str, ...]


def split_paragraphs(text: str) -> tuple[str, ...]:
    """Blank-line separated blocks, each stripped and with inner line breaks joined."""
    paragraphs = []
    for block in _BLANK_LINE.split(text.replace("\r\n", "\n").replace("\r", "\n")):
        # Most paragraphs are one line: strip it without the per-line join (a third of the load time).
        lines = block.split("\n") if "\n" in block else None
        joined = " ".join(line.strip() for line in lines if line.strip()) if lines else block.strip()
        if joined:
            paragraphs.append(joined)
    return tuple(paragraphs)


def parse(text: str) -> ArticleText:
    """Parse a whole file's text; raises :class:`FormatError` for a bad header."""
    text = text.lstrip("\ufeff")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not lines or lines[0].strip() != _FENCE:
        return ArticleText({}, (), split_paragraphs(text))
    try:
        close = next(i for i in range(1, len(lines)) if lines[i].strip() == _FENCE)
    except StopIteration:
        raise FormatError("header opened with '---' on line 1 is never closed") from None
    meta: dict[str, str] = {}
    captions: list[str] = []
    for number, line in enumerate(lines[1:close], start=2):
        if not line.strip():
            continue
        key, colon, value = line.partition(":")
        key, value = key.strip().lower(), value.strip()
        if not colon:
            raise FormatError(f"header line {number} is not 'key: value'")
        if key == _REPEATED:
            if value:
                captions.append(value)
        elif key in FIELDS:
            if key in meta:
                raise FormatError(f"header line {number} repeats '{key}'")
            if value:
                meta[key] = value
        else:
            raise FormatError(f"header line {number} has unknown key '{key[:40]}'")
    if "published" in meta and not _DATE.fullmatch(meta["published"]):
        raise FormatError(f"'published' must be YYYY-MM-DD, not '{meta['published'][:40]}'")
    if "role" in meta and meta["role"].lower() not in ROLES:
        raise FormatError(f"'role' must be 'report' or 'source', not '{meta['role'][:40]}'")
    return ArticleText(meta, tuple(captions), split_paragraphs("\n".join(lines[close + 1 :])))


def dump(meta: dict[str, str | None], paragraphs: list[str] | tuple[str, ...], captions=()) -> str:
    """The file text for an article; ``parse(dump(...))`` gives the same fields back."""
    header = [f"{key}: {_one_line(meta[key])}" for key in FIELDS if meta.get(key)]
    header += [f"{_REPEATED}: {_one_line(caption)}" for caption in captions]
    body = "\n\n".join(_one_line(p) for p in paragraphs)
    if not header:
        return body + "\n"
    return "\n".join([_FENCE, *header, _FENCE, "", body]) + "\n"


def _one_line(value: str | None) -> str:
    return " ".join((value or "").split())


def slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens: "The Globe and Mail" -> "the-globe-and-mail".

    Here, not in cleaning, because the loader makes article ids with it and must stay light to import.
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
