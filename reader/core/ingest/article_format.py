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

Keys are case-insensitive; ``role`` is ``report`` (the default) or ``source``; ``caption`` may
repeat; unknown keys are an error (a typo should not silently drop metadata). Paragraphs are
separated by blank lines; line breaks inside a paragraph are joined with a space. Text as it
usually arrives (scraped or copied) has no blank lines: there each line is a
paragraph, unless the text was hard-wrapped (:func:`unwrap` joins it back).
A file without a header is all body, except a first line that reads as a
headline (:func:`reads_as_headline`): that is its title.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from reader.core.ingest.markdown_text import read_markdown, written_in_markdown
from reader.core.vocabulary import CALENDAR_WORDS, MONTH_NUMBERS, MONTH_STARTS, TITLE_JOINERS

FIELDS = ("outlet", "title", "standfirst", "published", "url", "byline", "role")
ROLES = ("report", "source")
"""``role: source`` marks a press release, statement or transcript the reports are measured against."""
_REPEATED = "caption"
_FENCE = "---"
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")
_SENTENCE_INSIDE = re.compile(r"[a-z\d]{3}[.!?…][\"'”’»)]*\s+[\"“‘„«(]?[A-ZÀ-ÖØ-Þ]|[。！？][」』”]*\s*[^\s」』”]")
FULL_STOP = re.compile(r"[.。．][\"'”’»)」』]*$")
"""A line ending in a full stop, in any script, closing marks after it (``came.»``, ``来了。」``)."""
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)」』]*$")
SENTENCE_CLOSE = re.compile(r"[.!?…][\"'”’»)]*$")
"""A line or paragraph ending a sentence in a script that spaces its words (a CJK stop ends many a wrapped line)."""
_LIST_MARK = re.compile(r"^\s*(\d{1,3}[.)]|[•·▪●◦*□■–-])\s")
_BULLETS = "•·▪●◦*□■"
_PLACEHOLDER = re.compile(r"^\s*(\[[^\]\s]*\]\s*)+$")
_FILE_NAME_WORD = re.compile(r"[^\s_.-]+")
# What a saved copy adds to a file's name: a counter ("page (2)"), a copy mark ("page copy", "page - Copy"),
# a second extension ("page.html.txt").
_FILE_NAME_TAIL = re.compile(
    r"(\s*[(\[]\d{1,3}[)\]]|[\s_-]+(-\s+)?copy(\s*\d{1,3})?|\.(s?html?|xhtml|php\d?|aspx?|jsp|te?xt|md|markdown))+$",
    re.IGNORECASE)
HOST_LABELS = r"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+"
"""A site's host up to its last label (``news.example.co.``): letters, digits and inner hyphens, each label
with its dot; one spelling for each pattern that reads a host (ignoring case)."""
HOST = HOST_LABELS + r"[a-z]{2,6}"
"""A site's host, its last label two to six letters (``news.example.co.uk``)."""
_HOST_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?", re.IGNORECASE)
_AFTER_HOST = ("", " ", "\t", "_", ".", "(", "-")
# A line that is only a date and time stamp: "Updated: June 3, 2016 07:15 CET", "Published on:
# Mon, 6 Jun 2016 at 11:40 GMT", "Tuesday, March 12, 2019", "2019-03-12 10:05", "9:05 AM PDT 5/14/2018",
# "Posted 6/3/2016 7:15 AM | Updated 2:20 PM": a label, a weekday, a date and a time, each but the date optional.
_MONTH = "(" + "|".join(MONTH_STARTS) + r")[a-z]*\.?"
_ZONE = r"(\s*(?-i:[A-Z]{2,5})([+-]\d{1,2}(:\s?\d{1,2})?)?)?"
_CLOCK = rf"(\d{{1,2}}[:.]\s?\d\d(:\d\d)?(\s*([ap]\.?m\.?|hrs))?|[0-2]\d[0-5]\d(?=\s*(?-i:[A-Z]{{2,5}})\b)){_ZONE}"
_TIME = rf"{_CLOCK}(\s*\({_CLOCK}\))?"
"""A time of day, its zone, and the same time in another zone after it: "05:40 PM ET", "0820 GMT (1620 HKT)"."""
_LABEL = r"((last\s+|first\s+)?(updated|published|posted|modified)\b(\s+(on|at))?\s*:?\s*(on\s+)?|date\s*:\s*|on\s+)?"
# A wire's or agency's tag before the date ("WIRE Nov 12, 2011", "FOR IMMEDIATE RELEASE"), its city after it
# ("… 05. 51AM IST HARBOURTON:", "…, 2013-HARBOURTON-"): both in capitals, the city ending the line with a colon or
# a dash. Or the city first, as written ("Harbourton, Nov 12, 2011"), and the agency's tag last ("(WIRE)").
_AGENCY = r"((?-i:[A-Z]{2,}(\s+[A-Z]{2,}){0,2})\s*[|,]?\s+)?"
_PLACE = r"((,?\s+|\s*[\u2013\u2014-]\s*)(?-i:[A-Z][A-Z.'-]+(\s+[A-Z][A-Z.'-]+){0,3})\s*[:\u2013\u2014-])?"
_CITY = r"(?-i:[A-Z][\w.'-]*(\s+[A-Z][\w.'-]*){0,3}),\s+"
_TAG = r"(\s*\((?-i:[A-Z]{2,6})\))?"
# The stamp and posting patterns below are compiled when first used (re's own cache, the flags inline): a dossier
# of article files, each with its header, seldom needs them, and compiled on import they were ~6 ms of the CPU the
# reader spent before its first frame.
_STAMP = (
    rf"(?i){_AGENCY}({_CITY})?{_LABEL}({_TIME}\s*[,|@]?\s*(on\s+)?)?((mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    rf"((?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(st|nd|rd|th)?,?\s+(?P<year>\d{{4}})"
    rf"|(?P<day_first>\d{{1,2}})(st|nd|rd|th)?\s+(?P<month_after>{_MONTH}),?\s+(?P<year_after>\d{{4}})"
    r"|(?P<iso>\d{4}-\d\d-\d\d)|(?P<slashed>\d{1,2}/\d{1,2}/(\d\d){1,2}))"
    rf"(,?\s*(at\s+|[|@/-]\s*|T)?{_TIME})?\s*\.?{_PLACE}{_TAG}"
)
_TIME_STAMP = rf"(?i){_LABEL}{_TIME}"
"""A second stamp after the first may give the time alone ("… | Updated 4:17 AM PDT"), and so may a line
("Updated 8:15 AM", "3:27 pm"); a line of a number alone ("10.30") is none."""
_DATELINE = rf"(?i){_CITY}{_MONTH}\s+\d{{1,2}}(st|nd|rd|th)?\s*[:\u2013\u2014-]"
"""A dateline with no year, the city first, before the lead: "Harbourton, Nov 12 -"."""
_SECOND_STAMP = r"(?i)(?<=\S)(?<!last)(?:\s*(?:[|,;]|-+))*\s+(?=(?:last\s+)?updated\b)"
_US_ZONE = r"\b[ECMP][SD]?T\b"
"""A United States time zone (ET, EDT, PST...): the slashed date beside it is month first."""
STAMP_CHARS = 80
"""A date stamp is no longer than this."""
STAMP_LINES = 3
"""A stamp among this many first paragraphs dates the article (a dateline under the headline)."""
# A station-style name that carries a digit ("wxr9tv", "ny1"): two letters first, then letters and digits.
_BRAND_WITH_DIGITS = re.compile(r"[^\W\d_]{2}\w{0,10}")
_NUMBER_BRAND = re.compile(r"\d{1,2}[^\W\d_]{3,12}")
"""A name that begins with its number, then letters only (``7news``, ``20minutes``): no id, which mixes them."""
_SHORT_BRAND = re.compile(r"(?=\w*[^\W\d_]{2})[^\W_]{2,6}")
"""A short name of digits and letters with two letters in a row (``3120fm``, ``wkr9``, ``k7tv``): the name, when
every part after it holds digits too (ids); not ``f3a9``, an id's look."""


_BYLINE = re.compile(r"^(?i:by|written by)\s+(?P<name>[A-Z][\w.'’-]*(\s+(and\s+)?[A-Z][\w.'’-]*){0,5})$")


def byline(line: str) -> str | None:
    """The name a byline alone on its line gives: "By Jana Roe", "By Jana Roe and Ola Brekke"; no sentence ("By
    Monday, the …"), nor a day, a month or words a name does not hold ("By Tuesday Evening", "By Order Of The Court")."""
    found = _BYLINE.match(line)
    if found and not any(word.lower() in CALENDAR_WORDS or word.lower() in TITLE_JOINERS - {"and"}
                         for word in found["name"].split()):
        return found["name"]
    return None


class FormatError(ValueError):
    """The header is malformed; the message is one line meant for the user."""


@dataclass(frozen=True)
class ArticleText:
    """A parsed article file before cleaning: metadata and paragraph texts."""

    meta: dict[str, str]
    captions: tuple[str, ...]
    paragraphs: tuple[str, ...]
    notes: tuple[str, ...] = ()
    """Header problems the article opens despite (an impossible date, left out)."""
    headings: tuple[int, ...] = ()
    """The paragraphs that are a Markdown body's subheads: shown, no passages."""


def split_paragraphs(text: str) -> tuple[str, ...]:
    """Blank-line separated blocks, each stripped and with inner line breaks joined; text with no blank line at
    all has one paragraph per (unwrapped) line (see :func:`_paragraphs`)."""
    return _paragraphs(text, plain=False)[0]


def _paragraphs(text: str, plain: bool) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The paragraphs of ``text``, and those its blank lines alone set off (the headline is weighed against these).

    Text with no blank line at all has one paragraph per (unwrapped) line, and so has a ``plain`` text (no header)
    whose blank lines set off its head alone (:func:`_head_set_off`): a headline, a blank line, then one paragraph per line is
    how most copied text arrives, and that blank line does not make the rest one paragraph. Lines hard-wrapped at
    one width are joined back (:func:`unwrap`), over the whole text: a block's few lines do not show the width.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    blocks = _BLANK_LINE.split(text)
    if "\n" in text and len(blocks) == 1:
        lines = _lines(text)
        return lines, lines
    paragraphs = []
    for block in blocks:
        # Most paragraphs are one line: strip it without the per-line join (a third of the load time).
        lines = block.split("\n") if "\n" in block else None
        joined = " ".join(line.strip() for line in lines if line.strip()) if lines else block.strip()
        if joined:
            paragraphs.append(joined)
    return (_lines(text) if plain and _head_set_off(blocks) else tuple(paragraphs)), tuple(paragraphs)


def _lines(text: str) -> tuple[str, ...]:
    """A paragraph a line, hard-wrapped lines joined back (:func:`unwrap`)."""
    return tuple(line for line in (" ".join(raw.split()) for raw in unwrap(text.split("\n"))) if line)


def _head_set_off(blocks: list[str]) -> bool:
    """Do a plain text's blank lines only set off its head (a few lines: a headline, a byline) from one block of
    several lines, each but the last ending a sentence (or a byline or a date line) once unwrapped? Lines broken inside a sentence (a poem, a
    list announced by a colon, a hand-made break) stay one paragraph, as blank-line blocks are."""
    body = [block for block in blocks[1:] if "\n" in block]
    if blocks[0].count("\n") >= STAMP_LINES or len(body) != 1:
        return False
    lines = [line.rstrip() for line in unwrap(body[0].split("\n")) if line.strip()]
    return all(_SENTENCE_END.search(line) or byline(line) or stamp_date(line) for line in lines[:-1])


def has_header(text: str) -> bool:
    """Whether ``text`` opens with a header's ``---`` fence (a BOM before it allowed)."""
    return re.split(r"\r\n?|\n", text.lstrip("\ufeff"), maxsplit=1)[0].strip() == _FENCE


def parse(text: str, markdown: bool = False) -> ArticleText:
    """Parse a whole file's text; raises :class:`FormatError` for a bad header. With ``markdown`` (a ``.md``
    file) a body written in Markdown is read as such (:mod:`reader.core.ingest.markdown_text`), unless the
    file has this format's header: that is the format's own file (``import`` writes one for every page,
    code and all: ``# comment``, ``__file__``), whose body is plain text."""
    text = text.lstrip("\ufeff")
    if not has_header(text):
        if markdown and written_in_markdown(text):
            return _markdown_article(text)
        paragraphs, blocks = _paragraphs(text, plain=True)
        # weighed against the paragraphs its blank lines set off: lines of a list below are short, not the lead
        if len(paragraphs) > 1 and reads_as_headline(paragraphs[0], blocks[1:4]):
            return ArticleText(_dated({"title": paragraphs[0]}, paragraphs[1:]), (), paragraphs[1:])
        return ArticleText(_dated({}, paragraphs), (), paragraphs)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
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
            raise FormatError(f"header line {number} has unknown key '{key[:40]}'{_key_hint(key)}")
    if "role" in meta and meta["role"].lower() not in ROLES:
        raise FormatError(f"'role' must be 'report' or 'source', not '{meta['role'][:40]}'")
    notes = ()
    if "published" in meta:
        notes = _published(meta)
    paragraphs = split_paragraphs("\n".join(lines[close + 1 :]))
    return ArticleText(_dated(meta, paragraphs), tuple(captions), paragraphs, notes)


def _markdown_article(text: str) -> ArticleText:
    """An article whose body is Markdown: a first ``#`` heading is its title (else a first line that reads as a
    headline, as in plain text), and a byline line under it its byline and date (``By Ana Ruiz | 12 August 2024``)."""
    read = read_markdown(text.replace("\r\n", "\n").replace("\r", "\n"))
    meta, paragraphs, headings = {}, list(read.paragraphs), list(read.headings)
    title = read.title
    if title is None and len(paragraphs) > 1 and 0 not in headings and reads_as_headline(paragraphs[0], tuple(paragraphs[1:4])):
        title, paragraphs, headings = paragraphs[0], paragraphs[1:], [index - 1 for index in headings]
    if title:
        meta["title"] = title
        if paragraphs and 0 not in headings and (found := _byline_line(paragraphs[0])):
            meta["byline"] = found[0]
            if found[1]:
                meta["published"] = found[1]
            paragraphs, headings = paragraphs[1:], [index - 1 for index in headings]
    body = tuple(paragraphs)
    return ArticleText(_dated(meta, body), (), body, (), tuple(headings))


_BYLINE_PARTS = re.compile(r"\s+[|·•]\s+")


def _byline_line(line: str) -> tuple[str, str | None] | None:
    """The name and the day of a byline line (``By Ana Ruiz``, ``By Ana Ruiz | 12 August 2024``), else None."""
    written, *rest = _BYLINE_PARTS.split(line.strip())
    name = byline(written)
    if not name or len(rest) > 1 or (rest and not stamp_date(rest[0])):
        return None
    return name, stamp_date(rest[0]) if rest else None


_KEY_MEANT = {"date": "published", "author": "byline", "by": "byline", "headline": "title", "source": "outlet",
              "publisher": "outlet", "link": "url", "subtitle": "standfirst", "summary": "standfirst"}
"""Keys other formats use for a field, read as a typo of it: a hint only, the header stays the user's to fix."""


def _key_hint(key: str) -> str:
    """``, did you mean 'published'?`` for an unknown header key that names or misspells a field."""
    from difflib import get_close_matches  # only a bad header comes here

    meant = _KEY_MEANT.get(key) or next(iter(get_close_matches(key, (*FIELDS, _REPEATED), n=1)), None)
    return f"; did you mean '{meant}'?" if meant else ""


def _published(meta: dict[str, str]) -> tuple[str, ...]:
    """The note on a ``published`` value that is no ``YYYY-MM-DD`` day, read or left out: the article is
    readable when its date is not. A date in another format is read when it names its day unambiguously
    (``12 April 2021``, as a stamp line would be); otherwise, like an impossible day (``2024-02-30``),
    it is left out."""
    value = meta["published"]
    if _DATE.fullmatch(value) and _real_date(*map(int, value.split("-"))):
        return ()
    day = None if _DATE.fullmatch(value) else stamp_date(value)
    if day:
        meta["published"] = day
        return (f"'published: {value[:40]}' read as {day} (the header's form is YYYY-MM-DD)",)
    del meta["published"]
    reason = "is no real date" if _DATE.fullmatch(value) else "is not a YYYY-MM-DD date"
    return (f"'published: {value[:40]}' {reason}: left out",)


def stamp_date(line: str) -> str | None:
    """``YYYY-MM-DD`` when ``line`` is only a date (and time) stamp, a dateline that states nothing
    ("Updated: June 3, 2016 07:15 CET"); ``""`` for such a line whose day cannot be told: a time alone
    ("Updated 8:15 AM"), a dateline without a year, a slashed date ("03/04/2019" is read month first or day
    first across countries; month first beside a United States time zone); a blog's posting line, who posted
    where and when, is one too; None for any other line, or a day that does not exist."""
    if _dateless(line):
        return None
    if len(line) > STAMP_CHARS:
        return (_posting(line) or (None,))[0]
    first, *more = re.split(_SECOND_STAMP, line.strip())
    if not more and (re.fullmatch(_TIME_STAMP, first) and not re.fullmatch(_NUMBER_ALONE, first) or re.fullmatch(_DATELINE, first)):
        return ""
    found = re.fullmatch(_STAMP, first)
    if not found or not all(re.fullmatch(_STAMP, part) or re.fullmatch(_TIME_STAMP, part) for part in more):
        return (_posting(line) or (None,))[0]
    if found["iso"]:
        return _real_date(*map(int, found["iso"].split("-")))
    if found["slashed"]:
        month, day, year = map(int, found["slashed"].split("/"))
        year += 0 if year >= 100 else 1900 if year >= 70 else 2000
        if month <= 12 and day <= 12 and month != day and not re.search(_US_ZONE, first):
            return ""
        return _real_date(year, month, day) or _real_date(year, day, month)
    if found["month"]:
        month, day, year = found["month"], found["day"], found["year"]
    else:
        month, day, year = found["month_after"], found["day_first"], found["year_after"]
    return _real_date(int(year), MONTH_NUMBERS[month[:3].lower()], int(day))


_NUMBER_ALONE = r"\d{1,2}\.\s?\d\d"
# "On behalf of Name, Esq. posted in Category on Monday, May 3, 2021.", "Posted by Name in News on
# June 3, 2019", "Published on June 3, 2019 by Name": a blog's posting line, who posted where and when.
_CAPITALISED = r"(?-i:[A-Z][\w.'’&-]*(\s+(and\s+|of\s+|&\s+)?[A-Z][\w.'’&-]*){0,5})"
"""Who posted, or where: a name or a category in capitals ("Dana Roe", "Pedestrian Accidents"), never a phrase
of the sentence ("by the council", "in the town hall")."""
_POSTING = rf"(?i)(on behalf of (?P<agent>{_CAPITALISED}(,\s*[\w.]+)?),?\s+)?(posted|published|written|filed)(?P<rest>\s.*)"
_POSTED_WHEN = r"(?i)\s(on|at)\s"
_POSTED_BY_OR_IN = rf"(?i)(\s+by\s+(?P<name>{_CAPITALISED}))?(\s+in\s+{_CAPITALISED})?"
_POSTED_BY = rf"(?i)\s+by\s+(?P<name>{_CAPITALISED})$"
POSTING_CHARS = 160
"""A blog's posting line is no longer than this."""


def _posting(line: str) -> tuple[str, str | None] | None:
    """The date of a blog's posting line (see :data:`_POSTING`), as :func:`stamp_date` gives it, and who
    posted it when the line says; None for any line that goes on after its date ("Posted in the hall on
    May 3, 2014 was a notice …")."""
    found = re.fullmatch(_POSTING, line.strip()) if len(line) <= POSTING_CHARS and not _dateless(line) else None
    if not found:
        return None
    rest = found["rest"]
    for on in re.finditer(_POSTED_WHEN, rest):
        when = rest[on.end():].strip().removesuffix(".")
        after = re.search(_POSTED_BY, when)
        before = re.fullmatch(_POSTED_BY_OR_IN, rest[:on.start()])
        if before and (day := stamp_date(when[:after.start()] if after else when)) is not None:
            return day, found["agent"] or before["name"] or (after and after["name"])
    return None


def _dateless(line: str) -> bool:
    """Does ``line`` hold no digit? Every stamp and posting line gives its date or time in digits: such a line is
    none, read without a pattern (most lines under a headline). Asked in C: an ASCII line's only digits are
    ``0``-``9``; a generator asking each character in Python cost five times as much, on every short line."""
    return _ASCII_DIGIT.search(line) is None if line.isascii() else not any(map(str.isdigit, line))


_ASCII_DIGIT = re.compile("[0-9]")


def posted_by(line: str) -> str | None:
    """Who a blog's posting line says posted the post ("On behalf of Name posted in …", "Posted by Name …")."""
    posting = _posting(line)
    return posting[1] if posting else None


def _real_date(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _dated(meta: dict[str, str], paragraphs: tuple[str, ...]) -> dict[str, str]:
    """``meta`` with the date of a stamp line under the headline as ``published``, and the name of a byline
    there as ``byline``, when it gives none."""
    if "published" not in meta:
        found = next((day for text in paragraphs[:STAMP_LINES] if (day := stamp_date(text))), None)
        if found:
            meta["published"] = found
    if "byline" not in meta:
        found = next((name for text in paragraphs[:STAMP_LINES]
                      if (name := byline(text) or posted_by(text))), None)
        if found:
            meta["byline"] = found
    return meta


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


def reads_as_headline(line: str, following: tuple[str, ...]) -> bool:
    """A short one-sentence line before longer ones, not a lead-in (":") or a cut-off line.

    A headline may end with a full stop ("Leader says tests no longer needed.") when it is short.
    Words are counted as :func:`word_count` does: a lead in a script without spaces (CJK) is long too.
    """
    words = word_count(line)
    return (
        2 <= words <= 24
        and any(word_count(text) > words for text in following)
        and not line.rstrip()[-1:] in ":;,-–—"
        and not _SENTENCE_INSIDE.search(line)
        and (not FULL_STOP.search(line.rstrip()) or words <= 14)
    )


def word_count(text: str) -> int:
    """Words, counting two wide (CJK) characters as one, since those scripts do not space words."""
    return len(text.split()) + sum(1 for char in text if "\u2e80" <= char <= "\ufaff") // 2


def unwrap(lines: list[str]) -> list[str]:
    """Lines of a text hard-wrapped at some width joined back into the lines they were cut from.

    A text was wrapped when many of its lines end just short of one width; a line
    continues on the next when the next line's first word would not have fitted on it
    (so a short line ends its paragraph, whatever the language). List items start anew, and a
    horizontal rule or a picture's placeholder is never part of a paragraph.
    """
    width = _wrap_width(lines)
    if width is None:
        return lines
    joined: list[str] = []
    previous = ""
    for line in lines:
        first_word = line.split()[0] if line.strip() else ""
        continues = (
            joined and _is_text(previous) and _is_text(line) and not _starts_item(line, joined[-1])
            and _columns(previous.rstrip()) >= width // 2
            and _columns(previous.rstrip()) + 1 + _columns(first_word) > width
        )
        if continues:
            glue = "" if _is_wide(joined[-1].rstrip()[-1]) and _is_wide(first_word[0]) else " "
            joined[-1] = joined[-1].rstrip() + glue + line.strip()
        else:
            joined.append(line)
        previous = line
    return joined


def _starts_item(line: str, paragraph: str) -> bool:
    """A list item starts on ``line``. A dash or a number after a full line of prose goes on with
    the sentence ("… the licence – Keine kommerzielle Nutzung", "… am Montag, dem\n10. Dezember"),
    unless the paragraph is itself an item or announces the list (ends with ":")."""
    mark = _LIST_MARK.match(line)
    if not mark or mark[1] in _BULLETS:
        return bool(mark)
    return bool(_LIST_MARK.match(paragraph)) or paragraph.rstrip().endswith(":")


def _is_text(line: str) -> bool:
    """Not a rule (no letter or digit) and not a picture's placeholder ("[photo_2041]")."""
    return any(char.isalnum() for char in line) and not _PLACEHOLDER.match(line)


def _wrap_width(lines: list[str]) -> int | None:
    """The width a text was wrapped at, or None when its lines do not pile up below one width."""
    lengths = [_columns(line.rstrip()) for line in lines if line.strip()]
    long = [n for n in lengths if n >= 30]
    if len(long) < 2:
        return None
    if len(long) < 20:
        width = max(long)
    else:
        from statistics import quantiles  # here: only hard-wrapped text comes this far, not the reader's start

        width = int(quantiles(long, n=50)[-1])
    near = [line for line in lines if width - 12 <= _columns(line.rstrip()) <= width]
    # Lines cut at a width end inside sentences; lines of one sentence or paragraph each end sentences,
    # however alike their lengths (three lines of prose of about ninety characters). Not so in scripts
    # without spaces, whose short sentences end many a wrapped line (their stops are not counted).
    ended = sum(1 for line in near if SENTENCE_CLOSE.search(line.rstrip()))
    return width if width <= 200 and len(near) >= max(2, len(long) // 4) and ended * 2 < len(near) else None


def _is_wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in "WF"


def _columns(text: str) -> int:
    """Terminal columns: wide (CJK) characters take two."""
    return len(text) + sum(1 for char in text if char > "\u10ff" and _is_wide(char))


def saved_name(stem: str) -> str:
    """A file's name without what saving a copy added to it: "Headline.html (2)" -> "Headline"."""
    return _FILE_NAME_TAIL.sub("", stem)


def _host_at_start(stem: str) -> str | None:
    """The site's host a file's name starts with ("host.tld.slug", "host.tld__12", "news.host.co.uk - Title"):
    its labels up to the first public suffix (the Public Suffix List's: "de", "co.uk", "blog", "github.io")
    met from its second label on, that suffix taken whole, then a separator or the name's end. One rule for
    any suffix: "example.blog.slug" and "example.de.slug" both end at the suffix. A host whose own name
    holds a suffix word after its first label ("blog.page.example.com") reads short; a name never says.
    """
    labels, at = [], 0
    while (label := _HOST_LABEL.match(stem, at)) and (not labels or stem[at - 1] == "."):
        labels.append(label)
        at = label.end() + 1
    from tld import is_tld  # the Public Suffix List trafilatura's URL handling brings; read on first use

    for start in range(1, len(labels)):
        for end in range(len(labels), start, -1):
            last = labels[end - 1]
            # The suffix's last label whole, or up to a hyphen joining the name's next word ("example.com-ferry").
            for stop in (last.end(), last.start() + last.group().find("-")):
                if stop > last.start() and stem[stop:stop + 1] in _AFTER_HOST and is_tld(
                        stem[labels[start].start():stop].lower()):
                    return stem[:stop]
    return None


def outlet_from_file_name(stem: str) -> str:
    """The outlet a file name gives, as the name writes it: "nytimes__1_L" -> "nytimes",
    "the-globe-and-mail_2021-04-12" -> "the-globe-and-mail"; "" when no word names one.

    The name's first run of words without digits, ids, dates and numbers around it left out; a
    first part that starts with two letters and is mostly letters is a name even with a digit in
    it ("wxr9tv__21_2ecbplus" -> "wxr9tv"), and so is one of a number then letters only ("7news_story" ->
    "7news"), and a short one of digits and letters with two letters in a row when only ids follow it
    ("3120fm__12_4src" -> "3120fm"); one letter alone names nothing ("h_utf16" -> ""). Letters keep their case and separators stay: a file
    name does not say how its outlet is spelled ("nytimes" is not "Nytimes"), and what is shown
    reads as the file's word, not as a name a header gave. A name that starts with a site's host is
    that host ("reuters.com__story" -> "reuters.com", "example.blog.slug" -> "example.blog", see
    :func:`_host_at_start`); what a saved copy adds to a name, a counter,
    a copy mark or a second extension, is no part of it ("My page (2)", "My page.html" -> "My page").
    """
    stem = saved_name(stem)
    if host := _host_at_start(stem):
        return host
    parts = list(_FILE_NAME_WORD.finditer(stem))
    if parts and _NUMBER_BRAND.fullmatch(brand := parts[0].group()):
        return brand
    if parts and _BRAND_WITH_DIGITS.fullmatch(brand):
        digits, letters = sum(map(str.isdigit, brand)), sum(map(str.isalpha, brand))
        if 0 < digits * 2 <= letters:
            return brand
    words = []
    for part in parts:
        if any(char.isdigit() for char in part.group()):
            if words:
                break
            continue
        words.append(part)
    if not words and parts and _SHORT_BRAND.fullmatch(brand):
        return brand  # "3120fm__12_4src": nothing but ids after it
    named = stem[words[0].start() : words[-1].end()] if words else ""
    return named if len(named) > 1 else ""
