"""Per-article cost bounds: a huge article is opened and shown whole, but only its first part is
analysed, and the loader says so. The bound itself lives in one place (the loader's constants)."""

from __future__ import annotations

import pytest

from reader.core.ingest import loading
from reader.core.ingest.loading import analysed_part, load_dossier
from reader.core.pipeline import analyse


@pytest.fixture
def small_bound(monkeypatch):
    monkeypatch.setattr(loading, "MAX_ANALYSED_CHARS", 2_000)
    monkeypatch.setattr(loading, "MAX_ANALYSED_PARAGRAPHS", 50)
    monkeypatch.setattr(loading, "MAX_ANALYSED_PARAGRAPH_CHARS", 500)


SENTENCE = "Minister Marc Garneau said the permits were cancelled. "


def test_one_long_line_is_shown_whole_and_analysed_up_to_a_word_boundary(tmp_path, small_bound):
    (tmp_path / "line.md").write_text(SENTENCE * 200, encoding="utf-8")
    dossier = load_dossier(tmp_path)
    (article,) = dossier.articles
    assert len(article.body) == len((SENTENCE * 200).strip())  # shown whole
    (part,) = analysed_part(article).paragraphs
    assert part[0] == 0 and part[1] <= 500 and article.body[part[1]] == " "
    assert dossier.problems[0].message == (
        f"opened; too long to analyse whole: entities and links come from its first {part[1]:,} "
        f"of {len(article.body):,} characters (1 of 1 paragraphs); all of it is shown"
    )
    sentences = analyse(dossier).sentences[article.id]
    assert sentences and sentences[-1].end <= part[1]


def test_many_paragraphs_are_analysed_up_to_the_paragraph_bound(tmp_path, small_bound):
    (tmp_path / "many.md").write_text("\n\n".join(f"Report {n} says so." for n in range(400)), encoding="utf-8")
    dossier = load_dossier(tmp_path)
    (article,) = dossier.articles
    assert len(article.paragraphs) == 400
    assert len(analysed_part(article).paragraphs) == 50
    assert "(50 of 400 paragraphs)" in dossier.problems[0].message
    assert max(s.paragraph for s in analyse(dossier).sentences[article.id]) == 49


def test_the_character_bound_spans_paragraphs(tmp_path, small_bound):
    (tmp_path / "long.md").write_text("\n\n".join([SENTENCE * 8] * 20), encoding="utf-8")
    article = load_dossier(tmp_path).articles[0]
    kept = analysed_part(article).paragraphs
    assert sum(end - start for start, end in kept) <= 2_000 < sum(end - start for start, end in article.paragraphs)


def test_an_article_within_the_bound_is_analysed_whole(bundled):
    assert all(analysed_part(article) is article for article in bundled.articles)
    assert bundled.problems == ()
