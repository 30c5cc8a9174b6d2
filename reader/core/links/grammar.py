"""English grammar the passage units need and a light stemmer cannot tell, read from lemminflect's
dictionaries (shipped with the package, nothing fetched).

- **Verbs said otherwise.** A paraphrase often tells the same happening with a verb in another form:
  ``was speeding`` in one report is ``pulled over for speeding`` in the next. An ``-ing`` word after a
  preposition is such a verb when English has it only as a verb; ``building`` or ``meeting`` are nouns
  too and stay out (``gerund``).
- **Short verbs in ``-ing``.** ``firing`` keeps its suffix under the light stemmer (too short to cut):
  read as its past (``fired``), it meets the report that says ``fired`` (``past_of``).
- **Clauses the commas do not mark.** A colon before a clause of its own and an absolute clause
  (``, with registration starting on May 3``) add a fact of their own (``clause_starts``).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import lru_cache

from reader.core.model import Token
from reader.core.vocabulary import DENYING, NEGATIONS, REPORTING_VERBS, lemmas

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
def inflected_verb(word: str) -> bool:
    """Can ``word`` be an inflected verb, even when it is a noun too (``trusts``, ``married``, ``saw``;
    not ``yesterday``, ``moments`` or ``last``, its verb's own base)? A looser test than :func:`verb_form`,
    for a place where a verb is expected but a time word may stand instead."""
    return word.isalpha() and any(lemma != word for kind, forms in lemmas(word).items() if kind in ("VERB", "AUX")
                                  for lemma in forms)


def base_verb(word: str) -> bool:
    """Can ``word`` be a verb's base form (``hire`` after ``will``, ``know`` after ``used to``)?"""
    return word.isalpha() and word in lemmas(word).get("VERB", ())


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
    ``and`` (``for robbing a bank and wounding a guard``), read as a verb with a clause of its own whose doer
    is the sentence's subject, left the pair it was for short of the paraphrase gates and regrouped a link
    of the twenty dossiers, losing a QA-Align pair (59 to 58 of 85; the links read were as right)."""
    if not only_verb(tokens[index].norm):  # first: most words end in no "-ing", and the words before need no look-up
        return False
    before = index - 1
    if before > 0 and _adjective(tokens[before].norm):
        before -= 1
    return before >= 0 and tokens[before].norm in GERUND_AFTER


ABSOLUTE_REACH = 4
"""How far after ``, with`` the participle of an absolute clause may stand (``, with early voting starting``)."""


def _participle(word: str) -> bool:
    return word.isalpha() and len(word) > 4 and word.endswith(("ing", "ed"))


CONTENT_NOUNS = frozenset(
    """allegation allegations claim claims report reports evidence accusation accusations suggestion suggestions
    rumour rumours rumor rumors""".split()
)
"""Nouns whose ``that`` opens what is alleged, reported or shown (``allegations that the drones carried Kestrel
cameras``): a statement of its own, which another report may make outright; not after a denial (``found no
evidence that``, ``denied reports that``), whose clause alone would read as asserted."""


def _content_clause(tokens: Sequence[Token], that: int, verbs: Collection[int]) -> bool:
    """Does the ``that`` after a noun open what the noun tells (a subject, then a verb: ``reports that the yard
    used``), not which ones (``reports that surfaced in May``), with no denial before it? After a verb of
    saying (``said in a report that``) the ``that`` is the verb's: what is left before it says only who spoke."""
    after = tokens[that + 1].norm
    last = max((i for i in range(that - 1) if i in verbs or tokens[i].norm in REPORTING_VERBS), default=None)
    return (any(v > that + 1 for v in verbs) and that + 1 not in verbs and not verb_form(after) and not base_verb(after)
            and (last is None or tokens[last].norm not in REPORTING_VERBS)
            and not any(denies(t.norm) or t.norm in DENYING for t in tokens[:that]))


def only_frame(tokens: Sequence[Token]) -> bool:
    """Does the piece end on a noun's ``that`` whose clause was cut off (``Auditors hold credible evidence that``)?
    What is left frames the clause; the sentence whole carries it with its clause, and two such frames
    (``found credible evidence that``) make no statement to link."""
    return len(tokens) > 1 and tokens[-1].norm == "that" and tokens[-2].norm in CONTENT_NOUNS


def clause_starts(tokens: Sequence[Token], verbs: Collection[int]) -> list[int]:
    """Where clauses begin that commas and openers do not mark, outside quotations: after a colon followed by
    a clause of its own (``... a new coach: the club has hired a former captain``; not ``2:09``), after the ``that``
    of a noun telling what is alleged or shown (``CONTENT_NOUNS``), and at an absolute
    clause (``..., with early voting starting on May 3``), which adds a fact of its own."""
    starts = []
    quoted = False
    for i, token in enumerate(tokens[:-1]):
        if token.norm == '"':
            quoted = not quoted
        elif quoted:
            continue
        elif token.norm == ":" and tokens[i + 1].norm != '"' and not tokens[i + 1].norm[:1].isdigit() and any(v > i for v in verbs):
            starts.append(i + 1)
        elif token.norm == "that" and i and tokens[i - 1].norm in CONTENT_NOUNS and _content_clause(tokens, i, verbs):
            starts.append(i + 1)
        elif token.norm == "," and tokens[i + 1].norm == "with" and any(
            _participle(t.norm) for t in tokens[i + 2 : i + 2 + ABSOLUTE_REACH]
        ):
            starts.append(i + 1)
    return starts

