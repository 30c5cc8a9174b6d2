"""Command-palette provider: jump to any report, shared entity or link by name, or pick a style;
say again a notice that the reports do not seem to cover one event.

Labels read ``category: name`` ("Report: Al Jazeera", "Entity: Marc Garneau",
"Link: Following this review…", "Style: monokai") so a few typed letters of
either part find them. A passage taking part in several links names each of them: those
links' labels go on to a passage of that link the others lack (``… ↔ …``), or say how
many reports it joins. A report opens in the reader, an entity is chosen there, and a
link opens the N-way view of all its versions. Labels and help come from the articles, and the palette
reads a plain string as Textual markup, so both are handed over as
:class:`~textual.content.Content`: ``[@click=app.quit]`` in a headline stays text.
"""

from __future__ import annotations

import heapq
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from operator import itemgetter
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import Matcher

from reader.core.model import shorten
from reader.report.highlight import style_names
from reader.ui.render import WEAKER_WORDS, kind_words
from reader.ui.wording import counted

if TYPE_CHECKING:  # in annotations only: reader.core.model loads them once an analysis is asked for
    from reader.core.model import Analysis, Link

_LINK_LABEL = 60
_PAIRED_LABEL = 38
"""Characters of each passage in a label naming two (``… ↔ …``)."""


def link_labels(analysis: Analysis) -> dict[str, str]:
    """Link id -> the words naming it in the palette, one label per link although one passage may
    name several (a passage takes part in as many links as statements it carries): those go on to
    a passage of theirs the others lack, with its outlet, else say how many reports they join, and
    are numbered if they still read alike."""
    named: dict[str, list[Link]] = {}
    for link in analysis.links:
        named.setdefault(analysis.excerpt(link, _LINK_LABEL), []).append(link)
    labels: dict[str, str] = {}
    for label, links in named.items():
        if len(links) == 1:
            labels[links[0].id] = label
            continue
        alike: dict[str, int] = {}
        # How many of these links hold each passage, counted once: comparing each link with every
        # other was quadratic in a passage's links (most of the palette's first second with W on).
        holding = Counter(span for link in links for span in set(link.passages))
        for link in links:
            own = next((span for span in link.passages if holding[span] == 1), None)
            if own is None:
                own = next((span for span in link.passages if holding[span] < len(links)), None)
            short = analysis.excerpt(link, _PAIRED_LABEL)
            if own is None:
                text = f"{short}, in {counted(len(link.passages), 'report')}"
            else:
                article = analysis.dossier.article(own.article)
                text = f"{short} \u2194 {article.name}: {shorten(article.text(own), _PAIRED_LABEL)}"
            alike[text] = alike.get(text, 0) + 1
            labels[link.id] = text if alike[text] == 1 else f"{text} ({alike[text]})"
    return labels


LINK_RANK = 0.9
"""A link is labelled by its passage's words, which a typed word meets by chance (``exp`` in
"export permits"): a command, report or entity matching as well comes first ("Export: html")."""

HELP_LINE = 74
"""Characters of an entry's help: one line of the palette at 80 columns (a long headline took
four, and the palette showed a few entries)."""

_KIND_WORDS = {"org": "organisation"}
"""An entity's type in words, where its name is an abbreviation."""

_LISTED = {"Report": ("report", "reports"), "Entity": ("entity", "entities")}
"""The kinds of entry the palette lists as it opens past the first (the notice comes first), as its
last line counts those it leaves out."""

MOST_HITS = 60
"""Hits listed per query, the best first: the palette lays out every hit it is given on every key
(hundreds of entities and links cost tens of ms a key); a few letters more find the rest."""


@dataclass(frozen=True)
class Entry:
    """One thing the palette can do: its label, the label folded for the quick check, what
    choosing it does, and its help (articles' words: never read as markup)."""

    label: str
    folded: str
    action: Callable[[], object]
    help: Content
    rank: float = 1.0
    """What its matches' scores are multiplied by (see :data:`LINK_RANK`)."""


class ReaderCommands(Provider):
    """Every report, shared entity and link of the open dossier, and every highlight style.

    The entries are made once per analysis shown (kept on the app, ``DossierApp.palette_entries``),
    not on every key: the links' labels alone took a third of a key's time on a dossier of 200 reports."""

    def entries(self) -> tuple[Entry, ...]:
        app = self.app
        made = app.palette_entries
        if made is None or made[0] is not app.dossier or made[1] is not app.analysis:
            made = app.palette_entries = (app.dossier, app.analysis, tuple(
                Entry(label, fold(label), action, Content(shorten(help_text, HELP_LINE)),
                      LINK_RANK if label.startswith("Link:") else 1.0)
                for label, action, help_text in self._entries()
            ))
        return made[2]

    def _entries(self) -> Iterator[tuple[str, Callable[[], None], str]]:
        app = self.app
        dossier = app.dossier
        analysis = app.analysis
        if analysis is not None and (notice := analysis.story.notice(dossier)):
            # The notice passes: the palette keeps it at hand (listed as it opens).
            yield f"Same story? {notice}", app.action_tell_story, "Say again whether the reports cover one event"
        if analysis is not None and (notice := analysis.story.language_notice(dossier)):
            yield f"Language? {notice}", app.action_tell_story, "Say again which reports are not in English"
        for article in dossier.articles:
            yield f"Report: {dossier.names[article.id]}", partial(app.action_show_article, article.id), article.headline
        if analysis is not None:
            for entity in analysis.shared_entities:
                reports = analysis.naming_reports(entity)
                outlets = dossier.named(reports)
                kind = _KIND_WORDS.get(entity.type, entity.type).capitalize()
                yield (f"Entity: {entity.name}", partial(app.action_show_entity, entity.id),
                       f"{kind} in {counted(len(reports), 'report')}: {outlets}")

            labels = link_labels(analysis)
            for link in analysis.links:
                label = labels[link.id]
                outlets = dossier.named(link.articles)
                said = f"{kind_words(analysis, link)} in {counted(len(link.articles), 'report')}: {outlets}"
                said = said[0].upper() + said[1:] if link.confident else f"{WEAKER_WORDS}, {said}"
                yield f"Link: {label}", partial(app.action_show_link, link.id), said
        for name in style_names(app.current_theme.dark):
            yield f"Style: {name}", partial(app.action_set_style, name), "Pygments style for quotes, figures and dates"

    async def discover(self) -> Hits:
        """What the palette lists as it opens: the notice, the reports and the shared entities, the
        first :data:`MOST_HITS` of them, then one line counting those left to a few typed letters.
        Textual's option list measures every entry it is given (each one's height, on each
        layout): all of them cost every ``ctrl+p`` ~100 ms of CPU at 100 reports and 545 entities,
        though a screenful shows; Textual's guide asks the same of ``discover`` (quick, the most
        useful entries)."""
        listed = [entry for entry in self.entries() if not entry.label.startswith(("Link:", "Style:"))]
        for entry in listed[:MOST_HITS]:
            yield DiscoveryHit(Content(entry.label), entry.action, text=entry.label, help=entry.help)
        if left := Counter(entry.label.split(":", 1)[0] for entry in listed[MOST_HITS:]):
            said = ", ".join(counted(n, *(f"more {noun}" for noun in _LISTED[kind])) for kind, n in left.items())
            yield DiscoveryHit(Content(f"\u2026 {said}: type a few letters of a name"), self.app.action_command_palette,
                               help=Content("Not listed before you type, so the palette opens at once"))

    async def search(self, query: str) -> Hits:
        """The :data:`MOST_HITS` best entries for ``query``, in time for the next key whatever the
        number of links. Textual's own fuzzy match tries every way the query's letters sit in a label
        (a few letters in thousands of links with ``W`` on took seconds a key), so: a regular
        expression (in C, :func:`in_order`) keeps the labels holding the letters in order, the tightest of them
        (:data:`TRIED` at most) are aligned once each (:func:`aligned`), and scored as Textual
        scores one alignment, so they rank as its other providers' hits do."""
        folded = fold(query)
        letters = in_order(folded)
        close = []
        for entry in self.entries():
            if (found := letters.search(entry.folded)) is not None:
                close.append((folded not in entry.folded, found.end() - found.start(), len(close), entry))
        matcher = self.matcher(query)
        scored = []
        for *_, entry in heapq.nsmallest(TRIED, close):
            offsets = aligned(folded, entry.folded)
            score = matcher.fuzzy_search.score(entry.folded, offsets) * entry.rank
            scored.append((score * (1.5 if folded in entry.folded else 1.0), offsets, entry))
        scored.sort(key=itemgetter(0), reverse=True)
        for score, offsets, entry in scored[:MOST_HITS]:
            yield Hit(score, _highlighted(entry.label, offsets, matcher), entry.action, text=entry.label, help=entry.help)


def fold(text: str) -> str:
    """``text`` lowered one character at a time, a character whose lower case is longer ("İ")
    kept as it is: the folded label keeps the label's length, so its offsets are the label's."""
    return "".join(lower if len(lower := letter.lower()) == 1 else letter for letter in text)


def in_order(query: str) -> re.Pattern[str]:
    """A pattern finding ``query``'s letters in order, each the first of its kind after the one
    before (``a[^b]*b``): it never backtracks, where ``a.*?b`` tried every place of every letter
    in a label that fails (a fifth of a second a key over thousands of links)."""
    if not query:
        return re.compile("")
    return re.compile(re.escape(query[0]) + "".join(f"[^{re.escape(letter)}]*{re.escape(letter)}" for letter in query[1:]))


TRIED = 3 * MOST_HITS
"""Labels aligned per query: those whose letters lie closest together (the query whole first)."""


def aligned(query: str, label: str) -> list[int]:
    """Where ``query``'s letters (in order, all of them in ``label``) best sit in ``label``: one pass
    per letter over its places, each place scoring a letter beginning a word or following the
    previous letter's place, so ``tr`` finds "Truck" rather than the first t and the first r."""
    if (at := label.find(query)) != -1:
        return list(range(at, at + len(query)))
    starts = {0} | {i for i in range(1, len(label)) if label[i].isalnum() and not label[i - 1].isalnum()}
    best: dict[int, tuple[int, list[int]]] = {-1: (0, [])}  # place of the last letter -> (score, offsets)
    for letter in query:
        now: dict[int, tuple[int, list[int]]] = {}
        ordered = sorted(best.items())
        top, top_offsets, k = -1, None, 0
        at = label.find(letter)
        while at != -1:
            while k < len(ordered) and ordered[k][0] < at:
                if ordered[k][1][0] > top:
                    top, top_offsets = ordered[k][1]
                k += 1
            if top_offsets is not None:
                score, offsets = top + (at in starts), top_offsets
                if (at - 1) in best and best[at - 1][0] + 1 + (at in starts) >= score:
                    score, offsets = best[at - 1][0] + 1 + (at in starts), best[at - 1][1]
                now[at] = (score, [*offsets, at])
            at = label.find(letter, at + 1)
        best = now
    return max(best.values(), key=itemgetter(0))[1]


def _highlighted(label: str, offsets: Iterable[int], matcher: Matcher) -> Content:
    """``label`` as plain text (never markup) with the matched letters in the matcher's style."""
    content = Content(label)
    for offset in offsets:
        if offset < len(label) and not label[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content
