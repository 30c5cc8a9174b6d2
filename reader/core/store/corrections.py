"""The user's corrections to an analysis, kept in a small file beside the dossier.

The analysis is never edited in place: the cache keeps it as computed, and
:func:`apply_corrections` returns a corrected copy on every open and for
every export. Article files are never touched.

Decisions are keyed by what survives a new analysis, never by ids (which
may change): entities by canonical name and type, link passages by
``(article, start, end)`` plus a fingerprint of the text there. An edited
article therefore makes a decision about it *stale* (listed by
:func:`stale_decisions`, otherwise ignored) instead of wrong.

The sidecar is ``<dossier>/.dossier-reader.json`` (``.<file>.dossier-reader.json``
beside a one-file dossier, for the reader and ``export`` alike); the leading dot
keeps the loader from taking it for an article. For a dossier the user cannot or
should not write (the bundled one, a read-only folder) it lives in the user's
data directory instead, keyed by the dossier's path (:func:`private_sidecar_path`).
The file is untrusted input: read without following links or blocking, bounded,
and every string in it made inert. Format, schema version 1::

    {
      "format": "dossier-reader corrections",
      "version": 1,
      "decisions": [
        {"decision": "merge", "keep": {"name": "Marc Garneau", "type": "person"},
                              "absorb": {"name": "Garneau", "type": "person"}},
        {"decision": "split", "entity": {"name": "Turkey", "type": "place"},
                              "aliases": ["Turkish Airlines"], "mentions": [ANCHOR, ...]},
        {"decision": "reject", "passages": [ANCHOR, ANCHOR, ...]},
        {"decision": "accept", "passages": [ANCHOR, ANCHOR, ...], "kind": "near", "score": 0.8},
        {"decision": "drop", "passages": [ANCHOR, ANCHOR, ...], "passage": ANCHOR}
      ]
    }

where ``ANCHOR`` is ``{"article": "al-jazeera", "start": 120, "end": 260,
"fingerprint": "<12 hex digits>"}``. Decisions apply in file order, so a
later decision wins over an earlier one about the same link.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Union, get_args

from reader.core.ingest.article_format import slug
from reader.core.model import Dossier, Entity, EntityType, Link, LinkKind, Problem, Span, counted, shorten
from reader.core.safe_text import make_inert
from reader.core.files import MIB, read_regular, size_text, writable
from reader.core.store.userdata import private_sidecar_path
from reader.core.store.writing import locked, write_atomic
from reader.resources import bundled_dossier

if TYPE_CHECKING:  # in annotations only: reader.core.model defines it once an analysis is asked for
    from reader.core.model import Analysis

SIDECAR_NAME = ".dossier-reader.json"
FORMAT_NAME = "dossier-reader corrections"
SCHEMA_VERSION = 1
MAX_SIDECAR_BYTES = 16 * MIB
"""A larger sidecar is refused unread: a user's decisions never come near this."""


class CorrectionsError(ValueError):
    """The sidecar cannot be used; the message is one line meant for the user."""


# --- decisions ---------------------------------------------------------------


@dataclass(frozen=True)
class EntityKey:
    """An entity as the user saw it: its canonical name and type."""

    name: str
    type: EntityType

    @classmethod
    def of(cls, entity: Entity) -> EntityKey:
        return cls(entity.name, entity.type)


@dataclass(frozen=True)
class Anchor:
    """A span of an article with a fingerprint of its text, so an edited article is noticed."""

    article: str
    start: int
    end: int
    fingerprint: str

    @classmethod
    def of(cls, dossier: Dossier, span: Span) -> Anchor:
        return cls(span.article, span.start, span.end, _fingerprint(dossier.article(span.article).text(span)))

    def resolve(self, dossier: Dossier) -> Span | None:
        """The span (in the body or the title line), if its article still exists and still holds
        the same text there."""
        article = dossier.by_id.get(self.article)
        if article is None or not article.holds(self.start, self.end):
            return None
        span = Span(self.article, self.start, self.end)
        return span if _fingerprint(article.text(span)) == self.fingerprint else None


def _fingerprint(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]


@dataclass(frozen=True)
class MergeEntities:
    """``absorb`` is the same thing as ``keep``: one entity, with ``keep``'s name and type."""

    keep: EntityKey
    absorb: EntityKey


@dataclass(frozen=True)
class SplitEntity:
    """The mentions of ``entity`` spelled as one of ``aliases`` (or at ``mentions``) are something else."""

    entity: EntityKey
    aliases: tuple[str, ...]
    mentions: tuple[Anchor, ...] = ()


@dataclass(frozen=True)
class RejectLink:
    """These passages do not carry the same statement: no link joins any two of them."""

    passages: tuple[Anchor, ...]


@dataclass(frozen=True)
class AcceptLink:
    """These passages do carry the same statement: the link is kept, marked accepted."""

    passages: tuple[Anchor, ...]
    kind: LinkKind = "near"
    score: float = 1.0


@dataclass(frozen=True)
class DropPassage:
    """``passage`` does not carry the statement the rest of the link at ``passages`` makes: the
    link goes on without it (and goes, if fewer than two reports are left). A link right in four
    reports and wrong in the fifth keeps the four."""

    passages: tuple[Anchor, ...]
    passage: Anchor


Decision = Union[MergeEntities, SplitEntity, RejectLink, AcceptLink, DropPassage]
_KINDS = {MergeEntities: "merge", SplitEntity: "split", RejectLink: "reject", AcceptLink: "accept", DropPassage: "drop"}
"""Each decision's kind, as the sidecar names it (``_encode``) and the analysis lists it done."""


LINK_WORDS = 40
"""Characters of its first passage that name a link a decision was about."""


def described(decision: Decision, dossier: Dossier | None = None) -> str:
    """The decision in words, for saying what an undo took back: ``the merge of Cavusoglu into
    Marc Garneau``, ``the rejection of a link across 3 reports``; with the ``dossier`` a link is
    named by its first words, as the palette names it (``the rejection of the link “Ferries
    stopped running…” across 3 reports``), so an undo in a new session says which."""
    if isinstance(decision, MergeEntities):
        return f"the merge of {decision.absorb.name} into {decision.keep.name}"
    if isinstance(decision, SplitEntity):
        return f"the split of {', '.join(decision.aliases) or 'a name'} out of {decision.entity.name}"
    reports = len({anchor.article for anchor in decision.passages})
    dropped = decision.passage if isinstance(decision, DropPassage) else None
    # The link is named by a passage it kept: the one taken out is named on its own.
    naming = [anchor for anchor in decision.passages if anchor != dropped] or list(decision.passages)
    first = None if dossier is None else next(filter(None, (anchor.resolve(dossier) for anchor in naming)), None)
    link = "a link" if first is None else f"the link {_words(dossier, first)}"
    across = f"{link} across {counted(reports, 'report')}"
    if dropped is not None:
        return f"the removal of {_whose_passage(dropped, dossier)} from {across}"
    return f"the {'rejection' if isinstance(decision, RejectLink) else 'acceptance'} of {across}"


def _words(dossier: Dossier, span: Span) -> str:
    return in_marks(dossier.article(span.article).text(span))


def in_marks(passage: str) -> str:
    """A passage's first words in quotation marks, its own marks round them dropped: a passage
    opening a quotation read ““This…” when named."""
    words = shorten(passage.strip(_QUOTE_MARKS + " "), LINK_WORDS)
    return f"\u201c{words.rstrip(_QUOTE_MARKS)}\u201d"


_QUOTE_MARKS = "\"\u201c\u201d\u00ab\u00bb\u201e"
"""Double quotation marks (single ones are apostrophes too: "the workers’")."""


def _whose_passage(anchor: Anchor, dossier: Dossier | None) -> str:
    """``The Globe and Mail's passage “Ottawa said…”``: the report and words a passage taken out of a
    link was, so an editor reading the export can check the correction; ``a passage`` when the
    dossier no longer has its report, the report alone when its text there changed."""
    name = None if dossier is None else dossier.names.get(anchor.article)
    if name is None:
        return "a passage"
    span = anchor.resolve(dossier)
    return f"{name}'s passage" + ("" if span is None else f" {_words(dossier, span)}")


@dataclass(frozen=True)
class Corrections:
    """Every decision the user made, oldest first; changing it gives a new value."""

    decisions: tuple[Decision, ...] = ()

    def adding(self, decision: Decision) -> Corrections:
        return Corrections((*self.decisions, decision))

    def undoing(self) -> Corrections:
        """Without the most recent decision (an undo); unchanged when empty."""
        return Corrections(self.decisions[:-1])


def merge_entities(keep: Entity, absorb: Entity) -> MergeEntities:
    return MergeEntities(EntityKey.of(keep), EntityKey.of(absorb))


def split_entity(
    analysis: Analysis, entity: Entity, aliases: tuple[str, ...] = (), mentions: tuple[Span, ...] = ()
) -> SplitEntity:
    return SplitEntity(EntityKey.of(entity), tuple(aliases), tuple(Anchor.of(analysis.dossier, m) for m in mentions))


def reject_link(analysis: Analysis, link: Link) -> RejectLink:
    return RejectLink(tuple(Anchor.of(analysis.dossier, span) for span in link.passages))


def accept_link(analysis: Analysis, link: Link) -> AcceptLink:
    return AcceptLink(tuple(Anchor.of(analysis.dossier, span) for span in link.passages), link.kind, link.score)


def drop_passage(analysis: Analysis, link: Link, passage: Span) -> DropPassage:
    anchors = tuple(Anchor.of(analysis.dossier, span) for span in link.passages)
    return DropPassage(anchors, Anchor.of(analysis.dossier, passage))


# --- applying ----------------------------------------------------------------


def apply_corrections(analysis: Analysis, corrections: Corrections) -> Analysis:
    """A new analysis with every decision that still applies, its findings brought up to date;
    ``analysis`` itself is unchanged."""
    from reader.core.pipeline import refresh  # here: corrections load at start-up, the analysis stages only later

    return refresh(analysis, _apply(analysis, corrections)[0])


def with_saved_corrections(
    analysis: Analysis, dossier_root: Path | str
) -> tuple[Analysis, Corrections, Problem | None]:
    """What every open and every export does: read the sidecar and apply it.

    Returns the corrected analysis, the corrections (to add to or undo) and
    the sidecar's problem, if any: with a file that cannot be used the analysis is uncorrected; with
    decisions that no longer apply (an article edited since) the others are applied and those said.
    """
    from reader.core.pipeline import refresh  # as in apply_corrections

    corrections, problem = load_corrections(dossier_root)
    corrected, stale = _apply(analysis, corrections)
    if stale and problem is None:
        told = "; ".join(described(decision, analysis.dossier) for decision in stale)
        problem = _problem(_sidecar_in_use(dossier_root), f"{counted(len(stale), 'correction')} no longer "
                           f"appl{'ies' if len(stale) == 1 else 'y'}, what {'it was' if len(stale) == 1 else 'they were'}"
                           f" made on being edited or gone: {told}")
    return refresh(analysis, corrected), corrections, problem


def stale_decisions(analysis: Analysis, corrections: Corrections) -> tuple[Decision, ...]:
    """Decisions about things this analysis no longer has (an edited article, a vanished entity)."""
    return _apply(analysis, corrections)[1]


def _apply(analysis: Analysis, corrections: Corrections) -> tuple[Analysis, tuple[Decision, ...]]:
    if not corrections.decisions:
        return analysis, ()
    entities, links, weaker = list(analysis.entities), list(analysis.links), list(analysis.weaker_links)
    stale: list[Decision] = []
    done: list[tuple[str, str]] = []
    absorbed: dict[str, list[Entity]] = {}
    for decision in corrections.decisions:
        if isinstance(decision, MergeEntities):
            applied = _merge(entities, decision, absorbed)
        elif isinstance(decision, SplitEntity):
            applied = _split(analysis.dossier, entities, decision, absorbed)
        elif isinstance(decision, DropPassage):
            applied = _drop(analysis.dossier, links, weaker, decision)
        else:
            applied = _judge_link(analysis.dossier, links, weaker, decision)
        if applied:
            done.append((_KINDS[type(decision)], described(decision, analysis.dossier)))
        else:
            stale.append(decision)
    corrected = analysis.replaced(entities=tuple(entities), links=tuple(links), weaker_links=tuple(weaker), corrections=tuple(done))
    return corrected, tuple(stale)


def _find(entities: list[Entity], key: EntityKey, skip: int = -1) -> int | None:
    """The entity ``key`` names: same name and type, else same name, else an alias of it."""
    from reader.core.tokens import normalise  # here: corrections load at start-up, segmenting only later

    name = normalise(key.name)
    rules = (
        lambda e: normalise(e.name) == name and e.type == key.type,
        lambda e: normalise(e.name) == name,
        lambda e: any(normalise(alias) == name for alias in e.aliases),
    )
    for rule in rules:
        for index, entity in enumerate(entities):
            if index != skip and rule(entity):
                return index
    return None


def _union(*groups: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(item for group in groups for item in group))


def _merge(entities: list[Entity], decision: MergeEntities, absorbed: dict[str, list[Entity]]) -> bool:
    """Fold ``absorb`` into ``keep``, noting under the kept id what it absorbed (as it was, and what
    it had absorbed itself), so a later split of its name can take it back whole."""
    keep = _find(entities, decision.keep)
    if keep is None or _find(entities, decision.absorb) is None:
        return False
    absorb = _find(entities, decision.absorb, skip=keep)
    if absorb is None:
        return True  # both keys already name one entity
    kept, gone = entities[keep], entities[absorb]
    entities[keep] = replace(
        kept,
        aliases=_union(kept.aliases, gone.aliases),
        mentions=tuple(sorted(set(kept.mentions) | set(gone.mentions))),
        related=tuple(r for r in _union(kept.related, gone.related) if r not in (kept.id, gone.id)),
        demonyms=_union(kept.demonyms, gone.demonyms),
        stand_ins=_union(kept.stand_ins, gone.stand_ins),
    )
    del entities[absorb]
    absorbed[kept.id] = [*absorbed.get(kept.id, ()), gone, *absorbed.pop(gone.id, ())]
    for index, entity in enumerate(entities):
        if gone.id in entity.related:
            related = tuple(kept.id if r == gone.id else r for r in entity.related)
            entities[index] = replace(entity, related=tuple(r for r in _union(related) if r != entity.id))
    return True


def _split(dossier: Dossier, entities: list[Entity], decision: SplitEntity, absorbed: dict[str, list[Entity]]) -> bool:
    """Move the mentions spelled as the decision's aliases (or pinned by it) to a new entity. Naming
    an entity merged in earlier takes back every mention it brought (its surname alone, a title),
    under its own name and type: the merge was wrong, so all of it goes."""
    index = _find(entities, decision.entity)
    if index is None:
        return False
    entity = entities[index]
    from reader.core.tokens import normalise  # here: corrections load at start-up, segmenting only later

    wanted = {normalise(alias) for alias in decision.aliases}
    merged_in = absorbed.get(entity.id, [])
    back = next((e for e in merged_in if normalise(e.name) in wanted), None)
    pinned = {span for span in (a.resolve(dossier) for a in decision.mentions) if span is not None}
    pinned.update(back.mentions if back is not None else ())
    surface = {m: dossier.article(m.article).text(m) for m in entity.mentions}
    moved = tuple(m for m in entity.mentions if m in pinned or normalise(surface[m]) in wanted)
    kept = tuple(m for m in entity.mentions if m not in moved)
    if not moved or not kept:
        return False
    moved_forms = _union(
        (back.name,) if back is not None else (),
        tuple(a for a in decision.aliases if any(normalise(surface[m]) == normalise(a) for m in moved)),
        tuple(surface[m] for m in moved),
    )
    # A form the kept mentions still use stays a name of the kept entity.
    gone = {normalise(form) for form in moved_forms} - {normalise(surface[m]) for m in kept}
    kept_aliases = tuple(a for a in entity.aliases if normalise(a) not in gone) or (surface[kept[0]],)
    taken = {e.id for e in entities}
    new_id, number = f"{entity.id}.{slug(moved_forms[0])}", 1
    while new_id in taken:
        number += 1
        new_id = f"{entity.id}.{slug(moved_forms[0])}-{number}"
    name = entity.name if normalise(entity.name) not in gone else kept_aliases[0]
    stand_ins = tuple(a for a in entity.stand_ins if normalise(a) not in gone)
    entities[index] = replace(entity, name=name, aliases=kept_aliases, mentions=kept, stand_ins=stand_ins)
    if back is None:
        entities.insert(index + 1, Entity(new_id, moved_forms[0], entity.type, moved_forms, moved))
    else:  # it comes back as it was, with what it had absorbed itself
        standing = {normalise(form) for form in back.stand_ins}
        aliases = tuple(form for form in moved_forms if normalise(form) not in standing)
        stand_ins = tuple(form for form in moved_forms if normalise(form) in standing)
        entities.insert(index + 1, Entity(new_id, back.name, back.type, aliases, moved, demonyms=back.demonyms, stand_ins=stand_ins))
        with_it = [e for e in merged_in if e is not back and set(e.mentions) <= set(back.mentions)]
        absorbed[entity.id] = [e for e in merged_in if e is not back and e not in with_it]
        absorbed[new_id] = with_it
    return True


def _decided(dossier: Dossier, links: list[Link], weaker: list[Link], anchors: tuple[Anchor, ...]) -> tuple[set[Span], list[tuple[list[Link], int]]]:
    """The passages a decision names that are still there, and where the link it was about is now:
    the link of exactly those passages, else (passages moved since) the one sharing the most of them,
    two at least; none when several share as many: a passage takes part in one link per statement it
    carries, so the passages left (one report's sentence edited) may be in links of other statements,
    which the decision is not about."""
    spans = {span for span in (a.resolve(dossier) for a in anchors) if span is not None}
    found = [(group, i) for group in (links, weaker) for i, link in enumerate(group) if set(link.passages) == spans]
    if not found:
        shared = [(len(spans.intersection(link.passages)), group, i) for group in (links, weaker) for i, link in enumerate(group)]
        most = max((count for count, _, _ in shared), default=0)
        found = [(group, i) for count, group, i in shared if count == most]
        if most < 2 or len(found) > 1:
            found = []
    return spans, found


def _judge_link(dossier: Dossier, links: list[Link], weaker: list[Link], decision: RejectLink | AcceptLink) -> bool:
    """Apply one verdict to the confident ``links`` and the ``weaker`` ones (shown with ``W``, judged
    like any other): a rejected link goes from either; an accepted weaker one becomes confident."""
    spans, found = _decided(dossier, links, weaker, decision.passages)
    if len({span.article for span in spans}) < 2:
        return False
    if isinstance(decision, RejectLink):  # no link left to take away: stale, not said to be applied
        for group, index in reversed(found):
            del group[index]
        return bool(found)
    if found:
        for group, index in reversed(found):  # from the end: deleting leaves the indices before it
            accepted = replace(group[index], accepted=True, confident=True)
            if group is links:
                links[index] = accepted
            else:
                del weaker[index]
                links.append(accepted)
    else:
        order = {article.id: i for i, article in enumerate(dossier.articles)}
        passages = tuple(sorted(spans, key=lambda s: (order[s.article], s.start)))
        digest = _fingerprint(repr([(s.article, s.start, s.end) for s in passages]))
        links.append(Link(f"accepted-{digest}", decision.kind, decision.score, passages, accepted=True))
    return True


def _drop(dossier: Dossier, links: list[Link], weaker: list[Link], decision: DropPassage) -> bool:
    """The link without the dropped passage, under a new id (what was worked out for the link as it
    was, its differences and comparisons, is worked out again); gone below two reports."""
    dropped = decision.passage.resolve(dossier)
    found = [(group, i) for group, i in _decided(dossier, links, weaker, decision.passages)[1] if dropped in group[i].passages]
    for group, index in reversed(found):
        link = group[index]
        rest = tuple(span for span in link.passages if span != dropped)
        if len({span.article for span in rest}) < 2:
            del group[index]
        else:
            group[index] = replace(link, id=f"{link.id}-{decision.passage.fingerprint[:6]}", passages=rest)
    return bool(found)


# --- the sidecar file ----------------------------------------------------------


def sidecar_path(dossier_root: Path | str) -> Path:
    """The sidecar beside the dossier: in its folder, or beside a one-file dossier."""
    root = Path(dossier_root)
    if os.path.isfile(root):
        return root.with_name(f".{root.name}{SIDECAR_NAME}")
    return root / SIDECAR_NAME


def _kept_privately(root: Path, private: Path) -> bool:
    """Decisions about the bundled dossier, one already kept privately, or one whose folder the
    user cannot write, live in the user's data directory."""
    folder = root if os.path.isdir(root) else root.parent
    return _is_bundled(root) or os.path.exists(private) or not writable(folder)


def _is_bundled(root: Path) -> bool:
    return Path(os.path.realpath(root)).is_relative_to(os.path.realpath(bundled_dossier()))


def _sidecar_in_use(dossier_root: Path | str) -> Path:
    """The file the dossier's decisions are read from: kept privately when one is, else beside the dossier."""
    private = private_sidecar_path(dossier_root)
    return private if os.path.exists(private) else sidecar_path(dossier_root)


def load_corrections(dossier_root: Path | str) -> tuple[Corrections, Problem | None]:
    """The saved corrections; a missing file is none, an unusable one is none plus one clear problem.

    Read from the user's data directory when kept there, else from beside the dossier.
    Never raises for a bad file: corrections must never stop a dossier from opening.
    """
    path = _sidecar_in_use(dossier_root)
    try:
        return _read(path), None
    except FileNotFoundError:
        return Corrections(), None
    except OSError as error:
        reason = _reason(error)
    except CorrectionsError as error:
        reason = f"{error}; it is kept as {make_inert(path.name)}.bad on the next save"
    return Corrections(), _problem(path, f"corrections not applied: {reason}")


def save_corrections(
    dossier_root: Path | str, corrections: Corrections, *, since: Corrections = Corrections()
) -> Problem | None:
    """Save this reader's decisions without losing anyone else's, atomically.

    ``since`` is what this reader last read or saved. Under a lock beside the file, the
    decisions on disk (another reader's included) get what changed since then: the
    decisions undone removed, the new ones added (see :func:`merge`); a crash
    mid-write leaves the previous file whole. The file is beside the dossier, or in
    the user's data directory for a dossier the user cannot or should not write (the
    bundled one, a read-only folder). No decisions left removes the file rather than
    leaving an empty one. An existing file that could not be read as corrections is
    first renamed to ``<name>.bad`` rather than overwritten. Returns a problem (and
    changes nothing) when neither place can be written: the caller must tell the user.
    """
    root = Path(dossier_root)
    private = private_sidecar_path(root)
    path = private if _kept_privately(root, private) else sidecar_path(root)
    try:
        try:
            _merge_into(path, root, corrections, since)
        except OSError as error:
            if path == private or error.errno not in _READ_ONLY:
                raise
            path = private
            _merge_into(path, root, corrections, since)
    except OSError as error:
        return _problem(path, f"corrections not saved: {_reason(error)}")
    return None


_READ_ONLY = (errno.EACCES, errno.EPERM, errno.EROFS)


def merge(on_disk: Corrections, mine: Corrections, since: Corrections) -> Corrections:
    """``on_disk`` with what ``mine`` changed since ``since``: the decisions undone since then
    removed (the latest such first), the new ones appended unless already there."""
    unchanged = Counter(since.decisions)
    added = []
    for decision in mine.decisions:
        if unchanged[decision]:
            unchanged[decision] -= 1
        else:
            added.append(decision)
    undone = unchanged  # what ``since`` had that ``mine`` no longer has
    kept = list(on_disk.decisions)
    for index in range(len(kept) - 1, -1, -1):
        if undone[kept[index]]:
            undone[kept[index]] -= 1
            del kept[index]
    present = Counter(kept)
    for decision in added:
        if present[decision]:
            present[decision] -= 1
        else:
            kept.append(decision)
    return Corrections(tuple(kept))


def _merge_into(path: Path, root: Path, mine: Corrections, since: Corrections) -> None:
    beside = sidecar_path(root)
    if path != beside:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    with locked(path):
        merged = merge(_on_disk(path, beside), mine, since)
        if merged.decisions or (path != beside and os.path.exists(beside)):
            # Kept privately, an empty file still hides the decisions beside the dossier that were undone;
            # private as the reading-state files (0600); beside the dossier, as the folder's files are.
            write_atomic(path, to_json(merged), mode=None if path == beside else 0o600)
        else:
            path.unlink(missing_ok=True)


def _on_disk(path: Path, beside: Path) -> Corrections:
    """The decisions saved at ``path``; a file that is not corrections is set aside as ``.bad``.
    A private file not made yet starts from the decisions beside the dossier, if readable."""
    try:
        return _read(path)
    except CorrectionsError:
        os.replace(path, path.with_name(path.name + ".bad"))
    except FileNotFoundError:
        if path != beside:
            try:
                return _read(beside)
            except (OSError, CorrectionsError):
                pass
    return Corrections()


def _problem(path: Path, message: str) -> Problem:
    return Problem(make_inert(str(path)), message)


def _reason(error: OSError) -> str:
    if error.errno in _READ_ONLY:
        return "the folder or file is read-only"
    if error.errno == errno.ELOOP:
        return "a symbolic link, not followed"
    return (error.strerror or str(error)).lower()


def _read(path: Path) -> Corrections:
    """The corrections in ``path``, read as untrusted input (see :mod:`reader.core.files`)."""
    data, info = read_regular(path, MAX_SIDECAR_BYTES)
    if max(info.st_size, len(data)) > MAX_SIDECAR_BYTES:
        raise CorrectionsError(f"larger than {size_text(MAX_SIDECAR_BYTES)}")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise CorrectionsError("not UTF-8 text") from None
    try:
        return from_json(text)
    except CorrectionsError:
        raise
    except Exception as error:  # noqa: BLE001 - whatever the file does to the parser, the dossier opens
        raise CorrectionsError(f"unreadable ({type(error).__name__})") from None


def to_json(corrections: Corrections) -> str:
    decisions = [_encode(d) for d in corrections.decisions]
    document = {"format": FORMAT_NAME, "version": SCHEMA_VERSION, "decisions": decisions}
    return json.dumps(document, indent=1) + "\n"  # ASCII: any name, even a lone surrogate, is written


def _plain(anchors: tuple[Anchor, ...]) -> list[dict]:
    return [vars(anchor) for anchor in anchors]


def _encode(decision: Decision) -> dict:
    return {"decision": _KINDS[type(decision)], **_fields(decision)}


def _fields(decision: Decision) -> dict:
    if isinstance(decision, MergeEntities):
        return {"keep": vars(decision.keep), "absorb": vars(decision.absorb)}
    if isinstance(decision, SplitEntity):
        return {"entity": vars(decision.entity), "aliases": list(decision.aliases), "mentions": _plain(decision.mentions)}
    if isinstance(decision, RejectLink):
        return {"passages": _plain(decision.passages)}
    if isinstance(decision, DropPassage):
        return {"passages": _plain(decision.passages), "passage": vars(decision.passage)}
    return {"passages": _plain(decision.passages), "kind": decision.kind, "score": decision.score}


def from_json(text: str) -> Corrections:
    """Parse a sidecar's text; raises :class:`CorrectionsError` with a one-line reason."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise CorrectionsError(f"not valid JSON (line {error.lineno}: {error.msg.lower()})") from None
    except RecursionError:
        raise CorrectionsError("not valid JSON (nested too deeply)") from None
    except (ValueError, MemoryError, OverflowError):  # e.g. an integer of thousands of digits
        raise CorrectionsError("not valid JSON (a value too large to read)") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise CorrectionsError("not a dossier-reader corrections file")
    version = document.get("version")
    if version != SCHEMA_VERSION:
        if isinstance(version, int) and version > SCHEMA_VERSION:
            raise CorrectionsError(f"written by a newer dossier-reader (schema version {version})")
        raise CorrectionsError(f"unknown schema version {_brief(version)}")
    decisions = document.get("decisions")
    if not isinstance(decisions, list):
        raise CorrectionsError("'decisions' is not a list")
    return Corrections(tuple(_decode(item, number) for number, item in enumerate(decisions, 1)))


def _decode(item: object, number: int) -> Decision:
    where = f"decision {number}"
    if not isinstance(item, dict):
        raise CorrectionsError(f"{where} is not an object")
    kind = item.get("decision")
    try:
        if kind == "merge":
            return MergeEntities(_key(item["keep"]), _key(item["absorb"]))
        if kind == "split":
            aliases = item.get("aliases", [])
            if not isinstance(aliases, list):
                raise TypeError
            return SplitEntity(_key(item["entity"]), tuple(map(_text, aliases)), _anchors(item.get("mentions", [])))
        if kind == "reject":
            return RejectLink(_anchors(item["passages"]))
        if kind == "drop":
            (passage,) = _anchors([item["passage"]])
            return DropPassage(_anchors(item["passages"]), passage)
        if kind == "accept":
            link_kind, score = item.get("kind", "near"), item.get("score", 1.0)
            if link_kind not in get_args(LinkKind) or isinstance(score, bool) or not isinstance(score, (int, float)):
                raise TypeError
            if not 0 <= score <= 1:  # also refuses NaN, which Python's JSON reader accepts
                raise TypeError
            return AcceptLink(_anchors(item["passages"]), link_kind, float(score))
    except (KeyError, TypeError):
        raise CorrectionsError(f"{where} ({str(kind)[:20]}) is missing a field or has one of the wrong type") from None
    raise CorrectionsError(f"{where} has unknown kind {_brief(kind)}")


def _brief(value: object) -> str:
    """A value from the file, quoted, cut and inert: fit for a one-line message."""
    return make_inert(repr(str(value)[:20]))


def _text(value: object) -> str:
    """A string from the file, made inert and capped like article text (it reaches the screen),
    on one line: names, aliases and ids never span two."""
    if not isinstance(value, str):
        raise TypeError
    return make_inert(value).replace("\n", " ")


def _key(value: object) -> EntityKey:
    if not isinstance(value, dict) or value.get("type") not in get_args(EntityType):
        raise TypeError
    return EntityKey(_text(value.get("name")), value["type"])


def _anchors(value: object) -> tuple[Anchor, ...]:
    if not isinstance(value, list):
        raise TypeError
    anchors = []
    for item in value:
        if not isinstance(item, dict):
            raise TypeError
        article, start, end, fingerprint = (item.get(k) for k in ("article", "start", "end", "fingerprint"))
        if not (type(start) is int and type(end) is int):
            raise TypeError
        anchors.append(Anchor(_text(article), start, end, _text(fingerprint)))
    return tuple(anchors)
