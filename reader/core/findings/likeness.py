"""How alike a link's versions are, counted on their words: the share every view says (``97% words in
common``) and the kind it marks them with (``=``, ``≈``, ``~``, partly word for word) read one count.

A link's ``score`` weighs the terms it was linked by, which leave out words such as ``was`` and ``is``: read as
the share of words in common, it said ``100%`` beside the ``was`` → ``is`` the compare view names. The kind as
judged (``Link.kind``, that of the least alike pair) stays; what is said of it follows the words.
"""

from __future__ import annotations

from reader.core.findings.difftypes import nearest_pairs
from reader.core.model import Analysis, Link, LinkKind
from reader.core.text.diff import words_in_common

ALIKE_SHARE = 0.5
"""Below this share of words in common a link's versions are marked paraphrases, however long a run of
words (a quotation) they print alike: ``=`` says the versions match word for word, not that they
share a clause."""
WHOLE_SHARE = 0.9
"""Below this share of words in common a verbatim link's versions do not match word for word as wholes: the
shorter one (or a quotation it gives) is printed word for word inside a longer sentence, which is said
(:func:`in_part`): a reader takes "word for word" for "the same text"."""


def words_alike(analysis: Analysis, link: Link) -> float:
    """The share of words ``link``'s versions have in common (:func:`~reader.core.text.diff.words_in_common`), on
    average over each version and its nearest other (:func:`~reader.core.findings.difftypes.nearest_pairs`, the
    pairs whose differences are typed). Found once per set of passages, when first asked."""

    def find() -> float:
        shares = [words_in_common(analysis, link.passages[a], link.passages[b]) for a, b in nearest_pairs(analysis, link)]
        return sum(shares) / len(shares) if shares else 1.0

    return analysis.derived(("words alike", link.passages), find, of="text")  # its passages' words alone


def shown_kind(analysis: Analysis, link: Link) -> LinkKind:
    """The kind every view and export marks ``link`` with: its ``kind``, that of its least alike pair, unless
    its versions have less than :data:`ALIKE_SHARE` of their words in common: then a paraphrase (around words
    printed alike, which ``kind`` says)."""
    return link.kind if words_alike(analysis, link) >= ALIKE_SHARE else "paraphrase"


def in_part(analysis: Analysis, link: Link) -> bool:
    """Is ``link`` marked verbatim (:func:`shown_kind`) only for a part of its longer versions, their words in
    common under :data:`WHOLE_SHARE`? Which links exist and their kinds stay as judged."""
    return shown_kind(analysis, link) == "verbatim" and words_alike(analysis, link) < WHOLE_SHARE


def kind_label(analysis: Analysis, link: Link) -> str:
    """:func:`shown_kind` as the Markdown and HTML exports head the link: ``verbatim in part`` for :func:`in_part`."""
    return "verbatim in part" if in_part(analysis, link) else shown_kind(analysis, link)
