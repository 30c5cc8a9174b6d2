"""Word wrap by offsets (reader.ui.drawing.wrap_offsets): the rows a passage takes at a width,
for text of one cell a character and for wide characters alike."""

from __future__ import annotations

import re

import pytest
from rich.cells import cell_len

from reader.ui.drawing import one_cell_each, wrap_offsets
from reader.ui.render import SentenceBounds


def rows(body: str, width: int, start: int = 0, end: int | None = None) -> list[str]:
    return [body[a:b] for a, b in wrap_offsets(body, start, len(body) if end is None else end, width)]


@pytest.mark.parametrize(("body", "width", "expected"), [
    ("one two three", 7, ["one two", "three"]),  # a word ending right at the width fits
    ("one two three", 6, ["one", "two", "three"]),
    ("  one   two  ", 20, ["one   two"]),  # spaces around the text dropped, inside kept
    ("one\ntwo\tthree", 8, ["one\ntwo", "three"]),  # any space breaks a row
    ("abcdefgh ij", 5, ["abcde", "fgh", "ij"]),  # a word longer than a row is split...
    ("abcdefgh ij", 6, ["abcdef", "gh ij"]),  # ...and its end shares a row with what fits
    ("", 5, []),
    ("     ", 5, []),
    ("x", 0, ["x"]),  # a row is at least one cell
])
def test_rows_end_at_the_last_word_the_width_holds(body, width, expected):
    assert rows(body, width) == expected


def test_only_the_given_range_is_wrapped():
    body = "before the passage. The passage itself here. After it."
    start = body.index("The")
    assert rows(body, 12, start, body.index(" After")) == ["The passage", "itself here."]


def test_wide_characters_count_two_cells():
    assert rows("日本語 日本語", 6) == ["日本語", "日本語"]
    assert rows("日本語日本語", 4) == ["日本", "語日", "本語"]


@pytest.mark.parametrize("width", [3, 8, 13, 21])
def test_one_cell_letters_past_ascii_wrap_as_ascii_ones_do(width):
    """Curly quotes, dashes and accented letters take a cell each: their rows are those of the same
    text in ASCII (measured by its length, not a character at a time), and a wide letter still counts two."""
    curly = "\u201cOne\u201d said\u2014it\u2019s caf\u00e9 time, na\u00efve \u2018two\u2019 \u2026 three"
    plain = curly.translate(str.maketrans("\u201c\u201d\u2014\u2019\u00e9\u00ef\u2018\u2026", '""-\'ei\'.'))
    assert len(plain) == len(curly)
    assert wrap_offsets(curly, 0, len(curly), width) == wrap_offsets(plain, 0, len(plain), width)
    wide = curly.replace("time", "\u6f22\u5b57")
    assert all(cell_len(row) <= width or " " not in row for row in rows(wide, width))


async def test_the_headline_byline_and_standfirst_start_on_the_body_left_edge(bundled, analysis):
    """They stood one column left of the body, the gutter's space before the text missing."""
    from reader.ui.app import build_app
    from reader.ui.widgets.article_view import ArticleView
    from tests.helpers import wrapped

    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        view = app.screen.query_one(ArticleView)
        await wrapped(pilot, view)
        article = bundled.articles[0]
        starts = {}
        for y, row in enumerate(view._rows[:12]):
            text = view.render_line(y).text
            if row.kind in ("title", "meta", "standfirst") or (row.kind == "body" and "body" not in starts):
                starts.setdefault(row.kind, text.index(text[view.gutter_width:].lstrip()[:8], view.gutter_width))
        assert set(starts) == {"title", "meta", "standfirst", "body"} and len(set(starts.values())) == 1, starts
        assert view.render_line(0).text[starts["title"]:].startswith(article.headline[:20])


async def test_an_untitled_report_does_not_print_its_lead_twice(bundled, analysis):
    """Without a title, the report list names it by its first sentence; the article shows it once."""
    from reader.ui.app import build_app
    from reader.ui.widgets.article_view import ArticleView
    from tests.helpers import until, wrapped

    untitled = next(article for article in bundled.articles if not article.title)
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        app.article_id = untitled.id
        view = app.screen.query_one(ArticleView)
        await until(pilot, lambda: view.article is untitled)
        await wrapped(pilot, view)
        assert view._rows[0].kind == "meta"
        screen = " ".join(view.render_line(y).text for y in range(view.size.height))
        assert screen.count(untitled.headline[:40]) == 1


@pytest.mark.parametrize(("text", "each_one_cell"), [
    ("plain ascii", True), ("\u2019\u201c\u201d\u2014\u00e9", True), ("a\nb", True),  # ASCII as before: any of it
    ("\u2019\n", False), ("\u6f22", False), ("e\u0301", False), ("a\u200db", False),  # a line break among them, wide, combining, joiner
])
def test_which_text_is_measured_by_its_length(text, each_one_cell):
    assert one_cell_each(text) is each_one_cell


def _bounds(body: str) -> SentenceBounds:
    """Invented sentences: each ends at a full stop."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^. ][^.]*\.", body)]
    return SentenceBounds(tuple(a for a, _ in spans), tuple(b for _, b in spans))


def _sentence_rows(body: str, width: int) -> list[str]:
    return [body[a:b] for a, b in wrap_offsets(body, 0, len(body), width, sentences=_bounds(body))]


def test_a_sentence_begun_and_ended_after_another_s_words_begins_a_row():
    """"Two." would sit after "One one." on their row, with no row of its own beside which the
    gutter could speak of it: it begins the next row."""
    body = "One one. Two. Three three three three."
    assert rows(body, 20) == ["One one. Two. Three", "three three three."]
    assert _sentence_rows(body, 20) == ["One one.", "Two. Three three", "three three."]


def test_a_sentence_going_on_past_its_row_stays_where_it_begins():
    """It holds the next row's first word: the rows are those wrapped without sentences (no ragged edge)."""
    body = "One one one. Two two two two two two."
    assert _sentence_rows(body, 20) == rows(body, 20) == ["One one one. Two two", "two two two two."]


def test_sentences_that_each_begin_a_row_change_nothing():
    body = "One one one one. Two two two two two."
    assert _sentence_rows(body, 16) == rows(body, 16) == ["One one one one.", "Two two two two", "two."]


@pytest.mark.parametrize("width", [9, 14, 23, 40])
def test_every_sentence_holds_the_first_word_of_a_row(width):
    words = "Ab. Cd ef gh. Ij. Kl mn op qr st. Uv. Wx yz ab cd ef gh ij kl. Mn op. Qr."
    body = " ".join([words] * 6)
    bounds = _bounds(body)
    found = wrap_offsets(body, 0, len(body), width, sentences=bounds)
    assert " ".join(body[a:b] for a, b in found).split() == body.split()  # every word, in order
    assert all(cell_len(body[a:b]) <= width for a, b in found)
    firsts = {bounds.holding(a) for a, _ in found}
    assert firsts == set(range(len(bounds.starts)))


@pytest.mark.parametrize("width", [12, 23])
def test_with_entities_numbers_too_every_sentence_holds_a_row_s_first_word_and_rows_fit(width):
    """The word-by-word wrap (numbers take cells) goes on from a cut as the other does."""
    from itertools import accumulate

    from reader.ui.render import NumberRoom

    body = " ".join(["Ab cd. Ef. Gh ij kl mn. Op qr."] * 8)
    ends = tuple(m.end() for m in re.finditer(r"[A-Z][a-z]", body))  # a number after each capitalised word
    room = NumberRoom(ends, tuple(accumulate((1 for _ in ends), initial=0)))
    bounds = _bounds(body)
    found = wrap_offsets(body, 0, len(body), width, room, bounds)
    assert " ".join(body[a:b] for a, b in found).split() == body.split()
    assert all(b - a + room.between(a, b) <= width for a, b in found)
    assert {bounds.holding(a) for a, _ in found} == set(range(len(bounds.starts)))
