"""One saved page (raw page text or HTML) -> one article file, with an account of what was dropped.

HTML goes through trafilatura, a maintained main-content extractor, then the
same in-body rules as plain text (teasers, adverts, captions, repeats);
figure captions become metadata. Plain text goes through
:mod:`reader.core.ingest.cleaning`. Either way the result is the article file text
(:func:`reader.core.ingest.article_format.dump`) the loader reads back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from reader.core.ingest import article_format
from reader.core.ingest.cleaning import Cleaned, clean_body, clean_text, parse_date
from reader.core.ingest.loading import read_regular_file

MAX_BYTES = 5_000_000
_HTML_START = re.compile(r"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"</?(p|div|span|a|article|section|header|footer|nav|figure|h[1-6])\b[^>]*>", re.IGNORECASE)


@dataclass(frozen=True)
class ImportResult:
    """An importable page: the file name and text to write, and what was kept and dropped."""

    file_name: str
    text: str
    kept: tuple[str, ...]
    dropped: tuple[tuple[str, str], ...]
    notes: tuple[str, ...] = ()


def import_page(path: Path, *, outlet: str | None = None) -> ImportResult:
    """Read one page and clean it; raises ValueError or OSError with a one-line message."""
    text, notes = _read_text(Path(path))
    if looks_like_html(text):
        cleaned = _clean_html(text)
        notes += ("HTML: trafilatura left out the page around the article (menus, footer, scripts); not listed",)
    else:
        cleaned = clean_text(text)
    if not cleaned.paragraphs:
        raise ValueError("no article body found (no run of prose paragraphs)")
    meta = {
        "outlet": outlet or cleaned.outlet,
        "title": cleaned.title,
        "standfirst": cleaned.standfirst,
        "published": cleaned.published,
        "url": cleaned.url,
        "byline": cleaned.byline,
    }
    name = (article_format.slug(meta["outlet"] or "") or article_format.slug(meta["title"] or "")
            or article_format.slug(Path(path).stem) or "article")
    return ImportResult(
        file_name=f"{name}.md",
        text=article_format.dump(meta, cleaned.paragraphs, cleaned.captions),
        kept=cleaned.paragraphs,
        dropped=cleaned.dropped,
        notes=notes,
    )


def looks_like_html(text: str) -> bool:
    """Decided by content, not by the file name: a document start tag, or several block tags."""
    head = text[:5000]
    return bool(_HTML_START.search(head)) or len(_TAG.findall(head)) >= 3


def _read_text(path: Path) -> tuple[str, tuple[str, ...]]:
    """The file's text and remarks for the user (a fallback decoding); refuses empty and binary files."""
    data = read_regular_file(path, MAX_BYTES)
    if not data.strip():
        raise ValueError("file is empty")
    if b"\x00" in data[:8192]:
        raise ValueError("binary file, not page text or HTML")
    notes: tuple[str, ...] = ()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Pages saved on Windows are often cp1252; its few undefined bytes become U+FFFD.
        text = data.decode("cp1252", errors="replace")
        notes = ("not valid UTF-8; read as cp1252",)
    controls = sum(1 for c in text[:8192] if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > len(text[:8192]) / 20:
        raise ValueError("binary file, not page text or HTML")
    return text, notes


def _clean_html(html: str) -> Cleaned:
    import trafilatura  # imported here: it is slow to load and only HTML needs it

    document = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        # Only dates the page's markup states; no guessing from the text.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    found = document.as_dict() if document is not None else {}
    if not (found.get("text") or "").strip():
        raise ValueError("no article body found in the HTML")
    body = clean_body(found["text"].split("\n"), _figure_captions(html), headline=found.get("title"))
    return Cleaned(
        paragraphs=body.paragraphs,
        dropped=body.dropped,
        captions=body.captions,
        title=found.get("title") or None,
        standfirst=_standfirst(found.get("description"), body.paragraphs),
        outlet=body.outlet or found.get("sitename") or None,
        published=parse_date(found.get("date") or ""),
        url=found.get("url") or None,
        byline=found.get("author") or None,
    )


def _standfirst(description: str | None, paragraphs: tuple[str, ...]) -> str | None:
    """The page's description, unless it only repeats the opening of the body."""
    description = " ".join((description or "").split())
    opening = " ".join(paragraphs[:1])
    if not description or opening.startswith(description.rstrip(".…")):
        return None
    return description


def _figure_captions(html: str) -> list[str]:
    """Every ``<figcaption>`` text: metadata, never body."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, etree.ParserError):
        return []
    texts = (" ".join(node.text_content().split()) for node in tree.iter("figcaption"))
    return [text for text in texts if text]
