"""Word-level diffs: typography is equal, changes cover exactly their words, ranges tile the passages."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.text.diff import diff_passages, word_diff, words_in_common
from reader.core.model import Analysis, Article, Dossier, Span
from reader.core.tokens import tokenize


def diff(a: str, b: str):
    return word_diff(tokenize(a), tokenize(b), (0, len(a)), (0, len(b)))


def changes(a: str, b: str):
    return [(op.tag, a[op.a_start : op.a_end], b[op.b_start : op.b_end]) for op in diff(a, b) if op.tag != "equal"]


def test_typography_only_differences_are_equal():
    a = "“Following this review,” Mr. Garneau said — it’s co-operation."
    b = '"following this review," mr. Garneau said - it\'s cooperation'
    assert [op.tag for op in diff(a, b)] == ["equal"]


def test_house_style_is_no_change():
    """A hyphen for a space (``F-16``, ``F 16``) and a clitic a rebuilt text split off by a space."""
    a = "The crew’ s jets were three F 16 fighters."
    b = "The crew's jets were three F-16 fighters."
    assert [op.tag for op in diff(a, b)] == ["equal"]


def test_a_change_beside_a_hyphen_for_a_space_covers_only_its_words():
    assert changes("They flew three F 16 jets and an A-10 too.", "They flew four F-16 jets and an A 12 too.") == [
        ("replace", "three", "four"), ("replace", "A-10", "A 12")]


def test_a_changed_number_is_a_replace_covering_exactly_the_numbers():
    a = "Canada suspended permits in 2019 after the operation."
    b = "Canada suspended permits in 2020 after the operation."
    assert changes(a, b) == [("replace", "2019", "2020")]


def test_inserted_and_deleted_words_map_to_body_offsets():
    a = "This use was not consistent with policy."
    b = "This was not consistent with Canadian policy."
    assert changes(a, b) == [("delete", "use", ""), ("insert", "", "Canadian")]
    inserted = next(op for op in diff(a, b) if op.tag == "insert")
    assert inserted.a_start == inserted.a_end == a.index(" policy")


@pytest.mark.parametrize(("a", "b", "before"), [
    ('for some purpose," Harbour Chief Ivo Brandt said.', 'for some purpose," Brandt said.', 'for some purpose,"'),
    ("for some purpose,\u201d Brandt said.", "for some purpose,\u201d Harbour Chief Ivo Brandt said.", "for some purpose,\u201d"),
    ("it was \u201cgood\u201d news", "it was \u201cgood\u201d and welcome news", "it was \u201cgood\u201d"),
    # must stay: words dropped inside the quotation, and no quotation at all
    ('for some good purpose," Brandt said.', 'for some purpose," Brandt said.', "for some"),
    ("it was good welcome news", "it was good news", "it was good"),
])
def test_a_dropped_or_added_stretch_stands_on_its_own_side_of_a_closing_quotation_mark(a, b, before):
    """The point where a stretch was dropped (or added) lies after a closing mark when the stretch follows one:
    the attribution's words are never shown cut from the quotation."""
    op = next(op for op in diff(a, b) if op.tag != "equal")
    point = op.b_start if op.tag == "delete" else op.a_start
    text = b if op.tag == "delete" else a
    assert text[:point] == before


def test_diff_passages_uses_each_article_body():
    first = Article("x", "X", "Intro.\n\nThe ban affects 29 permits.", ((0, 6), (8, 34)))
    second = Article("y", "Y", "The ban affects 25 permits.", ((0, 27),))
    analysis = Analysis(Dossier("d", (first, second)))
    ops = diff_passages(analysis, Span("x", 8, 34), Span("y", 0, 27))
    replaced = [op for op in ops if op.tag == "replace"]
    assert len(replaced) == 1
    assert first.body[replaced[0].a_start : replaced[0].a_end] == "29"
    assert second.body[replaced[0].b_start : replaced[0].b_end] == "25"


def _pair(a: str, b: str) -> tuple[Analysis, Span, Span]:
    first, second = Article("x", "X", a, ((0, len(a)),)), Article("y", "Y", b, ((0, len(b)),))
    return Analysis(Dossier("d", (first, second))), Span("x", 0, len(a)), Span("y", 0, len(b))


def test_words_in_common_counts_every_word_a_link_score_leaves_out():
    """``was`` for ``is`` is one word of nineteen that differs: a link's score (its terms) said 100%."""
    said = ('"A good host is kept busy by her guests and follows the spirit of peace," Vance was heard saying.',
            '"A good host is kept busy by her guests and follows the spirit of peace," Vance is heard saying.')
    assert words_in_common(*_pair(*said)) == pytest.approx(2 * 18 / 38)


def test_words_in_common_is_whole_only_for_the_same_words():
    """Typography is no difference (quote marks, case, a hyphen): the same words are all in common."""
    assert words_in_common(*_pair("“Fares rise,” the co-operative said.", '"fares rise," the cooperative said')) == 1.0
    assert words_in_common(*_pair("Fares rise.", "Fares rose.")) == 0.5
    assert words_in_common(*_pair("Fares rise.", "Ferries sail.")) == 0.0


WORDS = st.sampled_from("the ban affects 29 permits Turkey’s “quote” co-operation said , . — 2019".split())


@given(st.lists(WORDS, max_size=12), st.lists(WORDS, max_size=12))
def test_ranges_tile_both_passages(a_words, b_words):
    """Each side with words is covered by its ops' ranges, in order, without gap or overlap."""
    a, b = " ".join(a_words), " ".join(b_words)
    ops = diff(a, b)
    for side, text in (("a", a), ("b", b)):
        ranges = [(getattr(op, f"{side}_start"), getattr(op, f"{side}_end")) for op in ops]
        if not any(ch.isalnum() for ch in text):
            continue  # no words on this side: nothing to tile
        assert ranges[0][0] == 0 and ranges[-1][1] == len(text)
        assert all(left[1] == right[0] for left, right in zip(ranges, ranges[1:]))
    for op in ops:
        if op.tag == "insert":
            assert op.a_start == op.a_end
        if op.tag == "delete":
            assert op.b_start == op.b_end


@pytest.mark.parametrize(("b", "before"), [
    # single marks: set against the punctuation, or set off by a space from it when the passage opens the quotation
    ("'We saw some purpose,' Brandt said.", "'We saw some purpose,'"),
    ("for some purpose,\u2019 Brandt said.", "for some purpose,\u2019"),
    ("'We saw some purpose, 'Brandt said.", "'We saw some purpose, '"),
    # must stay: a mark that opens a quotation after the point, an apostrophe, words dropped inside the marks
    ("We saw some purpose, 'Brandt said.", "We saw some purpose"),
    ("We saw the boys' purpose, Brandt said.", "We saw the boys' purpose"),
])
def test_a_dropped_attribution_stands_after_a_closing_single_mark(b, before):
    a = '"We saw some purpose," Harbour Chief Ivo Brandt said.'
    first, second = Article("x", "X", a, ((0, len(a)),)), Article("y", "Y", b, ((0, len(b)),))
    ops = diff_passages(Analysis(Dossier("d", (first, second))), Span("x", 0, len(a)), Span("y", 0, len(b)))
    dropped = next(op for op in ops if op.tag == "delete")
    assert b[:dropped.b_start] == before
