"""Core spans -> Rich Text: the one place analysis results meet colours and Pygments styles.

Public surface (used by every screen, including compare / N-way / coverage):

* :class:`Palette` - every highlight as a Rich style, read from component classes
  (``palette--source-0`` .. ``palette--source-7``, ``palette--source-mark-1`` .. ``palette--source-mark-3``,
  ``palette--entity-0`` ..
  ``palette--entity-7``, ``palette--entity-mark-1`` .. ``palette--entity-mark-3``, ``palette--entity-selected``, ``palette--unique``,
  ``palette--search-hit``, ``palette--passage-focus``,
  ``palette--diff-insert``, ``palette--diff-delete``, ``palette--diff-replace``,
  ``palette--muted``) that ``styles/palette.tcss`` fills (theme variables, and the HTML
  report's source colours), plus
  the Pygments token styles for the app's chosen style.
* :class:`PaletteMixin` - put it first in a widget's bases; ``self.palette()``
  then returns the current :class:`Palette` (rebuilt when the theme, CSS or
  the app's ``highlight_style`` change), and ``self.palette_style(name)`` any other
  shared look (a difference's). Each is read from the nearest node declaring it
  (Textual only collects component classes along a node's own class chain): the
  widget, else its screen, else the app's first screen, the reader, which declares
  :data:`PALETTE_CLASSES` for every view (their rules name no screen, and Textual
  restyles every screen of the stack when the theme changes). Declaring as few as
  possible is what keeps keys cheap: Textual styles a virtual node per declared class
  each time the declaring node is restyled (a focus or hover change), and twice when a
  view opens (mounted, then shown); a compare column declaring 42 took most of the time
  its view needed to open.
* :class:`RenderIndex` - per-dossier lookups built once (``app.index``): the
  source slot, glyph and label of each article (ONE colour per source, everywhere),
  the highlight slot of each shared entity (:mod:`reader.core.entities.colouring`, coloured by
  the analysis worker: entities mentioned near each other differ) and, past the tints, its
  number (:meth:`RenderIndex.entity_number`, drawn small after each mention, its room kept by
  :class:`NumberRoom`), the shared-entity mentions of an article, and which other reports
  carry each sentence.
* :func:`styled` - body text ``[start, end)`` as Text with ``(start, end, Style)``
  layers in body offsets applied in order (later layers win), and inserts (an entity's number,
  a caret) put in at body offsets. Article text is only ever appended as plain text: it is
  never parsed as markup.
* :func:`prose_layers` - token (quotes, figures, dates), entity and search-hit
  layers for a body range; :func:`diff_layers` - word-level diff layers of one
  side of a passage pair; :func:`passage_text` - a passage ready for a column.

Offsets are always the core's: ``Span(article, start, end)`` into ``Article.body``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from operator import itemgetter
from typing import TYPE_CHECKING

from rich.style import Style
from rich.text import Text

from reader.core.by_start import ByStart
from reader.core.entities.colouring import TINTS, entity_numbers, entity_slots
from reader.core.model import HEADLINE, REPORT_GLYPHS, Article, Dossier, Span

if TYPE_CHECKING:  # in annotations only: reader.core.model defines them once an analysis is asked for
    from pygments.token import _TokenType

    from reader.core.findings.figure_groups import FigureGroup
    from reader.core.model import Analysis, DiffOp, Entity, Link

SOURCE_SLOTS = 8
SOURCE_MARKS = 3
"""Marks (underline, reverse, both) that tell reports apart past the eight colours, each time round
them (report 9 is report 1's colour underlined), as entities are told apart past their tints: with
its glyph, each report's look is its own (1 to 32 wholly; the glyph alone past that)."""
CARRIED_SIGN = "\u25cf"
"""In the coverage matrix (and its legend in help): the column's report carries the passage."""
WEAKER_SIGN = "?"
"""After a weaker link's kind in the coverage matrix (``~?``); :func:`weaker_note` says it in words."""
WEAKER_WORDS = f"{WEAKER_SIGN} weaker link"
CONFLICT_SIGN = "!"
"""In a gutter's last cell: a figure of the passage conflicts with another report's (in compare,
with the report beside it)."""
WEAKER_ON = "weaker links shown (W hides them)"
"""The reader's status line while W shows the weaker links: the shares and gutters count them, and a W
remembered from the last time showed them with nothing but the marks to say so."""
WEAKER_STYLE = Style(italic=True)
ENTITY_SLOTS = TINTS
ENTITY_MARKS = 3
"""Marks (underline, bold, both) that tell entities apart once the tints run out."""
MORE_SIGN = "+"
"""More reports than a gutter has room for; in the entity panel, before how many reports past the
numbered ones name an entity (``+12``)."""
UNNUMBERED_GLYPH = "\u00b7"
"""The glyph of every report past the numbered ones (1-9, a-z): not ``+``, which a gutter reads as
"more than fit"."""
_LEX_WINDOW = 4096

_EXTRA = (
    "entity-selected", "unique", "search-hit", "passage-focus",
    "diff-insert", "diff-delete", "diff-replace", "muted", "conflict",
)
PALETTE_CLASSES: frozenset[str] = frozenset(
    [f"palette--source-{i}" for i in range(SOURCE_SLOTS)]
    + [f"palette--entity-{i}" for i in range(ENTITY_SLOTS)]
    + [f"palette--entity-mark-{i}" for i in range(1, ENTITY_MARKS + 1)]
    + [f"palette--source-mark-{i}" for i in range(1, SOURCE_MARKS + 1)]
    + [f"palette--{name}" for name in _EXTRA]
)

Layer = tuple[int, int, Style]
Insert = tuple[int, Text]
"""Text drawn at a body offset that is not part of the body: an entity's number, a caret."""


@dataclass(frozen=True)
class Palette:
    """Every highlight the reader draws, as Rich styles; indices wrap around."""

    sources: tuple[Style, ...]
    source_marks: tuple[Style, ...]
    entities: tuple[Style, ...]
    entity_marks: tuple[Style, ...]
    entity_selected: Style
    unique: Style
    search_hit: Style
    passage_focus: Style
    diff_insert: Style
    diff_delete: Style
    diff_replace: Style
    muted: Style
    conflict: Style
    """A figure conflicting with another report's: the gutter's ``!`` and the N-way view's note."""
    tokens: Mapping[_TokenType, Style]

    def source(self, slot: int) -> Style:
        """Report ``slot``'s colour (see :func:`_slot_style`)."""
        return _slot_style(self.sources, self.source_marks, slot)

    def entity(self, slot: int) -> Style:
        """Entity slot ``slot``'s tint (see :func:`_slot_style`)."""
        return _slot_style(self.entities, self.entity_marks, slot)


def _slot_style(looks: tuple[Style, ...], marks: tuple[Style, ...], slot: int) -> Style:
    """Slot ``slot``'s look; past the looks, the look with a mark, the next mark each time round
    (slot 8 of eight looks is look 0 with the first mark)."""
    look, mark = looks[slot % len(looks)], slot // len(looks)
    return look + marks[(mark - 1) % len(marks)] if mark else look


def _highlight():
    """:mod:`reader.report.highlight` (Pygments and the lexer), imported on first use: from the
    command line, once the first frame is drawn (see ``DossierApp.highlighting``)."""
    from reader.report import highlight

    return highlight


def read_palette(widget, highlight_style: str) -> Palette:
    """Build a :class:`Palette` from a widget whose COMPONENT_CLASSES include :data:`PALETTE_CLASSES`;
    ``highlight_style`` ``""`` while the app's ``highlighting`` is not loaded: no token styles yet."""

    background = widget.background_colors[1]

    def style(name: str) -> Style:
        found = widget.get_component_rich_style(f"palette--{name}", partial=True)
        styles = widget.get_component_styles(f"palette--{name}")
        if styles.has_rule("color") and 0 < (color := styles.color).a < 1 and not widget.app.no_color:
            # A Rich colour has no alpha: a see-through one ($foreground 80%) drew as the text it
            # was to be muted against. Mixed with the background, as the terminal would show it.
            found += Style(color=(background + color).rich_color)
        return found

    return Palette(
        sources=tuple(style(f"source-{i}") for i in range(SOURCE_SLOTS)),
        source_marks=tuple(style(f"source-mark-{i}") for i in range(1, SOURCE_MARKS + 1)),
        entities=tuple(style(f"entity-{i}") for i in range(ENTITY_SLOTS)),
        entity_marks=tuple(style(f"entity-mark-{i}") for i in range(1, ENTITY_MARKS + 1)),
        entity_selected=style("entity-selected"),
        unique=style("unique"),
        search_hit=style("search-hit"),
        passage_focus=style("passage-focus"),
        diff_insert=style("diff-insert"),
        diff_delete=style("diff-delete"),
        diff_replace=style("diff-replace"),
        muted=style("muted"),
        conflict=style("conflict"),
        tokens=_highlight().rich_styles(highlight_style, no_color=widget.app.no_color, grounds=theme_grounds(widget.app))
        if highlight_style else {},
    )


GROUNDS = ("background", "surface", "panel")
"""The theme's colours text stands on (the screen, the panes, the bars): each highlight reads on all three."""


def theme_grounds(app) -> tuple[str, ...]:
    """The theme's :data:`GROUNDS` as ``#rrggbb``; none on the ANSI themes, drawn in the terminal's
    own colours, which the app does not know."""
    found = app.get_css_variables()
    grounds = tuple(found.get(name, "") for name in GROUNDS)
    return grounds if all(ground.startswith("#") and len(ground) == 7 for ground in grounds) else ()


_SUPERSCRIPT = str.maketrans("0123456789", "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079")


def small_number(number: int) -> str:
    """``12`` as ``¹²``: an entity's number, drawn after its mentions."""
    return str(number).translate(_SUPERSCRIPT)


class PaletteMixin:
    """Gives a widget a cached :meth:`palette`, read from itself or from its screen (see the module doc).

    The app may define ``highlight_style`` (a Pygments style name, or ``""`` for
    the theme's default); the palette follows it, once the app's ``highlighting`` is loaded.
    """

    def palette(self) -> Palette:
        """Read again only when the theme, the highlight style or the styles of the node it is read
        from changed: a focus move restyles a pane (its border), never the screen's palette, and
        reading the palette again took milliseconds of every such key. Kept on that node, so the
        widgets reading it share one reading (the first paint read it once per pane)."""
        app = self.app  # type: ignore[attr-defined]
        name = ""
        if getattr(app, "highlighting", True):
            name = _highlight().style_for(getattr(app, "highlight_style", ""), app.current_theme.dark)
        key = (app.theme, name, app.no_color)
        source = self._style_source("palette--source-0")
        # Textual gives a node new component styles each time it restyles it: their identity says
        # whether the palette's styles may have changed since it was read. They are Textual's private:
        # should a release move them, a fresh object each time makes the palette read on every call.
        styles = getattr(source, "_component_styles", {}).get("palette--source-0", object())
        cached: tuple[tuple, object, Palette] | None = getattr(source, "_palette_read", None)
        if cached is None or cached[0] != key or cached[1] is not styles:
            cached = source._palette_read = (key, styles, read_palette(source, name))
        return cached[2]

    def palette_style(self, name: str) -> Style:
        """Component style ``name`` (partial), read from the nearest node declaring it (see the module doc)."""
        return self._style_source(name).get_component_rich_style(name, partial=True)

    def _style_source(self, name: str):
        """This widget, its screen or the app's first screen, whichever declares ``name`` first."""
        for node in (self, self.screen, self.app.screen_stack[0]):  # type: ignore[attr-defined]
            if name in node._get_component_classes():
                return node
        raise KeyError(f"No screen declares the component class {name!r}")



@dataclass(frozen=True)
class SentenceMarks:
    """What the gutter shows beside one sentence: the other reports carrying it, or that none do."""

    others: tuple[str, ...]
    unique: bool
    weaker: frozenset[str] = frozenset()
    """Those of ``others`` joined to it by weaker links alone (shown with ``W``)."""


@dataclass(frozen=True)
class NumberRoom:
    """Where entities' numbers (:meth:`RenderIndex.entity_number`) take room in one article's drawn text:
    the body offsets they follow, in order, and the cells they add up to before each."""

    ends: tuple[int, ...] = ()
    added: tuple[int, ...] = (0,)

    def between(self, start: int, end: int) -> int:
        """The cells numbers add to body ``[start, end)`` as drawn: those after a mention ending in ``(start, end]``."""
        if not self.ends:
            return 0
        return self.added[bisect_right(self.ends, end)] - self.added[bisect_right(self.ends, start)]

    def drawn(self, start: int, offset: int) -> int:
        """Where body ``offset`` falls in a text drawn from body ``start``, numbers included."""
        return offset - start + self.between(start, offset)


@dataclass(frozen=True, slots=True)
class SentenceBounds:
    """Where an article's body sentences begin and end, in order: what :func:`~reader.ui.drawing.wrap_offsets`
    wraps by so that every sentence holds the first word of a row, beside which the gutter speaks of it.
    A sentence begun after another's words and ended on their row had no row of its own: its mark
    sat beside the other's words (a ``◆`` beside the last words of the sentence before read as theirs)."""

    starts: tuple[int, ...] = ()
    ends: tuple[int, ...] = ()

    def inside(self, start: int, end: int) -> int | None:
        """The start of the first sentence begun inside row ``[start, end)`` after its first word,
        when that sentence ends on the row too; ``None`` when it goes on past the row (it holds the
        next row's first word) or no sentence begins there."""
        n = bisect_right(self.starts, start)
        if n < len(self.starts) and self.starts[n] < end and self.ends[n] <= end:
            return self.starts[n]
        return None

    def holding(self, offset: int) -> int | None:
        """The index of the sentence holding body ``offset``, ``None`` between sentences."""
        n = bisect_right(self.starts, offset) - 1
        return n if n >= 0 and offset < self.ends[n] else None


def slot_glyph(slot: int) -> str:
    """The glyph of the report in ``slot`` (:meth:`RenderIndex.source_glyph`), for a list that has the slots."""
    return REPORT_GLYPHS[slot] if slot < len(REPORT_GLYPHS) else UNNUMBERED_GLYPH


class RenderIndex:
    """Lookups for drawing one dossier (and its analysis once ready); built once, then read-only."""

    def __init__(self, dossier: Dossier, analysis: Analysis | None = None) -> None:
        self.dossier = dossier
        self.analysis = analysis
        self._slots = {article.id: n for n, article in enumerate(dossier.articles)}
        listed = analysis.listed_entities if analysis else ()
        self.entities = {entity.id: entity for entity in listed}
        self._named: dict[str, Entity] | None = None  # every entity, made when one not listed is first asked for
        # An article's shared-entity mentions, picked from the analysis' index when first drawn: built
        # here, on the UI thread, for every article of thousands of reports, they stalled keys a second.
        self._mentions: dict[str, ByStart[tuple[int, int, str]]] = {}
        # Coloured by the worker that built the analysis (entity_slots), never on this thread.
        self._entity_slots = entity_slots(analysis) if analysis else {}
        self._numbers = entity_numbers(analysis) if analysis else {}
        self._numbered: dict[str, NumberRoom] = {}
        self._bounds: dict[str, SentenceBounds] = {}
        self._marks: dict[str, dict[int, SentenceMarks]] = {}

    def any_entity(self, entity_id: str | None) -> Entity | None:
        """A listed entity, or one named by a single report, which the entity panel lists on demand (``A``) so
        that ``M`` can merge it into another; ``None`` for no entity of this analysis."""
        if entity_id is None or entity_id in self.entities:
            return self.entities.get(entity_id or "")
        if self._named is None:
            self._named = {entity.id: entity for entity in self.analysis.entities} if self.analysis else {}
        return self._named.get(entity_id)

    # Sources -----------------------------------------------------------------
    def source_slot(self, article_id: str) -> int:
        """The article's position in the dossier: its colour is ``palette.source(slot)``."""
        return self._slots.get(article_id, 0)

    def source_glyph(self, article_id: str) -> str:
        """A one-character name of the source (1-9 then a-z), shown in lists and gutters."""
        return slot_glyph(self.source_slot(article_id))

    def source_label(self, palette: Palette, article_id: str, *, glyph: bool = True) -> Text:
        """``1 Al Jazeera`` in the source's colour, its glyph bold; past the ninth ``a Al Jazeera``,
        the letter as the gutters, the matrix's column heads and the report keys give it (bracketed
        in labels only, ``(a)`` beside a gutter's ``a`` read as two names)."""
        article = self.dossier.article(article_id)
        style = palette.source(self.source_slot(article_id))
        label = Text()
        if glyph:
            label.append(self.source_glyph(article_id), style + Style(bold=True))
            label.append(" ")
        label.append(article.name, style)
        return label

    # Entities ----------------------------------------------------------------
    def entity_slot(self, entity_id: str) -> int:
        return self._entity_slots.get(entity_id, 0)

    def entity_number(self, entity_id: str) -> str:
        """``¹²``: past the tints, an entity's mentions are drawn with its slot's mark and this
        small number after them, its own (the entity panel lists it under it), so entities sharing
        a tint and mark differ on screen and each can be found in the panel; empty for an entity
        its tint alone tells apart."""
        number = self._numbers.get(entity_id)
        return small_number(number) if number else ""

    def sentence_bounds(self, article_id: str) -> SentenceBounds:
        """Where the article's body sentences begin and end (sentence ``n`` is the ``n``-th), as the
        reader wraps by; none until the analysis is ready."""
        bounds = self._bounds.get(article_id)
        if bounds is None:
            sentences = self.analysis.sentences.get(article_id, ()) if self.analysis else ()
            bounds = self._bounds[article_id] = SentenceBounds(tuple(s.start for s in sentences), tuple(s.end for s in sentences))
        return bounds

    def number_room(self, article_id: str) -> NumberRoom:
        """Where the article's entity numbers take room in its drawn text."""
        room = self._numbered.get(article_id)
        if room is None:
            numbered = [(end, len(number)) for _, end, entity_id in self.mentions_in(article_id)
                        if (number := self.entity_number(entity_id))]
            room = self._numbered[article_id] = NumberRoom(
                tuple(end for end, _ in numbered), tuple(accumulate((cells for _, cells in numbered), initial=0)))
        return room

    def mentions_in(self, article_id: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
        """Shared-entity mentions ``(start, end, entity_id)`` overlapping ``[start, end)``, sorted."""
        rows = self._mentions.get(article_id)
        if rows is None:
            every = self.analysis.mentions_by_article.get(article_id, ()) if self.analysis else ()
            rows = self._mentions[article_id] = ByStart([row for row in every if row[2] in self.entities], itemgetter(0, 1))
        return list(rows.items) if end is None else rows.overlapping(start, end)

    # Passages ----------------------------------------------------------------
    def sentence_marks(self, article_id: str) -> dict[int, SentenceMarks]:
        """Sentence index -> gutter marks (the title line's under :data:`~reader.core.model.HEADLINE`,
        when a link holds it); empty until the analysis is ready."""
        if self.analysis is None:
            return {}
        if article_id not in self._marks:
            self._marks[article_id] = self._compute_marks(article_id)
        return self._marks[article_id]

    def _compute_marks(self, article_id: str) -> dict[int, SentenceMarks]:
        """The reports :func:`~reader.core.findings.collation.touching_links` carries each passage
        to: the rule the compare status and the N-way view count by too; ``◆`` where only this
        report says it, as ``u`` walks and the exports list (:meth:`Analysis.unique_sentences`)."""
        from reader.core.findings.collation import carrying, passage_sentences, touching_links  # after the first paint

        analysis = self.analysis
        assert analysis is not None
        marks = {}
        alone = analysis.unique_indexes(article_id)
        for sentence, (found, others) in zip(passage_sentences(analysis, article_id), touching_links(analysis, article_id)):
            if sentence.index == HEADLINE and not others:
                continue
            weaker = frozenset(others) - set(carrying((link for link in found if link.confident), article_id))
            marks[sentence.index] = SentenceMarks(tuple(sorted(others, key=self.source_slot)), sentence.index in alone, weaker)
        return marks

    def conflicts(self, article_id: str) -> dict[int, tuple[FigureGroup, ...]]:
        """Sentence index (the title line's :data:`~reader.core.model.HEADLINE`) -> the figure
        groups in which a figure of it conflicts with another report's
        (:func:`~reader.core.findings.collation.conflicts_by_sentence`, found by the analysis'
        worker); empty until the analysis is ready."""
        if self.analysis is None:
            return {}
        from reader.core.findings.collation import conflicts_by_sentence  # after the first paint

        return conflicts_by_sentence(self.analysis).get(article_id, {})

    def gutter(self, palette: Palette, article_id: str, marks: SentenceMarks | None, width: int, *,
               conflict: bool = False) -> Text:
        """``width`` cells: one source-coloured glyph per other report carrying the passage, those
        joined by weaker links alone after ``?`` (as the matrix marks a weaker link), ``+`` last when
        more than fit; ``◆`` for a passage only this report has, blank when there is nothing to say.
        Cut to fit, the ``?`` stays (a ``+`` never takes its cell): the glyphs cut are the
        confident ones beyond what leaves room for it, then the weaker ones. The last cell, which
        the glyphs leave free, holds :data:`CONFLICT_SIGN` with ``conflict``: a figure of the
        passage conflicts with another report's (the reader's, and compare's of the report beside)."""
        text = Text(no_wrap=True, end="")
        if marks is not None:
            if marks.unique:
                text.append("◆", palette.unique)
            else:
                surely = [(self.source_glyph(a), palette.source(self.source_slot(a)) + Style(bold=True))
                          for a in marks.others if a not in marks.weaker]
                maybe = [(self.source_glyph(a), palette.source(self.source_slot(a)) + WEAKER_STYLE)
                         for a in marks.others if a in marks.weaker]
                cells = [*surely, (WEAKER_SIGN, palette.muted + WEAKER_STYLE), *maybe] if maybe else surely
                room, more = width - 1, (MORE_SIGN, palette.muted)
                if len(cells) > room and not maybe:
                    cells = [*cells[: room - 1], more]
                elif len(cells) > room:
                    # Below three cells "2?" says more than "?+": the + goes before the ? does.
                    plus = [more] if room >= 3 else []
                    kept = min(len(surely), room - 1 - len(plus))
                    cells = [*surely[:kept], *cells[len(surely):]][: room - len(plus)] + plus
                for glyph, style in cells:
                    text.append(glyph, style)
        text.truncate(width - 1 if conflict else width, pad=True)
        if conflict:
            text.append(CONFLICT_SIGN, palette.conflict)
        return text


# Layers ---------------------------------------------------------------------
def styled(
    body: str, start: int, end: int, layers: Iterable[Layer] = (), *, base: Style | None = None,
    inserts: Sequence[Insert] = (),
) -> Text:
    """``body[start:end]`` as plain Text, with each layer (body offsets) clipped and applied in
    order, then each insert (sorted by offset, within ``[start, end]``) put in at its offset."""
    text = Text(body[start:end], style=base or "", no_wrap=True, end="")
    for a, b, style in layers:
        a, b = max(a, start), min(b, end)
        if a < b and style:
            text.stylize(style, a - start, b - start)
    return inserted(text, [(offset - start, piece) for offset, piece in inserts]) if inserts else text


def inserted(text: Text, inserts: Sequence[Insert]) -> Text:
    """``text`` with each piece of ``inserts`` (sorted by offset into ``text``) put in before that offset."""
    result = Text(no_wrap=text.no_wrap, end=text.end)
    taken = 0
    for position, piece in inserts:
        result.append_text(text[taken:position])
        result.append_text(piece)
        taken = position
    result.append_text(text[taken:])
    return result


@lru_cache(maxsize=512)
def _lexed(piece: str) -> tuple[tuple[int, int, _TokenType], ...]:
    return tuple(_highlight().lex(piece))


def _window_edge(body: str, position: int, limit: int) -> int:
    """The first whitespace at or after ``position``, so lexing windows never split a word."""
    if position >= limit:
        return limit
    found = body.find(" ", position, limit)
    return limit if found < 0 else found


def token_layers(article: Article, start: int, end: int, palette: Palette) -> list[Layer]:
    """Quotation / figure / date / attribution styles for ``body[start:end]``.

    Each paragraph is lexed on its own, in windows of a few KB for huge
    paragraphs; results are cached, so scrolling re-lexes nothing. None before the app's
    ``highlighting`` is loaded (the palette has no token styles then).
    """
    if not palette.tokens:
        return []
    body = article.body
    layers: list[Layer] = []
    for p_start, p_end in article.paragraphs:
        if p_end <= start:
            continue
        if p_start >= end:
            break
        first = max(0, (start - p_start) // _LEX_WINDOW - 1)
        k = first
        while True:
            w_start = p_start if k == 0 else _window_edge(body, p_start + k * _LEX_WINDOW, p_end)
            if w_start >= min(end, p_end):
                break
            w_end = _window_edge(body, p_start + (k + 1) * _LEX_WINDOW, p_end)
            if w_end > start:
                for a, b, token in _lexed(body[w_start:w_end]):
                    style = palette.tokens.get(token)
                    if style is not None:
                        layers.append((w_start + a, w_start + b, style))
            k += 1
    return layers


def entity_layers(
    index: RenderIndex, palette: Palette, article_id: str, start: int, end: int, selected: str | None = None,
    untinted: Sequence[tuple[int, int]] = (),
) -> list[Layer]:
    """Each shared entity in its own slot style; the selected one in the selected style on top.

    No part of a mention inside ``untinted`` (sorted ranges, e.g. a passage's differences) is
    drawn: a difference's colour over an entity's tint made a block hard to read."""
    layers = []
    for a, b, entity_id in index.mentions_in(article_id, start, end):
        style = _mention_style(index, palette, entity_id, selected)
        for cut_start, cut_end in untinted:
            if cut_end <= a or cut_start >= b:
                continue
            if cut_start > a:
                layers.append((a, cut_start, style))
            a = max(a, cut_end)
        if a < b:
            layers.append((a, b, style))
    return layers


def number_inserts(
    index: RenderIndex, palette: Palette, article_id: str, start: int, end: int, selected: str | None = None
) -> list[Insert]:
    """The number after each numbered mention ending in ``(start, end]`` (:meth:`RenderIndex.entity_number`),
    in its mention's style: a row ending with a mention carries its number."""
    return [(b, Text(number, _mention_style(index, palette, entity_id, selected)))
            for _, b, entity_id in index.mentions_in(article_id, start, end)
            if start < b <= end and (number := index.entity_number(entity_id))]


def entity_label(index: RenderIndex, palette: Palette, entity_id: str, name: str) -> Text:
    """``name`` as the text draws the entity's mentions: its tint, mark and number."""
    style = palette.entity(index.entity_slot(entity_id))
    return Text.assemble((name, style), (index.entity_number(entity_id), style))


def _mention_style(index: RenderIndex, palette: Palette, entity_id: str, selected: str | None) -> Style:
    style = palette.entity(index.entity_slot(entity_id))
    return style + palette.entity_selected if entity_id == selected else style


def span_layers(spans: Sequence[Span], style: Style, article_id: str, start: int, end: int, *,
                current: Span | None = None, current_style: Style | None = None) -> list[Layer]:
    """Spans (e.g. search hits) of ``article_id`` overlapping ``[start, end)``; ``current`` may get a stronger style.

    ``spans`` must be sorted (``Span`` order) and must not overlap each other, so
    finding the visible ones is a binary search however many there are.
    """
    layers: list[Layer] = []
    first = max(0, bisect_left(spans, Span(article_id, start, start)) - 1)
    for span in spans[first:]:
        if span.article > article_id or (span.article == article_id and span.start >= end):
            break
        if span.article == article_id and span.end > start:
            chosen = current_style if (current_style is not None and span == current) else style
            layers.append((span.start, span.end, chosen))
    return layers


def prose_layers(
    index: RenderIndex, palette: Palette, article: Article, start: int, end: int, *,
    selected_entity: str | None = None, hits: Sequence[Span] = (), current_hit: Span | None = None,
    untinted: Sequence[tuple[int, int]] = (),
) -> list[Layer]:
    """Tokens, then entities (none inside ``untinted``, see :func:`entity_layers`), then search hits,
    then the current place for ``body[start:end]``: later ones win.

    ``hits`` are sorted and do not overlap (see :func:`span_layers`).
    """
    layers = token_layers(article, start, end, palette)
    layers += entity_layers(index, palette, article.id, start, end, selected_entity, untinted)
    return layers + place_layers(palette, article.id, start, end, hits, current_hit)


def place_layers(palette: Palette, article_id: str, start: int, end: int, hits: Sequence[Span],
                 current: Span | None) -> list[Layer]:
    """Search ``hits`` (sorted, not overlapping), the ``current`` one reversed, then the current
    place when it is no hit (a mention, a passage) in the focus style: of a body's stretch or,
    below 0, of the headline's (:class:`Span`)."""
    layers = span_layers(hits, palette.search_hit, article_id, start, end, current=current,
                         current_style=palette.search_hit + Style(reverse=True))
    if current is not None and current not in hits:
        layers += span_layers((current,), palette.passage_focus, article_id, start, end)
    return layers


def diff_layers(ops: Iterable[DiffOp], palette: Palette, side: str) -> list[Layer]:
    """Word-level differences on one side (``"a"`` or ``"b"``) of a passage pair.

    Side ``a`` shows what it has that ``b`` dropped or changed; side ``b`` what it
    added or changed.
    """
    layers: list[Layer] = []
    for op in ops:
        if op.tag == "equal":
            continue
        if side == "a" and op.tag in ("delete", "replace"):
            layers.append((op.a_start, op.a_end, palette.diff_delete if op.tag == "delete" else palette.diff_replace))
        elif side == "b" and op.tag in ("insert", "replace"):
            layers.append((op.b_start, op.b_end, palette.diff_insert if op.tag == "insert" else palette.diff_replace))
    return layers


def passage_text(
    index: RenderIndex, palette: Palette, span: Span, *, selected_entity: str | None = None,
    extra: Iterable[Layer] = (), base: Style | None = None, inserts: Sequence[Insert] = (),
    untinted: Sequence[tuple[int, int]] = (), hits: Sequence[Span] = (),
) -> Text:
    """One passage (e.g. a compare or N-way cell): prose highlights (no entity tint inside
    ``untinted``, e.g. the differences; search ``hits`` as the reader marks them), then ``extra``
    layers (diffs) on top, with the entities' numbers and ``inserts`` (body offsets, e.g. carets) put in."""
    article = index.dossier.article(span.article)
    layers = prose_layers(index, palette, article, span.start, span.end, selected_entity=selected_entity,
                          hits=hits, untinted=untinted)
    layers += list(extra)
    numbers = number_inserts(index, palette, span.article, span.start, span.end, selected_entity)
    text = styled(article.source(span), span.start, span.end, layers, base=base,
                  inserts=sorted(numbers + list(inserts), key=lambda insert: insert[0]))
    text.no_wrap = False
    return text


KIND_WORDS = {"verbatim": "word for word", "near": "nearly word for word", "paraphrase": "paraphrased"}
IN_PART_WORDS = "partly word for word"
"""A verbatim link whose shorter version (or a quotation) is printed inside a longer one
(:func:`~reader.core.findings.likeness.in_part`)."""


def kind_words(analysis: Analysis, link: Link) -> str:
    """How the link's versions match, as every view says it: ``word for word`` only of versions that match as wholes."""
    from reader.core.findings.likeness import in_part, shown_kind  # the analysis' findings are loaded by now

    return IN_PART_WORDS if in_part(analysis, link) else KIND_WORDS[shown_kind(analysis, link)]


def match_note(analysis: Analysis, link: Link) -> str:
    """How a link's versions match: the kind of its least alike pair as shown
    (:func:`~reader.core.findings.likeness.shown_kind`), then the share of words its versions have in common
    (:func:`~reader.core.findings.likeness.words_alike`), which the kind shown reads too; never ``100%`` while
    a word differs (``was``/``is``: the difference the compare view names beside it)."""
    from reader.core.findings.likeness import in_part, shown_kind, words_alike

    share = words_alike(analysis, link)
    common = f"{100 if share >= 1 else min(99, round(share * 100))}% words in common"
    if shown_kind(analysis, link) != link.kind:  # the run they print alike said, not marked
        words = f"paraphrased around words printed {KIND_WORDS[link.kind]}"
    else:
        words = kind_words(analysis, link) + (" at least once" if len(link.passages) > 2 and not in_part(analysis, link) else "")
    if len(link.passages) < 3:
        return f"{words}, {common}"
    return f"{words}, {common} on average over {len(link.passages)} versions"


def weaker_note(link: Link) -> Text:
    """``? weaker link`` for a link that may join passages sharing only background (shown with
    ``W``), in the one style every view gives it; empty for a confident link."""
    return Text(WEAKER_WORDS, WEAKER_STYLE) if not link.confident else Text()


def origin_label(analysis: Analysis | None, article_id: str) -> str:
    """``65% copied · 16% rewritten`` (:mod:`reader.core.findings.origins`), then how much of it each source
    document accounts for (``43% from Ministry``); empty for a report all its own (or while the analysis runs) and
    for a source document (:func:`shared_label` says what it is)."""
    if analysis is None:
        return ""
    # Imported once an analysis is here: the finders it reaches (quotes, rapidfuzz) cost the first paint ~20 ms.
    from reader.core.findings.sourcing import source_notes, sourcing_of

    if article_id in analysis.dossier.sources:
        return ""  # its shared_label says what it is
    share = sourcing_of(analysis).origins.share_of(article_id)
    parts = ((share.copied, "copied"), (share.rewritten, "rewritten")) if share else ()  # None: a report alone
    return " · ".join([*(f"{round(value * 100)}% {name}" for value, name in parts if round(value * 100)),
                       *source_notes(analysis, article_id)])


def with_weaker(computed: Analysis) -> Analysis:
    """``computed`` showing its weaker links too (``W``), made once and kept with it: the worker
    that makes it indexes it (:func:`reader.ui.app._index`), and every later ``W`` shows that one."""
    return computed.derived("with weaker links", computed.with_weaker_links)


def share_parts(analysis: Analysis | None, article_id: str) -> list[str]:
    """``["100% shared", "75% copied", "25% rewritten"]``: a report's figures as the report list
    shows them (as many as fit) and the status line (all of them); after a ``0% shared``, the share
    its weaker links hold when they hold some (``40% in weaker links``): alone, 0% reads as a report
    with nothing in common with the others, where ``W`` shows what it may share."""
    origin = origin_label(analysis, article_id)
    shared = shared_label(analysis, article_id)
    weaker = ""
    if shared == "0% shared" and analysis is not None and analysis.weaker_links:
        if share := round((with_weaker(analysis).shared_fraction(article_id) or 0) * 100):
            weaker = f"{share}% in weaker links"
    return [*([shared] if shared else ()), *([weaker] if weaker else ()), *(origin.split(" · ") if origin else ())]


def event_number(analysis: Analysis | None, article_id: str) -> int | None:
    """``2``: in a folder of several events (:attr:`~reader.core.model.Story.events`, numbered from 1 as the
    notice names them, largest first), the one this report covers, so the report list tells them apart;
    ``None`` for a folder of one event, or a report of none."""
    events = analysis.story.events if analysis else ()
    return next((n for n, group in enumerate(events, 1) if article_id in group), None)


def shared_label(analysis: Analysis | None, article_id: str) -> str:
    """``62% shared``, or ``…`` while the analysis is running; ``source document`` for one marked ``role: source``,
    which counts as no report; nothing for a dossier's one report (a share of nothing)."""
    if analysis is None:
        return "… shared"
    if article_id in analysis.dossier.sources:
        return "source document"
    share = analysis.shared_fraction(article_id)
    return "" if share is None else f"{round(share * 100)}% shared"
