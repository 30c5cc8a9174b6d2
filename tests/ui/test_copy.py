"""C copies the passage being read, the one under the compare cursor, or every version (N-way),
through the terminal (OSC 52), and says so."""

from __future__ import annotations

from reader.ui.app import build_app


def _notices(app) -> list[str]:
    return [str(notification.message) for notification in app._notifications]


async def test_C_copies_the_passage_where_the_reader_is(bundled, analysis):
    app = build_app(bundled, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        first = analysis.sentences[bundled.articles[0].id][0]
        await pilot.press("C")
        assert app.clipboard == bundled.articles[0].text(first.span)
        assert any(notice.startswith("Copied a passage of Al Jazeera") for notice in _notices(app))
        await pilot.press("c", "j", "C")
        compare = app.screen
        span = compare.passages("left")[1].sentence.span
        assert app.clipboard == bundled.article(span.article).text(span)
        await pilot.press("w", "C")
        versions = app.clipboard.split("\n\n")
        assert len(versions) >= 2 and versions[0].startswith("Al Jazeera: ")
