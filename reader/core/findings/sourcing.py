"""Who stands behind what: origins, the naming matrix and omissions, found together.

One bundle (:class:`~reader.core.model.Sourcing`) because omissions weigh each statement by its
independent origins; the exports (and the views) read all three from it.
"""

from __future__ import annotations

from reader.core.findings.naming import find_naming
from reader.core.findings.omissions import find_omissions
from reader.core.findings.origins import find_origins, relinked
from reader.core.model import Analysis, Sourcing


def find_sourcing(analysis: Analysis) -> Sourcing:
    """``analysis``' sourcing; its omissions read its quotations and figure comparisons
    (:meth:`~reader.core.model.Analysis.saying`), so it has them already."""
    origins = find_origins(analysis)
    return Sourcing(origins, find_naming(analysis), find_omissions(analysis, origins))


def refreshed_sourcing(before: Analysis, after: Analysis) -> Sourcing:
    """``after``'s sourcing (``before`` with corrected entities or links, its sourcing found), from
    ``before``'s: origins and naming rows are found again only for the links and entities the
    correction changed (the omissions, a count over the links, all again: ``after`` has its findings)."""
    previous = {link.id: link.passages for link in before.links + before.weaker_links}
    unchanged = {link.id for link in after.links + after.weaker_links if previous.get(link.id) == link.passages}
    origins = relinked(after, before.sourcing.origins, unchanged)
    return Sourcing(origins, find_naming(after, before), find_omissions(after, origins))


def sourcing_of(analysis: Analysis) -> Sourcing:
    """The analysis' sourcing findings; found now for one built without them (by hand, in tests)."""
    return analysis.sourcing or find_sourcing(analysis)


def source_notes(analysis: Analysis, article_id: str) -> tuple[str, ...]:
    """What the reader and the exports say of a report beside its share: how much of it each source document
    (``role: source``) accounts for (``43% from Ministry``); nothing in a dossier without one, nor for a source."""
    if not analysis.dossier.sources:
        return ()
    names = analysis.dossier.names
    return tuple(f"{cover.share:.0%} from {names[cover.source]}"
                 for cover in sourcing_of(analysis).origins.sources if cover.report == article_id)
