"""n/N step item by item in the quote tracker and the N-way view; / searches the items shown
there, and while a search is on n/N walk its hits round the ends."""

from __future__ import annotations

from reader.ui.app import build_app
from reader.ui.screens.nway import NWayScreen, VersionList
from reader.ui.screens.quotes import QuoteList, QuotesScreen
from reader.ui.widgets.item_view import BAR
from reader.ui.widgets.search_bar import SearchBar
from tests.helpers import shown, until


async def test_n_and_N_step_through_the_statements(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("Q")
        assert isinstance(app.screen, QuotesScreen)
        quotes = app.screen.query_one(QuoteList)
        assert quotes.index == 0
        await pilot.press("n", "n")
        assert quotes.index == 2
        await pilot.press("N")
        assert quotes.index == 1


async def test_slash_searches_the_statements_and_n_walks_the_hits(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("Q")
        screen = app.screen
        quotes = screen.query_one(QuoteList)
        # A word from the last statement's first version, so the search must move the cursor.
        last = quotes.count - 1
        word = max(screen.item_text(last).split("\u201c", 1)[1].split(), key=len).strip(".,;:\u201d")
        expected = tuple(n for n in range(quotes.count) if word.casefold() in screen.item_text(n).casefold())
        await pilot.press("slash")
        assert app.focused is screen.query_one(SearchBar)
        await pilot.press(*word, "enter")
        assert app.focused is quotes and not screen.query_one(SearchBar).display
        assert screen.hits == expected and quotes.index == expected[0]
        for _ in expected:
            await pilot.press("n")
        assert quotes.index == expected[0]  # round the ends
        await pilot.press("N")
        assert quotes.index == expected[-1]


async def test_n_steps_versions_and_slash_finds_one_in_the_n_way_view(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("c", "n", "w")
        screen = app.screen
        assert isinstance(screen, NWayScreen)
        versions = screen.query_one(VersionList)
        assert versions.count >= 2 and versions.index == 0
        await pilot.press("n")
        assert versions.index == 1
        await pilot.press("N")
        assert versions.index == 0
        label = bundled.article(screen.carriers[-1]).outlet
        await pilot.press("slash", *label, "enter")
        assert versions.index == versions.count - 1
        await pilot.press("slash", *"no such words at all", "enter")
        assert screen.hits == () and versions.index == versions.count - 1


def test_the_matrix_legend_gives_long_names_the_room_short_ones_leave():
    from reader.ui.screens.coverage import name_cuts

    names = [f"{n:x}" * length for n, length in enumerate([6, 10, 7, 9, 18, 10, 10, 3, 11, 10])]
    cuts = name_cuts(names, 90)
    assert max(cuts) == 14 and sum(cuts) == 90
    assert name_cuts(names, 1000) == [len(name) for name in names]
    assert name_cuts(names, 5) == [1] * len(names)


def test_names_cut_for_the_legend_stay_distinct():
    """Ten reports at 80 columns cut every name to four letters: two outlets sharing their first
    five read the same. A cut name keeps the prefix that tells it apart."""
    from reader.ui.screens.coverage import name_cuts

    names = ["harbourweekly", "harbourweekend", "pier", "northdesk", "coastwire"]
    def shown(room: int) -> list[str]:
        return [name if len(name) <= cut else name[: cut - 1] + "\u2026" for name, cut in zip(names, name_cuts(names, room))]

    assert shown(40)[:3] == ["harbourweekly", "harbourweeke\u2026", "pier"] and sum(name_cuts(names, 40)) <= 40
    assert len(set(shown(40))) == len(names)
    assert sum(name_cuts(names, 10)) <= 10  # the prefixes telling them apart do not fit: all cut alike


async def test_y_copies_every_quotation_of_the_statement(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("Q", "y")
        group = app.screen.groups[0]
        copied = app.clipboard.split("\n\n")
        assert len(copied) == len(group.quotes)
        first = group.quotes[0].span
        assert copied[0] == f"{bundled.article(first.article).outlet}: {bundled.article(first.article).text(first)}"


async def test_the_statements_are_drawn_as_they_come_into_view(bundled, analysis, monkeypatch):
    """The list opens with the statements in view drawn, and no others; G draws the last ones
    (not those between), and moving up from there draws the ones before, the cursor's statement
    kept in view."""
    drawn: list[int] = []
    draw = QuotesScreen.group_lines
    monkeypatch.setattr(QuotesScreen, "group_lines", lambda screen, group: drawn.append(screen.groups.index(group)) or draw(screen, group))
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 24)) as pilot:
        await pilot.press("Q")
        screen = app.screen
        quotes = screen.query_one(QuoteList)
        await until(pilot, lambda: bool(drawn))
        total = len(screen.groups)
        assert total > 10 and max(drawn) < total // 2
        drawn.clear()
        await pilot.press("G")
        await until(pilot, lambda: BAR in shown(quotes))
        assert screen.item_position() == total - 1 and min(drawn) > total // 2
        await pilot.press("k", "k", "k", "k")
        assert screen.item_position() == total - 5 and BAR in shown(quotes)
        await pilot.press("g")
        assert screen.item_position() == quotes.index == 0 and BAR in shown(quotes)


async def test_a_search_finds_statements_not_yet_mounted(bundled, analysis, monkeypatch):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("Q")
        screen = app.screen
        quotes = screen.query_one(QuoteList)
        last = len(screen.groups) - 1
        word = max(screen.item_text(last).split("\u201c", 1)[1].split(), key=len).strip(".,;:\u201d")
        await pilot.press("slash", *word, "enter")
        assert last in screen.hits and screen.item_position() == quotes.index == screen.hits[0] > 0
        assert BAR in shown(quotes)  # the statement found is in view


async def test_the_words_found_in_the_versions_are_marked_as_the_reader_marks_a_hit(bundled, analysis):
    """``/`` in the N-way view marks each occurrence in the reader's search look (folded as the
    reader folds: any case), in every version holding it; a search closed with escape takes the marks away."""
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("c", "n", "w")
        screen = app.screen
        assert isinstance(screen, NWayScreen)
        hit = screen.palette().search_hit
        reference = bundled.article(screen.reference)
        word = max(reference.text(screen._passage(screen.reference)).split(), key=len).strip(".,;:\u201c\u201d")

        def marked(article_id: str) -> list[str]:
            text = screen._version_text(article_id)
            return [text.plain[span.start:span.end] for span in text.spans if span.style == hit]

        await pilot.press("slash", *word.upper(), "enter")
        assert screen.hits and all(marked(screen.carriers[n]) for n in screen.hits)
        assert {found.casefold() for n in screen.hits for found in marked(screen.carriers[n])} == {word.casefold()}
        await pilot.press("slash", "escape")
        assert not any(marked(article_id) for article_id in screen.carriers)


async def test_a_search_goes_to_its_first_hit_and_says_how_many_hold_it(bundled, analysis):
    """The search lands on the first version holding the words, from the cursor on, and counts
    them; going round is for n/N, never said by the search itself."""
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("c", "n", "w")
        screen = app.screen
        versions = screen.query_one(VersionList)
        label = bundled.article(screen.reference).outlet  # in the reference version alone, under the cursor
        await pilot.press("slash", *label, "enter")
        assert screen.hits == (0,) and versions.index == 0
        assert not app._notifications  # said in the view's title, over no version
        assert titled(versions).startswith(f"search \u201c{label}\u201d: 1/1 version (n/N) \u00b7 ")
        await pilot.press("slash", *"zqxwv", "enter")
        await until(pilot, lambda: "No version holds \u201czqxwv\u201d" in [str(n.message) for n in app._notifications])


async def test_every_search_bar_says_what_it_searches_and_the_same_keys(bundled, analysis):
    """The reader's bar left out "then n/N", which work there as in every other view."""
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        said = []
        for keys in ((), ("c",), ("w",)):
            await pilot.press(*keys, "slash")
            bar = app.screen.query_one(SearchBar)
            await until(pilot, lambda: bar.has_focus)
            said.append(bar.placeholder)
            await pilot.press("escape")
        assert said == [f"search {searched} (⏎ to find, esc to close; then n/N)"
                        for searched in ("all reports", "this column", "the versions")]


async def test_a_step_that_does_not_wrap_round_takes_the_last_wrap_answer_away(bundled, analysis):
    """"Wrapped round to the first hit" stayed up over the next n, which went round nothing."""
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("Q")
        screen = app.screen
        quotes = screen.query_one(QuoteList)
        await pilot.press("slash", *"the", "enter")
        assert len(screen.hits) > 1
        for _ in screen.hits:
            await pilot.press("n")
        await pilot.pause()
        assert "wrapped round to the first hit" in titled(quotes) and quotes.index == screen.hits[0]
        await pilot.press("n")
        await pilot.pause()
        assert "wrapped round" not in titled(quotes) and quotes.index == screen.hits[1]


async def test_the_quote_trackers_search_says_its_count_and_place_in_the_title_not_over_the_quotations(bundled, analysis):
    """``/Garneau`` said "“Garneau” in 6 of 23 statements: n/N go through them" in a notice drawn over a
    quotation, and ``n`` moved with no place: the title says ``search “Garneau”: 2/6 statements``, as the
    reader's status line counts its hits; a step off the hits says the next one's place."""
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("Q")
        screen = app.screen
        quotes = screen.query_one(QuoteList)
        await pilot.press("slash", *"Garneau", "enter")
        hits = screen.hits
        assert len(hits) >= 3 and quotes.index == hits[0]
        await pilot.pause()
        assert titled(quotes).startswith(f"search \u201cGarneau\u201d: 1/{len(hits)} statements (n/N) \u00b7 ")
        assert not app._notifications
        await pilot.press("n")
        await until(pilot, lambda: titled(quotes).startswith(f"search \u201cGarneau\u201d: 2/{len(hits)} statements"))
        between = next((n for n in range(hits[1] + 1, hits[2]) if n not in hits), None)
        if between is not None:  # j off the hits: the place of the next one
            await pilot.press(*["j"] * (between - hits[1]))
            await until(pilot, lambda: f": next 3/{len(hits)} statements" in quotes.render_line(0).text)
            await pilot.press(*["k"] * (between - hits[1]))
        await pilot.press("n")
        await until(pilot, lambda: f"search \u201cGarneau\u201d: 3/{len(hits)}" in quotes.render_line(0).text)  # drawn
        await pilot.press("escape")
        await until(pilot, lambda: not titled(quotes).startswith("search"))


def titled(view) -> str:
    """What an item view's title band says (wrapped on the screen)."""
    return view._title().plain


async def test_a_search_and_a_step_in_the_n_way_view_leave_no_notice(bundled, analysis):
    """``/word`` then ``n``: the search's count and the step's answer stood as two notices at once; both are
    said in the view's title now."""
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("c", "n", "w")
        screen = app.screen
        assert isinstance(screen, NWayScreen)
        await pilot.press("slash", *"the", "enter")
        assert len(screen.hits) > 1
        for _ in screen.hits:
            await pilot.press("n")
            await pilot.pause()
            assert not app._notifications  # the count and the steps said in the title
        assert "wrapped round to the first hit" in titled(screen.query_one(VersionList))
