"""The HTML report: one self-contained file that compares the dossier's reports.

:func:`to_html` promises:

* one document, no external resource: the stylesheet is inline, there is no
  script, no image, no font and no link out of the file (only ``#`` anchors);
  a Content-Security-Policy meta tag (``default-src 'none'``) makes any fetch a
  browser might still try fail;
* every piece of article-derived text (bodies, titles, outlets, bylines,
  captions, URLs, file names, entity names, labels) goes through :func:`_text`:
  made inert (:func:`reader.core.safe_text.make_inert`) and HTML-escaped, quotes
  included, so it is data in element content and in quoted attribute values,
  never markup;
* words are highlighted with the news-prose lexer and the chosen Pygments style
  of :mod:`reader.report.highlight`, the same lexer and style table the terminal uses.

Sections: summary, legend, coverage matrix (links x reports), the side-by-side
comparison (each link's versions in source-coloured columns, differences from
the reference marked by type, :mod:`reader.core.findings.difftypes`), quotations
(:func:`reader.core.export.documents.compared_quotes`), figures compared
(the analysis' findings, :func:`reader.core.findings.figures.compare_figures`), origins (which
reports copy or rewrite which, :mod:`reader.core.findings.origins`; the coverage matrix counts the
independent origins behind each passage), the naming of judged things
(:mod:`reader.core.findings.naming`), what each report leaves out
(:mod:`reader.core.findings.omissions`), what only one report says, the
shared-entity table and the files that could not be opened. Ordering and choice
of links and quotations are the Markdown report's (:mod:`reader.core.export.documents`).
"""

from __future__ import annotations

import html
import unicodedata
from collections import Counter
from pathlib import PurePath

from reader.core.text.diff import diff_passages
from reader.core.findings.difftypes import DIFF_TYPES, IGNORED_BY_DEFAULT, TYPE_TITLES, DiffType, classify
from reader.core.findings.figure_groups import FigureGroup, group_line
from reader.core.findings.leads import excerpt, lead
from reader.core.findings.likeness import kind_label
from reader.core.export.documents import (
    ELSEWHERE_TITLE, FIGURES_NOTE, FIGURES_TITLE, NO_JUDGED_ROWS, NONE_LEFT_OUT, NONE_LISTED, ONE_REPORT,
    NO_REPORT, NONE_ELSEWHERE, SOURCE_MARK, OMISSIONS_SHOWN, ORIGINS_NOTE, ORIGINS_TITLE,
    carried_by, compared_quotes, copying_lines, corrections_note, figure_lists, origins_line, ranked_links, shared_cell,
    elsewhere_note, said_elsewhere, story_notes, summary_line, told_origins,
)
from reader.core.model import Analysis, Label, Link, Span, counted, problems_summary, shorten
from reader.core.safe_text import make_inert
from reader.core.findings.sourcing import sourcing_of
from reader.core.findings.stance import link_stances
from reader.report.highlight import HIGHLIGHTED, LIGHT_DEFAULT, css_class, css_rules, lex
from reader.report.style import BASE_CSS, SOURCE_COLOURS, diff_css, grounds, source_css

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; font-src 'none'; "
    "base-uri 'none'; form-action 'none'"
)

DIFF_MEANING: dict[DiffType, str] = {
    "stance": "the words that deny or doubt what the other report tells outright",
    "framing": "a loaded label or framing term on one side only",
    "number": "a figure, amount or date that differs",
    "hedge": "a hedge (reportedly, allegedly) added or dropped",
    "attribution": "the reporting verb or source of a statement differs",
    "name": "the same entity named differently",
    "clause": "a clause added or dropped",
    "wording": "other rewording",
    "typography": "quote style, dashes, spelling only (not marked)",
}

_TOKEN_EXAMPLES = {"quote": "\u201cquoted words\u201d", "number": "29", "money": "$17 million",
                   "percent": "15%", "date": "April 12", "attribution": "said"}
_NONE = "\u2013"


HEADER_WORD = 18
"""Longest word a coverage column's header shows whole: a column is as wide as its longest word
(a word is never broken inside), so a longer one is cut in its middle, keeping the end that tells
``…number1`` from ``…number2``; the whole name is the header's tooltip."""


def _header(name: str) -> str:
    """``name`` as HTML for a column's header: each word over :data:`HEADER_WORD` characters cut
    in the middle and kept on one line (a browser breaks after an ellipsis), but one a browser may
    break anywhere (Chinese, Japanese: between any two of its characters)."""
    head, tail = HEADER_WORD // 2 + 1, HEADER_WORD // 2 - 2
    return " ".join(
        _text(word) if len(word) <= HEADER_WORD or any(unicodedata.east_asian_width(c) in "WF" for c in word)
        else f'<span class="cut">{_text(word[:head])}\u2026{_text(word[-tail:])}</span>'
        for word in make_inert(name).split()
    )


def _text(value: object) -> str:
    """Untrusted text as inert, escaped HTML (safe in content and in double-quoted attributes)."""
    return html.escape(make_inert(str(value)), quote=True)


class _Passages:
    """Highlighted and diff-marked HTML for spans of the dossier's bodies."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self._runs: dict[Span, list] = {}
        self.counts: Counter[str] = Counter()

    def _body(self, span: Span) -> str:
        """The string ``span`` indexes: its body, or its title line (``Article.source``)."""
        return self.analysis.dossier.article(span.article).source(span)

    def _lexed(self, span: Span) -> list:
        if span not in self._runs:
            text = self._body(span)[span.start : span.end]
            self._runs[span] = [(start + span.start, end + span.start, token) for start, end, token in lex(text)]
        return self._runs[span]

    def piece(self, span: Span, start: int, end: int) -> str:
        """``body[start:end]`` (inside ``span``) escaped, its news-prose tokens in ``hl-*`` spans."""
        body, out, position = self._body(span), [], start
        for run_start, run_end, token in self._lexed(span):
            run_start, run_end = max(run_start, start), min(run_end, end)
            if run_start >= run_end:
                continue
            out.append(_text(body[position:run_start]))
            out.append(f'<span class="hl-{css_class(token)}">{_text(body[run_start:run_end])}</span>')
            position = run_end
        out.append(_text(body[position:end]))
        return "".join(out)

    def plain(self, span: Span) -> str:
        return self.piece(span, span.start, span.end)

    def marked(self, reference: Span, other: Span) -> str:
        """``other`` with its differences from ``reference``: the reference's words it drops or changes
        struck (``del``), its own words underlined (``ins``), both classed ``t-TYPE`` and titled with
        the difference's label. Typography-only differences are not marked."""
        ops = diff_passages(self.analysis, reference, other)
        typed = {item.op: item for item in classify(self.analysis, reference, other, ops)}
        ref_body, own_body = self._body(reference), self._body(other)
        out = []
        for op in ops:
            own = self.piece(other, op.b_start, op.b_end)
            item = typed.get(op)
            if item is None or item.type in IGNORED_BY_DEFAULT:
                out.append(own)
                continue
            self.counts[item.type] += 1
            attributes = f'class="diff t-{item.type}" title="{_text(item.label)}"'
            if op.tag in ("delete", "replace") and ref_body[op.a_start : op.a_end].strip():
                out.append(f"<del {attributes}>{self.piece(reference, op.a_start, op.a_end)}</del>")
            if op.tag in ("insert", "replace") and own_body[op.b_start : op.b_end].strip():
                out.append(f"<ins {attributes}>{own}</ins>")
            else:
                out.append(own)
        return "".join(out)


class _Html:
    """Builds the report section by section; :meth:`document` assembles them."""

    def __init__(self, analysis: Analysis, style: str) -> None:
        self.analysis = analysis
        self.style = style
        self.articles = analysis.dossier.articles
        self.slot = {a.id: i % len(SOURCE_COLOURS) for i, a in enumerate(self.articles)}
        self.outlet_text = {a.id: _text(analysis.dossier.names[a.id]) for a in self.articles}
        self.passages = _Passages(analysis)
        self.links = ranked_links(analysis)
        self.number = {link.id: n for n, link in enumerate(self.links, 1)}
        self.sourcing = sourcing_of(analysis)

    def outlet(self, article_id: str, *, header: bool = False) -> str:
        """The report's outlet name in its colour; as a column's ``header``, its long words cut."""
        name = _header(self.analysis.dossier.names[article_id]) if header else self.outlet_text[article_id]
        return f'<span class="outlet src-{self.slot[article_id]}">{name}</span>'

    def version(self, span: Span) -> str:
        """Whose version of a link's passage: the outlet, said to be its headline for a title passage."""
        return self.outlet(span.article) + (' <span class="meta">(headline)</span>' if span.in_title else "")

    def swatch(self, article_id: str) -> str:
        return f'<span class="swatch src-{self.slot[article_id]}"></span>'

    # --- sections -------------------------------------------------------------------

    def summary(self) -> str:
        a = self.analysis
        rows = []
        for article in self.articles:
            rows.append(
                "<tr>"
                f"<td>{self.swatch(article.id)}{self.outlet(article.id)}</td>"
                f"<td>{_text(shorten(article.headline, 120))}"
                + (f'<div class="meta">{_text(article.byline)}</div>' if article.byline else "")
                + "</td>"
                f"<td>{_text(article.published or _NONE)}</td>"
                f'<td class="num">{article.word_count}</td>'
                f'<td class="num">{_text(shared_cell(a, article.id))}</td>'
                f'<td class="meta">{_text(a.dossier.relative_path(article.path))}'
                + (f"<br>{_text(article.url)}" if article.url else "")
                + "</td></tr>"
            )
        captions = "".join(
            f"<li>{self.outlet(article.id)}: {_text(caption)}</li>"
            for article in self.articles for caption in article.captions
        )
        note = corrections_note(a)  # an edited link set or entity list said where a reader of the file starts
        corrected = (f"<p><strong>{_text(note)}</strong> (in the reader):</p><ul>"
                     + "".join(f"<li>{_text(words)}</li>" for _, words in a.corrections) + "</ul>") if note else ""
        return (
            '<section id="summary"><h2>Summary</h2>'
            f"<p>{_text(summary_line(a))}</p>"
            + "".join(f"<p><strong>{_text(title)}</strong> {_text(note)}</p>" for title, note in story_notes(a))
            + corrected
            + "<table><thead><tr><th>Report</th><th>Title</th><th>Published</th>"
            '<th class="num">Words</th><th class="num">Shared</th><th>File</th></tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>"
            + (f"<details><summary>Photo captions (kept out of the bodies)</summary><ul>{captions}</ul></details>"
               if captions else "")
            + "</section>"
        )

    def legend(self) -> str:
        counts = self.passages.counts
        kinds = "".join(
            f'<span><span class="key t-{kind}">{TYPE_TITLES[kind]}</span> {DIFF_MEANING[kind]}'
            + (f" ({counts[kind]})" if kind not in IGNORED_BY_DEFAULT else "") + "</span>"
            for kind in DIFF_TYPES
        )
        tokens = "".join(
            f'<span><span class="hl-{css_class(token)}">{_TOKEN_EXAMPLES[css_class(token)]}</span> '
            f"{css_class(token)}</span>"
            for token in HIGHLIGHTED
        )
        return (
            '<section id="legend"><h2>How to read this report</h2>'
            "<p>In each passage the first column is the reference. In the other columns "
            '<del class="diff t-wording" title="an example">struck</del> words are the reference\'s that '
            'this report drops or changes, <ins class="diff t-wording" title="an example">underlined</ins> '
            "words are its own. "
            "The colour says what kind of difference it is (counts over the whole report); "
            "hover over a mark for its description.</p>"
            f'<div class="legend">{kinds}</div>'
            f'<p class="note">Words highlighted in every text (Pygments style {_text(self.style)}):</p>'
            f'<div class="legend">{tokens}</div></section>'
        )

    def coverage(self) -> str:
        head = "".join(
            f'<th class="src" title="{self.outlet_text[a.id]}">{self.swatch(a.id)}{self.outlet(a.id, header=True)}</th>'
            for a in self.articles
        )
        rows = []
        for link in self.links:
            number = self.number[link.id]
            carried = set(link.articles)
            cells = "".join(
                f'<td class="cell src-{self.slot[a.id]}">\u25cf</td>' if a.id in carried
                else '<td class="cell no">\u00b7</td>'
                for a in self.articles
            )
            named = _text(excerpt(self.analysis, link, 110))
            origins = self.sourcing.origins.origins_of(link)
            rows.append(
                f'<tr><td><a href="#link-{number}">{number}</a></td>'
                f'<td class="excerpt">{named}</td><td>{_text(kind_label(self.analysis, link))}</td>'
                f'<td class="num">{origins}</td>{cells}</tr>'
            )
        body = "".join(rows) or f'<tr><td colspan="{4 + len(self.articles)}">No passage is shared.</td></tr>'
        return (
            '<section id="coverage"><h2>Coverage: which report carries which passage</h2>'
            '<p class="note">Origins: how many independent sources stand behind the passage '
            "(reports that copy or rewrite one text count once).</p>"
            # In a box of its own that scrolls sideways: ten reports or more never widen the page.
            '<div class="wide"><table class="matrix"><thead><tr><th>#</th><th>Passage (reference wording)</th><th>Match</th>'
            f'<th class="num">Origins</th>{head}</tr></thead><tbody>{body}</tbody></table></div></section>'
        )

    def _lead(self, span: Span) -> str:
        """The words of its sentence a clause passage is read after (:func:`~reader.core.findings.leads.lead`),
        muted, before it; nothing for one that reads alone."""
        before = lead(self.analysis, span)
        return f'<span class="lead">{_text(before)}</span> ' if before else ""

    def comparison(self) -> str:
        blocks = []
        for link in self.links:
            number = self.number[link.id]
            reference, *others = link.passages
            columns = [
                f'<div class="column reference src-{self.slot[reference.article]}">{self.version(reference)}'
                f'<div class="passage">{self._lead(reference)}{self.passages.plain(reference)}</div></div>'
            ]
            columns += [
                f'<div class="column src-{self.slot[other.article]}">{self.version(other)}'
                f'<div class="passage">{self._lead(other)}{self.passages.marked(reference, other)}</div></div>'
                for other in others
            ]
            accepted = ", confirmed by the user" if link.accepted else ""
            blocks.append(
                f'<section class="link" id="link-{number}"><h3>{number}. {_text(kind_label(self.analysis, link))}, '
                f"{carried_by(self.analysis, link.passages)}, score {link.score:.2f}{accepted}</h3>"
                f'<div class="columns">{"".join(columns)}</div>{self.link_stances(link)}{self.link_origins(link)}</section>'
            )
        body = "".join(blocks) or "<p>No passage is carried by two or more reports.</p>"
        return f'<section id="comparison"><h2>Passages carried by several reports</h2>{body}</section>'

    def link_stances(self, link: Link) -> str:
        """How its versions tell the statement, where one denies or doubts what another tells outright."""
        return "".join(f'<p class="note"><strong>{_text(note)}</strong></p>' for note in link_stances(self.analysis, link))

    def link_origins(self, link: Link) -> str:
        """The link's origins, and its longest shared run (a quotation both print, or reused text)."""
        found = told_origins(self.sourcing.origins, link)
        if found is None:
            return ""
        note = origins_line(self.analysis, found, self.outlet, _text,
                            lambda span: f'<span class="hl-quote">\u201c{self.passages.plain(span)}\u201d</span>')
        return f'<p class="note">{note}</p>'

    def quotes(self) -> str:
        groups = compared_quotes(self.analysis)
        blocks = []
        for group in groups:
            reference = group.quotes[0]
            items = []
            for quote in group.quotes:
                words = (self.passages.plain(quote.span) if quote is reference
                         else self.passages.marked(reference.span, quote.span))
                who = _text(quote.speaker or "unattributed")
                verb = f" ({_text(quote.verb)})" if quote.verb else ""
                items.append(f"<li>{self.outlet(quote.span.article)}, {who}{verb}: "
                             f'<span class="hl-quote">\u201c{words}\u201d</span></li>')
            items += [
                f"<li>{self.outlet(span.article)}, {_text(how)}: {self.passages.plain(span)}</li>"
                for span, how in zip(group.reported, group.reported_as)
            ]
            flags = "".join(f"<li>{_text(flag)}</li>" for flag in group.flags)
            blocks.append(
                f'<div class="quote-group"><h3>{_text(group.speaker or "unknown speaker")}: '
                f"{counted(len(group.articles), 'report')}</h3>"
                + (f'<ul class="flags">{flags}</ul>' if flags else "")
                + f"<ul>{''.join(items)}</ul></div>"
            )
        body = "".join(blocks) or "<p>No quotation appears in two or more reports.</p>"
        return f'<section id="quotes"><h2>Quotations</h2>{body}</section>'

    def figures(self) -> str:
        parts = []
        for heading, groups in figure_lists(self.analysis):
            items = "".join(f'<li>{group_line(group, self.outlet, _text)} <span class="meta">(in {self.figures_where(group)})</span></li>'
                            for group in groups)
            parts.append(f'<div class="figure-list"><h3>{heading}</h3>'
                         + (f"<ul>{items}</ul>" if items else f"<p>{NONE_LISTED}</p>") + "</div>")
        return (f'<section id="figures"><h2>{FIGURES_TITLE}</h2><p class="note">{_text(FIGURES_NOTE)}</p>'
                f'{"".join(parts)}</section>')

    def figures_where(self, group: FigureGroup) -> str:
        """The passages holding the group's comparisons, as links to them (``passage 3 and similar sentences``)."""
        places = [f'<a href="#link-{self.number[link]}">passage {self.number[link]}</a>'
                  for link in group.links if link in self.number]
        if len(places) < len(group.links):  # paired outside links (or in links not listed)
            places.append("similar sentences")
        return ", ".join(places[:-1]) + " and " * (len(places) > 1) + places[-1]

    def origins(self) -> str:
        origins = self.sourcing.origins
        rows = "".join(
            f"<tr><td>{self.swatch(share.article)}{self.outlet(share.article)}</td>"
            f'<td class="num">{share.copied:.0%}</td><td class="num">{share.rewritten:.0%}</td>'
            f'<td class="num">{share.own:.0%}</td><td>{_text(", ".join(share.credits) or _NONE)}</td></tr>'
            for share in origins.shares
        )
        pairs = "".join(f"<li>{line}</li>" for line in copying_lines(
            self.analysis.dossier, origins, self.outlet, _text, lambda span: f'<span class="hl-quote">{self.passages.plain(span)}</span>'))
        table = (  # none with fewer than two reports: the summary says so
            f'<p class="note">{ORIGINS_NOTE}</p>'
            '<table><thead><tr><th>Report</th><th class="num">Copied</th><th class="num">Rewritten</th>'
            f'<th class="num">Own</th><th>Wire credit</th></tr></thead><tbody>{rows}</tbody></table>'
        ) if rows else ""
        return (
            f'<section id="origins"><h2>{ORIGINS_TITLE}</h2>'
            f"<p>{_text(origins.summary(self.analysis))}.</p>" + table
            + (f"<ul>{pairs}</ul>" if pairs else "") + "</section>"
        )

    def _label(self, label: Label) -> str:
        return f"<strong>{_text(label.text)}</strong>" if label.judgement else _text(label.text)

    def naming(self) -> str:
        rows = [row for row in self.sourcing.naming.rows if row.judged]
        blocks = []
        for row in rows:
            items = []
            for article in self.articles:
                names = row.names.get(article.id, ())
                labels = row.labels_of(article.id)
                if names or labels:
                    words = [_text(", ".join(names))] if names else []
                    items.append(f"<li>{self.outlet(article.id)}: " + "; ".join(words + [self._label(l) for l in labels]) + "</li>")
            blocks.append(f"<h3>{_text(row.title)}</h3><ul>{''.join(items)}</ul>")
        body = "".join(blocks) or f"<p>{_text(NO_JUDGED_ROWS)}</p>"
        return ('<section id="naming"><h2>Naming: the words each report uses</h2>'
                '<p class="note">Labels that carry a judgement are in bold.</p>' + body + "</section>")

    def omissions(self) -> str:
        omissions = self.sourcing.omissions.by_article
        links = {link.id: link for link in self.analysis.links}
        blocks = []
        for article in self.articles:
            rows = omissions.get(article.id, ())[:OMISSIONS_SHOWN]
            if rows:
                items = "".join(
                    f'<li>{o.reports} reports, {counted(o.origins, "origin")}: <a href="#link-{self.number[o.link]}">'
                    f"{_text(excerpt(self.analysis, links[o.link], 120))}</a></li>"
                    for o in rows
                )
                blocks.append(f"<details><summary>{self.outlet(article.id)} ({len(omissions[article.id])})</summary>"
                              f"<ul>{items}</ul></details>")
        body = "".join(blocks) or f"<p>{_text(NONE_LEFT_OUT)}</p>"
        return f'<section id="omissions"><h2>What each report leaves out</h2>{body}</section>'

    def unique(self) -> str:
        if len(self.articles) < 2:
            said = ONE_REPORT if self.articles else NO_REPORT
            return f'<section id="unique"><h2>What only one report says</h2><p>{_text(said)}</p></section>'
        blocks = []
        for article in self.articles:
            if article.id in self.analysis.dossier.sources:
                continue
            sentences = self.analysis.unique_listed(article.id)
            items = "".join(f"<li>{self.passages.plain(s.span)}</li>" for s in sentences)
            blocks.append(
                f"<details><summary>{self.outlet(article.id)} ({counted(len(sentences), 'sentence')})</summary>"
                + (f"<ul>{items}</ul>" if items else "<p>Every sentence is carried by another report.</p>")
                + "</details>"
            )
        return f'<section id="unique"><h2>What only one report says</h2>{"".join(blocks)}</section>'

    def elsewhere(self) -> str:
        blocks = []
        for article in self.articles:
            sentences = said_elsewhere(self.analysis, article.id)
            source = article.id in self.analysis.dossier.sources
            items = "".join(
                f"<li>{self.passages.plain(s.span)}"
                + (f' <span class="meta">(also: {", ".join(self.outlet(a.id) for a in self.articles if a.id in also)})'
                   "</span>" if also else "")
                + "</li>"
                for s, also in sentences)
            blocks.append(
                f"<details><summary>{self.outlet(article.id)}{_text(SOURCE_MARK) * source} "
                f"({counted(len(sentences), 'sentence')})</summary>"
                + (f"<ul>{items}</ul>" if items else f"<p>{_text(NONE_ELSEWHERE[source])}</p>")
                + "</details>"
            )
        return (f'<section id="elsewhere"><h2>{ELSEWHERE_TITLE}</h2><p class="note">{_text(elsewhere_note(self.analysis))}</p>'
                f'{"".join(blocks)}</section>')

    def entities(self) -> str:
        shared = sorted(self.analysis.shared_entities, key=lambda e: (-len(e.articles), e.name.casefold()))
        if not shared:
            return ('<section id="entities"><h2>Entities named in two or more reports</h2>'
                    "<p>No entity is named in two or more reports.</p></section>")
        head = "".join(f'<th class="num">{self.outlet(a.id)}</th>' for a in self.articles)
        rows = []
        for entity in shared:
            counts = self.analysis.mention_counts(entity)
            aliases = [alias for alias in entity.aliases if alias != entity.name]
            also = f' <span class="meta">({_text(", ".join(aliases))})</span>' if aliases else ""
            cells = "".join(f'<td class="num">{counts[a.id] or _NONE}</td>' for a in self.articles)
            rows.append(f"<tr><td>{_text(entity.name)}{also}</td><td>{_text(entity.type)}</td>{cells}</tr>")
        return (
            '<section id="entities"><h2>Entities named in two or more reports</h2>'
            '<p class="note">Mentions per report; other names seen in brackets.</p>'
            f"<table><thead><tr><th>Entity</th><th>Type</th>{head}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table></section>"
        )

    def problems(self) -> str:
        dossier = self.analysis.dossier
        items = "".join(
            f"<li>{_text(dossier.relative_path(p.path))}: {_text(p.message)}</li>" for p in dossier.problems
        )
        body = f'<p>{problems_summary(dossier.problems)}:</p><ul class="problems">{items}</ul>' if items else "<p>Every file opened.</p>"
        return f'<section id="problems"><h2>Problems</h2>{body}</section>'

    def document(self) -> str:
        # The comparison and quotations are built before the legend, which shows their counts.
        sections = [self.coverage(), self.comparison(), self.quotes(), self.figures(), self.origins(),
                    self.naming(), self.omissions(), self.unique(), self.elsewhere(), self.entities(), self.problems()]
        dossier = self.analysis.dossier
        name = _text(PurePath(dossier.root).name or dossier.root)
        css = "\n".join((BASE_CSS, source_css(), diff_css(), css_rules(self.style, prefix=".hl", grounds=grounds())))
        nav = "".join(
            f'<a href="#{anchor}">{label}</a>'
            for anchor, label in (("summary", "Summary"), ("coverage", "Coverage"), ("comparison", "Passages"),
                                  ("quotes", "Quotations"), ("figures", "Figures"), ("origins", "Origins"),
                                  ("naming", "Naming"), ("omissions", "Omissions"), ("unique", "Only one report"),
                                  ("elsewhere", "Said elsewhere"),
                                  ("entities", "Entities"), ("problems", "Problems"))
        )
        return (
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">'
            '<meta name="referrer" content="no-referrer">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>Dossier comparison: {name}</title><style>{css}</style></head>\n"
            f"<body><header><h1>Dossier comparison: {name}</h1><nav>{nav}</nav></header>\n<main>"
            + self.summary() + self.legend() + "\n".join(sections)
            + "</main></body></html>\n"
        )


def to_html(analysis: Analysis, *, style: str = LIGHT_DEFAULT) -> str:
    """The whole comparison as one self-contained HTML document (see the module docstring).

    ``style`` is a Pygments style name (:func:`reader.report.highlight.style_names`); an unknown
    name falls back to the reader's default, as in the terminal.
    """
    return _Html(analysis, style).document()
