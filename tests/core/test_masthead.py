"""Copied page text names its site in its first line, the logo's text: a host alone or beside a
tagline, or a name the menu and the social links under it repeat. Nothing else there is an outlet."""

from __future__ import annotations

import pytest

from reader.core.ingest.cleaning import clean_text

ARTICLE = """\
Harbour ferry halted by strike

The ferry between the two islands did not sail on Tuesday after its crew walked out over a pay offer, the operator said.

Passengers waited at the quay for most of the morning before a notice was posted by the gate, and many went home.

The union said the offer fell short of rising fuel and housing costs on the islands, and that talks would resume on Thursday.
"""


@pytest.mark.parametrize(("top", "outlet"), [
    ("harbourlight.de\n\nNews\n\nSport\n", "harbourlight.de"),
    ("Coast news every morning | harbourlight.co.uk\n\nNews\n\nSport\n", "harbourlight.co.uk"),
    ("Harbourlight\n\nHome\n\nAbout Harbourlight\n\nHarbourlight on Mastodon\n", "Harbourlight"),
    ("Zum Inhalt springen\n\nHarbour Light Deutschland\n\nMenü\n", "Harbour Light Deutschland"),  # at the foot too
    ("Harbour Light Harbour Light\n\nHome\n", "Harbour Light"),  # the logo's picture says it again
])
def test_the_first_line_names_the_site(top, outlet):
    assert clean_text(top + "\n" + ARTICLE + "\nHarbour Light Deutschland, made with a blog engine\n").outlet == outlet


@pytest.mark.parametrize(("page", "outlet"), [
    ("Home\n\nharbourlight.de - the coast's daily news, every morning\n\n" + ARTICLE, "harbourlight.de"),
    (ARTICLE + "\nAbout us\n\nwww.harbourlight.de\n\nImprint | Privacy\n", "harbourlight.de"),
    (ARTICLE + "\n© 2023 Harbourlight Media GmbH & Co. KG\n", "Harbourlight Media"),
    (ARTICLE + "\n© 2023 Harbourlight, Inc.\n", "Harbourlight"),
    (ARTICLE + "\nContact\n\n2009-2023 Harbourlight News\n\nImprint | Privacy\n", "Harbourlight News"),
    (ARTICLE + "\nHarbourlight.de Apps [ios]\n\nHarbourlight.de Newsletter\n\n[ ] [Send]\n", "Harbourlight.de"),
])
def test_the_site_describes_itself_above_the_article_or_signs_at_its_foot(page, outlet):
    assert clean_text(page).outlet == outlet


def test_a_menus_label_the_page_repeats_is_no_masthead():
    menu = "Menu\nLocal News\n\n  • Harbour\n  • Islands\n\n"
    assert clean_text(menu + menu + ARTICLE).outlet is None


@pytest.mark.parametrize("top", [
    "Skip to content\n\nHome\n\nAbout us\n",  # a link, not a name
    "Harbourlight\n\nHome\n\nAbout us\n",  # a name no other line repeats may be anything
    "Skip to content\n\nHarbourlight\n\nHome\n",
    "  • harbourlight.de apps\n  • harbourlight.de mail\n\n",  # links to another site's services
    "Home | Weather | Tides\n\nNews\n",  # no host among its parts
])
def test_no_outlet_is_made_up(top):
    assert clean_text(top + "\n" + ARTICLE).outlet is None
