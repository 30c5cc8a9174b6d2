"""Omissions: per report, the statements most other reports carry and it does not.

A statement is a link. A report omits a link when at least half of the other
reports (and at least :data:`MIN_CARRIERS`) carry it and the report says none of
its sentences (:meth:`~reader.core.model.Analysis.saying`, the relation ``◆`` reads:
no other link, quotation, figure or near-copy ties one of the report's to them), so a
statement split into overlapping links is no omission of the reports in one of them.
Omissions are ranked by how many independent origins carry the statement (five copies
of one wire story weigh as one), then by how many reports do.
Source documents (``role: source``) neither carry nor omit. Links holding a title line are left
out: a headline restates a fact some body states, and the bodies' own links are what a report
carries or lacks (a report stating the fact below its headline would seem to omit it).
"""

from __future__ import annotations

from reader.core.model import Analysis, Omission, Omissions, Origins

MIN_CARRIERS = 2
"""A statement one other report carries is that report's own, not an omission of the rest."""


def find_omissions(analysis: Analysis, origins: Origins) -> Omissions:
    """Every report's omissions (see the module docstring)."""
    reports = [a.id for a in analysis.dossier.articles if a.role != "source"]
    is_report = set(reports)
    needed = max(MIN_CARRIERS, (len(reports) - 1) / 2)
    found: dict[str, list[Omission]] = {}
    for link in analysis.links:
        if any(span.in_title for span in link.passages):
            continue
        carriers = [a for a in link.articles if a in is_report]
        if len(carriers) < needed:
            continue  # looked at before the reports: thousands of reports times thousands of links
        grouped = origins.of_link(link.id)
        omission = Omission(link.id, len(carriers), grouped.origins if grouped else len(carriers))
        saying = frozenset().union(*(analysis.saying(span) for span in link.passages))
        for report in reports:
            if report not in saying:
                found.setdefault(report, []).append(omission)
    return Omissions({
        report: tuple(sorted(rows, key=lambda o: (-o.origins, -o.reports, o.link))) for report, rows in found.items()
    })
