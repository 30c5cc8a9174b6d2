"""Same story? Reports of one event, a folder of unrelated ones, and one report about something else.

The folders under tests/data/story were written for these tests.
"""

from __future__ import annotations

import pytest

from reader.core.export.documents import to_document
from reader.core.ingest.loading import load_dossier
from reader.core.model import Dossier, Story
from reader.core.pipeline import analyse

from ..conftest import DATA, ROOT
from ..helpers import make_article

CORPUS = ROOT.parent / "shared" / "corpus" / "dossiers"


def test_the_bundled_reports_cover_one_event(analysis):
    assert analysis.story.same_event and analysis.story.off_topic == ()
    assert analysis.story.notice(analysis.dossier) is None


def test_unrelated_reports_give_no_confident_link_and_one_notice():
    analysis = analyse(load_dossier(DATA / "story" / "unrelated"))
    assert not analysis.story.same_event
    assert analysis.links == ()
    assert all(not link.confident for link in analysis.weaker_links)
    assert analysis.story.notice(analysis.dossier) == (
        "These reports do not seem to cover the same event: no passage link is shown as confident."
    )


def test_reports_in_another_language_are_weighed_by_their_own_common_words():
    """Four unrelated German reports and two unrelated English ones: German articles and
    conjunctions (und, der, dass) are everyday words in German, not rare words every report shares."""
    analysis = analyse(load_dossier(DATA / "story" / "languages"))
    assert not analysis.story.same_event
    assert all(not link.confident for link in analysis.weaker_links) and analysis.links == ()


def test_german_reports_of_one_event_are_one_story():
    analysis = analyse(load_dossier(DATA / "story" / "german_event"))
    assert analysis.story.same_event and analysis.story.off_topic == ()


def test_a_report_about_something_else_is_named_and_kept_out_of_confident_links():
    analysis = analyse(load_dossier(DATA / "story" / "one_off_topic"))
    assert analysis.story.same_event and analysis.story.off_topic == ("farm-weekly",)
    assert analysis.links, "the three reports of the rescue still link"
    assert all("farm-weekly" not in link.articles for link in analysis.links)
    assert analysis.story.notice(analysis.dossier).startswith("Farm Weekly (farm-weekly) does not seem to cover")


def test_the_export_keeps_weaker_links_apart_and_flags_them():
    analysis = analyse(load_dossier(DATA / "story" / "one_off_topic"))
    document = to_document(analysis)
    assert document["story"] == {"same_event": True, "off_topic": ["farm-weekly"], "events": []}
    assert [link["confident"] for link in document["links"]] == [True] * len(analysis.links)
    assert [link["confident"] for link in document["weaker_links"]] == [False] * len(analysis.weaker_links)


def test_weaker_links_join_the_confident_ones_on_demand_in_dossier_order(analysis):
    shown = analysis.with_weaker_links()
    assert len(shown.links) == len(analysis.links) + len(analysis.weaker_links) and shown.weaker_links == ()
    order = [a.id for a in analysis.dossier.articles]
    firsts = [(order.index(link.passages[0].article), link.passages[0].start) for link in shown.links]
    assert firsts == sorted(firsts)


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the development dossiers live in {CORPUS}, beside the clone")
def test_a_development_dossier_names_its_off_topic_report():
    """The README of the corpus lists three reports of this dossier as other events: the two about
    another team's coach are found (the third, on the same team re-signing a player, is not)."""
    analysis = analyse(load_dossier(CORPUS / "ecbplus_sixers_fire_obrien_hire_cheeks"))
    assert analysis.story.same_event and analysis.story.off_topic == ("espn-5-6ecbplus", "marquettelaw-5-8ecbplus")


def test_the_notice_names_a_report_named_by_its_id_once():
    """A report without an outlet is named by its id: ``notes``, never ``notes (notes)``."""
    dossier = Dossier(root=DATA, articles=(
        make_article("One line.", article_id="notes", outlet=""),
        make_article("One line.", article_id="wire", outlet="Wire"),
        make_article("One line.", article_id="kept", outlet="Kept Daily"),
    ))
    notice = Story(True, ("notes", "wire", "kept")).notice(dossier)
    assert notice.startswith("notes, Wire, Kept Daily (kept) do not seem to cover"), notice
