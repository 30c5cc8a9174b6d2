"""Counts in words: every message that counts says ``1 link`` and ``2 links``, never ``1 links``,
and ``1 of 1 row``, never ``1 of 1 rows``; searched words and keys named one way; and lines cut to
a width as a reader expects them cut."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.text import Span, Text
from textual.app import App
from textual.binding import Binding

from reader.core.model import counted, shorten  # counted: the core's, which its findings' summaries count with too

if TYPE_CHECKING:  # the analysis' half of the model is defined when first asked for (not by the first paint)
    from reader.core import model

__all__ = [
    "carried_in", "counted", "counted_among", "counted_of", "cut", "fitted", "keys_shown", "link_judged", "not_found", "one_report",
    "passage_dropped", "unlinked",
    "searched_words", "whole_parts",
]


def keys_shown(app: App, keys: str) -> str:
    """``keys`` (Textual's names, comma-separated) as the key bar shows them, so the help and every
    notice name a key as the bar does: ``esc``, ``^o``, ``⏎``, ``/`` (the app's
    :meth:`~textual.app.App.get_key_display`, which the key bar calls)."""
    return " ".join(app.get_key_display(Binding(key.strip(), "")) for key in keys.split(","))


def counted_of(part: int, whole: int, noun: str, plural: str | None = None) -> str:
    """``1 of 3 rows``, ``1 of 1 row``: the noun agrees with ``whole``."""
    return f"{part} of {counted(whole, noun, plural)}"


def carried_in(carriers: int, linked: int, total: int, *, event: bool = False) -> str:
    """``in 5 of 5 reports``: how many reports carry a passage over all its links (as its gutter
    shows), then ``(this link 4)`` when the link shown joins fewer of them; with ``event``, ``in 5 of
    5 reports of this event`` (:func:`counted_among`)."""
    reach = f"in {counted_of(carriers, total, 'report')}" + (" of this event" if event else "")
    return reach if linked >= carriers else f"{reach} (this link {linked})"


def counted_among(analysis: model.Analysis, article_id: str) -> tuple[tuple[str, ...], bool]:
    """The reports a passage of ``article_id`` is counted among, and whether they are its event's alone: in a
    folder of several events (:meth:`~reader.core.model.Analysis.event_of`) the other events' reports neither
    carry nor lack its statements, and "of 15 reports" would count them."""
    reports = analysis.event_of(article_id)
    return reports, len(reports) < len(analysis.dossier.articles)


def unlinked(analysis: model.Analysis, span: model.Span) -> str:
    """A passage no link joins to another report, as its gutter shows it: ``◆``'s ``only Alpha has
    this`` (:meth:`~reader.core.model.Analysis.said_alone`), else (blank) ``not linked``, naming the
    reports that say it in sentences no link joins to it (:meth:`~reader.core.model.Analysis.saying`),
    counted beyond three."""
    names = analysis.dossier.names
    if analysis.said_alone(span):
        return f"only {names[span.article]} has this"
    said = analysis.saying(span)
    saying = [names[a.id] for a in analysis.dossier.articles if a.id in said and a.id != span.article]
    if not saying:
        return "not linked"
    return f"not linked; like a sentence in {', '.join(saying) if len(saying) <= 3 else counted(len(saying), 'other report')}"


def link_judged(app: App, verdict: str, reports: int) -> str:
    """What ``x`` (``verdict`` ``"reject"``) or ``A`` did, and the key that takes it back: one key
    changes every view, asked no confirmation, so the answer says how to undo it."""
    done = "Rejected" if verdict == "reject" else "Accepted"
    return undoable(app, f"{done} the link of this passage across {counted(reports, 'report')}")


def passage_dropped(app: App, outlet: str, left: int) -> str:
    """What ``X`` did: one report's passage taken out of a link of ``left`` + 1, and what is left."""
    rest = f"{counted(left, 'report')} left" if left >= 2 else "the link is gone"
    return undoable(app, f"Took {outlet}'s passage out of the link ({rest})")


def undoable(app: App, done: str) -> str:
    """What a correction did, and the key that takes it back: it changes every view and asked no confirmation."""
    return f"{done}: {keys_shown(app, 'U')} undoes it"


def one_report(what: str, needs: str = "needs") -> str:
    """Why a view that sets reports side by side does not open: ``Compare needs two reports: this
    dossier has one`` (``needs`` agrees with ``what``: ``Weaker links need``)."""
    return f"{what} {needs} two reports: this dossier has one"


def no_rows(reports: int) -> str:
    """Why the coverage matrix does not open on ``reports`` reports no link joins, weaker ones
    included (with weaker links hidden it opens, its title naming ``W``): a matrix of no rows said
    nothing, and its keys did nothing."""
    return one_report("Coverage") if reports < 2 else f"Coverage: no passage is linked across these {reports} reports, so the matrix has no row"


def searched_words(query: str, limit: int = 60) -> str:
    """Words searched for, as every message and status line names them: ``“drone permits”``, on
    one line, cut with an ellipsis past ``limit`` characters."""
    return f"\u201c{shorten(query, limit)}\u201d"


def not_found(query: str, where: str) -> str:
    """What a search that finds nothing says, in every view: ``No report holds “drone permits”``,
    ``No passage of Al Jazeera holds …`` (``where`` names what was searched, in the singular)."""
    return f"No {where} holds {searched_words(query)}"


def whole_parts(parts: list[str], width: int, separator: str = " · ") -> str:
    """``parts`` joined by ``separator``, as many whole ones as fit in ``width`` cells, then `` …``
    when some are left out: a count is shown whole or not at all, never cut to ``93% co…``."""
    shown = ""
    for n, part in enumerate(parts):
        joined = f"{shown}{separator}{part}" if shown else part
        rest = " …" if n < len(parts) - 1 else ""
        if len(joined) + len(rest) > width:
            return f"{shown} …" if shown else "…"
        shown = joined
    return shown


ESCAPE_IN_A_VIEW = "Dismiss the notices under the view if shown, else end the search if one is on, else back"
"""What escape does in a view with a search (compare, N-way, quotes), in the order it tries: said in their help."""

PART_ENDS = (" · ", "; ", ". ", ", ")
"""Where a status line's parts end: the reader's parts, the compare view's notes, the matrix's
sentences, the items of a list."""


def _measured(plain: str, width: int) -> int:
    """How much of ``plain`` tells what fits in ``width`` cells: its first ``width + 1`` characters when
    they take more (no character added takes a cell back), else all of it (some are zero-width)."""
    return width + 1 if cell_len(plain[: width + 1]) > width else len(plain)


def _overflows(plain: str, width: int) -> bool:
    """Whether ``plain`` takes more than ``width`` cells, measured no further than :func:`_measured`: a
    status line naming hundreds of reports is redrawn at each key, and measured whole it cost a
    millisecond per thousand characters."""
    return cell_len(plain[: _measured(plain, width)]) > width


def fitted(text: Text, width: int, *, whole: float = 0.6) -> Text:
    """``text`` cut to ``width`` cells at the end of a part (:data:`PART_ENDS`) followed by `` …``
    when what is kept fills ``whole`` of the width, else after its last whole word followed by
    ``…``, else (one long word) at the width; ``text`` itself when it fits."""
    plain = text.plain
    if not _overflows(plain, width):
        return text
    # Only the places in the first ``width`` cells can be kept (and a word's end after the spaces
    # that follow them): a status naming hundreds of reports is measured up to the width, not
    # once per place to its end.
    fits = bisect_right(range(_measured(plain, width) + 1), width, key=lambda at: cell_len(plain[:at]))
    after = plain[fits:]
    spaced = len(after) - len(after.lstrip())
    ends = [at for separator in PART_ENDS for at in _places(plain[: fits + len(separator)], separator)]
    kept = max((at for at in ends if cell_len(plain[:at]) + 2 <= width), default=0)
    if kept >= whole * width:
        return text[:kept] + Text(" \u2026")
    words = [at for at in _places(plain[: fits + spaced + 1], " ")
             if plain[:at].strip() and cell_len(plain[:at].rstrip()) + 1 <= width]
    if not words:
        shown = text.copy()
        cut(shown, width)
        return shown
    shown = text[: max(words)]
    _end(shown)
    return shown


def spared(text: Text, tail: str, width: int) -> Text:
    """``text``, ending in ``tail`` (a list in brackets, ``(a · b · c)``), fitted to ``width`` by cutting the
    tail first: its last items (``(a · b …)``), then all of them (``(…)``, which :func:`fitted` cuts when
    what comes before does not fit either), so that what comes before stays whole when it fits; ``text``
    itself when it fits or does not end in ``tail``."""
    if not _overflows(text.plain, width) or not tail or not text.plain.endswith(tail):
        return text
    head = text[: len(text) - len(tail)]
    if not _overflows(head.plain, width):  # else no item fits after it (a long conflict note): none tried
        items = tail[1:-1].split(" · ")
        for n in range(len(items) - 1, 0, -1):
            shortened = head + Text(f"({' · '.join(items[:n])} \u2026)")
            if not _overflows(shortened.plain, width):
                return shortened
    return head + Text("(\u2026)")


def shortened(text: Text, cuts: Sequence[str], width: int) -> Text:
    """``text`` without the first of ``cuts`` it holds (words said at more length than the line needs: a walk's
    `` in 4 of 10 reports``), then the next, while it does not fit in ``width`` cells: what comes after them (the
    report a mention walk is in) is kept whole, where :func:`fitted` cut it off; ``text`` itself when it fits."""
    for words in cuts:
        if not _overflows(text.plain, width):
            break
        if words and (at := text.plain.find(words)) >= 0:
            text = text[:at] + text[at + len(words):]
    return text


def _places(plain: str, separator: str) -> list[int]:
    """Where each occurrence of ``separator`` starts in ``plain``."""
    places, at = [], plain.find(separator)
    while at >= 0:
        places.append(at)
        at = plain.find(separator, at + 1)
    return places


def cut(text: Text, width: int) -> None:
    """Cut ``text`` to ``width`` cells in place, when longer, ending in an ellipsis right after the
    last letter kept (``export…``, never ``export …``), in the style of the letter before it."""
    if text.cell_len <= width:
        return
    text.truncate(max(0, width - 1), overflow="crop")
    _end(text)


def _end(text: Text) -> None:
    """End ``text`` in an ellipsis right after its last letter, in that letter's style."""
    text.rstrip()
    end = len(text)
    text.append("\u2026")
    text.spans = [Span(span.start, end + 1, span.style) if span.end == end else span for span in text.spans]
