"""A subject that stands for a person named before (``He``, ``The 41-year-old striker``) is read as that
person when passages are compared (``links.referents``), and only against a passage naming the person
first (``judging._as_named``). Invented reports only."""

from __future__ import annotations


from reader.core.ingest.loading import load_dossier
from reader.core.links import units
from reader.core.links.judging import _as_named
from reader.core.links.referents import referent_candidates, subject_reference, the_one
from reader.core.links.units import _TermReader, verb_indexes, weight_overlap
from reader.core.text.segment import segment_article
from reader.core.tokens import tokenize


def _reference(text: str) -> str | None:
    tokens = tokenize(text)
    return subject_reference(tokens, verb_indexes(tokens))


def test_a_pronoun_or_a_description_opening_the_sentence_refers_back():
    assert _reference("He replaced the injured captain on Saturday.") == ""
    assert _reference("He is facing a charge of fraud.") is None  # an auxiliary first: left out
    assert _reference("The 41-year-old striker will replace the injured captain.") == "striker"
    assert _reference("The veteran leader of the northern party was charged on Friday.") == "leader"
    assert _reference("He said the club had agreed terms.") is None  # who spoke, not a participant
    assert _reference("The striker Ivo Marsh will replace the captain.") is None  # named there
    assert _reference("The hope of a new coach was dashed again.") is None  # the noun is not the subject's
    assert _reference("The club will replace the injured captain.") is None  # no person's noun


def _read(*texts: str):
    reader, read = _TermReader(), []
    for text in texts:
        tokens = tokenize(text)
        terms, _, _ = reader.read(tokens)
        read.append((tokens, terms, verb_indexes(tokens)))
    return read


NAMES = frozenset(("ivo", "marsh", "lyle", "brook", "storm", "ada", "gulls"))
"""The names of these sentences, as the dossier's casing tells them (``_TermReader.weigh``)."""


def _referent(earlier: tuple[str, ...], text: str) -> frozenset[str]:
    *before, (tokens, _, verbs) = _read(*earlier, text)
    return the_one(referent_candidates(tokens, verbs, before), NAMES)


def test_the_one_name_the_sentences_before_give_is_the_referent():
    marsh = _referent(("Ivo Marsh, 41, signed for the Gulls on Monday.",), "He signed autographs for the fans.")
    assert marsh and marsh == _referent(("Ivo Marsh signed for the Gulls on Monday.", "Fans cheered the news at the ground."),
                                        "He signed autographs for the fans.")
    assert marsh == _referent(("The Gulls signed veteran striker Ivo Marsh on Monday.",), "The 41-year-old striker will wear the number nine.")
    assert not _referent(("The Gulls signed striker Ivo Marsh and striker Lyle Brook.",), "The veteran striker will wear the number nine.")
    assert not _referent(("When Storm Ada struck the coast, the pier was closed.",), "She tended to the wounded for days.")
    assert not _referent(("Ivo Marsh signed on Monday.", "Fans cheered.", "The shop sold out of shirts."), "He will wear the number nine.")


def _units(folder, *bodies: str):
    for number, body in enumerate(bodies, 1):
        (folder / f"report{number}.md").write_text(f"---\noutlet: Report {number}\n---\n{body}\n", encoding="utf-8")
    dossier = load_dossier(folder)
    return units.prepare(dossier, {a.id: segment_article(a) for a in dossier.articles})


def test_the_subject_is_read_as_the_name_only_beside_a_passage_naming_that_person_first(tmp_path):
    (signed, charged, named, clerks), _, weights, _, names = _units(
        tmp_path,
        "Ivo Marsh, 41, stepped down as treasurer of the Lantern Rowing Club last month. He embezzled funds from the club for years.",
        "Ivo Marsh embezzled funds from the rowing club, police said on Friday.",
        "Two clerks who worked for Ivo Marsh embezzled funds from the club.",
    )
    assert {"ivo", "marsh"} <= names and charged.referred == {"ivo", "marsh"} <= charged.terms
    assert not signed.referred and not named.referred
    assert _as_named(charged, named, weights) is charged  # 'Ivo Marsh embezzled': the same person
    apart = _as_named(charged, clerks, weights)  # 'clerks who worked for Ivo Marsh embezzled': others
    assert not apart.terms & {"ivo", "marsh"} and apart.weight < charged.weight
    assert weight_overlap(charged, named, weights) > weight_overlap(apart, named, weights)
