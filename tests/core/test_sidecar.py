"""The corrections sidecar is untrusted input: read without blocking or following links, every
parser failure one line, its strings inert, and one location per dossier for the reader and export."""

from __future__ import annotations

import json
import os
import shutil
import unicodedata

import pytest

from reader.__main__ import main
from reader.core.ingest.loading import load_dossier
from reader.core.pipeline import analyse
from reader.core.store.corrections import (
    SIDECAR_NAME,
    Corrections,
    SplitEntity,
    load_corrections,
    merge_entities,
    save_corrections,
    sidecar_path,
)

from ..conftest import BUNDLED, DATA

HEADER = '{"format": "dossier-reader corrections", "version": 1, "decisions": '


@pytest.fixture
def folder(tmp_path):
    target = tmp_path / "dossier"
    shutil.copytree(DATA / "corrections" / "dossier", target)
    return target


def raw_controls(text: str) -> list[str]:
    return [c for c in text if unicodedata.category(c) == "Cc" or c in "\u202e\u2066"]


def test_a_fifo_in_place_of_the_sidecar_neither_hangs_nor_is_moved(folder):
    os.mkfifo(folder / SIDECAR_NAME)
    corrections, problem = load_corrections(folder)
    assert corrections == Corrections() and problem.message == "corrections not applied: not a regular file"
    assert save_corrections(folder, Corrections()) is not None
    assert (folder / SIDECAR_NAME).is_fifo()


def test_a_sidecar_that_links_elsewhere_is_not_followed(folder, tmp_path):
    elsewhere = tmp_path / "private-notes.json"
    elsewhere.write_text(HEADER + "[]}", encoding="utf-8")
    (folder / SIDECAR_NAME).symlink_to(elsewhere)
    corrections, problem = load_corrections(folder)
    assert corrections == Corrections() and "a symbolic link, not followed" in problem.message


def test_an_integer_of_five_thousand_digits_is_one_line_and_the_dossier_opens(folder):
    (folder / SIDECAR_NAME).write_text(HEADER + "[" + "9" * 5000 + "]}", encoding="utf-8")
    corrections, problem = load_corrections(folder)
    assert corrections == Corrections()
    assert problem.message.startswith("corrections not applied: not valid JSON (a value too large to read)")
    assert len(load_dossier(folder).articles) == 2


def test_strings_from_the_sidecar_are_inert_and_capped_like_article_text(folder):
    flood = "Rook" + "\u0301" * 300
    decision = {
        "decision": "split", "entity": {"name": "Dana\x1b]0;pwned\x07 Rook", "type": "person"},
        "aliases": [flood, "\u202eevil"], "mentions": [],
    }
    (folder / SIDECAR_NAME).write_text(HEADER + json.dumps([decision]) + "}", encoding="utf-8")
    corrections, problem = load_corrections(folder)
    (split,) = corrections.decisions
    assert problem is None and isinstance(split, SplitEntity)
    assert split.entity.name == "Dana\u241b]0;pwned\u2407 Rook"
    assert split.aliases == ("Rook" + "\u0301" * 4, "\u27eaRLO\u27ebevil")


@pytest.mark.parametrize(
    "text",
    [
        HEADER + '[{"decision": "\\u001b]52;c;UFdO\\u0007\\nforged line"}]}',
        '{"format": "dossier-reader corrections", "version": "\\u001b[2J\\n\\u202e", "decisions": []}',
    ],
)
def test_values_quoted_in_a_problem_are_inert_and_on_one_line(folder, text):
    (folder / SIDECAR_NAME).write_text(text, encoding="utf-8")
    _, problem = load_corrections(folder)
    assert not raw_controls(str(problem)), str(problem)


def test_a_hostile_folder_name_reaches_the_problem_inert(tmp_path):
    folder = tmp_path / "clip\x1b]52;c;UFdOLURJUg==\x1b\\"
    shutil.copytree(DATA / "corrections" / "dossier", folder)
    (folder / SIDECAR_NAME).write_text("{", encoding="utf-8")
    _, problem = load_corrections(folder)
    assert not raw_controls(str(problem)) and "\u241b]52;c;" in problem.path


def test_a_one_file_dossier_has_one_sidecar_for_the_reader_and_export(tmp_path, capsys):
    article = tmp_path / "trt-world.md"
    shutil.copy(BUNDLED / "trt-world.md", article)
    analysis = analyse(load_dossier(article))
    keep, absorb = analysis.entities[:2]
    assert save_corrections(article, Corrections((merge_entities(keep, absorb),))) is None
    assert sidecar_path(article) == tmp_path / ".trt-world.md.dossier-reader.json"
    assert main(["export", str(article)]) == 0
    names = [entity["name"] for entity in json.loads(capsys.readouterr().out)["entities"]]
    assert keep.name in names and absorb.name not in names
    assert len(names) == len(analysis.entities) - 1
