"""The reader's gutter: cut to its width, it keeps the ``?`` that says the glyphs after it are
reports joined by weaker links alone (shown with ``W``), a ``+`` never taking its cell; and each
mark sits beside the words of the sentence it speaks of."""

from __future__ import annotations

from dataclasses import replace

from reader.core.model import Link
from reader.ui.app import build_app
from reader.ui.drawing import wrap_offsets
from reader.ui.render import RenderIndex
from reader.ui.widgets.article_view import ArticleView
from tests.helpers import until, wrapped


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


async def _marks_beside_their_sentences(dossier, analysis, size) -> tuple[int, int]:
    """Checks every body row of every report: a gutter showing marks is on the first row begun in
    the sentence holding the row's first word, and every marked sentence shows its marks once.
    Counts the marked sentences begun after another's words on a row: going on past it, and not."""
    app = build_app(dossier, analysis=analysis)
    async with app.run_test(size=size) as pilot:
        view, going_on, alone = app.screen.query_one(ArticleView), 0, 0
        for article in dossier.articles:
            app.article_id = article.id
            await until(pilot, lambda shown=article: view.article is shown)
            await wrapped(pilot, view)
            bounds, marks, rows = app.index.sentence_bounds(article.id), app.index.sentence_marks(article.id), view._rows
            shown = []
            for n, row in enumerate(rows):
                gutter = view._strip(article, view._layout_key, rows, n, view.size.width).text[: view.gutter_width].strip()
                if row.kind != "body" or gutter in ("", "│"):
                    continue
                sentence = bounds.holding(row.start)
                assert rows[n - 1].kind != "body" or bounds.holding(rows[n - 1].start) != sentence, (article.id, n)
                shown.append(sentence)
            said = [s for s, m in marks.items() if s >= 0 and (m.others or m.unique)]
            assert sorted(shown) == sorted(said)
            # Wrapped without the sentences, where would the marked ones begin?
            room, width = app.index.number_room(article.id), view._text_width()
            plain = [r for a, b in article.paragraphs for r in wrap_offsets(article.body, a, b, width, room)]
            for s in said:
                row = next(r for r in plain if r[0] <= bounds.starts[s] < r[1] or r[0] == bounds.starts[s])
                if row[0] != bounds.starts[s]:
                    going_on += bounds.ends[s] > row[1]
                    alone += bounds.ends[s] <= row[1]
    return going_on, alone


async def test_each_mark_is_beside_the_words_of_the_sentence_it_speaks_of(bundled, analysis):
    """A row's gutter speaks of the sentence holding the row's first word, on the first row it
    begins: a ``◆`` or glyphs beside the last words of the sentence before (the next one begun
    after them) read as theirs. A sentence begun after another's words goes on to the next row,
    which takes its marks."""
    going_on, _ = await _marks_beside_their_sentences(bundled, analysis, (100, 40))
    assert going_on


async def test_a_short_sentence_after_another_s_words_begins_a_row_of_its_own(tiny, tiny_analysis):
    """"Turkey objected." would end on the row where it begins, after "Garneau said.": it has no
    row's first word, so the wrap gives it one (its ◆ then beside it, not beside Garneau's words)."""
    _, alone = await _marks_beside_their_sentences(tiny, tiny_analysis, (120, 30))
    assert alone
