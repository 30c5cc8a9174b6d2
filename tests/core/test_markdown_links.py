"""The Markdown export leaves no bare address for a GFM renderer to make live.

Checked with cmarkgfm, GitHub's own cmark fork with its autolink extension: the rendered
report holds no ``<a`` at all, whatever addresses the articles carry.
"""

from __future__ import annotations

import pytest

from reader.core.export.documents import escape_markdown, to_markdown
from reader.core.ingest.loading import load_dossier
from reader.core.model import Dossier
from reader.core.pipeline import analyse
from tests.conftest import DATA
from tests.helpers import make_article

cmarkgfm = pytest.importorskip("cmarkgfm")

ADDRESSES = "See http://evil.example/x?a=1, www.example.com and HTTPS://A.B/c; mail me@x.org or mailto:a@b.co."


def rendered(markdown: str) -> str:
    from cmarkgfm.cmark import Options

    return cmarkgfm.github_flavored_markdown_to_html(markdown, options=Options.CMARK_OPT_UNSAFE)


def test_bare_addresses_in_shared_and_unique_passages_render_as_code_not_links():
    shared = "The ministry posted the decision at www.gov.example/permits on Monday, officials said."
    one = make_article(shared, ADDRESSES, article_id="one", outlet="One www.one.example")
    two = make_article(shared.replace("Monday", "Tuesday"), "Write to press@two.example for more.",
                       article_id="two", outlet="Two")
    markdown = to_markdown(analyse(Dossier("urls", (one, two))))
    html = rendered(markdown)
    assert "<a" not in html
    assert "<code>www.gov.example/permits</code>" in html and "<code>press@two.example</code>" in html


def test_the_hostile_dossier_renders_without_a_live_link():
    dossier = load_dossier(DATA / "hostile")
    assert "<a" not in rendered(to_markdown(analyse(dossier)))


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("See http://evil.example/x?a=1. Then", "See `http://evil.example/x?a=1`. Then"),
        ("(www.a.org), me@x.org.", "(`www.a.org`), `me@x.org`."),
        ("HTTPS://A.B/c|d", "`HTTPS://A.B/c`\\|d"),
        ("www.exa`mple.com", "`www.exa`\\`mple.com"),
        ("1. www.x.com", "1\\. `www.x.com`"),
        ("x@y and a.b", "x@y and a.b"),
    ],
)
def test_escape_markdown_shows_addresses_as_code(text, escaped):
    assert escape_markdown(text) == escaped
    assert "<a" not in rendered(escaped)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("[bold]http://x.example/a[/bold] here", "[bold]<code>http://x.example/a</code>[/bold] here"),
        ("[click](https://evil.example/p)", "[click](<code>https://evil.example/p</code>)"),
        ("www.a.example](javascript:alert(1))", "<code>www.a.example</code>](javascript:alert(1))"),
        ("see `www.a.example`!", "see `<code>www.a.example</code>`!"),
        ("mail `me@x.example`[x]", "mail `<code>me@x.example</code>`[x]"),
        ("http://x.example/a**bold** and *http://y.example*",
         "<code>http://x.example/a</code>**bold** and *<code>http://y.example</code>*"),
        ('"http://x.example/q"{x}', "&quot;<code>http://x.example/q</code>&quot;{x}"),
        ("(see https://w.example/wiki/A_(b)).", "(see <code>https://w.example/wiki/A_(b)</code>)."),
        ("http://[::1]:8080/x]", "<code>http://[::1]:8080/x</code>]"),
    ],
)
def test_an_address_run_into_markup_is_code_alone_and_the_markup_literal_text(text, shown):
    """The code span held the markup run into an address (``[/bold]``, ``](javascript:``): inert,
    but the address read wrong. It holds the address alone; the markup beside it renders as typed."""
    assert rendered(escape_markdown(text)).strip() == f"<p>{shown}</p>"
