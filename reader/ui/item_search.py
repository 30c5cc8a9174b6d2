"""The ``/`` then ``n``/``N`` of a screen listing items (statements, versions): a mixin of the
screens, not a widget, so it lives beside them and may ask the app (Escape's ``back``)."""

from __future__ import annotations

from rich.text import Text

from reader.ui.paging import hit_place, next_hit
from reader.ui.widgets.item_view import ItemView
from reader.ui.widgets.search_bar import SearchBar
from reader.ui.wording import not_found, searched_words


class ItemSearch:
    """For a screen listing items in one :class:`~reader.ui.widgets.item_view.ItemView` and
    drawing them with a palette (:class:`~reader.ui.render.PaletteMixin`): ``n``/``N`` step to
    the next/previous item, ``/`` finds words in the items' text (matched as the reader's search
    matches them), and while a search is on ``n``/``N`` walk the items holding them instead, round
    the ends (Escape ends the search). The screen draws its items through :meth:`marked`, so the words found show in the
    reader's search look, and redraws them in :meth:`searched`; its title goes through :meth:`titled`, which leads it
    with the search's place (``search “Garneau”: 2/6 statements (n/N)``), as the reader's and compare's lines do,
    where a notice drawn over the items had said the count, and n/N no place."""

    hits: tuple[int, ...] = ()
    """Items holding the last search's words; empty when no search is on."""
    found: str = ""
    """The last search's words ("" when no search is on)."""
    wrapped: tuple[int, str] | None = None
    """Where the last n/N went round the ends and what it said of it, said while the cursor stays there."""
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
            self.searched_list().retitle()  # the search's place leads the title
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
        self.searched_list().retitle()  # the title without the search's place says it ended

    def search_for(self, query: str) -> None:
        """Find ``query`` in the items (``""``: end the search), and redraw them marked."""
        from reader.core.text.search import occurrences

        self.found = ""  # the items' words as they are, unmarked
        self.hits = tuple(n for n in range(self.item_count()) if occurrences(self.item_text(n), query))
        self.found = query if self.hits else ""
        self.searched()

    def searched(self) -> None:
        """Draw the items again with the words now found marked (see :meth:`marked`)."""

    def titled(self, title: Text) -> Text:
        """``title`` led, while a search is on, by where the cursor stands among the items holding its words
        (:func:`~reader.ui.paging.hit_place`, as the reader counts its hits) and what the last n/N said."""
        position = self.item_position()
        if not self.hits or position is None:
            return title
        place = f"search {searched_words(self.found)}: {hit_place(self.hits, position)} {self.item_noun}{'s' * (len(self.hits) != 1)}"
        if self.wrapped is not None and self.wrapped[0] == position:
            place += f", {self.wrapped[1]}"
        return Text.assemble((f"{place} (n/N)", "bold"), " \u00b7 ", title)

    def on_item_view_moved(self, event: ItemView.Moved) -> None:
        """The cursor moved (j/k, a page, a click): the search's place follows."""
        if self.hits:
            self.searched_list().retitle()

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
            self.wrapped = (target, wrapped.lower()) if wrapped else None
            self.go_to_item(target)
            self.searched_list().retitle()
        elif self.item_count():
            self.go_to_item(min(max(at + step, 0), self.item_count() - 1))
