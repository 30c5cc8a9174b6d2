"""Property tests over untrusted input: nothing raises, every offset stays inside its body.

Loading is fed arbitrary bytes (and byte soups built from the pieces real
trouble is made of: fences, header keys, escapes, BOMs, CRLF, bad UTF-8);
make_inert arbitrary code points, surrogates included; the analysis stages
articles built from news sentences mixed with arbitrary text and payloads.
"""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.pipeline import analyse
from reader.core.text.diff import diff_passages
from reader.core.findings.difftypes import classify
from reader.core.export.documents import to_json, to_markdown
from reader.core.findings.figures import compare_figures, find_figures
from reader.core.ingest.loading import load_dossier
from reader.core.safe_text import inert_line, make_inert
from reader.core.text.search import find_all
from tests.core.test_safe_text import assert_inert

FRAGMENTS = [
    b"---\n", b"---", b"title: ", b"outlet: Reuters\n", b"published: 2021-04-12\n", b"published: x\n",
    b"caption: c\n", b"nope: x\n", b":", b"\n", b"\n\n", b"\r\n", b"\r", b"\t", b" ", b"Marc Garneau said. ",
    b"\x1b]52;c;QQ==\x07", b"\x1b[2J", b"\xc2\x9b", b"\x9b", b"\xe2\x80\xae", b"\xe2\x80\x8b", b"\xef\xbb\xbf",
    b"\xff\xfe", b"\xfe\xff", b"\x00", b"\xe9", b"\x93", b"\xcc\x81" * 6, "漢字😀".encode(), b"\xed\xa0\x80",
]
SOUPS = st.one_of(
    st.binary(max_size=600),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.binary(max_size=8)), max_size=40).map(b"".join),
)
ANY_TEXT = st.text(st.characters(blacklist_categories=()), max_size=300)


def assert_article_well_formed(article) -> None:
    body = article.body
    assert body and body == "\n\n".join(body[start:end] for start, end in article.paragraphs)
    previous_end = -2
    for start, end in article.paragraphs:
        assert previous_end + 2 == start and 0 <= start < end <= len(body)
        previous_end = end
    for text in (body, article.outlet, article.title, article.standfirst, article.byline,
                 article.url, article.published, article.path, *article.captions, *article.notes):
        if text is not None:
            assert_inert(text)


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
def test_make_inert_output_keeps_its_promise_for_any_text(text):
    result = make_inert(text)
    assert_inert(result)
    assert make_inert(result) == result


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
def test_inert_line_is_one_inert_line_for_any_text(text):
    line = inert_line(text)
    assert_inert(line)
    assert "\n" not in line and inert_line(line) == line


@settings(max_examples=300, deadline=None)
@given(SOUPS)
def test_any_bytes_load_without_raising_and_with_offsets_inside_the_body(data):
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "article.md").write_bytes(data)
        dossier = load_dossier(folder)
    assert len(dossier.articles) + sum(p.message.startswith("skipped:") for p in dossier.problems) == 1
    for article in dossier.articles:
        assert_article_well_formed(article)
    for problem in dossier.problems:
        assert "\n" not in str(problem)
        assert_inert(str(problem))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(st.characters(blacklist_characters="/\x00", blacklist_categories=("Cs",)),
                        min_size=1, max_size=12), min_size=1, max_size=6))
def test_any_file_names_get_unique_slug_ids(stems):
    with tempfile.TemporaryDirectory() as folder:
        for stem in stems:
            try:
                (Path(folder) / f"{stem}.md").write_text("Body.", encoding="utf-8")
            except OSError:
                continue  # the file system refused the name; the loader never sees it
        dossier = load_dossier(folder)
    ids = [article.id for article in dossier.articles]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", article_id) for article_id in ids)


NEWS_SENTENCES = [
    "Foreign Affairs Minister Marc Garneau said Canada would cancel the export permits.",
    "Turkey called the decision regrettable and said it would review its options.",
    "\u201cWe will not resume these exports,\u201d Garneau told reporters in Ottawa.",
    "The review found Canadian optics on drones used by Azerbaijan in Nagorno-Karabakh.",
    "On April 12, 2021, officials said permits worth $1.5 million were suspended.",
    "Mr. Garneau spoke with Mevl\u00fct \u00c7avu\u015fo\u011flu, Turkey\u2019s foreign minister.",
    "Project Ploughshares said the sensors were made by L3Harris Wescam.",
]
PIECES = st.one_of(
    st.sampled_from(NEWS_SENTENCES),
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=40),
    st.sampled_from(["\n\n", "\n", " ", "\t", "\x1b]52;c;QQ==\x07", "\u202e", "\u200b", "[bold]", "\u0301" * 7]),
)
ARTICLE_TEXTS = st.lists(st.lists(PIECES, min_size=1, max_size=12).map(" ".join), min_size=1, max_size=4)


def _load_texts(texts: list[str]):
    """The dossier of one article file per text, loaded the way a user's folder is."""
    with tempfile.TemporaryDirectory() as folder:
        for number, text in enumerate(texts):
            (Path(folder) / f"report-{number}.md").write_text(text, encoding="utf-8")
        return load_dossier(folder)


def _inside(span, bodies) -> bool:
    return span.article in bodies and 0 <= span.start <= span.end <= len(bodies[span.article])


@settings(max_examples=60, deadline=None)
@given(ARTICLE_TEXTS)
def test_analysis_never_raises_and_every_offset_lies_inside_its_body(texts):
    dossier = _load_texts(texts)
    analysis = analyse(dossier)
    bodies = {article.id: article.body for article in dossier.articles}
    for article_id, sentences in analysis.sentences.items():
        body = bodies[article_id]
        for sentence in sentences:
            assert _inside(sentence.span, bodies)
            for token in sentence.tokens:
                assert sentence.start <= token.start <= token.end <= sentence.end
                assert body[token.start:token.end] == token.text
    for entity in analysis.entities:
        assert entity.mentions and all(_inside(span, bodies) for span in entity.mentions)
    for link in analysis.links:
        assert len(set(link.articles)) == len(link.passages) >= 2 and 0.0 <= link.score <= 1.0
        # A passage lies in its body or, below offset 0, in its title line (Span.in_title).
        assert all(dossier.article(span.article).holds(span.start, span.end) for span in link.passages)
        first, *others = link.passages
        for other in others:
            ops = diff_passages(analysis, first, other)
            for op in ops:
                assert first.start <= op.a_start <= op.a_end <= first.end
                assert other.start <= op.b_start <= op.b_end <= other.end
            assert {typed.op for typed in classify(analysis, first, other, ops)} <= set(ops)
    for article in dossier.articles:
        for figure in find_figures(article):
            assert _inside(figure.span, bodies) and article.text(figure.span) == figure.text
    compare_figures(analysis)


@settings(max_examples=60, deadline=None)
@given(ARTICLE_TEXTS, st.text(max_size=12))
def test_search_finds_only_spans_inside_bodies_or_headlines(texts, query):
    dossier = _load_texts(texts)
    # A hit lies in its body or, below offset 0, in its title line (Span.in_title).
    assert all(dossier.article(span.article).holds(span.start, span.end) and span.start < span.end
               for span in find_all(dossier, query))


@settings(max_examples=40, deadline=None)
@given(ARTICLE_TEXTS)
def test_exports_always_parse_and_carry_the_bodies(texts):
    dossier = _load_texts(texts)
    analysis = analyse(dossier)
    document = json.loads(to_json(analysis))
    markdown = to_markdown(analysis)
    assert [a["body"] for a in document["articles"]] == [a.body for a in dossier.articles]
    for exported in document["articles"]:
        assert all(0 <= start <= end <= len(exported["body"]) for start, end in exported["paragraphs"])
    assert isinstance(markdown, str) and "\x1b" not in markdown
