"""Wire copies (:mod:`reader.core.links`): reports printing one text, headline and lede alike, are linked
copy to copy, and a quotation running over several sentences is read as one. Every report here is
invented for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.findings.origins import find_origins
from reader.core.ingest.loading import load_dossier
from reader.core.links.align import find_links
from reader.core.model import Dossier
from reader.core.pipeline import analyse
from reader.core.text.segment import segment_article

TITLE = "Mayor rejects harbour plan"
LEDE = ("The mayor of Porto Velha on Tuesday rejected a plan to build a container terminal in the old harbour, "
        "saying the city could not afford the dredging it would require.")
QUOTE = '"It\'s wasteful. It\'s reckless. It ought never to have been proposed," said '
TAILS = ("councillor Ana Ferro, who chairs the planning committee.", "Ana Ferro, a councillor.",
         "councillor Ana Ferro, who chairs the planning committee.")
LAST = "The port authority said it would submit a revised proposal next spring, with a smaller terminal and a public ferry pier."


def wire(folder: Path) -> Dossier:
    for number, tail in enumerate(TAILS, 1):
        body = "\n\n".join((LEDE, QUOTE + tail, LAST))
        (folder / f"r{number}.md").write_text(f"---\noutlet: Outlet {number}\ntitle: {TITLE}\n---\n\n{body}\n", encoding="utf-8")
    return load_dossier(folder)


@pytest.fixture()
def copies(tmp_path) -> Dossier:
    return wire(tmp_path)


def texts(dossier: Dossier):
    links = find_links(dossier, {a.id: segment_article(a) for a in dossier.articles})
    return [(link.kind, [dossier.article(s.article).text(s) if not s.in_title else dossier.article(s.article).title for s in link.passages])
            for link in links if link.confident]


def test_identical_headlines_of_wire_copies_are_one_verbatim_link_and_no_headline_meets_another_lede(copies):
    found = texts(copies)
    headlines = [(kind, said) for kind, said in found if TITLE in said]
    assert headlines == [("verbatim", [TITLE] * 3)]
    ledes = [(kind, said) for kind, said in found if any(s.startswith("The mayor") for s in said)]
    assert [kind for kind, _ in ledes] == ["verbatim"] and len(ledes[0][1]) == 3


def test_a_quotation_opened_in_an_earlier_sentence_is_read_as_quoted_and_links_its_copies_verbatim(copies):
    quoted = [(kind, said) for kind, said in texts(copies) if any("never to have been proposed" in s for s in said)]
    assert len(quoted) == 1 and quoted[0][0] == "verbatim" and len(quoted[0][1]) == 3


def test_short_sentences_of_a_copied_quotation_are_linked_word_for_word(copies):
    found = texts(copies)
    for short in ('"It\'s wasteful.', "It's reckless."):
        assert ("verbatim", [short] * 3) in found


def test_a_short_sentence_printed_alike_but_not_beside_a_copied_sentence_is_not_linked(tmp_path):
    for number, lede in enumerate(("The ferry to the islands did not sail on Monday after a storm damaged the quay.",
                                   "Storm damage to the quay kept the island ferry in port all of Monday, its operator said."), 1):
        said = ("The repairs will take a week, a spokeswoman for the harbour board told reporters.",
                "A harbour board spokeswoman said the quay should reopen by next Tuesday.")[number - 1]
        body = f"{lede}\n\n\"It's terrible.\" {said}"
        (tmp_path / f"r{number}.md").write_text(f"---\noutlet: Outlet {number}\n---\n\n{body}\n", encoding="utf-8")
    assert not any("terrible" in " ".join(said) for _, said in texts(load_dossier(tmp_path)))


def test_a_quotation_of_common_words_alone_printed_alike_makes_a_candidate(tmp_path):
    tails = ("the minister said on a visit to the northern ports on Friday.", "the minister told a crowd of farmers at the county fair.")
    for number, tail in enumerate(tails, 1):
        body = ("The government dropped its plan for a new fishing levy after a year of protests by the coastal towns.\n\n"
                f"\"It ought never to have been tried,\" {tail}")
        (tmp_path / f"r{number}.md").write_text(f"---\noutlet: Outlet {number}\n---\n\n{body}\n", encoding="utf-8")
    assert any(kind == "verbatim" and all("never to have been tried" in s for s in said) for kind, said in texts(load_dossier(tmp_path)))


def test_short_wire_copies_are_one_origin_and_so_is_every_link_of_them(copies):
    analysis = analyse(copies)
    origins = find_origins(analysis)
    assert [group.reports for group in origins.groups] == [("r1", "r2", "r3")]
    assert all(found.origins == 1 for found in origins.links)


def test_two_short_reports_sharing_two_sentences_in_their_own_frames_stay_two_origins(tmp_path):
    shared = ("The quake struck at 3:20 a.m. about six miles south of the town at a depth of seven miles, the survey said.",
              "No damage or injuries were reported in the first hours after it, the county sheriff's office said.")
    frames = ("Residents of the valley were woken before dawn by a shaking that rattled windows and set off car alarms "
              "along the main street, and many stayed outside until first light.",
              "Emergency crews checked the two bridges over the river and the old water tower on the hill before "
              "the morning commute, a task that took most of the early shift.")
    for number, frame in enumerate(frames, 1):
        body = "\n\n".join((frame, *shared))
        (tmp_path / f"r{number}.md").write_text(f"---\noutlet: Outlet {number}\n---\n\n{body}\n", encoding="utf-8")
    origins = find_origins(analyse(load_dossier(tmp_path)))
    assert len(origins.groups) == 2
