"""The ``/`` then ``n``/``N`` of a screen listing items (statements, versions): a mixin of the
screens, not a widget, so it lives beside them and may ask the app (Escape's ``back``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.ui.paging import next_hit
from reader.ui.widgets.search_bar import SearchBar
from reader.ui.wording import counted_of, not_found, searched_words

if TYPE_CHECKING:
    from rich.text import Text

    from reader.ui.widgets.item_view import ItemView


class ItemSearch:
    """For a screen listing items in one :class:`~reader.ui.widgets.item_view.ItemView` and
    drawing them with a palette (:class:`~reader.ui.render.PaletteMixin`): ``n``/``N`` step to
    the next/previous item, ``/`` finds words in the items' text (matched as the reader's search
    matches them), and while a search is on ``n``/``N`` walk the items holding them instead, round
    the ends (Escape ends the search). The screen draws its items through :meth:`marked`, so the words found show in the
    reader's search look, and redraws them in :meth:`searched`."""

    hits: tuple[int, ...] = ()
    """Items holding the last search's words; empty when no search is on."""
    found: str = ""
    """The last search's words ("" when no search is on)."""
    item_noun: str = "item"
    """What an item is called when a search counts them (``version``, ``statement``)."""
    searched_items: str = "the items"
    """What the search bar says ``/`` searches (``the versions``). The bar is mounted at the first
    ``/``: a view opened only to be read pays nothing for it."""

    def searched_list(self) -> ItemView:
        raise NotImplementedError

    def item_text(self, position: int) -> str:
        """The words of the item at ``position``, as shown."""
        raise NotImplementedError

    def item_count(self) -> int:
        return self.searched_list().count

    def go_to_item(self, position: int) -> None:
        self.searched_list().index = position

    def item_position(self) -> int | None:
        """The position of the item under the cursor."""
        return self.searched_list().index

    async def action_search(self) -> None:
        await SearchBar.open_in(self, self.searched_items)  # type: ignore[arg-type]

    def on_search_bar_finished(self, event: SearchBar.Finished) -> None:
        event.stop()
        items = self.searched_list()
        self.query_one(SearchBar).close(items)
        self.search_for(event.query)
        if self.hits:
            # The first hit from the item the cursor is on: the search itself goes round no end.
            position = self.item_position()
            at = position if position is not None else 0
            self.go_to_item(next_hit(self.hits, at - 1, 1)[0])
            found = counted_of(len(self.hits), self.item_count(), self.item_noun)
            self.app.say(f"{searched_words(event.query)} in {found}: n/N go through them", timeout=3)
        elif event.query.strip():
            self.app.say(not_found(event.query, self.item_noun), timeout=3)

    def action_back(self) -> None:
        """Escape ends a search (as in less), so n/N go item by item again (the notices, if shown,
        went first: the app's escape takes them on every screen); then leaves the view."""
        if not self.hits:
            self.app.action_back()  # type: ignore[attr-defined]
            return
        self.search_for("")
        self.app.key_spent()  # type: ignore[attr-defined]
        self.app.say("Search ended", timeout=2)  # type: ignore[attr-defined]

    def search_for(self, query: str) -> None:
        """Find ``query`` in the items (``""``: end the search), and redraw them marked."""
        from reader.core.text.search import occurrences

        self.found = ""  # the items' words as they are, unmarked
        self.hits = tuple(n for n in range(self.item_count()) if occurrences(self.item_text(n), query))
        self.found = query if self.hits else ""
        self.searched()

    def searched(self) -> None:
        """Draw the items again with the words now found marked (see :meth:`marked`)."""

    def marked(self, text: Text) -> Text:
        """``text`` (an item as drawn) with the words found marked as the reader marks a search hit."""
        if self.found:
            from reader.core.text.search import occurrences

            style = self.palette().search_hit  # type: ignore[attr-defined]
            for start, end in occurrences(text.plain, self.found):
                text.stylize(style, start, end)
        return text

    def action_next_item(self, step: int) -> None:
        """The next (``step`` 1) or previous (-1) search hit while a search is on, else item."""
        position = self.item_position()
        at = position if position is not None else -1
        if self.hits:
            target, wrapped = next_hit(self.hits, at, step)
            if wrapped:
                self.app.say(wrapped, timeout=2)
            else:
                self.app.unsay()  # an earlier step's "Wrapped round…" is not this one's
            self.go_to_item(target)
        elif self.item_count():
            self.go_to_item(min(max(at + step, 0), self.item_count() - 1))
