"""CPU of the linker's grouping stages here and in another checkout, on the very same inputs, in one process.

    taskset -c 0 .venv/bin/python bench/links_ab.py FOLDER OTHER_CHECKOUT [--runs 3]

Runs :func:`reader.core.links.align.find_links` once, keeping the arguments of each call to the functions in
``TIMED``, then calls each function of this checkout and of ``OTHER_CHECKOUT``'s copy of its module (loaded from
its file) on those arguments, in turn, ``--runs`` times, printing the least CPU seconds of each and whether both
gave the same result (``repr``). On a shared machine a change worth a tenth of a stage is lost in the noise of
two separate runs of ``bench/links_profile.py``; here both sides share the process, its inputs and its caches.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.core.links import align, grouping, short_copies  # noqa: E402
from reader.core.vocabulary import load_dictionaries  # noqa: E402
from bench.link_inputs import link_inputs  # noqa: E402

TIMED = {"group_pairs": grouping, "merge_repeats": grouping, "link_of": grouping, "short_copies": short_copies}
"""The functions timed, by the module holding them (``align`` calls them by these names)."""


def _other(module, checkout: Path):
    path = checkout / Path(*module.__name__.split(".")).with_suffix(".py")
    spec = importlib.util.spec_from_file_location(f"other_{module.__name__.rsplit('.', 1)[-1]}", path)
    loaded = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(loaded)
    return loaded


def _run(work, calls: list[tuple]) -> tuple[float, list]:
    found = []
    gc.disable()
    started = time.process_time()
    for args in calls:
        if work.__name__ == "group_pairs" and args[5] is not None:  # it adds to the strays it is given
            args = (*args[:5], list(args[5]))
        found.append(work(*args))
    spent = time.process_time() - started
    gc.enable()
    return spent, found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("other", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    load_dictionaries()
    dossier, sentences, doubtful = link_inputs(args.folder)
    calls: dict[str, list[tuple]] = {name: [] for name in TIMED}
    for name in TIMED:
        def kept(*call, _work=getattr(align, name), _name=name):
            calls[_name].append(call)
            return _work(*call)
        setattr(align, name, kept)
    align.find_links(dossier, sentences, doubtful=doubtful)
    for name, module in TIMED.items():
        here, there = getattr(module, name), getattr(_other(module, args.other), name)
        best, found = {"here": float("inf"), "other": float("inf")}, {}
        for _ in range(args.runs):
            for side, work in (("other", there), ("here", here)):
                spent, found[side] = _run(work, calls[name])
                best[side] = min(best[side], spent)
        same = repr(found["here"]) == repr(found["other"])
        print(f"{name}: other {best['other']:.3f} s, here {best['here']:.3f} s, same result: {same}")


if __name__ == "__main__":
    main()
