"""UI fixtures: a small hand-made dossier whose analysis is known exactly, and a Pilot helper.

Three reports: two quote the same minister (one link across all three, one
between two), and each says something of its own. Entities are placed by
hand, so tests can assert exact mentions, reports and walk orders.
"""

from __future__ import annotations

import asyncio
import inspect
from dataclasses import replace

import pytest

from reader.core.model import Analysis, Article, Dossier, Entity, Link, Span
from reader.core.text.segment import segment_article
from tests import helpers

PARAGRAPHS = {
    "alpha": (
        "Alpha Times",
        "Canada cancels drone permits",
        [
            "Canada cancelled drone permits on Monday, Marc Garneau said.",
            "“This was not consistent with Canadian policy,” Garneau said. Alpha alone reports a $77 million deal.",
        ],
    ),
    "beta": (
        "Beta News",
        None,
        [
            "Ottawa cancelled the permits after a review. Canada cancelled drone permits on Monday, Marc Garneau said.",
            "Turkey called the decision unfair in 2020.",
        ],
    ),
    "gamma": (
        "Gamma Post",
        "Permits cancelled",
        [
            "Canada cancelled drone permits on Monday, Marc Garneau said.",
            "“This was not consistent with Canadian policy,” Garneau said. Turkey objected.",
        ],
    ),
}


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem):
    """Run ``async def`` tests (Pilot tests) on a fresh event loop; no asyncio plugin needed."""
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    names = pyfuncitem._fixtureinfo.argnames
    asyncio.run(pyfuncitem.obj(**{name: pyfuncitem.funcargs[name] for name in names}))
    return True


def make_article(article_id: str, outlet: str, title: str | None, paragraphs: list[str]) -> Article:
    """A report of the hand-made dossiers, as the loader builds it from ``<article_id>.md``."""
    made = helpers.make_article(*paragraphs, article_id=article_id, outlet=outlet, published="2021-04-12")
    return replace(made, title=title, path=f"{article_id}.md")


def _spans(article: Article, phrase: str) -> list[Span]:
    found, at = [], article.body.find(phrase)
    while at >= 0:
        found.append(Span(article.id, at, at + len(phrase)))
        at = article.body.find(phrase, at + len(phrase))
    return found


def _entity(entity_id: str, name: str, kind: str, articles: tuple[Article, ...], *phrases: str) -> Entity:
    mentions = sorted(span for article in articles for phrase in phrases for span in _spans(article, phrase)
                      if not (phrase == "Garneau" and article.body[max(0, span.start - 5):span.start] == "Marc "))
    return Entity(entity_id, name, kind, (name, *phrases[1:]), tuple(mentions))


def _link(link_id: str, articles: tuple[Article, ...], phrase: str) -> Link:
    passages = tuple(_spans(article, phrase)[0] for article in articles if phrase in article.body)
    return Link(link_id, "verbatim", 1.0, passages)


@pytest.fixture(scope="session")
def tiny() -> Dossier:
    articles = tuple(make_article(key, *value) for key, value in PARAGRAPHS.items())
    return Dossier(root="tiny", articles=articles)


@pytest.fixture(scope="session")
def tiny_analysis(tiny: Dossier) -> Analysis:
    arts = tiny.articles
    sentences = {article.id: segment_article(article) for article in arts}
    entities = (
        _entity("garneau", "Marc Garneau", "person", arts, "Marc Garneau", "Garneau"),
        _entity("canada", "Canada", "place", arts, "Canada"),
        _entity("turkey", "Turkey", "place", arts, "Turkey"),
        _entity("ottawa", "Ottawa", "place", arts, "Ottawa"),
    )
    links = (
        _link("L1", arts, "Canada cancelled drone permits on Monday, Marc Garneau said."),
        _link("L2", arts, "“This was not consistent with Canadian policy,” Garneau said."),
    )
    return Analysis(dossier=tiny, sentences=sentences, entities=entities, links=links)
