"""Entity mentions in a report's headline count, as the reader shows the headline: in the exports'
entity tables, the JSON's ``title_mentions`` (a title passage's offsets), and the reports naming it."""

from __future__ import annotations

import json
from dataclasses import replace

from reader.core.model.headlines import title_mentions
from reader.core.export.documents import to_json, to_markdown
from reader.core.model import Dossier, Entity, Span
from reader.core.pipeline import analyse
from reader.report.html import to_html
from tests.helpers import make_article

ONE = make_article(
    "Marta Kovel, the harbour master, said on Monday that the ferry to the outer islands would run twice a day again.",
    "Kovel said the repaired engine had passed its last inspection on Friday.",
    article_id="one", outlet="Coast Daily")
TWO = make_article(
    "The ferry to the outer islands will run twice a day again, harbour master Marta Kovel said on Monday.",
    "The repair cost about twice the first estimate, according to the operator.",
    article_id="two", outlet="Island Post")
THREE = make_article(
    "Islanders welcomed the news, and the school on the largest island will reopen its classrooms.",
    article_id="three", outlet="Ferry Watch")


def dossier() -> Dossier:
    return Dossier("d", (replace(ONE, title="Ferry back on timetable, Marta Kovel says"),
                         replace(TWO, title="Harbour master's ferry returns"),
                         replace(THREE, title="Kovel's ferry is back")))


def test_headline_mentions_count_in_the_entity_tables():
    analysis = analyse(dossier())
    kovel = next(entity for entity in analysis.shared_entities if entity.name == "Marta Kovel")
    assert analysis.mention_counts(kovel) == {"one": 3, "two": 1, "three": 1}
    assert analysis.naming_reports(kovel) == ("one", "three", "two")
    assert "| Marta Kovel (Kovel) | person | 3 | 1 | 1 |" in to_markdown(analysis)
    assert '<td class="num">3</td><td class="num">1</td><td class="num">1</td>' in to_html(analysis)
    [exported] = [entity for entity in json.loads(to_json(analysis))["entities"] if entity["id"] == kovel.id]
    titles = {article.id: f"{article.title}\n" for article in analysis.dossier.articles}
    assert [titles[m["article"]][m["start"]:m["end"]] for m in exported["title_mentions"]] == ["Marta Kovel", "Kovel"]
    assert len(exported["mentions"]) == 3 and exported["articles"] == ["one", "two"]


def test_the_longest_alias_wins_and_a_shared_alias_names_no_one():
    """``Lee`` is two people's surname here: a headline's bare ``Lee`` is neither's."""
    people = (Entity("p1", "Ann Lee", "person", ("Ann Lee", "Lee"), (Span("a", 0, 7),)),
              Entity("p2", "Tom Lee", "person", ("Tom Lee", "Lee"), (Span("a", 9, 16),)),
              Entity("u", "U.S.", "place", ("U.S.",), (Span("a", 18, 22),)))
    article = replace(make_article("Ann Lee, Tom Lee, U.S."), title="Lee meets Ann Lee's U.S. team")
    found = title_mentions([article], ((person.id, person.aliases) for person in people))
    assert {key: [article.text(span) for span in spans] for key, spans in found.items()} == {
        "p1": ["Ann Lee"], "u": ["U.S."]}
