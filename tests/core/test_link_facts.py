"""A sentence carrying several shared facts is linked for each of them: the clause units, candidate pairs
and grouping that let each fact of a sentence find its counterparts. Invented reports only."""

from __future__ import annotations

from reader.core.ingest.loading import load_dossier
from reader.core.links.align import _clauses, _verbs, find_links
from reader.core.model import Span
from reader.core.text.segment import segment_article
from reader.core.tokens import tokenize

LEDE = "Storms closed the coastal highway near Port Aven for a second day on Tuesday, stranding hundreds of lorries."


def _links(folder, reports: dict[str, str]):
    for name, body in reports.items():
        (folder / f"{name}.md").write_text(f"---\noutlet: {name.title()}\n---\n{LEDE}\n\n{body}\n", encoding="utf-8")
    dossier = load_dossier(folder)
    links = find_links(dossier, {a.id: segment_article(a) for a in dossier.articles})
    return dossier, tuple(link for link in links if link.confident)


def _linked(dossier, links, first: tuple[str, str], second: tuple[str, str]) -> bool:
    def meets(link, article: str, text: str) -> bool:
        start = dossier.article(article).body.index(text)
        return any(p.article == article and p.start < start + len(text) and start < p.end for p in link.passages)

    return any(meets(link, *first) and meets(link, *second) for link in links)


def _clause_texts(text: str) -> list[str]:
    tokens = tokenize(text)
    return [text[tokens[a].start : tokens[b - 1].end] for a, b in _clauses(tokens, _verbs(tokens))]


def test_a_second_predicate_after_and_is_a_clause_of_its_own():
    """``affects`` is a noun too, so no verb is seen before ``, and``; ``applies`` is only a verb: what
    follows is a second statement about the same subject."""
    assert _clause_texts("The export ban affects 14 licences, and applies to seed, fertiliser and spare parts for harvesters.") == [
        "The export ban affects 14 licences,",
        "and applies to seed, fertiliser and spare parts for harvesters.",
    ]
    listed = "Ilse Brandt, 47, of North Haven, and Tomas Rue, 52, of Eastmoor were treated at the county hospital."
    assert _clause_texts(listed) == [listed]


def test_and_before_an_inserted_phrase_parts_two_clauses():
    """``and,`` opens an inserted phrase (``as the Courier reported``) before a second clause: the cut falls before
    ``and`` when a verb stands on each side, as it does at ``, and``."""
    assert _clause_texts("Tugboats played a major role in the rescue and, as the Courier reported, "
                         "the crews were later decorated by the port authority.") == [
        "Tugboats played a major role in the rescue",
        "and, as the Courier reported, the crews were later decorated by the port authority.",
    ]
    assert _clause_texts("Rain, wind and, at times, hail slowed the convoy on the northern pass.") == [
        "Rain, wind and, at times, hail slowed the convoy on the northern pass."
    ]


def test_a_role_told_before_an_inserted_phrase_links_through_its_clause(tmp_path):
    dossier, links = _links(tmp_path, {
        "first": "Tugboats played a decisive role in the rescue of the stricken ferry.",
        "second": "Tugboats played a major role in the rescue and, as the Courier reported on Monday, the harbour crews who "
        "steered them were later decorated by the port authority for bravery.",
    })
    assert _linked(dossier, links, ("first", "played a decisive role"), ("second", "Tugboats played a major role"))


def test_a_figure_told_in_the_first_predicate_links_through_it(tmp_path):
    dossier, links = _links(tmp_path, {
        "first": "The government is revoking 14 export licences for Norvik, saying an audit found the grain was resold.",
        "second": "The export ban affects 14 licences, and applies to a wide range of goods including seed, fertiliser, "
        "tractors and spare parts for harvesters.",
    })
    assert _linked(dossier, links, ("first", "revoking 14 export licences"), ("second", "The export ban affects"))
