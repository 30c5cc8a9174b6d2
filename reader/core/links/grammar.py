"""English grammar the passage units need and a stemmer cannot tell: which words act as verbs.

A paraphrase often tells the same happening with a verb in another form: ``was
speeding`` in one report is ``pulled over for speeding`` in the next, ``chased
him ... before apprehending him`` is ``was apprehended after a chase``. An
``-ing`` word after a preposition is such a verb when English has it only as a
verb; ``building``, ``meeting`` or ``shooting`` are nouns too and stay out.
lemminflect's dictionaries (shipped with the package, nothing fetched) say which.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from reader.core.model import Token

GERUND_AFTER = frozenset("for after before by of in on without while since from upon".split())
"""Prepositions after which an ``-ing`` word is a gerund: it names what someone did (``for speeding``)."""


@lru_cache(maxsize=1 << 14)
def only_verb(word: str) -> bool:
    """Is ``word`` an ``-ing`` form English uses only as a verb (``speeding``, not ``building``)?"""
    if not word.endswith("ing") or len(word) < 6:
        return False
    from lemminflect import getAllLemmas  # loads its dictionaries once, on first use

    return set(getAllLemmas(word)) == {"VERB"}


def gerund(tokens: Sequence[Token], index: int) -> bool:
    """Does the token tell an action as a gerund after a preposition (``pulled over for speeding``)?"""
    return index > 0 and tokens[index - 1].norm in GERUND_AFTER and only_verb(tokens[index].norm)
