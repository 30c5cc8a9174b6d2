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
