"""Omissions: what most other reports carry and one does not, ranked by independent origins."""

from __future__ import annotations

from reader.core.findings.omissions import find_omissions
from reader.core.findings.origins import find_origins
from reader.core.ingest.loading import load_dossier
from reader.core.pipeline import analyse
from tests.conftest import DATA


def test_bundled_five_omissions_are_ranked_and_carried_by_others(analysis):
    omissions = find_omissions(analysis, find_origins(analysis))
    assert omissions.by_article
    links = {link.id: link for link in analysis.links}
    for article, rows in omissions.by_article.items():
        assert [(-o.origins, -o.reports) for o in rows] == sorted((-o.origins, -o.reports) for o in rows)
        for omission in rows:
            link = links[omission.link]
            assert article not in link.articles
            assert omission.reports == len(link.articles) >= 2
            assert 1 <= omission.origins <= omission.reports


def test_copies_weigh_as_one_origin_and_a_source_omits_nothing():
    analysis = analyse(load_dossier(DATA / "origins"))
    omissions = find_omissions(analysis, find_origins(analysis))
    assert "council-release" not in omissions.by_article
    lacking = omissions.of("valley-voice")
    assert lacking and all(o.reports == 2 and o.origins == 1 for o in lacking)
    assert omissions.of("daily-courier") == ()
