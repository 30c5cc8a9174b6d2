"""The naming matrix: the words each outlet uses for the same thing, side by side.

Two kinds of rows. An *entity* row holds, per report, the names it uses for a
shared entity and the descriptions it puts next to them: the modifiers just
before a mention (``the disputed territory of North Kessa``), a description set before a person's name and a
comma (``his Turkish counterpart, Mevlut Cavusoglu,``), an
apposition after it (``Kessa, a territory that ...``; one its comma did not close ends at its verb) and a predicate
(``North Kessa is internationally recognised as ...``). A *statement*
row holds, per report carrying a link, the labels its passage gives whatever
the statement is about (``Redbank-led forces``, ``Redbank Front terrorists``):
the words around each word that carries judgement.

Judgement is marked by one general rule, applied by position: a word of
:data:`~reader.core.vocabulary.LOADED_WORDS` (``terrorist``, ``regime``,
``militia``, ``illegally``, ``so-called``), of
:data:`~reader.core.vocabulary.DISTANCING_WORDS` (``alleged``), of
:data:`~reader.core.vocabulary.LEGITIMACY_WORDS` (``recognised``,
``disputed``) or an affiliation label (``Redbank-led``, ``Iran-backed``).
Words inside quotation marks are the speaker's, not the outlet's, and words inside
an entity's name are the name's (``the Recognised Fishing Zone``, a place's
name): both are left out.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from reader.core.text.quotation_marks import quoted_in
from reader.core.model import Analysis, Article, Entity, Label, Link, Naming, NamingRow, Span, Token
from reader.core.vocabulary import (
    ARTICLES,
    ATTRIBUTION_VERBS,
    DETERMINERS,
    DISTANCING_WORDS,
    FUNCTION_WORDS,
    LEGITIMACY_WORDS,
    LOADED_AFFIXES,
    LOADED_WORDS,
    NAMED_PEOPLE_NOUNS,
    NAMING_PHRASES,
    ORG_KEYWORDS,
    ORG_NOUNS,
    PERSON_HEADS,
    PLACE_NOUNS,
    PLACE_PREPOSITIONS,
    PRODUCT_NOUNS,
    POSSESSIVE_DETERMINERS,
    TITLE_QUALIFIERS,
    TITLE_WORDS,
    lemmas,
    singular,
)

MODIFIER_WORDS = 4
"""Words before a mention read as its modifiers, at most."""
DESCRIPTION_WORDS = 16
"""Words of an apposition or predicate after a mention, at most."""
LABEL_REACH = (4, 5)
"""Words a judgement label extends to the left and right of its judging word, at most."""
_INNER = frozenset("of by as".split())
"""Function words a label may hold (``occupied by ethnic militias``, ``part of Azerbaijan``)."""
_JOINERS = frozenset("/ -".split())
_APPOSITION = frozenset("a an".split())
"""An apposition says what a thing is (``, a territory``); a relative clause (``, which``) mostly what it did."""
_RELATIVE = frozenset("which who whose".split())
_POSSESSIVES = frozenset("'s ' s".split())
_COPULAS = frozenset("is was are were".split())
_TITLE_WORDS = TITLE_WORDS | TITLE_QUALIFIERS | DETERMINERS
"""The words of a title alone (``the Deputy Mayor``)."""
_JOB_NOUNS = TITLE_WORDS | NAMED_PEOPLE_NOUNS
_INFINITIVE_LEADS = frozenset("to will would can could may might shall should must".split())
"""Before a noun for a person, these make it a verb (``will host Tom Keller``), no description."""
_SETTINGS = frozenset("in at on during".split())
"""Before a name and a title: the name says where or when, not whose title (``in Paris President X``)."""
_ENDS = frozenset(", ; : . ! ? ( ) \" '".split())


def judging(token: Token) -> bool:
    """Does this word carry a judgement of what it names (the module's one rule)?"""
    return _judging(token.norm)


@lru_cache(maxsize=1 << 14)
def _judging(norm: str) -> bool:
    """:func:`judging` of a word's normal form, remembered: the statement rows ask it of every word of every
    linked passage, and words repeat."""
    norm = norm.strip("'")
    base = singular(norm.removesuffix("'s"))
    if norm in LOADED_WORDS or base in LOADED_WORDS or norm in DISTANCING_WORDS or norm in LEGITIMACY_WORDS:
        return True
    head, dash, affix = norm.rpartition("-")
    return bool(dash and head and affix in LOADED_AFFIXES)


class _Text:
    """An article's tokens in order, which of them sit inside quotation marks, and which belong to a name."""

    def __init__(self, analysis: Analysis, article: Article) -> None:
        self.article = article
        sentences = analysis.sentences.get(article.id, ())
        self.tokens: list[Token] = [t for s in sentences for t in s.tokens]
        self.starts = [t.start for t in self.tokens]
        self.openings = [self.at(s.start) for s in sentences]
        quoted = quoted_in(article)
        self.quoted = [quoted(t.start, t.end) for t in self.tokens]
        mentions = analysis.mentions_by_article.get(article.id, ())
        self.names = {i for start, end, _ in mentions for i in range(self.at(start), self.at(end))}

    def judges(self, index: int) -> bool:
        """Does token ``index`` carry the outlet's judgement: a judging word outside quotation marks and outside
        every entity's name (a place named ``the Recognised Corridor`` is not called recognised)?"""
        return not self.quoted[index] and index not in self.names and judging(self.tokens[index])

    def at(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect_right(self.starts, offset - 1)

    def sentence_start(self, index: int) -> int:
        """Index of the first token of the sentence holding token ``index``."""
        at = bisect_right(self.openings, index) - 1
        return self.openings[at] if at >= 0 else 0

    def label(self, first: int, last: int) -> Label | None:
        """The label made of tokens ``first..last`` (inclusive), trimmed of function words and marks at its ends."""
        while first <= last and (self.tokens[first].norm in FUNCTION_WORDS or not self.tokens[first].is_word):
            first += 1
        while last >= first and (self.tokens[last].norm in FUNCTION_WORDS or not self.tokens[last].is_word):
            last -= 1
        if first > last:
            return None
        start, end = self.tokens[first].start, self.tokens[last].end
        judgement = tuple(
            dict.fromkeys(t.text for i, t in enumerate(self.tokens[first : last + 1], first) if self.judges(i))
        )
        return Label(Span(self.article.id, start, end), self.article.body[start:end], judgement)


class NamingTexts(dict):
    """Article id -> :class:`_Text`, each made when first asked for: most articles of a big dossier
    hold no shared entity nor link, and a huge one should not be tokenised twice for nothing. The entity rows and
    the statement rows of one text and entities read the same (:func:`find_naming`'s ``texts``)."""

    def __init__(self, analysis: Analysis) -> None:
        super().__init__()
        self.analysis = analysis

    def __missing__(self, article_id: str) -> _Text:
        text = self[article_id] = _Text(self.analysis, self.analysis.dossier.article(article_id))
        return text


def _stops(token: Token) -> bool:
    return not token.is_word and token.text not in _JOINERS


def _modifiers(text: _Text, index: int, end: int, person: bool, kinds: frozenset[str] = frozenset()) -> Label | None:
    """Words just before a mention (tokens ``index..end-1``), back to a determiner.

    They stop at a mark, a function word, another name or the sentence's start, and
    come after a determiner or at a sentence's start. Without parsing, a verb before a name
    (``the inquiry found Ankara``) looks like a modifier, so the words count
    only in forms that describe: ``the <words> of <name>`` closing a phrase
    (``the disputed territory of``; never for a ``person``: ``the trial of``, ``the arrest of``
    name an event or a thing of theirs, not what they are), after a possessive (``its longtime ally``),
    capitalised or hyphenated next to the name (``Foreign Affairs Minister``,
    ``Turkish drone-maker``), or when they judge (``the so-called``). One common noun alone before
    ``of`` says what the name is only when it is a noun of the name's kind (``kinds``: ``the city of``);
    else it names a thing of it (``the course of``, ``the crew of``, ``the government of``).
    """
    tokens = text.tokens
    of = index > 0 and tokens[index - 1].norm == "of"
    if of and person:
        return None
    first = index - 1 if of else index
    opening = text.sentence_start(index)
    while first > opening and index - first < MODIFIER_WORDS:
        token = tokens[first - 1]
        if _stops(token) or token.norm in FUNCTION_WORDS or token.norm in ATTRIBUTION_VERBS or first - 1 in text.names:
            break
        first -= 1
    titled = not of and first < index and tokens[index - 1].text[:1].isupper()
    name = _name_before(text, first, opening) if titled and _title(tokens[first:index]) else first
    named = name < first and (name == opening or tokens[name - 1].norm not in _SETTINGS)
    first = name if named else first
    before = tokens[first - 1].norm if first > opening and tokens[first - 1].is_word else None
    # A name's possessive before a title (``Turkey's President``) determines it as ``the`` would; before
    # lower-case words it mostly owns an act or a relation told by a verb (``Ankara's allies gave``). So does
    # a name itself, whole, which joins the title (``persuade U.S. President X``), unless it says where or
    # when (``in Paris President X``: no one's title).
    owner = named or titled and before is not None and before.endswith(("'s", "s'"))
    if all(t.norm in FUNCTION_WORDS for t in tokens[first:index]) or not of and _acted_on(tokens, first, index):
        return None
    if before is not None and before not in DETERMINERS and not owner:
        return _bare_title(text, first, index) if person else None
    label = text.label(first, index - 1)
    if label is None or _told_as_done(tokens[first:index]):
        return None
    closes = end >= len(tokens) or not tokens[end].is_word or tokens[end].norm in FUNCTION_WORDS
    nearest = tokens[index - 1].text
    describes = (
        (of and before == "the" and closes and tokens[end].norm not in _POSSESSIVES if end < len(tokens) else of and before == "the")
        or before in POSSESSIVE_DETERMINERS
        or owner
    )
    if label.judgement:
        return label
    if of and len(lone := [t for t in tokens[first : index - 1] if t.is_word]) == 1 and singular(lone[0].norm) not in kinds:
        return None
    if describes:
        return label
    if of or not (nearest[:1].isupper() or "-" in nearest):
        return None
    # Capitals describe (``French President``); a plain lower-case word before them is mostly a verb or
    # another phrase's word (``welcomed President``, ``the mayor welcomed Captain``, ``a Monday statement
    # President``), and so is a sentence's first word in -ing or -ed (``Hosting President``).
    capitals = nearest[:1].isupper()
    while first < index and (before is None and _verb_like(tokens[first], first == opening)
                             or capitals and any(_verb_like(t, False) for t in tokens[first:index])):
        first += 1
    return text.label(first, index - 1) if first < index else None


def _adverb(token: Token) -> bool:
    """A word that is an adverb only (``allegedly``, ``purportedly``; not ``early``, an adjective too)."""
    return token.is_word and lemmas(token.norm).keys() == {"ADV"}


def _told_as_done(words: list[Token]) -> bool:
    """Are the words before a name a verb or a sentence adverb, not a noun phrase naming the person: an adverb
    right before the name (``Purportedly Verlinde became``), or an adverb before a word that may be a verb and
    is no adjective (``records that allegedly place Verlinde``)? A label is a noun phrase; an adverb before an
    adjective still opens one (``the allegedly corrupt councillor``)."""
    if words and _adverb(words[-1]):
        return True
    return any(_adverb(word) and "VERB" in (found := lemmas(after.norm)) and "ADJ" not in found
               for word, after in zip(words, words[1:]))


def _job(text: _Text, index: int, end: int, opening: int) -> Label | None:
    """Lower-case words for a person's job or role right before the name (``candidate Tom Keller``, ``harbour
    pilot Tom Keller``, ``then-candidate Tom Keller``): they describe the person as a capitalised title does. The
    nearest word must be a noun for a person (or end one, hyphenated); the words before it count while they are
    such nouns or a title's qualifiers (``former deputy``), the sentence's first one capitalised, and a name right
    before them joins them (``Harbour Board spokeswoman``). After an article, a surname alone may be the subject of a
    relative clause (``the lone defence witness Keller called``): no description then."""
    tokens = text.tokens
    last = index - 1

    def lower(i: int) -> bool:
        return not text.quoted[i] and (tokens[i].text.islower() or i == opening and tokens[i].text[1:].islower())

    def job_word(i: int) -> bool:
        return lower(i) and _person_noun(tokens[i].norm)

    def noun(i: int) -> bool:  # "guild chief": whose job; a word that may be a verb is left out ("host chief")
        found = lemmas(tokens[i].norm)
        return lower(i) and "NOUN" in found and not found.keys() & {"VERB", "ADJ", "ADV"}

    if last < opening or not job_word(last) or not tokens[last].text.islower():
        return None
    first = last
    while first > opening and last - first + 1 < MODIFIER_WORDS and tokens[first - 1].norm not in FUNCTION_WORDS \
            and (job_word(first - 1) or noun(first - 1) or lower(first - 1) and tokens[first - 1].norm in TITLE_QUALIFIERS):
        first -= 1
    if first > opening and tokens[first - 1].norm in _INFINITIVE_LEADS:
        return None
    if index + 1 == end and any(t.norm in ARTICLES for t in tokens[max(opening, first - 2) : first]):
        return None  # "the lone defence witness Keller called": a relative clause of which Keller is the subject
    name = _name_before(text, first, opening)
    named = name < first and (name == opening or tokens[name - 1].norm not in _SETTINGS)
    return text.label(name if named else first, last)  # "Kestrel Port harbour pilot": whose pilot, as a title's


def _bare_title(text: _Text, first: int, index: int) -> Label | None:
    """The capitalised title right before a person's name (tokens ``first..index-1`` at most), whatever comes
    before it (``met with President Tom Keller``, ``told Harbour Chief Tom Keller``): a title before a name is
    always their description, even where the words before it say nothing of them."""
    start = index
    while start > first and text.tokens[start - 1].is_word and text.tokens[start - 1].text[:1].isupper():
        start -= 1
    return text.label(start, index - 1) if start < index and _title(text.tokens[start:index]) else None


def _title(words: list[Token]) -> bool:
    """Capitalised words holding a title or a person's noun (``Harbour Chief``, ``Labour MP``)."""
    return all(t.text[:1].isupper() for t in words) and any(t.norm.strip(".") in PERSON_HEADS for t in words)


def _name_before(text: _Text, first: int, opening: int) -> int:
    """Where a name right before token ``first`` begins (``first`` when there is none, when it is a possessive,
    which determines the title on its own, or when a capitalised word before it says the name was read cut
    short: ``New [York City] Mayor``)."""
    if first > opening and text.tokens[first - 1].norm.endswith(("'s", "s'")):
        return first
    start = first
    while start > opening and start - 1 in text.names:
        start -= 1
    cut = start > opening and text.tokens[start - 1].is_word and text.tokens[start - 1].text[:1].isupper()
    return first if cut else start


_NAMING_VERBS = frozenset(phrase for phrase in NAMING_PHRASES if " " not in phrase) | {"called"}
"""``a terrorist named X``, ``a commander called X``: the noun is what the name is, no clause's doer."""


def _acted_on(tokens: list[Token], first: int, index: int) -> bool:
    """A noun then a verb in the past right before the name (``the dictator described Tom Keller``): a clause
    whose subject the noun is and whose object is the name, so the words describe someone else."""
    if index - first < 2:
        return False
    verb, subject = tokens[index - 1], tokens[index - 2]
    return (verb.text.islower() and "-" not in verb.text and verb.norm.endswith("ed") and "VERB" in lemmas(verb.norm)
            and verb.norm not in _NAMING_VERBS and subject.is_word and {"NOUN"} == lemmas(subject.norm).keys() - {"PROPN"})


def _verb_like(token: Token, opens: bool) -> bool:
    text = token.text
    plain = "-" not in text
    return plain and (text[:1].islower() or (opens and len(text) > 4 and token.norm.endswith(("ing", "ed"))))


def _head(text: _Text, first: int, after: int) -> Label | None:
    """A judging word right after a mention, which names what it is (``Redbank Front terrorists``); not an
    adverb (``Keller allegedly wrote``), which qualifies what they did."""
    if after < len(text.tokens) and text.judges(after) and not text.tokens[after].norm.endswith("ly"):
        return text.label(first, after)
    return None


_KIND_NOUNS = {
    "place": PLACE_NOUNS, "org": ORG_NOUNS | ORG_KEYWORDS, "group": ORG_NOUNS | ORG_KEYWORDS, "product": PRODUCT_NOUNS,
}
"""Nouns that, after a name of that type, say what the name is (``the disputed Kessa region``, ``a Varnian
Skyhawk combat drone``): the name is the thing, the kind may end a compound."""


def _modifies_next(text: _Text, after: int, kind: str) -> bool:
    """Is the mention the modifier of a common noun right after it (``the so-called Keller memos``, ``the
    infamous Keller dossier``)? The words before the name then describe that thing, not what the name names; not
    when the noun says what the name is (``the disputed Kessa region``) or judges it (``Redbank Front terrorists``). A
    word that may be a verb in -ed (``the embattled Keller resigned``) or in -s before a determiner, at once or
    after a preposition (``Keller faces a vote``, ``Keller travels in the car``), is read as the verb."""
    tokens = text.tokens
    if after >= len(tokens) or tokens[after - 1].norm.endswith(("'s", "s'")):
        return False  # "dictator Tom Keller's plan": a possessive, whose description stays his
    token = tokens[after]
    if not token.is_word or not token.text.islower() or token.norm in FUNCTION_WORDS or judging(token):
        return False
    found, kinds = lemmas(token.norm), _KIND_NOUNS.get(kind, ())
    if "NOUN" not in found or any(t.text.islower() and singular(t.norm) in kinds for t in tokens[after : after + 2]):
        return False
    following = [t.norm for t in tokens[after + 1 : after + 3]] + ["", ""]
    object_next = following[0] in DETERMINERS or following[0] in _SETTINGS | PLACE_PREPOSITIONS and following[1] in DETERMINERS
    return not ("VERB" in found and (token.norm.endswith("ed") or token.norm.endswith("s") and object_next))


def _description(text: _Text, after: int, person: bool) -> Label | None:
    """An apposition after a mention (``, a territory that ...``; for a person also one without an article,
    led by their job: ``, leader of the harbour guild,``); a relative clause (``, which is ...``) or
    predicate (``is recognised as ...``) only when it judges: most of those say what the thing did, and a predicate
    in -ing (``was escorting the convoy ...``) always does: a verb phrase, no description."""
    tokens = text.tokens
    if after + 1 >= len(tokens):
        return None
    comma = tokens[after].text == ","
    apposition = comma and (tokens[after + 1].norm in _APPOSITION or person and _job_apposition(text, after + 1))
    if not apposition and not (comma and tokens[after + 1].norm in _RELATIVE) and tokens[after].norm not in _COPULAS:
        return None
    if not comma and _progressive(tokens[after + 1].norm):
        return None
    first = after + 1 if comma else after
    last = first
    while last + 1 < len(tokens) and last + 1 - first < DESCRIPTION_WORDS and tokens[last + 1].text not in _ENDS:
        last += 1
    verb = next((i for i in range(first, last + 1) if tokens[i].norm in ATTRIBUTION_VERBS
                 or tokens[i].norm in _RELATIVE or tokens[i].norm == "that"), None)
    if apposition and verb is not None and tokens[verb].norm in ATTRIBUTION_VERBS:
        if tokens[first].norm == "the":
            return None  # "Speaking to her deputy, Ann Lowe, the mayor said": the mayor is the verb's subject
        last = verb - 1  # "Ann Lowe, controller of the guild said": the apposition its comma did not close
    label = text.label(first, last)
    return label if label and (apposition or label.judgement) else None


def _progressive(norm: str) -> bool:
    """A verb's -ing form (``escorting``; not ``king``, nor ``being``, which leads a passive: ``is being called``)."""
    found = lemmas(norm)
    return norm.endswith("ing") and "AUX" not in found and any(lemma != norm for lemma in found.get("VERB", ()))


def _job_apposition(text: _Text, first: int) -> bool:
    """Do the words at ``first`` open an apposition naming a job (``leader of the guild``, ``the former
    guild chief``, ``the head of the guild``): lower-case words, at most three, the last a noun for a person,
    then no name (``, mayor Ada Varga and ...`` lists someone else), or a role with ``of``?"""
    tokens = text.tokens
    at = first + (tokens[first].norm == "the")
    for i in range(at, min(at + 3, len(tokens))):
        if text.quoted[i] or not tokens[i].text.islower() or tokens[i].norm in FUNCTION_WORDS:
            return False
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if tokens[i].norm in _ROLES_OF and following is not None and following.norm == "of":
            return True
        if _person_noun(tokens[i].norm):
            return following is None or not (following.is_word and following.text[:1].isupper())
    return False


_RELATION_NOUNS = frozenset("counterpart colleague deputy successor predecessor partner rival friend aide adviser "
                            "advisor".split())
"""Nouns for a person by their tie to another (``his Turkish counterpart``), beside the nouns for a job."""
_FRONTING = frozenset("after before with without beside alongside following during despite like unlike".split())


def _apposed_before(text: _Text, first: int, after: int) -> Label | None:
    """A description set before a person's name, a comma between, the name closing it (``spoke with his Turkish
    counterpart, Mevlut Cavusoglu, to``): after ``his``/``her``/``their``/``its``/``the``, a few words, the last a noun
    for a person (:func:`_person_noun`, :data:`_RELATION_NOUNS`). Not in a phrase that opens the sentence on a
    preposition or a participle (``After meeting his lawyer, Ann Lowe, 54, said``: the lawyer is another), nor
    before a name a list goes on from (``his lawyer, Ann Lowe and Ed Marr``)."""
    tokens, opening = text.tokens, text.sentence_start(first)
    if first - 2 < opening or tokens[first - 1].text != "," or (
            after < len(tokens) and tokens[after].is_word):
        return None
    head = tokens[first - 2]
    if singular(head.norm) != head.norm or first - 2 in text.names:
        return None  # "his predecessors, A, B and C": a list's
    if not (_person_noun(head.norm) or head.norm in _RELATION_NOUNS):
        return None
    at = first - 2
    while at > opening and first - 2 - at < MODIFIER_WORDS and tokens[at - 1].is_word \
            and tokens[at - 1].norm not in FUNCTION_WORDS and at - 1 not in text.names:
        at -= 1
    if at == opening or tokens[at - 1].norm not in POSSESSIVE_DETERMINERS | {"the"} or any(text.quoted[at:first]):
        return None
    lead = tokens[opening]
    if (lead.norm in _FRONTING or lead.norm.endswith(("ing", "ed"))) and not any(
            t.text == "," for t in tokens[opening : at - 1]):
        return None
    return text.label(at, first - 2)


_ROLES_OF = frozenset("head member owner boss".split())
"""Nouns that name a person's role only with ``of`` after them (``, the head of the guild,``)."""


def _person_noun(norm: str) -> bool:
    """A noun for a person's job or role: listed, or a noun in -ist (``lobbyist``, ``pianist``; not a
    ``checklist``)."""
    word = singular(norm.split("-")[-1])
    if word in _JOB_NOUNS:
        return True
    found = lemmas(word)
    return len(word) > 6 and word.endswith("ist") and (word.endswith("alist") or not word.endswith("list")) \
        and "NOUN" in found and "VERB" not in found


def _entity_row(entity: Entity, texts: NamingTexts) -> NamingRow:
    used: dict[str, list[str]] = {}
    labels: dict[Label, None] = {}  # each once, in order: looked up, not scanned (an entity copied into hundreds of reports)
    own = set(entity.name.split())
    for mention in entity.mentions:
        text = texts[mention.article]
        first, after = text.at(mention.start), text.at(mention.end)
        # A mention made of a title alone (``the President``) is a description of them, never a name; not a
        # word of their own name (``Billy King``).
        words = [t for t in text.tokens[first:after] if t.is_word]
        title = bool(words) and all(t.norm.strip(".") in _TITLE_WORDS and t.text not in own for t in words)
        used.setdefault(mention.article, [])
        if not title:
            used[mention.article].append(text.article.text(mention))
        if first < len(text.quoted) and text.quoted[first]:
            continue
        if title:
            if label := text.label(first, after - 1):
                labels.setdefault(label)
            continue
        person, opening = entity.type == "person", text.sentence_start(first)
        if _modifies_next(text, after, entity.type):
            # "the infamous Keller dossier": the words before the name describe the dossier; a title or a job right
            # before a person's name is still theirs ("the Mayor Keller memos").
            modifiers = (_bare_title(text, opening, first) or _job(text, first, after, opening)) if person else None
        else:
            modifiers = (_modifiers(text, first, after, person, _KIND_NOUNS.get(entity.type, frozenset()))
                         or (_job(text, first, after, opening) if person else None))
        if person and modifiers is None:
            modifiers = _apposed_before(text, first, after)  # "his Turkish counterpart, Mevlut Cavusoglu,"
        found = (modifiers, _head(text, first, after), _description(text, after, person))
        labels.update((label, None) for label in found if label)
    return NamingRow(
        entity.id, "entity", entity.name,
        {article: tuple(dict.fromkeys(found)) for article, found in used.items()}, tuple(labels),
    )


def _judging_labels(text: _Text, span: Span) -> list[Label]:
    """Around each judging word of the passage (outside quotations): the words it labels, merged when they touch."""
    reach_left, reach_right = LABEL_REACH
    ranges: list[list[int]] = []
    first, end = text.at(span.start), text.at(span.end)
    for i in range(first, end):
        if not text.judges(i):
            continue
        lo = i
        while lo > first and i - lo < reach_left and not _stops(text.tokens[lo - 1]) and (
            text.tokens[lo - 1].norm not in FUNCTION_WORDS or text.tokens[lo - 1].norm in _INNER
        ):
            lo -= 1
        hi = i
        while hi + 1 < end and hi - i < reach_right and not _stops(text.tokens[hi + 1]) and (
            text.tokens[hi + 1].norm not in FUNCTION_WORDS or text.tokens[hi + 1].norm in _INNER
        ):
            hi += 1
        if ranges and lo <= ranges[-1][1] + 1:
            ranges[-1][1] = max(ranges[-1][1], hi)
        else:
            ranges.append([lo, hi])
    return [label for lo, hi in ranges if (label := text.label(lo, hi))]


def _statement_row(analysis: Analysis, texts: NamingTexts, link: Link) -> NamingRow:
    labels = [label for span in link.passages for label in _judging_labels(texts[span.article], span)]
    return NamingRow(link.id, "statement", analysis.excerpt(link, 60), {}, tuple(labels))


def find_naming(analysis: Analysis, before: Analysis | None = None, *,
                entity_rows: tuple[NamingRow, ...] | None = None, texts: NamingTexts | None = None) -> Naming:
    """Entity rows for every listed entity (shared, or a one-report dossier's own), then a statement row for every link two or more reports label
    with judgement (one report's label alone has nothing to stand beside). With ``before`` (the analysis
    a correction started from, its naming found), an entity or link the correction left as it was, in
    reports whose names cover the same words, keeps its row (or its lack of one). ``entity_rows``, when given,
    are the analysis' own (:func:`named_entities`, found from its entities before its links were), and ``texts``
    those they were read from, of the same text and entities: the statement rows read them again (each report's
    tokens made into a :class:`_Text` anew were most of the naming's CPU after the links, at 500 reports)."""
    texts = NamingTexts(analysis) if texts is None else texts
    known = _known_rows(analysis, before)
    rows = list(named_entities(analysis, texts, known) if entity_rows is None else entity_rows)
    for link in analysis.links:
        row = known[("statement", link.id)] if ("statement", link.id) in known else _statement_row(analysis, texts, link)
        if row is not None and len({label.span.article for label in row.labels}) >= 2:
            rows.append(row)
    return Naming(tuple(rows))


def named_entities(analysis: Analysis, texts: NamingTexts | None = None,
                   known: dict[tuple[str, str], NamingRow | None] | None = None) -> tuple[NamingRow, ...]:
    """The entity rows of the naming matrix (:func:`find_naming`, ``known`` those a correction kept): they read the
    entities and the words alone, so the pipeline finds them while the links are still found, when they are."""
    texts = NamingTexts(analysis) if texts is None else texts
    known = known or {}
    return tuple(known.get(("entity", e.id)) or _entity_row(e, texts) for e in analysis.listed_entities)


def _known_rows(analysis: Analysis, before: Analysis | None) -> dict[tuple[str, str], NamingRow | None]:
    """The rows of ``before``'s naming still right for ``analysis``, by kind and key; a link's is
    ``None`` when it had none. A row reads its reports' tokens and which of them are names."""
    if before is None or before.sourcing is None:
        return {}

    def names(of: Analysis) -> dict[str, set[tuple[int, int]]]:
        return {article: {(start, end) for start, end, _ in rows} for article, rows in of.mentions_by_article.items()}

    was, now = names(before), names(analysis)
    same = {article for article in was.keys() | now.keys() if was.get(article) == now.get(article)}
    rows = {(row.kind, row.key): row for row in before.sourcing.naming.rows}
    entities = {entity.id: entity for entity in before.listed_entities}
    links = {link.id: link for link in before.links}
    known: dict[tuple[str, str], NamingRow | None] = {}
    for entity in analysis.listed_entities:
        if entities.get(entity.id) == entity and same.issuperset(span.article for span in entity.mentions):
            known[("entity", entity.id)] = rows[("entity", entity.id)]
    for link in analysis.links:
        if links.get(link.id) == link and same.issuperset(link.articles):
            known[("statement", link.id)] = rows.get(("statement", link.id))
    return known


def _names(link: Link, entity: Entity) -> bool:
    """Does a passage of ``link`` name ``entity``?"""
    return any(
        passage.article == mention.article and passage.start <= mention.start < passage.end
        for passage in link.passages for mention in entity.mentions
    )


def rows_about(analysis: Analysis, naming: Naming, entity_id: str) -> tuple[NamingRow, ...]:
    """The entity's row, then the statement rows (of ``naming``, the analysis' matrix) whose passages
    name it: what the naming matrix opened from an entity shows."""
    entity = next((e for e in analysis.entities if e.id == entity_id), None)
    if entity is None:
        return ()
    links = {link.id: link for link in analysis.links}
    named = [row for row in naming.rows if row.kind == "statement" and row.key in links and _names(links[row.key], entity)]
    own = naming.of_entity(entity_id)
    return ((own,) if own else ()) + tuple(named)


def rows_about_link(analysis: Analysis, naming: Naming, link_id: str) -> tuple[NamingRow, ...]:
    """The statement's row, then the rows of the shared entities its passages name: what the naming
    matrix opened from a framing difference shows. The statement's row is there even when one report
    alone labels it with judgement: the difference it was opened from sets the other's words beside it."""
    link = next((link for link in analysis.links + analysis.weaker_links if link.id == link_id), None)
    if link is None:
        return ()
    own = naming.of_link(link_id) or _statement_row(analysis, NamingTexts(analysis), link)
    entities = {entity.id: entity for entity in analysis.listed_entities}
    named = [row for row in naming.rows if row.kind == "entity" and row.key in entities and _names(link, entities[row.key])]
    return ((own,) if own.labels else ()) + tuple(named)
