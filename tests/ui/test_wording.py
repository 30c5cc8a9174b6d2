"""Counts in words, and lines cut as a reader expects them cut."""

from __future__ import annotations

from rich.text import Text

from reader.ui.wording import counted, cut, not_found, searched_words


def test_a_count_agrees_with_its_noun():
    assert (counted(1, "link"), counted(2, "link"), counted(2, "entity", "entities")) == ("1 link", "2 links", "2 entities")


def test_a_cut_line_ends_its_ellipsis_on_a_letter_in_that_letters_style():
    line = Text("Canada cancels export permits")
    line.stylize("red", 15, 29)  # "export permits"
    cut(line, 23)
    assert line.plain == "Canada cancels export\u2026" and line.cell_len <= 23
    assert [(span.start, span.end, span.style) for span in line.spans] == [(15, 22, "red")]  # the ellipsis too
    made = Text("one two three", overflow="ellipsis")
    cut(made, 8)
    assert made.plain == "one two\u2026"  # a line made to cut itself with an ellipsis gets one, not two
    short = Text("fits")
    cut(short, 10)
    assert short.plain == "fits"


def test_every_search_that_finds_nothing_says_so_one_way_naming_the_words_in_quotes():
    assert not_found("  drone\n permits ", "report") == "No report holds \u201cdrone permits\u201d"
    assert not_found("x", "passage of Al Jazeera") == "No passage of Al Jazeera holds \u201cx\u201d"
    long = searched_words("word " * 30)
    assert len(long) == 62 and long.endswith("\u2026\u201d")  # cut with an ellipsis, inside the quotes


async def test_three_lines_a_new_user_stumbled_on_read_as_plain_english(tiny, tiny_analysis):
    """The help's 'the difference , and . stand on', the Same story? notice's 'its links are weaker
    links' and the naming header's '0 of 1 row carry words of judgement' (counting blocks)."""
    from reader.core.model import Story
    from reader.ui.app import build_app
    from rich.style import Style

    from reader.ui.screens.help import colour_rows
    from reader.ui.screens.naming import judged_entries
    from reader.ui.widgets.article_view import ArticleView

    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)):
        palette = app.screen.query_one(ArticleView).palette()
        meanings = [meaning for _, meaning in colour_rows(app.index, palette, lambda name: Style(), "enter")]
    assert "Compare: the difference the keys , and . last moved to (named in the status line; i shows it all)." in meanings
    assert not any(" , and . stand on" in meaning for meaning in meanings)
    notice = Story(True, ("beta",)).notice(tiny)
    assert notice == ("Beta News (beta) does not seem to cover the same event as the other reports, so its links "
                      "to them are treated as uncertain and hidden (W shows them).")
    assert [judged_entries(*counts) for counts in ((0, 1), (1, 1), (0, 3), (1, 3), (2, 3), (3, 3))] == [
        "the entry below uses no words of judgement.", "the entry below uses words of judgement (in bold).",
        "no entry below uses words of judgement.", "1 of the 3 entries below uses words of judgement (in bold).",
        "2 of the 3 entries below use words of judgement (in bold).", "all 3 entries below use words of judgement (in bold).",
    ]
