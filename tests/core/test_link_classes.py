"""Sentences read alike judged once: a sentence copied into many reports costs a look-up (``units.alike_classes``)."""

from __future__ import annotations

from reader.core.ingest.loading import load_dossier
from reader.core.links import judging
from reader.core.links.units import alike_classes, prepare
from reader.core.model import quiet
from reader.core.text.segment import segment_article

COPIED = "The harbour board voted on Tuesday to close the old Brenmoor ferry pier for eighteen months of repairs."
CHANGED = "The harbour board voted on Tuesday to close the old Brenmoor ferry pier for twenty months of repairs."
REPORTS = {
    "first": f"Tolvy residents packed the town hall to hear the plans for the waterfront. {COPIED} Traders fear a long winter.",
    "second": f"Shop owners along the quay said trade had already slowed this autumn. Few boats came in. {COPIED} Traders fear a long winter.",
    "third": f"{COPIED} Residents of Tolvy will have to take the coast road instead.",
    "fourth": f"Fishermen were told to moor at the northern jetty from next spring. {CHANGED} The board will meet again in May.",
}


def _prepared(tmp_path):
    for name, body in REPORTS.items():
        (tmp_path / f"{name}.md").write_text(f"---\noutlet: {name.title()}\n---\n{body}\n", encoding="utf-8")
    dossier = load_dossier(tmp_path)
    sentences = {a.id: segment_article(a) for a in dossier.articles}
    return dossier, prepare(dossier, sentences)


def _number(dossier, whole, article: str, text: str) -> int:
    body = dossier.article(article).body
    start = body.index(text)
    return next(n for n, unit in enumerate(whole) if unit.span.article == article and unit.span.start == start)


def test_copies_read_alike_share_a_class_wherever_they_stand(tmp_path):
    dossier, (whole, clauses, *_) = _prepared(tmp_path)
    classes = alike_classes(whole, clauses)
    first, second = (_number(dossier, whole, name, COPIED) for name in ("first", "second"))
    assert whole[first].span.start != whole[second].span.start
    assert classes[first] == classes[second]
    tails = [_number(dossier, whole, name, "Traders fear a long winter.") for name in ("first", "second")]
    assert classes[tails[0]] == classes[tails[1]] != classes[first]


def test_a_word_changed_or_another_footing_makes_another_class(tmp_path):
    """The copy opening its report is its lede, which the judge reads (two ledes need less): another class,
    though its words are those of the copies; a figure changed makes another class too."""
    dossier, (whole, clauses, *_) = _prepared(tmp_path)
    classes = alike_classes(whole, clauses)
    copy, lede, changed = (_number(dossier, whole, name, text) for name, text in
                           (("first", COPIED), ("third", COPIED), ("fourth", CHANGED)))
    assert whole[copy].words == whole[lede].words and whole[lede].lede and not whole[copy].lede
    assert len({classes[copy], classes[lede], classes[changed]}) == 3
    assert list(dict.fromkeys(classes)) == list(range(max(classes) + 1))  # numbered in order of first sentences


def test_pairs_judged_by_class_are_those_judged_one_by_one(tmp_path, monkeypatch):
    dossier, prepared = _prepared(tmp_path)
    by_class = judging.find_pairs(*prepared, quiet)
    assert any(m.kind == "verbatim" for m in by_class) and len(by_class) >= 4
    monkeypatch.setattr(judging, "alike_classes", lambda whole, clauses: list(range(len(whole))))
    one_by_one = judging.find_pairs(*_prepared(tmp_path)[1], quiet)
    assert [(m.a, m.b, m.score, m.kind, m.unit_a.span, m.unit_b.span, m.confident) for m in by_class] == \
        [(m.a, m.b, m.score, m.kind, m.unit_a.span, m.unit_b.span, m.confident) for m in one_by_one]


def test_each_pair_of_classes_is_judged_once(tmp_path, monkeypatch):
    """Two copies, of an even and of an odd sentence number, each meet the lede printing their words: one judgement
    serves both (the halves judged beside each other share out the distinct pairs of classes, not the sentences)."""
    dossier, prepared = _prepared(tmp_path)
    whole = prepared[0]
    classes = alike_classes(whole, prepared[1])
    judged = []
    real = judging._sentence_verdict
    monkeypatch.setattr(judging, "_sentence_verdict", lambda a, b, *rest: judged.append((classes[a], classes[b])) or real(a, b, *rest))
    found = judging.find_pairs(*prepared, quiet)
    copies = [_number(dossier, whole, name, COPIED) for name in ("first", "second")]
    lede = _number(dossier, whole, "third", COPIED)
    assert copies[0] % 2 != copies[1] % 2 and classes[copies[0]] == classes[copies[1]] and max(copies) < lede
    assert {(m.a, m.b) for m in found} >= {(copy, lede) for copy in copies}
    assert judged.count((classes[copies[0]], classes[lede])) == 1 and len(judged) == len(set(judged))
