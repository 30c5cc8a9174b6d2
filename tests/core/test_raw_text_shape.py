"""Raw page text: the article is the run of prose the whole page's shape points to, in any Latin-script language."""

from __future__ import annotations

import textwrap

import pytest

from reader.core.ingest.cleaning import clean_text

LEAD = ("Die Stadtwerke haben am Dienstag angekündigt, die Preise für Fernwärme im kommenden Jahr um vier "
        "Prozent zu erhöhen, zum ersten Mal seit sechs Jahren. Betroffen sind rund 40.000 Haushalte in der "
        "Innenstadt und in den nördlichen Stadtteilen, die an das Netz angeschlossen sind.")
SECOND = ("Die Erhöhung sei nötig, weil die Reparatur alter Leitungen deutlich mehr gekostet habe als geplant, "
          "sagte ein Sprecher am Abend. Allein im vergangenen Winter seien drei Hauptleitungen gebrochen, "
          "zwei davon unter vielbefahrenen Straßen, was die Arbeiten zusätzlich verteuert habe.")
THIRD = ("Der Stadtrat stimmt im März darüber ab; eine Mehrheit gilt als sicher, da auch die Opposition die "
         "Reparaturen unterstützt hat. Ein Antrag, die Erhöhung über zwei Jahre zu strecken, fand im "
         "Ausschuss keine Mehrheit, soll aber im Plenum noch einmal beraten werden.")
LAST = "Die neuen Preise gelten ab dem ersten Januar."

PAGE = f"""\
Wir verwenden Cookies, um Ihnen ein besseres Erlebnis zu bieten. Mit der Nutzung stimmen Sie dem zu.

Newsletter

Bleiben Sie informiert: Jeden Morgen die wichtigsten Nachrichten aus der Region in Ihrem Postfach.

[                    ] Anmelden

  • Startseite
  • Lokales
  • Wirtschaft
  • Sport

Startseite > Lokales > Fernwärme wird teurer

Fernwärme wird im kommenden Jahr teurer

17. Februar 2021, 8:43 Uhr

{LEAD}

{SECOND}

Verwandte Themen

Wasserpreise steigen ebenfalls

Ein Arbeiter repariert eine Leitung in der Altstadt. Foto: Stadtwerke

{THIRD}

Was sich ändert

{LAST}

Ähnliche Beiträge

  • Busse fahren wieder nach Plan
  • Neue Radwege am Ring
  • Stadtfest im August

Impressum
Datenschutz
Kontakt
"""


def test_the_article_wins_over_a_cookie_notice_and_a_newsletter_box_met_first():
    cleaned = clean_text(PAGE)
    assert cleaned.paragraphs[0] == LEAD
    assert not any("Postfach" in p or "Cookies" in p for p in cleaned.paragraphs)


def test_the_article_continues_across_a_teaser_and_a_caption_and_keeps_its_subheading():
    cleaned = clean_text(PAGE)
    assert cleaned.paragraphs == (LEAD, SECOND, THIRD, "Was sich ändert", LAST)
    assert ("Ein Arbeiter repariert eine Leitung in der Altstadt. Foto: Stadtwerke", "caption") in cleaned.dropped


def test_headline_and_date_come_from_the_lines_above_the_article():
    cleaned = clean_text(PAGE)
    assert cleaned.title == "Fernwärme wird im kommenden Jahr teurer"
    assert cleaned.published == "2021-02-17"


def test_the_same_page_hard_wrapped_at_80_columns_gives_the_same_article():
    wrapped = "\n".join(textwrap.fill(line, 80) if len(line) > 80 else line for line in PAGE.split("\n"))
    assert wrapped != PAGE
    cleaned, original = clean_text(wrapped), clean_text(PAGE)
    assert (cleaned.paragraphs, cleaned.title, cleaned.published) == (
        original.paragraphs, original.title, original.published)


def test_a_breadcrumb_gives_its_last_step_as_the_title():
    page = PAGE.replace("Fernwärme wird im kommenden Jahr teurer\n\n", "")
    assert clean_text(page).title == "Fernwärme wird teurer"


def test_the_body_says_why_it_starts_and_ends_where_it_does():
    why = clean_text(PAGE).why
    assert why[0].startswith("body starts at 'Die Stadtwerke haben am Dienstag")
    assert why[1].startswith("body ends at 'Die neuen Preise gelten") and "'Ähnliche Beiträge'" in why[1]


def test_a_related_heading_over_pictures_tags_and_pager_links_is_not_the_article():
    page = PAGE.replace("Ähnliche Beiträge\n\n", "Ähnliche Beiträge\n\n  • [stadtfest_2019-200x133]\n\n"
                        "Stadtwerke, Fernwärme, Preise, Stadtrat, Haushalte, Leitungen, Innenstadt\n\n"
                        "‹ Busse fahren wieder nach Plan\n\nNeue Radwege am Ring →\n\n")
    cleaned = clean_text(page)
    assert cleaned.paragraphs[-1] == LAST
    reasons = dict(cleaned.dropped)
    assert reasons["• [stadtfest_2019-200x133]"] == "picture"
    assert reasons["Stadtwerke, Fernwärme, Preise, Stadtrat, Haushalte, Leitungen, Innenstadt"] == "tags"
    assert reasons["‹ Busse fahren wieder nach Plan"] == reasons["Neue Radwege am Ring →"] == "pager"


@pytest.mark.parametrize("excerpt", [
    "Ein neues Fest zieht in die Altstadt, mit Bühnen auf drei Plätzen und einem Markt, der […]",
    "Die Verkehrsbetriebe stellen den neuen Fahrplan vor. Ab Montag fahren die Busse wieder im...",
])
def test_a_teasers_cut_off_excerpt_is_not_article_text(excerpt):
    cleaned = clean_text(PAGE.replace(f"{LAST}\n", f"{LAST}\n\nBusse fahren wieder nach Plan\n\n{excerpt}\n"))
    assert cleaned.paragraphs[-1] == LAST
    assert (excerpt, "teaser") in cleaned.dropped


CODE = """\
import os
from django.conf import settings

class PriceTests(TestCase):
    def test_rise(self):
        self.assertEqual(price_after(100), 104)
"""


def test_program_code_between_paragraphs_is_kept_line_by_line():
    cleaned = clean_text(PAGE.replace(f"{LEAD}\n", f"{LEAD}\n\n{CODE}\n"))
    body = cleaned.paragraphs
    assert body[0] == LEAD and body[-4:] == (SECOND, THIRD, "Was sich ändert", LAST)
    assert "from django.conf import settings" in body and "self.assertEqual(price_after(100), 104)" in body


def test_a_line_said_twice_in_a_row_is_a_picture_caption_the_article_continues_across():
    twin = "Der Sprecher der Stadtwerke, Leiter Kommunikation"
    page = PAGE.replace("Ähnliche Beiträge", f"{twin}\n{twin}\n\nDie Stadtwerke stellten die Zahlen am Abend vor.\n\n"
                        "Ähnliche Beiträge")
    cleaned = clean_text(page)
    assert cleaned.paragraphs[-1] == "Die Stadtwerke stellten die Zahlen am Abend vor."
    assert (twin, "caption") in cleaned.dropped


NEXT_ARTICLE = f"""
Newsletter

[                    ] Anmelden

Busse fahren ab Montag wieder nach Plan

15. Januar 2020, 7:02 Uhr

{LEAD.replace("Fernwärme", "Busfahrten")}

{SECOND.replace("Leitungen", "Busse")}

{THIRD.replace("Reparaturen", "Fahrpläne")}
"""


def test_a_page_that_scrolls_on_into_a_longer_article_keeps_its_own_the_first():
    cleaned = clean_text(PAGE + NEXT_ARTICLE)
    assert cleaned.paragraphs == (LEAD, SECOND, THIRD, "Was sich ändert", LAST)
    assert cleaned.title == "Fernwärme wird im kommenden Jahr teurer"
    assert "of the heaviest further down, another article" in cleaned.why[0]


def test_a_standfirst_after_share_buttons_and_before_a_picture_is_kept_as_the_standfirst():
    standfirst = "Heizen wird teurer. Was Kunden jetzt wissen müssen: ein Überblick."
    page = PAGE.replace("17. Februar 2021, 8:43 Uhr\n\n", f"17. Februar 2021, 8:43 Uhr\n\n  • Facebook\n  • E-Mail\n\n"
                        f"{standfirst}\n\nHeizkörper in einer Wohnung\n© Stadtwerke/Archiv\n\n")
    cleaned = clean_text(page)
    assert cleaned.standfirst == standfirst
    assert cleaned.paragraphs[0] == LEAD


def test_a_sites_own_note_that_it_uses_cookies_is_a_cookie_notice():
    note = "Stadtblatt uses cookies and analytics, and is supported by advertising. Here is how we handle your data."
    assert (note, "cookie notice") in clean_text(PAGE.replace("Impressum\n", f"{note}\n\nImpressum\n")).dropped


def test_short_exclamations_broken_off_a_quoted_paragraph_do_not_end_the_article():
    quote = ("„Bitte hören Sie auf, mich zu filmen! Ich bin hier der Leiter der Behörde!“\n„AUFHÖREN!“\n"
             "„SOFORT!“\n„LEITER!“\n„BEHÖRDE!“\n")
    cleaned = clean_text(PAGE.replace(f"{SECOND}\n", f"{SECOND}\n\n{quote}\n{SECOND.replace('Leitungen', 'Rohre')}\n"))
    assert cleaned.paragraphs[-1] == LAST


def test_a_source_line_of_several_sentences_after_the_authors_name_ends_the_article():
    source = "Aus: Das Stadtbuch. Eine Stadt in Stichworten. Verlag der Stadtwerke, Neustadt 2015"
    cleaned = clean_text(PAGE.replace(f"{LAST}\n", f"{LAST}\n\nErika Mustermann\n{source}\n"))
    assert cleaned.paragraphs[-1] == source


def test_the_article_continues_across_a_picture_and_its_credit_to_a_closing_note():
    note = "Das Buch „Stadtwerke“ ist im Verlag der Stadt erschienen, 14,90 Euro."
    cleaned = clean_text(PAGE.replace(f"{LAST}\n", f"{LAST}\n\nStadtwerke: Buchcover\n© Verlag der Stadt\n\n{note}\n"))
    assert cleaned.paragraphs[-1] == note
    assert ("Stadtwerke: Buchcover", "caption") in cleaned.dropped


def test_the_articles_closing_lists_under_a_link_and_lead_ins_are_kept_to_its_last_line():
    tail = ("Hier geht es zur Anmeldung\n\nSo sieht der Zeitplan aus:\n\nBeginn 11:00 Uhr\nEnde 18:30 Uhr\n\n"
            "Anfahrt:\n\nRathaus\nAm Markt 1\n\nWir sehen uns dort!\n")
    cleaned = clean_text(PAGE.replace(f"{LAST}\n", f"{LAST}\n\n{tail}"))
    assert cleaned.paragraphs[-9:] == (LAST, "Hier geht es zur Anmeldung", "So sieht der Zeitplan aus:", "Beginn 11:00 Uhr",
                                       "Ende 18:30 Uhr", "Anfahrt:", "Rathaus", "Am Markt 1", "Wir sehen uns dort!")


def test_a_books_reference_with_figures_is_no_tag_list():
    reference = "Verlag der Stadt, 5. Auflage, 2014, 312 Seiten, gebunden, ISBN 978-3-16-148410-0"
    assert (reference, "tags") not in clean_text(PAGE.replace(f"{LAST}\n", f"{LAST}\n\n{reference}\n")).dropped


def test_the_outlet_is_the_holder_of_the_pages_dated_copyright_notice_not_a_photos_credit():
    page = PAGE.replace("Kontakt\n", "Kontakt\n\n© 2004-2020 Stadtblatt Neustadt | Alle Angebote\n")
    page = page.replace("Foto: Stadtwerke", "© Stadtwerke")
    assert clean_text(page).outlet == "Stadtblatt Neustadt"
    assert clean_text(PAGE.replace("Kontakt\n", "Kontakt\n\n© Stadtwerke\n")).outlet is None


def test_without_a_date_under_the_headline_the_date_just_above_it_or_under_the_body_is_the_publications():
    undated = PAGE.replace("17. Februar 2021, 8:43 Uhr\n\n", "")
    above = undated.replace("Fernwärme wird im kommenden", "Erika Mustermann / 8:43 Uhr, 17. Februar 2021\n\n"
                            "Fernwärme wird im kommenden")
    assert clean_text(above).published == "2021-02-17"
    below = undated.replace(f"{LAST}\n", f"{LAST}\n\nErika Mustermann | 15.01.2020 um 10:02\n")
    assert clean_text(below).published == "2020-01-15"
    assert clean_text(undated).published is None


CYRILLIC = """\
Главная
Новости
Спорт

Цены на тепло вырастут в следующем году

14.01.2020

Городские коммунальные службы объявили во вторник, что цены на отопление в следующем году вырастут на четыре процента, впервые за шесть лет.

Повышение необходимо, потому что ремонт старых труб обошёлся значительно дороже, чем планировалось, сообщил представитель службы вечером.

Иван Петров
Из книги: Город в словах. Справочник о городе и его людях, издательство города, Новгород 2015

Контакты
Реклама
"""


def test_a_cyrillic_page_gives_its_article_headline_date_and_closing_source_line():
    cleaned = clean_text(CYRILLIC)
    assert cleaned.title == "Цены на тепло вырастут в следующем году"
    assert cleaned.published == "2020-01-14"
    assert cleaned.paragraphs[0].startswith("Городские коммунальные службы")
    assert cleaned.paragraphs[-1].startswith("Из книги: Город в словах.")


def test_a_chinese_page_gives_its_headline_and_date_though_its_words_are_not_spaced():
    page = ("首页\n新闻\n体育\n\n港口周二重新开放\n\n2020年1月14日\n\n"
            "港口管理局周二表示，经过三天的关闭之后，港口已经重新开放，所有船只都可以正常进出。官员说，风暴造成的损坏比预期的要小。\n\n"
            "管理局发言人说，部分码头仍在维修中，预计下周完成全部工作。货运公司表示，积压的货物将在几天内清理完毕。\n\n"
            "联系我们\n隐私政策\n")
    cleaned = clean_text(page)
    assert (cleaned.title, cleaned.published) == ("港口周二重新开放", "2020-01-14")
    assert len(cleaned.paragraphs) == 2 and cleaned.paragraphs[0].startswith("港口管理局")


def test_a_hindi_page_ends_its_sentences_with_the_danda():
    first = "बंदरगाह प्राधिकरण ने मंगलवार को कहा कि तीन दिन बंद रहने के बाद बंदरगाह फिर से खुल गया है।"
    second = "प्रवक्ता ने कहा कि कुछ घाटों की मरम्मत अभी चल रही है और अगले सप्ताह पूरी हो जाएगी।"
    page = f"मुखपृष्ठ\nसमाचार\nखेल\n\nबंदरगाह फिर से खुला\n\n{first}\n\n{second}\n\nसंपर्क\nगोपनीयता\n"
    assert clean_text(page).paragraphs == (first, second)


def test_a_two_word_headline_over_the_article_is_the_title():
    page = PAGE.replace("Startseite > Lokales > Fernwärme wird teurer\n\n", "")
    assert clean_text(page.replace("Fernwärme wird im kommenden Jahr teurer", "Teure Wärme")).title == "Teure Wärme"


PRODUCT_BOX = """\
Unsere Empfehlung: Heizkörper-Thermostat T-200

Thermostat T-200

Elektromarkt Nord

39,90 €
Zum Angebot

Versandhaus Süd

42,50 €
Zum Angebot
Preise inkl. MwSt., zzgl. Versand
Alle Angebote vergleichen

"""


NEWSLETTER_BOX = ("Newsletter\n\nDas Wichtigste aus der Stadt jeden Morgen in Ihrem Postfach.\n\n"
                  "[                    ]\n[Anmelden]\n\n")
POLL_BOX = "Umfrage\n\nFinden Sie die Erhöhung gerecht?\n\n( ) Ja\n( ) Nein\n( ) Weiß nicht\n\n[Abstimmen]\n\n"
# The page without its related link and caption between the second and third paragraphs.
PLAIN = PAGE.replace("Verwandte Themen\n\nWasserpreise steigen ebenfalls\n\n"
                     "Ein Arbeiter repariert eine Leitung in der Altstadt. Foto: Stadtwerke\n\n", "")


@pytest.mark.parametrize(("box", "line"), [(PRODUCT_BOX, "39,90 €"), (NEWSLETTER_BOX, "[Anmelden]"),
                                           (POLL_BOX, "Finden Sie die Erhöhung gerecht?")],
                         ids=["shop", "newsletter", "poll"])
def test_the_article_continues_across_a_box_between_its_paragraphs(box, line):
    cleaned = clean_text(PLAIN.replace(f"{SECOND}\n", f"{box}{SECOND}\n"))
    assert cleaned.paragraphs == (LEAD, SECOND, THIRD, "Was sich ändert", LAST)
    assert (line, "box") in cleaned.dropped


@pytest.mark.parametrize("heading", [(), ("Wen es trifft",)], ids=["alone", "under a subheading"])
def test_a_short_paragraph_of_the_article_next_to_a_box_is_the_articles(heading):
    short = "Das betrifft vor allem ältere Häuser."
    above = "".join(f"{line}\n\n" for line in (*heading, short))
    page = PLAIN.replace(f"{SECOND}\n", f"{above}{NEWSLETTER_BOX}{SECOND}\n")
    assert clean_text(page).paragraphs[:len(heading) + 3] == (LEAD, *heading, short, SECOND)


def test_a_subheading_right_after_a_box_opens_the_articles_next_section():
    page = PLAIN.replace(f"{SECOND}\n", f"{PRODUCT_BOX}Warum die Preise steigen\n\n{SECOND}\n")
    assert clean_text(page).paragraphs[:3] == (LEAD, "Warum die Preise steigen", SECOND)


@pytest.mark.parametrize("box", [PRODUCT_BOX, NEWSLETTER_BOX], ids=["shop", "newsletter"])
def test_a_box_under_the_article_does_not_carry_it_on_to_a_blurb(box):
    blurb = ("Im Elektromarkt Nord finden Sie alles für ein warmes Zuhause: Thermostate, Heizlüfter, Decken und "
             "vieles mehr, dazu unsere Beratung vor Ort. Jetzt stöbern, vergleichen und beim Einkauf sparen.")
    page = PAGE.replace(f"{LAST}\n", f"{LAST}\n\n{box}{blurb}\n")
    assert clean_text(page).paragraphs[-1] == LAST


def test_a_note_about_the_author_under_their_name_is_not_the_articles_end():
    note = "Erika Muster schreibt seit 2010 für das Stadtblatt über Energie, Verkehr und den Stadtrat."
    cleaned = clean_text(PAGE.replace(f"{LAST}\n", f"{LAST}\n\nErika Muster\n\n{note}\n"))
    assert cleaned.paragraphs[-1] == LAST
    assert (note, "author box") in cleaned.dropped
    assert "'Erika Muster'" in cleaned.why[1] and "author's box" in cleaned.why[1]


PROGRAMME = """\
Das Programm der Sitzung

Erika Muster, Stadtwerke
Begrüßung und Einführung.

Max Beispiel, Stadtrat
Die Preise im Vergleich mit anderen Städten.

Anmeldung
"""
CLOSING = "Die Sitzung ist öffentlich. Um Anmeldung bis Freitag wird gebeten, die Plätze im Saal sind begrenzt."


@pytest.mark.parametrize(("sign_off", "why"), [
    ("← Voriger Beitrag\n\nNächster Beitrag →", "'← Voriger Beitrag' links to the site's neighbouring posts"),
    ("Source: Stadtblatt and agencies", "'Source: Stadtblatt and agencies' signs the article off"),
])
def test_the_paragraph_right_above_the_posts_sign_off_closes_the_article(sign_off, why):
    cleaned = clean_text(PAGE.replace(f"{LAST}\n", f"{LAST}\n\n{PROGRAMME}{CLOSING}\n\n{sign_off}\n"))
    assert cleaned.paragraphs[-1] == CLOSING
    assert "Die Preise im Vergleich mit anderen Städten." in cleaned.paragraphs
    assert why in cleaned.why[1]


@pytest.mark.parametrize("between", ["Erika Muster, 3. März 2020\n", "  • Busse fahren wieder nach Plan\n"])
def test_a_date_or_a_list_before_the_links_to_the_neighbouring_posts_belongs_to_the_page(between):
    page = PAGE.replace(f"{LAST}\n", f"{LAST}\n\n{PROGRAMME}{between}{CLOSING}\n\n← Voriger Beitrag\n")
    assert clean_text(page).paragraphs[-1] == LAST


BOOK = ("Erika Muster\nDie Stadt und ihre Leitungen\n"
        "Verlag der Stadt, 2. Auflage, 2019, 240 Seiten, broschiert, ISBN 978-3-16-148410-0\n19,90 Euro\n")


def test_the_reviewed_books_reference_right_under_the_review_is_kept():
    cleaned = clean_text(PAGE.replace(f"{LAST}\n", f"{LAST}\n\n{BOOK}"))
    assert cleaned.paragraphs[-5:] == (LAST, *BOOK.splitlines())


def test_a_books_reference_under_a_related_heading_is_not_the_articles():
    cleaned = clean_text(PAGE.replace(f"{LAST}\n", f"{LAST}\n\nAuch im Verlag der Stadt\n\n{BOOK}"))
    assert cleaned.paragraphs[-1] == LAST


def test_a_list_indented_under_its_label_keeps_the_paragraph_before_it_and_its_items():
    lists = "Vorteile\n    Neue Leitungen\n    Weniger Ausfälle\n\nNachteile\n    Höhere Grundgebühr\n\n"
    cleaned = clean_text(PAGE.replace(f"{SECOND}\n", f"{lists}{SECOND}\n"))
    assert cleaned.paragraphs[:7] == (LEAD, "Vorteile", "Neue Leitungen", "Weniger Ausfälle", "Nachteile",
                                      "Höhere Grundgebühr", SECOND)


def test_a_link_posts_title_over_where_the_blogger_found_it_is_the_posts_last_line():
    link = "Die ganze Geschichte der Leitungen\n\n(via Stadtblatt Nord)\n"
    cleaned = clean_text(PAGE.replace(f"{LAST}\n", f"{LAST}\n\n{link}"))
    assert cleaned.paragraphs[-2:] == (LAST, "Die ganze Geschichte der Leitungen")
    assert ("(via Stadtblatt Nord)", "credit") in cleaned.dropped


def test_a_lone_paragraph_under_a_heading_above_the_links_to_the_neighbouring_posts_is_not_the_posts():
    about = ("Über die Autorin\nErika Muster\nRedaktion Stadt\n\n"
             "Sie schreibt seit zehn Jahren über die Stadtwerke und den Stadtrat.\n\n")
    cleaned = clean_text(PAGE.replace(f"{LAST}\n", f"{LAST}\n\n{about}← Voriger Beitrag\n"))
    assert cleaned.paragraphs[-1] == LAST


def test_a_rating_box_under_the_article_does_not_carry_it_on_to_the_readers_comments():
    comment = ("Ich finde die Erhöhung völlig überzogen, die Stadtwerke haben jahrelang nichts repariert und "
               "jetzt zahlen wir dafür.")
    more = "Außerdem hätte man die Bürger viel früher informieren müssen, statt alles im Ausschuss zu beschließen."
    tail = (f"Bewerten Sie diesen Artikel\n\n( ) Gut\n( ) Schlecht\n\n[Bewerten]\n\n"
            f"Max Beispiel sagt:\n14. Januar 2020 um 11:02 Uhr\n\n{comment}\n\n{more}\n\nAntworten\n")
    cleaned = clean_text(PLAIN.replace(f"{LAST}\n", f"{LAST}\n\n{tail}"))
    assert cleaned.paragraphs[-1] == LAST


@pytest.mark.parametrize("label", ["Lesen Sie auch", "See also:", "À lire aussi"])
def test_a_teasers_title_under_its_label_between_paragraphs_is_no_subheading(label):
    page = PLAIN.replace(f"{SECOND}\n", f"{label}\n\nBusse fahren wieder nach Plan\n\n{SECOND}\n")
    cleaned = clean_text(page)
    assert cleaned.paragraphs[:2] == (LEAD, SECOND)
    assert ("Busse fahren wieder nach Plan", "teaser") in cleaned.dropped


@pytest.mark.parametrize(("opening", "rest"), [
    ('"Teams stay together.', 'We stay a team," the coach said after the vote.'),
    ("“Nothing changes.", "Not the route, not the fares,” a spokeswoman said on Tuesday evening."),
])
def test_a_short_line_that_opens_a_quotation_the_next_line_closes_is_body(opening, rest):
    cleaned = clean_text(PAGE.replace(f"{SECOND}\n", f"{SECOND}\n{opening}\n{rest}\n"))
    assert (opening, "short line") not in cleaned.dropped
    assert cleaned.paragraphs[cleaned.paragraphs.index(opening) + 1] == rest


def test_a_short_line_with_a_closed_quotation_or_none_is_still_dropped():
    for line in ('"Share"', "Listen to this article"):
        cleaned = clean_text(PAGE.replace(f"{SECOND}\n", f"{SECOND}\n{line}\n"))
        assert line not in cleaned.paragraphs


def test_a_shown_social_posts_foot_and_a_blogs_modified_stamp_are_no_body():
    embed = "A post shared by Hafenchor Nord (@hafenchor.nord) on Mar 4, 2021 at 9:15am PST"
    stamp = ("Fernwärme wird im kommenden Jahr für rund vierzigtausend Haushalte in der Innenstadt teurer was last "
             "modified: Februar 17th, 2021 by Jana Roe")  # long enough to read as prose, so the body reaches it
    cleaned = clean_text(PAGE.replace(f"{LEAD}\n", f"{LEAD}\n\n{embed}\n").replace(f"{LAST}\n", f"{LAST}\n\n{stamp}\n"))
    assert (embed, "embed") in cleaned.dropped and (stamp, "dateline") in cleaned.dropped
    assert cleaned.paragraphs[:2] == (LEAD, SECOND) and cleaned.paragraphs[-1] == LAST
