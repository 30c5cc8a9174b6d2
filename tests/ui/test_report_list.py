"""The report list at 120 columns shows what tells reports apart: the outlet's whole name (a long
one goes on on a second row, the headline still shown) and whole counts, the details cut at a part, with ``…``."""

from __future__ import annotations

from dataclasses import replace

from reader.core.model import Dossier
from reader.ui.app import build_app
from reader.ui.render import origin_label, share_parts
from reader.ui.widgets.source_list import SourceList
from tests.helpers import until

LONG_NAME = "The Riverton Evening Ledger"


async def test_a_long_name_and_long_details_are_never_cut_mid_word(tiny, tiny_analysis):
    alpha = replace(tiny.articles[0], outlet=LONG_NAME)
    dossier = Dossier(root=tiny.root, articles=(alpha, *tiny.articles[1:]))
    analysis = replace(tiny_analysis, dossier=dossier)
    app = build_app(dossier, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        sources = app.screen.query_one(SourceList)
        await until(pilot, lambda: sources.scrollable_content_region.width)
        width = sources.scrollable_content_region.width
        rows = [sources.render_line(y).text[:width].rstrip() for y in range(4)]
        assert rows[0].startswith("1 The Riverton") and "…" not in rows[0] + rows[1]
        assert " ".join(rows[0][2:].split() + rows[1].split()) == LONG_NAME
        assert rows[1].startswith("  ")  # under the name, not under the number
        # The name took a second row, not the headline's (the entry lost its headline).
        assert len(rows[2]) > 10 and alpha.headline.startswith(rows[2].removesuffix("…"))
        shared = f"{round(analysis.shared_fraction(alpha.id) * 100)}% shared"
        parts = [shared, f"{alpha.word_count} words", *origin_label(analysis, alpha.id).split(" · ")]
        details = rows[3]
        assert details.endswith(" …") and len(details) <= width, details
        shown = details.removesuffix(" …").split(" · ")
        assert len(shown) > 1 and shown == parts[: len(shown)]  # whole parts, in order: no count cut to "93% co…"


VERY_LONG_NAME = "The Upper Marsh Evening Courier and Weekly Orchard Gazette with the Fenland Almanac"


async def test_a_report_with_a_very_long_name_keeps_its_share(tiny, tiny_analysis):
    """The share is what tells reports apart: a long name at 120 columns left ``36 words …`` (the
    share after the word count did not fit), at 80 columns a one-row name filled the row and the
    share and word count went. The share comes first, and a name too long is cut instead."""
    alpha = replace(tiny.articles[0], outlet=VERY_LONG_NAME)
    dossier = Dossier(root=tiny.root, articles=(alpha, *tiny.articles[1:]))
    analysis = replace(tiny_analysis, dossier=dossier)
    shared = f"{round(analysis.shared_fraction(alpha.id) * 100)}% shared"
    for size in ((120, 40), (80, 24)):
        app = build_app(dossier, analysis=analysis)
        async with app.run_test(size=size) as pilot:
            sources = app.screen.query_one(SourceList)
            await until(pilot, lambda: sources.scrollable_content_region.width and "shared" in sources.render_line(0).text
                        + sources.render_line(sources.rows_each - 1).text)
            width = sources.scrollable_content_region.width
            rows = [sources.render_line(y).text[:width].rstrip() for y in range(sources.rows_each)]
            if sources.compact:  # one row: the name cut, the share beside it
                assert rows[0].startswith("1 The Upper") and "… " in rows[0] and rows[0].endswith(shared), rows
            else:  # the name on two rows, the headline, then the share first
                assert rows[3].startswith(f"{shared} · {alpha.word_count} words"), rows


async def test_every_report_keeps_its_word_count_beside_the_entity_panel(bundled, analysis):
    """With the entity panel open at 120 columns the list is some 20 cells wide: each report
    showed ``58% shared …``, its length pushed out by the shares."""
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        sources = app.screen.query_one(SourceList)
        await pilot.press("e")
        await until(pilot, lambda: "shared" in sources.render_line(2).text and sources.size.width < 27)
        width = sources.scrollable_content_region.width
        rows = [sources.render_line(y).text[:width].rstrip() for y in range(len(bundled.articles) * sources.rows_each)]
        for article in bundled.articles:
            assert any(row.startswith(f"{article.word_count} words") for row in rows), rows


async def test_a_long_name_without_spaces_goes_on_under_its_start_beside_its_number(tiny, tiny_analysis):
    """A name from a file name ("spreeblick.com.habeck.wrapped") has no space to wrap at: it was
    wrapped after its number, the number alone on the first row and the name cut on the second."""
    name = "spreeblick.com.habeck.wrapped"
    alpha = replace(tiny.articles[0], outlet=name)
    dossier = Dossier(root=tiny.root, articles=(alpha, *tiny.articles[1:]))
    app = build_app(dossier, analysis=replace(tiny_analysis, dossier=dossier))
    async with app.run_test(size=(120, 40)) as pilot:
        sources = app.screen.query_one(SourceList)
        await until(pilot, lambda: sources.scrollable_content_region.width)
        width = sources.scrollable_content_region.width
        rows = [sources.render_line(y).text[:width].rstrip() for y in range(2)]
        assert len(name) + 2 > width, width
        assert rows == ["1 spreeblick.com.", "  habeck.wrapped"]  # broken after a dot, the rest under its start


def test_a_long_name_breaks_after_a_dash_and_goes_on_as_written():
    from reader.ui.widgets.source_list import _name_rows

    name = "Hostile Wire PWNED-OUTLET-TITLE-TOO-LONG"
    assert [name[a:b] for a, b in _name_rows(name, 20)] == ["Hostile Wire", "PWNED-OUTLET-TITLE-", "TOO-LONG"]


async def test_a_narrow_list_puts_the_shares_in_one_column(bundled, analysis, monkeypatch):
    """The shares' numbers right-aligned: ``9%`` under ``75%``, ``100%`` as well."""
    from reader.ui.widgets import source_list

    odd = {bundled.articles[1].id: "9% shared", bundled.articles[2].id: "100% shared"}
    shared_label = source_list.shared_label
    monkeypatch.setattr(source_list, "shared_label", lambda shown, article_id: odd.get(article_id) or shared_label(shown, article_id))
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        sources = app.screen.query_one(SourceList)
        await until(pilot, lambda: sources.compact and "shared" in sources.render_line(0).text)
        rows = [sources.render_line(y).text for y in range(len(bundled.articles))]
        assert len({row.index("% shared") for row in rows}) == 1, rows
        assert all(f" {number} shared" in rows[n] for n, number in ((1, "9%"), (2, "100%")))


async def test_a_narrow_list_holds_four_and_five_digit_word_counts_in_a_column(bundled, analysis, monkeypatch):
    """At 80 columns a row has room for the length too: ``  521 words`` over `` 1020`` and ``12345``."""
    from reader.core.model import Article

    ids = [article.id for article in bundled.articles]
    counts = dict(zip(ids, (521, 1020, 12345, 1, 460)))
    monkeypatch.setattr(Article, "word_count", property(lambda article: counts[article.id]))
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        sources = app.screen.query_one(SourceList)
        await until(pilot, lambda: sources.compact and "shared" in sources.render_line(0).text)
        rows = [sources.render_line(y).text.rstrip() for y in range(len(ids))]
        said = [f" {n} word" if n == 1 else f" {n} words" for n in (counts[article_id] for article_id in ids)]
        assert all(row.endswith(words) for row, words in zip(rows, said)), rows  # "1 word", never "1 words"
        assert len({row.rindex(" word") for row in rows}) == 1, rows  # the counts right-aligned in one column
        assert len({row.index("% shared") for row in rows}) == 1, rows


async def test_the_list_border_says_how_many_files_did_not_open_in_full(tiny, tiny_analysis):
    """At 120 columns the list is 24 cells wide: the note under it must fit, not end in "(ctr…"."""
    from reader.core.model import Problem

    problems = tuple(Problem(f"{tiny.root}/bad{n}.md", "skipped: the file is empty") for n in range(12))
    dossier = replace(tiny, problems=problems)
    app = build_app(dossier, analysis=replace(tiny_analysis, dossier=dossier))
    async with app.run_test(size=(120, 40)) as pilot:
        sources = app.screen.query_one(SourceList)
        await until(pilot, lambda: sources.border_subtitle)
        note = str(sources.border_subtitle)
        assert note == "12 not opened: ^p" and len(note) <= sources.outer_size.width - 4  # corners, a space each side


async def test_a_one_word_report_says_1_word(tiny, tiny_analysis, monkeypatch):
    """The wide list counts in words as every message does: ``1 word``, never ``1 words``."""
    from reader.core.model import Article

    monkeypatch.setattr(Article, "word_count", property(lambda article: 1))
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        sources = app.screen.query_one(SourceList)
        await until(pilot, lambda: "word" in sources.render_line(3).text)
        assert sources.render_line(3).text.split(" · ")[0].strip() == "1 word"


async def test_the_status_line_gives_the_shares_the_list_cuts_and_help_says_what_they_mean(tiny, tiny_analysis):
    """At any width the list cut ``100% shared …``, and ``?`` said nothing of copied or rewritten."""
    from reader.ui.screens.help import HelpScreen
    from tests.helpers import on_top, plain

    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        sources = app.screen.query_one(SourceList)
        await until(pilot, lambda: sources.scrollable_content_region.width)
        alpha = tiny.articles[0]
        parts = [f"{round(tiny_analysis.shared_fraction(alpha.id) * 100)}% shared",
                 *origin_label(tiny_analysis, alpha.id).split(" · ")]
        assert len(parts) > 1 and sources.render_line(2).text.rstrip().endswith(" …")  # the list cuts them
        status = str(app.screen.query_one("#status").render())
        assert f"report 1/{len(tiny.articles)}: {alpha.name} ({' · '.join(parts)})" in status
        await pilot.press("question_mark")
        await on_top(pilot, HelpScreen)
        marks = " ".join(plain(app.screen.marks()).split())
        assert "nearly word for word (copied)" in marks and "(rewritten)" in marks
        assert "the status line gives the chosen report's in full" in marks


def test_a_report_alone_in_its_dossier_is_no_source_document():
    """"source document" names a file marked ``role: source``; a lone report has no origins figures."""
    from reader.core.pipeline import analyse
    from tests.helpers import make_article

    lone = analyse(Dossier(root="one", articles=(make_article("The ferry left at dawn.", article_id="a"),)))
    assert origin_label(lone, "a") == ""
    release = make_article("The council approved the new bridge over the river on Monday.", article_id="r", outlet="Council")
    report = make_article("The council approved the new bridge over the river on Monday, officials said.", article_id="b")
    sourced = analyse(Dossier(root="two", articles=(replace(release, role="source"), report)))
    # A source counts as no report: no share, but what it is; a report says how much of it the source accounts for.
    assert share_parts(sourced, "r") == ["source document"] and origin_label(sourced, "r") == ""
    assert [part for part in share_parts(sourced, "b") if part.endswith("% from Council")]


async def test_a_narrow_list_keeps_a_source_documents_word_count_in_the_column(bundled, analysis, monkeypatch):
    """A source document's "source" (no share, no " shared" after it) sat its word count five
    cells left of the other rows'."""
    from reader.ui.widgets import source_list

    shared_label = source_list.shared_label
    source = bundled.articles[1].id
    monkeypatch.setattr(source_list, "shared_label", lambda shown, article_id: (
        "source document" if article_id == source else shared_label(shown, article_id)))
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        sources = app.screen.query_one(SourceList)
        await until(pilot, lambda: sources.compact and "shared" in sources.render_line(0).text)
        rows = [sources.render_line(y).text.rstrip() for y in range(len(bundled.articles))]
        assert " source " in rows[1] and len({row.rindex(" word") for row in rows}) == 1, rows


async def test_a_dossier_of_one_report_says_no_share_in_the_list_or_the_status_line():
    """``Al Jazeera (0% shared)`` in the list and the status line: a share of nothing. Nothing is said."""
    from reader.core.pipeline import analyse
    from reader.ui.widgets.status_line import StatusLine
    from tests.helpers import make_article

    lone = analyse(Dossier(root="one", articles=(make_article("The ferry left at dawn. It came back at noon.",
                                                              article_id="a", outlet="Harbour Post"),)))
    assert share_parts(lone, "a") == []
    for size in ((120, 40), (80, 24)):
        app = build_app(lone.dossier, analysis=lone)
        async with app.run_test(size=size) as pilot:
            sources = app.screen.query_one(SourceList)
            status = app.screen.query_one(StatusLine)
            await until(pilot, lambda: "report 1/1: Harbour Post" in str(status.render()))
            assert "shared" not in str(status.render()) and "()" not in str(status.render())
            if size[0] < 100:
                sources.compact = True  # the list's one-line entries, as a narrow list shows them
                await pilot.pause()
            listed = "\n".join(sources.render_line(y).text for y in range(4))
            assert "Harbour Post" in listed and "shared" not in listed and "%" not in listed, listed
            rows = [row.strip() for row in listed.splitlines()]
            counted_at = next((n for n, row in enumerate(rows) if "words" in row), None)
            assert counted_at is not None, rows
            assert all(rows[: counted_at + 1]), rows  # no blank row where the share was


def test_a_dossier_of_one_report_loads_no_lemmas_for_differences_it_has_no_pair_for(monkeypatch):
    """The worker loaded lemminflect's lemmas (a second of CPU, holding the interpreter the keys wait on) for
    the compare view's differences, which one report never opens: "analysing: quotes and origins…" stayed."""
    import reader.core.vocabulary as vocabulary
    from reader.core.pipeline import analyse
    from reader.ui.app import _index
    from tests.helpers import make_article

    loaded = []
    monkeypatch.setattr(vocabulary, "load_lemmas", lambda: loaded.append(True))
    lone = make_article("The ferry left at dawn.", article_id="a")
    _index(analyse(Dossier(root="one", articles=(lone,))))
    assert not loaded
    _index(analyse(Dossier(root="two", articles=(lone, make_article("The ferry left at dawn.", article_id="b")))))
    assert loaded
