"""A sentence printed word for word in more reports than ``candidates.KEY_DF_LIMIT`` (lowered here) is linked,
copy by copy, though the candidate index drops its key (:mod:`reader.core.links.printed`). Every report here is
invented for these tests."""

from __future__ import annotations

from reader.core.ingest.loading import load_dossier
from reader.core.links import candidates
from reader.core.links.align import find_links
from reader.core.links.judging import uncommon_terms
from reader.core.links.printed import widely_printed
from reader.core.links.units import prepare
from reader.core.text.segment import segment_article

PRINTED = "The ferry company said the night crossing would stay closed until the new pier is finished."
OTHERS = ("A storm damaged the old pier last winter.", "Fishermen asked for a landing near the lighthouse.",
          "The council met to discuss the harbour budget.", "Tourist numbers fell sharply in spring.",
          "Local shops reported a drop in weekend trade.", "A new bakery opened by the square.")


def _dossier(folder, bodies):
    for number, body in enumerate(bodies, 1):
        (folder / f"report{number}.md").write_text(f"---\noutlet: Report {number}\n---\n{body}\n", encoding="utf-8")
    dossier = load_dossier(folder)
    return dossier, {a.id: segment_article(a) for a in dossier.articles}


def test_a_sentence_printed_in_more_reports_than_the_key_limit_is_one_verbatim_link(tmp_path, monkeypatch):
    monkeypatch.setattr(candidates, "KEY_DF_LIMIT", 3)
    # the third report prints it twice: its first copy is the link's passage
    bodies = [f"{other} {PRINTED}" + (f" {PRINTED}" if number == 2 else "") for number, other in enumerate(OTHERS)]
    dossier, sentences = _dossier(tmp_path, bodies)
    links = find_links(dossier, sentences)
    assert [(link.kind, link.confident, len(link.passages)) for link in links] == [("verbatim", True, 6)]
    third = dossier.articles[2]
    [passage] = [span for span in links[0].passages if span.article == third.id]
    assert third.text(passage) == PRINTED and passage.start < third.body.rindex(PRINTED)


def test_the_copies_join_the_link_holding_one_of_them(tmp_path, monkeypatch):
    """A link holding one copy takes the others, one per report it lacks; what it says (kind, score) stays."""
    monkeypatch.setattr(candidates, "KEY_DF_LIMIT", 3)
    bodies = [f"{other} {PRINTED}" for other in OTHERS[:5]] + ["The crossing stays shut until the pier is built, the company said."]
    dossier, sentences = _dossier(tmp_path, bodies)
    whole, clauses, weights, df, names = prepare(dossier, sentences)
    copy = next(u.span for u in whole if u.span.article == dossier.articles[1].id and dossier.articles[1].text(u.span) == PRINTED)
    paraphrase = next(u.span for u in whole if u.span.article == dossier.articles[5].id)
    built = [(False, (1, copy.start), 0.6, "paraphrase", (copy, paraphrase))]
    joined = widely_printed(built, whole, clauses, weights, uncommon_terms(whole, df), names, frozenset())
    assert len(joined) == 1
    weak, key, score, kind, spans = joined[0]
    assert (weak, score, kind) == (False, 0.6, "paraphrase")
    assert [s.article for s in spans] == [a.id for a in dossier.articles] and paraphrase in spans
    assert key == (0, spans[0].start)
