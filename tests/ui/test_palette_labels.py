"""The palette names every link apart, though one passage may take part in several links."""

from __future__ import annotations

from dataclasses import replace

from reader.core.model import Link
from reader.ui.commands import link_labels


def test_links_sharing_their_label_passage_are_named_apart(analysis):
    shown = analysis.with_weaker_links()
    labels = link_labels(shown)
    assert len(set(labels.values())) == len(shown.links)
    by_passage = {}
    for link in shown.links:
        by_passage.setdefault(shown.label_passage(link), []).append(link)
    shared = [links for links in by_passage.values() if len(links) > 1]
    assert shared, "the bundled reports have a passage in several links"
    for links in shared:
        for link in links:
            assert "\u2194" in labels[link.id] or labels[link.id].endswith(f", in {len(link.passages)} reports")


def test_a_link_whose_passages_another_link_all_has_is_named_by_its_reports(tiny, tiny_analysis):
    """Alpha's lead is in L1 (three reports); a link of the same lead with beta's alone has no
    passage of its own to show, and says how many reports it joins."""
    lead = tiny_analysis.links[0]
    within = Link("L9", "verbatim", 1.0, lead.passages[:2])
    labels = link_labels(replace(tiny_analysis, links=(lead, within, *tiny_analysis.links[1:])))
    assert labels["L9"].endswith(", in 2 reports")
    assert "\u2194 Gamma Post: Canada cancelled" in labels[lead.id]
    assert len(set(labels.values())) == len(labels)


async def test_typing_in_the_palette_makes_the_entries_once_per_analysis(bundled, analysis, monkeypatch):
    """Each key asks the provider again: the labels are made on the first, not on every one, and
    made again for a new analysis (a correction, W)."""
    from textual.command import CommandList, CommandPalette

    from reader.ui import commands
    from reader.ui.app import build_app
    from tests.helpers import palette_lists, until

    made = []
    monkeypatch.setattr(commands, "link_labels", lambda shown: made.append(shown) or link_labels(shown))
    app = build_app(bundled, analysis=analysis)
    assert app.palette_entries is None  # made when the palette is first used
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+p")
        await until(pilot, lambda: CommandPalette.is_open(app))
        for letter in "garn":  # one search a key, each to its end: the provider asked four times
            await pilot.press(letter)
            await app.screen.workers.wait_for_complete()
        await palette_lists(pilot, "Entity: Marc Garneau")
        assert str(app.screen.query_one(CommandList).get_option_at_index(0).prompt).startswith("Entity: Marc Garneau")
        assert made == [analysis] and app.palette_entries[:2] == (bundled, analysis)
        await pilot.press("escape")
        await until(pilot, lambda: not CommandPalette.is_open(app))
        await pilot.press("W", "ctrl+p")
        await until(pilot, lambda: CommandPalette.is_open(app))
        await pilot.press("l")
        await until(pilot, lambda: len(made) == 2)  # the palette's search (a worker) made them anew
        assert made == [analysis, app.analysis] and app.analysis is not analysis


async def test_a_command_comes_before_links_whose_passage_holds_the_same_letters(bundled, analysis):
    """``exp``: "Export: html" (a command) first, though links read "export permits"."""
    from textual.command import CommandList, CommandPalette

    from reader.ui.app import build_app
    from tests.helpers import palette_lists, until

    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+p")
        await until(pilot, lambda: CommandPalette.is_open(app))
        await pilot.press(*"exp")
        await palette_lists(pilot, "Export: ")
        assert str(app.screen.query_one(CommandList).get_option_at_index(0).prompt).startswith("Export: ")


async def test_each_entry_says_what_it_is_in_words_on_one_line_of_the_palette(bundled, analysis):
    """A headline as long as a paragraph took four lines of the palette at 80 columns; an entity's
    help said ``org;`` and a link's ``near;``."""
    from reader.ui.app import build_app
    from reader.ui.commands import HELP_LINE, ReaderCommands

    app = build_app(bundled, analysis=analysis.with_weaker_links())
    async with app.run_test(size=(80, 24)):
        entries = ReaderCommands(app.screen).entries()
        helps = {entry.label: str(entry.help) for entry in entries}
        assert all(len(text) <= HELP_LINE for text in helps.values())
        assert any(len(article.headline) > HELP_LINE for article in bundled.articles)
        nato = next(text for label, text in helps.items() if label == "Entity: NATO")
        assert nato.startswith("Organisation in 5 reports: Al Jazeera")
        links = [text for label, text in helps.items() if label.startswith("Link:")]
        assert any(text.startswith("Paraphrased in ") for text in links)
        assert any(text.startswith("? weaker link, ") for text in links)
        assert not any(text.split()[0].rstrip(";") in ("verbatim", "near", "paraphrase") for text in links)


async def test_the_export_entries_are_read_whole_at_80_columns(bundled, analysis):
    """The html entry's description was cut to "… to a file you" at 80x24 (the markdown one went on
    to a second row): each now fits one row of the palette."""
    from textual.command import CommandList, CommandPalette

    from reader.ui.app import build_app
    from tests.helpers import palette_lists, until

    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+p")
        await until(pilot, lambda: CommandPalette.is_open(app))
        await pilot.press(*"Export")
        await palette_lists(pilot, "Export")
        found = app.screen.query_one(CommandList)
        await until(pilot, lambda: found.size.width)
        rows = [found.render_line(y).text.strip() for y in range(found.size.height)]
        helps = [row for row in rows if row.endswith("to a file you confirm")]
        assert len(helps) == 3, rows


def test_a_label_holding_the_typed_letters_is_aligned_at_word_starts_and_runs():
    """``tr`` sits on "truck", not on the first t and the first r; a query held whole is found whole."""
    from reader.ui.commands import aligned, in_order

    assert aligned("tr", "the old truck") == [8, 9]
    assert aligned("lost", "link: lost") == [6, 7, 8, 9]
    assert aligned("gar", "marc garneau") == [5, 6, 7]
    assert aligned("otr", "the old truck") == [4, 8, 9]  # not held whole: a word's start, then a run
    assert aligned("ltr", "link: the tram") == [0, 10, 11]
    assert in_order("a]b").search("xa]yb") and not in_order("ab").search("ba")


async def test_typing_over_thousands_of_links_aligns_a_bounded_few_labels_a_key(bundled, analysis, monkeypatch):
    """Textual's fuzzy match tries every way a query's letters sit in each label: a few letters typed
    over thousands of links took seconds a key. Each key now aligns at most :data:`TRIED` labels,
    never with Textual's exhaustive match, and lists the best :data:`MOST_HITS`."""
    from textual.command import CommandList, CommandPalette
    from textual.fuzzy import FuzzySearch

    from reader.ui import commands
    from reader.ui.app import build_app
    from tests.helpers import palette_lists, until

    def exhaustive(*args):
        raise AssertionError("Textual's exhaustive match was used")

    monkeypatch.setattr(FuzzySearch, "_match", exhaustive)
    real, aligned = commands.aligned, []
    monkeypatch.setattr(commands, "aligned", lambda query, label: aligned.append(label) or real(query, label))
    many = tuple(commands.Entry(f"Link: the tram runs {i} times", f"link: the tram runs {i} times", lambda: None,
                                commands.Content("help")) for i in range(3000))
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        app.palette_entries = (bundled, analysis, many + commands.ReaderCommands(app.screen).entries())
        await pilot.press("ctrl+p")
        await until(pilot, lambda: CommandPalette.is_open(app))
        for letter in "link: trm":
            aligned.clear()
            await pilot.press("space" if letter == " " else letter)
            await app.screen.workers.wait_for_complete()
            assert len(aligned) <= commands.TRIED
        await palette_lists(pilot, "Link: the tram")
        listed = app.screen.query_one(CommandList)
        assert listed.option_count <= commands.MOST_HITS + 1


async def test_a_label_whose_capital_lowers_to_two_letters_is_searched_and_highlighted(bundled, analysis, monkeypatch):
    """"İ" lowers to two characters: a label folded whole was longer than the label, so the offsets
    found in it ran past the label's end when the matched letters were highlighted."""
    from textual.command import CommandList, CommandPalette

    from reader.ui import commands
    from reader.ui.app import build_app
    from tests.helpers import palette_lists, until

    real = commands.ReaderCommands._entries

    def with_dotted(self):
        yield "Report: İİ Harbour Post", (lambda: None), "A report"
        yield from real(self)

    monkeypatch.setattr(commands.ReaderCommands, "_entries", with_dotted)
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+p")
        await until(pilot, lambda: CommandPalette.is_open(app))
        for letter in "hpst":
            await pilot.press(letter)
            await app.screen.workers.wait_for_complete()
        await palette_lists(pilot, "Harbour Post")
        prompt = app.screen.query_one(CommandList).get_option_at_index(0).prompt
        assert str(prompt).startswith("Report: İİ Harbour Post")
        assert [span.start for span in prompt.spans if span.end - span.start == 1] == [11, 19, 21, 22]
    assert commands.fold("İx Ab") == "İx ab"


async def test_the_palette_opens_on_the_first_entries_and_counts_the_rest(tiny, tiny_analysis, monkeypatch):
    """Textual measures every entry the palette lists: it opens on the first ones (here three) and a
    line counting the others, which a few letters find; that line opens the palette again."""
    from textual.command import CommandList, CommandPalette

    from reader.ui import commands
    from reader.ui.app import build_app
    from tests.helpers import palette_lists, until

    monkeypatch.setattr(commands, "MOST_HITS", 3)
    app = build_app(tiny, analysis=tiny_analysis)
    entities = [entity.name for entity in tiny_analysis.shared_entities]
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+p")
        await until(pilot, lambda: CommandPalette.is_open(app))
        listed = app.screen.query_one(CommandList)
        await until(pilot, lambda: any("more" in str(listed.get_option_at_index(n).prompt) for n in range(listed.option_count)))
        prompts = [str(listed.get_option_at_index(n).prompt).split("\n")[0] for n in range(listed.option_count)]
        ours = [prompt for prompt in prompts if prompt.startswith(("Report:", "Entity:"))]
        assert ours == [f"Report: {article.name}" for article in tiny.articles][:3]
        assert f"\u2026 {len(entities)} more entities: type a few letters of a name" in prompts
        await pilot.press(*entities[-1].lower()[:6])  # one left out: typed, it is found
        await palette_lists(pilot, f"Entity: {entities[-1]}")
        await pilot.press(*["backspace"] * 6)
        await until(pilot, lambda: any("more entities" in str(listed.get_option_at_index(n).prompt) for n in range(listed.option_count)))
        more = next(n for n in range(listed.option_count) if "more entities" in str(listed.get_option_at_index(n).prompt))
        listed.highlighted = more
        palette = app.screen
        await pilot.press("enter")  # the palette closes, and opens again to type in
        await until(pilot, lambda: CommandPalette.is_open(app) and app.screen is not palette)
