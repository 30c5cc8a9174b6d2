"""Typed differences: real pairs from the five reports, and planted pairs for each rule."""

from __future__ import annotations

from itertools import combinations

import pytest

from rapidfuzz.fuzz import ratio

from reader.core.findings.difftypes import (
    DIFF_TYPES, IGNORED_BY_DEFAULT, TypedDiff, classify, link_differences, nearest_pairs, pair_findings, shown,
)
from reader.core.model import Analysis, DiffOp, Dossier, Entity, Link, Span
from reader.core.text.diff import diff_passages

from tests.helpers import make_article


def make_pair(a_body: str, b_body: str, entities: tuple[Entity, ...] = ()) -> Analysis:
    """Two one-paragraph articles, ``a`` and ``b``."""
    articles = tuple(
        make_article(body, article_id=key, outlet=key.upper()) for key, body in (("a", a_body), ("b", b_body))
    )
    return Analysis(dossier=Dossier("test", articles), entities=entities)


def whole(analysis: Analysis, article_id: str) -> Span:
    return Span(article_id, 0, len(analysis.dossier.article(article_id).body))


def changed(analysis: Analysis, a_text: str, b_text: str, *, a_at: str = "", b_at: str = "") -> DiffOp:
    """The op turning ``a_text`` into ``b_text``; an empty side is the point where ``*_at`` starts."""
    a_body = analysis.dossier.article("a").body
    b_body = analysis.dossier.article("b").body
    a_start = a_body.index(a_text or a_at)
    b_start = b_body.index(b_text or b_at)
    a_end = a_start + len(a_text)
    b_end = b_start + len(b_text)
    tag = "insert" if not a_text else "delete" if not b_text else "replace"
    return DiffOp(tag, a_start, a_end, b_start, b_end)


def type_of(analysis: Analysis, op: DiffOp) -> TypedDiff:
    (typed,) = classify(analysis, whole(analysis, "a"), whole(analysis, "b"), [op])
    return typed


def type_of_swap(frame: str, a_text: str, b_text: str) -> TypedDiff:
    """The typed change where one report has ``a_text`` and the other ``b_text`` in the ``{}`` of ``frame``."""
    analysis = make_pair(frame.format(a_text), frame.format(b_text))
    return type_of(analysis, changed(analysis, a_text, b_text))


def mentions(analysis: Analysis, article_id: str, *texts: str) -> tuple[Span, ...]:
    body = analysis.dossier.article(article_id).body
    return tuple(Span(article_id, body.index(t), body.index(t) + len(t)) for t in texts)


# --- the five reports ----------------------------------------------------------


@pytest.fixture(scope="module")
def reports(bundled) -> Analysis:
    """The bundled dossier without entities: the surface rules alone must hold."""
    return Analysis(dossier=bundled)


def passage(analysis: Analysis, article_id: str, text: str) -> Span:
    body = analysis.dossier.article(article_id).body
    start = body.index(text)
    return Span(article_id, start, start + len(text))


def typed_pair(analysis: Analysis, a: tuple[str, str], b: tuple[str, str]) -> list[tuple[str, str, str]]:
    """``(type, a text, b text)`` of every difference ``diff_passages`` finds between two passages."""
    a_span, b_span = passage(analysis, *a), passage(analysis, *b)
    a_body = analysis.dossier.article(a_span.article).body
    b_body = analysis.dossier.article(b_span.article).body
    return [
        (d.type, a_body[d.op.a_start : d.op.a_end].strip(" .,"), b_body[d.op.b_start : d.op.b_end].strip(" .,"))
        for d in classify(analysis, a_span, b_span, diff_passages(analysis, a_span, b_span))
    ]


def test_nagorno_karabakh_control_versus_illegal_occupation_is_framing(reports):
    found = typed_pair(
        reports,
        ("al-jazeera", "had been under the control of ethnic Armenians backed by the Armenian government"),
        ("trt-world", "was illegally occupied by ethnic Armenian militias supported by Yerevan"),
    )
    assert ("framing", "had been under the control of", "was illegally occupied by") in found
    assert ("framing", "Armenians backed", "Armenian militias supported") in found
    # A capital for a government is a different wording, not a loaded term.
    assert ("wording", "the Armenian government", "Yerevan") in found


def test_nagorno_karabakh_framing_cue_names_the_loaded_words(reports):
    a = passage(reports, "al-jazeera", "under the control of ethnic Armenians")
    b = passage(reports, "trt-world", "illegally occupied by ethnic Armenian militias")
    cues = {d.cue for d in classify(reports, a, b, diff_passages(reports, a, b)) if d.type == "framing"}
    assert cues == {"illegally, occupied", "militias"}


def test_globe_controlled_by_versus_al_jazeera_under_the_control_is_plain_wording(reports):
    found = typed_pair(
        reports,
        ("al-jazeera", "had been under the control of ethnic Armenians"),
        ("the-globe-and-mail", "had been controlled by ethnic Armenians"),
    )
    assert found == [("wording", "under the control of", "controlled by")]


def test_syria_kurdish_led_forces_versus_pkk_ypg_terrorists_is_framing(reports):
    found = typed_pair(
        reports,
        ("al-monitor", "against Western-backed, Kurdish-led forces in northeast Syria"),
        ("trt-world", "against PKK/YPG terrorists"),
    )
    assert [kind for kind, _, _ in found] == ["framing"]


def test_this_use_versus_this_is_wording_not_a_clause(reports):
    found = typed_pair(
        reports,
        ("al-jazeera", "“This use was not consistent with Canadian foreign policy, nor end-use assurances given by Turkey,”"),
        ("al-monitor", "“This was not consistent with Canadian foreign policy, nor end-use assurances given by Turkey,”"),
    )
    assert found == [("wording", "use", "")]


def test_full_title_versus_mr_garneau_is_a_name_form(reports):
    statement = "today I am announcing the cancellation of permits that were suspended in the fall of 2020,” "
    found = typed_pair(
        reports,
        ("al-monitor", statement + "Foreign Affairs Minister Marc Garneau said in a statement."),
        ("the-globe-and-mail", statement + "Mr. Garneau said in a statement."),
    )
    assert found == [("name", "Foreign Affairs Minister Marc", "Mr")]


def test_dropped_in_a_statement_is_attribution(reports):
    statement = "in the fall of 2020,” "
    found = typed_pair(
        reports,
        ("al-monitor", statement + "Foreign Affairs Minister Marc Garneau said in a statement."),
        ("trt-world", 'in the fall of 2020," Garneau said.'),
    )
    assert found == [("name", "Foreign Affairs Minister Marc", ""), ("attribution", "in a statement", "")]


def test_internationally_versus_internally_recognised_is_flagged_as_wording(reports):
    found = typed_pair(
        reports,
        ("al-jazeera", "internationally recognised as part of Azerbaijan"),
        ("trt-world", "internally recognised as Azerbaijani"),
    )
    assert ("wording", "internationally", "internally") in found


def test_curly_versus_straight_quotes_around_the_same_statement_is_typography(reports):
    a = passage(reports, "al-monitor", "“Following this review")
    b = passage(reports, "trt-world", '"Following this review')
    op = DiffOp("replace", a.start, a.start + len("“Following"), b.start, b.start + len('"Following'))
    assert [d.type for d in classify(reports, a, b, [op])] == ["typography"]


def test_garneau_said_versus_mr_garneau_said_in_two_reports_is_a_name_form(reports):
    a = passage(reports, "al-monitor", "Garneau said, adding that he spoke")
    b = passage(reports, "the-globe-and-mail", "Mr. Garneau said in a statement.")
    op = DiffOp("insert", a.start, a.start, b.start, b.start + len("Mr."))
    (typed,) = classify(reports, a, b, [op])
    assert (typed.type, typed.label) == ("name", "name form: added \u201cMr.\u201d")


# --- typography -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("a_text", "b_text"),
    [
        ("\u201cFollowing this review", '"Following this review'),
        ("Turkey\u2019s", "Turkey's"),
        ("end\u2011use", "end-use"),
        ("Cavusoglu", "\u00c7avu\u015fo\u011flu"),
        ("recognised", "recognized"),
        ("cancelled", "canceled"),
        ("six weeks", "6 weeks"),
        ("5,000 lives", "5000 lives"),
        ("\u201d", '"'),
    ],
)
def test_quote_style_dashes_diacritics_and_spelling_are_typography(a_text, b_text):
    assert type_of_swap("It said {} here.", a_text, b_text).type == "typography"


def test_typography_is_hidden_by_default_and_can_be_shown():
    analysis = make_pair("\u201cFollowing the review\u201d, it said.", '"Following a review", it said.')
    diffs = classify(
        analysis,
        whole(analysis, "a"),
        whole(analysis, "b"),
        [changed(analysis, "\u201cFollowing", '"Following'), changed(analysis, "the", "a")],
    )
    assert [d.type for d in diffs] == ["typography", "wording"]
    assert [d.type for d in shown(diffs)] == ["wording"]
    assert [d.type for d in shown(diffs, hidden=())] == ["typography", "wording"]
    assert IGNORED_BY_DEFAULT == {"typography"} and set(DIFF_TYPES) >= {"typography", "wording"}


def test_equal_ops_are_left_out():
    analysis = make_pair("Same words.", "Same words.")
    op = DiffOp("equal", 0, 11, 0, 11)
    assert classify(analysis, whole(analysis, "a"), whole(analysis, "b"), [op]) == ()


# --- numbers and dates ------------------------------------------------------------


@pytest.mark.parametrize(
    ("a_body", "b_body", "a_text", "b_text"),
    [
        ("Canada is cancelling 29 permits.", "Canada is cancelling 30 permits.", "29", "30"),
        ("Exports worth $150 million were halted.", "Exports worth $17 million were halted.", "$150", "$17"),
        ("Sales fell 40 percent.", "Sales fell 14 percent.", "40", "14"),
        ("It was announced on Monday.", "It was announced on Tuesday.", "Monday", "Tuesday"),
        ("The fighting ended in 2019.", "The fighting ended in 2020.", "2019", "2020"),
        ("The war lasted six weeks.", "The war lasted seven weeks.", "six", "seven"),
        ("The deal was signed in May.", "The deal was signed in June.", "May", "June"),
        ("The permits were suspended last October.", "The permits were suspended next October.", "last", "next"),
    ],
)
def test_planted_number_and_date_conflicts_are_numbers(a_body, b_body, a_text, b_text):
    analysis = make_pair(a_body, b_body)
    assert type_of(analysis, changed(analysis, a_text, b_text)).type == "number"


@pytest.mark.parametrize(
    ("a_body", "b_body", "a_text", "b_text", "title"),
    [
        ("It was announced on Monday.", "It was announced on Tuesday.", "Monday", "Tuesday", "dates"),
        ("The deal was signed in May.", "The deal was signed in June.", "May", "June", "dates"),
        ("The fighting ended in 2019.", "The fighting ended in 2020.", "2019", "2020", "figures"),
        ("Canada is cancelling 29 permits.", "Canada is cancelling 30 permits.", "29", "30", "figures"),
    ],
)
def test_a_figures_difference_of_date_words_only_is_labelled_dates(a_body, b_body, a_text, b_text, title):
    analysis = make_pair(a_body, b_body)
    assert type_of(analysis, changed(analysis, a_text, b_text)).label.startswith(f"{title}: ")


def test_a_date_given_by_one_side_only_is_a_number():
    analysis = make_pair("Canada cancelled the permits.", "Canada cancelled the permits on April 12.")
    assert type_of(analysis, changed(analysis, "", "on April 12", b_at="on April")).type == "number"


@pytest.mark.parametrize(
    ("a_body", "b_body", "a_text", "b_text"),
    [
        # Both say March: the diff lines the month up against other words.
        ("The truce was agreed in March.", "A truce agreed last March held in and around the valley.", "March.", "and around the valley"),
        ("The ferry sank in the bay.", "The ferry sank last year.", "in the bay.", "last year."),
        ("The van struck him Friday near the school.", "The van struck him on the corner near the school.", "Friday", "on the"),
        ("Police detained 12 men.", "Police detained the men.", "12", "the"),
    ],
)
def test_a_date_or_figure_on_one_side_against_other_words_is_not_a_number(a_body, b_body, a_text, b_text):
    analysis = make_pair(a_body, b_body)
    typed = type_of(analysis, changed(analysis, a_text, b_text))
    assert typed.type != "number" and not typed.label.startswith(("dates", "figures"))


def test_the_same_date_placed_differently_is_not_a_number():
    analysis = make_pair("In March, the truce held.", "The truce held in March.")
    dropped = changed(analysis, "In March,", "", b_at="The")
    added = changed(analysis, "", "in March", a_at="the truce", b_at="in March")
    types = [d.type for d in classify(analysis, whole(analysis, "a"), whole(analysis, "b"), [dropped, added])]
    assert "number" not in types


def test_a_date_dropped_by_one_side_is_a_number_labelled_as_dropped():
    analysis = make_pair("The truce held on Friday.", "The truce held.")
    typed = type_of(analysis, changed(analysis, "on Friday", "", b_at="."))
    assert (typed.type, typed.label) == ("number", "dates: dropped \u201con Friday\u201d")


def test_a_long_added_clause_that_mentions_a_year_is_a_clause():
    analysis = make_pair(
        "The region was held by Armenian forces.",
        "The region was held by Armenian forces after a bitterly fought war in the 1990s.",
    )
    op = changed(analysis, "", "after a bitterly fought war in the 1990s", b_at="after")
    assert type_of(analysis, op).type == "clause"


# --- hedges and attribution ----------------------------------------------------


@pytest.mark.parametrize(
    ("a_body", "b_body", "a_text", "b_text", "at", "cue"),
    [
        ("The drones were used.", "The drones were reportedly used.", "", "reportedly", "used", "reportedly"),
        ("The drones were allegedly diverted.", "The drones were diverted.", "allegedly", "", "diverted", "allegedly"),
        ("Canadian parts were used.", "Canadian parts may have been used.", "were", "may have been", "", "may"),
        ("The claimed attack was never seen.", "The attack was never seen.", "claimed", "", "attack", "claimed"),
        ("Drones were used.", "Drones were used, according to officials.", "", ", according to officials", ".", "according to"),
    ],
)
def test_planted_hedges_are_hedges(a_body, b_body, a_text, b_text, at, cue):
    analysis = make_pair(a_body, b_body)
    typed = type_of(analysis, changed(analysis, a_text, b_text, a_at=at, b_at=at))
    assert (typed.type, typed.cue) == ("hedge", cue)


def test_may_the_month_is_not_a_hedge():
    analysis = make_pair("The sale was approved.", "The sale was approved in May.")
    assert type_of(analysis, changed(analysis, "", "in May", b_at="in May")).type == "number"


@pytest.mark.parametrize(
    ("a_text", "b_text", "cue"),
    [("said", "urged", "said, urged"), ("said", "told reporters", "said, told"), ("said", "according to", "said, according"),
     ("said", "claimed", "said, claimed")],
)
def test_a_changed_reporting_verb_is_attribution(a_text, b_text, cue):
    typed = type_of_swap("Canada must review the ban, Cavusoglu {} on Monday.", a_text, b_text)
    assert (typed.type, typed.cue) == ("attribution", cue)


# --- framing ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a_text", "b_text"),
    [
        ("Kurdish-led forces", "PKK/YPG terrorists"),
        ("the government", "the regime"),
        ("fighters", "militants"),
        ("Kurdish-led forces", "Syrian Democratic Forces"),
        ("controlled", "occupied"),
        ("independence movement", "separatist movement"),
    ],
)
def test_loaded_terms_and_differing_actor_labels_are_framing(a_text, b_text):
    assert type_of_swap("Turkey struck {} in Syria.", a_text, b_text).type == "framing"


@pytest.mark.parametrize(("a_text", "b_text", "cue"), [("marchers", "rioters", "rioters"), ("crowd", "mob", "mob")])
def test_an_actor_label_swapped_for_a_loaded_one_is_framing(a_text, b_text, cue):
    typed = type_of_swap("Hundreds of {} gathered outside the town hall on Sunday.", a_text, b_text)
    assert (typed.type, typed.cue) == ("framing", cue)


def test_the_outlets_verdict_on_a_statement_is_framing_not_a_hedge():
    typed = type_of_swap("The mayor {} the budget had been balanced.", "said", "falsely claimed")
    assert (typed.type, typed.cue) == ("framing", "falsely")


def test_a_loaded_term_on_both_sides_is_not_framing():
    analysis = make_pair("Turkey struck terrorists near Afrin.", "Turkey struck terrorists near Kobani.")
    assert type_of(analysis, changed(analysis, "Afrin", "Kobani")).type == "wording"


# --- names ---------------------------------------------------------------------


def test_garneau_said_versus_mr_garneau_said_is_a_name_form_from_entity_mentions():
    analysis = make_pair("“This was wrong,” Garneau said.", "“This was wrong,” Mr. Garneau said.")
    garneau = Entity(
        "e1", "Marc Garneau", "person", ("Marc Garneau", "Garneau"),
        mentions(analysis, "a", "Garneau") + mentions(analysis, "b", "Garneau"),
    )
    analysis = make_pair(analysis.dossier.article("a").body, analysis.dossier.article("b").body, (garneau,))
    assert type_of(analysis, changed(analysis, "", "Mr.", b_at="Mr.")).type == "name"


def test_garneau_said_versus_mr_garneau_said_is_a_name_form_without_entities():
    analysis = make_pair("“This was wrong,” Garneau said.", "“This was wrong,” Mr. Garneau said.")
    assert type_of(analysis, changed(analysis, "", "Mr.", b_at="Mr.")).type == "name"


def test_given_name_added_inside_the_mention_is_a_name_form():
    analysis = make_pair("Garneau announced it.", "Marc Garneau announced it.")
    person = Entity(
        "p", "Marc Garneau", "person", ("Marc Garneau", "Garneau"),
        mentions(analysis, "a", "Garneau") + mentions(analysis, "b", "Marc Garneau"),
    )
    analysis = Analysis(analysis.dossier, entities=(person,))
    assert type_of(analysis, changed(analysis, "", "Marc", b_at="Marc")).type == "name"


def test_capital_for_country_is_a_name_form_when_entities_are_related():
    analysis = make_pair("Ankara used the technology.", "Turkey used the technology.")
    ankara = Entity("c", "Ankara", "place", ("Ankara",), mentions(analysis, "a", "Ankara"), related=("t",))
    turkey = Entity("t", "Turkey", "place", ("Turkey",), mentions(analysis, "b", "Turkey"))
    analysis = Analysis(analysis.dossier, entities=(ankara, turkey))
    assert type_of(analysis, changed(analysis, "Ankara", "Turkey")).type == "name"


def test_two_different_entities_are_not_a_name_form():
    analysis = make_pair("Azerbaijan used the drones.", "Armenia used the drones.")
    azerbaijan = Entity("az", "Azerbaijan", "place", ("Azerbaijan",), mentions(analysis, "a", "Azerbaijan"))
    armenia = Entity("am", "Armenia", "place", ("Armenia",), mentions(analysis, "b", "Armenia"))
    analysis = Analysis(analysis.dossier, entities=(azerbaijan, armenia))
    assert type_of(analysis, changed(analysis, "Azerbaijan", "Armenia")).type == "wording"


def test_joined_company_name_is_a_name_form():
    analysis = make_pair("Sensors made by L3Harris were found.", "Sensors made by L3 Harris were found.")
    assert type_of(analysis, changed(analysis, "L3Harris", "L3 Harris")).type == "name"


# --- clauses and wording -----------------------------------------------------------


def test_added_relative_clause_is_a_clause():
    analysis = make_pair("Turkey is a key ally of Azerbaijan.", "Turkey, which like Canada is a member of NATO, is a key ally of Azerbaijan.")
    op = changed(analysis, "", ", which like Canada is a member of NATO,", b_at=", which")
    assert type_of(analysis, op).type == "clause"


def test_short_added_phrase_with_a_verb_is_a_clause():
    analysis = make_pair("Ethnic Armenians held the region.", "Ethnic Armenians backed by Yerevan held the region.")
    assert type_of(analysis, changed(analysis, "", "backed by Yerevan", b_at="backed")).type == "clause"


def test_one_plain_word_swapped_is_wording_and_its_label_quotes_both_sides():
    analysis = make_pair("It was a thorough review.", "It was a careful review.")
    typed = type_of(analysis, changed(analysis, "thorough", "careful"))
    assert typed.type == "wording"
    assert typed.label == "wording: \u201cthorough\u201d \u2192 \u201ccareful\u201d"


def test_labels_say_added_and_dropped_and_keep_long_text_whole():
    """The views cut or wrap a label to the width they have: cut here, the details (``i``) showed
    ``today I am announ…`` on a line with room for all of it."""
    analysis = make_pair("Drones were used.", "Drones were used, " + "very\n" * 20 + "often.")
    typed = type_of(analysis, changed(analysis, "", "very\n" * 20 + "often", b_at="very"))
    assert typed.label == "clause: added \u201c" + "very " * 20 + "often\u201d"



def test_a_side_holding_its_own_quotation_marks_is_quoted_in_single_marks():
    """Not ``““The review…``: the label's marks must not run into the text's own."""
    analysis = make_pair("The minister spoke.", "The minister spoke. “The review is over.”")
    typed = type_of(analysis, changed(analysis, "", "“The review is over.”", b_at="“The"))
    assert typed.label.endswith("added ‘“The review is over.”’")

# --- the analysed dossier and what a careful reader would dismiss ---------------------


def test_the_analysed_dossier_flags_the_nagorno_karabakh_framing(analysis):
    """End to end: align links the two passages, and the typed diff finds the loaded terms."""
    cues = set()
    for link in analysis.links:
        a, b = link.passage_in("al-jazeera"), link.passage_in("trt-world")
        if a and b and "ethnic Armenian" in analysis.dossier.article("trt-world").text(b):
            cues |= {d.cue for d in classify(analysis, a, b, diff_passages(analysis, a, b)) if d.type == "framing"}
    assert "illegally, occupied" in cues and "militias" in cues


def test_a_sentence_opening_word_is_not_a_name_form():
    analysis = make_pair("Canada had suspended the permits.", "Earlier, Canada had suspended the permits.")
    assert type_of(analysis, changed(analysis, "", "Earlier", b_at="Earlier")).type == "wording"


def test_a_described_name_is_a_name_form_but_a_listed_one_is_not():
    analysis = make_pair("It used the Canadian company L3 Harris parts.", "It used the L3Harris parts.")
    assert type_of(analysis, changed(analysis, "Canadian company L3 Harris", "L3Harris")).type == "name"
    listed = make_pair("Turkey and Canada agreed.", "Turkey agreed.")
    assert type_of(listed, changed(listed, "Turkey and Canada", "Turkey")).type != "name"


def test_a_dropped_clause_that_mentions_a_month_is_a_clause_not_a_figure():
    analysis = make_pair("In early October, Canada suspended the permits.", "The permits were reviewed.")
    op = changed(analysis, "In early October, Canada suspended", "", b_at="The")
    assert type_of(analysis, op).type == "clause"


def test_a_hedge_inside_a_long_rewrite_is_not_called_a_hedge():
    analysis = make_pair(
        "It is rare, and the decision could hurt Canadian relations with Turkey, a NATO ally.",
        "It is rare, and will undermine alliance solidarity.",
    )
    op = changed(analysis, "the decision could hurt Canadian relations with Turkey, a NATO ally", "will undermine alliance solidarity")
    assert type_of(analysis, op).type == "wording"


def test_a_neutral_descriptor_with_anti_is_not_framing():
    analysis = make_pair("The report came from Project Ploughshares.", "The report came from anti-war group Project Ploughshares.")
    assert type_of(analysis, changed(analysis, "", "anti-war group", b_at="anti-war")).type != "framing"


@pytest.mark.parametrize(
    ("a_text", "b_text", "kind"),
    [("Harvest Day", "Harvest-day", "typography"), ("Harvest-day", "Harvest Day", "typography"), ("Bay Side", "Bayside", "name")],
)
def test_a_name_spelt_with_a_hyphen_or_space_is_typography_and_joined_a_name_form_not_a_date(a_text, b_text, kind):
    typed = type_of_swap("Members of the Church of the {} Pilgrims gathered.", a_text, b_text)
    assert typed.type == kind


def test_a_capitalised_time_word_inside_a_name_is_not_a_figure():
    analysis = make_pair(
        "The Church of the Harvest Day Pilgrims met there.",
        "Two girls, aged 15 and 12, who had been kept in the compound for years, met there.",
    )
    op = changed(analysis, "Church of the Harvest Day Pilgrims", "Two girls, aged 15 and 12, who had been kept in the compound for years,")
    assert type_of(analysis, op).type != "number"


def test_a_capitalised_time_word_opening_a_sentence_is_still_a_date():
    analysis = make_pair("The vote was held by Smith. Yesterday it failed.", "The vote was held by Smith. It failed.")
    op = changed(analysis, "Yesterday it", "It")
    assert type_of(analysis, op).type == "number"


@pytest.mark.parametrize(
    ("frame", "a_text", "b_text"),
    [
        ("The drones were used during the {}", "conflict in the valley.", 'autumn of 2019," Dupont said.'),
        ("The review ended. {} the permits.", "They further said", "Lisbon suspended"),
        ("The council {} the harbour was closed.", "reports surfaced that", "photos emerged from"),
    ],
)
def test_a_reporting_verb_that_comes_with_other_new_content_is_not_attribution(frame, a_text, b_text):
    assert type_of_swap(frame, a_text, b_text).type != "attribution"


@pytest.mark.parametrize(
    ("a_text", "b_text"), [("adding", "Dupont noted"), ("also revealed he\u2019d", "noted that he has"), ("said", "told reporters")]
)
def test_a_change_of_attribution_alone_is_attribution(a_text, b_text):
    typed = type_of_swap("The ban must stay, {} spoken to the minister.", a_text, b_text)
    assert typed.type == "attribution"


def test_a_place_far_from_a_reporting_verb_is_what_is_said_not_attribution():
    """A name is set aside as the speaker's only beside a reporting verb: a place met by ``a
    statement`` at an alignment's edge was called an attribution."""
    analysis = make_pair("The sensors were used in the war in Northvale.", "The sensors were used, Dupont said in a statement.")
    assert type_of(analysis, changed(analysis, "Northvale.", "a statement.")).type != "attribution"


def test_two_forms_of_one_name_near_a_reporting_verb_elsewhere_are_not_attribution():
    assert type_of_swap("Firms from the {} joined, the minister said.", "United States", "US").type != "attribution"


def test_a_speakers_name_beside_a_reporting_verb_is_still_attribution():
    typed = type_of_swap("The ban must stay, {} said.", "the minister", "Dupont in a statement")
    assert typed.type == "attribution"


# --- values that agree, and dates of different things (issue 10) ----------------------------------


def dated_pair(a_body: str, b_body: str, a_published: str | None, b_published: str | None) -> Analysis:
    articles = (
        make_article(a_body, article_id="a", outlet="A", published=a_published),
        make_article(b_body, article_id="b", outlet="B", published=b_published),
    )
    return Analysis(dossier=Dossier("test", articles))


@pytest.mark.parametrize(
    ("frame", "a_text", "b_text"),
    [
        ("The ferry docked at {} on Monday.", "about 9:25", "9.25 a.m."),
        ("The ferry docked at {} on Monday.", "7 pm", "7:00 p.m."),
        ("Each ticket costs {} at the gate.", "100", "$100"),
        ("The flood drowned {} sheep in the valley.", "nearly 100", "a hundred"),
        ("Prices rose sharply {} in the region.", "last year", "in the past year"),
        ("Orders open on April {} for buyers.", "29th", "29"),
    ],
)
def test_the_same_value_written_another_way_is_no_figures_difference(frame, a_text, b_text):
    assert type_of_swap(frame, a_text, b_text).type != "number"


@pytest.mark.parametrize(("a_text", "b_text"), [
    ("$100", "\u20ac100"),
    ("US$120 million", "C$120 million"),
    ("100 dollars", "100 euros"),
])
def test_the_same_amount_in_another_currency_is_a_figures_difference(a_text, b_text):
    analysis = make_pair(f"Each pass costs {a_text} at the gate.", f"Each pass costs {b_text} at the gate.")
    a_span, b_span = whole(analysis, "a"), whole(analysis, "b")
    types = [d.type for d in classify(analysis, a_span, b_span, diff_passages(analysis, a_span, b_span))]
    assert types == ["number"]


@pytest.mark.parametrize(("b_published", "typed"), [("2031-02-18", "typography"), (None, "typography"), ("2032-02-18", "number")])
def test_a_year_added_to_a_month_and_day_both_give_is_no_dropped_date(b_published, typed):
    """``Feb. 17`` in a report of that year is ``February 17, 2031``; in a report of the next year, another date."""
    analysis = dated_pair("The ferry sank on February 17, 2031 off the cape.", "The ferry sank on Feb. 17 off the cape.",
                          "2031-02-18", b_published)
    a_span, b_span = whole(analysis, "a"), whole(analysis, "b")
    found = {analysis.dossier.article("a").body[d.op.a_start : d.op.a_end].strip(" ,."): d.type
             for d in classify(analysis, a_span, b_span, diff_passages(analysis, a_span, b_span))}
    assert found == {"February": "typography", "2031": typed}


@pytest.mark.parametrize(("b_text", "typed"), [("on February", "wording"), ("on March", "number")])
def test_a_month_s_short_name_is_that_month(b_text, typed):
    assert type_of_swap("The ferry sailed at noon {} 1 from the cape.", "Feb.", b_text).type == typed


def test_yesterday_and_a_weekday_are_compared_through_the_publication_dates():
    frame = "The mill burned {} near the river."
    same = dated_pair(frame.format("yesterday"), frame.format("on Thursday"), "2031-03-14", "2031-03-14")  # a Friday
    assert type_of(same, changed(same, "yesterday", "on Thursday")).type != "number"
    other = dated_pair(frame.format("yesterday"), frame.format("on Tuesday"), "2031-03-14", "2031-03-14")
    assert type_of(other, changed(other, "yesterday", "on Tuesday")).type == "number"
    unknown = dated_pair(frame.format("yesterday"), frame.format("on Tuesday"), None, "2031-03-14")
    assert type_of(unknown, changed(unknown, "yesterday", "on Tuesday")).type != "number"


def test_last_year_takes_its_year_from_the_publication_date():
    frame = "The fighting ended {}, officials said."
    same = dated_pair(frame.format("late last year"), frame.format("in the fall of 2030"), "2031-02-01", "2031-02-01")
    assert type_of(same, changed(same, "late last year", "in the fall of 2030")).type != "number"
    other = dated_pair(frame.format("last year"), frame.format("in 2028"), "2031-02-01", "2031-02-01")
    assert type_of(other, changed(other, "last year", "in 2028")).type == "number"


@pytest.mark.parametrize(
    ("a_body", "b_body", "a_text", "b_text"),
    [
        # When it was said against when it happened.
        ("The raid ended, an officer said here Friday.", "The raid ended, the raid on 10 March.", "an officer said here Friday", "the raid on 10 March"),
        # Two acts, each with its own month.
        ("The town issued new licences last May.", "The town revoked the licences last October.", "issued new licences last May", "revoked the licences last October"),
        # Two sorts of date: a weekday and a day of a month.
        ("The boats were seen Friday.", "The boats were seen on 10 March.", "Friday", "on 10 March"),
    ],
)
def test_dates_of_different_things_or_sorts_are_not_set_against_each_other(a_body, b_body, a_text, b_text):
    analysis = make_pair(a_body, b_body)
    assert type_of(analysis, changed(analysis, a_text, b_text)).type != "number"


@pytest.mark.parametrize(
    ("frame", "a_text", "b_text"),
    [
        ("Most of {} trade passes the strait.", "Norway's", "Norway\u2019 s"),
        ("The {} crew saw the boats.", "frigate's", "frigate \u2019s"),
        ("Guards carried {} rifles.", "AK 47", "AK-47"),
    ],
)
def test_an_apostrophe_or_hyphen_set_apart_is_typography(frame, a_text, b_text):
    assert type_of_swap(frame, a_text, b_text).type == "typography"


def test_a_count_beside_a_name_set_two_ways_is_a_figure():
    analysis = make_pair("The guards carried six AK 47 rifles.", "The guards carried 14 AK-47 rifles.")
    (typed,) = classify(analysis, whole(analysis, "a"), whole(analysis, "b"), diff_passages(analysis, whole(analysis, "a"), whole(analysis, "b")))
    assert (typed.type, analysis.dossier.article("a").body[typed.op.a_start : typed.op.a_end]) == ("number", "six")


@pytest.mark.parametrize(("a_text", "b_text", "kind"), [
    ("$120", "US$120", "typography"),  # one amount, its dollar named or not
    ("C$120", "\u20ac120", "number"),  # another currency
    ("$120", "US$150", "number"),
])
def test_an_amount_whose_currency_is_written_two_ways_is_typography(a_text, b_text, kind):
    assert type_of_swap("The fine was {} on Monday.", a_text, b_text).type == kind


def test_a_contraction_is_not_its_look_alike():
    assert type_of_swap("They said {} ready.", "we're", "were").type != "typography"


def test_a_running_total_and_one_events_count_are_not_set_against_each_other():
    analysis = make_pair("In all, the patrol has seized 14 rifles.", "In the raid, the patrol seized 6 rifles.")
    assert type_of(analysis, changed(analysis, "14", "6")).type != "number"
    both = make_pair("In the raid, the patrol seized 14 rifles.", "In the raid, the patrol seized 6 rifles.")
    assert type_of(both, changed(both, "14", "6")).type == "number"


def test_the_bounds_of_a_range_told_two_ways_are_compared():
    analysis = make_pair("The crews drew shifts of between six and 40 hours.", "The crews drew shifts ranging from seven to 40 hours.")
    assert type_of(analysis, changed(analysis, "of between six and", "ranging from seven to")).type == "number"


def test_distances_from_two_named_places_are_not_set_against_each_other():
    analysis = make_pair("It struck about 14 miles north of Millbrook.", "It struck about 20 miles north of Alderton.")
    assert type_of(analysis, changed(analysis, "14", "20")).type != "number"
    same = make_pair("It struck about 14 miles north of Millbrook.", "It struck about 20 miles north of Millbrook.")
    assert type_of(same, changed(same, "14", "20")).type == "number"


# --- counts of the dead and injured -------------------------------------------------


def test_a_differing_death_toll_inside_a_longer_rewrite_is_a_figures_difference():
    analysis = make_pair("Bus overturns on mountain pass, 9 dead", "A bus overturned on Sunday, killing 14 passengers, the police said.")
    op = DiffOp("replace", analysis.dossier.article("a").body.index("9 dead"), len(analysis.dossier.article("a").body),
                analysis.dossier.article("b").body.index("on Sunday"), len(analysis.dossier.article("b").body))
    assert (type_of(analysis, op).type, type_of(analysis, op).cue) == ("number", "9, 14")


def test_a_toll_both_give_alike_does_not_hide_another_that_differs():
    analysis = make_pair("The ferry sank; 12 died and 30 were hurt, the coast guard said.",
                         "The ferry sank, killing 12 and injuring 40, the coast guard said.")
    assert type_of(analysis, changed(analysis, "died and 30 were hurt", "killing 12 and injuring 40")).type == "number"


@pytest.mark.parametrize(
    ("a_body", "b_body", "a_text", "b_text"),
    [
        # one toll counted alike in other words
        ("A bus overturned, leaving 9 dead, the police said.", "A bus overturned, killing 9 people on board.",
         "leaving 9 dead, the police said", "killing 9 people on board"),
        # the injured are not the dead
        ("A bus overturned, leaving 9 dead in the valley.", "A bus overturned and 14 people were injured there.",
         ", leaving 9 dead in the valley", " and 14 people were injured there"),
        # a count after "dead and" counts something else
        ("A guard was shot dead and two clerks were hurt.", "The gunman killed 1 guard and wounded 2 clerks.",
         "was shot dead and two clerks were hurt", "gunman killed 1 guard and wounded 2 clerks"),
        # a part of the toll named beside it: the other counts the part
        ("A gunman fired in the square, killing three people, including two guards, the police said.",
         "A gunman fired in the square, killing two guards and a cyclist, the police said.",
         "three people, including", ""),
        # a year beside a killing is no count
        ("The driver was killed in 2019 near the border.", "The driver was killed in 2021, the family said.",
         "2019 near the border", "2021, the family said"),
    ],
)
def test_a_toll_counted_alike_or_of_another_kind_is_no_figures_difference(a_body, b_body, a_text, b_text):
    analysis = make_pair(a_body, b_body)
    assert type_of(analysis, changed(analysis, a_text, b_text)).type != "number"


# --- copies of one passage in many reports ----------------------------------------------


def copied_links() -> tuple[Analysis, tuple[Link, ...]]:
    """Links of one statement and a version of it with a figure changed, copied into reports at other places in
    their bodies; one report published another day (``yesterday`` is then another weekday); the person
    mentioned in some copies only."""
    said = "The mayor said yesterday that 30 people were hurt when the old bridge fell."
    other = said.replace("30", "40")
    bodies = [("a", said, "2021-05-04"), ("b", "A short note opens it. " + said, "2021-05-04"),
              ("c", "Two lines first, then more. " + other, "2021-05-04"), ("d", said, "2021-05-09"),
              ("e", "Again: " + other, "2021-05-04"), ("f", other, "2021-05-04"), ("g", "So: " + said, "2021-05-04")]
    articles = tuple(make_article(body, article_id=key, published=day) for key, body, day in bodies)
    passages = {a.id: Span(a.id, a.body.index("The mayor"), len(a.body)) for a in articles}
    mayor = Entity(id="E1", name="the mayor", type="person", aliases=(),
                   mentions=tuple(Span(s.article, s.start, s.start + 9) for s in passages.values() if s.article != "g"))
    links = tuple(Link(id=f"L{n}", kind="paraphrase", score=0.8, passages=(passages[x], passages[y]))
                  for n, (x, y) in enumerate(["ac", "be", "de", "ge", "af"]))
    return Analysis(dossier=Dossier("test", articles), entities=(mayor,), links=links), links


def test_copies_of_a_pair_of_passages_are_typed_once_and_placed_as_if_typed_apart():
    analysis, links = copied_links()
    found = link_differences(analysis, links)
    assert all(pair.changes for pairs in found.values() for pair in pairs)
    for link in links:
        for pair in found[link.id]:
            a, b = link.passages[pair.a], link.passages[pair.b]
            assert pair.changes == classify(analysis, a, b, diff_passages(analysis, a, b))


def test_nearest_pairs_give_a_copy_its_earliest_copy_and_others_their_most_alike_text():
    analysis, links = copied_links()
    link = Link(id="all", kind="paraphrase", score=0.8, passages=tuple(p for link in links for p in link.passages))
    texts = [analysis.dossier.article(s.article).text(s).lower() for s in link.passages]
    expected = []
    for i, text in enumerate(texts):
        j = max((j for j in range(len(texts)) if j != i), key=lambda j: (ratio(text, texts[j]), -j))
        expected.append((min(i, j), max(i, j)))
    assert nearest_pairs(analysis, link) == tuple(dict.fromkeys(expected))
    lone = Link(id="lone", kind="paraphrase", score=0.8, passages=(link.passages[0], link.passages[1], link.passages[3]))
    assert nearest_pairs(analysis, lone) == ((0, 1), (1, 2))  # the lone text with the earliest of the copies alike


def test_a_pairs_differences_do_not_depend_on_the_side_each_passage_is_shown_on(analysis):
    """Compare with the columns swapped counts the same differences, each read from the other side: the word diff
    is not symmetric, so a pair is always diffed in the link's order (the bundled five: 27 of 109 pairs differed)."""
    for link in analysis.links + analysis.weaker_links:
        for a, b in combinations(link.articles, 2):
            there, back = pair_findings(analysis, link, a, b)[0], pair_findings(analysis, link, b, a)[0]
            assert len(there) == len(back)
            assert [(d.op.a_start, d.op.a_end) for d in there] == [(d.op.b_start, d.op.b_end) for d in back]


def test_passages_of_the_same_text_have_no_differences_and_a_figure_written_out_still_has_one():
    said = "The harbour board said on Monday that 12 cranes were idle."
    articles = tuple(make_article(prefix + text, article_id=key) for key, prefix, text in (
        ("a", "", said), ("b", "Earlier: ", said), ("c", "", said.replace("12", "twelve"))))
    passages = [Span(a.id, a.body.index("The harbour"), len(a.body)) for a in articles]
    copies = Link(id="L1", kind="verbatim", score=1.0, passages=(passages[0], passages[1]))
    spelt = Link(id="L2", kind="verbatim", score=1.0, passages=(passages[0], passages[2]))
    analysis = Analysis(dossier=Dossier("test", articles), links=(copies, spelt))
    found = link_differences(analysis, (copies, spelt))
    assert [pair.changes for pair in found["L1"]] == [()]
    (pair,) = found["L2"]
    assert [diff.type for diff in pair.changes] == ["typography"]
    assert pair.changes == classify(analysis, passages[0], passages[2], diff_passages(analysis, passages[0], passages[2]))


# --- a change of speaker is no dropped attribution -----------------------------


def _quoted_by(speaker_b: str) -> Analysis:
    """Two invented reports printing one quotation, credited in ``a`` after it and in ``b`` before it,
    outside the passage that holds it."""
    from reader.core.pipeline import analyse

    quote = "We expect every passenger to find another crossing before the harbour closes in November"
    a = make_article("Ferry service to Corvel Island will stop for the winter.",
                     f"\u201c{quote},\u201d the Orlen Harbour Authority said.", article_id="a", outlet="North Gazette")
    b = make_article("Ferry service to Corvel Island will stop for the winter.",
                     f"In a statement, {speaker_b} said: \u201c{quote}.\u201d", article_id="b", outlet="South Ledger")
    return analyse(Dossier("t", (a, b)))


def _quote_link(analysis: Analysis) -> Link:
    return next(link for link in analysis.links if "expect" in analysis.dossier.article("a").text(link.passages[0]))


def test_an_attribution_to_someone_else_is_said_as_a_change_of_speaker_both_ways():
    """The quote tracker says "attributed differently" of these two; compare must not say "dropped"
    (the other report does name a speaker, before the passage), whichever column is whose."""
    analysis = _quoted_by("the Talvik Shipping Council")
    link = _quote_link(analysis)
    (there,) = [d.label for d in pair_findings(analysis, link, "a", "b")[0] if d.type == "attribution"]
    (back,) = [d.label for d in pair_findings(analysis, link, "b", "a")[0] if d.type == "attribution"]
    assert there == "attribution: attributed differently, \u201cOrlen Harbour Authority\u201d \u2192 \u201cTalvik Shipping Council\u201d"
    assert back == "attribution: attributed differently, \u201cTalvik Shipping Council\u201d \u2192 \u201cOrlen Harbour Authority\u201d"
    stored = [d.label for pair in analysis.findings.differences[link.id] for d in pair.changes if d.type == "attribution"]
    assert stored and all("attributed differently" in label for label in stored)
    a, b = link.passage_in("a"), link.passage_in("b")  # as the HTML report types a version against the reference
    assert there in [d.label for d in classify(analysis, a, b, diff_passages(analysis, a, b))]


def test_the_same_speaker_elsewhere_in_the_other_report_stays_a_dropped_attribution():
    analysis = _quoted_by("the Orlen Harbour Authority")
    labels = [d.label for d in pair_findings(analysis, _quote_link(analysis), "a", "b")[0] if d.type == "attribution"]
    assert labels and all(label.startswith("attribution: dropped") for label in labels)
