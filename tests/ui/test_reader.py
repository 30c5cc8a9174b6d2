"""Pilot tests of the main screen: every flow by keyboard, on the hand-made dossier."""

from __future__ import annotations

import gc
from dataclasses import replace

import pytest
from rich.style import Style
from rich.text import Text
from textual.widgets import OptionList

from reader.core.model import Dossier, Link, Problem, Span
from reader.core.text.search import find_all
from reader.report.highlight import (
    ATTRIBUTION, DARK_DEFAULT, DATE, LIGHT_DEFAULT, MONEY, NUMBER, PERCENT, QUOTE, lex, rich_styles, style_for, style_names,
)
from reader.ui.app import build_app
from reader.ui.render import RenderIndex, origin_label, styled, theme_grounds
from reader.ui.screens.help import HelpScreen, help_sections
from reader.ui.screens.nway import NWayScreen
from reader.ui.screens.problems import ProblemsScreen
from reader.ui.screens.reader import ReaderScreen, StatusLine
from reader.ui.drawing import wrap_offsets
from reader.ui.widgets.article_view import ArticleView
from tests.helpers import notices, on_top, palette_lists, plain, told, until
from reader.ui.widgets.entity_panel import EntityPanel
from reader.ui.widgets.source_list import SourceList


def _status(app) -> str:
    return str(app.screen.query_one(StatusLine).render())


def _view(app) -> ArticleView:
    return app.screen.query_one(ArticleView)


def _screen_text(app) -> str:
    view = _view(app)
    return "\n".join(view.render_line(y).text for y in range(view.size.height))


def _plain_palette(**changes):
    """A palette of empty styles (tokens of monokai), with ``changes`` for the styles a test looks for."""
    from reader.ui.render import Palette

    fields = dict(sources=(Style(),), source_marks=(Style(),), entities=(Style(),), entity_marks=(Style(),), entity_selected=Style(), unique=Style(), search_hit=Style(),
                  passage_focus=Style(), diff_insert=Style(), diff_delete=Style(),
                  diff_replace=Style(), muted=Style(), conflict=Style(), tokens=rich_styles("monokai"))
    return Palette(**{**fields, **changes})


# Pure pieces ------------------------------------------------------------------
def test_lexer_finds_quotes_money_dates_and_attributions():
    text = "“It was $77 million,” Garneau said on Oct. 3, 2020, according to CBC; 62% last October. Can$150 million"
    found = {text[a:b]: token for a, b, token in lex(text)}
    assert found["Oct. 3, 2020"] is DATE
    assert found["$77 million"] is MONEY
    assert found["Can$150 million"] is MONEY
    assert found["62%"] is PERCENT
    assert found["last October"] is DATE
    assert found["said"] is ATTRIBUTION and found["according to"] is ATTRIBUTION
    assert found["“It was "] is QUOTE and found[",”"] is QUOTE


def test_lexer_reads_straight_and_single_quotes_and_closes_them():
    text = 'He said "it was 5 days" and ‘Turkey’s drones’ flew.'
    found = [(text[a:b], token) for a, b, token in lex(text)]
    assert ('"it was ', QUOTE) in found and ("5", NUMBER) in found and (' days"', QUOTE) in found
    assert ("‘Turkey’s drones’", QUOTE) in found
    assert found[-1][0] == "‘Turkey’s drones’"


def test_lexer_keeps_apostrophes_inside_words_out_of_quotes():
    assert lex("Turkey’s drones and Canada’s permits") == []
    assert [t for _, _, t in lex("four 12 numbers")] == [NUMBER]


def test_lexer_finds_highlights_inside_runs_of_plain_words():
    """Plain lower-case words are lexed a run at a time: each highlight among them is still found."""
    text = ("the board met and said the vote would come this year while members told us it ran late "
            "last week and “the vote on the next budget came this month after 3 days” they argued\n")
    found = [(text[a:b], token) for a, b, token in lex(text)]
    assert found == [("said", ATTRIBUTION), ("this year", DATE), ("told", ATTRIBUTION), ("last week", DATE),
                     ("“the vote on the next budget came ", QUOTE), ("this month", DATE), (" after ", QUOTE),
                     ("3", NUMBER), (" days”", QUOTE), ("argued", ATTRIBUTION)]


def test_each_theme_offers_only_the_styles_drawn_on_its_kind_of_background():
    """A style's colours suit its own background: on the other kind of theme some vanish."""
    dark, light = set(style_names(True)), set(style_names(False))
    assert dark | light == set(style_names()) and not dark & light
    assert {"monokai", "nord", "native", "rrt", "night-owl"} <= dark and {"friendly", "default", "solarized-light"} <= light
    assert style_for("nord", dark=False) == LIGHT_DEFAULT and style_for("friendly", dark=True) == DARK_DEFAULT
    assert style_for("nord", dark=True) == "nord" and style_for("", dark=False) == LIGHT_DEFAULT


def test_highlights_stay_distinct_without_colour():
    styles = rich_styles("monokai", no_color=True)
    plain = Style()
    for token, style in styles.items():
        assert style.color is None and style != plain, token
        assert style.bold or style.italic or style.underline or style.dim
    assert len({styles[t] for t in (QUOTE, NUMBER, DATE, ATTRIBUTION)}) == 4


def test_styled_never_reads_markup():
    text = styled("[bold red]not markup[/] \x1b", 0, 27, [(0, 5, Style(bold=True))])
    assert isinstance(text, Text)
    assert text.plain == "[bold red]not markup[/] \x1b"
    assert text.spans[0].start == 0 and text.spans[0].end == 5


def test_wrap_offsets_cover_every_word_within_width():
    body = "one two three four five six seven eight nine ten " + "x" * 25
    rows = wrap_offsets(body, 0, len(body), 12)
    assert all(end - start <= 12 for start, end in rows)
    assert " ".join(body[a:b] for a, b in rows).split() != []
    assert "".join(body[a:b] for a, b in rows).replace(" ", "") == body.replace(" ", "")


def test_search_folds_case_quotes_and_diacritics(tiny):
    hits = find_all(tiny, '"this was NOT')
    assert [h.article for h in hits] == ["alpha", "gamma"]
    assert all(tiny.article(h.article).text(h).startswith("“This") for h in hits)
    assert find_all(tiny, "   ") == ()


def test_gutter_marks_other_reports_and_unique_sentences(tiny, tiny_analysis):
    index = RenderIndex(tiny, tiny_analysis)
    marks = index.sentence_marks("alpha")
    assert marks[0].others == ("beta", "gamma") and not marks[0].unique
    assert marks[1].others == ("gamma",)
    assert marks[2].unique and marks[2].others == ()


def test_the_gutter_puts_reports_joined_by_weaker_links_alone_after_a_question_mark(tiny, tiny_analysis):
    """As the matrix marks a weaker link's kind (shown with W): ``?2`` beside a sentence only a
    weaker link joins to report 2, ``3?2`` when a confident link joins it to report 3, and no ``?``
    for a report a confident link joins too."""
    alpha = tiny.article("alpha")

    def weaker(phrase: str, link_id: str) -> Link:
        at = alpha.body.index(phrase)
        return Link(link_id, "paraphrase", 0.3, (Span("alpha", at, at + len(phrase)), Span("beta", 0, 20)), confident=False)

    links = tuple(weaker(phrase, f"W{n}") for n, phrase in enumerate(("Canada cancelled", "“This was", "Alpha alone")))
    index = RenderIndex(tiny, replace(tiny_analysis, weaker_links=links).with_weaker_links())
    marks = index.sentence_marks("alpha")
    assert [index.gutter(_plain_palette(), "alpha", marks[n], 5).plain for n in range(3)] == ["23   ", "3?2  ", "?2   "]
    # As wide as three reports give it: the ? stays, the weaker report after it is what is cut.
    assert [index.gutter(_plain_palette(), "alpha", marks[n], 3).plain for n in range(3)] == ["23 ", "3? ", "?2 "]
    assert not marks[2].unique


def test_a_passage_in_a_weaker_link_is_never_unique(tiny, tiny_analysis):
    """A copy of a report in a folder of other stories: every link is weaker there (the reports do
    not cover one event), yet its text printed word for word elsewhere is not "only this report".
    One rule for the gutter's ◆, ``u`` and the exports (``unique_sentences``); the shared share counts the links shown."""
    alpha = tiny.article("alpha")
    at = alpha.body.index("Alpha alone")
    span = Span("alpha", at, alpha.body.index(".", at) + 1)

    def weaker(kind: str) -> Link:
        return Link("W1", kind, 0.3, (span, Span("beta", 0, 44)), confident=False)

    alone = tiny_analysis.unique_sentences("alpha")
    assert [s.span for s in alone] == [span]
    copied = replace(tiny_analysis, weaker_links=(weaker("verbatim"),))
    assert copied.unique_sentences("alpha") == () and copied.shared_fraction("alpha") < 1.0  # the weaker link hidden
    assert copied.with_weaker_links().shared_fraction("alpha") == 1.0
    assert not RenderIndex(tiny, copied).sentence_marks("alpha")[2].unique
    paraphrased = replace(tiny_analysis, weaker_links=(weaker("paraphrase"),))
    assert paraphrased.unique_sentences("alpha") == ()  # a weaker paraphrase may be wrong, a false ◆ more so
    assert not RenderIndex(tiny, paraphrased).sentence_marks("alpha")[2].unique


def test_a_sentence_another_report_prints_whole_is_never_unique_though_no_link_holds_it():
    """A dateline or a list item is too short to link, yet two copies of one report must not each
    call it theirs alone."""
    from reader.core.model import Analysis
    from reader.core.text.segment import segment_article
    from tests.helpers import make_article

    dateline = "POSTED: 0950 GMT, March 3, 2019"
    reports = (make_article(dateline, "The ferry left the harbour at dawn.", article_id="a"),
               make_article(dateline.replace(" ", "  "), "Storms closed the coast road.", article_id="b"),
               make_article("POSTED: 1120 GMT, March 3, 2019", article_id="c"))
    dossier = Dossier(root="copies", articles=reports)
    analysis = Analysis(dossier=dossier, sentences={r.id: segment_article(r) for r in reports}, entities=())
    assert [s.text for s in analysis.unique_sentences("a")] == ["The ferry left the harbour at dawn."]
    assert [s.text for s in analysis.unique_sentences("b")] == ["Storms closed the coast road."]
    # Another time in the same line is no statement of c's own (as a figure conflict is not).
    assert [s.text for s in analysis.unique_sentences("c")] == []


# Flows ------------------------------------------------------------------------
async def test_first_paint_shows_articles_before_analysis(tiny, monkeypatch):
    """Without an analysis the app paints at once and the worker fills it in."""
    import reader.core.store.cache as cache

    def slow_analysis(dossier, progress, **_):
        progress("segment", 1, 3)
        raise RuntimeError("stopped by the test")

    monkeypatch.setattr(cache, "analyse_cached", slow_analysis)
    app = build_app(tiny)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: "Canada cancels drone permits" in _screen_text(app))
        await until(pilot, lambda: "analysis failed" in _status(app), workers=True)
        assert app.analysis is None


async def test_the_collector_paused_for_start_up_runs_again_after_the_first_paint(tiny, tiny_analysis):
    """The command line pauses garbage collection while the app starts; a session must not run without it."""
    gc.disable()
    try:
        app = build_app(tiny, analysis=tiny_analysis)
        async with app.run_test(size=(120, 40)) as pilot:
            await until(pilot, lambda: "Canada cancels drone permits" in _screen_text(app))
            await until(pilot, gc.isenabled)  # after the first paint
    finally:
        gc.enable()


async def test_the_article_is_wrapped_once_at_the_width_of_its_pane(tiny, tiny_analysis, monkeypatch):
    """No layout at a placeholder width before the pane has its size: that frame would be wrong and wasted."""
    import reader.ui.widgets.article_view as article_view

    widths = []
    real_wrap = article_view.wrap_offsets
    monkeypatch.setattr(article_view, "wrap_offsets", lambda body, a, b, width, *room: widths.append(width) or real_wrap(body, a, b, width, *room))
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: widths)  # the first frame
        assert set(widths) == {_view(app)._text_width()} and _view(app)._text_width() > 60


async def test_worker_analysis_arrives_and_fills_shared_figures(tiny, tiny_analysis, monkeypatch):
    import reader.core.store.cache as cache

    monkeypatch.setattr(cache, "analyse_cached", lambda dossier, progress, **_: (tiny_analysis, None))
    app = build_app(tiny)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: app.analysis is tiny_analysis, workers=True)  # the worker's AnalysisReady, handled
        prompt = " ".join(map(str, app.screen.query_one(SourceList).entry(tiny.articles[0].id, 200)))
        assert "% shared" in prompt and "…" not in prompt


async def test_selecting_a_report_with_j_and_k(tiny, tiny_analysis):
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        app.screen.query_one(SourceList).focus()
        await pilot.press("j")
        assert app.article_id == "beta"
        assert "Ottawa cancelled the permits" in _screen_text(app)
        await pilot.press("j", "k", "G")
        assert app.article_id == "gamma"
        await pilot.press("g")
        assert app.article_id == "alpha"
        await pilot.press("right_square_bracket")
        assert app.article_id == "beta"


async def test_the_report_list_goes_round_and_answers_the_mouse(tiny, tiny_analysis):
    """j on the last report comes back to the first, k on the first goes to the last (as
    Textual's lists do); a click on a report's rows shows it."""
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        sources = app.screen.query_one(SourceList)
        sources.focus()
        await pilot.press("k")
        assert app.article_id == "gamma" and sources.cursor == 2
        await pilot.press("j")
        assert app.article_id == "alpha" and sources.cursor == 0
        await pilot.click(SourceList, offset=(4, 1 + sources.rows_each + 1))  # border, then report 2's middle row
        assert app.article_id == "beta" and sources.cursor == 1


async def test_article_pane_scrolls_with_vim_keys(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        view = _view(app)
        view.focus()
        app.article_id = "the-globe-and-mail" if "the-globe-and-mail" in bundled.by_id else bundled.articles[-1].id
        # One refresh: the long report's scrollbar narrows the pane, which re-wraps it (no state
        # to wait on tells a layout still pending from one done).
        await pilot.pause()
        # The scrollbar follows the new report's length (set without a layout pass).
        assert view.vertical_scrollbar.window_virtual_size == len(view._rows) == view.virtual_size.height
        await pilot.press("j", "j", "j")
        assert view.scroll_y == 3
        await pilot.press("G")
        assert view.scroll_y == view.max_scroll_y > 3
        await pilot.press("g")
        assert view.scroll_y == 0
        await pilot.press("pagedown")
        assert view.scroll_y > 3


async def test_entity_panel_choose_and_walk_mentions_across_reports(tiny, tiny_analysis):
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        panel = app.screen.query_one(EntityPanel)
        assert not panel.display
        await pilot.press("e")
        assert panel.display and panel.has_focus
        # The first entity under "People" is Marc Garneau.
        await pilot.press("enter")
        assert app.entity_id == "garneau"
        garneau = tiny_analysis.entities[0]
        visited = [_view(app).current]
        for _ in range(len(garneau.mentions) - 1):
            await pilot.press("n")
            visited.append(_view(app).current)
        assert visited == list(garneau.mentions)
        assert {span.article for span in visited} == {"alpha", "beta", "gamma"}
        assert app.article_id == "gamma"
        assert "Marc Garneau in 3 of 3 reports" in _status(app)
        await pilot.press("n")
        assert _view(app).current == garneau.mentions[0] and app.article_id == "alpha"
        await pilot.press("N")
        assert _view(app).current == garneau.mentions[-1]
        await pilot.press("e", "escape")
        assert app.entity_id is None and _view(app).selected_entity is None


async def test_search_then_walk_hits_switching_reports(tiny, tiny_analysis):
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("slash", *"turkey", "enter")
        view = _view(app)
        hits = find_all(tiny, "turkey")
        await until(pilot, lambda: view.hits, workers=True)  # the search worker's SearchFinished, handled
        assert view.hits == hits and view.current == hits[0]
        assert app.article_id == hits[0].article == "beta"
        await pilot.press("n")
        assert view.current == hits[1] and app.article_id == "gamma"
        await pilot.press("N", "N")
        assert view.current == hits[-1]
        assert "search “turkey”" in _status(app)


async def test_search_without_hits_says_so(tiny, tiny_analysis):
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("slash", *"zebra", "enter")
        await until(pilot, lambda: _status(app).startswith("No report holds “zebra”"), workers=True)
        assert _view(app).hits == ()


async def test_a_search_without_hits_ends_the_last_search(tiny, tiny_analysis):
    """The answer leads the status line (not only a corner notice), and the last search's count,
    its marks and n/N go: left on, they read as this search's."""
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("slash", *"turkey", "enter")
        await until(pilot, lambda: "search “turkey”" in _status(app), workers=True)
        await pilot.press("slash", *"zebra", "enter")
        await until(pilot, lambda: _status(app).startswith("No report holds “zebra”"), workers=True)
        assert "search “turkey”" not in _status(app)
        assert _view(app).hits == () and app.screen.walk == ()
        assert not any("zebra" in str(n.message) for n in app._notifications)
        await pilot.press("n")  # names the search that found nothing, not "Nothing to walk yet" as if none had run
        assert _status(app).startswith("No report holds “zebra”: nothing to walk: choose an entity (e)")


async def test_help_lists_keys_of_every_screen_and_closes(tiny, tiny_analysis):
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)
    keys = {keys for _, rows in help_sections(app) for keys, _ in rows}
    assert {"?", "q", "c", "e", "/", "n", "N", "j ↓", "G end"} <= keys
    everywhere = dict(help_sections(app))["Everywhere"]
    assert [row for row in everywhere if row[0] == "q"] == [("q", "Close or quit")]  # one key, one row


async def test_help_pages_by_what_it_shows(tiny, tiny_analysis):
    from reader.ui.widgets.document_view import DocumentView

    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark", "space")
        await on_top(pilot, HelpScreen)
        body = app.screen.query_one("#help-body", DocumentView)
        await until(pilot, lambda: body.scroll_y > 0)  # space handled: a page down
        assert body.scroll_y == body.scrollable_content_region.height - 2


async def test_palette_jumps_to_a_source_and_to_an_entity(tiny, tiny_analysis):
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.press(*"Report: Gamma")
        await palette_lists(pilot, "Report: Gamma")
        await pilot.press("enter")
        await until(pilot, lambda: app.article_id == "gamma")
        await pilot.press("ctrl+p")
        await pilot.press(*"Entity: Turkey")
        await palette_lists(pilot, "Turkey")
        await pilot.press("enter")
        await until(pilot, lambda: app.entity_id == "turkey")
        # Turkey is in beta and gamma; the walk starts in the report already shown.
        assert app.entity_id == "turkey" and app.article_id == "gamma"


async def test_theme_toggle_and_style_change_keep_the_palette_in_step(tiny, tiny_analysis):
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        dark = _view(app).palette()
        await pilot.press("t")
        await until(pilot, lambda: not app.current_theme.dark)
        assert _view(app).palette().sources != dark.sources
        assert "Light theme: t goes back to dark" in told(app)
        await pilot.press("s")
        assert app.highlight_style and _view(app).palette().tokens == rich_styles(app.highlight_style, grounds=theme_grounds(app))
        for _ in range(len(style_names(False)) + 1):  # every style s offers on a light theme is a light one
            await pilot.press("s")
            assert app.highlight_style in style_names(False)
        app.highlight_style = "nord"  # chosen on a dark theme: a light one draws with its own default
        assert _view(app).palette().tokens == rich_styles(LIGHT_DEFAULT, grounds=theme_grounds(app))


async def test_problems_are_notified_one_line_per_file_and_listed(tiny, tiny_analysis):
    troubled = Dossier(tiny.root, tiny.articles, (Problem("bad.md", "header line 2 is not 'key: value'"),))
    app = build_app(troubled, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: notices(app))
        assert notices(app)["Problems"].startswith("bad.md: header line 2 is not 'key: value'")
        # The notices fade; the report list keeps saying so, and the palette lists it all.
        assert "1 not opened" in str(app.screen.query_one(SourceList).border_subtitle)
        app.clear_notifications()
        await pilot.press("ctrl+p", *"Problems")
        await palette_lists(pilot, "Problems")
        await pilot.press("enter")
        await on_top(pilot, ProblemsScreen)
        listed = app.screen.query_one(OptionList).get_option_at_index(0).prompt
        assert plain(listed) == "bad.md  header line 2 is not 'key: value'"


async def test_q_quits(tiny, tiny_analysis):
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("q")
        await until(pilot, lambda: not app.is_running)
    assert app.return_code == 0


@pytest.mark.parametrize("size", [(80, 24), (200, 60)])
async def test_layout_adapts_to_the_terminal(tiny, tiny_analysis, size):
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=size) as pilot:
        sources = app.screen.query_one(SourceList)
        narrow = size[0] < 100
        assert app.screen.has_class("-narrow") is narrow
        assert sources.compact is narrow
        # Narrow: the article takes the whole width (once the first layout has run); wide: most of
        # it, beside a list whose headlines fit.
        await until(pilot, lambda: _view(app).size.width >= (size[0] - 4 if narrow else size[0] * 0.7))
        assert narrow or sources.outer_size.width > 34  # wider than its 34-column minimum


async def test_no_color_keeps_entities_hits_and_tokens_distinguishable(tiny, tiny_analysis, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)):
        assert app.no_color
        palette = _view(app).palette()
        assert all(style.underline for style in palette.entities)
        assert palette.search_hit.reverse and palette.entity_selected.reverse
        assert palette.tokens == rich_styles("monokai", no_color=True)
        assert palette.unique.bold


def test_search_maps_folded_matches_back_to_exact_offsets():
    from tests.ui.conftest import make_article

    body_one = "Minister Mevlüt Çavuşoğlu spoke; ÇAVUŞOĞLU agreed."
    dossier = Dossier("x", (make_article("one", "One", None, [body_one]), make_article("two", "Two", None, ["cavusoglu"])))
    hits = find_all(dossier, "Cavusoglu")
    assert [dossier.article(h.article).text(h) for h in hits] == ["Çavuşoğlu", "ÇAVUŞOĞLU", "cavusoglu"]


def test_search_hits_paint_only_their_own_report(tiny, tiny_analysis):
    from reader.ui.render import prose_layers

    hit = Style(reverse=True)
    palette = _plain_palette(search_hit=hit, tokens={})
    index = RenderIndex(tiny, tiny_analysis)
    hits = find_all(tiny, "turkey")
    assert {h.article for h in hits} == {"beta", "gamma"}
    gamma = tiny.article("gamma")
    layers = prose_layers(index, palette, gamma, 0, len(gamma.body), hits=hits)
    painted = [gamma.body[a:b] for a, b, style in layers if style == hit]
    assert painted == ["Turkey"]
    assert not [1 for _, _, style in prose_layers(index, palette, tiny.article("alpha"), 0, 200, hits=hits) if style == hit]


async def test_help_scrolls_with_j_and_k(tiny, tiny_analysis):
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        body = app.screen.query_one("#help-body")
        await pilot.press("j", "j")
        assert body.scroll_y == 2
        await pilot.press("k")
        assert body.scroll_y == 1
        await pilot.press("q")
        assert isinstance(app.screen, ReaderScreen)


async def test_u_walks_what_only_this_report_says(tiny, tiny_analysis):
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("u")
        view = _view(app)
        only_alpha = [s.span for s in tiny_analysis.unique_sentences("alpha")]
        assert view.current == only_alpha[0]
        assert tiny.article("alpha").text(view.current) == "Alpha alone reports a $77 million deal."
        assert "only in Alpha Times: passage 1/1" in _status(app)
        # The walked passage carries the focus style in the drawn row.
        row = view.row_of(view.current.start) - int(view.scroll_y)
        focus = view.palette().passage_focus
        assert any(seg.style and focus.bgcolor == seg.style.bgcolor and "Alpha alone" in seg.text
                   for seg in view.render_line(row))


async def test_m_opens_the_coverage_matrix_from_the_reader_and_enter_compares(bundled, analysis):
    """What the reports share, one key from the main screen: the widest links on top."""
    from reader.ui.screens.compare import CompareScreen
    from reader.ui.screens.coverage import CoverageScreen

    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("m")
        await on_top(pilot, CoverageScreen)
        assert len(app.screen.links[0].articles) == len(bundled.articles)
        await pilot.press("enter")
        await on_top(pilot, CompareScreen)
        await pilot.press("escape", "escape")
        await on_top(pilot, ReaderScreen)


async def test_article_rewraps_when_the_entity_panel_takes_room(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(200, 60)) as pilot:
        view = _view(app)
        wide = view._text_width()
        await pilot.press("e")
        await until(pilot, lambda: view._text_width() < wide)  # the panel laid out beside it
        longest = max(row.end - row.start for row in view._rows if row.kind == "body")
        assert longest <= view._text_width()
        assert view.max_scroll_x == 0


async def test_palette_opens_a_link_in_the_nway_view_and_picks_a_style(tiny, tiny_analysis):
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+p", *"Link: This was not")
        await palette_lists(pilot, "This was not")
        await pilot.press("enter")
        await on_top(pilot, NWayScreen)
        link = tiny_analysis.links[1]
        assert app.screen.link == link
        assert app.screen.span == tiny_analysis.label_passage(link)
        await pilot.press("escape")
        await on_top(pilot, ReaderScreen)
        await pilot.press("ctrl+p", *"Style: zenburn")
        await palette_lists(pilot, "zenburn")
        await pilot.press("enter")
        await until(pilot, lambda: app.highlight_style == "zenburn")
        assert _view(app).palette().tokens == rich_styles("zenburn", grounds=theme_grounds(app))


def test_a_huge_paragraph_is_lexed_only_around_what_is_drawn(monkeypatch):
    import reader.report.highlight as highlight
    import reader.ui.render as render
    from tests.ui.conftest import make_article

    seen: list[int] = []
    real_lex = highlight.lex
    monkeypatch.setattr(highlight, "lex", lambda text: seen.append(len(text)) or real_lex(text))
    render._lexed.cache_clear()
    article = make_article("huge", "Huge", None, ["Garneau said “it was 62%” on Monday. " * 60_000])
    palette = _plain_palette()
    middle = len(article.body) // 2
    layers = render.token_layers(article, middle, middle + 80, palette)
    assert layers and all(b > middle - 10_000 and a < middle + 10_000 for a, b, _ in layers)
    assert sum(seen) < 3 * 4096 + 200 < len(article.body)


async def test_neighbouring_reports_are_drawn_ahead_of_time(tiny, tiny_analysis):
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        def drawn_reports() -> set[str]:  # rows are kept under ((report, width), row, width); blank rows too
            return {key[0][0] for key in _view(app)._strips.keys() if isinstance(key[0], tuple)}

        await until(pilot, lambda: len(drawn_reports()) == 3)  # after the first paint
        drawn = drawn_reports()
        # Showing alpha also drew gamma (before it, wrapping round) and beta (after it).
        assert drawn == {"alpha", "beta", "gamma"}
        before = len(_view(app)._strips)
        await pilot.press("right_square_bracket")
        assert app.article_id == "beta" and len(_view(app)._strips) >= before


async def test_a_long_dossier_lists_every_report_and_the_cursor_reaches_the_last():
    """Every report has its rows, in order; G takes the cursor to the last and shows it."""
    from reader.core.model import Analysis
    from tests.ui.conftest import make_article

    count = 70
    articles = tuple(
        make_article(f"r{n:03d}", f"Outlet {n}", f"Report {n}", [f"Paragraph of report {n}."]) for n in range(count)
    )
    dossier = Dossier("many", articles)
    app = build_app(dossier, analysis=Analysis(dossier))
    async with app.run_test(size=(120, 40)) as pilot:
        sources = app.screen.query_one(SourceList)
        assert sources.virtual_size.height == count * sources.rows_each
        sources.focus()
        await pilot.press("G")
        await until(pilot, lambda: app.article_id == articles[-1].id)
        listed = "\n".join(sources.render_line(y).text for y in range(sources.size.height))
        assert "Outlet 69" in listed and "Outlet 0" not in listed  # scrolled to it


async def test_help_explains_the_marks_after_the_keys_of_here_and_everywhere(tiny, tiny_analysis):
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("question_mark")
        await on_top(pilot, HelpScreen)
        titles = [title for title, _ in app.screen.shown()]
        assert titles.index("Marks and colours") == titles.index("Everywhere") + 1
        assert titles[0] == "Reader screen" and "N-way screen" in titles and "NWay screen" not in titles
        marks = plain(app.screen.marks())  # one line per mark
    # The gutter beside an alpha passage the two others carry, drawn by the gutter's own code.
    assert "23  " in marks and "is the report's number in the report list" in marks
    assert "◆" in marks and "only this report says this" in marks
    assert "│" in marks and "continues" in marks
    assert "Marc Garneau 3 123" in marks  # the entity panel's count and reports, for a real entity
    assert "% shared" in marks and "!" in marks and "conflicts with" in marks
    assert "7 of 18 passages also in Gamma Post" in marks and "how many of its passages Gamma Post also carries" in marks
    # Every colour and mark of the other views, the difference types in the HTML report's words.
    from reader.report.html import DIFF_MEANING

    for meaning in DIFF_MEANING.values():
        assert meaning in marks
    for sign in ("\u2038", "\u2691", "\u25cf", "= \u2248 ~", "struck", "added", "66% words in common", "“quoted words” said", "April 12"):
        assert sign in marks


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
async def test_help_from_the_entity_panel_lists_its_keys_first(tiny, tiny_analysis, size):
    """The panel takes the keys: ``?`` there opens on merge, split and naming, not pages down."""
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=size) as pilot:
        await pilot.press("e")
        await until(pilot, lambda: app.screen.query_one(EntityPanel).has_focus)
        await pilot.press("question_mark")
        await on_top(pilot, HelpScreen)
        shown = app.screen.shown()
        assert shown[0][0].startswith("Reader: entity panel") and shown[1][0] == "Reader screen"
        first = plain(shown[0][1]())
        assert "Mark, then merge with marked" in first and "Split" in first
        await pilot.press("escape")
        await pilot.press("escape")  # the panel closed: the reader's keys first again
        await until(pilot, lambda: not app.screen.query_one(EntityPanel).has_focus)
        await pilot.press("question_mark")
        await on_top(pilot, HelpScreen)
        assert app.screen.shown()[0][0] == "Reader screen"


async def test_help_g_and_G_scroll_to_top_and_bottom(tiny, tiny_analysis):
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        body = app.screen.query_one("#help-body")
        await pilot.press("G")
        assert body.scroll_y == body.max_scroll_y > 0
        await pilot.press("g")
        assert body.scroll_y == 0
        await pilot.press("end")
        assert body.scroll_y == body.max_scroll_y
        await pilot.press("home")
        assert body.scroll_y == 0


async def test_report_details_put_the_shared_share_first(tiny, tiny_analysis):
    """A narrow list cuts the end of the shares' line: the share, the telling part, comes first; the
    length and date have a line of their own."""
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)):
        sources = app.screen.query_one(SourceList)
        alpha = tiny.article("alpha")
        shared = f"{round(tiny_analysis.shared_fraction('alpha') * 100)}% shared"
        shares, length = map(str, sources.entry("alpha", 200)[-2:])
        origin = origin_label(tiny_analysis, "alpha")  # how much of it another report also prints
        assert (shares, length) == (f"{shared} · {origin}", f"{alpha.word_count} words · 2021-04-12")
        sources.set_index(RenderIndex(tiny))  # analysis not ready yet
        assert str(sources.entry("alpha", 200)[-2]) == "… shared"


async def test_compact_report_list_says_shared_when_it_fits(tiny, tiny_analysis):
    app = build_app(tiny, analysis=tiny_analysis)
    shared = f"{round(tiny_analysis.shared_fraction('alpha') * 100)}%"
    words = f"{tiny.article('alpha').word_count:>5} words"
    async with app.run_test(size=(80, 24)) as pilot:
        sources = app.screen.query_one(SourceList)
        assert sources.compact
        # Once the list has its width (the first layout): the share, then the length.
        await until(pilot, lambda: str(sources.entry("alpha")[0]) == f"1 Alpha Times  {shared} shared  {words}")
        # "1 Alpha Times  NN% shared" needs 25 cells; a 26-column terminal leaves 22 inside the list.
        await pilot.resize_terminal(26, 24)
        await until(pilot, lambda: str(sources.entry("alpha")[0]) == f"1 Alpha Times  {shared}")
        await pilot.resize_terminal(40, 24)
        await until(pilot, lambda: str(sources.entry("alpha")[0]) == f"1 Alpha Times  {shared} shared")
        await pilot.resize_terminal(80, 24)
        await until(pilot, lambda: str(sources.entry("alpha")[0]) == f"1 Alpha Times  {shared} shared  {words}")


async def test_the_worker_colours_the_entities_so_no_key_waits_for_it(tiny, tiny_analysis, monkeypatch):
    import dataclasses
    import threading

    from reader.core.entities import colouring
    from reader.core.store import cache

    fresh = dataclasses.replace(tiny_analysis)  # nothing computed yet
    threads = []
    real = colouring.colour_slots
    monkeypatch.setattr(colouring, "colour_slots", lambda *args, **kw: threads.append(threading.current_thread()) or real(*args, **kw))
    monkeypatch.setattr(cache, "analyse_cached", lambda dossier, progress, **_: (fresh, None))
    app = build_app(tiny)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: app.analysis is fresh, workers=True)  # the worker's AnalysisReady, handled
        assert app.index.entity_slot("garneau") == colouring.entity_slots(fresh)["garneau"]
        assert threads and threading.main_thread() not in threads


async def test_the_progress_counts_the_steps_done_and_says_a_start_as_one(tiny, tiny_analysis):
    from reader.ui.messages import AnalysisProgressed

    app = build_app(tiny, analysis=tiny_analysis)  # no worker: its progress would replace these
    async with app.run_test(size=(80, 24)) as pilot:
        app.post_message(AnalysisProgressed("starting", 0, 1))
        await until(pilot, lambda: app.progress == "analysing: starting…")
        app.post_message(AnalysisProgressed("figures", 2, 3))
        await until(pilot, lambda: app.progress == "analysing: figures 2/3")


async def test_compare_in_a_dossier_of_one_report_says_it_needs_two(tiny):
    """With one report, the key bar leaves out compare, unique and coverage; each key says why in
    the status line, and opens no view (coverage opened an empty matrix, ``u`` found nothing)."""
    from reader.core.model import Analysis, Dossier
    from reader.core.text.segment import segment_article
    from reader.ui.screens.reader import ReaderScreen
    from reader.ui.widgets.key_bar import KeyBar

    one = Dossier(root="one", articles=tiny.articles[:1])
    app = build_app(one, analysis=Analysis(dossier=one, sentences={a.id: segment_article(a) for a in one.articles}))
    async with app.run_test(size=(120, 24)) as pilot:
        bar = app.screen.query_one(KeyBar)
        await until(pilot, lambda: "Search" in str(bar.render()))
        assert not {"Compare", "Unique", "Coverage"} & set(str(bar.render()).split()), str(bar.render())
        for key, what in (("c", "Compare"), ("u", "A walk of the passages only one report has"), ("m", "Coverage")):
            await pilot.press(key)
            await until(pilot, lambda: app.screen.said == f"{what} needs two reports: this dossier has one")
            assert isinstance(app.screen, ReaderScreen) and len(app.screen_stack) == 1
        await pilot.press("Q")  # nor the quote tracker: said, not opened
        await until(pilot, lambda: app.screen.said == "The quote tracker needs two reports: this dossier has one")
        assert len(app.screen_stack) == 1
        await pilot.press("W")  # no link can join one report: not "every link found is shown"
        await until(pilot, lambda: app.screen.said == "Weaker links need two reports: this dossier has one")
        await pilot.press("slash", *"Canada", "enter", "K")  # a view of one report: the app's c is left off its key bar too
        await until(pilot, lambda: len(app.screen_stack) == 2 and "Close" in str(app.screen.query_one(KeyBar).render()))
        assert "c Compare" not in str(app.screen.query_one(KeyBar).render())
        await pilot.press("c")
        await until(pilot, lambda: "Compare needs two reports: this dossier has one" in told(app))
        assert len(app.screen_stack) == 2


async def test_nothing_to_undo_is_said_in_the_status_line_and_goes(tiny, tiny_analysis):
    """A no-op answer leads the reader's status line, as vim's message line, not a toast: Textual
    draws a toast again on every view opened while it lasts. A later answer replaces it."""
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        status = app.screen.query_one(StatusLine)
        await pilot.press("U")
        assert str(status.render()).startswith("No correction to undo · report ") and not app._notifications
        await pilot.press("9")
        assert str(status.render()).startswith("No report 9: this dossier has ")
        app.say("Briefly", timeout=0.05)
        await until(pilot, lambda: str(status.render()).startswith("report "))  # gone once its time is up


async def test_the_palette_keys_command_opens_the_readers_help(tiny, tiny_analysis):
    """One "Keys" in the palette, and it opens the help ? opens, not Textual's key panel."""
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(100, 30)) as pilot:
        (keys,) = [command for command in app.get_system_commands(app.screen) if command.title == "Keys"]
        await keys.callback()
        await on_top(pilot, HelpScreen)
        assert not app.screen.query("HelpPanel")


async def test_the_palette_offers_no_maximize_that_hides_the_status_line_and_key_bar(tiny, tiny_analysis):
    """Textual's "Maximize" hid the status line and the key bar, and nothing said escape restores them."""
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.screen.focused is not None  # Textual offers it for the focused widget
        assert "Maximize" not in [command.title for command in app.get_system_commands(app.screen)]


async def test_the_palette_offers_only_the_readers_own_commands(tiny, tiny_analysis):
    """Textual's Screenshot (which failed where the folder could not be written), its theme picker
    (a second one beside t) and its Quit are not offered: each command is one the help names."""
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(100, 30)):
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert not {"Screenshot", "Theme", "Quit", "Minimize", "Maximize"} & set(titles)
        assert {"Keys", "Theme: toggle light/dark", "Export: html"} <= set(titles)
