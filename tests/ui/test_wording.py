"""Counts in words, and lines cut as a reader expects them cut."""

from __future__ import annotations

from rich.text import Text

from reader.ui.wording import counted, cut


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
