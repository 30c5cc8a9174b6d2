"""The data every stage speaks: frozen dataclasses, one coordinate system.

Every position anywhere in the program is a :class:`Span`: an article id and a
``[start, end)`` pair of Python string indices into that article's cleaned
``body``. Loading produces a :class:`Dossier`; analysis turns it into an
:class:`Analysis`. Nothing here is mutated after construction.

Import every type from here. They live in two modules: :mod:`~reader.core.model.base` (spans,
the dossier, the progress callback's type) and :mod:`~reader.core.model.analysis` (sentences and their tokens, entities, links,
the findings' types and :class:`Analysis`). The second is imported when one of its names is first
asked for (PEP 562): the reader paints its first screen before any analysis exists, and defining
that half's dataclasses (each one code that Python generates and compiles) cost the first
paint some 10 ms, most of the model's import.
"""

from __future__ import annotations

from reader.core.model.base import (
    HEADLINE, REPORT_GLYPHS, Article, ArticleRole, DiffTag, Dossier, EntityType, LinkKind, Problem, Progress, Span, counted,
    listing, problems_summary, quiet, shorten,
)

__all__ = [
    # reader.core.model.base, imported above
    "HEADLINE", "REPORT_GLYPHS", "Article", "ArticleRole", "DiffTag", "Dossier", "EntityType", "LinkKind", "Problem", "Progress", "Span",
    "counted", "listing", "problems_summary", "quiet", "shorten",
    # reader.core.model.analysis, imported on first use (see __getattr__)
    "DiffOp", "Entity", "Link", "Sentence", "Token",
    "Analysis", "Bound", "DiffType", "Figure", "FigureComparison", "FigureKind", "Findings", "Label",
    "LinkOrigins", "Naming", "NamingRow", "Omission", "Omissions", "Origin", "Origins", "PairDifferences",
    "PassagePair", "Quote", "QuoteGroup", "Relation", "ReportPair", "ReportShare", "RowKind", "SharedRun",
    "SourceCover", "Sourcing", "Stance", "StanceDifference", "Story", "TypedDiff", "Verdict", "Wording", "once_per_text",
]


def __getattr__(name: str) -> object:
    """A name of the analysis' half, imported when first asked for, then kept here (PEP 562: only
    names not found in the module come here)."""
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from reader.core.model import analysis

    value = globals()[name] = getattr(analysis, name)
    return value
