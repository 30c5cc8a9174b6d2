"""One cache entry's bytes: data, never code.

MessagePack decoded by msgspec against the model's own dataclasses
(:class:`~reader.core.model.Analysis`, whatever fields it grows), so reading an
entry can only ever build an analysis. The dossier itself is not stored (the
caller has it): an entry holds only what the analysis computed. Its own module
because both the cache and the analysis child (:mod:`reader.core.store.apart`)
write entries.
"""

from __future__ import annotations

import hashlib
from dataclasses import fields
from itertools import chain
from operator import attrgetter
from typing import get_type_hints

import msgspec

from reader.core.model import Analysis, Dossier, Sentence
from reader.core.model.base import first_of_each
from reader.core.model.analysis import forget_tokens
from reader.core.model.telling import learn, lexicon

FORMAT_NAME = "dossier-reader analysis"
SCHEMA_VERSION = 4
"""3: a link passage may lie in its title line (offsets below 0: ``Span.in_title``). 4: the
sentences' words as the analysis read them, after the analysis's fields (:data:`_WORDS`)."""


class _Entry(msgspec.Struct, frozen=True, array_like=True):
    """One file of the cache: what it is, for which key, and each field of the analysis but its
    dossier, in pieces (see :func:`_pieces`), then its words (:data:`_WORDS`), with their SHA-256:
    a truncated or altered entry is found out before anything in it is decoded."""

    format: str
    schema: int
    key: str
    digest: bytes
    fields: list[tuple[str, list[msgspec.Raw]]]


_ENCODER = msgspec.msgpack.Encoder()
_DECODER = msgspec.msgpack.Decoder(_Entry)
_BOUNDS = dict[str, list[tuple[int, int, int, int]]]
"""How an entry holds the sentences: each one's index, start, end and paragraph; their text and
tokens are the dossier's (the entry carries no article text, and tokens were most of its size)."""
_FIELDS = {
    name: msgspec.msgpack.Decoder(_BOUNDS if name == "sentences" else kind)
    for name, kind in get_type_hints(Analysis).items()
    if name in {f.name for f in fields(Analysis) if f.init} and name != "dossier"
}
_WORDS = {"terms": msgspec.msgpack.Decoder(dict[str, str | None]), "zipfs": msgspec.msgpack.Decoder(dict[str, float])}
"""The sentences' words read as statements' words, and their frequencies
(:func:`reader.core.model.telling.lexicon`): an analysis read back looks them up again (◆, quotations
said alike), which without them loads two lexicons (a third of a second) at every open."""
TABLE_PIECE, TUPLE_PIECE, WORD_PIECE = 8, 800, 4000
"""Entries of a table (``sentences``: articles) and items of a tuple (entities, links) per piece.
Each piece is one call to msgspec, which holds the interpreter lock for its whole length: a few
milliseconds (a piece of words: :data:`WORD_PIECE` of them), where one call for the whole analysis
kept the reader's keys waiting for as long as the load took (a second at 500 articles, as the pickle did)."""


def encode(analysis: Analysis, key: str) -> bytes:
    """The bytes of ``analysis``'s cache entry under ``key``."""
    parts = [(name, [_ENCODER.encode(_stored(name, piece)) for piece in _pieces(getattr(analysis, name))]) for name in _FIELDS]
    # A copy of a sentence prints the words of its first print: read once per distinct text.
    texts = first_of_each(chain.from_iterable(analysis.sentences.values()), attrgetter("text"))
    words = lexicon(chain.from_iterable(s.packed[3::4] for s in texts))  # each token's norm (tokens.Packed)
    parts += [(name, [_ENCODER.encode(dict(items[at : at + WORD_PIECE])) for at in range(0, len(items), WORD_PIECE)])
              for name, items in zip(_WORDS, (list(table.items()) for table in words))]
    stored = [(name, [msgspec.Raw(piece) for piece in pieces]) for name, pieces in parts]
    return _ENCODER.encode(_Entry(FORMAT_NAME, SCHEMA_VERSION, key, _digest(stored), stored))


def decode(data: bytes, key: str, dossier: Dossier) -> Analysis:
    """The analysis of ``dossier`` held in ``data``, its words taught to the lookups that read them
    (:func:`reader.core.model.telling.learn`); raises if ``data`` is anything else."""
    entry = _DECODER.decode(data)
    if (entry.format, entry.schema, entry.key) != (FORMAT_NAME, SCHEMA_VERSION, key):
        raise ValueError("a cache entry for something else")
    if [name for name, _ in entry.fields] != [*_FIELDS, *_WORDS] or _digest(entry.fields) != entry.digest:
        raise ValueError("a damaged cache entry")
    values = {
        name: _joined([_restored(name, _FIELDS[name].decode(piece), dossier) for piece in pieces])
        for name, pieces in entry.fields if name in _FIELDS
    }
    analysis = Analysis(dossier=dossier, **values)
    terms, zipfs = ({word: found for piece in pieces for word, found in _WORDS[name].decode(piece).items()}
                    for name, pieces in entry.fields if name in _WORDS)
    learn((terms, zipfs))
    forget_tokens()  # the tokens kept unpacked are to be this analysis' sentences', not those of one read before
    return analysis


def _stored(name: str, piece: object) -> object:
    if name != "sentences":
        return piece
    return {article: [(s.index, s.start, s.end, s.paragraph) for s in sentences] for article, sentences in piece.items()}


def _restored(name: str, piece: object, dossier: Dossier) -> object:
    """A decoded piece as the analysis holds it: sentences take their text from the article's
    body (an article the dossier lacks, or a bound outside it, makes no valid entry)."""
    if name != "sentences":
        return piece
    restored = {}
    for article, bounds in piece.items():
        body = dossier.article(article).body
        if any(not 0 <= start <= end <= len(body) for _, start, end, _ in bounds):
            raise ValueError("a sentence outside its article")
        restored[article] = tuple(Sentence(article, index, start, end, paragraph, body[start:end])
                                  for index, start, end, paragraph in bounds)
    return restored


def _pieces(value: object) -> list[object]:
    """``value`` cut into values of its own type, each small enough to encode or decode in a few ms."""
    if isinstance(value, dict):
        items = list(value.items())
        return [dict(items[at : at + TABLE_PIECE]) for at in range(0, len(items), TABLE_PIECE)] or [value]
    if isinstance(value, (tuple, list)) and len(value) > TUPLE_PIECE:
        return [value[at : at + TUPLE_PIECE] for at in range(0, len(value), TUPLE_PIECE)]
    return [value]


def _joined(pieces: list[object]) -> object:
    if len(pieces) == 1:
        return pieces[0]
    if isinstance(pieces[0], dict):
        return {key: item for piece in pieces for key, item in piece.items()}
    return type(pieces[0])(chain.from_iterable(pieces))


def _digest(parts: list[tuple[str, list[msgspec.Raw]]]) -> bytes:
    digest = hashlib.sha256()
    for name, pieces in parts:
        digest.update(name.encode() + b"\0")
        for piece in pieces:
            digest.update(len(piece).to_bytes(8, "big"))
            digest.update(piece)
    return digest.digest()
