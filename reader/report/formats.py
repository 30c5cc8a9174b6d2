"""The export formats by name, for the command line's ``export --format`` and the reader's
palette alike: one place says what each name writes."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # in annotations only: reader.core.model defines it once an analysis is asked for
    from reader.core.model import Analysis

SUFFIXES = {"json": ".json", "markdown": ".md", "html": ".html"}
"""Each format's name and the file suffix it is written under."""


def render(analysis: Analysis, name: str) -> str:
    """``analysis`` as format ``name`` (one of :data:`SUFFIXES`)."""
    if name == "html":
        from reader.report.html import to_html

        return to_html(analysis)
    from reader.core.export import documents

    return {"json": documents.to_json, "markdown": documents.to_markdown}[name](analysis)
