"""A report the verdict names off-topic changes no link between the others (issue 10, Same story?).

Its words are not counted in what the linker reads across the dossier (how rare a term is, which
terms are names, how titles are cased), and its pairs make weaker links of their own: the other
reports' links, confident and weaker, are those they have alone. Every report here is invented.
"""

from __future__ import annotations

from dataclasses import replace

from reader.core.links.align import counted_reports, find_links
from reader.core.links.units import prepare
from reader.core.model import Dossier
from reader.core.pipeline import analyse
from reader.core.text.segment import segment_article

from ..conftest import DATA
from ..helpers import make_article
from .test_story_events import _dossier, _fire, _ids

STRIKE = replace(make_article(
    "Nurses at Orvik General Hospital began a two-day strike on Monday over pay and staffing of the night shift.",
    "The hospital kept its emergency ward open with workers from agencies, a spokesman for the hospital said.",
    "Union steward Maren Achterhof said night-shift workers at the hospital had gone three years without a pay rise.",
    "Patients were taken to hospital in Kestel for operations that could not wait, and the hospital postponed two hundred appointments.",
    "The hospital's board said it would meet the union on Wednesday.",
    "Workers at two other hospitals in the region are due to vote on joining the strike next week.",
    article_id="strike", outlet="Orvik Courier"), title="Hospital nurses strike over night-shift pay")
"""A strike at a hospital, which writes the words of the fire's hospital sentence (``hospital``, ``workers``,
``night shift``) over and over: counted, they weighed less in the fire reports too."""


def _links(dossier: Dossier, left_out: tuple[str, ...] = ()) -> tuple[set[tuple], set[tuple]]:
    """The confident and the weaker links holding no passage of the reports ``left_out``, each as its passages."""
    analysis = analyse(dossier)

    def passages(links) -> set[tuple]:
        return {tuple((s.article, s.start, s.end) for s in link.passages) for link in links if not set(link.articles) & set(left_out)}

    return passages(analysis.links), passages(analysis.weaker_links)


def test_a_report_about_something_else_changes_no_link_between_the_others():
    """On main the strike changed a confident link among three or four fire reports (one lost, another found)."""
    for count in (3, 4):
        fire = _fire(count)
        analysis = analyse(_dossier(fire, [STRIKE]))
        assert analysis.story.same_event and analysis.story.off_topic == ("strike",)
        assert _links(_dossier(fire, [STRIKE]), ("strike",)) == _links(_dossier(fire))


def test_a_sentence_the_doubted_report_prints_too_keeps_the_others_confident_link():
    """A doubted report printing the sentence two others share makes a weaker link of its own with them; on
    main the three were one weaker link, and the two reports' confident link was gone."""
    shared = "The regional weather service expects gales and heavy hail across the northern uplands by Thursday evening."
    north = make_article("A landslide closed the Varn pass road on Tuesday after a week of rain.", shared, article_id="north")
    valley = make_article("The Varn pass road was shut by a landslide on Tuesday, the roads agency said.", shared, article_id="valley")
    sport = make_article("The cup semi-final at Orvik was postponed by a week, the league said.", shared, article_id="sport")
    dossier = Dossier(root=DATA, articles=(north, valley, sport))
    sentences = {article.id: segment_article(article) for article in dossier.articles}
    alone = Dossier(root=DATA, articles=(north, valley))
    own = {link.passages for link in find_links(alone, {a.id: sentences[a.id] for a in alone.articles}) if link.confident}
    links = find_links(dossier, sentences, doubtful=frozenset({"sport"}))
    assert own and {link.passages for link in links if link.confident} == own
    assert any("sport" in link.articles and not link.confident for link in links)


def test_a_term_only_the_doubted_reports_hold_never_weighs_below_nothing():
    """The doubted report has more sentences than the counted ones, each holding its own word: weighed
    over the counted reports' sentences, that word's weight went negative (a math domain error later);
    weighed over every sentence it is never below 0.1 of its rarity. The counted reports' terms weigh
    as they do alone."""
    long = make_article(*(f"The quarry at Holm reopened its gravel pit number {n} for the season." for n in range(12)),
                        article_id="quarry")
    fire = _fire(2)
    dossier = _dossier(fire, [long])
    sentences = {article.id: segment_article(article) for article in dossier.articles}
    counted = counted_reports(dossier, frozenset({"quarry"}))
    assert counted == frozenset(_ids(fire))
    _, _, weights, df, _ = prepare(dossier, sentences, counted)
    _, _, own, _, _ = prepare(_dossier(fire), sentences)
    theirs = set(weights) - set(own)
    assert max(df[term] for term in theirs) == 12 and min(weights[term] for term in theirs) > 0
    assert {term: weights[term] for term in own} == own


def test_every_report_doubted_or_none_counts_them_all():
    """Not one event (every report doubted) or no report doubted: nothing to leave out, the links as before."""
    fire = _fire(3)
    dossier = _dossier(fire)
    assert counted_reports(dossier, frozenset()) is None
    assert counted_reports(dossier, frozenset(_ids(fire))) is None
    assert counted_reports(dossier, frozenset(_ids(fire)[:2])) is None, "one report left links with no other"
