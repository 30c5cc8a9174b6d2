"""Reports not in English: named once by the analysis (``Story.not_english``), said in one notice and in
the exports; an English report quoting another language, full of names and figures, or short is English.

Every text here is invented; the folders under tests/data/story were written for the story tests.
"""

from __future__ import annotations

from reader.core.export.documents import to_document, to_markdown
from reader.core.ingest.loading import load_dossier
from reader.core.links import story
from reader.core.links.story import languages_of, not_english, story_and_links
from reader.core.model import Dossier
from reader.core.pipeline import analyse
from reader.core.text.segment import segment_article

from ..conftest import DATA
from ..helpers import make_article


def _not_english(*articles) -> tuple[tuple[str, str], ...]:
    dossier = Dossier(root=str(DATA), articles=tuple(articles))
    return not_english(languages_of(dossier, {article.id: segment_article(article) for article in articles}))


QUOTING_GERMAN = make_article(
    "The village council of Marlow voted on Monday to close the old bridge after an inspection found cracks "
    "in two of its piers.",
    "\u201eWir bauen jede Stra\u00dfe wieder auf, und wir werden die Br\u00fccke nicht vergessen\u201c, the mayor "
    "told the local paper, which printed her words in German on its front page.",
    "Repairs are expected to take most of the summer, and a ferry will carry cyclists across the river until then.",
    article_id="quoting",
)
NAMES_AND_FIGURES = make_article(
    "Ann Lowe, 54, Ben Okafor, 61, Carla Mendes, 47, and Dev Raman, 39, of Trelawny Freight met Tom Hale, "
    "Rosa Vidal and Omar Haddad of Quillon Ports in Brackwater on Monday.",
    "Trelawny Freight paid $2.5 million for 3,400 containers, 12% more than in 2023; Quillon Ports said 1,150 "
    "of them reached Brackwater by March 4 and 2,250 by April 19.",
    "Lowe, Okafor, Mendes and Raman signed for Trelawny; Hale, Vidal and Haddad for Quillon.",
    article_id="names",
)
RESULTS = make_article(
    "Results: Ann Lowe 54.2, Ben Okafor 61.0, Carla Mendes 47.5, Dev Raman 39.9, Tom Hale 38.1, Rosa Vidal 37.0, "
    "Omar Haddad 36.4, Lena Marte 35.0, Dana Costa 34.2, Paolo Santi 33.3, Luca Ferri 30.1.",
    "Next race: Brackwater, May 4. Entry fee $25, 120 places.",
    article_id="results",
)
SHORT = make_article(
    "A small fire broke out in the kitchen of a school in the north of the town on Tuesday morning. Nobody was "
    "hurt, and the children were back in their classrooms before lunch, the head teacher said.",
    article_id="short",
)
GERMAN = make_article(
    "Der Gemeinderat hat am Montag beschlossen, die alte Br\u00fccke zu sperren, nachdem bei einer Pr\u00fcfung "
    "Risse in zwei Pfeilern gefunden worden waren.",
    "Die Reparatur soll nach Angaben der Verwaltung den ganzen Sommer dauern, und bis dahin bringt eine "
    "F\u00e4hre die Radfahrer \u00fcber den Fluss.",
    article_id="german", outlet="Dorfblatt",
)


def test_english_reports_quoting_german_full_of_names_and_figures_or_short_are_english():
    assert len(SHORT.body.split()) <= 40
    assert _not_english(QUOTING_GERMAN, NAMES_AND_FIGURES, SHORT) == ()


def test_a_list_of_names_and_figures_with_hardly_a_function_word_is_no_other_language():
    assert _not_english(RESULTS) == ()


FRENCH = make_article(
    "Le conseil municipal a d\u00e9cid\u00e9 lundi de fermer le vieux pont, apr\u00e8s qu'une inspection a "
    "trouv\u00e9 des fissures dans deux de ses piliers. Les travaux dureront tout l'\u00e9t\u00e9 et un bac "
    "transportera les cyclistes jusque-l\u00e0.",
    article_id="french",
)


def test_a_german_or_french_report_is_named_with_its_language():
    assert _not_english(QUOTING_GERMAN, GERMAN, SHORT, FRENCH) == (("german", "de"), ("french", "fr"))


def test_each_report_s_language_is_told_once_for_the_linker_and_the_notice(monkeypatch):
    """The linker's function words and the notice read one telling of each report's language: the linker is
    given it, and no report's first words are read for it again."""
    dossier = Dossier(root=str(DATA), articles=(QUOTING_GERMAN, GERMAN, SHORT))
    sentences = {article.id: segment_article(article) for article in dossier.articles}
    told, given = [], []
    real = story.written_in
    monkeypatch.setattr(story, "written_in", lambda languages, norms: told.append(norms) or real(languages, norms))
    found, _ = story_and_links(dossier, sentences, lambda doubtful, languages: given.append(languages) or ())
    assert given == [{"quoting": "en", "german": "de", "short": "en"}]
    assert len(told) == 3 and found.not_english == (("german", "de"),)


def test_an_empty_report_is_not_named():
    assert _not_english(make_article("", article_id="empty"), SHORT) == ()


def test_the_analysis_names_the_german_reports_once_and_the_notice_says_what_is_missed():
    analysis = analyse(load_dossier(DATA / "story" / "languages"))
    named = dict(analysis.story.not_english)
    assert set(named.values()) == {"de"} and len(named) == 4
    notice = analysis.story.language_notice(analysis.dossier)
    assert notice.startswith("4 of 6 reports are not in English (German? ")
    assert notice.endswith("links, names, quotations and figures in them are mostly missed.")


def test_the_exports_say_it_and_an_english_dossier_reads_as_before(analysis):
    german = analyse(load_dossier(DATA / "story" / "german_event"))
    assert [item["language"] for item in to_document(german)["story"]["not_english"]] == ["de"] * 3
    assert "**Language?** 3 of 3 reports are not in English (German? " in to_markdown(german)
    assert analysis.story.not_english == () and analysis.story.language_notice(analysis.dossier) is None
    assert "not_english" not in to_document(analysis)["story"]
    assert "Language?" not in to_markdown(analysis)
