"""What laying out the quote tracker's first statements costs: each one's rows, drawn and wrapped as
the first ``j`` after ``Q`` lays them out, in-process, in main-thread CPU.

    .venv/bin/python bench/quote_rows.py FOLDER [--items 4]

The analysis is read from the cache (``DOSSIER_READER_CACHE``; made first when missing). A
statement quoted by hundreds of reports is a thousand lines (each wording and each flag), laid out
as far as the view shows it (``ItemView.Lines``): the figure is each of the first statements' CPU
time laid out whole, what scrolling through all of it costs, the first time (its paragraphs'
highlighting not lexed yet) and the least of five more. ``bench/view_keys.py DIR --keys "Q j j"``
times the keys themselves.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


async def laid_out(folder: Path, items: int) -> None:
    from reader.core.ingest.loading import load_dossier
    from reader.core.store.cache import analyse_cached
    from reader.ui.app import build_app
    from reader.ui.screens.quotes import QuotesScreen

    dossier = load_dossier(folder)
    analysis, _ = analyse_cached(dossier)
    app = build_app(dossier, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        app.highlighting = True
        await pilot.press("Q")
        while not isinstance(app.screen, QuotesScreen):
            await pilot.pause()
        await pilot.pause()
        view = app.screen.statements
        for item in range(min(items, view.count)):
            spent = []
            for _ in range(6):
                view._rows.clear()
                start = time.thread_time()
                view._item_rows(item)
                spent.append((time.thread_time() - start) * 1000)
            rows = len(view._item_rows(item))
            print(f"statement {item + 1}: {rows} rows, first {spent[0]:.1f} ms, then {min(spent[1:]):.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--items", type=int, default=4)
    args = parser.parse_args()
    asyncio.run(laid_out(args.folder, args.items))


if __name__ == "__main__":
    main()
