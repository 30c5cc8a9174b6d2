"""A key of another screen or panel, pressed where nothing takes it, says where it works instead
of doing nothing without a word."""

from __future__ import annotations

from reader.ui.app import KEYS_OF_OTHER_VIEWS, DossierApp, build_app
from reader.ui.screens.help import help_sections
from tests.helpers import until


async def test_x_in_the_reader_says_where_it_rejects_a_link(tiny, tiny_analysis):
    app = build_app(tiny, analysis=tiny_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("x")
        await until(pilot, lambda: any(
            str(n.message) == "x does nothing here; in the Compare screen and N-way screen: Reject this link"
            for n in app._notifications))
        await pilot.press("F")  # the entity panel's, with the article focused
        await until(pilot, lambda: any("in the Reader entity panel: How each report names it" in str(n.message)
                                       for n in app._notifications))


def test_every_key_of_another_view_is_said_in_the_reader():
    """From the help's own tables: a one-character key some view binds and the reader does not is in the list."""
    names = {",": "comma", ".": "full_stop", "{": "left_curly_bracket", "}": "right_curly_bracket"}
    sections = help_sections(DossierApp)
    reader = {key for title, rows in sections if title.startswith("Reader") or title == "Everywhere"
              for keys, _ in rows for key in keys.split()}
    others = {key for title, rows in sections if not (title.startswith("Reader") or title == "Everywhere")
              for keys, _ in rows for key in keys.split()}
    letters = {names.get(key, key) for key in others - reader if len(key) == 1}
    assert letters <= set(KEYS_OF_OTHER_VIEWS), letters - set(KEYS_OF_OTHER_VIEWS)
