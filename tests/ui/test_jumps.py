"""The jump list on its own (no app): back and forward over the places jumped from."""

from __future__ import annotations

from reader.ui.jumps import JumpList, Place

A, B, C, D = (Place(name, 0) for name in "abcd")


def test_back_then_forward_returns_to_where_going_back_started():
    jumps = JumpList()
    jumps.record(A)  # jumped from A to B
    jumps.record(B)  # from B to C
    assert jumps.back(C) == B
    assert jumps.back(B) == A
    assert jumps.back(A) is None
    assert jumps.forward(A) == B
    assert jumps.forward(B) == C
    assert jumps.forward(C) is None


def test_a_new_jump_after_going_back_drops_the_places_ahead():
    jumps = JumpList()
    jumps.record(A)
    jumps.record(B)
    assert jumps.back(C) == B
    jumps.record(B)  # from B to D
    assert jumps.forward(D) is None
    assert jumps.back(D) == B
    assert jumps.back(B) == A


def test_the_same_place_is_not_kept_twice_and_the_list_is_bounded():
    jumps = JumpList(limit=3)
    for place in (A, A, B, C, D):
        jumps.record(place)
    assert jumps.back(Place("e", 1)) == D
    assert jumps.back(D) == C
    assert jumps.back(C) is None  # A and B fell off the end
    assert JumpList().back(A) is None and JumpList().forward(A) is None


# In the reader -----------------------------------------------------------------------------

from reader.ui.app import build_app  # noqa: E402
from reader.ui.widgets.article_view import ArticleView  # noqa: E402
from tests.helpers import told, until  # noqa: E402


async def test_ctrl_o_goes_back_across_report_switches_and_search_hits_and_ctrl_n_forward(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        view = app.screen.query_one(ArticleView)
        await pilot.press(*"j" * 11)  # into the second paragraph, below the headline, standfirst and caption
        first = (app.article_id, view.reading_at().start)
        await pilot.press("3")
        third = app.article_id
        await pilot.press("slash", *"cavusoglu", "enter")
        await until(pilot, lambda: app.screen.position >= 0)
        hit = (app.article_id, view.current)
        await pilot.press("ctrl+o")
        assert app.article_id == third and view.scroll_y == 0
        await pilot.press("ctrl+o")
        assert (app.article_id, view.reading_at().start) == first
        await pilot.press("ctrl+o")  # nothing older: said, and the reader stays
        assert (app.article_id, view.reading_at().start) == first
        assert any("No earlier place" in said for said in told(app))
        await pilot.press("ctrl+n", "ctrl+n")
        assert app.article_id == hit[0] and view.reading_at().start == hit[1].start


async def test_passages_opened_elsewhere_are_jumps_too(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        start = app.article_id
        span = analysis.links[0].passages[-1]
        app.action_show_passage(span)
        await until(pilot, lambda: app.article_id == span.article)
        assert span.article != start
        await pilot.press("ctrl+o")
        assert app.article_id == start


async def test_after_ctrl_o_and_ctrl_n_the_search_count_and_n_go_on_from_the_place_reached(bundled, analysis):
    """A search walked to its third hit, a hit of another report opened (the concordance's Enter),
    then ctrl+o and ctrl+n: the count still named the hit left and n went on from it, in another
    report. As vim's n after a jump, they now go on from where the reader is."""
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        screen, view = app.screen, app.screen.query_one(ArticleView)
        status = screen.query_one("#status")
        await pilot.press("slash", *"permits", "enter")
        await until(pilot, lambda: screen.position >= 0)
        await pilot.press("n", "n")
        third, far = screen.walk[2], screen.walk[12]
        assert far.article != third.article
        app.location = far
        await until(pilot, lambda: view.current == far)
        await pilot.press("ctrl+o")
        assert (app.article_id, view.current) == (third.article, third)
        await pilot.press("ctrl+n")
        assert app.article_id == far.article and view.current == far
        assert "13/31" in str(status.render())  # 31: two headlines and a standfirst hold the word too
        await pilot.press("n")
        assert view.current == screen.walk[13]
        await pilot.press("ctrl+o")  # back where the reader stood on hit 13
        app.action_show_article(bundled.articles[-1].id)  # a report switch: its top holds no hit
        await pilot.press("ctrl+o", "ctrl+n")
        following = next(n for n, span in enumerate(screen.walk) if span.article == bundled.articles[-1].id)
        assert f"next {following + 1}/31" in str(status.render()) and view.current is None
        await pilot.press("n")
        assert view.current == screen.walk[following]
