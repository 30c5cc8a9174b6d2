"""English grammar the passage units need and a light stemmer cannot tell, read from lemminflect's
dictionaries (shipped with the package, nothing fetched).

- **Verbs said otherwise.** A paraphrase often tells the same happening with a verb in another form:
  ``was speeding`` in one report is ``pulled over for speeding`` in the next. An ``-ing`` word after a
  preposition is such a verb when English has it only as a verb; ``building`` or ``meeting`` are nouns
  too and stay out (``gerund``).
- **Short verbs in ``-ing``.** ``firing`` keeps its suffix under the light stemmer (too short to cut):
  read as its past (``fired``), it meets the report that says ``fired`` (``past_of``).
- **Clauses the commas do not mark.** A colon before a clause of its own, an absolute clause
  (``, with registration starting on May 3``), a second gerund joined by ``and`` (``for robbing a bank and
  wounding a guard``: ``joined_gerund``) and what a verb of evidence shows (``a test that showed that he had
  ...``) add a fact of their own (``clause_starts``).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import lru_cache

from reader.core.model import Token
from reader.core.vocabulary import ACCUSING, DISTANCING_WORDS, NEGATIONS, SHOWING_VERBS, lemmas

GERUND_AFTER = frozenset("for after before by of without while since from upon".split())
"""Prepositions after which an ``-ing`` word is a gerund naming what someone did (``for speeding``,
``before apprehending him``). Not ``in`` or ``on``: there it completes another word (``resulted in
foiling``, ``focus on rebuilding``), and on the development dossiers it pulled a sentence into a link
about another of its facts."""


def denies(word: str) -> bool:
    """Is ``word`` a denial: ``not``, ``never``, ``cannot`` (``NEGATIONS``) or a verb with ``n't``?"""
    return word in NEGATIONS or word.endswith("n't")


@lru_cache(maxsize=1 << 14)
def only_verb(word: str) -> bool:
    """Is ``word`` an ``-ing`` form English uses only as a verb (``speeding``, not ``building``)?"""
    if not word.endswith("ing") or len(word) < 6:
        return False
    return set(lemmas(word)) == {"VERB"}


@lru_cache(maxsize=1 << 14)
def past_of(participle: str) -> str | None:
    """The past form of the verb whose ``-ing`` form ``participle`` is (``firing`` -> ``fired``,
    ``taking`` -> ``took``), or ``None`` when English has no such verb (``thing``, ``during``) or the
    word is its own base (``bring``, ``ring``)."""
    if not participle.endswith("ing"):
        return None
    from lemminflect import getInflection

    base = lemmas(participle).get("VERB", (participle,))[0]
    past = getInflection(base, "VBD") if base != participle else ()
    return past[0] if past else None


@lru_cache(maxsize=1 << 14)
def verb_form(word: str) -> bool:
    """Is ``word`` an inflected form English has only as a verb (``applies``, ``includes``, ``was``;
    not ``affects`` or ``permits``, nouns too, nor ``apply``)?"""
    if not word.isalpha():
        return False
    kinds = lemmas(word)
    return bool(kinds) and set(kinds) <= {"VERB", "AUX"} and all(word not in forms for forms in kinds.values())


@lru_cache(maxsize=1 << 14)
def adverb(word: str) -> bool:
    """Is ``word`` an adverb in ``-ly`` and nothing else (``permanently``; not ``family`` or ``rally``)? Between
    ``to`` and its verb (``to permanently exempt``) it is no verb itself."""
    if not word.endswith("ly") or len(word) < 5:
        return False
    return set(lemmas(word)) == {"ADV"}


@lru_cache(maxsize=1 << 14)
def _adjective(word: str) -> bool:
    kinds = lemmas(word)
    return "ADJ" in kinds and "VERB" not in kinds


def gerund(tokens: Sequence[Token], index: int) -> bool:
    """Does the token tell an action as a gerund after a preposition (``pulled over for speeding``,
    ``six weeks of heavy fighting``: one adjective may stand between)? A second gerund joined to one by
    ``and`` is ``joined_gerund``'s."""
    return _preposition(tokens, index) in GERUND_AFTER


def _preposition(tokens: Sequence[Token], index: int) -> str:
    """The word before an ``-ing`` verb (``grammar.only_verb``), one adjective passed over; ``""`` for another word."""
    if not only_verb(tokens[index].norm):  # first: most words end in no "-ing", and the words before need no look-up
        return ""
    before = index - 1
    if before > 0 and _adjective(tokens[before].norm):
        before -= 1
    return tokens[before].norm if before >= 0 else ""


GERUND_OWN_WORDS = 2
"""Words a gerund after a preposition must have of its own before ``and`` for a second gerund to tell a deed of its
own (``for robbing a bank and wounding a guard``); ``fined for speeding and swerving across the lanes`` and ``by
widening and deepening the canal`` join two verbs of one happening or object."""


JOINED_AFTER = GERUND_AFTER - frozenset(("of", "without", "from"))
"""Prepositions before a first gerund whose ``and`` may open a second deed's clause. Not ``of``, which a verdict or a
claim owns (``acquitted of``, ``on suspicion of``), nor ``without`` or ``from`` (``left without paying``, ``barred
from entering``): the second deed alone would state as done what the sentence denies or doubts."""
CLAIMED = ACCUSING | DISTANCING_WORDS
"""Before the gerunds, one side's claim (``accused``, ``suspected``, ``alleged``): the second deed alone would state it as done."""


def joined_gerund(tokens: Sequence[Token], index: int, verbs: Collection[int]) -> bool:
    """Is the token an ``-ing`` verb (``grammar.only_verb``) right after ``and``, joined to a gerund after a
    preposition of ``JOINED_AFTER`` (``gerund``, among ``verbs``) that has ``GERUND_OWN_WORDS`` words of its own
    between, no claim before them (``CLAIMED``)? It tells
    a second deed of the same doer (``charged for robbing a bank and wounding a guard``), which another report
    may tell alone (``a video showed that he had wounded a guard``: ``_shown``): a verb, opening a clause of its
    own. With both, one QA-Align pair more is linked on the development dossiers (59 to 60 of 85), one sentence
    of the twenty dossiers cut here. Tried before without ``GERUND_OWN_WORDS`` nor ``_shown``, it lost a pair
    (59 to 58) by regrouping a link; the first part of a sentence cut so, shorter, linked a named man's charges
    with what the other men face, which ``telling_apart._other_subjects`` tells apart."""
    if index < 2 or tokens[index - 1].norm != "and" or not only_verb(tokens[index].norm):
        return False
    return (any(v < index - 1 - GERUND_OWN_WORDS and _preposition(tokens, v) in JOINED_AFTER for v in verbs)
            and not any(token.norm in CLAIMED for token in tokens[:index]))


SHOWN_FRAME_WORDS = 5
"""Words from the last comma to ``that`` for what a verb of evidence shows to start a clause: a shorter frame
(``, saying an inquiry found``) would join the piece before it (``units.MIN_CLAUSE_WORDS``), a passage ending
on its verb."""


def _shown(tokens: Sequence[Token], i: int, verbs: Collection[int]) -> bool:
    """Does ``that`` at ``i`` open what a verb of evidence shows (``SHOWING_VERBS``: ``a report that showed that
    he had fathered``), a clause with a verb of its own, after a frame of ``SHOWN_FRAME_WORDS`` words? Not when a
    word before denies (``did not show that``, ``never found that``): the clause alone would state what the
    sentence denies."""
    if not i or tokens[i - 1].norm not in SHOWING_VERBS or not any(v > i + 1 for v in verbs):
        return False
    comma = max((j for j in range(i) if tokens[j].norm in (",", ";")), default=-1)
    frame = sum(token.is_word for token in tokens[comma + 1 : i])
    return frame >= SHOWN_FRAME_WORDS and not any(denies(token.norm) for token in tokens[:i])


ABSOLUTE_REACH = 4
"""How far after ``, with`` the participle of an absolute clause may stand (``, with early voting starting``)."""


def _participle(word: str) -> bool:
    return word.isalpha() and len(word) > 4 and word.endswith(("ing", "ed"))


def clause_starts(tokens: Sequence[Token], verbs: Collection[int]) -> list[int]:
    """Where clauses begin that commas and openers do not mark, outside quotations: after a colon followed by
    a clause of its own (``... a new coach: the club has hired a former captain``; not ``2:09``), at an absolute
    clause (``..., with early voting starting on May 3``), which adds a fact of its own, at a second gerund's
    ``and`` (``joined_gerund``) and at the ``that`` of what a verb of evidence shows (``_shown``)."""
    starts = []
    quoted = False
    for i, token in enumerate(tokens[:-1]):
        if token.norm == '"':
            quoted = not quoted
        elif quoted:
            continue
        elif token.norm == ":" and tokens[i + 1].norm != '"' and not tokens[i + 1].norm[:1].isdigit() and any(v > i for v in verbs):
            starts.append(i + 1)
        elif (token.norm == "and" and joined_gerund(tokens, i + 1, verbs)) or (token.norm == "that" and _shown(tokens, i, verbs)):
            starts.append(i)
        elif token.norm == "," and tokens[i + 1].norm == "with" and any(
            _participle(t.norm) for t in tokens[i + 2 : i + 2 + ABSOLUTE_REACH]
        ):
            starts.append(i + 1)
    return starts

