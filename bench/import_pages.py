"""Print how well and how fast `dossier-reader import` handles real saved pages.

    .venv/bin/python bench/import_pages.py [-j JOBS]

Runs the corpus scorer (``../shared/corpus/pages/score.py``) with this worktree's
``.venv/bin/dossier-reader`` and prints one table: per version of the pages (saved
HTML, browser-copied text, text hard-wrapped at 80 columns) the expected body strings
found, the boilerplate strings leaked and the failed imports, and the metadata that
can be checked from outside the page:

- title: one of the page's headings (``<h1>``-``<h3>``) or its ``og:title``, whitespace-normalised,
  with no site suffix (" | Site", " - Site" naming the host); on a page with neither, a part of its
  ``<title>`` that does not name the host;
- outlet: shares its letters with the page's host name (``zeit.de`` -> "ZEIT ONLINE"); the
  pages are imported under a neutral file name, so a name taken from the file does not count;
- published: the date in the page's URL (pages whose URL has one; a year and month
  alone compare on those).

Then what trafilatura alone finds and leaks on the same HTML pages (the mark the HTML
import must reach), and the import time per HTML page against trafilatura's own extraction of the
same page (in-process, median of several runs; the machine may be shared, so
only the ratio means much). Skips with a message when ``../shared`` is missing.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PAGES = ROOT.parent / "shared" / "corpus" / "pages"
EXE = ROOT / ".venv" / "bin" / "dossier-reader"
VERSIONS = (("html", ".html"), ("txt", ".txt"), ("wrapped", ".wrapped.txt"))
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](\d\d)(?:[/-](\d\d))?(?=[/-])")


def scorer_figures(jobs: int) -> dict[str, dict[str, str]]:
    """The scorer's SUMMARY line, as {version: {found, leaked, failed}}."""
    done = subprocess.run([sys.executable, str(PAGES / "score.py"), str(EXE), "-j", str(jobs)],
                          capture_output=True, text=True, check=True)
    summary = next(line for line in done.stdout.splitlines() if line.startswith("SUMMARY "))
    figures: dict[str, dict[str, str]] = {version: {} for version, _ in VERSIONS}
    for item in summary.split()[1:]:
        key, _, value = item.partition("=")
        version, _, measure = key.partition("_")
        figures[version][measure] = value
    return figures


def _norm(text: str) -> str:
    return " ".join(text.replace("\u00ad", "").split())


def _letters(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def page_titles(html: Path) -> tuple[set[str], set[str]]:
    """What a right title is one of: the page's headings and its og:title; and, for a page
    with neither, the parts of its ``<title>`` ("Site - Headline")."""
    from lxml import html as lxml_html

    tree = lxml_html.fromstring(html.read_bytes())
    titles = {_norm(node.text_content()) for node in tree.iter("h1", "h2", "h3")}
    titles |= {_norm(node.get("content", "")) for node in tree.iterfind(".//meta[@property='og:title']")}
    parts = {_norm(part) for part in re.split(r"\s[|\u2013\u2014-]\s", tree.findtext(".//title") or "")}
    return titles - {""}, (set() if titles - {""} else parts - {""})


def title_right(title: str, titles: tuple[set[str], set[str]], url: str) -> bool:
    """One of the headings, without a suffix naming the site; or a part of ``<title>`` not naming it."""
    headings, parts = titles
    suffix = re.search(r"\s[|\u2013\u2014-]\s*([^|\u2013\u2014-]+)$", title)
    if _norm(title) in headings:
        return not (suffix and outlet_matches(suffix[1], url))
    return _norm(title) in parts and not outlet_matches(title, url)


def outlet_matches(outlet: str, url: str) -> bool:
    host = re.sub(r"^www\.", "", url.split("/")[2])
    name, site = _letters(outlet), _letters(host)
    return bool(name) and (name in site or any(len(part) >= 4 and part in name for part in re.split(r"[.-]", host)))


def metadata_figures(expectations: dict) -> dict[str, dict[str, list[int]]]:
    """Per version: title, outlet, published as [right, checked]."""
    from reader.core.ingest import article_format
    from reader.core.ingest.importer import import_bytes

    figures = {version: {"title": [0, 0], "outlet": [0, 0], "published": [0, 0]} for version, _ in VERSIONS}
    for name, expected in sorted(expectations.items()):
        url = expected["source_url"]
        titles = page_titles(PAGES / f"{name}.html")
        dated = _URL_DATE.search(url)
        for version, suffix in VERSIONS:
            try:
                data = (PAGES / f"{name}{suffix}").read_bytes()
                meta = article_format.parse(import_bytes(data, source="page").text).meta
            except (OSError, ValueError):
                meta = {}
            tally = figures[version]
            tally["title"][1] += 1
            tally["title"][0] += title_right(meta.get("title", ""), titles, url)
            tally["outlet"][1] += 1
            tally["outlet"][0] += outlet_matches(meta.get("outlet", ""), url)
            if dated:
                stated = "-".join(part for part in dated.groups() if part)
                tally["published"][1] += 1
                tally["published"][0] += meta.get("published", "").startswith(stated)
    return figures


def trafilatura_found(expectations: dict) -> tuple[int, int]:
    """Expected body strings and leaked boilerplate strings in trafilatura's own text of each HTML
    page (the same normalisation as the scorer): the mark the HTML import must reach."""
    import trafilatura

    from bench.scripts import load_script

    score = load_script(PAGES / "score.py")
    found = leaked = 0
    for name, expected in expectations.items():
        text = score.norm(trafilatura.extract((PAGES / f"{name}.html").read_bytes(), include_comments=False) or "")
        found += sum(score.norm(s) in text for s in expected["must_contain"])
        leaked += sum(score.norm(s) in text for s in expected["must_not"])
    return found, leaked


def timings(expectations: dict, runs: int = 3) -> tuple[float, float]:
    """Median seconds per HTML page: our import, and trafilatura's extraction alone."""
    import trafilatura

    from reader.core.ingest.importer import import_page

    ours, theirs = [], []
    for name in sorted(expectations):
        page = PAGES / f"{name}.html"
        for times, action in ((ours, lambda: import_page(page)),
                              (theirs, lambda: trafilatura.extract(page.read_bytes(), with_metadata=True))):
            best = []
            for _ in range(runs):
                started = time.perf_counter()
                try:
                    action()
                except ValueError:
                    pass
                best.append(time.perf_counter() - started)
            times.append(min(best))
    return statistics.median(ours), statistics.median(theirs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-j", "--jobs", type=int, default=2, help="imports the scorer runs at once (default 2)")
    args = parser.parse_args()
    if not (PAGES / "score.py").is_file():
        print(f"skipped: the page corpus is not at {PAGES}")
        return 0
    expectations = json.loads((PAGES / "expectations.json").read_text(encoding="utf-8"))
    scored = scorer_figures(args.jobs)
    meta = metadata_figures(expectations)
    print(f"{len(expectations)} pages in {PAGES}")
    print(f"{'version':8s} {'found':>10s} {'leaked':>8s} {'failures':>9s} {'title':>7s} {'outlet':>7s} {'published':>9s}")
    for version, _ in VERSIONS:
        s, m = scored[version], meta[version]
        pages = len(expectations)
        cells = [f"{right}/{checked}" for right, checked in (m["title"], m["outlet"], m["published"])]
        print(f"{version:8s} {s['found']:>10s} {s['leaked']:>8s} {s['failed'] + '/' + str(pages):>9s} "
              f"{cells[0]:>7s} {cells[1]:>7s} {cells[2]:>9s}")
    found, leaked = trafilatura_found(expectations)
    contain = sum(len(expected["must_contain"]) for expected in expectations.values())
    must_not = sum(len(expected["must_not"]) for expected in expectations.values())
    print(f"trafilatura alone on the HTML: found {found}/{contain}, leaked {leaked}/{must_not}")
    ours, theirs = timings(expectations)
    print(f"time per HTML page (median): import {ours * 1000:.0f} ms, trafilatura alone {theirs * 1000:.0f} ms "
          f"({ours / theirs:.2f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
