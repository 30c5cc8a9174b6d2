"""The export formats by name, for the command line's ``export --format`` and the reader's
palette alike: one place says what each name writes."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # in annotations only: reader.core.model defines it once an analysis is asked for
    from reader.core.model import Analysis

SUFFIXES = {"json": ".json", "markdown": ".md", "html": ".html"}
"""Each format's name and the file suffix it is written under."""

CONTENTS = {
    "json": "everything, for programs (schema dossier-reader/1): articles, entities with every mention, "
            "the confident links with their passages (offsets into each article's body), weaker_links "
            '("confident": false), quotations, figures, differences, origins, naming, omissions, '
            "corrections and problems",
    "markdown": "a readable comparison report: each shared passage in every outlet's wording, differences "
                "marked; what only one report says; shared entities, quotations, figure conflicts, origins, "
                "naming and omissions",
    "html": "one self-contained page (no network fetches): the same report side by side, with a coverage "
            "matrix (passages x reports) and the differences coloured by type",
}
"""What each format holds, in words (``export --help``)."""


def render(analysis: Analysis, name: str) -> str:
    """``analysis`` as format ``name`` (one of :data:`SUFFIXES`)."""
    if name == "html":
        from reader.report.html import to_html

        return to_html(analysis)
    from reader.core.export import documents

    return {"json": documents.to_json, "markdown": documents.to_markdown}[name](analysis)


def encoded(analysis: Analysis, name: str) -> bytes:
    """:func:`render` as UTF-8, what is written to a file or a pipe: the JSON as msgspec writes it, never decoded
    to text (a hundred megabytes at 500 reports) to be encoded again."""
    if name == "json":
        from reader.core.export.documents import json_bytes

        return json_bytes(analysis)
    return render(analysis, name).encode()
