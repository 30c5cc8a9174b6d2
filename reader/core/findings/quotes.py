"""Quotations: found in each report, attributed, grouped across reports, compared.

:func:`find_quotations` lists every quotation of one article: the words between
a pair of double quotation marks (curly, straight, or a ``″`` misused as a
closing mark), or of curly single marks (``‘…’``) that stand on their own, or of straight single marks
(``'…,' X said``) when sure (:func:`~reader.core.text.quotation_marks.mark_spans`: an apostrophe opens none).
Single marks inside a double quotation are *nested* quotations and stay part
of it. A quotation left open at the end of a paragraph runs to the paragraph's
end (the convention for a quotation that continues in the next paragraph,
which opens with a fresh mark; a copy that lost those fresh marks runs on to
the paragraph that closes it, ``quotation_bounds``, and the paragraphs carried
so are quotations of the same speaker). Left open otherwise, the words are no
quotation when they end in their own attribution (wire copy pasted behind one
mark, ``"A man was hurt, police said.``), and no report is flagged for carrying
them without quotation marks (where they end is a guess).

Each quotation gets its attribution: the reporting verb nearest to it in its
own sentence (``“…,” Garneau said``, ``said Marc Garneau``, ``X said, “…”``,
``according to``) and that verb's subject, taken from the analysis' entity
mentions (a person before an organisation; a place only as a last resort,
since ``Ankara said`` is a metonym) or else from the words next to the verb.
``he``/``she``/``it``/``they`` resolve to the subject of the latest
attribution before the sentence. A quotation with no verb in its sentence
inherits the speaker of the quotation just before it (``inherited=True``), across the rest of that one's
attribution sentence or a line ending on ``X added:``. Words after a verb that gives someone's own words for a
thing (``described it as "…"``, ``what Lowe called "…"``, ``calling it "…"``) are that person's.
A name that qualifies the subject's noun (``the envoy to the Harbour Council``, ``a lawyer representing Lowe``,
``a man who knew Lowe``, ``a worker employed by Lowe``, ``the man Lowe hired``) is not who speaks, nor is a name
a fronted phrase gives (``Speaking beside Secretary Marr, President Lowe said``: Lowe). ``he`` or ``she``
takes no one when someone unnamed came in as a subject since the person was named (``Her son was there.``). A word standing in for something named elsewhere (``another asks``,
``one question asks``) names no one; a participle (``X disagreed, tweeting that``) speaks for its sentence's subject,
one right after a name or people for them (``X recalled Marr saying``, ``heard a man saying``: Marr, no one
named), unless a verb of address speaks to them (``addressed reporters saying``, ``told the crowd chanting outside:
"…"``: X); ``read a statement from A, B and C`` credits them. Names in a phrase that opens the sentence on a
preposition or a participle (``Flanked by A and B, C said``) are not its subject. A verb in a clause a subordinating
word opens after the attribution (``X said after protesters shouted at him: "…"``) leaves the words to either, no
one; with no subject of its own (``X said when asked: "…"``) they are X's. A message or a name the attribution's
subject gives as ``he`` or ``she`` in the clause it reports (``X told reporters he had texted the minister: "…"``)
is X's words.
Marks that hold a name (after ``codenamed`` or ``known as``, or a short title
in capitals after a preposition or a kind of work: ``on "Morning Roundup"``,
``the song "Jubilee"``) are no one's words, and so are marks a verb after them
reaches only from inside a relative clause (``"bold" plans which he said``),
marks a report within another report may owe to either voice (see
:func:`_two_voices`), and marks in a clause another speech act owns (``Lowe
said Marr had called her "a liar"``, ``Lowe said a man was shouting "…"``, see :func:`_voiced_inside`). ``said,
quoting Marr`` and ``quoted Marr as saying`` credit Marr (``said, citing Marr`` no one: a source, not the
words); ``Marr was quoted by the paper as saying`` reads Marr as the subject of a verb of its own (``a lawyer for
Marr was quoted…``: not Marr). People joined by ``and`` before the verb speak together (``Marr and his wife
said``: the words as written), not the first or the last alone. A pronoun replying (``"…," she replied``) to one
who just told or asked a person named (``"…," Lowe told Marr.``) is not Lowe.

:func:`find_quotes` groups quotations of different reports that carry the same
statement (the shorter, of four words or more, matches part of the longer at
a rapidfuzz partial ratio of 85 or more, after dropping bracketed insertions;
words of people known apart, :func:`~reader.core.links.speakers.known_apart`, only when nearly all alike;
or, in linked passages or credited to one speaker, is a version of it: a word put in, or a run changed
between the same opening and close; or rewords it, nearly all its content words kept in order: :func:`_reworded`)
and flags, per group: wording that differs inside the marks (typography,
spelling and contractions ignored), a version that starts later or ends earlier, ellipses, editorial insertions, a named speaker
(an entity) that differs between reports (a description such as ``the
president`` may be the person another report names, so it is not compared),
a report that leaves the speaker another names unidentified (``a man's voice says``),
and reports that carry the statement without quotation marks (a linked
passage, or a sentence holding most of its words; not counting words that may stand in straight single marks,
read as a quotation or not: such a report marked them), each said as it carries it (:func:`_reported_as`): quoting a
fragment, as indirect speech credited to whom its sentence names (``The agency said that…``; a person known apart
from those quoted said so), or, crediting no one, without quotation marks. A paragraph with no marks and no
attribution between two paragraphs of one speaker's quotation going on (a copy that lost a fresh opening mark) carries
none. A quotation a report repeats word for word (a paragraph printed twice) counts once.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from copy import copy
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from functools import cached_property, lru_cache

from rapidfuzz import fuzz

from reader.core.by_start import ByStart
from reader.core.findings.figures import any_word_pattern
from reader.core.partition import Partition
from reader.core.wordings import Wordings
from reader.core.ingest.loading import analysed_part
from reader.core.links.grammar import base_verb, inflected_verb, only_verb, verb_form
from reader.core.links.terms import stem
from reader.core.links.speakers import content_words, known_apart, name_words, one_saying, same_statement
from reader.core.text.contractions import bare, same_words
from reader.core.text.diff import diff_passages
from reader.core.text.quotation_marks import INSERTION, left_open, mark_spans, outside_single_marks, quotation_bounds, quoted_words
from reader.core.vocabulary import (
    ARTICLES_AND_OWNERS, ATTRIBUTION_VERBS, BE_FORMS, DETERMINERS, FUNCTION_WORDS, GENDERED_TITLES, NAMING_PHRASES, NON_TERMINAL_ABBREVIATIONS, NUMBER_WORD_VALUES,
    MONTHS, ORG_NOUNS, PERSON_HEADS, PERSON_NOUNS, QUESTIONS, RELATIVES, REPORTING_VERBS, STATE_ABBREVIATIONS, TITLE_PREPOSITIONS, TITLE_WORDS, WEEKDAYS,
    lemmas,
    singular,
)
from reader.core.model import Analysis, Article, DiffOp, Entity, Link, Quote, QuoteGroup, Sentence, Span, Wording, listing
from reader.core.text.segment import segment_article
from reader.core.tokens import normalise

_OF_A_CLAUSE = frozenset("revealed reveals admitted admits acknowledged acknowledges conceded concedes".split())
"""Reporting verbs only when a clause or punctuation follows (``_CLAUSE_AFTER``)."""
_VERBS = (ATTRIBUTION_VERBS - {"according"}) | _OF_A_CLAUSE | frozenset(
    """urged urges warned warns claimed claims declared declares confirmed confirms insisted saying
    remarked mumbled mumbles muttered mutters whispered whispers shouted shouts yelled yells testified testifies
    responded responds recalled recalls repeated repeats recounted recounts adding noting writing tweeting""".split()
)
_CLAUSE_AFTER = re.compile(r"\s*(?:[,.:;!?]|$)|\s+that\b|\s+(?:he|she|they|we|I)\s+[a-z]")
"""After a verb of ``_OF_A_CLAUSE``, what makes it speech: ``that``, a clause with a subject pronoun (``revealed
she had been``), punctuation (``"…," Lowe conceded.``). Anything else is a thing revealed or admitted (``revealed
plans for``, ``admitted Ann Lowe to``, ``conceded two goals``): words in marks there are not the subject's."""
_WHEN = (r"(?:(?:" + "|".join(w.title() for w in WEEKDAYS + MONTHS) + r"|\d{1,2}(?:st|nd|rd|th)?(?=\s+(?:"
         + "|".join(w.title() for w in MONTHS) + r")\b))\b(?:\s+(?:\d{1,4}"
         r"(?:st|nd|rd|th)?|" + "|".join(w.title() for w in MONTHS) + r"|night|morning|afternoon|evening)\b)*+(?!['\u2019]|\s+[A-Z]))")
"""A day or a date, not an owner nor a name's first word (``Monday``, ``March 3``, ``12 May``, ``Tuesday night``;
not ``Monday's``, ``May Day``, a count: ``3 "key points"``)."""
_ON_A_TOPIC = re.compile(rf"remarked(?:\s+(?:on|upon)\s+{_WHEN})?\s+(?:on|upon)\b(?!\s+{_WHEN})")
"""``remarked on``: what follows is what the remark was about (``remarked on the "loaded pistol" jibe``), and
words in marks there are not the subject's; ``remarked`` alone reports speech (``"…," Lowe remarked``), and so
does ``remarked on`` a day or a date (``"…," Lowe remarked on Monday``, ``on March 3``), unless a topic follows
(``remarked on Monday on the "…" jibe``) or the date owns it (``remarked on Monday's "…" jibe``)."""
_TOLD_AFTER = frozenset("recounted recounts".split())
"""Verbs that attribute a quotation only after it (``"…," Hallam recounts``): before it they tell a story
whose quoted words may be anyone's (``Hallam recounted crossing Dalby over his comments that "…"``)."""
_VERB = re.compile(r"\b[Aa]ccording to\b|\b(?:" + any_word_pattern(sorted(_VERBS)) + r")\b")
"""Reporting verbs in lower case: a capitalised ``States`` inside a sentence is a name. As a tree of their
shared beginnings (:func:`any_word_pattern`): every sentence is searched for them."""
_PASSIVE_LEAD = re.compile(r"\b(?:was|were|is|are|be|been|being|when|if|as|once|unless|until)\s+$", re.IGNORECASE)
_BY = re.compile(r"\s+by\b")
_DETERMINED = re.compile(r"\b(?:the|a|an|his|her|their|its|our|my|your|these|those|such|whose)\s+$"
                         r"|\b(?!(?:he|she|it|that|there|who|what|here|where)['\u2019])\w+['\u2019]s\s+$", re.IGNORECASE)
"""Before a verb form that is a noun there: ``the claims``, ``his notes``, ``Marr's tweets`` (not ``he's said``)."""
_CORRECTED = re.compile(
    r"\b(?:should|would|was\s+meant\s+to|were\s+meant\s+to|was\s+supposed\s+to)\s+(?:have\s+)?"
    r"(?:said|say|read|stated|been)\s*[:,]?\s*$", re.IGNORECASE)
"""Right before a quotation: what something should have said (``officials said it should have read “…”``).
The quoted words correct a statement rather than print it: they are a statement of their own."""


def _corrects(body: str, open_: int) -> bool:
    """Does the quotation opening at ``open_`` give the corrected wording of a statement?"""
    return _CORRECTED.search(body, max(0, open_ - 60), max(0, open_ - 1)) is not None


def _verbs(body: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The reporting verbs of ``body[start:end]``, passives left out: ``when asked by a reporter``, ``was told
    by police`` report what someone else said, not what is quoted (``said by phone`` stays)."""
    for verb in _VERB.finditer(body, start, end):
        if _DETERMINED.search(body, max(0, verb.start() - 12), verb.start()):
            continue  # "dismissed the claims as", "his notes": a noun
        if verb.group() in _OF_A_CLAUSE and not _CLAUSE_AFTER.match(body, verb.end()):
            continue  # "revealed the files", "admitted Lowe to": what is revealed or let in, not said
        if _ON_A_TOPIC.match(body, verb.start()):
            continue
        if not (_BY.match(body, verb.end()) and _PASSIVE_LEAD.search(body, max(0, verb.start() - 12), verb.start())):
            yield verb


_SPEECH_ACTS = REPORTING_VERBS | _VERBS | frozenset(
    """agreed threatened repeated ridiculed praised dismissed lamented hinted joked conceded complained
    predicted suggested welcomed defended declined""".split()
)
"""Verbs of a speech act: a person who did one in the sentence before is who ``he said`` goes on quoting."""
_REPLIES = frozenset("replied responded responds".split())
"""Verbs of an answer: its pronoun is not the one who spoke to the answerer just before."""
_PRONOUNS = {"he": "person", "she": "person", "it": "group", "they": "group", "we": "group"}
_LEADING_WORDS = frozenset("the a an its their his her also but and so yet then while whereas as".split())
_SUBJECT_LEADS = frozenset("also but and so yet then".split())
_BOUNDARY = re.compile(r"[,;:()\u201c\u201d\"\u2014]|\s[-\u2013]\s")
_ELLIPSIS = re.compile(r"\u2026|\.\s?\.\s?\.")
_SUBJECT_WORDS = 8
_SUBJECT_OPENING = 4
_WIDE_WORDS = 20
_PHRASE_WORDS = 5
_ADVERBS = frozenset(
    """also later then further earlier again previously recently once had has have reportedly allegedly publicly
    privately repeatedly initially separately jointly apparently""".split()
)
_ADVERBIAL_PAIRS = frozenset(("at times", "at first", "at last", "in turn", "once again", "in fact", "of course"))
_AUXILIARIES = frozenset("would will could can may might must should shall did does do".split())
_CATENATIVES = frozenset(("used to", "went on to", "goes on to", "go on to"))
"""Words between a subject and its verb that are no part of its name (``her father used to say``, ``the mayor
went on to say``, ``the mayor would later say``)."""
_TELLING = frozenset("told tells asked asks".split())
"""Verbs whose object is the person spoken to (``"…," Lowe told Marr``)."""
_OBJECT_VERBS = _TELLING | {"urged", "urges"}
_QUOTE_MARKS = re.compile(r"[\u201c\u201d\"]")
_SUBJECT_END = re.compile(r"[,;:()\u201c\u201d\"]|(?<!\b[A-Z])\.(?!\w)")
"""Where the subject after a verb ends: a mark, or a full stop that closes no initial (``the U.S. Survey``)."""
_CAPITALISED = re.compile(r"\b[A-Z]")
_PREPOSITION = re.compile(r"\s(?:at|in|on|from|of|for|with|during|after|before|outside|near|to)\s")
_POSSESSIVE = re.compile(r"['\u2019](?:s\b|(?!\w))")
"""``Garneau's`` and ``Stokes'`` (in ``Stokes' nephew, Curtis Stokes, told``): a possessive names no speaker."""
_RELATIVES = RELATIVES - {"whose"}
"""``journals, which said``: the subject is what the relative pronoun stands for, left unnamed (after
``whose`` the speaker is named: ``the man whose lawyer said``)."""
_COORDINATED = re.compile(r"\W*(?:and|but|or|then|while|whereas)\s", re.IGNORECASE)
"""``"I am done," and said no more``, ``"positive," while X said``: a verb in a clause joined after the
quotation is that clause's, not the quotation's."""
_GOES_ON = re.compile(r"[^\w\s]*\s+[a-z]")
_THAT = re.compile(r"(?:\s+that\b)?")
_COORDINATED_AFTER = re.compile(r",\s+(?:and|but|or|while|whereas)\s+(?![A-Z])")
"""After a quotation, a clause joined by a conjunction (``", but he instead repeated``); not the last of a
list of names (``"…," Keller, Varga, and Dale said``)."""
_NOT_INTRODUCED = re.compile(r",\s+(?:which|who|whose)\s", re.IGNORECASE)
"""Between a verb and the quotation after it: a relative clause (the quotation is its words, not the
verb's subject's)."""
_NAMING = re.compile(
    r"(?:\b(?:" + "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in NAMING_PHRASES) + r")|,\s+called)"
    r"(?:\s+(?:the|a|an))?\s*$",
    re.IGNORECASE,
)
"""Right before a quotation: a naming phrase (``known as``, ``codenamed``, ``a project, called``) or a label
(``marked as``). The marks hold a name, which no one is saying, wherever the reporting verb stands."""
_GOVERNING = re.compile(r"\b(?:" + "|".join(sorted(TITLE_PREPOSITIONS)) + r")\s*$", re.IGNORECASE)
_WORK_TITLE_WORDS = 6
"""A title in marks after a preposition (``on "Morning Roundup"``) has at most this many words."""
_WORK = re.compile(
    r"\b(?:book|novel|memoir|song|single|album|film|movie|play|musical|show|series|programme|program|documentary"
    r"|poem|essay|article|column|headline|episode|painting)s?,?\s*$", re.IGNORECASE)
"""Before a title in capitals in marks: the kind of work it names (``his book "A Long Road"``)."""
_RELATIVE_WORD = "|".join(sorted(_RELATIVES))
_RELATIVE_AFTER = re.compile(rf"\b(?:{_RELATIVE_WORD})\s+(?:(?:he|she|they|it|we|I|you)\s+)?"
                             r"(?:(?:\w+ly|once|also|later|then|again|earlier|first)\s+)?$")
"""Between a quotation and a verb after it: the verb is a relative clause's (``the "bold" plan Monday, which he
said shows``, ``a "new" plan that he claimed``), and says what that clause goes on to say, not what is in
marks (``"…," the aide who was there said`` is another case: there the verb is the main clause's)."""
_WHICH_AFTER = re.compile(r"[\s,\u201d\"]*which\s+(?:[\w'\u2019-]+\s+){1,3}$")
"""Right after a quotation, ``which`` and the subject of a verb (``"drawing near," which officials testified was
their word…``): a relative clause about the words in marks, whose verb says who spoke of them, not who said them."""
_RELATIVE_ENDING = re.compile(rf"\b(?:{_RELATIVE_WORD})\s*$")
"""A relative pronoun right before the comma of an aside (``files that, Keller said, show``)."""
_IN_RELATIVE = re.compile(r",\s+(?:which|who|whom|whose)\s[^,;:()\u201c\u201d\"\u2014]*$", re.IGNORECASE)
"""Before a quotation in its sentence: a relative clause still open (``X, who was listed as one of its
"staff," left``). A verb after the quotation belongs to the main clause, whose subject did not say the
words in marks."""
_PREPOSITIONS = "of from in at for with to by on about against toward towards into over under between among".split()
"""Words that make the name after them an object, not a subject that speaks (``named by Ri``)."""
_TITLE_LEAD = r"(?:(?:" + "|".join(sorted(w.title() for w in TITLE_WORDS)) + r")\.?\s+){0,2}"
"""A title or two before a name (``Mayor``, ``Prime Minister``): a name after a preposition and its title is an
object as much as without it (``the spokesman for Mayor Ann Lowe``)."""
_NAME_LEAD = r"\s+(?:(?:the|a|an|Mr\.|Mrs\.|Ms\.|Dr\.)\s+)?" + _TITLE_LEAD
_GOVERNOR = (
    r"\b(?:" + "|".join(_PREPOSITIONS) + r"|when|while|after|before|as|because|if|since|who|which|that|whom)" + _NAME_LEAD
)
_SOURCE_NOUN = r"(?:statement|letter|memo|post|tweet|message|release|note)s?"
_QUALIFIER = re.compile(r"\b(?:" + "|".join(p for p in _PREPOSITIONS if p != "by") + r")\s+(?:the\s+)?" + _TITLE_LEAD + "$")
"""Before a name in the subject: the object of a preposition that qualifies the noun before it (``Walter
Prosser of Fort Willet``, ``a spokesman for Mayor Brannock``, ``the envoy to the Harbour Council``), no speaker.
Not ``by``, which names an author (``a statement by the Harbour Board said``; see :func:`_agent`)."""
_AGENT = re.compile(r"\b([a-z][\w-]*)\s+([a-z]+(?:ed|en|wn|ght)|sent|built|held|told|sold|paid|made|read|led|kept|left|met"
                    r"|hit|hurt|shot|struck|caught|run|set|put|cut|shut|found|won|spent|lost|hung|stuck|bound)\s+by\s+"
                    r"(?:the\s+)?" + _TITLE_LEAD + "$")
_AUTHORED = frozenset("signed issued released written published posted sent prepared delivered given read made".split())
_TEXT = re.compile(_SOURCE_NOUN + r"|(?:report|study|document|paper|survey|review|audit|analysis|speech)s?")


def _agent(body: str, start: int, mention: tuple[int, int, Entity]) -> bool:
    """Is the name at ``mention`` the agent of a participle after a noun (``a worker employed by Ann Lowe``, ``the
    report commissioned by Lowe``, ``a statement obtained by the Globe``): what the name did to the noun, which
    speaks? Not when the participle says the name wrote the text it follows (``a statement signed by Lowe``, ``a
    report released by the board``: their words), nor ``by`` right after a noun (``a statement by the board``)."""
    agent = _AGENT.search(body, max(start, mention[0] - 60), mention[0])
    return agent is not None and agent.group(1) not in DETERMINERS \
        and not (agent.group(2) in _AUTHORED and _TEXT.fullmatch(agent.group(1)))
_RELATIVE_CLAUSE = re.compile(
    r"\b(?:(?:who|whom|which)\s+[a-z]|that\s+(?P<verb>[a-z]+)\s)[^,;:()\u201c\u201d\"\u2014.!?]*$")
"""Before a name: a relative clause its verb opens (``a neighbour who knew``, ``a firm which has long
represented``, ``a group that owns``), the name inside it. After ``that`` only a word English has only as a
verb: a reported clause opens on its subject (``argued that Ann Lowe``, ``that the mayor``)."""
_PARTICIPLE = re.compile(r"\b([a-z][\w'\u2019-]*)\s+([a-z]+ing)" + _NAME_LEAD + "$")
"""Before a name: a word and an ``-ing`` form whose object the name may be (``a lawyer representing``)."""
_GOVERNED_PERSON = re.compile(_GOVERNOR + "$", re.IGNORECASE)
_GOVERNED_BODY = re.compile(_GOVERNOR + r"(?:(?:[A-Z][\w.'\u2019&-]*|and|of|on|for)\s+)*$")
"""Before a name: it is an object or stands in a subordinate clause, and is not the subject that speaks.
A body's name may stand further in (``on the Harbour Committee on Dredging and Coastal Works``); a
person's must follow the word itself (``Secretary of State Mark Hessler`` may speak)."""
_GENDERED_TITLE = re.compile(r"(" + "|".join(GENDERED_TITLES) + r")\b\.?\s+")
_GENDERED_TITLE_BEFORE = re.compile(r"\b" + _GENDERED_TITLE.pattern + "$")


def _title_at(body: str, start: int) -> str | None:
    """``he`` or ``she``, as a title opening the mention at ``start`` or standing right before it tells."""
    title = _GENDERED_TITLE.match(body, start) or _GENDERED_TITLE_BEFORE.search(body, max(0, start - 6), start)
    return GENDERED_TITLES[title.group(1)] if title else None


@dataclass(frozen=True)
class _Genders:
    titled: dict[str, str]
    """``he`` or ``she`` of each person (entity id) titled so in some report, and never otherwise."""
    by_given_name: dict[str, str]
    """Of each person never titled: the gender of the titled people bearing the same given name, when one."""


def _given_name(name: str) -> str | None:
    words = name.split()
    return words[0] if len(words) >= 2 and words[0].isalpha() and words[0][:1].isupper() \
        and words[0].casefold() not in PERSON_HEADS else None


def _own_name(mention: str, entity: Entity) -> bool:
    """Does a titled mention name the person it was merged into: their given name in it (``Mr. Tom Keller``), or
    no given name in the entity's either? A bare ``Mr. Keller`` merged into ``Anna Keller`` may be her husband."""
    first = _given_name(entity.name)
    return first is None or first in mention.split()


def _known_genders(analysis: Analysis, mentions: dict[str, list[tuple[int, int, Entity]]]) -> _Genders:
    """What the whole dossier tells of its people's genders: the title before a mention of the person's own name
    (:func:`_own_name`), in any report (``Mr. Tom Keller`` in one, ``Tom Keller`` in another: one person, entities
    being the dossier's); titles at odds tell nothing. A given name borne only by people titled alike (``Mr. Tom Dale``) tells of the untitled who bear it
    too, only to refuse a pronoun of the other gender (a given name may be either's: it credits no one)."""
    titles: dict[str, set[str]] = {}
    people: dict[str, Entity] = {}
    for article in analysis.dossier.articles:
        for start, end, entity in mentions.get(article.id, ()):
            if entity.type == "person":
                people[entity.id] = entity
                if (title := _title_at(article.body, start)) and _own_name(article.body[start:end], entity):
                    titles.setdefault(entity.id, set()).add(title)
    titled = {entity_id: next(iter(found)) for entity_id, found in titles.items() if len(found) == 1}
    given: dict[str, set[str]] = {}
    for entity_id, gender in titled.items():
        if first := _given_name(people[entity_id].name):
            given.setdefault(first, set()).add(gender)
    by_given_name = {entity_id: next(iter(given[first])) for entity_id, entity in people.items()
                     if entity_id not in titles and (first := _given_name(entity.name)) and len(given.get(first, ())) == 1}
    return _Genders(titled, by_given_name)
_EDGE_WORDS = 2
"""Words of a shorter quotation's own at its cut edge, at most (see :func:`_cut`)."""
_CONJUNCTIONS = frozenset("and but or".split())
_TITLE_JOINERS = frozenset("of and the for on in at deputy senior chief executive general vice".split())
_REPORTED_SUBJECT = re.compile(
    r"\w+\s+(?:that\s+)?(?:the|a|an|his|her|its|their)\s+(?:[a-z-]+\s+){0,3}[a-z-]+,\s+(?:[A-Z][\w.'\u2019-]*\s+)*"
)
"""From an attribution's verb to the subject of the clause it reports, set beside a role (``said the guard,
Ri, was``): a person brought in so is as likely the next ``he`` (``said Ri was right`` is not)."""
_SUBORDINATORS = frozenset("though although while whereas because as when after before since if unless until once".split())
"""Words that open a clause of its own, whose subject may follow (``…, though Keller hinted``)."""
_OWN_CLAUSE = re.compile(
    r"\bwho\b|\b(?:" + "|".join(sorted(_SUBORDINATORS | {"where", "which"})) + r")\s+(?:(?:"
    + "|".join(sorted(DETERMINERS)) + r")\s+\w|[A-Z])|:\s*$")
"""In the rest of an attribution sentence: a clause of its own with its own subject (``said before the crowd
chanted``, ``at a briefing where a reporter pressed her``, ``a lawyer, who then hung up``), whose subject may be
who speaks next; or a colon ending it (``under a sign that read:``), which hands the next words to someone else."""
_AFTER_WORDS = 10
_MIN_WORDS = 4
_SPELLING = 85
_LETTERS = re.compile(r"[\W_]+")
_REPORTED_SHARE = 0.6
_REPORTED_ORDER = 70
_REPORTED_MIN_WORDS = 6
_REPORTED_LINKED_SHARE = 0.3
_TYPE_RANK = {"person": 0, "org": 1, "other": 2, "place": 3}
_NOUN_GENDER = {**dict.fromkeys("""man boy husband widower son father brother uncle nephew boyfriend fiance grandfather
    grandson stepfather stepson king prince""".split(), "he"), **dict.fromkeys("""woman girl wife widow daughter mother
    sister aunt niece girlfriend fiancee grandmother granddaughter stepmother stepdaughter queen princess actress
    lady waitress hostess stewardess duchess countess empress heiress mistress headmistress baroness governess
    seamstress priestess""".split(), "she")}
"""Nouns for people that tell ``he`` or ``she`` (and compounds of ``man``, ``woman``: :func:`_gender_of`)."""
_COMPOUND = r"[a-z]{3,}(?:wo)?man"
"""A noun for a person made with ``man`` or ``woman`` (``policeman``, ``businesswoman``; not ``human``)."""


def _gender_of(noun: str) -> str | None:
    """``he`` or ``she`` for a noun for a person that tells it (``wife``, ``spokeswoman``, ``chairman``)."""
    noun = noun.casefold()
    return _NOUN_GENDER.get(noun) or ("she" if noun.endswith("woman") else "he" if noun.endswith("man") else None)


_SOMEONE = PERSON_NOUNS | frozenset(_NOUN_GENDER) | frozenset(
    """neighbour neighbor friend witness colleague relative person child official employee worker spokesman
    spokeswoman spokesperson attorney aide adviser advisor officer agent doctor manager leader director judge
    prosecutor minister president senator governor mayor""".split())
"""Nouns for a person, none of them an adjective too (``a major storm``, ``a chief concern``)."""
_ACTORS = _SOMEONE | ORG_NOUNS | frozenset("police people staff crew troop".split())
"""Nouns for people or bodies: an ``-ing`` word right after one is a participle (``police questioning``)."""
_WORD_BEFORE = re.compile(r"(?<![\w'\u2019.-])([\w'\u2019.-]+)\s+$")


def _own_participle(body: str, verb: re.Match[str], person_ends) -> bool:
    """Is the ``-ing`` verb the participle of the person named or the people right before it, no comma between
    (``recalled Ann Lowe saying``, ``a video of Lowe saying``, ``heard a man saying``; ``person_ends(i)``: does a
    person's name end at ``i``)? Its subject is theirs, not the sentence's (``Lowe left, saying``; ``Lowe replied
    by saying``; ``Lowe said Tuesday saying``, ``Lowe spoke in Kelby saying``, ``Lowe wrote on Twitter saying``)."""
    if not verb.group().endswith("ing") or _addressed_before(body, verb.start()):
        return False  # "addressed reporters saying": the subject's, who spoke to them
    before = _WORD_BEFORE.search(body, max(0, verb.start() - 40), verb.start())
    if before is None or re.search(r"['\u2019]s?$", before.group(1)):
        return False  # "Lowe's saying"
    word = before.group(1)
    if word[:1].isupper():
        return person_ends(before.end(1))
    noun = word.casefold()  # "the men saying": an irregular plural, as the dictionary knows it
    return any(form in _ACTORS for form in (noun, singular(noun), *lemmas(noun).get("NOUN", ())))
_ADDRESSING = ("told tells addressed addresses briefed briefs thanked thanks greeted greets assured assures reassured "
               "reassures urged urges reminded reminds implored implores")
_SPOKE_TO = "spoke speaks talked talks wrote writes said says explained explains announced announces replied replies"
_ADDRESSED = re.compile(r"\b(?:(?:" + "|".join(_ADDRESSING.split()) + r")|(?:" + "|".join(_SPOKE_TO.split())
                        + r")\s+to)\s+(?:(?:" + "|".join(sorted(DETERMINERS)) + r")\s+)?(?:(?!(?:"
                        + "|".join(sorted(FUNCTION_WORDS)) + r")\b)[\w'\u2019.-]+\s+){1,3}$", re.IGNORECASE)
"""Before an ``-ing`` word: a verb of address and the few words of the people it speaks to (``addressed
reporters``, ``told the crowd``, ``spoke to residents``), no mark nor clause between (``told reporters the crowd
was chanting``: the crowd's). A verb of hearing, seeing or recalling is no address (``heard a man saying``,
``recalled Ann Lowe saying``: their words)."""


def _addressed_before(body: str, at: int) -> bool:
    """Does the ``-ing`` word at ``at`` follow people the subject addresses (``_ADDRESSED``: ``addressed reporters
    saying``, ``told the crowd chanting outside: "…"``)? It tells what they did as they were addressed, and the
    words in marks after it are the addresser's, not theirs."""
    return _ADDRESSED.search(body, max(0, at - 60), at) is not None


_PRONOUN_OF = {"his": "he", "her": "she"}
_ACTING_PRONOUN = re.compile(r"\b(he|she)\s+(?:(?:had|has|have|would|will|also|then|once|later|[a-z]+ly)\s+)*$",
                             re.IGNORECASE)
"""Before a verb: ``he`` or ``she`` as its subject, auxiliaries of the active voice between (``he had texted``)."""
_UNNAMED_SUBJECT = re.compile(
    r"(?:[.!?][\u201d\"']?\s+|,\s+(?:and|but|while|whereas)\s+|\b(?P<reported>said|says|added|that)\s+|\b(?:though"
    r"|although|when|because|after|before|since|until)\s+)(?i:(?P<owner>his|her)|their|our|my|its|a|an|another|one)\s+"
    r"(?:[a-z-]+\s+){0,2}?"
    r"(?P<noun>" + "|".join(sorted(_SOMEONE, key=len, reverse=True)) + "|" + _COMPOUND + r")s?\b(?![\'\u2019-])")
"""Someone a sentence or a clause brings in unnamed as its subject, a new person by the determiner (``Her son was
there.``, ``…, and her husband agreed``, ``A policeman agreed.``, ``said a neighbour had called``; not ``the mayor``, who may be the one
named before). In a clause an attribution reports, ``his`` or ``her`` is the speaker's own (``said his son was
safe``): what they talk of, no new voice for a pronoun of that gender."""


def _last_word(name: str) -> str:
    return name_words(name)[-1]


def _same_speaker(quote: Quote, other: Quote) -> bool:
    """Do both quotations name the same speaker? Entity ids decide when both have one,
    else the last word of the names (``Garneau`` is ``Marc Garneau``)."""
    if quote.speaker_entity and other.speaker_entity:
        return quote.speaker_entity == other.speaker_entity
    return bool(quote.speaker and other.speaker) and _last_word(quote.speaker) == _last_word(other.speaker)


def _repeats(quote: Quote, kept: Quote) -> bool:
    """Is ``quote`` the same quotation as ``kept``, met again in the same report (a paragraph
    printed twice)? Not when both name speakers and they differ: two people may say "No."
    """
    return not (quote.speaker and kept.speaker) or _same_speaker(quote, kept)


def _sentence_at(sentences: tuple[Sentence, ...], starts: list[int], position: int) -> Sentence | None:
    """The sentence holding ``position``, by a binary search of their ``starts`` (sentences never overlap)."""
    at = bisect_right(starts, position) - 1
    return sentences[at] if at >= 0 and position < sentences[at].end else None


# --- attribution ---------------------------------------------------------------------


@dataclass
class _Speakers:
    """An article's entity mentions and the subjects of its attributions, in order."""

    article: Article
    mentions: list[tuple[int, int, Entity]]
    subjects: list[tuple[int, str | None, str | None, str]] = field(default_factory=list)
    sentence_starts: list[int] = field(default_factory=list)
    quoted: Callable[[int], bool] = lambda position: False
    """Is a position inside quotation marks?"""
    genders: dict[str, str] = field(default_factory=dict)
    """``he`` or ``she`` for the people a title (``Mr.``, ``Ms.``) or a resolved pronoun has told apart."""
    known: _Genders = field(default_factory=lambda: _Genders({}, {}))
    """What the dossier's other reports tell of the people's genders (:func:`_known_genders`)."""

    def __post_init__(self) -> None:
        self.starts = [m[0] for m in self.mentions]
        for start, _, entity in self.mentions:
            if entity.type == "person" and (title := _title_at(self.article.body, start)):
                self.genders.setdefault(entity.id, title)
        for _, _, entity in self.mentions:  # "Mr. Keller" in another report: the same man here
            if entity.id in self.known.titled:
                self.genders.setdefault(entity.id, self.known.titled[entity.id])

    def taken_up(self, pronoun: str, found: tuple[str | None, str | None]) -> tuple[str | None, str | None]:
        """``found``, the one ``pronoun`` was resolved to, unless that person is known as the other of ``he``
        and ``she`` (``Mr. Dale said. "…," she told the paper``), by a title or by a given name the dossier's
        titles tell (``Mr. Tom Dale`` elsewhere: ``Tom Keller spoke. "…," she said``): no one then. Else a ``he``
        or ``she`` resolved is remembered for that person."""
        entity_id = found[1]
        if entity_id is None or pronoun not in ("he", "she"):
            return found
        if self.known.by_given_name.get(entity_id, pronoun) != pronoun and entity_id not in self.genders:
            return None, None
        return found if self.genders.setdefault(entity_id, pronoun) == pronoun else (None, None)

    def person_ends(self, end: int) -> bool:
        """Does the name of a person end at ``end``?"""
        return any(m[1] == end and m[2].type == "person" for m in self.entities_in(max(0, end - 80), end))

    def entities_in(self, start: int, end: int) -> list[tuple[int, int, Entity]]:
        """The mentions inside ``start:end``, found among those starting there (the article's are sorted)."""
        return [m for m in self.mentions[bisect_left(self.starts, start) : bisect_right(self.starts, end)] if m[1] <= end]

    def resolve_pronoun(self, kind: str, before: int, anchor: int | None = None, pronoun: str | None = None
                        ) -> tuple[str | None, str | None]:
        """:meth:`find_antecedent`, unless someone the text leaves unnamed, whom ``pronoun`` (``he``, ``she``) may
        stand for as well, is brought in as a subject since that person was last named (:meth:`unnamed_between`:
        ``Dalby criticised the plan. Her son was there. "…," he said``: either, so no one)."""
        found = self.find_antecedent(kind, before, anchor)
        if found[1] and pronoun in ("he", "she"):
            at = bisect_left(self.starts, before) - 1
            while at >= 0 and (self.mentions[at][2].id != found[1] or self.quoted(self.mentions[at][0])):
                at -= 1  # where the person was last named
            if at >= 0 and self.unnamed_between(self.mentions[at][1], before, pronoun):
                return None, None
        return found

    def unnamed_between(self, start: int, end: int, pronoun: str) -> bool:
        """Does ``body[start:end]``, outside quotation marks, bring in someone unnamed as a subject
        (``_UNNAMED_SUBJECT``) who is not known to be of the other gender than ``pronoun`` (``his wife`` for ``he``),
        nor the speaker's own in a reported clause (``said his son was safe`` for ``he``)?"""
        return any(not self.quoted(m.start("noun")) and (_gender_of(m.group("noun")) or pronoun) == pronoun
                   and not (m.group("reported") and _PRONOUN_OF.get((m.group("owner") or "").casefold()) == pronoun)
                   for m in _UNNAMED_SUBJECT.finditer(self.article.body, start, end))

    def find_antecedent(self, kind: str, before: int, anchor: int | None = None) -> tuple[str | None, str | None]:
        """The latest attribution subject of the pronoun's kind before ``before``, unless another person
        (for ``they``, ``it``: anyone named) opens a later sentence or, a person, a clause in between (``Dalby spoke.
        Hessler met Ri. "…," he said``, ``…, though Hessler hinted at more. "…," he said``: no one, rather
        than the wrong one); people named as objects (``met Ri``, ``spoke with Ri``) do not count. The
        subject named again to open a later sentence (``Hessler met Ri. Dalby ridiculed Halden. "…," he
        said``) sets the rivals before aside. The subject of the clause the attribution reports, set
        beside a role, is a rival (``Dalby said the guard, Ri, was fired. "…," he said``: either man).
        Else, for a person, the one who did a speech act in the sentence before ``anchor`` (where the
        quotation opens) or ``before``."""
        for position, name, entity_id, subject_kind in reversed(self.subjects):
            if position < before and (subject_kind == kind or kind == "group" and subject_kind != "person"):
                between = self.mentions[bisect_right(self.starts, position) : bisect_left(self.starts, before)]
                again = [i for i, m in enumerate(between) if entity_id and m[2].id == entity_id
                         and self.is_subject(m[0])]
                between = between[again[-1] + 1 :] if again else between
                rivals = any(  # a full name of unknown type ("commentator Ewan Pryce, ..., said") may be a person's;
                    # a name in marks ('"Harbour Lights has been a joy," he wrote') is the speaker's word, no rival
                    (m[2].type == "person" or kind == "group" or m[2].type == "other" and self.full_name(m))
                    and m[2].id != entity_id and not self.quoted(m[0])
                    and (self.opens_sentence(m[0]) and self.sentence_start(m[0]) > position or m[2].type == "person" and (
                        self.opens_subordinate(m[0]) or _REPORTED_SUBJECT.fullmatch(self.article.body, position, m[0])))
                    for m in between
                )
                if not rivals:
                    return name, entity_id
                break
        if kind != "person":
            return None, None
        acting = self.acting_before(before if anchor is None else anchor)
        return acting if acting[1] else self.sole_subject_before(before if anchor is None else anchor)

    def someone_else(self, previous: Quote, before: int) -> bool:
        """Does a person other than ``previous``'s speaker open a sentence between it and ``before``? (``"…,"
        Corwin said. Ibarra promised more. "From the first hour, I will…"``: the next quotation is not Corwin's.)
        Or anyone else, a body or a group (``Police disagreed.``, ``The company denied it.``): a sentence there
        that neither the speaker's name nor a pronoun (``He smiled.``, ``Then he left.``) opens."""
        if any(m[2].type == "person" and m[2].id != previous.speaker_entity and self.is_subject(m[0])
               for m in self.entities_in(previous.span.end, before)):
            return True
        body = self.article.body
        for start in self.sentence_starts[bisect_right(self.sentence_starts, previous.span.end) :
                                          bisect_left(self.sentence_starts, before - 1)]:
            words = [w.casefold().strip(",") for w in body[start : start + 40].split()[:2]]
            if not words or body[start] in "\u201c\u201d\"\u2018" or words[0] in _PRONOUNS or words[0] == "i" \
                    or words[0] in _SUBJECT_LEADS and len(words) > 1 and (words[1] in _PRONOUNS or words[1] == "i"):
                continue
            own = [m for m in self.entities_in(start, start + 60) if m[0] == start or self.is_subject(m[0])]
            if not (own and own[0][2].id == previous.speaker_entity and previous.speaker_entity):
                return True
        return False

    def tail_of(self, previous: Quote, open_: int) -> bool:
        """Is all between ``previous`` and a quotation opening at ``open_`` the rest of the sentence that attributes
        ``previous``, however long, and one paragraph break at most (``"…," said a statement from A, B and C upon
        the release of the files.`` then ``"…"``)? Not when anyone else is named there but as the object of a
        preposition (``as Ri sat beside him``, ``before Ri replied``), nor with another reporting verb."""
        body, end = self.article.body, previous.span.end
        if previous.attribution is None or not end < previous.attribution.start < open_ \
                or body.count("\n\n", end, open_) > 1:
            return False
        if any(end < start < open_ - 1 for start in self.sentence_starts[bisect_right(self.sentence_starts, end) :
                                                                       bisect_left(self.sentence_starts, open_)]):
            return False
        if any(v.start() != previous.attribution.start for v in _verbs(body, end, open_)):
            return False
        if _OWN_CLAUSE.search(body, end, len(body[:open_].rstrip())):
            return False  # "said before the crowd chanted back": someone unnamed speaks in the tail
        return all(m[2].id == previous.speaker_entity or _IN_PHRASE.search(body, max(end, m[0] - _PHRASE_REACH), m[0])
                   or previous.speaker_entity is None and m[2].name in re.split(r",\s+|\s+and\s+", previous.speaker or "")
                   # one of joint speakers ("from A, B and C"), or the speaker the words after the verb named
                   for m in self.entities_in(end, open_) if m[2].type in ("person", "other"))

    def addressed(self, before: int, entity_id: str | None, pronoun: str | None = None) -> bool:
        """Was ``entity_id`` the speaker of the attribution last before ``before``, telling or asking a person it
        names (``"…," Keller told Anna Holt``)? Then a reply after it (``"…," she replied``) is the other's, and
        ``pronoun`` after it (``"…," she said``) may be either's, unless a title tells the one told is of the other
        gender (``told Mr. Holt``: ``she`` is not him)."""
        earlier = self.subjects[: bisect_left(self.subjects, (before,))]
        if not entity_id or not earlier or earlier[-1][2] != entity_id:
            return False
        body, at = self.article.body, earlier[-1][0]
        verb = re.match(r"\w+", body[at : at + 6])
        return verb is not None and verb.group() in _TELLING and any(
            m[2].type == "person" and m[2].id != entity_id and re.fullmatch(_NAME_LEAD, body[at + verb.end() : m[0]])
            and self.genders.get(m[2].id, pronoun) == pronoun for m in self.entities_in(at, at + 60))

    def acting_before(self, before: int) -> tuple[str | None, str | None]:
        """The one person named in the sentence before, in the same paragraph, as the subject of a verb of
        speech (``Mr. Dalby threatened it with retaliation. "You can count on that," he said``): who
        ``he`` or ``she`` is when no earlier attribution settles it. ``Hessler met Ri.`` names no speaker."""
        body, at = self.article.body, bisect_right(self.sentence_starts, before) - 1
        if at < 1 or "\n" in body[self.sentence_starts[at - 1] : self.sentence_starts[at]].rstrip():
            return None, None
        named = [m for m in self.mentions[bisect_left(self.starts, self.sentence_starts[at - 1]) :
                                          bisect_left(self.starts, self.sentence_starts[at])] if m[2].type == "person"]
        people = [m for m in named if not _POSSESSIVE.match(body, m[1])
                  and not _governed(body, self.sentence_starts[at - 1], m)]
        if not people or any(m[2].id != people[0][2].id for m in people) \
                or not self.owners_apart(body, named, people[0][2]):
            return None, None  # an object ("named by Ri") acts or speaks not
        start, end, entity = people[0]
        verb = re.match(r"\s+(?:(?:also|again|then|later|once|\w+ly)\s+)?([a-z]+)\b", body[end : end + 40])
        if self.opens_clause(self.sentence_starts[at - 1], start) and verb and verb.group(1) in _SPEECH_ACTS:
            return entity.name, entity.id
        return None, None

    def owners_apart(self, body: str, named: list[tuple[int, int, Entity]], subject: Entity) -> bool:
        """Is every other person ``named`` only as an owner (``welcomed Ms. Ri's return``) told apart from
        ``subject`` by a known gender? The one whose return or letter a sentence is about may well speak next
        (``Mr. Dalby read Mr. Ri's letter. "…," he said``: either man), so an owner of the same or an unknown
        gender is a rival."""
        mine = self.genders.get(subject.id)
        return all(m[2].id == subject.id or mine is not None and self.genders.get(m[2].id) not in (None, mine)
                   for m in named if _POSSESSIVE.match(body, m[1]))

    def sole_subject_before(self, before: int) -> tuple[str | None, str | None]:
        """The one person the two sentences before name, the subject of one of them (``Mr. Dalby appeared
        unmoved. "We'll see," he said``): who ``he`` or ``she`` is when nothing else tells. Two people
        named there (``Dalby mocked Ri. "…," he said``), or one named only as an object: no one; one named only as
        an owner is none of the two when :meth:`owners_apart` tells them apart."""
        at = bisect_right(self.sentence_starts, before) - 1
        if at < 1:
            return None, None
        start = self.sentence_starts[max(0, at - 2)]
        body = self.article.body
        named = [m for m in self.entities_in(start, self.sentence_starts[at]) if not self.quoted(m[0]) and (
            m[2].type == "person" or m[2].type == "other" and len(body[m[0] : m[1]].split()) > 1)]
        people = [m for m in named if not _POSSESSIVE.match(body, m[1])]
        # a full name of unknown type ("said Tom Marsh, a consultant") may be a person's too
        if not people or any(m[2].id != people[0][2].id for m in people) or people[0][2].type != "person" \
                or not self.owners_apart(body, named, people[0][2]):
            return None, None
        if not any(self.opens_clause(self.sentence_start(m[0]), m[0]) and not _POSSESSIVE.match(body, m[1])
                   for m in people):
            return None, None
        return people[0][2].name, people[0][2].id

    def acts_again(self, at: int, entity_id: str | None) -> bool:
        """Is the speech act at ``at`` done by ``he`` or ``she`` standing for ``entity_id``, the attribution's
        subject, as its sentence's one person (:meth:`subject_before`: ``Lowe told reporters he had texted the
        minister: "…"``)? The words it brings in are then that subject's own; not in the passive (``he was
        accused of``: the accuser's words), nor with an object of the other gender (``she had texted him``)."""
        body = self.article.body
        pronoun = _ACTING_PRONOUN.search(body, max(0, at - 40), at)
        if pronoun is None or entity_id is None:
            return False
        other = {"he": "her", "she": "him"}[pronoun.group(1).casefold()]
        marks = _QUOTE_MARKS.search(body, at, at + 200)
        if re.search(rf"\b{other}\b", body[at : marks.start() if marks else at + 200], re.IGNORECASE):
            return False  # "Lowe said she had texted him": two people, either of them Lowe
        found = self.subject_before(pronoun.start(1))
        return found is not None and found[1] == entity_id \
            and self.taken_up(pronoun.group(1).casefold(), found)[1] == entity_id

    def opens_clause(self, start: int, position: int) -> bool:
        """Is the name at ``position`` its clause's subject, with only titles and capitalised words between it
        and ``start``, or a fronted clause's comma, or a colon or a dash (``As Chile warned, Dalby``, ``After the
        announcement, President Dalby``, ``As the paper reported: Prime Minister X``, ``HARBOURTON — Dalby``), or a
        subordinating word after the comma (``…, though Dalby hinted``)?"""
        text = self.article.body[start:position]
        dash = text.find("\u2014")  # a dateline's ("HARBOURTON — Dalby"), not an aside's ("the board — Dalby among them")
        dateline = dash if dash > 0 and not any(c.islower() for c in text[:dash]) else -1
        cut = max(text.rfind(":"), text.rfind(","), dateline)
        opening = text[cut + 1 :].split()
        if cut >= 0 and opening and opening[0].casefold() in _SUBORDINATORS:
            opening = opening[1:]  # "…, though Dalby hinted": the subject of the clause the comma sets off
        return all(w.casefold() in _SUBJECT_LEADS or w.casefold() in PERSON_HEADS or w.casefold() in _TITLE_JOINERS
                   or w[:1].isupper() and w.casefold() not in FUNCTION_WORDS for w in opening)

    def subject_before(self, position: int) -> tuple[str | None, str | None] | None:
        """Who ``he`` or ``she`` at ``position`` is when its own sentence named people before it: the one
        person who is the subject there (``Ostrander revealed new evidence which he claimed shows``), no
        one when another person is named too; ``None`` when the sentence names no person before it."""
        body, start = self.article.body, self.sentence_start(position)
        people = [m for m in self.entities_in(start, position) if m[2].type == "person" and not self.quoted(m[0])
                  and not _POSSESSIVE.match(body, m[1]) and not _governed(body, start, m)]
        if not people:
            return None
        if any(m[2].id != people[0][2].id for m in people) or not self.opens_clause(start, people[0][0]):
            return None, None
        return people[0][2].name, people[0][2].id

    def full_name(self, mention: tuple[int, int, Entity]) -> bool:
        """A name of two capitalised words or more standing as a sentence's subject, its first or second word."""
        words = self.article.body[mention[0] : mention[1]].split()
        before = self.article.body[self.sentence_start(mention[0]) : mention[0]].split()
        return len(words) >= 2 and all(w[:1].isupper() for w in words) and len(before) <= 2

    def sentence_start(self, position: int) -> int:
        return self.sentence_starts[bisect_right(self.sentence_starts, position) - 1] if self.sentence_starts else 0

    def is_subject(self, position: int) -> bool:
        """Does the name at ``position`` open its sentence, as its subject (``But Dalby said``, not ``As
        Eastgate talked``)?"""
        before = self.article.body[self.sentence_start(position) : position].split()
        return all(w.casefold() in _SUBJECT_LEADS for w in before)

    def opens_subordinate(self, position: int) -> bool:
        """Is the name at ``position`` the subject of a clause within its sentence: after a subordinating
        word (``though Dalby hinted``), or ``and``, ``but`` after a comma (``…, and Dalby conceded``)?"""
        words = self.article.body[self.sentence_start(position) : position].split()
        while words and words[-1].casefold() not in _SUBORDINATORS and not words[-1].endswith((",", ";")) and (
                words[-1].casefold() in PERSON_HEADS or words[-1][:1].isupper()):
            words.pop()  # "though Mr. Dalby", "though Chief Inspector Dalby"
        lead = words[-1].casefold() if words else ""
        return lead in _SUBORDINATORS or lead in ("and", "but") and len(words) > 1 and words[-2].endswith((",", ";"))

    def opens_sentence(self, position: int) -> bool:
        """Is ``position`` within the first words of its sentence (where its subject stands)?"""
        return len(self.article.body[self.sentence_start(position) : position].split()) <= _SUBJECT_OPENING


def _words_back(body: str, start: int, limit: int, boundary: re.Pattern[str], words: int) -> int:
    """Where a subject before ``limit`` may begin: after the last ``boundary`` mark, at most ``words`` words back."""
    cut = start
    for match in boundary.finditer(body, start, limit):
        cut = match.end()
    found = list(re.finditer(r"\S+", body[cut:limit]))
    return cut + found[-words].start() if len(found) > words else cut


def _words_forward(body: str, start: int, end: int) -> int:
    """Where the subject phrase after a verb ends: a boundary, a full stop or ``_SUBJECT_WORDS`` words."""
    match = next((m for m in _SUBJECT_END.finditer(body, start, end) if not _abbreviation(body, m.start())), None)
    stop = match.start() if match else end
    words = list(re.finditer(r"\S+", body[start:stop]))
    return start + words[_SUBJECT_WORDS - 1].end() if len(words) > _SUBJECT_WORDS else stop


def _abbreviation(body: str, stop: int) -> bool:
    """Is the full stop at ``stop`` that of a title (``Dunmore police Lt. Carl Renvik``)?"""
    if body[stop] != ".":
        return False  # a comma or another mark: no word before it need be read
    word = re.search(r"(\w+)$", body[max(0, stop - 12) : stop])
    return word is not None and word.group(1).lower() in NON_TERMINAL_ABBREVIATIONS


def _phrase(text: str) -> str | None:
    """A short naming phrase (``Turkish diplomatic sources``), or ``None`` for a clause or for words that
    name no one (:func:`_names_no_one`)."""
    words = text.split()
    while words and (words[0].casefold() in _LEADING_WORDS or words[0].casefold() in _SUBORDINATORS):
        words.pop(0)  # "after reporters asked": reporters; "when asked": no one
    while words:
        if words[-1].casefold() in _ADVERBS or words[-1] in _AUXILIARIES:  # not "a spokesman for Kit Will said"
            words.pop()  # "The president also said", "the mayor would say"
        elif len(words) > 2 and " ".join(words[-2:]).casefold() in _ADVERBIAL_PAIRS | _CATENATIVES:
            del words[-2:]  # "the mayor at times said", "her father used to say"
        elif len(words) > 3 and " ".join(words[-3:]).casefold() in _CATENATIVES:
            del words[-3:]  # "the mayor went on to say"
        else:
            break
    return " ".join(words) if 0 < len(words) <= _PHRASE_WORDS and not _names_no_one(words) else None


_STAND_INS = frozenset(
    """another one ones some others other many most few several both each either neither all any none
    this that these those which who whom what it its they them""".split()
)
"""Words that stand in for a noun the text gave before (``"…?" another asks``, ``one of them said``): alone,
or before ``of``, they name no speaker; a pronoun is resolved or left unnamed, never shown as a name."""


def _names_no_one(words: list[str]) -> bool:
    """Do ``words`` (a subject's phrase) stand in for something named elsewhere, or name a question (``"…?" one
    question asks``: the quotation is the question, not words of the question's; a document, ``the 2005 entry
    says``, stands for its writer as ``the report said`` does)?"""
    folded = [w.casefold().strip(".,;:") for w in words]
    if folded[0] in _STAND_INS and (len(folded) == 1 or folded[1] == "of"):
        return True
    return folded[-1] in QUESTIONS


def _named_earlier(body: str, start: int, end: int, phrase: str | None) -> str | None:
    """``the report`` (a bare common noun after ``the``) as the article named it in full before
    (``Global Affairs report``), else ``the report``: alone, ``report`` reads as a news report."""
    if phrase is None or " " in phrase or not phrase.islower():
        return phrase
    if not re.search(rf"\bthe\s+{re.escape(phrase)}\s*$", body[start:end], re.IGNORECASE):
        return phrase
    named = re.finditer(rf"(?:\b[A-Z][\w'\u2019-]*\s+){{1,4}}{re.escape(phrase)}\b", body[:start])
    fuller = [full for match in named if (full := _phrase(match.group())) and " " in full]
    return fuller[-1] if fuller else f"the {phrase}"


_TITLE_QUALIFIERS = frozenset("vice deputy assistant associate former ex acting under".split())
"""``Vice President X`` holds another office than ``the president``."""


def _titled_earlier(speakers: _Speakers, title: str, before: int) -> tuple[str | None, str | None]:
    """The one person the article named before ``before`` with ``title`` set right before the name
    (``President Ann Lowe``, ``police spokesman Ed Marr``) or after it (``Ed Marr, the spokesman``), else no one."""
    if title.endswith("s") and title[:-1] in TITLE_WORDS:
        return None, None  # "the ministers said": more than one
    body, word = speakers.article.body, re.escape(title)
    before_name = re.compile(rf"(?<![\w-])(?:(\S+)\s+)?(?i:{word})[ ]+(?:(?:[A-Z][\w'\u2019-]*|[A-Z]\.)[ ]+){{0,3}}$")
    titled = {}
    for start, end, entity in speakers.entities_in(0, before):
        if entity.type != "person":
            continue
        near = body[max(0, start - 40) : start] + re.sub(r"\S+$", "", body[start:end])  # the title may open the name
        found = before_name.search(near)
        apposed = re.match(rf",\s+the\s+{word}\b", body[end : end + 40], re.IGNORECASE)
        if found and (found.group(1) or "").casefold().strip("-") not in _TITLE_QUALIFIERS \
                or apposed and end + apposed.end() <= before:  # not the subject being read ("Speaking with
            # Ann Lowe, the mayor said": a fronted phrase's name, then the title of another)
            titled[entity.id] = entity
    return (next(iter(titled.values())).name, next(iter(titled))) if len(titled) == 1 else (None, None)


def _governed(body: str, start: int, mention: tuple[int, int, Entity]) -> bool:
    """Is the name at ``mention`` an object, or in a subordinate clause or a clause that qualifies a noun
    (``_GOVERNED_PERSON``, ``_GOVERNED_BODY``, :func:`_in_modifier`), read from ``start``?"""
    pattern = _GOVERNED_PERSON if mention[2].type == "person" else _GOVERNED_BODY
    return pattern.search(body, start, mention[0]) is not None or _in_modifier(body, start, mention)


def _in_modifier(body: str, start: int, mention: tuple[int, int, Entity]) -> bool:
    """Is the name at ``mention`` inside a clause that qualifies a noun before it: the object of a participle
    (``a lawyer representing Ann Lowe``; an ``-ing`` word English has only as a verb, after no function word:
    ``a smiling Ann Lowe`` and ``head of marketing Ann Lowe`` speak) or in a relative clause (``a man who
    knew Ann Lowe``, ``a firm that represents Ann Lowe``)? The subject of the verb after is the noun, not the name.
    An ``-ing`` word that is a noun too is a participle after people or a body (``police questioning Ann Lowe``)."""
    relative = _RELATIVE_CLAUSE.search(body, start, mention[0])
    if relative and (relative.group("verb") is None or verb_form(relative.group("verb"))):
        return True
    participle = _PARTICIPLE.search(body, max(start, mention[0] - 60), mention[0])
    return participle is not None and participle.group(1) not in FUNCTION_WORDS and (
        only_verb(participle.group(2)) or singular(participle.group(1)) in _ACTORS)  # "police questioning Ann Lowe"


_LEAVES_SUBJECT = _ADVERBS | _AUXILIARIES | frozenset(w for phrase in _CATENATIVES for w in phrase.split()) | frozenset(
    "himself herself themselves itself never not still always often first just even too long".split())
"""Words between a subject and its verb that leave the name the subject (``Lowe would later say``, ``Lowe
went on to say``, ``Lowe herself said``, ``Lowe has long said``)."""


def _reduced_relative(body: str, clause: int, mention: tuple[int, int, Entity], verb: int) -> bool:
    """Is the name at ``mention`` the subject of a relative clause left without its pronoun (``the man Ann
    Lowe hired said``, ``the woman Lowe hired, Ann Dale, said``): right after a noun, with a verb of its own
    before the attribution's ``verb`` or a comma? The noun speaks, not the name (``the lawyer Ann Lowe said``,
    ``the lawyer Ann Lowe, who hired Dale, said``, ``the lawyer Ann Lowe yesterday said``: Lowe). The clause's
    own word must be a verb: a time word there (``yesterday``, ``here``, ``last week``) is no clause."""
    noun = re.search(r"\b([a-z][\w'\u2019-]*)\s+(?:the\s+)?$", body[clause : mention[0]])
    if noun is None or noun.group(1) in FUNCTION_WORDS:
        return False
    boundary = _BOUNDARY.search(body, mention[1], verb)
    words = body[mention[1] : boundary.start() if boundary else verb].split()
    if not boundary and words[-1:] in (["as"], ["to"]):
        return False  # "Lowe was quoted as saying", "Lowe is expected to say": a report of her words
    at = next((i for i, w in enumerate(words) if w.islower() and w not in _LEAVES_SUBJECT and not w.endswith("ly")),
              None)
    if at is None or words[at] in _PREPOSITIONS or words[at] in _CONJUNCTIONS:
        return False  # "Ann Lowe of Kelby said"
    own, helped = words[at], at > 0 and words[at - 1] in _LEAVES_SUBJECT  # "Lowe will hire", "Lowe used to know"
    return inflected_verb(own) or own.endswith("ed") or helped and base_verb(own)  # not "Ann Lowe yesterday
    # said", "said the lawyer Ann Lowe last week"


def _speaking(body: str, clause: int, mentions: list[tuple[int, int, Entity]], verb: int
              ) -> list[tuple[int, int, Entity]]:
    """The mentions between ``clause`` and ``verb`` that may be the verb's subject: none qualifying a noun (``a
    spokesman for Ann Lowe``, ``a man who knew Lowe``, ``a worker employed by Lowe``, ``the man Lowe hired``), nor
    one joined by ``and`` or ``or`` to such a name (``the lawyers for Lowe and Dale``)."""
    speaking, aside = [], None
    for mention in mentions:
        joined = aside is not None and (gap := _LIST_GAP.fullmatch(body, aside[1], mention[0])) is not None \
            and gap.group(1) is not None
        if joined or _QUALIFIER.search(body, max(clause, mention[0] - 60), mention[0]) \
                or _in_modifier(body, clause, mention) or _agent(body, clause, mention) \
                or _reduced_relative(body, clause, mention, verb):
            aside = mention
        else:
            speaking.append(mention)
    return speaking


def _together(body: str, clause: int, named: list[tuple[int, int, Entity]], entity: Entity, verb: int) -> str | None:
    """The words naming all who speak when the subject ``entity`` (named in ``named``, from ``clause`` to ``verb``)
    is joined by ``and`` to others (``Lowe and his wife said``, ``the mayor and Lowe said``, ``Kelby and Brill
    said``; an empty string when they are too many words to name), else ``None``."""
    first = next((m for m in named if (others := _AND_OTHERS.fullmatch(body, m[1], verb))), None)
    if first is not None and _noun_phrase(body[clause : first[0]]):
        return f"{body[first[0] : first[1]]} and {others.group(1).strip()}"  # as written: the name may be read badly
    before = body[clause : min(m[0] for m in named if m[2] is entity)]
    if re.search(r"\band\s+$", before) and _noun_phrase(before.rstrip().removesuffix("and")):
        return _phrase(body[clause:verb]) or ""
    return None


def _noun_phrase(text: str) -> bool:
    """Are the words before the speakers' names part of their noun phrase (determiners, people's nouns and titles,
    capitalised words), not a clause of their own (``The water fell and Ann Lowe said``: Lowe alone speaks)?"""
    return all(w.casefold() in _NOUN_PHRASE_WORDS or w[:1].isupper() and w.casefold() not in _CLAUSE_OPENERS
               for w in re.findall(r"[\w'\u2019-]+", text))


_NOUN_PHRASE_WORDS = _SOMEONE | PERSON_HEADS | ARTICLES_AND_OWNERS
_CLAUSE_OPENERS = frozenset("after before when while as then but so and".split())
_AND_OTHERS = re.compile(r"\s+and\s+((?:(?!(?:" + "|".join(sorted(_LEAVES_SUBJECT | _CONJUNCTIONS)) + r")\b)"
                         r"[\w'\u2019-]+\s+){1,4}?)(?:both\s+|all\s+|together\s+)?")
"""Between a subject's name and its verb: others it speaks with (``Lowe and his wife said``, ``Lowe and police
said``), a few words none of which leaves the name the subject alone (``Lowe and later said`` is no subject)."""


def _only_a_title(text: str) -> bool:
    """Is ``text`` (from a person's name to the verb) a comma and a title: capitalised words, title and
    people nouns, the words that join them?"""
    words = re.findall(r"[^\s,]+", text)
    return text.lstrip().startswith(",") and bool(words) and all(
        w[:1].isupper() or w.casefold() in PERSON_HEADS or w.casefold() in _TITLE_JOINERS for w in words)


def _named_after(speakers: _Speakers, verb: re.Match[str]) -> tuple[int, int, Entity] | None:
    """``…, said Nick Pellow, who worked for Ibarra``: a person (or a name of unknown type) named right after the
    verb, a title may stand between, and ending the clause there is its subject, so no one before the comma
    is looked for (``said Anna Varga was…`` names the subject of a reported clause)."""
    body = speakers.article.body
    if verb.group().lower() in _OBJECT_VERBS:
        return None
    return next((m for m in speakers.entities_in(verb.end(), min(len(body), verb.end() + 80))
                 if m[2].type in ("person", "other") and re.fullmatch(r"\s+(?:[A-Z][\w.]*\s+){0,2}",
                                                                   body[verb.end() : m[0]])
                 and re.match(r"\s*(?:[,.;]|$)", body[m[1] : m[1] + 3])), None)


def _apposed_after(speakers: _Speakers, verb: re.Match[str], stop: int) -> tuple[int, int, Entity] | None:
    """``said the mayor, Ann Lowe.``: a title right after the verb up to a comma (``stop``), and a person's name
    set beside it that ends the clause: the one the title names, who speaks."""
    body = speakers.article.body
    words = [w.casefold() for w in body[verb.end() : stop].split()]
    if not words or body[stop : stop + 1] != "," or words[-1] not in PERSON_HEADS \
            or not all(w in PERSON_HEADS or w in _TITLE_JOINERS or w in ("a", "an") for w in words):
        return None
    return next((m for m in speakers.entities_in(stop, min(len(body), stop + 60)) if m[2].type in ("person", "other")
                 and re.fullmatch(r",\s+", body[stop : m[0]]) and re.match(r"\s*(?:[,.;]|$)", body[m[1] : m[1] + 3])),
                None)


def _inverted(speakers: _Speakers, verb: re.Match[str]) -> bool:
    """``…, said Nick Pellow, a consultant.``: after a comma or a closing mark, the verb and the name that
    follows it are an inverted attribution."""
    body = speakers.article.body
    return re.search(r"[,\u201d\"]\s*$", body[max(0, verb.start() - 3) : verb.start()]) is not None \
        and _named_after(speakers, verb) is not None


_PARTY = r"(?:,\s*[RDI]-[A-Z][\w.]*)?"
_LIST_GAP = re.compile(_PARTY + r"\s*(?:[,;]\s*)?(and\s+)?(?:[A-Z][\w.'\u2019-]*\s+)*")
"""Between two people of a list: a party tag, a comma or a semicolon, ``and``, the next one's title."""
_LIST_END = re.compile(_PARTY + r"\s*(?:,\s*(?!(?:and|but|or)\b)[^,;:()\u201c\u201d\"\u2014]{1,40},\s*)?,?\s*"
                       r"(?:both\s+|all\s+|together\s+)?")
"""After the last of people listed, up to their verb: a party tag, an aside set off by commas (``A and B, speaking
together, said``, ``A and B, both lawyers, said``)."""


def _joint_speakers(body: str, people: list[tuple[int, int, Entity]], verb: int) -> str | None:
    """``Chairman A, R-Va.; Chairman B, R-S.C.; and Chairman C, R-Calif., said``: the people listed right
    before the verb, joined by ``and`` or semicolons, speak together (``A, B and C``), not the first alone. An
    owner in an aside after them is none of them (``A and B, C's lawyers, said``)."""
    people = [m for m in people if not _POSSESSIVE.match(body, m[1])]
    if not people or _LIST_END.fullmatch(body, people[-1][1], verb) is None:
        return None
    listed, joined = [people[-1]], False
    for before in reversed(people[:-1]):
        gap = _LIST_GAP.fullmatch(body, before[1], listed[0][0])
        if gap is None or _POSSESSIVE.match(body, before[1]):
            break
        joined = joined or gap.group(1) is not None or ";" in gap.group()
        listed.insert(0, before)
    if len(listed) < 2 or not joined:
        return None
    return listing([m[2].name for m in listed])


_FROM_SOURCE = re.compile(r"\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?" + _SOURCE_NOUN + r"\s+(?:from|by|signed\s+by)\s+")
"""After the verb of ``"…," said a joint statement from A, B and C``: who the statement is from speaks."""
_READ = re.compile(r"\breads?\b(?=" + _FROM_SOURCE.pattern + ")")
"""``"…," read a statement from A``: ``read`` reports words only so, right after the quotation."""


def _source_after(speakers: _Speakers, verb: re.Match[str], end: int) -> str | None:
    """``said a joint statement from Chairman A, Chairman B, and Chairman C``: the people listed (or the one
    person, or the body) right after ``from``, titles between them; ``None`` when the verb is not so followed."""
    body = speakers.article.body
    source = _FROM_SOURCE.match(body, verb.end())
    if source is None:
        return None
    named = [m for m in speakers.entities_in(source.end(), end) if m[2].type in ("person", "org")]
    people = [m for m in named if m[2].type == "person"]
    named = people or named  # "from Judiciary Chairman Ann Lowe": the chairman, not her committee
    if not named or not re.fullmatch(r"(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+)*", body[source.end() : named[0][0]]):
        return None
    listed, joined = [named[0]], False
    for after in named[1:]:
        gap = _LIST_GAP.fullmatch(body, listed[-1][1], after[0])
        if gap is None or after[2].type != listed[0][2].type:
            break
        joined = joined or gap.group(1) is not None or ";" in gap.group()
        listed.append(after)
    if len(listed) > 1 and not joined:
        return None
    return listing([m[2].name for m in listed])


_QUOTED_AS = re.compile(r"\bquot(?:ed|es|ing)\s+([^,;:\u201c\u201d\"]+?)\s+(as)\s+(?:having\s+)?$")
"""Before ``saying`` (or ``having said``): the one quoted (``the paper quoted Lowe as saying``), whoever quoted."""
_QUOTED_BY = re.compile(r"\s+(was|were|is|are|has\s+been|had\s+been|have\s+been)\s+quoted\s+by\s+"
                        r"[^,;:\u201c\u201d\"]+?\s+as\s+(?:having\s+)?$")
"""Before ``saying`` (or ``having said``), the passive: the subject before it is the one quoted (``Lowe was quoted
by the paper as saying``), never the agent after ``by``."""
_QUOTED_VERBS = frozenset(("saying", "said"))
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
_AT_WORD = re.compile(r"\w+")
"""The word standing in for a verb when the one quoted is read as its subject (``was`` of ``was quoted by``)."""
_QUOTING = re.compile(r",?\s+(?:quoting|citing)\s+(?=\w)")
"""Right after an attribution verb: the words are those of the person quoted (``"…," Lowe said, quoting Marr``),
or no one's when no person is named right there (``the agency said, quoting officials``) or the person is cited,
a source of what is said (``the agency said, citing Marr``)."""


def _pick(mentions: list[tuple[int, int, Entity]], body: str, key) -> Entity | None:
    """The best-ranked speaking entity (no place, no possessive ``Garneau’s``)."""
    ranked = sorted(
        (m for m in mentions
         if m[2].type in _TYPE_RANK and m[2].type != "place" and not _POSSESSIVE.match(body, m[1])),
        key=key,
    )
    return ranked[0][2] if ranked else None


def _subject(
    speakers: _Speakers, verb: re.Match[str], zone: tuple[int, int], inverted: bool = True
) -> tuple[str | None, str | None, str]:
    """``(name, entity id, kind)`` of whoever the verb says spoke.

    The clause right before the verb first (``Garneau said``); if the verb
    follows a comma, the sentence's first person before it, else its first
    speaking entity (``Cesar Jaramillo, Ploughshares executive director, told``); after the verb only for
    an inversion or ``according to`` (``said Marc Garneau``), never for verbs
    whose object follows (``told Al Jazeera``), nor when the verb comes before
    the quotation (``said the review “…”``: what follows is what was said),
    unless ``inverted`` allows it.
    """
    body = speakers.article.body
    if quoting := _QUOTING.match(body, verb.end()):  # '"…," Lowe said, quoting Marr': Marr's words, or no one's;
        # 'citing Marr' gives Marr as a source of what Lowe says, in words that may be Lowe's: no one's
        quoted = "citing" not in quoting.group() and next((
            m for m in speakers.entities_in(quoting.end(), quoting.end() + 60) if m[2].type == "person"
            and re.fullmatch(r"(?:[A-Z][\w.'\u2019-]*\s+){0,2}", body[quoting.end() : m[0]])), None)
        return (quoted[2].name, quoted[2].id, "person") if quoted else (None, None, "group")
    if verb.group() in _QUOTED_VERBS and (by := _QUOTED_BY.search(body, max(0, verb.start() - 120), verb.start())):
        # '"…," Lowe was quoted by the Daily Globe as saying': the one quoted, the subject of "was" read as of a
        # verb of its own ("Lowe, the mayor, was", "he was", "a lawyer for Lowe was"), or no one; never the agent
        return _subject(speakers, _AT_WORD.match(body, by.start(1)), zone, inverted=False)
    if verb.group() in _QUOTED_VERBS and (as_quoted := _QUOTED_AS.search(body, max(0, verb.start() - 80), verb.start())):
        # '"…," the Daily Globe quoted Lowe as saying': the one quoted, read as the subject of "as", whoever quoted
        if pronoun := _OBJECT_PRONOUNS.get(as_quoted.group(1).casefold()):  # "quoted him as saying"
            kind = _PRONOUNS[pronoun]
            return (*speakers.taken_up(pronoun, speakers.resolve_pronoun(kind, verb.start(), pronoun=pronoun)), kind)
        return _subject(speakers, _AT_WORD.match(body, as_quoted.start(2)), (as_quoted.start(1), zone[1]),
                        inverted=False)
    if _own_participle(body, verb, speakers.person_ends):  # "recalled Ann Lowe saying": Lowe; "heard a man saying": no one named
        own = [m for m in speakers.entities_in(max(0, verb.start() - 80), verb.start())
               if not body[m[1] : verb.start()].strip()]
        return (own[-1][2].name, own[-1][2].id, "person") if own and own[-1][2].type == "person" \
            else (None, None, "group")
    according = verb.group().lower() == "according to"
    look_after = according or (inverted and verb.group().lower() not in _OBJECT_VERBS)
    if look_after and (source := _source_after(speakers, verb, zone[1])) is not None:
        return source, None, "group"
    clause = _words_back(body, zone[0], verb.start(), _BOUNDARY, _SUBJECT_WORDS)
    while clause < verb.start() and (body[clause].isspace() or body[clause] in "'\u2019" and speakers.quoted(clause)):
        clause += 1  # "'…, 'she said, '…'": the closing mark a space set off is the quotation's, not the subject's
    reported = [v for v in _verbs(body, clause, verb.start()) if v.group().lower() != "according to"]
    if reported:  # "Hallam said the president told him", "Hallam wrote that Dalby said": the subject follows
        clause = reported[-1].end()
        clause = _THAT.match(body, clause).end()
    if (subordinate := _SUBORDINATE_LAST.search(body, clause, verb.start())) is not None:
        clause = subordinate.end()  # "Lowe smiled when reporters asked": the reporters, in a clause of their own
    stop = _words_forward(body, verb.end(), zone[1])
    words_before = [w for w in body[clause : verb.start()].split() if w.casefold() not in _ADVERBS]
    if all(w in _LEAVES_SUBJECT or w.endswith("ly") and w.islower() for w in words_before):
        words_before = []  # "Lowe, the boss, just said", "…, simply said": the subject is before the comma
    pronoun = bare(words_before[-1].casefold()) if words_before else ""  # "He's said"
    if words_before and words_before[0].casefold() in _PRONOUNS and all(w.islower() for w in words_before[1:]):
        pronoun = words_before[0].casefold()  # "He went on to say"
    if pronoun in _PRONOUNS and not according:
        kind = _PRONOUNS[pronoun]
        named = speakers.subject_before(verb.start()) if kind == "person" else None
        opening = max(body.rfind("\u201c", 0, zone[0] - 1), body.rfind('"', 0, zone[0] - 1)) if inverted else -1
        # '"It seems… Norway is behind it," he said': the sentence before the quotation's opening tells who "he" is
        found = named or speakers.resolve_pronoun(kind, verb.start(), opening if opening >= 0 else None, pronoun)
        if speakers.addressed(verb.start(), found[1], None if verb.group() in _REPLIES else pronoun):
            return None, None, kind  # '"…," Keller told Holt. "…," she replied': not Keller, who was answered;
            # '"…," she said': either of them
        return (*speakers.taken_up(pronoun, found), kind)
    coordinated = False
    opening = body[speakers.sentence_start(verb.start()) : verb.start()].split()[:1]
    if not words_before and verb.group().endswith("ing"):  # a participle's subject is its sentence's:
        if opening and opening[0].casefold() in _PRONOUNS:  # "He defended the plan, saying"
            kind = _PRONOUNS[opening[0].casefold()]
            return (*speakers.taken_up(opening[0].casefold(),
                                       speakers.resolve_pronoun(kind, verb.start(), pronoun=opening[0].casefold())), kind)
        named = speakers.subject_before(verb.start())  # "Ann Lowe welcomed Ed Marr, adding": Lowe, not Marr
        if named is not None:
            return (*named, "person")
    if words_before and words_before[-1].casefold() in _CONJUNCTIONS:
        # "Castellano met with Mr. Brannock and said": the first verb's subject speaks, not its object
        opening = body[speakers.sentence_start(verb.start()) : verb.start()].split()[:1]
        if opening and opening[0].casefold() in _PRONOUNS:  # "He hoped to meet Ri but warned"
            kind = _PRONOUNS[opening[0].casefold()]
            return (*speakers.taken_up(opening[0].casefold(),
                                       speakers.resolve_pronoun(kind, verb.start(), pronoun=opening[0].casefold())), kind)
        named = speakers.subject_before(verb.start())
        if named and named[0]:  # 'Mr. Dalby assailed the deal as "hopeless," but said': the sentence's subject
            return (*named, "person")
        words_before, coordinated = [], True
    if words_before and words_before[-1].casefold() in BE_FORMS:
        return None, None, "group"  # "The chief had been warned by Tarnby's mayor": not who speaks
    if words_before == ["who"] and (named := _before_who(speakers, clause)) is not None:
        return named.name, named.id, "person"  # "Keller, who said": the person the relative stands for
    if pronoun.casefold() in _RELATIVES or words_before and words_before[0].casefold() in _RELATIVES \
            or any(w.casefold() == "what" for w in words_before):
        return None, None, "group"  # "which said", "which authorities testified", "installed what officials
        # said was": no one named
    entity = None
    if not according:
        if words_before:  # "a spokesman for Brannock told": the spokesman speaks, not Brannock
            # "the envoy to the Harbour Council said", "a man who knew Brannock told": neither speaks
            named = _speaking(body, clause, speakers.entities_in(clause, verb.start()), verb.start())
            joint = _joint_speakers(body, [m for m in _past_fronted(speakers, speakers.sentence_start(verb.start()),
                _speaking(body, max(0, clause - 80), speakers.entities_in(max(0, clause - 80), verb.start()),
                          verb.start())) if m[2].type == "person"], verb.start())
            if joint is not None:  # "Paul Danner and Lewis Okoro said", "Hanrahan, Pelham, and Ostrow noted"
                return joint, None, "group"
            entity = _pick(named, body, lambda m: (_TYPE_RANK[m[2].type], -m[1]))
        opens_with_title = bool(words_before) and words_before[0].casefold() in TITLE_WORDS
        aside = bool(words_before) and words_before[0].casefold() in _SUBORDINATORS  # ", as police said,": a
        # clause of its own, no title of the person before the comma
        if words_before and not aside and (entity is None or entity.type != "person" or opens_with_title):
            # "Neil Ashcombe, controller of Network Drama Commissioning said", "Harriet Dunmore, Controller Network Two
            # says" (even when the title's words were read as a name), "Anna Varga, Harbour Party deputy
            # chair and Transport Affairs spokesperson said": the person the title is set beside
            titled = words_before[0][:1].islower() or words_before[-1].casefold() in PERSON_HEADS or opens_with_title
            sentence = max(0, clause - 80, speakers.sentence_start(verb.start()))
            # The person before the comma must stand as its clause's subject: not one a fronted phrase names
            # ("Speaking alongside Secretary Ann Lowe, President Ed Marr said": Marr)
            beside = [m for m in speakers.entities_in(sentence, clause) if m[2].type == "person" and (
                titled and re.fullmatch(r"\s*,\s*", body[m[1] : clause]) or _only_a_title(body[m[1] : verb.start()]))
                and speakers.opens_clause(speakers.sentence_start(m[0]), m[0])]
            entity = beside[-1][2] if beside else entity
        if words_before and entity is not None and not aside and entity in (m[2] for m in named) \
                and (together := _together(body, clause, named, entity, verb.start())) is not None:
            return together or None, None, "group"  # not "X, Harbour Party deputy leader and Transport spokesman"
        if entity is None and all(w.strip(".").casefold() in STATE_ABBREVIATIONS for w in words_before) \
                and _named_after(speakers, verb) is None:
            # right after a comma, or after a state ("Jane Roe, the county attorney in Calder County, Az. said"):
            # not a name governed by a preposition or in a subordinate clause ("moved to distance himself
            # from Lerner, saying", "Tessa Marlow, who will stay when Calloway takes over, said")
            wide = _words_back(body, zone[0], verb.start(), _QUOTE_MARKS, _WIDE_WORDS)
            ungoverned = _past_fronted(speakers, speakers.sentence_start(verb.start()), [
                m for m in speakers.entities_in(wide, verb.start()) if not _governed(body, max(wide, m[0] - 80), m)
                and not _reduced_relative(body, max(wide, m[0] - 80), m, verb.start())])
            joint = _joint_speakers(body, [m for m in ungoverned if m[2].type == "person"], verb.start())
            if joint is not None:
                return joint, None, "group"
            entity = _pick(ungoverned, body, lambda m: (_TYPE_RANK[m[2].type], m[0]))
    if entity is None and look_after:
        preposition = _PREPOSITION.search(body, verb.end(), stop)
        end = preposition.start() if preposition else stop  # "said Maggie Hollis at the Petrolux station"
        after = [m for m in speakers.entities_in(verb.end(), end) if not _governed(body, verb.end(), m)
                 and not _reduced_relative(body, verb.end(), m, end)]  # not "said the man Ann Lowe hired"
        joint = _joint_speakers(body, [m for m in after if m[2].type == "person"], end)
        if joint is not None:
            return joint, None, "group"  # "said Danner and Okoro"
        heads = [m for m in after if not _CAPITALISED.search(body, m[1], end)]  # not "said a statement from the
        # House Judiciary"
        entity = _pick(heads, body, lambda m: (_TYPE_RANK[m[2].type], m[0]))  # "said X's Bakery cashier Alicia Brennan"
        if entity is None and (apposed := _apposed_after(speakers, verb, stop)) is not None:
            entity = apposed[2]  # "said the mayor, Ann Lowe."
    if entity is not None:
        return entity.name, entity.id, "person" if entity.type == "person" else "group"
    if coordinated:
        return None, None, "group"  # "…in phoning the Danes and asked": no phrase of the first predicate
    head = None if according else _phrase(body[clause : verb.start()])
    phrase = _named_earlier(body, clause, verb.start(), head)
    if head in TITLE_WORDS and re.match(r"\s*the\s", body[clause : verb.start()], re.IGNORECASE):
        # "the mayor (at times) said": a title is no name; the one person the report gave it to, else the
        # source as the report named it before ("One Western adviser"), or no one
        found = _titled_earlier(speakers, head, clause)
        if found[1] or not phrase or " " not in phrase or phrase.casefold().startswith("the "):
            return (*found, "person")
    if phrase is None and look_after and body[verb.end() : stop].split()[:1] != ["I"] \
            and body[verb.end() : stop].split()[:1] not in ([p] for p in _PRONOUNS):
        phrase = _phrase(body[verb.end() : stop])  # not a clause: 'said she was honoured' names no one
    before = [m for m in speakers.entities_in(clause, verb.start()) if m[2].type == "place"
              and not _governed(body, clause, m) and not _POSSESSIVE.match(body, m[1])]
    # not "Chile's ambassador to the United Nations said"
    after = [m for m in speakers.entities_in(verb.end(), stop) if m[2].type == "place"
             and not _governed(body, verb.end(), m)] if look_after else []
    place = before[-1] if before else after[-1] if after else None  # "said X Park resident Suri Harjeet"
    if place and (phrase is None or phrase == body[place[0] : place[1]]):
        return place[2].name, place[2].id, "group"
    return phrase, None, "group"


_FRONTING = frozenset(_PREPOSITIONS) | frozenset(
    "after before alongside beside besides despite unlike like along behind near following during amid upon".split())
"""Words that open a phrase set before a sentence's subject (``Alongside Ann Lowe,``, ``After talks with Lowe,``)."""


def _past_fronted(speakers: _Speakers, sentence: int, mentions: list[tuple[int, int, Entity]]
                  ) -> list[tuple[int, int, Entity]]:
    """``mentions`` after the comma of a phrase that opens the sentence on a preposition or a participle
    (``Standing beside Ann Lowe, Marr, the mayor, said``, ``Flanked by Lowe and Dale, Marr said``): a name in that
    phrase is no subject when one is named after it. Else all of them (``Harbour master Lowe, 54, said``)."""
    body = speakers.article.body
    fronted = re.match(r"([A-Za-z]+)\b[^,;:()\u201c\u201d\"\u2014]*,", body[sentence : sentence + 200])
    if fronted is None or any(m[0] == sentence for m in mentions):
        return mentions
    word = fronted.group(1).casefold()
    if word not in _FRONTING and not (word.endswith(("ing", "ed")) and "VERB" in lemmas(word)):
        return mentions
    after = [m for m in mentions if m[0] >= sentence + fronted.end()]
    return after or mentions


_OPENING_SUBJECTS = "|".join(sorted(_SUBORDINATORS - {"once", "as", "if"}))
_SUBORDINATE_LAST = re.compile(rf"\b(?:{_OPENING_SUBJECTS})\s+(?!.*\b(?:{_OPENING_SUBJECTS})\s)", re.IGNORECASE | re.DOTALL)
"""The last subordinating word before an attribution's verb: the verb's subject follows it (``once``, ``as`` and
``if`` left out: ``the mayor once said``, ``Lowe as mayor said``)."""


_TITLE_REACH = 12
"""Characters before a name that a joining word and a title (``nor Mrs. ``) take at most."""
_JOINED_LAST = re.compile(r"\b(?:and|or|nor)\s+(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?$")
"""Before a name: it is the last of two or more joined, who act or speak together (``Lowe and Keller described``)."""
_LISTED_LAST = re.compile(_JOINED_LAST.pattern + "|,\\s*$")
"""Before a name: it is the last of a list, and a relative after it (``…, Keller, who``) may stand for all of it."""


def _before_who(speakers: _Speakers, clause: int) -> Entity | None:
    """The person named right before the comma of ``, who`` that opens the clause at ``clause`` (``ripped
    Ann Lowe, who said``), not the last of a list (``Keller and Lowe, who``, ``nor Lowe, who``), an owner (``Lowe's
    aide, who``) nor the object of a preposition (``the daughter of Lowe, who``)."""
    body = speakers.article.body
    start = speakers.sentence_start(clause)
    named = [m for m in speakers.entities_in(start, clause)
             if m[2].type == "person" and re.fullmatch(r"\s*,\s*", body[m[1] : clause])]
    if not named or _LISTED_LAST.search(body, max(0, named[-1][0] - _TITLE_REACH), named[-1][0]) \
            or _governed(body, start, named[-1]):
        return None  # "a lawyer for Lowe, who said": the relative may stand for the lawyer
    return named[-1][2]


def _verb_near(
    body: str, close: int, sentence_end: int, open_: int, sentence_start: int, quoted=lambda position: False,
    person_ends=lambda end: False,
) -> tuple[re.Match[str] | None, tuple[int, int], bool]:
    """The reporting verb of a quotation, its search zone, and whether it follows the quotation.

    A verb within ``_AFTER_WORDS`` words after the closing mark wins, else the
    last verb before the opening mark; none after counts when a conjunction
    follows the quotation (``“…,” and said no more``), nor ``according to`` when a
    verb right before introduces it (``wrote: “…,” according to the file``).
    """
    following = body[close:sentence_end]
    nxt = re.search(r"[\u201c\"\u2018]", following[1:])
    after_end = close + 1 + nxt.start() if nxt else sentence_end
    if body[open_:close].rstrip().endswith(".") and re.match(r"\S?\s+[A-Z]", following):
        after_end = close  # "“… it.” The president said so too.": a new sentence, not this quotation's attribution
    verbs = [verb for verb in _verbs(body, sentence_start, max(sentence_start, open_ - 1))
             if not quoted(verb.start()) and verb.group() not in _TOLD_AFTER]
    # (a verb in marks is not this quotation's: 'Hallam "did not say that…," adding that Hallam "felt…"')
    introduced = bool(verbs) and re.fullmatch(r"\s*[:,]?\s*", body[verbs[-1].end() : open_ - 1]) is not None
    if not _COORDINATED.match(body, close + 1):
        for verb in _verbs(body, close, after_end):
            if verb.group().endswith("ing") and re.search(r",[\s\u201d\"]*$", body[close - 1 : verb.start()]):
                continue  # '"…," adding that': a participle after a comma goes on from its subject, named before
            if introduced and verb.group().lower() == "according to":
                break  # 'Stokes wrote: "…," according to records': the writer, not the source, speaks
            if any(p.search(body, close, verb.start()) for p in (_COORDINATED_AFTER, _RELATIVE_AFTER)) \
                    or _WHICH_AFTER.match(body, close + 1, verb.start()):
                break  # '"quite promising" when asked, but he instead restated his plans': another clause's verb
            gap = body[close : verb.start()]
            if (by := _QUOTED_BY.search(body, close, verb.start())) is not None:
                gap = body[close : by.start()] + " was quoted as "  # the agent is no distance from the one quoted
            if len(gap.split()) <= _AFTER_WORDS:
                return verb, (close + 1, after_end), True
        read = _READ.search(body, close + 1, after_end)
        if read and re.fullmatch(r"[\s,]*", body[close + 1 : read.start()]):
            return read, (close + 1, after_end), True
    if verbs:  # 'Hallam noted that "…," adding that "…"': the participle's subject is the verb's before it; not
        # 'Hallam recalled Dalby saying "…"', whose subject is the name before it
        verb = verbs[-2] if verbs[-1].group().endswith("ing") and len(verbs) > 1 \
            and not _own_participle(body, verbs[-1], person_ends) else verbs[-1]
        return verb, (sentence_start, open_ - 1), False
    return None, (0, 0), False


def _mentions_by_article(analysis: Analysis) -> dict[str, list[tuple[int, int, Entity]]]:
    table: dict[str, list[tuple[int, int, Entity]]] = {}
    for entity in analysis.entities:
        for span in entity.mentions:
            table.setdefault(span.article, []).append((span.start, span.end, entity))
    return {key: sorted(rows, key=lambda row: row[:2]) for key, rows in table.items()}


def _speakers_of(analysis: Analysis, article: Article, sentences: tuple[Sentence, ...],
                 mentions: list[tuple[int, int, Entity]], genders: _Genders) -> _Speakers:
    """The article's :class:`_Speakers` (``mentions`` and ``genders``: the analysis' of it, :func:`_mentions_by_article`,
    :func:`_known_genders`), its subjects read once per analysis of the same entities (:meth:`~Analysis.derived`):
    its quotations, then their groups' credits, read the same. Each caller gets its own copy of the genders, which
    resolving a pronoun adds to (:meth:`_Speakers.taken_up`), as the subjects were first read."""
    read = analysis.derived(("speakers", article.id), lambda: _subjects_read(article, sentences, mentions, genders),
                            of="entities")
    own = copy(read)
    own.genders = dict(read.genders)
    return own


def _subjects_read(article: Article, sentences: tuple[Sentence, ...], mentions: list[tuple[int, int, Entity]],
                   genders: _Genders) -> _Speakers:
    """The article's :class:`_Speakers`, with the subjects of every attribution outside quotations, for pronouns."""
    body, bounds = article.body, quotation_bounds(article)
    opens = [open_ - 1 for open_, _ in bounds]

    def quoted(position: int) -> bool:
        at = bisect_right(opens, position) - 1
        return at >= 0 and position <= bounds[at][1]

    speakers = _Speakers(article, mentions, sentence_starts=[s.start for s in sentences], quoted=quoted, known=genders)
    for sentence in sentences:
        for verb in _verbs(body, sentence.start, sentence.end):
            if not quoted(verb.start()):
                name, entity_id, kind = _subject(speakers, verb, (sentence.start, sentence.end),
                                                 inverted=_inverted(speakers, verb))
                if name and (entity_id or kind == "group"):
                    speakers.subjects.append((verb.start(), name, entity_id, kind))
    speakers.subjects.sort(key=lambda row: row[0])
    return speakers


def find_quotations(
    analysis: Analysis, article: Article, mentions: dict[str, list[tuple[int, int, Entity]]] | None = None,
    genders: _Genders | None = None,
) -> tuple[Quote, ...]:
    """Every quotation of the article, in body order, attributed (see the module docstring).

    ``mentions`` is the analysis' entity mentions by article and ``genders`` :func:`_known_genders`, when the
    caller already has them (:func:`quotations` finds them once for all articles).
    """
    body = article.body
    sentences = analysis.sentences.get(article.id) or segment_article(article)
    if mentions is None:
        mentions = _mentions_by_article(analysis)
    if genders is None:
        genders = _known_genders(analysis, mentions)
    bounds = quotation_bounds(article)
    kept = set(bounds)
    marks = _top_level([m for start, end in analysed_part(article).paragraphs for m in mark_spans(body, start, end)
                        if m[1] != end or m[:2] in kept], bounds)  # one left open that quotes nothing: none
    carried = _carried(marks, bounds)
    speakers = _speakers_of(analysis, article, sentences, mentions.get(article.id, []), genders)
    quoted, starts = speakers.quoted, speakers.sentence_starts
    paragraph_starts = [a for a, _ in article.paragraphs]

    quotes: list[Quote] = []
    for open_, close, nested in marks:
        run = carried.get(close, ())
        if not run and not any(ch.isalnum() for ch in body[open_:close]):
            continue  # a stray mark ending a paragraph, or '""': marks around no words quote nobody
        sentence = _sentence_at(sentences, starts, open_) or _sentence_at(sentences, starts, max(open_ - 1, 0))
        s_start, s_end = (sentence.start, sentence.end) if sentence else (open_ - 1, close + 1)
        last = _sentence_at(sentences, starts, close) or _sentence_at(sentences, starts, max(close - 1, 0))
        s_end = max(s_end, last.end) if last else s_end
        verb, zone, after = _verb_near(body, close, s_end, open_, s_start, quoted, speakers.person_ends)
        text = body[open_:close]
        common = dict(
            span=Span(article.id, open_, close),
            ellipsis=bool(_ELLIPSIS.search(text)),
            insertions=tuple(Span(article.id, open_ + m.start(), open_ + m.end()) for m in INSERTION.finditer(text)),
            nested=tuple(Span(article.id, a, b) for a, b in nested),
        )
        at = bisect_right(paragraph_starts, open_) - 1  # paragraphs never touch: one at most holds it
        paragraph_end = article.paragraphs[at][1] if at >= 0 and open_ <= article.paragraphs[at][1] else close
        continued = _continued_by(body, article.paragraphs, run[-1][1]) if run else None
        if verb is None and continued is not None:
            verb, zone, after = continued  # "No answer. // He was not breathing," Dorsch said.
        reporting_verb_seen = verb is not None  # even if dropped below: words after one are no one's name for a thing
        if verb is not None and not after and _NOT_INTRODUCED.search(body, verb.end(), max(verb.end(), open_ - 1)):
            verb = None  # 'according to X, which awarded her its "genius" grants'
        if _names_a_thing(body, open_, close):
            quotes.append(Quote(**common))  # 'known as the "genius grant"', 'appeared on "Morning Roundup"'
            continue
        if verb is not None and not after and (main := _main_verb(body, verb, s_start, quoted)) is not verb:
            verb = main  # 'Lowe said when asked: "…"': Lowe; 'Lowe said after protesters shouted at him: "…"': either's
        if verb is not None and not after and _two_voices(body, verb, s_start, open_, close, quoted):
            verb = None  # 'Officials confirmed that files that, Keller said, show the plan are "genuine"'
        if verb is not None and _voiced_inside(body, verb, after, s_start, open_, close, quoted, lambda at: (
                speakers.acts_again(at, _subject(speakers, verb, zone, inverted=after)[1])), speakers.person_ends):
            verb = None  # 'Lowe said Marr had called her "a liar"': Marr's words, which Lowe reports
        if verb is not None and after and _IN_RELATIVE.search(body, s_start, max(s_start, open_ - 1)):
            verb = None  # 'X, who was listed as a member of its "staff," had left, police said': not police's words
        if verb is not None and not after and _corrects(body, open_):
            # 'officials said it should have read "…"': the officials give the corrected words, not "it"
            earlier = [v for v in _verbs(body, s_start, verb.start()) if not quoted(v.start())]
            verb = earlier[-1] if earlier else verb
        if verb is not None:
            name, entity_id, _ = _subject(speakers, verb, zone, inverted=after)
            quotes.append(Quote(speaker=name, speaker_entity=entity_id, verb=verb.group().lower(),
                                attribution=Span(article.id, verb.start(), verb.end()), **common))
        elif not reporting_verb_seen and (own := _named_as(speakers, s_start, open_)) is not None:
            quotes.append(Quote(speaker=own[0], speaker_entity=own[1], verb=body[own[2] : own[3]].lower(),
                                attribution=Span(article.id, own[2], own[3]), **common))  # 'what Lowe called "a start"'
        elif _attributed_after(body, close, paragraph_end, quoted):
            quotes.append(Quote(**common))  # the next sentence names a speaker: it may be another one
        # Only a quotation that is its own sentence inherits a speaker from before: in 'The "Did You Hear It?"
        # survey showed...' the marks name a thing; in '"…?" goes another' the sentence names its own source.
        elif (alone := not body[s_start : open_ - 1].strip() and not _GOES_ON.match(body, close + 1, s_end)) and (
                earlier := _previous_attribution(body, sentences, sentence, quoted)) is not None:
            if quotes and quotes[-1].attribution and quotes[-1].attribution.start == earlier[0].start():
                name, entity_id = quotes[-1].speaker, quotes[-1].speaker_entity  # '"…," said Hallam. "…"'
            else:
                name, entity_id, _ = _subject(speakers, earlier[0], earlier[1], inverted=False)
            quotes.append(Quote(speaker=name, speaker_entity=entity_id, verb=earlier[0].group().lower(),
                                attribution=Span(article.id, earlier[0].start(), earlier[0].end()),
                                inherited=True, **common))
        elif alone and quotes and (_follows(body, quotes[-1].span.end, open_) or speakers.tail_of(quotes[-1], open_)) \
                and not speakers.someone_else(quotes[-1], open_) and not body[: open_ - 1].rstrip().endswith(":"):
            # a colon that is no attribution's own (see _previous_attribution) hands the words to someone else
            previous = quotes[-1]
            quotes.append(Quote(speaker=previous.speaker, speaker_entity=previous.speaker_entity,
                                inherited=True, **common))
        else:
            quotes.append(Quote(**common))
        owner = quotes[-1]
        quotes.extend(Quote(span=Span(article.id, a, b), speaker=owner.speaker, speaker_entity=owner.speaker_entity,
                            verb=owner.verb, attribution=owner.attribution, inherited=True) for a, b in run)
    return tuple(quotes)


def _top_level(marks: list[tuple[int, int, list]], bounds: tuple[tuple[int, int], ...]) -> list[tuple[int, int, list]]:
    """``marks`` but those inside a quotation that runs on through their paragraph (``quotation_bounds``): single
    marks there are its speaker's words (``'…'`` in a quoted paragraph that lost its opening mark), and would
    otherwise take over the paragraphs it runs on through after them."""
    starts = [start for start, _ in bounds]

    def inside(open_: int, close: int) -> bool:
        at = bisect_right(starts, open_) - 1
        return at >= 0 and bounds[at] != (open_, close) and bounds[at][0] <= open_ and close <= bounds[at][1]

    return [m for m in marks if not inside(m[0], m[1])]


def _carried(marks: list[tuple[int, int, list]], bounds: tuple[tuple[int, int], ...]) -> dict[int, list[tuple[int, int]]]:
    """The paragraphs a quotation left open runs on through (``quotation_bounds``: a copy that lost the
    fresh opening mark of each quoted paragraph), by where that quotation's own paragraph ends them."""
    own = {(open_, close) for open_, close, _ in marks}
    closes = [close for _, close, _ in marks]
    runs: dict[int, list[tuple[int, int]]] = {}
    for start, end in bounds:
        if (start, end) not in own and (at := bisect_right(closes, start) - 1) >= 0:
            runs.setdefault(closes[at], []).append((start, end))
    return runs


def _names_a_thing(body: str, open_: int, close: int) -> bool:
    """Do the marks hold a name rather than words said: after a naming phrase (``codenamed "Lantern"``), or a
    short title in capitals governed by a preposition (``told the host on "Morning Roundup."``, ``a role in
    "The Long Night"``) or set after the kind of work it names (``his book "A Long Road"``, ``the song
    "Jubilee"``)? A single word after a preposition may be a name said (``told him to call "Hessler"``)."""
    if _NAMING.search(body, max(0, open_ - 40), max(0, open_ - 1)):
        return True
    words = re.findall(r"[^\W_][\w'\u2019-]*", body[open_:close])
    if not (0 < len(words) <= _WORK_TITLE_WORDS and words[0][:1].isupper() and all(
            w[:1].isupper() or w[:1].isdigit() or w.casefold() in FUNCTION_WORDS for w in words)):
        return False
    return _WORK.search(body, max(0, open_ - 16), max(0, open_ - 1)) is not None \
        or len(words) > 1 and _GOVERNING.search(body, max(0, open_ - 12), max(0, open_ - 1)) is not None


_ADJUNCT_WORDS = 4
"""Words before the subordinating word after an attribution's verb, at most (``said on Monday after``)."""
_OPENS_NO_CLAUSE = frozenset("being having been".split())
"""Words after a subordinating word that give its clause no subject of its own (``when being asked``)."""


def _main_verb(body: str, verb: re.Match[str], sentence_start: int, quoted) -> re.Match[str] | None:
    """The verb that attributes a quotation whose nearest verb before it stands in a clause a subordinating word
    opens right after an earlier reporting verb: that earlier verb when the clause has no subject of its own
    (``Lowe said when asked about it: "…"``: Lowe), no verb when it has one (``Lowe said after protesters
    shouted at him: "…"``: the words may be either's); else ``verb`` itself (``Lowe left after Marr said: "…"``)."""
    earlier = [v for v in _verbs(body, sentence_start, verb.start()) if not quoted(v.start())]
    written = body[earlier[-1].end() : verb.start()].split() if earlier else []
    between = [w.strip(",;").casefold() for w in written]
    at = next((i for i, w in enumerate(between[:_ADJUNCT_WORDS]) if w in _SUBORDINATORS), None)
    if at is None or any(w.endswith((",", ";")) for w in written[at:]):
        return verb  # (a few words of time or place may come first: "said on Monday after protesters shouted"); a
        # comma closes the clause before the verb ("said nothing after officers came, Pickell said": Pickell)
    own = [w for w in between[at + 1 :] if w and w not in _OPENS_NO_CLAUSE and w not in _ADVERBS]
    return None if own else earlier[-1]


def _two_voices(body: str, verb: re.Match[str], sentence_start: int, open_: int, close: int, quoted) -> bool:
    """Does the verb before the quotation report inside what an earlier reporting verb of its sentence reports,
    so that two voices may own the marks and the words do not tell which? As an aside set off by commas after
    ``that`` or ``which`` (``officials confirmed that files that, Keller said, show the plan are "genuine"``),
    or with words in marks that speak in the first person inside the verb's clause (``Dale wrote that Keller
    told him he was "doing well and thanked me"``: the "me" is the writer, the verb's subject Keller; not
    ``Dale wrote that Keller told him, "I am well"``); words in marks right after the verb that carry on its
    clause in lower case are inside it too (``Dale wrote that Keller said "he thought well of me"``)."""
    comma = body.rfind(",", sentence_start, verb.start())
    aside = comma >= 0 and re.match(r"(?:\s+\w+){0,3}\s*,\s*[\w(]", body[verb.end() : open_]) is not None \
        and not _BOUNDARY.search(body, comma + 1, verb.start()) \
        and len(body[comma + 1 : verb.start()].split()) <= _SUBJECT_WORDS \
        and _RELATIVE_ENDING.search(body[max(sentence_start, comma - 8) : comma]) is not None
    gap = body[verb.end() : open_ - 1]
    fragment = not gap.strip() and re.match(r"\W*[a-z]", body[open_:close]) is not None
    first_person = re.search(r"\b(?:I|me|my|myself)\b", body[open_:close]) is not None \
        and (fragment or re.fullmatch(r"\s+[^\s,:][^,:]*", gap) is not None)
    earlier = comma if aside else verb.start()
    return (aside or first_person) and any(not quoted(v.start()) for v in _verbs(body, sentence_start, earlier))


_VOCAL = [f"{verb}{ending}" for verb in ("shout", "yell", "scream", "chant") for ending in ("", "s", "ed", "ing")]
"""Verbs of a voice raised: in a clause another verb reports, the words they bring in are of whoever raised it
(``Lowe said a man was shouting "Get out"``, ``Lowe said she heard the crowd chant: "…"``)."""
_INNER_ACT = re.compile(r"\b(?:" + "|".join(sorted(
    """called calls calling dubbed dubs labelled labeled labels branded brands termed terms described describes
    describing denied denies admitted admits acknowledged acknowledges accused accuses vowed vows pledged pledges
    promised promises remarked commented slammed blasted criticised criticized condemned telling bragged brags
    texted texting emailed messaged""".split()) + _VOCAL)
    + r")\b"
    r"|\b(?:had|has|have)\s+(?:[a-z]+ly\s+)?written\b"  # not "the memos written by Comey show"
    r"|\b(?:boasted|boasts)\b(?=\s+(?:that|about|of|it|he|she|they|we|I)\b)"  # not "has" ("the town boasts a…")
    r"|\b(?:praised|praises|hailed|hails|dismissed|dismisses|derided|derides|mocked|mocks|ridiculed|ridicules)\b"
    r"(?=[^,;:\u201c\"]*\bas\s+$)")
"""Verbs of a speech act that are no attribution of their own: quoted words in their clause are their
subject's (``Lowe said Marr had called her "a liar"``, ``Lowe recalled Marr telling her "…"``); verbs of praise
or scorn only with ``as`` right before the marks (``Lowe said Marr dismissed it as "a farce"``); ``written`` only after
``had``/``has`` (``said Marr had written in a letter: "…"``; not ``the memos written by Marr "show…"``); ``boasted``
only before the clause or topic it reports (``boasted that``, ``boasted it was``): before an object it means
"has" (``the town boasts "the best beach", Lowe said``: Lowe's words). A participle after a comma goes on from
the sentence's subject (``Lowe said so, calling it "fair"``) and is left out."""
_CLAIM_NOUN = (
    "claims? remarks? comments? assertions? descriptions? accusations? charges? suggestions? words allegations? "
    "characteri[sz]ations? statements? promises? pledges? warnings? threats? insistence arguments? contentions?"
)
_INNER_REPORT = re.compile(r"\s+(?!(?:and|but|as|when|while|after|before|because|since|if|though|although)\b)"
                           r"((?:[\w'\u2019-]+\s+){1,5})")
"""Up to five words right after an attribution verb, where the clause it reports may open with a subject and
a verb of speech of its own (``Lowe said Marr had told her``)."""
_CLAUSE_END = re.compile(r"[;:()\u201c\u201d\"\u2014]")
_OWNED_CLAIM = re.compile(r"\b[A-Z][\w.'\u2019-]*['\u2019]s?\s+(?:[a-z]+\s+)?(?:" + "|".join(_CLAIM_NOUN.split())
                          + r")\s+(?:that|of|about|as)\b")
"""A named speaker's claim before the marks (``Asked about Marr's claim that "…," Lowe said``)."""


_PARTICIPLE_ACT = re.compile(r"\b(?:warning|urging|insisting|pleading|begging|asking|vowing|threatening)\b")
"""Participles of a speech act only right after the people who do it (``recalled Ann Lowe warning: "…"``, see
:func:`_own_participle`); after a thing they go on from its sentence's subject (``issued a statement warning``)."""


def _speech_acts(body: str, start: int, end: int, quoted) -> list[re.Match[str]]:
    """The verbs of speech or naming and the named claims of ``body[start:end]`` outside quotations; a verb form
    after a determiner is a noun (``the terms``, ``his promises``)."""
    return [m for p in (_INNER_ACT, _OWNED_CLAIM) for m in p.finditer(body, start, end)
            if not quoted(m.start()) and not _DETERMINED.search(body, max(0, m.start() - 12), m.start())]


def _voiced_inside(body: str, verb: re.Match[str], after: bool, sentence_start: int, open_: int, close: int,
                   quoted, speakers_own: Callable[[int], bool] = lambda at: False,
                   person_ends: Callable[[int], bool] = lambda end: False) -> bool:
    """Do the marks stand in a clause that another speech act owns, so that the words are someone the
    attribution reports, not its speaker: a verb of speech or naming between the attribution's verb and the
    marks (``Lowe said Marr had called her "a liar"``, ``Lowe said Marr described it as "the worst"``), or a
    named person's claim (``Lowe denied Marr's claim that she "lied"``); when the attribution follows marks that
    end their clause, the same in that clause before them (``Marr called it "reckless," Lowe said``, ``Asked about
    Marr's claim that "…," Lowe said``, ``The ministry said the ship was "seized lawfully," Lowe said``), or a
    verb of its own in the clause the attribution reports (``"…," Lowe said Marr told her``)? The text does not
    always tell whose words these are: no one's, rather than the reporter's."""
    if not after:
        end = max(verb.end(), open_ - 1)
        return any(("," not in body[m.end() : end]  # a voice raised may bring the marks in ("heard Marr yell, "…"")
                    or m.group() in _VOCAL and re.fullmatch(r"\s*[,:]\s*", body[m.end() : end])) and not (
            m.group().endswith("ing") and (re.search(r",\s*$", body[max(0, m.start() - 3) : m.start()])
                                           or _addressed_before(body, m.start())))  # "told the crowd chanting:"
            and not speakers_own(m.start())  # "told reporters he had texted the minister:": his own words
            for m in _speech_acts(body, verb.end(), end, quoted) + [  # not 'said that though Marr denied it, "…"'
                m for m in _PARTICIPLE_ACT.finditer(body, verb.end(), end)
                if not quoted(m.start()) and _own_participle(body, m, person_ends)])  # "recalled Marr warning:"
    end = max(sentence_start, open_ - 1)
    if "," not in body[close - 1 : verb.start()]:
        return False  # '"safety fee" for the deal and said': the verb after goes on from the clause's subject
    clause = max((m.end() for m in _CLAUSE_END.finditer(body, sentence_start, end)), default=sentence_start)
    own = _speech_acts(body, clause, end, quoted) + [v for v in _verbs(body, clause, end) if not quoted(v.start())]
    if any("," not in body[m.end() : end] and not re.fullmatch(r"\s*[:,]\s*", body[m.end() : end]) for m in own):
        return True  # the marks sit in the clause of a speech act before them, not introduced by it
    inner = _INNER_REPORT.match(body, verb.end())
    words = inner.group(1).split() if inner else []
    cut = next((i for i, w in enumerate(words) if w.casefold() in _SUBORDINATORS or w.casefold() in _CONJUNCTIONS),
               len(words))  # '"…," Lowe said Monday after Marr testified': another clause, no reported one
    at = next((i for i, w in enumerate(words[:cut]) if i and _VERB.fullmatch(w)), None)
    if at is None:
        return False
    outer, named = body[close + 1 : verb.start()].split(), [w for w in words[:at] if w[:1].isupper()]
    return any(w not in outer for w in named) or not named and len(outer) == 1 \
        and outer[0].casefold() in _PRONOUNS and outer[0].casefold() != words[0].casefold()


_AS_VERBS = (
    "described describes describing referred refers referring characterized characterizes characterised characterises "
    "denounced denounces branded brands labelled labeled labels derided derides assailed assails touted touts hailed hails "
    "praised praises dismissed dismisses mocked mocks ridiculed ridicules slammed slams blasted blasts criticized "
    "criticizes criticised criticises defended defends"
)
_NAMED_AS = re.compile(
    r"(?<![\w-])(?:(?:" + "|".join(_AS_VERBS.split()) + r")(?:\s+to)?\s+(?:(?!by\b)[^,;:()\u201c\u201d\"]{1,80}?\s+"
    r"|(?P<bare>))as"
    r"|(?P<call>called|calls|calling|termed|terms)(?!\s+(?:off|up|out)\b)"
    r"(?:\s+(?!(?:to|on|at|in|into|from|for|by|with|about|after|before|when|if)\b)[^\s,;:()\u201c\u201d\"]+){0,10}?)"
    r"\s+(?:(?:a|an|the|having|being)\s+)?$"
)
"""Before words in marks, a verb that gives someone's own words for a thing (``Lowe described the plan as "a
farce"``, ``what Lowe called "a good start"``, ``calling the plan "bold"``): they are that someone's, the
verb's subject. Not ``called for``, ``called on``, nor a call on the telephone (``called Lowe on Monday to ask
"…"``: a preposition or an infinitive before the marks); ``so-called`` is a naming phrase."""
_LISTED_BEFORE = re.compile(r"[\u201c\"][^\u201c\u201d\"]*[\u201d\"][\s,]*(?:and|or)?\s*$")
"""Right before marks, an earlier quotation of the same list (``as "hopeless" and "silly"``)."""
_NOT_A_NAME = re.compile(r"[\u201c\"]?\s*(?:to\b|[^\u201d\"]*\b(?:times|twice|once|"
                         + "|".join(sorted(NUMBER_WORD_VALUES)) + r")\b)", re.IGNORECASE)
"""Words in marks after ``called`` that are no name for anything: an infinitive (``"to discuss the budget"``) or a
count (``"several times"``, ``"twice"``): a meeting or a telephone call."""
_RELATIVE_BEFORE = re.compile(r"\b(?:which|whom|that|what)\s+(?:\S+\s+){0,4}$", re.IGNORECASE)
"""Before the subject of ``described as`` with no object between: the relative is the object (``which Lowe
described as``); without one, ``Lowe described as "…"`` is a headline's passive."""
_DENIED = re.compile(r"\b(?:denied|denies|disputed|disputes|rejected|rejects)\s+(?:that\s+)?$", re.IGNORECASE)
"""Right before a pronoun: the words it goes on to give are what its subject denies having said."""
_PHRASE_REACH = 30
"""Characters before a name in which a preposition and a title make it an object (``_IN_PHRASE``)."""
_IN_PHRASE = re.compile(r"\b(?:" + "|".join(_PREPOSITIONS) + ")" + _NAME_LEAD + "$", re.IGNORECASE)
"""Before a name: a preposition that makes it no subject (``the plan by Ann Lowe described as``); a relative
word does not (``which Lowe has described as``: the relative is the object)."""
_SUBJECT_GAP = re.compile(r"(?:\s*,\s*who)?(?:\s+(?:has|have|had|also|again|once|then|later|often|\w+ly))*\s*$")
"""Between a speaker's name and a verb of ``_NAMED_AS``: adverbs, an auxiliary, or ``, who``."""


def _named_as(speakers: _Speakers, sentence_start: int, open_: int) -> tuple[str, str, int, int] | None:
    """``(name, entity id, start, end)`` of the one who gives the words in marks as their own name for a thing
    (``_NAMED_AS``): a person named as the verb's subject, right before it (``what Ann Lowe has called``,
    ``Ann Lowe, who described it as``), or :func:`_pronoun_names_as`; else ``None``. Through an earlier
    quotation of the same list (``as "hopeless" and "silly"``). ``start:end`` is the verb's first word."""
    body, end = speakers.article.body, max(sentence_start, open_ - 1)
    while (listed := _LISTED_BEFORE.search(body, sentence_start, end)) is not None:
        end = listed.start()
    verb = _NAMED_AS.search(body, sentence_start, end)
    if verb is None or verb.group("call") and _NOT_A_NAME.match(body, open_):
        return None  # 'called Lowe "three times"', 'called the meeting "to talk"': a call, not a name
    gap_end = verb.start()
    word = re.match(r"\w+", body[gap_end : verb.end()])
    found: tuple[str | None, str | None] | None = None
    named = [m for m in speakers.entities_in(sentence_start, gap_end) if m[2].type in ("person", "other")]
    people = [m for m in named if m[2].type == "person"]
    subject_start = people[-1][0] if people and _SUBJECT_GAP.fullmatch(body, people[-1][1], gap_end) else None
    if subject_start is not None \
            and not _IN_PHRASE.search(body, max(sentence_start, subject_start - _PHRASE_REACH), subject_start) \
            and not _JOINED_LAST.search(body, max(sentence_start, subject_start - _TITLE_REACH), subject_start):
        # not the last of two ("Lowe and Keller described it as": both, and the words are not one person's)
        found = people[-1][2].name, people[-1][2].id
        if verb.group("bare") is not None and not _RELATIVE_BEFORE.search(body, sentence_start, subject_start):
            return None  # 'Lowe described as "a menace" by rivals': a headline's passive ("which Lowe described as": hers)
    elif subject_start is None:
        found = _pronoun_names_as(speakers, sentence_start, verb, named)
    return (found[0], found[1], gap_end, gap_end + word.end()) if found and found[1] else None


def _pronoun_names_as(speakers: _Speakers, sentence_start: int, verb: re.Match[str],
                      named: list[tuple[int, int, Entity]]) -> tuple[str | None, str | None] | None:
    """Who ``he``/``she`` right before a verb of ``_NAMED_AS``, or a participle after a comma (``, calling it``),
    is: the one person its sentence names as subject, and no one when another is named before the pronoun
    (``attacked Ri over what she called``: she may be Ri) or a denial stands before it (``denied he described it
    as``: the words are what he denies)."""
    body, gap_end = speakers.article.body, verb.start()
    pronoun = re.search(r"\b(he|she)\s+$", body[sentence_start:gap_end], re.IGNORECASE)
    if pronoun is not None:
        at = sentence_start + pronoun.start(1)
        found = speakers.subject_before(gap_end)
        if not found or len({m[2].id for m in named if m[0] < at}) > 1 or _DENIED.search(body, sentence_start, at):
            return None
        return speakers.taken_up(pronoun.group(1).casefold(), found)
    participle = body[verb.start() : verb.end()].split()[0].endswith("ing") \
        and re.search(r",\s*$", body[max(0, gap_end - 3) : gap_end]) is not None
    return speakers.subject_before(gap_end) if participle else None


_CLOSED_BY_COLON = re.compile(
    r"(?:\s+(?!(?:" + "|".join(sorted(set(_PREPOSITIONS) - {"on", "in", "to", "at", "of"})) + r"|he|she|they|we|I|it|that|who|which)\b)"
    r"[\w'\u2019.-]+){0,5}\s*:")
"""From a reporting verb to the colon that ends its line, the attribution itself and nothing more: a few words
(``added on Twitter:``, ``told reporters:``, ``said in a statement:``), no clause nor ``from``/``by`` phrase (``said
she got a text from Ri:``, ``said under a sign that read:``) that would make the next line another's words."""


def _previous_attribution(body, sentences, sentence, quoted):
    """The last reporting verb (outside quotations) of the sentence before, in the same paragraph, or
    ending the paragraph before on a colon with no quotation after it (``Ann Lowe added on Twitter:`` on a
    line of its own, the quotation on the next).

    ``But the report said X. “Baykar cannot be held…”``: the sentence before attributes the quote.
    """
    if sentence is None or sentence.index == 0:
        return None
    before = sentences[sentence.index - 1]
    introduces = body[before.start : before.end].rstrip().endswith(":")
    if before.paragraph != sentence.paragraph and not introduces:
        return None
    verbs = [v for v in _verbs(body, before.start, before.end) if not quoted(v.start())]
    if verbs and before.paragraph != sentence.paragraph and not _CLOSED_BY_COLON.fullmatch(
            body, verbs[-1].end(), len(body[: before.end].rstrip())):
        return None  # 'X said she got a text from Y:', 'X tweeted: "…" while Y was happy with it:': another's words
    return (verbs[-1], (before.start, before.end)) if verbs else None


def _attributed_after(body: str, close: int, paragraph_end: int, quoted) -> bool:
    """Is there a reporting verb, outside quotations, after the quotation in its paragraph?"""
    return any(not quoted(v.start()) for v in _verbs(body, close + 1, paragraph_end))


def _continued_by(body: str, paragraphs, closer: int):
    """The attribution of a quotation left open at its paragraph's end and carried on to a later paragraph
    that closes it at ``closer`` with no opening mark (``quotation_bounds``), when a reporting verb follows
    the closing mark (``"No answer. // He was not breathing," Dorsch said.``)."""
    b = next((end for start, end in paragraphs if start <= closer < end), len(body))
    after = closer + 1
    nxt = re.search("[\u201c\"]", body[after:b])
    end = after + nxt.start() if nxt else b
    for verb in _verbs(body, after, end):
        if len(body[after : verb.start()].split()) <= _AFTER_WORDS:
            return verb, (after, end), True
    return None


def _follows(body: str, previous_end: int, open_: int) -> bool:
    """Does a quotation opening at ``open_`` continue the one closed at ``previous_end``?

    Yes when only an attribution sentence and at most one paragraph break lie between.
    """
    between = body[previous_end:open_]
    return between.count("\n\n") <= 1 and len(between.split()) <= 12


# --- grouping across reports -------------------------------------------------------


def _bigrams(words: list[str]) -> set[tuple[str, str]]:
    """Pairs of neighbouring words that are not both function words: a quotation's index keys."""
    return {(a, b) for a, b in zip(words, words[1:]) if a not in FUNCTION_WORDS or b not in FUNCTION_WORDS}


def _groups(analysis: Analysis, quotes: list[Quote], words: list[list[str]], alone: frozenset[int] = frozenset()) -> list[list[int]]:
    """Clusters (indexes into ``quotes``) of quotations of different articles that carry one statement;
    those in ``alone`` (corrected wordings, :func:`_corrects`) join none.

    Quotations under ``_MIN_WORDS`` words join only an identical one; longer
    ones are compared only when they share a word pair (an index of the distinct wordings,
    :class:`~reader.core.wordings.Wordings`, so the cost follows the number of candidate pairs, not the
    square of all quotations, and what the words alone tell is worked out once per pair of wordings,
    :class:`_WordsAlike`, not once per pair of copies), the closest wording first, and never join a cluster
    of someone known apart from a speaker of theirs (:func:`~reader.core.links.speakers.known_apart`) but as a misattribution.
    Versions of one wording (:func:`_versions`: a word put in a short one, a run changed between the
    same edges) join when told alike (:class:`_ToldAlike`), and rewordings (:func:`_reworded`) however
    told: printed changed is what the tracker is for.
    """
    clusters = Partition(range(len(quotes)))
    joined = [" ".join(w) for w in words]
    named = {i: [quote] for i, quote in enumerate(quotes) if quote.speaker_entity}  # by cluster root
    wordings = Wordings([tuple(row) for row in words], _keys)
    said = _WordsAlike(wordings.wordings)
    told = _ToldAlike(analysis, quotes)
    gathered = _Gathered(clusters, wordings)
    for i, row in enumerate(words):
        if i in alone:
            continue
        # A report's own quotations never join each other: not even weighed (a report quoting one thing a thousand times)
        article, wi = quotes[i].span.article, wordings.class_of[i]
        # The closest words first, those of one closeness in the quotations' order. Whether two wordings may join at
        # all is asked only of a candidate still in another cluster, and a wording whose copies are all in the
        # quotation's cluster is passed over whole: a copy of a statement that joined one cluster weighs none again.
        levels: dict[float, list[int]] = {}
        for other in wordings.near(wi):
            if wordings.members(other) and not said.refused(wi, other):
                levels.setdefault(said.ratio(wi, other), []).append(other)
        root_i = clusters.root(i)
        for closeness in sorted(levels, reverse=True):
            classes = levels[closeness]
            together = gathered(classes[0]) if len(classes) == 1 else None
            for j in wordings.members(classes[0]) if len(classes) == 1 else sorted(j for c in classes for j in wordings.members(c)):
                if together is not None and clusters.root(together) == root_i:
                    break  # every copy left of this wording is in the quotation's cluster
                if quotes[j].span.article == article:
                    continue
                root_j = clusters.root(j)
                if root_i == root_j:
                    continue
                wj = wordings.class_of[j]
                if not said.may_join(wi, wj) or not (said.alike(wi, wj) or (tie := told(i, j)) and said.versions(wi, wj, whole=tie == "speaker")
                        or said.reworded(wi, wj)) \
                        or _stock_phrase(analysis, quotes, words, i, j) and not said.one_saying(wi, wj):
                    continue
                # Clusters of people known apart stay apart: words alike only in part (``I am keen to begin``,
                # ``I am keen to start on this``) are two sayings; two named speakers printing nearly the whole
                # of the same words are one saying, misattributed (flagged).
                mine, theirs = named.get(root_i, []), named.get(root_j, [])
                misattributed = quotes[i].speaker_entity and quotes[j].speaker_entity and said.one_saying(wi, wj)
                if not misattributed and any(known_apart(a, b) for a in mine for b in theirs):
                    continue
                gathered.join(i, j)
                if mine or theirs:
                    named.pop(root_i, None), named.pop(root_j, None)
                    named[clusters.root(i)] = mine + theirs
                root_i = clusters.root(i)
        gathered.add(i)
    for i, j in _pieces(analysis, quotes, joined, alone):
        clusters.join(i, j)
    return clusters.groups()


class _Gathered:
    """Which wordings have all their items in one cluster: a wording copied into many reports, its copies joined,
    is passed over whole by a quotation already in that cluster. Items go into ``wordings`` and clusters through
    :meth:`add` and :meth:`join`, which keep what is known up to date: a wording found in one cluster stays so
    until an item of it is added in another; one found spread over several is looked at again after a join."""

    def __init__(self, clusters: Partition[int], wordings: Wordings) -> None:
        self.clusters, self.wordings = clusters, wordings
        self._known: dict[int, tuple[int | None, int]] = {}  # by wording: an item whose cluster holds all (or None), at a count of joins
        self._joins = 0

    def __call__(self, wording: int) -> int | None:
        """An item of ``wording`` whose cluster holds all its items added, if one does."""
        item, joins = self._known.get(wording, (None, -1))
        if item is None and joins != self._joins:
            members = self.wordings.members(wording)
            root = self.clusters.root(members[0])
            item = members[0] if all(self.clusters.root(other) == root for other in members[1:]) else None
            self._known[wording] = item, self._joins
        return item

    def join(self, a: int, b: int) -> None:
        self.clusters.join(a, b)
        self._joins += 1

    def add(self, item: int) -> None:
        self.wordings.add(item)
        wording = self.wordings.class_of[item]
        kept = self._known.get(wording, (None, 0))[0]
        if kept is not None and self.clusters.root(kept) != self.clusters.root(item):
            self._known[wording] = None, self._joins


def _keys(row: tuple[str, ...]) -> set:
    """A quotation's index keys: its word pairs (:func:`_bigrams`), or under ``_MIN_WORDS`` words its words
    whole (two or more), and its words with one left out (:func:`_one_word_less`)."""
    keys = _bigrams(list(row)) if len(row) >= _MIN_WORDS else ({" ".join(row)} if len(row) >= 2 else set())
    return keys | _one_word_less(list(row))


class _WordsAlike:
    """What two quotations' words alone tell (:func:`same_statement`, :func:`_versions`, :func:`_reworded`,
    :func:`~reader.core.links.speakers.one_saying`, the ratio that orders candidates), by their wordings
    (classes of :class:`~reader.core.wordings.Wordings`: the later quotation's first), each worked out once:
    the copies of two wordings ask the same."""

    def __init__(self, wordings: list[tuple[str, ...]]) -> None:
        self.rows = [list(wording) for wording in wordings]
        self.joined = [" ".join(wording) for wording in wordings]
        self.stems = [_stems(row) for row in self.rows]
        self.content = [_content_stems(row, stems) for row, stems in zip(self.rows, self.stems)]
        self._known: dict[tuple, object] = {}

    def _once(self, what: tuple, work):
        if what not in self._known:
            self._known[what] = work()
        return self._known[what]

    def _shorter(self, a: int, b: int) -> tuple[int, int]:
        """The two wordings, the shorter text first, ``a`` among equals: of texts of two lengths, what
        :func:`same_statement` and :func:`~reader.core.links.speakers.one_saying` tell is asked once, whichever is later."""
        return (b, a) if len(self.joined[b]) < len(self.joined[a]) else (a, b)

    def ratio(self, a: int, b: int) -> float:
        return self._once(("ratio", a, b), lambda: fuzz.ratio(self.joined[a], self.joined[b]))

    def alike(self, a: int, b: int) -> bool:
        """One statement (:func:`same_statement`); under ``_MIN_WORDS`` words, the same words."""
        short, long_ = self._shorter(a, b)
        whole = min(len(self.rows[a]), len(self.rows[b])) >= _MIN_WORDS
        return self._once(("alike", short, long_), lambda: same_statement(self.joined[short], self.joined[long_]) if whole
                          else self.joined[short] == self.joined[long_])

    def versions(self, a: int, b: int, whole: bool = False) -> bool:
        return self._once(("versions", a, b, whole), lambda: _stem_versions(self.stems[a], self.stems[b], whole=whole))

    def reworded(self, a: int, b: int) -> bool:
        return self._once(("reworded", a, b), lambda: _stem_reworded(self.content[a], self.content[b]))

    def one_saying(self, a: int, b: int) -> bool:
        short, long_ = self._shorter(a, b)
        return self._once(("one saying", short, long_), lambda: one_saying(self.joined[short], self.joined[long_]))

    def refused(self, a: int, b: int) -> bool:
        """Was :meth:`may_join` asked of the two wordings, and said no? (Not asked: not known to be refused.)"""
        return self._known.get(("may join", a, b)) is False

    def may_join(self, a: int, b: int) -> bool:
        """Could quotations of these wordings join, told alike or not? Versions kept whole are versions."""
        return self._once(("may join", a, b), lambda: self.alike(a, b) or self.reworded(a, b) or self.versions(a, b))


_VERSION_SHARE = 2 / 3
"""Versions of one quotation (:func:`_versions`) have at least this share of words alike between their edges."""


def _one_word_less(row: list[str]) -> set[tuple[str, str]]:
    """Index keys of a quotation of three words up to ``_MIN_WORDS``: its words, under ``_MIN_WORDS``, and its
    words with one inner word left out (``we are ready``, ``we are not ready``), to meet its versions."""
    if not 3 <= len(row) <= _MIN_WORDS:
        return set()
    less = {("less", " ".join(row[:k] + row[k + 1 :])) for k in range(1, len(row) - 1)}
    return less | {("less", " ".join(row))} if len(row) < _MIN_WORDS else less


def _versions(a: list[str], b: list[str], whole: bool = False) -> bool:
    """Are two quotations' words versions of one wording: alike at both edges (the opening of one, the
    close of one), a run between them changed, ``_VERSION_SHARE`` of each one's words between the edges alike
    (``we will reopen the quay by May`` and ``we will dredge and then reopen the quay by May``)? A quotation
    under ``_MIN_WORDS`` words, or any when ``whole``, is a version only with all its words kept (``we are
    ready``, ``we are not ready``; not ``we are ready``, ``we are tired``). Words compare by stem, a
    contraction's ending aside."""
    return _stem_versions(_stems(a), _stems(b), whole)


def _stems(row: list[str]) -> list[str]:
    """A quotation's words by stem, a contraction's ending aside: what :func:`_versions` and :func:`_reworded` compare."""
    return [stem(bare(word)) for word in row]


def _stem_versions(a: list[str], b: list[str], whole: bool = False) -> bool:
    """:func:`_versions` of two quotations' stems (:func:`_stems`)."""
    if min(len(a), len(b)) < 3:
        return False
    stems = (a, b)
    if not ((stems[0][0] in stems[1] or stems[1][0] in stems[0]) and (stems[0][-1] in stems[1] or stems[1][-1] in stems[0])):
        return False  # neither opens nor closes with a word of the other
    blocks = [block for block in SequenceMatcher(None, *stems, autojunk=False).get_matching_blocks() if block.size]
    if len(blocks) < 2:
        return False  # one run alike: a cut at an edge, or two sayings
    first, last = blocks[0], blocks[-1]
    if first.a and first.b or last.a + last.size < len(a) and last.b + last.size < len(b):
        return False
    kept = sum(block.size for block in blocks)
    if (whole or min(len(a), len(b)) < _MIN_WORDS) and kept < min(len(a), len(b)):
        return False
    between = max(last.a + last.size - first.a, last.b + last.size - first.b)
    return kept >= _VERSION_SHARE * between


_REWORDED_WORDS = 5
"""Content words the shorter of two reworded versions of one quotation (:func:`_reworded`) has at least."""
_REWORDED_SHARE = 0.8
"""Share of the shorter version's content words the longer one keeps."""
_REWORDED_ORDER = 70
"""Partial ratio of the two versions' content words in order: the kept words kept where they stood."""


def _reworded(a: list[str], b: list[str]) -> bool:
    """Are two quotations one saying reworded: the shorter's content words (:data:`_REWORDED_WORDS` or more,
    by stem) nearly all (:data:`_REWORDED_SHARE`) in the longer, in the same order (``I climbed the tower stairs
    and lit the lamp by hand``, ``I climbed up those tower stairs in pitch dark and then lit the lamp by hand``)?
    Two sayings of one topic keep its names, not the run of what was said about them."""
    return _stem_reworded(*(_content_stems(row, _stems(row)) for row in (a, b)))


def _content_stems(row: list[str], stems: list[str]) -> list[str]:
    """The stems (:func:`_stems`) of a quotation's words but its function words."""
    return [s for word, s in zip(row, stems) if word not in FUNCTION_WORDS]


def _stem_reworded(a: list[str], b: list[str]) -> bool:
    """:func:`_reworded` of two quotations' content stems (:func:`_content_stems`)."""
    short, long_ = sorted((a, b), key=len)
    kept = set(short) & set(long_)
    return len(set(short)) >= _REWORDED_WORDS and len(kept) >= _REWORDED_SHARE * len(set(short)) \
        and fuzz.partial_ratio(" ".join(short), " ".join(long_)) >= _REWORDED_ORDER


class _ToldAlike:
    """How two quotations are told alike, so that versions of one wording (:func:`_versions`) are one saying:
    ``"link"`` in passages one link joins; ``"speaker"`` credited to the same named speaker, or one credited to
    no one in a sentence naming the other's speaker (``…closing with "the tide is ours" as Keller's last words``
    against ``"The tide is all ours," Keller said``): one person says many things, so then only a version that
    keeps every word of the shorter (an insertion, no swap: not ``we will win`` for ``we will lose``) is one
    saying; ``None`` otherwise."""

    def __init__(self, analysis: Analysis, quotes: list[Quote]) -> None:
        self.analysis, self.quotes = analysis, quotes
        self._links: dict[int, set[str]] = {}

    def links(self, i: int) -> set[str]:
        if i not in self._links:
            self._links[i] = {link.id for link in _holding(self.analysis, self.quotes[i])}
        return self._links[i]

    def names(self, i: int, speaker: str) -> bool:
        quote = self.quotes[i]
        return quote.speaker is None and any(entity == speaker for sentence in self.analysis.sentences_overlapping(quote.span)
                                             for *_, entity in self.analysis.mentions_between(sentence.span))

    def __call__(self, i: int, j: int) -> str | None:
        a, b = self.quotes[i].speaker_entity, self.quotes[j].speaker_entity
        linked = bool(self.links(i) & self.links(j))
        if a and b:
            return "link" if linked and (a == b or not known_apart(self.quotes[i], self.quotes[j])) else "speaker" if a == b else None
        if linked:
            return "link"
        return "speaker" if a and self.names(j, a) or b and self.names(i, b) else None


def _holding(analysis: Analysis, quote: Quote) -> Iterator[Link]:
    """The links whose passage in the quotation's report holds most of it: only those whose passage
    starts near enough to reach it are weighed (a report of thousands of links and quotations)."""
    span = quote.span
    links = analysis.derived(("links by start", span.article), lambda: _by_start(analysis, span.article))
    near = links.overlapping(span.start, span.end) if span.end > span.start else links.items
    for link in near:
        if link.passage_in(span.article).overlap_length(span) * 2 >= span.end - span.start:
            yield link


def _by_start(analysis: Analysis, article: str) -> ByStart[Link]:
    """The article's links by where their passages in it start."""
    def bounds(link: Link) -> tuple[int, int]:
        passage = link.passage_in(article)
        return passage.start, passage.end

    return ByStart(analysis.links_by_article.get(article, ()), bounds)


_STOCK_WORDS = 8
"""A quotation under this many words, told by no verb and credited to no one, may be a phrase in scare quotes."""
_PERSONAL = frozenset("he she his her him".split())


def _stock_phrase(analysis: Analysis, quotes: list[Quote], words: list[list[str]], i: int, j: int) -> bool:
    """Is the shorter of two quotations a few words in marks that no verb tells and no one is credited with
    (``the "reopening of the harbour", a phrase…``), inside the report's own sentence, found in a named speaker's
    longer quotation, while that sentence never names the speaker, nor anyone by a pronoun or a title? Then it is
    the report's term in marks, not a cut of their words."""
    shorter, longer = sorted((i, j), key=lambda k: (len(words[k]), k))
    quote, speaker = quotes[shorter], quotes[longer].speaker_entity
    if len(words[shorter]) >= _STOCK_WORDS or quote.verb or quote.speaker or not speaker \
            or _SENTENCE_PIECE.fullmatch(_text(analysis, quote.span).strip()):
        return False  # a sentence in marks of its own ("But we will see.") is someone's words
    sentence = next(iter(analysis.sentences_overlapping(quote.span)), None)
    if sentence is None or any(entity == speaker for *_, entity in analysis.mentions_between(sentence.span)):
        return False
    told = [normalise(word) for word in sentence.text.split()]
    # "She called it '…'", "the minister dismissed it as '…'": someone the report names elsewhere may say them.
    return not (_PERSONAL & set(told) or any(a == "the" and b in TITLE_WORDS for a, b in zip(told, told[1:])))


_SENTENCE_PIECE = re.compile(r"[A-Z].*[.!?,]", re.DOTALL)


def _pieces(analysis: Analysis, quotes: list[Quote], joined: list[str], alone: frozenset[int]) -> Iterator[tuple[int, int]]:
    """``(short, long)``: a quotation under ``_MIN_WORDS`` words (two or more), a sentence of its own, whose
    words run whole inside a longer one that another report credits to the same named speaker: a piece of
    it, printed in pieces (``“We won.” // “We earned it.”`` against ``“We won. We earned it.”``). A fragment
    quoted inside a sentence of the report's own (``said it had “found new evidence”``) is no such piece."""
    by_speaker: dict[str, dict[str, list[int]]] = {}  # by speaker, then by article, in the quotations' order
    for i, quote in enumerate(quotes):
        if quote.speaker_entity and i not in alone and len(joined[i].split()) >= _MIN_WORDS:
            by_speaker.setdefault(quote.speaker_entity, {}).setdefault(quote.span.article, []).append(i)
    for i, quote in enumerate(quotes):
        if not quote.speaker_entity or i in alone or not 2 <= len(joined[i].split()) < _MIN_WORDS \
                or not _SENTENCE_PIECE.fullmatch(_text(analysis, quote.span).strip()):
            continue
        whole = f" {joined[i]} "
        j = next((j for article, found in by_speaker.get(quote.speaker_entity, {}).items() if article != quote.span.article
                  for j in found if whole in f" {joined[j]} "), None)
        if j is not None:
            yield i, j


def _text(analysis: Analysis, span: Span) -> str:
    return analysis.dossier.article(span.article).text(span)


class _SentenceWords:
    """Every sentence of the dossier, its content words and an index of them: the text alone, so
    built once for an analysis and those corrected from it (:meth:`~reader.core.model.Analysis.derived`),
    not once per correction. Read and indexed once per distinct text (a sentence copied into many
    reports is one class, its copies its members): a search weighs a text once, however many print it."""

    def __init__(self, analysis: Analysis) -> None:
        self.sentences = [sentence for article in analysis.dossier.articles
                          for sentence in analysis.sentences.get(article.id) or segment_article(article)]
        texts = Wordings([sentence.text for sentence in self.sentences], lambda text: ())
        self.members: list[list[int]] = [[] for _ in texts.wordings]  # by class of one text: its sentences, by number
        for number, found in enumerate(texts.class_of):
            self.members[found].append(number)
        self.words = [_content_of(self.sentences[members[0]]) for members in self.members]  # by class
        self.postings: dict[str, list[int]] = {}  # by word: the classes holding it
        for found, row in enumerate(self.words):
            for word in row:
                self.postings.setdefault(word, []).append(found)
        # by word: how many sentences hold it
        self.counts = {word: sum(len(self.members[found]) for found in held) for word, held in self.postings.items()}


def sentence_words(analysis: Analysis) -> _SentenceWords:
    """The analysis' :class:`_SentenceWords`, kept with it and the analyses of its text (:meth:`~reader.core.model.Analysis.derived`):
    they read the text alone, so the pipeline builds them while the links are still found, when they are."""
    return analysis.derived("sentence words", lambda: _SentenceWords(analysis), of="text")


def _content_of(sentence: Sentence) -> set[str]:
    return content_words(t.norm.replace("-", "") for t in sentence.tokens if t.is_word)


class _Corpus:
    """What every group's search for reported speech needs, computed once per dossier
    (the sentence index only when some quotation is long enough to need it)."""

    def __init__(self, analysis: Analysis, quotes: list[Quote], words: list[list[str]]) -> None:
        self.analysis = analysis
        self.order = {a.id: i for i, a in enumerate(analysis.dossier.articles)}
        self.full_quotes: dict[str, list[Span]] = {}
        for quote, row in zip(quotes, words):
            if len(row) >= _MIN_WORDS:
                self.full_quotes.setdefault(quote.span.article, []).append(quote.span)
        self._content: dict[Span, set[str]] = {}
        self.quotes_of: dict[str, list[Quote]] = {}
        for quote in quotes:
            self.quotes_of.setdefault(quote.span.article, []).append(quote)
        self._speakers: dict[str, _Speakers] = {}

    @cached_property
    def _mentions(self) -> dict[str, list[tuple[int, int, Entity]]]:
        return _mentions_by_article(self.analysis)

    @cached_property
    def _genders(self) -> _Genders:
        return _known_genders(self.analysis, self._mentions)

    def speakers(self, article_id: str) -> _Speakers:
        """The article's :class:`_Speakers`, read only for the reports a group finds carrying a statement unquoted."""
        if article_id not in self._speakers:
            article = self.analysis.dossier.article(article_id)
            sentences = self.analysis.sentences.get(article_id) or segment_article(article)
            self._speakers[article_id] = _speakers_of(self.analysis, article, sentences, self._mentions.get(article_id, []),
                                                      self._genders)
        return self._speakers[article_id]

    def continues_a_quotation(self, span: Span) -> bool:
        """Is ``span`` in a paragraph of no double marks and no reporting verb between a paragraph a quotation
        runs to the end of, left open, and one opening with a mark, of the same speaker or of none named? The
        convention of a quotation going on over paragraphs opens each with a mark: a copy that lost one mark
        left a paragraph of the speaker's words, not of the report's own."""
        article = self.analysis.dossier.article(span.article)
        body, paragraphs = article.body, article.paragraphs
        at = bisect_right([start for start, _ in paragraphs], span.start) - 1
        if at < 1 or at + 1 >= len(paragraphs) or span.end > paragraphs[at][1]:
            return False
        start, end = paragraphs[at]
        if _QUOTE_MARKS.search(body, start, end) or next(_verbs(body, start, end), None) is not None:
            return False
        quotes = self.quotes_of.get(span.article, [])
        first, last = paragraphs[at - 1]
        before = next((q for q in quotes if first <= q.span.start <= last <= q.span.end), None)  # left open at its end
        after = next((q for q in quotes if q.span.start == paragraphs[at + 1][0] + 1), None)
        return before is not None and before.speaker is not None and after is not None \
            and after.speaker in (None, before.speaker) and after.speaker_entity in (None, before.speaker_entity)

    def credit(self, span: Span, quoted: set[str]) -> tuple[str | None, str | None] | None:
        """Whom the sentence holding ``span`` credits its words to, ``(name, entity id)``: the subject of a
        reporting verb outside quotation marks (``The agency said that…``, ``…, he said``, ``according to X``),
        one of the people ``quoted`` (entity ids) if a verb has one (``Lowe said Marr had promised…``: Marr's
        words, Lowe telling them), else the first; ``(None, None)`` when the verb's subject is not read; None
        when no verb reports a saying."""
        speakers = self.speakers(span.article)
        found = [_subject(speakers, verb, (sentence.start, sentence.end), inverted=_inverted(speakers, verb))[:2]
                 for sentence in self.analysis.sentences_overlapping(span)
                 for verb in _verbs(speakers.article.body, sentence.start, sentence.end) if not speakers.quoted(verb.start())]
        return next((credit for credit in found if credit[1] in quoted), found[0]) if found else None

    @cached_property
    def people(self) -> set[str]:
        return {entity.id for entity in self.analysis.entities if entity.type == "person"}

    @cached_property
    def text(self) -> _SentenceWords:
        return sentence_words(self.analysis)

    def content(self, span: Span) -> set[str]:
        if span not in self._content:
            self._content[span] = content_words(quoted_words(outside_single_marks(_text(self.analysis, span))))
        return self._content[span]

    def quotes_another(self, span: Span, own: set[Span]) -> bool:
        """Does ``span`` hold a full quotation (of ``_MIN_WORDS`` words or more) not among ``own``?"""
        return any(q.overlaps(span) and q not in own for q in self.full_quotes.get(span.article, ()))

    def similar_sentences(self, reference: set[str], share: float, leaving: set[str]) -> list[int]:
        """Sentences holding ``share`` of the reference words (prefix filtering on rare words first), but
        for those of the reports ``leaving``: a report repeating its words, thousands of times, is not read
        again for each of its quotations."""
        needed = max(1, int(share * len(reference) + 0.999))
        text = self.text
        rare_first = sorted(reference, key=lambda w: text.counts.get(w, 0))
        classes = {found for word in rare_first[: len(reference) - needed + 1] for found in text.postings.get(word, ())}
        return sorted(n for found in classes if len(reference & text.words[found]) >= needed
                      for n in text.members[found] if text.sentences[n].article not in leaving)


def _reported(corpus: _Corpus, quotes: tuple[Quote, ...], reference_words: list[str]) -> list[Span]:
    """Passages of reports without this quotation that carry it in their own words.

    A passage of a link that holds one of the quotations qualifies when it has
    ``_REPORTED_LINKED_SHARE`` of the quotation's content words and its sentence
    credits a saying to the speaker (a link joins the same fact told by anyone: the
    writer's own account of what the speaker also said reports nobody's words); any other
    sentence needs ``_REPORTED_SHARE`` of them, the same words mostly in the same
    order (partial ratio ``_REPORTED_ORDER``), and the quotation needs
    ``_REPORTED_MIN_WORDS`` content words. Words a passage quotes count too (a
    partial quotation is reported speech), but a passage that quotes some other
    full statement does not report this one.
    """
    analysis = corpus.analysis
    quoting = {q.span.article for q in quotes}
    own = {q.span for q in quotes}
    reference = content_words(reference_words)
    found: dict[str, Span] = {}
    links = {link.id: link for q in quotes for link in _holding(analysis, q)}
    speakers = {q.speaker_entity for q in quotes if q.speaker_entity}
    for link in links.values():
        for passage in link.passages:
            if passage.article in quoting or passage.article in found or corpus.quotes_another(passage, own) \
                    or corpus.continues_a_quotation(passage):
                continue
            if len(reference & corpus.content(passage)) >= _REPORTED_LINKED_SHARE * len(reference) \
                    and _credits_speaker(corpus, passage, speakers):
                found[passage.article] = passage
    if len(reference) >= _REPORTED_MIN_WORDS:
        said = " ".join(reference_words)
        for number in corpus.similar_sentences(reference, _REPORTED_SHARE, quoting):
            span = corpus.text.sentences[number].span
            if span.article in quoting or span.article in found or corpus.quotes_another(span, own) \
                    or corpus.continues_a_quotation(span):
                continue
            own_words = quoted_words(outside_single_marks(_text(analysis, span)))  # not words in 'single marks'
            if len(reference & content_words(own_words)) >= _REPORTED_SHARE * len(reference) \
                    and fuzz.partial_ratio(said, " ".join(own_words)) >= _REPORTED_ORDER:
                found[span.article] = span
    return sorted(found.values(), key=lambda s: corpus.order[s.article])


def _credits_speaker(corpus: _Corpus, passage: Span, speakers: set[str]) -> bool:
    """Does a sentence holding ``passage`` name one of the ``speakers`` (entity ids), or report a saying
    (``he said``, ``according to the statement``) naming no other person?"""
    analysis = corpus.analysis
    for sentence in analysis.sentences_overlapping(passage):
        named = {m[2] for m in analysis.mentions_between(Span(passage.article, sentence.start, sentence.end))}
        if named & speakers:
            return True
        if not named & corpus.people - speakers and not ATTRIBUTION_VERBS.isdisjoint(quoted_words(sentence.text)):
            return True
    return False


def _editorial(op, reference: Quote, quote: Quote) -> bool:
    """A change that is only a ``[bracketed]`` insertion of either side (flagged on its own)."""
    inside = lambda start, end, spans: start < end and any(s.start <= start and end <= s.end for s in spans)  # noqa: E731
    a_side = op.a_start == op.a_end or inside(op.a_start, op.a_end, reference.insertions)
    b_side = op.b_start == op.b_end or inside(op.b_start, op.b_end, quote.insertions)
    return a_side and b_side


def _house_style(analysis: Analysis, op, reference: Quote, quote: Quote) -> bool:
    """A change of house style, not of words: the same letters and digits (``EU``/``E.U.``, ``anti-war``/``anti
    war``, ``warship's``/``warship’ s``), a contraction (``we've``/``we have``), or a spelling, one word each
    side with nearly the same letters (``programmes``/``programs``, ``defence``/``defense``)."""
    old = analysis.dossier.article(reference.span.article).body[op.a_start : op.a_end]
    new = analysis.dossier.article(quote.span.article).body[op.b_start : op.b_end]
    if _LETTERS.sub("", normalise(old)) == _LETTERS.sub("", normalise(new)):
        return True
    a, b = quoted_words(old), quoted_words(new)
    if same_words(a, b):
        return True
    return len(a) == len(b) == 1 and a[0][:4] == b[0][:4] and fuzz.ratio(a[0], b[0]) >= _SPELLING


def _describe(old: str, new: str) -> str:
    if old and new:
        return f"\u201c{old}\u201d \u2192 \u201c{new}\u201d"
    return f"dropped \u201c{old}\u201d" if old else f"added \u201c{new}\u201d"


def changed_words(analysis: Analysis, reference: Quote, quote: Quote) -> tuple[DiffOp, ...]:
    """The differences of ``quote``'s words from the reference's, house style left out (:func:`_house_style`):
    what the tracker marks (an editorial insertion too, though flagged apart). A copy of the reference's text
    changes nothing: its words are the same (the tokens of a passage are its text's), not diffed again."""
    if _text(analysis, reference.span) == _text(analysis, quote.span):
        return ()
    return tuple(op for op in diff_passages(analysis, reference.span, quote.span)
                 if op.tag != "equal" and not _house_style(analysis, op, reference, quote))


def same_wording(analysis: Analysis, items: tuple, key: Callable) -> list[list[int]]:
    """The positions of ``items`` (quotations, or spans) in order, those with the same words (spaces
    aside) and the same rest of ``key`` (its first element is the span) together: a statement fifty
    reports quote alike takes one line of the tracker, not fifty, and is diffed once."""
    found: dict[tuple, list[int]] = {}
    for position, item in enumerate(items):
        span, *rest = key(item)
        found.setdefault((" ".join(_text(analysis, span).split()), *rest), []).append(position)
    return list(found.values())


def _wordings(analysis: Analysis, quotes: tuple[Quote, ...]) -> tuple[Wording, ...]:
    """``quotes``' wordings (the first is the reference's), each with its changed words (:class:`Wording`)."""
    alike = same_wording(analysis, quotes, lambda quote: (quote.span, quote.speaker, quote.verb, quote.inherited))
    return tuple(Wording(tuple(same), () if 0 in same else changed_words(analysis, quotes[0], quotes[same[0]]))
                 for same in alike)


def _cut(old: list[str], new: list[str]) -> bool:
    """Is a change at a quotation's edge a cut: many of the fuller one's words against a word or two of
    the shorter one's own opening or close (``You'll see. If we`` against ``If we``, the diff pairing
    a capitalised ``If`` with nothing)? A word for a word is a change of wording."""
    return len(new) <= _EDGE_WORDS and len(old) >= 3 * max(len(new), 1)


_Drift = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]
"""How one quotation's words drift from a reference's: the edges it is cut at (``starts later``, ``ends earlier``),
the words an ellipsis of its leaves out, the changes of wording described (:func:`_describe`)."""


class _Drifts:
    """:func:`_drift_of` of pairs of quotations, worked out once per pair of texts with their editorial insertions
    placed from their starts: all it reads of a pair (a copy of the reference against a copy of a version drifts as
    the first copies do)."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self._known: dict[tuple, _Drift] = {}

    def __call__(self, reference: Quote, quote: Quote) -> _Drift:
        key = (_text(self.analysis, reference.span), _text(self.analysis, quote.span), _placed(reference), _placed(quote))
        if key not in self._known:
            self._known[key] = _drift_of(self.analysis, reference, quote)
        return self._known[key]


def _placed(quote: Quote) -> tuple[tuple[int, int], ...]:
    """The quotation's editorial insertions, placed from its start."""
    return tuple((span.start - quote.span.start, span.end - quote.span.start) for span in quote.insertions)


def _drift_of(analysis: Analysis, reference: Quote, quote: Quote) -> _Drift:
    """How one quotation drifts from the reference: cut at an edge, elided at an ellipsis, reworded."""
    body_a = analysis.dossier.article(reference.span.article).body
    body_b = analysis.dossier.article(quote.span.article).body
    changed = [op for op in changed_words(analysis, reference, quote) if not _editorial(op, reference, quote)]
    ellipses = [m.start() + quote.span.start for m in _ELLIPSIS.finditer(body_b[quote.span.start : quote.span.end])]
    cut, elided, reworded = set(), [], []
    for op in changed:
        old, new = body_a[op.a_start : op.a_end].strip(), body_b[op.b_start : op.b_end].strip()
        at_start = not quoted_words(body_a[reference.span.start : op.a_start])
        at_end = not quoted_words(body_a[op.a_end : reference.span.end])
        edge = "starts later" if at_start else "ends earlier"
        if (at_start or at_end) and (op.tag == "delete" or op.tag == "replace" and _cut(quoted_words(old), quoted_words(new))):
            cut.add(edge)
        elif op.tag == "insert" and (at_start or at_end):
            continue  # the quotation opens or closes a word beyond the reference's marks: no word of it changed
        elif op.tag in ("delete", "replace") and any(op.b_start - 3 <= e <= op.b_end + 3 for e in ellipses):
            elided.append(old)
        else:
            reworded.append(_describe(old, new))
    return tuple(edge for edge in ("starts later", "ends earlier") if edge in cut), tuple(elided), tuple(reworded)


def _drift(drifts: _Drifts, reference: Quote, quote: Quote, where: str) -> list[str]:
    """Flags for one quotation against the reference: starting later or ending earlier, elision at an
    ellipsis, wording."""
    cut, elided, reworded = drifts(reference, quote)
    flags = [f"{edge} in {where}" for edge in cut]
    if elided:
        flags.append(f"ellipsis in {where} leaves out " + "; ".join(f"\u201c{w}\u201d" for w in elided))
    if reworded:
        flags.append(f"wording differs in {where}: " + "; ".join(reworded))
    return flags


def _unidentified(speaker: str) -> bool:
    """Does a description name nobody, not even a role (``a man's voice``, ``two women``, but not
    ``the president``, which may be the person another report names, nor ``they``, which points to someone)?"""
    words = [_POSSESSIVE.sub("", w) for w in speaker.split()]
    if len(words) == 1 and words[0].lower() in FUNCTION_WORDS:
        return False
    if any(singular(w.lower()) in TITLE_WORDS or singular(w.lower()) in PERSON_NOUNS for w in words):
        return False
    first = words[0].lower()
    opens = words[0][:1].islower() or first in FUNCTION_WORDS or first in NUMBER_WORD_VALUES
    return opens and all(w[:1].islower() for w in words[1:])


def _printed_whole(analysis: Analysis, quotes: tuple[Quote, ...]) -> set[str]:
    """The other reports that print the reference's words whole in two or more pieces (across paragraphs,
    or around an attribution): no piece of theirs starts later or ends earlier."""
    def words(quote: Quote) -> list[str]:
        return quoted_words(_text(analysis, quote.span))

    pieces: dict[str, list[Quote]] = {}
    for quote in quotes[1:]:
        if quote.span.article != quotes[0].span.article:
            pieces.setdefault(quote.span.article, []).append(quote)
    reference = words(quotes[0])
    return {article for article, found in pieces.items() if len(found) > 1 and [
        w for quote in sorted(found, key=lambda q: q.span.start) for w in words(quote)] == reference}


def _printed_in(analysis: Analysis, reference: set[str], quote: Quote) -> bool:
    """Does the reference (its content words) print at least half of ``quote``'s? A piece of the statement only
    another report's version prints (the group joined through that one) drifts from nothing in the reference."""
    own = _content_said(_text(analysis, quote.span))
    return len(own & reference) * 2 >= len(own)


@lru_cache(maxsize=1 << 12)
def _content_said(text: str) -> frozenset[str]:
    """The content words of a quotation's text (:func:`content_words` of :func:`quoted_words`), read once per text:
    a group's copies of one quotation are weighed against its reference alike."""
    return frozenset(content_words(quoted_words(text)))


def _left_open(analysis: Analysis, quote: Quote) -> bool:
    """Is the quotation one a mark left open with no closing mark (``quotation_marks.left_open``)? No report is
    said to carry its words without quotation marks: where they end is a guess."""
    return (quote.span.start, quote.span.end) in left_open(analysis.dossier.article(quote.span.article))


def _flags(analysis: Analysis, quotes: tuple[Quote, ...], reported: list[Span], reported_as: tuple[str, ...],
           drifts: _Drifts) -> list[str]:
    outlet = analysis.dossier.names
    flags: list[str] = []
    whole = _printed_whole(analysis, quotes)
    pieces: dict[str, list[int]] = {}
    for quote in quotes:
        pieces.setdefault(quote.span.article, []).append(quote.span.start)
    reference = _content_said(_text(analysis, quotes[0].span))
    for quote in quotes[1:]:
        if quote.span.article not in whole and _printed_in(analysis, reference, quote):
            # A report's pieces of one quotation are read together: only its first starts later, only its
            # last ends earlier (two pieces, together the whole, are neither).
            where, starts = outlet[quote.span.article], pieces[quote.span.article]
            inner = {f"starts later in {where}"} if quote.span.start > min(starts) else set()
            inner |= {f"ends earlier in {where}"} if quote.span.start < max(starts) else set()
            flags += [flag for flag in _drift(drifts, quotes[0], quote, where) if flag not in inner]
    for quote in quotes:
        where = outlet[quote.span.article]
        if quote.ellipsis and not any(f.startswith(f"ellipsis in {where}") for f in flags):
            flags.append(f"ellipsis in {where}")
        for insertion in quote.insertions:
            flags.append(f"editorial insertion in {where}: {_text(analysis, insertion)}")
    by_speaker: list[list[Quote]] = []
    # Only named speakers (entities) are known to be different people: "the president" or "a spokesman"
    # may well be the person another report names.
    for quote in (q for q in quotes if q.speaker_entity):
        same = next((group for group in by_speaker if not known_apart(group[0], quote)), None)
        if same is None:
            by_speaker.append([quote])
        else:
            same.append(quote)
    if len(by_speaker) > 1:
        flags.append("attributed differently: " + "; ".join(
            f"{group[0].speaker} ({', '.join(dict.fromkeys(outlet[q.span.article] for q in group))})"
            for group in by_speaker))
    unidentified = [q for q in quotes if q.speaker and not q.speaker_entity and _unidentified(q.speaker)]
    if by_speaker and unidentified:
        flags.append("speaker unidentified in " + "; ".join(dict.fromkeys(
            f"{outlet[q.span.article]} (\u201c{q.speaker}\u201d)" for q in unidentified)))
    # a wording of its own commas is set off by one before the outlet
    flags += [f"reported {how}{',' * (',' in how)} in {outlet[span.article]}" for span, how in zip(reported, reported_as)]
    return flags


def _reported_as(corpus: _Corpus, quotes: tuple[Quote, ...], reported: list[Span], quoted: dict[str, list[Span]],
                 speaker: str | None) -> tuple[str, ...]:
    """How each ``reported`` passage carries the statement, the one wording its flag and every view print:
    quoting a fragment of it; as indirect speech when its sentence credits the words to someone (``The agency
    said that…``), named when read, and the group's ``speaker`` set beside a person known apart from those
    quoted (``X said the mayor lied`` for the mayor's words); ``without quotation marks`` only uncredited:
    the report gives the words as its own."""
    people = {q.speaker_entity for q in quotes if q.speaker_entity}
    found = []
    for span in reported:
        if any(q.overlaps(span) for q in quoted.get(span.article, ())):
            found.append("in its own words, quoting only a fragment")
        elif (credit := corpus.credit(span, people)) is None:
            found.append("without quotation marks")
        else:
            name, entity_id = credit
            other = name and entity_id in corpus.people and people and entity_id not in people and speaker
            found.append("as indirect speech" + (f", credited to {name}" if name else "")
                         + (f", not {speaker}" if other else ""))
    return tuple(found)


def _once_per_report(analysis: Analysis, found: list[Quote]) -> tuple[list[Quote], list[list[str]]]:
    """The quotations without a report's repeats (see :func:`_repeats`), each with its words; of a
    quotation and its repeat, the one that names a speaker stays."""
    quotes: list[Quote] = []
    words: list[list[str]] = []
    first: dict[tuple[str, str], int] = {}
    for quote in found:
        row = quoted_words(_text(analysis, quote.span))
        key = (quote.span.article, " ".join(row))
        kept = first.get(key)
        if kept is None or not _repeats(quote, quotes[kept]):
            first.setdefault(key, len(quotes))
            quotes.append(quote)
            words.append(row)
        elif quote.speaker and not quotes[kept].speaker:
            quotes[kept] = quote
    return quotes, words


def quotations(analysis: Analysis, before: Analysis | None = None) -> dict[str, tuple[Quote, ...]]:
    """Every article's quotations (:func:`find_quotations`), by article id. After a correction of
    ``before``, an article's are ``before``'s when its mentions are as they were: who says each
    reads nothing else of the entities."""
    mentions = _mentions_by_article(analysis)
    genders = _known_genders(analysis, mentions)
    kept = {} if before is None else _as_before(before, mentions, genders)
    return {article.id: kept[article.id] if article.id in kept else find_quotations(analysis, article, mentions, genders)
            for article in analysis.dossier.articles}


def _as_before(before: Analysis, mentions: dict[str, list[tuple[int, int, Entity]]], genders: _Genders
               ) -> dict[str, tuple[Quote, ...]]:
    """``before``'s quotations of the articles whose ``mentions`` name the same entities (by id, name,
    type and what the dossier tells of their genders: all :class:`_Speakers` reads of them) at the same places."""
    def named(rows: list[tuple[int, int, Entity]], told: _Genders) -> list[tuple]:
        return [(start, end, entity.id, entity.name, entity.type, told.titled.get(entity.id),
                 told.by_given_name.get(entity.id)) for start, end, entity in rows]

    old = _mentions_by_article(before)
    told = _known_genders(before, old)
    return {article: found for article, found in before.findings.quotations.items()
            if named(old.get(article, []), told) == named(mentions.get(article, []), genders)}


def credited_alike(analysis: Analysis, found_by_article: dict[str, tuple[Quote, ...]]) -> dict[str, tuple[Quote, ...]]:
    """``found_by_article`` (:func:`quotations`) with each quotation of no named speaker credited to the one
    the other reports printing the same words (``_MIN_WORDS`` or more) name, when they name one: who says
    the words a report leaves to ``he`` unresolved or to a description (``the 55-year-old said``). Near
    words are not enough (``I am keen to begin``, ``I am keen to start``: two people). For telling
    passages apart: what a report does not say is not shown as its attribution."""
    quotes, words = _once_per_report(analysis, [q for qs in found_by_article.values() for q in qs])
    named: dict[str, dict[str, Quote]] = {}
    for quote, row in zip(quotes, words):
        if quote.speaker_entity and len(row) >= _MIN_WORDS:
            named.setdefault(" ".join(row), {})[quote.speaker_entity] = quote
    credited: dict[Span, Quote] = {}
    for quote, row in zip(quotes, words):
        speakers = named.get(" ".join(row), {}) if not quote.speaker_entity else {}
        if len(speakers) == 1:
            (speaker,) = speakers.values()
            credited[quote.span] = replace(quote, speaker=speaker.speaker, speaker_entity=speaker.speaker_entity)
    return {article: tuple(credited.get(q.span, q) for q in qs) for article, qs in found_by_article.items()}


def find_quotes(
    analysis: Analysis, found_by_article: dict[str, tuple[Quote, ...]] | None = None, *,
    before: Analysis | None = None, moved: Iterable[Span] = (),
) -> tuple[QuoteGroup, ...]:
    """Every quotation of the dossier, grouped by statement, groups in dossier order; ``found_by_article``,
    when given, is :func:`quotations` of the analysis.

    A group of one is a quotation no other report carries in quotation marks;
    it may still have ``reported`` passages and flags. ``before``, after a correction, is the analysis
    it corrected and ``moved`` the mentions of the entities it changed: a group of the same quotations
    as one of ``before``'s keeps its reported passages and flags unless the correction reaches them
    (:func:`_as_they_were`).
    """
    found_by_article = found_by_article if found_by_article is not None else quotations(analysis)
    found = [q for article in analysis.dossier.articles for q in found_by_article[article.id]]
    quotes, words = _once_per_report(analysis, found)
    corpus = _Corpus(analysis, quotes, words)
    quoted: dict[str, list[Span]] = {}
    for quote in found:
        quoted.setdefault(quote.span.article, []).append(quote.span)
    groups: list[QuoteGroup] = []
    corrections = frozenset(i for i, q in enumerate(quotes) if _corrects(analysis.dossier.article(q.span.article).body, q.span.start))
    kept = {} if before is None else _as_they_were(before, analysis, quotes, moved)
    drifts = _Drifts(analysis)
    for number, members in enumerate(_groups(analysis, quotes, words, corrections), 1):
        longest = max(members, key=lambda i: (len(words[i]), -i))
        ordered = (quotes[longest], *(quotes[i] for i in members if i != longest))
        if ordered in kept:
            groups.append(replace(kept[ordered], id=f"q{number}"))
            continue
        reported = _reported(corpus, ordered, words[longest]) if len(words[longest]) >= _MIN_WORDS \
            and not _left_open(analysis, quotes[longest]) else []  # where words left open end is a guess
        speaker = _heading([q for q in ordered if q.speaker])
        reported_as = _reported_as(corpus, ordered, reported, quoted, speaker)
        groups.append(QuoteGroup(
            id=f"q{number}", quotes=ordered, reported=tuple(reported), reported_as=reported_as,
            flags=tuple(dict.fromkeys(_flags(analysis, ordered, reported, reported_as, drifts))), speaker=speaker,
            wordings=_wordings(analysis, ordered),
        ))
    return tuple(groups)


def _heading(credited: list[Quote]) -> str | None:
    """The speaker a statement is shown under: the fullest credit its reports give, the most often given
    among equals. A person or a list of people named (``Ann Lowe and Ed Marr``) comes before a description,
    even a capitalised one (``Harbour councillors``), that may be the same people; a description before a
    lower-case one (``the president``)."""
    def fullness(quote: Quote) -> int:
        if quote.speaker_entity or all(w[:1].isupper() or w == "and" for w in quote.speaker.split()):
            return 2
        return 1 if quote.speaker[:1].isupper() else 0
    best = max(map(fullness, credited), default=0)
    names = [q.speaker for q in credited if fullness(q) == best]
    return max(names, key=names.count) if names else None


def _as_they_were(before: Analysis, after: Analysis, quotes: list[Quote], moved: Iterable[Span]) -> dict[tuple[Quote, ...], QuoteGroup]:
    """``before``'s groups, by their quotations, whose reported passages (and so flags) a correction to
    ``after`` leaves as they were: what :func:`_reported` reads is the text, the quotations kept
    (``quotes``: none if they moved), the links holding a group's quotations and the entities named
    in their passages' sentences. A group that a link added or gone holds, or a link whose sentences
    name a moved mention, is none of them."""
    if {q.span for q in quotes} != {q.span for group in before.findings.quotes for q in group.quotes}:
        return {}
    sentences = before.sentences_overlapping  # the same sentences as after's, their bounds kept from one correction to the next
    naming = {sentence.span for mention in moved for sentence in sentences(mention)}
    changed = {link.passages for link in before.links} ^ {link.passages for link in after.links}
    changed |= {link.passages for link in after.links
                if any(sentence.span in naming for passage in link.passages for sentence in sentences(passage))}
    reaches = [span for spans in changed for span in spans]
    return {group.quotes: group for group in before.findings.quotes
            if not any(q.span.overlaps(span) for q in group.quotes for span in reaches)}
