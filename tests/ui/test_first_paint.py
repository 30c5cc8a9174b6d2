"""The first screen paints before anything only an analysis needs is imported: the findings, the
analysis' half of the model, the linker and their libraries load in the worker, after the first
paint. (How long start-up takes is for ``bench/startup.py``, against a minimal Textual app.)"""

import os
import subprocess
import sys

AFTER_THE_FIRST_PAINT = (
    "reader.core.model.analysis",
    "reader.core.findings",
    "reader.core.links",
    "reader.core.pipeline",
    "reader.core.store.cache",
    "reader.core.ingest.cleaning",  # not even then: only a file with no header is checked for a copied page
    "reader.ui.screens.compare",
    "rapidfuzz",
    "msgspec",
)

# In a fresh interpreter: what this test process imported already would hide what the app does.
_FIRST_PAINT = """
import asyncio, sys
from reader.core.ingest.loading import load_dossier
from reader.resources import bundled_dossier
from reader.ui.app import DossierApp, build_app

DossierApp._start_analysis = lambda self: None  # no worker: what the first paint imports, alone

async def main():
    app = build_app(load_dossier(bundled_dossier()), folder=bundled_dossier())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        print(type(app.screen).__name__, *sorted(sys.modules))

asyncio.run(main())
"""


def test_the_first_screen_imports_nothing_only_an_analysis_needs(tmp_path):
    env = {**os.environ, "DOSSIER_READER_DATA": str(tmp_path)}  # the reading state it saves on leaving
    shown, *imported = subprocess.run(
        [sys.executable, "-c", _FIRST_PAINT], capture_output=True, text=True, env=env, timeout=120, check=True
    ).stdout.split()
    assert shown == "ReaderScreen"
    assert [name for name in imported if name.startswith(AFTER_THE_FIRST_PAINT)] == []


# Who imports rapidfuzz first: its modules import each other in a circle, so a view opened while the
# worker imported them (``c`` in the first second) could get a half-made module and end the app.
_RAPIDFUZZ_FIRST = """
import asyncio, sys, threading
from reader.core.ingest.loading import load_dossier
from reader.resources import bundled_dossier
from reader.ui.app import DossierApp, build_app

importers = []
sys.addaudithook(lambda event, args: event == "import" and args[0] == "rapidfuzz"
                 and importers.append(threading.current_thread() is threading.main_thread()))
started = DossierApp._analyse
DossierApp._analyse = lambda self: (importers.append("worker starts"), started(self))

async def main():
    app = build_app(load_dossier(bundled_dossier()), folder=bundled_dossier())
    async with app.run_test(size=(120, 40)) as pilot:
        while app.analysis is None:  # the worker's end, then its message handled
            await app.workers.wait_for_complete()
            await pilot.pause()
        print(*importers)

asyncio.run(main())
"""


def test_rapidfuzz_is_imported_on_the_ui_thread_before_the_analysis_worker_starts(tmp_path):
    env = {**os.environ, "DOSSIER_READER_DATA": str(tmp_path), "DOSSIER_READER_CACHE": str(tmp_path)}
    printed = subprocess.run(
        [sys.executable, "-c", _RAPIDFUZZ_FIRST], capture_output=True, text=True, env=env, timeout=120, check=True
    ).stdout.split()
    assert printed[:2] == ["True", "worker"]
