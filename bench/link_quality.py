"""Print how well the passage links agree with a hand reading: recall, precision, missed and wrong pairs, repeats.

    .venv/bin/python bench/link_quality.py              # the bundled five, other_event and held_out
    .venv/bin/python bench/link_quality.py FOLDER TRUTH.json

A truth file lists *facts*; each names, per article, a substring of the
passage that carries it (in the body, else in the title line). Every pair of passages inside a ``required`` fact
should be linked (recall counts them); a pair the links imply is right when
some fact, required or not, holds both its passages (precision counts them).
A passage and a substring "meet" when their spans overlap, so a link may use
a whole sentence or a clause of it.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.core.links.align import find_links  # noqa: E402
from reader.core.ingest.loading import load_dossier  # noqa: E402
from reader.core.model import Article, Dossier, Link, Span  # noqa: E402
from reader.core.text.segment import segment_article  # noqa: E402

ALIGN_DATA = ROOT / "tests" / "data" / "align"
DOSSIERS = (
    (ROOT / "articles", ALIGN_DATA / "bundled_expected.json"),
    (ALIGN_DATA / "other_event", ALIGN_DATA / "other_event_expected.json"),
    (ALIGN_DATA / "held_out", ALIGN_DATA / "held_out_expected.json"),
)


@dataclass(frozen=True)
class Quality:
    recall: float
    precision: float
    required: int
    implied: int
    missed: tuple[tuple[str, Span, Span], ...]
    """Required pairs no link holds, with the fact they carry."""
    wrong: tuple[tuple[Span, Span], ...]
    """Pairs some link implies that no fact holds."""


def _found(article: Article, text: str) -> Span:
    """Where ``text`` is in the article's body, else in its title line (``Span.in_title``)."""
    if text in article.body or not article.title_span:
        start = article.body.index(text)
        return Span(article.id, start, start + len(text))
    start = article.title_span.start + article.title.index(text)
    return Span(article.id, start, start + len(text))


def fact_spans(dossier: Dossier, truth: dict) -> list[tuple[str, bool, list[Span]]]:
    """Each fact of the truth file as ``(description, required, spans)``."""
    facts = []
    for fact in truth["facts"]:
        spans = []
        for article, text in fact["passages"].items():
            spans.append(_found(dossier.article(article), text))
        facts.append((fact["fact"], fact["required"], spans))
    return facts


def measure(dossier: Dossier, links: tuple[Link, ...], truth: dict) -> Quality:
    """Recall of the required pairs and precision of the implied pairs."""
    facts = fact_spans(dossier, truth)
    required = [(name, x, y) for name, needed, spans in facts if needed for x, y in combinations(spans, 2)]
    right = [(x, y) for _, _, spans in facts for x, y in combinations(spans, 2)]

    def linked(x: Span, y: Span) -> bool:
        return any(
            any(p.overlaps(x) for p in link.passages) and any(p.overlaps(y) for p in link.passages) for link in links
        )

    missed = tuple((name, x, y) for name, x, y in required if not linked(x, y))
    implied = [(x, y) for link in links for x, y in combinations(link.passages, 2)]
    wrong = tuple(
        (x, y)
        for x, y in implied
        if not any((x.overlaps(p) and y.overlaps(q)) or (x.overlaps(q) and y.overlaps(p)) for p, q in right)
    )
    return Quality(
        recall=1 - len(missed) / max(1, len(required)),
        precision=1 - len(wrong) / max(1, len(implied)),
        required=len(required),
        implied=len(implied),
        missed=missed,
        wrong=wrong,
    )


def repeated_passages(links: tuple[Link, ...]) -> list[tuple[str, str]]:
    """Ids of the link pairs one of which adds nothing: each of its passages overlaps one of the other's.

    Links may share passages (a sentence carrying two facts is in one link per
    fact, and so may the same sentence reprinted by two reports), but a link
    held whole inside another shows one statement twice.
    """
    def within(one: Link, other: Link) -> bool:
        return all(any(p.overlaps(q) for q in other.passages) for p in one.passages)

    return [
        (one.id, other.id)
        for index, one in enumerate(links)
        for other in links[index + 1 :]
        if within(one, other) or within(other, one)
    ]


def _quote(dossier: Dossier, span: Span, width: int = 90) -> str:
    text = " ".join(dossier.article(span.article).text(span).split())
    return f"{span.article}: {text[:width]}{'…' if len(text) > width else ''}"


def report(folder: Path, truth_file: Path) -> Quality:
    dossier = load_dossier(folder)
    links = tuple(link for link in find_links(dossier, {a.id: segment_article(a) for a in dossier.articles}) if link.confident)
    quality = measure(dossier, links, json.loads(truth_file.read_text(encoding="utf-8")))
    print(f"\n{folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder}: {len(links)} links")
    print(f"  recall    {quality.recall:.3f} ({quality.required - len(quality.missed)} of {quality.required} required pairs linked)")
    print(f"  precision {quality.precision:.3f} ({quality.implied - len(quality.wrong)} of {quality.implied} implied pairs right)")
    repeats = repeated_passages(links)
    print(f"  repeats   {len(repeats)} link pairs one inside the other{': ' if repeats else ''}{', '.join('/'.join(r) for r in repeats)}")
    for name, x, y in quality.missed:
        print(f"  MISSED [{name}]\n      {_quote(dossier, x)}\n      {_quote(dossier, y)}")
    for x, y in quality.wrong:
        print(f"  WRONG\n      {_quote(dossier, x)}\n      {_quote(dossier, y)}")
    return quality


def main() -> None:
    pairs = [(Path(sys.argv[1]), Path(sys.argv[2]))] if len(sys.argv) == 3 else DOSSIERS
    for folder, truth_file in pairs:
        report(folder.resolve(), truth_file.resolve())
    print("\ntargets: recall >= 0.9 and precision >= 0.9 on every dossier, no link held whole inside another")


if __name__ == "__main__":
    main()
