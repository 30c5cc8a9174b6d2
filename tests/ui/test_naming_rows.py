"""A naming-matrix row names each report's words for the thing once: a description a report
repeats is shown once, with how many times."""

from __future__ import annotations

from reader.core.model import Label, NamingRow, Span
from reader.ui.app import build_app
from reader.ui.screens.naming import NamingScreen
from tests.helpers import on_top, plain


async def test_a_description_a_report_repeats_is_shown_once_and_counted(tiny, tiny_analysis):
    said = [Label(Span("alpha", at, at + 6), text, judgement) for at, text, judgement in
            ((0, "allegedly", ("allegedly",)), (10, "minister", ()), (20, "allegedly", ("allegedly",)))]
    row = NamingRow("garneau", "entity", "Marc Garneau", {"alpha": ("Garneau",)}, tuple(said))
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.open_screen(NamingScreen(tiny_analysis, "garneau"))
        await on_top(pilot, NamingScreen)
        label, words = app.screen.report_lines(row)[0]
        assert f"{label} {words}" == "1 Alpha Times: Garneau; allegedly (\u00d72); minister"


async def test_a_long_row_wraps_under_its_words_not_under_the_outlet(bundled, analysis):
    """At 80 columns a report's descriptions take several lines: each goes on where its words
    began, after the widest outlet label, as the key column of a table does."""
    entity = next(e for e in analysis.shared_entities if e.name == "Nagorno-Karabakh")
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.open_screen(NamingScreen(analysis, entity.id))
        await on_top(pilot, NamingScreen)
        screen = app.screen
        row = screen.rows[0]
        width = screen.query_one("#naming-rows ListItem Static").content_region.width
        lines = plain(screen.row_text(row), width).splitlines()[1:]
        after_label = lines[0].index(": ") + 2
        column = after_label + len(lines[0][after_label:]) - len(lines[0][after_label:].lstrip())
        glyphs = {app.index.source_glyph(a.id) for a in bundled.articles}
        continued = [line for line in lines if line[:1] not in glyphs]
        assert continued  # some do wrap
        assert all(line[:column].isspace() and not line[column].isspace() for line in continued), lines


async def test_the_rows_move_by_g_G_and_the_page_keys_as_every_list(bundled, analysis):
    """The naming matrix took j/k and the arrows only: g/G, home/end and the page keys did nothing."""
    entity = max(analysis.shared_entities, key=lambda e: len(NamingScreen(analysis, e.id).rows))
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.open_screen(NamingScreen(analysis, entity.id))
        await on_top(pilot, NamingScreen)
        rows = app.screen.query_one("#naming-rows")
        assert len(app.screen.rows) > 2
        await pilot.press("G")
        assert rows.index == len(app.screen.rows) - 1
        await pilot.press("g")
        assert rows.index == 0
        await pilot.press("pagedown")
        assert rows.index >= 1
        await pilot.press("end", "pageup")
        assert rows.index < len(app.screen.rows) - 1
        await pilot.press("home")
        assert rows.index == 0


async def test_the_title_promises_only_the_statements_it_lists(bundled, analysis):
    """The title counts the statement rows below the entity's, or says there is none: it never
    promises statements the list does not hold."""
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        for name in ("Nagorno-Karabakh", "NATO"):
            entity = next(e for e in analysis.shared_entities if e.name == name)
            await app.open_screen(NamingScreen(analysis, entity.id))
            await on_top(pilot, NamingScreen)
            screen = app.screen
            title = str(screen.query_one("#naming-title").render())
            statements = sum(row.kind == "statement" for row in screen.rows)
            if statements:
                assert f"then the {statements} statements about it that reports label with judgement" in title
            else:
                assert "no statement about it is labelled with judgement by two reports" in title
                assert [row.kind for row in screen.rows] == ["entity"]
            screen.dismiss()
