"""The list of reports: outlet in its source colour, headline, date, words, how much is shared, and how
much is copied from or rewritten after another report."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.core.model import Article
from reader.ui.render import Palette, PaletteMixin, RenderIndex, origin_label, shared_label
from reader.ui.widgets.cursor_list import CursorList


FIRST_BATCH = 40
"""Options built before the first paint, or one per terminal row if the terminal is taller:
an option takes at least a row, so never fewer than the list can show."""
LATER_BATCH = 50
"""Options added per paint after the first: OptionList lays each new one out (about a
millisecond each), so thousands added at once kept keys waiting for seconds."""


class SourceList(PaletteMixin, CursorList):
    """One option per report, in dossier order; moving the cursor selects the report."""

    HELP_TITLE = "report list"
    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "first", "First", show=False),
        Binding("G", "last", "Last", show=False),
    ]

    compact: reactive[bool] = reactive(False, init=False)
    """One line per report (narrow terminals) instead of outlet line + headline."""

    class SourceSelected(Message):
        """The cursor came to rest on a report."""

        def __init__(self, article_id: str) -> None:
            super().__init__()
            self.article_id = article_id

    def __init__(self, index: RenderIndex, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.index = index
        self._built_with: Palette | None = None
        self._generation = 0
        self._compact_room = 0
        self._compact_needs: dict[str, int] = {}
        """Cells each compact prompt needs to say "66% shared" in full (a narrower list says "66%")."""

    def on_mount(self) -> None:
        self.rebuild()

    def set_index(self, index: RenderIndex) -> None:
        self.index = index
        self.rebuild()

    def watch_compact(self) -> None:
        self.rebuild()

    def on_resize(self) -> None:
        """A compact prompt's wording depends on the width: rebuild when a width crossing changes one."""
        if not self.compact:
            return
        old, new = self._compact_room, self._room()
        if any((need <= old) != (need <= new) for need in self._compact_needs.values()):
            self.rebuild()

    def _room(self) -> int:
        """Cells a prompt line may take: the list's content width once laid out, else the screen's."""
        return self.scrollable_content_region.width or self.app.size.width

    def notify_style_update(self) -> None:
        super().notify_style_update()
        if self.is_mounted:
            self.call_later(self._restyle)

    def _restyle(self) -> None:
        # Restyles come often (focus, hover); the prompts only change with the palette.
        if self.palette() != self._built_with:
            self.rebuild()

    def rebuild(self) -> None:
        """Redraw every option, keeping the cursor where it was.

        The first :data:`FIRST_BATCH` (or screen-height) options are built at once and the rest
        :data:`LATER_BATCH` after each paint: OptionList lays out every option it holds,
        and a dossier of thousands should open as fast as one of five, and answer keys meanwhile.
        """
        self._built_with = self.palette()
        self._generation += 1
        self._compact_room, self._compact_needs = self._room(), {}
        keep = self.highlighted
        self.clear_options()
        articles = self.index.dossier.articles
        first = max(FIRST_BATCH, self.app.size.height)
        self._add(articles[:first], keep)
        if len(articles) > first:
            self.call_after_refresh(self._add_later, articles[first:], keep, self._generation)

    def _add_later(self, articles: tuple[Article, ...], keep: int | None, generation: int) -> None:
        if generation == self._generation:  # not overtaken by a newer rebuild
            self._add(articles[:LATER_BATCH], keep)
            if len(articles) > LATER_BATCH:
                self.call_after_refresh(self._add_later, articles[LATER_BATCH:], keep, generation)

    def _add(self, articles: tuple[Article, ...], keep: int | None) -> None:
        before = self.option_count
        self.add_options(Option(self._prompt(article), id=article.id) for article in articles)
        if self.option_count and (before == 0 or (keep or 0) >= before):
            # Not announced: the cursor follows the report shown (a reopened dossier's may not be the first).
            with self.prevent(OptionList.OptionHighlighted):
                self.highlighted = min(keep or 0, self.option_count - 1)

    def show(self, article_id: str) -> None:
        """Move the cursor to ``article_id`` without announcing it again."""
        index = self.get_option_index(article_id)
        if index != self.highlighted:
            with self.prevent(OptionList.OptionHighlighted):
                self.highlighted = index

    def _prompt(self, article: Article) -> Text:
        """Outlet, headline, then the details, the shared share first: a narrow list cuts the end
        of the line, and the share is what tells reports apart. Compact: one line, ``1 Outlet  66%
        shared`` (``66%`` when that does not fit)."""
        palette = self.palette()
        label = self.index.source_label(palette, article.id)
        shared = shared_label(self.index.analysis, article.id)
        if self.compact:
            need = label.cell_len + 2 + len(shared)
            self._compact_needs[article.id] = need
            label.append(f"  {shared if need <= self._compact_room else shared.split()[0]}", palette.muted)
            return label
        origin = origin_label(self.index.analysis, article.id)
        details = " · ".join(x for x in (shared, origin, f"{article.word_count} words", article.published) if x)
        label.append("\n")
        label.append(article.headline)
        label.append("\n")
        label.append(details, palette.muted)
        return label

    @on(OptionList.OptionHighlighted)
    def _announce(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.SourceSelected(event.option.id))
