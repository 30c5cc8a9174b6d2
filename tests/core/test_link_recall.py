"""Passages telling one happening in other forms of its words are linked: a verb and its nouns, a
reporting verb naming someone to a role, words news uses for one another. Invented reports only."""

from __future__ import annotations

import pytest

from reader.core.ingest.loading import load_dossier
from reader.core.links import units
from reader.core.links.align import find_links
from reader.core.links.judging import _judge, _named_action
from reader.core.links.terms import phrase_verb, stem
from reader.core.links.units import NOT_SAID, SAID, SAID_ASIDE, _negated
from reader.core.tokens import tokenize
from reader.core.text.segment import segment_article


def _links(folder, *bodies: str):
    for number, body in enumerate(bodies, 1):
        (folder / f"report{number}.md").write_text(f"---\noutlet: Report {number}\n---\n{body}\n", encoding="utf-8")
    dossier = load_dossier(folder)
    return [(link.kind, link.confident) for link in find_links(dossier, {a.id: segment_article(a) for a in dossier.articles})]


def test_a_verb_in_ate_meets_its_nouns():
    assert stem("nominated") == stem("nomination") == stem("nominee") == stem("nominees")
    assert stem("evacuate") == stem("evacuation") == stem("evacuee")
    assert stem("privately") == stem("private")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(  # the same happening, which names and a board alone do not make
            "Governor Ames has chosen Dana Whitlock, a county judge, as her nominee for the harbour board.",
            "Dana Whitlock was nominated to the harbour board by Governor Ames on Tuesday.",
            id="a-nominee-and-a-nomination",
        ),
        pytest.param(  # a reporting verb naming someone to a role: the statement, not its attribution
            "Singer Dana Whitlock was announced as the new host of the quiz Lanterns.",
            "The Harbour Theatre said on Friday that Dana Whitlock was announced as the new Lanterns presenter.",
            id="announced-as-the-new-one",
        ),
        pytest.param(  # words news uses for one another (vocabulary.EQUIVALENT_WORDS)
            "A magnitude 5.1 temblor rattled the Orvane valley early on Sunday, the survey said.",
            "A 5.1-magnitude earthquake shook the Orvane valley early Sunday morning.",
            id="a-temblor-rattled-an-earthquake-shook",
        ),
        pytest.param(
            "Shares of Tallow Mining dropped 3.1% in Lisbon after the ruling.",
            "Tallow Mining's stock fell 3.1% in Lisbon once the ruling was known.",
            id="dropped-and-fell",
        ),
        pytest.param(  # a verb of one named by a noun of action in the other (judging._named_action)
            "On Monday, Governor Lise Ardanne announced her intent to nominate Tomas Veyl as Harbour Master, Office of Ports and Coastal Works.",
            "The Governor announced her nominee for Harbour Master, Captain Tomas Veyl, on Monday at the Ports Office.",
            id="intent-to-nominate-and-her-nominee",
        ),
        pytest.param(  # a noun of action owned by whom it befell counts as a verb of both (judging._statement); not ledes
            "Ticket prices at Orvane Stadium will rise next spring, the board said. In a decision that stunned the dressing room, "
            "the Gulls dismissed their manager on Tuesday after a single campaign and replaced him with Lyle Brook, a former captain and fan favourite.",
            "A new training ground opened in the northern suburbs this week. Owner Ada Pell reshuffled the dugout again, easing out "
            "the manager after a single campaign and bringing in Brook, the former captain and fan favourite, as the manager's replacement.",
            id="replaced-him-and-the-managers-replacement",
        ),
        pytest.param(  # a phrase news uses for a verb (vocabulary.EQUIVALENT_PHRASES)
            "Ruelle also said she spoke with her Danish counterpart, Ola Brandtvik, to reopen the fishing talks.",
            "The decision came hours after a phone call between Ruelle and her Danish counterpart Ola Brandtvik on Monday.",
            id="spoke-with-and-a-phone-call",
        ),
        pytest.param(  # a negation in an aside about someone named (units._negated) denies nothing told
            "On Monday the Harbour Gulls dismissed Dale Morrow after one season in charge and replaced him with Lyle Brook.",
            "The Harbour Gulls made a bold move, dismissing head coach Dale Morrow, who was never a fan of the young players, and replacing him with Lyle Brook.",
            id="a-negation-in-an-aside",
        ),
        pytest.param(  # the -ing form of a verb too short for the stemmer meets its past (grammar.past_of)
            "The Harbour Gulls fired Dale Morrow on Monday, a day after the final game.",
            "Firing Dale Morrow a day after the final game, the Harbour Gulls ended his time in charge.",
            id="fired-and-firing",
        ),
        pytest.param(  # who did what to whom told alike makes a link sure, little else shared (confidence._roles_written)
            "The Kestrel Council dismissed Ada Pell on Tuesday and appointed Tomas Veyl in her place.",
            "Amid the row over the harbour budget, the Kestrel Council dismissed Ada Pell from the treasury post she had held for nine years.",
            id="the-same-verb-between-the-same-names",
        ),
        pytest.param(  # and a word news uses for fired (vocabulary.EQUIVALENT_WORDS)
            "After a dismal winter the Harbour Gulls sacked Dale Morrow, their manager since the spring, and hired Lyle Brook.",
            "Weeks after the last match of a poor campaign, the Harbour Gulls fired Dale Morrow on Monday after one year in the job "
            "and replaced him with Brook, a former captain the fans adore.",
            id="sacked-and-fired",
        ),
        pytest.param(  # a headline's 'dead' for 'killed' (vocabulary.EQUIVALENT_WORDS)
            "Two dead after blaze at Lyle warehouse, fire crews say.",
            "A blaze at a riverside warehouse in Lyle killed two night guards on Sunday, fire crews said.",
            id="dead-and-killed",
        ),
    ],
)
def test_one_happening_told_in_other_forms_of_its_words_is_linked(tmp_path, first, second):
    assert _links(tmp_path, first, second) == [("paraphrase", True)]


def test_an_owned_noun_of_action_is_told_from_a_topic_noun(tmp_path):
    """Only a noun of action right after a possessive (``the coach's replacement``) tells a happening as
    its verb does; ``talk of a replacement`` names a topic."""
    for number, body in enumerate(("The Harbour Gulls replaced their coach on Monday.", "Lyle Brook arrives as the coach's replacement.",
                                   "Talk of a replacement for the coach grew all week."), 1):
        (tmp_path / f"report{number}.md").write_text(f"---\noutlet: Report {number}\n---\n{body}\n", encoding="utf-8")
    dossier = load_dossier(tmp_path)
    (verb, owned, topic), _, _, _, names = units.prepare(dossier, {a.id: segment_article(a) for a in dossier.articles})
    assert _named_action(verb, owned, names, owned=True)
    assert _named_action(verb, topic, names) and not _named_action(verb, topic, names, owned=True)


def test_a_negation_in_an_aside_is_told_from_one_of_the_statement():
    assert _negated(tokenize("The club fired Dale Morrow, who was not a fan of the players, on Monday.")) == SAID_ASIDE
    assert _negated(tokenize("The club did not fire Dale Morrow, who was a fan of the players.")) == SAID
    assert _negated(tokenize("The permit was denied, said Lyle Brook, who wouldn't say why.")) == SAID_ASIDE
    assert _negated(tokenize("The permit was denied, but it wasn't explained why.")) == SAID
    assert _negated(tokenize("The club fired Dale Morrow, who had coached it for a season.")) == NOT_SAID


def test_has_yet_to_and_a_spaced_contraction_deny_a_concession_opening_the_passage_does_not():
    assert _negated(tokenize("The night manager had yet to regain consciousness on Friday.")) == SAID
    assert _negated(tokenize("The cause of the leak is yet to be determined.")) == SAID
    assert _negated(tokenize("The office said the case hadn’ t been filed as of Tuesday.")) == SAID
    assert _negated(tokenize("Although no terms were disclosed, the sale is expected to close in May.")) == SAID_ASIDE
    assert _negated(tokenize("It was the best harvest yet, and the co-op expects to sell it by May.")) == NOT_SAID
    assert _negated(tokenize("While no one was hurt, the depot was evacuated.")) == SAID  # ``while`` tells a time too
    assert _negated(tokenize("The sale closed in May, although no terms were disclosed.")) == SAID  # not opening it


LEAK = "A gas leak forced the evacuation of the Marlow Street depot on Thursday. "


def test_has_yet_to_links_with_has_not_yet_not_with_the_deed_done(tmp_path):
    """``had yet to regain consciousness`` is ``had not yet regained`` it, and the opposite of ``regained
    consciousness on Friday``: it linked confidently with that one, not with its own paraphrase."""
    for number, body in enumerate((
        "The depot's night manager, Ivo Brandt, had yet to regain consciousness on Friday and was on a ventilator, police said.",
        "Ivo Brandt, the night manager, had not yet regained consciousness and was on a ventilator.",
        "Ivo Brandt, the night manager, regained consciousness on Friday and was taken off the ventilator.",
    ), 1):
        (tmp_path / f"report{number}.md").write_text(f"---\noutlet: Report {number}\n---\n{LEAK}{body}\n", encoding="utf-8")
    dossier = load_dossier(tmp_path)
    links = [link for link in find_links(dossier, {a.id: segment_article(a) for a in dossier.articles}) if link.confident]
    told = [{p.article for p in link.passages} for link in links if any("conscious" in dossier.article(p.article).text(p) for p in link.passages)]
    assert told == [{"report1", "report2"}]


def test_the_ing_form_of_a_short_verb_meets_its_past_not_its_noun():
    assert stem("firing") == stem("fired") == stem("firings") != stem("fire")
    assert stem("hiring") == stem("hired") and stem("naming") == stem("named") != stem("name")
    assert stem("taking") == stem("took") == stem("take")  # an irregular past meets its base already
    assert stem("thing") == stem("things") != stem("the") and stem("ring") != stem("rang")  # no verb, or its own base


def test_words_of_one_meaning_meet():
    assert stem("quake") == stem("temblor") == stem("earthquake")
    assert stem("rattled") == stem("shakes") == stem("shook")
    assert stem("dropped") == stem("fell") == stem("falls")
    assert stem("strengthened") == stem("rose") == stem("rises")
    assert stem("canned") == stem("sacked") == stem("fired") != stem("fire")
    assert stem("dead") == stem("killed") == stem("kills")


def test_taking_over_meets_a_replacement(tmp_path):
    fired = "Gulls manager Dale Morrow was let go on Monday, and {} will be a former Orvane Rovers manager..."
    replaced = ("Owner Ada Pell shook up the Gulls' dugout once more, easing out Dale Morrow after a single year and bringing in "
                "Lyle Brook, the Gulls' former captain and a fan favourite, as Morrow's replacement.")
    assert _judged(tmp_path / "over", fired.format("taking over"), replaced)[2]
    assert not _judged(tmp_path / "charge", fired.format("in charge"), replaced)


def test_take_over_is_a_succession_only_before_from_for_as():
    def verb(text):
        tokens = tokenize(text)
        return next((v for i in range(len(tokens)) if (v := phrase_verb(tokens, i))), None)

    assert verb("Lyle Brook will take over from Dale Morrow.") == verb("Brook took over as manager.") == "replace"
    assert verb("Haskell took over the rival lender last year.") is None  # bought it: no succession
    assert verb("He was young when he took over, the fans said.") is None


def _judged(folder, *bodies: str):
    """The judge's verdict on the last sentences of the first two reports."""
    folder.mkdir()
    for number, body in enumerate(bodies, 1):
        (folder / f"report{number}.md").write_text(f"---\noutlet: Report {number}\n---\n{body}\n", encoding="utf-8")
    dossier = load_dossier(folder)
    whole, _, weights, df, names = units.prepare(dossier, {a.id: segment_article(a) for a in dossier.articles})
    last = {unit.article: unit for unit in whole}
    return _judge(last[0], last[1], weights, frozenset(df), names)


def test_a_verb_between_the_same_names_makes_one_statement(tmp_path):
    """One verb of both, the same name before it and another after it (``confidence.same_roles``), the
    subject perhaps a description standing for the name: who did what to whom is told alike, though
    little else is shared. The names the other way round tell another thing."""
    told = "Lyle Brook is set to succeed departing captain Dana Whitlock at the harbour club, the owner announced at a crowded meeting on the quay."
    described = ("The club signed striker Lyle Brook on Friday. The 28-year-old striker will succeed Dana Whitlock, who said in May "
                 "that she was stepping down after a decade in the post and would coach the youth side.")
    assert _judged(tmp_path / "described", told, described)[1:3] == ("paraphrase", True)
    named = "Brook will succeed Dana Whitlock, who said in May that she was stepping down after a decade in the post."
    assert _judged(tmp_path / "named", told, named)[1:3] == ("paraphrase", True)
    swapped = "Dana Whitlock will succeed Brook, who said in May that he was stepping down after a decade in the post."
    assert _judged(tmp_path / "swapped", told, swapped)[1:3] == ("paraphrase", False)


def test_set_to_after_an_adverb_still_tells_what_will_be(tmp_path):
    """``is formally set to succeed`` tells what will be done, as ``is set to`` and ``will`` do
    (``confidence._roles``): an adverb between the verb ``be`` and ``set`` leaves it so."""
    told = "Lyle Brook is formally set to succeed departing captain Dana Whitlock at the harbour club, the owner announced at a crowded meeting on the quay."
    described = ("The club signed striker Lyle Brook on Friday. The 28-year-old striker will succeed Dana Whitlock, who said in May "
                 "that she was stepping down after a decade in the post and would coach the youth side.")
    assert _judged(tmp_path / "described", told, described)[1:3] == ("paraphrase", True)


def test_a_short_line_printed_alike_is_a_candidate(tmp_path):
    """A line of common words, reprinted word for word (``candidates.COPIED_WORDS``), meets its copy though it
    shares fewer than two uncommon terms with it."""
    first = ("The harbour master wrote in a note that the ferry captain asked her twice about the inquiry. "
             "She said, 'I will tell you what I know.'")
    second = ("In her note, released on Friday, the harbour master described a tense talk with the captain of the night ferry. "
              "She said, 'I will tell you what I know.'")
    assert ("verbatim", True) in _links(tmp_path, first, second)
