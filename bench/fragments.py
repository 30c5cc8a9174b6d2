"""Count link passages that read as sentence fragments, on the bundled and the corpus dossiers.

    .venv/bin/python bench/fragments.py               # the bundled dossier and every corpus dossier
    .venv/bin/python bench/fragments.py NAME ...      # only these corpus dossiers ('bundled' for the bundled one)

A passage is what the matrix lists and compare levels: a whole sentence, or a clause cut from one
(``links.units.clause_ranges``). Each passage of a shown or weaker link is counted once, in the first
of these that fits it:

* ``mark``: it opens on a closing quotation mark or a punctuation mark (``" X said …``, ``, and …``);
* ``tail``: it opens on a lower-case participle (``adding that …``, ``saying …``, ``urging …``);
* ``joined``: it opens on a word joining it to its sentence (``which …``, ``but …``, ``while …``: ``JOINING``);
* ``verbless``: a clause (not a whole sentence) with no word that looks like a verb (``units.verb_indexes``,
  which misses some: ``faces``).

Each is counted on the passage's own text, then as drawn: after its lead, the words of its sentence a
clause cut from mid-sentence is shown after (``findings.leads``; ``led`` counts them). Examples (drawn
fragments) give a link's id, the passage's offsets and its first three words only (the corpus texts are
the publishers' copyright).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.core.findings.coverage import row_text  # noqa: E402
from reader.core.findings.leads import lead  # noqa: E402
from reader.core.ingest.loading import load_dossier  # noqa: E402
from reader.core.links.units import verb_indexes  # noqa: E402
from reader.core.model import Analysis, Span  # noqa: E402
from reader.core.pipeline import analyse  # noqa: E402
from reader.resources import bundled_dossier  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "dossiers"
KINDS = ("mark", "tail", "joined", "verbless")
JOINING = frozenset("and but or nor which who whom whose where when while whereas although though after before with as "
                    "under because since including then so yet than".split())
"""Words that join a clause to what comes before it in its sentence: opening a passage, they leave it without
its subject (``which then left``, ``but granted …``)."""
EXAMPLES = 4
CLOSING = re.compile(r"[\u201d\u2019)\]]|[\"'] |[,;:.!?\u2014\u2013\u2015-]")
"""A closing mark (curly, or straight with a space after it) or punctuation mark opening a passage."""
OPENING = "\"'\u201c\u2018(["


def _kind(analysis: Analysis, span: Span, text: str) -> str | None:
    """Which fragment ``span``, drawn as ``text``, reads as (``KINDS``), or ``None`` for a readable statement."""
    if not text or CLOSING.match(text) and not (text[0] == '"' and text.count('"') % 2 == 0):  # '" (For …) … "' opens
        return "mark"
    first = text.lstrip(OPENING).split()[0]
    if first.islower() and first.isalpha() and first.endswith("ing"):
        return "tail"
    if first in JOINING:
        return "joined"
    sentences = analysis.sentences_overlapping(span)
    if span.in_title or len(sentences) != 1 or (sentences[0].start, sentences[0].end) == (span.start, span.end):
        return None  # a whole sentence: how its report wrote it
    if not verb_indexes(analysis.passage_tokens(span)):
        return "verbless"
    return None


def main() -> int:
    names = sys.argv[1:] or ["bundled", *(sorted(p.name for p in CORPUS.iterdir() if (p / "GOLD.json").exists()) if CORPUS.is_dir() else [])]
    if len(names) == 1 and not CORPUS.is_dir():
        print(f"note: {CORPUS} is missing (the shared corpus is not on this machine): the bundled dossier only")
    totals: Counter[str] = Counter()
    examples: dict[str, list[str]] = {kind: [] for kind in KINDS}
    for name in names:
        analysis = analyse(load_dossier(bundled_dossier() if name == "bundled" else CORPUS / name))
        seen: set[Span] = set()
        counts: Counter[str] = Counter()
        for shown, links in (("shown", analysis.links), ("weaker", analysis.weaker_links)):
            for link in links:
                for span in link.passages:
                    if span in seen:
                        continue
                    seen.add(span)
                    counts[shown] += 1
                    text = row_text(analysis, span)
                    if kind := _kind(analysis, span, text):
                        counts[f"{shown} {kind}"] += 1
                    before = lead(analysis, span)
                    counts[f"{shown} led"] += bool(before)
                    if drawn := _kind(analysis, span, f"{before} {text}" if before else text):
                        counts[f"{shown} drawn {drawn}"] += 1
                        if len(examples[drawn]) < EXAMPLES:
                            words = " ".join(text.split()[:3])
                            examples[drawn].append(f"{name} {link.id} {span.article}:{span.start}-{span.end} '{words} …'")
        totals.update(counts)
        print(f"{name}: shown={counts['shown']} " + " ".join(f"{k}={counts[f'shown {k}']}" for k in KINDS)
              + f" led={counts['shown led']} weaker={counts['weaker']}")
    print()
    for shown in ("shown", "weaker"):
        for drawn, label in (("", "passages"), ("drawn ", "drawn with their leads")):
            parts = " ".join(f"{kind}={totals[f'{shown} {drawn}{kind}']}" for kind in KINDS)
            print(f"TOTAL {shown} {label}: {totals[shown]}, fragments={sum(totals[f'{shown} {drawn}{k}'] for k in KINDS)} {parts}"
                  + (f" (led: {totals[f'{shown} led']})" if drawn else ""))
    for kind in KINDS:
        for line in examples[kind]:
            print(f"  e.g. drawn as {kind}: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
