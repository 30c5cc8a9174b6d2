"""Wire copies (:mod:`reader.core.links`): reports printing one text, headline and lede alike, are linked
copy to copy, and a quotation running over several sentences is read as one. Every report here is
invented for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.ingest.loading import load_dossier
from reader.core.links.align import find_links
from reader.core.model import Dossier
from reader.core.text.segment import segment_article

TITLE = "Mayor rejects harbour plan"
LEDE = ("The mayor of Porto Velha on Tuesday rejected a plan to build a container terminal in the old harbour, "
        "saying the city could not afford the dredging it would require.")
QUOTE = '"It\'s wasteful. It\'s reckless. It should have never been proposed," said '
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

