"""An :class:`~reader.core.model.Analysis` as a JSON document or a Markdown report.

JSON (:func:`to_json`): the ``dossier-reader/1`` document of issues 2 and 3,
indented by two, non-ASCII kept, one trailing newline::

    {"schema": "dossier-reader/1",
     "articles": [{"id", "outlet", "title", "standfirst", "published", "url", "byline",
                   "path", "body", "paragraphs": [[start, end], ...]}],
     "entities": [{"id", "name", "type", "aliases", "articles",
                   "mentions": [{"article", "start", "end"}]}],
     "links": [{"id", "kind", "score", "passages": [{"article", "start", "end"}]}]}

Every offset is a Python string index into that article's ``body``, end
exclusive, except that a link passage (and its pairs' changes) may lie in the
article's title line: its offsets are then below 0, indexing ``title + "\\n"``
from its end as Python's negative indexes do (``(title + "\\n")[start:end]``;
the whole title is ``[-len(title) - 1, -1]``), as if the title and a line
break stood just before the body. Scores are rounded to three decimals. ``path`` is the article file's
path relative to the dossier folder, with ``/`` separators, so a document never
carries the layout of the user's disk and can be shared as is.

Fields added to that contract (consumers may ignore them):

* per article: ``captions`` (photo captions kept out of the body), ``notes``
  (loader remarks such as a fallback decoding), ``unique``: the
  ``[start, end]`` of every sentence no other report says (none in a dossier of one report),
  ``said_elsewhere``: every other sentence in no confident link's passage (:func:`said_elsewhere`;
  for a source document, every sentence in none),
  ``{"start", "end", "articles": [ids of the other reports saying it]}``, and ``figures``: every
  number, amount and date with its normalised value (:mod:`reader.core.findings.figures`:
  ``{"article", "start", "end", "kind", "text", "value", "unit", "bound",
  "date", "relative", "note"}``, ``date`` an ISO prefix such as ``"2020-10"``);
* per entity: ``related`` (ids of entities tied to it, e.g. a capital and its
  country, or a people and its place) and ``demonyms`` (``Turkish``, ``Turks`` for Turkey, no mentions of it:
  the plural is the mention of a ``group`` entity of its own, related to the place) and ``stand_ins`` (forms counted as
  mentions that stand for it but are no names of it: a bare title, ``President``; a city for its team or
  its country) and ``title_mentions`` (its mentions in the reports' headlines, offsets below 0 as a
  title passage's: ``mentions`` and ``articles`` are the body's, the Markdown and HTML count both);
* per link: ``shown_kind``, the kind the reader, the Markdown and the HTML mark it with:
  ``kind`` unless its versions share under half their words (counted on all their words, not the ``score``'s
  terms: :mod:`reader.core.findings.likeness`), then ``"paraphrase"`` (a ``"verbatim"`` one
  under 90%, ``likeness.in_part``, is headed ``verbatim in part`` in the Markdown and HTML) (``kind``,
  that of its least alike pair, then says how alike the words they print alike are, a shared
  quotation); ``confident`` (true for every link of ``links``), ``accepted`` (the user
  confirmed it) and ``pairs``: each passage paired with its nearest counterpart (the other
  passage most alike in wording), each pair once, as ``{"a", "b", "changes"}`` with
  ``a`` < ``b`` indexes into ``passages`` and the word-level changes from ``a`` to ``b`` as
  ``{"tag", "type", "a": [start, end], "b": [start, end]}`` where ``type`` is the
  kind of difference (:mod:`reader.core.findings.difftypes`); equal stretches are
  left out. A pair whose passages tell the statement they share in different stances (one ``"asserted"``, the
  other ``"denied"``, ``"not confirmed"`` or ``"uncertain"``: :mod:`reader.core.findings.stance`) carries
  ``"stance": {"a", "b", "a_cue", "b_cue"}``, each cue the span of the words making that stance (they may stand
  before the passage, in its sentence) or ``null`` for one told outright; a change holding them is typed ``stance``. A link of ``k`` passages has at most ``k`` pairs, not all
  ``k(k-1)/2``: the export stays linear in the size of the dossier;
* ``weaker_links``: links in the same form with ``"confident": false``, kept out of
  ``links``: their passages may share only background (names, places, a common
  word) rather than make one statement (:mod:`reader.core.links.align`);
* ``story``: ``{"same_event", "off_topic": [article id, ...], "events": [[article id, ...], ...]}``,
  whether the reports seem to cover one event (:mod:`reader.core.links.story`); when not, every
  link is weaker, unless ``events`` groups the reports by event (two or more, largest first, each in
  dossier order; empty otherwise): each event's reports then link among themselves (unless the
  verdict of one event, which the links are made with, named them off-topic), and no confident
  link joins two events; and, only when some report does not seem written in English,
  ``"not_english": [{"article", "language"}, ...]`` (a wordfreq language code, ``"de"``): the
  analysis reads English (:func:`~reader.core.links.story.not_english`);
* ``quotes``: every quotation, grouped by statement across outlets
  (:mod:`reader.core.findings.quotes`): ``{"id", "speaker", "quotes": [{"article",
  "start", "end", "speaker", "speaker_entity", "verb", "attribution",
  "inherited", "ellipsis", "insertions"}], "reported": [span, ...], "flags": [...]}``;
* ``figures``: ``{"verdict": "agree"|"conflict", "key", "link", "figures": [...]}``
  comparisons between reports (:mod:`reader.core.findings.figures`), two or more figures each,
  not every pair found: a figure copied by ``k`` reports agrees ``k(k-1)/2`` times, so the
  agreements are listed as a spanning set (of the figures agreeing directly or through others, each
  but the first in dossier order against one agreeing counterpart: that first figure when the two
  were compared), which keeps those agreeing groups exactly as all the agreements make them, and the
  conflicts one per pair of agreeing groups in conflict (the first found); every figure compared is
  in one at least;
  ``figures_listed`` says so, ``{"agree": "spanning", "conflict": "one per pair of agreeing
  groups", "found": {"agree": n, "conflict": n}}`` with the counts of all the pairs found
  (:func:`~reader.core.findings.figure_groups.listed_comparisons`);
* ``figure_groups``: all the comparisons gathered by quantity (figures compared with each
  other, directly or through a third: :mod:`reader.core.findings.figure_groups`), as the
  markdown and HTML exports list them: ``{"key", "verdict", "sides": [{"value",
  "articles": [id, ...]}, ...], "figures": [index into figures, ...]}`` (its comparisons
  that ``figures`` lists), the sides (values given) held by the fewest reports first; a conflict's
  side holding an approximate value with the exact one it agrees with ("~300" with 300: the value is the exact
  one, the articles all of the side's) has ``"values": {value: [id, ...]}``, each value with its reports; a
  conflict's side whose reports give another side's value outside the group too (one count for a raid, another
  as the total so far) has ``"elsewhere": {value: [id, ...]}``, as the lines say "also give";
  ``verdict`` is ``"conflict"`` when any of its comparisons conflicts;
* ``problems``: files of the dossier that could not be opened, ``{"path", "message"}``
  (the path relative to the dossier folder, like ``path`` above);
* per article: ``role``, ``"report"`` or ``"source"`` (a press release or statement the
  reports are measured against: header ``role: source``);
* ``origins`` (:mod:`reader.core.findings.origins`): ``summary`` (one line, e.g.
  ``"5 reports, 4 origins: Reuters copy in A and B"``); ``groups``: the dossier's
  origins, ``{"reports": [id, ...], "credit": agency or null, "first": id first
  published or null}``; ``pairs``: report pairs that reuse wording, ``{"a", "b",
  "relation": "copied"|"rewritten", "copied": sentences copied, "shared_words",
  "runs": [run, ...]}`` (``copied`` counts the sentences each prints nearly whole
  from the other) where a run is ``{"a": span, "b": span, "words", "quoted"}`` (the
  same words in both, ``quoted`` of them inside quotation marks; pairs not listed
  are independent); ``links``: per link,
  ``{"link", "groups": [[id, ...], ...] (one list per independent origin), "pairs":
  [{"a", "b", "relation": "copied"|"rewritten"|"independent", "run": run or
  null}]}`` (``run``: the pair's longest shared run, shown even between independent
  passages: a quotation both print); ``shares``: per report, the shares of its sentence characters
  ``{"article", "copied", "rewritten", "own", "credits": [agency, ...]}``;
  ``sources``: per source document and report, ``{"source", "report", "share":
  share of the report's words in runs shared with the source, "runs"}``;
* ``naming`` (:mod:`reader.core.findings.naming`): rows ``{"key": entity or link
  id, "kind": "entity"|"statement", "title", "names": {article id: [name, ...]},
  "labels": [{"span": span, "text", "judgement": [word, ...]}]}``; ``judgement``
  lists the label's words that carry a judgement (loaded, distancing or
  legitimacy words, affiliation labels such as ``Kurdish-led``);
* ``corrections``: the user's decisions applied (:mod:`reader.core.store.corrections`), so a
  shared document says its links or entities were edited by hand: ``{"summary": "1 correction
  applied by hand: 1 link rejected" or "", "by_kind": {kind: count}, "decisions": [{"decision":
  "reject"|"accept"|"drop"|"merge"|"split", "described"}]}``;
* ``omissions`` (:mod:`reader.core.findings.omissions`): ``{article id: [{"link",
  "reports", "origins"}, ...]}``, the links most other reports carry and this
  one lacks, most independent origins first.

Markdown (:func:`to_markdown`): a comparison report for people. Every piece of
article-derived text (body, titles, outlet and entity names) goes through
:func:`escape_markdown`, so it can neither open a link, an image, a table cell
or an HTML tag, nor emphasise or strike anything; a bare address
(``http://…``, ``www.…``, an e-mail address), which GFM renderers would make a
live link, is shown as code, the address alone (markup run into it stays
escaped text beside it).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import cache
from operator import attrgetter
from pathlib import PurePath

import msgspec
import msgspec.inspect

from reader.core.model import (
    Analysis, Article, Dossier, Entity, Figure, FigureComparison, Link, LinkOrigins, NamingRow, Omission, Origins, Quote, QuoteGroup, Sentence,
    Span, StanceDifference, Story, counted, problems_summary, shorten,
)
from reader.core.text.diff import diff_passages
from reader.core.findings.figure_groups import FigureGroup, figure_groups_of, group_line, listed_and_grouped
from reader.core.findings.leads import excerpt, lead
from reader.core.findings.likeness import kind_label, shown_kind
from reader.core.findings.stance import link_stances
from reader.core.findings.sourcing import source_notes, sourcing_of

SCHEMA = "dossier-reader/1"
_NONE = "\u2013"  # an en dash: "none" in a table cell
OMISSIONS_SHOWN = 5
"""Omissions listed per report in the reports for people (the JSON has them all)."""
NO_JUDGED_ROWS = (
    "No shared entity is labelled, and no linked statement is labelled by two or more reports, with a judging "
    "word this check knows (a fixed list: terrorist, regime, so-called, rioters, falsely…). That does not mean "
    "no report judges: labels outside the list, and one report's label alone on a statement, are not listed here."
)
"""What the Naming section says when it lists nothing: what was checked, not that there is nothing."""
NONE_LEFT_OUT = (
    "No report is found to leave out a statement most others carry. A report counts as saying a statement when "
    "any link (a weaker one too), quotation or figure ties one of its sentences to it, or when one of its "
    "sentences holds nearly all the words the statement's passages share, close together, so an omission that such "
    "a tie or wording hides is not listed."
)
"""What the omissions section says when it lists nothing: how a report was judged to say a statement."""
ORIGINS_TITLE = "Origins: who copied whom"
ORIGINS_NOTE = ("Share of each report's sentences copied from another report (near-verbatim; quotations count "
                "only between reports that copy each other), holding reused phrasing, or its own.")
FIGURES_TITLE = "Figures and dates compared"
FIGURES_NOTE = ("One line per quantity: the value each report gives (the fewest reports first); "
                "the JSON export lists every figure compared, with the pairs that make each line.")
"""The origins and figures sections' titles and notes, as both readable exports head them."""
NO_FIGURES = "No figure is given by two reports for the same statement."
"""What the figures section says when no figure was compared at all."""
NONE_LISTED = "None."
"""What one list of the figures section (conflicts, agreements) says when it lists nothing."""


# --- JSON ---------------------------------------------------------------------------


def _span(span: Span) -> dict:
    return {"article": span.article, "start": span.start, "end": span.end}


def _article(analysis: Analysis, article: Article) -> dict:
    return {
        "id": article.id,
        "outlet": article.outlet,
        "title": article.title,
        "standfirst": article.standfirst,
        "published": article.published,
        "url": article.url,
        "byline": article.byline,
        "path": analysis.dossier.relative_path(article.path),
        "body": article.body,
        "paragraphs": [list(pair) for pair in article.paragraphs],
        "captions": list(article.captions),
        "notes": list(article.notes),
        "role": article.role,
        "unique": [] if article.id in analysis.dossier.sources else [[s.start, s.end] for s in analysis.unique_sentences(article.id)],
        "said_elsewhere": [{"start": s.start, "end": s.end, "articles": sorted(also)}
                           for s, also in said_elsewhere(analysis, article.id)],
        "figures": [_figure(figure) for figure in analysis.findings.figures.get(article.id, ())],
    }


def _entity(entity: Entity, in_titles: tuple[Span, ...]) -> dict:
    return {
        "id": entity.id,
        "name": entity.name,
        "type": entity.type,
        "aliases": list(entity.aliases),
        "articles": list(entity.articles),
        "mentions": [_span(span) for span in entity.mentions],
        "title_mentions": [_span(span) for span in in_titles],
        "related": list(entity.related),
        "demonyms": list(entity.demonyms),
        "stand_ins": list(entity.stand_ins),
    }


def _pairs(analysis: Analysis, link: Link) -> list[dict]:
    return [
        {"a": pair.a, "b": pair.b, "changes": [
            {"tag": d.op.tag, "type": d.type, "a": [d.op.a_start, d.op.a_end], "b": [d.op.b_start, d.op.b_end]}
            for d in pair.changes
        ], **({"stance": _stance(pair.stance)} if pair.stance else {})}
        for pair in analysis.findings.differences.get(link.id, ())
    ]


def _stance(found: StanceDifference) -> dict:
    return {"a": found.a, "b": found.b, "a_cue": found.a_cue and _span(found.a_cue), "b_cue": found.b_cue and _span(found.b_cue)}


def _link(analysis: Analysis, link: Link) -> dict:
    return {
        "id": link.id,
        "kind": link.kind,
        "shown_kind": shown_kind(analysis, link),
        "score": round(link.score, 3),
        "passages": [_span(span) for span in link.passages],
        "accepted": link.accepted,
        "confident": link.confident,
        "pairs": _pairs(analysis, link),
    }


def _quote(quote: Quote) -> dict:
    return {
        **_span(quote.span),
        "speaker": quote.speaker,
        "speaker_entity": quote.speaker_entity,
        "verb": quote.verb,
        "attribution": _span(quote.attribution) if quote.attribution else None,
        "inherited": quote.inherited,
        "ellipsis": quote.ellipsis,
        "insertions": [_span(span) for span in quote.insertions],
    }


def _quote_group(group: QuoteGroup) -> dict:
    return {
        "id": group.id,
        "speaker": group.speaker,
        "quotes": [_quote(quote) for quote in group.quotes],
        "reported": [_span(span) for span in group.reported],
        "flags": list(group.flags),
    }


def _figure(figure: Figure) -> dict:
    return {
        **_span(figure.span),
        "kind": figure.kind,
        "text": figure.text,
        "value": figure.value,
        "unit": figure.unit or None,
        "bound": figure.bound,
        "date": figure.date,
        "relative": figure.relative,
        "note": figure.note or None,
    }


def _comparison(item: FigureComparison) -> dict:
    return {
        "verdict": item.verdict,
        "key": item.key,
        "link": item.link,
        "figures": [_figure(figure) for figure in item.figures],
    }


FIGURES_LISTED = {"agree": "spanning", "conflict": "one per pair of agreeing groups"}
"""How ``figures`` lists the comparisons (:func:`~reader.core.findings.figure_groups.listed_comparisons`), said in the JSON."""


def _figures_listed(comparisons: tuple[FigureComparison, ...]) -> dict:
    """How ``figures`` lists the comparisons, and how many of each verdict were found."""
    found = Counter(map(attrgetter("verdict"), comparisons))
    return FIGURES_LISTED | {"found": {verdict: found[verdict] for verdict in ("agree", "conflict")}}


def _figure_groups(groups: tuple[FigureGroup, ...], listed: tuple[FigureComparison, ...]) -> list[dict]:
    """The groups of all the comparisons, each pointing at those of them ``figures`` lists."""
    place = {id(item): n for n, item in enumerate(listed)}
    return [
        {"key": group.key, "verdict": "conflict" if group.conflict else "agree",
         "sides": [{"value": side.shown, "articles": list(side.articles)}
                   | ({"values": {value.shown: list(value.articles) for value in side.values}} if side.values else {})
                   | ({"elsewhere": {shown: list(also) for shown, also in side.elsewhere}} if side.elsewhere else {})
                   for side in group.sides],
         "figures": [n for n in map(place.get, map(id, group.comparisons)) if n is not None]}
        for group in groups
    ]


_ROUNDING = msgspec.json.Decoder(float_hook=lambda literal: round(float(literal), 3))
"""Reads JSON back with every float rounded like the scores."""


def _plain(value: object, kind: msgspec.inspect.Type) -> object:
    """``value`` (of type ``kind``) as the JSON holds it, encoded by msgspec, in C (a dataclass as an object: the
    origins hold hundreds of thousands of values at 500 reports, seconds in Python). Kept encoded; read back, with
    every float rounded like the scores, only where ``kind`` may hold a float (the shares): reading the runs and
    pairs back (a tenth of a second at 500 reports, as much again to free them) found nothing to round."""
    encoded = msgspec.json.encode(value)
    return _ROUNDING.decode(encoded) if _may_hold_float(kind) else msgspec.Raw(encoded)


def _may_hold_float(kind: msgspec.inspect.Type) -> bool:
    if isinstance(kind, msgspec.inspect.FloatType):
        return True
    if isinstance(kind, msgspec.inspect.DataclassType):
        return any(_may_hold_float(field.type) for field in kind.fields)
    inner = [getattr(kind, name) for name in ("item_type", "key_type", "value_type") if hasattr(kind, name)]
    return any(map(_may_hold_float, [*inner, *getattr(kind, "types", ()), *getattr(kind, "item_types", ())]))


@cache
def _sourcing_kinds() -> tuple[msgspec.inspect.DataclassType, msgspec.inspect.Type, msgspec.inspect.Type]:
    """The types of the origins (each field encoded as :func:`_plain` says), the naming rows and the omissions."""
    return tuple(msgspec.inspect.multi_type_info([Origins, tuple[NamingRow, ...], dict[str, tuple[Omission, ...]]]))


def to_document(analysis: Analysis) -> dict:
    """The JSON document as plain Python data (see the module docstring)."""
    sourcing = sourcing_of(analysis)
    comparisons = analysis.findings.comparisons
    listed, groups = listed_and_grouped(analysis)
    origins, naming, omissions = _sourcing_kinds()
    return {
        "schema": SCHEMA,
        "articles": [_article(analysis, article) for article in analysis.dossier.articles],
        "entities": [_entity(entity, analysis.title_mentions.get(entity.id, ())) for entity in analysis.entities],
        "links": [_link(analysis, link) for link in analysis.links],
        "weaker_links": [_link(analysis, link) for link in analysis.weaker_links],
        "story": {"same_event": analysis.story.same_event, "off_topic": list(analysis.story.off_topic),
                  "events": [list(group) for group in analysis.story.events]} | _not_english(analysis.story),
        "quotes": [_quote_group(group) for group in analysis.findings.quotes],
        "figures": [_comparison(item) for item in listed],
        "figures_listed": _figures_listed(comparisons),
        "figure_groups": _figure_groups(groups, listed),
        "origins": {"summary": sourcing.origins.summary(analysis)}
                   | {field.name: _plain(getattr(sourcing.origins, field.name), field.type) for field in origins.fields},
        "naming": _plain(sourcing.naming.rows, naming),
        "omissions": _plain(sourcing.omissions.by_article, omissions),
        "problems": [
            {"path": analysis.dossier.relative_path(p.path), "message": p.message} for p in analysis.dossier.problems
        ],
        "corrections": {
            "summary": corrections_note(analysis),
            "by_kind": dict(Counter(kind for kind, _ in analysis.corrections)),
            "decisions": [{"decision": kind, "described": words} for kind, words in analysis.corrections],
        },
    }


def _not_english(story: Story) -> dict:
    """The ``story``'s ``not_english``, only when a report is not in English (so that the JSON of an English
    dossier reads as before)."""
    return {"not_english": [{"article": a, "language": language} for a, language in story.not_english]} \
        if story.not_english else {}


def to_json(analysis: Analysis) -> str:
    """The whole dossier and its analysis as one JSON document, ending in a newline (:func:`json_bytes`, decoded)."""
    return json_bytes(analysis).decode()


def json_bytes(analysis: Analysis) -> bytes:
    """:func:`to_json` as UTF-8, what a file holds (encoded and indented by msgspec, in C: the standard library
    indents in Python, seconds at 500 reports): a writer takes it as it is, where decoding it to text and
    encoding that again cost a tenth of a second per 30 MB."""
    return msgspec.json.format(msgspec.json.encode(to_document(analysis)), indent=2) + b"\n"


# --- Markdown -----------------------------------------------------------------------

_SIGNIFICANT = re.compile(r"[\\`*_\[\]|~#$&<>]")
_BLOCK_START = re.compile(r"^(?:[-+=]|\d+(?=[.)]))")
# What GFM's autolink extension (and markdown-it's linkify) turn into links: an address with a
# scheme, one starting www., an e-mail address. ` | < > end it (so its code span needs no escaping,
# even in a table cell), and so does a character no address holds unencoded, [ ] { } \ ^ " (but a
# bracketed IPv6 host), or rarely holds but emphasis does, *: markup run into an address
# (``[b]http://x.example[/b]``, ``…/a](javascript:``, ``…/a**b**``) stays escaped text beside the
# code span, not inside it. Trailing punctuation is left outside, as GFM does.
_BARE_LINK = re.compile(
    r"(?i)(?:\b(?:(?:https?|ftp)://(?:\[[\da-f:.]+\])?|www\.|mailto:|xmpp:)|(?<![\w.+-])[\w.+-]++@(?=[\w-]+\.))"
    r"[^\s`|<>\[\]{}\\^\"*]*"
)
_TRAILING = ".,;:!?)'\u201d\u2019_~"


def escape_markdown(text: str) -> str:
    """``text`` as inline Markdown that renders literally, on one line.

    Runs of whitespace (line breaks included) become one space; every character
    that gives inline Markdown (GitHub's included) a meaning is backslash-escaped,
    ``& < >`` too, so no tag, autolink or entity can open while the file still
    reads as the text ("AT\\&T", not "AT&amp;T"):
    emphasis ``* _``, code, links and images ``[ ]``, table cells ``|``,
    strikethrough ``~``, headings ``#``, math ``$``. A leading list, quote
    or heading marker is escaped too, so the text cannot start a block.
    A bare address becomes a code span: no renderer makes it a live link.
    """
    text = " ".join(text.split())
    lowered = text.lower()
    if not ("@" in text or "://" in text or "www." in lowered or "mailto:" in lowered or "xmpp:" in lowered):
        return _block_safe(_escape_inline(text))  # no address: a C-speed test spares the scan
    pieces, at = [], 0
    for link in _BARE_LINK.finditer(text):
        address = _address(link.group())
        pieces += [_escape_inline(text[at : link.start()]), f"`{address}`"]
        at = link.start() + len(address)
    return _block_safe("".join(pieces) + _escape_inline(text[at:]))


def _address(found: str) -> str:
    """``found`` without the punctuation of the sentence around it; a closing parenthesis stays
    while the address opened one (``…/wiki/A_(b)``), as GFM keeps it."""
    address = found
    while address and address[-1] in _TRAILING and not (address[-1] == ")" and address.count("(") >= address.count(")")):
        address = address[:-1]
    return address or found


def _block_safe(text: str) -> str:
    return _BLOCK_START.sub(lambda m: m.group() + "\\" if m.group()[0].isdigit() else "\\" + m.group(), text)


def _escape_inline(text: str) -> str:
    return _SIGNIFICANT.sub(lambda m: "\\" + m.group(), text)


_CLOSERS = (*",.;:!?)\u201d\u2019", "\\]")
_OPENERS = (*"(\u201c\u2018", "\\[")


def _join(pieces: list[str]) -> str:
    """Pieces separated by one space, except before closing punctuation and after opening marks."""
    text = ""
    for piece in pieces:
        if text and not piece.startswith(_CLOSERS) and not text.endswith(_OPENERS):
            text += " "
        text += piece
    return text


def marked_version(analysis: Analysis, reference: Span, other: Span) -> str:
    """``other``'s text with the changes from ``reference`` marked: ~~dropped~~ and **added** words.

    Everything is escaped; spacing is normalised to single spaces.
    """
    a_body = analysis.dossier.article(reference.article).source(reference)
    b_body = analysis.dossier.article(other.article).source(other)
    pieces = []
    for op in diff_passages(analysis, reference, other):
        old, new = a_body[op.a_start : op.a_end], b_body[op.b_start : op.b_end]
        if op.tag == "equal":
            pieces.append(escape_markdown(new))
            continue
        if op.tag in ("delete", "replace") and old.strip():
            pieces.append(f"~~{escape_markdown(old)}~~")
        if op.tag in ("insert", "replace") and new.strip():
            pieces.append(f"**{escape_markdown(new)}**")
    return _join([piece for piece in pieces if piece])


ELSEWHERE_TITLE = "What else each report says"
ELSEWHERE_NOTE = ("Each report's sentences in no passage above and not its own alone: other reports say them too, "
                  "but no confident link joins them (a weaker link, a figure or a quotation both give, or much the "
                  "same words), and the reports saying them are named. A source document is set against the reports, "
                  "not among them, so each of its sentences in no passage above is here, with the reports saying "
                  "it too, or with none when no report does. "
                  "With the passages above and what only one report says, every sentence of every report and "
                  "source document is in this report.")
ELSEWHERE_ONE_NOTE = "The dossier has one report: nothing is set against it, so each of its sentences is listed here."
ONE_REPORT = "The dossier has one report: nothing is set against it, so no sentence is said to be its own alone."
NO_REPORT = "The dossier has no report."
SOURCE_MARK = ", source document"
NONE_ELSEWHERE = ("None: every sentence is in a passage above or its own alone.", "None: every sentence is in a passage above.")
"""The readable exports' section of the sentences shown nowhere else, its note (:func:`elsewhere_note`), and
what "What only one report says" says of a dossier of one report and of an empty one; what "What else" adds to a source
document's name, and says of a report (or a source) it lists nothing of."""


def elsewhere_note(analysis: Analysis) -> str:
    """The note of "What else each report says": with fewer than two reports nothing is set against a
    sentence, and every sentence is listed (none of them with other reports saying it too)."""
    reports = [a for a in analysis.dossier.articles if a.id not in analysis.dossier.sources]
    return ELSEWHERE_NOTE if len(reports) > 1 else ELSEWHERE_ONE_NOTE if reports else NO_REPORT


def said_elsewhere(analysis: Analysis, article_id: str) -> list[tuple[Sentence, frozenset[str]]]:
    """The report's sentences the readable exports would show nowhere else: in no confident link's
    passage (the passages section) and not its alone (the unique section), each with the other
    reports saying it; in a dossier of one report, every sentence. For a source document, which the
    unique section skips, every sentence in no passage: what no report says too is listed here."""
    linked = {s.index for link in analysis.links_by_article.get(article_id, ()) for span in link.passages
              if span.article == article_id for s in analysis.sentences_overlapping(span)}
    alone = frozenset() if article_id in analysis.dossier.sources else analysis.unique_indexes(article_id)
    return [(s, analysis.said_by(article_id, s) - {article_id}) for s in analysis.sentences.get(article_id, ())
            if s.index not in linked and s.index not in alone]


def ranked_links(analysis: Analysis) -> list[Link]:
    """Links in report order: carried by most reports first, then closest wording, then dossier order."""
    order = {a.id: i for i, a in enumerate(analysis.dossier.articles)}
    return sorted(
        analysis.links,
        key=lambda link: (-len(link.passages), -link.score, order.get(link.passages[0].article, 0),
                          link.passages[0].start),
    )


def compared_quotes(analysis: Analysis) -> list[QuoteGroup]:
    """The quotation groups a report shows: those carried by two or more reports, or flagged."""
    return [group for group in analysis.findings.quotes if len(group.articles) >= 2 or group.flags]


def told_origins(origins: Origins, link: Link) -> LinkOrigins | None:
    """A link's origins as the readable exports tell them: none for a link that fewer than two reports carry
    (the rest of it source documents), whose one report has no origins to tell apart."""
    found = origins.of_link(link.id)
    return found if found is not None and found.reports >= 2 else None


RUN_SHOWN = 40
"""Words of a shared run a readable export's line shows whole. A reprint's run is the whole article
(thousands of words, a wall in a list line): a longer one shows its first :data:`RUN_HEAD` and last
:data:`RUN_TAIL` words and its length; the JSON keeps it whole."""
RUN_HEAD, RUN_TAIL = 20, 10


def run_shown(dossier: Dossier, span: Span, passage: Callable[[Span], str]) -> str:
    """A shared run as a readable export's line shows it (:data:`RUN_SHOWN`), ``passage`` showing its text."""
    words = [match.span() for match in re.finditer(r"\S+", dossier.article(span.article).text(span))]
    if len(words) <= RUN_SHOWN:
        return passage(span)
    head = Span(span.article, span.start, span.start + words[RUN_HEAD - 1][1])
    tail = Span(span.article, span.start + words[-RUN_TAIL][0], span.end)
    return f"{passage(head)} \u2026 {passage(tail)} ({len(words):,} words)"


def origins_line(analysis: Analysis, found: LinkOrigins, outlet: Callable[[str], str], text: Callable[[str], str],
                 passage: Callable[[Span], str]) -> str:
    """A link's origins, and its longest shared run (a quotation both print, or reused text), as both readable
    exports say them: ``outlet`` names a report, ``text`` escapes words and ``passage`` shows the run's text
    in the format written."""
    line = "Origins: " + text(found.summary(analysis.dossier.names))
    if pair := found.longest:
        line += (f". Longest shared run ({outlet(pair.a)} / {outlet(pair.b)}, {text(pair.relation)}"
                 f"{text(pair.run.quotation_note)}): {run_shown(analysis.dossier, pair.run.a, passage)}")
    return line


def copying_lines(dossier: Dossier, origins: Origins, outlet: Callable[[str], str], text: Callable[[str], str],
                  passage: Callable[[Span], str]) -> list[str]:
    """What the origins section of both readable exports lists: how each pair of reports relates, then
    the sources accounting for a report; ``outlet``, ``text`` and ``passage`` as for :func:`origins_line`."""
    pairs = [f"{outlet(pair.a)} and {outlet(pair.b)}: {text(pair.relation)}"
             + (f", {counted(pair.copied, 'sentence')} copied" if pair.copied else "")
             + (f"; shared run: {run_shown(dossier, pair.runs[0].a, passage)}" if pair.runs else "")
             for pair in origins.pairs]
    return pairs + [f"Source {outlet(cover.source)} accounts for {cover.share:.0%} of {outlet(cover.report)}"
                    for cover in origins.sources]


def figure_lists(analysis: Analysis) -> tuple[tuple[str, tuple[FigureGroup, ...]], ...]:
    """What the figures section of both readable exports lists: the conflicts, then the agreements,
    each under a heading that counts them (``Conflicts (2)``), one group a line (:func:`group_line`)."""
    groups = figure_groups_of(analysis)
    lists = ((title, tuple(g for g in groups if g.conflict == conflict)) for title, conflict in (("Conflicts", True), ("Agreements", False)))
    return tuple((f"{title} ({len(chosen)})", chosen) for title, chosen in lists)


class _Report:
    """Builds the Markdown report section by section; ``lines`` is the result."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.articles = analysis.dossier.articles
        self.outlet = {a.id: escape_markdown(analysis.dossier.names[a.id]) for a in self.articles}
        self.sourcing = sourcing_of(analysis)
        self.lines: list[str] = []

    def text(self, span: Span) -> str:
        return escape_markdown(self.analysis.dossier.article(span.article).text(span))

    def lead(self, span: Span) -> str:
        """The words of its sentence a clause passage is read after (:func:`~reader.core.findings.leads.lead`), in
        italics, before it; nothing for one that reads alone."""
        before = lead(self.analysis, span)
        return f"_{escape_markdown(before)}_ " if before else ""

    def add(self, *lines: str) -> None:
        self.lines.extend(lines)

    def section(self, title: str, items: object, empty: str) -> bool:
        """Opens a section; when ``items`` is empty, says ``empty`` and returns False (nothing to list)."""
        self.add(f"## {title}", "")
        if not items:
            self.add(empty, "")
            return False
        return True

    def summary(self) -> None:
        dossier = self.analysis.dossier
        name = escape_markdown(PurePath(dossier.root).name or str(dossier.root))
        self.add(f"# Dossier comparison: {name}", "")
        self.add(
            escape_markdown(summary_line(self.analysis)),
            "",
            *(line for title, note in story_notes(self.analysis) for line in (f"**{title}** {escape_markdown(note)}", "")),
            *_corrected(self.analysis),
            "| Report | Title | Published | Words | Shared |",
            "| --- | --- | --- | --- | --- |",
        )
        for article in self.articles:
            title = escape_markdown(shorten(article.headline, 90))
            shared = shared_cell(self.analysis, article.id)
            self.add(
                f"| {self.outlet[article.id]} | {title} | {article.published or _NONE} "
                f"| {article.word_count} | {escape_markdown(shared)} |"
            )
        self.add("")
        captions = [f"- {self.outlet[article.id]}: {escape_markdown(caption)}"
                    for article in self.articles for caption in article.captions]
        if captions:
            self.add("Photo captions (kept out of the bodies):", "", *captions, "")

    def version(self, span: Span) -> str:
        """Whose version of a link's passage: the outlet, said to be its headline for a title passage."""
        return f"**{self.outlet[span.article]}**" + (" (headline)" if span.in_title else "")

    def links(self) -> None:
        if not self.section("Passages carried by several reports", self.analysis.links,
                            "No passage is carried by two or more reports."):
            return
        self.add("The first version is the reference; in each other version ~~struck~~ words are the "
                 "reference's that it drops or changes and **bold** words are its own.", "")
        for number, link in enumerate(ranked_links(self.analysis), 1):
            self.add(f"### {number}. {escape_markdown(kind_label(self.analysis, link))}, {carried_by(self.analysis, link.passages)}, "
                     f"score {link.score:.2f}", "")
            reference, *others = link.passages
            self.add(f"- {self.version(reference)}: {self.lead(reference)}{self.text(reference)}")
            for other in others:
                self.add(f"- {self.version(other)}: {self.lead(other)}{marked_version(self.analysis, reference, other)}")
            for note in link_stances(self.analysis, link):
                self.add(f"- **{escape_markdown(note)}**")
            if found := told_origins(self.sourcing.origins, link):
                self.add("- " + origins_line(self.analysis, found, lambda a: self.outlet[a], escape_markdown,
                                             lambda span: f"\u201c{self.text(span)}\u201d"))
            self.add("")

    def unique(self) -> None:
        self.add("## What only one report says", "")
        if len(self.articles) < 2:
            self.add(ONE_REPORT if self.articles else NO_REPORT, "")
            return
        for article in self.articles:
            if article.id in self.analysis.dossier.sources:
                continue
            sentences = self.analysis.unique_listed(article.id)
            self.add(f"### {self.outlet[article.id]} ({counted(len(sentences), 'sentence')})", "")
            if not sentences:
                self.add("Every sentence is carried by another report.")
            for sentence in sentences:
                self.add(f"- {self.text(sentence.span)}")
            self.add("")

    def elsewhere(self) -> None:
        self.add(f"## {ELSEWHERE_TITLE}", "", elsewhere_note(self.analysis), "")
        for article in self.articles:
            sentences = said_elsewhere(self.analysis, article.id)
            source = article.id in self.analysis.dossier.sources
            self.add(f"### {self.outlet[article.id]}{SOURCE_MARK * source} ({counted(len(sentences), 'sentence')})", "")
            if not sentences:
                self.add(NONE_ELSEWHERE[source])
            for sentence, also in sentences:
                said = f" (also: {', '.join(f'**{self.outlet[a]}**' for a in self._ordered(also))})" if also else ""
                self.add(f"- {self.text(sentence.span)}{said}")
            self.add("")

    def _ordered(self, ids: frozenset[str]) -> list[str]:
        return [a.id for a in self.articles if a.id in ids]

    def entities(self) -> None:
        shared = sorted(self.analysis.shared_entities, key=lambda e: (-len(e.articles), e.name.casefold()))
        if not self.section("Entities named in two or more reports", shared,
                            "No entity is named in two or more reports."):
            return
        self.add("Mentions per report; aliases seen in brackets.", "")
        self.add("| Entity | Type | " + " | ".join(self.outlet[a.id] for a in self.articles) + " |")
        self.add("| --- | --- |" + " --- |" * len(self.articles))
        for entity in shared:
            counts = self.analysis.mention_counts(entity)
            aliases = [alias for alias in entity.aliases if alias != entity.name]
            name = escape_markdown(entity.name)
            if aliases:
                name += " (" + escape_markdown(", ".join(aliases)) + ")"
            # Every shared entity by every report: most cells are empty, and get() spares each a call
            # of Counter's __missing__ (a third of the whole report at 500 reports).
            cells = [str(count) if (count := counts.get(a.id)) else _NONE for a in self.articles]
            self.add(f"| {name} | {entity.type} | " + " | ".join(cells) + " |")
        self.add("")

    def quotes(self) -> None:
        groups = compared_quotes(self.analysis)
        if not self.section("Quotations", groups, "No quotation appears in two or more reports."):
            return
        for group in groups:
            speaker = escape_markdown(group.speaker or "unknown speaker")
            self.add(f"### {speaker}: {counted(len(group.articles), 'report')}", "")
            if group.flags:
                self.add("Flagged: " + escape_markdown("; ".join(group.flags)), "")
            reference = group.quotes[0]
            for quote in group.quotes:
                who = escape_markdown(quote.speaker or "unattributed")
                verb = f" ({escape_markdown(quote.verb)})" if quote.verb else ""
                words = self.text(quote.span) if quote is reference else marked_version(
                    self.analysis, reference.span, quote.span)
                self.add(f"- **{self.outlet[quote.span.article]}**, {who}{verb}: \u201c{words}\u201d")
            for span, how in zip(group.reported, group.reported_as):
                self.add(f"- **{self.outlet[span.article]}**, {escape_markdown(how)}: {self.text(span)}")
            self.add("")

    def figures(self) -> None:
        if not self.section(FIGURES_TITLE, self.analysis.findings.comparisons, NO_FIGURES):
            return
        self.add(FIGURES_NOTE, "")
        for heading, groups in figure_lists(self.analysis):
            self.add(f"### {heading}", "")
            self.add(*(["- " + group_line(group, lambda a: f"**{self.outlet[a]}**", escape_markdown) for group in groups]
                       or [NONE_LISTED]), "")

    def origins(self) -> None:
        origins = self.sourcing.origins
        self.add(f"## {ORIGINS_TITLE}", "", escape_markdown(origins.summary(self.analysis)) + ".", "")
        if origins.shares:  # none with fewer than two reports: the line above says so
            self.add(ORIGINS_NOTE, "")
            self.add("| Report | Copied | Rewritten | Own | Wire credit |", "| --- | --- | --- | --- | --- |")
            for share in origins.shares:
                credits = escape_markdown(", ".join(share.credits)) or _NONE
                self.add(f"| {self.outlet[share.article]} | {share.copied:.0%} | {share.rewritten:.0%} "
                         f"| {share.own:.0%} | {credits} |")
            self.add("")
        lines = copying_lines(self.analysis.dossier, origins, lambda a: f"**{self.outlet[a]}**", escape_markdown,
                              lambda span: f"\u201c{self.text(span)}\u201d")
        if lines:
            self.add(*("- " + line for line in lines), "")

    def naming(self) -> None:
        rows = [row for row in self.sourcing.naming.rows if row.judged]
        if not self.section("Naming: the words each report uses", rows,
                            NO_JUDGED_ROWS):
            return
        self.add("Labels that carry a judgement are in **bold**.", "")
        for row in rows:
            self.add(f"### {escape_markdown(row.title)}", "")
            for article in self.articles:
                names = row.names.get(article.id, ())
                labels = row.labels_of(article.id)
                if not names and not labels:
                    continue
                words = [escape_markdown(", ".join(names))] if names else []
                words += [f"**{escape_markdown(l.text)}**" if l.judgement else escape_markdown(l.text) for l in labels]
                self.add(f"- **{self.outlet[article.id]}**: " + "; ".join(words))
            self.add("")

    def omissions(self) -> None:
        omissions = self.sourcing.omissions.by_article
        if not self.section("What each report leaves out", omissions, NONE_LEFT_OUT):
            return
        links = {link.id: link for link in self.analysis.links}
        for article in self.articles:
            rows = omissions.get(article.id, ())[:OMISSIONS_SHOWN]
            if rows:
                self.add(f"### {self.outlet[article.id]}", "")
                self.add(*(f"- {o.reports} reports, {counted(o.origins, 'origin')}: "
                           f"{escape_markdown(excerpt(self.analysis, links[o.link], 120))}" for o in rows), "")

    def problems(self) -> None:
        problems = self.analysis.dossier.problems
        if problems:
            self.add("## Problems", "", f"{problems_summary(problems)}:", "")
            self.add(*(f"- {escape_markdown(str(problem))}" for problem in problems), "")


CORRECTION_WORDS = {
    "reject": ("link rejected", "links rejected"), "accept": ("link accepted", "links accepted"),
    "drop": ("passage taken out of a link", "passages taken out of links"),
    "merge": ("entity merge", "entity merges"), "split": ("entity split", "entity splits"),
}
"""Each kind of decision (as the sidecar names it) counted in words, as the exports sum the corrections up."""


def shared_cell(analysis: Analysis, article_id: str) -> str:
    """The Shared column of the readable exports' report table: ``71%``; ``source`` for a source document, which
    counts as no report; beside the sources, how much of the report each accounts for (``71%; 43% from M``); an
    en dash, as any empty cell, in a dossier of one report, which shares nothing."""
    if article_id in analysis.dossier.sources:
        return "source"
    share = analysis.shared_fraction(article_id)  # none in a dossier of one report
    return "; ".join([*([f"{share:.0%}"] if share is not None else ()), *source_notes(analysis, article_id)]) or _NONE


def carried_by(analysis: Analysis, passages: tuple[Span, ...]) -> str:
    """Who carries a link's passages, as its heading counts them: ``3 reports``, or ``2 reports and 1 source``."""
    sources = sum(span.article in analysis.dossier.sources for span in passages)
    return counted(len(passages) - sources, "report") + (f" and {counted(sources, 'source')}" if sources else "")


def summary_line(analysis: Analysis) -> str:
    """The dossier in one sentence, as both readable exports open: ``5 reports, 12 passages carried by two or
    more, 9 entities named in two or more, every file opened.`` A source document counts as no report
    (``3 reports and 1 source, …``)."""
    dossier = analysis.dossier
    sources = f" and {counted(len(dossier.sources), 'source')}" if dossier.sources else ""
    carried = sum(len({span.article for span in link.passages} - dossier.sources) >= 2 for link in analysis.links)
    return (f"{counted(len(dossier.articles) - len(dossier.sources), 'report')}{sources}, "
            f"{counted(carried, 'passage')} carried by two or more, "
            f"{counted(len(analysis.shared_entities), 'entity', 'entities')} named in two or more, "
            f"{problems_summary(analysis.dossier.problems) or 'every file opened'}.")


def corrections_note(analysis: Analysis) -> str:
    """``2 corrections applied by hand: 1 link rejected, 1 entity merge``, or ``""`` for none: an
    export shared on says that its links or entities are not the analysis's alone."""
    kinds = Counter(kind for kind, _ in analysis.corrections)
    if not kinds:
        return ""
    parts = ", ".join(f"{count} {CORRECTION_WORDS[kind][count != 1]}" for kind, count in kinds.items())
    return f"{counted(len(analysis.corrections), 'correction')} applied by hand: {parts}"


STORY_TITLE = "Same story?"
"""What the readable exports, as the reader, head the warning with when the reports do not seem to cover one event."""
LANGUAGE_TITLE = "Language?"
"""What the readable exports, as the reader, head the warning with when reports are not in English."""


def story_notes(analysis: Analysis) -> list[tuple[str, str]]:
    """The reader's ``Same story?`` and ``Language?`` warnings as an export words them, each under its title,
    none when the reports seem to cover one event in English: the export shared on keeps the main caveats
    the JSON's ``story`` holds."""
    story, dossier = analysis.story, analysis.dossier
    notes = ((STORY_TITLE, story.notice(dossier, in_export=True)), (LANGUAGE_TITLE, story.language_notice(dossier)))
    return [(title, note) for title, note in notes if note]


def _corrected(analysis: Analysis) -> list[str]:
    """The lines saying the links or entities were edited by hand, and how, when they were."""
    note = corrections_note(analysis)
    if not note:
        return []
    return [f"**{escape_markdown(note)}** (in the reader):", "",
            *(f"- {escape_markdown(words)}" for _, words in analysis.corrections), ""]


def to_markdown(analysis: Analysis) -> str:
    """A readable comparison report: summary, linked passages with differences marked,
    each report's unique sentences, the rest of its sentences, the shared-entity table, quotations, figures,
    origins, the naming of judged things and each report's omissions."""
    report = _Report(analysis)
    report.summary()
    report.links()
    report.unique()
    report.elsewhere()
    report.entities()
    report.quotes()
    report.figures()
    report.origins()
    report.naming()
    report.omissions()
    report.problems()
    return "\n".join(report.lines).rstrip() + "\n"
