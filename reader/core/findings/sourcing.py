"""Who stands behind what: origins, the naming matrix and omissions, found together.

One bundle (:class:`~reader.core.model.Sourcing`) because omissions weigh each statement by its
independent origins; the exports (and the views) read all three from it.
"""

from __future__ import annotations

from reader.core.findings.naming import find_naming
from reader.core.findings.omissions import find_omissions
from reader.core.findings.origins import find_origins, relinked
from reader.core.model import Analysis, Omissions, Origins, Sourcing


def find_sourcing(analysis: Analysis) -> Sourcing:
    origins, omissions = origins_and_omissions(analysis)
    return Sourcing(origins, find_naming(analysis), omissions)


def refreshed_sourcing(before: Analysis, after: Analysis) -> Sourcing:
    """``after``'s sourcing (``before`` with corrected entities or links, its sourcing found), from
    ``before``'s: origins and naming rows are found again only for the links and entities the
    correction changed (the omissions, a count over the links, all again)."""
    previous = {link.id: link.passages for link in before.links + before.weaker_links}
    unchanged = {link.id for link in after.links + after.weaker_links if previous.get(link.id) == link.passages}
    origins = relinked(after, before.sourcing.origins, unchanged)
    return Sourcing(origins, find_naming(after, before), find_omissions(after, origins))


def origins_and_omissions(analysis: Analysis) -> tuple[Origins, Omissions]:
    """The part of the sourcing that needs the origins: the analysis runs it beside the naming
    (:func:`~reader.core.pipeline.find`), which needs the entities only."""
    origins = find_origins(analysis)
    return origins, find_omissions(analysis, origins)


def sourcing_of(analysis: Analysis) -> Sourcing:
    """The analysis' sourcing findings; found now for one built without them (by hand, in tests)."""
    return analysis.sourcing or find_sourcing(analysis)
