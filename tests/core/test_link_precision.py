"""Links make statements, not background: hand-made reports that share names, nouns or a long proper
name without saying the same thing (made-up names; no corpus text)."""

from __future__ import annotations

from reader.core.ingest.loading import load_dossier
from reader.core.links.align import find_links
from reader.core.text.segment import segment_article


def _links(folder, reports: dict[str, str]):
    for name, body in reports.items():
        (folder / f"{name}.md").write_text(f"---\noutlet: {name.title()}\n---\n{body}\n", encoding="utf-8")
    dossier = load_dossier(folder)
    return [(link.kind, link.confident) for link in find_links(dossier, {a.id: segment_article(a) for a in dossier.articles})]


def test_a_long_shared_name_is_no_near_copy(tmp_path):
    """Both name one body word for word, then say different things about it."""
    assert ("near", True) not in _links(tmp_path, {
        "first": "Dale Morrow, leader of the Northfield Baptist Church of the Holy Cross in Lyle County, was charged with fraud on Monday.",
        "second": "Members of the Northfield Baptist Church of the Holy Cross in Lyle County gathered for a vigil outside the courthouse.",
    })


def test_a_long_shared_run_of_what_happened_is_a_near_copy(tmp_path):
    assert _links(tmp_path, {
        "first": "The dam gave way after three days of heavy rain and flooded the lower valley, officials said on Monday.",
        "second": "Rescuers said the dam gave way after three days of heavy rain and flooded the lower valley.",
    }) == [("near", True)]


def test_two_passages_sharing_names_and_nouns_around_other_verbs_make_a_weaker_link(tmp_path):
    assert _links(tmp_path, {
        "first": "Police said they located Dale Morrow on the coastal highway north of the suburban warehouse where the shootings took place.",
        "second": "Dale Morrow had been arrested after a chase along the coastal highway hours after the shootings at the suburban warehouse.",
    }) == [("paraphrase", False)]


def test_two_passages_sharing_a_verb_are_linked(tmp_path):
    assert _links(tmp_path, {
        "first": "Police said they arrested Dale Morrow on the coastal highway north of the suburban warehouse where the shootings took place.",
        "second": "Dale Morrow had been arrested after a chase along the coastal highway hours after the shootings at the suburban warehouse.",
    }) == [("paraphrase", True)]


def test_a_shared_participle_tells_of_one_happening(tmp_path):
    assert _links(tmp_path, {
        "first": "The coastguard thwarted a raid on the cargo ships, apprehending the smugglers and confiscating their rifles near the strait.",
        "second": "A patrol boat foiled an attack on cargo ships near the strait, capturing several smugglers and confiscating rifles.",
    }) == [("paraphrase", True)]


def test_one_figure_of_the_same_thing_tells_of_one_happening(tmp_path):
    assert _links(tmp_path, {
        "first": "The port workers strike lasted 40 days and cost the harbour its export season, union leaders conceded at a rally.",
        "second": "After 40 days of the port workers strike the harbour lost its export season to rival terminals upriver.",
    }) == [("paraphrase", True)]


def test_the_same_month_tells_of_one_happening(tmp_path):
    assert _links(tmp_path, {
        "first": "Weeks of shelling ended with a council-brokered truce, under which the rebels gave up the ridge, signed in November.",
        "second": "A council-brokered truce last November froze the rebels gains along the ridge.",
    }) == [("paraphrase", True)]


def test_a_figure_after_the_refers_and_tells_of_no_one_happening(tmp_path):
    """``the two neighbours`` names who the story is about; the passages say other things of them."""
    assert _links(tmp_path, {
        "first": "The two neighbours agreed to a live broadcast of the harbour summit.",
        "second": "Envoys prepared the harbour summit between the two neighbours.",
    }) == [("paraphrase", False)]


def test_a_rank_in_a_compound_word_is_about_the_rest_of_it(tmp_path):
    """``second-round`` is a rank of a round, as ``the second round`` is: one happening told twice."""
    assert _links(tmp_path, {
        "first": "Dale Morrow was picked in the second round of the 1990 league draft by the Harbour Hawks.",
        "second": "Dale Morrow was a second-round draft choice of the Harbour Hawks in 1990 and stayed for nine seasons.",
    }) == [("paraphrase", True)]
