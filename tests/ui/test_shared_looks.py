"""The palette and the differences' looks are declared once by each view, not by its panes.

Textual styles a virtual node for every component class a widget declares, each time that
widget is restyled (a focus or hover change, the view opening): a compare column declared 45
and the view spent most of its opening time restyling them. The panes read the looks from
their screen (:meth:`~reader.ui.render.PaletteMixin.palette_style`).
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
from reader.ui.widgets.difference_text import DIFFERENCE_CLASSES
from reader.ui.widgets.entity_panel import EntityPanel
from reader.ui.widgets.passage_column import PassageColumn
from reader.ui.widgets.source_list import SourceList


@pytest.mark.parametrize("pane", [ArticleView, SourceList, EntityPanel, PassageColumn, VersionList, QuoteList, CoverageTable])
def test_panes_leave_the_shared_looks_to_their_view(pane):
    assert not pane._get_component_classes() & DIFFERENCE_CLASSES


@pytest.mark.parametrize(("view", "looks"), [
    (ReaderScreen, PALETTE_CLASSES), (CoverageScreen, PALETTE_CLASSES),
    (CompareScreen, DIFFERENCE_CLASSES), (NWayScreen, DIFFERENCE_CLASSES), (QuotesScreen, DIFFERENCE_CLASSES),
])
def test_each_view_declares_the_looks_its_panes_read(view, looks):
    assert looks <= view._get_component_classes()


async def test_a_column_draws_with_its_views_looks(tiny, tiny_analysis):
    from reader.ui.app import build_app

    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(100, 30)):
        await app.push_screen(CompareScreen(tiny_analysis))
        column = app.screen.query_one("#left-column", PassageColumn)
        for name in ("difftype--framing", "difference--current", "palette--search-hit"):
            assert column.palette_style(name) == app.screen.get_component_rich_style(name, partial=True)
        assert column.palette().search_hit == app.screen.get_component_rich_style("palette--search-hit", partial=True)
