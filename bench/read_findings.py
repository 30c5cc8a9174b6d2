"""Print every figure conflict and every attributed quote of some dossiers, in context, for a reading by hand.

    .venv/bin/python bench/read_findings.py DOSSIER_FOLDER ...
    .venv/bin/python bench/read_findings.py --silent DOSSIER_FOLDER ...   # also the quotes credited to no one
    .venv/bin/python bench/read_findings.py --agree DOSSIER_FOLDER ...    # also the figures found to agree

Issue 10 asks that none be wrong "in a reading of every conflict and every
attributed quote on three development dossiers": this lays them out for that
reading (the figure or quote in [brackets] inside its surrounding text, the
credited speaker and the attribution in {braces}). With ``--silent``, the
quotations credited to no one follow, to look for right speakers lost; with ``--agree``, the figure
groups judged to agree come with the conflicts (an "agree" between two different things is wrong too).
It scores nothing.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import export  # noqa: E402

CONTEXT = 110


def _line(text: str) -> str:
    return " ".join(text.split())


def _around(body: str, start: int, end: int, marks: list[tuple[int, int, str, str]]) -> str:
    """The text around [start, end) with each (a, b, open, close) span marked."""
    lo, hi = max(0, start - CONTEXT), min(len(body), end + CONTEXT)
    out, at = [], lo
    for a, b, opening, closing in sorted(marks):
        if a < at or b > hi:
            continue
        out += [body[at:a], opening, body[a:b], closing]
        at = b
    out.append(body[at:hi])
    return _line("".join(out))


def _quote(label: str, quote: dict, body: str) -> None:
    marks = [(quote["start"], quote["end"], "[", "]")]
    span = quote.get("attribution")
    if span:
        marks.append((span["start"], span["end"], "{", "}"))
    lo = min(quote["start"], span["start"] if span else quote["start"])
    hi = max(quote["end"], span["end"] if span else quote["end"])
    inherited = " (inherited)" if quote.get("inherited") else ""
    print(f"  {label} {quote.get('speaker')!r} {quote.get('verb') or ''}{inherited} {quote['article'][:24]}")
    print(f"     | {_around(body, lo, hi, marks)}")


def read(folder: Path, document: dict, silent: bool = False, agree: bool = False) -> None:
    bodies = {a["id"]: a["body"] for a in document["articles"]}
    conflicts = [g for g in document["figures"] if agree or g["verdict"] != "agree"]
    print(f"=== {folder.name}: {len(conflicts)} figure {'groups' if agree else 'conflicts'}")
    for n, group in enumerate(conflicts, 1):
        print(f"  C{n} {group['verdict']} key={group['key']} link={group.get('link')}")
        for figure in group["figures"]:
            body = bodies[figure["article"]]
            date = f" date={figure['date']}" if figure.get("date") else ""
            print(f"     {figure['article'][:24]:24} value={figure['value']}{date} "
                  f"| {_around(body, figure['start'], figure['end'], [(figure['start'], figure['end'], '[', ']')])}")
    quotes = [q for group in document["quotes"] for q in group["quotes"] if q.get("speaker")]
    print(f"=== {folder.name}: {len(quotes)} attributed quotes")
    for n, quote in enumerate(quotes, 1):
        _quote(f"Q{n}", quote, bodies[quote["article"]])
    if silent:
        unattributed = [q for group in document["quotes"] for q in group["quotes"] if not q.get("speaker")]
        print(f"=== {folder.name}: {len(unattributed)} quotes credited to no one")
        for n, quote in enumerate(unattributed, 1):
            _quote(f"U{n}", quote, bodies[quote["article"]])


def main(arguments: list[str]) -> int:
    silent, agree = "--silent" in arguments, "--agree" in arguments
    with tempfile.TemporaryDirectory() as cache:
        for name in (a for a in arguments if a not in ("--silent", "--agree")):
            folder = Path(name)
            read(folder, export(folder, cache), silent, agree)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
