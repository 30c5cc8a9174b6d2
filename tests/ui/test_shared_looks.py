"""The palette is declared once, by the reader screen; the differences' looks by each view that
draws them; no pane declares either.

Textual styles a virtual node for every component class a node declares, each time that node is
restyled (a focus or hover change) and twice when a view opens: a compare column declared 42 and
its view spent most of its opening time restyling them. Panes and views read the looks from the
nearest node declaring them (:meth:`~reader.ui.render.PaletteMixin.palette_style`).
"""

from __future__ import annotations

import pytest

from reader.ui.render import PALETTE_CLASSES
from reader.ui.screens.compare import CompareScreen
from reader.ui.screens.coverage import CoverageScreen, CoverageTable
from reader.ui.screens.nway import NWayScreen, VersionList
from reader.ui.screens.quotes import QuoteList, QuotesScreen
from reader.ui.screens.reader import ReaderScreen
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.difference_text import DIFFERENCE_CLASSES, UNTYPED_DIFFERENCE_CLASSES
from reader.ui.widgets.entity_panel import EntityPanel
from reader.ui.widgets.passage_column import PassageColumn
from reader.ui.widgets.source_list import SourceList
from tests.helpers import compare_open, restyled


@pytest.mark.parametrize("node", [ArticleView, SourceList, EntityPanel, PassageColumn, VersionList, QuoteList,
                                  CoverageTable, CompareScreen, NWayScreen, QuotesScreen, CoverageScreen])
def test_only_the_reader_screen_declares_the_palette(node):
    assert not node._get_component_classes() & PALETTE_CLASSES
    assert PALETTE_CLASSES <= ReaderScreen._get_component_classes()


@pytest.mark.parametrize("pane", [PassageColumn, VersionList, QuoteList])
def test_the_views_not_their_panes_declare_the_differences_looks(pane):
    assert not pane._get_component_classes() & DIFFERENCE_CLASSES
    assert DIFFERENCE_CLASSES <= CompareScreen._get_component_classes()
    for view in (NWayScreen, QuotesScreen):  # untyped differences, no walk: those looks only
        assert view._get_component_classes() & DIFFERENCE_CLASSES == UNTYPED_DIFFERENCE_CLASSES


async def test_a_column_draws_with_its_views_looks(tiny, tiny_analysis):
    from reader.ui.app import build_app

    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.push_screen(CompareScreen(tiny_analysis))
        await compare_open(pilot)
        column = app.screen.query_one("#left-column", PassageColumn)
        for name in ("difftype--framing", "difference--current"):
            assert column.palette_style(name) == app.screen.get_component_rich_style(name, partial=True)
        reader = app.screen_stack[0]
        assert column.palette_style("palette--search-hit") == reader.get_component_rich_style("palette--search-hit", partial=True)
        assert column.palette() == reader.query_one(ArticleView).palette()


async def test_the_palette_follows_a_theme_changed_over_a_view(tiny, tiny_analysis):
    """The reader screen lies under the view, yet its palette follows the new theme."""
    from reader.ui.app import LIGHT_THEME, build_app

    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.push_screen(CompareScreen(tiny_analysis))
        await compare_open(pilot)
        column = app.screen.query_one("#left-column", PassageColumn)
        dark = column.palette()
        await restyled(pilot, key="t")
        assert app.theme == LIGHT_THEME
        assert column.palette() != dark
        assert column.palette().sources[0] == app.screen_stack[0].get_component_rich_style("palette--source-0", partial=True)
