"""A ``.md`` article's body written in Markdown, read as the text it renders to.

Notes apps, pandoc and content systems export articles in Markdown: ``# Headline``, ``## Subhead``,
``**bold**``, ``[text](url)``, ``- item``, ``> quotation``. Shown as written, the markup would read as
the report's words (a subhead as "what only this report says", an identical sentence with a link as a
paraphrase). markdown-it-py (CommonMark; rich's own dependency) finds the structure; what is kept of
it is each block's text, emphasis and link markup left out:

- headings are no passages (:attr:`MarkdownBody.headings`); a first ``#`` heading is the title;
- paragraphs, list items and quoted paragraphs are paragraphs (a bullet and ``>`` left out; the numbers of
  a list that does not count from 1, ``1990. That year …``, are the text's own and kept);
- a paragraph's lines are one paragraph, as every Markdown reader shows them (one sentence a line is a common way
  to write Markdown); a line of dashes under a sentence is no heading (only ``#`` headings are read).

Only a file without the format's header whose text shows Markdown's own marks (:func:`written_in_markdown`)
is read so: a ``.md`` with the header (as ``import`` writes it, a page's code and all) or without the marks
is the plain text it is, word for word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_SIGNS = re.compile(
    r"^\s{0,3}(#{1,6}\s+\S|>\s)"  # a heading, a quoted block
    r"|\*\*\S[^\n]*?\S\*\*|(?<![\w*])\*[^\s*][^*\n]*?[^\s*]\*(?![\w*])|(?<!\w)_[^\s_][^_\n]*?[^\s_]_(?!\w)"  # emphasis
    r"|\[[^\]\n]+\]\([^)\s]+\)",  # a link
    re.MULTILINE,
)


@dataclass(frozen=True)
class MarkdownBody:
    """The rendered text: the first heading when it opens the body, the paragraphs, which of them are headings."""

    title: str | None
    paragraphs: tuple[str, ...]
    headings: tuple[int, ...]


def written_in_markdown(body: str) -> bool:
    """Does ``body`` carry Markdown's own marks (a ``#`` heading, a ``>`` quotation, emphasis, a link)?
    A bullet or a number at a line's start is not one: plain text has them too."""
    return bool(_SIGNS.search(body))


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt  # only a Markdown body needs it

    # Raw HTML stays text (as a .txt shows it); an indented paragraph is a paragraph, not code; a sentence over a
    # line of dashes is a sentence (the dashes a rule), not a heading.
    return MarkdownIt("commonmark", {"html": False}).disable(["code", "lheading"])


def read_markdown(body: str) -> MarkdownBody:
    """``body`` rendered to text blocks."""
    paragraphs: list[str] = []
    headings: list[int] = []
    title = None
    tokens = _parser().parse(body)
    numbered: list[bool] = []  # for each open ordered or bullet list: are its numbers text?
    item_mark = ""
    for index, token in enumerate(tokens):
        if token.type == "ordered_list_open":
            numbered.append(token.attrs.get("start", 1) != 1)
        elif token.type == "bullet_list_open":
            numbered.append(False)
        elif token.type in ("ordered_list_close", "bullet_list_close"):
            numbered.pop()
        elif token.type == "list_item_open":
            item_mark = f"{token.info}{token.markup} " if numbered and numbered[-1] and token.info else ""
        elif token.type == "inline" and tokens[index - 1].type == "heading_open":
            text = " ".join(_text(token.children or ()).split())
            if not text:
                continue
            if not paragraphs and title is None and tokens[index - 1].tag == "h1":
                title = text
                continue
            headings.append(len(paragraphs))
            paragraphs.append(text)
        elif token.type == "inline":
            lines = [" ".join(line.split()) for line in _text(token.children or ()).split("\n")]
            lines = [line for line in lines if line]
            if item_mark and lines:
                lines[0], item_mark = item_mark + lines[0], ""
            if lines:
                paragraphs.append(" ".join(lines))
        elif token.type == "fence":
            paragraphs.extend(line for line in (" ".join(raw.split()) for raw in token.content.split("\n\n")) if line)
    return MarkdownBody(title, tuple(paragraphs), tuple(headings))


def _text(children) -> str:
    """An inline run's words: text and code as written, a line break as ``\\n``, markup and pictures left out."""
    parts = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
    return "".join(parts)
