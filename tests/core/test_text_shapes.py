"""Invented must-stay inputs for reading article files: plain text as it arrives keeps its paragraphs
and passages whatever Markdown, crosshead or byline reading is added around it."""

from __future__ import annotations

import textwrap

from reader.core.ingest.loading import load_dossier
from reader.core.text.segment import segment_article


def _open(tmp_path, name: str, text: str):
    (tmp_path / name).write_text(text, encoding="utf-8")
    return load_dossier(tmp_path / name).articles[0]


def _paragraphs(article) -> list[str]:
    return [article.body[start:end] for start, end in article.paragraphs]


def _passages(article) -> list[str]:
    return [sentence.text for sentence in segment_article(article)]


WRAPPED = textwrap.fill(
    "The council voted on Monday to close the old bridge after an inspection found deep cracks in two of its "
    "piers, and the mayor said repairs would take at least a year and cost about two million euros in all.", 60)


def test_hard_wrapped_lines_are_joined_back(tmp_path):
    article = _open(tmp_path, "a.txt", "Bridge closed after inspection\n" + WRAPPED + "\n"
                    + textwrap.fill("A ferry will run from Tuesday, the operator said, and the fares will stay "
                                    "as they are until the bridge reopens next year.", 60) + "\n")
    assert article.title == "Bridge closed after inspection"
    assert len(article.paragraphs) == 2 and "\n" not in article.body.replace("\n\n", "")


POEM = ("The mayor read a poem at the memorial on Sunday, as the names of the dead were read out.\n\n"
        "Under the old bridge\nthe water keeps its time\nand so do we\n\n"
        "The ceremony ended with a minute of silence, and the bells of the town hall rang at noon.\n")


def test_short_lines_of_a_quoted_poem_stay_passages(tmp_path):
    passages = _passages(_open(tmp_path, "a.txt", POEM))
    assert any("water keeps its time" in passage for passage in passages)


def test_a_body_sentence_starting_with_by_is_no_byline(tmp_path):
    article = _open(tmp_path, "a.txt", "River floods the valley\nBy Monday the river had risen\n"
                    "The water reached the first houses of the lower town on Monday night, officials said.\n")
    assert article.byline is None
    assert "By Monday the river had risen" in _paragraphs(article)


def test_a_short_real_sentence_stays_a_passage(tmp_path):
    article = _open(tmp_path, "a.txt", "Town waits for help after the storm\n"
                    "The storm cut the road to the valley on Sunday and the power went out in every house.\n"
                    "Nobody came.\n"
                    "By Tuesday the villagers had cleared the road themselves, the mayor said.\n")
    assert "Nobody came." in _passages(article)
    assert article.byline is None


def test_markdown_looking_text_in_a_txt_is_left_as_written(tmp_path):
    text = ("Bridge closed after inspection\n"
            "The council voted on Monday to close the old bridge, a *temporary* measure, the mayor said.\n"
            "* The first of three votes was held in March, and the second in # 4 of the council's rooms.\n"
            "Repairs will cost [about] two million euros (a figure the council gave) and take a year.\n")
    article = _open(tmp_path, "a.txt", text)
    assert _paragraphs(article) == text.strip().split("\n")[1:]


def test_a_header_then_plain_paragraphs_in_md_is_left_as_written(tmp_path):
    body = ("The council voted on Monday to close the old bridge [for now], 2 * 3 * 4 weeks, the mayor said.\n\n"
            "1990. That was the year the bridge last closed, for six weeks of repairs to its piers.\n\n"
            "- Repairs will cost about two million euros, the file repair_costs_2024 says, or more.\n\n"
            "#4 on the council's list, the bridge > the ferry in cost, the mayor said on Monday.\n")
    article = _open(tmp_path, "a.md", "---\noutlet: Harbour Post\ntitle: Bridge closed\n---\n" + body)
    assert _paragraphs(article) == body.strip().split("\n\n")


LEAD = "The council voted on Monday to close the old bridge after an inspection found deep cracks in two piers."
NEXT = "Repairs will take at least a year and cost about two million euros, the mayor told reporters on Tuesday."


def test_a_crosshead_between_paragraphs_is_no_passage(tmp_path):
    for crosshead in ("Secret inspection", "Costs"):  # not a quotation ("'Never again'"): someone's words
        article = _open(tmp_path, "a.txt", f"Bridge closed after inspection\n{LEAD}\n{crosshead}\n{NEXT}\n")
        assert crosshead in _paragraphs(article)
        assert _passages(article) == [LEAD, NEXT.split(", the")[0] + ", the mayor told reporters on Tuesday."]


def test_short_lines_that_say_something_stay_passages(tmp_path):
    for line in ("Nobody came.", "Nobody came", "Then it collapsed", "So what now?", "Two piers, one span,"):
        article = _open(tmp_path, "a.txt", f"Bridge closed after inspection\n{LEAD}\n{line}\n{NEXT}\n")
        assert any(line.rstrip(",") in passage for passage in _passages(article)), line


def test_a_poem_set_one_line_a_paragraph_stays_passages(tmp_path):
    article = _open(tmp_path, "a.txt", "Bridge closed after inspection\n" + LEAD + "\n"
                    "Under the old bridge\nthe water keeps its time\nand so do we.\n" + NEXT + "\n")
    assert any("Under the old bridge" in passage for passage in _passages(article))


def test_a_paragraph_printed_twice_is_listed_once_among_what_only_one_report_says(tmp_path):
    from reader.core.export.documents import to_markdown
    from reader.core.pipeline import analyse
    from reader.report.html import to_html

    repeated = "The harbour choir sang an old song about the river at the start of the evening."
    (tmp_path / "a.txt").write_text(f"Bridge closed after inspection\n{LEAD}\n{repeated}\n{NEXT}\n{repeated}\n")
    (tmp_path / "b.txt").write_text(f"Old bridge shut\n{LEAD}\n{NEXT}\n")
    analysis = analyse(load_dossier(tmp_path))
    assert [s.text for s in analysis.unique_sentences("a")] == [repeated, repeated]
    assert [s.text for s in analysis.unique_listed("a")] == [repeated]
    markdown, page = to_markdown(analysis), to_html(analysis)
    unique = markdown[markdown.index("## What only one report says"):markdown.index("## What else")]
    section = page[page.index('<section id="unique">'):]
    for text in (unique, section[:section.index("</section>")]):
        assert text.count("harbour choir") == 1
