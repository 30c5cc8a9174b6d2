"""One statement, one link (``links.folding``): a later link telling an earlier one's statement again is folded
into it, and never where a report's two sentences say other things (a chain ``A ~ B``, ``B ~ C`` with ``A`` and
``C`` apart, roles swapped, another figure, a denial). Invented reports only."""

from __future__ import annotations

import pytest

from reader.core.ingest.loading import load_dossier
from reader.core.links.align import find_links
from reader.core.text.segment import segment_article


def _confident(folder, reports: dict[str, str], titles: dict[str, str] | None = None) -> list[dict[str, str]]:
    """The confident links of the reports, each as its passages' text by report (``T `` before a title line)."""
    for name, body in reports.items():
        title = f"title: {titles[name]}\n" if titles and name in titles else ""
        (folder / f"{name}.md").write_text(f"---\noutlet: {name.title()}\n{title}---\n{body}\n", encoding="utf-8")
    dossier = load_dossier(folder)
    found = find_links(dossier, {a.id: segment_article(a) for a in dossier.articles})
    return [{s.article: ("T " if s.in_title else "") + " ".join(dossier.article(s.article).text(s).split()) for s in link.passages}
            for link in found if link.confident]


MILL = {
    "a": "Fire destroyed the Halden paper mill on Sunday night, leaving 120 workers without jobs.\n\nThe mill opened in 1911.",
    "b": "The Halden paper mill burned down on Sunday night, and 120 workers were left without jobs.\n\nFirefighters worked until dawn.",
    "c": "Some 120 workers were left without jobs after fire destroyed the Halden paper mill on Sunday night, the union said.",
}


def test_a_lede_printed_twice_gives_one_link(tmp_path):
    """The fourth report prints its lede again with its source: one link holds the statement, not two."""
    lede = "Fire destroyed the Halden paper mill on Sunday night, leaving 120 workers without jobs"
    links = _confident(tmp_path, MILL | {"d": f"{lede}.\n\n{lede}, the owners said.\n\nThe cause is not known."})
    told = [passages for passages in links if "120 workers" in passages.get("a", "")]
    assert len(told) == 1
    assert set(told[0]) == {"a", "b", "c", "d"}


def test_a_headline_telling_the_ledes_statement_gives_no_row_of_its_own(tmp_path):
    """One report's headline tells its lede's statement: the ledes' link holds it once, and no link of that
    headline and the other reports' ledes shows it again beside."""
    links = _confident(tmp_path, MILL, {"a": "Fire destroys Halden paper mill"})
    ledes = [passages for passages in links if any("Sunday night" in text for text in passages.values())]
    assert len(ledes) == 1
    assert set(ledes[0]) == {"a", "b", "c"}


def test_two_reports_headlines_keep_their_row(tmp_path):
    """Headlines of two reports or more telling the ledes' statement keep the row that sets them side by side (how
    each report framed its story), beside the ledes' link."""
    titles = {"a": "Fire destroys Halden paper mill", "b": "Halden paper mill burns down, 120 jobs lost",
              "c": "120 jobs lost as fire destroys Halden paper mill"}
    links = _confident(tmp_path, MILL, titles)
    ledes = [passages for passages in links if all("Sunday night" in text for text in passages.values())]
    headlines = [passages for passages in links if sum(text.startswith("T ") for text in passages.values()) >= 2]
    assert len(ledes) == 1 and set(ledes[0]) == {"a", "b", "c"} and headlines


# A report telling in two sentences what the others tell in one, or two things the others tell alike: each of its
# sentences keeps the link it makes, never folded into the other's (a sentence judged with the link's passages and
# not with the report's other sentence is no second copy of it).
APART = {
    "a chain of two statements": ({
        "a": "The Velmar council on Tuesday approved the 2027 budget and the harbour expansion plan.",
        "b": "On Tuesday the Velmar council approved both the 2027 budget and the harbour expansion plan.",
        "c": "The Velmar council approved the 2027 budget and the harbour expansion plan on Tuesday, officials said.",
        "d": "The Velmar council approved the 2027 budget on Tuesday.\n\nShop owners were divided.\n\n"
             "The Velmar council also approved the harbour expansion plan on Tuesday.",
    }, ("The Velmar council approved the 2027", "The Velmar council also approved")),
    "roles swapped": ({
        "a": "Mira Olsen defeated Tara Venn in the Oslen open final on Sunday, organisers said.",
        "b": "Organisers said Mira Olsen defeated Tara Venn in the Oslen open final on Sunday.",
        "c": "Mira Olsen defeated Tara Venn in the Oslen open final on Sunday.",
        "d": "Mira Olsen defeated Tara Venn in the Oslen open final on Sunday.\n\nThe crowd was small.\n\n"
             "Tara Venn defeated Mira Olsen in the Oslen open final on Sunday.",
    }, ("Mira Olsen defeated",)),
    "another figure": ({
        "a": "The storm killed 12 people in Garvik province on Sunday, officials said.",
        "b": "Officials said the storm killed 12 people in Garvik province on Sunday.",
        "c": "The storm on Sunday killed 12 people in Garvik province.",
        "d": "The storm killed 12 people in Garvik province on Sunday.\n\nRoads were closed.\n\n"
             "The storm killed 21 people in Garvik province on Sunday.",
    }, ("The storm killed 12",)),
    "a denial": ({
        "a": "Health minister Ola Brenn resigned on Friday over the hospital contracts, his office said.",
        "b": "Ola Brenn, the health minister, resigned on Friday over the hospital contracts.",
        "c": "The health minister, Ola Brenn, resigned over the hospital contracts on Friday, his office said.",
        "d": "Health minister Ola Brenn resigned on Friday over the hospital contracts.\n\nHe had served two years.\n\n"
             "Health minister Ola Brenn did not resign on Friday over the hospital contracts, his office said.",
    }, ("Health minister Ola Brenn resigned",)),
}


@pytest.mark.parametrize("case", APART)
def test_a_reports_other_statements_are_not_folded(tmp_path, case):
    reports, starts = APART[case]
    links = _confident(tmp_path, reports)
    for start in starts:
        assert any(len(passages) >= 3 and passages.get("d", "").startswith(start) for passages in links), start
