"""Other web or e-mail addresses for one thing are particulars at odds, as other figures are
(``links.addresses``; made-up reports, no corpus text)."""

from __future__ import annotations

from reader.core.ingest.loading import load_dossier
from reader.core.links.addresses import addresses, other_addresses
from reader.core.links.align import find_links
from reader.core.text.segment import segment_article
from reader.core.tokens import tokenize


def _confident(folder, reports: dict[str, str]) -> list[dict[str, str]]:
    for name, body in reports.items():
        (folder / f"{name}.md").write_text(f"---\noutlet: {name.title()}\n---\n{body}\n", encoding="utf-8")
    dossier = load_dossier(folder)
    return [{s.article: " ".join(dossier.article(s.article).text(s).split()) for s in link.passages}
            for link in find_links(dossier, {a.id: segment_article(a) for a in dossier.articles}) if link.confident]


def test_addresses_are_read_however_their_marks_are_spaced():
    assert addresses(tokenize("Sign up at https://shop.example.com/q7, then wait.")) == {"shop.example.com/q7"}
    assert addresses(tokenize("Sign up at http: / / shop. example. com/q7.")) == {"shop.example.com/q7"}
    assert addresses(tokenize("Sign up athttp://shop.example.com/q7.")) == {"shop.example.com/q7"}
    assert addresses(tokenize("Write to desk@example.org or visit www.example.org/news.")) == {"desk@example.org", "example.org/news"}
    assert addresses(tokenize("The score was 3:1 at www. The end.")) == frozenset()


def test_a_more_exact_address_or_another_kind_is_not_at_odds():
    assert not other_addresses(frozenset({"example.com"}), frozenset({"example.com/q7"}))
    assert not other_addresses(frozenset({"desk@example.org"}), frozenset({"shop.example.com"}))
    assert other_addresses(frozenset({"home.example.com/q7"}), frozenset({"firms.example.com/q7"}))


REPORTS = {
    "first": "Pellcom will sell the Arno 5 phone from May.\n\n"
             "From May 2, business customers can sign up for the Arno 5 at http://firms.pellcom.example/arno5.",
    "second": "The Arno 5 is coming to Pellcom in May.\n\n"
              "Starting May 2, business customers can sign up for the Arno 5 at http://firms.pellcom.example/arno5.",
    "third": "Pellcom confirmed the Arno 5 for May.\n\n"
             "Home customers can sign up for the Arno 5 at http://home.pellcom.example/arno5.",
}


def test_two_sign_ups_at_other_addresses_are_not_one_statement(tmp_path):
    links = _confident(tmp_path, REPORTS)
    assert any({"first", "second"} <= set(passages) for passages in links)
    assert not any("Home customers" in passages.get("third", "") for passages in links)


def test_one_address_given_alike_or_more_exactly_still_links(tmp_path):
    """Must stay: the third gives the same sign-up at the site's address without its page."""
    reports = dict(REPORTS, third="Pellcom confirmed the Arno 5 for May.\n\n"
                   "Beginning May 2, business customers can sign up for the Arno 5 at www.firms.pellcom.example.")
    links = _confident(tmp_path, reports)
    assert any(set(passages) == {"first", "second", "third"} for passages in links)
