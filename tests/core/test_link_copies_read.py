"""A sentence printed in many reports is read once for the linker (``units._Read``): each copy gets the units its
first copy's reading gives, placed where the copy stands, and counts for the dossier's casing as often as it is printed."""

from __future__ import annotations

from reader.core.ingest.loading import load_dossier
from reader.core.links import units
from reader.core.links.units import prepare
from reader.core.text.segment import segment_article

COPIED = "The Velmor council voted on Tuesday to close the old Mill pier for eighteen months of repairs."
HE = "He resigned from the board on Friday."
QUOTED = 'It had to be done before winter," the engineers agree.'
REPORTS = {
    "first": f"Ansa Quell signed the harbour lease last year. {HE} {COPIED} Traders fear a long winter at the mill.",
    "second": f"{COPIED} Oren Bask led the harbour traders for a decade. {HE} Nobody has worked at the mill since spring.",
    "third": f'Residents were told in the spring. "We tried everything. {QUOTED} {COPIED}',
    "fourth": f"Fishermen will moor at the northern jetty. {QUOTED} The harbour council will meet in May.",
}


def _prepared(tmp_path):
    for name, body in REPORTS.items():
        (tmp_path / f"{name}.md").write_text(f"---\noutlet: {name.title()}\ntitle: Council Closes Pier\n---\n{body}\n", encoding="utf-8")
    dossier = load_dossier(tmp_path)
    return dossier, prepare(dossier, {a.id: segment_article(a) for a in dossier.articles})


def _units(dossier, whole, clauses, text):
    return [(unit, clauses[n]) for n, unit in enumerate(whole) if dossier.article(unit.span.article).text(unit.span) == text]


def test_each_copy_holds_its_own_units_where_it_stands(tmp_path):
    dossier, (whole, clauses, *_) = _prepared(tmp_path)
    copies = _units(dossier, whole, clauses, COPIED)
    assert [unit.span.article for unit, _ in copies] == ["first", "second", "third"]
    assert len({unit.span.start for unit, _ in copies}) == 3
    assert [unit.lede for unit, _ in copies] == [False, True, False]  # the second report opens on it
    for unit, of_sentence in copies:
        assert whole[unit.sentence] is unit and unit.article == [a.id for a in dossier.articles].index(unit.span.article)
        assert all(clause.sentence == unit.sentence and unit.span.start <= clause.span.start < clause.span.end <= unit.span.end
                   for clause in of_sentence)
    # the same text read inside a quotation opened before it is read apart: its words end the quotation
    opened, plain = (next(u for u in whole if u.span.article == name and QUOTED in dossier.article(name).text(u.span))
                     for name in ("third", "fourth"))
    assert opened.words[:5] == plain.words[:5] and opened.quotes != plain.quotes


def test_a_copy_refers_to_the_name_before_it_in_its_own_report(tmp_path):
    dossier, (whole, clauses, *_) = _prepared(tmp_path)
    (first, _), (second, _) = _units(dossier, whole, clauses, HE)
    assert first.referred and second.referred and first.referred != second.referred
    assert first.words == second.words


def test_reading_each_text_once_reads_as_reading_every_copy(tmp_path, monkeypatch):
    """Copies counted for the casing as often as printed (``Mill`` is a name by its three copies, written in lower
    case twice), their units as each copy read on its own gives them."""
    dossier, once = _prepared(tmp_path)
    assert "mill" in once[4]
    monkeypatch.setattr(units, "_text_key", lambda sentence, factless, opened: object())  # no two sentences read alike
    _, every = _prepared(tmp_path)
    assert repr(once) == repr(every)
