"""A passage taking part in two links (two statements) is counted the same way by its gutter, the
compare status and the N-way view: every report carrying any of its statements; the status and the
N-way title say how many the link shown joins when that is fewer, and "Not linked in" names only reports
carrying none of them."""

from __future__ import annotations

from dataclasses import replace

from reader.core.findings.collation import carriers_of
from reader.core.model import Link
from reader.ui.app import build_app
from reader.ui.render import RenderIndex
from reader.ui.screens.compare import CompareScreen
from reader.ui.screens.nway import NWayScreen, VersionList
from tests.helpers import compare_open, on_top, shown, until


def _second_statement(tiny_analysis) -> tuple:
    """The analysis with the passage alpha shares with gamma linked to beta too, by a weaker-scoring link."""
    sentences = tiny_analysis.sentences
    quoted = next(link for link in tiny_analysis.links if link.id == "L2").passage_in("alpha")
    beta = next(s for s in sentences["beta"] if s.text.startswith("Turkey"))
    extra = Link("L3", "paraphrase", 0.5, (quoted, beta.span))
    return replace(tiny_analysis, links=(*tiny_analysis.links, extra)), quoted


async def test_gutter_status_and_nway_count_a_passage_alike(tiny, tiny_analysis):
    analysis, quoted = _second_statement(tiny_analysis)
    app = build_app(tiny, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.open_screen(CompareScreen(analysis, "alpha", "gamma", at=quoted))
        compare = await compare_open(pilot)
        passage = compare.passages("left")[compare.active_column.cursor]
        assert passage.link.id == "L2"
        marks = app.index.sentence_marks("alpha")[passage.sentence.index]
        assert set(marks.others) == set(carriers_of(analysis, passage.sentence.span)) == {"beta", "gamma"}
        status = compare.query_one("#compare-status")
        await until(pilot, lambda: ": in 3 of 3 reports (this link 2); " in str(status.render()))

        await pilot.press("w")
        await on_top(pilot, NWayScreen)
        drawn = shown(app.screen.query_one(VersionList))
        assert drawn.lstrip().startswith("In 3 of 3 reports (this link 2), ")
        assert "Not linked in" not in drawn
        assert "Every report carries this passage; by another link only: " in drawn and "Beta News" in drawn


def test_gutter_marks_are_the_carriers_of_every_passage(bundled, analysis):
    index = RenderIndex(bundled, analysis)
    for article in bundled.articles:
        marks = index.sentence_marks(article.id)
        for sentence in analysis.sentences.get(article.id, ()):
            assert set(marks[sentence.index].others) == set(carriers_of(analysis, sentence.span))
