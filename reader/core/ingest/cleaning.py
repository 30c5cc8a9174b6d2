"""Raw page text -> article body and metadata, by the SHAPES of lines.

A saved or copied news page is a header (navigation, paywall blurbs, scripts,
the headline, a standfirst, photo captions), a body of prose paragraphs with
interruptions (teasers, "continues below advertisement", a shop's, a
newsletter's or a poll's box), and a footer (signatures, pager links, author
boxes, recommendations, comment-section rules, cookie notices). The
rules below never name an outlet or one of its sentences; they look at how a
line is built: braces and ``var x=``, prices, a trailing photo credit, a full
date in a descriptive line, no sentence punctuation, repetition.

Promises: every kept paragraph is a line of the input (or a hard-wrapped run
of lines), unchanged apart from whitespace runs made one space, in input
order; every other non-blank line appears in ``dropped`` with a short reason
(captions, datelines and bylines too) or became the title or standfirst;
prose in the body is never dropped for its wording alone.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from reader.core.ingest.article_format import FULL_STOP, HOST, byline, posted_by, stamp_date, unwrap, word_count
from reader.core.vocabulary import ATTRIBUTION_VERBS, MONTH_NUMBERS, MONTH_STARTS

_END = r"[.!?…。！？؟।][\"'”’“‘»«›‹)\]″」』]*"
_PROSE_END = re.compile(_END + r"$")
# The capital a sentence starts with: Latin, Greek or Cyrillic.
_CAPITAL = r"[\"“‘„«(]?[A-ZÀ-ÖØ-ÞΑ-ΩЀ-Я]"
_SENTENCE_BREAK = re.compile(_END + r"\s+" + _CAPITAL)
# A sentence ending after a word of three letters, not after a figure or an abbreviation ("20. Juni", "Dr. X").
_WORD_SENTENCE_BREAK = re.compile(r"[^\W\d_]{3}" + _END + r"\s+" + _CAPITAL)
_MIN_PROSE_WORDS = 4
_LONG_LINE_WORDS = 20
_SENTENCES_LINE_WORDS = 12
"""A line this long with a sentence ending inside it is prose, final stop or not."""

_SCRIPT = re.compile(
    r"\bfunction\s*\w*\s*\(|\b(var|let|const)\s+\w+\s*=|\bdocument\.\w|\bwindow\.\w|=>|\}\s*\)|\);\s*\w"
)
_PAYWALL = re.compile(
    r"[$€£]\s?\d+(\.\d\d)?\s*per\b|\bper (week|month|year)\b|\bsubscri(be|ption)\b|\bunlimited\b.*\baccess\b",
    re.IGNORECASE,
)
_SKIP_LINK = re.compile(r"^(skip to (the )?(main )?(content|navigation|article)"
                        r"|(direkt )?zu(m|r) (haupt)?(inhalt|navigation)( springen| wechseln)?$|aller au (contenu|menu)\b)",
                        re.IGNORECASE)
_COOKIE = re.compile(
    r"\b(enable|accept|allow|disable)( all)? cookies\b|\buses? cookies\b"
    r"|\bcookies?\b.*\b(browser|privacy|consent|settings|preferences)\b",
    re.IGNORECASE,
)
_READER = re.compile(r"\b(you|your|we|our|us)\b", re.IGNORECASE)
_TEASER = re.compile(r"^(read more|read also|also read|see also|related|more on this|watch|listen)\s*[:|–—-]",
                     re.IGNORECASE)
# A teaser's label on a line of its own, the teased article's title under it.
_TEASER_LABEL = re.compile(
    r"^(read (more|also)|also read|see also|more on (this|the) (story|topic)|lesen sie (auch|mehr)|auch interessant"
    r"|mehr zum thema|(à )?lire aussi|voir aussi)\s*:?$", re.IGNORECASE)
_ADVERT = re.compile(r"\b(advertisement|advertising|sponsored|promoted content)\b", re.IGNORECASE)
_SIGNATURES = (
    re.compile(r"^sources?\s*:\s*(?P<name>.+)$", re.IGNORECASE),
    re.compile(r"^(?i:follow) (?P<name>.+?) on [A-Z][\w ]*$"),
    re.compile(r"^more from (?P<name>.+)$", re.IGNORECASE),
)
# Staff credits at the foot of a wire story: "Reporting by X; Editing by Y".
_STAFF_CREDIT = re.compile(r"^(additional )?(reporting|writing|editing|compiled|produced) by\b", re.IGNORECASE)
# A wire lead names its agency: "KELBY, April 3 (Reuters) -", "WASHINGTON (AP) —".
_WIRE_DATELINE = re.compile(r"^[A-Z][A-Z .'-]+(, [^()]{1,40})? \((?P<name>[A-Z][\w .&-]{1,30})\) ?[-–—]")
_NAME_TAIL = re.compile(r"\s+((and|&)\s+(news\s+)?(agencies|wires|wire services)|staff|team|newsroom|desk)$",
                        re.IGNORECASE)
_SITE_SUFFIX = re.compile(r"\s+[-–—|·:]\s+(\S+\s*){1,5}")
"""What a page's title line adds after its headline: the site's name ("Headline - Site Name")."""
# "1. Item", "• Item", "□ Item" (a nested list as text browsers show it); not a date ("12. September 2013").
_LIST_ITEM = re.compile(r"^(\d{1,2}[.)](?!\s+\S+\s+(1[89]|20)\d\d\b)|[•·▪●◦*□■☆★▸►‣–-])\s+")
# "[     ]", "[x]": a text field or a checkbox; "[Name      ]": a field with its label padded out to its
# width; "( ) Ja", "(*) Nein": radio buttons.
_FORM_FIELD = re.compile(r"\[[ _x]*\]|\[[^\[\]]*\S\s+\]|^\([ *]\)\s")
# "[bors-mille]", "• [IMG_2041.jpg]", "[INS::INS]": where a text browser showed a picture (its file
# name or a bare label); not a button ("[Subscribe]": a capitalised word).
_PICTURE = re.compile(r"^([•·□*-]\s*|\d{1,2}[.)]\s*)?(\[(?![A-ZÀ-Þ][a-zß-ÿ]*\])[^\s\[\]]+\]\s*)+$")
# "A post shared by Name (@name) on June 3, 2019": the foot of a social network's post shown in the page.
_EMBED_CREDIT = re.compile(r"\(@[\w.]+\)\s+(on|am|le|el)\s+\S*\s*\d")
# "Headline was last modified: June 3rd, 2019 by Name": a blog's stamp under its post.
_MODIFIED = re.compile(r"\s(was last modified|zuletzt (geändert|aktualisiert)( am)?)\s*:\s", re.IGNORECASE)
# "Image of …", "A photo of …", "Picture: …", "Foto von …": a picture's alt text as a text browser or a copy shows
# it, never a headline.
_ALT_TEXT = re.compile(
    r"^((an?|the|featured|profile|cover)\s+)?(image|photo(graph)?|picture|pic|screenshot|avatar|logo|thumbnail|headshot"
    r"|bild|foto|grafik)\s*(\b(of|for|von|de|du|des)\b|:)", re.IGNORECASE)
# The button under a list a page folds: "Show more", "Mehr anzeigen", "Voir plus".
_SHOW_MORE = re.compile(r"^((show|see|view|load) more|(mehr|weitere|alle) (anzeigen|laden|zeigen)"
                        r"|(voir|afficher) plus)\s*[.…›»→+]*$", re.IGNORECASE)
# "‹ Previous post", "Next post →": links to the site's neighbouring posts.
_PAGER = re.compile(r"^([•·□*-]\s*)?[‹←]|[›→]$")
# A teaser's excerpt, cut off with a bracketed ellipsis: "… the rest of the story […]".
_EXCERPT = re.compile(r"\[(…|\.\.\.)\]$")
# In raw page text, also a summary cut off in the middle of its last sentence, the ellipsis right
# on the last word: "Der Rat prüft die Pläne. Damit wird das…" (an extractor's HTML has none).
_CUT_OFF = re.compile(r"[.!?][\"'”’»]*\s[^.!?…]*\w(…|\.\.\.)$")
# A line of program code: a call, an assignment, braces, a dotted or snake_case name, a comment or decorator.
_CODE = re.compile(r"\w\(|\)\s*:?$|[=;{}]|^[@#]|\w\.\w|\w_\w|^\.{3}$|^(from|import)\s")
_COMMENTS = re.compile(r"\bcomment(s|ing)?\b|\bdiscussion\b|\bmoderat", re.IGNORECASE)

# "© 2004-2018 Name | …", "Copyright © 2019 Name", "© Name 2019": the holder between the year and the end.
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|\bcopyright\b)\s*(?:©\s*)?(?:(?P<since>(?:19|20)\d\d)(?:\s*[-–]\s*(?:19|20)\d\d)?\s+)?"
    r"(?P<name>[^|©\d]+?)\s*(?:(?P<year>(?:19|20)\d\d)|\||$)", re.IGNORECASE)
_COOKIE_OWNER = re.compile(r"(?P<name>[A-Z][\w&.'-]*(\s+[A-Z][\w&.'-]*){0,3})\s+uses\s+cookies\b")
_NOT_AN_OWNER = re.compile(r"\b(this|our|the|site|website|page|app)\b", re.IGNORECASE)
_COPYRIGHT_WORDS = re.compile(r"\ball rights\b|\breserved\b", re.IGNORECASE)
_MONTH = "(" + "|".join(start.title() for start in MONTH_STARTS) + r")[a-z]*\.?"
_NAMED_DATE = rf"(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}}),?\s+(?P<year>(19|20)\d\d)\b"
_FULL_DATE = re.compile(rf"\b{_NAMED_DATE}")
_CREDIT = re.compile(r"[\[(](?P<credit>[^\[\]()]{1,60})[\])]$")
# "File: …", "Photo …", "Name/Agency", "AA", "Getty Images": who took the picture, not prose.
_CREDIT_SHAPE = re.compile(
    r"(?i:file|photo|image|credit|courtesy|getty)|/|^[A-Z]{2,6}$|^[A-Z][\w.&-]*( [A-Z][\w.&-]*){0,3}$"
)
# "… REUTERS/Piet Maas/File Photo": an agency in capitals, then photographer or archive.
_AGENCY_CREDIT = re.compile(r"\b[A-Z]{2,}(/[A-Z][\w.'-]*( [A-Z][\w.'-]*)*)+$")
# Labels a page puts before a caption ("[1/2]", "Image caption,"): not part of the caption.
_CAPTION_LABEL = re.compile(r"^(\[\d+/\d+\]|(image|photo|picture) caption\s*[:,])\s*", re.IGNORECASE)
_PHOTO_LINE = re.compile(r"^(in this\b.*\bphoto\b|(photo|image|file photo|(image|photo|picture) caption)\s*[:,])",
                         re.IGNORECASE)
_PHOTO_CREDIT = re.compile(
    r"^(((image|photo|picture) (source|credit)|photograph|foto|bild|photo|crédits? photo)\s*[:,]|©|\(c\)\s)",
    re.IGNORECASE,
)
# A caption with its credit at the end: "… kam zu spät. Foto: Jana Morsch | flickr | CC BY 2.0", "… © Lena Farr/Globex".
_TRAILING_CREDIT = re.compile(r"\s(©|(foto|photo|bild|image)\s*:)\s*[^:©]{1,80}$", re.IGNORECASE)
# Prices: "648,00 €", "$1.99", "EUR 20": three on a line, two outside a sentence, or one on a
# short line, is a shop box.
_PRICE = re.compile(r"\d[\d.,]*\s?(€|\$|£|EUR|USD)|[€$£]\s?\d")
# "(via Example Blog)", "[via @name]": where a blogger found what the post links to.
_VIA = re.compile(r"^[(\[]?via\s+\S+(\s+\S+){0,5}[)\]]?$", re.IGNORECASE)
_LABEL = re.compile(r"[^\W\d_][\w&-]*")
"""One word and nothing else: no sentence's punctuation, no figure."""
_ISBN = re.compile(r"\bISBN(-1[03])?:?\s*[\d-]{9,16}[\dX]\b")
# "Autor: Name, Institut", "Author: Name": who wrote the article (a trailing "(D)" is no photo credit).
_AUTHOR_CREDIT = re.compile(r"^(?i:autor(in|en)?|author|auteur|autore|text|texte|von|by)\s*:\s*(?P<name>[^\W\d_].*)$")
_PHOTO_LABEL = re.compile(r"\b(foto|photo|bild|image)\s*:", re.IGNORECASE)


@dataclass(frozen=True)
class Cleaned:
    """What a page capture held: body paragraphs, metadata, and what was dropped and why."""

    paragraphs: tuple[str, ...]
    dropped: tuple[tuple[str, str], ...]
    captions: tuple[str, ...] = ()
    title: str | None = None
    standfirst: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    byline: str | None = None
    why: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Line:
    text: str
    block: int
    indented: bool = False


def clean_text(text: str) -> Cleaned:
    """Split a plain-text page capture into header, body and footer and clean each."""
    lines = _lines(text)
    texts = [line.text for line in lines]
    counts = Counter(_key(t) for t in texts)
    reasons: list[str | None] = [_junk_reason(t) or ("teaser" if _CUT_OFF.search(t) else None) for t in texts]
    _mark_captions(texts, reasons, [line.block for line in lines])
    _mark_credited_pictures(lines, reasons)
    _mark_teaser_titles(lines, reasons)
    _mark_teaser_lists(texts, reasons)
    # A stamp or a blog's posting line ("Posted by X in News on May 3, 2021.") dates the article: none of its prose.
    prose = [reasons[i] is None and is_prose(t) and stamp_date(t) is None for i, t in enumerate(texts)]
    code = _mark_code(texts, reasons, prose)
    in_body = _mark_lists(texts, reasons, prose) | code
    _mark_boxes(lines, reasons, prose)
    _mark_dated_captions(texts, reasons, prose)
    repeated = {key for key, count in counts.items() if count >= 2}
    items = _list_items(lines, reasons, prose)
    scores = _line_scores(lines, reasons, prose, repeated, in_body, items)
    chosen = _article_run(scores)
    if chosen is None:
        return Cleaned((), tuple((t, reasons[i] or "menu") for i, t in enumerate(texts)))
    comments = comment_section(texts, chosen[0][0] + 1)
    if comments is not None:  # the article is a run of the text above the readers' comments, whatever they weigh
        scores = scores[:comments]
        chosen = _article_run(scores) or chosen
    run, heaviest = chosen
    # A heading is crossed only when a lead-in follows it: after the article, headings open other things.
    crossable = [i in items or reasons[i] in _INTERRUPTIONS or text.endswith(":")
                 or (i + 1 < len(texts) and _is_lead_in(texts[i + 1]) and _key(text) not in repeated)
                 for i, text in enumerate(texts)]
    start, end = _after_standfirst(texts, reasons, prose, run[0], _extend(scores, run[1], texts, crossable, items))
    end = _before_author_box(texts, reasons, prose, start, _to_sign_off(texts, reasons, prose, repeated, items, end))
    end = _with_linked_title(lines, reasons, prose, _with_book_reference(lines, reasons, prose, end))
    if comments is not None and comments <= end:  # carried on over them (a sign-off below them)
        end = max(i for i in range(start, comments) if prose[i])
    head = _read_header(lines, reasons, prose, counts, start)
    if start and texts[start - 1].endswith(":") and reasons[start - 1] is None and start - 1 not in head.roles:
        start -= 1  # the lead-in the first paragraph answers ("Leitsätze des Gerichts:")

    kept: list[str] = []
    dropped: list[tuple[str, str]] = []
    seen: set[str] = set()
    in_comments = comments is not None and comments <= start
    quoted = _quoted_lines(texts, start, end)
    for i, line in enumerate(texts):
        if head.roles.get(i) in ("title", "standfirst"):
            if head.roles[i] == "title" and line != head.title:  # the trail or placeholder before it
                dropped.append((line[: line.rindex(head.title)].rstrip(), "breadcrumb"))
            continue
        if i < start:
            dropped.append((line, head.roles.get(i) or reasons[i] or "menu"))
        elif i <= end:
            if reasons[i]:
                dropped.append((line, reasons[i]))
            elif _MODIFIED.search(line):
                # Where a blog's post ends (the body reaches it), but the stamp is none of its text.
                dropped.append((line, "dateline"))
            elif (not prose[i] and i not in items and i not in quoted and not _announces(line)
                  and not _is_subheading(lines, i, prose, repeated, items)):
                # Between paragraphs: "Share", "Listen", a byline; not a sentence of the report.
                dropped.append((line, "short line"))
            elif _key(line) in seen and i not in code:
                dropped.append((line, "repeated"))
            else:
                kept.append(line)
            seen.add(_key(line))
        else:
            in_comments = in_comments or bool(_COMMENTS.search(line)) or i == comments
            dropped.append((line, _footer_reason(line, reasons[i], repeated, in_comments)))
    wire = _WIRE_DATELINE.match(kept[0]) if kept else None
    outlet = (_signature_outlet(texts, reasons) or (wire and wire["name"]) or head.brand or _masthead(texts)
              or _self_description(texts[:start]) or _copyright_holder(texts) or _foot_address(texts)
              or _host_heading(texts) or _cookie_notice_owner(texts, reasons))
    return Cleaned(
        paragraphs=tuple(kept),
        dropped=tuple(dropped),
        captions=_distinct_captions([texts[i] for i in _article_captions(reasons, head, start, end)]),
        title=head.title,
        standfirst=head.standfirst,
        outlet=outlet,
        published=head.published or _date_below(texts, prose, end),
        byline=head.byline,
        why=_why(texts, reasons, scores, run, heaviest, start, end, comments),
    )


_FURNITURE = frozenset({"menu", "list", "form", "picture", "cookie notice", "pager", "tags", "teaser", "show more",
                        "comment-section", "box", "script", "shop", "paywall", "advert"})
"""What :func:`clean_text` drops as a page's furniture (never an article's own title, dateline or caption)."""
PAGE_LINES = 400
PAGE_CHARS = 64_000
"""The lines and characters :func:`looks_like_page` reads: a page's menus come first."""
PAGE_FURNITURE_LINES = 8
PAGE_FURNITURE_SHARE = 0.25


def looks_like_page(text: str) -> bool:
    """Whether ``text`` is a copied web page rather than an article: among its first :data:`PAGE_LINES`
    lines, those :func:`clean_text` drops as furniture (menus, link lists, forms, cookie notices,
    teasers, comment sections) are at least :data:`PAGE_FURNITURE_LINES` and a quarter of its parts.
    An article without a header loses a title, a dateline or a credit, never that many."""
    lines = text[:PAGE_CHARS].splitlines()[:PAGE_LINES]
    if sum(0 < len(line.split()) < _MIN_PROSE_WORDS or bool(_LIST_ITEM.match(line.strip()))
           for line in lines) < PAGE_FURNITURE_LINES:
        return False  # furniture is short lines and list items: an article has few, and is spared the cleaner
    cleaned = clean_text("\n".join(lines))
    furniture = sum(reason in _FURNITURE for _, reason in cleaned.dropped)
    # Paragraphs, not lines: a hard-wrapped article is no less an article.
    parts = len(cleaned.dropped) + len(cleaned.paragraphs)
    return furniture >= PAGE_FURNITURE_LINES and furniture >= PAGE_FURNITURE_SHARE * parts


def clean_body(paragraphs: list[str] | tuple[str, ...], known_captions=(), headline: str | None = None,
               other_captions=()) -> Cleaned:
    """Apply the in-body rules to paragraphs an HTML extractor already chose.

    The extractor has removed the header and footer; what it lets through is
    the headline again, teasers, adverts, captions, signatures and repeats.
    ``other_captions`` are other stories' pictures' captions (teasers): never body, never the article's.
    """
    caption_keys = {_key(c) for c in known_captions}
    teaser_keys = {_key(c) for c in other_captions} - caption_keys
    texts = [" ".join(p.split()) for p in paragraphs if p.strip()]
    reasons: list[str | None] = [_junk_reason(t) or ("byline" if _author_credit(t) else None) for t in texts]
    _mark_captions(texts, reasons)
    _mark_listed_teasers(reasons)
    _mark_tail(texts, reasons)
    _mark_appeal(texts, reasons)
    if (comments := comment_section(texts, 1)) is not None:  # an extractor may keep them: never the article's
        reasons[comments:] = [reason or "comment-section" for reason in reasons[comments:]]
    kept: list[str] = []
    dropped: list[tuple[str, str]] = []
    seen: set[str] = set()
    for text, reason in zip(texts, reasons):
        if headline and _key(text) == _key(headline):
            reason = "headline"
        elif _key(text) in caption_keys:
            reason = "caption"
        elif _key(text) in teaser_keys:
            reason = "teaser"
        elif not reason and _key(text) in seen:
            reason = "repeated"
        seen.add(_key(text))
        if reason:
            dropped.append((text, reason))
        else:
            kept.append(text)
    if not any(is_prose(text) for text in kept):
        # Link lists and labels with no sentence among them are a menu, not an article.
        dropped += [(text, "menu") for text in kept]
        kept = []
    captions = [*known_captions, *(t for t, r in zip(texts, reasons) if r == "caption" and _key(t) not in teaser_keys)]
    byline = next((_author_credit(t) for t, r in zip(texts, reasons) if r == "byline"), None)
    return Cleaned(tuple(kept), tuple(dropped), _distinct_captions(captions), outlet=_signature_outlet(texts, reasons),
                   byline=byline)


def find_date(text: str) -> str | None:
    """``YYYY-MM-DD`` for the first full date in a line, in any common form and several languages.

    ISO ("2019-03-19"), CJK ("2020年1月14日"), day first with dots ("19.03.2019", "19. 3. 2019"),
    and day-month-year or month-day-year with the month named in English, German, French and others ("14. Januar
    2020", "10 septembre 2019", "June 8th, 2015": htmldate's multilingual month names).
    Slashed dates ("03/04/2019") are ambiguous across countries and not read.
    """
    from htmldate.extractors import regex_parse  # the multilingual month names trafilatura uses

    iso = re.search(r"(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)", text)
    # Chinese and Japanese: "2020年1月14日" (Korean "2020년 1월 14일").
    year_first = re.search(r"((?:19|20)\d\d)\s?[年년]\s?(\d{1,2})\s?[月월]\s?(\d{1,2})\s?[日일]", text)
    dotted = re.search(r"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d\d)(?!\d)", text)
    try:
        if iso or year_first:
            return date(*map(int, (iso or year_first).groups())).isoformat()
        if dotted:
            return date(int(dotted[3]), int(dotted[2]), int(dotted[1])).isoformat()
    except ValueError:
        return None
    named = regex_parse(text)
    return named.date().isoformat() if named else None


def parse_date(text: str) -> str | None:
    """``YYYY-MM-DD`` for "March 4, 2021", "Oct. 3 2020" or an ISO date (time ignored); None otherwise."""
    text = text.strip()
    iso = re.match(r"(\d{4})-(\d\d)-(\d\d)(?!\d)", text)
    named = re.fullmatch(_NAMED_DATE, text)
    try:
        if iso:
            day = date(*map(int, iso.groups()))
        elif named:
            day = date(int(named["year"]), MONTH_NUMBERS[named["month"][:3].lower()], int(named["day"]))
        else:
            return None
    except ValueError:
        return None
    return day.isoformat()


# --- readers' comments -------------------------------------------------------------------

# "12 Comments", "2 Kommentare", "3 Gedanken zu „Headline“", "4 réponses": the count that heads a comment section.
_COMMENT_COUNT = re.compile(
    r"^\d+\s+(comments?|kommentare?|commentaires?|responses?|replies|réponses?|reaktionen|antworten"
    r"|(thoughts?|gedanken|réflexions?) (on|zu|sur)\b.*)$", re.IGNORECASE)
# How a comment's heading line ends: a reply button ("Name 3. Mai 2021 um 10:02 Uhr - Antworten") or the
# commenter's verb ("Name says:"); the comment's date stands on it or on the next line.
_COMMENT_HEAD_END = re.compile(
    r"(^|\s[-|–—·]\s*)(reply|antworten|répondre|responder|rispondi|beantworten)$"
    r"|\s(says|said|wrote|sagt|schreibt|meint|a dit|a écrit|dice|zegt)\s*:$", re.IGNORECASE)
_COMMENT_HEAD_WORDS = 20
"""A comment's heading line (name, date, reply button) is this short; a blog's title in a pingback is long."""
_COUNT_TO_COMMENT = 5
"""A comment count heads the section: the first comment's heading follows within this many lines."""


def comment_section(texts: list[str] | tuple[str, ...], first: int = 0) -> int | None:
    """Where readers' comments begin under the article, from line ``first`` on: a comment count whose
    section follows, or the first of two comment headings (a name, a date, a reply button, or "Name
    says:" over a date), the pattern a comment list repeats. One heading alone is no section: a sentence
    of the article may end in "says:". None when there is none."""
    heads = [i for i in range(first, len(texts)) if _comment_head(texts, i)]
    if not heads:
        return None
    for i in range(first, heads[0]):
        if _COMMENT_COUNT.match(texts[i]) and heads[0] - i <= _COUNT_TO_COMMENT:
            return i
    return heads[0] if len(heads) >= 2 else None


def _comment_head(texts, i: int) -> bool:
    text = texts[i]
    end = _COMMENT_HEAD_END.search(text)
    if len(text.split()) > _COMMENT_HEAD_WORDS or not end:
        return False
    if end.group(2) is None and not _COMMENTER.fullmatch(text[:end.start()].strip()):
        return False  # "At a hearing on 9 March 2021, the engineer said:" is the report's own lead-in
    return bool(find_date(text) or _CLOCK.search(text) or (i + 1 < len(texts) and len(texts[i + 1].split()) <= 8
                                                           and find_date(texts[i + 1])))


_COMMENTER = re.compile(r"[^\W\d_][\w.'’-]*(\s+[^\W\d_][\w.'’-]*){0,3}")
"""A commenter's name or handle before "says:": a few words, no clause, no date."""
_CLOCK = re.compile(r"\b\d{1,2}:\d\d\b")


# --- lines -------------------------------------------------------------------------------


def _lines(text: str) -> list[_Line]:
    """Non-blank lines with their block number; hard-wrapped lines are joined back first."""
    lines: list[_Line] = []
    block = 0
    for raw in unwrap(text.replace("\r\n", "\n").replace("\r", "\n").split("\n")):
        line = " ".join(raw.split())
        if not line:
            block += 1
        elif lines and lines[-1].block == block and _is_wrapped(lines[-1].text, line):
            lines[-1] = _Line(f"{lines[-1].text} {line}", block, lines[-1].indented)
        else:
            lines.append(_Line(line, block, raw[:1].isspace()))
    return lines


def _is_wrapped(previous: str, line: str) -> bool:
    # A long line that stops mid-sentence and a next line starting in lower case
    # are one paragraph broken by the capture, not two.
    return len(previous.split()) >= 8 and not _PROSE_END.search(previous) and line[:1].islower()


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def is_prose(text: str) -> bool:
    # A line of twenty words is running text even if the capture lost its final stop, as is
    # a shorter one with a sentence ending inside it ("Aus: Das Buch. Ein Land in Stichworten, 2015").
    words = word_count(text)
    return ((bool(_PROSE_END.search(text)) and words >= _MIN_PROSE_WORDS) or words >= _LONG_LINE_WORDS
            or (words >= _SENTENCES_LINE_WORDS and bool(_WORD_SENTENCE_BREAK.search(text))))


def _sentence_count(text: str) -> int:
    return 1 + len(_SENTENCE_BREAK.findall(text))


def _junk_reason(text: str) -> str | None:
    """A reason to drop ``text`` wherever it stands, or None."""
    if _is_script(text):
        return "script"
    if _SKIP_LINK.search(text):
        return "menu"
    if _RULE.match(text):
        return "rule"
    if _FORM_FIELD.search(text) and len(text.split()) <= 8:
        return "form"
    prices = len(_PRICE.findall(text))
    if prices >= 3 or (prices and not is_prose(text) and (prices >= 2 or len(text.split()) <= 6)):
        return "shop"
    if _COOKIE.search(text) and len(text.split()) <= 40 and (not is_prose(text) or _READER.search(text)):
        # A notice speaks to the reader; a report's sentence about cookies does not.
        return "cookie notice"
    if _TEASER.search(text) or _TEASER_LABEL.match(text) or _EXCERPT.search(text):
        return "teaser"
    if _PICTURE.match(text) or is_alt_text(text):
        return "picture"
    if _is_tag_list(text):
        return "tags"
    if _EMBED_CREDIT.search(text) and len(text.split()) <= _LONG_LINE_WORDS:
        return "embed"
    if _PAGER.search(text) and not is_prose(text) and len(text.split()) <= 15:
        return "pager"
    if _PHOTO_CREDIT.search(text) and len(text.split()) <= 10:
        return "photo credit"
    if not is_prose(text):
        if _ADVERT.search(text) and len(text.split()) <= 8:
            return "advert"
        if _PAYWALL.search(text):
            return "paywall"
        if _signature_name(text) or _STAFF_CREDIT.search(text):
            return "signature"
    return None


def is_alt_text(text: str) -> bool:
    """A picture's description standing in for it ("Image of …", "Photo: …"), or one text said twice
    on one line (a site's logo copied with its alt text doubled), not a sentence of prose."""
    return (bool(_ALT_TEXT.match(text)) or _said_twice(text)) and not is_prose(text)


def _said_twice(text: str) -> bool:
    words = text.split()
    half = len(words) // 2
    return half >= 2 and len(words) % 2 == 0 and words[:half] == words[half:]


def _is_tag_list(text: str) -> bool:
    """Keywords a page lists under its article: many commas between words or short phrases,
    in no sentence, and without figures ("Amazon, Big Data, Chatbots, digitale Assistenten, …";
    not "Verlag X, 5. Auflage, 2014, 896 Seiten, …")."""
    parts = text.split(",")
    if len(parts) < 6 or _PROSE_END.search(text) or sum(any(c.isdigit() for c in part) for part in parts) > 1:
        return False
    sizes = sorted(len(part.split()) for part in parts)
    return sizes[len(sizes) // 2] <= 3


def _is_script(text: str) -> bool:
    marks = sum(text.count(c) for c in "{};=")
    return (bool(_SCRIPT.search(text)) and marks >= 2) or (marks >= 6 and marks > len(text) / 25)


# --- captions ----------------------------------------------------------------------------


def _mark_captions(texts: list[str], reasons: list[str | None], blocks: list[int] | None = None) -> None:
    """Mark photo captions: a credit at the end, "In this … photo", a credited line's bare twin,
    a short line said twice in a row (a picture's description, then its caption), in one block
    when ``blocks`` numbers them: a line said again after a blank line is a heading told twice
    (a breadcrumb's or a logo's, then the page's own)."""
    captions = []
    for i, text in enumerate(texts):
        if _LIST_ITEM.search(text):
            # A list's item (a menu's, a shop's) captions no picture, whatever it ends with; a bracketed
            # label alone in one ("• [Billboard]") is where a text browser showed a picture.
            if reasons[i] is None and re.fullmatch(r"\[[^\[\]]+\]", _LIST_ITEM.sub("", text)):
                reasons[i] = "picture"
            continue
        if reasons[i] is None and _is_caption(text) and not _author_credit(text):
            reasons[i] = "caption"
            captions.append(text)
        twin = (i and _key(texts[i - 1]) == _key(text) and reasons[i - 1] in (None, "caption")
                and (blocks is None or blocks[i - 1] == blocks[i]))
        if twin and reasons[i] is None and len(text.split()) >= 3 and not is_prose(text):
            reasons[i - 1] = reasons[i] = "caption"
    for i, text in enumerate(texts):
        # The same caption once bare and once with its credit appended.
        if reasons[i] is None and any(c != text and c.startswith(text) and len(text) >= 20 for c in captions):
            reasons[i] = "caption"


def _mark_credited_pictures(lines: list[_Line], reasons: list[str | None]) -> None:
    """A short line right over a photo credit, in its block, describes the picture ("Buchcover", "© Verlag")."""
    for i in range(len(lines) - 1):
        text = lines[i].text
        if (reasons[i] is None and reasons[i + 1] == "photo credit" and lines[i].block == lines[i + 1].block
                and not is_prose(text) and len(text.split()) <= _CAPTION_WORDS):
            reasons[i] = "caption"


def _mark_teaser_titles(lines: list[_Line], reasons: list[str | None]) -> None:
    """The short line right under a teaser's label ("Lesen Sie auch", "See also"), alone in its
    block, is the teased article's title, not a subheading of this one."""
    for i in range(1, len(lines)):
        text = lines[i].text
        if (reasons[i] is None and _TEASER_LABEL.match(lines[i - 1].text) and _alone(lines, i)
                and not is_prose(text) and len(text.split()) <= _LONG_LINE_WORDS):
            reasons[i] = "teaser"


def _mark_teaser_lists(texts: list[str], reasons: list[str | None]) -> None:
    """A list a "show more" button closes is other articles' titles, a box a page folds ("Highlights of
    the issue:", items, "Show more"): its items, the button and the lead-in announcing them. A list that
    follows the article's own running text (its lead-in too) is the article's, folded by the page: taken as
    teasers, it cut the lede off the rest of the body, and the lede was dropped (the button then stays)."""
    for end, text in enumerate(texts):
        if not _SHOW_MORE.match(text):
            continue
        first = end
        while first and reasons[first - 1] is None and _LIST_ITEM.search(texts[first - 1]):
            first -= 1
        lead_in = first and reasons[first - 1] is None and texts[first - 1].endswith(":")
        above = first - lead_in - 1
        if first < end and not (above >= 0 and reasons[above] is None and is_prose(texts[above])):
            for i in range(first - lead_in, end + 1):
                reasons[i] = "teaser"


def _mark_listed_teasers(reasons: list[str | None]) -> None:
    """A paragraph with a teaser on each side is one of a list of other posts, even when its own
    excerpt was not cut short ("…"): an extractor may keep such a list below a short post."""
    for i in range(1, len(reasons) - 1):
        if reasons[i] is None and reasons[i - 1] == reasons[i + 1] == "teaser":
            reasons[i] = "teaser"


_TAIL_LABELS = 3
"""One-word lines in a row at the end of the body: the page's menu, not the article's."""


def _mark_tail(texts: list[str], reasons: list[str | None]) -> None:
    """What an extractor keeps after a post's text: where the blogger found it ("(via Example Blog)"),
    and a run of one-word links (a footer's menu: "Search", "Forum", "Classifieds")."""
    for i, text in enumerate(texts):
        if reasons[i] is None and _VIA.match(text):
            reasons[i] = "credit"
    labels = list(itertools.takewhile(lambda i: reasons[i] is not None or _LABEL.fullmatch(texts[i]),
                                      range(len(texts) - 1, -1, -1)))
    if sum(reasons[i] is None for i in labels) >= _TAIL_LABELS:
        for i in labels:
            reasons[i] = reasons[i] or "menu"


# "Jetzt spenden!", "Donate now", "Support us today.": the few words a site's appeal for money or
# subscribers ends with (its button), after sentences in the site's own voice ("our work", "unsere Arbeit").
_APPEAL_CALL = re.compile(
    r"^((jetzt|now|hier|here|today|heute)\s+)?(unterstützen|spenden|fördern|abonnieren|mitglied werden|donate"
    r"|support( us)?|subscribe|become a (member|supporter|patron)|soutenez(-nous)?|faites un don|abonnez-vous)"
    r"(\s+(jetzt|now|here|hier|today|heute))?\s*[!.]?$", re.IGNORECASE)
_SITE_VOICE = re.compile(r"\b(we|our|us|wir|unser\w*|uns|nous|notre|nos)\b", re.IGNORECASE)
_APPEAL_HEADING_WORDS = 8
_REPORTED = re.compile(rf"\b({'|'.join(sorted(ATTRIBUTION_VERBS))})\b", re.IGNORECASE)
"""Reported speech (``…, she said.``, ``…, the director added.``): a paragraph that holds it is the story's."""


def _mark_appeal(texts: list[str], reasons: list[str | None]) -> None:
    """A box asking for money or subscribers under the article: its last paragraph speaks in the site's
    voice and ends with a call of a few words ("Jetzt spenden!"), under a short heading. A report's
    last paragraph about donations ends in a sentence of its own, not in such a call."""
    last = next((i for i in range(len(texts) - 1, 0, -1) if reasons[i] is None), None)
    breaks = list(_SENTENCE_BREAK.finditer(texts[last])) if last else []
    if not (breaks and _APPEAL_CALL.match(texts[last][breaks[-1].end() - 1:])
            and _SITE_VOICE.search(texts[last][:breaks[-1].start()])) or _REPORTED.search(texts[last][:breaks[-1].start()]):
        return  # reported speech ("…, she said. Donate now.") is the story's
    reasons[last] = "appeal"
    heading = texts[last - 1]
    if (reasons[last - 1] is None and _sentence_count(heading) == 1 and len(heading.split()) <= _APPEAL_HEADING_WORDS
            and not FULL_STOP.search(heading)):  # a heading ends in no full stop ("Nobody came." is the story's)
        reasons[last - 1] = "appeal"


def _article_captions(reasons: list[str | None], head: _Header, start: int, end: int) -> list[int]:
    """The captions of the article's pictures: down to its end (pictures after it illustrate other
    articles) and up to a few lines above its headline (its lead picture); higher up, a line in the
    page's menus or forms that looks like a caption illustrates nothing of the article."""
    top = next((i for i, role in head.roles.items() if role == "title"), start) - _NEAR_LINES
    return [i for i in range(max(top, 0), end + 1) if reasons[i] == "caption"]


def _distinct_captions(captions: list[str]) -> tuple[str, ...]:
    """Each caption once, its credited form preferred over a bare twin."""
    captions = [_CAPTION_LABEL.sub("", c) for c in captions]
    keys = [_key(c) for c in captions]
    return tuple(
        c for i, c in enumerate(captions)
        if keys[i] not in keys[:i] and not any(k != keys[i] and k.startswith(keys[i]) for k in keys)
    )


def _is_caption(text: str) -> bool:
    credit = _CREDIT.search(text)
    if (credit and text[: credit.start()].rstrip() and _CREDIT_SHAPE.search(credit["credit"].strip())
            and not _spells_out(text[: credit.start()], credit["credit"].strip())):
        return True
    return bool(_PHOTO_LINE.search(text) or _AGENCY_CREDIT.search(text) or _TRAILING_CREDIT.search(text))


def _spells_out(text: str, abbreviation: str) -> bool:
    """The words ending ``text`` have the initials of ``abbreviation``: "… Artificial Intelligence (AI)"
    explains the abbreviation; it credits no one."""
    words = re.findall(r"[^\W\d_]+", text)[-len(abbreviation):]
    return abbreviation.isupper() and "".join(word[0] for word in words).upper() == abbreviation


def _is_dated_caption(text: str) -> bool:
    # A one-sentence description of a picture: "X stands guard … on March 4, 2021."
    # A lead paragraph that opens with its date is not one.
    found = _FULL_DATE.search(text)
    return bool(found) and found.start() > len(text) / 3 and _sentence_count(text) == 1


# --- zones -------------------------------------------------------------------------------


def _next_content(reasons: list[str | None], i: int) -> int | None:
    """The next line after ``i`` that is not an in-body interruption (teaser or advert)."""
    for j in range(i + 1, len(reasons)):
        if reasons[j] not in ("teaser", "advert"):
            return j
    return None


_LABEL_WORDS = 4
"""A list's label over its indented items is this short ("Vorteile", "Was fehlt")."""
_REFERENCE_LINES = 6
"""A book's reference under a review has this many lines at most (see _with_book_reference)."""
_SIGN_OFFS = ("pager", "signature")
"""Lines that close a post: what stands between the body and them is the post's (see _to_sign_off)."""
_INTERRUPTIONS = ("teaser", "advert", "caption", "photo credit", "picture", "rule", "embed")
# What the page's lines cost a run of article text (see _line_score); tuned on the development pages.
_SHORT_LINE_COST = -0.7
_HEADING_COST = -0.2
_CAPTION_WORDS = 12
"""A short line over a photo credit is the picture's description (this many words at most)."""
_BROKEN_LINE_COST = -0.1
"""What a short line broken off a paragraph costs (see _line_scores)."""
_FRAGMENT_END = re.compile(r"[,;:.!?…][\"'”’“‘»«›‹)\]]*$")
"""How a piece of a sentence ends: with a comma, a colon or a stop."""
_GAP_GROWTH = 3
"""A gap's n-th line costs n times its own cost, up to this many times."""
_TITLE_SENTENCE_WORDS = 15
"""A headline said as a sentence (see _read_header) is this short."""
_DATELINE_WORDS = 6
"""A line this short with a date in it is a dateline (a date and a section, a place or a name)."""
_SHARE_LINES = 4
"""Short lines (share buttons) that may stand between a headline and its standfirst."""
_NEAR_LINES = 4
"""How far above the headline, or below the body, a page states the article's date at most."""
_BOX_LINES = 15
"""A box between paragraphs has this many lines at most (a longer run is the page around the article)."""
_BOX_LINE_WORDS = 12
"""Each line of a box is short: a name, a price, a button, a question, a promise."""
_RESUME_SHORT_LINES = 1
"""Short lines that may stand between the two paragraphs after a box (see _resumes)."""
_BOX_LINE_COST = -0.1
"""What a line of a box costs: the box is one interruption."""
_RIVAL_SHARE = 0.6
"""A run weighing this share of the heaviest is an article of its own (see _article_run)."""
_CHEAP_GAP = 3.0
"""A gap costing less than this is crossed at the article's end (see _extend)."""
_RULE = re.compile(r"^[\s━─—–=_*~·•-]{3,}$")


def _line_score(text: str, reason: str | None, prose: bool, repeated: bool, alone: bool, item: bool,
                after_prose: bool) -> float:
    """What a line adds to a run of article text: prose by its length, anything else a cost.

    Short interruptions (captions, teasers, adverts) cost little; a menu line costs one; a
    script, a notice or a line the page repeats (menus, rules shown twice) costs two, and
    repeated prose adds nothing; a short line alone in its block (a subheading) costs
    little, as does a list item (less in a list that follows a paragraph or a lead-in);
    a signature closes the article.
    """
    if reason in _INTERRUPTIONS:
        return -0.5
    if reason == "signature":
        return -10.0  # "Source: X", "Reporting by X": the article has ended
    if reason:
        return -2.0
    if item:
        return -0.1 if after_prose else -0.5
    if prose:
        return 0.0 if repeated else min(len(text), 1000) / 100
    if repeated:
        return -2.0
    return _HEADING_COST if alone else _SHORT_LINE_COST


def _list_items(lines: list[_Line], reasons, prose) -> set[int]:
    """Lines that are items of a list: marked ("1.", "•"), or the short lines of the block right
    after a lead-in ending in ":" that follows a paragraph or such a list ("Hier die genauen Maße:")."""
    marked = {i for i, line in enumerate(lines) if _LIST_ITEM.search(line.text) and not reasons[i]}
    items = marked | _labelled_lists(lines, reasons, prose)
    for i, line in enumerate(lines[:-1]):
        after_prose = any((prose[k] or k in items) and k not in marked for k in range(max(i - 2, 0), i))
        if not (line.text.endswith(":") and len(line.text.split()) <= 15 and after_prose):
            continue
        block = lines[i + 1].block
        for j in range(i + 1, len(lines)):
            text = lines[j].text
            if lines[j].block != block or reasons[j] or len(text.split()) > 20 or text.endswith(":"):
                break
            items.add(j)
    return items


def _labelled_lists(lines: list[_Line], reasons, prose) -> set[int]:
    """A label and the short lines indented under it in its block, as a text browser shows a list
    without bullets ("Vorteile" over "    Niedriger Preis", "    Gute Verarbeitung")."""
    found: set[int] = set()
    for i, line in enumerate(lines):
        if line.indented or (i and lines[i - 1].block == line.block) or reasons[i] or prose[i] \
                or len(line.text.split()) > _LABEL_WORDS or _FRAGMENT_END.search(line.text):
            continue
        under = list(itertools.takewhile(lambda j: lines[j].block == line.block, range(i + 1, len(lines))))
        if under and all(lines[j].indented and not reasons[j] and not prose[j] for j in under):
            found.update([i, *under])
    return found


def _line_scores(lines: list[_Line], reasons, prose, repeated: set[str], in_body: set[int],
                 items: set[int]) -> list[float]:
    """Each line's :func:`_line_score`; a list between paragraphs (``in_body``) costs nothing.

    Each line of a gap between paragraphs costs more than the one before: a subheading
    or a caption is an interruption, a dozen short lines are the page around the article.
    A list (``items``) is one interruption: its items cost alike, as do the lines of a box
    (see _mark_boxes). So is a short line broken off a paragraph: in the block of a prose
    line, ending as a piece of a sentence does (a quoted exclamation, "Name, role," over a
    sentence).
    """
    scores = []
    gap = 0
    list_after_prose = False
    prose_blocks = {line.block for i, line in enumerate(lines) if prose[i] and _key(line.text) not in repeated}
    for i, line in enumerate(lines):
        item = i in items
        if item and i - 1 not in items:
            list_after_prose = i > 0 and (prose[i - 1] or lines[i - 1].text.endswith(":"))
        broken = (line.block in prose_blocks and not prose[i] and reasons[i] is None
                  and _key(line.text) not in repeated and bool(_FRAGMENT_END.search(line.text)))
        if i in in_body:
            score = 0.0
        elif reasons[i] == "box":
            score = _BOX_LINE_COST
        elif broken and not item:
            score = _BROKEN_LINE_COST
        else:
            score = _line_score(line.text, reasons[i], prose[i], _key(line.text) in repeated, _alone(lines, i),
                                item, list_after_prose)
        if not (item or broken or reasons[i] == "box"):
            gap = gap + 1 if score <= 0 else 0
            score *= min(max(gap, 1), _GAP_GROWTH)
        scores.append(score)
    return scores


def _article_run(scores: list[float]) -> tuple[tuple[int, int], float] | None:
    """The first run of the page that holds a good share of its article text, and the weight
    of the page's heaviest run.

    A page that scrolls on into the next articles (or recommends them at length) has
    several runs of prose, each the best of its stretch of the page (between points where
    everything before weighs nothing); the page's own article is the first of those that
    weigh nearly as much as the heaviest (:data:`_RIVAL_SHARE`), not whichever is longest.
    """
    runs: list[tuple[float, tuple[int, int]]] = []
    total, start = 0.0, 0
    for i, score in enumerate(scores):
        if total <= 0:
            total, start = 0.0, i
            runs.append((0.0, (i, i)))
        total += score
        if total > runs[-1][0]:
            runs[-1] = (total, (start, i))
    heaviest = max((weight for weight, _ in runs), default=0.0)
    if heaviest <= 0:
        return None
    return next(run for weight, run in runs if weight >= _RIVAL_SHARE * heaviest), heaviest


def _extend(scores: list[float], end: int, texts: list[str], crossable: list[bool], items: set[int],
            limit: float = _CHEAP_GAP) -> int:
    """Carry the run's end over a cheap gap (costing less than ``limit``) of list items, captions
    and lead-ins to the prose beyond.

    The article's last short paragraphs may not pay for the list or the caption before
    them; they are the article all the same, as is a list right after the last one. A
    heading is not crossed: after the end of the article it opens something else
    (related posts, comments).
    """
    cost, i = 0.0, end + 1
    while i < len(scores) and cost + min(scores[i], 0) > -limit:
        if scores[i] > 0:
            end, cost = i, 0.0
        elif not crossable[i]:
            break
        else:
            cost += scores[i]
        i += 1
    last = end
    while last + 1 < len(scores) and last + 1 in items:
        last += 1
    # A list right after the last paragraph, unless its items are single words (share buttons, tags).
    words = [len(texts[i].split()) - 1 for i in range(end + 1, last + 1)]
    return last if words and sum(words) >= 2 * len(words) else end


_ANNOUNCING_WORDS = 8
"""A lead-in this long is a sentence of the report ("To judge the herd's health the farmer can use three
signs:"), not a label ("Share on:", "Mehr zum Thema:")."""


def _announces(text: str) -> bool:
    """A sentence of the report that announces what follows it (a list, an address), ending in a colon."""
    return _is_lead_in(text) and word_count(text) >= _ANNOUNCING_WORDS


def _is_lead_in(text: str) -> bool:
    """A sentence that announces a list: "So sieht der Zeitplan aus:"."""
    return text.endswith(":") and len(text.split()) >= 3


def _alone(lines: list[_Line], i: int) -> bool:
    """The line is a block of its own (blank lines around it)."""
    block = lines[i].block
    return (i == 0 or lines[i - 1].block != block) and (i + 1 == len(lines) or lines[i + 1].block != block)


_QUOTATION_LINES = 4
"""A quotation broken over lines spans this many at most (see _quoted_lines)."""


def _quoted_lines(texts: list[str], start: int, end: int) -> set[int]:
    """The lines of ``texts[start:end + 1]`` inside a quotation broken over lines: from one that
    opens a quotation it leaves open (a short first sentence, '"We are family.') to the one that
    closes it, a few lines on. Such a line is the report's text, however short."""
    depths = [_quote_depth(text) for text in texts]
    inside: set[int] = set()
    for first in range(start, end + 1):
        if depths[first] != (0, 1):
            continue
        for last in range(first + 1, min(end, first + _QUOTATION_LINES - 1) + 1):
            if depths[last][0] < 0:
                inside.update(range(first, last + 1))
                break
            if depths[last] != (0, 0):
                break
    return inside


def _quote_depth(text: str) -> tuple[int, int]:
    """How deep the line's double quotation marks go below its start (``-1``: it closes one opened
    before it) and where they leave it (``1``: it opens one it does not close). A straight mark
    opens after a space or at the start, and closes after anything else."""
    depth = lowest = 0
    for at, char in enumerate(text):
        if char in "“«" or char == '"' and (at == 0 or text[at - 1] in " ([") and text[at + 1 : at + 2].strip():
            depth += 1
        elif char in '”»"':
            depth -= 1
            lowest = min(lowest, depth)
    return lowest, depth


def _is_subheading(lines: list[_Line], i: int, prose, repeated: set[str], items: set[int]) -> bool:
    """A short line alone in its block, said once, with a paragraph, a list or a lead-in to one right after it."""
    line = lines[i]
    return (
        _alone(lines, i) and i + 1 < len(lines) and (prose[i + 1] or i + 1 in items or _is_lead_in(lines[i + 1].text))
        and _key(line.text) not in repeated and len(line.text.split()) <= 15 and i not in items
    )


def _why(texts, reasons, scores, run: tuple[int, int], heaviest: float, start: int, end: int,
         comments: int | None) -> tuple[str, str]:
    """Where the body starts and ends, and why, for the user who wonders (``--verbose``)."""
    def quote(i: int) -> str:
        return f"'{texts[i][:60]}{'…' * (len(texts[i]) > 60)}'"

    paragraphs = sum(1 for i in range(run[0], run[1] + 1) if scores[i] > 0)
    weight = sum(scores[run[0]:run[1] + 1])
    if weight < heaviest:
        began = (f"body starts at {quote(start)}: the first run of prose paragraphs ({paragraphs}) that weighs "
                 f"at least {_RIVAL_SHARE:.0%} of the heaviest further down, another article (score {weight:.1f} "
                 f"of {heaviest:.1f})")
    else:
        began = (f"body starts at {quote(start)}: the run of {paragraphs} prose paragraphs that outweighs "
                 f"everything else on the page (score {weight:.1f})")
    if start != run[0]:
        began += f"; {quote(run[0])} above it, over a caption, is the standfirst"
    after = end + 1
    if after >= len(texts):
        ended = f"body ends at {quote(end)}: the page ends there"
    elif reasons[after] == "signature":
        ended = f"body ends at {quote(end)}: {quote(after)} signs the article off"
    elif reasons[after] == "pager":
        ended = f"body ends at {quote(end)}: {quote(after)} links to the site's neighbouring posts"
    elif reasons[after] == "credit":
        ended = f"body ends at {quote(end)}: {quote(after)} says where the post's link was found"
    elif comments is not None and not any(reasons[i] in _SIGN_OFFS for i in range(after, comments)):
        ended = f"body ends at {quote(end)}, above the readers' comments (from {quote(comments)} on)"
    elif (box := next((i for i in range(after, len(texts)) if reasons[i] == "author box"), None)) is not None:
        ended = (f"body ends at {quote(end)}: {quote(box)} and the paragraph that starts with that name "
                 "are the author's box")
    else:
        ended = (f"body ends at {quote(end)}: from {quote(after)} on, the lines that are not prose "
                 "cost more than the prose after them adds")
    if end > run[1]:
        ended += f" (carried on beyond {quote(run[1])})"
    return began, ended


def _after_standfirst(texts, reasons, prose, start: int, end: int) -> tuple[int, int]:
    """A one-sentence line with a picture's caption under it is a standfirst, not the lead;
    a headline that exclaims or asks ("Grundeinkommen ist ein Menschenrecht!") is not the lead either."""
    following = next((j for j in range(start + 1, end + 1) if prose[j]), None)
    if following and _is_headline(texts[start]) and len(texts[start].split()) < len(texts[following].split()):
        start = following
    following = next((j for j in range(start + 1, end + 1) if prose[j]), None)
    between = range(start + 1, following or start + 1)
    if following and any(reasons[j] == "caption" for j in between) and _sentence_count(texts[start]) == 1:
        return following, end
    return start, end


def _to_sign_off(texts, reasons, prose, repeated: set[str], items: set[int], end: int) -> int:
    """The body's end carried on to the paragraph right above the post's sign-off (links to the
    neighbouring posts, a source line) when only plain lines stand between: short lines and
    prose, no menu, list, picture, date, form or repeated line (those belong to the page), and
    two paragraphs at least (one alone under a heading is an author's or a teaser's box)."""
    for i in range(end + 1, len(texts)):
        if reasons[i] in _SIGN_OFFS:
            return i - 1 if prose[i - 1] and sum(prose[end + 1:i]) >= 2 else end
        if reasons[i] or i in items or _key(texts[i]) in repeated or find_date(texts[i]):
            return end
    return end


def _with_book_reference(lines: list[_Line], reasons, prose, end: int) -> int:
    """The body's end carried over the block right under it when that block is the reviewed book's
    reference (author, title, a line with publisher and ISBN, price): the review's, kept line by line."""
    if end + 1 == len(lines) or lines[end + 1].block == lines[end].block:
        return end
    block = list(itertools.takewhile(lambda i: lines[i].block == lines[end + 1].block, range(end + 1, len(lines))))
    if (len(block) > _REFERENCE_LINES or any(reasons[i] or prose[i] for i in block)
            or not any(_ISBN.search(lines[i].text) for i in block)):
        return end
    for i in block:
        prose[i] = True
    return block[-1]


def _with_linked_title(lines: list[_Line], reasons, prose, end: int) -> int:
    """A link post ends with the title of the piece it points to, then where the blogger found
    it ("(via Example Blog)"): that title, alone right under the last paragraph, is the post's."""
    title, credit = end + 1, end + 2
    if (credit < len(lines) and _VIA.match(lines[credit].text) and reasons[title] is None
            and _alone(lines, title) and _is_headline(lines[title].text)):
        prose[title], reasons[credit] = True, "credit"
        return title
    return end


def _before_author_box(texts, reasons, prose, start: int, end: int) -> int:
    """The body's end above the author's box: the last paragraph starting with the name on
    the line above it ("Erika Muster" over "Erika Muster schreibt seit 2010 über …") is a
    note about the author, not the article's end."""
    last = max((i for i in range(start + 2, end + 1) if prose[i]), default=None)
    if last is None:
        return end
    name = texts[last - 1]
    if _is_brand(name) and len(name.split()) >= 2 and texts[last].startswith(name + " "):
        reasons[last - 1] = reasons[last] = "author box"
        return max(i for i in range(start, last - 1) if prose[i])
    return end


def _date_below(texts: list[str], prose: list[bool], end: int) -> str | None:
    """The date of the first line under the body that states one: where a blog signs its posts
    ("12. September 2013 getaggt mit: …", "Name | 14.05.2009 um 18:03")."""
    for i in range(end + 1, min(end + 1 + _NEAR_LINES, len(texts))):
        if not prose[i] and (found := find_date(texts[i])):
            return found
    return None


def _mark_dated_captions(texts, reasons, prose) -> None:
    """Dated one-sentence descriptions of a picture met before two paragraphs in a row are captions."""
    for i, text in enumerate(texts):
        if not prose[i]:
            continue
        if _is_dated_caption(text):
            reasons[i], prose[i] = "caption", False
            continue
        j = _next_content(reasons, i)
        if j is not None and not prose[j] and reasons[j] is None:
            j = _next_content(reasons, j)
        if j is not None and prose[j] and not _is_dated_caption(texts[j]):
            return


def _mark_lists(texts, reasons, prose) -> set[int]:
    """Count a list between two prose lines as body text: its items and a lead-in ending in ":".

    A list with no prose on both sides (a menu, community rules at the foot) stays page
    furniture. Returns the lines so counted.
    """
    counted = set()
    i = 1
    while i < len(texts):
        lead_in = reasons[i] is None and _is_lead_in(texts[i])
        j = i + 1 if lead_in else i
        while j < len(texts) and reasons[j] is None and _LIST_ITEM.search(texts[j]):
            j += 1
        if j > i + lead_in and prose[i - 1] and j < len(texts) and prose[j]:
            for k in range(i, j):
                prose[k] = True
            counted.update(range(i, j))
        i = max(j, i + 1)
    return counted


def _mark_boxes(lines: list[_Line], reasons, prose) -> None:
    """Mark a box inside the article as one interruption: a shop's (the product, the shops,
    their prices, "to the shop" buttons), a newsletter's sign-up or a poll (a label, a line
    of text, a field or radio buttons, a button).

    It is a run of short lines right under a paragraph, with a price or a form field among
    them and no date (a comment's or a teaser's), the article resuming after it: two
    paragraphs, not a shop's or a newsletter's blurb under the article. The one sentence
    it may hold stands right under its label (a poll's question, a newsletter's promise);
    a subheading that ends it opens the article's next section.
    """
    for i in range(1, len(lines)):
        if prose[i] or not prose[i - 1]:
            continue
        j = i
        while (j < len(lines) and (not prose[j] or j == i + 1) and reasons[j] in (None, "shop", "form", "picture")
               and len(lines[j].text.split()) <= _BOX_LINE_WORDS and not _LIST_ITEM.search(lines[j].text)
               and not find_date(lines[j].text)):
            j += 1
        heading = j - 1 > i and _alone(lines, j - 1) and lines[j - 1].text[:1].isalpha()
        run = range(i, j - heading)
        if (j < len(lines) and _resumes(reasons, prose, j) and len(run) <= _BOX_LINES
                and any(reasons[k] in ("shop", "form") for k in run)):
            for k in run:
                reasons[k], prose[k] = "box", False


def _resumes(reasons, prose, i: int) -> bool:
    """Prose at ``i`` and again after it, with interruptions and one short line (a subheading) at
    most between, not a stray paragraph followed by a menu."""
    if not prose[i]:
        return False
    short = 0
    for k in range(i + 1, len(prose)):
        if prose[k]:
            return True
        if reasons[k] in _INTERRUPTIONS:
            continue
        short += 1
        if reasons[k] is not None or short > _RESUME_SHORT_LINES:
            return False
    return False


def _mark_code(texts, reasons, prose) -> set[int]:
    """Count a block of program code between two prose lines as body text (a blog post's example).

    Code is three or more lines in a row that are not prose, two in three of them shaped
    like code (calls, assignments, braces, dotted or snake_case names, comments,
    decorators). Returns the lines so counted.
    """
    counted: set[int] = set()
    i = 1
    while i < len(texts):
        j = i
        while j < len(texts) and not prose[j] and reasons[j] in (None, "script"):
            j += 1
        shaped = sum(1 for k in range(i, j) if _CODE.search(texts[k]))
        if j - i >= 3 and 3 * shaped >= 2 * (j - i) and prose[i - 1] and j < len(texts) and prose[j]:
            for k in range(i, j):
                prose[k], reasons[k] = True, None
            counted.update(range(i, j))
        i = max(j, i + 1)
    return counted


@dataclass
class _Header:
    """What the lines before the body say about the article; ``roles`` marks the lines used."""

    title: str | None = None
    standfirst: str | None = None
    published: str | None = None
    byline: str | None = None
    brand: str | None = None
    roles: dict[int, str] = field(default_factory=dict)


def _read_header(lines: list[_Line], reasons, prose, counts, start: int) -> _Header:
    """Headline, standfirst, dateline, byline and brand from the lines before the body.

    The headline is the longest stand-alone short line without final punctuation
    near the body, above a date if there is one (navigation, section names and
    share buttons are shorter or farther); the first date after it is the
    publication's. A standfirst is the one-sentence line after it, or first of all
    when there is no headline, but only when a photo caption follows: without
    a picture in between, that line may be the lead paragraph, and the body
    must not lose it. A brand is a masthead: a name-like line among the page's
    first lines that the page repeats.
    """
    head = _Header()
    content = [i for i in range(start) if reasons[i] is None]
    candidates = []
    for i in content:
        text = _breadcrumb_end(lines[i].text)
        if (day := stamp_date(text)) is not None:
            head.published = head.published or day or None
            head.byline = head.byline or posted_by(text)  # a blog's posting line says who, too
            head.roles[i] = "dateline"
        elif byline := _byline_name(text):
            head.byline = head.byline or byline
            head.roles[i] = "byline"
        elif (_is_headline(text) and _opens_block(lines, i, prose, reasons) and not _LIST_ITEM.search(text)
              and not find_date(text)):
            candidates.append(i)
        elif i < 5 and _is_brand(text) and counts[_key(text)] >= 2 and not _labels_menu(lines, text):
            head.brand = head.brand or text
    dated = {i: found for i in content if len(lines[i].text.split()) <= 12 and i not in head.roles and not prose[i]
             and (found := find_date(lines[i].text))}
    # The line a breadcrumb trail ends with names the page; else the longest near the body, over a date.
    headline = max(candidates, default=None, key=lambda i: (
        _ends_breadcrumb(lines, i),
        min(len(_breadcrumb_end(lines[i].text).split()), 15) - (start - i) / 5
        + 4 * any(j in dated for j in range(i + 1, i + 4)) + 6 * _named_above(lines, i)))
    if headline is None:
        # No line reads as a headline: a title said as a sentence, right above the article's dateline.
        datelines = sorted({*dated, *(i for i, role in head.roles.items() if role == "dateline")})
        headline = next((i - 1 for i in datelines if i - 1 in content and i - 1 not in head.roles
                         and _is_sentence_title(lines, i - 1)), None)
    subtitle = None
    if (headline is not None and headline - 1 in candidates and _over_subtitle(lines, headline - 1, headline)
            and (head.roles.get(headline + 1) in ("dateline", "byline") or headline + 1 in dated)):
        headline, subtitle = headline - 1, headline
        head.standfirst = lines[subtitle].text
        head.roles[subtitle] = "standfirst"
    if headline is not None:
        head.title = _breadcrumb_end(lines[headline].text)
        head.roles[headline] = "title"
    if not head.published:
        # The first date stated after the headline (or just above the body): the publication's.
        first = headline if headline is not None else start - 8
        stated = [i for i in sorted(dated) if i > first]
        # Else the date just above the headline ("Author / 6:40 pm Tue Mar 4, 2014").
        stated = stated or [i for i in sorted(dated, reverse=True) if first - _NEAR_LINES <= i < first]
        if stated:
            head.published = dated[stated[0]]
            head.roles[stated[0]] = "dateline"
    rest = [i for i in content if i not in head.roles and (headline is None or i > headline)]
    # Share buttons may stand between the headline and its standfirst.
    first = next((i for i in rest[:_SHARE_LINES + 1] if prose[i]), None)
    if first is not None and head.standfirst is None and all(
            not prose[i] and len(lines[i].text.split()) <= 3 for i in rest[:rest.index(first)]):
        following = [j for j in range(first + 1, start) if reasons[j] != "script" and j not in head.roles]
        pictured = following and (
            (reasons[following[0]] == "caption" and _sentence_count(lines[first].text) == 1)
            or (len(following) <= 3 and not any(prose[j] for j in following)
                and any(reasons[j] in ("caption", "photo credit", "picture") for j in following)))
        # Under the headline and over the dateline and byline, with no prose down to the body: the page's
        # own summary of the article (a "read on" link under it), which the body's start left out.
        announced = (headline is not None and first - headline <= _SHARE_LINES
                     and bool(_PROSE_END.search(lines[first].text)) and not any(prose[j] for j in following))
        if pictured or announced:
            head.standfirst = lines[first].text
            head.roles[first] = "standfirst"
    return head


_KICKER_SHARE = 2 / 3
"""A line over the headline with fewer words than this share of it is a kicker (a topic's name), not the headline."""


def _over_subtitle(lines: list[_Line], upper: int, lower: int) -> bool:
    """Two different lines that read as headlines, each alone in its block, one right under the other (and the
    dateline under them): the upper is the headline and the lower its subtitle, unless the upper is a kicker
    (much shorter) or the page names the lower as its own (its title line, a breadcrumb's end)."""
    texts = [_breadcrumb_end(lines[i].text) for i in (upper, lower)]
    words = [len(text.split()) for text in texts]
    trail = texts[0] != lines[upper].text  # a breadcrumb trail ("Home > News > Headline") names the page
    return (not trail and _key(texts[0]) != _key(texts[1]) and lines[lower].block - lines[upper].block == 1
            and _alone(lines, upper) and _alone(lines, lower)
            and words[0] >= max(_MIN_PROSE_WORDS, _KICKER_SHARE * words[1])
            and not (_named_above(lines, lower) or _ends_breadcrumb(lines, lower)))


def _is_sentence_title(lines: list[_Line], i: int) -> bool:
    """A short line of one or two sentences alone at the top of its block ("We read the ruling. Here is what
    it says.")."""
    text = lines[i].text
    return (2 <= word_count(text) <= _TITLE_SENTENCE_WORDS and text[:1].isupper() and _sentence_count(text) <= 2
            and (i == 0 or lines[i - 1].block != lines[i].block) and not _LIST_ITEM.search(text))


def _ends_breadcrumb(lines: list[_Line], i: int) -> bool:
    """The line above is a list's item saying the same: the end of a breadcrumb trail ("1. Home",
    "2. Region", "3. Headline"), which names the page it leads to."""
    above = lines[i - 1].text if i else ""
    return bool(_LIST_ITEM.search(above)) and _key(_LIST_ITEM.sub("", above)) == _key(lines[i].text)


def _named_above(lines: list[_Line], i: int) -> bool:
    """Higher up, the page names the line as its own: its title line ("Headline - Site", where a copied
    page starts) or the last step of a short list (a breadcrumb trail with other lines between)."""
    key = _key(_breadcrumb_end(lines[i].text))
    for j in range(i):
        text = _key(lines[j].text)
        if text.startswith(key) and _SITE_SUFFIX.fullmatch(text[len(key):]):
            return True
        step = _LIST_ITEM.sub("", lines[j].text)
        if step != lines[j].text and _key(step) == key and _ends_short_list(lines, j):
            return True
    return False


def _ends_short_list(lines: list[_Line], j: int) -> bool:
    """The item is the last of a list of at most five (a breadcrumb trail, not a menu)."""
    def item(k: int) -> bool:
        return 0 <= k < len(lines) and lines[k].block == lines[j].block and bool(_LIST_ITEM.search(lines[k].text))
    above = next((n for n in range(1, 6) if not item(j - n)), None)
    return not item(j + 1) and above is not None


def _labels_menu(lines: list[_Line], text: str) -> bool:
    """Somewhere on the page the line heads a list: a menu's label ("Sections", then its links), which
    a page repeats as it repeats its menus, not the masthead."""
    key = _key(text)
    return any(_key(line.text) == key and following.block - line.block <= 1 and _LIST_ITEM.search(following.text)
               for line, following in itertools.pairwise(lines))


def _byline_name(text: str) -> str | None:
    """Who a byline ("By Name") or an author's credit ("Autor: Name, Institut") names."""
    return byline(text) or _author_credit(text)


def _author_credit(text: str) -> str | None:
    """The credit of an "Autor: …" line (a short line, no sentence, no photo credit in it), else None."""
    found = _AUTHOR_CREDIT.match(text)
    if found and not is_prose(text) and len(text.split()) <= 15 and not _PHOTO_LABEL.search(text):
        return found["name"]
    return None


def _breadcrumb_end(text: str) -> str:
    """The last step of a breadcrumb trail ("Home > News > Port reopens" -> "Port reopens"), else the
    text; without a picture's placeholder a text browser puts before it ("[logo] Port reopens")."""
    steps = re.split(r"\s[>»›]\s", text)
    return re.sub(r"^\[[^\]]*\]\s*", "", steps[-1].strip() if len(steps) >= 3 else text)


def _opens_block(lines: list[_Line], i: int, prose, reasons) -> bool:
    """A line that starts its block and is not one of a run of short lines (a menu). What stands apart
    from the lines under it does not count: a search field, a picture, a dateline above a headline."""
    if i > 0 and lines[i - 1].block == lines[i].block and not (
            reasons[i - 1] in ("form", "picture") or _is_dateline(lines[i - 1].text)):
        return False
    following = i + 1
    return following >= len(lines) or lines[following].block != lines[i].block or bool(
        prose[following] or reasons[following] == "caption" or stamp_date(lines[following].text) is not None
        or byline(lines[following].text)
    )


def _is_dateline(text: str) -> bool:
    """A date stamp, or a short line stating a date ("22.05.2014 - Region")."""
    return stamp_date(text) is not None or (len(text.split()) <= _DATELINE_WORDS and find_date(text) is not None)


def _is_headline(text: str) -> bool:
    """Two to twenty words, not starting in lower case (after a quotation mark), not a sentence.

    A headline may ask or exclaim ("Is this the end?"); it does not end with a full stop or a colon.
    """
    words = word_count(text)  # CJK headlines have no spaces
    first = text.lstrip("\"'“”„‘’‚«»‹›「『")[:1]
    return (2 <= words < _LONG_LINE_WORDS and bool(first) and not first.islower()
            and not re.search(r"[.:;,。，]$", text) and (not is_prose(text) or words <= 15)
            and len(re.findall(r",\s", text)) < 3)  # a list of tags is no headline (a decimal comma is no list's)


def _is_brand(text: str) -> bool:
    """A name: capitalised words (two or more, or one with inner capitals, "CHIP", "TechCrunch")."""
    small = {"and", "of", "the", "&", "for", "in", "on"}
    words = text.split()
    return 1 <= len(words) <= 6 and not re.search(r"\d|[.!?:]$", text) and all(
        w[:1].isupper() or w in small for w in words
    ) and (len(words) > 1 or any(c.isupper() for c in text[1:]))


def _footer_reason(text: str, reason: str | None, repeated: set[str], in_comments: bool) -> str:
    """Why a line after the body goes; text seen twice, or the start of such text, is "repeated"."""
    if reason:
        return reason
    key = _key(text)
    if key in repeated or (len(key) >= 30 and any(other.startswith(key) for other in repeated)):
        return "repeated"
    if _LIST_ITEM.search(text):
        return "list"
    if in_comments:
        return "comment-section"
    return "menu"


# --- outlet ------------------------------------------------------------------------------


_MASTHEAD_LINES = 15
"""The page's first lines, where its masthead's name comes again (its menu, its social links)."""
_LOGO_WORDS = 8
"""A logo's text is a name: this many words at most."""
_FOOT_LINES = 5
"""The page's last lines, where a site may sign with its name."""
_HOST = re.compile(HOST, re.IGNORECASE)
# "2007-2019 Example News": a copyright notice without its sign, at the page's foot.
_YEARS_AND_NAME = re.compile(
    r"^(?P<since>(?:19|20)\d\d)\s*[-–]\s*(?P<year>(?:19|20)\d\d)\s+(?P<name>[^\W\d][^|©\d]*)$")
# "Example Media GmbH", "Example, Inc.", "Example Verlag GmbH & Co. KG": a company's legal form.
_LEGAL_FORM = re.compile(r",?\s+(GmbH( (&|und) Co\.? KG)?|Inc|Ltd|LLC|AG|KG|plc|S\.A|SAS|SE|Corp|e\.V)\.?$")
# "example.de - The magazine for …": a site saying what it is.
_SELF_DESCRIPTION = re.compile(r"(\S+)\s+[|\u2013\u2014-]\s+\w")
_MASTHEAD_PARTS = re.compile(r"\s+[|\u2013\u2014·•-]\s+")


def _masthead(texts: list[str]) -> str | None:
    """The site's name the page opens with (its logo's text), after a link to skip to the content: a
    host alone or beside a tagline ("Tagline | example.de"); a name its logo's picture says again on
    the line ("Example Example"); or a name the next lines repeat ("Example", then "Example on
    Twitter", "About Example"), or the page's foot ("Example, proudly powered by …")."""
    first = next((text for text in texts[:2] if not _SKIP_LINK.search(text)), None)
    if first is None:
        return None
    if host := next((part for part in reversed(_MASTHEAD_PARTS.split(first)) if _HOST.fullmatch(part)), None):
        return host
    if _said_twice(first):
        words = first.split()[: len(first.split()) // 2]
        return " ".join(words) if len(words) <= _LOGO_WORDS and not re.search(r"\d|[.!?:,;]$", first) else None
    words = first.split()
    if not (1 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and not re.search(r"\d|[.!?:,;]$", first)):
        return None
    named = re.compile(rf"(?<!\w){re.escape(first)}(?!\w)")
    index = texts.index(first)
    repeats = sum(bool(named.search(text)) for text in texts[index + 1:_MASTHEAD_LINES])
    return first if repeats >= 2 or any(named.match(text) for text in texts[-_FOOT_LINES:]) else None


def _self_description(texts: list[str]) -> str | None:
    """The host a line above the article describes the site with ("example.de - The magazine for …")."""
    for text in texts:
        if (found := _SELF_DESCRIPTION.match(text)) and _HOST.fullmatch(found[1]):
            return found[1]
    return None


def _foot_address(texts: list[str]) -> str | None:
    """The host a line of the page's foot gives alone ("www.example.de"): the site's own address."""
    return next((text.removeprefix("www.") for text in texts[-_FOOT_LINES:] if _HOST.fullmatch(text)), None)


def _host_heading(texts: list[str]) -> str | None:
    """A host that opens several of the page's lines ("Example.com Apps", "Example.com Newsletter"): the
    site's own boxes; not a list's items (links to other sites)."""
    openers = Counter(words[0] for text in texts if not _LIST_ITEM.search(text)
                      and len(words := text.split()) >= 2 and _HOST.fullmatch(words[0]))
    return next((host for host, count in openers.most_common(1) if count >= 2), None)


def _copyright_holder(texts: list[str]) -> str | None:
    """Who the page's dated copyright notice names ("© 2019 example.de", "Copyright © 2004-2018 X GmbH",
    "2004-2018 X" among the last lines): the site, at its foot. A notice without a year is a photo's credit."""
    for index, text in enumerate(reversed(texts)):
        notice = _COPYRIGHT.search(text) or (index < _FOOT_LINES and _YEARS_AND_NAME.match(text))
        if notice and (notice["since"] or notice["year"]):
            name = re.sub(r"^(by|www\.)\s*", "", notice["name"].strip(" -–,.:"), flags=re.IGNORECASE)
            name = _LEGAL_FORM.sub("", name)  # the company's form is no part of the site's name
            if name and len(name.split()) <= 6 and not _COPYRIGHT_WORDS.search(name):
                return name
    return None


def _cookie_notice_owner(texts: list[str], reasons: list[str | None]) -> str | None:
    """The site a cookie notice names as its subject ("Example Times uses cookies …"): the page's own."""
    for text, reason in zip(texts, reasons):
        owner = _COOKIE_OWNER.match(text) if reason == "cookie notice" else None
        if owner and not _NOT_AN_OWNER.search(owner["name"]):
            return owner["name"]
    return None


def _signature_name(text: str) -> str | None:
    for pattern in _SIGNATURES:
        match = pattern.match(text)
        if match and len(match["name"].split()) <= 6:
            return match["name"]
    return None


def _signature_outlet(texts, reasons) -> str | None:
    """The outlet a signature names: "Source: X and agencies", "Follow X on …", "More from X Staff"."""
    for text, reason in zip(texts, reasons):
        if reason == "signature":
            name = _NAME_TAIL.sub("", (_signature_name(text) or "").strip())
            # "TRTWorld" as one word in a signature is "TRT World".
            name = re.sub(r"([A-Z]{2,})(?=[A-Z][a-z])", r"\1 ", name)
            if name:
                return name
    return None
