"""Write the hostile dossier (tests/data/hostile/) and the broken one (tests/data/bad/).

    python tests/data/make_hostile.py            # rewrite both committed folders
    python tests/data/make_hostile.py --big DIR  # write the 10 MB article into DIR

The articles read like news (names, places, quotations) so every stage has
something to analyse, and each payload sits next to a visible marker word
(``PAYLOAD-OSC52`` ...) that an end-to-end test can look for on screen. The
output is deterministic; the 10 MB article is never committed.
"""

from __future__ import annotations

import argparse
from pathlib import Path

HERE = Path(__file__).resolve().parent
ESC, BEL, ST = "\x1b", "\x07", "\x1b\\"
BIG_ARTICLE_BYTES = 10 * 1024 * 1024
LONG_WORD_LENGTH = 100_000

TERMINAL_ESCAPES = f"""---
outlet: Hostile Wire {ESC}]0;PWNED-OUTLET-TITLE{BEL}
title: Garneau suspends drone exports {ESC}[5mPAYLOAD-HEADER{ESC}[0m
byline: Staff {ESC}]52;c;cm0gLXJmIH4v{BEL}
published: 2021-04-12
---
Foreign Affairs Minister Marc Garneau said on Monday that Canada would cancel \
export permits for drone technology to Turkey. (PAYLOAD-CSI) {ESC}[31;1mred bold text{ESC}[0m \
and {ESC}[10;10Ha cursor move{ESC}[H followed by {ESC}[2J{ESC}[3J PAYLOAD-CLEAR.

The review found that Canadian optics were used by Azerbaijani forces. \
(PAYLOAD-TITLE) {ESC}]0;PWNED-TITLE-0{BEL} and {ESC}]2;PWNED-TITLE-2{ST} tried to rename the window.

Ottawa said the sensors were made by L3Harris Wescam in Burlington, Ontario. \
(PAYLOAD-OSC8) {ESC}]8;;https://example.invalid/phish{ST}a planted link{ESC}]8;;{ST} appeared here.

"We will not resume these permits," the minister said. (PAYLOAD-OSC52) \
{ESC}]52;c;UFdORUQtQ0xJUEJPQVJE{BEL} wrote to the clipboard, and {ESC}]52;p;?{BEL} asked to read it.

The Armenian government welcomed the decision. (PAYLOAD-DCS) {ESC}P+q544e{ST} and a tmux \
passthrough {ESC}Ptmux;{ESC}{ESC}]52;c;VE1VWA=={BEL}{ST} were sent.

Turkey called the move regrettable. (PAYLOAD-APC) {ESC}_Gf=100,a=T;iVBORw0KGgo={ST} an image, \
(PAYLOAD-PM) {ESC}^private message{ST} and (PAYLOAD-SOS) {ESC}Xstart of string{ST}.

Officials asked for a report. (PAYLOAD-QUERY) {ESC}[6n{ESC}[21t{ESC}[c asked the terminal to answer, \
and {ESC}[?1049h{ESC}[?25l switched screens and hid the cursor.
"""

EIGHT_BIT_CONTROLS = """---
outlet: Control Daily
title: Eight-bit controls in a report on Bombardier
---
Bombardier said its Montreal plant was not involved. (PAYLOAD-C1) \u009b31mred via 8-bit CSI\u009b0m \
and \u009d0;PWNED-C1-TITLE\u009c an 8-bit OSC, then \u0090q\u009c a DCS and \u0085 a next line.

Justin Trudeau spoke to President Erdogan by phone. (PAYLOAD-NUL) [\x00] a NUL, [\x07] a bell, \
[\x08\x08\x08XXX] backspaces, [\x0b] vertical tab, [\x0c] form feed, [\x7f] delete, [\x1b] a lone escape.

Critics in Ankara said (PAYLOAD-C0) \x01\x02\x03\x04\x05\x06\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1c\x1d\x1e\x1f \
were every other C0 control.
"""

MARKUP = """---
outlet: Markup Times
title: [bold red]Markup[/] in a headline about Project Ploughshares
---
Kelsey Gallagher of Project Ploughshares said (PAYLOAD-RICH) [bold red]this must stay literal[/] \
and [reverse]so must this[/reverse], [blink]and this[/blink].

(PAYLOAD-LINK) [link=https://example.invalid]a Rich link[/link] and (PAYLOAD-CLICK) \
[@click=app.quit]a Textual action[/] and [@click=app.bell]another[/] were in the text.

(PAYLOAD-VAR) [$accent]a Textual variable[/] and [on $error]a background[/] and :warning: an emoji code, \
with an escaped \\[bold] bracket and a stray [/] closing tag.

(PAYLOAD-HTML) <script>alert("x")</script> <b>bold</b> &amp; <a href="https://example.invalid">link</a> \
and *Markdown* **emphasis** `code` # heading | table | must stay text.
"""

BIDI = """---
outlet: Bidi Post
title: Garneau quotation with \u202eSREVO\u202c inside
---
Marc Garneau said (PAYLOAD-BIDI) "\u202eexports will resume\u202c" in Ottawa, and the override \
must not reverse what the reader sees.

(PAYLOAD-ISOLATE) The permit \u2066number 12\u2069 and \u2067\u05e9\u05dc\u05d5\u05dd\u2069 and \
\u2068first strong\u2069 were isolated; \u202aLRE\u202c \u202bRLE\u202c \u202dLRO\u202c too.

(PAYLOAD-MARKS) An Arabic letter mark \u061c, a left-to-right mark \u200e and a right-to-left mark \u200f \
sat in a sentence about Nagorno-Karabakh. /* \u202e } \u2066if (admin)\u2069 \u2066 { */
"""

INVISIBLE = """---
outlet: Invisible Herald
title: Zero-width characters in names
---
(PAYLOAD-ZW) Marc Gar\u200bneau met M\u00e9lanie Jo\u200dly and Justin\u200c Trudeau in Ottawa; \
Chrystia\u2060 Free\u00adland joined later\ufeff.

(PAYLOAD-TAGS) The statement ended here\U000e0001\U000e0049\U000e0047\U000e004e\U000e004f\U000e0052\U000e0045\U000e007f \
with hidden tag characters, and a private-use glyph \ue0a0 and \U000f0001 and a noncharacter \ufffe.
"""

LAYOUT = (
    "---\noutlet: Layout Gazette\ntitle: Wide, long and stacked text\n---\n"
    "(PAYLOAD-ZALGO) Armenia's Prime Minister Nikol Pashinyan said Z"
    + "\u0301\u0316\u0337\u0360" * 25
    + "algo text was a flood of combining marks.\n\n"
    "(PAYLOAD-CJK) \u52a0\u62ff\u5927\u5916\u4ea4\u90e8\u957f \u5384\u4e07\u7d0d\u4f0a "
    "\uff08\u5168\u89d2\uff09 and emoji \U0001f1e8\U0001f1e6 \U0001f468\u200d\U0001f469\u200d\U0001f467 "
    "\U0001f6e9\ufe0f \U0001f600 stayed as wide as they are.\n\n"
    "(PAYLOAD-TABS) Tabs\tbetween\twords\tand a very long line "
    + "that keeps going " * 60
    + "until it ends.\n\n"
    "(PAYLOAD-LONGWORD) The next word has no spaces: "
    + ("Baykar" * (LONG_WORD_LENGTH // 6 + 1))[:LONG_WORD_LENGTH]
    + " and the sentence ends here.\n"
)

LINE_ENDINGS = (
    "(PAYLOAD-CRLF) Canada's export controls were reviewed in 2019.\r\n"
    "The review continued on a second line.\r\n\r\n"
    "(PAYLOAD-CR) A lone carriage return\rwould overwrite a line on a terminal.\r\r"
    "(PAYLOAD-LS) A line separator\u2028and a paragraph separator\u2029were used too.\n"
)

INVALID_UTF8 = (
    "---\noutlet: Broken Bytes\ntitle: Invalid UTF-8 \u2014 with \u201cvalid\u201d text around it\n---\n"
    "(PAYLOAD-BADBYTES) Fran\u00e7ois-Philippe Champagne\u2019s office said \u201cno comment\u201d. ".encode()
    + b"Bad bytes: \xff\xfe \xc3\x28 \xed\xa0\x80 \xf8\x88\x80\x80\x80 \xc0\xaf end.\n\n"
    + "The minister\u2019s spokesperson, Syrine Khoury, declined to say more \u2014 \u00e9t\u00e9 2021.\n\n".encode()
    + "Le ministre a d\u00e9clar\u00e9 \u00e0 Montr\u00e9al qu\u2019il \u00e9tudierait la d\u00e9cision \u00e0 la fin de l\u2019\u00e9t\u00e9.\n".encode()
)

# Raw 8-bit C1 bytes (0x9B CSI, 0x9D OSC): not UTF-8, not cp1252, so read as latin-1.
RAW_C1 = (
    b"(PAYLOAD-RAWC1) A report on Aselsan said \x9b31mred\x9b0m and \x9d0;PWNED-RAW-TITLE\x07 "
    b"through raw 8-bit bytes, caf\xe9 and na\xefve words around them.\n"
)

HOSTILE = {
    "01-terminal-escapes.md": TERMINAL_ESCAPES.encode(),
    "02-eight-bit-controls.md": EIGHT_BIT_CONTROLS.encode(),
    "03-markup.md": MARKUP.encode(),
    "04-bidi.md": BIDI.encode(),
    "05-invisible.md": INVISIBLE.encode(),
    "06-layout.md": LAYOUT.encode(),
    "07-line-endings.txt": LINE_ENDINGS.encode(),
    "08-invalid-utf8.md": INVALID_UTF8,
    "09-raw-c1.txt": RAW_C1,
}

GOOD = "---\noutlet: {outlet}\ntitle: {title}\n---\n{body}\n"
BAD = {
    "good-first.md": GOOD.format(
        outlet="CBC News", title="Canada suspends drone exports",
        body="Marc Garneau suspended the permits.\n\nTurkey objected to the decision.",
    ).encode(),
    "good-second.txt": b"A plain text article without a header.\n\nIt still opens.\n",
    "empty.md": b"",
    "whitespace-only.txt": b"  \n\n\t\n",
    "binary.md": bytes(range(256)) * 8,
    "cp1252.txt": "Ren\u00e9 L\u00e9vesque said \u201cexports\u201d \u2014 caf\u00e9 \u20ac5.\n".encode("cp1252"),
    "bad-header.md": b"---\noutlet: Nowhere\ntitel: a typo\n---\nThe body.\n",
    "unclosed-header.md": b"---\noutlet: Nowhere\nThe body never starts.\n",
    "bad-date.md": b"---\npublished: April 12\n---\nThe body.\n",
    "header-only.md": b"---\noutlet: Nowhere\ntitle: Nothing follows\n---\n\n",
    "folder.md/inside.md": b"A folder named like an article.\n",
    ".hidden.md": b"Hidden files are ignored.\n",
    "notes.html": b"<p>Not an article suffix: ignored.</p>\n",
}
BAD_SYMLINKS = {"loop.md": "loop.md"}


def write_files(folder: Path, files: dict[str, bytes]) -> None:
    for name, data in files.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)


def write_hostile_dossier(folder: Path = HERE / "hostile") -> None:
    write_files(folder, HOSTILE)


def write_bad_dossier(folder: Path = HERE / "bad") -> None:
    write_files(folder, BAD)
    for name, target in BAD_SYMLINKS.items():
        link = folder / name
        if not link.is_symlink():
            link.symlink_to(target)


def write_big_article(folder: Path, size: int = BIG_ARTICLE_BYTES) -> Path:
    """A news-like article of at least ``size`` bytes, with payloads sprinkled through it."""
    paragraphs = [
        p.strip() for text in (TERMINAL_ESCAPES, EIGHT_BIT_CONTROLS, MARKUP, BIDI)
        for p in text.split("---\n")[-1].split("\n\n") if p.strip()
    ]
    plain = (
        "Paragraph {n}: Foreign Affairs Minister Marc Garneau said Canada would review every export "
        "permit for Turkey, and officials in Ottawa and Ankara discussed the findings at length."
    )
    chunks, total, n = ["---\noutlet: Big Report\ntitle: Ten megabytes of one report\n---\n"], 0, 0
    while total < size:
        n += 1
        text = (paragraphs[n % len(paragraphs)] if n % 10 == 0 else plain.format(n=n)) + "\n\n"
        chunks.append(text)
        total += len(text.encode())
    path = folder / "big-report.md"
    path.write_text("".join(chunks), encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--big", type=Path, help="write only the 10 MB article into this folder")
    args = parser.parse_args()
    if args.big:
        args.big.mkdir(parents=True, exist_ok=True)
        print(write_big_article(args.big))
        return
    write_hostile_dossier()
    write_bad_dossier()


if __name__ == "__main__":
    main()
