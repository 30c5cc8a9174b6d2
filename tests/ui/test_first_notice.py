"""The first notice of a session parses no stylesheet while the user waits: Textual's notice
widgets' own CSS is read ahead, once an analysis is shown, with the views' sheets."""

from __future__ import annotations

from inspect import getfile

from textual.css.stylesheet import Stylesheet
from textual.widgets._toast import Toast

from reader.ui.app import build_app
from tests.helpers import until


async def test_the_first_notice_parses_no_stylesheet(bundled, analysis, monkeypatch):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await until(pilot, lambda: app.stylesheet.has_source(getfile(Toast), "Toast.DEFAULT_CSS"))
        parsed = []
        parse = Stylesheet.parse
        monkeypatch.setattr(Stylesheet, "parse", lambda sheet: parsed.append(sheet) or parse(sheet))
        app.notify("A first notice")  # (i said one; it now unfolds the status line, with no notice over it)
        await until(pilot, lambda: bool(app.screen.query(Toast)))
        assert parsed == []
