"""One report as a scrollable page: headline, standfirst, paragraphs, and a gutter of passage marks.

Only visible rows are drawn (Textual's line API): the layout keeps body
offsets per row, and each row's Strip is built on demand and cached under
every input that changes it, so a huge article scrolls without rebuilding
anything and a keypress never re-renders the whole text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import takewhile

from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.reactive import reactive
from textual.strip import Strip

from reader.core.model import HEADLINE, Article, Span
from reader.core.safe_text import inert_line
from reader.ui.drawing import LineView, drawn_for_a_turn, line_strip, next_turn, wrap_offsets, wrapped
from reader.ui.render import (
    NumberRoom,
    Palette,
    RenderIndex,
    SentenceBounds,
    number_inserts,
    place_layers,
    prose_layers,
    styled,
)

CAPTION_LABEL = "Photo: "
"""Before a caption, so it does not read as the standfirst's next line."""
CAPTION_ROWS = 3
"""Rows the captions after the first may fill above the body; the rest go under it, a row saying so:
a page with many pictures would otherwise fill a small pane (80x24) with captions, no body in sight."""
LINKABLE = re.compile(r"https?://[\x21-\x7e]+")
"""A web address made only of printable ASCII: the header's URL becomes a hyperlink only then."""
_MAX_GUTTER = 7


@dataclass(frozen=True, slots=True)
class Row:
    """One screen row: body offsets ``[start, end)``, a headline or standfirst row's of the header
    (below 0: :attr:`~reader.core.model.Article.header`), or for the other header rows its own ``text``.

    Rows are geometry only: which sentences a row begins or continues is looked up when
    it is drawn, so an analysis landing re-draws the visible rows and re-wraps the article
    only when its entities' numbers (:class:`~reader.ui.render.NumberRoom`) changed (a 30 MB
    line took seconds to wrap).
    """

    kind: str  # "title", "standfirst", "caption", "meta", "url", "body", "blank"
    start: int
    end: int
    text: str = ""


class ArticleView(LineView, can_focus=True):
    """Shows ``article``; the screen sets the inputs, the view only draws them."""

    HELP_TITLE = "article"
    BORDER_TITLE = "Article"
    FOCUS_SHOWN_IN_TITLE = True
    BINDINGS = [
        Binding("j,down", "rows(1)", "Down", show=False),
        Binding("k,up", "rows(-1)", "Up", show=False),
        Binding("g,home", "rows(-1e9)", "Top", show=False),
        Binding("G,end", "rows(1e9)", "Bottom", show=False),
        Binding("space,pagedown", "pages(1)", "Page down", show=False),
        Binding("b,pageup", "pages(-1)", "Page up", show=False),
        Binding("ctrl+d", "pages(0.5)", "Half a page down", show=False),
        Binding("ctrl+u", "pages(-0.5)", "Half a page up", show=False),
    ]

    article: reactive[Article | None] = reactive(None, init=False)
    selected_entity: reactive[str | None] = reactive(None, init=False)
    hits: reactive[tuple[Span, ...]] = reactive((), init=False)
    """Search hits to mark, in any order; the view keeps them sorted for lookup."""
    current: reactive[Span | None] = reactive(None, init=False)

    def __init__(self, index: RenderIndex, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.index = index
        self._rows: list[Row] = []
        self._row_starts: list[int] = []
        self._standfirst_rows: list[tuple[int, int]] = []
        """The standfirst's rows as ``(start, row)``: below the headline's offsets, shown under it."""
        self._layout_key: tuple | None = None
        # Layouts and rows of recently shown articles are kept, so flipping between reports
        # redraws from cache.
        self._layouts: LRUCache[tuple, list[Row]] = LRUCache(32)
        self._sorted_hits: tuple[Span, ...] = ()
        self._prefetch_pending = False
        """A report came: its neighbours are drawn ahead once it is painted."""
        self._drawing_ahead: Iterator[None] | None = None
        """The rows being drawn ahead (see :meth:`_prefetch_neighbours`)."""
        self._height = 0
        """The rows shown when last laid out (see :meth:`on_resize`)."""

    def on_resize(self) -> None:
        """Shrunk while at the bottom of a report longer than the view (the status line unfolding
        under ``i``, or taking a note as ``G`` arrives): it stays at the bottom, where its last
        passages were hidden under the taller status line."""
        height, self._height = self._height, self.scrollable_content_region.height
        bottom = self.virtual_size.height - height
        if 0 < bottom <= self.scroll_y < self.max_scroll_y:
            self.scroll_to(y=self.max_scroll_y, animate=False, immediate=True)

    # Inputs ------------------------------------------------------------------
    def set_index(self, index: RenderIndex) -> None:
        """A new analysis arrived: marks and entities change, the text does not (a swapped-in
        dossier may bring other texts, so only then are the layouts dropped); the rows are wrapped
        again only where the entities' numbers differ (see :meth:`_layout_key_of`)."""
        if index.dossier is not self.index.dossier:
            self._layouts.clear()
            self._layout_key = None
        self.index = index
        self._changed()
        self._prefetch_pending = True  # the neighbours drawn ahead were drawn without these marks
        self._drawing_ahead = None

    def watch_article(self) -> None:
        self.scroll_to(0, 0, animate=False, immediate=True)
        self._relayout()
        self.refresh()
        self._prefetch_pending = True
        self._drawing_ahead = None

    def watch_selected_entity(self) -> None:
        self._changed()

    def watch_hits(self, hits: tuple[Span, ...]) -> None:
        self._sorted_hits = tuple(sorted(hits))
        self._changed()

    def watch_current(self) -> None:
        self._changed()

    def _changed(self) -> None:
        """Highlights changed: every kept row is stale, the layout is not."""
        self._relayout()
        self.forget_rows()

    def render_lines(self, crop: Region) -> list[Strip]:
        # Lay out here, at the width being drawn: the first frame comes before any Resize event,
        # and it must show the text wrapped to the pane, not blank or wrapped to a guess.
        self._relayout()
        lines = super().render_lines(crop)
        if self._prefetch_pending:
            # Once this frame is on screen: a report switch (and the start) waited for it otherwise.
            self._prefetch_pending = False
            self.call_later(self._prefetch_neighbours)
        return lines

    # Layout ------------------------------------------------------------------
    @property
    def gutter_width(self) -> int:
        others = len(self.index.dossier.articles) - 1
        return min(_MAX_GUTTER, max(1, others)) + 1

    def _text_width(self) -> int:
        return max(10, self.scrollable_content_region.width - self.gutter_width - 1)

    def _relayout(self) -> None:
        if not self.size.width:
            return  # not laid out yet: render_lines lays out once the width is known
        article = self.article
        key = self._layout_key_of(article, self._text_width())
        if key == self._layout_key:
            return
        same_article = self._layout_key is not None and self._layout_key[0] == key[0]
        top = self._top_offset() if same_article else None
        self._layout_key = key
        rows = self._layout(article, key) if article else []
        width = key[1]
        self._rows = rows
        # The standfirst's offsets lie below the headline's (Article.header): its rows stand aside
        # so the starts stay sorted for row_of.
        self._row_starts = [-1 if row.kind == "standfirst" else row.start for row in rows]
        header = takewhile(lambda row: row.kind not in ("blank", "body"), rows)
        self._standfirst_rows = [(row.start, n) for n, row in enumerate(header) if row.kind == "standfirst"]
        self.set_content_size(Size(width + self.gutter_width + 1, len(self._rows)))
        current = self.current
        if current is not None and article is not None and current.article == article.id:
            self.scroll_to(y=max(0, self.row_of(current.start) - 3), animate=False, immediate=True)
        elif top is not None:
            # A new width re-wraps the text: keep the same words at the top of the pane.
            self.scroll_to(y=self.row_of(top), animate=False, immediate=True)

    def reading_at(self) -> Span | None:
        """Where the reader is: the walked passage (of the body) while it is on screen, else the first body
        row on screen, else (at the very top) the start of the text (``None`` before any report
        is shown)."""
        article = self.article
        if article is None:
            return None
        current = self.current
        top = int(self.scroll_y)
        if current is not None and current.article == article.id and not current.in_title:
            if top <= self.row_of(current.start) < top + self.scrollable_content_region.height:
                return current
        row = next((row for row in self._rows[top:] if row.kind == "body"), None) if top >= 1 else None
        # The whole row, not its first offset: a point where a sentence begins overlaps none.
        return Span(article.id, row.start, row.end) if row is not None else Span(article.id, 0, 1)

    def passage_read(self) -> Span | None:
        """What ``c`` compares and ``y`` copies: :meth:`reading_at`, unless the pane opens on the
        last rows of a paragraph begun above it and the next one starts in its top third: one is
        reading that one, not the few words left of the other."""
        at = self.reading_at()
        top = int(self.scroll_y)
        if at is None or at is self.current or top < 1:
            return at
        rows = self._rows
        first = next((n for n in range(top, len(rows)) if rows[n].kind == "body"), None)
        if first is None or rows[first - 1].kind != "body":  # the pane opens on a paragraph's start
            return at
        for n in range(first + 1, min(len(rows), top + self.scrollable_content_region.height // 3 + 1)):
            if rows[n].kind == "body" and rows[n - 1].kind != "body":
                return Span(at.article, rows[n].start, rows[n].end)
        return at

    def _top_offset(self) -> int | None:
        """The body offset of the first body row on screen; ``None`` at the very top (keep the headline)."""
        if self.scroll_y < 1:
            return None
        for row in self._rows[int(self.scroll_y):]:
            if row.kind in ("body", "blank"):
                return row.start
        return None

    def _build_rows(self, article: Article, width: int, numbers: NumberRoom, sentences: SentenceBounds) -> list[Row]:
        rows: list[Row] = []
        # An untitled report shows no headline: the one derived from its first line (the report
        # list's) would be the lead printed twice, as a headline and again as the first paragraph.
        # Each headline row holds its stretch of the title line (below 0, see Span): a jump to a
        # title passage or a search hit in the headline lands on its row (row_of).
        if article.title:
            shift = -len(article.title) - 1
            rows.extend(Row("title", shift + a, shift + b) for a, b in wrap_offsets(article.title, 0, len(article.title), width))
        meta = " · ".join(x for x in (article.name, article.published, article.byline) if x)
        rows.append(Row("meta", -1, -1, meta))
        if article.url:  # whole, wrapped: the one field a fact-checker copies (cut, it lost its end unmarked)
            rows.extend(Row("url", -1, -1, line) for line in wrapped(inert_line(article.url), width))
        if standfirst := article.standfirst_span:
            shift = standfirst.start
            rows.extend(Row("standfirst", shift + a, shift + b)
                        for a, b in wrap_offsets(article.standfirst, 0, len(article.standfirst), width))
        # A photo's caption is where a picture's claim is checked: under the standfirst, dimmed.
        above, below = _captions_placed([wrapped(f"{CAPTION_LABEL}{caption}", width) for caption in article.captions])
        rows.extend(Row("caption", -1, -1, line) for lines in above for line in lines)
        if below:
            more = f"{CAPTION_LABEL}{len(below)} more caption{'s' * (len(below) != 1)} under the article"
            rows.extend(Row("caption", -1, -1, line) for line in wrapped(more, width))
        for p_start, p_end in article.paragraphs:
            rows.append(Row("blank", p_start, p_start))
            rows.extend(Row("body", r_start, r_end) for r_start, r_end in wrap_offsets(article.body, p_start, p_end, width, numbers, sentences))
        if below:  # after the body's end, a row apart: their rows keep the starts sorted for row_of
            end = len(article.body)
            rows.extend(Row("caption", end, end, line) for line in ["", *(line for lines in below for line in lines)])
        return rows

    def shown(self) -> tuple[Span | None, bool]:
        """The body on screen, from the first body row shown to the end of the last (``None``
        when none is), and whether the headline is on screen too: what the gutter speaks for."""
        self._relayout()  # rows of the article shown now, at this width (a no-op once laid out)
        article, top = self.article, int(self.scroll_y)
        rows = self._rows[top:top + self.scrollable_content_region.height]
        body = [row for row in rows if row.kind == "body"]
        headline = any(row.kind == "title" for row in rows)
        if article is None or not body:
            return None, headline
        return Span(article.id, body[0].start, body[-1].end), headline

    def row_of(self, offset: int) -> int:
        """The row showing ``offset`` (the last row starting at or before it): of the body, or below 0
        of the headline or of the standfirst (see :class:`Row`)."""
        standfirst = self._standfirst_rows
        if standfirst and self.article.part(Span(self.article.id, offset, offset)) == "standfirst":
            return standfirst[max(0, bisect_right(standfirst, (offset, len(self._rows))) - 1)][1]
        return max(0, bisect_right(self._row_starts, offset) - 1)

    # Keyboard scrolling jumps: an animated scroll would redraw the pane a dozen times per key.
    # At once, not after the next refresh: the keys of a burst each start from where the last left.
    def action_rows(self, rows: float) -> None:
        self.scroll_to(y=max(0, min(self.max_scroll_y, self.scroll_y + rows)), animate=False, immediate=True)

    def action_pages(self, pages: float) -> None:
        self.action_rows(round(pages * max(1, self.scrollable_content_region.height - 2)))

    def scroll_to_offset(self, offset: int, *, margin: int = 3) -> None:
        """Scroll so the row holding ``offset`` sits ``margin`` rows below the top."""
        self._relayout()
        self.scroll_to(y=max(0, self.row_of(offset) - margin), animate=False, immediate=True)

    # Drawing -----------------------------------------------------------------
    def _layout_key_of(self, article: Article | None, width: int) -> tuple:
        """What an article's rows depend on: the text, the width, where entities' numbers take room
        and where sentences begin and end (none until the analysis lands)."""
        if article is None:
            return None, width, NumberRoom(), SentenceBounds()
        return article.id, width, self.index.number_room(article.id), self.index.sentence_bounds(article.id)

    def _layout(self, article: Article, key: tuple) -> list[Row]:
        """The rows of ``article`` under its layout ``key``, from the cache when drawn before."""
        rows = self._layouts.get(key)
        if rows is None:
            rows = self._build_rows(article, *key[1:])
            self._layouts[key] = rows
        return rows

    def _prefetch_neighbours(self) -> None:
        """Draw the first screen of the reports before and after this one while the user reads,
        so ``[``/``]`` and the report list show them from cache.

        :data:`~reader.ui.drawing.AHEAD_TURN` at a time, each turn queued behind what came meanwhile:
        two screenfuls took ~18 ms, and the first key after start-up (or after a report switch)
        waited for all of it."""
        article = self.article
        if article is None or not self.size.height:
            return
        self._drawing_ahead = self._rows_ahead(article)
        self._draw_ahead(self._drawing_ahead)

    def _rows_ahead(self, article: Article) -> Iterator[None]:
        """Draws the neighbours' first rows, and finishes them as the pane shows them, one per step."""
        articles = self.index.dossier.articles
        at = self.index.source_slot(article.id)
        width = self.scrollable_content_region.width
        for neighbour in {articles[(at - 1) % len(articles)], articles[(at + 1) % len(articles)]} - {article}:
            layout_key = self._layout_key_of(neighbour, self._text_width())
            rows = self._layout(neighbour, layout_key)
            for number in range(min(len(rows), self.size.height)):
                self.finish_ahead(self._strip(neighbour, layout_key, rows, number, width))
                yield

    def _draw_ahead(self, steps: Iterator[None]) -> None:
        if steps is not self._drawing_ahead:
            return  # another report, or other marks, since: its own drawing ahead replaces this one
        if drawn_for_a_turn(steps):
            self._drawing_ahead = None
        else:
            next_turn(self, self._draw_ahead, steps)

    def render_line(self, y: int) -> Strip:
        width, scroll_x, scroll_y = self.frame()
        number = scroll_y + y
        article = self.article
        if number >= len(self._rows) or article is None:
            return self.cached_strip(("blank", width), lambda: Strip.blank(width, self.pane_style))
        strip = self._strip(article, self._layout_key, self._rows, number, width)
        return strip.crop(scroll_x, scroll_x + width)

    def _strip(self, article: Article, layout_key: tuple, rows: list[Row], number: int, width: int) -> Strip:
        # Article and width name the layout: its numbers change only with the index, which drops every row.
        return self.cached_strip((layout_key[:2], number, width), lambda: self._draw(article, rows, number, width))

    def _draw(self, article: Article, rows: list[Row], number: int, width: int) -> Strip:
        palette, row = self.pane_palette, rows[number]
        # One space after the gutter on every row: the headline, byline and standfirst start on
        # the body's left edge.
        line = Text(no_wrap=True, end="")
        line.append(" " * (self.gutter_width + 1))
        if row.kind == "title":
            line = self._title_gutter(article, row, palette)
            line.append(" ")
            marks = place_layers(palette, article.id, row.start, row.end, self._sorted_hits, self.current)
            line.append_text(styled(article.source(article.title_span), row.start, row.end, marks, base=Style(bold=True)))
        elif row.kind == "meta":
            line.append(row.text, palette.source(self.index.source_slot(article.id)))
        elif row.kind == "url":
            # A hyperlink the terminal opens (OSC 8), for a plain web address only: the header is untrusted.
            # Each row of a wrapped address links to all of it.
            link = article.url if LINKABLE.fullmatch(article.url) else None
            line.append(row.text, palette.muted + Style(link=link, underline=link is not None))
        elif row.kind == "standfirst":
            marks = place_layers(palette, article.id, row.start, row.end, self._sorted_hits, self.current)
            line.append_text(styled(article.header, row.start, row.end, marks, base=Style(italic=True) + palette.muted))
        elif row.kind == "caption":
            line.append(row.text, palette.muted + Style(dim=True))
        elif row.kind == "body":
            line = self._gutter(article, rows, number, palette)
            line.append(" ")
            layers = prose_layers(
                self.index, palette, article, row.start, row.end,
                selected_entity=self.selected_entity, hits=self._sorted_hits, current_hit=self.current,
            )
            numbers = number_inserts(self.index, palette, article.id, row.start, row.end, self.selected_entity)
            line.append_text(styled(article.body, row.start, row.end, layers, inserts=numbers))
        return line_strip(line, self.app.console, width, self.pane_style)

    def _title_gutter(self, article: Article, row: Row, palette: Palette) -> Text:
        """The reports whose links hold the title line, beside its first row (as a sentence's)."""
        title = article.title_span
        if title is None or row.start != title.start:
            return Text(" " * self.gutter_width, no_wrap=True, end="")
        return self._marked(article, HEADLINE, palette)

    def _marked(self, article: Article, sentence: int, palette: Palette) -> Text:
        """The gutter of ``sentence``: the reports carrying it, and :data:`CONFLICT_SIGN` in the last
        cell (always free) when a figure of it conflicts with another report's, as compare's gutter
        says of the report beside it."""
        return self.index.gutter(palette, article.id, self.index.sentence_marks(article.id).get(sentence), self.gutter_width,
                                 conflict=sentence in self.index.conflicts(article.id))

    def _gutter(self, article: Article, rows: list[Row], number: int, palette: Palette) -> Text:
        """A body row's gutter speaks of the sentence holding the row's first word: its marks on the
        first row it begins (wrapping gives every sentence one, :class:`SentenceBounds`), ``│`` on
        its next rows. A sentence begun after another's words on a row goes on to the next: its
        marks wait for that row, not beside the words of the sentence before."""
        row = rows[number]
        sentence = self.index.sentence_bounds(article.id).holding(row.start)
        if sentence is None:
            return Text(" " * self.gutter_width, no_wrap=True, end="")
        above = rows[number - 1] if number else None
        if above is None or above.kind != "body" or self.index.sentence_bounds(article.id).holding(above.start) != sentence:
            return self._marked(article, sentence, palette)
        marks = self.index.sentence_marks(article.id).get(sentence)
        text = Text(no_wrap=True, end="")
        if marks is not None:
            text.append("│", palette.unique if marks.unique else palette.muted)
        text.truncate(self.gutter_width, pad=True)
        return text


def _captions_placed(captions: list[list[str]]) -> tuple[list[list[str]], list[list[str]]]:
    """The captions' rows split into those above the body and those under it: the first caption
    above whatever its length, the next ones while all fit in :data:`CAPTION_ROWS`."""
    used, above = 0, 0
    for lines in captions:
        used += len(lines)
        if above and used > CAPTION_ROWS:
            break
        above += 1
    return captions[:above], captions[above:]
