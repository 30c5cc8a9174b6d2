"""Every key of every screen, generated from the BINDINGS so the list can never drift, and what
every mark the screens draw means."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from importlib import import_module
from weakref import ref

from rich.align import Align
from rich.cells import cell_len
from rich.console import RenderableType
from rich.style import Style
from rich.table import Table
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen

from reader.core.findings.collation import column_count
from reader.core.model import REPORT_GLYPHS
from reader.ui.render import (
    CARRIED_SIGN, CONFLICT_SIGN, ENTITY_SLOTS, SOURCE_SLOTS, WEAKER_SIGN, WEAKER_STYLE, WEAKER_WORDS, Palette, PaletteMixin, RenderIndex, SentenceMarks, entity_label,
    origin_label, shared_label, small_number,
)
from reader.core.findings.difftypes import DIFF_TYPES, TYPE_TITLES
from reader.report.highlight import lex
from reader.report.html import DIFF_MEANING
from reader.ui.widgets.difference_text import DIFFERENCE_CLASSES, DROPPED_SIGN, FLAG_SIGN
from reader.ui.widgets.document_view import DocumentView
from reader.ui.widgets.entity_panel import EntityRow, entity_rows
from reader.ui.widgets.key_bar import KeyBar
from reader.ui.widgets.passage_column import GUTTER_WIDTH
from reader.ui.wording import carried_in, keys_shown

HELP_SCREENS: tuple[tuple[str, str], ...] = (
    ("reader.ui.screens.reader", "ReaderScreen"),
    ("reader.ui.screens.compare", "CompareScreen"),
    ("reader.ui.screens.nway", "NWayScreen"),
    ("reader.ui.screens.coverage", "CoverageScreen"),
    ("reader.ui.screens.quotes", "QuotesScreen"),
    ("reader.ui.screens.naming", "NamingScreen"),
    ("reader.ui.screens.concordance", "ConcordanceScreen"),
)
"""Screens whose keys the help lists, in order (module paths, imported when help opens, so the
help screen imports no other screen); missing modules are skipped."""

_NUMBERED_SAMPLES = tuple(round * ENTITY_SLOTS + round for round in (1, 2, 3))
"""Slots past the tints shown in the legend: one of each mark, each with its number."""

KEY_COLUMN = 14
"""Cells of the help's key column at most: ``space pagedown`` on one line (cut after ``space``, the
second key read as a row of its own with no description); the few longer key lists
(``pgdn space ^d``) go on on a second line rather than push every description right."""

SCREEN_TITLES = {"NWayScreen": "N-way"}
"""Screen names as the key bar says them, where the class name reads differently."""


def _screen_classes() -> list[type]:
    found = []
    for module_name, class_name in HELP_SCREENS:
        try:
            found.append(getattr(import_module(module_name), class_name))
        except (ImportError, AttributeError):
            continue  # a screen not built yet has no keys to list
    return found


def key_rows(owner: type, app: App) -> list[tuple[str, str]]:
    """``(keys, description)`` for each described binding a class declares itself (its
    ``tooltip`` where the key bar's word is too short to say it); bindings of the same keys (one
    that closes a view, one that quits the main screen) share one row, and so do keys doing the
    same (``n`` and ``}``: one row, not two saying the same)."""
    rows: dict[str, list[str]] = {}
    for binding in owner.__dict__.get("BINDINGS", ()):
        if isinstance(binding, Binding) and binding.description:
            keys = binding.key_display or keys_shown(app, binding.key)
            described = binding.tooltip or binding.description
            if described not in rows.setdefault(keys, []):  # two bindings of one key, one tooltip
                rows[keys].append(described)
    alike: dict[str, list[str]] = {}
    for keys, descriptions in rows.items():
        joined = descriptions[:1] + [_lowered(text) for text in descriptions[1:]]  # "Close or quit"
        alike.setdefault(" or ".join(joined), []).append(keys)
    return [(" ".join(keys), description) for description, keys in alike.items()]


def _lowered(description: str) -> str:
    """A description following another in one sentence: its first letter small, unless its first word has
    capitals or anything but letters after its first (``Quit`` -> ``quit``; ``N-way`` and ``OK`` kept)."""
    first = description.split(" ", 1)[0]
    return description[:1].lower() + description[1:] if first[1:] == first[1:].lower() and first[1:].isalpha() else description


def where_key_works(app: App, key: str, here: type | None = None) -> str:
    """What ``key`` (a Textual key name) does on the screens and widgets other than ``here`` that
    bind it, said for a key pressed where it does nothing, short enough for a status line at 80
    columns: ``x works in the Compare and N-way screens: Reject this link``; a key doing other things
    in other places names them all first (``X works in the Compare and N-way screens (Compare: …;
    N-way: …)``), as a status line cut to its width keeps them. Read from their BINDINGS, as the
    help list is."""
    places: dict[str, list[str]] = {}
    for screen in _screen_classes():
        name = SCREEN_TITLES.get(screen.__name__, screen.__name__.removesuffix("Screen"))
        owners = [(screen, f"{name} screen")]
        owners += [(widget, f"{name} {getattr(widget, 'HELP_TITLE', widget.__name__)}") for widget in getattr(screen, "HELP_WIDGETS", ())]
        for owner, place in owners:
            if owner is here:
                continue
            for binding in owner.__dict__.get("BINDINGS", ()):
                if isinstance(binding, Binding) and binding.description and key in (k.strip() for k in binding.key.split(",")):
                    described = binding.tooltip or binding.description
                    if place not in places.setdefault(described, []):
                        places[described].append(place)
    shown = keys_shown(app, key)
    if not places:
        return f"{shown} does nothing here"
    if len(places) == 1:
        ((what, where),) = places.items()
        return f"{shown} works in the {_places_named(where)}: {what}"
    # Every place first, as a line cut to the terminal's width keeps them; then what the key does in each.
    everywhere = list(dict.fromkeys(place for where in places.values() for place in where))
    said = "; ".join(f"{' and '.join(place.removesuffix(' screen') for place in where)}: {what}" for what, where in places.items())
    return f"{shown} works in the {_places_named(everywhere)} ({said})"


def _places_named(places: list[str]) -> str:
    """``Compare and N-way screens`` for ``Compare screen`` and ``N-way screen``."""
    if len(places) > 1 and all(place.endswith(" screen") for place in places):
        return " and ".join(place.removesuffix(" screen") for place in places) + " screens"
    return " and ".join(places)


def help_sections(app: App, current: type | None = None, focused: type | None = None) -> list[tuple[str, list[tuple[str, str]]]]:
    """The titled key lists the help screen shows: the ``focused`` widget's (the pane that has the
    keys, one of the screen's ``HELP_WIDGETS``) first, then the ``current`` screen's (the one help was
    opened from) and its other widgets', then the app's keys, then every other screen with the
    widgets it names in ``HELP_WIDGETS`` (titled by their ``HELP_TITLE``); widgets with the
    same keys share one section."""
    palette = ("Command palette: jump to a report, entity or link; pick a style; export (json, markdown, html); "
               "list the files that did not open (Problems) or that the reports tell different stories (Same story?)")
    everywhere = ("Everywhere", key_rows(type(app), app) + [(keys_shown(app, "ctrl+p"), palette)])
    sections: list[tuple[str, list[tuple[str, str]], set[type]]] = [(*everywhere, set())]
    for screen in _screen_classes():
        name = SCREEN_TITLES.get(screen.__name__, screen.__name__.removesuffix("Screen"))
        if rows := key_rows(screen, app):
            sections.append((f"{name} screen", rows, {screen}))
        for widget in getattr(screen, "HELP_WIDGETS", ()):
            rows = key_rows(widget, app)
            if not rows:
                continue
            title = f"{name}: {getattr(widget, 'HELP_TITLE', widget.__name__)}"
            same = next((n for n, (_, known, _) in enumerate(sections) if known == rows), None)
            if same is None:
                sections.append((title, rows, {screen, widget}))
            else:
                known_title, _, owners = sections[same]
                sections[same] = (f"{known_title}, {title.split(': ', 1)[1]}", rows, owners | {screen, widget})
    # Stable: the rest keep their order.
    sections.sort(key=lambda section: (focused is None or focused not in section[2], current not in section[2]))
    here = {key: described for _, rows, owners in sections if owners & {current, focused} - {None}
            for keys, described in rows for key in keys.split()}
    return [(title, _unshadowed(rows, here) if title == "Everywhere" else rows) for title, rows, _ in sections]


def _unshadowed(rows: list[tuple[str, str]], here: dict[str, str]) -> list[tuple[str, str]]:
    """The keys working everywhere but those the view the help is opened from binds to something else
    (``c`` swaps compare's columns): under Everywhere too, one key read as doing two things there."""
    return [(keys, described) for keys, described in rows
            if not all(here.get(key, described) != described for key in keys.split())]


def mark_rows(index: RenderIndex, palette: Palette) -> list[tuple[Text | EntityRow, str]]:
    """``(mark, meaning)`` for every mark the reader draws, drawn as the screens draw them (the
    gutter by the same code), with this dossier's reports and entities as the examples."""
    ids = [article.id for article in index.dossier.articles]
    if not ids:
        return []
    others = tuple(ids[1:5])
    gutter = index.gutter(palette, ids[0], SentenceMarks(others, unique=False), GUTTER_WIDTH)
    gutter.rstrip()
    entity = max(index.entities.values(), key=lambda e: len(e.articles), default=None)
    named = entity_rows(index, palette, [entity])[0] if entity else Text("Name")
    outlet = index.dossier.articles[-1].name
    return [
        (gutter, "Beside a passage: each digit is another report carrying the same passage, in its colour; "
                 "a mark speaks of the passage the line begins in, on the first line it begins (one begun after "
                 "another's words has its mark on its next line; a short one begins a line of its own); "
                 "the digit is the report's number in the report list (press it to read that report's version; "
                 "past 9, r then its letter). "
                 "+ means more than fit. Past the 35th report (1-9, a-z), a report's glyph is \u00b7."),
        (Text(" ").join(Text(REPORT_GLYPHS[slot], palette.source(slot) + Style(bold=True)) for slot in range(0, 32, SOURCE_SLOTS)),
         f"Past {SOURCE_SLOTS} reports, their colours again: underlined, then reversed, then both (report 9 is report 1's "
         "colour underlined), on its glyph and its name wherever they show."),
        (Text("\u25c6", palette.unique), "Beside a passage: only this report says this."),
        (Text("\u2502", palette.muted), "The passage above continues on this line."),
        (named, "Entity panel: how many reports mention the entity and, where the panel has room, which "
                "(their numbers, each in a column of its own)."),
        (Text(shared_label(index.analysis, ids[0])), "Report list: how much of the report the links shown join to other reports (the confident ones; W adds the weaker ones, and the status line says \"weaker links shown\" while it does)."),
        (Text(_origin_sample(index)), "Report list: how much of the report another report prints nearly word for word "
                                     "(copied), or in runs of the same phrasing (rewritten), linked or not; quotations do not count. "
                                     "Where the list cuts them (\u2026), the status line gives the chosen report's in full."),
        (Text(CONFLICT_SIGN, palette.conflict), "Last in the gutter: a figure of this passage conflicts with another "
                                                "report's (while it is on screen the status line names it, after the "
                                                "report, and who gives which value); in compare, with the other column's report."),
        (Text(column_count(7, 18, outlet)), f"Compare, under a column: how many of its passages {outlet} also carries."),
    ]


def _origin_sample(index: RenderIndex) -> str:
    """The first ``75% copied · 25% rewritten`` of the dossier's reports, else a made-up one."""
    labels = (origin_label(index.analysis, article.id) for article in index.dossier.articles)
    return next((label for label in labels if "copied" in label or "rewritten" in label), "40% copied · 20% rewritten")


def _sample(word: str, style) -> Text:
    """``word`` in ``style``, the style on the word only (not on the table cell's padding)."""
    sample = Text()
    sample.append(word, style or "")
    return sample


def _lexed(example: str, palette: Palette) -> Text:
    """``example`` highlighted as every text is (quotes, figures, dates, reporting verbs)."""
    text, at = Text(), 0
    for start, end, token in lex(example):
        text.append(example[at:start])
        text.append(example[start:end], palette.tokens.get(token) or "")
        at = end
    text.append(example[at:])
    return text


def colour_rows(index: RenderIndex, palette: Palette, style, enter: str) -> list[tuple[Text, str]]:
    """``(sample, meaning)`` for every colour and mark of the text and the compare, N-way, quote
    and matrix views, drawn in the styles they use (``style(name)`` reads a component class);
    the difference types say what the HTML report's legend says; ``enter`` is the Enter key as shown."""
    entity = max(index.entities.values(), key=lambda e: len(e.articles), default=None)
    rows = [
        (entity_label(index, palette, entity.id, entity.name) if entity else Text("Name"),
         "An entity two or more reports name: a tint each, never the same as an entity mentioned near it; "
         f"the chosen one (e, {enter}) reversed."),
        (Text(" ").join(_sample("Name" + small_number(n), palette.entity(slot)) for n, slot in enumerate(_NUMBERED_SAMPLES, 1)),
         f"Once the {ENTITY_SLOTS} tints run out among entities near each other: the tints again, underlined, "
         "then bold, then both, and after each mention a small number of the entity's own; the entity panel "
         "lists each entity as the text draws it, number included."),
        (_sample("searched", palette.search_hit), "A search hit (/); the one n/N stand on reversed."),
        (_sample("the passage", palette.passage_focus), "Where n/N stand in a walk (an entity's mentions, u)."),
    ]
    rows.append((_lexed("\u201cquoted words\u201d said", palette), "In every text: quotations and reporting verbs (s changes the style)."))
    rows.append((_lexed("29 $17 million 15% April 12", palette), "In every text: figures, amounts, shares and dates."))
    rows += [
        (_sample("struck", palette.diff_delete), "Compare, N-way: words the first (left) version has that this one drops or changes."),
        (_sample("added", palette.diff_insert), "Compare, N-way: words this version adds."),
        (_sample("changed", palette.diff_replace), "Compare, N-way: words this version changes."),
    ]
    rows += [(_sample(TYPE_TITLES[kind], style(f"difftype--{kind}")), f"A difference of type {TYPE_TITLES[kind]}: {DIFF_MEANING[kind]}.")
             for kind in DIFF_TYPES]
    rows += [
        (_sample("29", style("difference--figure")), "A figure or name inside a difference."),
        (_sample("here", style("difference--current")), "Compare: the difference the keys , and . last moved to (named in the status line; i shows it all)."),
        (_sample(DROPPED_SIGN, style("difference--dropped")), "N-way, quotes: the first version has words here that this one lacks."),
        (_sample(FLAG_SIGN, style("quote--flag")), "Quote tracker: a finding worth checking (a quotation changed, speakers differing)."),
        (_sample(CARRIED_SIGN, palette.source(0)), "Matrix: the report of that column carries the passage."),
        (Text("= \u2248 ~"), "Matrix: the versions match word for word (one may say more: partly word for word, the shorter printed inside a longer sentence, when they share under 90% of their words), nearly, or are paraphrases (so are versions with less than half their words in common, even around a quotation they print alike)."),
        (_sample("\u2026 the ferry Orla,", palette.muted),
         "Matrix, N-way, exports: before a clause cut from its sentence (which \u2026, but \u2026, after \u2026), the words "
         "of the sentence it leans on; they are not part of the linked passage."),
        (Text.assemble("~", (WEAKER_SIGN, WEAKER_STYLE)),
         "Shown with W: a weaker link, whose passages may share only background, not one statement. The matrix "
         f"marks its kind with {WEAKER_SIGN}, the gutter puts the reports only weaker links join after {WEAKER_SIGN}; "
         f"the matrix details, compare and N-way views say {WEAKER_WORDS}."),
        (Text(carried_in(5, 4, 5)), "Compare, N-way: how many reports carry the passage by any of its links (as its "
                                     "gutter counts them), then how many the link shown joins, when fewer: a passage "
                                     "may carry several statements, a link each."),
        (Text("66% words in common"), "How alike a link's versions are: the share of words they have in common "
                                      "(counted on all their words; on average over each version and its most alike other, when more "
                                      "than two); the kind said with it "
                                      "(word for word, partly word for word, nearly, paraphrased) is that of the least alike pair."),
    ]
    return rows


class HelpScreen(PaletteMixin, ModalScreen[None]):
    """All keys, those of ``focused`` (the pane that had the keys) and ``current`` (the screen it was
    opened from) first, then what the marks mean; escape, q or ? closes it."""

    COMPONENT_CLASSES = DIFFERENCE_CLASSES | {"quote--flag"}
    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close help"),
        # Shown: the help is longer than a screen, and a new reader should see that it scrolls.
        Binding("j,down", "scroll(1)", "Scroll down", group=Binding.Group("Scroll", compact=True)),
        Binding("k,up", "scroll(-1)", "Scroll up", group=Binding.Group("Scroll", compact=True)),
        Binding("space,pagedown", "pages(1)", "Page down", show=False),
        Binding("b,pageup", "pages(-1)", "Page up", show=False),
        Binding("ctrl+d", "pages(0.5)", "Half a page down", show=False),
        Binding("ctrl+u", "pages(-0.5)", "Half a page up", show=False),
        Binding("g,home", "top", "Top", show=False),
        Binding("G,end", "bottom", "Bottom", show=False),
    ]

    def __init__(self, current: type | None = None, focused: type | None = None) -> None:
        super().__init__()
        self.current, self.focused_pane = current, focused
        self.sections: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = ()
        """The key lists shown (:func:`help_sections`), read as the screen is composed."""

    def compose(self) -> ComposeResult:
        # The key lists are what the help's rows are kept under (the marks follow the analysis shown and
        # the looks, which the kept rows are checked against): opened again from the same kind of
        # screen, the help draws no row again. The analysis is named weakly: rows kept must not keep it.
        self.sections = tuple((title, tuple(rows)) for title, rows in help_sections(self.app, self.current, self.focused_pane))
        yield DocumentView(self._parts, key=self.sections, kept=self.app.help_rows, made_from=(ref(self.app.index),), id="help-body")
        # Its own key bar over the one below: only the keys that work while help is open.
        yield KeyBar(id="keys")

    def shown(self) -> list[tuple[str, Callable[[], Table]]]:
        """Each section in the order shown, its title and what makes its table: the key lists, and
        what the marks mean after the keys working everywhere."""
        # One key column for every section: the descriptions line up from one section to the next.
        widest = min(KEY_COLUMN, max(cell_len(keys) for _, rows in self.sections for keys, _ in rows))
        shown: list[tuple[str, Callable[[], Table]]] = []
        for title, rows in self.sections:
            shown.append((title, partial(self._table, [(Text(keys), description) for keys, description in rows], widest)))
            if title == "Everywhere":
                shown.append(("Marks and colours", self.marks))
        return shown

    def _parts(self) -> Iterator[RenderableType]:
        """The help's text, a part at a time (each table made when its turn to be rendered comes)."""
        yield Align.center(Text("Keys", style="bold"))
        for title, table in self.shown():
            yield Text.assemble("\n", (title, "bold underline"))
            yield table()

    def marks(self) -> Table:
        """What every mark and colour means, drawn in the palette (which the screen has once styled)."""
        index, palette = self.app.index, self.palette()
        colours = colour_rows(index, palette, lambda name: self.get_component_rich_style(name, partial=True),
                              keys_shown(self.app, "enter"))
        return self._table(mark_rows(index, palette) + colours)

    @staticmethod
    def _table(rows: list[tuple[Text | EntityRow, str]], key_width: int | None = None) -> Table:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold", width=key_width, no_wrap=key_width is None)
        table.add_column()
        for mark, meaning in rows:
            table.add_row(mark, Text(meaning))
        return table

    def _body(self) -> DocumentView:
        """The help's text, all of it rendered: a key moving in it needs its whole length."""
        body = self.query_one("#help-body", DocumentView)
        body.finish()
        return body

    def action_scroll(self, rows: int) -> None:
        self._body().scroll_relative(y=rows, animate=False)

    def action_pages(self, pages: float) -> None:
        """A page is what the help shows less two rows, so the last two stay in view to read on from."""
        self.action_scroll(round(pages * max(1, self._body().scrollable_content_region.height - 2)))

    def action_top(self) -> None:
        self._body().scroll_home(animate=False)

    def action_bottom(self) -> None:
        self._body().scroll_end(animate=False)
