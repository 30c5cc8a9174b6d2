"""The README's key table and the keys the program binds say the same: every key the table names
in a row is bound on that view (or everywhere), and every key a view binds is in its row, so
neither the README nor a new binding goes on alone. Arrows, home/end and page keys are the
named keys' aliases ("`j`/`k`/arrows"), not listed one by one."""

from __future__ import annotations

import re
from pathlib import Path

from textual.binding import Binding

from reader.ui.app import DossierApp
from reader.ui.screens.compare import CompareScreen
from reader.ui.screens.concordance import ConcordanceList, ConcordanceScreen
from reader.ui.screens.coverage import CoverageScreen, CoverageTable
from reader.ui.screens.naming import NamingList, NamingScreen
from reader.ui.screens.nway import NWayScreen, VersionList
from reader.ui.screens.quotes import QuoteList, QuotesScreen
from reader.ui.screens.reader import ReaderScreen
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.entity_panel import EntityPanel
from reader.ui.widgets.source_list import SourceList

ROWS = {
    "everywhere": (DossierApp,),
    "reader": (ReaderScreen, SourceList, ArticleView, EntityPanel),
    "compare": (CompareScreen,),
    "quote tracker": (QuotesScreen, QuoteList),
    "N-way view": (NWayScreen, VersionList),
    "concordance": (ConcordanceScreen, ConcordanceList),
    "coverage matrix": (CoverageScreen, CoverageTable),
    "naming matrix": (NamingScreen, NamingList),
}
NAMES = {"?": "question_mark", "/": "slash", "[": "left_square_bracket", "]": "right_square_bracket",
         "{": "left_curly_bracket", "}": "right_curly_bracket", ".": "full_stop", ",": "comma"}
ALIASES = {"up", "down", "left", "right", "home", "end", "pageup", "pagedown"}
TEXTUAL = {"tab", "ctrl+p"}  # Textual's own: focus the next pane, the command palette
NOT_BOUND = {"ctrl+i"}  # named to say why it is not a key: terminals send it as tab
ON_EVERY_VIEW = {"escape", "enter"}  # back one view (each view binds it), a dialog's confirmation


def _readme_rows() -> dict[str, set[str]]:
    """Each row of the key table: the keys named in it, as Textual names them."""
    text = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    table = text[text.index("## Keys"):].split("\n## ")[0]
    rows = {}
    for line in table.splitlines():
        cells = line.split(" | ")
        if line.startswith("| ") and len(cells) == 2 and cells[0] not in ("| where", "| ---"):
            tokens = re.findall(r"`([^`]+)`", cells[1])
            keys = {token for token in tokens if len(token) == 1 or "+" in token or token.isalpha()}
            if {"1", "9"} <= keys:  # `1`…`9`
                keys |= {str(n) for n in range(2, 9)}
            rows[cells[0].removeprefix("| ")] = {NAMES.get(key, key) for key in keys} - NOT_BOUND
    return rows


def _bound(classes: tuple[type, ...]) -> set[str]:
    """The keys ``classes`` bind to an action of their own (not a key of another view said where it works)."""
    return {
        key.strip()
        for owner in classes for binding in owner.__dict__.get("BINDINGS", ()) if isinstance(binding, Binding)
        if not binding.action.startswith(("elsewhere", "app.one_report", "one_report"))
        for key in binding.key.split(",")
    }


def test_the_readme_table_has_a_row_for_every_view():
    assert set(_readme_rows()) == set(ROWS)


def test_every_key_the_readme_names_is_bound_where_it_says():
    """On its view, everywhere, or on the reader (where a jump lands: ``ctrl+o`` takes it back)."""
    rows, everywhere = _readme_rows(), _bound(ROWS["everywhere"]) | _bound(ROWS["reader"])
    for row, keys in rows.items():
        words = {key for key in keys if len(key) > 1 and "+" not in key and key not in ("escape", "enter", "space", "tab")}
        missing = keys - words - _bound(ROWS[row]) - everywhere - TEXTUAL - (ON_EVERY_VIEW if row == "everywhere" else set())
        assert not missing, (row, missing)


def test_every_key_a_view_binds_is_in_its_readme_row():
    rows = _readme_rows()
    for row, classes in ROWS.items():
        unsaid = _bound(classes) - rows.get(row, set()) - rows["everywhere"] - ALIASES
        assert not unsaid, (row, unsaid)
