"""The command line: ``dossier-reader [DIR]``, ``import`` and ``export``.

Exit status: 0 on success; 1 when nothing could be opened or written;
2 for a usage error. Per-file problems go to stderr, one line each, and never
stop the other files.

Every line written here (``_warn``, ``_say``, argparse's errors) goes through
:func:`inert_line`: names and paths come from outside and may hold escape
sequences or line breaks. Nothing is written through a symbolic link: an
``import`` target or ``export -o`` file that is a link is refused.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from pathlib import Path

from reader import __version__
from reader.core.safe_text import inert_line
from reader.resources import bundled_dossier

COMMANDS = ("read", "import", "export")
_FOLLOW_LINKS = "also open symbolic links that lead out of the folder (skipped by default)"


class _Parser(argparse.ArgumentParser):
    """argparse quotes the user's arguments in its errors ("unrecognized arguments: …"): made inert."""

    def error(self, message: str):
        super().error(inert_line(message))


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="dossier-reader",
        description="Read several news reports about one event side by side.",
        epilog="With no command, 'read' opens DIR (default: the bundled dossier).",
    )
    parser.add_argument("--version", action="version", version=f"dossier-reader {__version__}")
    commands = parser.add_subparsers(dest="command")

    read = commands.add_parser("read", help="open a dossier in the reader (the default)")
    read.add_argument("folder", nargs="?", type=Path, help="a folder of articles")
    read.add_argument("--follow-links", action="store_true", help=_FOLLOW_LINKS)

    imp = commands.add_parser("import", help="turn raw page text or saved HTML into article files")
    imp.add_argument("files", nargs="+", type=Path)
    imp.add_argument("--into", type=Path, default=Path("."), help="folder to write into (default: .)")
    imp.add_argument("--force", action="store_true", help="overwrite existing article files")
    imp.add_argument("--outlet", help="outlet name, when the page does not say it")
    imp.add_argument("--verbose", "-v", action="store_true", help="list every dropped line")

    exp = commands.add_parser("export", help="print the dossier and its analysis")
    exp.add_argument("folder", nargs="?", type=Path)
    exp.add_argument("--format", choices=("json", "markdown", "html"), default="json")
    exp.add_argument("--output", "-o", type=Path, help="write to this file (atomically) instead of stdout")
    exp.add_argument("--follow-links", action="store_true", help=_FOLLOW_LINKS)
    return parser


def _warn(message: str) -> None:
    """One line on stderr, made inert."""
    print(f"dossier-reader: {inert_line(message)}", file=sys.stderr)


def _say(message: str) -> None:
    """One line on stdout, made inert."""
    print(inert_line(message))


def _is_link(target: Path) -> bool:
    """Whether ``target`` is a symbolic link, said on stderr: writing there would replace the
    link or, worse, what it leads to. (An atomic write renames over the final path, so a link
    made after this check is replaced, never followed.)"""
    if os.path.islink(target):
        _warn(f"{target}: a symbolic link; not written (remove it or choose another name)")
        return True
    return False


FIRST_SCREENFUL = 64
"""Reports the reader reads before its first paint, more than its list shows on a tall
terminal; the app reads the rest in its worker (a dossier of hundreds opens as fast as five)."""


def _load(folder: Path, *, first: int | None = None, follow_links: bool = False):
    """The dossier (its ``first`` files only, when given), its problems said on stderr; ``None``
    when not one article opened."""
    from reader.core.ingest.loading import load_dossier

    dossier = load_dossier(folder, first=first, follow_links=follow_links)
    if not dossier.articles and dossier.unread:
        # None of the first opened: whether any does is up to the rest.
        dossier = load_dossier(folder, follow_links=follow_links)
    for problem in dossier.problems:
        _warn(str(problem))
    if not dossier.articles:
        if not any(problem.path == dossier.root for problem in dossier.problems):
            # Files were there but none opened; a missing folder has said so already.
            _warn(f"{folder}: no article could be opened")
        return None
    return dossier


def _read(args: argparse.Namespace) -> int:
    # Start-up allocates hundreds of thousands of long-lived objects (modules, styles, widgets):
    # collecting them over and over cost a tenth of the time to the first paint. The app
    # freezes them and turns the collector back on once the first screen is painted.
    gc.disable()
    folder = Path(args.folder or bundled_dossier())
    dossier = _load(folder, first=FIRST_SCREENFUL, follow_links=args.follow_links)
    if dossier is None:
        return 1
    from reader.ui.app import build_app

    build_app(dossier, folder=folder, follow_links=args.follow_links).run()
    return 0


def _import(args: argparse.Namespace) -> int:
    from reader.core.ingest.importer import import_page
    from reader.core.store.writing import write_atomic

    written = 0
    taken: set[str] = set()
    for path in args.files:
        try:
            result = import_page(path, outlet=args.outlet)
        except (OSError, ValueError) as error:
            _warn(f"{path}: {error}")
            continue
        target = args.into / _unclaimed(result.file_name, taken)
        if _is_link(target):
            continue
        if os.path.lexists(target) and not args.force:
            _warn(f"{target}: exists; use --force to overwrite")
            continue
        try:
            args.into.mkdir(parents=True, exist_ok=True)
            write_atomic(target, result.text)
        except OSError as error:
            _warn(f"{target}: {error.strerror or error}")
            continue
        written += 1
        kept, dropped = len(result.kept), len(result.dropped)
        kept_words = f"{kept} paragraph{'s' * (kept != 1)}"
        _say(f"{path} -> {target}: kept {kept_words}, dropped {dropped} line{'s' * (dropped != 1)}")
        for note in result.notes:
            _say(f"  note: {note}")
        if args.verbose:
            for line, reason in result.dropped:
                _say(f"  dropped ({reason}): {line[:100]!r}")
    return 0 if written else 1


def _unclaimed(name: str, taken: set[str]) -> str:
    """``name``, or ``name-2``, ``name-3``…: two pages of one outlet in one run never collide."""
    stem, dot, suffix = name.rpartition(".")
    candidate, number = name, 1
    while candidate in taken:
        number += 1
        candidate = f"{stem}-{number}{dot}{suffix}"
    taken.add(candidate)
    return candidate


def _export(args: argparse.Namespace) -> int:
    from reader.core.store.cache import analyse_cached
    from reader.core.store.corrections import with_saved_corrections

    if args.output and _is_link(args.output):
        return 1
    folder = args.folder or bundled_dossier()
    dossier = _load(folder, follow_links=args.follow_links)
    if dossier is None:
        return 1
    analysed, notice = analyse_cached(dossier)
    if notice:
        _warn(notice)
    analysis, _, problem = with_saved_corrections(analysed, folder)
    if problem:
        _warn(str(problem))
    if args.format == "html":
        from reader.report.html import to_html as render
    else:
        from reader.core.export import documents as export

        render = export.to_json if args.format == "json" else export.to_markdown
    text = render(analysis)
    if args.output:
        from reader.core.store.writing import write_atomic

        try:
            write_atomic(args.output, text)
        except OSError as error:
            _warn(f"{args.output}: {error.strerror or error}")
            return 1
    else:
        sys.stdout.write(text)
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in COMMANDS and not argv[0].startswith("-")):
        argv.insert(0, "read")
    args = _parser().parse_args(argv)
    handler = {"read": _read, "import": _import, "export": _export}[args.command]
    try:
        return handler(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `export | head`: the reader went away; say nothing more, as other tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
