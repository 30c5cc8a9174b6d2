"""The coverage matrix with many rows: rows made only when in view, paged, searched with / and n/N."""

from __future__ import annotations

from contextlib import asynccontextmanager
from dataclasses import replace

from reader.core.findings.coverage import row_text
from reader.core.findings.sourcing import find_sourcing
from reader.core.model import Analysis, Dossier, Link
from reader.core.text.segment import segment_article
from reader.ui.app import build_app
from reader.ui.screens import coverage
from reader.ui.screens.coverage import CoverageScreen, CoverageTable
from tests.helpers import on_top, repaints, told, until
from tests.ui.conftest import make_article

ROWS = 120


def _long_pair() -> Analysis:
    """Two reports sharing ``ROWS`` statements, each linked: a matrix of ``ROWS`` rows, their
    details all as long (they wrap: a row's longer details make the table shorter)."""
    statements = [f"Statement {n:03} says the harbour {'reopened' if n % 7 == 0 else 'was shut'} on day {n:03}." for n in range(ROWS)]
    articles = (make_article("east", "East Post", None, statements), make_article("west", "West Times", None, statements))
    sentences = {article.id: segment_article(article) for article in articles}
    links = tuple(
        Link(f"L{n}", "verbatim", 1.0, tuple(sentences[a.id][n].span for a in articles)) for n in range(ROWS)
    )
    analysis = Analysis(dossier=Dossier(root="pair", articles=articles), sentences=sentences, links=links)
    return replace(analysis, sourcing=find_sourcing(analysis))  # as the worker leaves it


@asynccontextmanager
async def matrix(analysis: Analysis):
    app = build_app(analysis.dossier, analysis=analysis)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("m")  # the matrix the app keeps (another one would share shorten with it)
        await on_top(pilot, CoverageScreen)
        table = app.screen.query_one("#coverage-table")
        details = app.screen.query_one("#coverage-details")
        await until(pilot, lambda: table.row_keys and table.size.height and str(details.content))  # filled
        await pilot.pause()  # and laid out, under its details
        yield pilot, app.screen


async def test_only_the_rows_in_view_are_made(monkeypatch):
    analysis = _long_pair()
    made = []  # the statement numbers of the rows cut to their cells
    shorten = coverage.shorten
    monkeypatch.setattr(coverage, "shorten", lambda text, width: made.append(int(text.split()[1])) or shorten(text, width))
    async with matrix(analysis) as (pilot, screen):
        table = screen.query_one("#coverage-table")
        await until(pilot, lambda: made)  # the first screenful drawn
        assert len(table.row_keys) == ROWS
        assert 0 < len(set(made)) <= screen.size.height  # a screenful, not the whole matrix
        made.clear()
        await pilot.press("G")
        await until(pilot, lambda: ROWS - 1 in made)  # the last screenful drawn
        assert table.cursor[0] == ROWS - 1
        assert ROWS - 1 in made and 0 not in made


async def test_page_keys_move_the_cursor_by_a_screenful():
    async with matrix(_long_pair()) as (pilot, screen):
        table = screen.query_one("#coverage-table")
        rows_in_view = table.scrollable_content_region.height - 1  # under the header line
        await pilot.press("pagedown")
        assert table.cursor[0] == rows_in_view
        await pilot.press("ctrl+u")
        assert table.cursor[0] == rows_in_view - rows_in_view // 2
        await pilot.press("g")
        assert table.cursor[0] == 0


async def test_slash_finds_passages_and_n_walks_the_hits():
    async with matrix(_long_pair()) as (pilot, screen):
        table = screen.query_one("#coverage-table")
        await pilot.press("slash", *"REOPENED", "enter")
        await until(pilot, lambda: table.cursor[0] > 0)  # the search bar's Finished handled: on a hit
        assert table.has_focus
        assert table.row_keys[table.cursor[0]] == "L7"  # the first row after the cursor holding it
        assert "“REOPENED” in 18 of 120 rows: n/N go through them" in told(pilot.app)
        await pilot.press("n")
        assert table.row_keys[table.cursor[0]] == "L14"
        await pilot.press("N", "N")
        assert table.row_keys[table.cursor[0]] == "L0"  # back past the first hit found
        assert "reopened" in str(screen.query_one("#coverage-details").content)



async def test_a_move_in_view_repaints_the_two_rows_only(monkeypatch):
    """j and l repaint the row the cursor left and the one it reached, never the whole matrix
    (a screenful of cells sent again for a one-row move)."""
    async with matrix(_long_pair()) as (pilot, screen):
        table = screen.query_one("#coverage-table")
        await pilot.pause()
        asked = repaints(monkeypatch, table)[table]
        await pilot.press("j", "l")
        await until(pilot, lambda: table.cursor == (1, 1))
        assert asked and all(asked), asked  # never the whole table
        rows = {(region.y, region.height) for regions in asked for region in regions}
        assert rows == {(1, 1), (2, 1)}  # under the header line: the first and second rows


async def test_the_kind_and_the_share_of_words_tell_one_story():
    """``≈ nearly word for word, match score 0.94`` above ``~ paraphrased, match score 0.97`` read
    as a contradiction: the kind is the least alike pair's, the share of words an average over the
    versions, counted on their words (a link's score weighs its terms: it said 100% over ``was``/``is``)."""
    told = {"east": ["The ferry resumed service on the eastern route on Friday.", "Fares will rise by a tenth next spring."],
            "west": ["The ferry resumed service on the eastern route on Friday.", "Fares will rise by a tenth from next spring."],
            "north": ["The ferry resumed its service on the east route on Friday.", "Fares are set to rise by a tenth next spring."]}
    articles = tuple(make_article(key, name, None, told[key]) for key, name in
                     (("east", "East Post"), ("west", "West Times"), ("north", "North Star")))
    sentences = {article.id: segment_article(article) for article in articles}
    links = (Link("L1", "near", 0.94, tuple(sentences[a.id][0].span for a in articles)),
             Link("L2", "paraphrase", 1.0, tuple(sentences[a.id][1].span for a in articles)),
             Link("L3", "paraphrase", 0.5, tuple(sentences[a.id][1].span for a in articles[:2])))
    analysis = Analysis(dossier=Dossier(root="trio", articles=articles), sentences=sentences, links=links[:2])
    analysis = replace(analysis, sourcing=find_sourcing(analysis))
    async with matrix(analysis) as (pilot, screen):
        details = screen.query_one("#coverage-details")

        def said() -> str:
            return str(details.render())

        await until(pilot, lambda: "words in common" in said())
        seen = {said()}
        await pilot.press("j")
        await until(pilot, lambda: said() not in seen)
        seen.add(said())
    assert any("≈ nearly word for word at least once, 93% words in common on average over 3 versions" in s for s in seen), seen
    assert any("~ paraphrased at least once, 86% words in common on average over 3 versions" in s for s in seen), seen
    assert not any("match score" in s or "100%" in s for s in seen)
    from reader.ui.render import match_note

    assert match_note(analysis, links[2]) == "paraphrased, 94% words in common"  # two versions: one pair, no average


async def test_a_row_reading_as_an_earlier_one_says_which_reports_it_adds():
    """Two rows with the same words and no hint why: the second names what it joins."""
    texts = {"r0": "Ferries stopped running at dawn.", "r1": "Ferries stopped running at dawn today.",
             "r2": "Lorries queued for miles.", "r3": "Lorries queued."}
    articles = tuple(make_article(key, key.upper(), None, [text]) for key, text in texts.items())
    sentences = {article.id: segment_article(article) for article in articles}
    spans = {key: sentences[key][0].span for key in texts}
    links = (Link("ferries", "near", 0.9, (spans["r0"], spans["r1"])),
             Link("lorries", "near", 0.9, (spans["r1"], spans["r2"], spans["r3"])),
             Link("bridge", "paraphrase", 0.4, (spans["r0"], spans["r3"])))
    analysis = Analysis(dossier=Dossier(root="four", articles=articles), sentences=sentences, links=links)
    analysis = replace(analysis, sourcing=find_sourcing(analysis))
    async with matrix(analysis) as (pilot, screen):
        table = screen.query_one("#coverage-table")
        assert "also in R0: Lorries queued." in str(table.cell("bridge", "passage"))
        assert "also in" not in str(table.cell("lorries", "passage"))
        details = screen.query_one("#coverage-details")
        await pilot.press("G")
        await until(pilot, lambda: "; the same words as another row: this link adds R0;" in str(details.content))


async def test_a_row_adding_no_report_names_a_version_of_its_own():
    """Rows 6 and 9 both read "7 Lake County earthquake shakes Napa" (the second's reports a subset of the first's):
    the second names the version the first lacks, as the palette does; the details say it in full."""
    head = "Quake shakes the valley"
    texts = {"r0": [head, "Lorries queued."], "r1": [head, "Ferries sailed."], "r2": [head, "Buses ran late."],
             "r3": [head, "A strong quake shook the valley at dawn on Sunday."]}
    articles = tuple(make_article(key, key.upper(), None, paragraphs) for key, paragraphs in texts.items())
    sentences = {article.id: segment_article(article) for article in articles}
    heads = tuple(sentences[key][0].span for key in texts)
    links = (Link("heads", "verbatim", 1.0, heads), Link("lede", "paraphrase", 0.6, (*heads[:2], sentences["r3"][1].span)))
    analysis = Analysis(dossier=Dossier(root="four", articles=articles), sentences=sentences, links=links)
    analysis = replace(analysis, sourcing=find_sourcing(analysis))
    async with matrix(analysis) as (pilot, screen):
        table = screen.query_one("#coverage-table")
        assert "with R3 \u201cA strong quake" in str(table.cell("lede", "passage"))
        assert str(table.cell("heads", "passage")).endswith(head)  # the first row reading so: its words alone
        details = screen.query_one("#coverage-details")
        await pilot.press("j")
        await until(pilot, lambda: "this link also joins R3's \u201cA strong quake shook the valley at dawn on Sunday.\u201d"
                    in str(details.content))


async def test_slash_finds_words_in_any_version_of_a_row_not_only_the_one_shown():
    """A row shows one report's version; words only another report's version holds are found too."""
    statements = [f"Statement {n} says the harbour stayed shut on day {n}." for n in range(6)]
    versions = [s.replace("day 3.", "day 3 amid loud protests.") for s in statements]
    articles = (make_article("east", "East Post", None, statements), make_article("west", "West Times", None, versions))
    sentences = {article.id: segment_article(article) for article in articles}
    links = tuple(Link(f"L{n}", "near", 0.9, tuple(sentences[a.id][n].span for a in articles)) for n in range(6))
    analysis = Analysis(dossier=Dossier(root="pair", articles=articles), sentences=sentences, links=links)
    async with matrix(replace(analysis, sourcing=find_sourcing(analysis))) as (pilot, screen):
        table = screen.query_one("#coverage-table")
        assert "protests" not in row_text(screen.analysis, screen.labels["L3"])  # the row shows East's version
        await pilot.press("slash", *"protests", "enter")
        await until(pilot, lambda: table.cursor[0] > 0)
        assert table.row_keys[table.cursor[0]] == "L3"


async def test_versions_sharing_only_a_quotation_are_not_marked_word_for_word():
    """Three versions that print one quoted clause alike and little else (35% words in common) were
    marked ``=``, which the legend reads as versions matching word for word: marked ``~``, and said why (counted
    on their words: the link's score, its terms, says neither)."""
    texts = {"east": "The minister told a packed meeting in the old town hall that the bridge “will open before the winter” at last.",
             "west": "Officials insisted, despite the floods, that it “will open before the winter”.",
             "north": "“Will open before the winter,” read the statement the council issued on Monday."}
    articles = tuple(make_article(key, key.title(), None, [text]) for key, text in texts.items())
    sentences = {article.id: segment_article(article) for article in articles}
    link = Link("L1", "verbatim", 0.9, tuple(sentences[a.id][0].span for a in articles))
    analysis = Analysis(dossier=Dossier(root="quoted", articles=articles), sentences=sentences, links=(link,))
    analysis = replace(analysis, sourcing=find_sourcing(analysis))
    async with matrix(analysis) as (pilot, screen):
        details = screen.query_one("#coverage-details")
        await until(pilot, lambda: "words in common" in str(details.render()))
        table = screen.query_one("#coverage-table")
        assert table.cell(table.row_keys[0], "kind").plain.strip() == "~"
        assert ("~ paraphrased around words printed word for word, 36% words in common on average over 3 versions"
                in str(details.render()))


async def test_the_key_names_an_outlet_once_for_its_reports_and_letters_as_the_column_heads():
    """At 80 columns the key read ``7 usat… 8 usat… 9 yaho… a yaho…``: two reports of one outlet told
    apart by nothing. An outlet's reports share its name, and a letter is written as its column's
    head and the gutters write it (bracketed in the key only, ``(a)`` under a column ``a`` read as two)."""
    outlets = ["Harbour Gazette", "North Star", "East Post", "West Times", "Daily Ledger", "Morning Call",
               "Valley Voice", "Valley Voice", "Evening Bugle", "Evening Bugle"]
    articles = tuple(make_article(f"r{n}", name, None, ["The ferry resumed service on the eastern route on Friday."])
                     for n, name in enumerate(outlets))
    sentences = {article.id: segment_article(article) for article in articles}
    link = Link("L1", "verbatim", 1.0, tuple(sentences[a.id][0].span for a in articles))
    analysis = Analysis(dossier=Dossier(root="ten", articles=articles), sentences=sentences, links=(link,))
    analysis = replace(analysis, sourcing=find_sourcing(analysis))
    app = build_app(analysis.dossier, analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("m")
        await on_top(pilot, CoverageScreen)
        legend = app.screen.query_one("#coverage-counts")
        await until(pilot, lambda: "Valley" in str(legend.render()) or "Vall" in str(legend.render()))
        key = str(legend.render())
        assert " 7,8 Vall" in key and " 9,a Even" in key, key
        assert key.count("Vall") == 1 and key.count("Even") == 1 and "(" not in key
        assert app.index.source_label(app.screen.query_one(CoverageTable).palette(), "r9").plain == "a Evening Bugle"


async def test_a_search_answer_leads_the_details_line_instead_of_covering_it():
    """The search's count came as a notice over the details' last line, the text the key had just
    brought into view: it leads the details line until the next key, and no notice comes."""
    async with matrix(_long_pair()) as (pilot, screen):
        details = screen.query_one("#coverage-details")
        await pilot.press("slash", *"REOPENED", "enter")
        await until(pilot, lambda: "Statement 007" in str(details.content))
        assert str(details.content).startswith("“REOPENED” in 18 of 120 rows: n/N go through them · ")
        assert not pilot.app._notifications
        await pilot.press("n")
        await until(pilot, lambda: "Statement 014" in str(details.content))
        assert not str(details.content).startswith("“REOPENED”") and not pilot.app._notifications
