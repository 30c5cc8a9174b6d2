"""Passages sharing a happening that is not what both claim (:mod:`reader.core.links.other_claims`):
done to someone else or of someone else's thing, asked about, a span of time around other statements,
a thing described beside other deeds. Hand-made reports with made-up names; no corpus text."""

from __future__ import annotations

import pytest

from reader.core.ingest.loading import load_dossier
from reader.core.links.align import find_links
from reader.core.text.segment import segment_article


def _found(folder, *reports: tuple[str | None, str]):
    for number, (title, body) in enumerate(reports, 1):
        header = f"---\noutlet: Report {number}\n" + (f"title: {title}\n" if title else "") + "---\n"
        (folder / f"report{number}.md").write_text(f"{header}{body}\n", encoding="utf-8")
    dossier = load_dossier(folder)
    found = find_links(dossier, {a.id: segment_article(a) for a in dossier.articles})
    return [(link.confident, {dossier.article(span.article).text(span)[:10] for span in link.passages}) for link in found]


def _confident(folder, first: str, second: str) -> list[bool]:
    return [sure for sure, _ in _found(folder, (None, first), (None, second))]


QUOTATION = '"Looking back, I understand every step that led here, and I also understand our earlier choice to hire {}. I own both."'


@pytest.mark.parametrize(
    ("hired", "joins"),
    [
        pytest.param("Lyle Brook", False, id="an-earlier-hiring"),
        pytest.param("Dale Morrow", True, id="the-same-hiring"),
    ],
)
def test_hiring_someone_else_is_another_statement(tmp_path, hired, joins):
    """Two headlines say the club hired Dale Morrow; a quotation about the choice to hire Lyle Brook (the
    coach just fired) shares the verb done to someone else (``_other_objects``) and leaves their link."""
    links = _found(
        tmp_path,
        ("Kestrel Rovers Fire Coach Lyle Brook, Hire Dale Morrow", "The Kestrel Rovers fired coach Lyle Brook on Monday after two losing seasons."),
        ("Rovers Hire Dale Morrow as Head Coach", "The Kestrel Rovers named Dale Morrow their new head coach on Monday."),
        ("Rovers name a new coach", "Dale Morrow will lead the Kestrel Rovers next season. " + QUOTATION.format(hired)),
    )
    headlines = {"Kestrel Ro", "Rovers Hir"}
    confident = [passages for sure, passages in links if sure and headlines <= passages]
    assert confident and all(('"Looking b' in passages) == joins for passages in confident)


WALKED_ON = ("Dale Morrow, who co-owns the bakery, told detectives the intruder loaded the crossbow, shot him in the arm and "
             "then walked on toward the office of Lyle Brook, his co-owner.")


@pytest.mark.parametrize(
    ("owner", "confident"),
    [
        pytest.param("Dale Morrow", [False], id="the-other-owner-s-office"),
        pytest.param("Lyle Brook", [True], id="the-same-office"),
    ],
)
def test_someone_else_s_office_is_another_place(tmp_path, owner, confident):
    """Going into one co-owner's office is not walking toward the other's (``_other_owners``), though both
    passages name the first co-owner and the intruder walking."""
    first = (f"The intruder walked in shortly before noon, paused at the front counter and then went into {owner}'s office "
             "with the crossbow, a detective told the court.")
    assert _confident(tmp_path, first, WALKED_ON) == confident


INSTALLED = "The auditors said they found credible evidence that Vantor turbines fitted with Kestrel gearboxes were installed at the southern dam."


@pytest.mark.parametrize(
    ("first", "confident"),
    [
        pytest.param("Auditors hold credible evidence that Vantor sold turbines to a northern mining firm, yet remain unable "
                     "to confirm whether those turbines were fitted with Kestrel gearboxes.", [False], id="asked-whether"),
        pytest.param("Auditors hold credible evidence that Vantor sold turbines fitted with Kestrel gearboxes to a northern "
                     "mining firm.", [False], id="the-same-turbines-sold-elsewhere"),
        pytest.param("Auditors hold credible evidence that Vantor turbines fitted with Kestrel gearboxes were installed at the "
                     "southern dam last year.", [True], id="the-same-use"),
    ],
)
def test_what_is_asked_or_done_elsewhere_is_another_claim(tmp_path, first, confident):
    """Evidence that turbines fitted with gearboxes were installed at a dam is not a question whether they were
    fitted (``_asked_whether``) nor the same turbines sold elsewhere (``_described_only``); told alike, it links."""
    assert _confident(tmp_path, first, INSTALLED) == confident


@pytest.mark.parametrize(
    ("title", "confident"),
    [
        pytest.param("Five Thoughts on Why the Harbour Board Picked Dale Morrow as Its Chair", [False], id="why-asked"),
        pytest.param("Harbour Board Picked Dale Morrow as Its Chair, Five Members Say", [True], id="told"),
    ],
)
def test_a_title_asking_why_is_not_the_news(tmp_path, title, confident):
    """A title asking why the board picked him (``ASKING``, ``_asked_whether``) is a view of the choice, not the
    choice: it leaves the link of the titles telling it."""
    links = _found(tmp_path, (title, "The members met twice this week."),
                   ("Harbour board has picked Dale Morrow as chair", "The board met on Monday evening."))
    assert [sure for sure, passages in links if "Harbour bo" in passages] == confident


@pytest.mark.parametrize(
    ("first", "confident"),
    [
        pytest.param("Lyle Brook revealed that she is thrilled to welcome Dale Morrow as the new captain of the Kestrel ferry.",
                     [False], id="someone-else-s-reaction"),
        pytest.param("The harbour board revealed that Dale Morrow will be the new captain of the Kestrel ferry.", [True],
                     id="the-board-telling-it"),
    ],
)
def test_someone_revealing_her_joy_is_not_the_one_revealed(tmp_path, first, confident):
    """``revealed that she is thrilled`` is a reaction by someone the other passage does not name, ``revealed as the
    new captain`` what befell him (``_said_and_named``); the board revealing that he will be captain tells it."""
    assert _confident(tmp_path, first, "Dale Morrow revealed as the new captain of the Kestrel ferry on Monday.") == confident


def test_someone_revealing_her_joy_is_not_the_board_revealing_him(tmp_path):
    """The verb told with its object, no ``that``, tells the happening too (``_said_and_named``)."""
    first = "Lyle Brook revealed that she is thrilled to welcome Dale Morrow as the new captain of the Kestrel ferry."
    second = "The harbour board revealed Dale Morrow as the new captain of the Kestrel ferry on Monday."
    assert _confident(tmp_path, first, second) == [False]


WALKED_OUT = "The dock unions walked out of the port during six weeks of bargaining with the ministry."


@pytest.mark.parametrize(
    ("first", "confident"),
    [
        pytest.param("The ministry approved the harbour plan on Friday after six weeks of hard bargaining with the dock unions.",
                     [False], id="both-framed"),
        pytest.param("Six weeks of hard bargaining between the ministry and the dock unions ended on Friday.", [True], id="the-span-told"),
    ],
)
def test_a_shared_span_of_time_is_no_shared_statement(tmp_path, first, confident):
    """Both set their statements in six weeks of bargaining (``_spans_only``): an approval after it is not a
    walk-out during it; a passage telling the bargaining itself still links."""
    assert _confident(tmp_path, first, WALKED_OUT) == confident


PROTESTING = ("Protesting a clerk's account of ledgers removed during the 2019 search of the Vantor quay office, Dale Morrow "
              "spoke to the jury for an hour.")


@pytest.mark.parametrize(
    ("second", "confident"),
    [
        pytest.param("Prosecutors built their case on bank statements and ledgers removed during the 2019 search of the Vantor "
                     "quay office.", [False], id="the-ledgers-described"),
        pytest.param("Dale Morrow told the jury that officers removed ledgers during the 2019 search of the Vantor quay office, "
                     "and protested the clerk's account.", [True], id="the-removal-told"),
    ],
)
def test_ledgers_removed_in_a_search_are_no_statement_of_the_removal(tmp_path, second, confident):
    """A speech protesting an account of removed ledgers and prosecutors building on them share only the
    ledgers' description (``_described_only``); a passage telling the removal links."""
    assert _confident(tmp_path, PROTESTING, second) == confident
