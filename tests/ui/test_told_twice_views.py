"""The views of a link holding two passages of one report (``Link.also``: a report telling the statement in
its lede and again later): compare lights both in that report's column and pairs each with the other report,
and the N-way view gives the second passage under that report's version."""

from __future__ import annotations

from reader.core.findings.collation import TOLD_AGAIN
from reader.core.model import Analysis, Dossier, Link
from reader.core.text.segment import segment_article
from reader.ui.app import build_app
from reader.ui.messages import OpenVersions
from reader.ui.screens.compare import CompareScreen
from reader.ui.screens.nway import NWayScreen
from tests.helpers import compare_open, on_top, until
from tests.ui.conftest import make_article

AGAIN = "Engineers shut the Varn bridge on Monday to repair it."


def _told_twice() -> Analysis:
    articles = (
        make_article("first", "First Post", None, ["The Varn bridge closed on Monday for repairs.", "Traffic was slow all day.", AGAIN]),
        make_article("second", "Second Wire", None, ["Engineers closed the Varn bridge on Monday for repairs.", "A ferry runs meanwhile."]),
        make_article("third", "Third Daily", None, ["The Varn bridge was shut on Monday for repair work."]),
    )
    sentences = {article.id: segment_article(article) for article in articles}
    link = Link("L001", "paraphrase", 0.7, tuple(sentences[key][0].span for key in ("first", "second", "third")),
                also=(sentences["first"][2].span,))
    return Analysis(dossier=Dossier(root="told twice", articles=articles), sentences=sentences, links=(link,))


async def test_compare_lights_both_passages_of_the_report_telling_it_twice():
    analysis = _told_twice()
    app = build_app(analysis.dossier, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        pilot.app.push_screen(CompareScreen(analysis, "second", "first"))
        screen = await compare_open(pilot)
        left, right = screen.column("left"), screen.column("right")
        await until(pilot, lambda: left.cursor == 0 and right.highlighted == (0, 2))
        await pilot.press("tab")
        await until(pilot, lambda: right.has_focus)
        await pilot.press("j", "j")  # the first report's second passage is linked too
        await until(pilot, lambda: right.cursor == 2 and left.highlighted == (0,))
        assert screen.passages("right")[2].link.id == "L001"


async def test_the_n_way_view_gives_the_second_passage_under_its_reports_version():
    analysis = _told_twice()
    link = analysis.links[0]
    app = build_app(analysis.dossier, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        app.post_message(OpenVersions(analysis, link.passage_in("second"), link))
        await on_top(pilot, NWayScreen)
        view = app.screen
        first = view.carriers.index("first")
        await until(pilot, lambda: f"{TOLD_AGAIN.capitalize()}: {AGAIN}" in view.item_text(first), workers=True)
        assert all(TOLD_AGAIN.capitalize() not in view.item_text(n) for n in range(len(view.carriers)) if n != first)
