"""Sentences read alike judged once: a sentence copied into many reports costs a look-up (``units.alike_classes``)."""

from __future__ import annotations

from reader.core.ingest.loading import load_dossier
from reader.core.links import candidates, grouping, judging
from reader.core.links.candidates import candidate_partners
from reader.core.links.units import PairMatch, Unit, alike_classes, kept, prepare, read_alike, share_readings
from reader.core.model import Span, quiet
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


def test_copies_count_their_votes_once_and_keep_their_own_later_partners(tmp_path):
    """``candidates.candidate_partners`` counts the votes of sentences of one keys (copies) once: each copy still gets
    the partners after it, of other reports, asked in any order, as often as asked."""
    dossier, (whole, clauses, weights, df, names) = _prepared(tmp_path)
    asked = candidate_partners(whole, weights, df)
    in_order = [asked(a) for a in range(len(whole))]
    again = candidate_partners(whole, weights, df)
    backwards = [again(a) for a in reversed(range(len(whole)))][::-1]
    assert backwards == in_order == [again(a) for a in range(len(whole))]
    copies = sorted(_number(dossier, whole, name, text) for name, text in
                    (("first", COPIED), ("second", COPIED), ("third", COPIED), ("fourth", CHANGED)))
    for at, a in enumerate(copies):
        assert set(in_order[a]) >= set(copies[at + 1 :])  # the later copies, the changed one included
        assert all(b > a and whole[b].article != whole[a].article for b in in_order[a])
    tails = [_number(dossier, whole, name, "Traders fear a long winter.") for name in ("first", "second")]
    assert tails[1] in in_order[tails[0]] and tails[0] not in in_order[copies[0]]


def test_merging_reads_the_units_a_group_uses_once(monkeypatch):
    """``grouping._Used`` gives what ``_units_used`` gives, read once per group whatever order its sentences come in."""
    whole = [Unit(n, n, Span(f"r{n}", 0, 20), ("pier", "closed"), (), frozenset({"pier", "closed"}), frozenset(), frozenset(),
                  False, False, frozenset(), False) for n in range(4)]
    clause = Unit(2, 2, Span("r2", 5, 20), ("closed",), (), frozenset({"closed"}), frozenset(), frozenset(), False, False,
                  frozenset(), False)
    pairs = {(0, 1): PairMatch(0, 1, 1.0, "verbatim", whole[0], whole[1], True),
             (1, 2): PairMatch(1, 2, 0.5, "paraphrase", whole[1], clause, True),
             (0, 3): PairMatch(0, 3, 0.4, "paraphrase", whole[0], whole[3], True)}
    read = []
    real = grouping._bounds

    def counted(matches, *rest):
        matches = list(matches)
        read.append(tuple(sorted({p for m in matches for p in (m.a, m.b)})))
        return real(matches, *rest)

    used = grouping._Used(whole, pairs)
    monkeypatch.setattr(grouping, "_bounds", counted)
    found = used([2, 0, 1])
    assert used({1, 2, 0}) is found and list(found.items()) == list(grouping._units_used([0, 1, 2], whole, pairs).items())
    assert found == {0: [0, 0, 20, 20], 1: [0, 0, 20, 20], 2: [5, 5, 20, 20]}
    assert used([0, 1, 2, 3]) == grouping._units_used([0, 1, 2, 3], whole, pairs)
    assert read == [(0, 1, 2), (0, 1, 2), (0, 1, 2, 3), (0, 1, 2, 3)]  # each group once by _Used, once by _units_used


def test_a_group_growing_by_copies_asks_only_its_new_members(monkeypatch):
    """``grouping._grouped``: the members of a group were found making its core's statement when they joined, and
    still do however it grows; beside the same core only a new copy is asked (``_held_out``), a member made loosely
    (no firm pair in the group) as well as one made firmly."""
    terms = frozenset({"harbour", "pier", "closed", "repairs", "months"})
    whole = []
    for n in range(6):
        unit = Unit(n, n, Span(f"r{n}", 0, 40), tuple(sorted(terms)), (), terms, frozenset(), frozenset(), False, False,
                    frozenset(), False)
        unit.weight = float(len(terms))
        whole.append(unit)
    pairs = {(a, b): PairMatch(a, b, 1.0, "verbatim", whole[a], whole[b], True) for a in range(4) for b in range(a + 1, 4)}
    for a, b, score in ((0, 4, 0.3), (1, 4, 0.3), (0, 5, 0.2), (1, 5, 0.2), (2, 5, 0.2)):  # loose: no firm pair in the group
        pairs[(a, b)] = PairMatch(a, b, score, "paraphrase", whole[a], whole[b], True)
    matches = sorted(pairs.values(), key=lambda m: (-m.score, m.a, m.b))
    asked = []
    real = grouping._other_figures
    monkeypatch.setattr(grouping, "_other_figures", lambda members, *rest: asked.append(sorted(members)) or real(members, *rest))
    groups, strays = grouping._grouped(matches, list(range(len(matches))), whole, dict.fromkeys(terms, 1.0), frozenset(),
                                       pairs, False)
    assert [group for _, _, group in groups] == [[0, 1, 2, 3, 4, 5]] and strays == []
    assert asked == [[0, 1], [2], [3], [4], [5]]


def test_the_core_of_a_merge_is_the_best_pair_then_the_first():
    """``grouping._best``: the highest score, then the least sentence numbers (the pair grouping meets first)."""
    unit = Unit(0, 0, Span("r0", 0, 5), ("pier",), (), frozenset({"pier"}), frozenset(), frozenset(), False, False,
                frozenset(), False)
    found = [PairMatch(a, b, score, "verbatim", unit, unit, True) for a, b, score in
             ((3, 9, 0.9), (2, 7, 1.0), (1, 8, 0.4), (2, 5, 1.0), (4, 6, 1.0))]
    assert grouping._best(found) is found[3]
    assert grouping._best(found[:1]) is found[0]


def test_a_reports_repeat_of_a_text_is_not_counted_as_its_first_copy(tmp_path, monkeypatch):
    """A common key counts a report's repeats of one text once (``model.base.first_of_each``): the repeat holds
    other postings than its first copy, and keeps its own (here none) though its words are the same."""
    reports = {"first": f"{COPIED} Traders fear a long winter. {COPIED}", "second": f"Few boats came in. {COPIED}"}
    for name, body in reports.items():
        (tmp_path / f"{name}.md").write_text(f"---\noutlet: {name.title()}\n---\n{body}\n", encoding="utf-8")
    dossier = load_dossier(tmp_path)
    whole, _, weights, df, _ = prepare(dossier, {a.id: segment_article(a) for a in dossier.articles})
    monkeypatch.setattr(candidates, "KEY_DF_LIMIT", 2)
    partners = candidate_partners(whole, weights, df)
    copies = [n for n, unit in enumerate(whole) if unit.words == whole[0].words]
    assert len(copies) == 3 and whole[copies[0]].article == whole[copies[1]].article != whole[copies[2]].article
    assert [partners(a) for a in copies] == [[copies[2]], [], []]


def test_copies_of_one_class_share_what_is_read_of_them(tmp_path):
    """``units.share_readings``: a reading kept on a unit (``units.kept``) is its copies' too, unit by unit, found
    without reading again; a sentence of another class (the copy opening its report, the changed copy) keeps its own."""
    dossier, (whole, clauses, *_) = _prepared(tmp_path)
    classes = alike_classes(whole, clauses)
    share_readings(whole, clauses, classes)
    first, second, lede, changed = (_number(dossier, whole, name, text) for name, text in
                                    (("first", COPIED), ("second", COPIED), ("third", COPIED), ("fourth", CHANGED)))
    read = []

    def words(unit):
        read.append(unit)
        return unit.words

    for one, other in zip([whole[first], *clauses[first]], [whole[second], *clauses[second]], strict=True):
        assert one is not other and one.readings is other.readings
        assert kept(one, words) == kept(other, words) == one.words
    assert read == [whole[first], *clauses[first]]  # each copy's reading found on the first copy's units
    assert kept(whole[lede], words) == whole[lede].words and kept(whole[changed], words) == whole[changed].words
    assert read[-2:] == [whole[lede], whole[changed]] and len({id(whole[n].readings) for n in (first, lede, changed)}) == 3
    tails = [_number(dossier, whole, name, "Traders fear a long winter.") for name in ("first", "second")]
    assert whole[tails[0]].readings is whole[tails[1]].readings is not whole[first].readings


def test_two_groups_overlap_as_their_union_read_whole():
    """``grouping._Used.overlap`` tells what ``_overlap`` of the union's ``_units_used`` tells, reading the pairs
    only one group holds: sentence 2 used through its first clause in one group and through its second by a
    pair between the groups' other sentences does not overlap; a whole copy gives way to a clause."""
    def unit(n: int, start: int, end: int) -> Unit:
        return Unit(n, n, Span(f"r{n}", start, end), ("pier",), (), frozenset({"pier"}), frozenset(), frozenset(),
                    False, False, frozenset(), False)

    whole = [unit(n, 0, 20) for n in range(4)]
    early, late = unit(2, 0, 10), unit(2, 12, 20)
    pairs = {(0, 2): PairMatch(0, 2, 0.5, "paraphrase", whole[0], early, True),
             (1, 3): PairMatch(1, 3, 1.0, "verbatim", whole[1], whole[3], True),
             (0, 1): PairMatch(0, 1, 1.0, "verbatim", whole[0], whole[1], True)}
    cases = [([0, 2], [1, 3], {}, True),
             ([0, 2], [1, 3], {(2, 3): PairMatch(2, 3, 0.5, "paraphrase", late, whole[3], True)}, False),
             ([0, 2], [2, 3], {(2, 3): PairMatch(2, 3, 0.5, "paraphrase", early, whole[3], True)}, True),
             ([0, 1, 2], [1, 2, 3], {(1, 2): PairMatch(1, 2, 0.5, "paraphrase", whole[1], late, True)}, False),
             ([0, 1], [1, 2], {(1, 2): PairMatch(1, 2, 1.0, "verbatim", whole[1], whole[2], True)}, True)]
    for mine, theirs, more, overlap in cases:
        used = grouping._Used(whole, pairs | more)
        union = grouping._units_used(set(mine) | set(theirs), whole, pairs | more)
        assert used.overlap(mine, theirs) is grouping._overlap(union, whole) is overlap


def test_copies_are_read_alike_once_their_class_shares_its_readings(tmp_path):
    """``units.read_alike``: the copies of one class share a number once ``share_readings`` has run; the lede
    printing their words, a changed figure and an unshared unit each have their own."""
    dossier, (whole, clauses, *_) = _prepared(tmp_path)
    copies = [_number(dossier, whole, name, COPIED) for name in ("first", "second")]
    lede, changed = _number(dossier, whole, "third", COPIED), _number(dossier, whole, "fourth", CHANGED)
    assert read_alike(whole[copies[0]]) != read_alike(whole[copies[1]])  # nothing shared yet: each unit its own
    share_readings(whole, clauses, alike_classes(whole, clauses))
    assert read_alike(whole[copies[0]]) == read_alike(whole[copies[1]])
    assert len({read_alike(whole[copies[0]]), read_alike(whole[lede]), read_alike(whole[changed])}) == 3


def test_a_copy_beside_a_core_is_a_look_up(tmp_path, monkeypatch):
    """``grouping._off_core``: whether a member makes the statement of a link's core is read of its text once; a
    copy of it asked beside the same core gets the same answer without reading it again."""
    dossier, prepared = _prepared(tmp_path)
    whole, _, weights, _, names = prepared
    pairs = {(m.a, m.b): m for m in judging.find_pairs(*prepared, quiet)}  # the copies share their readings
    copies = [_number(dossier, whole, name, COPIED) for name in ("first", "second")]
    lede, changed = _number(dossier, whole, "third", COPIED), _number(dossier, whole, "fourth", CHANGED)
    core = pairs[min(lede, changed), max(lede, changed)]
    members = [*copies, lede, changed]
    alone = [grouping._off_core(members, core, whole, weights, names, pairs, {}, [copy]) for copy in copies]
    read = []
    real = grouping.happenings
    monkeypatch.setattr(grouping, "happenings", lambda unit: read.append(unit) or real(unit))
    known: dict = {}
    together = [grouping._off_core(members, core, whole, weights, names, pairs, known, [copy]) for copy in copies]
    assert together == alone
    assert any(unit is whole[copies[0]] for unit in read) and not any(unit is whole[copies[1]] for unit in read)


def test_two_classes_met_both_ways_round_are_judged_once(tmp_path, monkeypatch):
    """A sentence of one class before one of another in two reports, after it in two others: the two classes are
    judged once, the lower first, and each pair of sentences gets the clause of its own side (as judged one by one)."""
    closed = "the harbour board voted on Tuesday to close the old Brenmoor ferry pier for eighteen months of repairs"
    first, second = f"{closed.capitalize()}, and shop owners along the quay fear a long winter.", f"Fishermen were told to moor at the northern jetty, and {closed}."
    for name, (opening, text) in {"r1": ("Tolvy residents packed the town hall to hear the plans.", first), "r2": ("Few boats came into the harbour this autumn.", second),
                                  "r3": ("The board will meet again in May to hear the traders.", second), "r4": ("Traders on the quay were worried about the winter.", first)}.items():
        (tmp_path / f"{name}.md").write_text(f"---\noutlet: {name.title()}\n---\n{opening} {text}\n", encoding="utf-8")
    dossier = load_dossier(tmp_path)
    prepared = prepare(dossier, {a.id: segment_article(a) for a in dossier.articles})
    classes = alike_classes(prepared[0], prepared[1])
    judged = []
    real = judging._sentence_verdict
    monkeypatch.setattr(judging, "_sentence_verdict", lambda a, b, *rest: judged.append((classes[a], classes[b])) or real(a, b, *rest))
    by_class = judging.find_pairs(*prepared, quiet)
    assert any(classes[m.a] > classes[m.b] for m in by_class)  # met the other way round
    assert all(x <= y for x, y in judged) and len(judged) == len(set(judged))
    assert any(m.unit_a is not prepared[0][m.a] and m.unit_a.span != m.unit_b.span for m in by_class)  # a clause of each side
    monkeypatch.setattr(judging, "_sentence_verdict", real)
    monkeypatch.setattr(judging, "alike_classes", lambda whole, clauses: list(range(len(whole))))
    one_by_one = judging.find_pairs(*prepare(dossier, {a.id: segment_article(a) for a in dossier.articles}), quiet)
    assert [(m.a, m.b, m.score, m.kind, m.unit_a.span, m.unit_b.span, m.confident) for m in by_class] == \
        [(m.a, m.b, m.score, m.kind, m.unit_a.span, m.unit_b.span, m.confident) for m in one_by_one]
