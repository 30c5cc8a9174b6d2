"""The figure comparisons gathered by what they measure, so one report's odd figure reads as one line.

The findings compare figures two reports at a time: one report giving a count that eight
others give differently is eight conflicts, and eight reports agreeing are 28 agreements.
A reader wants one line per quantity: which value each report gives, the fewest first.
Figures joined by comparisons (directly or through others) measure one thing; a group is
such a set, and its sides are the values given, each with the reports giving it. In a conflict
the sides are values that disagree: "~300" agreeing with 300 is one side with it. Pure: the
exports and the reader's gutter read it, and the pairwise comparisons stay as they are.

A sentence copied by k reports agrees with itself k(k-1)/2 times: :func:`listed_comparisons` picks
the few pairs that still join every figure to those it agrees with, for a document listing pairs.
"""

from __future__ import annotations

from collections import Counter, defaultdict, deque
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import accumulate, chain, compress
from operator import attrgetter, itemgetter, not_

from reader.core.model import Analysis, Figure, FigureComparison
from reader.core.partition import Partition
from reader.core.vocabulary import CALENDAR_WORDS, FUNCTION_WORDS, REPORTING_VERBS, WRITTEN_WORD, lemmas


@dataclass(frozen=True, slots=True)
class FigureSide:
    """One value of a group (``shown``, as :attr:`Figure.shown` normalises it) and the reports
    giving it, in dossier order, with their figures."""

    shown: str
    articles: tuple[str, ...]
    figures: tuple[Figure, ...]
    elsewhere: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """In a conflict, each other side's value (``shown``) that some of these reports give too, outside this
    group (a report giving 5 crates for one raid and 13 as the total so far), with those reports: said on the
    line, which would otherwise read as these reports giving only this value (:func:`_elsewhere`)."""
    values: tuple[FigureSide, ...] = ()
    """In a conflict, the values this side holds when it holds more than one, each a side of its own reports:
    the exact value first, then those written as approximate ("~300") that agree with it and with no other
    exact value (:func:`_joined`); ``shown`` (and :attr:`said`) is then the exact value's, ``articles`` and
    ``figures`` those of all its values."""

    @property
    def given(self) -> tuple[FigureSide, ...]:
        """The values on this side, each with its reports: :attr:`values`, else the side itself."""
        return self.values or (self,)

    @property
    def said(self) -> str:
        """The value as reports write it (:attr:`Figure.said`: ``$7 million``, ``4 months``), for reading."""
        return self.figures[0].said


@dataclass(frozen=True, slots=True, eq=False)
class FigureGroup:
    """Figures the comparisons tie together as one quantity (``key``: :attr:`Figure.key`).

    ``sides`` hold its values, those backed by the fewest reports first (the odd one out
    leads; a report backs a value it gives or agrees with), ties in dossier order;
    ``articles`` are the reports giving any, in dossier order; ``comparisons`` are the pairwise findings behind it;
    ``sources`` the documents among ``articles`` marked ``role: source``, which count as no report: a value they
    give is said as theirs, and backs no side. A group is one finding of one grouping, equal only to itself:
    hashing it by its fields walked every comparison (hundreds of thousands in a figure copied into hundreds of
    reports), for each key that looked up the groups on screen.
    """

    key: str
    sides: tuple[FigureSide, ...]
    comparisons: tuple[FigureComparison, ...]
    articles: tuple[str, ...]
    sources: frozenset[str] = frozenset()
    named: str = ""
    """In a conflict, what the figures' sentences say is measured, when they name it and do not name two things
    (:func:`~reader.core.findings.figures.measure_named`: ``depth``, ``north of Santa Lucerna``), in one of dates
    what happened on them (a word its sentences share: ``suspended``), else ``""``. In
    an agreement whose values another agreement gives too (two Mondays' dates), a word its figures' sentences say
    and the other's do not (``arrested``, ``landed``): the two lines would read as one said twice (:func:`_told_apart`)."""

    @property
    def conflict(self) -> bool:
        return "conflict" in map(_VERDICT, self.comparisons)

    @property
    def unit(self) -> str:
        """The counted noun (``"permit"``, ``"mile"``), else the kind (``"date"``)."""
        kind, _, unit = self.key.partition(":")
        return unit if kind == "count" and unit else kind

    @property
    def measured(self) -> str:
        """What is measured, for people: the thing the sentences name with the unit (``"depth (mile)"``: two
        quantities in miles read alike), a conflict of dates with what happened on them (``"date (sentences with
        “suspended”)"``), else the unit (``"permit"``)."""
        if self.key == "date" and self.named:
            return f"date (sentences with “{self.named}”)"
        return f"{self.named} ({self.unit})" if self.named and self.named != self.unit else self.unit

    @property
    def links(self) -> tuple[str | None, ...]:
        """The links holding the comparisons, in order (``None``: paired outside links)."""
        return tuple(dict.fromkeys(c.link for c in self.comparisons))

    def value(self, side: FigureSide) -> str:
        """``side``'s value as reports write it (:attr:`FigureSide.said`), without the noun :attr:`measured`
        already says (``"9"``, not ``"9 ladder"``)."""
        noun = f" {self.unit}"
        return side.shown[: -len(noun)] if self.key.startswith("count:") and side.shown.endswith(noun) else side.said


_Place = tuple[str, int, int]
"""A figure's article, start and end: the figure, whichever comparison holds it."""


_place: Callable[[Figure], _Place] = attrgetter("span.article", "span.start", "span.end")


_VERDICT, _FIGURES = attrgetter("verdict"), attrgetter("figures")


class _Numbered:
    """``comparisons`` with their figures numbered by place, in the order they first come: a figure copied into ``k``
    reports is in ``k(k-1)/2`` agreements and thousands more comparisons, each read here as a few small numbers.
    ``figures[v]`` is the figure at place ``v`` (the last one given there), ``held[n]`` the places of comparison ``n``'s
    figures; a figure object is read (its place, value, report) once however many comparisons hold it."""

    def __init__(self, comparisons: Sequence[FigureComparison]) -> None:
        self.comparisons = comparisons
        self.conflicts = [verdict == "conflict" for verdict in map(_VERDICT, comparisons)]
        held = list(map(_FIGURES, comparisons))
        given = list(chain.from_iterable(held))
        ids = list(map(id, given))
        objects = dict(zip(ids, given))
        place_of = dict(zip(objects, map(_place, objects.values())))  # each figure object's place, read once
        located = list(map(place_of.__getitem__, ids))
        at = dict(zip(located, given))  # each place, where first given, with its last figure
        self.figures = list(at.values())
        places = list(map(dict(zip(at, range(len(at)))).__getitem__, located))
        if set(map(len, held)) <= {2}:
            self.held = list(zip(places[::2], places[1::2]))
        else:
            ends = list(accumulate(map(len, held)))
            self.held = [tuple(places[end - len(figures):end]) for end, figures in zip(ends, held)]


def figure_groups(comparisons: Iterable[FigureComparison], order: Sequence[str],
                  sources: Collection[str] = frozenset()) -> tuple[FigureGroup, ...]:
    """``comparisons`` gathered into groups: figures compared with each other, directly or
    through a third, are one group. ``order`` is the dossier's article ids (reports in a side,
    and ties between sides, follow it), ``sources`` those of its source documents (:attr:`Dossier.sources`).
    Groups come in the order of their first comparison. Each comparison is read once, as numbers
    (:class:`_Numbered`): a group's values, agreements and conflicts are gathered once per pair of values."""
    return _grouped(_Numbered(tuple(comparisons)), order, frozenset(sources))


def _grouped(numbered: _Numbered, order: Sequence[str], sources: frozenset[str]) -> tuple[FigureGroup, ...]:
    rank = {article: n for n, article in enumerate(order)}
    places = Partition(range(len(numbered.figures)))
    places.join_all((number, held[0]) for held in numbered.held for number in held[1:])
    roots = list(map(places.root, range(len(numbered.figures))))
    gathered: dict[int, list[int]] = {}
    for n, first in enumerate(map(roots.__getitem__, map(itemgetter(0), numbered.held))):
        gathered.setdefault(first, []).append(n)
    found = [_Gathered(numbered, ns, sources) for ns in gathered.values()]
    return _elsewhere(_agreements_joined(found, rank, sources))


def listed_comparisons(comparisons: Sequence[FigureComparison], order: Sequence[str]) -> tuple[FigureComparison, ...]:
    """The comparisons a document lists, in their order, so that it grows with the figures, not their pairs.

    Agreements as a spanning set: figures agreeing directly or through others are an agreeing group,
    and each figure of a group but its first (in dossier order, ``order`` the article ids) is listed
    against one agreeing counterpart: the group's first figure when the two were compared, else one
    fewest agreements away from it (a tree walked breadth-first from the first figure). A group of n
    figures lists n - 1 agreements, and the groups read back from them are those of all the agreements.
    Conflicts by pairs of agreeing groups: the first conflict found between two groups (or within one)
    stands for the others (the copies of one figure that conflict with the copies of another)."""
    return _listed(_Numbered(comparisons), order)


def _listed(numbered: _Numbered, order: Sequence[str]) -> tuple[FigureComparison, ...]:
    rank = {article: n for n, article in enumerate(order)}
    places, conflicts = numbered.held, numbered.conflicts
    agreeing: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for n in compress(range(len(places)), map(not_, conflicts)):
        first, *others = places[n]
        for other in others:
            agreeing[first].append((other, n))
            agreeing[other].append((first, n))
    figures = numbered.figures
    listed: list[int] = []
    group: dict[int, int] = {}
    for start in sorted(agreeing, key=lambda v: (rank.get((span := figures[v].span).article, len(rank)), span.start, span.end)):
        if start in group:
            continue
        group[start] = start
        walk = deque([start])
        while walk:
            for place, n in agreeing[walk.popleft()]:
                if place not in group:
                    group[place] = start
                    listed.append(n)
                    walk.append(place)
    in_conflict: set[frozenset[int]] = set()
    for n in compress(range(len(places)), conflicts):
        groups = frozenset(group.get(place, place) for place in places[n])
        if groups not in in_conflict:
            in_conflict.add(groups)
            listed.append(n)
    return tuple(map(numbered.comparisons.__getitem__, sorted(listed)))


def figure_groups_of(analysis: Analysis) -> tuple[FigureGroup, ...]:
    """:func:`figure_groups` of the analysis' comparisons, its reports in dossier order, its sources known, each
    conflict with what its sentences name it measures (:func:`_named`)."""
    dossier = analysis.dossier
    return _named(analysis, figure_groups(analysis.findings.comparisons, [article.id for article in dossier.articles],
                                          dossier.sources))


def listed_and_grouped(analysis: Analysis) -> tuple[tuple[FigureComparison, ...], tuple[FigureGroup, ...]]:
    """:func:`listed_comparisons` and :func:`figure_groups_of` of the analysis, its comparisons read once for both
    (:class:`_Numbered`): what a document lists and gathers."""
    dossier = analysis.dossier
    order = [article.id for article in dossier.articles]
    numbered = _Numbered(analysis.findings.comparisons)
    return _listed(numbered, order), _named(analysis, _grouped(numbered, order, frozenset(dossier.sources)))


def _named(analysis: Analysis, groups: tuple[FigureGroup, ...]) -> tuple[FigureGroup, ...]:
    """``groups``, each conflict with :attr:`FigureGroup.named` when its figures' sentences name one measured thing
    (those naming none aside; two names, none): ``mile: 12 …`` said alike of a quake's depth and of its distance
    from a town; a conflict of dates with what happened on them, a word all its figures' sentences share
    (:func:`_happened`): a date alone names nothing, and reads as the reports' own dates disagreeing. Agreements are
    said by their values, which need no name, unless another agreement gives the same values (:func:`_told_apart`)."""
    from reader.core.findings.figures import measure_named

    rarity = _Rarity(analysis)

    def name(group: FigureGroup) -> str:
        if group.key == "date":
            return _happened(analysis, group, rarity)
        named = {measure_named(analysis.dossier.article(f.span.article).body, f)
                 for side in group.sides for f in side.figures} - {None}
        return named.pop() if len(named) == 1 else ""

    told = _told_apart(analysis, [group for group in groups if not group.conflict], rarity)
    return tuple(replace(group, named=found) if group.conflict and (found := name(group))
                 else replace(group, named=told[id(group)]) if id(group) in told else group for group in groups)


def _inflected_verb(word: str) -> bool:
    """``shot``, ``landed``, ``seizing``: a verb's form other than its lemma."""
    return any(lemma != word for lemma in lemmas(word).get("VERB", ()))


class _Rarity:
    """How many of the dossier's distinct sentences hold each word (lower case), counted when first asked: a
    copy-heavy dossier prints most of its sentences many times, and most analyses need no word told."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis, self._counts = analysis, None

    def __getitem__(self, word: str) -> int:
        if self._counts is None:
            texts = {sentence.text for sentences in self.analysis.sentences.values() for sentence in sentences}
            self._counts = Counter(word for text in texts for word in {w.lower() for w in WRITTEN_WORD.findall(text)})
        return self._counts[word]


def _sentences(analysis: Analysis, group: FigureGroup) -> list[str]:
    """The distinct sentences holding the group's figures."""
    spans = dict.fromkeys(f.span for side in group.sides for f in side.figures)
    return list(dict.fromkeys(s.text for span in spans for s in analysis.sentences_overlapping(span)))


def _telling_word(words: list[dict[str, str]], left_out: Collection[str], rarity: _Rarity) -> str:
    """Of the words (lower case -> as written) of all of a group's sentences (else of most of them), not a function
    word nor one ``left_out``: a verb's inflected form first (what happened then: ``arrested``), then the rarest in the
    dossier, in lower case when a sentence writes it so (not capitalised for opening one), else as the first sentence
    holding it writes it; ``""`` when there is none."""
    counts = Counter(word for found in words for word in found if word not in left_out and word not in FUNCTION_WORDS)
    for least in (len(words), len(words) // 2 + 1):
        if found := [word for word, times in counts.items() if times >= least]:
            word = min(found, key=lambda w: (not _inflected_verb(w), rarity[w]))  # ties: the first counted
            written = [own[word] for own in words if word in own]
            return word if word in written else written[0]
    return ""


_NOT_HAPPENING = REPORTING_VERBS | CALENDAR_WORDS | frozenset("ago earlier later week weekend month year morning afternoon "
                                                              "evening night day days".split())
"""Words a date's sentences share that say nothing of what happened on it: who said so, and time words."""


def _happened(analysis: Analysis, group: FigureGroup, rarity: _Rarity) -> str:
    """What happened on the dates of a conflict of dates: the word telling it (:func:`_telling_word`) of its sentences
    (``suspended`` in ``betting was suspended on Friday`` and ``suspended betting yesterday``), not a reporting verb,
    a word next to one (who said it) or a time word; ``""`` when they share none."""
    words = []
    for text in _sentences(analysis, group):
        written = WRITTEN_WORD.findall(text)
        lowered = [w.lower() for w in written]
        words.append({low: w for n, (low, w) in enumerate(zip(lowered, written)) if not REPORTING_VERBS.intersection(
            lowered[max(0, n - 1) : n] + lowered[n + 1 : n + 2])})  # nor the speaker next to it: "officials said"
    return _telling_word(words, _NOT_HAPPENING, rarity)


def _told_apart(analysis: Analysis, agreements: list[FigureGroup], rarity: _Rarity) -> dict[int, str]:
    """``id(group)`` -> the word telling it apart, for agreements giving the same values as another (:attr:`FigureGroup.named`):
    of the words in all its figures' sentences (else in most of them) and in none of the others' (:func:`_telling_word`).
    A group with no such word has none."""
    alike: dict[tuple, list[FigureGroup]] = defaultdict(list)
    for group in agreements:
        alike[(group.key, tuple(side.shown for side in group.sides))].append(group)
    told = {}
    for groups in (groups for groups in alike.values() if len(groups) > 1):
        texts = [_sentences(analysis, group) for group in groups]
        words = [[{w.lower(): w for w in WRITTEN_WORD.findall(text)} for text in own] for own in texts]
        for n, group in enumerate(groups):
            others = {word for m, own in enumerate(words) if m != n for found in own for word in found}
            if word := _telling_word(words[n], others, rarity):
                told[id(group)] = word
    return told


class _Gathered:
    """What a group is made of, its comparisons read once (``ns``: their numbers in ``numbered``, in order): its figures'
    places in the order they first come, the pairs of values that agree and those that conflict, and for each
    value the reports (not ``sources``) of the agreements holding it. Agreements of one pair of values are gathered
    first and their reports read once (a figure copied into many reports agrees with each copy)."""

    def __init__(self, numbered: _Numbered, ns: list[int], sources: frozenset[str]) -> None:
        self.numbered, self.ns = numbered, ns
        held, conflicts, figures = numbered.held, numbered.conflicts, numbered.figures
        self.places = list(dict.fromkeys(chain.from_iterable(map(held.__getitem__, ns))))
        shown = {place: figures[place].shown for place in self.places}
        touched: dict[tuple[frozenset[str], bool], set[int]] = {}
        for n in ns:
            places = held[n]
            touched.setdefault((frozenset(map(shown.__getitem__, places)), conflicts[n]), set()).update(places)
        self.agree = {values for values, conflict in touched if not conflict}
        self.conflict = {values for values, conflict in touched if conflict}
        self.backing: dict[str, set[str]] = defaultdict(set)
        for (values, conflict), places in touched.items():
            if not conflict:
                articles = {figures[place].span.article for place in places} - sources
                for value in values:
                    self.backing[value].update(articles)


def _agreements_joined(groups: list[_Gathered], rank: dict[str, int], sources: frozenset[str]) -> tuple[FigureGroup, ...]:
    """``groups`` made, with the agreements of one key and the same values that share a report read as one: a
    report giving a date or a count in two sentences, each linked to other reports, would say it on two
    lines. Conflicts, and agreements with no report in common, stay as they are: they may measure two things."""
    made = [_group([found], rank, sources) for found in groups]
    lines = Partition(range(len(made)))
    first: dict[tuple[str, frozenset[str], str], int] = {}
    for n, group in enumerate(made):
        if not groups[n].conflict:
            values = frozenset(side.shown for side in group.sides)
            for article in group.articles:
                lines.join(n, first.setdefault((group.key, values, article), n))
    return tuple(made[found[0]] if len(found) == 1 else _group([groups[n] for n in found], rank, sources)
                 for found in lines.groups())


def _elsewhere(groups: tuple[FigureGroup, ...]) -> tuple[FigureGroup, ...]:
    """``groups`` with each conflict's sides told which other side's value their reports give outside the group
    (:attr:`FigureSide.elsewhere`): a report may give 5 crates seized in one raid, agreeing with others, and 13 as
    the total, agreeing with others again, while one more report gives 13 for the raid. The conflict (13 against
    5) stands; the line says those reports give 13 too, so that it and the agreement on 13 never read as two
    accounts of one report."""
    given: dict[tuple[str, str], set[str]] = defaultdict(set)
    for group in groups:
        for value in (value for side in group.sides for value in side.given):
            given[group.key, value.shown].update(value.articles)
    found = []
    for group in groups:
        sides = group.sides
        if group.conflict:
            sides = tuple(replace(side, elsewhere=tuple(
                (value.shown, also) for other in group.sides if other is not side for value in other.given if (also := tuple(
                    a for a in side.articles if a not in other.articles and a in given[group.key, value.shown]))))
                for side in sides)
        found.append(group if sides == group.sides else replace(group, sides=sides))
    return tuple(found)


def _group(parts: list[_Gathered], rank: dict[str, int], sources: frozenset[str]) -> FigureGroup:
    """The group of ``parts`` (one, or several whose agreements read as one line), their comparisons in turn."""
    numbered = parts[0].numbered
    figures = [numbered.figures[place] for part in parts for place in part.places]
    by_value: dict[str, list[Figure]] = {}
    for figure in sorted(figures, key=lambda f: (rank.get(f.span.article, len(rank)), f.span.start)):
        by_value.setdefault(figure.shown, []).append(figure)
    # Fewest first by the reports a value has on its side (its own, and those whose figures agree
    # with it: "40" and "about 40" back each other against "75"), then by its own; stable, so
    # ties keep dossier order.
    backing: dict[str, set[str]] = {shown: {f.span.article for f in found} - sources for shown, found in by_value.items()}
    agree: set[frozenset[str]] = set()
    conflict: set[frozenset[str]] = set()
    for part in parts:
        agree |= part.agree
        conflict |= part.conflict
        for value, articles in part.backing.items():
            backing[value] |= articles
    sides = [_side([by_value[value] for value in values], rank)
             for values in (_joined(by_value, agree - conflict, conflict) if conflict else [[value] for value in by_value])]
    sides.sort(key=lambda side: (len(set().union(*(backing[value.shown] for value in side.given))), len(set(side.articles) - sources)))
    articles = _articles((f for found in by_value.values() for f in found), rank)
    comparisons = tuple(map(numbered.comparisons.__getitem__, chain.from_iterable(part.ns for part in parts)))
    return FigureGroup(comparisons[0].key, tuple(sides), comparisons, articles, sources.intersection(articles))


def _articles(figures: Iterable[Figure], rank: dict[str, int]) -> tuple[str, ...]:
    """The reports giving ``figures``, each once, in dossier order (``rank``)."""
    return tuple(sorted(dict.fromkeys(f.span.article for f in figures), key=lambda a: rank.get(a, len(rank))))


def _side(values: list[list[Figure]], rank: dict[str, int]) -> FigureSide:
    """A side of the figures of ``values`` (each one value's, in dossier order), the first value leading."""
    figures = tuple(f for found in values for f in found)
    given = tuple(FigureSide(found[0].shown, _articles(found, rank), tuple(found)) for found in values) if len(values) > 1 else ()
    return FigureSide(figures[0].shown, _articles(figures, rank), figures, values=given)


def _joined(by_value: dict[str, list[Figure]], joinable: set[frozenset[str]], conflict: set[frozenset[str]]) -> list[list[str]]:
    """A conflict's values (``by_value``'s keys) gathered as its sides, each exact value first: a value written
    as approximate ("~300", ">250") joins the one exact value it agrees with (``joinable``: some comparison of
    the two agrees, none conflicts) when it agrees with no other exact value and conflicts with no value on that
    side. Two exact values never share a side, and a "~300" agreeing with 300 and with 310 stays its own:
    it would back both. Values written as approximate that agree with no exact one stay apart too."""
    exact = [value for value, found in by_value.items() if found[0].bound == "exact"]
    sides = {value: [value] for value in by_value}
    for value, found in by_value.items():
        if found[0].bound == "exact":
            continue
        partners = [other for other in exact if frozenset((value, other)) in joinable]
        if len(partners) == 1 and not any(frozenset((value, other)) in conflict for other in sides[partners[0]]):
            sides[partners[0]].append(sides.pop(value)[0])
    return list(sides.values())


def group_line(group: FigureGroup, outlet: Callable[[str], str], text: Callable[[str], str] = str) -> str:
    """``group`` in one line: a conflict as ``ladder: 9 in A; 4 in B, C`` (the fewest first), a side holding an
    approximate value with the exact one as ``4 in B and ~4 in C``, and when some of a side's reports give
    another side's value elsewhere, ``4 in B, C (B also gives 9 elsewhere)``; an agreement
    as ``29 permit: A, B, C agree`` (the reports named, never counted: "29 permit: 3 reports" would read as a
    second figure), and one whose values another agreement gives too with the word telling them apart,
    ``2021-04-12 (sentences with “landed”): A, B agree``. ``outlet`` names a report and ``text`` escapes a value for the format written (markdown,
    HTML; plain by default). A source document is named as one (``in B; source M``, ``A, B agree with source M``),
    never counted as a report."""
    sources = group.sources

    def named(articles: Iterable[str]) -> str:
        articles = tuple(articles)
        reports = [outlet(a) for a in articles if a not in sources]
        given = [f"source {outlet(a)}" for a in articles if a in sources]
        return ", ".join(reports + given)

    if group.conflict:
        by_shown = {value.shown: value for side in group.sides for value in side.given}

        def also(side: FigureSide) -> str:
            return "".join(f" ({named(articles)} also give{'s' if len(articles) == 1 else ''} "
                           f"{text(group.value(by_shown[shown]))} elsewhere)" for shown, articles in side.elsewhere)

        return f"{text(group.measured)}: " + "; ".join(
            " and ".join(f"{text(group.value(value))} in {named(value.articles)}" for value in side.given) + also(side)
            for side in group.sides)
    reports = [a for a in group.articles if a not in sources]
    told = f" (sentences with “{text(group.named)}”)" if group.named else ""
    line = f"{text(' / '.join(side.said for side in group.sides))}{told}: " + ", ".join(outlet(a) for a in reports)
    if not sources:
        return line + " agree"
    given = named(a for a in group.articles if a in sources)
    if not reports:
        return line + f"{given} agree"
    return line + f" agree{'s' if len(reports) == 1 else ''} with {given}"
