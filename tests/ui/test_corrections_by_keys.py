"""Corrections made by keys, through Pilot: a link rejected (x) and brought back (U), entities
merged and a name split out (with the alias picker and its question), each kept in the dossier's
sidecar for the next open; a folder that cannot be written and a corrupt sidecar are said, never
a crash. Made on a temporary copy of the bundled dossier."""

from __future__ import annotations

import shutil

import pytest

from reader.core.entities.clusters import fuller
from reader.core.store.corrections import MergeEntities, RejectLink, load_corrections, sidecar_path
from reader.core.model import Link
from reader.ui.app import build_app
from reader.ui.screens.coverage import CoverageScreen
from reader.ui.widgets.entity_panel import EntityPanel
from reader.ui.widgets.key_bar import KeyBar
from tests.conftest import BUNDLED
from tests.helpers import compare_pair, on_top, told, until

GLOBE, MONITOR = "the-globe-and-mail", "al-monitor"


@pytest.fixture
def folder(tmp_path):
    """A writable copy of the bundled dossier, where corrections are kept."""
    return shutil.copytree(BUNDLED, tmp_path / "d")


async def _reject_garneau_link(pilot, bundled, analysis) -> Link:
    """Open the compare view on Garneau's "Following this review…" and press x; the link rejected."""
    app = pilot.app
    screen = await compare_pair(pilot, analysis, GLOBE, MONITOR, "Following this review")
    link = screen.passages("left")[screen.active_column.cursor].link
    assert link is not None
    await pilot.press("x")
    # The correcting worker's analysis, taken by the app and then by the screen.
    await until(pilot, lambda: app.analysis is not analysis and screen.analysis is app.analysis, workers=True)
    return link


async def test_rejected_link_leaves_coverage_and_is_kept_for_the_next_open(bundled, analysis, folder):
    app = build_app(bundled, analysis=analysis, folder=folder)
    async with app.run_test(size=(120, 40)) as pilot:
        link = await _reject_garneau_link(pilot, bundled, analysis)
        screen = app.screen
        assert link.passages not in [other.passages for other in app.analysis.links]
        assert screen.passages("left")[screen.active_column.cursor].link is None or \
            screen.passages("left")[screen.active_column.cursor].link.passages != link.passages
        await pilot.press("m")
        await on_top(pilot, CoverageScreen)
        assert link.passages not in [row.passages for row in app.screen.links]
        assert len(app.screen.links) == len(analysis.links) - 1
    corrections, problem = load_corrections(folder)
    assert problem is None
    assert [type(d) for d in corrections.decisions] == [RejectLink]
    again = build_app(bundled, analysis=analysis, folder=folder)
    async with again.run_test(size=(120, 40)):  # the saved corrections are applied as it mounts
        assert link.passages not in [other.passages for other in again.analysis.links]


async def test_undo_brings_the_link_back_and_saves(bundled, analysis, folder):
    """The palette offers the undo only while there is a correction to undo."""
    app = build_app(bundled, analysis=analysis, folder=folder)

    def undo_offered() -> bool:
        return any(command.title.startswith("Corrections: undo") for command in app.get_system_commands(app.screen))

    async with app.run_test(size=(120, 40)) as pilot:
        assert not undo_offered()
        link = await _reject_garneau_link(pilot, bundled, analysis)
        assert undo_offered()
        # Every kind of decision the key undoes, X's too (it said "merge, split, rejection or acceptance").
        (undo,) = [c for c in app.get_system_commands(app.screen) if c.title.startswith("Corrections: undo")]
        assert all(kind in undo.help for kind in ("merge", "split", "rejection", "acceptance", "passage taken out"))
        await pilot.press("U")
        reports = len(link.passages)
        await until(pilot, lambda: any(said.startswith("Undid the rejection of the link “") and said.endswith(f"” across {reports} reports")
                                       for said in told(app)), workers=True)
        assert link.passages in [other.passages for other in app.analysis.links]
        assert not undo_offered()
    assert load_corrections(folder)[0].decisions == ()


async def _entity_panel_on(pilot, entity_id: str) -> EntityPanel:
    """Show the entity panel, focused, its cursor on ``entity_id``."""
    await pilot.press("e")
    panel = pilot.app.screen.query_one(EntityPanel)
    await until(pilot, lambda: panel.display)
    panel.focus()
    panel.highlighted = panel.get_option_index(entity_id)
    return panel


async def test_merging_two_entities_leaves_one_in_the_panel(bundled, analysis, folder):
    people = sorted((e for e in analysis.shared_entities if e.type == "person"), key=lambda e: e.name)
    marked, other = people[-1], people[0]  # the merged entity is not listed first
    keep = fuller(marked, other)  # the merge keeps the fuller name, whichever was marked
    absorb = other if keep is marked else marked
    app = build_app(bundled, analysis=analysis, folder=folder)
    async with app.run_test(size=(120, 40)) as pilot:
        panel = await _entity_panel_on(pilot, marked.id)

        def listed() -> set[str]:
            """The entities' names as listed, without their numbers."""
            options = [panel.get_option_at_index(i) for i in range(panel.option_count)]
            return {option.prompt.cells[0].plain.rstrip("⁰¹²³⁴⁵⁶⁷⁸⁹")
                    for option in options if option.id}

        assert {keep.name, absorb.name} <= listed()
        await pilot.press("M")
        panel.highlighted = panel.get_option_index(other.id)
        await pilot.press("M")
        # The correcting worker's analysis, then the panel refilled from it.
        await until(pilot, lambda: absorb.name not in listed(), workers=True)
        assert keep.name in listed()
        # The cursor stays on the merged entity (not the top row, where S would split another).
        assert panel.highlighted_entity() == keep.id
        assert len([e for e in app.analysis.shared_entities if e.type == "person"]) == len(people) - 1
        assert f"Merged {absorb.name} into {keep.name}: U undoes it" in told(app)
        (decision,) = load_corrections(folder)[0].decisions
        assert isinstance(decision, MergeEntities)
        assert (decision.keep.name, decision.absorb.name) == (keep.name, absorb.name)
        await pilot.press("U")  # the undo says what it takes back
        await until(pilot, lambda: f"Undid the merge of {absorb.name} into {keep.name}" in told(app), workers=True)
        assert panel.highlighted_entity() == keep.id


async def test_a_name_one_report_alone_uses_is_listed_with_a_and_merged_with_m(bundled, analysis, folder):
    """``A`` lists the entities one report alone names after the shared ones (the panel listed only shared
    ones, so ``M`` could not reach them); ``M`` on one and on a shared entity merges them; ``A`` again hides them."""
    once = next(e for e in analysis.entities if not e.shared and e.name == "Bayraktar")
    shared = next(e for e in analysis.shared_entities if e.name == "Bayraktar TB2")
    keep = fuller(once, shared)
    app = build_app(bundled, analysis=analysis, folder=folder)
    async with app.run_test(size=(120, 40)) as pilot:
        panel = await _entity_panel_on(pilot, shared.id)
        assert once.id not in {panel.get_option_at_index(i).id for i in range(panel.option_count)}
        await pilot.press("A")
        assert panel.highlighted_entity() == shared.id and "one report" in str(panel.border_title)
        panel.highlighted = panel.get_option_index(once.id)
        await pilot.press("M")
        panel.highlighted = panel.get_option_index(shared.id)
        await pilot.press("M")
        await until(pilot, lambda: any(m.startswith("Merged ") for m in told(app)), workers=True)
        merged = next(e for e in app.analysis.entities if e.name == keep.name)
        assert {"Bayraktar", "Bayraktar TB2"} <= set(merged.aliases) and merged.shared
        assert set(once.mentions) <= set(merged.mentions)
        await pilot.press("A")
        listed = {panel.get_option_at_index(i).id for i in range(panel.option_count)}
        assert not listed & {e.id for e in app.analysis.entities if not e.shared}
    (decision,) = load_corrections(folder)[0].decisions
    assert isinstance(decision, MergeEntities)


async def test_splitting_a_merged_entity_out_takes_back_all_its_mentions(bundled, analysis, folder):
    """After a wrong merge, ``S`` on the absorbed entity's name brings it back whole, its short forms too; one
    whose full name one report alone writes is still shared, and the message does not say it left the panel."""
    from reader.ui.screens.alias_picker import AliasPicker
    from textual.widgets import OptionList

    def written_in(entity) -> set[str]:
        return {m.article for m in entity.mentions if analysis.dossier.article(m.article).text(m) == entity.name}

    absorb, keep = next(  # the merge keeps the fuller name: the absorbed one is the shorter
        (e, k) for e in analysis.shared_entities if len(written_in(e)) == 1
        for k in analysis.shared_entities if k is not e and k.type == e.type and fuller(k, e) is k
    )
    app = build_app(bundled, analysis=analysis, folder=folder)
    async with app.run_test(size=(120, 40)) as pilot:
        panel = await _entity_panel_on(pilot, keep.id)
        await pilot.press("M")
        panel.highlighted = panel.get_option_index(absorb.id)
        await pilot.press("M")
        await until(pilot, lambda: any(m.startswith("Merged ") for m in told(app)), workers=True)
        merged = next(e for e in app.analysis.entities if e.name == keep.name)
        panel.highlighted = panel.get_option_index(merged.id)
        await pilot.press("S")
        await on_top(pilot, AliasPicker)
        app.screen.query_one(OptionList).highlighted = list(merged.other_forms).index(absorb.name)
        await pilot.press("enter")
        await until(pilot, lambda: any(m.startswith(f"Split {absorb.name}") for m in told(app)), workers=True)
        back = next(e for e in app.analysis.entities if e.name == absorb.name)
        assert set(back.mentions) == set(absorb.mentions)
        assert not any("no longer lists it" in m for m in told(app) if m.startswith(f"Split {absorb.name}"))


async def test_splitting_a_name_out_of_an_entity_is_kept(bundled, analysis, folder):
    from reader.core.store.corrections import SplitEntity
    from reader.ui.screens.alias_picker import AliasPicker

    app = build_app(bundled, analysis=analysis, folder=folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await _entity_panel_on(pilot, "ministry-of-foreign-affairs")
        await pilot.press("S")
        await on_top(pilot, AliasPicker)
        await pilot.press("enter")
        await until(pilot, lambda: any(m.startswith("Split Turkish foreign ministry") for m in told(app)), workers=True)
        ministry = next(e for e in app.analysis.entities if e.name == "Ministry of Foreign Affairs")
        assert "Turkish foreign ministry" not in ministry.aliases
        # Only one report names the split-out name: the message says why the panel drops it.
        assert (
            "Split Turkish foreign ministry out of Ministry of Foreign Affairs: U undoes it; "
            "only Al Jazeera names it, so the panel no longer lists it"
        ) in told(app)
        assert "Turkish foreign ministry" not in {e.name for e in app.analysis.shared_entities}
    (decision,) = load_corrections(folder)[0].decisions
    assert isinstance(decision, SplitEntity) and decision.aliases == ("Turkish foreign ministry",)


async def test_a_folder_that_cannot_be_written_is_a_notification_and_the_decision_stays(bundled, analysis, folder):
    # A directory where the sidecar file should be: no user, root included, can write it.
    sidecar_path(folder).mkdir()
    app = build_app(bundled, analysis=analysis, folder=folder)
    async with app.run_test(size=(120, 40)) as pilot:
        link = await _reject_garneau_link(pilot, bundled, analysis)
        assert any("corrections not saved" in m and "kept for this session only" in m for m in told(app))
        assert link.passages not in [other.passages for other in app.analysis.links]


async def test_a_corrupt_sidecar_is_a_notification_never_a_crash(bundled, analysis, folder):
    sidecar_path(folder).write_text("{not json", encoding="utf-8")
    app = build_app(bundled, analysis=analysis, folder=folder)
    async with app.run_test(size=(120, 40)):  # the sidecar is read as it mounts
        assert any("corrections not applied" in m for m in told(app))
        assert len(app.analysis.links) == len(analysis.links)


async def test_the_analysis_worker_applies_the_saved_corrections(bundled, analysis, folder, monkeypatch):
    import reader.core.store.cache as cache
    from reader.core.store.corrections import Corrections, reject_link, save_corrections

    link = analysis.links[0]
    assert save_corrections(folder, Corrections().adding(reject_link(analysis, link))) is None
    monkeypatch.setattr(cache, "analyse_cached", lambda dossier, progress, **_: (analysis, None))
    app = build_app(bundled, folder=folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await until(pilot, lambda: app.uncorrected is analysis and app.analysis is not None and app.analysis is not analysis)
        assert link.passages not in [other.passages for other in app.analysis.links]
        assert len(app.corrections.decisions) == 1
async def test_alias_picker_moves_with_j_k_g_and_G(bundled, analysis, folder):
    from reader.ui.screens.alias_picker import AliasPicker
    from textual.widgets import OptionList

    app = build_app(bundled, analysis=analysis, folder=folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await _entity_panel_on(pilot, "l3harris-wescam")
        await pilot.press("S")
        await on_top(pilot, AliasPicker)
        names = app.screen.query_one(OptionList)
        steps = []
        for key in ("j", "j", "k", "G", "g"):
            await pilot.press(key)
            steps.append(names.highlighted)
        assert steps == [1, 2, 1, names.option_count - 1, 0] and names.option_count == 4
        keys = str(app.screen.query_one(KeyBar).render())  # the picker's keys, not the reader's
        assert "Split this name out" in keys and "Cancel" in keys and "Entities" not in keys
        await pilot.press("j", "enter")
        await until(pilot, lambda: "Split L3Harris Wescam out of L3Harris WESCAM: U undoes it" in told(app), workers=True)


async def test_the_split_question_fits_its_dialog_at_80_columns(bundled, analysis, folder):
    from reader.ui.screens.alias_picker import AliasPicker

    app = build_app(bundled, analysis=analysis, folder=folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await _entity_panel_on(pilot, "ministry-of-foreign-affairs")
        await pilot.press("S")
        await on_top(pilot, AliasPicker)
        picker = app.screen.query_one("#alias-picker")
        assert len(str(picker.border_title)) <= picker.outer_size.width - 4  # corners, a space each side
