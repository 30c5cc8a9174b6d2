"""Who stands behind what: origins, the naming matrix and omissions, found together.

One bundle because omissions weigh each statement by its independent origins;
the exports (and the views) read all three from it.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.findings.naming import Naming, find_naming
from reader.core.findings.omissions import Omissions, find_omissions
from reader.core.findings.origins import Origins, find_origins
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the model imports this module for its Analysis
    from reader.core.model import Analysis


@dataclass(frozen=True)
class Sourcing:
    """The origins, naming and omissions findings of one analysis."""

    origins: Origins
    naming: Naming
    omissions: Omissions


def find_sourcing(analysis: Analysis) -> Sourcing:
    origins = find_origins(analysis)
    return Sourcing(origins, find_naming(analysis), find_omissions(analysis, origins))


def sourcing_of(analysis: Analysis) -> Sourcing:
    """The analysis' sourcing findings; found now for one built without them (by hand, in tests)."""
    return analysis.sourcing or find_sourcing(analysis)
