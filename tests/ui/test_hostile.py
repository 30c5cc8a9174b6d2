"""Pilot tests on the hostile dossier: every pane draws article text as inert, literal text.

The checks read what the widgets actually draw (``Widget.render_lines``, the
strips the compositor would send to the terminal): no segment may hold a
C0/C1 control or a bidi control, carry a hyperlink or a click action, or be a
control segment; markup must show literally; wide and endless text must not
push the frame. Also: the 10 MB article opens with progress and scrolls, and
a folder of broken files opens its good articles with one line per bad file.
"""

from __future__ import annotations

import re

import unicodedata
from pathlib import Path

import pytest
from rich.cells import cell_len
from textual.geometry import Region
from textual.widgets import OptionList

from reader.core.pipeline import analyse
from reader.core.ingest.loading import load_dossier
from reader.core.model import Dossier, Problem
from reader.ui.app import build_app
from reader.ui.screens.coverage import CoverageScreen
from reader.ui.screens.help import HelpScreen
from reader.ui.screens.nway import NWayScreen
from reader.ui.screens.problems import ProblemsScreen
from reader.ui.screens.quotes import QuotesScreen
from reader.ui.screens.reader import ReaderScreen, StatusLine
from reader.ui.drawing import wrap_offsets
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.key_bar import KeyBar
from reader.ui.widgets.source_list import SourceList
from tests.conftest import DATA
from tests.helpers import compare_open, notices, on_top, palette_lists, plain, told, until
from tests.data.make_hostile import LONG_WORD_LENGTH, write_big_article

BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# A marker from every hostile article, as each report's first screen shows it.
FIRST_SCREEN_MARKS = {
    "01-terminal-escapes": ("PAYLOAD-CSI", "␛[31;1mred bold text␛[0m", "␛]52;c;UFdORUQtQ0xJUEJPQVJE␇", "␛]8;;https"),
    "02-eight-bit-controls": ("PAYLOAD-C1", "␛[31mred via 8-bit CSI␛[0m", "[␀]", "[␈␈␈XXX]"),
    "03-markup": ("[@click=app.quit]a Textual action[/]", "[link=https://example.invalid]a Rich link[/link]",
                  "[blink]and this[/blink]"),
    "04-bidi": ("PAYLOAD-BIDI", "⟪RLO⟫exports will resume⟪PDF⟫", "⟪LRI⟫number 12⟪PDI⟫"),
    "05-invisible": ("Marc Garneau met Mélanie Joly and Justin Trudeau",),
    "06-layout": ("PAYLOAD-CJK", "加拿大外交部长", "PAYLOAD-LONGWORD", "BaykarBaykar"),
    "07-line-endings": ("PAYLOAD-CRLF", "PAYLOAD-CR", "PAYLOAD-LS"),
    "08-invalid-utf8": ("PAYLOAD-BADBYTES", "Bad bytes:", "�"),
    "09-raw-c1": ("PAYLOAD-RAWC1", "␛[31mred␛[0m", "café"),
}


@pytest.fixture(scope="module")
def hostile():
    return load_dossier(DATA / "hostile")


@pytest.fixture(scope="module")
def hostile_analysis(hostile):
    return analyse(hostile)


def _flowing(text: str) -> str:
    return re.sub(r"[\s\u2502\u25c6\u258c]+", "", text)


def drawn(app) -> str:
    """The text every visible widget of the current screen draws, after checking each segment is inert."""
    lines = []
    for widget in app.screen.query("*"):
        if not widget.display or not widget.size.area:
            continue
        for strip in widget.render_lines(Region(0, 0, *widget.outer_size)):
            for segment in strip:
                assert_inert(segment, widget)
            lines.append(strip.text)
    return "\n".join(lines)


def assert_inert(segment, widget) -> None:
    where = f"{type(widget).__name__}#{widget.id}: {segment.text!r}"
    assert segment.control is None, where
    assert not [c for c in segment.text if unicodedata.category(c) == "Cc" or c in BIDI_CONTROLS], where
    style = segment.style
    if style is not None:
        assert style.link is None, where
        assert "@click" not in style.meta, where


async def test_every_report_draws_its_payloads_as_visible_literal_text(hostile, hostile_analysis):
    app = build_app(hostile, analysis=hostile_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        key_bar = str(app.screen.query_one(KeyBar).render())
        assert [article.id for article in hostile.articles] == list(FIRST_SCREEN_MARKS)
        for article in hostile.articles:
            app.article_id = article.id
            await until(pilot, lambda: app.screen.query_one(ArticleView).article.id == article.id)
            text = drawn(app)
            # However the pane's width wraps them: spaces, line ends and gutter marks aside.
            flowing = _flowing(text)
            for mark in FIRST_SCREEN_MARKS[article.id]:
                assert _flowing(mark) in flowing, (article.id, mark)
            # The source list shows headlines literally, markup included.
            assert "[bold red]Markup[/]" in text
            # The frame: the key bar is the same whatever the report holds.
            assert str(app.screen.query_one(KeyBar).render()) == key_bar


async def test_wide_and_endless_text_stays_inside_the_pane_and_scrolls(hostile, hostile_analysis):
    app = build_app(hostile, analysis=hostile_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        view = app.screen.query_one(ArticleView)
        view.focus()
        app.article_id = "06-layout"
        await until(pilot, lambda: view.article.id == "06-layout")
        width = view.scrollable_content_region.width
        seen: dict[int, str] = {}  # by row of the article: pages overlap
        while True:
            rows = [view.render_line(y) for y in range(view.size.height)]
            assert all(row.cell_length == width for row in rows)
            seen.update((int(view.scroll_y) + y, row.text) for y, row in enumerate(rows))
            if view.scroll_y >= view.max_scroll_y:
                break
            before = view.scroll_y
            await pilot.press("pagedown")
            assert view.scroll_y > before
        text = "".join(seen[number].strip(" │◆0123456789") for number in sorted(seen))
        # Not a character of the 100,000-character word is lost, nor a word after the wide ones.
        assert "Baykar" * (LONG_WORD_LENGTH // 6) in text
        assert "stayedaswideastheyare." in text.replace(" ", "")
        assert view.max_scroll_x == 0
        assert app.screen.query_one(KeyBar).region.y == 39


def test_wrapping_counts_wide_characters_as_two_cells(hostile):
    body = hostile.article("06-layout").body
    start, end = hostile.article("06-layout").paragraphs[1]
    for width in (20, 37, 72):
        rows = wrap_offsets(body, start, end, width)
        assert all(cell_len(body[a:b]) <= width for a, b in rows)
        assert " ".join(body[a:b] for a, b in rows).split() == body[start:end].split()
    assert wrap_offsets("加拿大外交部长", 0, 7, 5) == [(0, 2), (2, 4), (4, 6), (6, 7)]


async def test_entities_search_and_palette_draw_inert_text(hostile, hostile_analysis):
    app = build_app(hostile, analysis=hostile_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        # e: the entity panel, names as the reports spell them.
        await pilot.press("e")
        await until(pilot, lambda: "People" in drawn(app))
        await pilot.press("e")
        # /: search for the clipboard payload; its hit is shown and counted.
        await pilot.press("slash", *"PAYLOAD-OSC52", "enter")
        await until(pilot, lambda: app.screen.query_one(ArticleView).hits, workers=True)  # the search worker's result, handled
        text = drawn(app)
        assert "search “PAYLOAD-OSC52”: 1/1" in text and "␛]52;c;" in text
        # ctrl+p: the palette's Source entries carry the outlets' escape sequences as text.
        await pilot.press("ctrl+p", *"Report: Hostile")
        await palette_lists(pilot, "Hostile")
        assert "␛]0;PWNED-OUTLET-TITLE␇" in drawn(app)
        await pilot.press("escape")
        # Labels and help (the headline) are not read as markup.
        await pilot.press("ctrl+p", *"Report: Markup")
        await palette_lists(pilot, "Markup")
        assert "[bold red]Markup[/] in a headline about Project Ploughshares" in drawn(app)
        await pilot.press("escape")
        await pilot.press("ctrl+p", *"Entity: Garneau")
        await palette_lists(pilot, "Garneau")
        assert "Entity: Marc Garneau" in drawn(app)
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)


async def test_compare_nway_coverage_and_help_draw_inert_text(hostile, hostile_analysis):
    app = build_app(hostile, analysis=hostile_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("escape", "c")  # the notices told at start dismissed: a view's first escape would
        await compare_open(pilot)
        assert "␛]0;PWNED-OUTLET-TITLE␇" in drawn(app)
        await pilot.press("right_square_bracket", "right_square_bracket")  # the column refills as the key is handled
        drawn(app)
        await pilot.press("w")
        await on_top(pilot, NWayScreen)
        drawn(app)
        await pilot.press("escape", "m")  # no link at all: m says so, opening no empty matrix (test_coverage_no_rows.py)
        await until(pilot, lambda: any(said.startswith("Coverage: no passage is linked") for said in told(app)))
        drawn(app)
        await pilot.press("escape", "question_mark")
        await on_top(pilot, HelpScreen)
        drawn(app)
        body = app.screen.query_one("#help-body")  # all of it, not only the rows in view
        rows = body.rows(body.scrollable_content_region.width)
        for segment in (segment for row in rows for segment in row):
            assert_inert(segment, body)
        assert "Everywhere" in "\n".join(row.text for row in rows)


async def test_big_article_opens_with_progress_and_pages_down(tmp_path):
    write_big_article(tmp_path)
    dossier = load_dossier(tmp_path)
    assert len(dossier.articles) == 1 and len(dossier.articles[0].body) > 10_000_000
    app = build_app(dossier)
    async with app.run_test(size=(120, 40)) as pilot:
        shown: list[str] = []

        def remember(progress: str) -> None:
            shown.append(progress)

        app.screen.watch(app, "progress", remember)
        status = app.screen.query_one(StatusLine)
        assert "analysing" in str(status.render())
        # The article is readable while the analysis runs.
        view = app.screen.query_one(ArticleView)
        view.focus()
        await pilot.press("pagedown", "pagedown")
        assert view.scroll_y > 0
        await until(pilot, lambda: app.analysis is not None, workers=True)  # the worker's AnalysisReady, handled
        assert any(text.startswith("analysing: ") and "/" in text for text in shown), shown
        assert "analysing" not in str(status.render())
        before = view.scroll_y
        await pilot.press("pagedown")
        assert view.scroll_y > before
        await pilot.press("G")
        assert view.scroll_y == view.max_scroll_y > 100_000


async def test_broken_files_are_counted_listed_one_line_each_and_good_ones_listed():
    """More problems than notices fit: one notice counts them; the Problems list names each once."""
    dossier = load_dossier(DATA / "bad")
    app = build_app(dossier, analysis=analyse(dossier))
    async with app.run_test(size=(120, 40)) as pilot:  # the problems are told as the app mounts
        skipped = sum(not problem.opened for problem in dossier.problems)
        caveats = len(dossier.problems) - skipped
        assert notices(app)["Problems"] == (
            f"{skipped} files not opened, {caveats} {'file' if caveats == 1 else 'files'} opened with a caveat: "
            "^p \u203a Problems lists them"
        )
        assert not any(n.markup for n in app._notifications)
        await app.action_show_problems()
        await on_top(pilot, ProblemsScreen)
        options = app.screen.query_one(OptionList)
        listed = [plain(options.get_option_at_index(n).prompt, 500) for n in range(options.option_count)]
        broken = {problem.within(dossier.root): problem.message for problem in dossier.problems}
        assert len(broken) >= 8 and len(listed) == len(broken)
        for line, message in broken.items():
            # Named relative to the dossier: the file's own name leads the line, then why, once.
            file = line.removesuffix(f": {message}")
            said = [shown for shown in listed if " ".join(shown.split()) == f"{file} {message}"]
            assert not line.startswith("/") and len(said) == 1 and said[0].count(message) == 1, line
        lines = {Path(shown.split()[0]).name: shown for shown in listed}
        assert " opened; " in lines["cp1252.txt"] and " skipped: " in lines["binary.md"]
        await pilot.press("escape")
        await on_top(pilot, ReaderScreen)
        listed = drawn(app)
        assert all(article.outlet in listed for article in dossier.articles)
        sources = app.screen.query_one(SourceList)
        assert sources.virtual_size.height == len(dossier.articles) * sources.rows_each == 4 * sources.rows_each  # bad-date opens, its date left out with a note


async def test_markup_in_problems_and_queries_stays_text(hostile, hostile_analysis):
    """A header value quoted in a problem line, and a typed query, are never read as markup."""
    troubled = Dossier(hostile.root, hostile.articles, (Problem("x.md", "skipped: bad header: '[@click=app.quit]q[/]'"),))
    app = build_app(troubled, analysis=hostile_analysis)
    async with app.run_test(size=(120, 40)) as pilot:  # the problems are told as the app mounts
        assert notices(app)["Problems"] == "x.md: skipped: bad header: '[@click=app.quit]q[/]' (^p \u203a Problems lists it)"
        assert str(app.screen.query_one("#notices").render()).startswith("Problems x.md: skipped: bad header: '[@click")
        # A closing tag with nothing open raised MarkupError from the status line.
        await pilot.press("slash", *"[/]PAYLOAD", "enter")
        await until(pilot, lambda: str(app.screen.query_one("#status").render()).startswith("No report holds “[/]PAYLOAD”"), workers=True)
        assert app.is_running


async def test_checks_catch_article_text_that_was_not_made_inert(monkeypatch):
    """The same checks fail when the loader skips make_inert: the raw ESC reaches a drawn segment."""
    import reader.core.ingest.loading as loading

    monkeypatch.setattr(loading, "make_inert", lambda text: text)
    raw = load_dossier(DATA / "hostile")
    app = build_app(raw, analysis=analyse(raw))
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: app.screen.query_one(ArticleView).size.width)  # laid out: it draws
        with pytest.raises(AssertionError, match=r"\\x1b"):
            drawn(app)


async def test_a_wide_headline_wraps_within_the_pane_and_fits_the_source_list(hostile, hostile_analysis):
    from dataclasses import replace

    wide = replace(hostile.articles[5], title="加拿大外交部长" * 12 + " 🇨🇦 Garneau")
    dossier = Dossier(hostile.root, (wide,))
    app = build_app(dossier, analysis=analyse(dossier))
    async with app.run_test(size=(120, 40)) as pilot:
        view = app.screen.query_one(ArticleView)
        await until(pilot, lambda: view._rows)  # laid out at the pane's width
        rows = [view.render_line(y) for y in range(4)]
        assert all(row.cell_length == view.scrollable_content_region.width for row in rows)
        shown = "".join("".join(row.text.split()) for row in rows)  # however the rows wrap the headline
        assert "加拿大外交部长" * 12 in shown and "🇨🇦Garneau" in shown
        sources = app.screen.query_one(SourceList)
        lines = sources.render_lines(Region(0, 0, *sources.outer_size))
        assert all(line.cell_length == sources.outer_size.width for line in lines)
        assert "加拿大" in "".join(line.text for line in lines)


async def test_linked_payload_passages_stay_inert_in_nway_coverage_and_quotes(hostile):
    """Two reports carrying the same hostile passages, one from an outlet named in markup:
    the linked views draw the passages and the name as text."""
    from dataclasses import replace

    first = hostile.articles[0]
    twin = replace(first, id="twin", outlet="[@click=app.quit]Twin Wire[/]", path="twin.md")
    dossier = Dossier(hostile.root, (first, twin))
    analysis = analyse(dossier)
    assert analysis.links
    app = build_app(dossier, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("c")
        await compare_open(pilot)
        assert "[@click=app.quit]Twin Wire[/]" in drawn(app)
        await pilot.press("w")
        await on_top(pilot, NWayScreen)
        text = drawn(app)
        assert "[@click=app.quit]Twin Wire[/]" in text and "Hostile Wire ␛]0;PWNED-OUTLET-TITLE␇" in text
        await pilot.press("escape", "m")
        await on_top(pilot, CoverageScreen)
        assert "(PAYLOAD-OSC52) ␛]52;c;UFdORUQtQ0xJUEJPQVJE␇" in drawn(app)
        await pilot.press("escape", "escape", "Q")
        await on_top(pilot, QuotesScreen)
        # Both twins quote it alike: one version, after both names, wrapped where the width says.
        assert _flowing("We will not resume these permits") in _flowing(drawn(app))


async def test_the_concordance_of_a_hostile_word_draws_it_inert(hostile, hostile_analysis):
    """K after searching a word every hostile article uses: each line of context, escapes and
    markup included, is drawn as inert text."""
    from reader.ui.screens.concordance import ConcordanceScreen

    app = build_app(hostile, analysis=hostile_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("slash", *"payload", "enter")
        await until(pilot, lambda: app.screen.query_one(ArticleView).hits, workers=True)  # the search worker's result, handled
        await pilot.press("K")
        await on_top(pilot, ConcordanceScreen)
        text = drawn(app)
        assert "PAYLOAD-CSI" in text and "Concordance of" in text


async def test_a_caption_shows_under_the_standfirst_dimmed_and_literal(tmp_path):
    (tmp_path / "a.md").write_text(
        "---\noutlet: Harbour Gazette\nstandfirst: The island waited an hour.\n"
        "caption: The quay [bold red]at dusk[/] \x1b[31mred\x1b[0m [link=https://example.invalid]x[/link]\n---\n"
        "The ferry to the island ran an hour late on Tuesday, the harbour office said.\n", encoding="utf-8")
    dossier = load_dossier(tmp_path)
    app = build_app(dossier, analysis=analyse(dossier))
    async with app.run_test(size=(120, 40)) as pilot:
        view = app.screen.query_one(ArticleView)
        await until(pilot, lambda: view.article is not None and view.article.id == "a")
        text = drawn(app)  # every segment inert: no control, link or action
        caption = "Photo: The quay [bold red]at dusk[/] ␛[31mred␛[0m [link=https://example.invalid]x[/link]"
        assert _flowing("The island waited an hour." + caption + "The ferry") in _flowing(text)
        row = next(y for y in range(view.size.height) if "Photo: The quay" in view.render_line(y).text)
        styles = [s.style for s in view.render_line(row) if "quay" in s.text]
        assert styles and all(style.dim for style in styles)


def _terminal_cells(text: str) -> int:
    """Cells a terminal that joins no emoji sequence (tmux, xterm, VTE) gives ``text``: two for each
    wide character, none for a combining mark, one for the rest."""
    return sum(0 if unicodedata.combining(char) else 2 if unicodedata.east_asian_width(char) in "WF" else 1
               for char in text)


async def test_an_emoji_with_a_skin_tone_is_drawn_as_wide_as_it_is_measured(tmp_path):
    """Rich measured an emoji and its skin-tone modifier two cells, terminals drew four: the rows
    after it, and the pane's border, landed two columns off. The file itself is left as it was."""
    article = tmp_path / "a.md"
    article.write_text(
        "---\noutlet: Harbour Gazette\ntitle: Ferry late again \U0001f44d\U0001f3fd\n---\n"
        + "The ferry ran late \U0001f44d\U0001f3fd and the harbour office waved \u270b\U0001f3fb at us. " * 12
        + "\n", encoding="utf-8")
    before = article.read_bytes()
    dossier = load_dossier(tmp_path)
    app = build_app(dossier, analysis=analyse(dossier))
    async with app.run_test(size=(100, 30)) as pilot:
        view = app.screen.query_one(ArticleView)
        await until(pilot, lambda: view.article is not None and view.article.id == "a")
        width = view.scrollable_content_region.width
        rows = [view.render_line(y).text for y in range(view.size.height)]
        assert sum("\U0001f44d" in row for row in rows) > 3
        assert all(_terminal_cells(row) == cell_len(row) == width for row in rows)
        assert all(_terminal_cells(line) == cell_len(line) for line in drawn(app).splitlines())
    assert article.read_bytes() == before
