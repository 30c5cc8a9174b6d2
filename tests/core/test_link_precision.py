"""Links make statements, not background: hand-made reports that share names, nouns or a long proper
name without saying the same thing, and some that say one thing in other words (made-up names; no
corpus text)."""

from __future__ import annotations

import pytest

from reader.core.ingest.loading import load_dossier
from reader.core.links.align import find_links
from reader.core.text.segment import segment_article


def _found(folder, *bodies: str):
    for number, body in enumerate(bodies, 1):
        (folder / f"report{number}.md").write_text(f"---\noutlet: Report {number}\n---\n{body}\n", encoding="utf-8")
    dossier = load_dossier(folder)
    return find_links(dossier, {a.id: segment_article(a) for a in dossier.articles})


def _confident(folder, *bodies: str) -> list[bool]:
    """The confident links found, each ``True``: how many there are is what a test expects."""
    return [link.confident for link in _found(folder, *bodies) if link.confident]


def _links(folder, first: str, second: str):
    return [(link.kind, link.confident) for link in _found(folder, first, second)]


def test_a_long_shared_name_is_no_near_copy(tmp_path):
    """Both name one body word for word, then say different things about it."""
    assert ("near", True) not in _links(
        tmp_path,
        "Dale Morrow, leader of the Northfield Baptist Church of the Holy Cross in Lyle County, was charged with fraud on Monday.",
        "Members of the Northfield Baptist Church of the Holy Cross in Lyle County gathered for a vigil outside the courthouse.",
    )


HARBOURED = "Brenmoor Works, which long harboured plans to grow and hire engineers for its new plant, has 420 staff at 9 offices in Tolvy, Lyle, Orvane and the Harbour Quarter."
FOUNDED = "Founded by two brothers and headquartered in Tolvy, Brenmoor Works employs 420 staff at 9 offices in Tolvy, Lyle, Orvane and the Harbour Quarter."


def test_a_run_of_names_is_judged_alike_whichever_report_comes_first(tmp_path):
    """The long run both print is names and figures; one report uses a word of a name as its own verb
    elsewhere (``harboured plans``): the run makes no near copy from either side, so the verdict on the two
    sentences does not hang on which is judged first (it did: near one way round, paraphrase the other)."""
    one, other = tmp_path / "one", tmp_path / "other"
    one.mkdir()
    other.mkdir()
    assert _links(one, HARBOURED, FOUNDED) == _links(other, FOUNDED, HARBOURED) == [("paraphrase", True)]


def test_a_run_with_a_verb_of_both_is_still_a_near_copy(tmp_path):
    """Must stay: a long run both read a verb in (``will travel to``) is a statement copied, a near copy either way round."""
    first = "Speaking after a long meeting with the board, Dale Morrow will travel to Lyle County with 40 staff on Monday to open the plant."
    second = "The union said on Sunday that Dale Morrow will travel to Lyle County with 40 staff on Monday to open the plant, amid protests."
    one, other = tmp_path / "one", tmp_path / "other"
    one.mkdir()
    other.mkdir()
    assert _links(one, first, second) == _links(other, second, first)
    assert _links(one, first, second)[0][0] == "near"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            "The dam gave way after three days of heavy rain and flooded the lower valley, officials said on Monday.",
            "Rescuers said the dam gave way after three days of heavy rain and flooded the lower valley.",
            id="what-happened",
        ),
        pytest.param(
            "Premier Dale Morrow will travel to the Republic of Lyle in July, his office confirmed on Thursday.",
            "Premier Dale Morrow will travel to the Republic of Lyle on July 13 to hold talks with its president, "
            "after months of turned-down invitations.",
            id="names-and-a-verb",
        ),
    ],
)
def test_a_long_shared_run_saying_what_happens_is_a_near_copy(tmp_path, first, second):
    assert _links(tmp_path, first, second) == [("near", True)]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            "Police said they located Dale Morrow on the coastal highway north of the suburban warehouse where the shootings took place.",
            "Dale Morrow had been arrested after a chase along the coastal highway hours after the shootings at the suburban warehouse.",
            id="names-and-nouns-around-other-verbs",
        ),
        pytest.param(
            "The two neighbours agreed to televise the harbour summit live.",
            "Envoys prepared the harbour summit between the two neighbours.",
            id="a-figure-after-the-only-refers",
        ),
        pytest.param(
            "During the raid five Mark 4 carbines, 16 clips and 250 cartridges were taken from the smugglers.",
            "So far the coastguard has taken 11 Mark 4 carbines, 40 clips and 870 cartridges from smugglers.",
            id="other-figures-of-the-same-things",
        ),
        pytest.param(
            "Dale Morrow, once a stage actor, is best known for his role as a ferry captain on the radio serial Quay Street.",
            "Festival picks its new host: the veteran of Quay Street best known for his role as the ferry captain",
            id="one-description-of-whom-they-tell-of",
        ),
    ],
)
def test_two_passages_telling_of_other_happenings_make_a_weaker_link(tmp_path, first, second):
    assert _links(tmp_path, first, second) == [("paraphrase", False)]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            "Police said they arrested Dale Morrow on the coastal highway north of the suburban warehouse where the shootings took place.",
            "Dale Morrow had been arrested after a chase along the coastal highway hours after the shootings at the suburban warehouse.",
            id="a-shared-verb",
        ),
        pytest.param(
            "The coastguard thwarted a raid on the cargo ships, apprehending the smugglers and confiscating their rifles near the strait.",
            "A patrol boat foiled an attack on cargo ships near the strait, capturing several smugglers and confiscating rifles.",
            id="a-shared-participle",
        ),
        pytest.param(
            "The port workers strike lasted 40 days and cost the harbour its export season, union leaders conceded at a rally.",
            "After 40 days of the port workers strike the harbour lost its export season to rival terminals upriver.",
            id="one-figure-of-the-same-thing",
        ),
        pytest.param(
            "Dale Morrow joined the Harbour Hawks in 1990 after they drafted him in the second round.",
            "Dale Morrow was a second-round pick of the Harbour Hawks in 1990 and stayed for nine seasons.",
            id="a-rank-in-a-compound-word",
        ),
        pytest.param(
            "Weeks of shelling ended with a council-brokered truce, under which the rebels gave up the ridge, signed in November.",
            "A council-brokered truce last November froze the rebels gains along the ridge.",
            id="the-same-month",
        ),
        pytest.param(
            "On Friday the envoy will meet with Governor Dale Morrow for bilateral talks.",
            "The envoy will hold bilateral talks with Governor Morrow during the trip.",
            id="the-noun-a-light-verb-takes",
        ),
    ],
)
def test_two_passages_telling_of_one_happening_in_other_words_are_linked(tmp_path, first, second):
    assert _links(tmp_path, first, second) == [("paraphrase", True)]


SENTENCES = "The convicted guards received prison terms of between six and 40 years for the jailbreak."


@pytest.mark.parametrize(
    "third",
    [
        pytest.param("Five of the guards were convicted and received prison terms of seven to 40 years for the jailbreak.",
                     id="other-figures-of-one-thing"),
        pytest.param("The commander of the convicted guards may receive 90-years in prison for the jailbreak.",
                     id="a-figure-counting-in-its-own-word"),
    ],
)
def test_a_passage_giving_other_figures_leaves_the_link(tmp_path, third):
    """Two reports print one sentence; a third paraphrases it with other figures of the same things
    and tells another fact: it stays out of the confident link."""
    links = _found(tmp_path, SENTENCES, SENTENCES, third)
    assert [len(link.passages) for link in links if link.confident] == [2]


OTHERS = "Eleven other prison guards were charged with theft and bribery after the audit."


def test_a_passage_about_the_one_the_others_are_not_leaves_the_link(tmp_path):
    """Two reports tell of the other guards; a third of their governor, in the same words otherwise."""
    links = _found(tmp_path, OTHERS, OTHERS, "The prison governor is charged with theft and bribery after the audit.")
    assert [len(link.passages) for link in links if link.confident] == [2]


@pytest.mark.parametrize(
    ("core", "third"),
    [
        pytest.param(OTHERS, "The other prison guards face charges of theft and bribery after the audit.", id="also-of-the-others"),
        pytest.param(
            "The customs inspectors also found plenty of other gear like grapnels, nets and ropes aboard the smugglers boat.",
            "We also found grapnels, nets and ropes aboard the smugglers boat, the customs inspectors said.",
            id="other-things-after-the-verb",
        ),
    ],
)
def test_a_passage_saying_what_the_others_do_stays_in_the_link(tmp_path, core, third):
    assert [len(link.passages) for link in _found(tmp_path, core, core, third) if link.confident] == [3]


def test_three_passages_telling_of_other_happenings_make_a_weaker_link(tmp_path):
    """Three reports put one name, road and place around three other verbs: none tells what another does."""
    links = _found(
        tmp_path,
        "Police said they located Dale Morrow on the coastal highway north of the suburban warehouse where the shootings took place.",
        "Dale Morrow had been arrested after a chase along the coastal highway hours after the shootings at the suburban warehouse.",
        "A trucker spotted Dale Morrow on the coastal highway a day after the shootings at the suburban warehouse.",
    )
    assert [(len(link.passages), link.confident) for link in links] == [(3, False)]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            "A Harbour County jury found Dale Morrow guilty on Thursday of two counts of murder in the shooting death of his neighbour.",
            "Prosecutors have charged Dale Morrow with two counts of murder in the shooting death of his neighbour at the marina.",
            id="a-verdict-and-a-charge-about-one-shooting",
        ),
        pytest.param(
            "Dale Morrow was found guilty on Thursday of both murder charges over the killing of a Lyle County widow and her nephew.",
            "Dale Morrow has pleaded not guilty to both murder charges over the killing of a Lyle County widow and her nephew.",
            id="a-verdict-and-a-plea",
        ),
        pytest.param(
            "A Harbour County jury found ferry union leader Dale Morrow guilty on Thursday of two counts of murder in the death of his neighbour.",
            "Prosecutors have charged ferry union leader Dale Morrow with two counts of murder in the death of his neighbour at the marina.",
            id="a-verdict-naming-him-at-length",
        ),
    ],
)
def test_a_verdict_is_another_stage_than_a_charge_or_a_plea(tmp_path, first, second):
    """A verdict (``found ... guilty``, no verb of its own), a charge and a plea about the same deaths are
    other stages of the story (``_stages``), though most of their words are alike."""
    assert not [link for link in _found(tmp_path, first, second) if link.confident]


TITLE = "Dale Morrow, executive vice president and chief of the freight division"
PILOTS = "The harbour pilots say they will walk out again if their problems with the new rosters are not fixed soon."
FIRST_QUOTE = f'"The port is the backbone of trade for the whole coast and a lifeline for its towns," {TITLE}, said in a statement.'


def test_two_quotations_of_one_speaker_are_two_statements(tmp_path):
    """A passage that is mostly a quotation says what is quoted (``_other_quotations``): who said it, with
    what title and where is its frame."""
    other = f'"Buying the ferry line lets the company serve its customers along the coast from one desk," {TITLE}, said in a statement.'
    assert not [link for link in _found(tmp_path, FIRST_QUOTE, other) if link.confident]


def test_the_occasion_of_a_quotation_is_not_what_was_said(tmp_path):
    """Both reports open alike (one link); then one tells of a meeting, the other quotes what was said at it."""
    links = _found(
        tmp_path,
        f"{PILOTS} Morrow held a Harbour Hall meeting with Lyle where they discussed the pilots.",
        f'{PILOTS} "If the pilots walk out again, the port will face worse trouble than it has ever known," Morrow said '
        "during a meeting with Lyle in Harbour Hall.",
    )
    assert [link.kind for link in links if link.confident] == ["verbatim"]


def test_a_quotation_of_other_words_leaves_the_copies_of_one(tmp_path):
    """Two reports print one quotation; a third quotes the same man, under the same long title, saying something else."""
    other = f'"Ferry traffic is a key focus for the freight team," says {TITLE}.'
    links = _found(tmp_path, FIRST_QUOTE, FIRST_QUOTE.replace("said in a statement", "said"), other)
    assert [len(link.passages) for link in links if link.confident] == [2]


def test_one_quotation_reworded_is_still_linked(tmp_path):
    """Two translations of one remark share a run of its words: one statement."""
    links = _found(
        tmp_path,
        '"Working side by side we will manage to do real good for the harbour and its fishermen," Mayor Dale Morrow said at the opening ceremony.',
        '"It is by working side by side that we will manage to do real good for our harbour and for the fishermen," Morrow said in remarks at the ceremony.',
    )
    assert [link.confident for link in links] == [True]


DESCRIPTION = ("The Harbour 7 ferry joins a quiet hybrid engine and a wide cargo deck with the comfort of the Harbour 3 cabin "
               "design that island passengers ask for.")
PRAISE = ('"With the strong blend of the new Harbour 3 cabin design, the quiet hybrid engine and the best cargo deck on '
          'the coast, the Harbour 7 ferry will be a fine option for our island passengers," said Dale Morrow, head of sales.')


def test_a_description_and_a_quotation_both_reports_print_are_two_statements(tmp_path):
    """Two reports reprint one press release: a description of the product and an executive's praise of it in
    like words. Each report prints both, so they are two statements: each is linked to its copy, not to the other."""
    links = _found(tmp_path, f"{DESCRIPTION} {PRAISE}", f"{DESCRIPTION} {PRAISE}")
    assert [link.kind for link in links if link.confident] == ["verbatim", "verbatim"]


@pytest.mark.parametrize(
    ("description", "confident"),
    [
        pytest.param("The Vantor X2 pairs a full Vantor keyboard and a touchscreen with the speed of the new Vantor platform "
                     "and its long-standing security for business customers.", False, id="told-by-the-report"),
        pytest.param("With the speed of the new Vantor platform, its long-standing security and a full Vantor keyboard, the "
                     "Vantor X2 will be a great phone option for its business customers, the carrier said.", True, id="reported"),
    ],
)
def test_a_description_is_not_an_executive_speaking_of_it(tmp_path, description, confident):
    """A report's own description of a product and an executive's praise of it in the first person (``our
    customers``) in like nouns are two statements (``_other_quotations``); the praise reported (``the
    carrier said``) is the same one."""
    praise = ('"With the speed of the new Vantor platform, its long-standing security and a full Vantor keyboard, the '
              'Vantor X2 will be a great phone option for our business customers."')
    assert [link.confident for link in _found(tmp_path, description, praise)] == [confident]


@pytest.mark.parametrize(
    ("second", "confident"),
    [
        pytest.param("In 1995 Dale Morrow became the first woman from Lyle County to be named to the board of the Harbour "
                     "Medical Association.", False, id="another-first"),
        pytest.param("Dale Morrow was the first woman from Lyle County to lead the state bar association, serving three terms.",
                     True, id="the-same-first"),
    ],
)
def test_the_first_to_do_one_thing_is_not_the_first_to_do_another(tmp_path, second, confident):
    """Who was first is alike; what she was first to do says which first it is (``_other_firsts``)."""
    first = "Dale Morrow was the first woman from Lyle County to lead the state bar association, and she won a harbour award last year."
    assert [link.confident for link in _found(tmp_path, first, second)] == [confident]


CLOSED = "Governor Dale Morrow has closed the north pier of Lyle harbour to fishing boats until June after the storm damage."


@pytest.mark.parametrize(
    ("first", "second", "confident"),
    [
        pytest.param(
            "Governor Dale Morrow was considering whether to permanently close the north pier of Lyle harbour to fishing "
            "boats after the storm damage.",
            CLOSED, [False], id="weighed-and-done",
        ),
        pytest.param(
            "Governor Dale Morrow was still considering whether to permanently exempt Lyle and Kestrelton from the harbour fees "
            "that his office imposed in March.",
            "Governor Dale Morrow imposed harbour fees of 10 percent on fishing boats in March but granted temporary "
            "exemptions to Kestrelton and Lyle.",
            [False], id="weighed-after-an-adverb",
        ),
        pytest.param(
            "Several of the questions seen by the paper concern the governor's decision to close the north pier of "
            "Lyle harbour to fishing boats.",
            CLOSED, [False], id="asked-about-and-done",
        ),
        pytest.param(
            "Governor Dale Morrow was considering whether to reopen the harbour, and closed the north pier of Lyle harbour "
            "to fishing boats that the storm damaged.",
            "Governor Dale Morrow has closed the north pier of Lyle harbour to fishing boats that the storm damaged.",
            [True], id="done-in-a-clause-of-its-own",
        ),
    ],
)
def test_a_decision_weighed_is_not_a_decision_taken(tmp_path, first, second, confident):
    """A passage telling as still weighed (``was considering whether to``) or asked about (``the questions
    surround``) what the other tells as done makes another statement (``_other_modes``); the same deed in a
    clause of its own still links."""
    assert [link.confident for link in _found(tmp_path, first, second)] == confident


SHOOK = '"The crash shook the whole town. '


@pytest.mark.parametrize(
    "who",
    [
        pytest.param("said the cyclist's uncle, Dale Morrow.", id="a-verb-then-who-and-a-name"),
        pytest.param("the cyclist's uncle said at the vigil.", id="who-a-verb-and-where"),
    ],
)
def test_who_spoke_after_a_quotation_is_no_statement(tmp_path, who):
    """Two reports quote one man saying two things, each second sentence closing on who he is: only the
    sentence both quote is linked (``only_attribution``, ``_attribution_tail``)."""
    links = _found(
        tmp_path,
        f'{SHOOK}We want the bypass road built before winter," {who}',
        f'{SHOOK}Nobody here will forget the young cyclist," {who}',
    )
    assert [(link.passages[0].start, link.passages[0].end) for link in links] == [(0, 32)]


@pytest.mark.parametrize(
    ("first", "second", "confident"),
    [
        pytest.param(
            "The ministry announced the appointment of Judge Dale Morrow to oversee the inquiry into the collapse of the "
            "Lyle harbour bridge in May.",
            "Judge Dale Morrow has sent forty written questions to the port authority within his inquiry into the "
            "collapse of the Lyle harbour bridge.",
            False, id="other-verbs-around-it",
        ),
        pytest.param(
            "Judge Dale Morrow has opened an inquiry into the collapse of the Lyle harbour bridge after the storm.",
            "An inquiry into the collapse of the Lyle harbour bridge was opened by Judge Dale Morrow on Monday.",
            True, id="one-verb-of-both",
        ),
    ],
)
def test_one_background_phrase_with_other_verbs_is_two_statements(tmp_path, first, second, confident):
    """Both name what the story is about (``the inquiry into ...``) and say other things of it: an
    appointment to the inquiry is not questions sent in it (``_background_only``)."""
    assert [link.confident for link in _found(tmp_path, first, second)] == [confident]


def test_a_name_read_as_a_verb_names_no_action(tmp_path):
    """A name after ``to`` is read as a verb (``brought to Tennessee County``); ending like a noun of action
    (``-ee``), it must not tie an arrest to where the suspect was taken (``judging._named_action``)."""
    assert _links(
        tmp_path,
        "Dale Morrow was arrested on Monday afternoon after leading deputies on a chase along Route 9 in Tennessee County.",
        "A spokesman said Dale Morrow was being brought to Tennessee County, since its officers had made the arrest.",
    ) == [("paraphrase", False)]


@pytest.mark.parametrize(
    ("second", "confident"),
    [
        pytest.param("The other men, whose names were not released, face charges of smuggling and bribery at the port.", [], id="the-others-and-he"),
        pytest.param("In Lyle County, Dale Morrow faces charges of smuggling and bribery at the port.", [True], id="he-named"),
    ],
)
def test_what_the_others_face_is_not_what_he_faces(tmp_path, second, confident):
    """One report tells that he faces charges, another that the other men face the like (``_other_subjects``):
    other people; told of him by name, the same charges link."""
    first = "Dale Morrow, where he was arraigned on Monday, faces charges of smuggling and bribery at the port."
    assert _confident(tmp_path, first, second) == confident


@pytest.mark.parametrize(
    ("first", "confident"),
    [
        pytest.param("Dale Morrow is charged with smuggling cigarettes and bribing officers at the port.", [], id="named-alone"),
        pytest.param("Morrow and two other men face charges of smuggling cigarettes and bribing officers at the port.",
                     [True], id="named-among-them"),
        pytest.param("Four more Lyle County guards face charges of smuggling cigarettes and bribing officers at the port.",
                     [True], id="a-plural-may-be-them"),
        pytest.param("Dale Morrow and Ivo Marsh face charges of smuggling cigarettes and bribing officers at the port.",
                     [True], id="two-named-may-be-them"),
    ],
)
def test_what_the_others_face_is_not_what_one_named_faces(tmp_path, first, confident):
    """The other men face the charges one named report tells of him (``_other_subjects``' ``_named_alone``):
    other people. Others the passage names among them, counts by a plural or names two of, may be them."""
    second = "The other men face charges of smuggling cigarettes and bribing officers at the port."
    assert _confident(tmp_path, first, second) == confident


@pytest.mark.parametrize(
    ("first", "confident"),
    [
        pytest.param("A farmer from Lyle County phoned the harbour police after hearing on the local radio a "
                     "description of the grey Vantor pickup with a red roof rack.", [], id="described-only-in-background"),
        pytest.param("Harbour police described the grey Vantor pickup as one with a red roof rack, a farmer from "
                     "Lyle County said.", [True], id="described-as-the-statement"),
    ],
)
def test_what_one_heard_before_is_not_what_the_other_tells(tmp_path, first, confident):
    """One report tells of a farmer calling the police, the description of the van only a clause of what
    came before (``after hearing ...``); the other tells the description (``_background_of_one``)."""
    second = "The grey Vantor pickup was described by harbour police as one with a red roof rack."
    assert _confident(tmp_path, first, second) == confident


@pytest.mark.parametrize(
    ("second", "confident"),
    [
        pytest.param("The tremor struck at 4:10 a.m., about 9 miles west of Kestrelton, on the Lyle Ridge fault with "
                     "a depth of 6 miles.", [], id="another-depth"),
        pytest.param("The tremor struck at 4:10 a.m., about 9 miles west of Kestrelton, on the Lyle Ridge fault with "
                     "a depth of 0.6 miles.", [True], id="the-same-depth"),
    ],
)
def test_another_figure_of_one_measure_is_another_statement(tmp_path, second, confident):
    """Both give the distance alike and a depth in miles, one of them ten times the other (``_other_measures``):
    not one statement, though every other word is alike."""
    first = "The tremor struck at 4:10 a.m. about 9 miles west of Kestrelton and had a depth of 0.6 miles."
    assert _confident(tmp_path, first, second) == confident


@pytest.mark.parametrize(
    ("first", "confident"),
    [
        pytest.param("The ferry captain Dale Morrow will succeed Lyle Brook, who announced in March that she was leaving "
                     "the harbour board after twelve years.", [], id="told-of-whom-a-relative-clause-describes"),
        pytest.param("The ferry captain Lyle Brook announced in March that she was leaving the harbour board after "
                     "twelve years.", [True], id="told-as-the-statement"),
    ],
)
def test_what_a_relative_clause_tells_of_someone_is_not_the_statement(tmp_path, first, confident):
    """One report tells who will succeed her, her departure only a relative clause set off by a comma
    (``Unit.relatives``, ``_told_main``); the other tells the departure."""
    second = "It was first said in March that Lyle Brook would be leaving the harbour board."
    assert _confident(tmp_path, first, second) == confident


@pytest.mark.parametrize(
    ("first", "second", "passages"),
    [
        pytest.param("The Kestrel Line purchase, expected to close within weeks, will double the harbour fleet.",
                     "The purchase of Kestrel Line is expected to close within weeks, the company said on Friday.", [],
                     id="a-participle-s-aside"),
        pytest.param("The Kestrel Line purchase, expected to close in May, will double the harbour fleet.",
                     "The purchase of Kestrel Line is expected to close in May, the company said on Friday.",
                     [["The Kestrel Line purchase, expected to close in May",
                       "The purchase of Kestrel Line is expected to close in May, the company said on Friday."]],
                     id="a-dated-aside-linked-alone"),
        pytest.param("Harbour officials said the purchase of Kestrel Line was expected to close in May.",
                     "The purchase of Kestrel Line is expected to close in May, the company said on Friday.",
                     [["Harbour officials said the purchase of Kestrel Line was expected to close in May.",
                       "The purchase of Kestrel Line is expected to close in May, the company said on Friday."]],
                     id="told-as-the-statement"),
    ],
)
def test_what_a_participle_set_off_by_commas_tells_of_the_subject_is_not_the_statement(tmp_path, first, second, passages):
    """One report tells what the purchase does for the fleet, its closing only a participle's aside after the subject
    (``units._participle_asides``); the other tells when it is expected to close. The sentence is never linked
    whole for it; a dated aside is a passage of its own (``units._subject_aside_end``), and only it is linked."""
    links = [link for link in _found(tmp_path, first, second) if link.confident]
    dossier = load_dossier(tmp_path)
    assert [[dossier.article(p.article).text(p) for p in link.passages] for link in links] == passages


@pytest.mark.parametrize(
    ("first", "confident"),
    [
        pytest.param("Prosecutors have promised to play a recording of the harbour master's radio call before resting their case.",
                     [], id="promised"),
        pytest.param("Prosecutors also played a recording of the harbour master's radio call before resting their case.",
                     [True], id="played"),
    ],
)
def test_a_promise_to_do_is_not_the_deed(tmp_path, first, confident):
    """``promised to play`` is not yet ``played`` (``TENTATIVE``, ``_other_modes``)."""
    second = "On Tuesday prosecutors played a recording of the harbour master's radio call to the jury."
    assert _confident(tmp_path, first, second) == confident


@pytest.mark.parametrize(
    ("second", "confident"),
    [
        pytest.param("The charge against Dale Morrow in Lyle County is a first-degree count of smuggling a rare parrot.",
                     [], id="one-count"),
        pytest.param("In Lyle County Dale Morrow faces three counts of smuggling rare parrots across the border.",
                     [True], id="three-counts"),
    ],
)
def test_one_count_is_not_three(tmp_path, second, confident):
    """Three counts of smuggling parrots are not a count of smuggling a parrot (``_one_and_many``)."""
    first = "Dale Morrow is charged with three counts of smuggling rare parrots through the port of Lyle County."
    assert _confident(tmp_path, first, second) == confident


def test_a_verb_of_both_tells_the_happening_though_capitalised_elsewhere(tmp_path):
    """``founded`` / ``since its founding``: a verb of both passages is what both tell even when the
    dossier capitalises its term often enough to count it a name (``Founder and Chair``), so the one
    telling it only in a background clause says something else (``_background_of_one``)."""
    from reader.core.links.telling_apart import told_apart
    from reader.core.links.units import prepare

    _found(tmp_path, "Dr. Morrow, the first woman to chair the county bar, founded the Lyle Harbour Trust in Kestrelton in 1992.",
           "She completed her training at the Kestrelton Marine College in 1988 and has served as head of the Lyle Harbour "
           "Trust since its founding in 1992.")
    dossier = load_dossier(tmp_path)
    whole, _, weights, _, names = prepare(dossier, {a.id: segment_article(a) for a in dossier.articles})
    assert told_apart(whole[0], whole[1], weights, names | {"found"})


FRAMED = "Morrow's decision came just days before a planned summit meeting with the Lyle harbour board in Kestrelton"
MEETS = "Mayor Dale Morrow is scheduled to meet with the Lyle harbour board at a summit in Kestrelton next Friday."


@pytest.mark.parametrize(
    ("first", "confident"),
    [
        pytest.param(FRAMED, [False], id="only-a-time-frame"),
        pytest.param(f"{FRAMED}; Morrow also plans to sit down with Governor Ada Brandt soon.", [False],
                     id="a-time-frame-then-another-meeting"),
        pytest.param("Mayor Dale Morrow will meet with the Lyle harbour board at a summit in Kestrelton next Friday, just "
                     "days before the budget vote.", [True], id="the-statement-then-a-time-frame"),
    ],
)
def test_what_came_days_before_a_summit_is_not_the_summit(tmp_path, first, confident):
    """``came just days before a planned summit``: after the passage's own verb, a span of time before
    ``before`` sets it against another happening, background to it (``_background_of_one``); the same words
    after the statement of the summit still link."""
    assert [link.confident for link in _found(tmp_path, first, MEETS)] == confident


@pytest.mark.parametrize(
    ("first", "confident"),
    [
        pytest.param("The singer and radio host made the announcement on her weekly podcast on Friday.", False, id="no-verb"),
        pytest.param("The singer and radio host will come back as host of the awards, she said on Friday.", True, id="a-verb"),
    ],
)
def test_a_lede_without_a_verb_is_no_main_fact(tmp_path, first, confident):
    """Two ledes sharing little are read as the dossier's main fact only when each tells something happening (a verb):
    ``made the announcement on Friday`` tells when and how of a fact told elsewhere."""
    from reader.core.links.judging import _judge
    from reader.core.links.units import prepare

    _found(tmp_path, first, "The singer Ada Brandt said on Friday that she would come back as host of the Lyle music awards in May.")
    dossier = load_dossier(tmp_path)
    whole, _, weights, df, names = prepare(dossier, {a.id: segment_article(a) for a in dossier.articles})
    assert _judge(whole[0], whole[1], weights, frozenset(df), names)[2] is confident


ASIDE = "deployed on harbour patrols in the Bay of Lyle under the operational command of the Northern Coast Guard"


@pytest.mark.parametrize(
    ("first", "confident"),
    [
        pytest.param(f"The cutter Vantor, currently {ASIDE}, was escorting a convoy of four fishing boats through the "
                     "northern channel when the storm broke.", [False], id="other-deeds"),
        pytest.param(f"The cutter Vantor, currently {ASIDE}, rescued eleven crew members from a sinking trawler on "
                     "Thursday night.", [True], id="the-same-deed"),
    ],
)
def test_a_shared_aside_is_no_near_copy_of_what_was_done(tmp_path, first, confident):
    """Two reports describe the ship alike in a long aside after its name, then tell other deeds (``_run_aside``)."""
    second = f"The patrol ship Vantor, {ASIDE}, rescued eleven crew members from a sinking trawler on Thursday."
    assert [link.confident for link in _found(tmp_path, first, second)] == confident


def test_a_bare_web_address_is_no_passage_to_link(tmp_path):
    """A line made only of an address (after ``sign up at:``) says nothing; the sentence holding it does."""
    address = "http: / / tickets. example-hall. org/spring-gala"
    links = _found(
        tmp_path,
        f"From May 4, members of the hall can sign up for the spring gala at:\n\n{address}",
        f"From May 4, members of the hall can sign up for the spring gala at {address}.",
    )
    assert not any(passage.start >= 0 and passage.end - passage.start == len(address) for link in links for passage in link.passages)


NAMED = "The Kestrelton harbour board named Ada Brandt as its new chair on Monday."


@pytest.mark.parametrize(
    ("first", "confident"),
    [
        pytest.param("Dozens of fishermen crowded onto the old quay of Kestrelton as Ada Brandt was named chair of the "
                     "harbour board.", [], id="told-beside-a-reaction"),
        pytest.param("Ada Brandt was named chair of the Kestrelton harbour board on Monday as dozens of fishermen crowded "
                     "onto the old quay.", [True], id="told-then-a-reaction"),
        pytest.param("Ada Brandt called herself a lifelong friend of the Kestrelton fishermen when named chair of the "
                     "harbour board on Monday.", [], id="told-in-a-when-clause"),
        pytest.param("Ada Brandt was named chair of the Kestrelton harbour board on Monday when the old chair stepped "
                     "down.", [True], id="told-then-when"),
    ],
)
def test_what_happened_beside_a_reaction_is_not_the_reaction(tmp_path, first, confident):
    """``fishermen crowded onto the quay as she was named chair``: a clause of ``as`` (or ``when`` before a
    participle: ``when named chair``) after the passage's own verb tells another happening beside what the
    passage says (``_told_beside``); told first, it links."""
    assert _confident(tmp_path, first, NAMED) == confident


@pytest.mark.parametrize(
    ("second", "confident"),
    [
        pytest.param("Morrow is the spiritual head of the Northfield Harbour Church of the Holy Lantern.", [False],
                     id="who-he-is"),
        pytest.param("On Friday Dale Morrow spoke to the jury for the first time.", [True], id="what-he-did"),
    ],
)
def test_who_someone_is_is_not_what_he_did(tmp_path, second, confident):
    """Two reports naming a man and his church alike share who he is: more names than other words, no
    verb of both (``confidence._alike``); told what he did, they link."""
    first = ("Dale Morrow, spiritual head of the Northfield Harbour Church of the Holy Lantern, spoke to the jury "
             "for the first time on Friday.")
    assert [link.confident for link in _found(tmp_path, first, second)] == confident


@pytest.mark.parametrize(
    ("first", "confident"),
    [
        pytest.param("Rival fishermen have long accused Dale Morrow of dumping old nets in the Lyle harbour channel.", [],
                     id="one-side-accuses"),
        pytest.param("Dale Morrow is accused of dumping old nets in the Lyle harbour channel last winter.", [True],
                     id="the-charge"),
    ],
)
def test_what_one_side_accuses_him_of_is_its_claim(tmp_path, first, confident):
    """``rivals have long accused him of dumping nets``: one side's standing claim, not the deed a report
    tells (``ACCUSING`` after ``have``, ``_other_modes``); ``he is accused of`` is the charge the story is
    about, and links."""
    second = "Dale Morrow dumped old nets in the Lyle harbour channel last winter, the port authority said."
    assert _confident(tmp_path, first, second) == confident


@pytest.mark.parametrize(
    ("first", "confident"),
    [
        pytest.param("Island residents can expect the Kestrelton harbour ferry to run again later in May.", [False], id="may"),
        pytest.param("Island residents can expect the Kestrelton harbour ferry to run again in June.", [True], id="june"),
    ],
)
def test_other_months_are_other_times(tmp_path, first, confident):
    """``to run again in June`` / ``later in May``: both name a month, none the same (``_other_months``)."""
    second = "The Kestrelton harbour ferry is expected to run again for island residents in June at a fare of $4."
    assert [link.confident for link in _found(tmp_path, first, second)] == confident


def test_may_as_a_verb_is_no_month():
    """``may`` and ``march`` are months only where a month stands (``in May``, ``March 4``)."""
    from reader.core.links.telling_apart import _months
    from reader.core.links.units import Unit
    from reader.core.model import Span

    def unit(text: str) -> Unit:
        return Unit(0, 0, Span("a", 0, 1), tuple(text.split()), (), frozenset(), frozenset(), frozenset(), False, 0, frozenset(), False)

    assert _months(unit("the ferry may run in june")) == {"june"}
    assert _months(unit("protesters march on the harbour in may")) == {"may"}
    assert _months(unit("the vote on march 4")) == {"march"}


@pytest.mark.parametrize(
    ("first", "confident"),
    [
        pytest.param("Another harbour pilot, Lyle Brook, was suspended early in May for steering a tanker without a valid "
                     "licence.", [False], id="another-named"),
        pytest.param("Another pilot of the harbour, Dale Morrow, has been suspended for steering a tanker without a licence "
                     "on Friday.", [True], id="the-same-man"),
    ],
)
def test_another_man_suspended_is_not_him(tmp_path, first, confident):
    """``Another pilot, Lyle Brook, was suspended`` tells of someone the other report, about Dale Morrow, does
    not name (``_another_named``); naming Morrow, it is the same suspension."""
    second = "Senior harbour pilot Dale Morrow was suspended early on Friday for steering a tanker without a valid licence."
    assert [link.confident for link in _found(tmp_path, first, second)] == confident


@pytest.mark.parametrize(
    ("first", "confident"),
    [
        pytest.param("The three Kestrelton harbour pilots that refused the night shifts on the ferry route said on Friday "
                     "they were glad the new rota was out.", [False], id="which-pilots"),
        pytest.param("The three Kestrelton harbour pilots refused the night shifts on the ferry route and said on Friday "
                     "they were glad the new rota was out.", [True], id="what-they-did"),
    ],
)
def test_a_clause_telling_which_ones_is_background(tmp_path, first, confident):
    """``the pilots that refused the shifts said they were glad``: ``that`` after the subject tells which
    pilots, background to what they said (``_background_of_one``)."""
    second = "Three Kestrelton harbour pilots refused the night shifts on the ferry route last week, the port authority said."
    assert [link.confident for link in _found(tmp_path, first, second)] == confident


PLEDGED = "The Kestrelton harbour board pledged on Monday to close the old quay to trawlers from next spring."


@pytest.mark.parametrize(
    ("first", "confident"),
    [
        pytest.param("The harbour board's pledge to close the old quay to trawlers from next spring is a huge win for "
                     "the small fishermen of the valley.", [], id="a-view-of-the-pledge"),
        pytest.param("The harbour board's surprise announcement that it will close the old quay to trawlers from next "
                     "spring sounds like a victory for the small fishermen.", [], id="a-view-of-the-announcement"),
        pytest.param("The harbour board has pledged to close the old quay to trawlers from next spring, a huge win for "
                     "the small fishermen of the valley.", [True], id="the-pledge-told"),
    ],
)
def test_a_view_of_a_happening_is_not_the_happening(tmp_path, first, confident):
    """``the pledge to close the quay is a huge win``: the happening told only in the subject's clause, the
    statement a view of it (``_judged``); told as the statement, it links."""
    assert _confident(tmp_path, first, PLEDGED) == confident


@pytest.mark.parametrize(
    "first",
    [
        "The harbour master will be the board's choice to run the old quay, and the vote is due on Monday.",
        "Officials of the harbour noted in a statement that the board's pledge to close the old quay is firm.",
    ],
)
def test_a_noun_clause_inside_the_statement_is_no_subject(tmp_path, first):
    """After a verb (``will be``, ``noted``), the noun and its clause are what the passage states, no subject
    judged (``STATED``)."""
    from reader.core.links.telling_apart import _subject_clause
    from reader.core.links.units import prepare

    (tmp_path / "report1.md").write_text(f"---\noutlet: Report 1\n---\n{first}\n", encoding="utf-8")
    dossier = load_dossier(tmp_path)
    units = prepare(dossier, {a.id: segment_article(a) for a in dossier.articles})[0]
    assert [_subject_clause(unit) for unit in units] == [None]


CLAIMED = "In Kestrelton, Dale Morrow has claimed that he was the victim of a campaign by the harbour board."


@pytest.mark.parametrize(
    ("first", "confident"),
    [
        pytest.param("In Kestrelton, Dale Morrow's supporters claim he is the victim of a campaign by the harbour board.", [], id="his-supporters"),
        pytest.param("In Kestrelton, Morrow's lawyers said he was the victim of a campaign by the harbour board.", [], id="his-lawyers"),
        pytest.param("In Kestrelton, Dale Morrow claimed that he was the victim of a long campaign by the harbour board.", [True], id="he-himself"),
    ],
)
def test_what_his_supporters_claim_is_not_his_claim(tmp_path, first, confident):
    """``Morrow's supporters claim`` where the other report has ``Morrow has claimed``: other speakers of one
    claim (``_someone_of``)."""
    assert _confident(tmp_path, first, CLAIMED) == confident


CONVICTED = "In Kestrelton, a jury convicted Dale Morrow of setting fire to the harbour office in a dispute over berths."
SENTENCED = ("In Kestrelton, Dale Morrow was sentenced to ten years in prison, convicted of setting fire to the harbour office "
             "in a dispute over berths.")


def test_a_sentence_told_with_the_conviction_behind_it_is_another_stage(tmp_path):
    """``was sentenced, convicted of ...``: the participle after the comma tells a stage before the passage's own
    (``units._earlier_stages``, ``telling_apart._main_stages``); the conviction is linked in that clause only."""
    links = [link for link in _found(tmp_path, SENTENCED, CONVICTED) if link.confident]
    assert len(links) == 1
    text = (tmp_path / "report1.md").read_text(encoding="utf-8")
    passage = next(p for p in links[0].passages if p.article == "report1")
    assert "convicted" in text[passage.start:passage.end] and "sentenced" not in text[passage.start:passage.end]


def test_a_participle_after_a_sentence_opens_a_clause_of_its_own():
    from reader.core.links.units import _earlier_stages
    from reader.core.tokens import tokenize

    tokens = tokenize(SENTENCED)
    verbs = {i for i, t in enumerate(tokens) if t.norm in ("sentenced", "convicted")}
    assert [tokens[i].norm for i in _earlier_stages(tokens, verbs)] == ["convicted"]
    told = "In Kestrelton, Dale Morrow was arrested, handcuffed and taken to the harbour office."
    tokens = tokenize(told)
    assert _earlier_stages(tokens, {i for i, t in enumerate(tokens) if t.norm in ("arrested", "handcuffed")}) == []


CONVICTED_ON = "In Kestrelton, a jury convicted the trawler captain Dale Morrow of dumping nets in the old quay on Thursday."


@pytest.mark.parametrize(
    ("first", "confident"),
    [
        pytest.param("In Kestrelton, the trawler captain Dale Morrow, silent since his trial over the nets in the old quay "
                     "began last Thursday, addressed the jury on Friday.", [False], id="another-day"),
        pytest.param("In Kestrelton, a jury found the trawler captain Dale Morrow guilty on Friday of dumping nets in the "
                     "old quay.", [True], id="one-verdict-a-day-slipped"),
    ],
)
def test_what_he_did_on_another_day_is_another_happening(tmp_path, first, confident):
    """``addressed the jury on Friday`` / ``a jury convicted him on Thursday``: other days of their own (``last
    Thursday`` is not) and no happening alike (``_other_days``); one verdict told with a day slipped stays linked."""
    assert [link.confident for link in _found(tmp_path, first, CONVICTED_ON)] == confident


SUSPENDED = "In Kestrelton, the harbour board suspended the trawler captain Dale Morrow for dumping nets in the old quay."


@pytest.mark.parametrize(
    ("first", "confident"),
    [
        pytest.param("In Kestrelton, Dale Morrow is the third trawler captain this year to be suspended by the harbour board "
                     "for dumping nets in the old quay.", [], id="a-rank"),
        pytest.param("In Kestrelton, Dale Morrow was the first captain to be told off by the new harbour master and was "
                     "suspended by the harbour board for dumping nets in the old quay.", [True], id="a-rank-and-the-deed"),
    ],
)
def test_the_third_to_be_suspended_is_a_count_not_the_suspension(tmp_path, first, confident):
    """``is the third captain to be suspended``: the statement is a rank among others (``_ranked``); with the
    suspension told beside the rank (``and was suspended``), it is linked."""
    assert _confident(tmp_path, first, SUSPENDED) == confident


@pytest.mark.parametrize(
    ("first", "confident"),
    [
        pytest.param("In Kestrelton, three trawler captains were suspended by the harbour board for dumping nets in the old "
                     "quay.", [], id="three-others"),
        pytest.param("In Kestrelton, the trawler captains Dale Morrow and Lyle Brook were suspended by the harbour board for "
                     "dumping nets in the old quay.", [True], id="named-among-them"),
    ],
)
def test_three_captains_suspended_are_not_the_one_named(tmp_path, first, confident):
    """``three captains were suspended`` / ``the board suspended Dale Morrow``: people counted, not the one named
    (``_counted_named``); naming him among them, the suspension is his."""
    second = "In Kestrelton, Dale Morrow was suspended by the harbour board for dumping nets in the old quay."
    assert _confident(tmp_path, first, second) == confident


@pytest.mark.parametrize(
    ("first", "confident"),
    [
        pytest.param("Wardens at first kept the clerks in their offices but later evacuated the building, about "
                     "12 miles south of Kestrelton.", [False], id="evacuated-the-building-aside"),
        pytest.param("The harbour wardens said the office building stands about 12 miles south of Kestrelton.", [True],
                     id="where-it-stands"),
    ],
)
def test_a_place_added_after_a_comma_is_not_what_the_passage_tells(tmp_path, first, confident):
    """``evacuated the building, about 12 miles south of Kestrelton`` / ``the building is about 12 miles south of
    Kestrelton``: what both share is an aside of the first, which tells an evacuation (``_aside_shared``)."""
    second = "The harbour office building is about 12 miles south of Kestrelton."
    assert [link.confident for link in _found(tmp_path, first, second)] == confident


@pytest.mark.parametrize(
    ("first", "confident"),
    [
        pytest.param("A dock mechanic accused of wounding two deckhands and killing the purser of the Lyle ferry was "
                     "arraigned on Tuesday on murder charges.", [], id="what-the-case-is-about"),
        pytest.param("A dock mechanic wounded two deckhands and killed the purser of the Lyle ferry in Kestrelton on "
                     "Saturday, police said.", [True], id="the-attack-told"),
    ],
)
def test_what_a_case_is_about_is_not_its_stage(tmp_path, first, confident):
    """``accused of wounding ... and killing`` tells what the arraignment is about (``_stages_behind``): the passage's
    own stage is the arraignment, not the attack the other report tells."""
    second = "A dock mechanic shot and killed the purser of the Lyle ferry and wounded two deckhands on Saturday."
    assert _confident(tmp_path, first, second) == confident


@pytest.mark.parametrize(
    "first",
    [
        pytest.param("The van's driver was charged with manslaughter after officers said he hit and killed a cyclist on "
                     "the Kestrelton quay on Friday night.", id="after-the-charge"),
        pytest.param("A Lyle County man was charged over a collision that killed a cyclist on the Kestrelton quay on "
                     "Friday night.", id="a-relative-clause"),
        pytest.param("Officers are holding the van driver in custody over a collision that killed a cyclist on the Kestrelton quay on "
                     "Friday night.", id="in-custody"),
    ],
)
def test_a_death_told_behind_a_charge_or_an_arrest_is_not_the_death(tmp_path, first):
    """The death is what came before (``after ...``, ``a crash that killed``): the passage's statement is the charge
    or the arrest (``_stages_behind``; ``in custody`` tells an arrest), another stage than the death itself."""
    second = "A cyclist was struck and killed by a driver on the Kestrelton quay on Friday night, police said."
    assert not [link for link in _found(tmp_path, first, second) if link.confident]


def test_a_verdict_told_without_found_is_the_conviction(tmp_path):
    """``is guilty of murdering`` tells a verdict (``_verdict_of``), the stage of ``convicted ... in the shooting
    death``, whose death is what the case is about (``_stages_behind``): one statement, not a murder beside a conviction."""
    first = "The dock mechanic is guilty of murdering the ferry purser, a Lyle jury decided on Friday."
    second = "A Lyle jury convicted the dock mechanic in the shooting death of the ferry purser on Friday."
    assert [link.confident for link in _found(tmp_path, first, second)] == [True]


@pytest.mark.parametrize(
    ("first", "confident"),
    [
        pytest.param('"The harbour board has agreed to suspend all ferry tolls and close the old quay," Dale Morrow wrote '
                     "on Saturday.", [], id="another-source"),
        pytest.param('"The harbour board has agreed to suspend all ferry tolls and close the old quay," Lyle Brook wrote '
                     "on Saturday.", [True], id="the-same-source"),
    ],
)
def test_one_claim_from_two_named_sources_is_two_statements(tmp_path, first, confident):
    """One report quotes one man's message, the other tells what another announced (``_source_unnamed``): the
    claim is alike, its sources are not."""
    second = "Harbour board chair Lyle Brook announced the board will suspend ferry tolls and close the old quay."
    assert _confident(tmp_path, first, second) == confident


def test_a_deed_told_in_participles_is_not_the_arraignment_about_it(tmp_path):
    """The deed told after a comma in ``-ing`` words (no verb of a stage) is what the other report's arraignment is
    about (``_case_beside_deed``): the arraignment is a later step, not the deed."""
    first = ("A sacked deckhand accused of wounding two officers and killing the purser of the Lyle ferry was arraigned "
             "on Tuesday on murder charges.")
    second = ("A sacked deckhand returned to the Lyle ferry a week later and opened fire on the crew, wounding two officers "
              "and killing the purser.")
    assert not [link for link in _found(tmp_path, first, second) if link.confident]


def test_a_word_in_ing_before_a_name_tells_no_happening_both_share(tmp_path):
    """``visiting`` says who the premier is; the other report names the visit: the premier urging the council
    to keep the pier and the mayor planning to close it are two statements."""
    links = _found(
        tmp_path,
        "The visiting Premier Dale Morrow urged the harbour council to keep the old ferry pier open.",
        "Receiving Premier Dale Morrow for a visit at the harbour council, the mayor repeated her plan to close the old ferry pier.",
    )
    assert not [link for link in links if link.confident]


@pytest.mark.parametrize(
    ("second", "confident"),
    [
        pytest.param("The river Tamsk flooded the lower valley farms on Sunday night, burying forty fields and two mills "
                     "under mud, the weather bureau in Brindmoor reported.", [], id="each-its-own-point"),
        pytest.param("The river Tamsk flooded the lower valley farms.", [True], id="all-of-it-in-the-clause"),
    ],
)
def test_what_one_report_tells_only_in_a_when_clause_is_not_its_statement(tmp_path, second, confident):
    """One report's point is the prices, the flood only its ``when`` clause (``Unit.sides``,
    ``telling_apart._side_only``); the other tells when and what the flood buried, unless it says no more than the clause."""
    first = "Grain prices in Osterfell doubled when the river Tamsk flooded the lower valley farms, traders said."
    assert _confident(tmp_path, first, second) == confident


@pytest.mark.parametrize(
    ("second", "confident"),
    [
        pytest.param("Ines Parrow left the Holm Institute in June after a row over its funding of a glacier survey, "
                     "two colleagues wrote in a letter.", [], id="each-its-own-point"),
        pytest.param("Ines Parrow left the Holm Institute.", [True], id="all-of-it-in-the-clause"),
    ],
)
def test_what_a_relative_clause_with_no_comma_tells_is_not_the_statement(tmp_path, second, confident):
    """One report tells who the new curator is, her leaving only in a relative clause with no comma (``Unit.sides``)."""
    first = "The Varel museum named as its new curator Ines Parrow, a chemist who left the Holm Institute in June."
    assert _confident(tmp_path, first, second) == confident


@pytest.mark.parametrize(
    ("second", "confident"),
    [
        pytest.param("The audit of the Kellan harbour accounts ordered by the town treasurer in spring found a shortfall "
                     "of 3.2 million crowns.", [], id="a-figure-given"),
        pytest.param("Councillors are awaiting the audit of the Kellan harbour accounts ordered by the town treasurer "
                     "in spring.", [True], id="pending-in-both"),
    ],
)
def test_results_pending_are_not_results_given(tmp_path, second, confident):
    """One report says the audit is still pending, the other gives what it found (``telling_apart._pending_beside_value``):
    the state before and after, like a negation."""
    first = "The audit of the Kellan harbour accounts ordered by the town treasurer in spring is pending, councillors were told."
    assert _confident(tmp_path, first, second) == confident


MEMBERS = "Four crew members, including Dale Morrow, have admitted lying to the harbour inspectors about the fuel logs."


@pytest.mark.parametrize(
    ("first", "second", "confident"),
    [
        pytest.param(MEMBERS, "Lyle Brook, a deckhand on the ferry, admitted lying to the harbour inspectors about the fuel logs.",
                     [], id="one-named"),
        pytest.param(MEMBERS, "New questions center on Dale Morrow, the ferry's former captain, who has admitted lying to the "
                     "harbour inspectors about the fuel logs.", [], id="one-named-in-a-relative-clause"),
        pytest.param(MEMBERS, "The board noted that four crew members of the ferry have already admitted lying to harbour "
                     "inspectors about the fuel logs.", [True], id="the-same-group"),
        pytest.param("Two gunmen shot Dale Morrow outside his home in Harlow on Tuesday night.",
                     "Dale Morrow was shot outside his home in Harlow on Tuesday night by a pair of gunmen.", [True],
                     id="the-name-shot-in-the-passive"),
        pytest.param("Two officers arrested Dale Morrow at his flat in Kestrelton on Friday morning.",
                     "Dale Morrow was arrested at his flat in Kestrelton on Friday morning, police said.", [True],
                     id="the-name-arrested-in-the-passive"),
        pytest.param("The 25 councillors approved Dale Morrow's plan for the harbour wall on Monday.",
                     "Dale Morrow's plan for the harbour wall was approved by the council on Monday.", [True],
                     id="the-named-plan-approved"),
        pytest.param("Three nurses treated Dale Morrow at the scene before he was taken to Harlow hospital.",
                     "Dale Morrow was treated at the scene before he was taken to Harlow hospital.", [True],
                     id="the-name-treated-in-the-passive"),
    ],
)
def test_a_group_counted_is_not_one_of_its_members(tmp_path, first, second, confident):
    """``four crew members, including Dale Morrow, have admitted lying`` tells of a group; one member who admitted it,
    named (even among them), is another statement (``telling_apart._group_and_member``). A group that did it to the
    one named (``two gunmen shot Dale Morrow`` / ``Dale Morrow was shot``) tells one statement."""
    assert _confident(tmp_path, first, second) == confident


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param("Fire crews battled several blazes across the county overnight, including one at the Harlow flour mill.",
                     "Firefighters fought many fires in the region overnight, including one at the Harlow flour mill.",
                     id="blazes"),
        pytest.param("The storm damaged dozens of buildings in Kestrelton, including the town hall and the old lighthouse.",
                     "Scores of structures in Kestrelton were hit by the storm, including the town hall and the old "
                     "lighthouse.", id="storm"),
        pytest.param("Passengers faced long delays at Harlow airport, including a six-hour wait for the Corvel flight.",
                     "Travellers endured lengthy hold-ups at Harlow airport, including a six-hour wait for the Corvel "
                     "flight.", id="delays"),
    ],
)
def test_a_paraphrased_whole_with_one_example_is_one_statement(tmp_path, first, second):
    """Two heads in other words (a synonym verb, another plural) before the same example (``including``) tell one
    thing: sharing no verb or frame is what a paraphrase looks like, not a sign of two wholes."""
    assert _confident(tmp_path, first, second) == [True]


def test_an_everyday_verb_before_as_does_not_make_the_reaction_the_news(tmp_path):
    """``took to the forums as his replacement was unveiled`` tells the fans' reaction; ``take over`` shares only the everyday
    ``take`` with it before ``as`` (``telling_apart._told_beside``)."""
    links = _found(tmp_path, "Kestrelton fans took to the forums as Lyle Brook's replacement was unveiled.",
                   "Dale Morrow will take over from Lyle Brook at the Kestrelton ferry club.")
    assert not [link for link in links if link.confident]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param("The council's vote to close the old ferry quay sparks protests in Harlow",
                     "The council voted to close the old ferry quay, sparking protests in Harlow.", id="a-verb-also-a-noun"),
        pytest.param("Harlow council's plan to sell the old ferry quay to developers",
                     "Harlow council plans to sell the old ferry quay to developers.", id="a-headline-noun-phrase"),
        pytest.param("Mayor Dale Morrow's decision to close the old ferry quay",
                     "Mayor Dale Morrow decided on Monday to close the old ferry quay.", id="a-headline-decision"),
    ],
)
def test_a_noun_and_what_it_is_of_tells_the_statement(tmp_path, first, second):
    """A headline that is a noun phrase (``the council's plan to sell the quay``), or a sentence whose verb English has
    as a noun too (``sparks``), names the same deed the other report states: one statement."""
    assert _confident(tmp_path, first, second) == [True]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param("The audit of the harbour accounts did not show that Norvik pumps had been diverted to the mines.",
                     "Norvik pumps had been diverted to the mines, the board said.", id="not-shown"),
        pytest.param("His lawyer denied that Morrow had wounded a guard with a knife in the shop.",
                     "Morrow had wounded a guard with a knife in the shop, police said.", id="denied"),
        pytest.param("At the trial the prosecutors in Velden failed to prove that Morrow had wounded the guard with a knife.",
                     "Morrow wounded the guard with a knife, police said.", id="failed-to-prove"),
        pytest.param("Lawyers for the family of the guard hope to prove that Morrow had wounded him with a knife.",
                     "Morrow had wounded the guard with a knife, the court heard.", id="hoped"),
        pytest.param("The inquiry of the aviation board will try to establish that the pilot had fallen asleep at the controls.",
                     "The pilot had fallen asleep at the controls, a colleague told reporters.", id="will-try"),
        pytest.param("Detectives working on the case were unable to confirm that Morrow had wounded the guard.",
                     "Morrow wounded the guard, a witness said.", id="unable"),
        pytest.param("Detectives said the video from the shop across the street could show that a second man had wounded the guard.",
                     "A second man had wounded the guard, the video from the shop showed.", id="could-show"),
        pytest.param("It remains to be shown that the paper mill leaked chemicals into the river.",
                     "The paper mill leaked chemicals into the river, the agency said.", id="remains-to-be-shown"),
        pytest.param("His lawyer denied on Monday that Morrow had wounded a guard with a knife.",
                     "His lawyer said on Monday that Morrow had wounded a guard with a knife.", id="denied-vs-said"),
        pytest.param("The audit of the harbour accounts did not show that Norvik pumps had been diverted to the mines.",
                     "Norvik pumps had been diverted to the mines.", id="a-clause-copied-whole"),
    ],
)
def test_a_claim_denied_not_shown_or_open_is_not_the_claim(tmp_path, first, second):
    """One passage tells after a ``that`` framed as denied, not established or still open what the other
    asserts (``telling_apart.other_frames``): no confident link (main linked each confidently), though the
    bare claim is copied whole from the framed one (``judging._judge`` then judges no verbatim pair)."""
    assert _confident(tmp_path, first, second) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param("His lawyer denied that Morrow had wounded a guard with a knife in the shop.",
                     "Morrow's family denied that he had wounded a guard with a knife in the shop.", id="both-denied"),
        pytest.param("Lawyers for the family of the guard hope to prove that Morrow had wounded him with a knife.",
                     "Prosecutors hope to prove that Morrow had wounded the guard with a knife.", id="both-hoped"),
        pytest.param("Morrow denied the theft charges but admitted that he had wounded a guard with a knife.",
                     "Morrow had wounded a guard with a knife, police said.", id="a-denial-of-something-else"),
        pytest.param("The audit of the harbour accounts did not only show that Norvik pumps had been diverted to the mines.",
                     "Norvik pumps had been diverted to the mines, the board said.", id="not-only"),
        pytest.param("No one in Velden doubts that Morrow had wounded a guard with a knife in the shop.",
                     "Morrow had wounded a guard with a knife in the shop, police said.", id="no-one-doubts"),
        pytest.param("There is no doubt that Morrow had wounded a guard with a knife in the shop, police said.",
                     "Morrow had wounded a guard with a knife in the shop, a witness said.", id="no-doubt"),
        pytest.param('"I did not wound the guard," Morrow told the court in Velden on Monday.',
                     "Morrow told the court in Velden on Monday that he did not wound the guard.", id="quoted-vs-reported-denial"),
        pytest.param("His lawyer denied that Morrow had wounded a guard with a knife in the shop.",
                     "His lawyer denied that Morrow had wounded a guard with a knife in the shop.", id="a-copy"),
        pytest.param("The audit of the harbour accounts showed that Norvik pumps had been diverted to the mines.",
                     "Norvik pumps had been diverted to the mines, the board said.", id="shown"),
        pytest.param("Morrow, who did not resist arrest, had wounded a guard with a knife in the shop.",
                     "Morrow had wounded a guard with a knife in the shop, police said.", id="a-denial-in-an-aside"),
        pytest.param("A guard was wounded with a knife by Morrow in the shop, police said.",
                     "Morrow had wounded a guard with a knife in the shop, a witness said.", id="passive"),
    ],
)
def test_a_claim_framed_alike_or_asserted_still_links(tmp_path, first, second):
    """Must stay: both framed alike, a denial of something else, ``not only``, a doubt denied, an aside's
    ``not``, a passive: one confident link, as on main."""
    assert _confident(tmp_path, first, second) == [True]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param("Police arrested Morrow at Velden airport before boarding a plane to Oslo and leaving the country with the jewels.",
                     "His lawyer said Morrow had left the country with the jewels on Friday.", id="before-and-leaving"),
        pytest.param("Dale Morrow faces charges for robbing a jeweller in Velden and wounding a guard with a knife.",
                     "Police said his accomplice Ivo Marsh had wounded a guard with a knife.", id="another-agent-named"),
        pytest.param("Dale Morrow faces charges for robbing a jeweller in Velden and wounding a guard with a knife.",
                     "A guard was wounded with a knife by a second man who escaped, police said.", id="passive-other-agent"),
        pytest.param("Morrow was jailed for robbing a jeweller in Velden and wounding a customer with a knife.",
                     "A witness said Morrow had wounded a guard with a knife.", id="another-object"),
        pytest.param("Morrow was jailed on Monday for robbing a jeweller in Velden and injuring 23 customers in the shop.",
                     "A customer, 23, was injured in the shop, police said.", id="a-count-and-an-age"),
    ],
)
def test_a_second_deed_told_by_gerund_stays_in_its_sentence(tmp_path, first, second):
    """Must stay (a second gerund after ``and`` read as a clause of its own linked each confidently, without
    the sentence's subject or frame): no confident link."""
    assert _confident(tmp_path, first, second) == []
