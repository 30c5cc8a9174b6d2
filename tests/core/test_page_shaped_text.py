"""A copied web page saved as text and opened directly: its menus would read as the article, so it
opens with a note giving the ``import`` command that cleans it, as a saved ``.html`` is named with it.
A clean article without a header opens as before, with no note."""

from __future__ import annotations

import textwrap

from reader.core.ingest.loading import load_dossier

ARTICLE = [
    "The harbour ferry between Olmsby and the outer islands will run twice a day again from Monday, "
    "the operator said on Tuesday, after a repaired engine passed its last inspection.",
    "Since the breakdown in March, islanders have relied on a smaller boat that carries no cars, and the "
    "school on the largest island moved two weeks of lessons online.",
    "A spokeswoman for the operator said the repair had cost about twice the first estimate, because a "
    "part had to be made to order in a yard on the mainland.",
    "The council will discuss a second ferry for the route at its meeting next month.",
]

MENU = """\
Skip to content

  • Home
  • Local
  • Business
  • Sport
  • Weather
  • Opinion

[                    ] Search

We use cookies to improve your experience. By using our site you accept cookies.

Accept

Ferry back on its winter timetable
"""

FOOT = """\
Related

  • Bus timetable changes in the new year
  • Council sets date for budget vote
  • Lighthouse opens to visitors again

Share on Facebook
Share on X
"""


def page(wrap: bool = False) -> str:
    paragraphs = [textwrap.fill(text, 72) if wrap else text for text in ARTICLE]
    return MENU + "\n" + "\n\n".join(paragraphs) + "\n\n" + FOOT


def test_a_copied_page_as_text_opens_with_the_import_command(tmp_path):
    """In a folder, the page would open beside the article made of it: the note says to move it out.
    Named alone, the page is the whole dossier: the folder it lies in is none of the reader's (the
    note told a user who opened ~/Downloads/page.txt to move it out of ~/Downloads)."""
    path = tmp_path / "ferry page.txt"
    path.write_text(page())
    command = (f"`dossier-reader import '{path}' --into {tmp_path}` makes an article of it")
    told = "opened; looks like a copied web page (menus, links and notices around the text); " + command
    [problem] = load_dossier(tmp_path).problems
    assert problem.message == told + ", then move 'ferry page.txt' out of the folder"
    dossier = load_dossier(path)
    assert len(dossier.articles) == 1
    [problem] = dossier.problems
    assert problem.path == str(path)
    assert problem.message == told + ", to read instead of the page"
    assert dossier.articles[0].notes == (problem.message.removeprefix("opened; "),)


def test_a_hard_wrapped_copied_page_in_a_folder_is_told_too(tmp_path):
    (tmp_path / "clean.txt").write_text("\n\n".join(ARTICLE))
    (tmp_path / "wrapped.txt").write_text(page(wrap=True))
    dossier = load_dossier(tmp_path)
    assert [article.id for article in dossier.articles] == ["clean", "wrapped"]
    assert [problem.path.rsplit("/", 1)[1] for problem in dossier.problems] == ["wrapped.txt"]


def test_a_clean_article_opens_without_a_note(tmp_path):
    """Headline, dateline and a short credit line around the prose are an article's, not a page's."""
    (tmp_path / "ferry.txt").write_text("Ferry back on its winter timetable\n\nTuesday, 4 November\n\n"
                                        + "\n\n".join(ARTICLE) + "\n\nBy a staff reporter\n")
    (tmp_path / "headed.md").write_text("---\ntitle: Ferry back\n---\n" + page())
    dossier = load_dossier(tmp_path)
    assert len(dossier.articles) == 2 and not dossier.problems
