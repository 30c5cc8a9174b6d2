"""y copies the passage being read, the one under the compare cursor, or every version (N-way),
through the terminal (OSC 52), and says so."""

from __future__ import annotations

from reader.ui.app import build_app
from tests.helpers import told, until


def _notices(app) -> list[str]:
    return told(app)


async def test_y_copies_the_passage_where_the_reader_is(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        first = analysis.sentences[bundled.articles[0].id][0]
        await pilot.press("y")
        assert app.clipboard == bundled.articles[0].text(first.span)
        assert any(notice.startswith("Copied a passage of Al Jazeera") for notice in _notices(app))
        await pilot.press("c", "j", "y")
        compare = app.screen
        span = compare.passages("left")[2].sentence.span  # the headline, the first sentence, then j
        assert app.clipboard == bundled.article(span.article).text(span)
        await pilot.press("w", "y")
        versions = app.clipboard.split("\n\n")
        assert len(versions) >= 2 and versions[0].startswith("Al Jazeera: ")


async def test_the_article_header_shows_its_url_as_a_hyperlink(tiny, tiny_analysis):
    from dataclasses import replace

    from reader.core.model import Dossier
    from reader.ui.widgets.article_view import ArticleView

    linked = replace(tiny.articles[0], url="https://example.org/story?id=1")
    hostile = replace(tiny.articles[1], url="javascript:alert(1)\x1b]8;;x")
    dossier = Dossier(root="tiny", articles=(linked, hostile, tiny.articles[2]))
    app = build_app(dossier)
    async with app.run_test(size=(100, 30)) as pilot:
        view = app.screen.query_one(ArticleView)
        await until(pilot, lambda: view._rows)  # laid out: it draws
        links = {segment.style.link for y in range(5) for segment in view.render_line(y) if segment.style}
        assert "https://example.org/story?id=1" in links
        await pilot.press("]")
        await until(pilot, lambda: view.article.id == dossier.articles[1].id)
        lines = [view.render_line(y) for y in range(5)]
        assert not any(segment.style and segment.style.link for line in lines for segment in line)
        assert any("javascript:alert(1)" in line.text and "\x1b" not in line.text for line in lines)


async def test_a_long_url_is_shown_whole_on_as_many_rows_as_it_needs(tiny, tiny_analysis):
    """Cut at the pane's edge, the address lost its end with no mark (the one field a fact-checker copies)."""
    from dataclasses import replace

    from reader.core.model import Dossier
    from reader.ui.widgets.article_view import ArticleView

    url = "https://example.org/" + "-".join(f"part{n}" for n in range(40)) + "-200226.html"
    dossier = Dossier(root="tiny", articles=(replace(tiny.articles[0], url=url), *tiny.articles[1:]))
    app = build_app(dossier)
    async with app.run_test(size=(80, 24)) as pilot:
        view = app.screen.query_one(ArticleView)
        await until(pilot, lambda: view._rows)
        rows = [view.render_line(y) for y in range(12)]
        linked = [line.text.strip() for line in rows if any(segment.style and segment.style.link == url for segment in line)]
        assert len(linked) > 1 and "".join(linked) == url


async def test_y_and_c_take_the_paragraph_one_reads_not_the_tail_of_the_last(bundled, analysis):
    """The pane opens on the last row of a paragraph, the next one two rows below: that one is
    copied and compared. Opening on a paragraph's start, that paragraph is."""
    from reader.ui.widgets.article_view import ArticleView
    from tests.helpers import compare_open, wrapped

    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        view = app.screen.query_one(ArticleView)
        await wrapped(pilot, view)
        rows = view._rows
        tail = next(n for n in range(1, len(rows) - 2)
                    if rows[n].kind == "body" and rows[n - 1].kind == "body" and rows[n + 1].kind == "blank")
        article = bundled.articles[0]
        sentences = analysis.sentences[article.id]
        view.scroll_to(y=tail, animate=False, immediate=True)
        await until(pilot, lambda: int(view.scroll_y) == tail)
        await pilot.press("y")
        following = next(s for s in sentences if s.start >= rows[tail + 2].start)
        assert app.clipboard.startswith(article.body[following.start:following.end])
        view.scroll_to(y=tail + 2, animate=False, immediate=True)
        await until(pilot, lambda: int(view.scroll_y) == tail + 2)
        await pilot.press("y")
        assert app.clipboard.startswith(article.body[following.start:following.end])
        view.scroll_to(y=tail, animate=False, immediate=True)
        await until(pilot, lambda: int(view.scroll_y) == tail)
        await pilot.press("c")
        await compare_open(pilot)
        compare = app.screen
        assert compare.passages("left")[compare.column("left").cursor].sentence.span.start >= rows[tail + 2].start


async def test_y_over_a_date_line_copies_the_passage_after_it(tmp_path):
    """A body opening on a date stamp (no passage): ``y`` at the top, or on that line, copied its
    first character ("T"), then the date line; it copies the first sentence read."""
    from reader.core.model import Dossier
    from reader.core.pipeline import analyse
    from tests.ui.conftest import make_article

    lead = "The river rose above the old bridge on Tuesday night."
    dated = make_article("dated", "Dated Daily", "River floods", ["Tuesday, June 1, 2021", f"{lead} Roads were closed.",
                                                                  "The mayor said the water would fall by Friday."])
    other = make_article("other", "Other Post", "Flood", [f"{lead} Nobody was hurt."])
    dossier = Dossier(root=str(tmp_path), articles=(dated, other))
    analysis = analyse(dossier)
    assert analysis.sentences["dated"][0].start > len("Tuesday, June 1, 2021")  # the date line holds no sentence
    app = build_app(dossier, analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        for keys in (("y",), ("j", "y"), ("j", "y")):
            await pilot.press(*keys)
            assert app.clipboard == lead, keys
