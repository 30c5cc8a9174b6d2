"""``unique_sentences`` (the gutter's ◆, ``u``, the exports' "only one report says"): a sentence
another report says too, however the reader found it, is never "only this report"."""

from __future__ import annotations

from dataclasses import replace

import pytest

from reader.core.model import Analysis, Dossier, Figure, FigureComparison, Findings, Link, Quote, QuoteGroup, Sentence, Span, once_per_text
from reader.core.pipeline import analyse
from reader.core.text.segment import segment_article
from tests.helpers import make_article


def _analysis(*reports) -> Analysis:
    return Analysis(dossier=Dossier(root="hand-made", articles=reports),
                    sentences={r.id: segment_article(r) for r in reports}, entities=())


def _alone(analysis: Analysis, article: str) -> list[str]:
    return [s.text for s in analysis.unique_sentences(article)]


def _span(article, phrase: str) -> Span:
    at = article.body.index(phrase)
    return Span(article.id, at, at + len(phrase))


FERRY = make_article("The ferry to Kestrel Island left port at dawn with forty passengers.",
                     "A brass band played on the quay.", article_id="a")
HARBOUR = make_article("Rain kept the harbour cafe empty until noon.",
                       "Gulls circled over the empty car park.", article_id="b")


def test_a_sentence_in_a_weaker_link_of_any_kind_is_not_unique():
    """A weaker paraphrase may join only background, yet calling the sentence "only this report"
    would be the worse error: it is left unmarked, with ``W`` on or off."""
    analysis = _analysis(FERRY, HARBOUR)
    assert "The ferry to Kestrel Island left port at dawn with forty passengers." in _alone(analysis, "a")
    weaker = Link("W1", "paraphrase", 0.3, (_span(FERRY, "The ferry to Kestrel Island"), _span(HARBOUR, "Rain kept")),
                  confident=False)
    linked = replace(analysis, weaker_links=(weaker,))
    assert _alone(linked, "a") == ["A brass band played on the quay."]
    assert _alone(linked.with_weaker_links(), "a") == _alone(linked, "a")


def test_a_sentence_whose_figure_is_compared_with_another_report_is_not_unique():
    """The figure check pairing "12 metres" with "1.2 metres" in similar sentences says another
    report tells the same thing, whatever figure it gives."""
    one = make_article("The wave reached 12 metres near the breakwater.", "Schools stayed open.", article_id="a")
    two = make_article("Near the breakwater the swell topped 1.2 metres, officials estimated.", article_id="b")
    analysis = _analysis(one, two)
    assert "The wave reached 12 metres near the breakwater." in _alone(analysis, "a")
    figures = (Figure(_span(one, "12 metres"), "count", "12 metres", 12.0, "metre"),
               Figure(_span(two, "1.2 metres"), "count", "1.2 metres", 1.2, "metre"))
    compared = replace(analysis, findings=Findings(comparisons=(
        FigureComparison(None, "count:metre", figures, "12 metre vs 1.2 metre", "conflict"),)))
    assert _alone(compared, "a") == ["Schools stayed open."]


def test_a_figure_copied_into_many_comparisons_is_said_by_every_report_it_was_compared_with():
    """One figure object in a comparison with each copy of another (and an equal figure read back apart as another
    object): its sentence is said by each report it was compared with, none of a comparison within one report."""
    told = ("The wave reached 12 metres near the breakwater.", "Harbour staff measured 12 metres at the pier.",
            "A buoy logged 12 metres before it broke loose.", "Divers said 9 metres was the worst swell seen.",
            "Fishermen spoke of 9 metres off the cape.")
    reports = [make_article(text, "Schools stayed open.", article_id=f"r{n}") for n, text in enumerate(told)]
    analysis = _analysis(*reports)
    first = [s for r in reports for s in analysis.sentences[r.id][:1]]
    assert all(analysis.said_by(r.id, s) == frozenset() for r, s in zip(reports, first))
    figures = [Figure(_span(r, f"{12 if n < 3 else 9} metres"), "count", "", 12.0 if n < 3 else 9.0, "metre")
               for n, r in enumerate(reports)]
    again = replace(figures[0])  # the first report's figure, another object
    pairs = [(figures[0], figures[3]), (figures[1], figures[3]), (again, figures[4]), (figures[2], replace(figures[2]))]
    compared = replace(analysis, findings=Findings(comparisons=tuple(
        FigureComparison(None, "count:metre", pair, "", "conflict") for pair in pairs)))
    said = [compared.said_by(r.id, s) for r, s in zip(reports, first)]
    assert said == [{"r3", "r4"}, {"r3"}, frozenset(), {"r0", "r1"}, {"r0"}]


def test_a_sentence_holding_another_reports_sentence_in_nearly_its_words_is_not_unique():
    """No link joins them (one wraps the other's facts in its own), yet both say no one was hurt;
    a sentence sharing only a name or two with the other report stays its own."""
    one = make_article("A harbour official said at noon that nobody had reported injuries or damage to boats.",
                       "Kestrel Island celebrates its regatta every August.", article_id="a")
    two = make_article("There were no reported injuries or damage to the boats.",
                       "The island ferry resumes its timetable on Monday.", article_id="b")
    analysis = _analysis(one, two)
    assert _alone(analysis, "a") == ["Kestrel Island celebrates its regatta every August."]
    assert _alone(analysis, "b") == ["The island ferry resumes its timetable on Monday."]


def _quoted(analysis: Analysis, *quotations: tuple[object, str]) -> Analysis:
    """``analysis`` with one quotation group holding each ``(article, words)``, as the quote tracker groups them."""
    group = QuoteGroup("Q1", tuple(Quote(_span(article, words)) for article, words in quotations))
    return replace(analysis, findings=Findings(quotes=(group,)))


def test_a_sentence_holding_a_quotation_another_report_prints_is_not_unique_on_either_side():
    """The quote tracker groups the two: a short quotation inside a long sentence of its own facts is
    still the same words said when both sentences name the speaker, and the sentence quoting it whole beside
    its attribution (``“…,” she said``) must not be shared while the other stays ``◆``: the relation holds both
    ways."""
    one = make_article('Ilse Varn, who has run the ferry board for a decade, backed the timetable on local radio, '
                       'calling it "a fine morning for islanders."', "The first boat leaves at six.", article_id="a")
    two = make_article('"A fine morning for islanders," Varn told pupils at the school fair.', "Fares stay as they are.",
                       article_id="b")
    analysis = replace(analyse(Dossier(root="hand-made", articles=(one, two))), links=(), weaker_links=())
    quoted = _quoted(analysis, (one, "a fine morning for islanders."), (two, "A fine morning for islanders,"))
    assert _alone(quoted, "a") == ["The first boat leaves at six."]
    assert _alone(quoted, "b") == ["Fares stay as they are."]
    assert quoted.said_by("a", quoted.sentences["a"][0]) == {"b"} and quoted.said_by("b", quoted.sentences["b"][0]) == {"a"}


def test_a_stock_phrase_two_reports_quote_about_different_matters_shares_neither_sentence():
    one = make_article('Ilse Varn, the harbour mayor, called the pier sale "a blot on the coast" and vowed to fight it in court.',
                       article_id="a")
    two = make_article('Tomas Oyle, who leads the netmakers, said the new quotas were "a blot on the coast" and urged a strike.',
                       article_id="b")
    quoted = _quoted(_analysis(one, two), (one, "a blot on the coast"), (two, "a blot on the coast"))
    assert len(_alone(quoted, "a")) == len(_alone(quoted, "b")) == 1


def test_who_says_a_sentence_is_one_relation_both_ways(analysis):
    """On the bundled dossier: when a report says one of another report's sentences, that report says
    one of its (or its headline does), so a pair of counterparts never reads ◆ on one side only; and
    a sentence is ◆ exactly when no report says it."""
    titled = {span.article for link in analysis.links + analysis.weaker_links for span in link.passages if span.in_title}
    for article in analysis.dossier.articles:
        alone = set(analysis.unique_sentences(article.id))
        for sentence in analysis.sentences[article.id]:
            others = analysis.said_by(article.id, sentence)
            assert (sentence in alone) == (not others)
            for other in others - titled:
                assert any(article.id in analysis.said_by(other, theirs) for theirs in analysis.sentences[other])


def test_a_passage_is_said_alone_when_every_sentence_it_covers_is_unique():
    """``said_alone`` (the status's "only … has this") reads the sentences ◆ marks, looked up once per
    report: a passage across a unique sentence and a shared one is not said alone, nor a title line."""
    analysis = _analysis(FERRY, HARBOUR)
    analysis = replace(analysis, links=(Link("L1", "paraphrase", 0.9, (
        _span(FERRY, "The ferry to Kestrel Island"), _span(HARBOUR, "Rain kept the harbour")),),))
    shared, unique = analysis.sentences["a"]
    assert analysis.unique_sentences("a") == (unique,) and analysis.unique_indexes("a") == {unique.index}
    assert analysis.unique_indexes("a") is analysis.unique_indexes("a")
    assert analysis.said_alone(unique.span) and not analysis.said_alone(shared.span)
    assert not analysis.said_alone(Span("a", shared.start, unique.end))
    assert not analysis.said_alone(Span("a", -1, 0))


def test_a_sentence_whose_fact_another_report_tells_in_other_words_is_not_unique():
    """A fact told close together in another report's sentence (lemmas meet: ``sank``/``sink``,
    ``lifeboats``/``lifeboat``), wrapped in who said it, is not this report's alone, either way; the
    sentences around it stay ``◆``."""
    one = make_article("A coastguard officer testified Tuesday that the trawler sank after its lifeboats failed.",
                       "The museum reopens in spring.", article_id="a")
    two = make_article("Records show the trawler would sink once both lifeboats failed to launch.",
                       "Gulls nested on the old pier.", article_id="b")
    analysis = _analysis(one, two)
    assert _alone(analysis, "a") == ["The museum reopens in spring."]
    assert _alone(analysis, "b") == ["Gulls nested on the old pier."]
    assert analysis.said_by("a", analysis.sentences["a"][0]) == {"b"} and analysis.said_by("b", analysis.sentences["b"][0]) == {"a"}


def test_three_words_of_one_name_or_scattered_words_tell_nothing_alike():
    """A name of several words is one word (``Judge Ada Brook Varn``), and shared words far apart in a
    long sentence are its subject: both sentences stay ``◆``."""
    one = make_article("Judge Ada Brook Varn adjourned the hearing until the ferry inspectors return.", article_id="a")
    two = make_article("Lawyers for the pier company asked Judge Ada Brook Varn to recuse herself.", article_id="b")
    analysis = _analysis(one, two)
    assert len(_alone(analysis, "a")) == 1 and len(_alone(analysis, "b")) == 1
    far = make_article("The inspectors, who had waited since the storm of the previous winter for the council, the harbour "
                       "board and the insurers to agree on who would pay, finally reached the ferry hull in June.", article_id="c")
    near = make_article("Inspectors reached the ferry hull on Monday.", article_id="d")
    analysis = _analysis(far, near, make_article("Fares stay as they are.", article_id="e"))
    assert _alone(analysis, "d") == []  # the short one's words are all told, close together, in the long one


def test_a_part_of_a_quotation_two_reports_quote_ties_their_sentences():
    """Three words of one quotation, quoted by two reports naming one speaker, are the same saying; no quotation
    group is needed."""
    one = make_article('Mayor Ilse Varn said she trusted the board would "find a fair way" on fares.', article_id="a")
    two = make_article('"We will find a fair way for islanders and visitors alike," Varn told the council.', article_id="b")
    analysis = analyse(Dossier(root="hand-made", articles=(one, two)))
    assert _alone(analysis, "a") == [] and _alone(analysis, "b") == []


def test_one_happening_told_of_two_people_in_everyday_words_shares_neither_sentence():
    """Two quotations printing only everyday words alike (``hadn't done anything``) about different people
    are two statements: both sentences stay ``◆``."""
    one = make_article('Mayor Varn told him that Ilse Brook "hadn\'t done anything wrong" when she called the pier board.',
                       "The museum reopens in spring.", article_id="a")
    two = make_article('Varn told Holm during their talk in May that "if some aide had broken a rule, it was fine to '
                       'look into it, as he himself hadn\'t done anything," Holm recalled.', "Gulls nested on the old pier.",
                       article_id="b")
    analysis = analyse(Dossier(root="hand-made", articles=(one, two)))
    assert len(_alone(analysis, "a")) == 2 and len(_alone(analysis, "b")) == 2


def test_three_common_words_alike_tell_no_statement_without_a_rare_word_or_figure():
    """Words of one saying (``paint``, ``kitchen``, ``wall``) close together in two sentences about other
    matters tie nothing unless one of them is rare in general English or a figure."""
    one = make_article('"We never paint the kitchen wall green any more," the caretaker told visitors.', article_id="a")
    two = make_article("Her diary says the cook would paint the kitchen wall every summer.", article_id="b")
    analysis = _analysis(one, two)
    assert len(_alone(analysis, "a")) == 1 and len(_alone(analysis, "b")) == 1


def test_copies_of_a_sentence_tell_it_alike_with_every_other_reports_copy_and_near_copy():
    """Sentences of the same words are weighed once as one class (a copy-heavy dossier prints one sentence in
    hundreds of reports): each copy is still told alike with every other report printing it or a near-copy of it,
    never with its own report, which prints it twice here."""
    said = "A harbour official said at noon that nobody had reported injuries or damage to boats."
    one = make_article(said, "Kestrel Island celebrates its regatta every August.", said, article_id="a")
    two = make_article(said, article_id="b")
    near = make_article("There were no reported injuries or damage to the boats.", article_id="c")
    other = make_article("The island ferry resumes its timetable on Monday.", article_id="d")
    told = _analysis(one, two, near, other)._told_alike
    assert told == {("a", 0): {"b", "c"}, ("a", 2): {"b", "c"}, ("b", 0): {"a", "c"}, ("c", 0): {"a", "b"}}


def test_a_reading_of_a_sentences_words_is_asked_once_per_distinct_text():
    asked = []
    read = once_per_text(lambda sentence: asked.append(sentence.text) or len(sentence.text))
    copies = [Sentence("a", 0, 0, 5, 0, "Calm."), Sentence("b", 3, 40, 45, 2, "Calm."), Sentence("b", 4, 46, 52, 2, "Rough.")]
    assert [read(sentence) for sentence in copies] == [5, 5, 6]
    assert asked == ["Calm.", "Rough."]


def test_what_ties_sentences_is_shared_by_an_analysis_that_changes_none_of_it():
    """The pipeline finds what ◆ reads before it adds the sourcing: the analysis with it keeps the table; one with
    another link finds it anew, and one with other figures keeps only what is read of the sentences alone."""
    analysis = _analysis(FERRY, HARBOUR)
    said, told = analysis._said_by, analysis._told_alike
    assert analysis.replaced(corrections=(("reject", "a link"),))._said_by is said
    weaker = Link("W1", "paraphrase", 0.3, (_span(FERRY, "The ferry to Kestrel Island"), _span(HARBOUR, "Rain kept")),
                  confident=False)
    linked = analysis.replaced(weaker_links=(weaker,))
    assert linked._said_by == {("a", 0): {"b"}, ("b", 0): {"a"}} and linked._told_alike is told
    figured = analysis.replaced(findings=Findings(figures={"a": ()}))
    assert figured._told_alike is told and "_said_by" not in figured.__dict__


def test_only_a_table_of_the_sentences_alone_is_taken_from_a_copy():
    analysis = _analysis(FERRY, HARBOUR)
    found = {("a", 1): frozenset({"b"})}
    analysis.found_beside(_told_alike=found)
    assert analysis.said_by("a", analysis.sentences["a"][1]) == {"b"}
    assert analysis.replaced(entities=())._told_alike is found
    with pytest.raises(ValueError):
        analysis.found_beside(_said_by={})


def test_a_dossier_of_one_report_marks_no_sentence_as_said_by_it_alone():
    """With one report every sentence is "only this report": the mark would say nothing, and the
    headline (never marked) and the body are shown alike, unmarked."""
    analysis = _analysis(FERRY)
    assert _alone(analysis, "a") == []
    assert not analysis.said_alone(_span(FERRY, "A brass band played on the quay."))


def test_a_name_of_several_words_is_one_word_only_in_the_row_with_names():
    from reader.core.model.telling import term, word_row, word_rows
    from reader.core.tokens import tokenize

    tokens = tokenize("Judge Ada Brook said the ferry ran aground off Lt. Ben Ould's point.")
    plain, named = word_rows(tokens)
    assert (plain, named) == (word_row(tokens), word_row(tokens, names=True))
    assert plain[:3] == (term("judge"), term("ada"), term("brook")) and named[:3] == (None, None, term("brook"))
    assert term("ferry") in named and named.count(None) == plain.count(None) + 3  # Judge, Ada, Ben ("Lt" tells nothing)
