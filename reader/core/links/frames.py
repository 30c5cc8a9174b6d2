"""How a passage frames a statement it carries after ``that``: as asserted (``police said that he wounded a
guard``), as not established or denied (``the audit did not show that``, ``his lawyer denied that``), or as
still open (``hope to prove that``, ``will try to establish that``, ``could show that``, ``if tests show
that``). Two passages telling one statement in other frames make no confident link, though their words are
nearly alike: one asserts what the other says is not known.
"""

from __future__ import annotations

from reader.core.links.polarity import NEGATIVE_SUBJECTS, denial, helpers_from
from reader.core.links.terms import word_terms
from reader.core.links.units import Unit

DENYING = frozenset(
    """deny denies denied denying dispute disputes disputed disputing refute refutes refuted refuting
    doubt doubts doubted doubting""".split()
)
"""Verbs that deny or doubt what follows their ``that`` (``no one doubts that`` denies the doubt: it asserts)."""
MODALS = frozenset("will would can could may might shall should must".split())
"""Before the verb that frames a ``that``, they tell it as not (yet) so (``could show that``)."""
CONDITIONS = frozenset("if whether unless".split())
"""Before the framing verb in its clause, they ask or suppose (``if the tests show that``)."""
ONLY = frozenset("only just merely simply".split())
"""After ``not`` they add (``did not only show that``): no denial."""
BOUNDS = frozenset(", ; : ( ) \"".split())
"""Where the clause of the framing verb begins, looking back."""
ASSERTED = (False, False)


def frame(words: tuple[str, ...], that: int, verbs: tuple[int, ...]) -> tuple[bool, bool]:
    """How the ``that`` at ``that`` stands: (denied, open). Its verb is the last of ``verbs`` or of ``DENYING``
    before it in its clause (``denied on Monday that``). Walks back from it through the helpers of each verb
    (``polarity.helpers_from``: ``did not``, ``were unable to``) and on past a ``to`` to the verb it completes
    (``failed to prove``, ``remains to be shown``); each denial or verb of ``DENYING`` turns it, so does a
    negative subject earlier in its clause (``no one doubts`` turns twice); a modal or a ``to`` opens it, so
    does a word of ``CONDITIONS`` earlier in the clause."""
    bound = next((j for j in range(that - 1, -1, -1) if words[j] in BOUNDS), -1)
    i = max((j for j in range(bound + 1, that) if j in verbs or words[j] in DENYING), default=that - 1)
    denied = opened = False
    while True:
        start = helpers_from(words, i)
        denied ^= words[i] in DENYING
        for j in range(start, i):
            if denial(words, j) and words[j + 1] not in ONLY:
                denied = not denied
            opened = opened or words[j] in MODALS or words[j] == "to"
        if start == i or words[start] != "to" or start == 0:
            break
        i = start - 1
    clause = words[bound + 1 : start]
    denied ^= not NEGATIVE_SUBJECTS.isdisjoint(clause)
    return denied, opened or not CONDITIONS.isdisjoint(clause)


def framed(unit: Unit, told: frozenset[str], verbs: tuple[int, ...]) -> tuple[bool, bool]:
    """The frame (``frame``) of the first ``that`` a word telling ``told`` follows, ``ASSERTED`` with none;
    ``verbs``: where the passage's verbs stand."""
    words = unit.words
    last = max((i for i, word in enumerate(words) if told.intersection(word_terms(word))), default=0)
    that = next((i for i in range(1, last) if words[i] == "that"), None)
    return ASSERTED if that is None else frame(words, that, verbs)
