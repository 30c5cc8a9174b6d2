"""The compare view's typed differences through Pilot: walking them by type, each type's own look
(with colour and without), typography hidden until asked. Real text of the bundled reports."""

from __future__ import annotations

from reader.ui.app import build_app
from reader.ui.widgets.key_bar import KeyBar
from tests.helpers import compare_pair, compare_status, until

GLOBE, MONITOR, JAZEERA, TRT = "the-globe-and-mail", "al-monitor", "al-jazeera", "trt-world"


async def test_walking_framing_lands_on_illegally_occupied(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await compare_pair(pilot, analysis, JAZEERA, TRT)
        await pilot.press("d", "d")  # stance first
        assert screen.walked == "framing"
        await until(pilot, lambda: "d Walk: framing" in str(app.screen.query_one(KeyBar).render()))  # the bar redrawn
        landed = []
        for _ in range(20):
            before = (screen.active_column.cursor, compare_status(screen))
            await pilot.press("full_stop")  # the cursor and the status move as the key is handled
            if (screen.active_column.cursor, compare_status(screen)) == before or "No further" in compare_status(screen):
                break  # past the last, said in the status line
            landed.append((screen.passages("left")[screen.active_column.cursor], compare_status(screen)))
        assert landed, "no framing difference walked"
        assert all("framing:" in status for _, status in landed)
        statuses = [status for _, status in landed]
        assert any("under the control of" in s and "illegally occupied" in s for s in statuses)
        # Every stop has a framing difference; passages with other differences only are skipped.
        left = bundled.article(JAZEERA)
        texts = [left.text(passage.sentence.span) for passage, _ in landed]
        assert any("under the control of" in text for text in texts)
        assert len(landed) < sum(1 for p in screen.passages("left") if p.link is not None)


async def test_framing_words_carry_the_framing_look(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await compare_pair(pilot, analysis, JAZEERA, TRT, "under the control of")
        right = screen.column("right")
        framing = right.palette_style("difftype--framing")
        row = right.shown(right.highlighted[0])
        plain = row.plain
        start = plain.index("illegally")
        styles = [span.style for span in row.spans if span.start <= start < span.end]
        assert framing.color is not None and framing.underline
        assert any(getattr(style, "color", None) == framing.color and style.underline for style in styles)


async def test_typography_differences_are_hidden_until_asked(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await compare_pair(pilot, analysis, JAZEERA, GLOBE)
        links = [p.link for p in screen.passages("left") if p.link is not None]
        typography = sum(d.type == "typography" for link in links for d in screen._pair(link)[0])
        assert typography == 1, "Al Jazeera and the Globe differ once in typography alone"

        def marked() -> int:
            return sum(len(screen._visible(link)) for link in links)

        hidden = marked()
        assert "typography" not in screen._walkable()
        await pilot.press("T")
        assert marked() == hidden + typography and "typography" in screen._walkable()
        await pilot.press("T")
        assert marked() == hidden and "typography" not in screen._walkable()
def test_difference_types_differ_without_colour(bundled, analysis, monkeypatch):
    """Under NO_COLOR the telling types keep distinct attributes (bold, italic, reverse)."""
    monkeypatch.setenv("NO_COLOR", "1")
    import asyncio

    async def looks() -> dict[str, tuple]:
        app = build_app(bundled, analysis=analysis)
        async with app.run_test(size=(120, 40)) as pilot:
            column = (await compare_pair(pilot, analysis, GLOBE, MONITOR)).column("left")
            found = {}
            for kind in ("framing", "number", "name", "hedge", "attribution"):
                style = column.palette_style(f"difftype--{kind}")
                found[kind] = (style.bold, style.italic, style.reverse, style.underline)
            return found

    found = asyncio.run(looks())
    assert len(set(found.values())) == len(found), found
