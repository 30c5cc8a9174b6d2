"""Corrections: decisions keyed by stable things, applied purely, saved atomically, never blocking."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from reader.core.store.corrections import (
    SIDECAR_NAME,
    Anchor,
    Corrections,
    EntityKey,
    MergeEntities,
    accept_link,
    apply_corrections,
    described,
    drop_passage,
    from_json,
    load_corrections,
    merge_entities,
    private_sidecar_path,
    reject_link,
    save_corrections,
    sidecar_path,
    split_entity,
    stale_decisions,
    to_json,
    with_saved_corrections,
)
from reader.core.ingest.loading import load_dossier
from reader.core.store import writing
from reader.core.model import Analysis, Dossier, Entity, Link, Span

from tests.conftest import DATA, ROOT

MADE = DATA / "corrections" / "dossier"
BROKEN = DATA / "corrections" / "broken"


def find(dossier: Dossier, article_id: str, text: str, nth: int = 0) -> Span:
    """The ``nth`` occurrence of ``text`` in the article's body."""
    body = dossier.article(article_id).body
    start = -1
    for _ in range(nth + 1):
        start = body.index(text, start + 1)
    return Span(article_id, start, start + len(text))


def made_analysis(dossier: Dossier, id_prefix: str = "") -> Analysis:
    """The small made-up dossier with entities and links as an imperfect analysis might give them."""
    n, s = "northwind", "southgate"
    quote_n = find(dossier, n, "“These parts were not used as promised,” Rook said.")
    quote_s = find(dossier, s, "“These parts were not used as promised,” Ms. Rook said.")
    p = id_prefix
    entities = (
        Entity(f"{p}rook", "Dana Rook", "person", ("Dana Rook",), (find(dossier, n, "Dana Rook"), find(dossier, s, "Dana Rook"))),
        Entity(f"{p}eastland", "Eastland", "place", ("Eastland", "Eastland Cranes"), tuple(sorted((
            find(dossier, n, "Eastland"),
            find(dossier, n, "Eastland Cranes"),
            find(dossier, n, "Eastland", 2),
            find(dossier, s, "Eastland"),
            find(dossier, s, "Eastland Cranes"),
        ))), related=(f"{p}rook-2",), demonyms=("Eastlandic",)),
        Entity(f"{p}rook-2", "Rook", "person", ("Rook",), (find(dossier, n, "Rook", 1), find(dossier, s, "Rook", 1)),
               related=(f"{p}eastland",), demonyms=()),
    )
    links = (
        Link(f"{p}quote", "near", 0.93, (quote_n, quote_s)),
        Link(f"{p}wrong", "paraphrase", 0.41, (
            find(dossier, n, "Eastland Cranes and the Eastland government both denied the claim."),
            find(dossier, s, "Eastland Cranes, a private firm, said it would appeal."),
        )),
    )
    return Analysis(dossier=dossier, entities=entities, links=links)


@pytest.fixture
def made() -> Analysis:
    return made_analysis(load_dossier(MADE))


def entity(analysis: Analysis, name: str) -> Entity:
    (found,) = [e for e in analysis.entities if e.name == name]
    return found


def link(analysis: Analysis, link_id: str) -> Link:
    (found,) = [k for k in analysis.links if k.id == link_id]
    return found


def edited_copy(tmp_path: Path, article: str, old: str, new: str) -> Path:
    """A copy of the made dossier with one article's text changed."""
    folder = tmp_path / "edited"
    shutil.copytree(MADE, folder)
    path = folder / f"{article}.md"
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    return folder


# --- the value ------------------------------------------------------------------


def test_adding_returns_a_new_value_and_undo_removes_the_last_decision(made):
    first = merge_entities(entity(made, "Dana Rook"), entity(made, "Rook"))
    second = reject_link(made, link(made, "wrong"))
    empty = Corrections()
    both = empty.adding(first).adding(second)
    assert empty.decisions == ()
    assert both.decisions == (first, second)
    assert both.undoing() == Corrections((first,))
    assert empty.undoing() == empty


def test_every_kind_of_decision_survives_json(made):
    corrections = Corrections((
        merge_entities(entity(made, "Dana Rook"), entity(made, "Rook")),
        split_entity(made, entity(made, "Eastland"), ("Eastland Cranes",), (find(made.dossier, "northwind", "Eastland", 2),)),
        reject_link(made, link(made, "wrong")),
        accept_link(made, link(made, "quote")),
        drop_passage(made, link(made, "quote"), link(made, "quote").passages[1]),
    ))
    text = to_json(corrections)
    document = json.loads(text)
    assert (document["format"], document["version"]) == ("dossier-reader corrections", 1)
    assert [d["decision"] for d in document["decisions"]] == ["merge", "split", "reject", "accept", "drop"]
    assert from_json(text) == corrections


def test_decisions_are_keyed_by_names_and_fingerprinted_spans_not_ids(made):
    decision = accept_link(made, link(made, "quote"))
    document = json.loads(to_json(Corrections((decision, merge_entities(entity(made, "Dana Rook"), entity(made, "Rook"))))))
    assert "quote" not in json.dumps(document) and "rook-2" not in json.dumps(document)
    anchor = document["decisions"][0]["passages"][0]
    assert set(anchor) == {"article", "start", "end", "fingerprint"} and len(anchor["fingerprint"]) == 12


# --- applying -------------------------------------------------------------------


def test_merge_keeps_the_first_id_and_name_and_unions_the_rest(made):
    corrected = apply_corrections(made, Corrections((merge_entities(entity(made, "Dana Rook"), entity(made, "Rook")),)))
    rook = entity(corrected, "Dana Rook")
    assert rook.id == "rook"
    assert rook.aliases == ("Dana Rook", "Rook")
    assert len(rook.mentions) == 4 and list(rook.mentions) == sorted(rook.mentions)
    assert rook.related == ("eastland",)
    assert [e.id for e in corrected.entities] == ["rook", "eastland"]
    # Whatever pointed at the absorbed entity now points at the kept one.
    assert entity(corrected, "Eastland").related == ("rook",)
    # The analysis given is untouched: the cache keeps it uncorrected.
    assert [e.id for e in made.entities] == ["rook", "eastland", "rook-2"]


def test_decisions_apply_to_a_new_analysis_whose_ids_changed(made):
    corrections = Corrections((
        merge_entities(entity(made, "Dana Rook"), entity(made, "Rook")),
        reject_link(made, link(made, "wrong")),
    ))
    renumbered = made_analysis(made.dossier, id_prefix="run2-")
    corrected = apply_corrections(renumbered, corrections)
    assert [e.id for e in corrected.entities] == ["run2-rook", "run2-eastland"]
    assert [k.id for k in corrected.links] == ["run2-quote"]
    assert stale_decisions(renumbered, corrections) == ()


def test_split_by_alias_moves_those_mentions_into_a_new_entity(made):
    decision = split_entity(made, entity(made, "Eastland"), ("Eastland Cranes",))
    corrected = apply_corrections(made, Corrections((decision,)))
    place, firm = corrected.entities[1], corrected.entities[2]
    assert (place.id, place.name, place.aliases) == ("eastland", "Eastland", ("Eastland",))
    assert [corrected.dossier.article(m.article).text(m) for m in place.mentions] == ["Eastland"] * 3
    assert (firm.id, firm.name, firm.type, firm.aliases) == ("eastland.eastland-cranes", "Eastland Cranes", "place", ("Eastland Cranes",))
    assert len(firm.mentions) == 2 and set(firm.mentions).isdisjoint(place.mentions)


def test_split_by_pinned_mention_moves_just_that_mention(made):
    government = find(made.dossier, "northwind", "Eastland", 2)
    decision = split_entity(made, entity(made, "Eastland"), mentions=(government,))
    corrected = apply_corrections(made, Corrections((decision,)))
    assert corrected.entities[2].mentions == (government,)
    assert government not in corrected.entities[1].mentions and len(corrected.entities[1].mentions) == 4


def test_splitting_out_the_canonical_name_renames_what_stays(made):
    corrected = apply_corrections(made, Corrections((split_entity(made, entity(made, "Eastland"), ("Eastland",)),)))
    assert [(e.name, len(e.mentions)) for e in corrected.entities[1:3]] == [("Eastland Cranes", 2), ("Eastland", 3)]


def _wrongly_merged(made):
    """A person named in full and by surname, merged by mistake into a place: the analysis, the merge, the merged
    entity and the person as it was."""
    full, short = entity(made, "Dana Rook"), entity(made, "Rook")
    person = replace(full, aliases=("Dana Rook", "Rook"), mentions=tuple(sorted(full.mentions + short.mentions)))
    analysis = made.replaced(entities=(entity(made, "Eastland"), person))
    merged = Corrections((merge_entities(entity(analysis, "Eastland"), person),))
    return analysis, merged, entity(apply_corrections(analysis, merged), "Eastland"), person


def test_splitting_a_merged_entity_out_again_takes_back_its_short_forms(made):
    """A wrong merge undone by a split: the absorbed entity's surname alone goes with its full name."""
    analysis, merged, wrong, person = _wrongly_merged(made)
    split = merged.adding(split_entity(analysis, wrong, ("Dana Rook",)))
    corrected = apply_corrections(analysis, split)
    place, back = entity(corrected, "Eastland"), entity(corrected, "Dana Rook")
    assert (place.aliases, len(place.mentions)) == (("Eastland", "Eastland Cranes"), 5)
    assert (back.type, back.aliases, back.mentions) == ("person", ("Dana Rook", "Rook"), person.mentions)
    assert stale_decisions(analysis, split) == ()


def test_splitting_out_a_short_form_of_a_merged_entity_moves_that_form_only(made):
    analysis, merged, wrong, _ = _wrongly_merged(made)
    corrected = apply_corrections(analysis, merged.adding(split_entity(analysis, wrong, ("Rook",))))
    assert [(e.name, len(e.mentions)) for e in corrected.entities] == [("Eastland", 7), ("Rook", 2)]


def test_split_by_pinned_mention_keeps_the_name_the_other_mentions_use(made):
    government = find(made.dossier, "northwind", "Eastland", 2)
    corrected = apply_corrections(made, Corrections((split_entity(made, entity(made, "Eastland"), mentions=(government,)),)))
    assert (corrected.entities[1].name, corrected.entities[1].aliases) == ("Eastland", ("Eastland", "Eastland Cranes"))


def test_split_of_every_mention_or_of_an_unknown_alias_is_stale(made):
    everything = split_entity(made, entity(made, "Dana Rook"), ("Dana Rook",))
    unknown = split_entity(made, entity(made, "Dana Rook"), ("Nobody",))
    corrections = Corrections((everything, unknown))
    assert apply_corrections(made, corrections).entities == made.entities
    assert stale_decisions(made, corrections) == (everything, unknown)


def test_rejected_link_disappears_everywhere(made):
    corrected = apply_corrections(made, Corrections((reject_link(made, link(made, "wrong")),)))
    assert [k.id for k in corrected.links] == ["quote"]
    assert all("wrong" not in [k.id for k in links] for links in corrected.links_by_article.values())


def test_accepted_link_is_marked_and_recreated_when_a_new_analysis_drops_it(made):
    decision = accept_link(made, link(made, "quote"))
    corrected = apply_corrections(made, Corrections((decision,)))
    assert link(corrected, "quote").accepted and not link(corrected, "wrong").accepted
    dropped = Analysis(made.dossier, entities=made.entities, links=(link(made, "wrong"),))
    recreated = apply_corrections(dropped, Corrections((decision,)))
    (again,) = [k for k in recreated.links if k.accepted]
    assert again.passages == link(made, "quote").passages
    assert (again.kind, again.score) == ("near", 0.93) and again.id.startswith("accepted-")


def test_a_weaker_link_is_judged_like_a_confident_one(made):
    """Rejected, it is gone from the weaker links too (W does not bring it back); accepted, it is confident."""
    shaky = replace(link(made, "wrong"), confident=False)
    weaker = replace(made, links=(link(made, "quote"),), weaker_links=(shaky,))
    rejected = apply_corrections(weaker, Corrections((reject_link(weaker.with_weaker_links(), shaky),)))
    assert (rejected.links, rejected.weaker_links) == (weaker.links, ())
    accepted = apply_corrections(weaker, Corrections((accept_link(weaker.with_weaker_links(), shaky),)))
    assert accepted.weaker_links == () and [(k.id, k.accepted, k.confident) for k in accepted.links] == [
        ("quote", False, True), ("wrong", True, True)]


def test_a_dropped_passage_leaves_the_rest_of_its_link(analysis):
    """Right in most reports, wrong in one: the link goes on without that one, under a new id (its
    differences and comparisons are worked out again), and an undo brings it back whole."""
    wide = next(k for k in analysis.links if len(k.passages) >= 3)
    wrong = wide.passages[-1]
    decision = drop_passage(analysis, wide, wrong)
    corrected = apply_corrections(analysis, Corrections((decision,)))
    (kept,) = [k for k in corrected.links if set(k.passages) == set(wide.passages) - {wrong}]
    assert kept.id != wide.id and (kept.kind, kept.score) == (wide.kind, wide.score)
    assert kept.id in corrected.findings.differences and wide.id not in corrected.findings.differences
    assert all(wrong not in k.passages or k.id != kept.id for k in corrected.links)
    assert len(corrected.links) == len(analysis.links)
    assert apply_corrections(analysis, Corrections((decision,)).undoing()) is analysis


def test_corrections_share_what_was_found_of_the_text_alone(analysis):
    """What a finding builds of the text alone (each figure's context words, each sentence's content
    words) is built once for an analysis and all its corrections, kept with them, not in the core for
    the dossier last read: each correction round finds what the rounds before built."""
    base = replace(analysis)  # the same text, none of the session's tables
    table = base.derived("probe", object, of="text")
    rejected = apply_corrections(base, Corrections((reject_link(base, base.links[0]),)))
    assert rejected.derived("probe", list, of="text") is table
    built = rejected.derived("built while correcting", object, of="text")
    dropped = apply_corrections(base, Corrections((drop_passage(base, base.links[0], base.links[0].passages[-1]),)))
    assert dropped.derived("built while correcting", list, of="text") is built
    assert base.with_weaker_links().derived("probe", list, of="text") is table
    assert base.replaced(corrections=()).derived("probe", list, of="text") is table
    other_text = base.replaced(sentences=dict(base.sentences))
    assert other_text.derived("probe", list, of="text") is not table


def test_dropping_passages_down_to_one_report_removes_the_link(analysis):
    wide = next(k for k in analysis.links if len(k.passages) == 3)
    first = drop_passage(analysis, wide, wide.passages[0])
    once = apply_corrections(analysis, Corrections((first,)))
    (pair,) = [k for k in once.links if set(k.passages) == set(wide.passages[1:])]
    twice = apply_corrections(analysis, Corrections((first, drop_passage(once, pair, pair.passages[0]))))
    assert pair.id not in {k.id for k in twice.links} and len(twice.links) == len(analysis.links) - 1


def test_a_drop_whose_passage_is_gone_is_stale(made, tmp_path):
    decision = drop_passage(made, link(made, "quote"), link(made, "quote").passages[1])
    edited = load_dossier(edited_copy(tmp_path, "southgate", "Ms. Rook said", "Ms. Roke said"))
    fresh = made_analysis(load_dossier(MADE))
    assert stale_decisions(fresh, Corrections((decision,))) == ()
    assert stale_decisions(Analysis(edited), Corrections((decision,))) == (decision,)


def test_the_later_decision_about_a_link_wins(made):
    accept, reject = accept_link(made, link(made, "quote")), reject_link(made, link(made, "quote"))
    assert [k.id for k in apply_corrections(made, Corrections((accept, reject))).links] == ["wrong"]
    readded = apply_corrections(made, Corrections((reject, accept))).links
    assert [k.accepted for k in readded] == [False, True] and readded[1].passages == link(made, "quote").passages


def test_an_edited_article_makes_link_decisions_stale_instead_of_wrong(made, tmp_path):
    decisions = Corrections((accept_link(made, link(made, "quote")), reject_link(made, link(made, "wrong"))))
    folder = edited_copy(tmp_path, "southgate", "Exports of crane parts", "All exports of crane parts")
    edited = load_dossier(folder)
    fresh = Analysis(edited)  # a new analysis that found no links at all
    assert apply_corrections(fresh, decisions).links == ()
    assert stale_decisions(fresh, decisions) == decisions.decisions


def test_anchor_is_invalid_when_the_text_at_its_offsets_changed(made, tmp_path):
    anchor = Anchor.of(made.dossier, find(made.dossier, "northwind", "Rook said"))
    assert anchor.resolve(made.dossier) == find(made.dossier, "northwind", "Rook said")
    same_length = load_dossier(edited_copy(tmp_path, "northwind", "Rook said", "Roke said"))
    assert anchor.resolve(same_length) is None
    assert Anchor("gone", 0, 3, anchor.fingerprint).resolve(made.dossier) is None
    assert Anchor("northwind", 0, 10**6, anchor.fingerprint).resolve(made.dossier) is None


def test_no_decisions_gives_back_the_same_analysis(made):
    assert apply_corrections(made, Corrections()) is made


def test_merge_of_names_that_no_longer_exist_is_stale_and_changes_nothing(made):
    decision = MergeEntities(EntityKey("Nobody", "person"), EntityKey("Dana Rook", "person"))
    assert apply_corrections(made, Corrections((decision,))).entities == made.entities
    assert stale_decisions(made, Corrections((decision,))) == (decision,)


def test_merge_already_made_by_the_analysis_is_not_stale(made):
    merge = merge_entities(entity(made, "Dana Rook"), entity(made, "Rook"))
    once = apply_corrections(made, Corrections((merge,)))
    assert apply_corrections(once, Corrections((merge,))).entities == once.entities
    assert stale_decisions(once, Corrections((merge,))) == ()


# --- the sidecar ----------------------------------------------------------------


@pytest.fixture
def folder(tmp_path) -> Path:
    target = tmp_path / "dossier"
    shutil.copytree(MADE, target)
    return target


def sample(made: Analysis) -> Corrections:
    return Corrections((
        merge_entities(entity(made, "Dana Rook"), entity(made, "Rook")),
        reject_link(made, link(made, "wrong")),
    ))


def test_save_then_load_gives_the_same_corrections_and_never_touches_articles(made, folder):
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    assert save_corrections(folder, sample(made)) is None
    assert load_corrections(folder) == (sample(made), None)
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.name != SIDECAR_NAME} == before
    # The loader does not take the sidecar for an article.
    assert [a.id for a in load_dossier(folder).articles] == ["northwind", "southgate"]


def test_no_sidecar_means_no_corrections_and_no_problem(folder):
    assert load_corrections(folder) == (Corrections(), None)


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("truncated.json", "not valid JSON (line 3"),
        ("not-json.json", "not valid JSON (line 1"),
        ("wrong-format.json", "not a dossier-reader corrections file"),
        ("newer-version.json", "written by a newer dossier-reader (schema version 7)"),
        ("bad-field.json", "decision 1 (reject) is missing a field or has one of the wrong type"),
        ("unknown-kind.json", "decision 1 has unknown kind 'rename'"),
        ("not-utf8.json", "not UTF-8 text"),
        ("a-list.json", "not a dossier-reader corrections file"),
    ],
)
def test_a_corrupt_sidecar_gives_one_clear_line_and_no_corrections(folder, name, reason):
    shutil.copy(BROKEN / name, folder / SIDECAR_NAME)
    corrections, problem = load_corrections(folder)
    assert corrections == Corrections()
    assert problem is not None and "\n" not in str(problem)
    assert problem.path == str(folder / SIDECAR_NAME)
    assert str(problem).startswith(f"{folder / SIDECAR_NAME}: corrections not applied: {reason}")
    # The dossier still opens.
    assert len(load_dossier(folder).articles) == 2


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("[" * 100_000, "not valid JSON (nested too deeply)"),
        ('{"format": "dossier-reader corrections", "version": 1, "decisions": [{"decision": "accept", '
         '"passages": [], "score": NaN}]}', "decision 1 (accept) is missing a field"),
        ('{"format": "dossier-reader corrections", "version": 1, "decisions": [{"decision": "accept", '
         '"passages": [], "score": 7}]}', "decision 1 (accept) is missing a field"),
        ('{"format": "dossier-reader corrections", "version": "1", "decisions": []}', "unknown schema version '1'"),
        ('{"format": "dossier-reader corrections", "version": 1, "decisions": {}}', "'decisions' is not a list"),
        ('{"format": "dossier-reader corrections", "version": 1, "decisions": [{"decision": "merge", '
         '"keep": {"name": "A", "type": "alien"}, "absorb": {"name": "B", "type": "person"}}]}', "decision 1 (merge)"),
    ],
)
def test_hostile_sidecars_are_refused_in_one_line(folder, text, reason):
    (folder / SIDECAR_NAME).write_text(text, encoding="utf-8")
    corrections, problem = load_corrections(folder)
    assert corrections == Corrections() and reason in problem.message and "\n" not in problem.message


def test_an_oversized_sidecar_is_refused_unread(folder, monkeypatch):
    import reader.core.store.corrections as module

    monkeypatch.setattr(module, "MAX_SIDECAR_BYTES", 1024 * 1024)
    (folder / SIDECAR_NAME).write_bytes(b" " * (1024 * 1024 + 1))
    assert load_corrections(folder)[1].message.startswith("corrections not applied: larger than 1.0 MiB")


def test_a_folder_in_place_of_the_sidecar_is_reported_on_load_and_save(made, folder):
    (folder / SIDECAR_NAME).mkdir()
    assert load_corrections(folder)[1] is not None
    assert save_corrections(folder, sample(made)) is not None


def test_saving_over_a_corrupt_sidecar_keeps_it_aside(made, folder):
    shutil.copy(BROKEN / "truncated.json", folder / SIDECAR_NAME)
    assert save_corrections(folder, sample(made)) is None
    assert (folder / f"{SIDECAR_NAME}.bad").read_bytes() == (BROKEN / "truncated.json").read_bytes()
    assert load_corrections(folder) == (sample(made), None)


def test_a_failed_rename_leaves_the_old_sidecar_whole(made, folder, monkeypatch):
    save_corrections(folder, Corrections(sample(made).decisions[:1]))
    old = (folder / SIDECAR_NAME).read_bytes()

    def crash(*args, **kwargs):
        raise OSError(5, "Input/output error")

    with monkeypatch.context() as patch:
        patch.setattr(os, "replace", crash)
        problem = save_corrections(folder, sample(made))
    assert problem is not None and "corrections not saved: input/output error" in str(problem)
    assert (folder / SIDECAR_NAME).read_bytes() == old
    assert load_corrections(folder) == (Corrections(sample(made).decisions[:1]), None)
    assert sorted(p.name for p in folder.iterdir()) == [SIDECAR_NAME, "northwind.md", "southgate.md"]


def test_nowhere_to_write_fails_to_save_with_a_clear_message(made, folder, monkeypatch):
    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(writing, "_locked_temp", denied)
    problem = save_corrections(folder, sample(made))
    private = private_sidecar_path(folder)
    assert str(problem) == f"{private}: corrections not saved: the folder or file is read-only"
    assert not (folder / SIDECAR_NAME).exists() and not private.exists()


@pytest.mark.skipif(os.name != "posix", reason="folder modes are POSIX")
def test_a_really_read_only_folder_keeps_its_corrections_privately(made, folder):
    folder.chmod(0o555)
    try:
        assert save_corrections(folder, sample(made)) is None
    finally:
        folder.chmod(0o755)
    assert private_sidecar_path(folder).exists() and load_corrections(folder) == (sample(made), None)


def test_one_file_dossier_keeps_its_sidecar_beside_the_file(made, folder):
    article = folder / "northwind.md"
    assert sidecar_path(article) == folder / ".northwind.md.dossier-reader.json"
    assert save_corrections(article, sample(made)) is None
    assert load_corrections(article) == (sample(made), None)
    assert load_corrections(folder) == (Corrections(), None)


_SAVER = """
import builtins, io, os, sys, time
from reader.core.store.corrections import Anchor, Corrections, RejectLink, save_corrections

class SlowDisk:
    # Writes trickle out in small flushed chunks, so a kill lands mid-write.

    def __init__(self, handle):
        self._handle = handle

    def write(self, text):
        for at in range(0, len(text), 2048):
            self._handle.write(text[at : at + 2048])
            self._handle.flush()
            time.sleep(0.0005)
        return len(text)

    def __getattr__(self, name):
        return getattr(self._handle, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return self._handle.__exit__(*exc)

def slowly(opener):
    def opened(file, mode="r", *args, **kwargs):
        handle = opener(file, mode, *args, **kwargs)
        return SlowDisk(handle) if "w" in mode else handle
    return opened

io.open = builtins.open = slowly(io.open)
os.fdopen = slowly(os.fdopen)
anchor = Anchor("northwind", 0, 10, "0" * 12)
for count in range(1, 100000):
    save_corrections(sys.argv[1], Corrections(tuple(RejectLink((anchor, anchor)) for _ in range(count % 50 * 40 + 1))))
    print(count, flush=True)
"""


def test_a_kill_in_the_middle_of_repeated_saves_never_leaves_a_broken_sidecar(folder):
    """SIGKILL a process that saves large sidecars in a loop on a slow disk; what is left must always load."""
    for delay in (0.05, 0.13, 0.21, 0.34, 0.55):
        saver = subprocess.Popen(
            [sys.executable, "-c", _SAVER, str(folder)], cwd=ROOT, stdout=subprocess.PIPE, text=True
        )
        assert saver.stdout.readline().strip() == "1"  # at least one save finished
        time.sleep(delay)
        saver.send_signal(signal.SIGKILL)
        saver.wait()
        saver.stdout.close()
        corrections, problem = load_corrections(folder)
        assert problem is None
        assert (len(corrections.decisions) - 1) % 40 == 0


# --- the five reports, opened again ------------------------------------------------


def reopen(folder: Path) -> tuple[Analysis, Corrections]:
    """What every later open does: load, analyse afresh, read the sidecar."""
    from reader.core.pipeline import analyse

    corrections, problem = load_corrections(folder)
    assert problem is None
    return analyse(load_dossier(folder)), corrections


def test_corrections_on_the_five_reports_apply_on_every_later_open(analysis, tmp_path):
    folder = tmp_path / "reports"
    shutil.copytree(ROOT / "articles", folder)
    wescam, technologies = entity(analysis, "L3Harris WESCAM"), entity(analysis, "L3Harris Technologies Inc.")
    # A link of body passages: editing the body (below) moves them, a title passage would stay.
    first_link = next(link for link in analysis.links if len(link.passages) == 2 and not any(p.in_title for p in link.passages))
    decisions = Corrections((merge_entities(wescam, technologies), reject_link(analysis, first_link)))
    assert save_corrections(folder, decisions) is None

    fresh, corrections = reopen(folder)
    corrected = apply_corrections(fresh, corrections)
    merged = entity(corrected, "L3Harris WESCAM")
    assert len(merged.mentions) == len(wescam.mentions) + len(technologies.mentions)
    assert "L3Harris Technologies Inc." in merged.aliases
    assert all(link.passages != first_link.passages for link in corrected.links)
    assert len(corrected.links) == len(fresh.links) - 1

    # Someone edits an article of the rejected pair: that decision goes stale, the merge still holds.
    edited = folder / f"{first_link.passages[0].article}.md"
    text = edited.read_text(encoding="utf-8")
    header_end = text.index("---", 3) + 3
    edited.write_text(text[:header_end] + "\n\nA new opening paragraph.\n" + text[header_end:], encoding="utf-8")
    fresh, corrections = reopen(folder)
    assert stale_decisions(fresh, corrections) == (corrections.decisions[1],)
    corrected = apply_corrections(fresh, corrections)
    assert len(corrected.links) == len(fresh.links)
    assert "L3Harris Technologies Inc." in entity(corrected, "L3Harris WESCAM").aliases


def test_with_saved_corrections_applies_the_sidecar_or_reports_it(made, folder):
    assert with_saved_corrections(made, folder) == (made, Corrections(), None)
    save_corrections(folder, sample(made))
    corrected, corrections, problem = with_saved_corrections(made, folder)
    assert (corrections, problem) == (sample(made), None)
    assert [k.id for k in corrected.links] == ["quote"] and len(corrected.entities) == 2
    (folder / SIDECAR_NAME).write_text("{", encoding="utf-8")
    corrected, corrections, problem = with_saved_corrections(made, folder)
    assert corrected is made and corrections == Corrections() and "not valid JSON" in problem.message


def test_corrections_that_no_longer_apply_are_said_once_not_dropped_unsaid(made, folder):
    """A report edited since its link was rejected: the rejection applied to nothing and nobody was
    told (the reader showed the link again, the export counted no correction). The open and the export
    say which decisions no longer apply, in one line naming the file that keeps them."""
    save_corrections(folder, sample(made))
    path = folder / "northwind.md"
    path.write_text(path.read_text(encoding="utf-8").replace("both denied", "each denied"), encoding="utf-8")
    edited = Analysis(load_dossier(folder), entities=made.entities, links=made.links)  # the same offsets
    corrected, corrections, problem = with_saved_corrections(edited, folder)
    assert corrections == sample(made) and [k.id for k in corrected.links] == ["quote", "wrong"]
    assert len(corrected.entities) == 2  # the merge still applies
    assert problem.path == str(folder / SIDECAR_NAME)
    assert problem.message == ("1 correction no longer applies, what it was made on being edited or gone: "
                               f"{described(corrections.decisions[1], edited.dossier)}")
    assert "\n" not in problem.message


def test_any_name_is_saved_and_read_back_inert(folder):
    odd = MergeEntities(EntityKey("Çavuşoğlu \ud800 “quoted”", "person"), EntityKey("Cavusoglu", "person"))
    assert save_corrections(folder, Corrections((odd,))) is None
    inert = MergeEntities(EntityKey("Çavuşoğlu \ufffd “quoted”", "person"), EntityKey("Cavusoglu", "person"))
    assert load_corrections(folder) == (Corrections((inert,)), None)


def test_each_decision_is_said_in_words_for_an_undo():
    from reader.core.store.corrections import AcceptLink, Anchor, DropPassage, EntityKey, MergeEntities, RejectLink, SplitEntity, described

    garneau, other = EntityKey("Marc Garneau", "person"), EntityKey("Cavusoglu", "person")
    passages = (Anchor("a", 0, 5, "x"), Anchor("b", 0, 5, "y"), Anchor("b", 9, 12, "z"))
    assert described(MergeEntities(garneau, other)) == "the merge of Cavusoglu into Marc Garneau"
    assert described(SplitEntity(garneau, ("Mr. Garneau",))) == "the split of Mr. Garneau out of Marc Garneau"
    assert described(RejectLink(passages)) == "the rejection of a link across 2 reports"
    assert described(AcceptLink(passages[:1])) == "the acceptance of a link across 1 report"
    assert described(DropPassage(passages, passages[0])) == "the removal of a passage from a link across 2 reports"


def test_a_link_decision_names_the_link_by_its_first_words_when_the_dossier_is_known(made):
    """``U`` in a new session said "Undid the rejection of a link across 3 reports": which? With the
    dossier, a link is named by its first passage's words, as the palette names it; a passage whose
    text changed since is passed over."""
    from reader.core.store.corrections import described, in_marks, reject_link

    dossier = made.dossier
    chosen = made.links[0]
    first = dossier.article(chosen.passages[0].article).text(chosen.passages[0])
    reports = len({span.article for span in chosen.passages})
    decision = reject_link(made, chosen)
    assert described(decision, dossier) == f"the rejection of the link {in_marks(first)} across {reports} reports"
    stale = replace(decision, passages=(replace(decision.passages[0], fingerprint="0" * 12), *decision.passages[1:]))
    second = dossier.article(chosen.passages[1].article).text(chosen.passages[1])
    assert described(stale, dossier) == f"the rejection of the link {in_marks(second)} across {reports} reports"


def test_a_passage_taken_out_of_a_link_is_named_by_its_report_and_words(made):
    """The export listed "the removal of a passage from the link …": whose? The report and the
    words of the passage taken out are named; the link by a passage it kept."""
    from reader.core.export.documents import to_markdown
    from reader.core.store.corrections import described, in_marks

    dossier = made.dossier
    quote = link(made, "quote")
    kept, taken = quote.passages
    decision = drop_passage(made, quote, taken)
    words = in_marks(dossier.article(taken.article).text(taken))
    named = (f"the removal of {dossier.names[taken.article]}'s passage {words} from the link "
             f"{in_marks(dossier.article(kept.article).text(kept))} across 2 reports")
    assert described(decision, dossier) == named
    assert f"- {named}" in to_markdown(apply_corrections(made, Corrections((decision,))))
    stale = replace(decision, passage=replace(decision.passage, fingerprint="0" * 12))
    assert described(stale, dossier).startswith(f"the removal of {dossier.names[taken.article]}'s passage from the link")


def test_a_link_decision_whose_passage_was_edited_is_stale_where_other_links_share_the_rest(tmp_path):
    """One report's sentence of a rejected link edited, the two others' sentences left: the rejection
    took away every link holding those two, links of other statements of the first report the user
    never judged. Where the passages left do not single out one link, the decision is stale."""
    folder = tmp_path / "bridge"
    folder.mkdir()
    (folder / "a.md").write_text("The council closed the bridge on Monday.\n\nThe mayor called the bridge unsafe.\n\n"
                                 "Repairs will take a year.\n", encoding="utf-8")
    (folder / "b.md").write_text("The bridge shut on Monday after the council called it unsafe for a year.\n", encoding="utf-8")
    (folder / "c.md").write_text("Councillors shut the unsafe bridge on Monday for a year of repairs.\n", encoding="utf-8")

    def links_of(dossier: Dossier) -> tuple[Link, ...]:
        b, c = Span("b", 0, len(dossier.article("b").body)), Span("c", 0, len(dossier.article("c").body))
        return tuple(Link(f"l{n}", "paraphrase", 0.5, (Span("a", start, end), b, c))
                     for n, (start, end) in enumerate(dossier.article("a").paragraphs))

    before = Analysis(load_dossier(folder), links=links_of(load_dossier(folder)))
    decision = Corrections((reject_link(before, before.links[0]),))
    assert [k.id for k in apply_corrections(before, decision).links] == ["l1", "l2"]
    (folder / "a.md").write_text((folder / "a.md").read_text(encoding="utf-8").replace("closed", "shut"), encoding="utf-8")
    edited = load_dossier(folder)
    after = Analysis(edited, links=links_of(edited))
    assert [k.id for k in apply_corrections(after, decision).links] == ["l0", "l1", "l2"]
    assert stale_decisions(after, decision) == decision.decisions
