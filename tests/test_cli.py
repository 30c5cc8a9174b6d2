"""The command line as a user types it: exit codes, one-line errors, no tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from reader.__main__ import main
from tests.conftest import BUNDLED, DATA, SEEDS, needs_seeds


def test_export_json_of_bundled_dossier(capsys):
    assert main(["export", str(BUNDLED), "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["schema"] == "dossier-reader/1"
    assert len(document["articles"]) == 5
    assert document["entities"] and document["links"]


def test_export_defaults_to_the_bundled_dossier(capsys):
    assert main(["export"]) == 0
    assert len(json.loads(capsys.readouterr().out)["articles"]) == 5


def test_export_writes_file_atomically(tmp_path, capsys):
    target = tmp_path / "report.md"
    assert main(["export", str(BUNDLED), "--format", "markdown", "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8").startswith("#")
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]


def test_an_output_in_a_missing_folder_names_the_folder(tmp_path, capsys):
    target = tmp_path / "nowhere" / "report.md"
    assert main(["export", str(BUNDLED), "-o", str(target)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"dossier-reader: {target}: no folder {tmp_path / 'nowhere'}"]


def test_missing_folder_is_one_line_and_exit_1(tmp_path, capsys):
    missing = tmp_path / "nowhere"
    assert main(["export", str(missing)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(missing) in err[0] and "no such folder" in err[0]


def test_a_folder_where_nothing_opens_names_each_file_then_says_so(tmp_path, capsys):
    (tmp_path / "a.md").write_text("")
    assert main(["export", str(tmp_path)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and "a.md: skipped" in err[0] and err[1].endswith("no article could be opened")


def test_export_names_the_saved_web_pages_it_did_not_read(tmp_path, capsys):
    (tmp_path / "a.md").write_text("The council closed the bridge on Monday.\n")
    (tmp_path / "page.html").write_text("<p>a saved page</p>")
    assert main(["export", str(tmp_path), "--format", "markdown"]) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "1 saved web page (page.html)" in err[0] and "dossier-reader import" in err[0]
    assert (tmp_path / "page.html").read_text() == "<p>a saved page</p>"


def test_one_saved_page_named_alone_says_how_to_import_it_and_opens_nothing(tmp_path, capsys):
    """As a folder's pages are: its markup opened as the article's text before."""
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>a saved page</p></body></html>")
    for command in (["export", str(page)], [str(page)]):  # export first: before, read ran the app
        assert main(command) == 1
        err = capsys.readouterr().err.strip().splitlines()
        assert err == [f"dossier-reader: {page}: a saved web page, not an article (.md, .txt); "
                       f"`dossier-reader import {page} --into {tmp_path}` makes an article of it"]


def test_pages_beside_a_file_that_fails_still_end_with_nothing_opened(tmp_path, capsys):
    (tmp_path / "a.md").write_text("")
    (tmp_path / "page.html").write_text("<p>a saved page</p>")
    assert main(["export", str(tmp_path)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 3 and "saved web page" in err[0] and err[2].endswith("no article could be opened")


def test_mixed_folder_opens_good_files_and_names_bad_ones(capsys):
    assert main(["export", str(DATA / "bad")]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["articles"]
    lines = captured.err.strip().splitlines()
    assert lines and all(line.startswith("dossier-reader: ") for line in lines)
    assert "Traceback" not in captured.err


@needs_seeds
def test_import_refuses_to_overwrite_without_force(tmp_path, capsys):
    seed = sorted(SEEDS.glob("*.txt"))[1]
    assert main(["import", str(seed), "--into", str(tmp_path)]) == 0
    written = list(tmp_path.iterdir())
    assert len(written) == 1
    before = written[0].read_text(encoding="utf-8")
    written[0].write_text(before + "\nlocal edit\n", encoding="utf-8")
    assert main(["import", str(seed), "--into", str(tmp_path)]) == 1
    assert "--force" in capsys.readouterr().err
    assert written[0].read_text(encoding="utf-8").endswith("local edit\n")
    assert main(["import", str(seed), "--into", str(tmp_path), "--force"]) == 0
    assert written[0].read_text(encoding="utf-8") == before


@needs_seeds
def test_import_verbose_lists_dropped_lines(tmp_path, capsys):
    seed = sorted(SEEDS.glob("*.txt"))[4]
    assert main(["import", str(seed), "--into", str(tmp_path), "--verbose"]) == 0
    out = capsys.readouterr().out
    assert "dropped (" in out and "Story continues below advertisement" in out


@needs_seeds
def test_two_pages_of_one_outlet_in_one_run_do_not_collide(tmp_path):
    first, second = sorted(SEEDS.glob("*.txt"))[:2]
    assert main(["import", str(first), str(second), "--into", str(tmp_path), "--outlet", "Wire"]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["wire-2.md", "wire.md"]


@needs_seeds
def test_a_later_article_of_the_same_outlet_gets_a_new_name_even_with_force(tmp_path):
    first, second = sorted(SEEDS.glob("*.txt"))[:2]
    assert main(["import", str(first), "--into", str(tmp_path), "--outlet", "Wire"]) == 0
    before = (tmp_path / "wire.md").read_text(encoding="utf-8")
    assert main(["import", str(second), "--into", str(tmp_path), "--outlet", "Wire", "--force"]) == 0
    assert (tmp_path / "wire.md").read_text(encoding="utf-8") == before
    assert "wire-2.md" in {p.name for p in tmp_path.iterdir()}


def test_importing_a_page_a_second_way_says_which_file_holds_it_already(tmp_path, capsys):
    """Saved HTML, then the page's copied text under another outlet name: two files, and a note."""
    lead = "The harbour office said on Monday that the old crane would be taken down before the summer season."
    rest = "Engineers found rust in its frame last year, and a new crane is to be built on the same spot."
    html, text = tmp_path / "page.html", tmp_path / "page.txt"
    html.write_text(f"<html><body><article><h1>Old crane to come down</h1><p>{lead}</p><p>{rest}</p>"
                    "</article></body></html>", encoding="utf-8")
    text.write_text(f"Old crane to come down\n\n{lead}\n\n{rest}\n", encoding="utf-8")
    into = tmp_path / "out"
    assert main(["import", str(html), "--into", str(into), "--outlet", "Harbour News"]) == 0
    capsys.readouterr()
    assert main(["import", str(text), "--into", str(into), "--outlet", "harbour"]) == 0
    out = capsys.readouterr().out
    assert "note: harbour-news.md holds the same report" in out
    assert main(["import", str(text), "--into", str(tmp_path / "other"), "--outlet", "harbour"]) == 0
    assert "same report" not in capsys.readouterr().out


def test_export_applies_the_corrections_kept_beside_the_dossier(tmp_path, capsys, analysis):
    import shutil

    from reader.core.store.corrections import Corrections, reject_link, save_corrections

    folder = tmp_path / "dossier"
    shutil.copytree(BUNDLED, folder)
    rejected = analysis.links[0]
    assert save_corrections(folder, Corrections().adding(reject_link(analysis, rejected))) is None
    assert main(["export", str(folder)]) == 0
    links = json.loads(capsys.readouterr().out)["links"]
    exported = {tuple((p["article"], p["start"], p["end"]) for p in link["passages"]) for link in links}
    assert tuple((s.article, s.start, s.end) for s in rejected.passages) not in exported
    assert len(links) == len(analysis.links) - 1


def test_the_analysis_does_not_depend_on_the_hash_seed(tmp_path):
    """Sums over sets of words must come out the same in every run: a link, a score or a verdict that
    changes with PYTHONHASHSEED is one a fact-checker cannot find again."""
    exports = []
    for seed in ("0", "7"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "DOSSIER_READER_CACHE": str(tmp_path / f"cache{seed}")}
        command = [sys.executable, "-m", "reader", "export", str(BUNDLED), "--format", "json"]
        exports.append(subprocess.run(command, env=env, capture_output=True, check=True).stdout)
    assert exports[0] == exports[1]
    # the cache entry too, words' frequencies and all: the bytes kept are the bytes found again
    entries = [[path.read_bytes() for path in sorted((tmp_path / f"cache{seed}").rglob("*")) if path.is_file()]
               for seed in ("0", "7")]
    assert entries[0] and entries[0] == entries[1]


def test_export_help_says_the_formats_their_contents_the_flags_and_an_example(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    try:
        main(["export", "--help"])
    except SystemExit as done:
        assert done.code == 0
    text = capsys.readouterr().out
    for words in ("json ", "markdown ", "html ", "schema dossier-reader/1", "coverage matrix", "weaker_links",
                  "default: the bundled dossier", "--output FILE, -o FILE", "--follow-links", "examples:",
                  "dossier-reader export my-dossier --format html -o report.html"):
        assert words in text, words
    assert max(map(len, text.splitlines())) <= 80


def test_a_reader_that_never_opens_leaves_the_collector_on(tmp_path, capsys):
    """The reader pauses the collector for its start-up; a folder it cannot open ends that pause too."""
    import gc

    assert main([str(tmp_path / "missing")]) == 1
    assert gc.isenabled()


_ARTICLE = ("---\noutlet: North Gazette\ntitle: Ferry to stop for the winter\n---\n"
            "The ferry to Corvel Island will stop on Friday for the winter, the harbour office said.\n\n"
            "Boats will sail again in March, once the pier has been repaired.\n")


def test_import_refuses_an_article_another_file_of_the_folder_holds_and_force_replaces_that_file(tmp_path, capsys):
    """Same title and outlet under another name (a copy made by hand): refused, naming the file; with
    --force that file is replaced, in one step, and the line says so; no second copy is written."""
    source, into = tmp_path / "a.md", tmp_path / "dossier"
    source.write_text(_ARTICLE, encoding="utf-8")
    into.mkdir()
    held = into / "copy.md"
    held.write_text(_ARTICLE + "\nlocal edit\n", encoding="utf-8")
    assert main(["import", str(source), "--into", str(into)]) == 1
    err = capsys.readouterr().err
    assert f"{held}: already holds this article; --force replaces it" in err
    assert [p.name for p in into.iterdir()] == ["copy.md"]
    assert main(["import", str(source), "--into", str(into), "--force"]) == 0
    out = capsys.readouterr().out
    assert f"-> {held} (replaced: it held this article)" in out
    assert [p.name for p in into.iterdir()] == ["copy.md"]
    replaced = held.read_text(encoding="utf-8")
    assert "local edit" not in replaced and "Boats will sail again in March" in replaced


def test_import_writes_another_article_under_a_reused_title_when_only_it_has_a_url(tmp_path, capsys):
    """Outlets reuse titles (``Live updates``): a held file with no URL and an imported one with a URL, same
    title and outlet, are two articles; the new one is written beside it and the held one stays as it was."""
    source, into = tmp_path / "b.md", tmp_path / "dossier"
    source.write_text("---\noutlet: North Gazette\ntitle: Live updates\nurl: https://ng.example/b\n---\n"
                      "The Corvel ferry sailed again on Tuesday after the pier was repaired.\n", encoding="utf-8")
    into.mkdir()
    held = into / "held.md"
    kept = ("---\noutlet: North Gazette\ntitle: Live updates\n---\n"
            "Storm warnings closed the Harlow harbour on Sunday, the coastguard said.\n")
    held.write_text(kept, encoding="utf-8")
    assert main(["import", str(source), "--into", str(into)]) == 0
    assert "already holds" not in capsys.readouterr().err
    assert sorted(p.name for p in into.iterdir()) == ["held.md", "north-gazette.md"]
    assert held.read_text(encoding="utf-8") == kept


def test_a_page_imported_into_its_own_folder_is_said_to_stay_there(tmp_path, capsys):
    """The hint for a copied page names the move the import needs; the import says the page is still beside its article."""
    from tests.core.test_page_shaped_text import page

    raw = tmp_path / "ferry page.txt"
    raw.write_text(page(), encoding="utf-8")
    assert main(["export", str(tmp_path), "--format", "json"]) == 0
    hint = capsys.readouterr().err
    assert "makes an article of it, then move 'ferry page.txt' out of the folder" in hint
    assert main(["import", str(raw), "--into", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert (f"note: ferry page.txt, the page imported, is still in {tmp_path} and opens as a report of its own "
            "beside the article: move it out of the folder") in out


INTERRUPTED_AS_IT_STARTS = """
import os, signal, sys

class Interrupt:
    def find_spec(self, name, path, target=None):
        if name == sys.argv[1]:
            os.kill(os.getpid(), signal.SIGINT)  # ctrl+c as the terminal, still in line mode, sends it
        return None

sys.meta_path.insert(0, Interrupt())
from reader.__main__ import main  # as the console script does
sys.exit(main(["export"]))
"""


def test_ctrl_c_as_the_program_starts_ends_it_without_a_traceback(tmp_path):
    """A ctrl+c in the first tenth of a second broke into an import of the command line's own, and
    Python printed that import's traceback; the status is 130 as after any ctrl+c, stderr empty."""
    for module in ("argparse", "reader.terminal", "reader.report.formats"):  # imported at first, last, in main
        ended = subprocess.run([sys.executable, "-c", INTERRUPTED_AS_IT_STARTS, module], capture_output=True,
                               text=True, check=False, cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])})
        assert (ended.returncode, ended.stderr) == (130, ""), module
