"""Entity tints as the screens draw them: eight distinct hues, then the same hues with a mark, so
entities mentioned near each other never look alike."""

from __future__ import annotations

from reader.ui.app import build_app
from reader.ui.render import ENTITY_SLOTS
from reader.ui.widgets.article_view import ArticleView
from tests.helpers import until


async def test_tints_are_distinct_and_marks_follow_them(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)):
        palette = app.screen.query_one(ArticleView).palette()
        tints = [palette.entity(slot) for slot in range(ENTITY_SLOTS)]
        assert len({tint.bgcolor for tint in tints}) == ENTITY_SLOTS
        marked = [palette.entity(slot) for slot in range(ENTITY_SLOTS, 4 * ENTITY_SLOTS)]
        assert len(set(tints + marked)) == 4 * ENTITY_SLOTS  # tint 0 underlined is not tint 0, nor tint 0 bold
        assert marked[0].bgcolor == tints[0].bgcolor and marked[0].underline


async def test_the_entities_on_the_first_screen_look_different_from_each_other(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        view = app.screen.query_one(ArticleView)
        await until(pilot, lambda: view._rows)  # laid out at the pane's width
        palette, index = view.palette(), app.index
        rows = view._rows[: view.size.height]
        body_rows = [row for row in rows if row.kind == "body"]
        on_screen = {entity_id for row in body_rows for _, _, entity_id in index.mentions_in(view.article.id, row.start, row.end)}
        assert len(on_screen) > ENTITY_SLOTS  # more entities than tints: the marks are needed
        styles = {entity_id: palette.entity(index.entity_slot(entity_id)) for entity_id in on_screen}
        assert len(set(styles.values())) == len(on_screen)
