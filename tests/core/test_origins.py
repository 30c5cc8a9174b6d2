"""Origins: copy between reports, origins per link and per dossier, wire credits, source documents."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from reader.core.findings import origins as origins_module
from reader.core.findings.collation import coverage_rows
from reader.core.findings.origins import find_origins, wire_credits
from reader.core.text.quotation_marks import quotation_bounds, quoted_in
from reader.core.ingest.article_format import FormatError, parse
from reader.core.ingest.loading import load_dossier
from reader.core.model import Dossier
from reader.core.pipeline import analyse
from reader.core.tokens import tokenize
from tests.conftest import DATA
from tests.helpers import make_article

RIVERTON = DATA / "origins"
"""Two reports running one wire story (one credits it in its dateline, one at its end), one report
written independently that quotes the same speaker, and the council's release marked ``role: source``."""


@pytest.fixture(scope="module")
def riverton():
    analysis = analyse(load_dossier(RIVERTON))
    return analysis, find_origins(analysis)


def test_wire_copy_is_one_origin_and_independent_report_another(riverton):
    analysis, origins = riverton
    copied = [(p.a, p.b) for p in origins.pairs if p.relation == "copied"]
    assert copied == [("daily-courier", "evening-ledger")]
    assert [group.reports for group in origins.groups] == [("daily-courier", "evening-ledger"), ("valley-voice",)]
    wire = origins.groups[0]
    assert wire.credit == "Reuters" and wire.first == "daily-courier"
    assert origins.summary(analysis) == (
        "3 reports, 2 origins: Reuters copy in Daily Courier and Evening Ledger, first seen in Daily Courier"
    )


def test_phrases_of_one_hash_are_told_apart(riverton, monkeypatch):
    """Phrases are counted by their hash: were every hash the same, every phrase would be counted
    as printed again, and the runs must still be those of the phrases really printed again."""
    analysis, origins = riverton
    monkeypatch.setattr(origins_module, "hash", lambda phrase: 0, raising=False)
    assert find_origins(analysis) == origins


def test_a_shared_quotation_is_not_copy(riverton):
    """The independent report quotes Ana Brook word for word, as the wire does: that is not reuse."""
    _, origins = riverton
    assert origins.pair("daily-courier", "valley-voice") is None
    assert origins.share_of("valley-voice").own == 1.0


def test_each_link_says_how_its_passages_relate_with_the_shared_run(riverton):
    analysis, origins = riverton
    closing = next(
        link for link in analysis.links
        if (span := link.passage_in("daily-courier"))
        and "closed the old Miller Bridge" in analysis.dossier.article("daily-courier").text(span)
    )
    found = origins.of_link(closing.id)
    pair = next(p for p in found.pairs if {p.a, p.b} == {"daily-courier", "evening-ledger"})
    assert pair.relation == "copied"
    assert "engineers found deep cracks in two of its supporting piers" in analysis.dossier.article(pair.run.a.article).text(pair.run.a)
    assert ("daily-courier", "evening-ledger") in found.groups
    if "valley-voice" in closing.articles:
        assert ("valley-voice",) in found.groups
        assert found.origins == 2 and found.reports == 3


def test_source_document_is_no_report_and_accounts_for_part_of_each(riverton):
    analysis, origins = riverton
    assert analysis.dossier.article("council-release").role == "source"
    assert all("council-release" not in group.reports for group in origins.groups)
    cover = {c.report: c for c in origins.sources}
    assert set(cover) == {"daily-courier", "evening-ledger", "valley-voice"}
    # Against a source its quotations count: the release's quote is the release's text.
    assert 0.15 < cover["valley-voice"].share < cover["daily-courier"].share < 0.6


def test_report_shares_add_up_and_credit_the_wire(riverton):
    _, origins = riverton
    courier = origins.share_of("daily-courier")
    assert courier.copied > 0.5 and courier.credits == ("Reuters",)
    for share in origins.shares:
        assert share.copied + share.rewritten + share.own == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("text", "credits"),
    [
        ("LONDON (Reuters) - Talks resumed on Monday.", ("Reuters",)),
        ("Talks resumed on Monday.\n\n- AP", ("AP",)),
        ("Talks resumed on Monday, officials said. \u2014 AFP", ("AFP",)),
        ("Talks resumed on Monday.\n\nWith files from The Canadian Press and Reuters", ("Canadian Press",)),
        ("Talks resumed. The Associated Press contributed to this report.", ("AP",)),
        ("Talks resumed, the Associated Press reported.", ()),
        ("A PAPER on APPLE shapes, with caps.", ()),
    ],
)
def test_wire_credits(text, credits):
    assert wire_credits(make_article(*text.split("\n\n"))) == credits


def test_photo_credit_in_caption_is_no_wire_credit():
    article = replace(make_article("Talks resumed on Monday."), captions=("Delegates arrive [File: Jo Smith/Reuters]",))
    assert wire_credits(article) == ()


def test_report_of_one_origin_only_on_bundled_five_says_so(analysis):
    origins = find_origins(analysis)
    assert origins.summary(analysis).startswith("5 reports, ")
    # Every link is stated, and its groups hold exactly its reports.
    links = analysis.links + analysis.weaker_links  # the weaker ones too: the reader may show them (W)
    assert len(origins.links) == len(links)
    for link, found in zip(links, origins.links):
        assert sorted(a for group in found.groups for a in group) == sorted(link.articles)


def words(text: str) -> list[str]:
    return [t.norm.replace("-", "") for t in tokenize(text) if t.is_word]


def test_bundled_five_are_independent_and_show_the_quotations_they_share(analysis):
    """The five are written independently: the long runs they share are quotations of Garneau's statement,
    shown on the link with their quoted words counted, and no pair of reports is copy."""
    origins = find_origins(analysis)
    assert origins.summary(analysis) == "5 reports, 5 origins: no copy between reports"
    pairs = [p for found in origins.links for p in found.pairs if p.run]
    assert pairs and all(p.relation == "independent" for p in pairs)
    for pair in pairs:
        a = analysis.dossier.article(pair.run.a.article).text(pair.run.a)
        b = analysis.dossier.article(pair.run.b.article).text(pair.run.b)
        assert words(a) == words(b)
    statement = max(pairs, key=lambda p: p.run.words)
    assert statement.run.quoted == statement.run.words >= 30
    assert "Following this review" in analysis.dossier.article(statement.run.a.article).text(statement.run.a)


def test_quotation_runs_on_to_the_paragraph_that_closes_it():
    article = make_article(
        '"We will reopen the road soon.',
        "Crews are working day and night.",
        'Nobody should take the detour lightly," the mayor said.',
        "Traffic was light.",
    )
    bounds = quotation_bounds(article)
    quoted = [article.body[a:b] for a, b in bounds]
    assert quoted[1] == "Crews are working day and night."
    assert quoted[2] == "Nobody should take the detour lightly,"
    assert not any("Traffic" in text or "mayor" in text for text in quoted)


def test_a_stretch_is_quoted_when_one_quotation_holds_it_whole():
    article = make_article('She said "we will reopen the road" and then left.', "Traffic was light.")
    body, quoted = article.body, quoted_in(article)
    start, end = body.index("we"), body.index("road") + len("road")
    assert quoted(start, end) and quoted(start, start + 2)
    assert not quoted(body.index("She"), body.index("She") + 3)
    assert not quoted(start, body.index("left"))  # it runs out of the quotation
    assert not quoted(body.index("Traffic"), body.index("Traffic") + 7)


def test_role_header():
    assert parse("---\nrole: source\n---\nText.").meta["role"] == "source"
    with pytest.raises(FormatError, match="role"):
        parse("---\nrole: editorial\n---\nText.")


def test_pipeline_finds_them_and_the_coverage_rows_sort_by_origins(riverton):
    analysis, origins = riverton
    assert analysis.sourcing.origins == origins  # found by the pipeline, in the worker
    rows = coverage_rows(analysis, by_origins=True)
    counts = [origins.origins_of(link) for link in rows]
    assert counts == sorted(counts, reverse=True) and counts[0] == 2 and counts[-1] == 1
    # By reports the release counts too (it carries passages like any document), and copies count twice.
    assert len(coverage_rows(analysis)[0].passages) == 4


def test_sourcing_survives_the_cache_and_follows_corrections(riverton, tmp_path):
    from reader.core.store.entry import decode, encode
    from reader.core.store.corrections import Corrections, apply_corrections, reject_link

    analysis, _ = riverton
    assert decode(encode(analysis, "k"), "k", analysis.dossier).sourcing == analysis.sourcing
    link = next(l for l in analysis.links if {"daily-courier", "evening-ledger", "valley-voice"} <= set(l.articles))
    corrected = apply_corrections(analysis, Corrections((reject_link(analysis, link),)))
    assert corrected.sourcing.origins.of_link(link.id) is None
    assert len(corrected.sourcing.origins.links) == len(corrected.links + corrected.weaker_links)


def test_exports_carry_origins_naming_and_omissions(riverton, analysis):
    import json

    from reader.core.export.documents import to_json, to_markdown
    from reader.report.html import to_html

    river, origins = riverton
    document = json.loads(to_json(river))
    assert document["origins"]["summary"] == origins.summary(river)
    assert {a["id"]: a["role"] for a in document["articles"]}["council-release"] == "source"
    copied = next(p for p in document["origins"]["pairs"] if p["relation"] == "copied")
    run = copied["runs"][0]
    assert set(run) == {"a", "b", "words", "quoted"} and set(run["a"]) == {"article", "start", "end"}
    assert document["omissions"]["valley-voice"][0] == {"link": lacking_link(river), "reports": 2, "origins": 1}
    markdown = to_markdown(river)
    assert "## Origins: who copied whom" in markdown and "Reuters copy in Daily Courier and Evening Ledger" in markdown
    # Each link states its origins and shows its longest shared run.
    assert markdown.count("- Origins: ") == len(river.links)
    assert ("- Origins: 3 reports, 2 independent origins: Daily Courier and Evening Ledger reuse one text. "
            "Longest shared run (Daily Courier / Evening Ledger, copied") in markdown
    assert "## What each report leaves out" in markdown
    bundled = to_markdown(analysis)
    assert "**PKK/YPG terrorists**" in bundled and "**Kurdish-led forces**" in bundled
    page = to_html(analysis)
    assert all(f'id="{section}"' in page for section in ("origins", "naming", "omissions"))
    assert len(re.findall(r'<p class="note">Origins: \d', page)) == len(analysis.links)
    assert "independent, quoted): " in page  # the five quote one statement: a shared run, no copy
    assert "<strong>PKK/YPG terrorists</strong>" in page


def lacking_link(analysis) -> str:
    return next(
        link.id for link in analysis.links
        if "valley-voice" not in link.articles and {"daily-courier", "evening-ledger"} <= set(link.articles)
        and not any(span.in_title for span in link.passages)  # a headline's link is no omission
    )


def pair_of(*articles):
    """The report pair of two hand-made reports, analysed as a dossier."""
    analysis = analyse(Dossier(".", articles))
    return find_origins(analysis).pair(articles[0].id, articles[1].id)


WIRE = (
    "The city's engineers closed the harbour road on Monday after a landslide buried two lanes near the lighthouse.",
    "The port's managers said lorries would be sent through the industrial estate until the slope was made safe.",
    "The council's emergency team moved eleven families from houses on the cliff path as a precaution.",
    "The region's forecasters warned that more rain was expected overnight across the whole northern coast.",
)


def test_wire_copy_survives_spaced_apostrophes():
    """Text rebuilt from tokens prints ``city’ s``: it is the same word as ``city's``, and the copy still one text."""
    spaced = [sentence.replace("'s", "\u2019 s") for sentence in WIRE]
    pair = pair_of(
        make_article(*WIRE, "Shops on the seafront stayed open.", article_id="first"),
        make_article(*spaced, "A ferry will run twice a day.", article_id="second"),
    )
    assert pair.relation == "copied" and pair.copied == 4


def test_three_sentences_kept_in_a_rewrite_are_not_copy():
    """Two rewrites of one text that keep three of its sentences word for word reused it, below copy level."""
    pair = pair_of(
        make_article(*WIRE, article_id="first"),
        make_article(
            *WIRE[:3],
            "Forecasters for the region expect further heavy rain along the northern coast tonight.",
            article_id="second",
        ),
    )
    assert pair.relation == "rewritten" and pair.copied == 3


STATEMENTS = (
    '"Running this theatre is the job I have wanted since I first walked through its doors as a student.',
    "I intend to fill every seat with new writing and old favourites alike.",
    'The first season will be announced in the spring."',
    '"Lena brings a rare mix of daring and discipline to the building.',
    "Her productions in the north have drawn audiences who had never been to a theatre before.",
    'We could not have hoped for a better choice."',
)


def test_statements_reprinted_whole_are_copy():
    """A report made mostly of another's statements, reprinted sentence after sentence, carries its text:
    here quotations count."""
    release = make_article(
        "The Harbour Theatre has appointed Lena Morrow as its artistic director from the autumn season.",
        "Lena Morrow said: " + " ".join(STATEMENTS[:3]),
        "Board chair Samir Osei said: " + " ".join(STATEMENTS[3:]),
        article_id="release",
    )
    report = make_article(
        "Lena Morrow is to lead the Harbour Theatre, the venue confirmed on Tuesday evening.",
        "In a statement she said: " + " ".join(STATEMENTS[:3]),
        "Samir Osei, who chairs the board, added: " + " ".join(STATEMENTS[3:]),
        article_id="report",
    )
    pair = pair_of(release, report)
    assert pair.relation == "copied" and pair.copied >= 4


def test_reporters_quoting_one_statement_in_their_own_stories_are_not_copy():
    """Six quoted sentences both print, each report wrapping them in a longer story of its own: independent reporting."""
    first = make_article(
        "Lena Morrow will run the Harbour Theatre from September, ending months of speculation about the post.",
        "The venue has struggled to sell tickets since its refurbishment overran by almost a year.",
        "Critics have blamed a cautious programme of revivals that drew older audiences and few students.",
        "Morrow spoke to staff on Tuesday morning before the board published its decision.",
        "She told them: " + " ".join(STATEMENTS[:3]),
        "Her predecessor left in March after eight seasons and a public row with the city council over funding.",
        "The board's chair praised the choice: " + " ".join(STATEMENTS[3:]),
        "Union representatives said the staff were relieved that the long search was over at last.",
        article_id="first",
    )
    second = make_article(
        "A director known for touring productions in northern towns has been chosen to lead the city's largest stage.",
        "Morrow, forty-one, trained at the drama school across the river and began her career as a lighting designer.",
        "Her version of a forgotten comedy sold out two tours and won a regional prize last winter.",
        "Asked about her plans, she replied: " + " ".join(STATEMENTS[:3]),
        "Ticket prices for the opening season have not yet been set, a spokeswoman for the venue said.",
        "Samir Osei, for the board, said: " + " ".join(STATEMENTS[3:]),
        "The board will meet again next month to approve the budget for the coming year.",
        article_id="second",
    )
    pair = pair_of(first, second)
    assert pair is None or pair.relation != "copied"


def test_the_summary_never_says_no_copy_while_a_report_has_copied_sentences():
    """Two reports sharing a few sentences word for word are two origins (a pair needs several to be
    one), yet the line above the shares table must not call them free of copy."""
    from reader.core.model import Origin, Origins, ReportShare

    analysis = analyse(Dossier(root="pair", articles=(make_article("One.", article_id="a"), make_article("Two.", article_id="b"))))
    groups = (Origin(("a",)), Origin(("b",)))
    shares = (ReportShare("a", 0.5, 0.0, 0.5), ReportShare("b", 0.0, 0.0, 1.0))
    assert Origins(groups=groups, shares=shares).summary(analysis) == (
        "2 reports, 2 origins: no report reprints another, but 1 report shares copied sentences")
    assert Origins(groups=groups).summary(analysis) == "2 reports, 2 origins: no copy between reports"


def link_origins(articles, sentences):
    """The origins of a link joining the given sentence of each hand-made report (by article id)."""
    from reader.core.model import Link, Span

    dossier = Dossier(".", tuple(articles))
    passages = []
    for article in articles:
        start = article.body.index(sentences[article.id])
        passages.append(Span(article.id, start, start + len(sentences[article.id])))
    analysis = replace(analyse(dossier), links=(Link("L1", "paraphrase", 0.5, tuple(passages)),), weaker_links=())
    return find_origins(analysis).of_link("L1")


CHARGES = {
    "first": "The cyclist was charged with failing to stop after a collision causing injury and dangerous driving.",
    "second": "Prosecutors charged her with dangerous driving and failing to stop after a collision causing injury.",
    "third": "She now faces counts of failing to stop after a collision causing injury, careless driving and theft.",
}


def test_charges_named_in_their_legal_words_are_no_reuse():
    """Three reports of their own name the same charges in their own sentences and share no other
    wording: the legal names are stock words, not one text. A fourth copies the first whole, and its
    sentence is the first's."""
    first = make_article(*WIRE, CHARGES["first"], article_id="first")
    copy = make_article(*WIRE, CHARGES["first"], article_id="copy")
    second = make_article(
        "A delivery rider was hurt on the ring road when a bicycle swerved into his lane at dusk.",
        CHARGES["second"],
        "Her lawyer told the court she had panicked and would plead not guilty at the next hearing.",
        article_id="second",
    )
    third = make_article(
        "Magistrates heard how the rider lay in the road for ten minutes before a passer-by called for help.",
        CHARGES["third"],
        "The bicycle, reported stolen a week earlier, was found abandoned behind a supermarket.",
        article_id="third",
    )
    found = link_origins([first, copy, second, third], {**CHARGES, "copy": CHARGES["first"]})
    assert found.groups == (("first", "copy"), ("second",), ("third",))
    assert found.origins == 3


def test_a_short_sentence_printed_alike_by_two_copies_is_one_origin():
    """Reports that copy each other and print a short sentence word for word carry it from one text,
    as they carry their long ones; an independent report's same short sentence is its own."""
    ending = "He died in hospital."
    first = make_article(*WIRE, ending, article_id="first")
    copy = make_article(*WIRE, ending, article_id="copy")
    other = make_article(
        "A fisherman was pulled from the water near the breakwater late on Sunday.", ending, article_id="other"
    )
    found = link_origins([first, copy, other], {"first": ending, "copy": ending, "other": ending})
    assert found.groups == (("first", "copy"), ("other",))


def test_a_sentence_rewritten_by_a_report_that_rewrites_another_too_is_one_origin():
    """Phrases shared in the linked sentence count when the two reports rewrite each other elsewhere too."""
    first = make_article(*WIRE, CHARGES["first"], article_id="first")
    second = make_article(
        "Engineers for the city shut the harbour road on Monday after a landslide buried two lanes near the lighthouse.",
        "Lorries will be sent through the industrial estate until the slope was made safe, the port said.",
        "Police said the cyclist had been charged with failing to stop after a collision causing injury.",
        article_id="second",
    )
    found = link_origins([first, second], {"first": CHARGES["first"], "second": second.body.split("\n\n")[2]})
    assert found.groups == (("first", "second"),)


def test_one_sentence_rewritten_from_one_text_is_one_origin_where_its_phrases_are_not_stock():
    """Two reports that share nothing else keep one description of a firm: reuse, as no third origin
    tells the fact in those words."""
    first = make_article(
        "Shares in the shipping group rose sharply after the deal was announced before the market opened.",
        "The buyer described the target as a family firm building quiet electric ferries for short island crossings.",
        article_id="first",
    )
    second = make_article(
        "Analysts expect regulators to look closely at the price, which was not disclosed by either side.",
        "Founded in a boatyard, it is a family firm building quiet electric ferries for island crossings.",
        article_id="second",
    )
    sentences = {article.id: article.body.split("\n\n")[1] for article in (first, second)}
    assert link_origins([first, second], sentences).groups == (("first", "second"),)


def test_reports_rewriting_one_release_print_its_phrases_as_one_source():
    """Two reports rewrite one release in two sentences; a third outlet rewrote only its description of
    the operator. The two are one source of that description, so two print it, not three: no stock
    words, and the third's sentence comes from the same text."""
    operator = "a family firm building quiet electric ferries for short island crossings"
    first = make_article(
        "Harbour officials said a new ferry line will start in May, with three boats a day to the outer islands.",
        f"The operator is {operator}.",
        article_id="first",
    )
    second = make_article(
        "A new ferry line will start in May, with three boats a day to the outer islands, harbour officials said.",
        f"Its operator, {operator}, won the contract.",
        article_id="second",
    )
    third = make_article(
        "Islanders have waited a decade for a direct service to the mainland hospital.",
        f"The contract went to {operator}.",
        article_id="third",
    )
    sentences = {article.id: article.body.split("\n\n")[1] for article in (first, second, third)}
    assert link_origins([first, second, third], sentences).groups == (("first", "second", "third"),)


def test_a_tie_between_wire_credits_is_broken_the_same_way_whatever_the_hash_seed(tmp_path):
    """Two copies crediting two agencies once each: the first credit given wins, in every process
    (a set's order, which changes with ``PYTHONHASHSEED``, chose before: an export differed run to run)."""
    import os
    import shutil
    import subprocess
    import sys

    folder = tmp_path / "tie"
    shutil.copytree(RIVERTON, folder)
    ledger = folder / "evening-ledger.md"
    ledger.write_text(ledger.read_text(encoding="utf-8").replace("With files from Reuters", "With files from AFP"),
                      encoding="utf-8")
    script = ("import sys; from reader.core.pipeline import analyse; from reader.core.ingest.loading import load_dossier; "
              "from reader.core.findings.origins import find_origins; "
              "print(find_origins(analyse(load_dossier(sys.argv[1]))).groups[0].credit)")
    credits = {subprocess.run([sys.executable, "-c", script, str(folder)], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout.strip()
               for seed in range(1, 7)}
    assert credits == {"Reuters"}


def test_a_sentence_two_reports_print_word_for_word_is_one_text_whoever_else_tells_it_alike():
    """Two reports printing one sentence whole are not "each in its own words" because a third prints most of
    its phrases too: stock words are a fact's few words told alike, not a whole sentence copied."""
    shared = "The harbour board voted on Tuesday to close the old northern pier after engineers found deep cracks in its pilings."
    articles = (
        make_article(shared, "The mayor said the ferry would move to the southern quay.", article_id="a", outlet="A"),
        make_article(shared, "Fishermen said they had warned the board two years ago.", article_id="b", outlet="B"),
        make_article(shared.replace("deep cracks in its", "cracks in the wooden"), "Shopkeepers said trade would suffer.",
                     article_id="c", outlet="C"),
    )
    analysis = analyse(Dossier(root=".", articles=articles))
    link = next(link for link in analysis.links if set(link.articles) == {"a", "b", "c"})
    found = analysis.sourcing.origins.of_link(link.id)
    pair = next(pair for pair in found.pairs if {pair.a, pair.b} == {"a", "b"})
    assert pair.relation == "copied" and found.origins < 3
    assert "each in its own words" not in found.summary(analysis.dossier.names)


NEIGHBOURS = (
    "Volunteers from the rowing club carried sandbags to the old boathouse before dark.",
    "A spokeswoman for the ferry company said the morning crossings would run as usual.",
    "Local schools stayed open although several teachers could not reach their classrooms.",
)


def test_runs_of_one_text_copied_in_three_reports_end_where_the_copies_part():
    """The copies of one sentence among other neighbours make one run per pair over the sentence alone;
    two that print the next sentence too make one run over both (the phrases inside a text copied
    everywhere follow one same phrase and pair nowhere, but the runs still start and end)."""
    articles = [
        make_article(NEIGHBOURS[0], WIRE[0], WIRE[1], article_id="one"),
        make_article(NEIGHBOURS[1], WIRE[0], WIRE[1], article_id="two"),
        make_article(NEIGHBOURS[2], WIRE[0], "Engineers expect the road to stay shut until the weekend at the earliest.", article_id="three"),
    ]
    analysis = analyse(Dossier(".", articles))
    words = [origins_module._words(analysis.sentences, article) for article in articles]
    runs = origins_module._runs(words)
    sentence = [w.sentences[1] for w in words]
    both = (sentence[0][0], words[0].sentences[2][1])
    assert [(r.a_start, r.a_end, r.b_start, r.b_end) for r in runs[0, 1]] == [(*both, sentence[1][0], words[1].sentences[2][1])]
    for a, b in ((0, 2), (1, 2)):
        assert [(r.a_start, r.a_end, r.b_start, r.b_end) for r in runs[a, b]] == [(*sentence[a], *sentence[b])]


def test_a_report_share_is_what_it_reuses_of_all_the_others_together():
    """A report printing two sentences of one report and two of another has those four copied: its
    share is the union of what it reuses of each, though it copies neither report whole."""
    others = (
        "The museum's curators moved the oldest paintings to a dry store under the library.",
        "The insurers' surveyors arrived on Tuesday to count the damage in the flooded galleries.",
    )
    own = "Nobody was hurt, the fire brigade confirmed in a short statement on its website."
    mixed = make_article(WIRE[0], WIRE[1], others[0], others[1], own, article_id="mixed")
    analysis = analyse(Dossier(".", [
        make_article(*WIRE, article_id="wire"),
        make_article(*others, "Visitors were asked to keep away from the riverside entrance for a week.", article_id="museum"),
        mixed,
    ]))
    origins = find_origins(analysis)
    assert {p.relation for p in origins.pairs} == {"rewritten"}
    lengths = [len(sentence) - 1 for sentence in (WIRE[0], WIRE[1], *others, own)]  # the full stop is no word
    assert origins.share_of("mixed").copied == pytest.approx(sum(lengths[:4]) / sum(lengths))


def test_a_headline_is_copied_only_when_its_words_are(riverton, tmp_path):
    """Two reports printing one wire text each write their own headline: the headlines' link says they came with
    the copy (one origin) but rewritten, not copied; printed word for word, a headline is copied."""
    analysis, origins = riverton
    titled = [link for link in analysis.links if any(span.in_title for span in link.passages if span.article != "council-release")]
    pairs = [p for link in titled for p in origins.of_link(link.id).pairs if {p.a, p.b} == {"daily-courier", "evening-ledger"}]
    assert pairs and {p.relation for p in pairs} == {"rewritten"}
    assert all(("daily-courier", "evening-ledger") in origins.of_link(link.id).groups for link in titled
               if {"daily-courier", "evening-ledger"} <= set(link.articles))
    for name in ("daily-courier", "evening-ledger"):
        text = (RIVERTON / f"{name}.md").read_text(encoding="utf-8")
        (tmp_path / f"{name}.md").write_text(re.sub(r"(?m)^title: .*$", "title: Riverton shuts Miller Bridge after engineers find cracks", text),
                                             encoding="utf-8")
    again = analyse(load_dossier(tmp_path))
    found = find_origins(again)
    headline = next(link for link in again.links if all(span.in_title for span in link.passages))
    assert [p.relation for p in found.of_link(headline.id).pairs] == ["copied"]
