"""The reader's gutter, cut to its width, keeps the ``?`` that says the glyphs after it are
reports joined by weaker links alone (shown with ``W``): a ``+`` never takes its cell."""

from __future__ import annotations

from dataclasses import replace

from reader.core.model import Link
from reader.ui.app import build_app
from reader.ui.render import RenderIndex
from reader.ui.widgets.article_view import ArticleView
from tests.helpers import until


async def test_a_weaker_report_past_the_gutter_keeps_its_question_mark(bundled, analysis):
    """A sentence of report 1 that three reports carry by confident links, and the fourth by a
    weaker one: five glyphs (three, ``?``, one) for four cells show as ``12?+``-like, not ``123+``."""
    index = RenderIndex(bundled, analysis)
    first = bundled.articles[0].id
    sentences = {s.index: s for s in analysis.sentences[first]}
    number, marks = next((n, m) for n, m in index.sentence_marks(first).items() if len(m.others) == 3 and not m.weaker)
    missing = next(a.id for a in bundled.articles[1:] if a.id not in marks.others)
    sentence = sentences[number]
    weaker = Link("L999", "paraphrase", 0.3, (sentence.span, analysis.sentences[missing][0].span), confident=False)
    app = build_app(bundled, analysis=replace(analysis, weaker_links=(weaker,)))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("W")
        await until(pilot, lambda: weaker in app.analysis.links)
        view = app.screen.query_one(ArticleView)
        app.location = sentence.span
        start = bundled.article(first).body[sentence.start:sentence.start + 20]

        def gutter() -> str:
            lines = [view.render_line(y).text for y in range(view.scrollable_content_region.height)]
            return next((line[: view.gutter_width] for line in lines if start in line), "")

        await until(pilot, lambda: gutter().strip())
        glyphs = gutter().rstrip()
        assert glyphs.endswith("?+") and len(glyphs) == view.gutter_width - 1, glyphs
