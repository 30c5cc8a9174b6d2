"""Helpers shared by tests: hand-made articles built the way the loader builds them."""

from __future__ import annotations

from reader.core.model import Article


def make_article(*paragraphs: str, article_id: str = "a", outlet: str = "Test", published: str | None = None) -> Article:
    """An article whose paragraphs are joined by one blank line, as the loader does."""
    spans, position = [], 0
    for paragraph in paragraphs:
        spans.append((position, position + len(paragraph)))
        position += len(paragraph) + 2
    return Article(
        id=article_id, outlet=outlet, body="\n\n".join(paragraphs), paragraphs=tuple(spans), published=published
    )


# --- Pilot: keys as a terminal sends them, and waits on conditions, never on time --------------


def burst(pilot, *keys: str) -> None:
    """Send ``keys`` as one burst, the way a terminal over SSH delivers fast typing or a paste:
    every key is queued before the app has handled the first."""
    from textual import events

    driver = pilot.app._driver
    for key in keys:
        event = events.Key(key, key if len(key) == 1 else None)
        event.set_sender(pilot.app)
        driver.send_message(event)


WAIT = 30.0
"""Seconds a wait on a condition gives up after: a safety net only. A count of pauses was no
bound: under load (eight test runs on two cores) 200 idle pauses passed before a worker, a timer
or a screen's mount had its turn, and tests passing alone failed."""


async def until(pilot, condition, *, workers: bool = False) -> None:
    """Wait until ``condition()`` holds (the app handling what it was sent: a key, a message, a
    screen pushed, a worker's result, a timer's turn), pausing for the app between looks, failing
    if it does not within :data:`WAIT` seconds. With ``workers``, each look first waits for the
    app's workers to end, however long they run: what a worker found arrives as a message,
    handled after it ends."""
    from time import monotonic

    deadline = monotonic() + WAIT
    while not condition():
        if monotonic() > deadline:
            raise AssertionError(f"never true within {WAIT:.0f} s: {condition.__doc__ or condition}")
        if workers:
            await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def palette_lists(pilot, text: str) -> None:
    """Until the command palette's search (a worker) has its first hit containing ``text``."""
    from textual.command import CommandList

    def listed() -> bool:
        found = pilot.app.screen.query(CommandList)
        if not found or not found.first().option_count:
            return False
        return text in str(found.first().get_option_at_index(0).prompt)

    await until(pilot, listed)


def shown(widget) -> str:
    """The rows ``widget`` draws now, as text, one a line (for a line-API widget, what is in view)."""
    from textual.geometry import Region

    return "\n".join(strip.text for strip in widget.render_lines(Region(0, 0, *widget.size)))


async def on_top(pilot, kind: type) -> None:
    """Until the screen on top is a ``kind`` and mounted (its widgets composed): pushed, or
    uncovered by a pop."""
    await until(pilot, lambda: isinstance(pilot.app.screen, kind) and pilot.app.screen.is_mounted)


async def compare_open(pilot):
    """Until the compare view is on top with its columns filled (they fill once the analysis is there)."""
    from reader.ui.screens.compare import CompareScreen

    def filled() -> bool:
        screen = pilot.app.screen
        return isinstance(screen, CompareScreen) and bool(screen.passages("left")) and screen.active_column.has_focus

    await until(pilot, filled)
    return pilot.app.screen


async def compare_pair(pilot, analysis, left: str, right: str, phrase: str | None = None):
    """Open the compare view of ``left`` beside ``right`` (on ``left``'s sentence holding ``phrase``),
    until its columns are filled."""
    from reader.core.model import Span
    from reader.ui.screens.compare import CompareScreen

    at = None
    if phrase is not None:
        start = analysis.dossier.article(left).body.index(phrase)
        at = Span(left, start, start + 1)
    pilot.app.push_screen(CompareScreen(analysis, left, right, at=at))
    return await compare_open(pilot)


def compare_status(screen) -> str:
    """The compare view's status line, all of it (as ``i`` shows it)."""
    return str(screen.query_one("#compare-status").content)


async def restyled(pilot, theme: str | None = None, *, key: str | None = None) -> None:
    """Change the theme (set ``theme``, as the palette's "Change theme" does, or press ``key``)
    and wait until the app is restyled in it: Textual applies a theme on its next turn, then
    announces it."""
    app, announced = pilot.app, []
    if theme == app.theme:
        return
    app.theme_changed_signal.subscribe(app, announced.append, immediate=True)
    try:
        if key is None:
            app.theme = theme
        else:
            await pilot.press(key)
        await until(pilot, lambda: announced)
    finally:
        app.theme_changed_signal.unsubscribe(app)


async def wrapped(pilot, view) -> None:
    """Until the article ``view`` holds its report's rows wrapped at the width it has now."""
    await until(pilot, lambda: view._rows and view._layout_key == view._layout_key_of(view.article, view._text_width()))


def plain(renderable, width: int = 200) -> str:
    """``renderable`` (a Text, a table) as the plain lines a terminal ``width`` cells wide shows, each
    without its trailing blanks."""
    from io import StringIO

    from rich.console import Console

    console = Console(width=width, file=StringIO(), color_system=None)
    with console.capture() as captured:
        console.print(renderable)
    return "\n".join(line.rstrip() for line in captured.get().rstrip("\n").splitlines())


def repaints(monkeypatch, *widgets) -> dict:
    """The regions each of ``widgets`` asks to repaint from now on, a tuple per request (``()``:
    all of it); read before the next frame takes them."""
    from textual.widget import Widget

    asked: dict = {widget: [] for widget in widgets}
    set_dirty = Widget._set_dirty
    monkeypatch.setattr(Widget, "_set_dirty", lambda widget, *regions: (
        asked[widget].append(regions) if widget in asked else None, set_dirty(widget, *regions))[-1])
    return asked


def notices(app) -> dict[str, str]:
    """The notices (``DossierApp.tell``) by title, as the strip of the screen on top shows them
    (inert: each line after its title, or under its first), while it does; a notice of several
    lines as one string, its lines joined by line breaks."""
    strip = app.screen.query("#notices")
    if not strip or not strip.first().display:
        return {}
    lines, found = iter(str(strip.first().render()).split("\n")), {}
    for title, notice in app.notices:
        shown = [next(lines, "") for _ in range(1 if isinstance(notice, str) else len(notice))]
        found[title] = "\n".join(line.removeprefix(f"{title} ") if n == 0 else line.removeprefix(" " * (len(title) + 1))
                                 for n, line in enumerate(shown))
    return found


def told(app) -> list[str]:
    """What the app told the user: its toasts and the notices under the panes, the short
    answer (``App.say``) leading the reader's status line, and the compare view's status line, on
    every screen open."""
    said = [screen.said for screen in app.screen_stack if getattr(screen, "said", "")]
    shown = [str(status.render()) for screen in app.screen_stack for status in screen.query("#compare-status")]
    return [str(notification.message) for notification in app._notifications] + [*notices(app).values()] + said + shown
