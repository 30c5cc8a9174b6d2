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

try:
    import argparse
    import os
    import sys
    from pathlib import Path

    from reader import __version__, collector
    from reader.core.safe_text import inert_line
    from reader.resources import bundled_dossier
    from reader.terminal import NoTerminal, on_the_terminal
except KeyboardInterrupt:  # ctrl+c as the program starts: its status, not the traceback of the import it broke into
    raise SystemExit(130) from None

COMMANDS = ("read", "import", "export")
_FOLLOW_LINKS = "also open symbolic links that lead out of the folder (skipped by default)"


class _Parser(argparse.ArgumentParser):
    """argparse quotes the user's arguments in its errors ("unrecognized arguments: …"): made inert."""

    def error(self, message: str):
        super().error(inert_line(message))


def _parser() -> argparse.ArgumentParser:
    from reader.report.formats import SUFFIXES

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

    imp = commands.add_parser("import", help="turn raw page text, saved HTML or web pages into article files")
    imp.add_argument("files", nargs="+", metavar="FILE_OR_URL", help="a saved page, or an http(s) address to fetch")
    imp.add_argument("--into", type=Path, default=Path("."), help="folder to write into (default: .)")
    imp.add_argument("--force", action="store_true",
                     help="replace a file that holds the same article (same URL, or same title and outlet)")
    imp.add_argument("--outlet", help="outlet name, when the page does not say it")
    imp.add_argument("--verbose", "-v", action="store_true",
                     help="say where the body starts and ends and why, and list every dropped line")

    exp = commands.add_parser(
        "export", help="print the dossier and its analysis (json, markdown or html)",
        description=_fill("Print a dossier and its analysis, as the reader shows it and with the corrections "
                          "made in the reader applied, to stdout (or to a file with -o)."),
        epilog=_export_epilog(), formatter_class=argparse.RawDescriptionHelpFormatter)
    exp.add_argument("folder", nargs="?", type=Path, metavar="FOLDER",
                     help="a folder of articles (.md, .txt) or one article file (default: the bundled dossier)")
    exp.add_argument("--format", choices=tuple(SUFFIXES), default="json", help="what to write (default: json; see below)")
    exp.add_argument("--output", "-o", type=Path, metavar="FILE",
                     help="write to FILE instead of stdout: atomically (never half a file), never through a symbolic link")
    exp.add_argument("--follow-links", action="store_true", help=_FOLLOW_LINKS)
    return parser


HELP_WIDTH = 78
"""Columns of export --help's own paragraphs: whole at 80 columns."""


def _fill(text: str, indent: str = "", hanging: str = "") -> str:
    import textwrap

    return textwrap.fill(text, HELP_WIDTH, initial_indent=indent, subsequent_indent=hanging or indent)


def _export_epilog() -> str:
    """``export --help``'s account of the formats, the weaker links and examples."""
    from reader.report.formats import CONTENTS

    formats = "\n".join(_fill(f"{name:<9} {words}", "  ", " " * 12) for name, words in CONTENTS.items())
    notes = _fill("Only the confident links are compared; the weaker links (which W shows in the reader, "
                  "marked ?) are listed in json alone, under weaker_links. Files that did not open are said "
                  "on stderr, one line each, and listed in the export. Exit status: 0 written; 1 nothing "
                  "opened or written; 2 a usage error.")
    return (f"formats:\n{formats}\n\n{notes}\n\n"
            "examples:\n"
            "  dossier-reader export                          # the bundled dossier, as JSON\n"
            "  dossier-reader export my-dossier --format html -o report.html\n"
            "  dossier-reader export my-dossier --format markdown | less\n")


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


SWITCH_INTERVAL = 0.0005
"""Seconds a thread may hold the interpreter lock while another waits for it (Python's default: 5 ms).
Textual writes each frame to the terminal from a thread of its own: right after the first paint, while
the UI thread and the analysis worker were busy, the first frame reached the screen 5 to 20 ms after it
was drawn; a key's frame waited alike while the worker ran."""


def _read(args: argparse.Namespace) -> int:
    # Start-up allocates hundreds of thousands of long-lived objects (modules, styles, widgets):
    # collecting them over and over cost a tenth of the time to the first paint.
    collector.starting()
    sys.setswitchinterval(SWITCH_INTERVAL)
    folder = Path(args.folder or bundled_dossier())
    dossier = _load(folder, first=FIRST_SCREENFUL, follow_links=args.follow_links)
    if dossier is None:
        collector.stopped()
        return 1
    from reader.ui.app import build_app

    app = build_app(dossier, folder=folder, follow_links=args.follow_links)
    try:
        with on_the_terminal():
            app.run()
    except NoTerminal as error:
        _warn(str(error))
        return 1
    return app.return_code or 0  # 128 + the signal when closed by one (see DossierApp._leave_on_signal)


def _import(args: argparse.Namespace) -> int:
    from reader.core.ingest.fetching import is_url
    from reader.core.ingest.importer import import_page

    try:
        a_file = args.into.exists() and not args.into.is_dir()
    except OSError:  # a name the system refuses: said, file by file, where each page would be written
        a_file = False
    if a_file:
        _warn(f"--into {args.into}: a file, not a folder")
        return 1
    written = 0
    for source in args.files:
        try:
            result = _import_url(source, args.outlet) if is_url(source) else import_page(Path(source), outlet=args.outlet)
        except (OSError, ValueError) as error:
            _warn(f"{source}: {getattr(error, 'strerror', None) or error}")
            continue
        written += _write_import(source, result, args)
    return 0 if written else 1


def _import_url(url: str, outlet: str | None):
    """A web page fetched and imported like a saved one (its address kept as the article's ``url``)."""
    from urllib.parse import urlsplit

    from reader.core.ingest.fetching import fetch
    from reader.core.ingest.importer import import_bytes

    data, final = fetch(url)
    return import_bytes(data, source=urlsplit(final).hostname or "page", outlet=outlet, url=final)


def _write_import(source: str, result, args: argparse.Namespace) -> bool:
    """Write one import under a name of its own: a file of the same article, whatever its name, is
    replaced (in one step) only with ``--force``; one of another article keeps its name and the import
    takes the next free one."""
    from reader.core.ingest.importer import duplicates, holding_article
    from reader.core.store.writing import why_not_written, write_atomic, write_new

    stem, _, suffix = result.file_name.rpartition(".")
    replaced = False
    try:
        args.into.mkdir(parents=True, exist_ok=True)
        target = holding_article(args.into, result)
        if target is not None:
            if not args.force:
                _warn(f"{target}: already holds this article; --force replaces it")
                return False
            if _is_link(target):
                return False
            write_atomic(target, result.text)
            replaced = True
        else:
            for number in range(1, 1000):
                target = args.into / (result.file_name if number == 1 else f"{stem}-{number}.{suffix}")
                if _is_link(target):
                    return False
                if write_new(target, result.text):
                    break
            else:
                _warn(f"{args.into}: no free file name for {result.file_name}")
                return False
    except OSError as error:
        _warn(f"{args.into / result.file_name}: {why_not_written(args.into / result.file_name, error)}")
        return False
    kept, dropped = len(result.kept), len(result.dropped)
    kept_words = f"{kept} paragraph{'s' * (kept != 1)}"
    how = " (replaced: it held this article)" if replaced else ""
    _say(f"{source} -> {target}{how}: kept {kept_words}, dropped {dropped} line{'s' * (dropped != 1)}")
    for note in result.notes:
        _say(f"  note: {note}")
    if _inside(source, args.into) and Path(source).resolve() != target.resolve():
        _say(f"  note: {Path(source).name}, the page imported, is still in {args.into} and opens as a report of its "
             "own beside the article: move it out of the folder")
    for other in duplicates(args.into, result, target):
        if other.resolve() != Path(source).resolve():
            _say(f"  note: {other.name} holds the same report (its title, opening or nearly all its body): imported twice?")
    for warning in result.warnings:
        _say(f"  warning: {warning}")
    if args.verbose:
        for line in result.why:
            _say(f"  {line}")
        for line, reason in result.dropped:
            _say(f"  dropped ({reason}): {line[:100]!r}")
    return True


def _inside(source: str, folder: Path) -> bool:
    """Is ``source`` a file the reader would open in ``folder`` (an article suffix, right in it)?"""
    from reader.core.ingest.fetching import is_url
    from reader.core.ingest.loading import ARTICLE_SUFFIXES

    if is_url(source):
        return False
    path = Path(source)
    try:
        return path.suffix.lower() in ARTICLE_SUFFIXES and path.resolve().parent == folder.resolve()
    except (OSError, RuntimeError):
        return False


def _export(args: argparse.Namespace) -> int:
    from reader.core.store.cache import analyse_cached
    from reader.core.store.corrections import with_saved_corrections

    if args.output and _is_link(args.output):
        return 1
    folder = args.folder or bundled_dossier()
    dossier = _load(folder, follow_links=args.follow_links)
    if dossier is None:
        return 1
    from reader.report.formats import encoded

    with collector.building():
        analysed, notice = analyse_cached(dossier)
        if notice:
            _warn(notice)
        analysis, _, problem = with_saved_corrections(analysed, folder)
        data = encoded(analysis, args.format)
        # Lives until the command ends: out of the collector's sight, which would otherwise scan
        # it all once the collector is back on and again as the interpreter exits (seconds).
        collector.keep()
    if problem:
        _warn(str(problem))
    if args.output:
        from reader.core.store.writing import why_not_written, write_atomic

        try:
            write_atomic(args.output, data)
        except OSError as error:
            _warn(f"{args.output}: {why_not_written(args.output, error)}")
            return 1
    else:
        sys.stdout.flush()
        binary = getattr(sys.stdout, "buffer", None)
        if binary is None:  # a text stream of a caller's, with no bytes beneath it: the text
            sys.stdout.write(data.decode())
        else:
            binary.write(data)
        sys.stdout.flush()
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in COMMANDS and not argv[0].startswith("-")):
        argv.insert(0, "read")
    try:
        args = _parser().parse_args(argv)
        return {"read": _read, "import": _import, "export": _export}[args.command](args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `export | head`: the reader went away; say nothing more, as other tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
