"""The entity panel as a table: names, then counts in one column, then the reports' numbers."""

from __future__ import annotations

import pytest

from reader.ui.app import build_app
from reader.ui.widgets.entity_panel import EntityPanel, entity_rows
from tests.helpers import plain, told, until


def _rows(app, width: int) -> list[str]:
    panel = app.screen.query_one(EntityPanel)
    rows = entity_rows(app.index, panel.palette(), app.analysis.shared_entities)
    return [plain(row, width) for row in rows]


@pytest.mark.parametrize("width", [60, 19])
async def test_the_counts_end_in_one_column_and_long_names_wrap_whole(bundled, analysis, width):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("e")
        await until(pilot, lambda: app.screen.query_one(EntityPanel).option_count)
        entities = analysis.shared_entities
        names = [entity.name + app.index.entity_number(entity.id) for entity in entities]
        counts = [str(len(entity.articles)) for entity in entities]
        # Wide: the widest name, a space, the count; narrow (19 cells): the counts end the line.
        end = min(width, max(map(len, names)) + 1 + max(map(len, counts)))
        for name, count, lines in zip(names, counts, _rows(app, width), strict=True):
            first = lines.splitlines()[0]
            assert first[:end].endswith(" " + count), first
            assert " ".join(line[:end - len(count)].strip() for line in lines.splitlines()).startswith(name)  # never cut


async def test_the_reports_numbers_stand_each_in_its_report_column_where_they_fit(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("e")
        await until(pilot, lambda: app.screen.query_one(EntityPanel).option_count)
        index = app.index
        last = index.dossier.articles[-1].id  # a row's numbers end at its last report's column: take one the last names
        entity = next(e for e in analysis.shared_entities if len(e.articles) == 2 and last in e.articles)
        row = _rows(app, 60)[analysis.shared_entities.index(entity)]
        numbers = row[-len(index.dossier.articles):]
        assert [glyph for glyph in numbers if glyph != " "] == sorted(index.source_glyph(a) for a in entity.articles)
        assert all(numbers[index.source_slot(a)] == index.source_glyph(a) for a in entity.articles)
        assert all(line.rstrip()[-1].isdigit() and len(line.split()) >= 2 for line in _rows(app, 19) if line)  # too narrow: counts only


async def test_a_wrapped_name_keeps_no_tinted_space_where_it_breaks(bundled, analysis):
    from rich.console import Console

    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("e")
        await until(pilot, lambda: app.screen.query_one(EntityPanel).option_count)
        panel = app.screen.query_one(EntityPanel)
        console = Console(width=19)
        entity = next(e for e in analysis.shared_entities if len(e.name) > 17 and " " in e.name)
        row = entity_rows(app.index, panel.palette(), [entity])[0]
        lines = console.render_lines(row, console.options)
        assert len(lines) > 1
        tint = panel.palette().entity(app.index.entity_slot(entity.id)).bgcolor
        for line in lines:
            tinted = "".join(segment.text for segment in line if segment.style and segment.style.bgcolor == tint)
            assert tinted == tinted.strip()


async def test_the_status_line_says_which_entity_is_marked_and_m_again_unmarks_it(bundled, analysis):
    from reader.ui.screens.reader import StatusLine

    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("e")
        panel = app.screen.query_one(EntityPanel)
        await until(pilot, lambda: panel.has_focus and panel.highlighted_entity())
        entity = app.index.entities[panel.highlighted_entity()]
        status = app.screen.query_one(StatusLine)
        await pilot.press("M")
        await until(pilot, lambda: f"{entity.name} marked (M on another merges the two)" in str(status.render()))
        await pilot.press("M")
        await until(pilot, lambda: "marked" not in str(status.render()))
        assert app.marked_entity is None and app.analysis is analysis  # nothing merged


async def test_m_and_s_wait_while_a_correction_is_applied(bundled, analysis):
    """Until a merge is shown, the panel still lists the entity merged away: M or S on it would act
    on an entity about to go, so they say what they wait for and do nothing."""
    from reader.ui.screens.alias_picker import AliasPicker

    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("e")
        panel = app.screen.query_one(EntityPanel)
        await until(pilot, lambda: panel.has_focus and panel.highlighted_entity())
        app.correcting = True
        for key in ("M", "S"):
            await pilot.press(key)
            await until(pilot, lambda: "Wait: the last correction is still being applied" in told(app))
            app.screen.said = ""
        assert app.marked_entity is None and not isinstance(app.screen, AliasPicker)


async def test_on_a_light_theme_the_cursor_row_keeps_dark_text_on_the_pale_tint(bundled, analysis):
    """The cursor's light text on a pale tint could not be read (#dde6ed on #afffff)."""
    from rich.color import Color

    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.press("t", "e")
        panel = app.screen.query_one(EntityPanel)
        await until(pilot, lambda: not app.current_theme.dark and panel.has_focus and panel.highlighted_entity())
        name = app.index.entities[panel.highlighted_entity()].name
        row = panel.render_line(panel.highlighted)
        drawn = next(segment for segment in row if segment.text.startswith(name.split()[0]))
        foreground = Color.parse(app.theme_variables["foreground"])
        assert drawn.style.bgcolor != list(row)[-1].style.bgcolor and drawn.style.color == foreground


def test_reports_past_the_glyphs_are_counted_not_drawn_a_plus_each():
    """Past 35 reports (1-9, a-z) a report has no glyph: 50 of them behind an entity were 50 "+"
    signs, a column too wide to show beside any name; they are counted instead, ``3mt +12`` (the
    count set apart: ``+12`` against the glyphs would read as reports 1 and 2)."""
    from dataclasses import fields

    from rich.style import Style

    from reader.core.model import Dossier, Entity, Span
    from reader.ui.render import Palette, RenderIndex
    from tests.helpers import make_article

    articles = tuple(make_article("Ottawa spoke.", article_id=f"r{n:02}") for n in range(60))
    carriers = [2, 21, 28, *range(40, 52)]  # 3, m, t, then twelve past z
    entity = Entity("ottawa", "Ottawa", "place", ("Ottawa",), tuple(Span(f"r{n:02}", 0, 6) for n in carriers))
    palette = Palette(**{f.name: Style() for f in fields(Palette)} | {"sources": (Style(),), "source_marks": (Style(),), "entities": (Style(),)})
    rows = entity_rows(RenderIndex(Dossier(root="many", articles=articles)), palette, [entity])
    assert plain(rows[0]).split() == ["Ottawa", "15", "3mt", "+12"]


async def test_a_narrow_key_bar_keeps_the_panels_own_key(bundled, analysis):
    """At 80 columns the key bar had no room for every key and dropped the entity panel's
    ``⏎ Choose entity`` first (a key only a widget declares ranked last), while it kept the
    reader's: in the panel, the bar did not say how to choose. The pane's keys now rank right
    after the app's, so a reader key goes instead."""
    from reader.ui.widgets.key_bar import KeyBar

    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("e")
        panel = app.screen.query_one(EntityPanel)
        await until(pilot, lambda: panel.has_focus and panel.highlighted_entity())
        bar = app.screen.query_one(KeyBar)
        await until(pilot, lambda: "Choose entity" in str(bar.render()))
        shown = str(bar.render())
        assert len(shown) <= 80 and "? Help" in shown and "q Quit" in shown and "c Compare" in shown, shown


async def test_e_gives_an_open_panel_the_keys_and_closes_it_only_when_it_has_them(bundled, analysis):
    """``e`` with the panel open but another pane focused closed it, and the next ``j`` scrolled the
    article: it focuses the panel; ``e`` (or ``escape``) on the focused panel closes it."""
    from reader.ui.widgets.source_list import SourceList

    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        panel = app.screen.query_one(EntityPanel)
        await pilot.press("e")
        assert panel.display and panel.has_focus
        app.screen.set_focus(app.screen.query_one(SourceList))
        await pilot.press("e")
        assert panel.display and panel.has_focus
        await pilot.press("e")
        assert not panel.display
        await pilot.press("e", "h", "escape")  # opened, the article focused (h), back to the panel (e), escape
        assert panel.display and not panel.has_focus
        await pilot.press("e", "escape")
        assert not panel.display


@pytest.mark.parametrize("width", [30, 19])
async def test_a_long_names_next_lines_are_indented_not_read_as_another_entity(bundled, analysis, width):
    """A name wrapped flush left (``Global Affairs`` over ``Canada¹¹``) read as two entities, one of
    them the place listed lower down: the lines after a name's first are indented."""
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("e")
        await until(pilot, lambda: app.screen.query_one(EntityPanel).option_count)
        wrapped = [row.splitlines() for row in _rows(app, width) if "\n" in row]
        assert wrapped
        assert all(line.startswith("  ") and line[2] != " " for lines in wrapped for line in lines[1:]), wrapped


@pytest.mark.parametrize("size", [(120, 14), (80, 14), (100, 18)])
@pytest.mark.parametrize("rebuilt", [False, True])
async def test_every_name_is_drawn_whole_when_the_panel_scrolls(bundled, analysis, size, rebuilt):
    """Heights made before the scrollbar showed, drawn beside it, cut a wrapped name's last line
    ("Gerry" for a two-word name): on first show, and rebuilt for a new index (an analysis, a merge, an undo)."""
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=size) as pilot:
        await pilot.press("e")
        panel = app.screen.query_one(EntityPanel)
        await until(pilot, lambda: panel.option_count > 1 and panel.has_focus)
        if rebuilt:
            panel.set_index(app.index)
        await pilot.pause()
        assert panel.show_vertical_scrollbar
        seen = ""
        for top in range(0, panel.virtual_size.height, 2):
            panel.scroll_to(y=top, animate=False, immediate=True)
            await pilot.pause()
            seen += "\n" + "\n".join(strip.text for strip in panel.render_lines(panel.region.reset_offset))
        names = "".join(word for word in seen.split() if not word.isdigit() and word.strip("│─▁▂▃▄▅▆▇█"))  # no counts
        for entity in analysis.shared_entities:  # a word too long for the panel breaks where it must
            assert (entity.name + app.index.entity_number(entity.id)).replace(" ", "") in names


async def test_the_help_says_e_opens_the_panel_with_the_keys_and_e_again_closes_it(bundled, analysis):
    """The help read "open the panel; e again gives it the keys, or closes it when it has them",
    while the first e already gives it the keys: a user pressed e twice and had no panel."""
    from reader.ui.screens.help import help_sections

    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        (said,) = [words for _, rows in help_sections(app) for keys, words in rows if keys == "e"]
        assert said.startswith("Entities: open the panel, which takes the keys; e again closes it")
        panel = app.screen.query_one(EntityPanel)
        await pilot.press("e")
        assert panel.display and panel.has_focus  # open, with the keys
        await pilot.press("e")
        assert not panel.display  # e again: closed


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["narrow", "wide"])
async def test_escape_on_the_notices_leaves_the_panel_its_keys(bundled, analysis, size):
    """Narrow, the panel takes the article's place: escape dismissing a notice gave the keys to the
    hidden article, and j scrolled it unseen while the panel no longer answered. The notices take no
    keys, so dismissing them moves none; the next escape closes the panel, as it would have."""
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=size) as pilot:
        await pilot.press("e")
        panel = app.screen.query_one(EntityPanel)
        await until(pilot, lambda: panel.has_focus and panel.highlighted_entity())
        first = panel.highlighted_entity()
        app.tell("Reading state", "the disk is full")
        await pilot.press("escape")
        await until(pilot, lambda: not app.notices)
        assert panel.display and panel.has_focus
        await pilot.press("j")
        assert panel.highlighted_entity() != first
        await pilot.press("escape")
        assert not panel.display


async def test_a_narrow_key_bar_names_escape_while_it_closes_the_panel(bundled, analysis):
    """At 80 columns the panel covers the article and escape closes it, but the bar did not say so."""
    from reader.ui.widgets.key_bar import KeyBar

    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        app.dismiss_notices()
        bar = app.screen.query_one(KeyBar)
        await pilot.press("e")
        panel = app.screen.query_one(EntityPanel)
        await until(pilot, lambda: "Close panel" in str(bar.render()))
        shown = str(bar.render())
        assert len(shown) <= 80 and "? Help" in shown and "⏎ Choose entity" in shown, shown
        await pilot.press("escape")
        assert not panel.display
        await until(pilot, lambda: "Close panel" not in str(bar.render()))


async def test_the_panel_pages_with_space_b_and_half_pages_as_the_other_panes(bundled, analysis):
    """space, b, ctrl+d and ctrl+u did nothing in the panel (every other pane pages with them)."""
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("e")
        panel = app.screen.query_one(EntityPanel)
        await until(pilot, lambda: panel.option_count and panel.has_focus and panel.highlighted is not None)
        assert panel.option_count > panel.scrollable_content_region.height  # more than a screenful
        first = panel.highlighted
        await pilot.press("ctrl+d")
        half = panel.highlighted
        assert half > first
        await pilot.press("space")
        assert panel.highlighted > half
        await pilot.press("b")
        assert first < panel.highlighted < half + panel.scrollable_content_region.height
        await pilot.press("ctrl+u", "ctrl+u", "ctrl+u", "ctrl+u")
        assert panel.highlighted <= half


async def test_a_rows_height_is_the_lines_it_draws_at_every_width(bundled, analysis):
    """The list asks each row its height instead of drawing every row: the answer is the count of
    the lines drawn, wrapped names and the reports' column coming and going included."""
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("e")
        await until(pilot, lambda: app.screen.query_one(EntityPanel).option_count)
        panel = app.screen.query_one(EntityPanel)
        rows = entity_rows(app.index, panel.palette(), analysis.shared_entities)
        for width in range(1, 61):
            options = app.console_options.update_width(width).update(highlight=False)
            drawn = [sum(text.count("\n") for text, _, _ in app.console.render(row, options)) for row in rows]
            assert [row.height(app.console, width) for row in rows] == drawn, width


@pytest.mark.parametrize("name", [
    "Aaaa Bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb Cc", "X  Y   Z  W", "Name with a trailing space ", " Leading spaces",
    "一二三四五六 七八九十一二三 四五", "a-very-long-hyphenated-name-without-any-space-in-it", "Two\nlines", "A\ttab in it",
])
def test_a_rows_height_is_the_lines_it_draws_for_awkward_names(name):
    """Long words, runs of spaces, wide letters, a line break, a tab: counted as drawn at every width."""
    from rich.console import Console
    from rich.text import Text

    from reader.ui.widgets.entity_panel import EntityRow

    console = Console(width=100)
    row = EntityRow(Text(name), Text("12"), Text("1 3"), (max(len(name) - 3, 1), 2, 3))
    for width in range(1, 70):
        options = console.options.update_width(width).update(highlight=False)
        drawn = sum(text.count("\n") for text, _, _ in console.render(row, options))
        assert row.height(console, width) == drawn, width


async def test_i_in_the_panel_leaves_the_readers_details_alone_and_says_nothing(bundled, analysis):
    """``i`` in the panel toggled the reader's details (the status line's, which the panel does not
    show) and said so in a message cut at 80 columns: it does nothing there."""
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("e")
        panel = app.screen.query_one(EntityPanel)
        await until(pilot, lambda: panel.has_focus and panel.highlighted_entity())
        before = told(app)
        await pilot.press("i")
        await pilot.pause(0.1)
        assert not app.screen.has_class("-details") and told(app) == before


async def test_one_report_offers_no_quotes_and_no_entity_to_choose(tiny):
    """With one report the palette offered ``Quotes`` (which says it needs two) and the empty
    entity panel's key bar ``⏎ Choose entity`` with no entity to choose."""
    from textual.command import CommandList

    from reader.core.model import Analysis, Dossier
    from reader.core.text.segment import segment_article
    from reader.ui.widgets.key_bar import KeyBar
    from tests.helpers import palette_lists

    one = Dossier(root="one", articles=tiny.articles[:1])
    app = build_app(one, analysis=Analysis(dossier=one, sentences={a.id: segment_article(a) for a in one.articles}))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("e")
        panel = app.screen.query_one(EntityPanel)
        bar = app.screen.query_one(KeyBar)
        await until(pilot, lambda: panel.has_focus and panel.option_count)
        await pilot.pause(0.1)
        assert "Choose entity" not in str(bar.render()), str(bar.render())
        await pilot.press("escape", "ctrl+p")
        await pilot.press(*"Export")
        await palette_lists(pilot, "Export")
        await pilot.press(*["backspace"] * 6, *"Quo")
        await pilot.pause(0.3)
        prompts = [str(o.prompt) for o in app.screen.query_one(CommandList)._options]
        assert not any("Quotes" in prompt for prompt in prompts), prompts


async def test_space_from_the_top_turns_a_whole_page_and_the_cursor_keeps_its_row(bundled, analysis):
    """space moved the cursor a page down and the view followed it by only the row it needed:
    from the top, a page showed one new row."""
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("e")
        panel = app.screen.query_one(EntityPanel)
        await until(pilot, lambda: panel.option_count and panel.has_focus and panel.highlighted is not None)
        height = panel.scrollable_content_region.height
        assert panel.scroll_y == 0 and panel.virtual_size.height > 2 * height
        row = panel._index_to_line[panel.highlighted] - panel.scroll_y
        await pilot.press("space")
        assert panel.scroll_y >= height - 2, (panel.scroll_y, height)  # a page, give or take a heading
        assert abs(panel._index_to_line[panel.highlighted] - panel.scroll_y - row) <= 2
        await pilot.press("b")
        assert panel.scroll_y == 0


def test_a_report_naming_the_entity_in_its_headline_alone_is_listed():
    """The reader shows each headline: a report naming the entity only there names it all the same."""
    from dataclasses import fields, replace

    from rich.style import Style

    from reader.core.model import Analysis, Dossier, Entity, Span
    from reader.ui.render import Palette, RenderIndex
    from tests.helpers import make_article

    articles = (make_article("Ottawa spoke.", article_id="r1"), make_article("Ottawa spoke.", article_id="r2"),
                replace(make_article("It spoke.", article_id="r3"), title="Ottawa speaks"))
    entity = Entity("ottawa", "Ottawa", "place", ("Ottawa",), (Span("r1", 0, 6), Span("r2", 0, 6)))
    dossier = Dossier(root="three", articles=articles)
    palette = Palette(**{f.name: Style() for f in fields(Palette)} | {"sources": (Style(),), "source_marks": (Style(),), "entities": (Style(),)})
    rows = entity_rows(RenderIndex(dossier, Analysis(dossier=dossier, entities=(entity,))), palette, [entity])
    assert plain(rows[0]).split() == ["Ottawa", "3", "123"]


async def test_one_report_lists_the_entities_it_names_and_says_so():
    """A one-report dossier's panel said ``No entity is named by two reports.`` and listed nothing: a reader of
    one article saw no entity at all. It lists the report's own, under a line saying so, to choose and walk."""
    from reader.core.model import Dossier
    from reader.core.pipeline import analyse
    from reader.ui.widgets.entity_panel import ONE_REPORT
    from tests.ui.conftest import make_article

    article = make_article("solo", "Solo Outlet", None, [
        "Mayor Ilse Varga opened the Kestrel Bridge on Monday.", "Ilse Varga thanked the crews of Halden County."])
    analysis = analyse(Dossier("one", (article,)))
    assert not analysis.shared_entities and analysis.listed_entities == analysis.entities
    app = build_app(analysis.dossier, analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("e")
        panel = app.screen.query_one(EntityPanel)
        await until(pilot, lambda: panel.has_focus and panel.highlighted_entity())
        prompts = [str(option.prompt) for option in panel.options]
        assert prompts[0] == ONE_REPORT and "People" in prompts
        assert app.index.entities[panel.highlighted_entity()].name == "Ilse Varga"  # the first entity, not a heading
        await pilot.press("enter")
        status = app.screen.query_one("#status")
        await until(pilot, lambda: "Ilse Varga in 1 of 1 report: mention 1/2" in str(status.content))
        assert not panel.check_action("toggle_named_once", ())  # A lists nothing more: every entity is listed
        await pilot.press("A")
        assert [str(option.prompt) for option in panel.options] == prompts


@pytest.mark.parametrize("width", [80, 120])
async def test_an_entity_walks_status_keeps_the_report_it_is_in_and_the_bar_the_palettes_name(bundled, analysis, width):
    """At 80 columns the walk's status dropped the report's name (``Garneau in 4 of 5 reports: mention 2/9 (n/N)
    …``): the reach goes first, the panel lists the reports. At 120 columns with the panel open the key bar cut
    ``^p Palette`` to ``^p``: n and N are one entry, ``nN Walk``, as compare's ``nN Link``."""
    from reader.ui.widgets.key_bar import KeyBar
    from reader.ui.widgets.status_line import StatusLine

    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(width, 40 if width > 100 else 24)) as pilot:
        await pilot.press("e")
        panel = app.screen.query_one(EntityPanel)
        await until(pilot, lambda: panel.has_focus and panel.highlighted_entity())
        entity = app.index.entities[panel.highlighted_entity()]
        await pilot.press("enter", "n")
        status = app.screen.query_one(StatusLine)
        await until(pilot, lambda: ": mention 2/" in str(status.render()))
        shown, article = str(status.render()), app.dossier.article(app.article_id)
        assert f"{entity.name}" in shown and f": {article.name}" in shown, shown  # the report the mention is in
        assert (f" in {len(entity.articles)} of " in shown) == (width > 100), shown  # the reach, where it fits
        bar = str(app.screen.query_one(KeyBar).render())
        assert "nN Walk" in bar and "n Next" not in bar, bar
        if width > 100:
            assert bar.endswith("^p Palette") and "Choose entity" in bar, bar
