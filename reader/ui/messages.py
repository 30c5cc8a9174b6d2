"""The messages the app, its screens and their widgets exchange.

They live here, apart from the app, so a screen or widget can speak to the app without
importing it: news flows down as messages the app forwards to every screen (the analysis
is ready, the whole dossier is read), requests flow up as messages that bubble to the app
(apply this correction, open that view). The app is the only one that pushes the views,
so no screen imports another to show it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message

from reader.core.model import Dossier, Problem, Span

if TYPE_CHECKING:  # in annotations only: reader.core.model defines Analysis once an analysis is asked for,
    # and the corrections are imported with it, after the first paint
    from reader.core.model import Analysis, Link
    from reader.core.store.corrections import Corrections, Decision

# -- news: the worker and the app tell the screens ------------------------------------------


class AnalysisProgressed(Message):
    """The worker finished ``done`` of ``total`` steps of ``stage``; newer ones replace queued ones."""

    def __init__(self, stage: str, done: int, total: int) -> None:
        super().__init__()
        self.stage, self.done, self.total = stage, done, total

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, AnalysisProgressed)


class HighlightingLoaded(Message):
    """The worker has loaded what colours quotations, figures and dates (see ``DossierApp.highlighting``)."""


class AnalysisReady(Message):
    """The analysis is available (also as ``app.analysis``); the app forwards it to every screen."""

    def __init__(self, analysis: Analysis) -> None:
        super().__init__()
        self.analysis = analysis


class VersionsDiffed(Message, bubble=False):
    """A view's worker found the word differences and figure notes of the versions ``shown`` (the
    analysis, link and reference it was asked for): ``differences`` and ``notes`` by report id. For
    the view alone."""

    def __init__(self, shown: tuple, differences: dict, notes: dict) -> None:
        super().__init__()
        self.shown, self.differences, self.notes = shown, differences, notes


class CorrectionsRead(Message):
    """The worker read the sidecar: ``uncorrected`` is the analysis before ``corrections``."""

    def __init__(self, uncorrected: Analysis, corrections: Corrections, problem: Problem | None) -> None:
        super().__init__()
        self.uncorrected, self.corrections, self.problem = uncorrected, corrections, problem


class DossierLoaded(Message):
    """The worker read the files the first paint left unread: ``dossier`` is the whole dossier."""

    def __init__(self, dossier: Dossier) -> None:
        super().__init__()
        self.dossier = dossier


class AnalysisFailed(Message):
    """The worker stopped with an error; the reader keeps showing the articles."""

    def __init__(self, error: str) -> None:
        super().__init__()
        self.error = error


class WeakerReady(Message):
    """The worker made ``computed``'s view with its weaker links (:func:`~reader.ui.app.with_weaker`)
    and what keys look up in it: ``W`` can show it."""

    def __init__(self, computed: Analysis) -> None:
        super().__init__()
        self.computed = computed


class Corrected(Message):
    """The worker applied the user's ``corrections``: ``analysis`` is the corrected one; ``said``
    tells the user what was done. Shown only while those are still the user's corrections: a
    later decision or undo makes it stale, whenever it lands."""

    def __init__(self, analysis: Analysis, corrections: Corrections, said: str) -> None:
        super().__init__()
        self.analysis, self.corrections, self.said = analysis, corrections, said


# -- requests: screens and widgets ask the app ----------------------------------------------


class Correct(Message):
    """Add the user's ``decision`` to the corrections; ``said`` tells them what was done."""

    def __init__(self, decision: Decision, said: str) -> None:
        super().__init__()
        self.decision, self.said = decision, said


class MarkEntity(Message):
    """``M`` on an entity: mark it, or merge it with the one marked before."""

    def __init__(self, entity_id: str) -> None:
        super().__init__()
        self.entity_id = entity_id


class OpenCompare(Message):
    """Show the compare view (in place of one already open): ``left`` beside ``right``, the
    cursor on ``at``, paired by ``link`` where it reaches; a missing value is chosen by the view
    (see ``CompareScreen``)."""

    def __init__(
        self, analysis: Analysis | None = None, left: str | None = None, right: str | None = None, *,
        at: Span | None = None, link: Link | None = None,
    ) -> None:
        super().__init__()
        self.analysis, self.left, self.right, self.at, self.link = analysis, left, right, at, link


class Versions(Message):
    """Every report's version of the passage at ``span`` (the N-way view), following ``link``:
    what :class:`OpenVersions` shows and :class:`VersionsAhead` draws ahead."""

    def __init__(self, analysis: Analysis, span: Span, link: Link | None = None) -> None:
        super().__init__()
        self.analysis, self.span, self.link = analysis, span, link


class OpenVersions(Versions):
    """Show the N-way view."""


class VersionsAhead(Versions):
    """Draw ahead the N-way view :class:`OpenVersions` would show (work no key waits on). Asked,
    not called: what the app draws then starts in its own context, which names no screen (a
    timer started in a view's handler kept that view alive as long as the timer's task)."""


class OpenCoverage(Message):
    """Show the coverage matrix, the cursor on link ``at`` if given."""

    def __init__(self, analysis: Analysis, at: Link | None = None) -> None:
        super().__init__()
        self.analysis, self.at = analysis, at


class OpenNaming(Message):
    """Show the naming matrix of entity ``entity_id`` (the words each report uses for it), or of the
    statement ``link_id`` (the words of judgement its passages use, then the entities they name)."""

    def __init__(self, analysis: Analysis, entity_id: str | None = None, *, link_id: str | None = None) -> None:
        super().__init__()
        self.analysis, self.entity_id, self.link_id = analysis, entity_id, link_id


class OpenConcordance(Message):
    """Show every occurrence at ``spans``, of what ``title`` names (entity ``entity_id``, if one)."""

    def __init__(self, title: str, spans: tuple[Span, ...], entity_id: str | None = None) -> None:
        super().__init__()
        self.title, self.spans, self.entity_id = title, spans, entity_id
