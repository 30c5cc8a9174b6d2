"""One saved page (raw page text or HTML) -> one article file, with an account of what was dropped.

HTML goes through trafilatura, a maintained main-content extractor, then the
same in-body rules as plain text (teasers, adverts, captions, repeats);
figure captions become metadata. Plain text goes through
:mod:`reader.core.ingest.cleaning`. Either way the result is the article file text
(:func:`reader.core.ingest.article_format.dump`) the loader reads back.
"""

from __future__ import annotations

import codecs
import re
from os.path import commonprefix
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit

from rapidfuzz.distance import Indel

from reader.core.files import MIB
from reader.core.ingest import article_format
from reader.core.ingest.cleaning import Cleaned, clean_body, clean_text, is_alt_text, is_prose, parse_date, word_count
from reader.core.ingest.loading import ARTICLE_SUFFIXES, is_document, read_regular_file, wide_encoding
from reader.core.model import counted

MAX_BYTES = 5 * MIB
_HTML_START = re.compile(r"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"</?(p|div|span|a|article|section|header|footer|nav|figure|h[1-6])\b[^>]*>", re.IGNORECASE)
_DECLARED_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# " | Site", " - Site", " – Site", " :: Site": how a page's <title> appends its site's name.
_TITLE_SEPARATOR = r"\s+(?:[|\u2013\u2014-]|::|·|•)\s+"
_TITLE_SUFFIX = re.compile(rf"^(.*\S){_TITLE_SEPARATOR}(.+?)$")
_TITLE_PARTS = re.compile(_TITLE_SEPARATOR)
_DOMAIN = re.compile(rf"\b{article_format.HOST}\b", re.IGNORECASE)
_NAME_PARTS = re.compile(r"\s*(?:[|,;\u2013\u2014]|\s-\s)\s*")
# An article file's header: "---", lines of "key: value" (or blank), "---".
_HEADER = re.compile(r"\A\ufeff?---[ \t]*\r?\n([ \t]*([\w-]+[ \t]*:.*)?\r?\n)*?---[ \t]*(\r?\n|\Z)")
_NOT_A_NAME = re.compile(r"\b(copyright|all rights reserved)\b|©|\d{4}", re.IGNORECASE)


@dataclass(frozen=True)
class ImportResult:
    """An importable page: the file name and text to write, what was kept and dropped, and why.

    ``notes`` are remarks (how the file was decoded, what the extractor left out);
    ``warnings`` say why the result looks wrong (a body of one caption, a cookie page);
    ``why`` says where the body starts and ends and why (for ``--verbose``).
    """

    file_name: str
    text: str
    kept: tuple[str, ...]
    dropped: tuple[tuple[str, str], ...]
    notes: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    why: tuple[str, ...] = ()
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    outlet_from_file_name: bool = False
    """The page named no outlet: ``outlet`` is the file's name, which may be anything."""


def import_page(path: Path, *, outlet: str | None = None) -> ImportResult:
    """Read one saved page and clean it; raises ValueError or OSError with a one-line message."""
    path = Path(path)
    # A name that is not UTF-8 (undecodable bytes) still names the outlet, with U+FFFD for those bytes.
    source = path.stem.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return import_bytes(read_regular_file(path, MAX_BYTES), source=source, outlet=outlet)


def import_bytes(data: bytes, *, source: str, outlet: str | None = None, url: str | None = None) -> ImportResult:
    """Clean one page's bytes (``source`` names it when nothing else does); raises ValueError."""
    if not data.strip():
        raise ValueError("file is empty")
    if is_document(data):
        raise ValueError("a word processor's or PDF document, not page text or HTML: save it as text (.txt) first")
    wide = "utf-16" if data.startswith(_UTF16_BOMS) else wide_encoding(data)
    html = looks_like_html(data[:5000].decode(wide or "ascii", "replace"))
    text, notes = _decode(data, html, wide)
    if (b"\x00" in data[:8192] and not wide) or _mostly_controls(text):
        raise ValueError("binary file, not page text or HTML")
    if not html and _HEADER.match(text):
        return _article_file(text, source=source, outlet=outlet, notes=notes)
    if html:
        cleaned = _clean_html(text, url)
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
        "url": cleaned.url or url,
        "byline": cleaned.byline,
    }
    return _result(meta, source, cleaned.paragraphs, cleaned.captions, notes,
                   dropped=cleaned.dropped, warnings=_warnings(cleaned), why=cleaned.why)


def _article_file(text: str, *, source: str, outlet: str | None, notes: tuple[str, ...]) -> ImportResult:
    """A file that already is an article (a ``---`` header of ``key: value`` lines): kept as it is,
    header and body; cleaning it as a page would make its header lines captions. Raises
    ValueError when that header is malformed (an unknown key, a repeated one)."""
    try:
        parsed = article_format.parse(text)
    except article_format.FormatError as error:
        raise ValueError(f"already an article file, but its header is malformed: {error}") from None
    if not parsed.paragraphs:
        raise ValueError("already an article file, but with no body text")
    meta: dict[str, str | None] = {**parsed.meta, "outlet": outlet or parsed.meta.get("outlet")}
    notes += ("already an article file: its header and body kept as they are", *parsed.notes)
    return _result(meta, source, parsed.paragraphs, parsed.captions, notes)


def _not_in_captions(dropped: tuple[tuple[str, str], ...], captions: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """What was dropped, less the caption lines the header keeps (a label or a bare twin aside): a
    dropped line is in no part of the article."""
    keys = [" ".join(c.casefold().split()) for c in captions]

    def kept(line: str) -> bool:
        key = " ".join(line.casefold().split())
        return any(key in k or k in key for k in keys)
    return tuple((line, why) for line, why in dropped if not (why == "caption" and kept(line)))


def _result(meta: dict[str, str | None], source: str, paragraphs: tuple[str, ...], captions: tuple[str, ...],
            notes: tuple[str, ...], *, dropped: tuple[tuple[str, str], ...] = (), warnings: tuple[str, ...] = (),
            why: tuple[str, ...] = ()) -> ImportResult:
    """The article file of a page or of an article file alike: named before an outlet is read from the
    source's name (``_outlet_from_file_name``), which then fills the header when nothing named one."""
    name = _file_name(meta, source)
    from_file_name = _outlet_from_file_name(meta, source)
    return ImportResult(
        file_name=name,
        text=article_format.dump(meta, paragraphs, captions),
        kept=paragraphs,
        dropped=_not_in_captions(dropped, captions),
        notes=(*notes, *from_file_name),
        warnings=warnings,
        why=why,
        url=meta.get("url"),
        title=meta.get("title"),
        outlet=meta["outlet"],
        outlet_from_file_name=bool(from_file_name),
    )


def _file_name(meta: dict[str, str | None], source: str) -> str:
    """The article file's name: its outlet's slug, else its title's, else the source's name (without
    what saving a copy added to it)."""
    name = (article_format.slug(meta["outlet"] or "") or article_format.slug(meta.get("title") or "")
            or article_format.slug(article_format.saved_name(source)) or "article")
    return f"{name}.md"


def _outlet_from_file_name(meta: dict[str, str | None], source: str) -> tuple[str, ...]:
    """Sets the outlet from the file name when nothing named one; the note saying so."""
    if meta["outlet"]:
        return ()
    meta["outlet"] = article_format.outlet_from_file_name(source) or None
    if not meta["outlet"]:
        return ()
    return (f"the page does not name its outlet: '{meta['outlet']}', from the file name (--outlet sets it)",)


def same_article(path: Path, result: ImportResult) -> bool:
    """Whether the article file at ``path`` holds the article ``result`` is: the same URL when both
    have one, the same title and outlet when neither has. A URL on one side only is not enough: outlets
    reuse titles (``Live updates``, a weekly column), and the other is then another day's article. A
    file that cannot be read or parsed is another article."""
    try:
        meta = article_format.parse(read_regular_file(Path(path), MAX_BYTES).decode("utf-8", "replace")).meta
    except (OSError, ValueError):
        return False
    if meta.get("url") or result.url:
        return bool(meta.get("url")) and meta.get("url") == result.url
    same = [" ".join((a or "").casefold().split()) == " ".join((b or "").casefold().split())
            for a, b in ((meta.get("title"), result.title), (meta.get("outlet"), result.outlet))]
    return bool(result.title) and all(same)


def _article_files(folder: Path) -> list[Path]:
    """The files of ``folder`` the reader opens as articles, in name order (hidden ones left out)."""
    return [path for path in sorted(Path(folder).iterdir())
            if path.suffix.lower() in ARTICLE_SUFFIXES and not path.name.startswith(".")]


def holding_article(folder: Path, result: ImportResult) -> Path | None:
    """The first article file in ``folder``, in name order, that holds the article ``result`` is
    (:func:`same_article`), whatever its name: ``import`` replaces it only with ``--force``."""
    return next((path for path in _article_files(folder) if same_article(path, result)), None)


SAME_BODY = 0.9
"""The share of two bodies' words in the same order (rapidfuzz's Indel similarity) from which they
are one report: a re-saved copy under another headline, or with a line more, scores 0.95 and up, and
the 27 saved pages imported as HTML and as copied text 0.74 to 1 (all but four 0.92 and up). Two reports
of one event in the corpus dossiers, 655 pairs, scored at most 0.82 but for copies of one wire story,
0.88 to 0.97: those are told by their outlets."""
SAME_START_BODY = 0.6
"""The same share for two bodies under the same title or opening paragraph: a page imported twice
scored 0.74 and up; reports of one event can share either (a wire story's headline, a press release's
lead), and those scored at most 0.39."""


def duplicates(folder: Path, result: ImportResult, written: Path) -> list[Path]:
    """The other article files in ``folder`` that hold the report ``result`` is: the same page imported
    another way (saved HTML, then copied text) or saved again (another headline, a line more), which the
    reader would show as two reports sharing everything.

    Their bodies are nearly the same (:data:`SAME_BODY`), or much the same under the same title or
    opening (:data:`SAME_START_BODY`), and they name no two different outlets (a file's name is no
    outlet's): another outlet's copy of the same wire story is a report of its own."""
    title, opening = _words(result.title), _words(result.kept[0] if result.kept else None)
    body = _words(" ".join(result.kept))
    found = []
    for path in _article_files(folder):
        if path == written:
            continue
        try:
            other = article_format.parse(read_regular_file(path, MAX_BYTES).decode("utf-8", "replace"))
        except (OSError, ValueError):
            continue
        if _other_outlet(other.meta.get("outlet"), None if result.outlet_from_file_name else result.outlet):
            continue
        same_start = (title and _words(other.meta.get("title")) == title) or (
            opening and other.paragraphs and _words(other.paragraphs[0]) == opening)
        cutoff = SAME_START_BODY if same_start else SAME_BODY
        if Indel.normalized_similarity(body, _words(" ".join(other.paragraphs)), score_cutoff=cutoff):
            found.append(path)
    return found


def _other_outlet(one: str | None, other: str | None) -> bool:
    """Two outlets named, neither spelling the other ("SPIEGEL ONLINE" spells "spiegel", a file's name)
    nor the other's host ("Example News Daily" spells example-news.de)."""
    a, b = _letters(one or ""), _letters(other or "")
    return bool(a and b) and a not in b and b not in a and not (
        _spells_host(one or "", other or "") or _spells_host(other or "", one or ""))


def _spells_host(name: str, host: str) -> bool:
    """The name holds every word of the host's own label ("example-news" of www.example-news.co.uk)."""
    if not _DOMAIN.fullmatch(host.strip()):
        return False
    labels = host.strip().lower().removeprefix("www.").split(".")
    own = max(labels[:-1], key=len)  # not the country's or the kind's label ("co", "uk")
    letters = _letters("".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)))
    return all(word in letters for word in own.split("-") if word)  # "Université" spells "universite"


def _words(text: str | None) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+", (text or "").casefold()))


def looks_like_html(text: str) -> bool:
    """Decided by content, not by the file name: a document start tag, or several block tags."""
    head = text[:5000]
    return bool(_HTML_START.search(head)) or len(_TAG.findall(head)) >= 3


_SHORT_BODY_WORDS = 50


def _warnings(cleaned: Cleaned) -> tuple[str, ...]:
    """Why an import that went through may still not be an article."""
    words = sum(word_count(p) for p in cleaned.paragraphs)
    body = " ".join(" ".join(cleaned.paragraphs).casefold().split())
    caption_words = sum(word_count(c) for c in cleaned.captions)
    quoted = sum(word_count(c) for c in cleaned.captions if " ".join(c.casefold().split()) in body)
    warnings = []
    if not cleaned.title:
        pictures = [line for line, why in cleaned.dropped if why == "picture" and is_alt_text(line)]
        said = f" ('{pictures[0]}' reads as a picture's alt text, not a headline)" if pictures else ""
        warnings.append(f"no headline found{said}")
    if words < _SHORT_BODY_WORDS:
        warnings.append(f"very short body ({counted(words, 'word')})")
    if caption_words >= words or 2 * quoted >= words:
        warnings.append("the body is mostly a photo caption")
    if words < 3 * _SHORT_BODY_WORDS:
        # Weighed against the body: a short post above a site's cookie line and newsletter box is no
        # cookie page. A form's lines are terse ("Password [ ]"), so half the body's words is a lot.
        if _dropped_words(cleaned, "cookie notice") >= words:
            warnings.append("the page is mostly a cookie notice")
        if _dropped_words(cleaned, "form") * 2 >= words and sum(r == "form" for _, r in cleaned.dropped) >= 2:
            warnings.append("the page is mostly a form (a login or newsletter page?)")
    return tuple(warnings)


def _dropped_words(cleaned: Cleaned, reason: str) -> int:
    return sum(word_count(line) for line, why in cleaned.dropped if why == reason)


def _decode(data: bytes, html: bool, wide: str | None) -> tuple[str, tuple[str, ...]]:
    """The text: a BOM decides, or the zero bytes of UTF-16/32 without one (``wide``), then the
    HTML's declared charset, then UTF-8, then cp1252 (said)."""
    if data.startswith(codecs.BOM_UTF8):
        return data.decode("utf-8-sig", errors="replace"), ()
    if wide:
        notes = () if data.startswith(_UTF16_BOMS) else (f"read as {wide}: no byte-order mark",)
        return data.decode(wide, errors="replace"), notes
    declared = _DECLARED_CHARSET.search(data[:4096]) if html else None
    if declared:
        try:
            encoding = codecs.lookup(declared[1].decode("ascii")).name
        except LookupError:
            encoding = None
        if encoding and encoding != "utf-8":
            return data.decode(encoding, errors="replace"), (f"read as {encoding}, as the page declares",)
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError:
        # Pages saved on Windows are often cp1252; its few undefined bytes become U+FFFD.
        return data.decode("cp1252", errors="replace"), ("not valid UTF-8; read as cp1252",)


def _mostly_controls(text: str) -> bool:
    sample = text[:8192]
    return sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f") > len(sample) / 20


def _clean_html(html: str, url: str | None = None) -> Cleaned:
    import trafilatura  # imported here: it is slow to load and only HTML needs it

    tree = _tree(html)  # parsed once: metadata, figures and paragraphs read here, then trafilatura prunes it
    declared = _declared_names(tree)
    figures = _figures(tree, url)
    paragraph_paths = _paragraph_paths(tree)
    document = trafilatura.bare_extraction(
        tree if tree is not None else html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        # Only dates the page's markup states, the original publication before a modification.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    found = document.as_dict() if document is not None else {}
    text = _paragraph_text(document) if document is not None else ""
    if not text.strip():
        raise ValueError("no article body found in the HTML")
    site = _site_name([*declared, found.get("sitename") or ""], found.get("hostname"))
    lines = text.split("\n")
    own, others = _own_captions(figures, [paragraph_paths.get(" ".join(line.split())) for line in lines])
    body = clean_body(lines, own, headline=found.get("title"), other_captions=others)
    title = _headline(found.get("title"), tree, site, found.get("hostname")) or None
    alt_title = bool(title) and is_alt_text(title)  # the extractor took a picture's alt text for the title
    paragraphs, lead = body.paragraphs, None
    if len(paragraphs) > 1 and is_prose(paragraphs[0]) and _in_headline_header(tree, title, paragraphs[0]):
        # The page's standfirst, under its headline in the article's <header>: passed on as the body's first.
        paragraphs, lead = paragraphs[1:], paragraphs[0]
    return Cleaned(
        paragraphs=paragraphs,
        dropped=body.dropped + (((title, "picture"),) if alt_title else ()),
        captions=body.captions,
        title=None if alt_title else title,
        standfirst=lead or _standfirst(found.get("description"), paragraphs, title),
        outlet=site or body.outlet,
        published=parse_date(found.get("date") or ""),
        url=found.get("url") or url or None,
        byline=found.get("author") or body.byline,
        why=("HTML: trafilatura chose the body from the page's markup",),
    )


def _tree(html: str):
    from lxml import etree
    from lxml import html as lxml_html

    try:
        return lxml_html.fromstring(html)
    except (ValueError, etree.ParserError):
        return None


_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")


def _paragraph_text(document) -> str:
    """The extracted text, a line for each paragraph and each ``<br>`` in one: white space inside a
    paragraph made one space, as a browser shows it. trafilatura keeps the page source's line
    breaks in a paragraph with inline markup (a link, a ``<br>``), and its text output then
    reads each as a paragraph break. Its other blocks (preformatted text) keep their lines."""
    from trafilatura.xml import xmltotxt

    for paragraph in document.body.iter("p"):
        for element in paragraph.iter():
            if element.text:
                element.text = _HTML_SPACE.sub(" ", element.text)
            if element.tail and element is not paragraph:
                element.tail = _HTML_SPACE.sub(" ", element.tail)
    return xmltotxt(document.body, include_formatting=False)


def _in_headline_header(tree, title: str | None, paragraph: str) -> bool:
    """The paragraph stands in a ``<header>`` under the headline (a heading saying the title): the page's
    standfirst, not the article's first paragraph."""
    if tree is None or not title:
        return False
    return any(any(_words(heading.text_content()) == _words(title) for heading in header.iter("h1", "h2"))
               and any(_words(p.text_content()) == _words(paragraph) for p in header.iter("p"))
               for header in tree.iter("header"))


def _declared_names(tree) -> list[str]:
    """The names the page declares for its site: og:site_name, then application-name."""
    if tree is None:
        return []
    return [name for key in ("og:site_name", "application-name")
            for name in tree.xpath(f"//meta[@property='{key}' or @name='{key}']/@content")]


def _site_name(names: list[str], host: str | None) -> str | None:
    """The first of ``names`` (declared, then the extractor's) that is a name, else the host.

    A name that carries a tagline ("News zu VR | MIXED.de") gives the part naming the
    host; a copyright line is not a name, but the domain in it is.
    """
    for name in names:
        name = " ".join(name.split())
        parts = [part for part in _NAME_PARTS.split(name) if part]
        naming_host = [part for part in parts if _names_host(part, host)]
        if len(parts) > 1 and naming_host:
            return naming_host[0]
        if name and not _NOT_A_NAME.search(name) and len(name.split()) <= 5:
            return name
        if domain := _DOMAIN.search(name):  # "Copyright 2003 - 2019 by example.de GbR": the domain
            return domain[0]
    return host or None


def _without_site(title: str | None, site: str | None, host: str | None) -> str:
    """The title without a trailing " | Site" (or " - Site"...) that names the site or its host."""
    title = " ".join((title or "").split())
    while (suffix := _TITLE_SUFFIX.match(title)) and (
        _names_host(suffix[2], host) or _letters(suffix[2]) == _letters(site or "-")
    ):
        title = suffix[1]
    return title


def _headline(title: str | None, tree, site: str | None, host: str | None) -> str:
    """The headline: the extracted title without a site suffix; when that title is only the site's
    name, which the page's ``<title>`` puts before the headline ("Site - Headline"), the headline
    (unless the headline names the site as well: then which part is the site is not clear)."""
    title = _without_site(title, site, host)
    page_title = " ".join((tree.findtext(".//title") or "").split()) if tree is not None else ""
    parts = [part for part in _TITLE_PARTS.split(page_title) if part]
    rest = max(parts[1:], key=len, default="")
    if rest and [title] == parts[:1] and _names_site(title, site, host) and not _names_site(rest, site, host):
        return rest
    return title


def _names_site(name: str, site: str | None, host: str | None) -> bool:
    """The name spells the host, or holds every word of the site's name ("CDU - Fraktion Erfurt" in
    "CDU-Fraktion im Erfurter Stadtrat")."""
    words = re.findall(r"\w+", name.casefold())
    site_words = re.findall(r"\w+", (site or "").casefold())
    return _names_host(name, host) or (bool(site_words) and all(
        any(word.startswith(site_word) for word in words) for site_word in site_words))


def _names_host(name: str, host: str | None) -> bool:
    """The name spells the host ("ZEIT ONLINE" and zeit.de), or a word of the host's name."""
    if not host:
        return False
    labels = [label for label in re.split(r"[.-]", host.lower().removeprefix("www.")) if len(label) >= 4]
    letters = _letters(name)
    return bool(letters) and (letters in _letters(host) or any(label in letters for label in labels))


def _letters(text: str) -> str:
    return re.sub(r"[\W_]", "", text.lower())


def _standfirst(description: str | None, paragraphs: tuple[str, ...], title: str | None) -> str | None:
    """The page's description, unless it only repeats the opening of the body or the title: compared
    word by word, since the body's quotes and dashes are made plain, and a description cut short may
    end inside a word."""
    description = " ".join((description or "").split())
    words = re.findall(r"\w+", description.casefold())
    opening = re.findall(r"\w+", " ".join(paragraphs[:1]).casefold())[: len(words)]
    if not words or (opening[:-1] == words[:-1] and len(opening) == len(words) and opening[-1].startswith(words[-1])):
        return None
    return None if _repeats_title(words, _words(title)) else description


_TITLE_EXTRA_WORDS = 3
"""A description that is the title and this many words more (a site's name, a kicker) repeats it."""


def _repeats_title(words: list[str], title: tuple[str, ...]) -> bool:
    """The description's words are a run of the title's, or the title's a run of the description's
    with a few words more."""
    if not words or not title:
        return False
    short, long = sorted((tuple(words), title), key=len)
    runs = {long[i:i + len(short)] for i in range(len(long) - len(short) + 1)}
    return short in runs and (short == tuple(words) or len(long) - len(short) <= _TITLE_EXTRA_WORDS)


@dataclass(frozen=True)
class _Figure:
    caption: str
    path: tuple[str, ...]
    """Its ``<figcaption>``'s place in the page: the steps from the root (``html``, ``body``, ``div[2]``...)."""
    teasing: tuple[bool, ...]
    """For each step above it, whether that element shows other stories: a link to another page, an aside,
    a menu, a block named for them ("related", "teaser"...)."""


# Class or id words of a block that shows other stories than the article: teasers, "related", "more".
_OTHER_STORIES = re.compile(r"related|teaser|recommend|read-?more|more-?(articles|stories|news)|sidebar|promo",
                            re.IGNORECASE)


# How the path of a link to a picture ends (a lightbox's "full size" link around the article's own figure).
_PICTURE = re.compile(r"\.(jpe?g|png|gif|webp|avif|svg|bmp|tiff?|heic)$", re.IGNORECASE)


def _leads_to_page(link, url: str | None) -> bool:
    """Whether the link ``<a>`` leads to another page (a teaser of another story), not to a picture (its
    own ``<img>``'s file, or any image file: a figure shown full size) nor to a place on this page."""
    href = (link.get("href") or "").strip()
    if not href or href.startswith("#") or href.lower().startswith("javascript:"):
        return False
    target = urlsplit(urljoin(url or "", href))
    if _PICTURE.search(target.path):
        return False
    pictures = {urlsplit(urljoin(url or "", img.get("src") or "")).path for img in link.iter("img")}
    if target.path and target.path in pictures:
        return False
    return not url or urldefrag(target.geturl())[0] != urldefrag(url)[0]


def _figures(tree, url: str | None = None) -> list[_Figure]:
    """Every ``<figcaption>`` with text, where it sits and which of the blocks around it show other stories."""
    if tree is None:
        return []
    root = tree.getroottree()
    figures = []
    for node in tree.iter("figcaption"):
        text = " ".join(node.text_content().split())
        if text:
            teasing = tuple(
                bool((up.tag == "a" and _leads_to_page(up, url)) or up.tag in ("aside", "nav", "footer")
                     or (up.tag not in ("html", "body")  # the page's layout ("no-sidebar"), not a block's
                         and _OTHER_STORIES.search(f"{up.get('class') or ''} {up.get('id') or ''}")))
                for up in reversed(list(node.iterancestors())))
            figures.append(_Figure(text, _steps(root.getpath(node)), teasing))
    return figures


def _paragraph_paths(tree) -> dict[str, tuple[str, ...]]:
    """Each ``<p>``'s text (white space made single) and its place; the first of repeated texts."""
    if tree is None:
        return {}
    root = tree.getroottree()
    paths: dict[str, tuple[str, ...]] = {}
    for node in tree.iter("p"):
        paths.setdefault(" ".join(node.text_content().split()), _steps(root.getpath(node)))
    return paths


def _steps(path: str) -> tuple[str, ...]:
    return tuple(path.strip("/").split("/"))


def _own_captions(figures: list[_Figure], body_paths: list[tuple[str, ...] | None]) -> tuple[list[str], list[str]]:
    """The captions of the article's own figures, and those of the others (teasers of other stories).

    The article is the ``<article>`` element holding the extracted body's paragraphs (their common
    ancestor when none holds them): its figures are the article's, unless a link to another page (not
    to a picture shown full size), an aside or a "related" block inside it holds them; a page's lists
    of other stories put their figures elsewhere, or in such blocks. (The page's own classes above the article, "no-sidebar", say nothing.) With
    no paragraph found in the page, every figure outside such blocks is the article's.
    """
    common = tuple(commonprefix([path[:-1] for path in body_paths if path]))  # step by step, not letters
    articles = [i for i, step in enumerate(common) if step.partition("[")[0] == "article"]
    scope = common[: articles[-1] + 1] if articles else common
    own, others = [], []
    for figure in figures:
        ours = figure.path[: len(scope)] == scope and not any(figure.teasing[len(scope):])
        (own if ours else others).append(figure.caption)
    return own, others
