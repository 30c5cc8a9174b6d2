"""Which sentence of one report answers which sentence of another: the compare views' data.

Pure functions over an :class:`~reader.core.model.Analysis` (no Textual, no Rich), so the
compare, N-way and coverage screens share one reading of the links and tests can check it
without a terminal. A *passage* here is one sentence, or a report's headline (which links may
hold): the unit the compare cursor moves by.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz.distance import Indel

from reader.core.findings.difftypes import pair_findings
from reader.core.findings.figure_groups import FigureGroup, figure_groups_of
from reader.core.findings.sourcing import sourcing_of
from reader.core.findings.stance import pair_stance, stance_note
from reader.core.model import HEADLINE, Analysis, Article, DiffOp, FigureComparison, Link, Sentence, Span, Token, TypedDiff, counted
from reader.core.text.diff import diff_passages


def headline_sentence(article: Article) -> Sentence | None:
    """The article's title line as a passage (index :data:`HEADLINE`, offsets below 0 as
    :class:`~reader.core.model.Span` says), or ``None`` when the capture has no title."""
    span = article.title_span
    if span is None:
        return None
    return Sentence(article.id, HEADLINE, span.start, span.end, HEADLINE, article.text(span))


@dataclass(frozen=True)
class Passage:
    """One sentence (or the headline) of a report, seen against one other report.

    ``link`` is the strongest link joining this sentence to the other report (``None``
    when the other report lacks it); ``counterpart`` lists the other report's passages
    (their places in its :func:`pair_passages`) that the link's passage there covers (empty without a link);
    ``carriers`` names every other report that carries some link touching this sentence.
    """

    sentence: Sentence
    link: Link | None
    counterpart: tuple[int, ...]
    carriers: tuple[str, ...]

    @property
    def matched(self) -> bool:
        return self.link is not None


def sentences_within(analysis: Analysis, span: Span) -> tuple[int, ...]:
    """Indices of the sentences of ``span.article`` that overlap ``span``, in order."""
    return tuple(s.index for s in analysis.sentences_overlapping(span))


def links_touching(analysis: Analysis, span: Span) -> tuple[Link, ...]:
    """Links whose passage in the span's report overlaps it, strongest first."""
    found = [
        link
        for link in analysis.links_by_article.get(span.article, ())
        if link.passage_in(span.article).overlaps(span)
    ]
    return tuple(sorted(found, key=lambda link: -link.score))


def carrying(links: Iterable[Link], this: str) -> tuple[str, ...]:
    """The reports other than ``this`` carrying the passage of ``this`` that ``links`` touch: every
    report of every one of them, as a passage may carry several statements (a link for each). The
    one rule the gutter, the compare status and the N-way view count a passage's reports by."""
    return tuple(dict.fromkeys(a for link in links for a in link.articles if a != this))


def carriers_of(analysis: Analysis, span: Span) -> tuple[str, ...]:
    """The other reports carrying the passage at ``span`` (:func:`carrying`), strongest link's first."""
    return carrying(links_touching(analysis, span), span.article)


def strongest_link(analysis: Analysis, span: Span) -> Link | None:
    """The best-scoring link touching ``span``, if any."""
    touching = links_touching(analysis, span)
    return touching[0] if touching else None


def version_differences(analysis: Analysis, link: Link, reference: str) -> dict[str, tuple[DiffOp, ...]]:
    """Each other report's version of ``link`` against the version of report ``reference``, word by
    word, by report id: what the N-way view marks, found by a worker off the UI thread (sequence
    matching costs up to milliseconds a version, and a link may join hundreds)."""
    passage = link.passage_in(reference)
    return {article: diff_passages(analysis, passage, link.passage_in(article))
            for article in link.articles if article != reference}


def version_note(analysis: Analysis, link: Link, reference: str, article: str) -> str:
    """How report ``article``'s version of ``link`` tells the statement against report ``reference``'s when not
    alike (:func:`~reader.core.findings.stance.stance_note`), then what its figures say against the reference's
    (:func:`figure_note`, checked against the pair's typed differences): the note
    under a version in the N-way view. A weaker link's figures, compared outside the links, are its own
    when both versions hold them (:func:`joining`)."""
    found = _figures(analysis, link, reference, article)
    # The typed differences only where figures are to be checked against them; the stance read once either way.
    changes, stance = pair_findings(analysis, link, reference, article) if found else ((), pair_stance(analysis, link, reference, article))
    figures = figure_note(found, reference, article, changes)
    return "; ".join(note for note in (stance and stance_note(stance, analysis, reference, article), figures) if note)


def _figures(analysis: Analysis, link: Link, reference: str, article: str) -> tuple[FigureComparison, ...]:
    """The figure comparisons of ``link``'s versions in ``reference`` and ``article``: the link's own, else (a
    weaker link's) those compared outside the links that both versions hold."""
    pair = {reference, article}
    found = tuple(c for c in analysis.findings.comparisons_by_link.get(link.id, ()) if pair <= set(c.articles))
    if not found:  # a weaker link's figures are compared outside the links: its versions' conflicts are its own
        outside = holding(unlinked_conflicts(analysis, reference, article), link.passage_in(reference))
        found = outside if joining((link,), link.passage_in(reference), article, outside) else ()
    return found


def version_notes(analysis: Analysis, link: Link, reference: str) -> dict[str, str]:
    """:func:`version_note` of each other report's version of ``link``, by report id: found by the
    N-way view's worker with :func:`version_differences` (a pair's typed differences may be worked
    out anew, milliseconds a version)."""
    return {article: version_note(analysis, link, reference, article) for article in link.articles if article != reference}


def passage_rows(analysis: Analysis, span: Span) -> tuple[int, ...]:
    """The places in :func:`pair_passages` of ``span.article`` of the passages ``span`` covers:
    the headline first when the report has one, then its sentences."""
    if span.in_title:
        return (0,)
    shift = 1 if analysis.dossier.article(span.article).title else 0
    return tuple(index + shift for index in sentences_within(analysis, span))


def passage_at(analysis: Analysis, span: Span) -> int:
    """The place in :func:`pair_passages` of the first passage ``span`` covers (0 when none)."""
    rows = passage_rows(analysis, span)
    return rows[0] if rows else 0


def passage_sentences(analysis: Analysis, this: str) -> tuple[Sentence, ...]:
    """The passages of ``this`` as :func:`pair_passages` lays them: its headline (when it has one), then its sentences."""
    headline = headline_sentence(analysis.dossier.article(this))
    return ((headline,) if headline else ()) + analysis.sentences.get(this, ())


def touching_links(analysis: Analysis, this: str) -> tuple[tuple[tuple[Link, ...], tuple[str, ...]], ...]:
    """Per passage of ``this`` (headline first), in reading order: the links touching it, strongest
    first, and the other reports they carry it to. The same whichever report ``this`` is set against,
    so found once per report and kept with the analysis (its worker finds every report's): pairing
    two reports then looks them up.

    Each link is placed on the sentences its passage covers (binary searches), not each
    sentence checked against every link: a report of thousands of sentences is read at once."""
    def find() -> tuple[tuple[tuple[Link, ...], tuple[str, ...]], ...]:
        touching: dict[int, list[Link]] = {}
        for link in analysis.links_by_article.get(this, ()):
            span = link.passage_in(this)
            for index in (HEADLINE,) if span.in_title else (s.index for s in analysis.sentences_overlapping(span)):
                touching.setdefault(index, []).append(link)
        rows = []
        for sentence in passage_sentences(analysis, this):
            found = tuple(sorted(touching.get(sentence.index, ()), key=lambda link: -link.score))
            rows.append((found, carrying(found, this)))
        return tuple(rows)

    return analysis.derived(("touching links", this), find)


def pair_passages(analysis: Analysis, this: str, other: str, *, preferring: str | None = None) -> tuple[Passage, ...]:
    """The headline (when ``this`` has one) and every sentence of ``this``, in reading order, each
    with its link and counterpart in ``other``: look-ups in :func:`touching_links`, and a binary
    search per counterpart. A passage in several links to ``other`` is paired by the link ``preferring``
    names (the one a view opening the comparison was showing), else by the one whose two versions read
    closest (:func:`_closest`)."""
    passages = []
    for sentence, (found, carriers) in zip(passage_sentences(analysis, this), touching_links(analysis, this)):
        reaching = [candidate for candidate in found if candidate.passage_in(other)]
        link = next((candidate for candidate in reaching if candidate.id == preferring), None) or _closest(analysis, reaching, this, other)
        counterpart = passage_rows(analysis, link.passage_in(other)) if link else ()
        passages.append(Passage(sentence, link, counterpart, carriers))
    return tuple(passages)


def _closest(analysis: Analysis, links: Sequence[Link], this: str, other: str) -> Link | None:
    """Of the links joining a passage of ``this`` to ``other`` (strongest first), the one whose versions in the
    two reports share most words in order, the strongest among equals: the other report may tell the sentence
    loosely in its headline and word for word in its lead, and the pair to read side by side is the second."""
    if len(links) < 2:
        return links[0] if links else None

    def words(link: Link, article: str) -> list[str]:
        return analysis.dossier.article(article).text(link.passage_in(article)).lower().split()

    return max(links, key=lambda link: Indel.normalized_similarity(words(link, this), words(link, other)))


def shared_link_count(analysis: Analysis, a: str, b: str) -> int:
    """How many links carry a passage in both reports."""
    return sum(1 for link in analysis.links_by_article.get(a, ()) if link.passage_in(b))


def default_partner(analysis: Analysis, article_id: str) -> str | None:
    """The report sharing most links with ``article_id`` (dossier order breaks ties)."""
    # Counted over the report's own links, not asked of every other report: a lookup at any size.
    shared = Counter(a for link in analysis.links_by_article.get(article_id, ()) for a in set(link.articles))
    others = [a.id for a in analysis.dossier.articles if a.id != article_id]
    if not others:
        return None
    return max(others, key=lambda other: shared[other])


def step_to(
    count: int, start: int, step: int, wanted: Callable[[int], bool]
) -> int | None:
    """The nearest index after ``start`` in direction ``step`` (+1/-1) with ``wanted``; no wrap."""
    index = start + step
    while 0 <= index < count:
        if wanted(index):
            return index
        index += step
    return None


def starts_difference(passages: Sequence[Passage], index: int, differs: Callable[[Passage], bool]) -> bool:
    """Whether a difference begins at ``index``: a linked passage whose wording differs, or the
    first passage of a run of passages the other report lacks (as vimdiff's ``]c`` stops once
    per block of added lines). Asked of one passage at a time, so walking to the next
    difference looks only as far as it."""
    passage = passages[index]
    if passage.matched:
        return bool(differs(passage))
    return index == 0 or passages[index - 1].matched


def difference_starts(passages: Sequence[Passage], differs: Callable[[Passage], bool]) -> set[int]:
    """Indices where a difference begins (see :func:`starts_difference`)."""
    return {index for index in range(len(passages)) if starts_difference(passages, index, differs)}


def coverage_rows(analysis: Analysis, *, by_origins: bool = False) -> tuple[Link, ...]:
    """All links, the most widely carried first (``by_origins``: the most independent origins first,
    :mod:`reader.core.findings.origins`), then in the order the dossier tells them."""
    order = {a.id: n for n, a in enumerate(analysis.dossier.articles)}
    origins = sourcing_of(analysis).origins if by_origins else None
    return tuple(
        sorted(
            analysis.links,
            key=lambda link: (
                -origins.origins_of(link) if origins else 0,
                -len(link.passages),
                order.get(link.passages[0].article, 0),
                link.passages[0].start,
            ),
        )
    )


def _own_range(op: DiffOp, side: str) -> tuple[int, int]:
    return (op.a_start, op.a_end) if side == "a" else (op.b_start, op.b_end)


def figure_spans(ops: Sequence[DiffOp], tokens: Sequence[Token], *, side: str) -> tuple[tuple[int, int], ...]:
    """Numbers and names among ``side``'s differing words (``side`` is ``"a"`` or ``"b"``).

    A token counts when it holds a digit, or is capitalised and is not the first word of
    ``tokens`` (a sentence's capital is no name); these are what a reader checks first
    when two reports disagree.
    """
    first_word = next((token.start for token in tokens if token.is_word), -1)
    ranges = [_own_range(op, side) for op in ops if op.tag != "equal"]
    return tuple(
        (token.start, token.end)
        for token in tokens
        if any(start <= token.start and token.end <= end for start, end in ranges)
        and (any(ch.isdigit() for ch in token.text) or (token.start != first_word and token.text[:1].isupper()))
    )


def dropped_points(ops: Sequence[DiffOp], *, side: str) -> tuple[int, ...]:
    """Body offsets on ``side`` where the other passage has words this one lacks."""
    points = []
    for op in ops:
        start, end = _own_range(op, side)
        if op.tag != "equal" and start == end:
            points.append(start)
    return tuple(points)


def figure_note(comparisons: Sequence[FigureComparison], left: str, right: str,
                changes: Sequence[TypedDiff] = (), *, apart: str = "") -> str:
    """What reports ``left`` and ``right`` say of each other's figures in ``comparisons``:
    ``conflict: 29 permits vs 25 permits`` (conflicts first), else ``figures agree: …``, else ``""``.
    Never that the figures agree while ``changes`` (the pair's typed differences) show a figure
    changed that no comparison judged: the difference says it, the note says nothing. Figures of
    passages no link shown joins say how they stand (``apart``: ``conflict, passages not linked: …``)."""
    def pair(comparison: FigureComparison, joiner: str) -> str:
        texts = {f.span.article: f.text for f in comparison.figures}
        return f"{' '.join(texts[left].split())}{joiner}{' '.join(texts[right].split())}"

    conflicts = [pair(c, " vs ") for c in comparisons if c.conflict]
    if conflicts:
        return f"conflict{apart}: " + ", ".join(conflicts)
    def judged(change: TypedDiff) -> bool:
        op = change.op
        sides = (Span(left, op.a_start, op.a_end), Span(right, op.b_start, op.b_end))
        return any(f.span.overlaps(side) for c in comparisons for f in c.figures for side in sides)

    if any(change.type == "number" and not judged(change) for change in changes):
        return ""
    agreements = [pair(c, " = ") for c in comparisons]
    return "figures agree: " + ", ".join(agreements) if agreements else ""


def unlinked_conflicts(analysis: Analysis, article: str, other: str) -> tuple[FigureComparison, ...]:
    """The conflicts between the figures of ``article`` and ``other`` that no link pairs: their
    passages were not linked as one statement, but the figures count one thing (the findings
    paired them outside links), so the compare view marks them all the same. A look-up in
    :func:`unlinked_conflicts_by_pair`: each move of the compare cursor asks."""
    return unlinked_conflicts_by_pair(analysis).get(frozenset((article, other)), ())


def unlinked_conflicts_by_pair(analysis: Analysis) -> dict[frozenset[str], tuple[FigureComparison, ...]]:
    """The conflicts outside links by each pair of reports they hold figures of, found once and
    kept with the analysis (its worker finds them): at 500 reports they are tens of thousands,
    and the compare cursor scanned them all twice a move (~30 ms a key)."""
    def find() -> dict[frozenset[str], tuple[FigureComparison, ...]]:
        table: dict[frozenset[str], list[FigureComparison]] = {}
        for comparison in analysis.findings.comparisons_by_link.get(None, ()):
            if comparison.conflict:
                articles = comparison.articles
                for n, article in enumerate(articles):
                    for other in articles[n + 1:]:
                        table.setdefault(frozenset((article, other)), []).append(comparison)
        return {pair: tuple(found) for pair, found in table.items()}

    return analysis.derived("unlinked conflicts", find)


def conflicts_by_sentence(analysis: Analysis) -> dict[str, dict[int, tuple[FigureGroup, ...]]]:
    """Each report's sentences (its title line under :data:`~reader.core.model.HEADLINE`) holding a figure that
    conflicts with another report's, and the figure groups (:mod:`reader.core.findings.figure_groups`, reports in
    dossier order) it conflicts in: the reader's gutter marks them ``!`` and its status line names them. Found
    once and kept with the analysis, by its worker: grouping the comparisons of 250 reports takes ~45 ms. A title
    line's figures have body offsets below 0, as the title passage's span does."""
    def find() -> dict[str, dict[int, tuple[FigureGroup, ...]]]:
        figures: dict[str, list[tuple[int, FigureGroup]]] = {}
        for group in figure_groups_of(analysis):
            if group.conflict:
                for figure in (f for side in group.sides for f in side.figures):
                    figures.setdefault(figure.span.article, []).append((figure.span.start, group))
        table: dict[str, dict[int, tuple[FigureGroup, ...]]] = {}
        for article_id, held in figures.items():
            sentences = passage_sentences(analysis, article_id)
            starts = [sentence.start for sentence in sentences]
            found: dict[int, tuple[FigureGroup, ...]] = {}
            for start, group in held:
                at = bisect_right(starts, start) - 1
                if at >= 0 and start < sentences[at].end and group not in found.get(sentences[at].index, ()):
                    found[sentences[at].index] = (*found.get(sentences[at].index, ()), group)
            table[article_id] = found
        return table

    return analysis.derived("conflicts by sentence", find)


def joining(links: Iterable[Link], span: Span, other: str, comparisons: Iterable[FigureComparison]) -> Link | None:
    """The first of ``links`` that joins the passage at ``span`` to every passage of report ``other`` holding a
    figure of ``comparisons``: figures the findings compared outside the links (a weaker link's are, as a changed
    figure keeps a link weaker) may yet be in one, and the compare view says so, not "passages not linked"."""
    theirs = [f.span for c in comparisons for f in c.figures if f.span.article == other]

    def joins(link: Link) -> bool:
        mine, its = link.passage_in(span.article), link.passage_in(other)
        return (mine is not None and its is not None and mine.overlaps(span)
                and all(its.start <= figure.start < its.end for figure in theirs))

    return next((link for link in links if joins(link)), None)


def holding(comparisons: Iterable[FigureComparison], span: Span) -> tuple[FigureComparison, ...]:
    """Those of ``comparisons`` with a figure inside the passage at ``span``."""
    return tuple(c for c in comparisons if any(f.span.article == span.article and span.start <= f.span.start < span.end
                                               for f in c.figures))


def column_count(matched: int, total: int, outlet: str) -> str:
    """Under a compare column: how many of its ``total`` passages (its headline and sentences) the
    other column's report also carries: ``7 of 18 passages also in …``."""
    return f"{matched} of {counted(total, 'passage')} also in {outlet}"
