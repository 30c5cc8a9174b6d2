"""The HTML report (reader.report.html.to_html): complete on the five reports, inert on hostile text,
self-contained, well formed, and rendered by a real browser without a single network request."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

from reader.core.pipeline import analyse
from reader.core.findings.difftypes import DIFF_TYPES
from reader.core.export.documents import ranked_links
from reader.core.ingest.loading import load_dossier
from reader.report.highlight import LIGHT_DEFAULT, css_rules
from reader.report.style import grounds
from reader.report.html import to_html

from .conftest import DATA

VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())
OUR_TAGS = frozenset(
    "html head meta title style body header nav main section h1 h2 h3 p a div span table thead tbody "
    "tr th td ul li ins del details summary br strong".split()
)
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
SECTIONS = ("summary", "legend", "coverage", "comparison", "quotes", "figures", "unique", "elsewhere", "entities", "problems")


class Tree(HTMLParser):
    """Parses a document, recording every element, unbalanced tags and the text inside each link section."""

    def __init__(self, document: str) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.link_text: dict[str, list[str]] = {}
        self.link_marks: Counter[str] = Counter()
        self._link: list[str | None] = []
        self.style = ""
        self.feed(document)
        self.close()
        if self.stack:
            self.errors.append(f"left open: {self.stack}")

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.elements.append((tag, attributes))
        if tag in VOID:
            return
        self.stack.append(tag)
        classes = (attributes.get("class") or "").split()
        self._link.append(attributes.get("id") if "link" in classes else None)
        current = self.current_link()
        if current and tag in ("ins", "del"):
            self.link_marks[current] += 1

    def handle_startendtag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        self.stack.pop()
        self._link.pop()

    def current_link(self) -> str | None:
        return next((link for link in reversed(self._link) if link), None)

    def handle_data(self, data):
        if self.stack and self.stack[-1] == "style":
            self.style += data
        current = self.current_link()
        if current:
            self.link_text.setdefault(current, []).append(data)

    def find(self, tag: str, css: str | None = None) -> list[dict[str, str | None]]:
        return [a for t, a in self.elements if t == tag and (css is None or css in (a.get("class") or "").split())]


@pytest.fixture(scope="module")
def report(analysis) -> str:
    return to_html(analysis)


@pytest.fixture(scope="module")
def hostile_report() -> str:
    return to_html(analyse(load_dossier(DATA / "hostile")))


def _planted_dossier(folder: Path) -> Path:
    """Markup and script in every metadata field and in the body, beside a normal article."""
    (folder / "a.md").write_text(
        "---\n"
        'outlet: "><script>alert(1)</script><a href="https://evil.invalid/">Evil Wire\n'
        "title: <img src=https://evil.invalid/x.png onerror=alert(2)> Canada cancels drone permits\n"
        "byline: </style><style>body{background:url(https://evil.invalid/b.png)}</style>\n"
        "url: javascript:alert(3)\n"
        'caption: <iframe src="https://evil.invalid/frame"></iframe>\n'
        "---\n"
        "Canada has cancelled export permits for drone technology to Turkey, "
        'the minister said. <a href="javascript:alert(4)" title=\'x\' onmouseover="alert(5)">click</a>\n\n'
        "<svg onload=alert(6)></svg> The review found \"credible evidence\" that the sensors were used.\n",
        encoding="utf-8",
    )
    (folder / "b.md").write_text(
        "---\noutlet: Plain News\ntitle: Drone permits cancelled\n---\n"
        "Canada has cancelled the export permits for drone technology to Turkey, the minister said.\n\n"
        "The review found \"credible evidence\" that the sensors were used in the war.\n",
        encoding="utf-8",
    )
    (folder / "c<img src=x>.md").write_bytes(b"---\nbogus: <b>field</b>\n---\nA body.\n")
    return folder


# --- the five reports ------------------------------------------------------------------


def test_every_report_link_and_section_is_present(analysis, report):
    tree = Tree(report)
    ids = {a.get("id") for _, a in tree.elements}
    assert set(SECTIONS) <= ids
    assert {f"link-{n}" for n in range(1, len(analysis.links) + 1)} <= ids
    assert len(tree.find("section", "link")) == len(analysis.links)
    columns = tree.find("div", "column")
    assert len(columns) == sum(len(link.passages) for link in analysis.links)
    for article in analysis.dossier.articles:
        assert f">{article.outlet}<" in report


def test_coverage_matrix_has_one_row_per_link_marking_its_reports(analysis, report):
    matrix = report[report.index('<section id="coverage">') : report.index('<section id="comparison">')]
    rows = re.findall(r"<tr><td><a href=\"#link-(\d+)\">.*?</tr>", matrix)
    assert len(rows) == len(analysis.links)
    order = [article.id for article in analysis.dossier.articles]
    for link, row in zip(ranked_links(analysis), re.findall(r"<tr><td><a href=.*?</tr>", matrix)):
        cells = re.findall(r'<td class="cell ([^"]*)">', row)
        assert [cell != "no" for cell in cells] == [article in link.articles for article in order]


def test_garneau_statement_is_compared_with_its_differences_marked(report):
    tree = Tree(report)
    carrying = [link for link, text in tree.link_text.items() if "Following this review" in "".join(text)]
    assert carrying, "no compared passage carries Garneau's statement"
    assert any(tree.link_marks[link] for link in carrying)
    assert any("t-number" in (a.get("class") or "") or "t-attribution" in (a.get("class") or "")
               for a in tree.find("ins") + tree.find("del"))


def test_differences_are_typed_and_every_type_used_is_in_the_legend(report):
    tree = Tree(report)
    marks = tree.find("ins", "diff") + tree.find("del", "diff")
    used = {cls[2:] for a in marks for cls in (a.get("class") or "").split() if cls.startswith("t-")}
    assert {"framing", "number"} <= used  # PKK/YPG "terrorists", the permit counts
    assert "typography" not in used  # ignored by default, as in the reader
    legend = report[report.index('<section id="legend">') : report.index('<section id="coverage">')]
    for kind in DIFF_TYPES:
        assert f'class="key t-{kind}"' in legend
    assert all(a.get("title") for a in marks), "every mark says what it is"
    # Named as the reader names them (its help, compare's counts, d's walk), not by the class's word.
    assert '>figures</span>' in legend and '>name form</span>' in legend
    assert '>number</span>' not in legend and '>name</span>' not in legend


def test_words_are_highlighted_with_the_terminal_pygments_style(report):
    assert css_rules(LIGHT_DEFAULT, prefix=".hl", grounds=grounds()) in report
    tree = Tree(report)
    for css in ("hl-quote", "hl-number", "hl-date", "hl-attribution"):
        assert tree.find("span", css), css


def test_quotes_figures_unique_and_entities_are_filled(analysis, report):
    def section(name, following):
        return report[report.index(f'<section id="{name}">') : report.index(f'<section id="{following}">')]

    assert "This use was not consistent" in section("quotes", "figures")
    figures = section("figures", "unique")
    conflicts = sum(item.conflict for item in analysis.findings.comparisons)
    assert f"Conflicts ({conflicts})" in figures and re.search(r"Agreements \([1-9]", figures)
    assert "29" in figures  # the permit count the reports agree on
    assert section("unique", "elsewhere").count("<details>") == len(analysis.dossier.articles)
    assert section("elsewhere", "entities").count("<details>") == len(analysis.dossier.articles)
    entities = section("entities", "problems")
    assert entities.count("<tr>") == len(analysis.shared_entities) + 1
    assert "Garneau" in entities


# --- hostile text -----------------------------------------------------------------------


def _assert_inert(document: str) -> Tree:
    tree = Tree(document)
    assert tree.errors == []
    assert {tag for tag, _ in tree.elements} <= OUR_TAGS
    for tag, attributes in tree.elements:
        assert not any(name.startswith("on") for name in attributes), (tag, attributes)
        assert "src" not in attributes
        if tag == "a":
            assert (attributes.get("href") or "").startswith("#"), attributes
    assert "<script" not in document.lower()
    assert not CONTROL.search(document)
    assert document.count("<style>") == 1
    return tree


def test_hostile_dossier_cannot_inject_markup(hostile_report):
    _assert_inert(hostile_report)
    assert "javascript:" not in hostile_report
    assert "&lt;script&gt;alert(" in hostile_report  # shown, as text
    assert "PAYLOAD-OSC52" in hostile_report


def test_planted_markup_in_every_field_stays_text(tmp_path):
    dossier = load_dossier(_planted_dossier(tmp_path))
    document = to_html(analyse(dossier))
    _assert_inert(document)
    assert "&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in document  # the outlet, escaped
    assert "&lt;/style&gt;&lt;style&gt;" in document  # the byline, escaped
    assert "javascript:alert(3)" in document  # the URL shown as text, never as an href
    assert dossier.problems and "c&lt;img src=x&gt;.md" in document


# --- self-contained -----------------------------------------------------------------------


INERT_ATTRIBUTES = frozenset({"class", "id", "title", "lang", "charset", "name", "content", "http-equiv", "colspan"})


@pytest.mark.parametrize("which", ["report", "hostile_report"])
def test_no_external_resource_and_a_strict_policy(which, request):
    document = request.getfixturevalue(which)
    tree = Tree(document)
    for tag, attributes in tree.elements:
        for name, value in attributes.items():
            assert name in INERT_ATTRIBUTES or (name == "href" and (value or "").startswith("#")), (tag, name)
    assert tree.style.strip() and "@import" not in tree.style and "url(" not in tree.style
    assert '<meta http-equiv="Content-Security-Policy" content="default-src \'none\';' in document
    head = document[: document.index("</head>")]
    assert head.index("Content-Security-Policy") < head.index("<style>")


def test_cli_writes_the_report_to_a_file(tmp_path):
    from reader.__main__ import main

    target = tmp_path / "report.html"
    assert main(["export", str(DATA / "hostile"), "--format", "html", "-o", str(target)]) == 0
    document = target.read_text(encoding="utf-8")
    assert document.startswith("<!DOCTYPE html>") and "Hostile Wire" in document
    _assert_inert(document)


def test_document_is_well_formed(report):
    tree = Tree(report)
    assert tree.errors == []
    assert report.startswith("<!DOCTYPE html>\n")
    assert [tag for tag, _ in tree.elements].count("html") == 1


# --- a real browser -----------------------------------------------------------------------

CHROMIUM = shutil.which("chromium")
needs_browser = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")


def _browse(page: Path, profile: Path) -> tuple[str, list[str]]:
    """The DOM chromium built for ``page``, and the URLs the page itself requested.

    Every request goes through a proxy that does not exist, so none can succeed;
    the net log names each request and the page (``file://``) that caused it, which
    tells the page's requests from the browser's own background traffic.
    """
    net_log = profile / "net.json"
    dom = subprocess.run(
        [CHROMIUM, "--headless", "--disable-gpu", "--no-sandbox", f"--user-data-dir={profile}",
         "--proxy-server=127.0.0.1:9", "--no-first-run", "--disable-background-networking",
         f"--log-net-log={net_log}", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=60, check=True,
    ).stdout
    text = net_log.read_text(encoding="utf-8").rstrip().rstrip(",")
    log = json.loads(text if text.endswith("}") else text + "]}")
    start_job = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    requested = [
        event["params"]["url"]
        for event in log["events"]
        if event["type"] == start_job
        and "file://" in str(event["params"].get("network_isolation_key", ""))
        and not str(event["params"].get("url", "")).startswith("file:")
    ]
    return dom, requested


@needs_browser
def test_browser_notices_a_page_that_fetches(tmp_path):
    """The check below can fail: a page with an external image is caught requesting it."""
    page = tmp_path / "fetches.html"
    page.write_text('<!DOCTYPE html><html><body><img src="http://example.invalid/x.png"></body></html>')
    _, requested = _browse(page, tmp_path / "profile")
    assert requested == ["http://example.invalid/x.png"]


@needs_browser
def test_browser_renders_the_report_without_network(analysis, report, tmp_path):
    page = tmp_path / "report.html"
    page.write_text(report, encoding="utf-8")
    dom, requested = _browse(page, tmp_path / "profile")
    assert requested == []
    browser, ours = Tree(dom), Tree(report)
    for section in SECTIONS:
        assert f'<section id="{section}">' in dom
    # The browser built the very structure we wrote: nothing re-parented, dropped or added.
    for tag in ("section", "div", "tr", "td", "ins", "del", "span", "details", "li"):
        assert len(browser.find(tag)) == len(ours.find(tag)), tag
    assert len(browser.find("section", "link")) == len(analysis.links)


@needs_browser
def test_browser_runs_nothing_from_hostile_text_even_without_the_policy(tmp_path):
    folder = tmp_path / "dossier"
    folder.mkdir()
    dossier = load_dossier(_planted_dossier(folder))
    document = to_html(analyse(dossier))
    unprotected = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", document)
    page = tmp_path / "hostile.html"
    page.write_text(unprotected, encoding="utf-8")
    dom, requested = _browse(page, tmp_path / "profile")
    assert requested == []
    tree = Tree(dom)
    assert {tag for tag, _ in tree.elements} <= OUR_TAGS | {"tbody"}
    assert not tree.find("script") and not tree.find("img") and not tree.find("iframe")


def _ten_reports(folder: Path) -> Path:
    """Ten hand-made reports under long outlet names, sharing three sentences: a wide matrix."""
    folder.mkdir()
    shared = ("A storm cut power to thousands of homes in the valley on Tuesday night, the utility said.",
              "Crews worked through the night, and most homes had power again by Wednesday morning.")
    for number in range(10):
        (folder / f"r{number}.md").write_text(
            f"---\noutlet: valleyoutletnumber{number}\ntitle: Storm cuts power in the valley\n---\n"
            + "\n\n".join((*shared, f"Report {number} adds that road {number} by the river stayed shut.")) + "\n",
            encoding="utf-8")
    return folder


def test_the_coverage_matrix_scrolls_in_a_box_of_its_own(tmp_path):
    document = to_html(analyse(load_dossier(_ten_reports(tmp_path / "ten"))))
    coverage = document[document.index('<section id="coverage">'):document.index('<section id="comparison">')]
    assert '<div class="wide"><table class="matrix">' in coverage and coverage.count('<th class="src"') == 10
    assert re.search(r"\.wide \{[^}]*overflow-x: auto", document)


def _measured(document: str, measure: str, folder: Path, width: int) -> str:
    """The DOM chromium built for ``document`` in a window ``width`` pixels wide, with the ``measure`` script
    run once it is laid out (the page's own policy, which forbids scripts, left out) to write what it
    measured into the body's data attributes."""
    page = folder / "measured.html"
    page.write_text(re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", document)
                    .replace("</body>", measure + "</body>"), encoding="utf-8")
    return subprocess.run(
        [CHROMIUM, "--headless", "--disable-gpu", "--no-sandbox", f"--user-data-dir={folder / 'profile'}",
         "--no-first-run", f"--window-size={width},900", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=60, check=True).stdout


@needs_browser
@pytest.mark.parametrize("width", [1280, 1024, 800])
def test_a_ten_report_matrix_never_widens_the_page(tmp_path, width):
    """Laid out by chromium at common widths: the page is no wider than the window (the matrix
    scrolls inside its box) and the passage column keeps room for a line of words."""
    document = to_html(analyse(load_dossier(_ten_reports(tmp_path / "ten"))))
    measure = ("<script>addEventListener('load', () => { const cell = document.querySelector('.matrix td.excerpt');"
               "document.body.dataset.widths = [document.documentElement.scrollWidth, innerWidth,"
               " cell.getBoundingClientRect().width].join(' '); });</script>")
    dom = _measured(document, measure, tmp_path, width)
    page_width, window, passage = map(float, re.search(r'data-widths="([\d. ]+)"', dom).group(1).split())
    assert page_width <= window
    assert passage >= 200  # px: several words a line, not one


LONG_NAMES = ("Associated Harbour Broadcasting Corporation", "Unabhängigkeitserklärungsblatt Zeitung",
              "Nordwestdeutscher Rundfunkverbund", "Wire", "valleyoutletnumberseventeen",
              "valleyoutletnumbereighteen", "港湾广播公司新闻中心国际部岛屿报道", "<b>Verwaltungsgerichtshofbericht</b>")


def _long_names(folder: Path) -> Path:
    """Reports under long outlet names, one word of them longer than a column should be."""
    folder.mkdir()
    shared = "The ferry to the island ran an hour late on Tuesday, the harbour office said."
    for number, name in enumerate(LONG_NAMES):
        (folder / f"r{number}.md").write_text(
            f"---\noutlet: {name}\ntitle: Ferry late\n---\n{shared}\n\nReport {number} adds its own line.\n",
            encoding="utf-8")
    return folder


def test_coverage_headers_wrap_between_words_and_cut_a_long_one_in_its_middle(tmp_path):
    """The headers broke inside words (``Broadcastin`` / ``g``): a column is now as wide as its
    longest word, and a word too long for a column is cut in the middle (its end tells similar
    names apart), the whole name in the tooltip. A name of Chinese characters, which wraps anywhere,
    stays whole."""
    document = to_html(analyse(load_dossier(_long_names(tmp_path / "long"))))
    heads = re.findall(r'<th class="src" title="([^"]*)">(.*?)</th>', document)
    assert [html.unescape(title) for title, _ in heads] == list(LONG_NAMES)
    shown = [html.unescape(re.sub(r"<[^>]*>", "", cell)) for _, cell in heads]
    assert shown[:4] == ["Associated Harbour Broadcasting Corporation", "Unabhängig…gsblatt Zeitung",
                         "Nordwestdeutscher Rundfunkverbund", "Wire"]
    assert shown[4:6] == ["valleyoutl…venteen", "valleyoutl…ighteen"]  # told apart
    assert shown[6] == LONG_NAMES[6] and shown[7] == "<b>Verwalt…cht</b>"  # markup stays text
    assert '<span class="cut">Unabhängig…gsblatt</span>' in heads[1][1]  # one line: browsers break after …
    rule = re.search(r"\.matrix th\.src \{[^}]*\}", document).group()
    assert not re.search(r"break|anywhere|max-width", rule) and ".matrix th.src .cut { white-space: nowrap; }" in document


@needs_browser
def test_a_browser_breaks_no_header_word(tmp_path):
    """Laid out by chromium: every word of every coverage header is on one line (but Chinese, which
    wraps between any two characters)."""
    document = to_html(analyse(load_dossier(_long_names(tmp_path / "long"))))
    measure = ("<script>addEventListener('load', () => { const broken = [];"
               "for (const head of document.querySelectorAll('.matrix th.src')) {"
               " const walk = document.createTreeWalker(head, NodeFilter.SHOW_TEXT);"
               " for (let node = walk.nextNode(); node; node = walk.nextNode()) {"
               "  for (const word of node.data.matchAll(/\\S+/g)) {"
               "   const range = document.createRange(); range.setStart(node, word.index);"
               "   range.setEnd(node, word.index + word[0].length);"
               "   const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));"
               "   if (tops.size > 1 && !/\\p{Script=Han}/u.test(word[0])) broken.push(word[0]); } } }"
               "document.body.dataset.broken = JSON.stringify(broken); });</script>")
    dom = _measured(document, measure, tmp_path, 800)
    assert json.loads(html.unescape(re.search(r'data-broken="([^"]*)"', dom).group(1))) == []


def test_the_highlighter_reads_the_one_vocabulary():
    """Its attribution words and months are the core vocabulary's: the verbs it marks are reporting
    verbs (or claims), and every short name of a month, with a full stop or not, starts a date."""
    from reader.core.vocabulary import (
        CLAIM_WORDS,
        DISTANCING_WORDS,
        MARKED_REPORTING_VERBS,
        MONTH_ABBREVIATIONS,
        REPORTING_VERBS,
    )
    from reader.report.highlight import DATE, NewsProseLexer

    assert MARKED_REPORTING_VERBS <= REPORTING_VERBS | CLAIM_WORDS | DISTANCING_WORDS
    for short in sorted(MONTH_ABBREVIATIONS):
        for written in (short.title(), short.title() + "."):
            tokens = list(NewsProseLexer().get_tokens(f"It opened on {written} 3, 2020 in the town."))
            assert (DATE, f"{written} 3, 2020") in tokens, written
