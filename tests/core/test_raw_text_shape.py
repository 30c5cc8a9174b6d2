"""Raw page text: the article is the run of prose the whole page's shape points to, in any Latin-script language."""

from __future__ import annotations

import textwrap

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

14. Januar 2020, 9:21 Uhr

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
    assert cleaned.published == "2020-01-14"


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
