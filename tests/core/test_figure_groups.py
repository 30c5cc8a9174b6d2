"""Figure comparisons gathered by quantity: one odd report reads as one line, not one per pair."""

import pytest

from reader.core.findings.figure_groups import figure_groups, group_line, listed_comparisons
from reader.core.model import Figure, FigureComparison, Span

ORDER = ("a", "b", "c", "d")


def count(article: str, value: float, start: int = 0, bound: str = "exact", unit: str = "ladder") -> Figure:
    return Figure(Span(article, start, start + 5), "count", f"{value:g} {unit}s", float(value), unit, bound)


def compare(x: Figure, y: Figure, verdict: str, link: str | None = None) -> FigureComparison:
    return FigureComparison(link, x.key, (x, y), "", verdict)


def test_one_report_against_three_is_one_group_with_the_odd_value_first():
    odd, *rest = count("d", 9), count("a", 4), count("b", 4), count("c", 4)
    pairs = [compare(x, odd, "conflict") for x in rest] + [compare(rest[0], rest[1], "agree"), compare(rest[1], rest[2], "agree")]
    (group,) = figure_groups(pairs, ORDER)
    assert group.conflict and group.key == "count:ladder" and group.measured == "ladder"
    assert [(s.shown, s.articles) for s in group.sides] == [("9 ladder", ("d",)), ("4 ladder", ("a", "b", "c"))]
    assert group_line(group, str.upper) == "ladder: 9 in D; 4 in A, B, C"
    assert len(group.comparisons) == 5


def test_values_that_agree_back_each_other_against_the_odd_one():
    about, exact, odd, other = count("a", 300, bound="about"), count("b", 300), count("c", 900), count("d", 300, bound="about")
    pairs = [compare(about, exact, "agree"), compare(about, odd, "conflict"), compare(exact, odd, "conflict"),
             compare(other, odd, "conflict"), compare(about, other, "agree")]
    (group,) = figure_groups(pairs, ORDER)
    assert [s.articles for s in group.sides] == [("c",), ("a", "b", "d")]


def test_an_approximate_value_agreeing_with_the_exact_one_is_one_side_with_it():
    """900 against 300 and "~300": two values disagree, so the line has two sides, each value with its reports."""
    about, exact, odd, other = count("a", 300, bound="about"), count("b", 300), count("c", 900), count("d", 300, bound="about")
    pairs = [compare(odd, exact, "conflict"), compare(odd, about, "conflict"), compare(other, exact, "agree"),
             compare(about, exact, "agree")]
    (group,) = figure_groups(pairs, ORDER)
    assert group_line(group, str.upper) == "ladder: 900 in C; 300 in B and ~300 in A, D"
    side = group.sides[1]
    assert (side.shown, side.articles, side.said) == ("300 ladder", ("a", "b", "d"), "300 ladder")
    assert [(value.shown, value.articles) for value in side.given] == [("300 ladder", ("b",)), ("~300 ladder", ("a", "d"))]
    assert {f.span.article for f in side.figures} == {"a", "b", "d"} and group.sides[0].given == (group.sides[0],)


def test_values_join_only_where_their_comparisons_agree_and_never_two_exact_ones():
    """Exact values stay apart however they compare; an approximate one agreeing with two exact values that conflict
    backs both and joins neither; one whose comparisons with the exact value also conflict stays apart."""
    three, thirty, about, loose = count("a", 300), count("b", 310), count("c", 300, bound="about"), count("d", 320, bound="about")
    (group,) = figure_groups([compare(three, thirty, "conflict"), compare(about, three, "agree"),
                              compare(about, thirty, "agree")], ORDER)
    assert len(group.sides) == 3 and not any(side.values for side in group.sides)
    (group,) = figure_groups([compare(three, thirty, "conflict"), compare(loose, thirty, "agree"),
                              compare(count("d", 320, 40, bound="about"), thirty, "conflict")], ORDER)
    assert len(group.sides) == 3 and not any(side.values for side in group.sides)
    (group,) = figure_groups([compare(three, thirty, "conflict"), compare(loose, thirty, "agree")], ORDER)
    assert group_line(group, str) == "ladder: 300 in a; 310 in b and ~320 in d"


def test_a_side_of_two_values_reads_alike_in_the_exports_and_marks_every_figure_of_it():
    """The JSON keeps each value of a side with its reports; markdown says the side as the line does; the reader's
    gutter marks the approximate figure's sentence too (it stands in the conflict)."""
    from dataclasses import replace

    from reader.core.export.documents import to_document, to_markdown
    from reader.core.findings.collation import conflicts_by_sentence
    from reader.core.model import Dossier
    from reader.core.pipeline import analyse
    from tests.helpers import make_article

    bodies = {"a": "The quay took 900 ladders.", "b": "The quay took 300 ladders.", "c": "Gulls nested. About 300 ladders came."}
    analysis = analyse(Dossier(root="hand-made", articles=tuple(make_article(b, article_id=a) for a, b in bodies.items())))
    at = {a: Figure(Span(a, b.index("00") - 1, b.index("00") + 2), "count", "n", float(b[b.index("00") - 1:b.index("00") + 2]),
                    "ladder", "about" if a == "c" else "exact") for a, b in bodies.items()}
    pairs = (compare(at["a"], at["b"], "conflict"), compare(at["a"], at["c"], "conflict"), compare(at["b"], at["c"], "agree"))
    analysis = replace(analysis, findings=replace(analysis.findings, comparisons=pairs))
    (group,) = to_document(analysis)["figure_groups"]
    assert group["sides"] == [{"value": "900 ladder", "articles": ["a"]},
                              {"value": "300 ladder", "articles": ["b", "c"], "values": {"300 ladder": ["b"], "~300 ladder": ["c"]}}]
    assert "ladder: 900 in **" in to_markdown(analysis) and " and \\~300 in **" in to_markdown(analysis)
    assert list(conflicts_by_sentence(analysis)["c"]) == [1]


def test_an_agreement_keeps_one_side_per_value():
    (group,) = figure_groups([compare(count("a", 300), count("b", 300, bound="about"), "agree")], ORDER)
    assert group_line(group, str) == "300 ladder / ~300 ladder: a, b agree" and len(group.sides) == 2


def test_figures_never_compared_stay_apart_and_agreements_are_summed_up():
    first = compare(count("a", 3), count("b", 3), "agree", "L1")
    second = compare(count("c", 3, 40), count("d", 3, 40), "agree")
    groups = figure_groups([first, second], ORDER)
    assert len(groups) == 2 and not any(g.conflict for g in groups)
    assert group_line(groups[0], str) == "3 ladder: a, b agree"
    assert groups[0].links == ("L1",) and groups[1].links == (None,)


def test_a_date_keeps_its_unit_free_value_and_a_report_counts_once_per_side():
    day = lambda article, start: Figure(Span(article, start, start + 3), "date", "May 2", date="2020-05-02")  # noqa: E731
    other = Figure(Span("c", 0, 3), "date", "May 3", date="2020-05-03")
    pairs = [compare(day("a", 0), other, "conflict"), compare(day("a", 50), other, "conflict"),
             compare(day("b", 0), other, "conflict")]
    (group,) = figure_groups(pairs, ORDER)
    assert group_line(group, str) == "date: 2020-05-03 in c; 2020-05-02 in a, b"


def test_each_sentence_holding_a_conflicting_figure_is_found_once_with_its_groups():
    from dataclasses import replace

    from reader.core.findings.collation import conflicts_by_sentence
    from reader.core.model import HEADLINE, Dossier
    from reader.core.pipeline import analyse
    from tests.helpers import make_article

    bodies = {"a": "The quay took 9 ladders on Monday. Gulls nested.", "b": "Gulls nested. The quay took 4 ladders.",
              "c": "The quay took 4 ladders, it said."}
    analysis = analyse(Dossier(root="hand-made", articles=tuple(make_article(b, article_id=a) for a, b in bodies.items())))
    at = {a: Figure(Span(a, b.index("took") + 5, b.index("took") + 6), "count", "n", float(b[b.index("took") + 5]), "ladder")
          for a, b in bodies.items()}
    pairs = (compare(at["a"], at["b"], "conflict"), compare(at["a"], at["c"], "conflict"), compare(at["b"], at["c"], "agree"))
    analysis = replace(analysis, findings=replace(analysis.findings, comparisons=pairs))
    found = conflicts_by_sentence(analysis)
    assert set(found) == {"a", "b", "c"} and HEADLINE not in found["a"]
    assert list(found["a"]) == [0] and list(found["b"]) == [1] and list(found["c"]) == [0]
    (group,) = found["a"][0]
    assert group_line(group, str.upper) == "ladder: 9 in A; 4 in B, C"
    assert conflicts_by_sentence(analysis) is found  # kept with the analysis: the worker finds it, keys look it up


def test_one_value_agreed_on_in_two_places_by_a_report_in_common_is_one_line():
    """Report ``b`` gives 3 ladders in two sentences, linked to ``a`` and to ``c``: one line, three reports.
    The same value agreed on by reports with none in common, or in a conflict, keeps its own line."""
    first = compare(count("a", 3), count("b", 3), "agree", "L1")
    second = compare(count("b", 3, 40), count("c", 3), "agree", "L2")
    apart = compare(count("d", 3, 80), count("a", 5, 80), "conflict", "L3")
    groups = figure_groups([first, apart, second], ORDER)
    assert [group_line(g, str) for g in groups] == ["3 ladder: a, b, c agree", "ladder: 5 in a (a also gives 3 elsewhere); 3 in d"]
    assert groups[0].links == ("L1", "L2")


def test_a_conflict_says_which_of_its_reports_give_the_other_value_elsewhere():
    """``a`` and ``b`` give 5 crates for a raid and 13 as the total; ``c`` gives 13 for the raid. The conflict
    (13 against 5) stands, but it must not read as ``a`` and ``b`` giving only 5 beside a line where they agree
    on 13; the agreement names its reports without a count that reads as a second figure."""
    raid = [count(article, 5, unit="crate") for article in "ab"]
    total = [count(article, 13, 40, unit="crate") for article in "ab"]
    other = count("c", 13, unit="crate")
    pairs = [compare(*raid, "agree", "L1"), compare(*total, "agree", "L2"), compare(raid[0], other, "conflict")]
    lines = [group_line(g, str) for g in figure_groups(pairs, ORDER)]
    assert lines == ["crate: 13 in c; 5 in a, b (a, b also give 13 elsewhere)", "13 crate: a, b agree"]


def test_a_group_is_equal_to_itself_alone_and_hashed_without_its_comparisons():
    """The reader looks groups up in sets on every scroll: their hash must not walk their comparisons."""
    from reader.core.findings.figure_groups import FigureGroup

    class Unhashable:
        __hash__ = None

    group = FigureGroup("count:ladder", (), (Unhashable(),), ("a",))
    twin = FigureGroup("count:ladder", (), group.comparisons, ("a",))
    assert {group: 1}[group] == 1 and group == group and group != twin and len({group, twin}) == 2


def test_money_and_durations_read_as_reports_write_them():
    """``$7 million``, not ``7,000,000 $``; ``4 months``, not ``4 month``: the line is read, the exports' values
    (:attr:`Figure.shown`) stay what figures are compared by."""
    def money(article: str, value: float, unit: str = "$") -> Figure:
        return Figure(Span(article, 0, 5), "money", "", value, unit)

    (group,) = figure_groups([compare(money("a", 7e6), money("b", 9.5e6), "conflict")], ORDER)
    assert group_line(group, str) == "money: $7 million in a; $9.5 million in b"
    assert group.sides[0].shown == "7,000,000 $"
    (group,) = figure_groups([compare(money("a", 2e9, "EUR"), money("b", 1250.0, "GBP"), "conflict")], ORDER)
    assert group_line(group, str) == "money: €2 billion in a; £1,250 in b"
    months = [Figure(Span(article, 0, 5), "duration", "", 4.0, "month") for article in "ab"]
    (group,) = figure_groups([compare(*months, "agree")], ORDER)
    assert group_line(group, str) == "4 months: a, b agree"
    assert Figure(Span("a", 0, 5), "duration", "", 1.0, "century").said == "1 century"


def test_agreements_are_listed_as_a_spanning_set_and_conflicts_once_per_pair_of_agreeing_groups():
    """Copies agreeing all with all are listed against the first copy; a chain (figures agreeing
    only through a third) keeps its links; two agreeing groups in conflict, one conflict."""
    fours = [count(article, 4) for article in ORDER]
    nines = [count(article, 9, 40) for article in ORDER[:3]]
    agree = [compare(x, y, "agree") for copies in (fours, nines) for n, x in enumerate(copies) for y in copies[n + 1:]]
    conflicts = [compare(x, y, "conflict") for x in fours for y in nines if x.span.article != y.span.article]
    listed = listed_comparisons(agree + conflicts, ORDER)
    assert [(c.figures[0].span.article, c.figures[1].span.article, c.figures[0].value) for c in listed] == [
        ("a", "b", 4), ("a", "c", 4), ("a", "d", 4), ("a", "b", 9), ("a", "c", 9), ("a", "b", 4)]
    assert listed[-1].conflict and listed[-1] is conflicts[0]
    near, about, far = count("a", 40), count("b", 44, bound="about"), count("c", 48)
    chain = [compare(near, about, "agree"), compare(about, far, "agree"), compare(near, far, "conflict")]
    assert listed_comparisons(chain, ORDER) == tuple(chain)
    assert listed_comparisons(list(reversed(chain)), ORDER) == tuple(reversed(chain))


@pytest.mark.parametrize(("kind", "value", "unit", "said"), [
    ("money", 2_010_000_000.0, "EUR", "€2.01 billion"), ("money", 4_100_000.0, "$", "$4.1 million"),
    ("money", 4_200_000.0, "$", "$4.2 million"), ("money", 1_234_567_000_000.0, "$", "$1,234,567 million"),
    ("duration", 1_234_567.0, "day", "1,234,567 days"),
])
def test_a_round_amount_is_said_in_its_largest_scale_and_never_in_exponents(kind, value, unit, said):
    assert Figure(Span("a", 0, 5), kind, "", value, unit).said == said


def test_comparisons_are_numbered_by_place_each_figure_read_once():
    """Copies of one figure in many comparisons (one object, or an equal one read back apart): one number per
    place, in the order places first come, the last figure given at a place kept, and a comparison of three
    figures keeps its three."""
    from reader.core.findings.figure_groups import _Numbered

    a, b, c = count("a", 4), count("b", 4), count("c", 9)
    again = count("a", 4)  # the figure of ``a`` again, as a cache entry reads it back: another object
    three = FigureComparison(None, a.key, (c, b, again), "", "conflict")
    numbered = _Numbered([compare(a, b, "agree"), compare(b, c, "conflict"), compare(again, c, "conflict"), three])
    assert numbered.held == [(0, 1), (1, 2), (0, 2), (2, 1, 0)]
    assert numbered.conflicts == [False, True, True, True]
    assert numbered.figures == [a, b, c] and numbered.figures[0] is again
    pairs = _Numbered([compare(c, a, "conflict"), compare(b, a, "agree")])
    assert pairs.held == [(0, 1), (2, 1)] and pairs.figures == [c, a, b]


def test_copies_in_two_places_each_agreeing_all_with_all_group_as_pair_by_pair():
    """Eight reports give 4 ladders, three give 9; every pair of copies is compared. One group, the odd value first,
    each report once per side, every comparison kept in order; the two agreeing groups list their spanning sets and
    one conflict."""
    fours = [count(article, 4) for article in "abcdefgh"]
    nines = [count(article, 9, 40) for article in "xyz"]
    order = tuple("abcdefghxyz")
    agree = [compare(x, y, "agree") for copies in (fours, nines) for n, x in enumerate(copies) for y in copies[n + 1:]]
    conflicts = [compare(x, y, "conflict") for x in fours for y in nines]
    pairs = agree + conflicts
    (group,) = figure_groups(pairs, order)
    assert [(s.shown, s.articles) for s in group.sides] == [("9 ladder", ("x", "y", "z")), ("4 ladder", tuple("abcdefgh"))]
    assert group.comparisons == tuple(pairs) and group.conflict
    assert group_line(group, str) == "ladder: 9 in x, y, z; 4 in a, b, c, d, e, f, g, h"
    listed = listed_comparisons(pairs, order)
    assert listed == (*agree[:7], agree[28], agree[29], conflicts[0])


def test_a_document_lists_and_groups_an_analysis_comparisons_as_each_alone():
    """Invented copies of one sentence in six reports, two counts: the comparisons read once for both what a
    document lists and how it groups them give what each gives alone."""
    from reader.core.findings.figure_groups import figure_groups_of, listed_and_grouped
    from reader.core.model import Dossier
    from reader.core.pipeline import analyse
    from tests.helpers import make_article

    said = "The council of Brandmoor approved {} new homes beside the old mill on Tuesday after a long debate."
    articles = tuple(make_article(said.format(42 if n < 4 else 24), article_id=f"r{n}") for n in range(6))
    analysis = analyse(Dossier(root=".", articles=articles))
    order = [a.id for a in articles]
    listed, groups = listed_and_grouped(analysis)
    assert listed == listed_comparisons(analysis.findings.comparisons, order) and listed
    alone = figure_groups_of(analysis)
    assert [(g.comparisons, g.sides) for g in groups] == [(g.comparisons, g.sides) for g in alone]
    assert [group_line(g, str) for g in groups] == ["home: 24 in r4, r5; 42 in r0, r1, r2, r3"]


# --- what a conflict measures, when its sentences name it (invented reports) ------------------


def _quake(depth: str, distance: str, article_id: str, outlet: str):
    from tests.helpers import make_article

    return make_article("A magnitude 4.1 earthquake shook Corvel Island on Monday morning, the survey said.",
                        f"The quake had a depth of {depth} miles, the survey said.",
                        f"Its epicentre was {distance} miles north of Harlow Cross, near the old harbour.",
                        article_id=article_id, outlet=outlet)


def test_two_conflicts_in_one_unit_are_named_by_what_their_sentences_say_they_measure():
    """``mile: 12 …`` and ``mile: 20 …`` read alike; the sentences say depth, and a bearing from a place."""
    from reader.core.findings.figure_groups import figure_groups_of
    from reader.core.model import Dossier
    from reader.core.pipeline import analyse

    reports = (_quake("12", "20", "a", "North Gazette"), _quake("1.2", "26", "b", "South Ledger"),
               _quake("1.2", "26", "c", "East Post"))
    analysis = analyse(Dossier("t", reports))
    lines = sorted(group_line(group, str.upper) for group in figure_groups_of(analysis) if group.conflict)
    assert lines == ["depth (mile): 12 in A; 1.2 in B, C", "north of Harlow Cross (mile): 20 in A; 26 in B, C"]


def test_a_conflict_whose_sentences_name_nothing_or_two_things_is_named_by_its_unit():
    from reader.core.findings.figures import find_figures, measure_named
    from tests.helpers import make_article

    said = make_article("Crews cleared 12 miles of road and the ferry sailed 20 miles north to reach the island.")
    assert [measure_named(said.body, figure) for figure in find_figures(said)] == [None, None]
    named = make_article("The well reached a depth of 300 feet, 14 miles west of the Old Mill, officials said.")
    assert [measure_named(named.body, figure) for figure in find_figures(named)] == ["depth", "west of Old Mill"]
    odd, *rest = count("d", 9), count("a", 4), count("b", 4)
    (group,) = figure_groups([compare(x, odd, "conflict") for x in rest], ORDER)
    assert group.measured == "ladder" and group_line(group, str.upper) == "ladder: 9 in D; 4 in A, B"


def test_two_agreements_on_one_value_say_the_word_that_tells_their_sentences_apart():
    """Two Mondays' dates agreed on by two pairs of reports read as one line said twice: each says a word its
    sentences hold and the other's do not, a verb's form first (what happened that day)."""
    from reader.core.findings.figure_groups import figure_groups_of
    from reader.core.model import Dossier
    from reader.core.pipeline import analyse
    from tests.helpers import make_article

    crane = "The old crane at Velmor harbour collapsed on Monday, crushing a parked van."
    depot = "Police arrested two men at the Velmor grain depot on Monday, a spokeswoman told reporters."
    reports = [make_article(depot if n > 1 else crane, "The harbour stays shut this week.", article_id=f"r{n}",
                            outlet=f"R{n}", published="2021-04-13") for n in range(4)]
    analysis = analyse(Dossier("t", tuple(reports)))
    lines = sorted(group_line(group, str.upper) for group in figure_groups_of(analysis) if not group.conflict)
    assert lines == ["2 men: R2, R3 agree",  # must stay: an agreement no other reads like is said by its values alone
                     "2021-04-12 (sentences with “arrested”): R2, R3 agree",
                     "2021-04-12 (sentences with “collapsed”): R0, R1 agree"]


def test_a_conflict_of_dates_says_what_happened_on_them():
    """A date alone names nothing: its line says a word its sentences share, a verb's form first (``betting``),
    never a reporting verb or a time word; sentences sharing none keep the plain ``date``."""
    from dataclasses import replace

    from reader.core.findings.figure_groups import figure_groups_of
    from reader.core.findings.figures import compare_figures
    from reader.core.model import Dossier, Link
    from reader.core.pipeline import analyse
    from tests.helpers import make_article

    def conflicts(first: str, second: str) -> list[str]:
        reports = (make_article(first, article_id="a", outlet="A", published="2021-04-13"),
                   make_article(second, article_id="b", outlet="B", published="2021-04-13"))
        analysis = analyse(Dossier("t", reports))
        link = Link(id="L0", kind="paraphrase", score=0.8, passages=tuple(Span(r.id, 0, len(r.body)) for r in reports))
        linked = replace(analysis, links=(link,))
        analysis = replace(linked, findings=replace(analysis.findings, comparisons=compare_figures(linked)))
        return [group_line(group, str.upper) for group in figure_groups_of(analysis) if group.conflict]

    assert conflicts("Betting on the Velmor race was suspended on Friday, the bookmaker said.",
                     "The bookmaker suspended betting on the Velmor race on Saturday, a spokesman said.") == [
        "date (sentences with “betting”): 2021-04-09 in A; 2021-04-10 in B"]
    assert conflicts("Officials said the ferry from Velmor sank Friday.",
                     "On Saturday, officials said, the ferry from Velmor sank.") == [
        "date (sentences with “sank”): 2021-04-09 in A; 2021-04-10 in B"]
    assert conflicts("Officials said it was on Friday.", "On Saturday, officials said.") == [  # must stay: nothing shared
        "date: 2021-04-09 in A; 2021-04-10 in B"]
