"""Same story? A folder holding two events (a day's stories, two dossiers copied into one) is grouped by
event; one event with a side story stays one; a single intruder is still named off-topic.

Every report here is invented: a fire at a mill, a painting stolen from a museum, an earthquake
whose aid appeal only some reports cover, each event told by its outlets in their own words.
"""

from __future__ import annotations

from dataclasses import replace

from reader.core.export.documents import to_document, to_markdown
from reader.core.links.story import judge_story, story_and_links
from reader.core.model import Dossier, Link, Span, Story
from reader.core.pipeline import analyse
from reader.core.text.segment import segment_article
from reader.report.html import to_html

from ..conftest import DATA
from ..helpers import make_article

FIRE = (
    ("Fire destroys the Calder Huss textile mill in Brennick",
     "Flames gut the old Brennick mill by the Sallow",
     "Brennick mill fire: three workers hurt"),
    ("A fire destroyed the Calder Huss textile mill in Brennick on Sunday night.",
     "The Calder Huss mill in Brennick burned down overnight on Sunday.",
     "Fire swept through the Brennick textile mill of Calder Huss late on Sunday."),
    ("Forty firefighters fought the blaze for six hours before it was under control.",
     "It took forty firefighters six hours to bring the flames under control.",
     "Crews of forty firefighters battled the fire until dawn."),
    ("Three workers of the night shift were taken to hospital with smoke inflammation of the lungs.",
     "Three night-shift workers were treated in hospital for smoke inhalation.",
     "Three workers on the night shift suffered from smoke and were taken to hospital."),
    ("Fire chief Odile Marchetti said the roof of the weaving hall collapsed shortly after midnight.",
     "The weaving hall roof fell in after midnight, said fire chief Odile Marchetti.",
     "According to fire chief Odile Marchetti, the weaving hall's roof gave way soon after midnight."),
    ("About two hundred homes along the Sallow river were evacuated as smoke drifted over the town.",
     "Residents of two hundred houses by the Sallow were told to leave while the smoke spread.",
     "Smoke over Brennick forced the evacuation of some two hundred homes near the river Sallow."),
    ("Investigators have not yet said what started the fire in the dye store.",
     "The cause of the fire, which began in the dye store, is not yet known.",
     "What set the dye store alight is still under investigation."),
)

THEFT = (
    ("Brandauer painting stolen from the Quillon Museum in Tarsk",
     "Thieves take Salt Marsh at Dusk from Tarsk museum",
     "Quillon Museum robbed of its Brandauer"),
    ("Thieves stole The Salt Marsh at Dusk by Ilse Brandauer from the Quillon Museum in Tarsk early on Saturday.",
     "The Salt Marsh at Dusk, Ilse Brandauer's best-known canvas, was stolen from the Quillon Museum in Tarsk on Saturday.",
     "Ilse Brandauer's The Salt Marsh at Dusk was taken from the walls of the Quillon Museum in Tarsk overnight on Saturday."),
    ("Curator Henrik Vasse said the museum's alarm failed to sound when a skylight was forced.",
     "The alarm never went off when the thieves forced a skylight, curator Henrik Vasse said.",
     "According to curator Henrik Vasse, a skylight was forced open and the alarm stayed silent."),
    ("The night guard found the empty frame at four in the morning.",
     "An empty frame was all the night guard found on his round at four.",
     "At four in the morning the night guard came upon the empty frame."),
    ("Insurers have offered a reward of 50,000 crowns for the canvas's return.",
     "A reward of 50,000 crowns has been put up by the insurers.",
     "The museum's insurers promise 50,000 crowns to whoever helps recover the canvas."),
    ("Tarsk police appealed for witnesses who saw a grey van near the museum.",
     "Police in Tarsk asked anyone who saw a grey van by the museum to come forward.",
     "A grey van seen near the Quillon Museum is being sought by Tarsk police."),
)

QUAKE = (
    ("Earthquake of magnitude 6.1 shakes the Kessara valley",
     "Kessara valley quake kills twelve in Olmet",
     "Strong earthquake hits Olmet and the Kessara valley"),
    ("An earthquake of magnitude 6.1 struck the Kessara valley on Thursday morning, killing twelve people in the town of Olmet.",
     "Twelve people died in Olmet when a magnitude 6.1 earthquake shook the Kessara valley on Thursday morning.",
     "The magnitude 6.1 quake that hit the Kessara valley on Thursday morning left twelve dead in Olmet."),
    ("The old stone bridge over the Kessa river collapsed, cutting Olmet off from the valley road.",
     "The collapse of the stone bridge across the Kessa cut the valley road to Olmet.",
     "With the Kessa bridge down, Olmet can no longer be reached by the valley road."),
    ("Rescue teams searched the rubble of the Olmet market hall through the night.",
     "Through the night rescuers dug in the rubble of Olmet's market hall.",
     "Searchers worked all night in the ruins of the market hall in Olmet."),
    ("Seismologists recorded more than forty aftershocks in the Kessara valley.",
     "More than forty aftershocks followed in the Kessara valley, seismologists said.",
     "The Kessara valley was shaken by over forty aftershocks, according to seismologists."),
)

APPEAL = (
    "The relief agency Red Lantern launched an appeal for two million crowns in donations for the families of Olmet.",
    "Red Lantern director Pauline Achterberg said the money would pay for tents, blankets and clean water.",
    "Donations to the Red Lantern appeal can be made at any post office, Achterberg said.",
)

FEUER = (
    ("Feuer zerstört die Textilfabrik Calder Huss in Brennick",
     "Flammen vernichten die alte Fabrik in Brennick an der Sallow",
     "Brand in Brennick: drei Arbeiter verletzt"),
    ("Ein Feuer hat in der Nacht zum Montag die Textilfabrik Calder Huss in Brennick zerstört.",
     "Die Fabrik von Calder Huss in Brennick ist in der Nacht zum Montag abgebrannt.",
     "In Brennick brannte am Sonntagabend die Textilfabrik der Firma Calder Huss nieder."),
    ("Vierzig Feuerwehrleute kämpften sechs Stunden lang gegen die Flammen.",
     "Die vierzig Einsatzkräfte der Feuerwehr brauchten sechs Stunden, um den Brand zu löschen.",
     "Bis zum Morgengrauen waren vierzig Feuerwehrleute im Einsatz."),
    ("Einsatzleiterin Odile Marchetti sagte, das Dach der Weberei sei kurz nach Mitternacht eingestürzt.",
     "Nach Angaben von Einsatzleiterin Odile Marchetti stürzte das Dach der Webhalle nach Mitternacht ein.",
     "Das Dach der Weberei gab kurz nach Mitternacht nach, so Odile Marchetti."),
    ("Rund zweihundert Häuser an der Sallow wurden wegen des Rauchs geräumt.",
     "Die Bewohner von zweihundert Häusern an der Sallow mussten ihre Wohnungen verlassen.",
     "Der Rauch über Brennick zwang zur Räumung von etwa zweihundert Häusern an der Sallow."),
)
"""The fire, told in German: its words are other words, its names the same."""

FIRE_OUTLETS = ("Brennick Courier", "Valley Times", "Sallow Gazette", "North Herald", "Evening Star",
                "Morning Post", "County Echo", "Weekly Record", "Daily Ledger", "Town Crier")
THEFT_OUTLETS = ("Tarsk Tribune", "Art Monitor", "Capital Review", "Harbour Daily", "Coastal Post")


def _told(event: tuple[tuple[str, ...], ...], n: int) -> tuple[str, str, str]:
    """The ``n``-th outlet's report of ``event``: its own choice among the wordings of each fact,
    one fact left out (never the lead)."""
    facts = [variants[(n + i) % len(variants)] for i, variants in enumerate(event)]
    left_out = 2 + n % (len(facts) - 2)
    kept = [fact for i, fact in enumerate(facts) if 0 < i != left_out]
    return facts[0], " ".join(kept[:2]), " ".join(kept[2:])


def _reports(event, outlets, prefix: str, count: int, extra: dict[int, tuple[str, ...]] | None = None):
    articles = []
    for n, outlet in enumerate(outlets[:count]):
        title, *paragraphs = _told(event, n)
        paragraphs += list((extra or {}).get(n, ()))
        article = make_article(*paragraphs, article_id=f"{prefix}{n}", outlet=outlet)
        articles.append(replace(article, title=title))
    return articles


def _dossier(*groups: list) -> Dossier:
    return Dossier(root=DATA, articles=tuple(article for group in groups for article in group))


def _fire(count: int) -> list:
    return _reports(FIRE, FIRE_OUTLETS, "fire", count)


def _theft(count: int) -> list:
    return _reports(THEFT, THEFT_OUTLETS, "theft", count)


def _ids(articles: list) -> tuple[str, ...]:
    return tuple(article.id for article in articles)


def test_two_events_of_three_reports_each_are_grouped():
    fire, theft = _fire(3), _theft(3)
    story = analyse(_dossier(fire, theft)).story
    assert not story.same_event and story.off_topic == ()
    assert story.events == (_ids(fire), _ids(theft))


def test_ten_reports_and_three_of_another_event_are_two_events_largest_first():
    """Today's verdict on such a folder was one event, nothing off-topic: the three reports of the
    theft are alike enough among themselves to stay on the story."""
    fire, theft = _fire(10), _theft(3)
    analysis = analyse(_dossier(theft[:1], fire, theft[1:]))
    assert analysis.story.events == (_ids(fire), _ids(theft))
    event_of = {article: n for n, group in enumerate(analysis.story.events) for article in group}
    assert analysis.links, "each event's reports still link among themselves"
    assert all(len({event_of[a] for a in link.articles}) == 1 for link in analysis.links)


def test_five_and_five_reports_are_two_events_and_the_notice_names_both_by_outlet():
    fire, theft = _fire(5), _theft(5)
    analysis = analyse(_dossier(fire, theft))
    assert analysis.story.events == (_ids(fire), _ids(theft))
    assert analysis.story.notice(analysis.dossier) == (
        "These reports cover 2 events, which no confident link joins: 5 reports from Brennick Courier, Valley Times, "
        "Sallow Gazette, North Herald and Evening Star; 5 from Tarsk Tribune, Art Monitor, Capital Review, "
        "Harbour Daily and Coastal Post."
    )


def test_the_exports_say_which_reports_cover_which_event():
    fire, theft = _fire(10), _theft(3)
    analysis = analyse(_dossier(fire, theft))
    assert to_document(analysis)["story"] == {
        "same_event": False, "off_topic": [], "events": [list(_ids(fire)), list(_ids(theft))],
    }
    line = ("These reports cover 2 events, which no confident link joins: 10 reports from Brennick Courier, Valley Times, "
            "Sallow Gazette, North Herald and 6 more outlets; 3 from Tarsk Tribune, Art Monitor and Capital Review.")
    assert f"**Same story?** {line}" in to_markdown(analysis)
    assert f"<p><strong>Same story?</strong> {line}</p>" in to_html(analysis)


def test_an_event_with_a_side_story_some_reports_cover_is_one_event():
    """Three of ten reports of an earthquake also tell of a relief agency's appeal, in the same words:
    alike among themselves, they still share the quake with the others, and are not an event apart."""
    outlets = FIRE_OUTLETS
    quake = _reports(QUAKE, outlets, "quake", 10, extra={n: APPEAL for n in (2, 5, 8)})
    story = analyse(_dossier(quake)).story
    assert story.same_event and story.off_topic == () and story.events == ()


def test_one_event_told_in_two_languages_is_one_event():
    """Reports in German share no word with the English ones but the names: those carry the event,
    as no link can (none is made across languages)."""
    german = _reports(FEUER, ("Brennicker Anzeiger", "Sallow Bote", "Abendblatt Nord"), "feuer", 3)
    story = analyse(_dossier(_fire(5), german)).story
    assert story.same_event and story.off_topic == () and story.events == ()


def test_a_single_intruder_is_still_named_off_topic():
    fire, theft = _fire(10), _theft(1)
    story = analyse(_dossier(fire, theft)).story
    assert story.same_event and story.off_topic == _ids(theft) and story.events == ()


def test_two_reports_of_another_event_are_not_an_event_of_their_own():
    """Too few to be told apart from two reports that happen to be alike: the verdict is one event's."""
    fire, theft = _fire(10), _theft(2)
    story = analyse(_dossier(fire, theft)).story
    assert story.same_event and story.events == () and set(story.off_topic) <= set(_ids(theft))


def test_an_intruder_beside_two_events_is_named_after_them():
    fire, theft = _fire(5), _theft(5)
    stray = make_article("A late frost destroyed most of the cherry blossom in the hill orchards, growers said.",
                         "Temperatures fell to minus four degrees overnight and smudge pots could not save the trees.",
                         article_id="frost", outlet="Farm Weekly")
    analysis = analyse(_dossier(fire, [stray], theft))
    assert analysis.story.events == (_ids(fire), _ids(theft)) and analysis.story.off_topic == ("frost",)
    assert analysis.story.notice(analysis.dossier).endswith(
        "Farm Weekly (frost) does not seem to cover any of them, so its links to them are treated as uncertain "
        "and hidden (W shows them).")
    assert all("frost" not in link.articles for link in analysis.links)


def test_a_confident_link_across_two_groups_makes_them_one_event():
    """The words may part two groups of reports that a confident link shows telling one event: the link wins."""
    fire, theft = _fire(3), _theft(3)
    dossier = _dossier(fire, theft)
    across = Link("L001", "verbatim", 1.0, (Span("fire0", 0, 10), Span("theft0", 0, 10)))
    sentences = {article.id: segment_article(article) for article in dossier.articles}
    story, links = story_and_links(dossier, sentences, lambda doubtful, _: (across,))
    assert story.events == () and links == (across,)
    apart, _ = story_and_links(dossier, sentences, lambda doubtful, _: (replace(across, confident=False),))
    assert apart.events == (_ids(fire), _ids(theft))


def test_the_links_are_made_once_with_the_doubt_of_the_verdict_of_one_event():
    """Whether events stand apart depends on the links: they are made once, as for a dossier of one event,
    so a dossier that is not found to hold events gets the links it would have had without them."""
    fire, theft, stray = _fire(5), _theft(5), _theft(1)
    for dossier in (_dossier(fire, theft), _dossier(fire, stray)):
        sentences = {article.id: segment_article(article) for article in dossier.articles}
        asked = []
        story_and_links(dossier, sentences, lambda doubtful, _: asked.append(doubtful) or ())
        assert asked == [judge_story(dossier, sentences).doubtful(dossier)]
    assert asked == [frozenset(_ids(stray))]


def test_no_events_are_told_when_the_verdict_of_one_event_doubts_every_report(monkeypatch):
    """The links are made with that verdict's doubt: no report links confidently with another, so no link
    could show events joined nor linked on their own; that verdict stands (a generated dossier of many alike
    stories was told as a dozen events, with no confident link at all). One naming some reports off-topic
    still lets the events apart be told."""
    from reader.core.links import story as judged

    fire, theft = _fire(3), _theft(3)
    dossier = _dossier(fire, theft)
    sentences = {article.id: segment_article(article) for article in dossier.articles}
    monkeypatch.setattr(judged, "_one_story", lambda dossier, vectors: Story(same_event=False))
    assert story_and_links(dossier, sentences, lambda doubtful, _: ()) == (Story(same_event=False), ())
    monkeypatch.setattr(judged, "_one_story", lambda dossier, vectors: Story(same_event=True, off_topic=_ids(theft)))
    assert story_and_links(dossier, sentences, lambda doubtful, _: ())[0].events == (_ids(fire), _ids(theft))


def test_unrelated_reports_are_still_not_one_event_and_not_grouped():
    from reader.core.ingest.loading import load_dossier

    story = analyse(load_dossier(DATA / "story" / "unrelated")).story
    assert not story.same_event and story.events == ()



def test_the_reader_names_the_three_largest_events_and_counts_the_others():
    """A folder of a day's stories may hold many events: the reader's notice, rows of its own above the
    status line, names the largest three; the exports name every one."""
    outlets = ("North Herald", "Evening Star", "Valley Times", "Town Crier", "Kurier")
    articles = [make_article("One line.", article_id=f"{event}-{n}", outlet=outlets[(event + n) % 5])
                for event in range(5) for n in range(5 - event if event < 2 else 3)]
    events = tuple(tuple(a.id for a in articles if a.id.startswith(f"{event}-")) for event in range(5))
    story = Story(same_event=False, events=events)
    dossier = Dossier(root=DATA, articles=tuple(articles))
    assert story.notice(dossier) == (
        "These reports cover 5 events, which no confident link joins: 5 reports from North Herald, Evening Star, "
        "Valley Times, Town Crier and Kurier; 4 from Evening Star, Valley Times, Town Crier and Kurier; "
        "3 from Valley Times, Town Crier and Kurier; and 2 smaller events of 6 reports (the exports name them all).")
    assert story.notice(dossier, in_export=True).endswith("; 3 from Town Crier, Kurier and North Herald; "
                                                          "3 from Kurier, North Herald and Evening Star.")


def test_with_two_events_each_report_is_counted_within_its_own_event():
    """A theft report leaves out nothing of the fire: its omissions, and "k of N", count the theft's reports."""
    fire, theft = _fire(10), _theft(5)
    analysis = analyse(_dossier(fire, theft))
    assert analysis.story.events == (_ids(fire), _ids(theft))
    assert analysis.event_of(theft[0].id) == _ids(theft) and analysis.event_of(fire[2].id) == _ids(fire)
    omissions = analysis.sourcing.omissions
    links = {link.id: link for link in analysis.links}
    for report in (*fire, *theft):
        event = set(analysis.event_of(report.id))
        assert all(set(links[o.link].articles) <= event for o in omissions.of(report.id)), report.id


def test_one_event_counts_every_report():
    fire = _fire(3)
    analysis = analyse(_dossier(fire))
    assert analysis.event_of(fire[1].id) == _ids(fire)


def test_a_report_judged_off_topic_leaves_out_nothing_of_the_event_and_is_not_counted_in_it():
    """An intruder is a report of another event: none of the fire's statements is its to carry or omit (it joins no
    confident link, so it would seem to omit them all). A fire report missing a statement still omits it."""
    fire, theft = _fire(10), _theft(1)
    lead = fire[0].body[: fire[0].body.index("\n\n")]
    short = replace(make_article(lead, article_id=fire[0].id, outlet=fire[0].outlet), title=fire[0].title)  # the lead alone
    analysis = analyse(_dossier([short, *fire[1:]], theft))
    assert analysis.story.off_topic == _ids(theft)
    assert analysis.event_of(theft[0].id) == _ids(theft) and analysis.event_of(fire[3].id) == _ids(fire)
    omissions = analysis.sourcing.omissions
    assert omissions.of(theft[0].id) == ()
    assert omissions.of(short.id)  # must stay
