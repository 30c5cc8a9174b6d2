"""How a passage frames a statement it carries after ``that``: as asserted (``police said that he wounded a
guard``), as not established or denied (``the audit did not show that``, ``his lawyer denied that``), or as
still open (``hope to prove that``, ``will try to establish that``, ``could show that``, ``if tests show
that``). Two passages telling one statement in other frames make no confident link, though their words are
nearly alike: one asserts what the other says is not known.
"""

from __future__ import annotations

from reader.core.links.confidence import MODALS as POSSIBLE, WILL
from reader.core.links.grammar import adverb
from reader.core.links.polarity import NEGATIVE_SUBJECTS, denials_of
from reader.core.links.terms import word_terms
from reader.core.links.units import Unit
from reader.core.vocabulary import DENYING, MONTH_NAMES, SENTENCE_ADVERBS, WEEKDAYS, lemmas

MODALS = WILL | POSSIBLE
"""Before the verb that frames a ``that``, they tell it as not (yet) so (``could show that``): what is to come
(``confidence.WILL``) or may be (``confidence.MODALS``)."""
CONDITIONS = frozenset("if whether unless".split())
"""Before the framing verb, no verb between, they ask or suppose (``if the tests show that``)."""
FRAME_REACH = 3
"""Words before ``that`` its verb may stand (``denied on Monday that``), only words of when or adverbs between (``_when``)."""
WHEN = frozenset("on last this next week month year today yesterday tonight".split())
DONE_TO = frozenset("on managed able proceeded".split())
"""Before a ``to`` that tells what was done (``went on to acknowledge that``, ``was able to show that``)."""
ASSERTED = (False, False)


def frame(words: tuple[str, ...], that: int, verbs: tuple[int, ...]) -> tuple[bool, bool, int] | None:
    """How the ``that`` at ``that`` stands: (denied, open, where its frame begins), ``None`` when no verb (of
    ``verbs`` or ``DENYING``) stands within ``FRAME_REACH`` words before it with only words of when between
    (``_when``; not ``charges that he ...``, ``review allegations that``: a noun's), or no verb follows (``to
    rebuild that clinic``).
    Walks back from that verb through the helpers of each verb (``polarity.denials_of``: ``did not``, ``were
    unable to``) and on past a ``to`` to the verb it completes (``failed to prove``, ``remains to be shown``);
    each denial or verb of ``DENYING`` turns it, so does a negative subject before it with no verb between
    (``no one doubts`` turns twice); a modal or a ``to`` before a verb opens it (not after ``DONE_TO``: ``went on
    to``), so does a word of ``CONDITIONS`` before it with no verb between."""
    near = range(max(0, that - FRAME_REACH), that)
    i = max((j for j in near if j in verbs or words[j] in DENYING), default=None)
    if i is None or not all(_when(word) for word in words[i + 1 : that]) or not any(v > that for v in verbs):
        return None
    denied = opened = False
    while True:
        start, denials = denials_of(words, i)
        denied ^= (words[i] in DENYING) ^ (len(denials) % 2 == 1)
        opened = opened or any(words[j] in MODALS or (words[j] == "to" and _to_verb(words, j, i)) for j in range(start, i))
        if start == i or words[start] != "to" or start == 0:
            break
        i = start - 1
    last = max((j for j in verbs if j < start), default=-1)
    before = words[last + 1 : start]
    denied ^= not NEGATIVE_SUBJECTS.isdisjoint(before)
    return denied, opened or not CONDITIONS.isdisjoint(before), start


def _when(word: str) -> bool:
    """May the word stand between a verb and its ``that`` (``denied on Monday that``, ``show clearly that``)? Not a
    noun, whose ``that`` is its own (``review allegations that``, ``found credible evidence that``)."""
    return word in WHEN or word in WEEKDAYS or word in MONTH_NAMES or word in SENTENCE_ADVERBS or adverb(word)


def _to_verb(words: tuple[str, ...], to: int, verb: int) -> bool:
    """Is the ``to`` at ``to`` an infinitive's, of the verb at ``verb`` (``to prove``, not ``indicates to news``),
    after no word of ``DONE_TO``?"""
    kinds = lemmas(words[verb])
    return ("VERB" in kinds or "AUX" in kinds) and (to == 0 or words[to - 1] not in DONE_TO)


def framed(unit: Unit, told: frozenset[str], verbs: tuple[int, ...]) -> tuple[bool, bool]:
    """The frame (``frame``) of the ``that`` whose clause tells ``told``: told after it and not before it but
    by its frame's own words (``could show that`` beside ``the video showed``); ``ASSERTED`` with none."""
    words = unit.words
    if "that" not in words:
        return ASSERTED  # most passages: nothing framed
    at = [i for i, word in enumerate(words) if told.intersection(word_terms(word))]
    for that in (i for i, word in enumerate(words) if word == "that" and i):
        if not at or at[-1] < that:
            break
        found = frame(words, that, verbs)
        if found and all(i >= found[2] for i in at if i < that):
            return found[:2]
    return ASSERTED
