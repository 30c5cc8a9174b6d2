"""The data every stage speaks: frozen dataclasses, one coordinate system.

Every position anywhere in the program is a :class:`Span`: an article id and a
``[start, end)`` pair of Python string indices into that article's cleaned
``body``. Loading produces a :class:`Dossier`; analysis turns it into an
:class:`Analysis`. Nothing here is mutated after construction.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Literal

EntityType = Literal["person", "org", "place", "product", "law", "other"]
LinkKind = Literal["verbatim", "near", "paraphrase"]
DiffTag = Literal["equal", "insert", "delete", "replace"]


def shorten(text: str, limit: int) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis when longer."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A stretch of one article's body: ``0 <= start <= end <= len(body)``."""

    article: str
    start: int
    end: int


@dataclass(frozen=True)
class Article:
    """One report, cleaned.

    Invariants: ``body`` holds no control characters other than ``\\n`` (the
    loader makes them visible); paragraphs are separated by exactly one blank
    line; ``paragraphs`` lists each paragraph's ``(start, end)`` in order and
    covers every non-blank character of ``body``. ``published`` is
    ``YYYY-MM-DD`` or ``None``. ``notes`` are non-fatal loader remarks shown to
    the user (e.g. a fallback decoding).
    """

    id: str
    outlet: str
    body: str
    paragraphs: tuple[tuple[int, int], ...]
    title: str | None = None
    standfirst: str | None = None
    published: str | None = None
    url: str | None = None
    byline: str | None = None
    path: str = ""
    captions: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    def text(self, span: Span) -> str:
        return self.body[span.start : span.end]

    @property
    def headline(self) -> str:
        """The title, or the first sentence-ish line when the capture has none."""
        if self.title:
            return self.title
        first = self.body.split("\n", 1)[0]
        cut = first.find(". ")
        return first if cut < 0 else first[: cut + 1]

    @property
    def word_count(self) -> int:
        return len(self.body.split())


@dataclass(frozen=True)
class Problem:
    """A file that could not be opened (or opened with a caveat): one line."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"

    @property
    def opened(self) -> bool:
        """The file opened, with a caveat (the loader's ``opened; …``), rather than being skipped."""
        return self.message.startswith("opened;")

    def within(self, root: str) -> str:
        """The line with the path relative to ``root`` when the file is inside it: shorter on screen."""
        prefix = root.rstrip("/") + "/"
        path = self.path[len(prefix):] if self.path.startswith(prefix) else self.path
        return f"{path}: {self.message}"


@dataclass(frozen=True)
class Dossier:
    """A folder of articles; ``problems`` lists the files that did not load.

    ``unread`` counts the files listed but not read yet: a first screenful loaded for a fast
    first paint (see :func:`reader.core.ingest.loading.load_dossier`); 0 for a whole dossier.
    """

    root: str
    articles: tuple[Article, ...]
    problems: tuple[Problem, ...] = ()
    unread: int = 0

    @cached_property
    def by_id(self) -> dict[str, Article]:
        return {article.id: article for article in self.articles}

    def article(self, article_id: str) -> Article:
        return self.by_id[article_id]


@dataclass(frozen=True, slots=True)
class Token:
    """A word, number or punctuation mark; ``norm`` is what matching compares.

    ``norm`` is lower-cased, with quotes, dashes and diacritics folded, so
    ``“Following`` and ``"following`` compare equal; ``text`` is the source.
    Slotted, as are spans, sentences and diff opcodes: a dossier of thousands of reports
    holds millions of them, and a slotted object is about half the size.
    """

    start: int
    end: int
    text: str
    norm: str

    @property
    def is_word(self) -> bool:
        return self.norm[:1].isalnum()


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of one article, with its tokens; ``index`` counts from 0."""

    article: str
    index: int
    start: int
    end: int
    paragraph: int
    tokens: tuple[Token, ...]

    @property
    def span(self) -> Span:
        return Span(self.article, self.start, self.end)


@dataclass(frozen=True)
class Entity:
    """A named thing, with every mention of it in every article.

    ``aliases`` are the distinct surface forms seen (canonical ``name`` first);
    ``mentions`` are sorted; ``related`` holds ids of entities this one is
    tied to without being the same thing (a capital and its country), and
    ``demonyms`` the adjectival forms seen (``Turkish`` for Turkey), which are
    not counted as mentions.
    """

    id: str
    name: str
    type: EntityType
    aliases: tuple[str, ...]
    mentions: tuple[Span, ...]
    related: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()

    @cached_property
    def articles(self) -> tuple[str, ...]:
        """Article ids in order of first mention; an entity is shared when 2+."""
        return tuple(dict.fromkeys(span.article for span in self.mentions))

    @property
    def shared(self) -> bool:
        return len(self.articles) >= 2


@dataclass(frozen=True, slots=True)
class DiffOp:
    """One difflib-style opcode between two passages, as body offsets.

    ``a_start:a_end`` indexes the first passage's article body, ``b_start:b_end``
    the second's; for ``insert`` the ``a`` range is empty, for ``delete`` the
    ``b`` range is.
    """

    tag: DiffTag
    a_start: int
    a_end: int
    b_start: int
    b_end: int


@dataclass(frozen=True)
class Link:
    """2..N passages from different articles that carry the same statement.

    ``passages`` holds at most one span per article, in dossier order; ``score``
    is in ``[0, 1]`` (1 = identical after normalisation). ``accepted`` is set
    only by the user's corrections (:mod:`reader.core.store.corrections`): the user
    confirmed that these passages carry the same statement.
    """

    id: str
    kind: LinkKind
    score: float
    passages: tuple[Span, ...]
    accepted: bool = False
    confident: bool = True
    """The passages surely make one statement (a shared quotation, reprinted wording, or a close
    paraphrase of the whole passage by the same dossier's event); a weaker link may join passages
    that share only background, and is shown on demand (``Analysis.weaker_links``)."""

    @cached_property
    def articles(self) -> tuple[str, ...]:
        return tuple(span.article for span in self.passages)

    def passage_in(self, article_id: str) -> Span | None:
        for span in self.passages:
            if span.article == article_id:
                return span
        return None


@dataclass(frozen=True)
class Story:
    """Whether the reports cover one event (:mod:`reader.core.links.story`), judged before linking.

    ``off_topic`` lists the ids of reports that seem to be about something
    else; their links, and every link when ``same_event`` is false, are weaker links.
    """

    same_event: bool
    off_topic: tuple[str, ...] = ()

    def notice(self, dossier: Dossier) -> str | None:
        """One line for the user, or ``None`` when there is nothing to say."""
        if not self.same_event:
            return "These reports do not seem to cover the same event: no passage link is shown as confident."
        if not self.off_topic:
            return None
        names = ", ".join(f"{dossier.article(a).outlet} ({a})" for a in self.off_topic)
        one = len(self.off_topic) == 1
        return f"{names} {'does' if one else 'do'} not seem to cover the same event as the other reports; {'its' if one else 'their'} links are weaker links."


@dataclass(frozen=True)
class Analysis:
    """Everything computed from a dossier; built once, never recomputed by the UI."""

    dossier: Dossier
    sentences: dict[str, tuple[Sentence, ...]] = field(default_factory=dict)
    entities: tuple[Entity, ...] = ()
    links: tuple[Link, ...] = ()
    """The confident links: what the reader and the exports show."""
    weaker_links: tuple[Link, ...] = ()
    """Links that may join passages sharing only background (``Link.confident`` false): shown on demand."""
    story: Story = Story(same_event=True)

    def with_weaker_links(self) -> Analysis:
        """The same analysis showing its weaker links among the confident ones, in dossier order."""
        order = {a.id: n for n, a in enumerate(self.dossier.articles)}
        links = sorted(self.links + self.weaker_links, key=lambda link: (order.get(link.passages[0].article, 0), link.passages[0].start))
        return replace(self, links=tuple(links), weaker_links=())

    @cached_property
    def links_by_article(self) -> dict[str, tuple[Link, ...]]:
        """Each article's links, in the order their passages appear in it."""
        table: dict[str, list[tuple[int, Link]]] = {a.id: [] for a in self.dossier.articles}
        for link in self.links:
            for span in link.passages:
                table.setdefault(span.article, []).append((span.start, link))
        return {key: tuple(link for _, link in sorted(rows, key=lambda r: r[0])) for key, rows in table.items()}

    def label_passage(self, link: Link) -> Span:
        """The passage that names a link in lists: the tersest version, usually the statement itself
        rather than one report's longer paraphrase of it."""
        return min(link.passages, key=lambda span: (span.end - span.start, span))

    def excerpt(self, link: Link, width: int) -> str:
        """The link's label passage on one line, cut to ``width`` characters."""
        span = self.label_passage(link)
        return shorten(self.dossier.article(span.article).text(span), width)

    @cached_property
    def shared_entities(self) -> tuple[Entity, ...]:
        return tuple(entity for entity in self.entities if entity.shared)

    def unique_sentences(self, article_id: str) -> tuple[Sentence, ...]:
        """Sentences of the article that no link touches: what only it says."""
        spans = [link.passage_in(article_id) for link in self.links_by_article.get(article_id, ())]
        return tuple(
            s for s in self.sentences.get(article_id, ())
            if not any(p and p.start < s.end and s.start < p.end for p in spans)
        )

    def shared_fraction(self, article_id: str) -> float:
        """Share of the article's sentence characters that some link covers."""
        sentences = self.sentences.get(article_id, ())
        total = sum(s.end - s.start for s in sentences)
        if not total:
            return 0.0
        alone = sum(s.end - s.start for s in self.unique_sentences(article_id))
        return 1.0 - alone / total
