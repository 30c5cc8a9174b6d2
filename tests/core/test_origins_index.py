"""The origins' indexes: runs found by their ends, words counted by prefix sums and ranges, passage
pairs judged once per kind. Each is checked against the plain way on hand-made copies."""

from __future__ import annotations

from itertools import combinations

import pytest

from reader.core.findings import origins as o
from reader.core.model import Analysis, Dossier, Span, once_per_text
from reader.core.text.quotation_marks import quoted_in
from reader.core.text.segment import segment_article
from tests.helpers import make_article

SHARED = "The county engineers closed the coast road after heavy rain loosened the slope above it."
OTHER = "Residents were told to expect delays on the inland route for most of the coming week."


def words_of(*articles):
    analysis = Analysis(dossier=Dossier(".", articles), sentences={a.id: segment_article(a) for a in articles})
    return [o._words(analysis.sentences, article) for article in articles]


def plain_runs(words):
    """Every pair of places printing one phrase (printed 2 to MAX_SPREAD times; more often, each article's first
    place alone, and then by 2 to MAX_SPREAD articles), chained along diagonals."""
    places = {}
    for n, article in enumerate(words):
        for i in range(len(article.norms) - o.PHRASE_RUN + 1):
            places.setdefault(article.norms[i : i + o.PHRASE_RUN], []).append((n, i))
    for phrase, found in places.items():
        if len(found) > o.MAX_SPREAD:
            places[phrase] = sorted({a: (a, i) for a, i in reversed(found)}.values())
    hits = {(a, i, b, j) for found in places.values() if 2 <= len(found) <= o.MAX_SPREAD
            for (a, i), (b, j) in combinations(found, 2) if a != b}
    runs = {}
    for a, i, b, j in sorted(hits, key=lambda h: (h[0], h[2], h[1] - h[3], h[1])):
        if (a, i - 1, b, j - 1) not in hits:
            k = 0
            while (a, i + k + 1, b, j + k + 1) in hits:
                k += 1
            runs.setdefault((a, b), []).append((i, i + k + o.PHRASE_RUN, j, j + k + o.PHRASE_RUN))
    return runs


ARTICLES = (
    make_article(SHARED, OTHER, "The road may reopen on Friday if the weather holds.", article_id="first"),
    make_article("Heavy rain hit the county overnight.", SHARED, OTHER, article_id="second"),
    make_article(SHARED.replace("heavy ", ""), "The road may reopen on Friday if the weather holds.", article_id="third"),
    make_article(OTHER, 'Some said: "' + SHARED + '"', OTHER, article_id="fourth"),
)


@pytest.mark.parametrize("spread", [o.MAX_SPREAD, 3])
def test_runs_found_by_their_ends_are_the_chains_of_phrases_printed_alike(monkeypatch, spread):
    """A copy with a word dropped, a sentence printed twice in one report, and (at a spread of 3)
    phrases printed too often to count, which cut runs in two."""
    monkeypatch.setattr(o, "MAX_SPREAD", spread)
    words = words_of(*ARTICLES)
    found = {pair: [(r.a_start, r.a_end, r.b_start, r.b_end) for r in runs] for pair, runs in o._runs(words).items()}
    assert found == plain_runs(words)
    assert found[(0, 2)] and any(len(runs) > 1 for runs in found.values())


def test_apart_pairs_places_of_two_articles_but_those_of_one_kind():
    places = [(0, 4), (1, 7), (1, 9), (2, 3)]
    assert sorted(o._apart(places, [5, 5, -1, 5])) == [((0, 4), (1, 9)), ((1, 9), (2, 3))]
    assert sorted(o._apart(places, [-1, -1, -1, -1])) == [
        ((0, 4), (1, 7)), ((0, 4), (1, 9)), ((0, 4), (2, 3)), ((1, 7), (2, 3)), ((1, 9), (2, 3)),
    ]


def test_ranges_merge_and_cut():
    assert o._ranges([(5, 9), (0, 2), (2, 3), (7, 12), (20, 21)]) == [(0, 3), (5, 12), (20, 21)]
    assert o._without([(0, 3), (5, 12), (20, 21)], [(1, 2), (4, 6), (8, 10), (11, 25)]) == [
        (0, 1), (2, 3), (6, 8), (10, 11),
    ]
    assert o._without([(0, 3)], []) == [(0, 3)]


def test_weights_and_counts_are_those_of_the_words_one_by_one():
    words = words_of(ARTICLES[3])[0]
    assert 0 < sum(words.quoted) < len(words.norms)
    reuse = o._Reuse(words, [(2, 9), (12, 30)], [(12, 20)])
    for start in range(0, len(words.norms), 3):
        for end in range(start, len(words.norms) + 1, 4):
            own = [i for i in range(start, end) if not words.quoted[i]]
            assert words.weight(start, end) == (len(own), sum(words.content[i] for i in own))
            assert words.weight(start, end, quotes=True) == (end - start, sum(words.content[start:end]))
            covered = [i for i in own if 2 <= i < 9 or 12 <= i < 30]
            assert reuse._count(reuse.covered, start, end) == len(covered)


def test_passages_alike_with_their_neighbours_are_judged_once_and_as_each_alone():
    """A short clause copied with the words after it reaches a run through them; printed before
    other words it shares none. Passages of one kind have the same neighbours."""
    clause = "a long dry summer"
    after = " left the reservoirs at their lowest level in decades."
    articles = (
        make_article("Officials said " + clause + after, article_id="one"),
        make_article("Farmers said " + clause + after, article_id="two"),
        make_article("Growers noted " + clause + " was no reason to panic about the harvest.", article_id="three"),
        make_article("Officials said " + clause + after, article_id="four"),
        make_article("Farmers said " + clause + after, article_id="five"),
    )
    words = words_of(*articles)
    reused = o._Reused(words, o._runs(words))
    judged = o._Judged(articles, words, reused, o._phrases(words).numbers)
    passages = [
        judged.passage(n, Span(a.id, a.body.index(clause), a.body.index(clause) + len(clause)))
        for n, a in enumerate(articles)
    ]
    assert passages[0].kind == passages[3].kind and passages[1].kind == passages[4].kind
    assert len({p.kind for p in passages[:3]}) == 3
    relations = {}
    for x, y in combinations(passages, 2):
        alone = judged._judge(x.n, y.n, x.words, y.words, True)
        assert judged(x, y, True) == alone
        relations[x.n, y.n] = alone.relation
    assert relations[(0, 1)] == "copied" and relations[(1, 2)] == "independent"
    assert len(judged.found) < len(relations)  # (0, 1) and (0, 4) are one kind of pair


def test_near_runs_are_those_reaching_the_passage():
    words = words_of(*ARTICLES[:2])
    reused = o._Reused(words, o._runs(words))
    runs = reused.runs[(0, 1)]
    for start in range(len(words[0].norms)):
        for end in range(start + 1, len(words[0].norms) + 1, 5):
            near = reused.near(0, 1, (start, end))
            assert [r for r in runs if r.a_end > start and r.a_start < end] == [r for r in near if r.a_end > start]


def test_a_paragraph_a_report_prints_twice_is_judged_at_each_place_as_alone(monkeypatch):
    """A paragraph printed more often than :data:`MAX_SPREAD` counts where each report prints it first
    (here two reports, one printing it twice, with the spread lowered to 2), so the second copy shares no
    run with the other report's: the two copies have the same words and the same neighbours, and yet each
    pair is judged as it stands, not as the pair of those words judged first."""
    monkeypatch.setattr(o, "MAX_SPREAD", 2)
    lead = "More news of the storm from the northern coast this week."
    block = " The county engineers closed the coast road after heavy rain loosened the slope above it. "
    articles = (
        make_article(lead + block + lead + block + lead, article_id="twice"),
        make_article(lead + block + lead, article_id="once"),
    )
    words = words_of(*articles)
    reused = o._Reused(words, o._runs(words))
    judged = o._Judged(articles, words, reused, o._phrases(words).numbers)
    clause = block.strip()
    first = articles[0].body.index(clause)
    second = articles[0].body.index(clause, first + 1)
    other = articles[1].body.index(clause)
    copies = [judged.passage(0, Span("twice", start, start + len(clause))) for start in (first, second)]
    partner = judged.passage(1, Span("once", other, other + len(clause)))
    fresh = [judged._judge(0, 1, copy.words, partner.words, True) for copy in copies]
    assert fresh[0] != fresh[1]  # the second copy's phrases are not counted: no run reaches it
    for copy, alone in reversed(list(zip(copies, fresh))):  # the second copy judged first
        assert judged(copy, partner, True) == alone


@pytest.mark.parametrize("quotes", [False, True])
def test_sentences_counted_in_one_sweep_are_as_each_sentence_looked_up(quotes):
    """Ranges across sentence ends, several in one sentence and none in others: each sentence's words in
    them are those counted for it alone, and the sentences copied or rewritten those :meth:`_Reuse.relation`
    finds so, looked at one by one."""
    words = words_of(make_article(SHARED, OTHER, 'Some said: "' + SHARED + '"', OTHER, "It rained.", article_id="x"))[0]
    spans = [(n, span) for n, span in enumerate(words.sentences) if span[0] < span[1]]
    for covered, phrased in [
        ([(1, 3), (5, 20), (22, 24), (40, 47)], [(5, 20), (41, 45)]),
        ([(0, 16), (17, 30), (33, 60)], [(0, 16), (40, 60)]),
        ([(2, 6), (14, 18), (31, 34), (62, 67)], []),
    ]:
        reuse = o._Reuse(words, covered, phrased, quotes)
        touched = [n for n, (start, end) in spans if any(s < end and start < e for s, e in covered)]
        assert reuse._by_sentence(covered) == {n: reuse._count(covered, *words.sentences[n]) for n in touched}
        relations = {n: reuse.relation(*words.sentences[n]) for n, _ in spans}
        assert reuse._relations == {n: relation for n, relation in relations.items() if relation != "independent"}
    assert set(relations.values()) == {"independent"}
    assert {relation for covered in ([(0, 16)], [(0, 7), (40, 47)]) for relation in o._Reuse.of(words, covered, quotes=quotes)._relations.values()} == {"copied", "rewritten"}


def test_reports_reusing_one_stretch_of_another_share_its_reuse():
    words = words_of(*ARTICLES)
    reused = o._Reused(words, o._runs(words))
    assert reused.pair(0, 1)[0] is reused._reuse(0, o._a_sides(reused.runs[0, 1]))
    assert reused.pair(0, 1)[0] is not reused.pair(0, 2)[0]
    assert reused.pair(0, 1)[0].covered == o._ranges(o._a_sides(reused.runs[0, 1]))


def test_copies_after_other_words_are_one_kind_and_judged_as_each_alone():
    """A sentence printed after words of each report's own is one kind wherever no phrase across its
    start counts (the lead-ins are printed once), and each pair of copies is judged as alone; a copy after
    a lead-in two reports share is another kind, as a run reaches it through the words before (but for
    the judgement without quotations, where a run counts only for its :data:`PHRASE_RUN` words inside)."""
    leads = ("Late on Monday night,", "In a short notice today,", "As many had feared,", "Late on Monday night,", "Without any warning at all,")
    texts = [SHARED] * len(leads) + [SHARED.replace("closed", "shut")]  # one word changed: other phrases inside
    articles = tuple(
        make_article(f"{lead} {text[0].lower()}{text[1:]} {OTHER}", article_id=f"r{n}")
        for n, (lead, text) in enumerate(zip(leads + ("After a long dry spell,",), texts))
    )
    words = words_of(*articles)
    reused = o._Reused(words, o._runs(words))
    judged = o._Judged(articles, words, reused, o._phrases(words).numbers)
    passages = [
        judged.passage(n, Span(a.id, a.body.index(text[1:]) - 1, a.body.index(text[1:]) + len(text) - 1))
        for n, (a, text) in enumerate(zip(articles, texts))
    ]
    assert passages[1].kind == passages[2].kind == passages[4].kind
    assert passages[0].kind == passages[3].kind != passages[1].kind
    assert len({p.plain for p in passages[:5]}) == 1  # without quotations, only the runs inside both count
    assert passages[5].plain != passages[0].plain
    for quotes in (False, True):
        for x, y in combinations(passages, 2):
            assert judged(x, y, quotes) == judged._judge(x.n, y.n, x.words, y.words, quotes)
    assert len(judged.found) < 2 * len(list(combinations(passages, 2)))


def test_words_of_copies_are_read_once_per_text_at_each_copy_s_own_place():
    """A sentence printed in three reports (one of them quoting it, one after other words) is taken apart once;
    each copy's words stand at its own offsets, quoted where its report quotes it."""
    articles = ARTICLES[:2] + ARTICLES[3:]
    analysis = Analysis(dossier=Dossier(".", articles), sentences={a.id: segment_article(a) for a in articles})
    read: list[str] = []

    def counted(sentence):
        read.append(sentence.text)
        return o._sentence_words(sentence)

    once = once_per_text(counted)
    words = [o._words(analysis.sentences, article, once) for article in articles]
    assert read.count(SHARED) == 1 and read.count(OTHER) == 1
    assert words == [o._words(analysis.sentences, article) for article in articles]
    for found, article in zip(words, articles):
        tokens = [t for s in analysis.sentences[article.id] for t in s.tokens if t.is_word]
        assert [article.body[start:end] for start, end in zip(found.starts, found.ends)] == [t.text for t in tokens]
        assert list(found.norms) == [t.norm for t in tokens]
    quoted = words[2]
    inside = [i for i in range(len(quoted.norms)) if quoted.quoted[i]]
    assert [quoted.norms[i] for i in inside] == list(words[0].norms[: len(inside)])


def test_quoted_words_are_those_one_quotation_holds_whole():
    """Each quotation marks the words it holds in one sweep of bisections: a quotation opening mid-paragraph, one
    carried over a paragraph break, a quoted word beside unquoted ones, and words after the last quotation."""
    article = make_article(
        'The mayor said "the bridge is safe" and left.',
        '"Crews will stay all night,',
        'and the road opens at dawn," she added, while "two lanes" stay shut. Traffic was light.',
        article_id="quotes",
    )
    words = words_of(article)[0]
    quoted = quoted_in(article)
    flags = [quoted(start, end) for start, end in zip(words.starts, words.ends)]
    assert 0 < sum(flags) < len(flags)
    assert list(words.quoted) == flags


@pytest.mark.parametrize("quotes", [False, True])
def test_phrasing_stretches_are_those_phrasing_one_by_one(quotes):
    """The stretches kept as phrasing, in their order, are those :func:`_phrasing` counts, quotations aside or not."""
    words = words_of(ARTICLES[3])[0]
    stretches = [(start, end) for start in range(0, len(words.norms), 2) for end in range(start, len(words.norms) + 1, 3)]
    kept = words.phrasing(reversed(stretches), quotes=quotes)
    assert kept == [s for s in reversed(stretches) if o._phrasing(words, *s, quotes=quotes)]
    assert 0 < len(kept) < len(stretches)
