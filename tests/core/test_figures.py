"""Figures and dates: shapes found with exact offsets, values normalised, reports compared."""

from __future__ import annotations

import pytest

from reader.core.findings.figures import compare_figures, find_figures, parse_number
from reader.core.ingest.loading import load_dossier
from reader.core.model import Analysis, Article, Dossier, Link, Span

from tests.conftest import BUNDLED, DATA
from tests.helpers import make_article


def figure(text: str, published: str | None = None):
    """The one figure found in ``text``."""
    found = find_figures(make_article(text, published=published))
    assert len(found) == 1, [f.text for f in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "value"),
    [("29", 29), ("1,250", 1250), ("1.5 million", 1_500_000), ("twenty-five", 25), ("seven", 7),
     ("two hundred thousand", 200_000), ("3bn", 3e9), ("one hundred and", None), ("2, 500", 2500), ("1, 000, 000", 1e6)],
)
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("sentence", "text", "kind", "shown"),
    [
        ("It was worth more than Can$150 million in all.", "more than Can$150 million", "money", ">150,000,000 CAD"),
        ("It was worth US$120 million.", "US$120 million", "money", "120,000,000 USD"),
        ("Sales rose to $77 million in all.", "$77 million", "money", "77,000,000 $"),
        ("It cost two million dollars.", "two million dollars", "money", "2,000,000 $"),
        ("The ban affects 29 permits, and more.", "29 permits", "count", "29 permit"),
        ("It sold seven Wescam MX-15D air-strike targeting systems to them.",
         "seven Wescam MX-15D air-strike targeting systems", "count", "7 system"),
        ("The war took more than 5,000 lives in a year.", "more than 5,000 lives", "count", ">5,000 life"),
        ("Exports jumped sixfold.", "sixfold", "multiple", "6x"),
        ("Exports had increased six times over.", "six times", "multiple", "6x"),
        ("Trade tripled.", "tripled", "multiple", "3x"),
        ("Turnout was 45.5 per cent.", "45.5 per cent", "percent", "45.5%"),
        ("Turnout was about 12%.", "about 12%", "percent", "~12%"),
        ("It ended the six-week war.", "six-week", "duration", "6 week"),
        ("Permits are valid for up to five years.", "up to five years", "duration", "<=5 year"),
    ],
)
def test_measures(sentence, text, kind, shown):
    found = figure(sentence)
    assert (found.text, found.kind, found.shown) == (text, kind, shown)
    assert sentence[found.span.start : found.span.end] == text


def test_part_of_a_total_is_marked():
    found = find_figures(make_article("Then 25 of the permits cover Wescam equipment and four others do not."))
    assert [(f.text, f.part) for f in found] == [("25 of the permits", True), ("four others", False)]


@pytest.mark.parametrize(
    ("sentence", "text", "iso"),
    [
        ("A strike on Oct. 3, 2020, in the city.", "Oct. 3, 2020", "2020-10-03"),
        ("Seen on 7 December 2020 there.", "7 December 2020", "2020-12-07"),
        ("Suspended in October 2020 after photos.", "October 2020", "2020-10"),
        ("It happened in 2019 amid reports.", "2019", "2019"),
        ("After the late 2019 incursion.", "late 2019", "2019"),
        ("Since the early 1990s, it held.", "early 1990s", "1990s"),
        ("Cancelled in the fall of 2020 already.", "the fall of 2020", "2020"),
        ("Filed on 2021-04-12 by the clerk.", "2021-04-12", "2021-04-12"),
    ],
)
def test_absolute_dates(sentence, text, iso):
    found = figure(sentence)
    assert (found.kind, found.text, found.date, found.relative) == ("date", text, iso, False)


@pytest.mark.parametrize(
    ("sentence", "text", "iso"),
    [
        ("The minister spoke on Monday.", "Monday", "2021-04-12"),
        ("Lawmakers heard him on Tuesday.", "Tuesday", "2021-04-06"),
        ("They met last Monday.", "last Monday", "2021-04-05"),
        ("Canada acted last October.", "last October", "2020-10"),
        ("Canada acted in early October.", "early October", "2020-10"),
        ("The decision was taken on April 12.", "April 12", "2021-04-12"),
        ("It was a January report.", "January", "2021-01"),
        ("Sales rose in September alone.", "September", "2020-09"),
        ("Fighting broke out last year.", "last year", "2020"),
        ("Concerns were raised last fall (autumn).", "last fall (autumn)", "2020"),
        ("Eased in spring last year.", "spring last year", "2020"),
        ("Shown in late October last year.", "late October last year", "2020-10"),
        ("I am announcing it today.", "today", "2021-04-12"),
    ],
)
def test_relative_dates_resolved_against_publication(sentence, text, iso):
    found = figure(sentence, published="2021-04-12")  # a Monday
    assert (found.kind, found.text, found.date, found.relative) == ("date", text, iso, True)
    assert "2021-04-12" in found.note


def test_relative_dates_without_publication_are_left_relative():
    found = find_figures(make_article("On Monday, as last year and in October, it rose."))
    assert [(f.text, f.date) for f in found] == [("Monday", None), ("last year", None), ("October", "--10")]
    assert all(f.relative and "left relative" in f.note for f in found)


def test_may_alone_is_not_a_month_but_last_may_is():
    assert find_figures(make_article("May they find it. The sale was allowed last May.", published="2021-04-12"))[0].date == "2020-05"
    assert len(find_figures(make_article("May they find it."))) == 0


def test_an_age_is_not_a_duration():
    found = find_figures(make_article("A 29-year-old pilot flew for six years with a 12-year old and a 15 year old."))
    assert [(f.kind, f.text) for f in found] == [
        ("age", "29-year-old"), ("duration", "six years"), ("age", "12-year old"), ("age", "15 year old"),
    ]


@pytest.mark.parametrize(
    ("sentence", "text", "shown"),
    [("Two 12 year old boys were hurt.", "12 year old", "12-year-old"),
     ("She wrote a poem aged 15 about her town.", "aged 15", "15-year-old"),
     ("At age 9 he moved away.", "age 9", "9-year-old"),
     ("He is 40 years of age.", "40 years of age", "40-year-old"),
     ("A 3-month-old puppy was found.", "3-month-old", "3-month-old")],
)
def test_a_malformed_age_is_an_age_and_counts_nothing(sentence, text, shown):
    found = figure(sentence)
    assert (found.kind, found.text, found.shown) == ("age", text, shown)


def test_pounds_a_thing_weighs_are_no_money():
    weighed = figure("The suspect, weighing about 170 pounds, fled on foot.")
    paid = figure("The ticket cost 170 pounds at the door.")
    assert (weighed.kind, weighed.shown, paid.kind, paid.shown) == ("count", "~170 pound", "money", "170 GBP")
    seized = figure("Officers seized 400 pounds of cocaine in the raid.")
    granted = figure("The council granted 400 pounds of funding to the club.")
    assert (seized.kind, seized.shown, granted.kind, granted.shown) == ("count", "400 pound", "money", "400 GBP")
    described = find_figures(make_article("The driver is described as five feet ten inches tall and 190 pounds."))
    assert [(f.kind, f.shown) for f in described][-2:] == [("count", "10 inch"), ("count", "190 pound")]
    assert find_figures(make_article("He stood five feet tall and was paid 40 million pounds."))[-1].kind == "money"
    assert figure("The six-foot-tall keeper was fined 800 pounds.").kind == "money"


def test_a_unit_counted_is_named_in_the_singular_even_when_the_rules_would_misspell_it():
    assert [figure(text).shown for text in ("They drove 40 inches of pipe.", "Six wives testified.")] == [
        "40 inch", "6 wife"]


def test_ages_are_compared_only_for_one_person_named_beside_both():
    same = linked_pair("Police arrested 31-year-old Dana Mercer at the scene.",
                       "Police arrested Dana Mercer, 34-year-old, at the scene.", ("2022-03-04", "2022-03-04"))
    assert [(c.verdict, c.key) for c in compare_figures(same)] == [("conflict", "age:year")]
    nobody = linked_pair("Police arrested a 31-year-old man at the scene.",
                         "Police arrested a 34-year-old man at the scene.", ("2022-03-04", "2022-03-04"))
    assert compare_figures(nobody) == ()
    kin = linked_pair("Police arrested the 27-year-old son of Dana Mercer at the scene.",
                      "Police arrested 54-year-old Dana Mercer at the scene.", ("2022-03-04", "2022-03-04"))
    assert [c for c in compare_figures(kin) if c.key == "age:year"] == []
    then = linked_pair("He met 19-year-old Dana Mercer when she moved to town.",
                       "He met 25-year-old Dana Mercer when she moved to town.", ("2022-03-04", "2022-03-04"))
    assert compare_figures(then) == ()


def test_an_amount_in_millions_agrees_with_the_same_amount_in_digits():
    assert parse_number("4.1 million") == parse_number("4,100,000") == 4_100_000
    told = linked_pair("The council paid $4.1 million for the old depot last week.",
                       "The council paid $4,100,000 for the old depot last week.", ("2022-03-04", "2022-03-04"))
    assert [(c.verdict, c.key) for c in compare_figures(told)] == [("agree", "money")]


@pytest.mark.parametrize("acted", ["struck", "shot", "hit"])
def test_an_age_is_not_given_across_a_verb_to_the_person_acted_on(acted):
    crossed = linked_pair(f"Police said a 23-year-old driver {acted} Ivo Marsh on the bridge.",
                          f"Ivo Marsh, a 61-year-old teacher, was {acted} on the bridge.", ("2022-03-04", "2022-03-04"))
    assert [c for c in compare_figures(crossed) if c.key == "age:year"] == []
    told = linked_pair("Police arrested 31-year-old nurse Ivo Marsh at the scene.",
                       "Police arrested 34-year-old Ivo Marsh at the scene.", ("2022-03-04", "2022-03-04"))
    assert [(c.verdict, c.key) for c in compare_figures(told) if c.key == "age:year"] == [("conflict", "age:year")]


def test_an_age_a_birthday_or_the_years_between_reports_explain_is_no_conflict():
    close = linked_pair("Police arrested 31-year-old Dana Mercer at the scene.",
                        "Police arrested 32-year-old Dana Mercer at the scene.", ("2022-03-04", "2022-03-04"))
    later = linked_pair("A jury convicted 31-year-old Dana Mercer at noon.",
                        "A jury convicted 34-year-old Dana Mercer at noon.", ("2019-03-04", "2022-03-04"))
    undated = linked_pair("A jury convicted 31-year-old Dana Mercer at noon.",
                          "A jury convicted 34-year-old Dana Mercer at noon.")
    assert compare_figures(close) == compare_figures(later) == compare_figures(undated) == ()


def test_time_ago_fractions_ranges_and_clock_times_after_a_bound_are_not_durations_or_counts():
    found = find_figures(make_article(
        "Five years ago he was charged. After 3 1/2 hours of questions, others got between six and 75 years. "
        "It happened at about 7 p.m. on the road."
    ))
    assert [(f.kind, f.text, f.value) for f in found if f.kind != "number"] == [("duration", "3 1/2 hours", 3.5)]


def test_model_numbers_and_years_are_not_counts():
    texts = [f.text for f in find_figures(make_article("After the S-400 deal and the F-35 program in 2019 amid reports."))]
    assert texts == ["2019"]


@pytest.mark.parametrize(("sentence", "shown"), [
    ("Inspectors saw five suspicious crates near the gate.", "5 crate"),
    ("Inspectors saw five suspicious at the gate.", "5 suspicious"),
    ("The clerk filed 3 status forms.", "3 form"),
])
def test_a_counted_unit_is_a_whole_word(sentence, shown):
    """An adjective or a noun ending in ``s`` keeps its ``s``: no cut word is a unit, none stands for the noun after it."""
    assert figure(sentence).shown == shown


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("The ferry crossing took 2 and a half hours.", "2 and a half hours", 2.5),
    ("The ferry crossing took two and a half hours.", "two and a half hours", 2.5),
    ("The depot cost $3 and a half million.", "$3 and a half million", 3_500_000),
])
def test_and_a_half_is_part_of_the_number(sentence, text, value):
    found = figure(sentence)
    assert (found.text, found.value) == (text, value)


def test_every_figure_of_the_bundled_dossier_is_its_own_text(bundled):
    for article in bundled.articles:
        for found in find_figures(article):
            assert article.body[found.span.start : found.span.end] == found.text
            assert found.span.article == article.id


# --- comparing ---------------------------------------------------------------------------


def sentence_span(article: Article, words: str) -> Span:
    start = article.body.index(words)
    end = article.body.index("\n\n", start) if "\n\n" in article.body[start:] else len(article.body)
    return Span(article.id, start, end)


def planted_links(dossier: Dossier, *openings: tuple[str, str]) -> tuple[Link, ...]:
    links = []
    for number, pair in enumerate(openings):
        spans = []
        for article in dossier.articles:
            for words in pair:
                if words in article.body:
                    spans.append(sentence_span(article, words))
        links.append(Link(id=f"L{number}", kind="paraphrase", score=0.8, passages=tuple(spans)))
    return tuple(links)


@pytest.fixture(scope="module")
def planted():
    return load_dossier(DATA / "quotes")


def summaries(results, verdict) -> set[tuple[str, str]]:
    return {tuple(sorted(f.text for f in r.figures)) for r in results if r.verdict == verdict}


def test_planted_conflicts_inside_links(planted):
    links = planted_links(
        planted,
        ("The port authority of Kelmouth", "Kelmouth’s port authority"),
        ("The suspended licences were worth",),
        ("Trade through the port",),
    )
    results = compare_figures(Analysis(dossier=planted, links=links))
    conflicts = summaries(results, "conflict")
    assert ("12 shipping licences", "14 shipping licences") in conflicts
    assert ("Monday", "Tuesday") in conflicts
    assert ("€3 million", "€5 million") in conflicts
    assert ("about €3 million", "€5 million") in conflicts
    agreements = summaries(results, "agree")
    assert ("about €3 million", "€3 million") in agreements
    assert ("threefold", "tripled") in agreements
    assert ("2023", "last year") in agreements
    assert all(r.link for r in results if r.verdict == "conflict" and "Monday" in r.summary)
    assert not conflicts & agreements


def test_without_links_counts_and_money_still_compared_but_dates_only_agree(planted):
    results = compare_figures(Analysis(dossier=planted))
    conflicts = summaries(results, "conflict")
    assert ("12 shipping licences", "14 shipping licences") in conflicts
    assert ("€3 million", "€5 million") in conflicts
    assert ("Monday", "Tuesday") not in conflicts
    assert all(len(r.articles) == 2 and r.link is None for r in results)


def test_unrelated_figures_are_not_compared():
    a = make_article("The museum bought 12 paintings from a dealer in Paris.", article_id="a")
    b = make_article("Farmers planted 14 paintings of trees, said the council in Leeds.", article_id="b")
    assert compare_figures(Analysis(dossier=Dossier(root=".", articles=(a, b)))) == ()


def test_a_year_and_an_undated_month_are_neither_agreement_nor_conflict():
    """"1994" and "last November" (no publication date to resolve it) share no part of a date."""
    a = make_article("A ceasefire was signed in 1994 after the war.", article_id="a")
    b = make_article("A ceasefire was signed last November after the war.", article_id="b")
    dossier = Dossier(root=".", articles=(a, b))
    passages = (sentence_span(a, "A ceasefire"), sentence_span(b, "A ceasefire"))
    link = Link(id="L0", kind="paraphrase", score=0.8, passages=passages)
    assert compare_figures(Analysis(dossier=dossier, links=(link,))) == ()


def test_five_reports_agree_on_permits_multiple_and_the_2019_suspension():
    dossier = load_dossier(BUNDLED)
    results = compare_figures(Analysis(dossier=dossier))
    agreements = summaries(results, "agree")
    assert ("29 permits", "29 permits") in agreements
    assert ("six times", "sixfold") in agreements
    assert not [r.summary for r in results if r.verdict == "conflict" and "permit" in r.key]
    money = [f for a in dossier.articles for f in find_figures(a) if f.kind == "money"]
    assert ("more than Can$150 million", ">150,000,000 CAD") in {(f.text, f.shown) for f in money}
    dates_2019 = {f.text for a in dossier.articles for f in find_figures(a) if (f.date or "").startswith("2019")}
    assert {"2019", "October 2019", "late 2019"} <= dates_2019


def test_five_reports_date_the_2019_suspension_alike(analysis):
    agreements = summaries(compare_figures(analysis), "agree")
    assert ("2019", "October 2019") in agreements
    assert ("2019", "late 2019") in agreements


def linked_pair(first: str, second: str, published: tuple[str | None, str | None] = (None, None)) -> Analysis:
    """Two one-sentence reports whose sentences are linked, analysed with their entities."""
    from reader.core.pipeline import analyse

    a = make_article(first, article_id="a", published=published[0])
    b = make_article(second, article_id="b", published=published[1])
    analysis = analyse(Dossier(root=".", articles=(a, b)))
    link = Link(id="L0", kind="paraphrase", score=0.8, passages=(Span("a", 0, len(a.body)), Span("b", 0, len(b.body))))
    return Analysis(dossier=analysis.dossier, sentences=analysis.sentences, entities=analysis.entities, links=(link,))


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        ("The clinic received a $500, 000 grant.", [("$500, 000", "500,000 $")]),
        ("It happened in 1, 000 cases.", [("1, 000 cases", "1,000 case")]),
        ("It cost $2, 500, 000 in all.", [("$2, 500, 000", "2,500,000 $")]),
        ("The fund paid about $6, 000 in fees.", [("about $6, 000", "~6,000 $")]),
    ],
)
def test_a_thousands_separator_followed_by_a_space_is_one_number(sentence, shown):
    """A copy's artifact: read as the first group alone, ``$500`` would conflict with another report's ``$500,000``."""
    assert [(f.text, f.shown) for f in find_figures(make_article(sentence))] == shown


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        ("Rooms 2, 300 and 4 were hit.", ["2", "300", "4"]),
        ("They counted 1, 2, 300 boats.", ["1", "2", "300 boats"]),
        ("The scores were 1, 2, 3.", ["1", "2", "3"]),
        ("Teams of 300, 400 and 500 workers.", ["300", "400", "500 workers"]),
        ("The years 2019, 2020 and 2021.", ["2019", "2020", "2021"]),
        ("In 2019, 300 people died.", ["2019", "300 people"]),
        ("On May 12, 300 people marched.", ["May 12", "300 people"]),
        ("On Jan. 5, 200 protesters came.", ["Jan. 5", "200 protesters"]),
        ("Aged 12, 300 boys came.", ["Aged 12", "300 boys"]),
        # a day, a ward, a page before the comma: a spaced group joins only after a currency sign or as 0dd
        ("By day 3, 400 firefighters were on the lines.", ["3", "400 firefighters"]),
        ("Of the 900, 300 were hurt.", ["900", "300"]),
    ],
)
def test_a_list_a_day_or_a_year_before_a_comma_and_three_digits_stays_apart(sentence, texts):
    """Where the groups may be items of a list, or a month's day or an age and a count, they are not joined."""
    assert [f.text for f in find_figures(make_article(sentence))] == texts


def test_an_amount_with_a_spaced_separator_agrees_with_the_same_amount_and_conflicts_with_another():
    same = linked_pair("The clinic received a $500,000 grant on Monday.", "The clinic received a $500, 000 grant on Monday.")
    assert [(c.verdict, c.key) for c in compare_figures(same)] == [("agree", "money")]
    other = linked_pair("The clinic received a $500,000 grant on Monday.", "The clinic received a $400, 000 grant on Monday.")
    assert [(c.verdict, c.key) for c in compare_figures(other)] == [("conflict", "money")]


def test_clock_times_are_no_counts():
    texts = [f.text for f in find_figures(make_article("It struck at 12: 35 pm, 7 p.m. and 10:46 AM, killing 3 people."))]
    assert texts == ["3 people"]


def test_tolls_for_different_places_are_not_compared():
    analysis = linked_pair(
        "The tsunami killed 170,000 people in Aceh, officials in Jakarta said.",
        "The tsunami killed 230,000 people across Asia, officials in Jakarta said.",
    )
    assert compare_figures(analysis) == ()


def test_dates_of_two_people_are_not_compared():
    analysis = linked_pair(
        "Tom Keller was arrested on Feb. 1 on suspicion of drunk driving.",
        "Anna Berg was arrested on Jan. 6 on suspicion of drunk driving.",
    )
    assert compare_figures(analysis) == ()


def test_a_month_without_its_year_is_not_compared_with_a_dated_one():
    analysis = linked_pair("The plant closed in early October.", "The plant closed in October 2019.")
    assert compare_figures(analysis) == ()
    guessed = linked_pair("The plant closed in early October.", "The plant closed in October 2019.",
                          published=("2020-12-01", None))
    assert not [r for r in compare_figures(guessed) if r.verdict == "conflict"]


def test_a_year_stated_in_the_sentence_dates_its_months():
    found = find_figures(make_article("It closed in October 2019 and again on October 12. It reopened in May."))
    assert [(f.text, f.date) for f in found] == [("October 2019", "2019-10"), ("October 12", "2019-10-12"),
                                                  ("May", "--05")]


def test_a_day_takes_the_year_of_its_own_sentence_in_any_paragraph_only():
    """Only the paragraphs holding a day without a year are cut into sentences: a year in another sentence of the
    same paragraph, or in another paragraph, or a stamp paragraph's, gives it none."""
    found = find_figures(make_article("It closed in October 2019.", "It reopened on March 3 in 2020 and again on May 4. "
                                      "Crews left on June 5.", "Updated: May 3, 2021 10:05 GMT", "Work resumed on June 5."))
    assert [(f.text, f.date) for f in found] == [
        ("October 2019", "2019-10"), ("March 3", "2020-03-03"), ("2020", "2020"), ("May 4", "2020-05-04"),
        ("June 5", "--06-05"), ("May 3, 2021", "2021-05-03"), ("June 5", "--06-05")]


def test_datelines_and_bylines_are_not_compared():
    a = make_article("Saturday, May 11, 2013", "A woman died in a crash on Friday night.", article_id="a")
    b = make_article("Published 9:42 pm, Monday, May 13, 2013", "A woman died in a crash on Friday night.",
                     article_id="b")
    links = (Link(id="L0", kind="paraphrase", score=0.8,
                  passages=(Span("a", 0, len(a.body)), Span("b", 0, len(b.body)))),)
    assert not [r for r in compare_figures(Analysis(dossier=Dossier(root=".", articles=(a, b)), links=links))
                if r.verdict == "conflict"]


def test_a_sentence_giving_both_figures_conflicts_with_neither():
    """Unlinked: "14 miles ... a depth of 1.3 miles" in two reports; the depth is not the distance."""
    a = make_article("The tremor hit about 14 miles east of Alderton and came from a depth of 1.3 miles.", article_id="a")
    b = make_article("The tremor hit 14 miles east of Alderton and came from a depth of 1.3 miles.", article_id="b")
    results = compare_figures(Analysis(dossier=Dossier(root=".", articles=(a, b))))
    assert not [r for r in results if r.verdict == "conflict"]


def test_a_count_of_other_or_more_things_is_not_compared():
    assert compare_figures(linked_pair("The two other victims were treated in hospital.",
                                       "The three victims were treated in hospital.")) == ()
    assert compare_figures(linked_pair("Three more people were treated in hospital.",
                                       "Five people were treated in hospital.")) == ()
    assert [c.verdict for c in compare_figures(linked_pair("Three people were treated in hospital.",
                                                           "Five people were treated in hospital."))] == ["conflict"]


def test_unlinked_distances_from_one_place_are_not_compared_on_the_place_alone():
    a = make_article("Days later a hiker 50 miles south of Brenford found the van.", article_id="a")
    b = make_article("Guards cleared the depot, about 15 miles south of Brenford.", article_id="b")
    from reader.core.pipeline import analyse

    analysis = analyse(Dossier(root=".", articles=(a, b)))
    assert [c for c in compare_figures(analysis) if c.verdict == "conflict"] == []


def test_unlinked_figures_dated_in_their_clauses_in_other_months_are_not_compared():
    a = make_article("Late in March a van hit three cyclists near the mill.", article_id="a")
    b = make_article("On April 12 a van hit three cyclists near the mill.", article_id="b", published="2021-04-14")
    c = make_article("On April 13 a van hit three cyclists near the mill.", article_id="c", published="2021-04-14")
    results = compare_figures(Analysis(dossier=Dossier(root=".", articles=(a, b, c))))
    assert {r.articles for r in results if r.verdict == "agree" and r.key == "count:cyclist"} == {("b", "c")}
    d = make_article("The bakery owner fired two cooks, who had been hired in May 2019.", article_id="d")
    e = make_article("On April 12 the bakery owner fired two cooks.", article_id="e", published="2021-04-14")
    assert [r.verdict for r in compare_figures(Analysis(dossier=Dossier(root=".", articles=(d, e))))] == ["agree"]


def test_sentences_saying_the_same_words_but_a_figure_conflict():
    """One statement given two values is a conflict however the reports' passages were linked; a sentence
    with other words beside the figure, or too few words to tell a statement, is not."""
    from reader.core.pipeline import analyse

    a = make_article("The warden said the ferry will dock on Friday.\n\nGuards said 60 sheep were lost in the flood on Friday.",
                     article_id="a")
    b = make_article("The warden said the ferry will dock on Friday, \"we are ready\", he said.\n\n"
                     "Guards said 65 sheep were lost in the flood on Friday.", article_id="b")
    conflicts = [c for c in compare_figures(analyse(Dossier(root=".", articles=(a, b)))) if c.verdict == "conflict"]
    assert [sorted(f.text for f in c.figures) for c in conflicts] == [["60 sheep", "65 sheep"]]
    c = make_article("Guards said 60 sheep were lost in the flood on Friday.", article_id="c")
    d = make_article("Guards said 65 sheep were lost in the old flood on Friday.", article_id="d")
    e = make_article("Lost: 60 sheep.", article_id="e")
    f = make_article("Lost: 65 sheep.", article_id="f")
    for pair in ((c, d), (e, f)):
        assert [x for x in compare_figures(analyse(Dossier(root=".", articles=pair))) if x.verdict == "conflict"] == []


def test_unlinked_values_of_one_named_measure_conflict_though_their_sentences_share_few_words():
    """The link judge parts two passages giving another value of one measure, so only an unlinked
    comparison can show the discrepancy; a measure not named (``15 miles``) stays uncompared."""
    from reader.core.pipeline import analyse

    a = make_article("The tremor hit at 4:10 a.m., 9 miles west of Orlen, along the Tasse ridge at a depth of 30 miles.",
                     article_id="a")
    b = make_article("The tremor hit at 4:10 a.m. about 9 miles west-southwest of Orlen and had a depth of 3 miles.",
                     article_id="b")
    conflicts = [c for c in compare_figures(analyse(Dossier(root=".", articles=(a, b)))) if c.verdict == "conflict"]
    assert [sorted(f.text for f in c.figures) for c in conflicts] == [["3 miles", "30 miles"]]
    c = make_article("Crews worked 9 miles west of Orlen at a height of 30 feet.", article_id="c")
    d = make_article("Crews worked 9 miles west of Orlen at a height of 30 feet, then rested.", article_id="d")
    assert [x for x in compare_figures(analyse(Dossier(root=".", articles=(c, d)))) if x.verdict == "conflict"] == []


def test_months_without_a_year_are_not_compared():
    analysis = linked_pair("Consumers will get the phone in June.", "Business customers can register on April 29th.")
    assert compare_figures(analysis) == ()


def test_amounts_that_are_the_value_of_different_things_are_not_compared():
    analysis = linked_pair(
        "Norland said it would put duties on $50 billion of farm goods shipped to the United States.",
        "Duties would hit the 5.2 billion euros ($6.1 billion) of the logs it ships to the United States.",
    )
    assert [c for c in compare_figures(analysis) if c.verdict == "conflict"] == []


def test_the_trigger_tree_matches_whole_words_of_its_list_only():
    import re

    from reader.core.findings.figures import any_word_pattern

    pattern = re.compile(rf"\b(?:{any_word_pattern(['mar', 'march', 'may', 'one', 'ones'])})\b", re.IGNORECASE)
    text = "Mar march MAY mayor one ones onesie marc ma"
    assert [m.group() for m in pattern.finditer(text)] == ["Mar", "march", "MAY", "one", "ones"]


def test_a_decade_or_a_date_counted_from_publication_takes_no_year_from_its_sentence():
    """``last November`` is the November before the report was published, not one of the 1990s."""
    found = find_figures(make_article("A truce last November ended a war over the valley, held by rebels since the "
                                      "early 1990s. The mill, open since the 1980s, closed on October 12."))
    assert [(f.text, f.date) for f in found] == [("last November", "--11"), ("early 1990s", "1990s"),
                                                  ("the 1980s", "1980s"), ("October 12", "--10-12")]
    analysis = linked_pair("A truce in 1994 ended the first war over the valley.",
                           "A truce last November ended a war over the valley, held by rebels since the early 1990s.")
    assert [c for c in compare_figures(analysis) if c.verdict == "conflict"] == []


def test_the_same_measure_of_the_same_thing_conflicts_beside_figures_that_agree():
    """Both give the distance from a town alike; the depth differs. The depth is the conflict, even
    though a name stands between it and the distance, and the other passage's figures agree."""
    analysis = linked_pair(
        "The tremor hit about 14 miles east of Alderton and came from a depth of 1.3 miles.",
        "The tremor hit about 14 miles east of Alderton, on the Brem Fault, with a depth of 13 miles.",
    )
    results = compare_figures(analysis)
    assert [(c.verdict, [f.text for f in c.figures]) for c in results if c.conflict] == [
        ("conflict", ["1.3 miles", "13 miles"])]


def test_the_note_never_says_figures_agree_beside_a_changed_figure():
    from reader.core.findings.collation import figure_note
    from reader.core.model import DiffOp, TypedDiff

    analysis = linked_pair("The fire burned 40 acres near 3 farms.", "The fire burned 400 acres near 3 farms.")
    agreements = tuple(c for c in compare_figures(analysis) if not c.conflict)
    assert figure_note(agreements, "a", "b") == "figures agree: 3 farms = 3 farms"
    changed = TypedDiff(DiffOp("replace", 16, 18, 16, 19), "number", "", "figures: 40 -> 400")
    assert figure_note(agreements, "a", "b", (changed,)) == ""


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The bishop may receive up to 90 years in prison if convicted.",
         "The bishop was sentenced Tuesday to 25 years in prison."),
        ("The bishop faces up to 10 years in prison.", "The bishop was sentenced to 25 years in prison."),
        ("The mayor could serve 30 months in jail.", "The mayor will serve at least 45 months in jail."),
    ],
)
def test_a_possible_figure_is_not_compared_with_what_happened(first, second):
    assert compare_figures(linked_pair(first, second)) == ()


def test_two_possible_figures_are_compared():
    found = compare_figures(linked_pair("The bishop may receive up to 90 years in prison if convicted.",
                                        "The bishop could be sentenced to 90 years in prison if convicted."))
    assert [c.verdict for c in found] == ["agree"]


def test_may_the_month_is_no_possibility():
    found = compare_figures(linked_pair("The plant closed on May 4, 2019, with 300 jobs lost.",
                                        "The plant closed in 2019, and 250 jobs were lost."))
    assert [c.verdict for c in found if c.key.startswith("count")] == ["conflict"]


def test_a_rate_is_not_compared_with_an_amount():
    found = compare_figures(linked_pair("Police chased the van at speeds of up to 90 miles per hour.",
                                        "Police chased the van for about 30 miles."))
    assert found == ()
    both = compare_figures(linked_pair("Police chased the van at speeds of up to 90 miles per hour.",
                                       "Police chased the van at up to 90 miles an hour."))
    assert [c.verdict for c in both] == ["agree"]


@pytest.mark.parametrize(("first", "second", "verdicts"), [
    # people to whom different things happened are counted apart: neither agreement nor conflict
    ("Five people were killed in the storm at Kelby.", "Twenty people were injured in the storm at Kelby.", []),
    ("The storm at Kelby left five people dead.", "Twenty people were hurt in the storm at Kelby.", []),
    ("Police arrested 12 people in Kelby.", "Twelve people were injured in Kelby.", []),
    ("The storm at Kelby killed five people.", "Rescuers evacuated 300 people from Kelby.", []),
    # must stay: the same happening, however worded, or one count saying nothing of it
    ("Five people were killed in the storm at Kelby.", "Seven people died in the storm at Kelby.", ["conflict"]),
    ("The storm at Kelby killed five people.", "Seven people were killed in the storm at Kelby.", ["conflict"]),
    ("The storm at Kelby left five people dead.", "Five people died in the storm at Kelby.", ["agree"]),
    ("Police arrested 12 people in Kelby.", "Police detained 15 people in Kelby.", ["conflict"]),
    # the verb whose object the count is tells what happened to them, before a participle after it
    ("Police arrested 12 people injured in the clashes at Kelby.", "Police arrested 15 people in Kelby.",
     ["conflict"]),
    ("The storm that killed 5 people injured 20 more in Kelby.", "The storm killed 7 people in Kelby.", ["conflict"]),
    ("The storm that killed 5 people injured 20 more in Kelby.", "The storm injured 30 people in Kelby.", []),
    ("Five people were killed in the storm at Kelby.", "Seven people were caught in the storm at Kelby.",
     ["conflict"]),
])
def test_counts_of_people_to_whom_different_things_happened_are_not_compared(first, second, verdicts):
    assert [c.verdict for c in compare_figures(linked_pair(first, second))] == verdicts


@pytest.mark.parametrize(("first", "second", "verdicts"), [
    # a figure written to a coarser place, the other rounded to it: neither agreement nor conflict
    ("Shares in Kelby Mills fell 2% on the news.", "Shares in Kelby Mills fell 2.1% on the news.", []),
    ("Kelby Mills was sold for $2 billion.", "Kelby Mills was sold for $2.4 billion.", []),
    ("Kelby Mills was sold for $2 billion.", "Kelby Mills was sold for $2,400 million.", []),
    ("Kelby Mills was sold for $2.5 billion.", "Kelby Mills was sold for $2.46 billion.", []),
    # must stay: rounded half way or further, or to the same place, or a number in words, is a conflict
    ("Shares in Kelby Mills fell 2% on the news.", "Shares in Kelby Mills fell 2.6% on the news.", ["conflict"]),
    ("Kelby Mills was sold for $2.5 billion.", "Kelby Mills was sold for $2.4 billion.", ["conflict"]),
    ("The crossing to Kelby took 1.5 hours.", "The crossing to Kelby took 2 hours.", ["conflict"]),
    ("The crossing to Kelby took 1.5 hours.", "The crossing to Kelby took two hours.", ["conflict"]),
    # a fraction added to the digits hides the place they are written to: half an hour apart is a conflict
    ("The crossing to Kelby took 4 1/2 hours.", "The crossing to Kelby took 5 hours.", ["conflict"]),
    ("The crossing to Kelby took 4 1/2 hours.", "The crossing to Kelby took 4 hours.", ["conflict"]),
    ("The crossing to Kelby took 4 and a half hours.", "The crossing to Kelby took 5 hours.", ["conflict"]),
    # the counts or amounts really differ
    ("The blast at Kelby killed 5 people.", "The blast at Kelby killed 7 people.", ["conflict"]),
    ("Kelby Mills was sold for $2 billion.", "Kelby Mills was sold for $3 billion.", ["conflict"]),
    ("The Kelby flood displaced 10,000 people.", "The Kelby flood displaced 10,400 people.", ["conflict"]),
    ("The Kelby Mills fee rose 10.5 percent.", "The Kelby Mills fee rose 11 percent.", ["conflict"]),
])
def test_a_figure_another_report_may_have_rounded_is_no_conflict(first, second, verdicts):
    assert [c.verdict for c in compare_figures(linked_pair(first, second))] == verdicts


@pytest.mark.parametrize(
    "period",
    ["sat on the council from 2004 to 2009", "sat on the council 2004-2009", "sat on the council 2004 to 2009",
     "sat on the council between 2004 and 2009", "sat on the council until 2009"],
)
def test_an_end_of_a_period_is_not_compared_with_the_year_of_one_event(period):
    """The last year of a term is not a second account of the year it began."""
    found = compare_figures(linked_pair(f"Anna Berg {period}, the first nurse to do so.",
                                        "Anna Berg was elected to the council in 2004, the first nurse to do so."))
    assert not [c for c in found if c.verdict == "conflict"]


def test_two_years_joined_by_and_are_two_events_not_a_period():
    found = compare_figures(linked_pair("The mill flooded in 2004 and 2009, the owners said.",
                                        "The mill flooded in 2009, the owners said."))
    assert [(c.verdict, c.figures[0].text) for c in found] == [("agree", "2009")]


@pytest.mark.parametrize(
    ("sentence", "text", "shown"),
    [
        ("The council voted 7 to 2 to close the pool.", "7 to 2", "7\u20132"),
        ("The court ruled 5-4 this week.", "5-4", "5\u20134"),
        ("It was a 6-3 decision.", "6-3 decision", "6\u20133"),
    ],
)
def test_a_tally_is_one_figure_of_two_counts(sentence, text, shown):
    (found,) = [f for f in find_figures(make_article(sentence)) if f.kind == "tally"]
    assert (found.text, found.shown) == (text, shown)


@pytest.mark.parametrize("sentence", ["Prices rose from 7 to 9 pounds.", "The party won 20-25 seats.", "It took 7 to 9 days."])
def test_a_range_is_no_tally(sentence):
    assert all(f.kind != "tally" for f in find_figures(make_article(sentence)))


def test_two_tallies_of_one_vote_conflict_or_agree():
    conflict = linked_pair("The council voted 7 to 2 to close the pool.", "The council voted 5 to 4 to close the pool.")
    assert [c.verdict for c in compare_figures(conflict)] == ["conflict"]
    agree = linked_pair("The council voted 7 to 2 to close the pool.", "The council voted 7-2 to close the pool.")
    assert [c.verdict for c in compare_figures(agree)] == ["agree"]


def test_days_counted_from_two_publication_days_are_not_set_against_each_other():
    """"Thursday" in a report of the next day and "today" in one of the day after may both be right."""
    published = ("2022-03-11", "2022-03-12")  # a Friday, then a Saturday
    apart = linked_pair("The ferry sank on Thursday, the harbour master said.", "The ferry sank today, the harbour master said.",
                        published=published)
    assert not [r for r in compare_figures(apart) if r.verdict == "conflict"]
    one_day = linked_pair("The ferry sank on Thursday, the harbour master said.", "The ferry sank on Wednesday, the harbour master said.",
                          published=(published[0], published[0]))
    assert summaries(compare_figures(one_day), "conflict") == {("Thursday", "Wednesday")}
    a_year = linked_pair("Ferries are the issue of the harbour today, the master said.",
                         "Ferries will be the issue of the harbour in 2023, the master said.", published=(published[0],) * 2)
    assert not [r for r in compare_figures(a_year) if r.verdict == "conflict"]


def test_a_model_designation_spelt_apart_counts_the_same_thing():
    spelt_apart = find_figures(make_article("Guards held 9 smugglers with six MX 12 rifles and 40 rounds on the quay."))
    joined = find_figures(make_article("Guards found six MX-12 rifles."))
    assert [(f.text, f.key) for f in spelt_apart] == [
        ("9 smugglers", "count:smuggler"), ("six MX 12 rifles", "count:rifle"), ("40 rounds", "count:round")]
    assert [(f.text, f.key) for f in joined] == [("six MX-12 rifles", "count:rifle")]


def test_unlinked_lists_of_the_same_things_conflict_but_not_with_a_running_total():
    from reader.core.pipeline import analyse

    a = make_article("During the raid, five MX 12 rifles, 11 magazines and about 250 rounds were found and taken away.",
                     "So far the patrols have seized a total of 13 MX-12 rifles, 29 magazines and 871 rounds.",
                     article_id="a")
    b = make_article("The coastguard confiscated 13 MX-12 rifles, 29 magazines and 871 rounds from the skiff, "
                     "an officer said.", article_id="b")
    conflicts = summaries(compare_figures(analyse(Dossier(root=".", articles=(a, b)))), "conflict")
    assert ("11 magazines", "29 magazines") in conflicts
    assert ("871 rounds", "about 250 rounds") in conflicts
    assert ("13 MX-12 rifles", "five MX 12 rifles") in conflicts
    assert len(conflicts) == 3  # the running total agrees with no one and conflicts with no one


def test_a_speed_in_miles_an_hour_is_compared_with_one_in_mph():
    """``miles an hour`` is the speed ``mph`` names, never a distance in miles."""
    both = compare_figures(linked_pair("Police chased the van at a speed of 90 miles an hour.",
                                       "Police chased the van at a speed of 95 mph."))
    assert [(c.verdict, c.figures[0].key) for c in both] == [("conflict", "count:mph")]


def test_a_number_word_and_a_verb_are_no_count():
    """``the one found in the van`` is a pronoun and its verb; ``two wounded`` counts people."""
    units = [f.unit for f in find_figures(make_article(
        "Officers matched the knife to the one found in the van. The two embraced. Two wounded men left."))]
    assert units == ["wounded"]


def test_a_year_naming_a_model_or_an_edition_is_no_date():
    found = find_figures(make_article("A grey 2011 Kestrel Vantage hit her on Friday. The 2019 Harbour Fair drew crowds.",
                                      published="2013-09-14"))
    assert [(f.kind, f.text) for f in found] == [("date", "Friday")]
    assert figure("In 2011 Kestrel sold more cars.").date == "2011"
    assert figure("By the end of 2019 Kestrel Bank had shut its branches.").date == "2019"


def test_a_count_reads_past_a_dotted_abbreviation_to_what_it_counts():
    assert figure("The council asked that the U.N. recall 900 U.N. monitors.").shown == "900 monitor"


def test_one_in_an_idiom_counts_nothing():
    assert find_figures(make_article("At one point the pilot turned back.")) == ()
    assert figure("They walked about one mile.").shown == "~1 mile"
    assert figure("The guard fired at one intruder.").shown == "1 intruder"


# --- ranges, model years, amounts and days read as counts ----------------------------------


@pytest.mark.parametrize("sentence", [
    "The terms ran from four to 60 years.", "They got 4 to 60 years.", "He got 15-20 years.",
    "He got 15\u201320 years.", "It cost between $5 million and $10 million.", "It cost $5 million to $10 million.",
    "Prices rose from 5% to 10%.", "Two or three boats fled.", "It lasted 5 to 10 minutes.",
    "Rates ran 10 to 12 percent.", "It cost €5 million to €7 million.", "Prices rose from 5 percent to 9 percent.",
])
def test_either_end_of_a_range_is_no_figure(sentence):
    """Read alone, either end is a value the text does not give."""
    assert find_figures(make_article(sentence)) == ()


def test_a_range_with_other_bounds_is_no_agreement():
    ranges = linked_pair("The crew members got terms running from four to 60 years.",
                         "The crew members got terms running from five to 60 years.", ("2022-03-04", "2022-03-04"))
    assert compare_figures(ranges) == ()
    limits = linked_pair("Up to 20 people died in the fire.", "Up to 30 people died in the fire.")
    assert compare_figures(limits) == ()
    within = linked_pair("Up to 20 people died in the fire.", "Some 15 people died in the fire.")
    assert [c.verdict for c in compare_figures(within)] == ["agree"]


def test_a_year_a_bound_or_a_counted_noun_beside_a_number_makes_no_range():
    assert [f.text for f in find_figures(make_article("She admitted in 2019 to two charges of fraud."))] == [
        "2019", "two charges"]
    assert [f.shown for f in find_figures(make_article("They handed 3 rifles to 5 men."))] == ["3 rifle", "5 men"]
    assert [f.shown for f in find_figures(make_article("Between the 3 victims and 5 officers stood a wall."))] == [
        "3 victim", "5 officer"]
    chase = find_figures(make_article("Troopers followed the van for about 40 miles, driving at up to 110 miles an hour."))
    assert [f.shown for f in chase] == ["~40 mile", "<=110 mph"]


@pytest.mark.parametrize("sentence", [
    "A 2011 dark blue Kestrel struck the cyclist.", "Witnesses saw a white 2011 Kestrel Vantage.",
    "He drove a 2005 pickup truck.", "Police found his 2012 silver minivan.",
])
def test_a_year_before_describing_words_and_a_product_names_a_model(sentence):
    assert [f for f in find_figures(make_article(sentence, published="2013-09-14")) if f.kind == "date"] == []


def test_a_year_before_a_noun_still_dates_it():
    assert figure("The 2016 lease Ardent Holdings signed was void.").date == "2016"
    assert figure("A 2013 report by Orvale Trust said so.").date == "2013"


def test_a_day_is_not_compared_with_a_year_alone():
    """``Friday`` takes its year from the publication date: against a year alone it would agree on that guess."""
    day_and_year = linked_pair("A van hit Dana Mercer on Friday near the bridge.",
                               "A van hit Dana Mercer in 2013 near the bridge.", ("2013-09-14", "2013-09-14"))
    assert compare_figures(day_and_year) == ()
    last_year = linked_pair("A van hit Dana Mercer last year near the bridge.",
                            "A van hit Dana Mercer in 2012 near the bridge.", ("2013-09-14", "2013-09-14"))
    assert [c.verdict for c in compare_figures(last_year)] == ["agree"]


def test_an_amount_or_a_dates_day_is_no_count():
    assert [(f.kind, f.text) for f in find_figures(make_article("The $2.4 billion paid to the firm was a loan."))] == [
        ("money", "$2.4 billion")]
    assert [(f.kind, f.text, f.date) for f in find_figures(make_article("The board has a June 9 deadline for its vote."))] == [
        ("date", "June 9", "--06-09")]
    assert [f.kind for f in find_figures(make_article("The council on April 18 approved a fee."))] == ["date"]


def test_a_verb_after_digits_is_no_unit_but_a_plural_noun_is():
    assert [f.kind for f in find_figures(make_article("Of the 40 approved, none held."))] == ["number"]
    assert figure("He averaged 6.9 assists in the playoffs.").shown == "6.9 assist"


@pytest.mark.parametrize(("sentence", "shown"), [
    ("Shares of the miller fell 5% to $120 on Monday.", ["5%", "$120"]),
    ("The firm agreed to pay $7 million to 300 workers.", ["$7 million", "300 workers"]),
    ("The trust donated $2 million to 40 families.", ["$2 million", "40 families"]),
    ("The index rose 3% to 4,100 points.", ["3%", "4,100 points"]),
])
def test_ends_of_two_kinds_are_two_figures(sentence, shown):
    """A change and where it ended, or an amount and whom it went to: no range joins a percent to money."""
    assert [f.text for f in find_figures(make_article(sentence)) if f.kind != "date"] == shown


def test_a_change_and_where_it_ended_are_compared():
    fell = linked_pair("Shares of the miller fell 5% to $120 on Monday.", "Shares of the miller fell 7% to $112 on Monday.")
    assert sorted((c.figures[0].kind, c.verdict) for c in compare_figures(fell)) == [("money", "conflict"), ("percent", "conflict")]
    paid = linked_pair("The firm agreed to pay $7 million to 300 workers.", "The firm agreed to pay $9 million to 250 workers.")
    assert sorted((c.figures[0].kind, c.verdict) for c in compare_figures(paid)) == [("count", "conflict"), ("money", "conflict")]


def test_the_end_of_a_day_range_is_no_exact_date():
    """``10 to 12 March`` gives neither day: the end read alone would be a date the text does not give."""
    for sentence in ("Crews will inspect the bridge from 10 to 12 March.", "Crews will inspect the bridge March 10-12.",
                     "Crews will inspect the bridge on 10-12 March."):
        assert [f.date for f in find_figures(make_article(sentence, published="2022-03-01"))] == [], sentence
    assert [f.date for f in find_figures(make_article("Crews met on 12 March to 3 officials.", published="2022-03-01"))
            ][:1] == ["2022-03-12"]


# --- copies of one sentence in many reports -----------------------------------------------


def copied_reports() -> Analysis:
    """Reports copying two sentences with figures: two copies in one report, one copy with a figure changed,
    copies crediting two different people far from the figure, and an article of other words before some."""
    from reader.core.pipeline import analyse

    homes = "The storm destroyed 40 homes along the coast of Vellmar, officials said on Tuesday."
    rescued = ("Rescuers pulled 12 fishermen from the water near the harbour of Vellmar on the first night of "
               "the storm, according to {}.")
    bodies = {
        "a": [homes, rescued.format("Dana Mercer")],
        "b": ["Winds rose early in the day.", homes, rescued.format("Dana Mercer")],
        "c": [homes.replace("40", "45"), rescued.format("Sam Ortiz"), homes],
        "d": [rescued.format("Sam Ortiz"), "The clean-up went on.", homes.replace("40", "45")],
        "e": [rescued.format("Dana Mercer").replace("12", "21"), homes],
    }
    articles = tuple(make_article(*paragraphs, article_id=key, published="2021-05-04") for key, paragraphs in bodies.items())
    return analyse(Dossier(root=".", articles=articles))


def test_copies_are_weighed_once_per_class_as_each_pair_would_be_weighed():
    from reader.core.findings.figures import _Index, _Referents, _standing, _unlinked

    analysis = copied_reports()
    index = _Index(analysis, 10)
    referents = _Referents(analysis, index.sentences, index.figures)
    by_class = [c for c in _unlinked(index, referents, 2) if c is not None]
    by_pair = [c for c in _unlinked(index, referents, 2, {f.span for f, _ in index.placed}) if c is not None]
    assert by_class == by_pair
    assert {c.verdict for c in by_class} == {"agree", "conflict"}
    fishermen = [f for f, _ in index.placed if f.text == "12 fishermen"]
    standing = {f.span.article: _standing(f, index, referents) for f in fishermen}
    assert standing["a"] == standing["b"] != standing["c"] == standing["d"]  # credited to another person
    agreeing = {c.articles for c in by_class if c.verdict == "agree" and c.key == "count:fishermen"}
    assert ("a", "b") in agreeing and ("c", "d") in agreeing and ("a", "c") not in agreeing


def test_comparisons_outside_links_found_before_the_links_are_those_found_with_them():
    """The pipeline finds the comparisons outside links from the text, figures and entities alone, before the links
    (:func:`outside_links`): on reports copying sentences with figures, given to :func:`compare_figures` they make
    the same comparisons in the same order, those under links first, and they are exactly its comparisons outside links."""
    from reader.core.findings.figures import outside_links
    from reader.core.model import Findings

    analysis = copied_reports()
    figures = analysis.findings.figures
    unlinked = Analysis(dossier=analysis.dossier, sentences=analysis.sentences, entities=analysis.entities,
                        findings=Findings(figures))
    outside = outside_links(unlinked)
    found = compare_figures(analysis, outside=outside)
    assert found == compare_figures(analysis) == analysis.findings.comparisons
    assert outside.comparisons and {c.link for c in outside.comparisons} == {None}
    assert [c for c in found if c.link is None] == [c for c in outside.comparisons
                                                    if not any(c.figures == d.figures for d in found if d.link)]


def test_comparisons_outside_links_found_before_the_links_leave_out_a_number_in_a_name():
    """Found before the links (:func:`outside_links`), the comparisons outside links already leave out a figure in an
    entity's name (``Quellphone 10``); the customers beside it are still compared, and given to :func:`compare_figures`
    they make what it makes without them."""
    from reader.core.findings.figures import outside_links
    from reader.core.model import Findings
    from reader.core.pipeline import analyse

    said = "Norvane will ship the Quellphone 10 platform to {} business customers in May, the company said on Monday."
    bodies = {"a": said.format(40), "b": "Sales rose.\n\n" + said.format(45), "c": said.format(40).replace("10", "12")}
    articles = tuple(make_article(body, article_id=key) for key, body in bodies.items())
    found = analyse(Dossier(root=".", articles=articles))
    analysis = Analysis(dossier=found.dossier, sentences=found.sentences, entities=found.entities,
                        findings=Findings(found.findings.figures))
    assert "Quellphone 10" in {e.name for e in analysis.entities}
    outside = outside_links(analysis)
    assert {c.key for c in outside.comparisons} == {"count:customer"}  # no "10 platform" (nor "12 platform")
    assert compare_figures(analysis, outside=outside) == compare_figures(analysis)


def test_a_link_of_copies_compares_every_pair_of_its_passages_with_figures_in_order():
    """Copies of one sentence in four reports, a fifth version without the figure: every pair of the four,
    once, under the link, in the link's order; the passage without a figure pairs with nothing, and a
    copy whose count is partial ("12 other boats") with nothing either."""
    bodies = {"a": "The harbour took in 12 boats on Monday.", "b": "The harbour took in 12 boats on Monday.",
              "c": "The harbour took in boats on Monday.", "d": "The harbour took in 13 boats on Monday.",
              "e": "The harbour took in 12 boats on Monday.", "f": "The harbour took in 12 other boats on Monday."}
    articles = tuple(make_article(body, article_id=name) for name, body in bodies.items())
    dossier = Dossier(root=".", articles=articles)
    link = Link(id="L0", kind="verbatim", score=0.9, passages=tuple(sentence_span(a, "The harbour") for a in articles))
    found = compare_figures(Analysis(dossier=dossier, links=(link,)))
    pairs = [(c.figures[0].span.article, c.figures[1].span.article, c.verdict) for c in found]
    assert pairs == [("a", "b", "agree"), ("a", "d", "conflict"), ("a", "e", "agree"), ("b", "d", "conflict"),
                     ("b", "e", "agree"), ("d", "e", "conflict")]
    assert {c.link for c in found} == {"L0"}


def test_a_reports_repeats_of_one_sentence_are_compared_once():
    """A live page printing one sentence in each of its updates gives one figure to compare, not one per copy:
    the comparisons stay as few as for single copies, and the conflict between two reports is still found."""
    said = {"a": "4,000", "b": "4,500", "c": "4,000"}

    def reports(copies: int) -> Analysis:
        return Analysis(dossier=Dossier(root=".", articles=tuple(
            make_article(*[f"The wildfire near Brackenmoor has burned {acres} acres of pine forest so far."] * copies,
                         article_id=article) for article, acres in said.items())))

    once = compare_figures(reports(1))
    assert sorted(c.verdict for c in once) == ["agree", "conflict", "conflict"]
    many = compare_figures(reports(60))
    assert [(c.verdict, c.articles) for c in many] == [(c.verdict, c.articles) for c in once]


def test_an_age_between_commas_after_a_name_is_an_age_of_that_person():
    """``Dana Mercer, 31, of Elmton``, the common news apposition, is an age, and agrees with ``31-year-old Dana
    Mercer`` in another report; a number after a common noun (``the driver, 40,``), a month or a word closing a
    clause (``In all, 12,``) is none: whose age it is, no name says."""
    told = linked_pair("Police arrested Dana Mercer, 31, of Elmton at the scene.",
                       "Police arrested 31-year-old Dana Mercer at the scene.", ("2022-03-04", "2022-03-04"))
    assert [(c.verdict, c.key) for c in compare_figures(told)] == [("agree", "age:year")]
    other = linked_pair("Police arrested Dana Mercer, 34, of Elmton at the scene.",
                        "Police arrested 31-year-old Dana Mercer at the scene.", ("2022-03-04", "2022-03-04"))
    assert [(c.verdict, c.key) for c in compare_figures(other)] == [("conflict", "age:year")]
    charged = linked_pair("Dana Mercer, 31, was charged with driving while intoxicated.",
                          "Police charged 31-year-old Dana Mercer with driving while intoxicated.", ("2022-03-04", "2022-03-04"))
    assert [(c.verdict, c.key) for c in compare_figures(charged)] == [("agree", "age:year")]  # a charge sets no time
    struck = linked_pair("Police said 59-year-old Dana Mercer was struck while she crossed the road.",
                         "Dana Mercer, 59, of Elmton was struck on the road.", ("2022-03-04", "2022-03-04"))
    assert [(c.verdict, c.key) for c in compare_figures(struck)] == [("agree", "age:year")]  # may be of then: agrees
    then = linked_pair("Police said 59-year-old Dana Mercer was struck while she crossed the road.",
                       "Dana Mercer, 64, of Elmton was struck on the road.", ("2022-03-04", "2022-03-04"))
    assert compare_figures(then) == ()  # ... but never conflicts
    nobody = linked_pair("Police said the driver, 40, was charged at the scene.",
                         "Police said 31-year-old Dana Mercer was charged at the scene.", ("2022-03-04", "2022-03-04"))
    assert compare_figures(nobody) == ()
    kinds = [(f.text, f.kind) for f in find_figures(make_article(
        "Dana Mercer, 31, of Elmton left. The driver, 40, stayed. Sales rose in May, 12, 13 and 14 percent."))]
    assert kinds == [("31", "age"), ("40", "number"), ("May", "date"), ("12", "number"), ("13", "number"),
                     ("14 percent", "percent")]


def _unlinked_by_class_and_by_pair(versions: dict[str, tuple[str, str]], said: str) -> list:
    """The comparisons outside links of copies of ``said`` (one report per key: its figure and publication date),
    read once per pair of classes of copies (:func:`_unlinked_alike`); asserted equal to those judged pair by pair."""
    from reader.core.findings.figures import _Index, _judge, _Referents, _unlinked

    from reader.core.pipeline import analyse

    articles = tuple(make_article(said.format(value), article_id=key, published=day) for key, (value, day) in versions.items())
    analysis = analyse(Dossier(root=".", articles=articles))
    index = _Index(analysis, 10)
    referents = _Referents(analysis, index.sentences, index.figures)
    by_class = [c for c in _unlinked(index, referents, 2) if c is not None]
    by_pair = [c for c in _unlinked(index, referents, 2, {f.span for f, _ in index.placed}) if c is not None]
    assert by_class == by_pair
    assert all(c == _judge(None, *c.figures, referents) for c in by_class)
    return by_class


def test_copies_judged_by_class_agree_or_conflict_as_each_pair_judged_alone():
    """Copies of one sentence in several reports, in three versions of its figure: whether two classes' figures
    agree is read once for all their copies, and each pair still comes out as judged alone, two limits of one side
    (``up to``) neither agreeing nor conflicting."""
    limit = "Crews at the depot of Brandmoor said that {} trucks would leave the yard before dawn on Monday."
    day = "2021-05-04"
    versions = {"a": ("up to 20", day), "b": ("up to 20", day), "c": ("up to 30", day), "d": ("up to 30", day),
                "e": ("45", day), "f": ("up to 20", day)}
    verdicts = {c.articles: c.verdict for c in _unlinked_by_class_and_by_pair(versions, limit) if c.key == "count:truck"}
    assert verdicts[("a", "b")] == verdicts[("a", "f")] == verdicts[("c", "d")] == "agree"
    assert ("a", "c") not in verdicts and ("b", "d") not in verdicts  # up to 20, up to 30: two limits
    assert verdicts[("a", "e")] == verdicts[("c", "e")] == verdicts[("e", "f")] == "conflict"


def test_copies_of_an_age_conflict_by_class_only_where_their_reports_days_allow():
    """Two versions of a sentence giving one person's age, copied into reports of two days: a conflict of ages reads
    the years between the two reports, so it is judged for each pair of reports, never once for two classes."""
    said = "The driver, Tom Brandt, {}, was taken to a hospital in Kestrelford after the crash on the ring road near the old mill."
    early, late = "2020-03-02", "2021-03-03"  # a year and a day: still compared outside links (never beyond)
    versions = {"a": ("26", early), "b": ("26", late), "c": ("28", early), "d": ("28", early), "e": ("26", early)}
    verdicts = {c.articles: c.verdict for c in _unlinked_by_class_and_by_pair(versions, said)}
    assert verdicts[("a", "c")] == verdicts[("d", "e")] == "conflict" and verdicts[("a", "b")] == "agree"
    assert ("b", "c") not in verdicts and ("b", "d") not in verdicts  # a year apart: 26 may have turned 28


@pytest.mark.parametrize("sentence", [
    "The trial is about one man, the harbour master, and what he signed.",
    "The board tried four times to unseat the treasurer, and failed.",
    "The council failed twice to close the pier.",
])
def test_a_lone_one_before_a_person_or_a_number_of_tries_is_no_figure(sentence):
    """``about one man`` (about: concerning) counts no one to compare; ``tried four times to`` tells how often, no
    multiple."""
    assert [f.shown for f in find_figures(make_article(sentence)) if f.kind in ("count", "multiple")] == []


@pytest.mark.parametrize(("sentence", "shown"), [
    ("One man was killed and two were hurt in the blast.", "1 man"),
    ("Gunmen fired at one officer near the quay.", "1 officer"),
    ("One child remains in hospital.", "1 child"),
    ("Sales grew 4 times to 800 units.", "4x"),
    ("Rents rose four times faster than wages.", "4x"),
    ("About one hundred people gathered at the quay.", "~100 people"),
])
def test_real_counts_of_one_and_multiples_stay(sentence, shown):
    assert shown in [f.shown for f in find_figures(make_article(sentence))]


def test_what_a_figure_s_sentence_says_of_it_is_read_once_per_text_as_each_copy_alone():
    """Whether a figure's sentence makes it a running total or a possibility is read once per text of the sentence
    (a copy after other words, at a paragraph's start or at the body's start reads alike), and each copy still comes
    out as its own sentence read alone: a version without ``so far`` or ``may`` says neither."""
    import re

    from reader.core.findings.figures import RUNNING_TOTAL, _enclosing, _Index, _Referents

    from reader.core.pipeline import analyse

    total = "The fire near Brackenmoor has burned 4,000 acres so far."
    possible = "Crews may need 12 more days if the rain holds off."
    bodies = {
        "a": [total, possible],
        "b": ["Smoke rose over the valley. " + total, "Residents left. " + possible],
        "c": [total.replace(" so far", " in the valley"), possible.replace("may need", "need")],
        "d": ["He could face 20 years if convicted, a lawyer said.", total],
        "e": ["Officials said 40 homes burned and that the fire may take 12 homes by Friday."],
    }
    articles = tuple(make_article(*paragraphs, article_id=key, published="2021-05-04") for key, paragraphs in bodies.items())
    analysis = analyse(Dossier(root=".", articles=articles))
    index = _Index(analysis, 10)
    referents = _Referents(analysis, index.sentences, index.figures)
    figures = [f for found in index.figures.values() for f in found]
    possibly = re.compile(r"\b(?:may|might|could|fac(?:e|es|ing)\s+up\s+to)\b[^;:]*$")
    convicted = re.compile(r"\bif\s+(?:convicted|found\s+guilty)\b", re.IGNORECASE)
    read = {}
    for figure in figures:
        body, start = articles["abcde".index(figure.span.article)].body, figure.span.start
        lo, hi = _enclosing(referents.sentences[figure.span.article], start) or (start, start)
        alone = (RUNNING_TOTAL.search(body, lo, hi) is not None,
                 possibly.search(body, lo, figure.span.end) is not None or convicted.search(body, lo, hi) is not None)
        assert referents.said(figure)[1:3] == alone
        read[figure.span.article, figure.text] = alone
    assert read["a", "4,000 acres"] == read["b", "4,000 acres"] == read["d", "4,000 acres"] == (True, False)
    assert read["c", "4,000 acres"] == (False, False) and read["c", "12 more days"] == (False, False)
    assert read["a", "12 more days"] == read["b", "12 more days"] == (False, True) and read["d", "20 years"] == (False, True)
    assert read["e", "40 homes"] == (False, False) and read["e", "12 homes"] == (False, True)  # what comes before each
    assert len(referents.clauses) < len(figures)


def test_a_number_inside_an_entitys_name_is_no_figure():
    """``Quellphone 10`` names a product: its 10 neither agrees nor conflicts; the customers beside it still do."""
    analysis = linked_pair("Norvane will ship the Quellphone 10 platform to 40 business customers in May.",
                           "Norvane ships the Quellphone 10 platform to 45 business customers in May.")
    assert "Quellphone 10" in {e.name for e in analysis.entities}
    assert [(c.verdict, c.key) for c in compare_figures(analysis)] == [("conflict", "count:customer")]


def test_a_figure_beside_a_name_is_still_a_figure():
    """Must stay: a count in a sentence of names, outside them, is compared as before."""
    analysis = linked_pair("Norvane said 40 business customers of Harlow Bank signed up in May.",
                           "Norvane said 45 business customers of Harlow Bank signed up in May.")
    assert [c.verdict for c in compare_figures(analysis)] == ["conflict"]


def unlinked_pair(first: str, second: str, published: tuple[str, str] = ("2024-08-12", "2024-08-12")) -> Analysis:
    """Two one-sentence reports (of one day unless told), not linked, analysed with their entities."""
    from reader.core.pipeline import analyse

    a = make_article(first, article_id="a", published=published[0])
    b = make_article(second, article_id="b", published=published[1])
    analysis = analyse(Dossier(root=".", articles=(a, b)))
    return Analysis(dossier=analysis.dossier, sentences=analysis.sentences, entities=analysis.entities)


CHANGED = "Fire chief Dana Korver said 350 firefighters were on the fire lines on Monday, up from 300 on Sunday."


@pytest.mark.parametrize("pair", [linked_pair, unlinked_pair])
@pytest.mark.parametrize("changed", [CHANGED, "Fire chief Dana Korver said the crew on the fire lines rose to 350 firefighters from 300.",
                                     "Fire chief Dana Korver said the crew on the fire lines climbs to 350 firefighters from 300."])
def test_a_count_and_its_earlier_value_conflict_with_neither(pair, changed):
    """A report giving a count and the value it changed from gives two times: another report's value agreeing
    with either is no conflict."""
    results = compare_figures(pair("Fire chief Dana Korver said 300 firefighters were on the fire lines.", changed))
    assert not [r.summary for r in results if r.verdict == "conflict"]


@pytest.mark.parametrize("pair", [linked_pair, unlinked_pair])
def test_two_counts_of_one_time_still_conflict_beside_a_change(pair):
    """Must stay: 300 and 350 for one count at one time, and two changes from one value to two values."""
    plain = compare_figures(pair("Fire chief Dana Korver said 300 firefighters were on the fire lines on Monday.",
                                 "Fire chief Dana Korver said 350 firefighters were on the fire lines on Monday."))
    assert summaries(plain, "conflict") == {("300 firefighters", "350 firefighters")}
    both = compare_figures(pair(CHANGED, CHANGED.replace("350", "400")))
    assert summaries(both, "conflict") == {("350 firefighters", "400 firefighters")}
    assert not [r for r in both if r.verdict == "conflict" and "300" in r.summary]


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        ("Some 350 firefighters from 12 counties came.", ["~350 firefighter", "12 county"]),
        ("It sent 350 firefighters from 12 on Monday.", ["350 firefighter", "12", "2024-08-12"]),
        ("Sales rose to $5 million from 4 million.", ["5,000,000 $", "4,000,000 $"]),
        ("Sales jump to $5 million from 4 million.", ["5,000,000 $", "4,000,000 $"]),
        ("Sales of up to $5 million from 4 shops.", ["<=5,000,000 $", "4 shop"]),  # "up to": at most, no change
        ("Turnout was 51 percent, up from 48.", ["51%", "48%"]),
    ],
)
def test_an_earlier_value_takes_its_figures_kind_only_after_a_change(sentence, shown):
    assert [f.shown for f in find_figures(make_article(sentence, published="2024-08-12"))] == shown


def test_unlinked_figures_of_reports_published_years_apart_are_not_compared():
    """A report of an earlier event in the same place names the same people: its count is of another event."""
    now, before = "Fire chief Dana Korver said 300 firefighters were deployed overnight.", \
        "Fire chief Dana Korver said 40 firefighters were deployed overnight."
    assert compare_figures(unlinked_pair(now, before, ("2024-08-13", "2019-03-02"))) == ()
    assert summaries(compare_figures(unlinked_pair(now, before, ("2024-08-13", "2024-06-02"))), "conflict") == {
        ("300 firefighters", "40 firefighters")}  # must stay: one story's reports, months apart
    linked = linked_pair(now, before, ("2024-08-13", "2019-03-02"))
    assert summaries(compare_figures(linked), "conflict") == {("300 firefighters", "40 firefighters")}  # a link still compares


@pytest.mark.parametrize(("first", "second", "verdicts"), [
    # the whole a part is taken from is not how many the statement is about
    ("The fire destroyed 20 homes in Kelby.", "The fire destroyed 20 of the 35 homes in Kelby.", []),
    ("Two of the five suspects were arrested in Kelby.", "Three suspects were arrested in Kelby.", []),
    # a change and the level it reached; a day's new count and all of them
    ("Unemployment in Kelby rose to 7 percent.", "Unemployment in Kelby rose 2 percent.", []),
    ("Kelby reported 35 new cases on Tuesday.", "Kelby has reported 1,200 cases.", []),
    # two parts of a year, two years, things to which different things happened
    ("Sales at Kelby Mills fell 5% in the first quarter.", "Sales at Kelby Mills fell 8% in the second quarter.", []),
    ("Sales at Kelby Mills fell 5% last year.", "Sales at Kelby Mills fell 8% this year.", []),
    ("The fire destroyed 20 homes in Kelby.", "The fire damaged 35 homes in Kelby.", []),
    # must stay: the same measure of the same thing at the same time
    ("Unemployment in Kelby rose 2 percent.", "Unemployment in Kelby rose 3 percent.", ["conflict"]),
    ("Unemployment in Kelby rose to 7 percent.", "Unemployment in Kelby rose to 8 percent.", ["conflict"]),
    ("Kelby reported 35 new cases on Tuesday.", "Kelby reported 40 new cases on Tuesday.", ["conflict", "agree"]),
    ("Sales at Kelby Mills fell 5% in the first quarter.", "Sales at Kelby Mills fell 8% in the first quarter.",
     ["conflict"]),
    ("Twenty homes were destroyed in Kelby.", "The fire destroyed 25 homes in Kelby.", ["conflict"]),
])
def test_figures_of_a_part_a_change_a_period_or_another_outcome_measure_another_thing(first, second, verdicts):
    found = compare_figures(linked_pair(first, second, ("2022-03-04", "2022-03-04")))
    assert [c.verdict for c in found] == verdicts


@pytest.mark.parametrize(("first", "second", "verdicts"), [
    # an amount in whole dollars may be one in cents rounded: neither agreement nor conflict (documented choice)
    ("The ticket to the Kelby fair cost $12.", "The ticket to the Kelby fair cost $12.45.", []),
    # must stay: cents against cents, or whole dollars a dollar apart or more
    ("The ticket to the Kelby fair cost $12.50.", "The ticket to the Kelby fair cost $12.45.", ["conflict"]),
    ("The ticket to the Kelby fair cost $12.", "The ticket to the Kelby fair cost $13.", ["conflict"]),
    ("The ticket to the Kelby fair cost $12.", "The ticket to the Kelby fair cost $12.55.", ["conflict"]),
])
def test_money_in_whole_dollars_against_cents(first, second, verdicts):
    assert [c.verdict for c in compare_figures(linked_pair(first, second))] == verdicts


@pytest.mark.parametrize(("first", "second", "verdicts"), [
    # what is planned is not what was done
    ("Kelby Mills plans to cut 300 jobs.", "Kelby Mills cut 200 jobs.", []),
    ("Kelby Mills is expected to cut 300 jobs.", "Kelby Mills cut 200 jobs.", []),
    # must stay: two plans, and a decision reported with "would" or "will", are compared
    ("Kelby Mills plans to cut 300 jobs.", "Kelby Mills plans to cut 200 jobs.", ["conflict"]),
    ("The Kelby board said it would wait another 30 days.", "The Kelby board will wait another 30 days.",
     ["agree"]),
    ("The Kelby board said it would cut 300 jobs.", "The Kelby board cut 200 jobs.", ["conflict"]),
])
def test_a_planned_figure_is_compared_only_with_another_plan(first, second, verdicts):
    assert [c.verdict for c in compare_figures(linked_pair(first, second))] == verdicts
