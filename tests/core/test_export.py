"""JSON and Markdown exports: the documented schema, offsets that hold, and text that stays inert."""

from __future__ import annotations

import json
import re

import pytest

from reader.__main__ import main
from reader.core.pipeline import analyse
from reader.core.export.documents import NONE_LISTED, escape_markdown, figure_lists, marked_version, to_json, to_markdown
from reader.core.ingest.loading import load_dossier
from reader.core.model import Dossier, Span

from tests.conftest import BUNDLED, DATA
from tests.helpers import make_article

ARTICLE_FIELDS = {"id", "outlet", "title", "standfirst", "published", "url", "byline", "path", "body", "paragraphs"}
ENTITY_FIELDS = {"id", "name", "type", "aliases", "articles", "mentions"}
LINK_FIELDS = {"id", "kind", "score", "passages"}


@pytest.fixture(scope="module")
def text(analysis) -> str:
    return to_json(analysis)


@pytest.fixture(scope="module")
def document(text) -> dict:
    return json.loads(text)


@pytest.fixture(scope="module")
def bodies(document) -> dict[str, str]:
    return {article["id"]: article["body"] for article in document["articles"]}


def test_json_layout_and_schema(text, document):
    assert text.endswith("}\n") and text.startswith('{\n  "schema": "dossier-reader/1"')
    assert "\u2019" in text  # ensure_ascii=False: Turkey’s stays readable
    assert list(document)[:4] == ["schema", "articles", "entities", "links"]
    assert len(document["articles"]) == 5
    for article in document["articles"]:
        assert ARTICLE_FIELDS <= set(article)
    for entity in document["entities"]:
        assert ENTITY_FIELDS <= set(entity)
        assert entity["type"] in {"person", "org", "place", "group", "product", "law", "other"}
    for link in document["links"]:
        assert LINK_FIELDS <= set(link)
        assert link["kind"] in {"verbatim", "near", "paraphrase"}
        assert link["score"] == round(link["score"], 3) and 0 <= link["score"] <= 1


def test_articles_round_trip_every_field(document, bundled):
    for row, article in zip(document["articles"], bundled.articles, strict=True):
        for name in ("id", "outlet", "title", "standfirst", "published", "url", "byline", "body"):
            assert row[name] == getattr(article, name)
        assert row["paragraphs"] == [list(p) for p in article.paragraphs]
        assert row["captions"] == list(article.captions)
        assert row["path"] == f"{article.id}.md"  # relative to the dossier folder, never absolute


def test_every_offset_is_inside_its_body(document, bodies):
    titles = {article["id"]: article["title"] or "" for article in document["articles"]}

    def check(article_id: str, start: int, end: int) -> None:
        assert 0 <= start <= end <= len(bodies[article_id])

    def check_passage(article_id: str, start: int, end: int) -> None:
        """In the body, or below 0 in ``title + "\\n"`` (a title passage)."""
        if start < 0:
            assert -len(titles[article_id]) - 1 <= start <= end <= -1
        else:
            check(article_id, start, end)

    for article in document["articles"]:
        for start, end in article["paragraphs"] + article["unique"]:
            check(article["id"], start, end)
    for entity in document["entities"]:
        for mention in entity["mentions"]:
            check(mention["article"], mention["start"], mention["end"])
    for link in document["links"]:
        for passage in link["passages"]:
            check_passage(passage["article"], passage["start"], passage["end"])
        for pair in link["pairs"]:
            a, b = link["passages"][pair["a"]], link["passages"][pair["b"]]
            for change in pair["changes"]:
                check_passage(a["article"], *change["a"])
                check_passage(b["article"], *change["b"])
    for group in document["quotes"]:
        for quote in group["quotes"]:
            check(quote["article"], quote["start"], quote["end"])


def test_each_mention_reads_as_one_of_its_aliases_or_its_peoples(document, bodies):
    for entity in document["entities"]:
        aliases = {alias.casefold() for alias in entity["aliases"]}
        assert entity["name"].casefold() in aliases
        written = aliases | {form.casefold() for form in entity["demonyms"] + entity["stand_ins"]}  # "Armenians"
        for mention in entity["mentions"]:
            assert bodies[mention["article"]][mention["start"] : mention["end"]].casefold() in written
        assert entity["articles"] == list(dict.fromkeys(m["article"] for m in entity["mentions"]))


def test_link_pairs_join_each_passage_to_its_nearest_counterpart(document):
    """At most one pair per passage (linear in the link's size), every passage in one, each pair once."""
    for link in document["links"]:
        n = len(link["passages"])
        pairs = [(p["a"], p["b"]) for p in link["pairs"]]
        assert len(pairs) == len(set(pairs)) <= n and all(0 <= a < b < n for a, b in pairs)
        assert {index for pair in pairs for index in pair} == set(range(n))
        assert all(change["tag"] in {"insert", "delete", "replace"} for p in link["pairs"] for change in p["changes"])
    assert any(len(link["passages"]) >= 4 and len(link["pairs"]) < 6 for link in document["links"])


def test_quotes_and_figures_sections(document, bodies):
    garneau = [g for g in document["quotes"] if g["speaker"] == "Marc Garneau" and len(g["quotes"]) >= 3]
    assert garneau
    verdicts = {(f["verdict"], f["key"]) for f in document["figures"]}
    assert ("agree", "count:permit") in verdicts
    for item in document["figures"]:
        for figure in item["figures"]:
            assert bodies[figure["article"]][figure["start"] : figure["end"]] == figure["text"]


def test_cli_export_json_and_markdown(capsys):
    assert main(["export", str(BUNDLED), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["schema"] == "dossier-reader/1"
    assert main(["export", str(BUNDLED), "--format", "markdown"]) == 0
    assert capsys.readouterr().out.startswith("# Dossier comparison: articles\n")


# --- Markdown ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def markdown(analysis) -> str:
    return to_markdown(analysis)


def test_markdown_has_every_section(markdown):
    for heading in ("# Dossier comparison", "## Passages carried by several reports", "## What only one report says",
                    "## Entities named in two or more reports", "## Quotations", "## Figures and dates compared"):
        assert f"\n{heading}" in "\n" + markdown
    assert "| Marc Garneau (Garneau, Mr. Garneau) | person |" in markdown
    assert markdown.endswith("\n") and not markdown.endswith("\n\n")


def test_markdown_marks_al_monitors_dropped_word(analysis, bundled):
    jazeera, monitor = bundled.article("al-jazeera"), bundled.article("al-monitor")
    words = "This use was not consistent with Canadian foreign policy"
    other = words.replace("use ", "")
    start_a, start_b = jazeera.body.index(words), monitor.body.index(other)
    marked = marked_version(
        analysis, Span("al-jazeera", start_a, start_a + len(words)), Span("al-monitor", start_b, start_b + len(other))
    )
    assert marked == "This ~~use~~ was not consistent with Canadian foreign policy"


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>"),
        ("AT&T and R&D", "AT\\&T and R\\&D"),  # text, not entities
        ("[x](javascript:alert(1))", "\\[x\\](javascript:alert(1))"),
        ("a | b", "a \\| b"),
        ("*em* __strong__ `code` ~~gone~~", "\\*em\\* \\_\\_strong\\_\\_ \\`code\\` \\~\\~gone\\~\\~"),
        ("# heading", "\\# heading"),
        ("- item", "\\- item"),
        ("1. item", "1\\. item"),
        ("$x$ and &amp;", "\\$x\\$ and \\&amp;"),
        ("two\n\nparagraphs", "two paragraphs"),
    ],
)
def test_escape_markdown(raw, escaped):
    assert escape_markdown(raw) == escaped


def unescaped(line: str, char: str) -> int:
    """How many times ``char`` appears in ``line`` without a backslash before it."""
    return len(re.findall(rf"(?<!\\){re.escape(char)}", line))


def test_hostile_dossier_cannot_restructure_the_report():
    dossier = load_dossier(DATA / "hostile")
    markdown = to_markdown(analyse(dossier))
    assert unescaped(markdown, "<") == 0 and unescaped(markdown, "&") == 0  # no tag or entity opens
    assert "](" not in markdown.replace("\\](", "")
    assert "\x1b" not in markdown
    lines = markdown.split("\n")
    table = [line for line in lines if line.startswith("| ")]
    for header, *rows in _tables(lines):
        columns = unescaped(header, "|")
        assert all(unescaped(row, "|") == columns for row in rows), header
    assert table
    headings = [line for line in lines if line.startswith("#")]
    assert all(re.match(r"#{1,3} ", line) for line in headings)
    assert all(not line.startswith(("<", "    ", "\t", "```")) for line in lines)


def _tables(lines: list[str]):
    """Each table's lines, header first."""
    table: list[str] = []
    for line in lines + [""]:
        if line.startswith("| "):
            table.append(line)
        elif table:
            yield table
            table = []


def test_outlets_with_pipes_and_markup_stay_in_their_cell(tmp_path):
    (tmp_path / "a.md").write_text("---\noutlet: Evil | Outlet <b>\n---\nThe minister said the port was closed on Monday.\n")
    (tmp_path / "b.md").write_text("---\noutlet: [Click](javascript:x)\n---\nThe minister said the port was closed on Monday.\n")
    markdown = to_markdown(analyse(load_dossier(tmp_path)))
    assert "Evil \\| Outlet \\<b\\>" in markdown and "\\[Click\\](javascript:x)" in markdown


def test_broken_dossier_exports_its_problems_with_paths_inside_the_folder(capsys):
    assert main(["export", str(DATA / "bad"), "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["articles"] and document["problems"]
    paths = [row["path"] for row in document["articles"] + document["problems"]]
    assert "loop.md" in paths and "cp1252.txt" in paths
    assert all(not path.startswith(("/", "..")) for path in paths)
    assert main(["export", str(DATA / "bad"), "--format", "markdown"]) == 0
    assert "## Problems\n\n9 files not opened, 2 files opened with a caveat:" in capsys.readouterr().out
    assert main(["export", str(DATA / "bad"), "--format", "html"]) == 0
    html = capsys.readouterr().out
    assert "0 entities named in two or more, 9 files not opened, 2 files opened with a caveat.</p>" in html


def test_markdown_lists_every_caption_under_the_summary_as_the_html_does(markdown, bundled):
    summary = markdown.split("\n## ", 1)[0]
    for article in bundled.articles:
        for caption in article.captions:
            assert f"- {escape_markdown(article.name)}: {escape_markdown(caption)}" in summary


def test_a_caption_cannot_restructure_the_markdown(tmp_path):
    (tmp_path / "a.md").write_text("---\noutlet: Harbour Gazette\ncaption: # [Click](javascript:x) <img src=x> | *quay*\n"
                                   "---\nThe minister said the port was closed on Monday.\n")
    markdown = to_markdown(analyse(load_dossier(tmp_path)))
    assert "- Harbour Gazette: \\# \\[Click\\](javascript:x) \\<img src=x\\> \\| \\*quay\\*" in markdown


def test_reports_of_one_outlet_are_told_apart_by_their_number():
    """Three reports of one outlet read ``Harbour Daily (1)`` … in every export, as the report list
    numbers them; a name said once stays as it is."""
    from reader.core.model import Dossier
    from reader.report.html import to_html
    from tests.helpers import make_article

    texts = ("The harbour reopened on Monday after the storm.", "The harbour reopened on Monday, officials said.",
             "Officials said the harbour reopened on Monday.", "Ferries sailed again as the harbour reopened on Monday.")
    outlets = ("Harbour Daily", "Coast Post", "Harbour Daily", "Harbour Daily")
    dossier = Dossier("made", tuple(make_article(text, article_id=f"r{n}", outlet=outlet)
                                    for n, (text, outlet) in enumerate(zip(texts, outlets))))
    assert list(dossier.names.values()) == ["Harbour Daily (1)", "Coast Post", "Harbour Daily (3)", "Harbour Daily (4)"]
    assert dossier.named(("r3", "r1")) == "Harbour Daily (4), Coast Post"  # "also in …", in the order given
    analysis = analyse(dossier)
    markdown, html = to_markdown(analysis), to_html(analysis)
    for name in dossier.names.values():
        assert name in markdown and name in html
    assert "(1 sentences)" not in markdown and not re.search(r"Harbour Daily(?! \(\d\))", markdown)
    # Past the ninth, the report list's letter, as every label of the reader writes it: "(a)", never "(10)".
    tenth = Dossier("made", tuple(make_article(f"Report {n}.", article_id=f"r{n}", outlet="Coast Post" if n in (0, 9) else f"Outlet {n}")
                                  for n in range(10)))
    assert [tenth.names["r0"], tenth.names["r9"]] == ["Coast Post (1)", "Coast Post (a)"]


def test_every_export_says_corrections_were_applied_and_which(analysis):
    """A fact-checker shares an export after rejecting a link and merging two entities: nothing in
    the file said the link set or the entities were edited by hand. Each format says how many of
    what kind (JSON: counted by kind, each in words); an uncorrected export says nothing."""
    from reader.core.store.corrections import Corrections, apply_corrections, merge_entities, reject_link
    from reader.report.html import to_html

    people = [entity for entity in analysis.shared_entities if entity.type == "person"]
    decisions = (reject_link(analysis, analysis.links[0]), merge_entities(people[0], people[1]))
    corrected = apply_corrections(analysis, Corrections(decisions))
    note = "2 corrections applied by hand: 1 link rejected, 1 entity merge"
    document = json.loads(to_json(corrected))["corrections"]
    assert document["summary"] == note and document["by_kind"] == {"reject": 1, "merge": 1}
    assert [item["decision"] for item in document["decisions"]] == ["reject", "merge"]
    assert document["decisions"][0]["described"].startswith("the rejection of the link “")
    assert f"**{note}**" in to_markdown(corrected) and f"<strong>{note}</strong>" in to_html(corrected)
    assert json.loads(to_json(analysis))["corrections"] == {"summary": "", "by_kind": {}, "decisions": []}
    assert "applied by hand" not in to_markdown(analysis) + to_html(analysis)


def test_every_export_marks_a_links_kind_as_the_reader_does(analysis):
    """A link whose versions print a run alike (``verbatim``) but share under half their words is a
    paraphrase in the reader (``~``): the Markdown and HTML said ``verbatim``. All mark it with
    ``likeness.shown_kind`` (the versions' words, not the score); JSON keeps the aligner's ``kind`` beside it."""
    from dataclasses import replace

    from reader.core.findings.likeness import words_alike
    from reader.report.html import to_html

    assert not any(link.kind == "verbatim" for link in analysis.links)  # the one below is the only one
    alike = sorted(analysis.links, key=lambda link: words_alike(analysis, link))
    for chosen, shown in ((alike[0], "paraphrase"), (alike[-1], "verbatim")):
        assert (words_alike(analysis, chosen) < 0.5) == (shown == "paraphrase")
        first = replace(chosen, kind="verbatim", score=0.123)  # the score says neither (and names its heading)
        changed = replace(analysis, links=tuple(first if link is chosen else link for link in analysis.links))
        link = next(item for item in json.loads(to_json(changed))["links"] if item["id"] == first.id)
        assert (link["kind"], link["shown_kind"]) == ("verbatim", shown)
        headings = [line for line in to_markdown(changed).splitlines() if line.startswith("### ") and "score 0.12" in line]
        assert headings and all(f". {shown}" in line for line in headings), headings
        page = to_html(changed)
        assert (re.search(r"<td>verbatim( in part)?</td>", page) is not None) == (shown == "verbatim")
        assert (re.search(r"<h3>\d+\. verbatim( in part)?, ", page) is not None) == (shown == "verbatim")


def test_an_empty_naming_section_says_what_was_checked_not_that_no_report_judges(tmp_path):
    """One report calls the marchers ``rioters``: the Naming section lists no row (one report's label has
    no other to stand beside), and must not claim that no report judges."""
    from reader.report.html import to_html

    (tmp_path / "a.md").write_text("---\noutlet: Harbour Gazette\n---\nHundreds of marchers gathered at the quay on Sunday.\n")
    (tmp_path / "b.md").write_text("---\noutlet: Coast Post\n---\nHundreds of rioters gathered at the quay on Sunday.\n")
    analysis = analyse(load_dossier(tmp_path))
    for text in (to_markdown(analysis), to_html(analysis)):
        assert "No report puts a judging label" not in text
        assert "does not mean no report judges" in text


def test_figures_are_listed_once_per_quantity_with_the_pairs_that_make_them_in_json(analysis, document):
    """Markdown and HTML: a report giving a count the others give differently is one line, its
    value first; agreements one line each. JSON lists the pairs that make the groups, and the groups."""
    from dataclasses import replace

    from reader.core.model import Figure, FigureComparison
    from reader.report.formats import render

    ids = [a.id for a in analysis.dossier.articles][:4]
    odd, *rest = (Figure(Span(a, 0, 3), "count", "ten", v, "ladder") for a, v in zip(ids, (9.0, 4.0, 4.0, 4.0)))
    pairs = (*(FigureComparison(None, odd.key, (x, odd), "", "conflict") for x in rest),
             FigureComparison(None, odd.key, (rest[0], rest[1]), "", "agree"))
    changed = replace(analysis, findings=replace(analysis.findings, comparisons=pairs))
    names = analysis.dossier.names
    markdown = to_markdown(changed)
    line = f"- ladder: 9 in **{names[ids[0]]}**; 4 in " + ", ".join(f"**{names[a]}**" for a in ids[1:])
    assert "### Conflicts (1)" in markdown and line in markdown.splitlines()
    assert "### Agreements (0)" in markdown
    groups = json.loads(to_json(changed))["figure_groups"]
    assert [(g["verdict"], [s["articles"] for s in g["sides"]], g["figures"]) for g in groups] == [
        ("conflict", [ids[:1], ids[1:]], [0, 1, 2])]  # the two agreeing reports' conflicts with the odd one: one
    lists = figure_lists(changed)
    assert [(heading, [g.key for g in groups]) for heading, groups in lists] == [("Conflicts (1)", [odd.key]), ("Agreements (0)", [])]
    html = render(changed, "html")
    assert "ladder: 9 in" in html and all(f"<h3>{heading}</h3>" in html for heading, _ in lists)
    assert f"<p>{NONE_LISTED}</p>" in html and f"### Agreements (0)\n\n{NONE_LISTED}" in markdown
    assert len(document["figure_groups"]) < len(document["figures"])


def test_a_conflict_side_giving_the_other_value_elsewhere_says_so_in_every_format(analysis):
    """Two reports give 4 ladders in one sentence and agree on 9 in another; a third gives 9 against their 4.
    The conflict line and the JSON group say those two give 9 too, so that neither reads as giving only 4."""
    from dataclasses import replace

    from reader.core.model import Figure, FigureComparison

    a, b, c = [article.id for article in analysis.dossier.articles][:3]
    four = [Figure(Span(x, 0, 3), "count", "four", 4.0, "ladder") for x in (a, b)]
    nine = [Figure(Span(x, 50, 53), "count", "nine", 9.0, "ladder") for x in (a, b)]
    odd = Figure(Span(c, 0, 3), "count", "nine", 9.0, "ladder")
    pairs = (FigureComparison(None, odd.key, (four[0], odd), "", "conflict"),
             FigureComparison("L1", odd.key, tuple(four), "", "agree"), FigureComparison("L2", odd.key, tuple(nine), "", "agree"))
    changed = replace(analysis, findings=replace(analysis.findings, comparisons=pairs))
    names = analysis.dossier.names
    assert (f"- ladder: 9 in **{names[c]}**; 4 in **{names[a]}**, **{names[b]}** (**{names[a]}**, **{names[b]}** also give 9 "
            "elsewhere)") in to_markdown(changed).splitlines()
    conflict = next(g for g in json.loads(to_json(changed))["figure_groups"] if g["verdict"] == "conflict")
    assert [s.get("elsewhere") for s in conflict["sides"]] == [None, {"9 ladder": [a, b]}]


def test_both_readable_exports_list_each_pair_of_reports_then_each_source():
    """The origins section's lines are said once (:func:`copying_lines`); a format only names reports,
    escapes words and shows a run its own way."""
    from reader.core.export.documents import copying_lines
    from reader.core.model import Origins, ReportPair, SharedRun, SourceCover

    run = SharedRun(Span("a", 0, 9), Span("b", 4, 13), 2, 0)
    origins = Origins(pairs=(ReportPair("a", "b", "copied", 3, 40, (run,)), ReportPair("a", "c", "independent", 0, 0)),
                      sources=(SourceCover("wire", "b", 0.42),))
    lines = copying_lines(Dossier("d", (make_article("one two"),)), origins, str.upper, str, lambda span: f"<{span.start}-{span.end}>")
    assert lines == ["A and B: copied, 3 sentences copied; shared run: <0-9>", "A and C: independent",
                     "Source WIRE accounts for 42% of B"]


def test_a_long_shared_run_is_shown_by_its_ends_and_its_length():
    """A reprint's shared run is the whole article: a wall of thousands of words in a list line. The
    readable exports show its first and last words and how many it has (the JSON keeps it whole);
    a run of a sentence's length is shown whole."""
    from reader.core.export.documents import RUN_SHOWN, run_shown

    body = " ".join(f"w{n}" for n in range(1, 201))
    dossier = Dossier("d", (make_article(body),))
    shown = run_shown(dossier, Span("a", 0, len(body)), lambda span: f"<{dossier.article('a').text(span)}>")
    head, tail = shown.split(" … ")
    assert head == "<" + " ".join(f"w{n}" for n in range(1, 21)) + ">"
    assert tail == "<" + " ".join(f"w{n}" for n in range(191, 201)) + "> (200 words)"
    whole = " ".join(f"w{n}" for n in range(1, RUN_SHOWN + 1))
    assert run_shown(dossier, Span("a", 0, len(whole)), lambda span: "<whole>") == "<whole>"


@pytest.mark.parametrize("name", ["json", "markdown"])
def test_an_export_is_written_as_the_utf8_of_what_it_renders(analysis, text, name):
    """The bytes written to a file or a pipe (the JSON as msgspec makes it, never decoded to text) are the text's."""
    from reader.report.formats import encoded, render

    written = encoded(analysis, name)
    assert written == (text if name == "json" else render(analysis, name)).encode("utf-8")
    assert "\u2019".encode() in written


def test_a_figure_copied_by_many_reports_is_listed_once_per_copy_not_once_per_pair(tmp_path):
    """k reports printing one count agree k(k-1)/2 times: the JSON lists each copy against the first
    (the agreeing groups stay whole), one conflict between two agreeing groups, and says so."""
    from collections import Counter

    from reader.core.partition import Partition

    endings = ("Rain fell.", "Neighbours cheered.", "Builders start soon.", "The mayor smiled.",
               "Critics stayed away.", "Traffic may grow.", "Schools are near.", "Shops will follow.")
    for n, ending in enumerate(endings):
        count = "42" if n < 5 else "24"
        (tmp_path / f"r{n}.md").write_text(f"---\noutlet: Desk {n}\ntitle: Council backs housing plan\n---\n"
                                          f"The town council approved {count} new homes beside the old mill on Tuesday.\n\n{ending}\n")
    analysis = analyse(load_dossier(tmp_path))
    document = json.loads(to_json(analysis))
    found = Counter(item.verdict for item in analysis.findings.comparisons)
    assert found == {"agree": 4 * 5 // 2 + 3 * 2 // 2, "conflict": 5 * 3}
    assert document["figures_listed"] == {"agree": "spanning", "conflict": "one per pair of agreeing groups",
                                          "found": dict(found)}

    def agreeing(pairs: list[tuple[str, ...]], verdicts: list[str]) -> set[frozenset[tuple[str, ...]]]:
        groups = Partition(place for pair in pairs for place in pair)
        for pair, verdict in zip(pairs, verdicts):
            if verdict == "agree":
                groups.join(*pair)
        return {frozenset(group) for group in groups.groups()}

    listed = [tuple((f["article"], str(f["start"])) for f in item["figures"]) for item in document["figures"]]
    every = [tuple((f.span.article, str(f.span.start)) for f in item.figures) for item in analysis.findings.comparisons]
    assert agreeing(listed, [item["verdict"] for item in document["figures"]]) == agreeing(
        every, [item.verdict for item in analysis.findings.comparisons])
    assert Counter(item["verdict"] for item in document["figures"]) == {"agree": 4 + 2, "conflict": 1}
    assert all(item["figures"][0]["article"] in ("r0", "r5") for item in document["figures"])
    assert document["figure_groups"][0]["figures"] == list(range(7))


def _weakly_linked():
    """Two invented reports: one sentence each in a confident link, one pair in a weaker link only,
    and one sentence of the first report's own."""
    from reader.core.model import Analysis, Dossier, Link
    from reader.core.text.segment import segment_article
    from tests.helpers import make_article

    one = make_article("The ferry to Kestrel Island left port at dawn with forty passengers.",
                       "Gulls followed the boat past the breakwater.", "A brass band played on the quay.",
                       article_id="a", outlet="Harbour Post")
    two = make_article("The Kestrel Island ferry left port at dawn with forty passengers.",
                       "Seabirds trailed the vessel beyond the harbour wall.", article_id="b", outlet="Cape Herald")

    def span(article, words):
        at = article.body.index(words)
        return Span(article.id, at, at + len(words))

    confident = Link("L1", "paraphrase", 0.9, (span(one, "The ferry to Kestrel"), span(two, "The Kestrel Island ferry")))
    weaker = Link("W1", "paraphrase", 0.3, (span(one, "Gulls followed"), span(two, "Seabirds trailed")), confident=False)
    return Analysis(dossier=Dossier(root="hand-made", articles=(one, two)),
                    sentences={r.id: segment_article(r) for r in (one, two)}, entities=(),
                    links=(confident,), weaker_links=(weaker,))


def test_every_sentence_of_every_report_is_in_the_readable_exports_with_the_reports_saying_it_too():
    """A sentence in a weaker link only is neither a passage carried by several reports nor one
    report's alone: "What else each report says" lists it, naming who says it too, as the JSON does."""
    from reader.report.html import to_html

    analysis = _weakly_linked()
    markdown = to_markdown(analysis)
    rest = markdown[markdown.index("## What else each report says"):markdown.index("## Entities")]
    assert "- Gulls followed the boat past the breakwater. (also: **Cape Herald**)" in rest
    assert "- Seabirds trailed the vessel beyond the harbour wall. (also: **Harbour Post**)" in rest
    assert "brass band" not in rest and "forty passengers" not in rest  # shown in their own sections
    page = to_html(analysis)
    rest = page[page.index('<section id="elsewhere">'):page.index('<section id="entities">')]
    assert "Gulls followed the boat past the breakwater." in rest and "brass band" not in rest
    for article, body in zip(json.loads(to_json(analysis))["articles"], ("Gulls followed", "Seabirds trailed")):
        said = article["said_elsewhere"]
        assert len(said) == 1 and said[0]["articles"] == [{"a": "b", "b": "a"}[article["id"]]]
        assert analysis.dossier.article(article["id"]).body[said[0]["start"]:].startswith(body)


def test_a_dossier_of_one_report_exports_its_every_sentence_unmarked():
    from reader.core.model import Analysis, Dossier
    from reader.core.text.segment import segment_article
    from tests.helpers import make_article

    one = make_article("The ferry left port at dawn.", "A brass band played on the quay.", outlet="Harbour Post")
    analysis = Analysis(dossier=Dossier(root="hand-made", articles=(one,)), sentences={"a": segment_article(one)},
                        entities=())
    markdown = to_markdown(analysis)
    unique = markdown[markdown.index("## What only one report says"):markdown.index("## What else")]
    assert "The dossier has one report" in unique and "ferry" not in unique
    assert "- The ferry left port at dawn.\n- A brass band played on the quay." in markdown


def test_a_dossier_of_one_report_says_so_of_what_else_and_draws_no_empty_origins_table():
    """With one report nothing is set against a sentence: "What else" does not say other reports say them
    too, and the origins section gives its one line, not a table's heading over no row."""
    from reader.core.model import Analysis, Dossier
    from reader.core.text.segment import segment_article
    from reader.report.html import to_html
    from tests.helpers import make_article

    one = make_article("The ferry left port at dawn.", "A brass band played on the quay.", outlet="Harbour Post")
    analysis = Analysis(dossier=Dossier(root="hand-made", articles=(one,)), sentences={"a": segment_article(one)},
                        entities=())
    markdown, page = to_markdown(analysis), to_html(analysis)
    for text in (markdown, page):
        assert "each of its sentences is listed here" in text and "other reports say them too" not in text
        assert "Copied" not in text and "no copy between reports" in text
    # Nothing shared with no other report: the en dash of every empty cell, as Published, not a blank.
    assert "| Harbour Post | The ferry left port at dawn. | \u2013 | 13 | \u2013 |" in markdown
    assert '<td class="num">\u2013</td>' in page


def test_an_empty_dossier_says_it_has_no_report_in_both_readable_exports():
    from reader.core.model import Analysis, Dossier
    from reader.report.html import to_html

    analysis = Analysis(dossier=Dossier(root="hand-made", articles=()), sentences={}, entities=())
    markdown = to_markdown(analysis)
    unique = markdown[markdown.index("## What only one report says"):markdown.index("## What else")]
    page = to_html(analysis)
    section = page[page.index('<section id="unique">'):]
    section = section[:section.index("</section>")]
    for text in (unique, section):
        assert "The dossier has no report." in text and "one report:" not in text


def test_a_source_documents_sentences_in_no_passage_are_in_every_export_as_the_note_says():
    """A source has no "only one report says": each of its sentences in no confident link's passage is
    in "What else", named with the reports saying it too (a weaker link) or with none, so the note's
    every sentence of every document holds in the Markdown, the HTML and the JSON alike."""
    from dataclasses import replace

    from reader.core.export.documents import ELSEWHERE_NOTE
    from reader.core.model import Analysis, Dossier, Link
    from reader.core.text.segment import segment_article
    from reader.report.html import to_html
    from tests.helpers import make_article

    release = replace(make_article("The Kestrel Island ferry will sail twice a day from Monday.",
                                   "Tickets cost the same as last winter.", "The pier cafe opens at seven.",
                                   article_id="s", outlet="Ferry Board"), role="source")
    one = make_article("The Kestrel Island ferry will sail twice a day from Monday, the board said.",
                       "Fares are unchanged from the winter.", article_id="a", outlet="Harbour Post")
    two = make_article("A storm closed the coast road overnight.", article_id="b", outlet="Cape Herald")

    def span(article, words):
        at = article.body.index(words)
        return Span(article.id, at, at + len(words))

    confident = Link("L1", "paraphrase", 0.9, (span(release, "The Kestrel Island ferry will sail twice a day from"),
                                               span(one, "The Kestrel Island ferry will sail twice a day from")))
    weaker = Link("W1", "paraphrase", 0.3, (span(release, "Tickets cost"), span(one, "Fares are")), confident=False)
    analysis = Analysis(dossier=Dossier(root="hand-made", articles=(release, one, two)),
                        sentences={r.id: segment_article(r) for r in (release, one, two)}, entities=(),
                        links=(confident,), weaker_links=(weaker,))
    markdown = to_markdown(analysis)
    rest = markdown[markdown.index("## What else each report says"):markdown.index("## Entities")]
    source = rest[rest.index("### Ferry Board, source document (2 sentences)"):rest.index("### Harbour Post")]
    assert "- Tickets cost the same as last winter. (also: **Harbour Post**)" in source
    assert "- The pier cafe opens at seven.\n" in source and "twice a day" not in source
    page = to_html(analysis)
    rest = page[page.index('<section id="elsewhere">'):page.index('<section id="entities">')]
    assert "source document (2 sentences)" in rest
    assert "Tickets cost the same as last winter." in rest and "The pier cafe opens at seven." in rest
    said = {article["id"]: article["said_elsewhere"] for article in json.loads(to_json(analysis))["articles"]}
    assert [(release.body[s["start"]:s["end"]], s["articles"]) for s in said["s"]] == [
        ("Tickets cost the same as last winter.", ["a"]), ("The pier cafe opens at seven.", [])]
    assert "every sentence of every report and source document" in ELSEWHERE_NOTE


def test_every_readable_export_says_when_the_reports_may_not_cover_one_event(analysis):
    """The JSON's ``story`` was the only word of it in an export: a fact-checker sharing the Markdown
    or the HTML lost the main caveat. Both say it under the summary, naming an off-topic report; a
    dossier of one event says nothing."""
    from dataclasses import replace

    from reader.core.model import Story
    from reader.report.html import to_html

    first = analysis.dossier.articles[0]
    apart = replace(analysis, story=Story(same_event=False))
    off = replace(analysis, story=Story(same_event=True, off_topic=(first.id,)))
    said = "These reports do not seem to cover the same event: no passage link is taken as confident, so none is compared here."
    assert f"**Same story?** {said}" in to_markdown(apart)
    assert f"<p><strong>Same story?</strong> {said}</p>" in to_html(apart)
    for text in (to_markdown(off), to_html(off)):
        assert f"{first.outlet} ({first.id}) does not seem to cover the same event as the other reports" in text
        assert "left out of the passages compared here" in text and "W shows" not in text
    assert "Same story?" not in to_markdown(analysis) + to_html(analysis)


def test_sourcing_is_exported_as_its_dataclasses_with_every_float_rounded_like_scores(analysis):
    """The origins, naming and omissions are kept as msgspec encodes them, but for the floats (the shares), which
    are rounded: a field that may hold one is read back rounded, the rest written as encoded."""
    from dataclasses import replace

    import msgspec

    from reader.core.export.documents import to_document
    from reader.core.model import ReportShare, SourceCover, Sourcing

    shares = (ReportShare("a", 1 / 3, 0.0, 2 / 3, ("Wire",)),)
    sources = (SourceCover("s", "a", 0.123456),)
    origins = replace(analysis.sourcing.origins, shares=shares, sources=sources)
    found = analysis.replaced(sourcing=Sourcing(origins, analysis.sourcing.naming, analysis.sourcing.omissions))
    document = json.loads(msgspec.json.encode(to_document(found)))
    assert document["origins"]["shares"] == [{"article": "a", "copied": 0.333, "rewritten": 0.0, "own": 0.667,
                                              "credits": ["Wire"]}]
    assert document["origins"]["sources"] == [{"source": "s", "report": "a", "share": 0.123, "runs": []}]
    plain = json.loads(msgspec.json.encode(origins))
    assert list(document["origins"]) == ["summary", *plain]
    assert all(document["origins"][name] == plain[name] for name in ("pairs", "links", "groups"))
    assert document["naming"] == json.loads(msgspec.json.encode(analysis.sourcing.naming.rows))


def test_exports_say_how_a_report_carries_a_quotation_outside_marks_as_its_flag_does(tmp_path):
    """The markdown and HTML lines print the group's own wording of each unquoted passage (``reported_as``):
    the embassy's indirect speech is no copy "without quotation marks", and an uncredited copy still is."""
    from reader.report.html import to_html
    said = '"We will reopen the bridge as soon as the inspectors are satisfied with the repairs," Lina Morven said.'
    (tmp_path / "a.md").write_text(f"---\noutlet: Alpha\n---\n{said}\n")
    (tmp_path / "b.md").write_text("---\noutlet: Beta\n---\nLina Morven said the county will reopen the bridge as soon "
                                   "as the inspectors are satisfied with the repairs.\n")
    (tmp_path / "c.md").write_text("---\noutlet: Gamma\n---\nWe will reopen the bridge as soon as the inspectors are "
                                   "satisfied with the repairs.\n")
    analysis = analyse(load_dossier(tmp_path))
    markdown, html = to_markdown(analysis), to_html(analysis)
    assert "- **Beta**, as indirect speech, credited to Lina Morven: Lina Morven said" in markdown
    assert "- **Gamma**, without quotation marks: We will reopen" in markdown
    assert ("Flagged: reported as indirect speech, credited to Lina Morven, in Beta; reported without quotation marks "
            "in Gamma") in markdown
    assert "Beta</span>, as indirect speech, credited to Lina Morven: Lina Morven <span" in html
    assert "Gamma</span>, without quotation marks: We will reopen" in html
