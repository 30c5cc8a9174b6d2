"""Links make statements, not background: hand-made reports that share names, nouns or a long proper
name without saying the same thing, and some that say one thing in other words (made-up names; no
corpus text)."""

from __future__ import annotations

import pytest

from reader.core.ingest.loading import load_dossier
from reader.core.links.align import find_links
from reader.core.text.segment import segment_article


def _links(folder, first: str, second: str):
    for name, body in (("first", first), ("second", second)):
        (folder / f"{name}.md").write_text(f"---\noutlet: {name.title()}\n---\n{body}\n", encoding="utf-8")
    dossier = load_dossier(folder)
    return [(link.kind, link.confident) for link in find_links(dossier, {a.id: segment_article(a) for a in dossier.articles})]


def test_a_long_shared_name_is_no_near_copy(tmp_path):
    """Both name one body word for word, then say different things about it."""
    assert ("near", True) not in _links(
        tmp_path,
        "Dale Morrow, leader of the Northfield Baptist Church of the Holy Cross in Lyle County, was charged with fraud on Monday.",
        "Members of the Northfield Baptist Church of the Holy Cross in Lyle County gathered for a vigil outside the courthouse.",
    )


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
            "Premier Dale Morrow will travel to the Republic of Lyle on July 13 for a working visit with its president, "
            "ending months of declined invitations.",
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
            "The two neighbours agreed to a live broadcast of the harbour summit.",
            "Envoys prepared the harbour summit between the two neighbours.",
            id="a-figure-after-the-only-refers",
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
            "Dale Morrow was picked in the second round of the 1990 league draft by the Harbour Hawks.",
            "Dale Morrow was a second-round draft choice of the Harbour Hawks in 1990 and stayed for nine seasons.",
            id="a-rank-in-a-compound-word",
        ),
        pytest.param(
            "Weeks of shelling ended with a council-brokered truce, under which the rebels gave up the ridge, signed in November.",
            "A council-brokered truce last November froze the rebels gains along the ridge.",
            id="the-same-month",
        ),
    ],
)
def test_two_passages_telling_of_one_happening_in_other_words_are_linked(tmp_path, first, second):
    assert _links(tmp_path, first, second) == [("paraphrase", True)]
