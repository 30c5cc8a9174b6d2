"""The model's first half: spans and the dossier, all the reader needs to paint its first screen
(see :mod:`reader.core.model`, which names them all).

Every position anywhere in the program is a :class:`Span`: an article id and a
``[start, end)`` pair of Python string indices into that article's cleaned
``body``; a link may also hold the article's title line, addressed just before the
body (offsets below 0, see :class:`Span`). Loading produces a :class:`Dossier`. Nothing here is mutated after construction.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import PurePath
from typing import Literal, TypeVar

_STOP = re.compile(r"\. ")
_INITIALISM = re.compile(r"(?:[^\W\d_]\.)*[^\W\d_]")
"""Letters each with its full stop (``F.B.I``, ``U.S``, the ``F`` of ``John F. Kennedy``), the last stop left out."""

EntityType = Literal["person", "org", "place", "group", "product", "law", "other"]
LinkKind = Literal["verbatim", "near", "paraphrase"]
DiffTag = Literal["equal", "insert", "delete", "replace"]
ArticleRole = Literal["report", "source"]
"""A ``source`` is a document the reports are measured against (a press release, a statement, a transcript)."""
Progress = Callable[[str, int, int], None]
"""``progress(stage, done, total)``, told by the analysis' stages as they go; it may raise to cancel the analysis."""

T = TypeVar("T")


def quiet(stage: str, done: int, total: int) -> None:
    """The default :data:`Progress` callback: report nothing."""


def shorten(text: str, limit: int) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis when longer."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def listing(names: Sequence[str]) -> str:
    """``A``, ``A and B``, ``A, B and C``."""
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else "".join(names)


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """``count`` and ``noun``, in the plural (``plural``, else ``noun`` + s) unless ``count`` is 1:
    ``1 link``, ``2 links``, never ``1 links``."""
    return f"{count} {noun if count == 1 else plural or noun + 's'}"


def first_of_each(items: Iterable[T], key: Callable[[T], Hashable]) -> list[T]:
    """The first of ``items`` of each ``key``, in their order: a report's repeats of one text (a live page
    printing one sentence in each of hundreds of updates) counted once, by its first copy."""
    firsts: dict[Hashable, T] = {}
    for item in items:
        firsts.setdefault(key(item), item)
    return list(firsts.values())


HEADLINE = -1
"""The index of a report's headline as a passage (a :class:`Span` ``in_title``), and the key of its
marks among its sentences': no sentence has it, and it comes before the first."""


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A stretch of one article's body: ``0 <= start <= end <= len(body)``.

    A passage of the title line (which links may hold: headlines state the story's main fact) lies
    before the body, as if the title and a line break stood there: ``title + "\\n"`` ends at 0, so
    ``Span(article, -len(title) - 1, -1)`` is the whole title, ``start < 0`` marks a title passage and
    ``(title + "\\n")[start:end]`` is its text (:meth:`Article.source`). In reading order, the title
    comes first. A search hit may also lie in the standfirst, addressed before the title line
    (:attr:`Article.header`); no passage or link lies there."""

    article: str
    start: int
    end: int

    @property
    def in_title(self) -> bool:
        return self.start < 0

    def overlaps(self, other: Span) -> bool:
        """Do the two share a stretch of one article? An empty span (a point) overlaps only a span it lies
        strictly inside: a point where a sentence begins overlaps neither that sentence nor the one before."""
        return self.article == other.article and self.start < other.end and other.start < self.end

    def overlap_length(self, other: Span) -> int:
        """How many characters the two share (none in two articles)."""
        return max(0, min(self.end, other.end) - max(self.start, other.start)) if self.article == other.article else 0


@dataclass(frozen=True)
class Article:
    """One report, cleaned.

    Invariants: ``body`` holds no control characters other than ``\\n`` (the
    loader makes them visible); paragraphs are separated by exactly one blank
    line; ``paragraphs`` lists each paragraph's ``(start, end)`` in order and
    covers every non-blank character of ``body``. ``published`` is
    ``YYYY-MM-DD`` or ``None``. ``notes`` are non-fatal loader remarks shown to
    the user (e.g. a fallback decoding). ``role`` is ``source`` for a document
    the user added to measure the reports against (header ``role: source``).
    """

    id: str
    outlet: str
    body: str
    paragraphs: tuple[tuple[int, int], ...]
    title: str | None = None
    standfirst: str | None = None
    published: str | None = None
    url: str | None = None
    byline: str | None = None
    path: str = ""
    captions: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    role: ArticleRole = "report"
    headings: tuple[int, ...] = ()
    """The paragraphs that are subheads (a Markdown body's ``## …``): shown, but no passages."""

    def text(self, span: Span) -> str:
        """The text of ``span``, in the body or, below offset 0, in the title (see :class:`Span`)."""
        return self.source(span)[span.start : span.end]

    def source(self, span: Span) -> str:
        """The string ``span``'s offsets index: the body, or below 0 the :attr:`header` (its offsets
        count from that string's end as Python's negative indexes do)."""
        return self.header if span.start < 0 else self.body

    @property
    def header(self) -> str:
        """What offsets below 0 index: the title line ``title + "\\n"``, after ``standfirst + "\\n"``
        when there is one. The standfirst goes first so a title passage's offsets do not depend on it."""
        title_line = f"{self.title or ''}\n"
        return f"{self.standfirst}\n{title_line}" if self.standfirst else title_line

    @property
    def standfirst_span(self) -> Span | None:
        """The whole standfirst, before the title line (see :attr:`header`); ``None`` without one."""
        if not self.standfirst:
            return None
        end = -len(self.title or "") - 2
        return Span(self.id, end - len(self.standfirst), end)

    def part(self, span: Span) -> Literal["title", "standfirst", "body"]:
        """Where ``span`` lies as the report is read: its headline, its standfirst, or its body."""
        if span.start >= 0:
            return "body"
        return "title" if span.start >= -len(self.title or "") - 1 else "standfirst"

    def holds(self, start: int, end: int) -> bool:
        """Is ``[start, end)`` a stretch of the body, or of the title line (below 0, see :class:`Span`)?
        Where a passage may lie: the standfirst (:attr:`header`) holds search hits only."""
        if start < 0:
            return bool(self.title) and -len(self.title) - 1 <= start <= end <= -1
        return start <= end <= len(self.body)

    @property
    def name(self) -> str:
        """What names the report wherever it is shown: its outlet, else its id."""
        return self.outlet or self.id

    @property
    def title_span(self) -> Span | None:
        """The whole title line as a passage (see :class:`Span`), or ``None`` without a title."""
        return Span(self.id, -len(self.title) - 1, -1) if self.title else None

    @property
    def headline(self) -> str:
        """The title, or the first sentence of the first line when the capture has none: a full
        stop after an initialism or a known abbreviation ("the F.B.I. director", "Mr. Comey") does
        not end it."""
        if self.title:
            return self.title
        # Here, not at the top: the word lists cost the first paint a millisecond, and most reports have a title.
        from reader.core.vocabulary import NON_TERMINAL_ABBREVIATIONS

        first = self.body.split("\n", 1)[0]
        for stop in _STOP.finditer(first):
            before = (first[: stop.start()].split() or [""])[-1]
            if not (_INITIALISM.fullmatch(before) or before.lower() in NON_TERMINAL_ABBREVIATIONS):
                return first[: stop.start() + 1]
        return first

    @property
    def word_count(self) -> int:
        return len(self.body.split())


@dataclass(frozen=True)
class Problem:
    """A file that could not be opened (or opened with a caveat): one line."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"

    @property
    def opened(self) -> bool:
        """The file opened, with a caveat (the loader's ``opened; …``), rather than being skipped."""
        return self.message.startswith("opened;")

    def within(self, root: str) -> str:
        """The line with the path relative to ``root`` when the file is inside it: shorter on screen."""
        prefix = root.rstrip("/") + "/"
        path = self.path[len(prefix):] if self.path.startswith(prefix) else self.path
        return f"{path}: {self.message}"


def problems_summary(problems: tuple[Problem, ...]) -> str:
    """``3 files not opened, 2 opened with a caveat`` (empty when there are none): the one count the
    reader's Problems list and every export give, so a file that opened is never called unopened."""
    skipped = sum(not problem.opened for problem in problems)
    parts = [f"{counted(skipped, 'file')} not opened" if skipped else "",
             f"{counted(len(problems) - skipped, 'file')} opened with a caveat" if len(problems) > skipped else ""]
    return ", ".join(part for part in parts if part)


REPORT_GLYPHS = "123456789abcdefghijklmnopqrstuvwxyz"
"""How the report list numbers reports, one character each: 1 to 9, then a to z."""


def report_glyph(place: int) -> str:
    """The report list's character for the report at ``place`` (from 0); past ``z``, its number."""
    return REPORT_GLYPHS[place] if place < len(REPORT_GLYPHS) else str(place + 1)


@dataclass(frozen=True)
class Dossier:
    """A folder of articles; ``problems`` lists the files that did not load.

    ``unread`` counts the files listed but not read yet: a first screenful loaded for a fast
    first paint (see :func:`reader.core.ingest.loading.load_dossier`); 0 for a whole dossier.
    """

    root: str
    articles: tuple[Article, ...]
    problems: tuple[Problem, ...] = ()
    unread: int = 0

    @cached_property
    def by_id(self) -> dict[str, Article]:
        return {article.id: article for article in self.articles}

    def article(self, article_id: str) -> Article:
        return self.by_id[article_id]

    @cached_property
    def sources(self) -> frozenset[str]:
        """The ids of the documents marked ``role: source``: the reports are measured against them, and they
        count as no report (in the summaries, the figure lines, what only one report says)."""
        return frozenset(article.id for article in self.articles if article.role == "source")

    def relative_path(self, path: str) -> str:
        """A file's path inside the dossier folder (``/`` separators), else its file name alone:
        the same however the folder was named on the command line."""
        if not path:
            return ""
        # Plain path arithmetic: no file-system access, so symbolic links (even looping ones) stay as listed.
        full, root = os.path.abspath(path), os.path.abspath(self.root)
        try:
            inside = os.path.commonpath([full, root]) == root
        except ValueError:  # on another drive: nothing in common
            inside = False
        return PurePath(os.path.relpath(full, root)).as_posix() if inside else PurePath(path).name

    def named(self, ids: Iterable[str]) -> str:
        """Reports ``ids`` by their :attr:`names`, in that order, between commas (``also in latimes, usatoday``)."""
        return ", ".join(self.names[a] for a in ids)

    @cached_property
    def names(self) -> dict[str, str]:
        """What names each report in exports and listings: its :attr:`Article.name`, then its place
        in the report list (:data:`REPORT_GLYPHS`) where another report has the same name, so three
        reports of one outlet read ``espn (2)``, ``espn (5)``, ``espn (a)``, not three ``espn``."""
        repeated = Counter(article.name for article in self.articles)
        return {article.id: article.name if repeated[article.name] == 1 else f"{article.name} ({report_glyph(place)})"
                for place, article in enumerate(self.articles)}
