"""Where the user left a dossier: the report, the place in it, the theme and highlight style,
and whether the weaker links were shown (``W``).

Kept in the user's data directory (never beside the dossier: it is the reader's state, not a
decision about the reports), one small JSON file per dossier under the same key as the
private corrections (:func:`~reader.core.store.userdata.private_sidecar_path`), written
atomically. The file is untrusted input like any other: read through
:func:`~reader.core.files.read_regular` (no link followed, bounded), every value checked;
anything else is ignored, with one problem to say so. Format::

    {"format": "dossier-reader reading state", "version": 1,
     "article": "al-jazeera", "offset": 1234, "theme": "textual-dark", "style": "monokai", "weaker": false}

``offset`` is the body offset at the top of the view (``null``: the top of the report);
``weaker`` may be missing (a state saved before it was kept): not shown.
The caller checks the names against what exists (the report, the theme, the style).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

from reader.core.files import read_regular
from reader.core.model import Problem
from reader.core.safe_text import make_inert
from reader.core.store.userdata import data_dir, private_sidecar_path

FORMAT_NAME = "dossier-reader reading state"
MAX_STATE_BYTES = 16 * 1024
_MAX_NAME = 200


@dataclass(frozen=True)
class ReadingState:
    """What reopening the dossier restores; empty strings and ``None`` mean "as by default"."""

    article: str = ""
    offset: int | None = None
    theme: str = ""
    style: str = ""
    weaker: bool = False


def state_path(dossier_root: Path | str) -> Path:
    """This dossier's state file: keyed as its private corrections are, in a folder of its own."""
    return data_dir() / "reading" / private_sidecar_path(dossier_root).name


def load_reading_state(dossier_root: Path | str) -> tuple[ReadingState, Problem | None]:
    """The state saved for this dossier; none saved is the default, an unusable file the
    default plus one problem. Never raises: the state must never stop a dossier from opening."""
    path = state_path(dossier_root)
    try:
        data, info = read_regular(path, MAX_STATE_BYTES)
        if max(info.st_size, len(data)) > MAX_STATE_BYTES:
            raise ValueError("too large")
        import json  # here: a dossier opened for the first time, or left without quitting, has no state

        return _decode(json.loads(data.decode("utf-8"))), None
    except FileNotFoundError:
        return ReadingState(), None
    except Exception:  # noqa: BLE001 - whatever the file holds, the dossier opens as if it were not there
        return ReadingState(), Problem(make_inert(str(path)), "where you left this dossier is not readable; starting at the top")


def save_reading_state(dossier_root: Path | str, state: ReadingState) -> Problem | None:
    """Write ``state`` atomically (private to the user: folder 0700, file 0600); a problem if it cannot be."""
    # Imported here: the state is read before the first paint (and decoded only when there is one).
    import json

    from reader.core.store.writing import write_atomic

    path = state_path(dossier_root)
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        write_atomic(path, json.dumps({"format": FORMAT_NAME, "version": 1, **asdict(state)}), mode=0o600)
    except OSError as error:
        return Problem(make_inert(str(path)), f"where you left this dossier not saved: {(error.strerror or str(error)).lower()}")
    return None


def _decode(value: object) -> ReadingState:
    if not isinstance(value, dict) or value.get("format") != FORMAT_NAME or value.get("version") != 1:
        raise ValueError("not a reading state")
    names = {key: value.get(key, "") for key in ("article", "theme", "style")}
    offset, weaker = value.get("offset"), value.get("weaker", False)
    if not all(isinstance(name, str) and len(name) <= _MAX_NAME for name in names.values()):
        raise ValueError("a name is not a short string")
    if offset is not None and (type(offset) is not int or offset < 0):
        raise ValueError("the offset is not a position")
    if type(weaker) is not bool:
        raise ValueError("weaker is not true or false")
    return ReadingState(offset=offset, weaker=weaker, **names)

