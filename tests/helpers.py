"""Helpers shared by tests: hand-made articles built the way the loader builds them."""

from __future__ import annotations

from reader.core.model import Article


def make_article(*paragraphs: str, article_id: str = "a", outlet: str = "Test", published: str | None = None) -> Article:
    """An article whose paragraphs are joined by one blank line, as the loader does."""
    spans, position = [], 0
    for paragraph in paragraphs:
        spans.append((position, position + len(paragraph)))
        position += len(paragraph) + 2
    return Article(
        id=article_id, outlet=outlet, body="\n\n".join(paragraphs), paragraphs=tuple(spans), published=published
    )
