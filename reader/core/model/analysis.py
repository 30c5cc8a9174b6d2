"""The model's second half: the sentences, entities and links of an analysis, what the findings
stage derives, and the :class:`Analysis` that holds it all (see :mod:`reader.core.model`, which
names them all).

Defined when one of its names is first asked for: the reader's first screen shows the dossier
before any analysis exists, and its dataclasses cost their generated code to define.
Nothing here is mutated after construction.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter
from itertools import chain
from operator import itemgetter
from collections.abc import Callable, Hashable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any, Literal, TypeVar

from reader.core.by_start import ByStart
from reader.core.model.base import DiffTag, Dossier, EntityType, LinkKind, Span, counted, listing, shorten
from reader.core.tokens import Packed, Token, moved, pack, tokenize, unpack
from reader.core.vocabulary import LANGUAGE_NAMES, MONTHS

DiffType = Literal["stance", "typography", "number", "hedge", "attribution", "framing", "name", "clause", "wording"]
FigureKind = Literal["money", "count", "percent", "multiple", "duration", "date", "number", "tally", "age"]
Bound = Literal["exact", "about", "over", "under"]
Verdict = Literal["agree", "conflict"]
Stance = Literal["asserted", "denied", "not confirmed", "uncertain"]
Relation = Literal["copied", "rewritten", "independent"]
RowKind = Literal["entity", "statement"]
T = TypeVar("T")
_NOT_FOUND = object()
"""What :meth:`Analysis.derived` has not found yet (``None`` may be found)."""


@dataclass(frozen=True)
class Sentence:
    """A sentence of one article, ``text`` being ``body[start:end]``; ``index`` counts from 0.

    Its tokens are taken apart from ``text`` when first asked for, then kept packed
    (:data:`~reader.core.tokens.Packed`) and unpacked when asked, one unpacking shared by the
    stages that ask in turn (:class:`_FirstUnpacked`): the analysis reads them all, several times, and
    as tuples they were most of its weight; an analysis read back from the cache (a reader of
    thousands of reports) needs only those of the passages on screen.
    """

    __slots__ = ("article", "index", "start", "end", "paragraph", "text", "_packed")
    article: str
    index: int
    start: int
    end: int
    paragraph: int
    text: str

    @property
    def packed(self) -> Packed:
        try:
            return self._packed
        except AttributeError:
            packed = pack(self.text, self.start)
            object.__setattr__(self, "_packed", packed)
            return packed

    @property
    def tokens(self) -> tuple[Token, ...]:
        return _unpacked(self.packed)

    @property
    def span(self) -> Span:
        return Span(self.article, self.start, self.end)


class _FirstUnpacked:
    """Sentences' tokens unpacked (:func:`~reader.core.tokens.unpack`), kept for the first :attr:`SIZE` sentences
    asked since :meth:`cache_clear` (an analysis read back from the cache clears it): a reader of thousands of
    reports holds no more than these (about 10 MB). The process making an analysis keeps up to
    :attr:`ANALYSING` (:func:`forget_tokens`): its stages each read every sentence's tokens in turn (entities,
    story, links, quotations, origins, naming, figures), each stage in a forked copy from 50 reports on, and kept
    for 4,096 a 500-report dossier's 16,000 sentences were unpacked six times over; that process (the export, or
    the analysis run apart from the reader) ends with it. The first ones, not the last used: over a larger dossier
    the stages' walks missed every last-used sentence, and each miss, freeing a stale entry, cost twice an
    unpacking. Looked up by the packed tuple's identity (kept alive with its tokens): hashing a hundred fields cost
    as much as unpacking them."""

    SIZE = 1 << 12
    ANALYSING = 1 << 15
    """Sentences kept while an analysis is made: a 1,000-report dossier's (about 80 MB in each copy at most)."""

    def __init__(self) -> None:
        self.kept: dict[int, tuple[Packed, tuple[Token, ...]]] = {}
        self.size = self.SIZE

    def __call__(self, packed: Packed) -> tuple[Token, ...]:
        found = self.kept.get(id(packed))
        if found is not None and found[0] is packed:
            return found[1]
        tokens = unpack(packed)
        if len(self.kept) < self.size:
            self.kept[id(packed)] = (packed, tokens)
        return tokens

    def cache_clear(self, size: int | None = None) -> None:
        self.kept = {}
        self.size = self.SIZE if size is None else size


_unpacked = _FirstUnpacked()


def forget_tokens(*, analysing: bool = False) -> None:
    """A new analysis begins, made here (``analysing``) or read back: the sentences whose tokens are kept
    unpacked will be its own, as many as :class:`_FirstUnpacked` keeps for either."""
    _unpacked.cache_clear(_FirstUnpacked.ANALYSING if analysing else None)


def once_per_text(read: Callable[[Sentence], T]) -> Callable[[Sentence], T]:
    """``read``, asked once per distinct sentence text: what is read of a sentence's words alone, its copies
    (one sentence printed in many reports) share."""
    found: dict[str, T] = {}

    def reading(sentence: Sentence) -> T:
        if sentence.text not in found:
            found[sentence.text] = read(sentence)
        return found[sentence.text]

    return reading


def packing() -> Callable[[Sentence], None]:
    """What takes a sentence's tokens apart now (:attr:`Sentence.packed`), once per distinct text of the sentences
    it is given (:func:`once_per_text`): a copy's tokens are its first print's, moved to where it stands
    (:func:`~reader.core.tokens.moved`), with no text taken apart again (500 copy-heavy reports print a third as
    many distinct sentences as sentences)."""
    at_start = once_per_text(lambda sentence: pack(sentence.text))

    def take_apart(sentence: Sentence) -> None:
        if not hasattr(sentence, "_packed"):
            object.__setattr__(sentence, "_packed", moved(at_start(sentence), sentence.start))

    return take_apart


@dataclass(frozen=True)
class Entity:
    """A named thing, with every mention of it in every article.

    ``aliases`` are the distinct names seen (canonical ``name`` first);
    ``mentions`` are sorted; ``related`` holds ids of entities this one is
    tied to without being the same thing (a capital and its country), and
    ``demonyms`` the forms naming a place's people: adjectives (``Turkish``
    for Turkey), which are not counted as mentions, and plurals (``the
    Turks``, ``Londoners``), which are the mentions of an entity of their own,
    typed ``group`` and related to the place; ``stand_ins`` the forms standing
    for it in context that are no names of it either (a bare title, ``the
    President``; a city for its team or its country), mentions but no aliases.
    """

    id: str
    name: str
    type: EntityType
    aliases: tuple[str, ...]
    mentions: tuple[Span, ...]
    related: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    stand_ins: tuple[str, ...] = ()

    @cached_property
    def articles(self) -> tuple[str, ...]:
        """Article ids in order of first mention; an entity is shared when 2+."""
        return tuple(dict.fromkeys(span.article for span in self.mentions))

    @property
    def other_forms(self) -> tuple[str, ...]:
        """The forms besides its name that a user may split out: its aliases, then its stand-ins."""
        return tuple(form for form in (*self.aliases, *self.stand_ins) if form != self.name)

    @property
    def shared(self) -> bool:
        return len(self.articles) >= 2


@dataclass(frozen=True, slots=True)
class DiffOp:
    """One difflib-style opcode between two passages, as body offsets.

    ``a_start:a_end`` indexes the first passage's article body, ``b_start:b_end``
    the second's; for ``insert`` the ``a`` range is empty, for ``delete`` the
    ``b`` range is.
    """

    tag: DiffTag
    a_start: int
    a_end: int
    b_start: int
    b_end: int


@dataclass(frozen=True)
class Link:
    """2..N passages from different articles that carry the same statement.

    ``passages`` holds at most one span per article, in dossier order; ``score``
    is in ``[0, 1]`` (1 = identical after normalisation). ``accepted`` is set
    only by the user's corrections (:mod:`reader.core.store.corrections`): the user
    confirmed that these passages carry the same statement.
    """

    id: str
    kind: LinkKind
    score: float
    passages: tuple[Span, ...]
    accepted: bool = False
    confident: bool = True
    """The passages surely make one statement (a shared quotation, reprinted wording, or a close
    paraphrase of the whole passage by the same dossier's event); a weaker link may join passages
    that share only background, and is shown on demand (``Analysis.weaker_links``)."""

    @cached_property
    def articles(self) -> tuple[str, ...]:
        return tuple(span.article for span in self.passages)

    def passage_in(self, article_id: str) -> Span | None:
        for span in self.passages:
            if span.article == article_id:
                return span
        return None


# --- findings: what the findings stage derives from sentences, entities and links ----------


@dataclass(frozen=True, slots=True)
class TypedDiff:
    """One changed stretch of a passage pair and what kind of change it is
    (:mod:`reader.core.findings.difftypes`).

    ``cue`` names the words that decided the type (``"illegally, occupied"``),
    empty for ``wording``; ``label`` is a one-line description for people,
    made of the passages' own text (untrusted: escape before display).
    """

    op: DiffOp
    type: DiffType
    cue: str
    label: str


@dataclass(frozen=True, slots=True)
class PairDifferences:
    """The typed differences from passage ``a`` to passage ``b`` of one link (indexes into its
    ``passages``, ``a < b``); equal stretches are left out."""

    a: int
    b: int
    changes: tuple[TypedDiff, ...]
    stance: StanceDifference | None = None
    """How the two tell the statement they share, when not alike (:mod:`reader.core.findings.stance`)."""


@dataclass(frozen=True, slots=True)
class StanceDifference:
    """Two linked passages telling one statement in different stances (:mod:`reader.core.findings.stance`):
    ``a`` and ``b`` say how each tells it, ``a_cue`` and ``b_cue`` the words that make it so (``found no
    evidence that``), which may stand before the passage in its sentence; ``None`` for one told outright."""

    a: Stance
    b: Stance
    a_cue: Span | None
    b_cue: Span | None


@dataclass(frozen=True, slots=True)
class Figure:
    """One stated figure (:mod:`reader.core.findings.figures`): ``text`` is ``body[span.start:span.end]`` exactly.

    ``value`` is the amount for money, counts, percentages, multiplicatives
    (the factor), durations and ages (in ``unit``\\ s) and plain numbers, and the first count
    of a tally (``voted 7 to 2``: 7, ``unit`` ``"2"``); ``None`` for
    dates. ``unit`` is the currency code (``"$"`` when unspecified), the counted
    noun singularised (``"permit"``), the duration unit or a tally's second count. ``date`` is an ISO
    prefix or ``None`` when it could not be placed;
    ``phase`` keeps what qualifies it (``"late"``, ``"fall"``), ``relative``
    says the text was relative ("last year") and ``note`` how it was resolved
    or why it was not. ``bound`` widens the value ("more than" is ``"over"``).
    ``part`` marks "25 *of the* permits": a share of a total, never compared to it.
    """

    span: Span
    kind: FigureKind
    text: str
    value: float | None = None
    unit: str = ""
    bound: Bound = "exact"
    date: str | None = None
    phase: str = ""
    relative: bool = False
    part: bool = False
    note: str = ""

    @property
    def key(self) -> str:
        """What must be equal for two figures to be compared at all."""
        if self.kind in {"count", "duration", "age"}:
            return f"{self.kind}:{self.unit}"
        return self.kind

    @property
    def shown(self) -> str:
        """The normalised value for people: ``">150,000,000 CAD"``, ``"6x"``, ``"2020-10"``."""
        if self.kind == "date":
            if self.date and self.date.startswith("--"):
                day = f" {int(self.date[5:])}" if len(self.date) > 4 else ""
                return f"{MONTHS[int(self.date[2:4]) - 1].title()}{day}, year unknown"
            return self.date or "unresolved: no publication date"
        value = self.value or 0.0
        if self.kind == "tally":
            return f"{value:g}\u2013{self.unit}"  # votes for and against: 7–2
        amount, prefix = _digits(value), _BOUND_SIGNS.get(self.bound, "")
        suffix = {"percent": "%", "multiple": "x", "age": f"-{self.unit}-old"}.get(self.kind, f" {self.unit}" if self.unit else "")
        return f"{prefix}{amount}{suffix}"

    @property
    def said(self) -> str:
        """The value as reports write it, for reading: money as ``$7 million`` or ``€2.5 billion`` (its sign
        first, a round amount in words), a duration in the plural when it is not one (``4 months``); anything
        else as :attr:`shown`, which stays what figures are compared and exported by."""
        if self.kind not in ("money", "duration") or self.value is None:
            return self.shown
        prefix, value = _BOUND_SIGNS.get(self.bound, ""), float(self.value)
        if self.kind == "duration":
            plural = self.unit[:-1] + "ies" if self.unit.endswith("y") and self.unit[-2:-1] not in "aeiou" else self.unit + "s"
            return f"{prefix}{_digits(value)} {self.unit if value == 1 else plural}"
        scale = next(((size, word) for size, word in _MONEY_SCALES
                      if value >= size and math.isclose(round(value / size, 2) * size, value)), None)
        amount = (f"{_digits(round(value / scale[0], 2))} {scale[1]}" if scale
                  else _digits(value) if value.is_integer() else f"{value:,.2f}")
        sign = _MONEY_SIGNS.get(self.unit)
        return f"{prefix}{sign}{amount}" if sign else f"{prefix}{amount} {self.unit}".rstrip()


def _digits(value: float) -> str:
    """``4100000.0`` -> ``4,100,000``, ``2.5`` -> ``2.5``: grouped and fixed-point (never ``1.23457e+06``), with no
    trailing zeros."""
    return f"{value:,.6f}".rstrip("0").rstrip(".")


_BOUND_SIGNS = {"about": "~", "over": ">", "under": "<="}
"""The sign written before a figure's value for its bound: ``~150``, ``>5,000``, ``<=5 year``."""
_MONEY_SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"))
"""Money of at least a million, to two decimals of its scale, is written in words as reports write it."""
_MONEY_SIGNS = {"$": "$", "USD": "US$", "CAD": "C$", "AUD": "A$", "NZD": "NZ$", "HKD": "HK$", "EUR": "€", "GBP": "£",
                "JPY": "¥"}
"""The sign written before an amount of each currency code :mod:`reader.core.findings.figures` gives."""


@dataclass(frozen=True, slots=True)
class FigureComparison:
    """Figures from two or more articles that state the same quantity, and the ``verdict``:
    they ``agree`` (ranges overlap, or dates nest) or ``conflict`` (no value of one report
    fits the other's).

    ``link`` is the id of the link whose passages hold them, or ``None`` when
    they were paired by the words around them. ``figures`` come from at least
    two different articles; ``summary`` reads like ``"29 permit (trt) = 29
    permit (globe)"``.
    """

    link: str | None
    key: str
    figures: tuple[Figure, ...]
    summary: str
    verdict: Verdict

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(f.span.article for f in self.figures))

    @property
    def conflict(self) -> bool:
        return self.verdict == "conflict"


@dataclass(frozen=True)
class Quote:
    """One quotation (:mod:`reader.core.findings.quotes`): ``span`` covers the words inside the marks.

    ``attribution`` is the span of the reporting verb (``None`` when there is
    none in the sentence); ``speaker`` is the subject's canonical name when it
    is a known entity (``speaker_entity`` is then its id), else the words
    naming it (``"Turkish diplomatic sources"``), else ``None``.
    ``insertions`` are ``[bracketed]`` editorial words inside the marks,
    ``nested`` the quotations quoted inside this one.
    """

    span: Span
    speaker: str | None = None
    speaker_entity: str | None = None
    verb: str | None = None
    attribution: Span | None = None
    inherited: bool = False
    ellipsis: bool = False
    insertions: tuple[Span, ...] = ()
    nested: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Wording:
    """Quotations of one statement alike in words (spaces aside), speaker, verb and carrying on,
    which the quote tracker shows as one line: ``quotes`` indexes the group's quotations, in
    their order; ``changed`` holds the words of the first that differ from the reference's
    (:func:`~reader.core.findings.quotes.changed_words`), found in the worker: diffing them
    when the statement came into view cost the tracker's keys up to 30 ms each at 500 reports."""

    quotes: tuple[int, ...]
    changed: tuple[DiffOp, ...] = ()


@dataclass(frozen=True)
class QuoteGroup:
    """One statement as quoted by one or more reports.

    ``quotes`` starts with the reference (the longest quotation) and follows
    dossier order; ``reported`` are passages of other reports that carry the
    statement without quotation marks; ``flags`` are one-line findings for
    people (wording drift, truncation, ellipsis, insertion, attribution,
    reported speech), naming the outlets; ``wordings`` are the quotations
    alike, each wording once (:class:`Wording`); ``reported_as`` says how each
    reported passage carries it (``without quotation marks``, ``as indirect
    speech, credited to X,``): the one wording its flag and every view print.
    """

    id: str
    quotes: tuple[Quote, ...]
    reported: tuple[Span, ...] = ()
    reported_as: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()
    speaker: str | None = None
    wordings: tuple[Wording, ...] = ()

    @property
    def articles(self) -> tuple[str, ...]:
        """Articles that quote or report the statement, quoting ones first."""
        return tuple(dict.fromkeys([q.span.article for q in self.quotes] + [s.article for s in self.reported]))


@dataclass(frozen=True)
class Findings:
    """Everything derived from the sentences, entities and links, computed once in the worker
    (:func:`reader.core.pipeline.find`) and cached with them; screens and exporters only read it.

    ``figures`` holds every article's figures; ``comparisons`` the figure comparisons between
    reports; ``quotes`` the quotations grouped by statement; ``differences`` maps a link id to
    the typed differences of its passage pairs: each passage against its nearest counterpart
    (the most similar other passage), so a link of ``k`` passages has at most ``k`` pairs, not
    ``k(k-1)/2`` (other pairs: :func:`reader.core.findings.difftypes.pair_findings`).
    ``quotations`` holds every article's quotations as found, before grouping: a correction
    finds again only those of the articles whose mentions it changed.
    """

    figures: dict[str, tuple[Figure, ...]] = field(default_factory=dict)
    comparisons: tuple[FigureComparison, ...] = ()
    quotes: tuple[QuoteGroup, ...] = ()
    differences: dict[str, tuple[PairDifferences, ...]] = field(default_factory=dict)
    quotations: dict[str, tuple[Quote, ...]] = field(default_factory=dict)

    @cached_property
    def comparisons_by_link(self) -> dict[str | None, tuple[FigureComparison, ...]]:
        """The comparisons of each link's passages (``None``: those paired outside links)."""
        table: dict[str | None, list[FigureComparison]] = {}
        for comparison in self.comparisons:
            table.setdefault(comparison.link, []).append(comparison)
        return {link: tuple(found) for link, found in table.items()}


# --- sourcing: who stands behind each statement (origins, the naming matrix, omissions) --------


@dataclass(frozen=True, slots=True)
class SharedRun:
    """One stretch of words two texts print alike: ``a`` in one, ``b`` in the other.

    ``words`` counts its words, ``quoted`` those inside quotation marks (in ``a``): a run all
    quoted is one speaker's words reported twice, not reuse between the reports.
    """

    a: Span
    b: Span
    words: int
    quoted: int = 0

    @property
    def quotation_note(self) -> str:
        """``", quoted"``, ``", partly quoted"`` or nothing: what a reader of the run should know."""
        return ", quoted" if self.quoted == self.words else ", partly quoted" if self.quoted else ""


@dataclass(frozen=True, slots=True)
class ReportPair:
    """How two whole reports relate: ``copied`` counts the sentences each prints nearly whole from the
    other, ``shared_words`` the words of phrasing runs; ``runs`` are the longest runs."""

    a: str
    b: str
    relation: Relation
    copied: int
    shared_words: int
    runs: tuple[SharedRun, ...] = ()


@dataclass(frozen=True, slots=True)
class PassagePair:
    """How two passages of one link relate; ``run`` is their longest shared run, if any (shown even
    between independent passages: a quotation both print, which is why they look alike)."""

    a: str
    b: str
    relation: Relation
    run: SharedRun | None = None


@dataclass(frozen=True)
class LinkOrigins:
    """The reports behind one link grouped into origins: reports in one group reuse one text."""

    link: str
    groups: tuple[tuple[str, ...], ...]
    pairs: tuple[PassagePair, ...]

    @property
    def origins(self) -> int:
        return len(self.groups)

    @property
    def reports(self) -> int:
        return sum(len(group) for group in self.groups)

    @property
    def longest(self) -> PassagePair | None:
        """The passage pair with the longest shared run: the run shown for the link."""
        return max((pair for pair in self.pairs if pair.run), key=lambda pair: pair.run.words, default=None)

    def summary(self, outlet: Mapping[str, str]) -> str:
        """One line: ``4 reports, 3 independent origins: Daily Courier and Evening Ledger reuse one text``."""
        line = counted(self.reports, "report") + ", " + counted(self.origins, "independent origin")
        shared = [group for group in self.groups if len(group) > 1]
        if not shared:
            return line + ": each in its own words"
        return line + ": " + "; ".join(listing([outlet[a] for a in group]) + " reuse one text" for group in shared)


@dataclass(frozen=True)
class Origin:
    """Reports of the dossier that carry one text: ``credit`` is a wire agency a report names,
    ``first`` the report published earliest when the group's dates differ."""

    reports: tuple[str, ...]
    credit: str | None = None
    first: str | None = None


@dataclass(frozen=True)
class ReportShare:
    """How much of a report (share of its sentence characters) is copied, rewritten or its own."""

    article: str
    copied: float
    rewritten: float
    own: float
    credits: tuple[str, ...] = ()


@dataclass(frozen=True)
class SourceCover:
    """How much of a report a source document accounts for: the share of its words in runs shared with it."""

    source: str
    report: str
    share: float
    runs: tuple[SharedRun, ...] = ()


@dataclass(frozen=True)
class Origins:
    """Every origins finding of a dossier (see the module docstring)."""

    pairs: tuple[ReportPair, ...] = ()
    links: tuple[LinkOrigins, ...] = ()
    groups: tuple[Origin, ...] = ()
    shares: tuple[ReportShare, ...] = ()
    sources: tuple[SourceCover, ...] = ()

    @cached_property
    def _by_link(self) -> dict[str, LinkOrigins]:
        return {found.link: found for found in self.links}

    def of_link(self, link_id: str) -> LinkOrigins | None:
        return self._by_link.get(link_id)

    def origins_of(self, link: Link) -> int:
        """How many independent origins stand behind ``link`` (its report count when unknown)."""
        found = self.of_link(link.id)
        return found.origins if found else len(link.passages)

    def share_of(self, article_id: str) -> ReportShare | None:
        return next((share for share in self.shares if share.article == article_id), None)

    def pair(self, a: str, b: str) -> ReportPair | None:
        return next((p for p in self.pairs if {p.a, p.b} == {a, b}), None)

    def summary(self, analysis: Analysis) -> str:
        """One line: ``5 reports, 4 origins: copy in Al Jazeera and TRT World (Reuters)``; it never says
        "no copy" while the shares table shows a report's sentences copied."""
        outlet = analysis.dossier.names
        reports = sum(len(group.reports) for group in self.groups)
        line = counted(reports, "report") + ", " + counted(len(self.groups), "origin")
        shared = [group for group in self.groups if len(group.reports) > 1]
        if not shared:
            # The shares table counts single copied sentences: a pair needs several to be one origin.
            copying = sum(1 for share in self.shares if share.copied)
            if copying:
                verb = "shares" if copying == 1 else "share"
                return f"{line}: no report reprints another, but {counted(copying, 'report')} {verb} copied sentences"
            return line + ": no copy between reports"
        parts = []
        for group in shared:
            text = "copy in " + listing([outlet[a] for a in group.reports])
            if group.credit:
                text = f"{group.credit} {text}"
            if group.first:
                text += f", first seen in {outlet[group.first]}"
            parts.append(text)
        return f"{line}: " + "; ".join(parts)


@dataclass(frozen=True)
class Label:
    """Words one report puts on a thing: ``span`` in its body, ``judgement`` the words that judge."""

    span: Span
    text: str
    judgement: tuple[str, ...] = ()


@dataclass(frozen=True)
class NamingRow:
    """One thing as each report names it: ``key`` is an entity or link id.

    ``names`` maps each report to the names it uses (entity rows); ``labels``
    lists the descriptions, in dossier order.
    """

    key: str
    kind: RowKind
    title: str
    names: dict[str, tuple[str, ...]]
    labels: tuple[Label, ...]

    @property
    def judged(self) -> bool:
        """Does some report put a judging word on it?"""
        return any(label.judgement for label in self.labels)

    def labels_of(self, article_id: str) -> tuple[Label, ...]:
        return tuple(label for label in self.labels if label.span.article == article_id)

    def contrasts(self) -> tuple[tuple[Label, Label], ...]:
        """Pairs of labels from different reports where at least one judges and they differ."""
        found = []
        for i, a in enumerate(self.labels):
            for b in self.labels[i + 1 :]:
                if a.span.article != b.span.article and (a.judgement or b.judgement) and a.judgement != b.judgement:
                    found.append((a, b))
        return tuple(found)


@dataclass(frozen=True)
class Naming:
    """The naming matrix of a dossier: entity rows, then statement rows with judging labels."""

    rows: tuple[NamingRow, ...] = ()

    def of_entity(self, entity_id: str) -> NamingRow | None:
        return next((row for row in self.rows if row.kind == "entity" and row.key == entity_id), None)

    def of_link(self, link_id: str) -> NamingRow | None:
        return next((row for row in self.rows if row.kind == "statement" and row.key == link_id), None)


@dataclass(frozen=True)
class Omission:
    """A link the report lacks: ``reports`` carry it, from ``origins`` independent origins."""

    link: str
    reports: int
    origins: int


@dataclass(frozen=True)
class Omissions:
    """Each report's omissions, most carried first (reports omitting nothing are absent)."""

    by_article: dict[str, tuple[Omission, ...]]

    def of(self, article_id: str) -> tuple[Omission, ...]:
        return self.by_article.get(article_id, ())


@dataclass(frozen=True)
class Sourcing:
    """The origins, naming and omissions findings of one analysis (:mod:`reader.core.findings.sourcing`)."""

    origins: Origins
    naming: Naming
    omissions: Omissions


@dataclass(frozen=True)
class Story:
    """Whether the reports cover one event (:mod:`reader.core.links.story`), judged before linking.

    ``off_topic`` lists the ids of reports that seem to be about something
    else; their links, and every link when ``same_event`` is false and there are no ``events``, are weaker links.
    ``events`` groups the reports by event, largest group first, when they fall into two or more
    events (each told by a few reports: :data:`~reader.core.links.story.EVENT_REPORTS`) that no
    confident link joins: ``same_event`` is then false. The links are made once, before the events
    are known, with the reports the verdict of one event doubts (``judge_story``): each event's
    reports link among themselves unless that verdict named them off-topic. ``not_english`` pairs each
    report that does not seem written in English with the language it seems written in (a wordfreq code,
    :func:`~reader.core.links.story.not_english`): the rules read English (:meth:`language_notice`).
    """

    same_event: bool
    off_topic: tuple[str, ...] = ()
    events: tuple[tuple[str, ...], ...] = ()
    not_english: tuple[tuple[str, str], ...] = ()

    def doubtful(self, dossier: Dossier) -> frozenset[str]:
        """The reports whose links can only be weaker ones: the off-topic ones, or all when not one event."""
        return frozenset(self.off_topic if self.same_event else (a.id for a in dossier.articles))

    def notice(self, dossier: Dossier, *, in_export: bool = False) -> str | None:
        """One line for the user, or ``None`` when there is nothing to say; ``in_export``, worded for a
        Markdown or HTML export, which compares the confident links' passages only and has no ``W``."""
        if self.events:
            named = self.events if in_export else self.events[:EVENTS_NAMED]
            groups = "; ".join(f"{counted(len(group), 'report') if n == 0 else len(group)} from {_outlets(dossier, group)}"
                               for n, group in enumerate(named))
            if rest := self.events[len(named):]:
                groups += (f"; and {counted(len(rest), 'smaller event')} of {counted(sum(map(len, rest)), 'report')}"
                           " (the exports name them all)")
            told = f"These reports cover {len(self.events)} events, which no confident link joins: {groups}."
            return f"{told} {self._off_topic(dossier, 'any of them', in_export)}" if self.off_topic else told
        if not self.same_event:
            shown = "taken as confident, so none is compared here" if in_export else "shown as confident"
            return f"These reports do not seem to cover the same event: no passage link is {shown}."
        if not self.off_topic:
            return None
        return self._off_topic(dossier, "the same event as the other reports", in_export)

    def language_notice(self, dossier: Dossier) -> str | None:
        """One line naming the reports not in English (``not_english``), or ``None`` when all seem to be: the
        analysis reads English, so a user reading them knows what it misses. The same words in the exports."""
        if not self.not_english:
            return None
        by_language: dict[str, list[str]] = {}
        for article, language in self.not_english:
            by_language.setdefault(language, []).append(article)
        named = "; ".join(f"{LANGUAGE_NAMES.get(language, language)}? {_outlets(dossier, tuple(group))}"
                          for language, group in by_language.items())
        one = len(self.not_english) == 1
        return (f"{len(self.not_english)} of {counted(len(dossier.articles), 'report')} {'is' if one else 'are'} not "
                f"in English ({named}): the analysis reads English, so links, names, quotations and figures in "
                f"{'it' if one else 'them'} are mostly missed.")

    def _off_topic(self, dossier: Dossier, other: str, in_export: bool) -> str:
        """The sentence naming the off-topic reports, which do not seem to cover ``other``."""
        names = ", ".join(_named(dossier.article(a).name, a) for a in self.off_topic)
        one = len(self.off_topic) == 1
        hidden = "left out of the passages compared here" if in_export else "hidden (W shows them)"
        return (f"{names} {'does' if one else 'do'} not seem to cover {other}, so "
                f"{'its' if one else 'their'} links to them are treated as uncertain and {hidden}.")


OUTLETS_NAMED = 4
"""The outlets a notice names for one event, in dossier order, when it has more than one besides: the JSON's
``story`` lists every report."""
EVENTS_NAMED = 3
"""The events the reader's notice names, the largest: it takes rows of its own, above the status line."""


def _outlets(dossier: Dossier, group: tuple[str, ...]) -> str:
    """``cnn, nbcnews and 2 more outlets``: the group's outlets, each once."""
    outlets = list(dict.fromkeys(dossier.article(a).name for a in group))
    if len(outlets) <= OUTLETS_NAMED + 1:
        return ", ".join(outlets[:-1]) + (" and " if len(outlets) > 1 else "") + outlets[-1]
    more = len(outlets) - OUTLETS_NAMED
    return ", ".join(outlets[:OUTLETS_NAMED]) + f" and {counted(more, 'more outlet')}"


def _named(name: str, article_id: str) -> str:
    """``Beta News (beta)``: the id tells apart reports of one outlet, but is not said twice
    (``latin``, never ``latin (latin)``) when the report is named by it."""
    return name if name.casefold() == article_id.casefold() else f"{name} ({article_id})"


_ENTITY_TABLES = ("mentions_by_article", "_mentions_by_start", "shared_entities", "listed_entities", "title_mentions")
"""The tables of :class:`Analysis` drawn from its entities alone."""
_SENTENCE_TABLES = ("_told_alike",)
"""The tables of :class:`Analysis` drawn from its sentences alone (what ◆ looks up)."""
_TIE_TABLES = ("_said_by",)
"""The tables of :class:`Analysis` drawn from what ties its sentences to other reports' (its sentences, entities,
links and findings: what ◆ looks up), not from its sourcing."""
Tied = dict[tuple[str, int], frozenset[str]]
"""Sentences ``(article, index)`` and the other reports tied to each (:meth:`Analysis.said_by`)."""


@dataclass(frozen=True)
class Analysis:
    """Everything computed from a dossier; built once, never recomputed by the UI."""

    dossier: Dossier
    sentences: dict[str, tuple[Sentence, ...]] = field(default_factory=dict)
    entities: tuple[Entity, ...] = ()
    links: tuple[Link, ...] = ()
    """The confident links: what the reader and the exports show."""
    weaker_links: tuple[Link, ...] = ()
    """Links that may join passages sharing only background (``Link.confident`` false): shown on demand."""
    story: Story = Story(same_event=True)
    sourcing: Sourcing | None = None
    """Origins, the naming matrix and omissions (:mod:`reader.core.findings.sourcing`): found by the
    findings stage (:func:`reader.core.pipeline.find`, again by ``refresh`` after a correction);
    ``None`` in an analysis built without them."""
    findings: Findings = field(default_factory=Findings)
    """What the findings stage derived (:class:`Findings`); empty until :func:`reader.core.pipeline.find`."""
    corrections: tuple[tuple[str, str], ...] = ()
    """The user's decisions applied to it (:mod:`reader.core.store.corrections`), each as the sidecar
    names its kind (``reject``, ``merge``…) and in words: the exports say the analysis was edited by hand."""

    def with_weaker_links(self) -> Analysis:
        """The same analysis showing its weaker links among the confident ones, in dossier order."""
        order = {a.id: n for n, a in enumerate(self.dossier.articles)}
        links = sorted(self.links + self.weaker_links, key=lambda link: (order.get(link.passages[0].article, 0), link.passages[0].start))
        return self.replaced(links=tuple(links), weaker_links=())

    def replaced(self, **changes: Any) -> Analysis:
        """This analysis with ``changes`` made (as :func:`dataclasses.replace`), sharing with it what
        either finds of the text alone (its sentences' tables, what :meth:`derived` keeps ``of="text"``)
        when the two read the very same text: the same dossier, sentences and figures, as an analysis
        and the one corrected from it do (a correction replaces only entities and links), so that
        correcting again builds none of it anew; and what either finds of the entities alone (their
        tables, what :meth:`derived` keeps ``of="entities"``) when the entities are the very same too, as
        the pipeline's analyses of one run and the view with the weaker links (:meth:`with_weaker_links`)
        have them; the tables of its sentences alone whenever the sentences are the same, and those of what ties
        them to other reports' (:data:`_TIE_TABLES`) when all they read is (the pipeline's last step adds the
        sourcing). The one way to make an analysis from another, so that no caller forgets to share."""
        made = replace(self, **changes)
        if made.dossier is not self.dossier:
            return made
        if made.sentences is self.sentences:
            for name in _SENTENCE_TABLES:
                if name in self.__dict__:
                    made.__dict__[name] = self.__dict__[name]
        if made.sentences is self.sentences and made.findings.figures is self.findings.figures:
            made.__dict__["_derived_of_text"] = self.__dict__.setdefault("_derived_of_text", {})
        if all(getattr(made, name) is getattr(self, name) for name in ("sentences", "entities", "links", "weaker_links", "findings")):
            for name in _TIE_TABLES:
                if name in self.__dict__:
                    made.__dict__[name] = self.__dict__[name]
        if made.entities is self.entities:
            made.__dict__["_derived_of_entities"] = self.__dict__.setdefault("_derived_of_entities", {})
            for name in _ENTITY_TABLES:
                if name in self.__dict__:
                    made.__dict__[name] = self.__dict__[name]
        return made

    def found_beside(self, **tables: Any) -> None:
        """Take tables of its sentences alone (:data:`_SENTENCE_TABLES`) found in a forked copy of the process
        (:mod:`reader.core.forked`), beside the links, from the very same sentences: as if found here."""
        for name, table in tables.items():
            if name not in _SENTENCE_TABLES:
                raise ValueError(f"{name} is no table of the sentences alone")
            self.__dict__[name] = table

    def build_tables(self) -> None:
        """Build now every lookup table of this analysis that is otherwise built on first use (its
        entities', links', sentences', figures' and origins'): the thread that made the analysis
        calls it, so that no key of the reader waits for one."""
        for name in (*_ENTITY_TABLES, *_SENTENCE_TABLES, *_TIE_TABLES, "entity_ties", "links_by_article", "sentence_bounds"):
            getattr(self, name)
        self.findings.comparisons_by_link  # noqa: B018
        if self.sourcing is not None:
            self.sourcing.origins._by_link  # noqa: B018

    def derived(self, key: Hashable, find: Callable[[], T], *, of: Literal["all", "entities", "text"] = "all") -> T:
        """What ``find`` finds in this analysis, found once and kept with it under ``key``: a
        finding a view reads (the coverage matrix's rows, :mod:`reader.core.findings.coverage`; the
        entities' highlight slots, :mod:`reader.core.entities.colouring`), found by the worker that
        made the analysis, so that no key waits for it. What is found from the entities alone
        (``of="entities"``) the view with the weaker links keeps too (:meth:`with_weaker_links`);
        what is found from the text alone (``of="text"``: the dossier, sentences and figures), the
        analyses corrected from this one too (:meth:`replaced`)."""
        kept = self.__dict__.setdefault("_derived" if of == "all" else f"_derived_of_{of}", {})
        found = kept.get(key, _NOT_FOUND)
        if found is _NOT_FOUND:
            # Two threads asking at once (the view with the weaker links made ahead beside a correction's
            # worker) may both find it; every caller gets the first kept. No lock: one held by a thread
            # while a stage forks (reader.core.forked) would stay held for good in the forked copy.
            found = kept.setdefault(key, find())
        return found

    def event_of(self, article_id: str) -> tuple[str, ...]:
        """The reports of ``article_id``'s event, in dossier order, when :attr:`Story.events` groups the reports
        (no confident link joins two events, so a statement of one is never the other's to carry or omit: "in k
        of N" and omissions count within it); a report judged off-topic (:attr:`Story.off_topic`) alone, as a report
        of another event: it neither carries nor omits this one's statements; else every report but the off-topic."""
        every, events = self._events
        return events.get(article_id, every)

    @cached_property
    def _events(self) -> tuple[tuple[str, ...], dict[str, tuple[str, ...]]]:
        """The reports of the one event (every report but the off-topic), and each report of an event its event's, each
        off-topic one alone (:meth:`event_of`): built once, asked per link."""
        away = set(self.story.off_topic)
        every = tuple(a.id for a in self.dossier.articles if a.id not in away)
        events: dict[str, tuple[str, ...]] = {article: (article,) for article in self.story.off_topic}
        for group in self.story.events:
            members = set(group)
            event = tuple(a for a in every if a in members)
            for article in event:
                events.setdefault(article, event)
        return every, events

    @cached_property
    def links_by_article(self) -> dict[str, tuple[Link, ...]]:
        """Each article's links, in the order their passages appear in it."""
        table: dict[str, list[tuple[int, Link]]] = {a.id: [] for a in self.dossier.articles}
        for link in self.links:
            for span in link.passages:
                table.setdefault(span.article, []).append((span.start, link))
        return {key: tuple(link for _, link in sorted(rows, key=lambda r: r[0])) for key, rows in table.items()}

    def label_passage(self, link: Link) -> Span:
        """The passage that names a link in lists: the tersest version, usually the statement itself
        rather than one report's longer paraphrase of it."""
        return min(link.passages, key=lambda span: (span.end - span.start, span))

    def excerpt(self, link: Link, width: int) -> str:
        """The link's label passage on one line, cut to ``width`` characters."""
        span = self.label_passage(link)
        return shorten(self.dossier.article(span.article).text(span), width)

    @cached_property
    def mentions_by_article(self) -> dict[str, tuple[tuple[int, int, str], ...]]:
        """Each article's entity mentions as ``(start, end, entity id)``, in order: a finding
        about one passage looks up its own report's mentions, not every mention of the dossier."""
        table: dict[str, list[tuple[int, int, str]]] = {}
        for entity in self.entities:
            for span in entity.mentions:
                table.setdefault(span.article, []).append((span.start, span.end, entity.id))
        return {article: tuple(sorted(rows)) for article, rows in table.items()}

    def mentions_between(self, span: Span) -> tuple[tuple[int, int, str], ...]:
        """The mentions ``(start, end, entity id)`` overlapping ``span``, in order."""
        found = self._mentions_by_start.get(span.article)
        return tuple(found.overlapping(span.start, span.end)) if found else ()

    @cached_property
    def _mentions_by_start(self) -> dict[str, ByStart[tuple[int, int, str]]]:
        return {article: ByStart(rows, itemgetter(0, 1)) for article, rows in self.mentions_by_article.items()}

    @cached_property
    def entity_ties(self) -> dict[str, frozenset[str]]:
        """Each entity's ``related`` ids (a capital and its country), for the entities that have some."""
        return {entity.id: frozenset(entity.related) for entity in self.entities if entity.related}

    @cached_property
    def shared_entities(self) -> tuple[Entity, ...]:
        return tuple(entity for entity in self.entities if entity.shared)

    @cached_property
    def listed_entities(self) -> tuple[Entity, ...]:
        """The entities the reader lists, tints and walks: :attr:`shared_entities`, or in a one-report dossier,
        where none is shared, every entity the report names (a reader of one article still looks for who it names)."""
        return self.entities if len(self.dossier.articles) == 1 else self.shared_entities

    @cached_property
    def title_mentions(self) -> dict[str, tuple[Span, ...]]:
        """Each entity id -> its mentions in the reports' headlines (:mod:`reader.core.model.headlines`):
        not in ``Entity.mentions``, which the findings read in the bodies, but counted wherever the
        mentions per report are (:meth:`mention_counts`, :meth:`naming_reports`)."""
        from reader.core.model.headlines import title_mentions

        return title_mentions(self.dossier.articles, ((entity.id, entity.aliases) for entity in self.entities))

    def every_mention(self, entity: Entity) -> tuple[Span, ...]:
        """``entity``'s mentions in the headlines (:attr:`title_mentions`), then in the bodies: all that
        :meth:`mention_counts` counts, which a concordance of it lists."""
        return (*self.title_mentions.get(entity.id, ()), *entity.mentions)

    def mention_counts(self, entity: Entity) -> Counter[str]:
        """Article id -> how often ``entity`` is mentioned there, its headline included."""
        return Counter(span.article for span in self.every_mention(entity))

    def naming_reports(self, entity: Entity) -> tuple[str, ...]:
        """The ids of the reports mentioning ``entity``, in its headline or its body, in the order of
        ``Entity.articles`` (a report named in its headline alone takes its place in that order)."""
        titles = self.title_mentions.get(entity.id)
        if not titles or {span.article for span in titles} <= set(entity.articles):
            return entity.articles
        return tuple(dict.fromkeys(span.article for span in sorted((*titles, *entity.mentions),
                                                                   key=lambda span: (span.article, span.start))))

    @cached_property
    def sentence_bounds(self) -> dict[str, tuple[list[int], list[int]]]:
        """Each article's sentence starts and ends, in reading order (sentences never overlap)."""
        return {key: ([s.start for s in rows], [s.end for s in rows]) for key, rows in self.sentences.items()}

    def sentences_overlapping(self, span: Span) -> tuple[Sentence, ...]:
        """The sentences of ``span.article`` overlapping ``span``, in order: two binary searches,
        so a long report costs no more than a short one."""
        bounds = self.sentence_bounds.get(span.article)
        if bounds is None:
            return ()
        starts, ends = bounds
        return self.sentences[span.article][bisect_right(ends, span.start):bisect_left(starts, span.end)]

    def passage_tokens(self, span: Span) -> tuple[Token, ...]:
        """The tokens of ``span`` (of a body or a title line: :meth:`~reader.core.model.Article.source`):
        its sentence's when it runs inside one from a token's start to a token's end, as a link's
        passages do (the same tokens: the tokenizer looks neither behind nor ahead of what it
        matches), without taking the text apart again; else its text's."""
        inside = () if span.in_title else self.sentences_overlapping(span)
        if len(inside) == 1:
            tokens = inside[0].tokens
            starts = [t.start for t in tokens]
            first, last = bisect_left(starts, span.start), bisect_left(starts, span.end)
            if first < last and tokens[first].start == span.start and tokens[last - 1].end == span.end:
                return tokens[first:last]
        body = self.dossier.article(span.article).source(span)
        return tokenize(body[span.start : span.end], span.start)

    def unique_sentences(self, article_id: str) -> tuple[Sentence, ...]:
        """Sentences of the article no other report says (:meth:`said_by` finds none): the gutter's
        ``◆``, ``u``'s walk, the compare status's "only … has this" and the exports' "What only one
        report says". Found once per article. None in a dossier of one report: "only this report"
        would be true of every sentence, a mark on all of them saying nothing."""
        def find() -> tuple[Sentence, ...]:
            if len(self.dossier.articles) < 2:
                return ()
            said, told = self._said_by, self._told_alike
            return tuple(s for s in self.sentences.get(article_id, ())
                         if (article_id, s.index) not in said and (article_id, s.index) not in told)

        return self.derived(("unique", article_id), find)

    def unique_listed(self, article_id: str) -> tuple[Sentence, ...]:
        """:meth:`unique_sentences` as the exports list them: a sentence the report prints again (a repeated
        paragraph) once, where it first stands; the gutter still marks each copy."""
        first: dict[str, Sentence] = {}
        for sentence in self.unique_sentences(article_id):
            first.setdefault(sentence.text, sentence)
        return tuple(first.values())

    def said_by(self, article_id: str, sentence: Sentence) -> frozenset[str]:
        """The other reports that say what the sentence says, one relation however the reader found
        it: a link joins them (a weaker one too: it may join only background, yet a false "only this
        report says" misleads a fact-checker more than a missing one), a figure comparison (its twin
        is in another report), a quotation group (the same words quoted, when one sentence is mostly the quotation
        or the two name something alike: :meth:`_quoted_alike`), the same sentence printed whole (a dateline, a list item: too short to link), or
        a sentence telling it in words of its own (:meth:`_told_alike`). Symmetric: when a report says
        this sentence, this report says one of that report's."""
        key = (article_id, sentence.index)
        return self._said_by.get(key, frozenset()) | self._told_alike.get(key, frozenset())

    def saying(self, span: Span) -> frozenset[str]:
        """The reports saying what ``span`` says: its own and every one saying a sentence it covers
        (:meth:`said_by`), as "What each report leaves out" asks before saying a report lacks it."""
        return frozenset({span.article}).union(*(self.said_by(span.article, s) for s in self.sentences_overlapping(span)))

    def unique_indexes(self, article_id: str) -> frozenset[int]:
        """The indexes of :meth:`unique_sentences`, to look a sentence up in: each visible line's
        gutter and each status ask. Found once per article."""
        return self.derived(("unique indexes", article_id),
                            lambda: frozenset(s.index for s in self.unique_sentences(article_id)))

    def said_alone(self, span: Span) -> bool:
        """Does only ``span``'s report say what it says (each sentence it covers one of
        :meth:`unique_sentences`)? Never for a title line, which is no sentence."""
        covered, alone = self.sentences_overlapping(span), self.unique_indexes(span.article)
        return bool(covered) and all(s.index in alone for s in covered)

    @cached_property
    def _said_by(self) -> Tied:
        """For each sentence ``(article, index)`` other reports say, whatever the reader found
        but the echoes (:meth:`said_by`): the reports of the passages tied with it, each tie laid
        on every side of it."""
        tied: dict[tuple[str, int, int], tuple[Span, set[str]]] = {}  # a passage in many ties (a figure in many
        for spans in (link.passages for link in self.links + self.weaker_links):  # comparisons) is looked up once
            reports = {span.article for span in spans}
            if len(reports) > 1:
                for span in spans:
                    tied.setdefault((span.article, span.start, span.end), (span, set()))[1].update(reports)
        into: dict[int, set[str]] = {}  # each figure object's reports in ``tied``: a figure copied into hundreds of
        # reports is in a comparison with each copy of another, so its own report is laid once, when first tied,
        # and each comparison of two figures (nearly all) adds the other's report to each, with no set made
        for comparison in self.findings.comparisons:
            figures = comparison.figures
            if len(figures) == 2:
                x, y = figures
                if (ax := x.span.article) != (ay := y.span.article):
                    (into.get(id(x)) or self._tied_figure(x, tied, into)).add(ay)
                    (into.get(id(y)) or self._tied_figure(y, tied, into)).add(ax)
                continue
            reports = {figure.span.article for figure in figures}
            if len(reports) > 1:
                for figure in figures:
                    (into.get(id(figure)) or self._tied_figure(figure, tied, into)).update(reports)
        table: dict[tuple[str, int], set[str]] = {}
        for span, reports in tied.values():
            for sentence in self.sentences_overlapping(span):
                table.setdefault((span.article, sentence.index), set()).update(reports - {span.article})
        groups = [[quote.span for quote in group.quotes] + list(group.reported) for group in self.findings.quotes]
        for spans in groups + self._sharing_quotations():
            for span, others in self._quoted_alike(spans):
                for sentence in self.sentences_overlapping(span):
                    table.setdefault((span.article, sentence.index), set()).update(others)
        printers: dict[str, set[str]] = {}
        for article, sentences in self.sentences.items():
            for s in sentences:
                printers.setdefault(" ".join(s.text.split()), set()).add(article)
        for article, sentences in self.sentences.items():
            for s in sentences:
                if len(reports := printers[" ".join(s.text.split())]) > 1:
                    table.setdefault((article, s.index), set()).update(reports - {article})
        return {key: frozenset(reports) for key, reports in table.items()}

    @staticmethod
    def _tied_figure(figure: Figure, tied: dict[tuple[str, int, int], tuple[Span, set[str]]], into: dict[int, set[str]]
                     ) -> set[str]:
        """The reports tied with ``figure``'s place (:meth:`_said_by`), first asked: its own report among them."""
        span = figure.span
        found = into[id(figure)] = tied.setdefault((span.article, span.start, span.end), (span, set()))[1]
        found.add(span.article)
        return found

    def _quoted_alike(self, spans: list[Span]) -> Iterator[tuple[Span, set[str]]]:
        """Each of a quotation group's passages (its quotations and the passages reporting them, or the quotations
        printing one run of words, :meth:`_sharing_quotations`) and the other
        reports with one of them whose sentences say one thing with it: one of the two is mostly the quotation,
        or the two name someone or something alike. Two reports may quote one stock phrase ("a disgrace to the
        town") about different matters. Found per passage, not per pair: a group may hold thousands of them
        (one quotation repeated through a report)."""
        mostly = {span: self._mostly_quoted(span) for span in spans}
        named = {span: {eid for s in self.sentences_overlapping(span) for *_, eid in self.mentions_between(s.span)}
                 for span in spans}
        everyone = {span.article for span in spans}
        quoting = {span.article for span in spans if mostly[span]}
        naming: dict[str, set[str]] = {}
        for span in spans:
            for eid in named[span]:
                naming.setdefault(eid, set()).add(span.article)
        for span in spans:
            others = (everyone if mostly[span] else quoting.union(*(naming[eid] for eid in named[span]))) - {span.article}
            if others:
                yield span, others

    QUOTED_RUN = 3
    QUOTED_MANY = 12

    def _sharing_quotations(self) -> list[list[Span]]:
        """The quotations of the reports that print a run of :attr:`QUOTED_RUN` words alike, two of them
        words that tell something (:func:`~reader.core.model.telling.term`) and are no everyday words (``had
        done nothing``: one happening told of two people) unless a quotation is the run whole (``the right
        thing``), in groups: a part of one
        quotation another report quotes too (``the right move``) is the same saying, however each quotes
        around it. A run more than :attr:`QUOTED_MANY` quotations print is left out: the dossier's slogan."""
        from reader.core.model.telling import everyday, term

        runs: dict[tuple[str, ...], set[Span]] = {}
        whole: set[tuple[str, ...]] = set()
        read: dict[str, list[tuple[str, ...]]] = {}  # a quotation's runs are read once per text: copies abound
        for quotes in self.findings.quotations.values():
            for quote in quotes:
                span = quote.span
                text = self.dossier.article(span.article).source(span)[span.start : span.end]
                if (found := read.get(text)) is None:
                    words = [t.norm for t in self.passage_tokens(span) if t.is_word]
                    if len(words) == self.QUOTED_RUN:
                        whole.add(tuple(words))
                    every_run = (tuple(words[at : at + self.QUOTED_RUN]) for at in range(len(words) - self.QUOTED_RUN + 1))
                    found = read[text] = [run for run in every_run if sum(term(word) is not None for word in run) >= 2]
                for run in found:
                    runs.setdefault(run, set()).add(span)
        telling = {run for run in runs if run in whole or sum(not everyday(found) for found in map(term, run) if found) >= 2}
        return [sorted(spans) for spans in {frozenset(runs[run]) for run in telling if len(runs[run]) <= self.QUOTED_MANY}
                if len({span.article for span in spans}) > 1]

    def _mostly_quoted(self, span: Span) -> bool:
        """Is ``span`` at least half the words of the sentences it is in?"""
        sentences = self.sentences_overlapping(span)
        body = self.dossier.article(span.article).body
        return bool(sentences) and 2 * len(body[span.start:span.end].split()) >= sum(len(s.text.split()) for s in sentences)

    TOLD_COMMON = 100
    """A word in more sentences than this is the dossier's background: it tells no two sentences alike."""
    TOLD_BACKGROUND = 0.15
    """A word in more than this share of the dossier's sentences is its subject, and a word as common in
    general English as ``year`` or ``see`` (:func:`~reader.core.model.telling.everyday`) anybody's: neither
    is a word of what a sentence tells in words of its own."""
    TOLD_SHARE = 0.5
    """Share of the shorter sentence's own words (neither subject nor everyday) the words two sentences share
    close together must make: three words of a long sentence (a title and a name) are not what it tells."""
    TOLD_TELLING = 0.05
    """A word in more than this share of the dossier's sentences (the charge, the accused) tells no one
    statement of it apart, however rare in general English (:func:`~reader.core.model.telling.rare`)."""
    ECHO_SHARE = 0.75
    ECHO_SPREAD = 0.3

    def word_rows(self, *, names: bool = False) -> dict[str, tuple[tuple[str | None, ...], ...]]:
        """Each report's sentences as their :func:`~reader.core.model.telling.word_row` (``names``: a name of
        several words one word), in order: read once per distinct text and kept with it (the analyses
        corrected from it share them), for ◆ (:meth:`_told_alike`) and the omissions alike."""
        from reader.core.model.telling import word_rows

        def rows() -> tuple[dict[str, tuple[tuple[str | None, ...], ...]], ...]:
            both = once_per_text(lambda sentence: word_rows(sentence.tokens))  # one reading of the words for both
            read = {article: tuple(map(both, sentences)) for article, sentences in self.sentences.items()}
            return tuple({article: tuple(pair[which] for pair in pairs) for article, pairs in read.items()} for which in (0, 1))

        return self.derived("word rows", rows, of="text")[1 if names else 0]

    @cached_property
    def _told_alike(self) -> Tied:
        """For each sentence ``(article, index)``, the other reports with a sentence that tells what it says,
        found in their words alone (:func:`~reader.core.model.telling.word_row`, a name of several words one word): the two share :data:`~reader.core.model.telling.CORE_WORDS` words or more that
        are neither the dossier's subject nor everyday words (:attr:`TOLD_BACKGROUND`), :attr:`TOLD_SHARE` of
        the shorter one's, one of them rare in general English or a figure (:func:`~reader.core.model.telling.rare`) and in
        few of the dossier's sentences (:attr:`TOLD_TELLING`), standing close together in each (:func:`~reader.core.model.telling.told_in`: a fact told in other
        words around it: ``the ferry ran aground off the point`` inside a sentence about who saw it),
        or :attr:`ECHO_SHARE` of the shorter one's words and :attr:`ECHO_SPREAD` of the longer one's
        wherever they stand (one holds the other's facts, a near-copy). Symmetric; looked up in an index of
        the words, each word's sentences counted only while it is no background, so a dossier of
        thousands of reports is read in time linear in its sentences."""
        from reader.core.model.telling import CORE_WORDS, everyday, rare, told_in

        # Sentences of the same words (a copy of one sentence in many reports) are one class, weighed once against
        # each other class: what a pair of sentences is found to tell alike depends on their words alone.
        classes: dict[tuple[tuple[str | None, ...], tuple[str | None, ...]], int] = {}
        rows, named, members = [], [], []
        read, read_named = self.word_rows(), self.word_rows(names=True)
        for article, sentences in self.sentences.items():
            for s, row, names in zip(sentences, read[article], read_named[article]):
                at = classes.setdefault((row, names), len(classes))
                if at == len(members):
                    rows.append(row)
                    named.append(names)
                    members.append([])
                members[at].append((article, s.index))
        counts: Counter[str] = Counter()
        postings: dict[str, list[int]] = {}
        for at, row in enumerate(rows):
            for word in set(row) - {None}:
                counts[word] += len(members[at])  # the filters below count sentences, copies and all
                postings.setdefault(word, []).append(at)
        postings = {word: ats for word, ats in postings.items() if counts[word] <= self.TOLD_COMMON}
        sentences_in = sum(len(keys) for keys in members)
        background = max(CORE_WORDS, self.TOLD_BACKGROUND * sentences_in)
        kept = {word for word in postings if counts[word] <= background and not everyday(word)}
        few = max(CORE_WORDS, self.TOLD_TELLING * sentences_in)
        telling = {word for word in kept if counts[word] <= few and rare(word)}
        words = [frozenset(word for word in row if word in postings) for row in rows]
        own_words = [kept.intersection(row) for row in named]
        reports = [{article for article, _ in keys} for keys in members]
        table: dict[tuple[str, int], set[str]] = {}
        for at, own in enumerate(words):
            # each pair of classes once (a class with itself: its copies): a word's classes are in order, and only
            # those from this one on are counted (counting all, then skipping the earlier, cost half the table)
            shared = Counter(chain.from_iterable(ats[bisect_left(ats, at):] for ats in map(postings.__getitem__, own)))
            for other, count in shared.items():
                if count < CORE_WORDS:
                    continue
                theirs, mine, yours = words[other], own_words[at], own_words[other]
                core = mine & yours
                if (count >= self.ECHO_SHARE * min(len(own), len(theirs)) and count >= self.ECHO_SPREAD * max(len(own), len(theirs))
                        or len(core) >= max(CORE_WORDS, self.TOLD_SHARE * min(len(mine), len(yours)))
                        and not core.isdisjoint(telling) and told_in(core, (named[at],)) and told_in(core, (named[other],))):
                    for one, two in ((at, other), (other, at)):
                        for key in members[one]:
                            if others := reports[two] - {key[0]}:  # a report's own sentences tell it nothing
                                table.setdefault(key, set()).update(others)
        return {key: frozenset(reports) for key, reports in table.items()}

    def shared_fraction(self, article_id: str) -> float | None:
        """Share of the article's sentence characters in a sentence that a link shown joins to another report
        (``None`` in a dossier of one article: a share of nothing, which ``0% shared`` misread as none in common):
        what the gutter marks with a report's number and compare counts as "also in", the confident links (and the
        weaker ones too in the view showing them, :meth:`with_weaker_links`). Not the complement of
        :meth:`unique_sentences`, which a weaker link also keeps from "only this report says": a passage
        shown unlinked is counted neither shared nor alone. Found once per article."""

        if len(self.dossier.articles) < 2:
            return None

        def find() -> float:
            total = sum(s.end - s.start for s in self.sentences.get(article_id, ()))
            linked = {s.index: s.end - s.start for link in self.links_by_article.get(article_id, ())
                      if any(span.article != article_id for span in link.passages)
                      for span in link.passages if span.article == article_id for s in self.sentences_overlapping(span)}
            return sum(linked.values()) / total if total else 0.0

        return self.derived(("shared", article_id), find)
