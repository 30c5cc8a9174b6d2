"""A sentence printed in many reports is read for names once (:meth:`_MentionFinder.sentence`, its runs
:meth:`_MentionFinder.runs`): each copy's mentions are the first one's, where the copy stands, unless what the
first reading looked at around the sentence reads otherwise around the copy. The oracle: every sentence read anew."""

from __future__ import annotations

from reader.core.entities.mentions import find_mentions
from reader.core.model import Dossier
from reader.core.text.segment import segment_article
from tests.helpers import make_article

SAID = "Ada Varga of the Kestrel Harbour Board met Tomas Oyle in Brill on Monday."


def _mentions(*reports):
    dossier = Dossier(root="hand-made", articles=reports)
    found = find_mentions(dossier, {r.id: segment_article(r) for r in reports})
    return {r.id: [(m.start, m.end, m.surface, m.key) for m in found.mentions if m.article == r.id] for r in reports}


def test_a_copy_of_a_sentence_has_the_first_ones_mentions_moved_to_where_it_stands():
    first = make_article(SAID, article_id="a")
    later = make_article("Rain fell over the quay all week.", "Crowds waited. " + SAID, article_id="b")
    twice = make_article(SAID + " " + SAID, article_id="c")
    found = _mentions(first, later, twice)
    assert [surface for _, _, surface, _ in found["a"]] == ["Ada Varga", "Kestrel Harbour Board", "Tomas Oyle", "Brill"]
    at = later.body.index(SAID)
    assert found["b"] == [(start + at, end + at, surface, key) for start, end, surface, key in found["a"]]
    second = len(SAID) + 1
    assert found["c"] == found["a"] + [(start + second, end + second, surface, key) for start, end, surface, key in found["a"]]



def _findings(reports, monkeypatch=None, *, anew: bool = False):
    """Everything the mention pass finds, as text; ``anew``: every sentence read anew, no reading reused."""
    from reader.core.entities import mentions

    if anew:
        monkeypatch.setattr(mentions, "_READINGS_KEPT", 0)
    dossier = Dossier(root="hand-made", articles=reports)
    found = find_mentions(dossier, {r.id: segment_article(r) for r in reports})
    return {name: repr(getattr(found, name)) for name in
            ("mentions", "titles", "surnamed", "demonyms", "definitions", "aliases", "owned", "lists")}


_COPIED = (
    "News reported the fire near Brill.",  # after "Yahoo! " a name's second word, cut off by the sentence end
    "Ada Varga of Fort Rowan, Ark., spoke for the Kestrel Harbour Board (KHB) in Calder.",  # a town and its state
    "French officials said Avalon and Brill counties were flooded, as were Corsa, Dunmore and Elling.",
    "Orvane University's College of Law said the President was away, said King.",
    "Quay Works Inc., better known as Quayco, hired Tomas Oyle.",
)
"""Sentences that each report below prints, in other surroundings: mentions, a state, lists and heads, an
owner, a bare title, a surname that is a title word, an acronym defined, an alias stated, a demonym."""


def _reports():
    yahoo = make_article("Staff at Yahoo! " + " ".join(_COPIED), article_id="a")
    plain = make_article("Rain fell. " + " ".join(reversed(_COPIED)), "King Varga said so at the Orvane University College of Law.", article_id="b")
    quoted = make_article('She wrote: "' + _COPIED[0] + '" ' + _COPIED[1], _COPIED[2] + " " + _COPIED[3],
                          article_id="c")
    again = make_article(*_COPIED, "Staff at Yahoo! " + _COPIED[0], article_id="d")
    return yahoo, plain, quoted, again


def test_copies_read_once_find_what_each_copy_read_anew_finds(monkeypatch):
    reports = _reports()
    reused = _findings(reports)
    assert reused == _findings(reports, monkeypatch, anew=True)
    assert "Calder" in reused["mentions"] and "khb" in reused["definitions"] and "quayco" in reused["aliases"]


def test_a_copy_whose_surroundings_differ_from_the_first_ones_is_read_anew(monkeypatch):
    """``News`` after ``Yahoo! `` is the rest of a name cut off by the sentence's end: its copy after ``Rain fell.``
    is read for itself, in either order."""
    yahoo, plain, _, _ = _reports()
    for reports in ((yahoo, plain), (plain, yahoo)):
        assert _findings(reports) == _findings(reports, monkeypatch, anew=True)
        monkeypatch.undo()


def _cut(report, *cuts: int):
    """The report's sentences cut where ``cuts`` say, wherever a segmenter would cut them."""
    from reader.core.model import Sentence

    bounds = (0, *cuts, len(report.body))
    return tuple(Sentence(report.id, i, start, end, 0, report.body[start:end])
                 for i, (start, end) in enumerate(zip(bounds, bounds[1:])))


def test_what_a_reading_finds_past_the_sentence_end_is_its_copies_only_where_they_find_it_too(monkeypatch):
    """A sentence cut right after a town, its state written after the cut: the town's mention takes in the state,
    which the next sentence's reading then skips; a copy followed by other words is read for itself."""
    from reader.core.entities import mentions

    town = "They met in Fort Rowan"
    reports = [make_article(town + ", Arkansas. Police said so.", article_id="x"),
               make_article(town + ". Police in Arkansas said so.", article_id="y"),
               make_article("Rain fell. " + town + ", Arkansas. Police said so.", article_id="z")]
    cuts = {"x": (len(town),), "y": (len(town),), "z": (11, 11 + len(town))}

    def found(anew: bool = False):
        if anew:
            monkeypatch.setattr(mentions, "_READINGS_KEPT", 0)
        dossier = Dossier(root="hand-made", articles=tuple(reports))
        return repr(find_mentions(dossier, {r.id: _cut(r, *cuts[r.id]) for r in reports}).mentions)

    reused = found()
    assert "surface='Fort Rowan, Arkansas'" in reused and "surface='Fort Rowan'" in reused
    assert reused == found(anew=True)


def test_a_copy_inside_a_title_in_quotation_marks_is_read_apart_from_one_inside_a_quoted_sentence(monkeypatch):
    """Common words capitalised inside quotation marks name something only inside a quoted title; the same
    sentence closes a title in one report and a quoted sentence in the other."""
    copied = 'And A Witch Hunt Again" they cried.'
    title = make_article('They cried "Stop The Lies. ' + copied, article_id="p")
    quoted = make_article('They cried "Stop the lies now. ' + copied, article_id="q")
    for reports in ((title, quoted), (quoted, title)):
        found = _findings(reports)
        assert "surface='Witch Hunt Again'" in found["mentions"] and "article='q'" not in found["mentions"]
        assert found == _findings(reports, monkeypatch, anew=True)
        monkeypatch.undo()


def test_a_surname_kept_goes_before_the_first_mention_placed_after_it():
    """``King said`` kept as a surname (:func:`_keep_title_surnames`) goes in among the mentions as the first one
    placed after it decides, the mentions of a sentence not always in order of their starts."""
    from collections import Counter

    from reader.core.entities.mentions import Findings, Mention, _keep_title_surnames

    def mention(order: int, start: int, name: str) -> Mention:
        words = tuple(name.lower().split())
        return Mention("r", order, start, start + len(name), name, name, words, words, "".join(words), Counter())

    bearer = mention(0, 0, "Ada King")
    mentions = [bearer, mention(0, 60, "Brill"), mention(0, 20, "Calder"), mention(0, 30, "Garrow"),
                mention(0, 40, "Holm"), mention(1, 5, "Dunmore"), mention(1, 5, "Elling"), mention(2, 0, "Fenn")]
    surnamed = [mention(0, 30, "King"), mention(1, 5, "King"), mention(0, 10, "King"), mention(3, 0, "King"),
                mention(0, 50, "King"), mention(0, 55, "Queen")]
    findings = Findings(mentions=list(mentions), surnamed=surnamed)
    _keep_title_surnames(findings)
    assert [(m.order, m.start, m.name) for m in findings.mentions] == [
        (0, 0, "Ada King"), (0, 10, "King"), (0, 30, "King"), (0, 50, "King"), (0, 60, "Brill"), (0, 20, "Calder"),
        (0, 30, "Garrow"), (0, 40, "Holm"), (1, 5, "Dunmore"), (1, 5, "Elling"), (1, 5, "King"), (2, 0, "Fenn"),
        (3, 0, "King")]


def test_a_copy_written_outside_quotation_marks_is_learnt_though_the_same_words_were_quoted_first():
    """What the dossier capitalises outside quotation marks is learnt from every copy whose words are quoted
    otherwise: the phrase a report quotes is a name because another prints the sentence unquoted."""
    said = "They called it a Witch Hunt again."
    quoted = make_article(f'"It rained. {said} Then it cleared."', article_id="a")
    plain = make_article(f"It rained. {said} Then it cleared.", article_id="b")
    found = _findings((quoted, plain))
    assert "article='a', order=0, start=29, end=39, surface='Witch Hunt'" in found["mentions"]
    assert "article='b', order=1, start=28, end=38, surface='Witch Hunt'" in found["mentions"]


def test_the_words_inside_quotation_marks_are_found_sentence_by_sentence_as_word_by_word():
    """:func:`_quoted_words` passes over a sentence no quotation reaches: what it finds is what asking of each
    word finds, for a quotation running over sentences, one opening inside a sentence, one closing before one."""
    from reader.core.entities.mentions import _quoted_words
    from reader.core.text.quotation_marks import quoted_in

    reports = (make_article('"It rained. Brill Harbour closed. Then it cleared," she said. Later it snowed.',
                            'He said "Calder wins." Then "Dunmore lost" too. And no more.', "Nothing quoted."
                            , article_id="a"),
               make_article("No quotation here. None at all.", article_id="b"))
    read = {r.id: tuple((s, s.tokens) for s in segment_article(r)) for r in reports}
    quoted, by_sentence = _quoted_words(Dossier(root="hand-made", articles=reports), read)
    inside = {r.id: quoted_in(r) for r in reports}
    each = {(s.article, s.index): tuple(i for i, t in enumerate(tokens) if inside[s.article](t.start, t.end))
            for r in reports for s, tokens in read[r.id]}
    assert by_sentence == {key: found for key, found in each.items() if found}
    assert quoted == {(article, tokens[i].start) for (article, index), found in by_sentence.items()
                      for tokens in [read[article][index][1]] for i in found}
    assert {index for article, index in by_sentence} == {0, 1, 2, 4, 5}


def test_a_mention_moved_to_a_copy_keeps_every_field_but_where_it_stands():
    """:func:`_moved` makes a mention field by field: a field added to :class:`Mention` must be moved too."""
    from collections import Counter
    from dataclasses import fields, replace

    from reader.core.entities.mentions import Mention, _moved

    mention = Mention(**{f.name: f"<{f.name}>" for f in fields(Mention)})
    mention = replace(mention, start=3, end=8, votes=Counter(person=1))
    moved = _moved(mention, 10, "b", 4, 7)
    assert moved == replace(mention, article="b", order=4, start=13, end=18, paragraph=7)
    assert moved.votes is not mention.votes


def test_a_copy_cut_before_a_decimal_is_a_measure_only_where_the_decimal_follows(monkeypatch):
    """``M7.`` ending a sentence cut inside ``M7. 5`` is a magnitude; its copy before ``12 of them`` is a code
    that names something: what the reading saw after the sentence decides it, in either order."""
    from reader.core.entities import mentions

    met = "Leaders met at the G7"
    cut = make_article(met + ". 5 of them signed.", article_id="x")
    named = make_article(met + ". 12 of them signed.", article_id="y")
    cuts = {"x": (len(met) + 1,), "y": (len(met) + 1,)}

    def found(reports, anew: bool = False):
        if anew:
            monkeypatch.setattr(mentions, "_READINGS_KEPT", 0)
        dossier = Dossier(root="hand-made", articles=reports)
        return repr(find_mentions(dossier, {r.id: _cut(r, *cuts[r.id]) for r in reports}).mentions)

    for reports in ((cut, named), (named, cut)):
        reused = found(reports)
        assert "article='y'" in reused and reused == found(reports, anew=True)
        monkeypatch.undo()
