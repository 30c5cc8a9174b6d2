"""Entity tints as the screens draw them: eight distinct hues, then the same hues with a mark, so
entities mentioned near each other never look alike."""

from __future__ import annotations

from reader.ui.app import build_app
from reader.ui.render import ENTITY_SLOTS
from reader.ui.widgets.article_view import ArticleView
from tests.helpers import compare_open, until, wrapped


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
        await wrapped(pilot, view)
        palette, index = view.palette(), app.index
        rows = view._rows[: view.size.height]
        body_rows = [row for row in rows if row.kind == "body"]
        on_screen = {entity_id for row in body_rows for _, _, entity_id in index.mentions_in(view.article.id, row.start, row.end)}
        assert len(on_screen) > ENTITY_SLOTS  # more entities than tints: the marks are needed
        styles = {entity_id: palette.entity(index.entity_slot(entity_id)) for entity_id in on_screen}
        assert len(set(styles.values())) == len(on_screen)


def _numbered(index, article_id):
    """The mentions of ``article_id`` drawn with a number: those of entities past the tints."""
    return [(start, end, entity_id) for start, end, entity_id in index.mentions_in(article_id) if index.entity_number(entity_id)]


async def test_past_the_tints_each_mention_carries_its_number_and_rows_still_fit(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        view, index = app.screen.query_one(ArticleView), app.index
        await wrapped(pilot, view)
        article = view.article
        numbered = _numbered(index, article.id)
        assert numbered  # the bundled reports need more than eight tints
        room, width = index.number_room(article.id), view._text_width()
        body_rows = [row for row in view._rows if row.kind == "body"]
        assert all(row.end - row.start + room.between(row.start, row.end) <= width for row in body_rows)
        start, end, entity_id = numbered[0]
        number = next(n for n, row in enumerate(view._rows) if row.kind == "body" and row.start < end <= row.end)
        drawn = "".join(segment.text for segment in view._draw(article, view._rows, number, view.size.width))
        assert article.body[start:end] + index.entity_number(entity_id) in drawn
        numbers = [index.entity_number(e.id) for e in analysis.shared_entities if index.entity_number(e.id)]
        assert len(set(numbers)) == len(numbers)  # each names one entity, even of two sharing a tint and mark
        assert all(index.entity_number(e.id) for e in analysis.shared_entities if index.entity_slot(e.id) >= ENTITY_SLOTS)


async def test_the_entity_panel_names_each_entity_with_its_number(bundled, analysis):
    from reader.ui.widgets.entity_panel import EntityPanel

    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("e")
        panel = app.screen.query_one(EntityPanel)
        await until(pilot, lambda: panel.has_focus and panel.option_count)
        entity = next(e for e in analysis.shared_entities if app.index.entity_number(e.id))
        name = panel.get_option(entity.id).prompt.cells[0]
        assert name.plain == entity.name + app.index.entity_number(entity.id)


async def test_compare_columns_cut_passages_into_rows_with_their_numbers_whole(bundled, analysis):
    from reader.ui.widgets.passage_column import PassageColumn

    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c")
        await compare_open(pilot)
        seen = 0
        for column in app.screen.query(PassageColumn):
            for number, spec in enumerate(column.rows):
                whole = column._passage(number, 0)
                lines = [column._lines[line] for line in range(column._tops[number], column._ends[number])]
                assert " ".join(column._part(whole, number, a, b).plain for _, _, a, b in lines).split() == whole.plain.split()
                seen += any(spec.span.start < end <= spec.span.end for _, end, _ in _numbered(app.index, column.article_id))
        assert seen  # some passage there has a numbered mention


def test_rows_are_wrapped_with_room_for_the_numbers_and_no_more():
    from itertools import accumulate, pairwise

    from reader.ui.drawing import wrap_offsets
    from reader.ui.render import NumberRoom

    body = " ".join(f"w{n % 7}" * (1 + n % 4) for n in range(400))
    ends = tuple(m for m in range(1, len(body)) if body[m] == " " and m % 5 < 2)
    room = NumberRoom(ends, tuple(accumulate((1 + m % 2 for m in ends), initial=0)))
    rows = wrap_offsets(body, 0, len(body), 23, room)
    assert " ".join(body[a:b] for a, b in rows) == body  # every word, in order
    assert all(b - a + room.between(a, b) <= 23 for a, b in rows)
    for (a, _), (following, _) in pairwise(rows):  # greedy: the next word, with its number, did not fit
        word_end = body.find(" ", following) if " " in body[following:] else len(body)
        assert word_end - a + room.between(a, word_end) > 23
