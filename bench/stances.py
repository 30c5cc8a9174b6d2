"""Print every linked pair whose passages tell their statement in different stances, for reading them by hand.

    .venv/bin/python bench/stances.py                  # every corpus dossier, confident and weaker links
    .venv/bin/python bench/stances.py NAME ...         # those dossiers (names under ../shared/corpus/dossiers)
    .venv/bin/python bench/stances.py --candidates     # and the pairs given none where one passage alone has a denial word

Each pair is printed with its stance note (:func:`reader.core.findings.stance.stance_note`) and both passages; a
wrong stance is worse than none, so read each. ``--candidates`` also lists the pairs left without a stance where one
passage alone says ``not``, ``no``, ``never``, ``denied``, ``whether``...: what a reading may have missed. Dossiers
are read from ``../shared/corpus/dossiers``; the script says so and stops when they are missing.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.core.findings.stance import stance_note  # noqa: E402
from reader.core.ingest.loading import load_dossier  # noqa: E402
from reader.core.pipeline import analyse  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "dossiers"
DENIAL_WORDS = re.compile(r"\b(?:not|no|never|none|nobody|nothing|denie[sd]|deny|rejected|false|unclear|whether|"
                          r"unconfirmed)\b|n['\u2019] ?t\b", re.I)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*")
    parser.add_argument("--candidates", action="store_true")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"skipped: {CORPUS} is missing (the shared corpus is not on this machine)")
        return 0
    names = args.names or sorted(p.name for p in CORPUS.iterdir() if (p / "GOLD.json").is_file())
    found = missed = 0
    for name in names:
        analysis = analyse(load_dossier(CORPUS / name))
        dossier = analysis.dossier
        for link in analysis.links + analysis.weaker_links:
            for pair in analysis.findings.differences.get(link.id, ()):
                a, b = link.passages[pair.a], link.passages[pair.b]
                texts = [dossier.article(span.article).text(span) for span in (a, b)]
                if pair.stance:
                    found += 1
                    said = stance_note(pair.stance, analysis, a.article, b.article)
                elif args.candidates and bool(DENIAL_WORDS.search(texts[0])) != bool(DENIAL_WORDS.search(texts[1])):
                    missed += 1
                    said = "no stance (one passage alone has a denial word)"
                else:
                    continue
                print(f"{name} {link.id} {'confident' if link.confident else 'weaker'}: {said}")
                for span, text in zip((a, b), texts):
                    print(f"    {dossier.names[span.article]} | {' '.join(text.split())}")
    print(f"SUMMARY dossiers={len(names)} stances={found}" + (f" candidates_without={missed}" if args.candidates else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
