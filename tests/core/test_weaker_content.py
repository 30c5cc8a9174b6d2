"""A weaker link still says its passages may make one statement: they must share content, not a
language's function words nor only everyday words. Hand-made reports with made-up names; no corpus text."""

from __future__ import annotations

from reader.core.ingest.loading import load_dossier
from reader.core.links.align import find_links
from reader.core.text.segment import segment_article


def _links(folder, *bodies: str):
    for number, body in enumerate(bodies, 1):
        (folder / f"report{number}.md").write_text(f"---\noutlet: Report {number}\n---\n{body}\n", encoding="utf-8")
    dossier = load_dossier(folder)
    return find_links(dossier, {a.id: segment_article(a) for a in dossier.articles})


def test_german_function_words_link_nothing(tmp_path):
    """Two German reports on other things, each with a sentence built on ``nicht nur … sondern auch``:
    read by English rarity, these words looked rare and shared."""
    first = (
        "Der Bäckermeister Ole Brandt hat in Kestrelbach eine neue Filiale eröffnet. "
        "Er hat nicht nur Brot gebacken, sondern auch mit den Kindern der Schule einen Kuchen verziert. "
        "Die Eröffnung war am Samstag gut besucht, und es gab Kaffee für alle Gäste."
    )
    second = (
        "Die Radfahrerin Ina Vogt ist bei ihrer Reise durch die Alpen auf viele Hindernisse gestoßen. "
        "Sie hatte nicht nur Ärger mit dem Wetter, sondern auch mit den Fähren über den See. "
        "Am Ende ist sie nach drei Wochen wieder zu Hause angekommen."
    )
    assert _links(tmp_path, first, second) == ()


def test_everyday_words_alone_link_nothing(tmp_path):
    """Sentences of unrelated pages share ``take`` and ``look``: most of the shorter one, and no content."""
    first = "I took one more look at the code."
    second = "Each spring the museum honours the volunteers who shaped its past, and now, we are taking a look forward."
    assert _links(tmp_path, first, second) == ()

