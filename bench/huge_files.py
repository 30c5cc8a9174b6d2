"""Print the wall time and peak memory of ``dossier-reader export`` on files just under the size limit.

    .venv/bin/python bench/huge_files.py [--only line|paragraphs|repeated]

Two generated dossiers of one article each: a 30 MB article on one line (sentences of
news words, no paragraph break) and a 4 MB file of one million one-line paragraphs.
Then repeated text, the same sentence naming a place and two bodies N times in one paragraph
(N = 500 to 4000, beside a one-sentence second report) and 60,000 times on one 4 MB line:
every stage that compares sentences, mentions or dates of one report with each other must
stay linear (or n log n) in them, so its times should grow as N does (4000 passes the bound).
Each export runs in its own process with an empty analysis cache; its peak resident
memory is the kernel's count for that process (``wait4``), as ``/usr/bin/time -v``
reports it, and its CPU seconds (user and system) too: on a busy machine the wall time
says more of the neighbours than of the reader. The per-article analysis bound
(``reader/core/ingest/loading.py``) is what keeps all of them to seconds and well under 1 GB.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

WORDS = ("the minister said permits were cancelled on Monday after a review found credible evidence that "
         "drone technology exported was used in the conflict officials government report Ottawa Ankara").split()


def one_line(path: Path, size: int = 30_000_000) -> None:
    rng, parts, total = random.Random(7), [], 0
    while total < size:
        sentence = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 25)))
        parts.append(sentence[0].upper() + sentence[1:] + ". ")
        total += len(parts[-1])
    path.write_text("".join(parts)[:size] + "\n", encoding="utf-8")


def million_paragraphs(path: Path, count: int = 1_000_000) -> None:
    rng, letters = random.Random(7), "abcdefghijklmnopqrstuvwxyz"
    path.write_text("".join(rng.choice(letters).upper() + rng.choice(letters) + "\n\n" for _ in range(count)),
                    encoding="utf-8")


REPEATED = "The council of Avalon met the Harbour Board in Northport on Tuesday."


def repeated(times: int, separator: str = " ") -> Callable[[Path], None]:
    """A writer of an article of ``REPEATED`` ``times`` over, and a second one-sentence report beside it."""
    def write(path: Path) -> None:
        path.write_text(separator.join([REPEATED] * times) + "\n", encoding="utf-8")
        path.with_name("other.md").write_text("The council of Avalon met on Tuesday in Northport.\n", encoding="utf-8")
    return write


def measure(folder: Path, cache: Path) -> tuple[float, float, float, int]:
    """Wall seconds, CPU seconds, peak resident MB and exit status of one export of ``folder``."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "reader", "export", str(folder), "-o", str(cache / "out.json")],
        env={**os.environ, "DOSSIER_READER_CACHE": str(cache)}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(process.pid, 0)
    return (time.perf_counter() - started, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024,
            os.waitstatus_to_exitcode(status))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=("line", "paragraphs", "repeated"))
    args = parser.parse_args()
    cases = [("line", "30 MB on one line", one_line),
             ("paragraphs", "1,000,000 one-line paragraphs", million_paragraphs),
             *(("repeated", f"one sentence {n:,} times", repeated(n)) for n in (500, 1000, 2000, 4000)),
             ("repeated", "one sentence 60,000 times", repeated(60_000))]
    with tempfile.TemporaryDirectory() as scratch:
        for number, (key, label, write) in enumerate(cases):
            if args.only and key != args.only:
                continue
            folder, cache = Path(scratch, str(number)), Path(scratch, f"cache-{number}")
            folder.mkdir()
            cache.mkdir()
            write(folder / "article.md")
            seconds, cpu, megabytes, status = measure(folder, cache)
            size = (folder / "article.md").stat().st_size / 1e6
            print(f"{label:32} {size:5.1f} MB file: export {seconds:6.1f} s ({cpu:5.1f} s CPU), "
                  f"peak {megabytes:6.0f} MB, exit {status}")


if __name__ == "__main__":
    main()
