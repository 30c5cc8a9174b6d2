"""Score this worktree's reader on the real-data dossiers: one table, per dossier and total.

    .venv/bin/python bench/corpus.py            # every dossier under ../shared/corpus/dossiers
    .venv/bin/python bench/corpus.py NAME ...   # only these dossiers

Each dossier is exported (``dossier-reader export DIR --format json``, this
worktree's ``.venv``, with an empty analysis cache so a stale entry never
scores) and compared with its ``GOLD.json`` by the corpus's own ``score.py``
(read ``../shared/corpus/dossiers/README.md``). Columns: QA-Align pairs linked,
verbatim shared sentences linked, event-group sentences linked, links shown
(and weaker links kept apart), gold clusters found / fully merged (all
mentions, then name mentions only), and the two precision proxies.

``score.py`` reads spans in each article's ``body`` only, so a link passage in a title line
(negative offsets: ``Span.in_title``) is never credited there. A last line scores the same exports
with each title laid before its body (``title + "\\n" + body``, every offset shifted by its length),
where those passages fall on the gold's title lines: what the title links add.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.scripts import load_script  # noqa: E402

DOSSIERS = ROOT.parent / "shared" / "corpus" / "dossiers"
EXE = ROOT / ".venv" / "bin" / "dossier-reader"

COLUMNS = (
    ("aligned", "aligned_linked", "aligned"),
    ("verbatim", "verbatim_linked", "verbatim"),
    ("group", "group_sents_linked", "group_sents"),
    ("found", "all_found", "all_clusters"),
    ("merged", "all_merged", "all_clusters"),
    ("name_mrg", "name_merged", "name_clusters"),
    ("ent_prec", "ent_pure", "ent_judged"),
    ("link_prec", "link_pairs_right", "link_pairs_judged"),
)


def _scorer():
    return load_script(DOSSIERS / "score.py")


def export(folder: Path, cache: str) -> dict:
    env = {**os.environ, "DOSSIER_READER_CACHE": cache}
    done = subprocess.run([str(EXE), "export", str(folder), "--format", "json"], capture_output=True, text=True, env=env)
    if done.returncode:
        raise RuntimeError(done.stderr.strip()[-300:])
    return json.loads(done.stdout)


def titles_in_body(document: dict) -> dict:
    """``document`` with each article's title laid before its body and every span the scorer reads
    (link passages, entity mentions) shifted to match: a title passage then covers the title line."""
    shift = {a["id"]: len(a["title"]) + 1 if a.get("title") else 0 for a in document["articles"]}

    def moved(span: dict) -> dict:
        return {**span, "start": span["start"] + shift[span["article"]], "end": span["end"] + shift[span["article"]]}

    return {
        **document,
        "articles": [{**a, "body": f"{a['title']}\n{a['body']}" if a.get("title") else a["body"]} for a in document["articles"]],
        "links": [{**link, "passages": [moved(p) for p in link["passages"]]} for link in document["links"]],
        "entities": [{**e, "mentions": [moved(m) for m in e["mentions"]]} for e in document.get("entities", [])],
    }


def _cell(counts: dict, hit: str, total: str, ratio: bool) -> str:
    a, b = counts.get(hit, 0), counts.get(total, 0)
    if ratio:
        return f"{a / b:.2f}" if b else "-"
    return f"{a}/{b}"


def main(names: list[str]) -> int:
    if not (DOSSIERS / "score.py").is_file():
        print(f"skipped: {DOSSIERS} is missing (the shared corpus is not on this machine)")
        return 0
    score = _scorer()
    folders = sorted(p.parent for p in DOSSIERS.glob("*/GOLD.json") if not names or p.parent.name in names)
    header = f"{'dossier':44} " + " ".join(f"{title:>9}" for title, _, _ in COLUMNS) + f" {'links':>9}"
    print(header)
    total, titled = score.Counts(), score.Counts()
    with tempfile.TemporaryDirectory() as cache:
        for folder in folders:
            document = export(folder, cache)
            counts = score.score_dossier(folder, document, False, out=lambda line: None)
            for key, value in counts.items():
                total.add(key, value)
            for key, value in score.score_dossier(folder, titles_in_body(document), False, out=lambda line: None).items():
                titled.add(key, value)
            shown = f"{len(document['links'])}+{len(document.get('weaker_links', ()))}"
            cells = " ".join(f"{_cell(counts, h, t, title.endswith('prec')):>9}" for title, h, t in COLUMNS)
            print(f"{folder.name[:44]:44} {cells} {shown:>9}")
    cells = " ".join(f"{_cell(total, h, t, False):>9}" for title, h, t in COLUMNS)
    print(f"{'TOTAL':44} {cells}")
    print(score.summary_line(len(folders), total))
    print("titles laid before the bodies:", score.summary_line(len(folders), titled))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
