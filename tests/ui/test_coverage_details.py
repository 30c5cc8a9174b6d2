"""The matrix's details past the lines they may take: cut with a mark saying how many lines are
hidden and that i shows them (Textual dropped them without a sign); past what i shows, that the
compare view ⏎ opens has them."""

from __future__ import annotations

from reader.core.model import Analysis, Dossier, Link
from reader.core.text.segment import segment_article
from reader.ui.app import build_app
from reader.ui.screens.compare import CompareScreen
from reader.ui.screens.coverage import CoverageScreen
from tests.helpers import on_top, until
from tests.ui.conftest import make_article

LONG = "The yard listed " + ", ".join(f"crate {n} of the spring inventory" for n in range(1, 40)) + "."


def _long_link() -> Analysis:
    articles = tuple(make_article(name, f"{name.title()} Weekly", None, [LONG, "Nothing else."]) for name in ("north", "south"))
    sentences = {article.id: segment_article(article) for article in articles}
    link = Link("long", "verbatim", 1.0, tuple(sentences[article.id][0].span for article in articles))
    return Analysis(dossier=Dossier(root="long", articles=articles), sentences=sentences, links=(link,))


def _shown(details) -> list[str]:
    return [line.text.rstrip() for line in details.render_lines(details.region.reset_offset)]


async def test_details_cut_at_their_height_say_how_much_is_hidden_and_i_shows_it():
    analysis = _long_link()
    app = build_app(analysis.dossier, analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.open_screen(CoverageScreen(analysis))
        details = app.screen.query_one("#coverage-details")
        await until(pilot, lambda: "crate 39" in str(details.content) and len(_shown(details)) > 1)  # laid out
        shown = _shown(details)
        assert len(shown) == 8 and shown[-1].endswith("more lines: i"), shown
        hidden = int(shown[-1].split("\u2026 ")[-1].split()[0])
        await pilot.press("i")
        await until(pilot, lambda: len(_shown(details)) > 8)  # laid out at the height i gives
        more = _shown(details)
        assert more[:7] == shown[:7] and len(more) < 8 + hidden  # 60% of 24 rows: still cut, and said so
        assert more[-1].endswith(f"\u2026 {8 + hidden - len(more)} more lines: \u23ce shows it in compare"), more
        await pilot.press("enter")
        await on_top(pilot, CompareScreen)
